"""Decisions in a PDF's wrapped lines: a sentence or a numbered part broken anywhere by the line's measure.

A PDF prints each line as full as its measure allows, so a decision sentence that opens on the line of a run-in
heading ("2. Co-option of Councillors: Ms A was proposed by Cllr B and seconded by Cllr") runs on to the next line,
and a numbered part's decision words ("be noted and / accepted as correct records") may fall on any of its lines.
The text version of the same minutes gives the same rows. The PDFs are rendered with reportlab (invented minutes)
and read by the real reader, outliner and extractors.
"""

from __future__ import annotations

import io

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

from extractors.registry import registered

registered()

from extractors.resolutions import item_resolutions  # noqa: E402
from extractors.text import squash  # noqa: E402
from pipeline.parse import parse_document  # noqa: E402
from schemas.provenance import Span  # noqa: E402

BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=11, leading=14)

_HEAD = [
    "Minutes of the Meeting of Oakridge Parish Council held on Tuesday 4 March 2025 at 7.30pm in the Village Hall",
    "Present: Cllr Ann Hale (Chair), Cllr Bob Moss, Cllr Cy Fry, Cllr Di Lamb and the Clerk, Mrs Eve Pike",
    "1. Apologies for Absence: Cllr Gus Reed sent apologies, which were accepted by the members present.",
]


def _pdf(paragraphs: list[str]) -> bytes:
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4, invariant=1).build([Paragraph(p, BODY) for p in paragraphs])
    return out.getvalue()


def _rows(data: bytes, name: str) -> list[str]:
    return [r.text for r in parse_document(data, name).records["resolutions"]]


# an item's minutes opening on its heading's line, the decision sentence wrapped onto the next line
RUN_IN_CASES = [
    "2. Co-option of Councillors: Ms Jo Vale was proposed by Cllr Hale and seconded by Cllr Moss, and was unanimously "
    "co-opted onto the Council. Resolved. Cllr Vale signed her Declaration of Acceptance of Office in front of the meeting.",
    "2. Minutes of the last meeting: The minutes of the meeting held on 4 February 2025, having been circulated, were "
    "approved and signed by the Chair as a correct record of the meeting. The Clerk will file them with the others.",
]


@pytest.mark.parametrize("item", RUN_IN_CASES, ids=["co-option", "minutes"])
def test_a_decision_on_a_run_in_headings_line_is_one_sentence_in_a_pdf(item):
    paragraphs = [*_HEAD, item, "3. Footpaths: Cllr Fry reported that the stile at Mill Lane had been mended by the owner."]
    text_rows = _rows("\n\n".join(paragraphs).encode(), "minutes.txt")
    assert text_rows and _rows(_pdf(paragraphs), "minutes.pdf") == text_rows


# numbered parts with no RESOLVED whose decision words fall on a wrapped line of the part
PART_CASES = [
    (
        "The Committee received the outstanding minutes of the panels.\n"
        "1) the minutes of the meetings of the Housing Panel held on the 23rd January and the\n"
        "26th March 2025 be noted and accepted as correct records;\n"
        "2) the minutes of the meetings of the Leisure, Tourism and Economy Overview and Scrutiny\n"
        "Panel held on the 24th January and the 13th March 2025 be noted and accepted as correct\n"
        "records; and\n"
        "3) the minutes of the meeting of the Social Panel held on the 30th January 2025 be\n"
        "noted and accepted as correct records.\n",
        ["the minutes of the meetings of the Housing Panel held on the 23rd January and the 26th March 2025 be noted and accepted as correct records",
         "the minutes of the meetings of the Leisure, Tourism and Economy Overview and Scrutiny Panel held on the 24th January and the 13th March 2025 be noted and accepted as correct records",
         "the minutes of the meeting of the Social Panel held on the 30th January 2025 be noted and accepted as correct records."],
    ),
    # questions numbered the same way are no decisions, however they wrap
    (
        "Members raised the following points:\n1) whether the car park could be resurfaced before the\nsummer;\n"
        "2) why the bins at the green had not been emptied since the\nend of March.\n",
        [],
    ),
]


@pytest.mark.parametrize("text, expected", PART_CASES, ids=["parts", "questions"])
def test_numbered_parts_worded_as_decisions_over_their_wrapped_lines(text, expected):
    found = item_resolutions(text, None, Span(start=0, end=len(text)))
    assert [squash(text[f[0].start : f[0].end]) for f in found if f[1]] == expected
