"""Forms and returns are understood as such, with no meeting in them (issue 14, "honest about what it did not
understand"; pipeline/outline/form.py).

An annual governance and accountability return numbers its guidance notes and prints the dates of a financial
year: read as an agenda it gave an ``unknown`` meeting dated from its file name and its notes as items.
"""

import json

import pytest

from pipeline.parse import parse_document
from pipeline.structure import no_meeting_recognised, structure_of
from tests.conftest import SHARED, needs_shared

AGAR = "corpus2/pdf/burton-cum-walden-pc_parish-council_2024-03-31_agar-form2-2023-24.pdf"
VARIANCES = "corpus2/pdf/burton-cum-walden-pc_parish-council_2025-03-31_explanation-of-variances-2024-25.pdf"


def _codes(result):
    return [w["code"] for w in json.loads(result.document.warnings or "[]")]


@needs_shared
@pytest.mark.parametrize("path, title", [(AGAR, "Annual Governance and Accountability Return 2023/24 Form 2"), (VARIANCES, "Explanation of variances")])
def test_a_councils_return_is_a_form_with_no_meeting_items_or_attendees(path, title):
    result = parse_document((SHARED / path).read_bytes(), path, {})
    assert result.document.kind == "form"
    for records in ("meeting", "agenda_items", "attendance", "resolutions"):
        assert result.records.get(records, []) == []
    assert structure_of(result.records) == "none"
    assert not no_meeting_recognised(result.document.kind, "none")  # understood: not listed as a missed meeting
    (warning,) = [w for w in json.loads(result.document.warnings) if w["code"] == "not_a_meeting_document"]
    assert title in warning["message"]
    assert "date_from_file_name" not in _codes(result)


FORM = (
    "Annual Return of the Ashby Allotment Society 2024/25\n"
    "To be completed by the secretary and returned to the clerk by 30 June 2025.\n"
    "Guidance notes on completing the return\n"
    "1. Enter the name of the society and its address.\n"
    "2. Please tick one box in each row.\n"
    "3. Signature required below.\n"
    "Name of society: ________  Date: DD/MM/YYYY\n"
)

MINUTES = (
    "Minutes of the meeting of Ashby Parish Council held in the Village Hall on Tuesday 6 May 2025 at 7.30pm\n\n"
    "Present: Cllr A Holt (Chair), Cllr B Dean, Cllr C Lee\n\n"
    "1. Apologies\nNone.\n\n"
    "2. Annual return\nThe clerk explained the return is to be completed by 30 June; please tick each box; signature "
    "required from the chair; dates as DD/MM/YYYY.\nRESOLVED: that the chair sign the return.\n\n"
    "3. Planning\nNo applications.\n"
)


@pytest.mark.parametrize(
    "text, kind",
    [
        (FORM, "form"),  # the words of a form's instructions and blanks, no meeting in its head
        (MINUTES, "printed_minutes"),  # minutes that discuss a form are still minutes: their head names the meeting
    ],
)
def test_a_form_is_told_by_its_instructions_and_a_head_without_a_meeting(text, kind):
    result = parse_document(text.encode(), "2025-03-31-return.txt", {})
    assert result.document.kind == kind
    assert bool(result.records.get("meeting")) is (kind != "form")
