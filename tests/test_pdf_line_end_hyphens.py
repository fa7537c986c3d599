"""A hyphen that ends a PDF line: PDFium runs the next line on, the reader puts the line break back (issue 14).

PDFium reads a line ending in a hyphen after a letter as a word hyphenated to
fit: it gives a mark for the hyphen (U+0002 / U+FFFE) and no line break, so
the next line runs on.  That is right for "co-" over "opted", and wrong when
the line ended there: a heading typed between dashes ("-Continuation from
Annual Meeting-") glued to the next line's "AB – the chair asked ...", a
compound broken before a capital ("UK-" over "France") or a number.  Before
anything but a lower-case letter the reader keeps the hyphen and the line
break, as the page prints them (and as pdfplumber reads them); a heading set
in bold stays a line of its own, emphasised.

Each case is a real PDF drawn with reportlab (invented words) and read with
the real reader.
"""

from __future__ import annotations

import io

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from pipeline.readers import read_document


def _pdf(lines: list[tuple[str, str]]) -> bytes:
    """One page: each ``(text, font)`` drawn as a line of its own, 14 points apart."""
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A4, invariant=1)
    y = 780
    for text, font in lines:
        c.setFont(font, 10)
        c.drawString(50, y, text)
        y -= 14
    c.showPage()
    c.save()
    return out.getvalue()


def _page(lines: list[tuple[str, str]]):
    return read_document("t", "t.pdf", _pdf(lines)).pages[0]


REGULAR, BOLD = "Helvetica", "Helvetica-Bold"
OPENING = ("Minutes of the meeting of Eastfold Community Council.", REGULAR)

LINE_ENDS = [
    # (the line ending in a hyphen, the next line): both come back as printed, two lines
    pytest.param(("-Continuation from Annual Meeting-", BOLD), ("AB \u2013 the chair asked for nominations for Treasurer.", REGULAR), id="heading-between-dashes"),
    pytest.param(("Welcome from the Chair-", BOLD), ("CD opened the meeting and thanked the hosts.", REGULAR), id="heading-ending-in-a-hyphen"),
    pytest.param(("The chair reported on the twinning visit and the UK-", REGULAR), ("France exchange of the choir next spring.", REGULAR), id="compound-before-a-capital"),
    pytest.param(("The grant was paid for the year 2023-", REGULAR), ("2024 and the accounts were signed by the chair.", REGULAR), id="years-split"),
]


@pytest.mark.parametrize("ending, following", LINE_ENDS)
def test_a_line_ended_after_a_hyphen_keeps_its_hyphen_and_line_break(ending, following):
    page = _page([OPENING, ending, following])
    assert page.text.split("\n") == [OPENING[0], ending[0], following[0]]


def test_a_bold_heading_ended_with_a_hyphen_stays_emphasised():
    heading = ("-Continuation from Annual Meeting-", BOLD)
    page = _page([OPENING, heading, ("AB \u2013 the chair asked for nominations for Treasurer.", REGULAR)])
    whole = [page.text[o:].split("\n", 1)[0] for o in page.meta["emphasised_whole"]]
    assert whole == [heading[0]]


def test_a_word_hyphenated_before_a_small_letter_runs_on():
    """Before a lower-case letter the hyphen joins a word PDFium reads as one ("co-opted"): the line runs on, as before."""
    page = _page([OPENING, ("Two residents were co-", REGULAR), ("opted onto the council for the year.", REGULAR)])
    assert page.text.split("\n") == [OPENING[0], "Two residents were co-opted onto the council for the year."]
