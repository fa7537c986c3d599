"""A page's foot on a PDF of one page: the footer leaves the text (issue 14: the same rows from any format).

A Word template prints a footer on every page: the council's name at the
left and the page number at the right ("Little Marsh Parish Council ... 1"),
or "Minutes - Page 1" in the middle.  On a document of several pages the
furniture remover drops it because every page repeats it; a document of ONE
page has nothing to compare with, so its footer stayed in the text and ran
into the last paragraph: "RESOLVED - That the hedge be cut. Little Marsh
Parish Council 1" (the decision's text then ends in the footer).

The type tells a footer without a second page: the page's last line, set
smaller than the page's text, in the bottom tenth of the page, carrying the
page's number as a word of its own.  It is dropped and its number is the
page's printed number.  A last line set like the body, one set small but up
in the page, or a small line whose number is not the page's (a charity's
registration number) stays.

Each case is a real PDF drawn with reportlab (invented words) and read with
the real reader.
"""

from __future__ import annotations

import io

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

from pipeline.readers import read_document

BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=12)
PARAGRAPHS = ["Minutes of the Little Marsh Parish Council held on 3 May.", "4. Hedges", "RESOLVED - That the hedge by the green be cut."]
TEXT = "\n".join(PARAGRAPHS)


def _pdf(left: str | None = None, right: str | None = None, centre: str | None = None, size: float = 8, height: float = 36) -> bytes:
    """One page of PARAGRAPHS with a footer drawn at ``height`` points above the foot, in ``size`` points."""
    out = io.BytesIO()

    def stamp(c, doc):
        c.setFont("Helvetica", size)
        if left:
            c.drawString(72, height, left)
        if right:
            c.drawRightString(A4[0] - 72, height, right)
        if centre:
            c.drawCentredString(A4[0] / 2, height, centre)

    SimpleDocTemplate(out, pagesize=A4, invariant=1).build([Paragraph(p, BODY) for p in PARAGRAPHS], onFirstPage=stamp)
    return out.getvalue()


def _page(data: bytes):
    return read_document("t", "t.pdf", data).pages[0]


FEET = [
    # (footer as drawn, the printed page number it gives)
    (dict(left="Little Marsh Parish Council", right="1"), "1"),
    (dict(left="1", right="Little Marsh Parish Council"), "1"),
    (dict(centre="Minutes of 3 May - Page 1"), "1"),
    (dict(centre="Little Marsh PC | 1"), "1"),
    (dict(left="Clerk: Ada Finch, Marsh Lane, Little Marsh", right="Page 1 of 1"), "1"),
    (dict(left="LITTLE MARSH PARISH COUNCIL", right="1"), "1"),
]


@pytest.mark.parametrize("footer, printed", FEET, ids=[" / ".join(f.values()) for f, _ in FEET])
def test_a_small_foot_line_with_the_page_number_leaves_the_text(footer, printed):
    page = _page(_pdf(**footer))
    assert page.text == TEXT
    assert page.printed == printed


KEPT = [
    # a last line that is not a footer: set like the body, set small up in the page, or a number not the page's
    dict(left="Little Marsh Parish Council", right="1", size=10),
    dict(left="Little Marsh Parish Council", right="1", height=400),
    dict(left="Little Marsh Parish Council, registered charity 1087"),
    dict(left="Little Marsh Parish Council", right="2"),
]


@pytest.mark.parametrize("footer", KEPT, ids=[str(sorted(f.items())) for f in KEPT])
def test_a_last_line_that_is_no_footer_stays(footer):
    page = _page(_pdf(**footer))
    assert TEXT in page.text  # the footer drawn before the body comes first in the text
    assert len(page.text.split("\n")) == 4
    assert page.printed is None


def test_a_page_without_footer_is_unchanged():
    page = _page(_pdf())
    assert page.text == TEXT
    assert page.printed is None
