"""Real council documents from ../shared/corpus: Kent, Kingston, Manchester."""

from __future__ import annotations

from tests.conftest import corpus, needs_shared

pytestmark = needs_shared

KENT_OCT = "kent-county-council/corporate-parenting-panel/2024-10-29"
KENT_DEC = "kent-county-council/corporate-parenting-panel/2024-12-10"
KINGSTON = "royal-borough-of-kingston-upon-thames/kingston-and-north-kingston-neighbourhood-committee"


def test_kent_cpp_minutes_meetings(corpus_db):
    for meeting_id in (KENT_OCT, KENT_DEC):
        m = corpus_db.one("select * from meetings where id = ?", [meeting_id])
        assert m["venue"] == "Darent Room, Sessions House, County Hall, Maidstone"
        assert m["status"] == "held"


def test_kent_october_items_and_resolutions(corpus_db):
    rows = corpus_db.rows("select number, title, id from agenda_items where meeting_id = ? order by position", [KENT_OCT])
    assert [r["number"] for r in rows] == [str(n) for n in range(1, 13)]
    titles = {r["number"]: r["title"] for r in rows}
    assert titles["1"] == "Apologies and Substitutes"
    assert titles["6"] == "Adoption Partnership South East, Regional Adoption Agency Annual Report 2023/2024"
    assert titles["9"] == "The Joint Housing Protocol for Care Leavers"
    assert titles["12"] == "Work programme"
    resolved = {
        r["number"]: r["text"]
        for r in corpus_db.rows(
            "select a.number, r.text from resolutions r join agenda_items a on a.id = r.agenda_item_id where a.meeting_id = ?",
            [KENT_OCT],
        )
    }
    assert resolved["2"] == "that Mr P Bartlett be duly elected Vice Chair of the Corporate Parenting Panel."
    assert resolved["7"] == "that the Panel note the Youth Justice Annual Report."
    assert resolved["8"] == "that the Panel note the Performance Score Card."
    assert resolved["10"] == "to endorse the Sufficiency Strategy 2022-2027."
    assert "1" not in resolved  # apologies are not resolved


def test_kent_december_items(corpus_db):
    rows = corpus_db.rows("select number, title from agenda_items where meeting_id = ? order by position", [KENT_DEC])
    assert [r["number"] for r in rows] == [str(n) for n in range(1, 11)]
    assert rows[3]["title"] == "Participation Team Update"  # title and "(Item 4)" on different pages
    assert rows[8]["title"] == "Looked after Children’s Integrated Care Board (IBC) Annual Report"
    outcomes = corpus_db.rows(
        "select a.number, r.outcome from resolutions r join agenda_items a on a.id = r.agenda_item_id where a.meeting_id = ? order by a.position",
        [KENT_DEC],
    )
    assert [o["number"] for o in outcomes] == ["3", "4", "5", "6", "7", "8", "10"]


def test_kent_cabinet_minute_numbers_after_unfinished_minutes(corpus_db):
    """Items 89 and 91 follow minutes that end without a full stop ("... Monitoring", "... the
    decision"); their running minute numbers still start them, and their titles run on two lines."""
    rows = corpus_db.rows("select number, title, minutes_text from agenda_items where meeting_id = 'kent-county-council/cabinet/2025-01-30' order by position")
    assert [r["number"] for r in rows] == [f"{n}." for n in range(84, 93)]
    titles = {r["number"]: r["title"] for r in rows}
    assert titles["89."] == "Draft Revenue Budget 2025-26, MTFP 2025-28, Draft Capital Programme 2025-35 and Treasury Management Strategy"
    assert titles["91."] == "24/00115 - Kent County Council Integrated Care Strategy (KCC ICS) Delivery Plan"
    assert not any("89. Draft Revenue" in (r["minutes_text"] or "") for r in rows)


