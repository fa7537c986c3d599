"""A PDF's run-in headings and page numbers, read from the type (issue 14: the same rows from any format).

Clerks type a minute's heading and its first sentence as one paragraph, the
heading in bold: "97/20 **To Receive Apologies** Apologies were received from
...".  Once the paragraph wraps, the words alone no longer say where the
heading ends; the bold run does.  The PDF reader
(:func:`pipeline.readers.pdf_typography.read_emphasis`) puts a line break where
the bold lead ends, so the heading is a line of its own, set in bold
throughout, and the minute's text starts on the next line.  A bold lead that
ends in a colon ("Police Report: Attached.") or is one bare word ("RESOLVED
that", "MINUTES of a meeting") is left on its line: the words show its end.
A lead that ends in a dash is split when it is numbered or in capitals
("6. Open Forum – A resident asked ...", "SIGNING OF THE MINUTES - Cllr Amos
proposed ..."): once the paragraph wraps, its first sentence starts a line.

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

BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=11, leading=14)


def _pdf(paragraphs: list[str]) -> bytes:
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4, invariant=1).build([Paragraph(p, BODY) for p in paragraphs])
    return out.getvalue()


def _read(data: bytes):
    return read_document("t", "t.pdf", data)


def _emphasised(page, key: str) -> list[str]:
    return [page.text[o:].split("\n", 1)[0] for o in page.meta[key]]


RUN_IN = [
    # (paragraph as typed, the lines the reader gives, the line set in bold throughout)
    ("12. <b>Village Hall Lease</b> The clerk reported that the lease had been signed.",
     ["12. Village Hall Lease", "The clerk reported that the lease had been signed."], "12. Village Hall Lease"),
    ("97/20 <b>To Receive Apologies for Absence</b> Apologies were received from Cllr Pell.",
     ["97/20 To Receive Apologies for Absence", "Apologies were received from Cllr Pell."], "97/20 To Receive Apologies for Absence"),
    ("<b>Bench Repairs</b> The bench by the pond is to be mended.",
     ["Bench Repairs", "The bench by the pond is to be mended."], "Bench Repairs"),
    ("<b>4210. Footpath Signs</b> Two signs are missing.",
     ["4210. Footpath Signs", "Two signs are missing."], "4210. Footpath Signs"),
    # a dash joins the heading to its first sentence: numbered, or in capitals (two words at least)
    ("<b>6. Open Forum –</b> A resident asked about the bus shelter.",
     ["6. Open Forum –", "A resident asked about the bus shelter."], "6. Open Forum –"),
    ("<b>6. Planning -</b> Cllr Tey proposed that no objection be raised.",
     ["6. Planning -", "Cllr Tey proposed that no objection be raised."], "6. Planning -"),
    ("<b>SIGNING OF THE MINUTES -</b> Cllr Amos proposed that they be signed.",
     ["SIGNING OF THE MINUTES -", "Cllr Amos proposed that they be signed."], "SIGNING OF THE MINUTES -"),
    ("<b>BENCH REPAIRS —</b> The bench by the pond is to be mended.",
     ["BENCH REPAIRS —", "The bench by the pond is to be mended."], "BENCH REPAIRS —"),
    ("<b>(b) Grit Bins –</b> Two bins are to be filled.",
     ["(b) Grit Bins –", "Two bins are to be filled."], "(b) Grit Bins –"),
]
KEPT = [
    # a bold lead whose end the words show, or a bold word that is no heading: one line, as typed
    "<b>Police Report:</b> Attached. Sgt Orme sent the figures.",
    "<b>RESOLVED:</b> That the accounts be approved.",
    "<b>RESOLVED</b> that the accounts be approved.",
    "<b>MINUTES</b> of a meeting of the Parish Council held on 3 May.",
    "<b>Present:</b> Cllr Amos Pell, Cllr Rina Tey.",
    "The clerk reported that <b>all</b> invoices had been paid.",
    # a dash after a bold word or phrase that is neither numbered nor a heading in capitals
    "<b>RESOLVED –</b> That the accounts be approved.",
    "<b>Bench Repairs –</b> the bench by the pond is to be mended.",
    "<b>Cllr Rina Tey -</b> the vice-chair - spoke on the bus shelter.",
    "<b>7. Grass Cutting:</b> Quotes were considered.",
]


@pytest.mark.parametrize("typed, lines, bold", RUN_IN, ids=[c[2] for c in RUN_IN])
def test_a_run_in_heading_is_a_line_of_its_own_set_in_bold(typed, lines, bold):
    page = _read(_pdf([typed])).pages[0]
    assert page.text.split("\n") == lines
    assert _emphasised(page, "emphasised_whole") == [bold]
    assert _emphasised(page, "emphasised_lines") == [bold]


@pytest.mark.parametrize("typed", KEPT)
def test_a_bold_lead_the_words_end_stays_on_its_line(typed):
    page = _read(_pdf([typed])).pages[0]
    assert page.text.split("\n") == [typed.replace("<b>", "").replace("</b>", "")]


def test_a_wrapped_run_in_heading_splits_where_the_bold_ends():
    """The heading runs over two lines; its second line ends in bold and the minute runs on after it."""
    typed = ("99/20 <b>To Approve the Minutes of the Ordinary Meeting held on 4 March and the Extraordinary "
             "Meeting held on 21 May.</b> There were no amendments and the chair signed them.")
    page = _read(_pdf([typed])).pages[0]
    lines = page.text.split("\n")
    assert lines[0].startswith("99/20 To Approve the Minutes")
    assert lines[1].endswith("21 May.")
    assert lines[2].startswith("There were no amendments")
    assert _emphasised(page, "emphasised_whole") == lines[:2]
