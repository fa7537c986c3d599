"""`councilpack serve`: the real command, a real Datasette, checked through its JSON API and pages.

The database is built from the Eastbrook samples plus a small PDF ingested
twice (a second version with one page changed and one added), so that the
version queries have something to show. Expected values come from the
samples' ``*.truth.json`` files.
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
import urllib.parse
from pathlib import Path

import httpx
import pytest

from conftest import REPO, SAMPLES, build, run_cli
from tests.processes import COUNCILPACK, HttpProcess

PACK = SAMPLES / "2025-06-16_corporate-parenting-panel_agenda-pack.pdf"
MINUTES_HTML = SAMPLES / "2025-06-16_corporate-parenting-panel_minutes.html"
MARCH = SAMPLES / "2025-03-10_corporate-parenting-panel_printed-minutes.pdf"


def truth(path: Path) -> dict:
    return json.loads(Path(f"{path}.truth.json").read_text(encoding="utf-8"))


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# --- building the database and running the server (also used by test_browser) ---------------


BRIEFING_V1 = [
    ["Eastbrook Borough Council", "Schools Forum briefing note", "This note is for information."],
    ["Budget position", "The high needs block is forecast to overspend by £1.2m."],
    ["Next steps", "Officers will report again in the autumn."],
]
BRIEFING_V2 = [BRIEFING_V1[0], ["Budget position", "The high needs block is forecast to overspend by £1.5m."], BRIEFING_V1[2],
               ["Appendix", "Glossary of terms used in this note."]]  # fmt: skip


def write_pdf(path: Path, pages: list[list[str]]) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    for lines in pages:
        for i, line in enumerate(lines):
            pdf.drawString(72, 780 - 18 * i, line)
        pdf.showPage()
    pdf.save()


def build_served_db(tmp_path_factory) -> tuple[Path, Path]:
    """The samples, plus a briefing PDF in two versions. Returns (database, briefing path)."""
    folder = tmp_path_factory.mktemp("briefing")
    briefing = folder / "briefing.pdf"
    write_pdf(briefing, BRIEFING_V1)
    db = build(tmp_path_factory, "served", SAMPLES, briefing)
    write_pdf(briefing, BRIEFING_V2)
    result = run_cli("ingest", str(briefing), "--db", str(db.path), "--quiet")
    assert result.exit_code == 0, result.output
    return db.path, briefing


class Server(HttpProcess):
    """``councilpack serve`` in a subprocess on a free port of 127.0.0.1."""

    def __init__(self, db: Path, log: Path) -> None:
        super().__init__(lambda port: [str(COUNCILPACK), "serve", "--db", str(db), "--host", "127.0.0.1", "--port", str(port)], "/-/versions.json", log, REPO)

    def get(self, path: str, **params) -> httpx.Response:
        if params:
            path += ("&" if "?" in path else "?") + urllib.parse.urlencode(params)
        return self.client.get(path)

    def rows(self, path: str, **params) -> list[dict]:
        response = self.get(path, _shape="array", **params)
        assert response.status_code == 200, response.text[:2000]
        return response.json()


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    db, briefing = build_served_db(tmp_path_factory)
    server = Server(db, tmp_path_factory.mktemp("log") / "serve.log")
    server.db = db
    server.briefing = briefing
    yield server
    server.stop()
    assert server.proc.returncode is not None


# --- the JSON API and metadata -----------------------------------------------------------


def test_meetings_newest_first_with_truth_values(served):
    rows = served.rows("/councilpack/meetings.json")
    assert [r["date"] for r in rows] == ["2025-06-16", "2025-03-10", "2025-01-30"]  # sort_desc: date
    june, march, cabinet = rows
    assert (cabinet["committee"], cabinet["status"]) == ("Cabinet", "held")  # the decision notice and the report to it
    expected = truth(PACK)["meetings"][0]
    for field in ("council", "committee", "start_time", "venue", "quorum", "published_on", "contact_email", "previous_minutes_date"):
        assert june[field] == expected[field], field
    assert june["id"] == "eastbrook-borough-council/corporate-parenting-panel/2025-06-16"
    assert march["previous_minutes_date"] == truth(MARCH)["meetings"][0]["previous_minutes_date"] == "2024-12-09"


def test_metadata_titles_descriptions_facets_and_hidden_tables(served):
    metadata = served.get("/-/metadata.json").json()
    assert "Open Government Licence" in metadata["license"]
    assert "check against the source" in metadata["source"]
    database = metadata["databases"]["councilpack"]
    tables = database["tables"]
    assert database["title"] == "Council meetings"
    assert tables["meetings"]["title"] == "Meetings" and tables["meetings"]["sort_desc"] == "date"
    assert {"council", "committee", "status"} <= set(tables["meetings"]["facets"])
    assert "interest_type" in tables["declarations"]["facets"]
    assert "role" in tables["memberships"]["facets"] and "role" in tables["attendees"]["facets"]
    assert "status" in tables["attendees"]["facets"] and "unit" in tables["kpi_values"]["facets"]
    for fts in ("agenda_items_fts", "resolutions_fts", "actions_fts", "facts_fts", "declarations_fts"):
        assert tables[fts] == {"hidden": True}
    assert tables["meeting_status_overrides"] == {"hidden": True}
    # column descriptions come from the models: comments, docstrings, Literal choices
    assert tables["agenda_items"]["columns"]["report_type"] == 'The kind of report, as printed above its title, e.g. "INFORMATION REPORT"'
    assert "ModernGov MId" in tables["meetings"]["columns"]["source_meeting_id"]
    assert tables["attendees"]["columns"]["status"].endswith("one of: expected, present, apologies, absent.")
    assert tables["declarations"]["columns"]["action"] == "Remained / left / did not vote / ..."
    assert tables["documents"]["units"] == {"size_bytes": "byte"}
    assert tables["resolutions"]["description"].startswith("One resolved part of an agenda item")
    # every column of every visible table and view is described
    listing = served.get("/councilpack.json").json()
    columns = {t["name"]: t["columns"] for t in listing["tables"] if not t["hidden"]}
    for view in listing["views"]:
        columns[view["name"]] = served.get("/councilpack.json", sql=f"select * from [{view['name']}] limit 0").json()["columns"]
    assert {"attendance_rates", "version_page_changes", "meetings", "kpi_values"} <= set(columns)
    undescribed = {name: [c for c in cols if c not in tables[name].get("columns", {})] for name, cols in columns.items()}
    assert {name: cols for name, cols in undescribed.items() if cols} == {}
    hidden = {t["name"] for t in listing["tables"] if t["hidden"]}
    assert {"resolutions_fts", "agenda_items_fts_data", "meeting_status_overrides"} <= hidden
    assert "meetings" not in hidden


def test_database_page_lists_titles_and_queries(served):
    html = served.get("/councilpack").text
    assert "Council meetings" in html and "Extracted automatically" in html
    assert ">Declarations of interest</a>" in html and "A declaration of interest made at a meeting." in html
    assert "Promised for the next meeting: did it come back?" in html
    assert 'href="/councilpack/resolutions_fts"' not in html  # hidden
    table_page = served.get("/councilpack/declarations").text
    assert "Remained / left / did not vote" in table_page  # column description shown


# --- canned queries --------------------------------------------------------------------


def test_member_declarations(served):
    expected = next(d for d in truth(MINUTES_HTML)["declarations"] if d["name"] == "Daniel Osei")
    rows = served.rows("/councilpack/member_declarations.json", name="Osei")
    assert len(rows) == 1
    row = rows[0]
    assert (row["name"], row["date"], row["interest_type"], row["description"], row["action"]) == (
        "Daniel Osei", "2025-06-16", expected["interest_type"], expected["description"], expected["action"])  # fmt: skip
    assert row["item"] == "Update on Health for Children Looked After"
    assert row["page_url"] == f"/-/councilpack/document/{sha256(MINUTES_HTML)}"  # HTML: one page, no #page
    assert served.rows("/councilpack/member_declarations.json", name="Nobody Atall") == []


def test_attendance_by_member(served):
    rows = served.rows("/councilpack/attendance_by_member.json", council="Eastbrook", committee="Corporate Parenting")
    by_name = {r["name"]: r for r in rows}
    march = {a["name"]: a for a in truth(MARCH)["attendees"] if a["role"] not in ("officer", "guest")}
    assert march["Grace Whitfield"]["status"] == "apologies"
    grace = by_name["Grace Whitfield"]
    assert (grace["present"], grace["apologies"], grace["attendance_rate"]) == (0, 1, 0.0)
    hannah = by_name["Hannah Greaves"]
    assert (hannah["present"], hannah["attendance_rate"], hannah["attendance_percent"]) == (2, 1.0, 100.0)  # chaired both
    assert "Rebecca Thorne" not in by_name  # a guest
    assert rows[-1]["name"] == "Grace Whitfield"  # lowest rate last
    assert served.rows("/councilpack/attendance_by_member.json", council="Nowhere", committee="") == []


def test_resolutions_mentioning_a_word(served):
    rows = served.rows("/councilpack/resolutions_mentioning.json", word="protocol")
    expected = next(r for r in truth(MARCH)["resolutions"] if "Protocol" in r["text"])
    assert len(rows) == 1
    row = rows[0]
    assert "<mark>Protocol</mark>" in row["snippet"]
    assert expected["text"] in row["snippet"].replace("<mark>", "").replace("</mark>", "")
    assert (row["date"], row["outcome"], row["part"], row["item"]) == ("2025-03-10", expected["outcome"], expected["part"], "Care Leavers Accommodation Update")
    assert row["page_url"].endswith(f"{sha256(MARCH)}#page=2")
    noted = served.rows("/councilpack/resolutions_mentioning.json", word="note")  # stemming: note finds noted
    assert len(noted) >= 8 and all(r["snippet"].count("<mark>") >= 1 for r in noted)


def test_kpi_over_time_iha_timeliness(served):
    rows = served.rows("/councilpack/kpi_over_time.json", title_word="Initial Health", label="within 20 days")
    expected = [v for v in truth(PACK)["kpi_values"] if "within 20 days" in (v["column_label"] or "")]
    assert [(r["period"], r["value"], r["unit"], r["raw"]) for r in rows] == [
        (v["period"], v["value"], v["unit"], v["raw"]) for v in expected
    ] == [("2025-04", 81.25, "%", "81.25% (13)"), ("2025-05", 66.67, "%", "66.67% (6)")]
    assert {r["meeting_date"] for r in rows} == {"2025-06-16"}
    printed = next(t["page"] for t in truth(PACK)["kpi_tables"] if t["title"].startswith("Initial Health"))
    assert all(r["page_url"].endswith(f"{sha256(PACK)}#page={printed + 1}") for r in rows)  # printed = physical - 1


def test_next_meeting_followup(served):
    rows = served.rows("/councilpack/next_meeting_followup.json", council="Eastbrook", committee="")
    march_action = truth(MARCH)["actions"][0]
    march = next(r for r in rows if r["date"] == "2025-03-10")
    assert march["action"] == march_action["text"]
    assert march["next_meeting_date"] == "2025-06-16" and march["days_later"] == 98
    # the June minutes speak of care leavers and accommodation, never of temporary accommodation
    assert march["key_words"].split() == ["care", "leavers", "temporary", "accommodation"]
    assert (march["followed_up"], march["key_words_found"], march["missing_words"]) == ("partly mentioned", "3 of 4", "temporary")
    june = [r for r in rows if r["date"] == "2025-06-16"]
    june_due = [a["text"] for a in truth(MINUTES_HTML)["actions"] if a["due"] == "next meeting"]
    assert set(june_due) <= {r["action"] for r in june}
    assert {r["followed_up"] for r in june} == {"no later meeting in the database"}


def test_pack_changes(served):
    rows = served.rows("/councilpack/pack_changes.json", source="briefing.pdf")
    assert [(r["page"], r["change"], r["old_version"], r["new_version"]) for r in rows] == [(2, "changed", 1, 2), (4, "added", 1, 2)]
    changed, added = rows
    assert changed["changed_lines"] == (
        "-The high needs block is forecast to overspend by £1.2m.\n+The high needs block is forecast to overspend by £1.5m."
    )
    assert added["changed_lines"] == "+Appendix\n+Glossary of terms used in this note."
    assert changed["page_url"] == f"/-/councilpack/document/{sha256(served.briefing)}#page=2"
    html = served.get("/councilpack/pack_changes", source="briefing").text
    assert '<span class="cp-del">-The high needs block is forecast to overspend by £1.2m.</span>' in html


def test_search_with_highlighted_snippets(served):
    rows = served.rows("/councilpack/search.json", q="foster placements")
    kinds = {r["kind"] for r in rows}
    assert {"resolution", "agenda item"} <= kinds
    resolution = next(r for r in rows if r["kind"] == "resolution")
    assert "sufficiency of local <mark>foster</mark> <mark>placements</mark>" in resolution["snippet"]
    assert resolution["date"] == "2025-06-16" and resolution["title"] == "Corporate Parenting Update and Scorecard"
    declared = served.rows("/councilpack/search.json", q="NHS Trust")
    assert any(r["kind"] == "declaration" and "<mark>NHS</mark> <mark>Trust</mark>" in r["snippet"] for r in declared)
    facts = served.rows("/councilpack/search.json", q="secure tenancies")
    assert any(r["kind"] == "fact" for r in facts)
    assert served.rows("/councilpack/search.json", q='"unbalanced quote') == []  # no FTS syntax error
    html = served.get("/councilpack/search", q="foster placements").text
    assert '<mark>foster</mark> <mark>placements</mark>' in html  # rendered, not escaped


# --- links back to the source ----------------------------------------------------------


def test_table_rows_link_to_their_page_and_text(served):
    march_id = sha256(MARCH)
    html = served.get("/councilpack/resolutions", _search="protocol").text
    assert f'href="/-/councilpack/document/{march_id}#page=2"' in html
    match = re.search(r'href="(/councilpack/source_text\?document_id=' + march_id + r'[^"]+)"', html)
    assert match, "no link to the exact source text"
    text_url = match.group(1).replace("&amp;", "&")
    rows = served.rows(text_url.replace("source_text?", "source_text.json?"))
    assert len(rows) == 1
    span = rows[0]
    assert span["page"] == 2 and span["source"].endswith(MARCH.name)
    assert span["text"].rstrip(".") == "the Care Leavers Accommodation Protocol be approved"
    assert "<mark>the Care Leavers Accommodation Protocol be approved" in span["context"]


def test_source_text_of_an_action_is_its_exact_span(served):
    expected = truth(MARCH)["actions"][0]["text"]
    action = served.rows("/councilpack/actions.json", meeting_id="eastbrook-borough-council/corporate-parenting-panel/2025-03-10")[0]
    rows = served.rows("/councilpack/source_text.json", document_id=action["document_id"],
                       char_start=str(action["char_start"]), char_end=str(action["char_end"]))  # fmt: skip
    assert " ".join(rows[0]["text"].split()) == expected
    # the same span, cut from the pages table directly
    conn = sqlite3.connect(served.db)
    (source,) = conn.execute(
        "select substr(p.text, ? - p.char_start + 1, ? - ?) from pages p where p.document_id = ? and p.page = ?",
        [action["char_start"], action["char_end"], action["char_start"], action["document_id"], action["page"]],
    ).fetchone()
    assert rows[0]["text"] == source


def test_local_documents_are_served_while_unchanged(served):
    response = served.get(f"/-/councilpack/document/{sha256(PACK)}")
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/pdf"
    assert hashlib.sha256(response.content).hexdigest() == sha256(PACK)
    html = served.get(f"/-/councilpack/document/{sha256(MINUTES_HTML)}")
    assert html.status_code == 200 and html.headers["content-security-policy"] == "sandbox"
    # the first version of the briefing was overwritten by the second: not served as if it were the first
    old_id = served.rows("/councilpack/pack_changes.json", source="briefing")[0]["old_document_id"]
    stale = served.get(f"/-/councilpack/document/{old_id}")
    assert stale.status_code == 409 and "no longer has the bytes that were ingested" in stale.text
    assert served.get("/-/councilpack/document/" + "0" * 64).status_code == 404
    documents_page = served.get("/councilpack/documents").text
    assert f'href="/-/councilpack/document/{sha256(PACK)}"' in documents_page


def test_web_sources_link_to_their_url_at_the_page():
    from pipeline.publish.plugin import document_href
    from pipeline.publish.queries import page_url_sql

    url = "https://moderngov.example.gov.uk/documents/s1234/Pack.pdf"
    assert document_href("a" * 64, url, "application/pdf", 7) == url + "#page=7"
    assert document_href("a" * 64, url.replace(".pdf", ".html"), "text/html", 1) == url.replace(".pdf", ".html")
    conn = sqlite3.connect(":memory:")
    assert document_href("a" * 64, url, "application/pdf", 7, superseded=True) == "/-/councilpack/document/" + "a" * 64 + "#page=7"
    conn = sqlite3.connect(":memory:")
    conn.execute("create table documents (id, source, media_type, superseded_by)")
    conn.executemany("insert into documents values (?, ?, ?, ?)", [("w", url, "application/pdf", None), ("l", "packs/x.pdf", "application/pdf", None), ("o", url, "application/pdf", "w")])
    sql = f"select d.id, {page_url_sql('d', '7')} from documents d order by d.id"
    # an earlier version of the URL's document: this server's copy (the URL serves the newer bytes now)
    assert conn.execute(sql).fetchall() == [("l", "/-/councilpack/document/l#page=7"), ("o", "/-/councilpack/document/o#page=7"), ("w", url + "#page=7")]


# --- charts ----------------------------------------------------------------------------


def test_charts_page(served):
    response = served.get("/-/councilpack/charts", title_word="Initial Health", label="within 20 days")
    assert response.status_code == 200
    html = response.text
    assert html.count("<svg") >= 2  # the KPI and at least one committee's attendance
    assert "81.25%" in html and "66.67%" in html and ">2025-04<" in html and ">2025-05<" in html
    assert "IHA completed within 20 days (percentage / number)" in html
    assert "Grace Whitfield" in html and "Corporate Parenting Panel" in html
    assert "<script" not in html.split("</header>")[1].split("<footer")[0]  # server-side SVG, no JavaScript
    default = served.get("/-/councilpack/charts").text  # a KPI chosen for you
    assert "<polyline" in default and "KPIs reported for several periods" in default


def test_server_stops(tmp_path_factory):
    """The real command starts and stops cleanly (also on an empty database)."""
    db = tmp_path_factory.mktemp("empty") / "councilpack.db"
    from pipeline.store import open_database

    open_database(db).conn.close()
    server = Server(db, db.with_suffix(".log"))
    try:
        assert server.rows("/councilpack/meetings.json") == []
        assert server.get("/-/councilpack/charts").status_code == 200
    finally:
        server.stop()
    assert server.proc.returncode is not None


def test_serve_without_database_fails_clearly(tmp_path):
    result = run_cli("serve", "--db", str(tmp_path / "missing.db"))
    assert result.exit_code == 1 and "councilpack ingest" in result.output



@pytest.mark.parametrize(
    "councils, asked, shown, others",
    [
        (["Harrow Council"] * 3 + ["Kent County Council"] * 5, "", "Kent County Council", ["Harrow Council"]),  # most values
        (["Harrow Council"] * 3 + ["Kent County Council"] * 5, "harrow", "Harrow Council", ["Kent County Council"]),  # asked
        (["Harrow Council"] * 2, "", "Harrow Council", []),
        ([], "Kent", "Kent", []),
    ],
)
def test_a_kpi_chart_shows_one_council(councils, asked, shown, others):
    """Councils measure a KPI differently: one axis never mixes them; the others are offered as links."""
    from pipeline.publish.plugin import one_council

    assert one_council([{"council": c} for c in councils], asked) == (shown, others)
