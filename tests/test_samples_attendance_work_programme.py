"""Attendance and work programmes on the Eastbrook samples, and the mechanisms behind them.

- a work programme printed as a report in an agenda pack (a date line, then
  bulleted titles, then the report's "Recommendation") is read from the
  item's pages;
- "The Chair, Councillor X, ..." in the minutes names who chaired;
- an officer's employer written after the job title's last comma becomes the
  organisation, and a council's short name ("Eastbrook Council Officers:")
  its canonical name.
"""

from __future__ import annotations

import json


from extractors.attendance import canonical_organisation, split_employer
from extractors.registry import ExtractionContext, run_extractors
from schemas.outline import ItemBlock, Outline
from schemas.source_document import PageText, SourceDocument
from pipeline.readers.detect import TEXT
from schemas.provenance import Span
from tests.conftest import SAMPLES

PACK = "2025-06-16_corporate-parenting-panel_agenda-pack.pdf"
PAGE = "2025-06-16_corporate-parenting-panel_minutes.html"
MARCH = "2025-03-10_corporate-parenting-panel_printed-minutes.pdf"


def _doc_id(db, name: str) -> str:
    return db.value("select id from documents where source like ?", [f"%{name}"])


def _truth(name: str) -> dict:
    return json.loads((SAMPLES / f"{name}.truth.json").read_text(encoding="utf-8"))


# --- work programme --------------------------------------------------------------------------


def test_pack_work_programme_is_read_from_the_items_report(samples_db):
    rows = samples_db.rows(
        "select w.planned_date, w.title, w.page, a.number from work_programme w join agenda_items a on a.id = w.agenda_item_id "
        "where w.document_id = ? order by w.char_start",
        [_doc_id(samples_db, PACK)],
    )
    assert [(r["planned_date"], r["title"]) for r in rows] == [
        ("2025-09-15", "Independent Reviewing Officers Annual Report 2024/25"),
        ("2025-09-15", "Fostering Recruitment and Retention Update"),
        ("2025-12-08", "Virtual School Annual Report 2024/25"),
        ("2025-12-08", "Care Leavers Local Offer Refresh"),
        ("2025-12-08", "Health of Children Looked After Annual Report"),
    ]
    # item 11 "Work Programme 2025/26 (Pages 18 - 19)": printed page 18 is physical page 19
    assert {(r["number"], r["page"]) for r in rows} == {("11", 19)}
    assert sorted((r["planned_date"], r["title"]) for r in rows) == sorted(
        (e["planned_date"], e["title"]) for e in _truth(PACK)["work_programme"]
    )


def test_minutes_page_work_programme_is_unchanged(samples_db):
    rows = samples_db.rows("select planned_date, title from work_programme where document_id = ? order by char_start", [_doc_id(samples_db, PAGE)])
    assert [(r["planned_date"], r["title"]) for r in rows] == [
        ("2025-09-15", "Independent Reviewing Officers Annual Report 2024/25"),
        ("2025-09-15", "Fostering Recruitment and Retention Update"),
        ("2025-09-15", "Placement Moves by Age"),
        ("2025-12-08", "Virtual School Annual Report 2024/25"),
        ("2025-12-08", "Care Leavers Local Offer Refresh"),
        ("2025-12-08", "Health of Children Looked After Annual Report"),
    ]


def _pack(pages: list[tuple[str | None, str]], items: list[ItemBlock]) -> ExtractionContext:
    doc = SourceDocument(id="0" * 64, source="pack.txt", media_type=TEXT, pages=[PageText(i + 1, t, printed=p) for i, (p, t) in enumerate(pages)])
    return ExtractionContext(doc=doc, outline=Outline(kind="agenda_pack", items=items))


def _item(number: str, title: str, page_start=None, page_end=None) -> ItemBlock:
    block = ItemBlock(block=Span(start=0, end=1), number_text=number, title_text=title)
    block.page_start, block.page_end = page_start, page_end
    return block


def _programme(ctx: ExtractionContext) -> list[tuple[str | None, str]]:
    rows = run_extractors(ctx, only={"work_programme"}).records["work_programme"]
    return [(r.planned_date, r.title) for r in rows]


