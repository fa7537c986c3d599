"""Forward plans: planned decisions with their decision maker, belonging to no meeting.

Real values from the generated Eastbrook forward plan
(``samples/eastbrook/2025-01-03_forward-plan.pdf``: a ruled table of ten rows).
"""

from __future__ import annotations

import pytest

from pipeline.outline.forward_plan import columns_of
from pipeline.parse import parse_document
from pipeline.readers import read_document
from tests.conftest import SAMPLES, build

PLAN = SAMPLES / "2025-01-03_forward-plan.pdf"


@pytest.fixture(scope="module")
def parsed():
    return parse_document(PLAN.read_bytes(), str(PLAN))


def test_the_columns_are_read_from_the_header():
    doc = read_document("plan", str(PLAN), PLAN.read_bytes())
    (table,) = [t for t in doc.tables if columns_of(t)]
    assert columns_of(table) == {"title": 0, "decision_maker": 1, "date": 2, "key": 3, "exempt": 4, "lead": 5}


def test_no_meeting_and_no_items(parsed):
    assert parsed.document.kind == "forward_plan"
    assert parsed.records.get("meeting", []) == [] and parsed.records.get("agenda_items", []) == []
    assert parsed.document.warnings is None  # a forward plan is not a meeting's document: no "no meeting" warning


def test_every_row_is_a_planned_decision(parsed):
    rows = parsed.records["work_programme"]
    assert len(rows) == 10
    first, wrapped, member = rows[0], rows[3], rows[8]
    assert (first.planned_date, first.title, first.decision_maker) == ("2025-02-27", "Budget and Council Tax 2025/26", "Council")
    assert (first.lead_officer, first.key_decision, first.exempt) == ("Helen Marlow, Director of Finance", True, False)
    # a title wrapped in its cell, and a decision maker wrapped in its
    assert wrapped.title == "Supported Accommodation for Young People aged 16 and 17"
    assert (member.title, member.decision_maker) == ("Fees and Charges for Parking", "Cabinet Member for Environment")
    assert [r.title for r in rows if r.exempt] == ["Disposal of Land at Mill Lane Depot", "Children's Residential Home Refurbishment Contract"]
    assert all(r.meeting_id is None and r.agenda_item_id is None for r in rows)


def test_stored_as_a_programme(tmp_path_factory):
    db = build(tmp_path_factory, "plan", PLAN)
    assert db.value("select structure from documents") == "programme"
    assert db.value("select count(*) from meetings") == 0
    assert db.rows("select decision_maker, count(*) n from work_programme group by decision_maker order by decision_maker") == [
        {"decision_maker": "Cabinet", "n": 7},
        {"decision_maker": "Cabinet Member for Environment", "n": 1},
        {"decision_maker": "Council", "n": 2},
    ]
