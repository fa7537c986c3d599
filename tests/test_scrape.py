"""The scraper against a real local ModernGov server serving real saved responses."""

from __future__ import annotations

import datetime as dt
import io

import pytest

from pipeline.scrape.run import scrape_source
from pipeline.scrape.sources import Source, follow, load_sources, unfollow
from tests.conftest import DB, SAMPLES, corpus, needs_shared, run_cli
from tests.moderngov_server import ModernGovServer, Site

pytestmark = needs_shared

MANCHESTER = "https://democracy.manchester.gov.uk"
WINDOW = ["--since", "2026-01-01", "--until", "2026-03-01"]
FAST = ["--delay", "0", "--backoff", "0", "--timeout", "2", "--retries", "2"]
GET_MEETINGS = "/mgWebService.asmx/GetMeetings?lCommitteeId=144&sFromDate=01/01/2026&sToDate=01/03/2026"
PDF_A = "/mgConvert2PDF.aspx?ID=60860"
PDF_B = "/mgConvert2PDF.aspx?ID=60909"


def manchester_site(url: str) -> Site:
    """The Manchester web-service responses, their links pointed at this server, and two PDFs."""
    site = Site()
    listing = corpus("xml/manchester_mgWebService_GetMeetings_committee144.xml").read_bytes()
    site.add(GET_MEETINGS, listing, "text/xml")
    meeting = corpus("xml/manchester_mgWebService_GetMeeting_4967_with_minutes.xml").read_bytes().replace(MANCHESTER.encode(), url.encode())
    site.add("/mgWebService.asmx/GetMeeting?lMeetingId=4967", meeting, "text/xml")
    site.add("/mgWebService.asmx/GetMeeting?lMeetingId=4966", corpus("xml/manchester_mgWebService_GetMeeting_4966_cancelled.xml").read_bytes(), "text/xml")
    site.add(PDF_A, corpus("pdf/kent_corporate-parenting-panel_2024-10-29_minutes.pdf").read_bytes(), "application/pdf")
    site.add(PDF_B, (SAMPLES / "2025-03-10_corporate-parenting-panel_printed-minutes.pdf").read_bytes(), "application/pdf")
    return site


@pytest.fixture
def server():
    site = Site()
    with ModernGovServer(site) as running:
        fresh = manchester_site(running.url)
        site.resources.update(fresh.resources)
        yield running


def scrape(server, tmp_path, *extra):
    return run_cli(
        "scrape", "--site", server.url, "--committee", "144", "--council", "Manchester City Council",
        "--db", str(tmp_path / "c.db"), "--data-dir", str(tmp_path / "data"), *WINDOW, *FAST, *extra,
    )  # fmt: skip


def test_incremental_runs(server, tmp_path):
    first = scrape(server, tmp_path)
    assert first.exit_code == 0, first.output
    assert "documents 5 new, 0 changed, 0 unchanged, 0 failed" in first.output
    db = DB(tmp_path / "c.db")
    assert db.value("select count(*) from documents where status = 'ok'") == 5
    assert db.one("select status from meetings where date = '2026-02-10'")["status"] == "held"
    assert db.one("select status from meetings where date = '2026-01-13'")["status"] == "cancelled"

    server.site.requests.clear()
    second = scrape(server, tmp_path)
    assert second.exit_code == 0, second.output
    assert "documents 0 new, 0 changed, 5 unchanged, 0 failed" in second.output
    answered = [r for r in server.site.requests if r[0] != "/robots.txt" and r[2] in (200, 304)]
    assert answered and all(status == 304 and conditional for _, conditional, status in answered)
    assert db.value("select count(*) from documents") == 5

    server.site.replace(PDF_B, (SAMPLES / "2025-06-16_corporate-parenting-panel_agenda-pack.pdf").read_bytes())
    third = scrape(server, tmp_path)
    assert "documents 0 new, 1 changed, 4 unchanged, 0 failed" in third.output
    versions = db.rows("select id, superseded_by from documents where source like ? order by ingested_at", [f"%{PDF_B.split('?')[1]}"])
    assert len(versions) == 2 and versions[0]["superseded_by"] == versions[1]["id"]
    assert db.value("select versions from source_documents where url like ?", [f"%{PDF_B}"]) == 2
    runs = db.rows("select status, requests, not_modified, new_documents, changed_documents, unchanged_documents, errors from scrape_runs order by id")
    assert [r["status"] for r in runs] == ["ok", "ok", "ok"]
    assert [(r["new_documents"], r["changed_documents"], r["unchanged_documents"]) for r in runs] == [(5, 0, 0), (0, 0, 5), (0, 1, 4)]
    assert runs[1]["not_modified"] == 5


