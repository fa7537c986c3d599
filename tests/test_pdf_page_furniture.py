"""Page furniture of a PDF: page numbers and running heads leave the text (issue 14: the same rows from any format).

Word's page-number field is often typed between dashes ("- 3 -"): such a line
gives the printed page number like "Page 3" and is dropped from the text.  A
number said to be the page's ("Page 1", "- 1 -", "1 of 2") wins over a bare
number on one of the first lines: a title's year on its second line ("...
MONDAY 13th MAY" / "2015"), a minute book's folio under the heading ("33").

A running head is dropped from every page but the first, whose head is the
document's own title.  Unless it is not: Word prints a running head ("Parish
Council – 8 May 2012") on the first page too, above the title, set small and
at the height where every page sets it.  The PDF reader records where and how
large each page's first and last lines are set (``edge_positions``) and the
furniture remover drops the first page's copy when it is set smaller than the
page's text at the other pages' height.  A title that each page repeats (a
decision notice per page) is set large and stays on the first page.

Each case is a real PDF drawn with reportlab (invented words) and read with
the real reader.
"""

from __future__ import annotations

import io

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen import canvas
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

from pipeline.readers import read_document

BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=11, leading=14)
WORDS = "The clerk reported on the state of the footpaths and the bench by the pond in some detail."


def _read(data: bytes):
    return read_document("t", "t.pdf", data)


def _pdf(paragraphs: list[str], footer=None) -> bytes:
    out = io.BytesIO()
    story = [PageBreak() if p == "<pagebreak/>" else Paragraph(p, BODY) for p in paragraphs]

    def stamp(c, doc):
        if footer:
            c.setFont("Helvetica", 9)
            c.drawCentredString(A4[0] / 2, 30, footer(doc.page))

    SimpleDocTemplate(out, pagesize=A4, invariant=1).build(story, onFirstPage=stamp, onLaterPages=stamp)
    return out.getvalue()


@pytest.mark.parametrize("stamp", ["- {p} -", "\u2013 {p} \u2013", "Page {p}", "Page {p} of 3"])
def test_a_page_number_between_dashes_numbers_the_page_and_leaves_the_text(stamp):
    paragraphs = ["First page of the minutes.", "<pagebreak/>", "Second page.", "<pagebreak/>", "Third page."]
    doc = _read(_pdf(paragraphs, footer=lambda p: stamp.format(p=p)))
    assert [p.printed for p in doc.pages] == ["1", "2", "3"]
    assert [p.text for p in doc.pages] == ["First page of the minutes.", "Second page.", "Third page."]


BARE_NUMBERS_ABOVE = [
    # a number alone on one of the first lines that is not the page's: a title's year, a minute book's folio
    ["MINUTES OF THE MEETING HELD AT THE CHAPEL ON MONDAY 13th MAY", "2015", "First minute."],
    ["Minutes of Ashford Magna Parish Council", "33", "First minute."],
]


@pytest.mark.parametrize("head", BARE_NUMBERS_ABOVE, ids=[h[1] for h in BARE_NUMBERS_ABOVE])
@pytest.mark.parametrize("stamp", ["Page {p}", "- {p} -", "{p} of 2"])
def test_a_number_said_to_be_the_page_number_wins_over_a_bare_number_above(head, stamp):
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A4, invariant=1)
    for n, lines in enumerate([head, ["Second page."]], start=1):
        c.setFont("Helvetica", 11)
        for k, line in enumerate(lines):
            c.drawString(72, 760 - 14 * k, line)
        c.setFont("Helvetica", 9)
        c.drawCentredString(A4[0] / 2, 30, stamp.format(p=n))  # drawn after the body: the page's last line
        c.showPage()
    c.save()
    doc = _read(out.getvalue())
    assert [p.printed for p in doc.pages] == ["1", "2"]
    assert doc.pages[0].text == "\n".join(head)
    assert doc.pages[1].text == "Second page."


def _pages(heads: list[tuple[str, float, float] | None], title: str | None = None) -> bytes:
    """Three pages of body text; page n's head ``(text, size, height)`` drawn above it, and a bold title on page 1."""
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A4, invariant=1)
    for n, head in enumerate(heads):
        if head:
            text, size, height = head
            c.setFont("Helvetica", size)
            c.drawString(72, height, text)
        y = 760
        if n == 0 and title:
            c.setFont("Helvetica-Bold", 14)
            c.drawString(72, y, title)
            y -= 30
        c.setFont("Helvetica", 11)
        for _ in range(12):
            c.drawString(72, y, WORDS)
            y -= 14
        c.showPage()
    c.save()
    return out.getvalue()


