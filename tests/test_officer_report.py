"""Officer reports on their own: the meeting their header names and the one item they are.

Real values from the generated Eastbrook report to Cabinet
(``samples/eastbrook/2025-01-30_cabinet_officer-report.pdf``).
"""

from __future__ import annotations

import pytest

from pipeline.parse import parse_document
from tests.conftest import SAMPLES, build, needs_shared

REPORT = SAMPLES / "2025-01-30_cabinet_officer-report.pdf"


@pytest.fixture(scope="module")
def parsed():
    return parse_document(REPORT.read_bytes(), str(REPORT))


def test_the_meeting_the_header_names(parsed):
    assert parsed.document.kind == "officer_report"
    (meeting,) = parsed.records["meeting"]
    assert (meeting.committee, meeting.date, meeting.status) == ("Cabinet", "2025-01-30", "scheduled")


def test_the_report_is_its_item_and_its_sections_are_not_items(parsed):
    items = [(i.number, i.title) for i in parsed.records["agenda_items"]]
    assert items == [("7", "Foster Carer Allowances 2025/26")]  # not "1. Purpose of the report", "2. Recommendations" ...
    assert parsed.records.get("resolutions", []) == []  # a recommendation is not a decision


def test_the_report_joins_the_meeting_it_goes_to(tmp_path_factory):
    db = build(tmp_path_factory, "report", REPORT, SAMPLES / "2025-01-30_cabinet_decision-notice.pdf")
    assert db.rows("select id, status, document_count from meetings") == [
        {"id": "eastbrook-borough-council/cabinet/2025-01-30", "status": "held", "document_count": 2}
    ]



@needs_shared
def test_a_report_whose_to_field_names_the_body_and_the_day():
    """Kent's report header: "By: ... / To: County Council - 13 March 2025 / Subject: ..."."""
    from pipeline.parse import parse_document
    from tests.conftest import corpus

    path = corpus("pdf/kent_county-council_2025-03-13_report_family-hubs-call-in.pdf")
    result = parse_document(path.read_bytes(), str(path), {})
    (meeting,) = result.records["meeting"]
    assert (meeting.council, meeting.committee, meeting.date, meeting.status) == ("Kent County Council", "County Council", "2025-03-13", "scheduled")
    assert result.records["agenda_items"] == []  # no item number printed: none invented



@needs_shared
@pytest.mark.parametrize(
    "relative, committee, date, status",
    [
        ("pdf/kingston_north-kingston-nc_2026-01-15_report_zebra-crossing.pdf", "Kingston and North Kingston Neighbourhood Committee", "2026-01-15", "scheduled"),
        ("pdf/kent_cabinet_2025-01-30_supplement_18-25-transfer-report.pdf", "Cabinet", "2025-01-30", "scheduled"),  # "CABINET - THURSDAY, 30 JANUARY 2025"
        # a covering letter: "Date: 27 February 2025 / ... COUNTY COUNCIL - THURSDAY, 13 FEBRUARY 2025 / Enclosed are the
        # Budget amendments that were proposed during the meeting": dated after its meeting, which was held
        ("pdf/kent_county-council_2025-02-13_budget-amendments-pack.pdf", "County Council", "2025-02-13", "held"),
    ],
)
def test_a_paper_whose_head_names_the_body_and_the_day(relative, committee, date, status):
    from pipeline.parse import parse_document
    from tests.conftest import corpus

    path = corpus(relative)
    result = parse_document(path.read_bytes(), str(path), {})
    (meeting,) = result.records["meeting"]
    assert (meeting.committee, meeting.date, meeting.status) == (committee, date, status)
    assert result.records["agenda_items"] == []


@needs_shared
def test_an_agenda_headed_by_the_body_alone_in_capitals():
    """Kent's Cabinet agenda: "AGENDA / CABINET / Thursday, 13th March, 2025, at 3.00 pm"."""
    from pipeline.parse import parse_document
    from tests.conftest import corpus

    path = corpus("pdf/kent_cabinet_2025-03-13_public-reports-pack.pdf")
    result = parse_document(path.read_bytes(), str(path), {})
    (meeting,) = result.records["meeting"]
    assert (meeting.council, meeting.committee, meeting.date, meeting.start_time) == ("Kent County Council", "Cabinet", "2025-03-13", "15:00")
    assert [i.title for i in result.records["agenda_items"]] == ["Apologies", "Declarations of Interest", "Consideration of Decision 24/00093 (if required)"]
