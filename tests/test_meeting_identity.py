"""One meeting, one row (issue 17): a ModernGov meeting id is the meeting's identity where known.

Council, committee and date are the fallback for documents without one. A
meeting moved to another date keeps its row; its status follows the evidence
(minutes or decisions published: held; cancelled: cancelled), whichever
document says it, never a document kind's default.
"""

from __future__ import annotations

import pytest

from tests.conftest import DB, corpus, needs_shared, run_cli
from tests.test_scrape import GET_MEETINGS, scrape, server  # noqa: F401  (the fixture)

pytestmark = needs_shared

MANCHESTER_FILES = [
    "xml/manchester_mgWebService_GetMeetings_committee144.xml",
    "xml/manchester_mgWebService_GetMeeting_4966_cancelled.xml",
    "xml/manchester_mgWebService_GetMeeting_4967_with_minutes.xml",
]


@pytest.mark.parametrize("order", [(0, 1, 2), (1, 2, 0), (2, 0, 1)], ids=["list-first", "list-last", "list-between"])
def test_the_manchester_web_service_gives_two_meetings_with_their_statuses(tmp_path, order):
    """The meeting list (which names no council) and each meeting's response are one meeting, in any order."""
    db_path = tmp_path / "c.db"
    for index in order:  # one ingest each: later documents join the meetings earlier ones made
        result = run_cli("ingest", str(corpus(MANCHESTER_FILES[index])), "--db", str(db_path), "--quiet")
        assert result.exit_code == 0, result.output
    db = DB(db_path)
    meetings = db.rows("select source_meeting_id, date, committee, status, document_count from meetings order by date")
    assert [(m["source_meeting_id"], m["date"], m["status"], m["document_count"]) for m in meetings] == [
        ("4966", "2026-01-13", "cancelled", 2),
        ("4967", "2026-02-10", "held", 2),
    ]
    assert {m["committee"] for m in meetings} == {"Audit Committee"}


def test_a_meeting_moved_to_another_date_keeps_its_row(server, tmp_path):
    assert scrape(server, tmp_path).exit_code == 0
    db = DB(tmp_path / "c.db")
    before = db.one("select id, date from meetings where source_meeting_id = '4967'")
    assert before["date"] == "2026-02-10"

    site = server.site
    listing = site.resources[next(k for k in site.resources if k.startswith("/mgWebService.asmx/GetMeetings"))].body
    meeting_key = next(k for k in site.resources if k.endswith("lmeetingid=4967"))
    site.replace(GET_MEETINGS, listing.replace(b"10/02/2026", b"17/02/2026"))
    site.resources[meeting_key] = type(site.resources[meeting_key])(
        site.resources[meeting_key].body.replace(b"10/02/2026", b"17/02/2026"), "text/xml", site.resources[meeting_key].modified + 86400
    )
    second = scrape(server, tmp_path)
    assert second.exit_code == 0, second.output
    after = db.one("select id, date, status from meetings where source_meeting_id = '4967'")
    assert (after["id"], after["date"], after["status"]) == (before["id"], "2026-02-17", "held")
    assert db.value("select count(*) from meetings where source_meeting_id is not null") == 2  # 4966 and 4967, no third
    assert db.value("select count(*) from meetings where date = '2026-02-10'") == 0
    assert db.value("select count(*) from agenda_items where meeting_id = ?", [before["id"]]) > 0


KINGSTON_LIST = b"""<?xml version="1.0" encoding="utf-8"?><getmeetings><committee><committeeid>711</committeeid>
<committeetitle>Kingston and North Kingston Neighbourhood Committee</committeetitle><committeemeetings>
<meeting><meetingid>10214</meetingid><meetingdate>18/11/2025</meetingdate><meetingstatus>Confirmed</meetingstatus>
<meetingtime>7.30 pm</meetingtime></meeting></committeemeetings></committee></getmeetings>"""


def test_a_meeting_whose_page_has_minutes_is_held(tmp_path):
    """The meeting list says only "Confirmed" (scheduled); the meeting's page, with its minutes, says it was held."""
    listing = tmp_path / "GetMeetings_711.xml"
    listing.write_bytes(KINGSTON_LIST)
    db_path = tmp_path / "c.db"
    for path in (listing, corpus("html/kingston_north-kingston-nc_2025-11-18_ieListDocuments_agenda.html")):
        assert run_cli("ingest", str(path), "--db", str(db_path), "--quiet").exit_code == 0
    db = DB(db_path)
    meeting = db.one("select council, committee, date, status, document_count from meetings")
    assert (meeting["date"], meeting["status"], meeting["document_count"]) == ("2025-11-18", "held", 2)
    assert meeting["council"] == "Royal Borough of Kingston upon Thames"


def test_two_meetings_of_one_committee_on_one_day_are_two_rows(tmp_path):
    """Different ModernGov meeting ids are different meetings, even on the same date."""
    listing = tmp_path / "GetMeetings_711.xml"
    listing.write_bytes(KINGSTON_LIST.replace(b"</committeemeetings>", b"<meeting><meetingid>10299</meetingid><meetingdate>18/11/2025</meetingdate>"
                                              b"<meetingstatus>Confirmed</meetingstatus><meetingtime>9.30 pm</meetingtime></meeting></committeemeetings>"))
    db_path = tmp_path / "c.db"
    for path in (listing, corpus("html/kingston_north-kingston-nc_2025-11-18_ieListDocuments_agenda.html")):
        assert run_cli("ingest", str(path), "--db", str(db_path), "--quiet").exit_code == 0
    db = DB(db_path)
    rows = db.rows("select source_meeting_id, start_time, status, document_count from meetings order by source_meeting_id")
    assert [(r["source_meeting_id"], r["status"], r["document_count"]) for r in rows] == [("10214", "held", 2), ("10299", "scheduled", 1)]