def test_meetings_accumulate_and_disappearing_future_meetings_are_cancelled(server, tmp_path):
    source = Source(site=server.url, committee=144, council="Manchester City Council")
    options = {"delay": 0, "backoff": 0, "timeout": 2, "retries": 0}
    # seen from 1 December 2025, the February meeting is still to come: no minutes yet
    route = "/mgWebService.asmx/GetMeeting?lMeetingId=4967"
    from tests.moderngov_server import route_key

    upcoming = server.site.resources[route_key(route)].body.replace(b"<minutepublished>True", b"<minutepublished>False")
    server.site.replace(route, upcoming)
    window = {"since": dt.date(2026, 1, 1), "until": dt.date(2026, 3, 1)}
    first = scrape_source(source, tmp_path / "c.db", tmp_path / "data", today=dt.date(2025, 12, 1), fetch_options=options, **window)
    assert first.ok
    listing = corpus("xml/manchester_mgWebService_GetMeetings_committee144.xml").read_text()
    without = listing[: listing.index("<meeting>\n        <meetingid>4967")] + listing[listing.index("</meeting>", listing.index("4967")) + len("</meeting>") :]
    server.site.replace(GET_MEETINGS, without.encode())
    second = scrape_source(source, tmp_path / "c.db", tmp_path / "data", today=dt.date(2025, 12, 1), fetch_options=options, **window)
    db = DB(tmp_path / "c.db")
    gone = db.one("select * from meetings where date = '2026-02-10'")
    assert gone["status"] == "cancelled"
    assert gone["status_reason"] == f"no longer listed at the source (run {second.run_id})"
    assert db.value("select last_seen_run from source_meetings where source_meeting_id = '4967'") == first.run_id
    assert db.value("select count(*) from agenda_items where meeting_id = ?", [gone["id"]]) == 2  # nothing deleted


@pytest.mark.parametrize(
    "fault, setup, message",
    [
        ("500 twice then 200", lambda s: s.fail_times.update({PDF_A: 2}), None),
        ("hangs past the timeout", lambda s: s.hang_seconds.update({PDF_A: 4}), "timed out after 1 s"),
        ("redirects to another host", lambda s: s.redirects.update({PDF_A: "http://example.org/minutes.pdf"}), "refused: example.org is not the site's host"),
        ("over the size cap", lambda s: s.oversize.update({PDF_A: 3 * 1024 * 1024}), "response over the size cap"),
    ],
)
def test_faults_are_handled_and_the_run_completes(server, tmp_path, fault, setup, message):
    setup(server.site)
    result = scrape(server, tmp_path, "--timeout", "1", "--max-bytes", str(1024 * 1024))
    db = DB(tmp_path / "c.db")
    documents = db.value("select count(*) from documents where status = 'ok'")
    if message is None:
        assert result.exit_code == 0, result.output
        assert documents == 5
        assert db.value("select count(*) from documents where source like ?", [f"%{PDF_A}"]) == 1
    else:
        assert result.exit_code == 1
        assert message in result.output
        assert documents == 4  # everything else was ingested
        run = db.one("select status, errors, error_messages from scrape_runs")
        assert run["status"] == "failed" and run["errors"] == 1 and message in run["error_messages"]


