"""Headings in a word processor's synthetic bold are emphasised (issue 14: the same rows from any format).

A font without a bold face (many a council's house font) is set in bold by
painting its letters filled AND stroked: the outline drawn over the fill
thickens them.  The font is the regular one, so neither its name nor its
weight says bold, and the headings of such minutes read as body text: the
same document typed in a font with a bold face gives its items, this one did
not.  The PDF reader reads the paint (PDF's text render mode 2, fill then
stroke, or 6, the same adding to the clip) as bold; text only filled (mode
0) or only stroked (mode 1, hollow letters) is not.

Each case is a real PDF drawn with reportlab (invented words) and read with
the real reader.
"""

from __future__ import annotations

import io

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from pipeline.readers import read_document

FILL, STROKE, FILL_STROKE, FILL_STROKE_CLIP = 0, 1, 2, 6


def _pdf(lines: list[list[tuple[str, int]]]) -> bytes:
    """One page, one line per entry: runs of (text, render mode) set one after another in Helvetica 10pt."""
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A4, invariant=1)
    y = 760
    for runs in lines:
        x = 72
        for text, mode in runs:
            c.saveState()  # the render mode is graphics state: it must not leak into the next run
            t = c.beginText(x, y)
            t.setFont("Helvetica", 10)
            t.setTextRenderMode(mode)
            t.textOut(text)
            c.drawText(t)
            c.restoreState()
            x += c.stringWidth(text, "Helvetica", 10)
        y -= 14
    c.showPage()
    c.save()
    return out.getvalue()


def _emphasised(page, key: str) -> list[str]:
    return [page.text[o:].split("\n", 1)[0] for o in page.meta[key]]


@pytest.mark.parametrize("mode, bold", [(FILL_STROKE, True), (FILL_STROKE_CLIP, True), (FILL, False), (STROKE, False)],
                         ids=["fill+stroke", "fill+stroke+clip", "fill", "stroke only"])
def test_a_heading_painted_filled_and_stroked_is_bold(mode, bold):
    page = read_document("t", "t.pdf", _pdf([[("12. Village Hall Lease", mode)], [("The clerk reported that the lease was signed.", FILL)],
                                             [("13. Footpaths", mode)], [("The stile by the mill is broken.", FILL)]])).pages[0]
    assert page.text.split("\n") == ["12. Village Hall Lease", "The clerk reported that the lease was signed.", "13. Footpaths", "The stile by the mill is broken."]
    expected = ["12. Village Hall Lease", "13. Footpaths"] if bold else []
    assert _emphasised(page, "emphasised_lines") == expected
    assert _emphasised(page, "emphasised_whole") == expected


def test_a_run_in_heading_in_synthetic_bold_is_a_line_of_its_own():
    page = read_document("t", "t.pdf", _pdf([[("97/20 To Receive Apologies ", FILL_STROKE), ("Apologies were received from Cllr Pell.", FILL)]])).pages[0]
    assert page.text.split("\n") == ["97/20 To Receive Apologies", "Apologies were received from Cllr Pell."]
    assert _emphasised(page, "emphasised_whole") == ["97/20 To Receive Apologies"]