RUNNING_HEAD = "Parish Council \u2013 8 May 2012"
TITLE = "ASHFORD MAGNA PARISH COUNCIL"


def test_a_small_running_head_set_in_place_leaves_the_first_page_too():
    doc = _read(_pages([(RUNNING_HEAD, 9, 800)] * 3, title=TITLE))
    assert [p.text.split("\n")[0] for p in doc.pages] == [TITLE, WORDS, WORDS]
    assert RUNNING_HEAD not in doc.text


def test_a_title_each_page_repeats_stays_on_the_first_page():
    """Set as large as the text or larger (a notice per page), it is the first page's title."""
    doc = _read(_pages([("Eastfold Borough Council Decision Notice", 14, 800)] * 3))
    assert doc.pages[0].text.split("\n")[0] == "Eastfold Borough Council Decision Notice"
    assert [p.text.split("\n")[0] for p in doc.pages[1:]] == [WORDS, WORDS]


def test_a_first_page_head_set_elsewhere_than_the_running_heads_stays():
    """The first page prints the line lower down, as a title block: not the running head's place."""
    doc = _read(_pages([(RUNNING_HEAD, 9, 780), (RUNNING_HEAD, 9, 800), (RUNNING_HEAD, 9, 800)]))
    assert doc.pages[0].text.split("\n")[0] == RUNNING_HEAD
    assert RUNNING_HEAD not in doc.pages[1].text + doc.pages[2].text


def _flowing(pages: list[list[tuple[str, float]]]) -> bytes:
    """Pages of lines ``(text, baseline)`` in 11pt Helvetica, then a small running head at the same place on each
    (drawn last, as a template's header often is, so the page's own first lines are its first in the text)."""
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A4, invariant=1)
    for lines in pages:
        c.setFont("Helvetica", 11)
        for text, y in lines:
            c.drawString(72, y, text)
        c.setFont("Helvetica", 9)
        c.drawString(72, 810, RUNNING_HEAD)
        c.showPage()
    c.save()
    return out.getvalue()


HEADING = "Min 41. Village green lease renewal."
OTHER = "Councillor Ada Brook, Other Registrable Interest, a trustee of the green."


def _body(at: float, n: int = 20) -> list[tuple[str, float]]:
    """``n`` lines of text, each different (a repeated body line would itself look like furniture), from ``at`` down."""
    return [(f"{WORDS[:-1]}, point {chr(97 + k // 26)}{chr(97 + k % 26)}.", at - 15 * k) for k in range(n)]


@pytest.mark.parametrize(
    "pages",
    [
        # the line closes page 1 and, one declaration later, is the next page's third line: a foot and a head
        pytest.param([_body(760, 44) + [(HEADING, 90)], [(OTHER, 760), ("Tenure of the green.", 745), (HEADING, 730)] + _body(715)], id="foot-then-head"),
        # the line opens page 1 and closes page 2
        pytest.param([[(HEADING, 760)] + _body(745, 30), _body(760, 30) + [(HEADING, 300)]], id="head-then-foot"),
        # near the top of both pages but a line lower on the second: text that repeats, not a running head
        pytest.param([[(OTHER, 760), (HEADING, 745)] + _body(730), [(OTHER, 760), ("Tenure of the green.", 745), (HEADING, 730)] + _body(715)], id="head-at-two-heights"),
    ],
)
def test_a_body_line_repeated_at_a_page_break_but_not_in_one_place_stays(pages):
    """Furniture sits at one place on every page; a line of text that happens to repeat near two page edges does not."""
    doc = _read(_flowing(pages))
    assert [p.text.count(HEADING) for p in doc.pages] == [1, 1]
    assert RUNNING_HEAD not in doc.pages[1].text


def test_a_running_foot_set_in_one_place_on_every_page_still_leaves():
    """The place check keeps text; it does not keep a foot that every page sets at the same height."""
    foot = "Minute Book 1233"
    doc = _read(_flowing([_body(760) + [(foot, 60)], _body(760) + [(foot, 60)], _body(760) + [(foot, 60)]]))
    assert all(foot not in p.text for p in doc.pages)