def test_rebuild_from_the_archive_gives_the_same_database(server, tmp_path):
    assert scrape(server, tmp_path).exit_code == 0
    result = run_cli("rebuild", "--db", str(tmp_path / "rebuilt.db"), "--data-dir", str(tmp_path / "data"))
    assert result.exit_code == 0, result.output
    original, rebuilt = DB(tmp_path / "c.db"), DB(tmp_path / "rebuilt.db")
    for table in ("documents", "meetings", "agenda_items", "resolutions", "attendees"):
        columns = "id" if table != "documents" else "id, source, kind"
        assert original.rows(f"select {columns} from [{table}] order by 1") == rebuilt.rows(f"select {columns} from [{table}] order by 1"), table


def test_html_fallback_when_the_web_service_is_off(tmp_path):
    site = Site()
    site.add("/ieListMeetings.aspx?CommitteeId=711", corpus("html/kingston_north-kingston-nc_ieListMeetings.html").read_bytes(), "text/html")
    site.add("/ieListDocuments.aspx?CId=711&MId=10221", corpus("html/kingston_north-kingston-nc_2026-01-15_ieListDocuments_agenda.html").read_bytes(), "text/html")
    site.add("/ieListDocuments.aspx?CId=711&MId=10161", corpus("html/kingston_north-kingston-nc_2025-12-04_ieListDocuments_cancelled.html").read_bytes(), "text/html")
    site.add("/ieListDocuments.aspx?CId=711&MId=10220", corpus("html/kingston_north-kingston-nc_2025-11-18_ieListDocuments_agenda.html").read_bytes(), "text/html")
    site.add("/documents/s112217/Petition%20TMO%20Manorgate%20Rd%20Report.pdf", corpus("pdf/kingston_north-kingston-nc_2026-01-15_report_manorgate-petition.pdf").read_bytes(), "application/pdf")
    with ModernGovServer(site) as server:
        result = run_cli(
            "scrape", "--site", server.url, "--committee", "711", "--db", str(tmp_path / "c.db"), "--data-dir", str(tmp_path / "data"),
            "--since", "2025-11-01", "--until", "2026-01-31", *FAST, "--retries", "0",
        )  # fmt: skip
    assert "4 meetings (html)" in result.output  # 29 Jan 2026 is listed too; its page is not on this server
    db = DB(tmp_path / "c.db")
    statuses = {r["date"]: r["status"] for r in db.rows("select date, status from meetings")}
    assert statuses == {"2025-11-18": "held", "2025-12-04": "cancelled", "2026-01-15": "held"}
    assert db.value("select count(*) from documents where source like '%Manorgate%' and status = 'ok'") == 1
    assert result.exit_code == 1  # the page links documents this server does not have: reported, the rest kept
    assert "HTTP 404" in result.output