def test_bulleted_programme_ends_at_the_first_unbulleted_line_and_keeps_wrapped_titles():
    report = (
        "Agenda Item 5\nPages 3 to 4\nForward Plan\nPurpose\nThe Committee is asked to note its forward plan.\n"
        "Tuesday 3 March 2026\n\u2022 Annual Report of the Local Safeguarding Children Partnership and\n"
        "progress against the Business Plan\n- Youth Justice Plan\nRecommendation\nThat the plan be noted.\n"
    )
    ctx = _pack([(None, "Agenda\n5. Forward Plan (Pages 3 - 4)"), ("3", report), ("4", "Placement Strategy\n")], [_item("5", "Forward Plan", 3, 4)])
    assert _programme(ctx) == [
        ("2026-03-03", "Annual Report of the Local Safeguarding Children Partnership and progress against the Business Plan"),
        ("2026-03-03", "Youth Justice Plan"),
    ]


def test_unbulleted_programme_in_a_report_stops_at_a_section_heading_and_skips_page_furniture():
    report = "Agenda Item 7\nWork Programme\n9 June 2026\nHousing for Care Leavers\n12\nSufficiency Strategy\nBackground Papers\nNone.\n"
    # no page range: the report is found by its "Agenda Item 7" header
    ctx = _pack([(None, "Agenda\n7. Work Programme\n"), (None, report)], [_item("7", "Work Programme")])
    assert _programme(ctx) == [("2026-06-09", "Housing for Care Leavers"), ("2026-06-09", "Sufficiency Strategy")]


def test_a_pack_report_that_only_mentions_a_work_programme_is_not_read_as_one():
    report = "Agenda Item 4\nIRO Annual Report\nAnnual work programme with areas for improvement\n1 April 2025\nCaseloads fell.\n"
    ctx = _pack([(None, "Agenda\n4. IRO Annual Report (Pages 2 - 2)"), ("2", report)], [_item("4", "IRO Annual Report", 2, 2)])
    assert _programme(ctx) == []


# --- attendance ------------------------------------------------------------------------------


def test_the_chair_named_in_the_minutes_is_an_attendee(samples_db):
    chair = samples_db.one("select name, role, status, remote from attendees where document_id = ? and role = 'chair'", [_doc_id(samples_db, PAGE)])
    assert chair == {"name": "Hannah Greaves", "role": "chair", "status": "present", "remote": 0}


def test_officers_present_have_their_employer_and_the_councils_canonical_name(samples_db):
    rows = samples_db.rows(
        "select name, job_title, organisation from attendees where document_id = ? and role = 'officer' order by char_start", [_doc_id(samples_db, PAGE)]
    )
    assert rows == [
        {"name": "Alan Whitcombe", "job_title": "Director of Children's Services", "organisation": "Eastbrook Borough Council"},
        {"name": "Ruth Okafor", "job_title": "Head of Corporate Parenting", "organisation": "Eastbrook Borough Council"},
        {"name": "Nadia Rahman", "job_title": "Virtual School Headteacher", "organisation": "Eastbrook Borough Council"},
        {"name": "Sophie Marsh", "job_title": "Participation Officer", "organisation": "Eastbrook Borough Council"},
        {"name": "Joanna Fenwick", "job_title": "Democratic Services Officer", "organisation": "Eastbrook Borough Council"},
        {"name": "Fiona McAllister", "job_title": "Named Nurse for Children Looked After", "organisation": "Eastbrook Community Health NHS Trust"},
        {"name": "Oliver Grant", "job_title": "Designated Nurse for Children Looked After", "organisation": "NHS Eastbrook Integrated Care Board"},
    ]


def test_in_attendance_employer_in_printed_minutes(samples_db):
    nurse = samples_db.one("select job_title, organisation from attendees where document_id = ? and name like '%McAllister'", [_doc_id(samples_db, MARCH)])
    assert nurse == {"job_title": "Named Nurse for Children Looked After", "organisation": "Eastbrook Community Health NHS Trust"}
    # council officers in the IN ATTENDANCE list name no employer: none is invented
    assert samples_db.value("select organisation from attendees where document_id = ? and name like '%Okafor'", [_doc_id(samples_db, MARCH)]) is None