def test_tintern_agenda_is_an_agenda_of_the_minutes_meeting(corpus_db):
    """A community council's summons numbers its items with the running minute numbers the
    minutes use (2643-2658): it is an agenda, of the same meeting as the minutes."""
    meeting = "tintern-community-council/community-council/2019-02-25"  # a meeting of the whole council: its kind
    doc = corpus_db.one("select id, kind from documents where source like '%tintern-community-council_2019-02-25_agenda.pdf'")
    assert doc["kind"] == "agenda"  # the general structure reader's kind for an agenda
    rows = corpus_db.rows("select number, title, meeting_id from agenda_items where document_id = ? order by position", [doc["id"]])
    assert [r["number"] for r in rows] == [f"{n}." for n in range(2643, 2659)]  # as printed
    assert {r["meeting_id"] for r in rows} == {meeting}
    assert rows[6]["title"] == "Accounts for payment"  # printed "Accounts for payment:-"
    roles = {r["role"] for r in corpus_db.rows("select role from meeting_documents where meeting_id = ?", [meeting])}
    assert roles == {"agenda", "printed_minutes"}
    assert corpus_db.one("select status, start_time from meetings where id = ?", [meeting]) == {"status": "held", "start_time": "19:00"}


def test_kent_pages_keep_printed_numbers(corpus_db):
    doc = corpus_db.one("select id, page_count from documents where source like '%kent_corporate-parenting-panel_2024-10-29%'")
    pages = corpus_db.rows("select page, printed_page from pages where document_id = ? order by page", [doc["id"]])
    assert doc["page_count"] == 9
    assert [p["printed_page"] for p in pages] == [str(n) for n in range(1, 10)]


def test_kingston_minutes_page(corpus_db):
    m = corpus_db.one("select * from meetings where id = ?", [f"{KINGSTON}/2026-01-15"])
    assert (m["council"], m["start_time"], m["venue"], m["contact_email"]) == (
        "Royal Borough of Kingston upon Thames", "19:30", "Guildhall, Kingston upon Thames", "alice.aubrey@kingston.gov.uk",
    )  # fmt: skip
    rows = corpus_db.rows("select * from agenda_items where meeting_id = ? order by position", [m["id"]])
    assert [r["number"] for r in rows] == [f"{n}." for n in range(54, 66)]
    assert rows[5]["title"] == "Petition Regarding the Introduction of Traffic Management Measures On Manorgate Road"
    assert rows[5]["source_item_id"] == "51902"
    assert rows[2]["minutes_text"] == "Apologies were received from Councillors Noel Hadjimichael, Patrick Hall and John Sweeney."
    assert rows[4]["minutes_text"] == "The minutes of the meeting held on 18 November 2025 were approved as a correct record."


def test_kingston_cancelled_meeting_has_no_items(corpus_db):
    m = corpus_db.one("select * from meetings where id = ?", [f"{KINGSTON}/2025-12-04"])
    assert m["status"] == "cancelled"
    assert corpus_db.value("select count(*) from agenda_items where meeting_id = ?", [m["id"]]) == 0


def test_manchester_web_service_meeting(corpus_db):
    m = corpus_db.one("select * from meetings where id = 'manchester-city-council/audit-committee/2026-02-10'")
    assert (m["start_time"], m["venue"], m["source_meeting_id"]) == ("10:00", "Council Antechamber, Level 2, Town Hall Extension", "4967")
    rows = corpus_db.rows("select * from agenda_items where meeting_id = ? order by position", [m["id"]])
    assert [(r["number"], r["title"], r["source_item_id"], r["restricted"]) for r in rows] == [
        ("1.", "Minutes", "18831", 0),
        ("9.", "Work Programme", "18833", 0),
    ]
    import json

    links = json.loads(rows[0]["links"])
    assert links[0]["url"] == "https://democracy.manchester.gov.uk/mgConvert2PDF.aspx?ID=60860"
    assert m["previous_minutes_date"] == "2025-11-25"


def test_manchester_cancelled_meeting(corpus_db):
    m = corpus_db.one("select * from meetings where council = 'Manchester City Council' and date = '2026-01-13'")
    assert m["status"] == "cancelled"
    assert corpus_db.value("select count(*) from agenda_items where meeting_id = ?", [m["id"]]) == 0


def test_bad_corpus_documents_are_recorded_with_their_error(corpus_db):
    row = corpus_db.one("select status, error from documents where source like '%denbighshire%'")
    assert row["status"] == "error"
    assert "root element <script>" in row["error"]
    assert corpus_db.value("select count(*) from documents where status = 'error'") == 1


def test_every_other_corpus_document_loads(corpus_db):
    assert corpus_db.value("select count(*) from documents where status = 'ok'") == len(
        [p for p in corpus("").rglob("*") if p.is_file() and "denbighshire" not in p.name]
    )
