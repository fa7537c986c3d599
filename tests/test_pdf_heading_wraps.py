"""A heading the page's width wrapped is one line of the PDF's text (issue 14: the same rows from any format).

A text file prints an item's heading on one line; a PDF wraps a long one at
the measure: "5. To consider the minutes of the meeting held on the 24th
May" / "2018." (and a year alone on its line reads as a number, not the
title's end), "97/20 APPROVAL OF THE ACCOUNTS FOR" / "2019/20" (read as a
number, not the title's end).  The PDF reader joins a heading's
wrapped lines when the type shows the wrap: both lines emphasised (bold, or
larger than the body) and the same size, the second set just under the first
at the usual leading, not outdented (a hanging number's title indent is
allowed), and its first word too long for the room the first line left
before the page's right edge; the first line an item's (numbered).  Two bold lines the writer ended (a short
title over a subtitle), a paragraph gap, a plain line under a heading, a
bold passage of more than three lines (a paragraph set in bold) and a
document's unnumbered head lines (its title, where the head reader follows a
place onto the next line itself) are left as printed.

Each case is a real PDF drawn with reportlab (invented words) and read with
the real reader.
"""

from __future__ import annotations

import io

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from pipeline.readers import read_document

LEFT, RIGHT, SIZE, LEAD = 72, A4[0] - 72, 10, 12
BODY = "The clerk reported that the matter had been dealt with and that the quotes would follow in time for the next meeting."


def _draw_wrapped(c, words: str, font: str, x: float, indent: float, y: float) -> float:
    """Set ``words`` from ``x``, wrapping at the right edge back to ``indent``; the baseline of the next line."""
    for word in words.split():
        w = c.stringWidth(word, font, SIZE)
        if x + w > RIGHT and x > indent:
            y -= LEAD
            x = indent
        c.setFont(font, SIZE)
        c.drawString(x, y, word)
        x += w + c.stringWidth(" ", font, SIZE)
    return y - LEAD


def _pdf(blocks: list[tuple[str | None, str, str]], gap: float = 0) -> bytes:
    """Blocks of (number in a hanging column or None, text, "bold"/"plain"), a body paragraph after each bold one."""
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A4, invariant=1)
    y = 770
    for number, words, weight in blocks:
        font = "Helvetica-Bold" if weight == "bold" else "Helvetica"
        indent = LEFT + 38 if number else LEFT
        if number:
            c.setFont("Helvetica-Bold", SIZE)
            c.drawString(LEFT, y, number)
        y = _draw_wrapped(c, words, font, indent, indent, y) - gap
    y = _draw_wrapped(c, BODY, "Helvetica", LEFT, LEFT, y)
    c.showPage()
    c.save()
    return out.getvalue()


def _lines(data: bytes) -> list[str]:
    return read_document("t", "t.pdf", data).pages[0].text.split("\n")


LONG = "To consider and adopt the minutes from the Parish Council meeting held in the Memorial Hall on the 24th May"
CAPS = "MINUTES OF THE PROCEEDINGS OF THE MEETING OF THE TOWN COUNCIL HELD AT THE OLD MILL ON MONDAY 26 OCTOBER 2020"

JOINED = [
    # (blocks, the heading as one line)
    ([("5.", LONG + " 2018.", "bold")], "5. " + LONG + " 2018."),
    ([(None, "5. " + LONG + " 2018.", "bold")], "5. " + LONG + " 2018."),
    ([(None, "97/20 " + CAPS, "bold")], "97/20 " + CAPS),
    ([("12.", CAPS + " AT 6.30 PM IN THE CHAMBER", "bold")], "12. " + CAPS + " AT 6.30 PM IN THE CHAMBER"),
]


@pytest.mark.parametrize("blocks, heading", JOINED, ids=[h[:24] for _, h in JOINED])
def test_a_wrapped_heading_is_one_line(blocks, heading):
    lines = _lines(_pdf(blocks))
    assert lines[0] == heading
    assert lines[1].startswith("The clerk reported")


def test_the_joined_heading_is_emphasised_throughout():
    doc = read_document("t", "t.pdf", _pdf([("5.", LONG + " 2018.", "bold")]))
    page = doc.pages[0]
    assert [page.text[o:].split("\n", 1)[0] for o in page.meta["emphasised_whole"]] == ["5. " + LONG + " 2018."]


KEPT = [
    # lines the writer ended or a paragraph in bold: as printed
    ([(None, "ASHFORD MAGNA PARISH COUNCIL", "bold"), (None, "Minutes of the meeting held on 3 May", "bold")],
     ["ASHFORD MAGNA PARISH COUNCIL", "Minutes of the meeting held on 3 May"]),
    ([("5.", LONG + " 2018.", "plain")], None),
    ([("5.", " ".join([LONG] * 3) + " 2018.", "bold")], None),
    ([(None, LONG + " 2018.", "bold")], None),
]


@pytest.mark.parametrize("blocks, first", KEPT, ids=["two short bold lines", "plain paragraph", "bold paragraph", "unnumbered head"])
def test_lines_the_writer_ended_or_a_bold_paragraph_stay_as_printed(blocks, first):
    lines = _lines(_pdf(blocks))
    if first is not None:
        assert lines[: len(first)] == first
    else:
        assert not lines[0].endswith("2018.")  # still wrapped
        assert len(lines[0]) < 115


def test_a_paragraph_gap_between_bold_lines_is_no_wrap():
    lines = _lines(_pdf([("7.", CAPS, "bold"), (None, "SECOND HEADING IN CAPITALS", "bold")], gap=LEAD))
    assert lines[:2] == ["7. " + CAPS, "SECOND HEADING IN CAPITALS"]  # the first heading's wrap joined, not the heading after the gap