def test_members_only_mentioned_on_the_page_are_mentions_not_attendees(samples_db):
    """The page lists no members present: declarants and questioners are mentions (eval/README.md), as in the seeds."""
    doc = _doc_id(samples_db, PAGE)
    attendees = {r["name"] for r in samples_db.rows("select name from attendees where document_id = ?", [doc])}
    mentioned = {r["name"] for r in samples_db.rows("select name from mentions where document_id = ?", [doc])}
    for name in ("Daniel Osei", "Sunil Patel", "Grace Whitfield"):
        assert name not in attendees
    assert {"Daniel Osei", "Grace Whitfield"} <= mentioned  # the two questioners


def test_split_employer():
    assert split_employer("Named Nurse for Children Looked After, Eastbrook Community Health NHS Trust") == (
        "Named Nurse for Children Looked After",
        "Eastbrook Community Health NHS Trust",
    )
    assert split_employer("Designated Nurse for Children Looked After, NHS Eastbrook Integrated Care Board") == (
        "Designated Nurse for Children Looked After",
        "NHS Eastbrook Integrated Care Board",
    )
    assert split_employer("Director of Public Health, Kent County Council") == ("Director of Public Health", "Kent County Council")
    # departments and specialisms after a comma stay in the job title
    for title in ("Corporate Director, People Services", "Head of Service, Corporate Parenting, People Services",
                  "Service Manager Safeguarding, Quality Assurance & Professional Standards",
                  "Corporate Director Children, Young People and Education"):  # fmt: skip
        assert split_employer(title) == (title, None)
    # an acronym is an employer only where the document spells it out as one
    text = "... the Central and North West London NHS Foundation Trust (CNWL) ... Special Educational Needs (SEND) ..."
    assert split_employer("Designated Nurse for CLA, CNWL", text) == ("Designated Nurse for CLA", "CNWL")
    assert split_employer("Assistant Director, SEND", text) == ("Assistant Director, SEND", None)
    assert split_employer("Designated Nurse for CLA, CNWL") == ("Designated Nurse for CLA, CNWL", None)


def test_canonical_organisation():
    assert canonical_organisation("Eastbrook Council", "Eastbrook Borough Council") == "Eastbrook Borough Council"
    assert canonical_organisation("Harrow Council", None) == "Harrow Council"
    assert canonical_organisation("Merton Council", None) == "London Borough of Merton"  # a name in councils.toml
    assert canonical_organisation("Westbrook Council", "Eastbrook Borough Council") == "Westbrook Council"
    assert canonical_organisation("Health Authority", "Harrow Council") == "Health Authority"


def test_a_named_chair_who_sent_apologies_or_was_absent_is_not_recorded_present():
    from pipeline.outline import outline_document
    from pipeline.parse import document_id
    from pipeline.readers import read_document

    text = (
        "Agenda and minutes\nCorporate Parenting Panel - Monday 1 June 2026 6.30 pm\nNo. Item\n"
        "1.\nApologies\nTo receive apologies.\nMinutes:\nThe Chair, Councillor Ann Baker, had sent apologies for absence.\n"
        "2.\nUpdate\nReport of the Director.\nMinutes:\nThe Vice-Chair, Councillor Tom Reed, welcomed the report.\n"
        "3.\nChair\nTo elect a Chair.\nMinutes:\nIn the absence of the Chair, Councillor Ann Baker, Councillor Joe Lim was elected to chair the meeting.\n"
    ).encode()
    doc = read_document(document_id(text), "page.txt", text)
    ctx = ExtractionContext(doc=doc, outline=outline_document(doc))
    rows = run_extractors(ctx, only={"meeting", "attendance"}).records["attendance"]
    # the chair who sent apologies is recorded with them, never as present
    assert [(r.name, r.role, r.status) for r in rows] == [
        ("Councillor Ann Baker", "chair", "apologies"), ("Councillor Tom Reed", "vice-chair", "present"), ("Councillor Joe Lim", "chair", "present"),
    ]  # fmt: skip