def test_agenda_pack_and_its_reports_count_facts_once(tmp_path):
    """A report published alone and inside the pack is recognised as part of the pack."""
    import pypdfium2 as pdfium

    pack_bytes = (SAMPLES / "2025-06-16_corporate-parenting-panel_agenda-pack.pdf").read_bytes()
    pack = pdfium.PdfDocument(pack_bytes)
    report = pdfium.PdfDocument.new()
    report.import_pages(pack, list(range(8, 12)))  # the health report, physical pages 9-12
    buffer = io.BytesIO()
    report.save(buffer)
    site = Site()
    with ModernGovServer(site) as server:
        meeting = f"""<?xml version="1.0" encoding="utf-8"?><meeting><meetingid>4412</meetingid><meetingdate>16/06/2025</meetingdate>
<meetingstatus>Confirmed</meetingstatus><meetingtime>6.30 pm</meetingtime><agendaitems><agendaitem><agendaitemid>5008</agendaitemid>
<agendaitemtitle>Update on Health for Children Looked After</agendaitemtitle><fulldisplaynumberformat>8</fulldisplaynumberformat>
<refertocommittee>Corporate Parenting Panel</refertocommittee><linkeddocuments>
<linkeddoc><title>Agenda reports pack</title><url>{server.url}/mgConvert2PDF.aspx?ID=9000</url></linkeddoc>
<linkeddoc><title>Health report</title><url>{server.url}/mgConvert2PDF.aspx?ID=9001</url></linkeddoc>
</linkeddocuments></agendaitem></agendaitems></meeting>"""
        site.add("/mgWebService.asmx/GetMeetings?lCommitteeId=5&sFromDate=01/06/2025&sToDate=30/06/2025",
                 b"<getmeetings><committee><committeeid>5</committeeid><committeetitle>Corporate Parenting Panel</committeetitle><committeemeetings><meeting><meetingid>4412</meetingid><meetingdate>16/06/2025</meetingdate><meetingstatus>Confirmed</meetingstatus></meeting></committeemeetings></committee></getmeetings>",
                 "text/xml")  # fmt: skip
        site.add("/mgWebService.asmx/GetMeeting?lMeetingId=4412", meeting.encode(), "text/xml")
        site.add("/mgConvert2PDF.aspx?ID=9001", buffer.getvalue(), "application/pdf")  # the report first ...
        site.add("/mgConvert2PDF.aspx?ID=9000", pack_bytes, "application/pdf")  # ... then the pack that contains it
        result = run_cli(
            "scrape", "--site", server.url, "--committee", "5", "--council", "Eastbrook Borough Council", "--db", str(tmp_path / "c.db"),
            "--data-dir", str(tmp_path / "data"), "--since", "2025-06-01", "--until", "2025-06-30", *FAST,
        )  # fmt: skip
    assert result.exit_code == 0, result.output
    db = DB(tmp_path / "c.db")
    part = db.one("select id, part_of, part_pages from documents where source like '%ID=9001'")
    pack_id = db.value("select id from documents where source like '%ID=9000'")
    assert (part["part_of"], part["part_pages"]) == (pack_id, "9-12")
    for table in ("kpi_tables", "kpi_values", "facts", "case_studies"):
        assert db.value(f"select count(*) from [{table}] where document_id = ?", [part["id"]]) == 0, table


def test_follow_and_unfollow_keep_the_file_readable(tmp_path):
    path = tmp_path / "councils.toml"
    path.write_text("# my sources\n", encoding="utf-8")
    assert follow(path, Source(site="https://moderngov.harrow.gov.uk", committee=788, council="Harrow Council", committee_name="Corporate Parenting Panel"))
    assert not follow(path, Source(site="https://moderngov.harrow.gov.uk/", committee=788))
    result = run_cli("follow", "--site", "https://democracy.kent.gov.uk", "--committee", "1234", "--council", "Kent County Council", "--sources", str(path))
    assert result.exit_code == 0
    assert [(s.host, s.committee, s.council) for s in load_sources(path)] == [
        ("moderngov.harrow.gov.uk", 788, "Harrow Council"),
        ("democracy.kent.gov.uk", 1234, "Kent County Council"),
    ]
    assert unfollow(path, "https://democracy.kent.gov.uk", 1234)
    assert path.read_text().startswith("# my sources")
    assert [s.committee for s in load_sources(path)] == [788]


def test_the_repository_follows_harrow():
    from tests.conftest import REPO

    sources = load_sources(REPO / "councils.toml")
    assert [(s.site, s.committee) for s in sources] == [("https://moderngov.harrow.gov.uk", 788)]


def test_robots_txt_is_respected(tmp_path):
    from pipeline.scrape.fetch import Fetcher

    site = Site()
    site.add("/private/minutes.pdf", b"%PDF-1.4", "application/pdf")
    with ModernGovServer(site) as server:
        fetcher = Fetcher(data_dir=tmp_path, allowed_hosts={"127.0.0.1"}, delay=0)
        result = fetcher.get(f"{server.url}/private/minutes.pdf")
        fetcher.close()
    assert result.error == "refused: disallowed by the site's robots.txt"
    assert [r for r in site.requests if r[0].startswith("/private")] == []
