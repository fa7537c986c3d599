"""``councilpack digest`` and ``councilpack watch``: what is new since the last look (issue 18).

Two ingests of the samples with a change between them, through the real CLI
and a real database: the March minutes, a digest, then the June minutes; the
second digest reports June only (its meeting, resolutions, declarations,
votes, the actions it promised, whether March's action came back) and what a
saved search found in it.
"""

from __future__ import annotations

import json
import time

from tests.conftest import SAMPLES, run_cli

MARCH = SAMPLES / "2025-03-10_corporate-parenting-panel_printed-minutes.pdf"
JUNE = SAMPLES / "2025-06-16_corporate-parenting-panel_minutes.html"


def _digest(db, *extra) -> dict:
    result = run_cli("digest", "--db", str(db), "--format", "json", *extra)
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_a_digest_reports_each_new_meeting_once_with_its_business(tmp_path):
    db = tmp_path / "c.db"
    assert run_cli("ingest", str(MARCH), "--db", str(db), "-q").exit_code == 0
    assert run_cli("watch", "add", "foster placements", "--committee", "Corporate Parenting Panel", "--db", str(db)).exit_code == 0
    first = _digest(db)
    assert [(m["date"], m["new"]) for m in first["meetings"]] == [("2025-03-10", True)]
    assert first["watch_matches"] == []  # March never speaks of foster placements
    time.sleep(1.1)  # ingest times are to the second
    assert run_cli("ingest", str(JUNE), "--db", str(db), "-q").exit_code == 0
    second = _digest(db)
    assert [m["date"] for m in second["meetings"]] == ["2025-06-16"]
    assert len(second["resolutions"]) == 14
    assert {(d["name"], d["interest_type"]) for d in second["declarations"]} == {("Daniel Osei", "non-pecuniary"), ("Sunil Patel", "prejudicial")}
    assert [(v["result"], v["for_count"], v["against_count"]) for v in second["votes"] if v["for_count"]] == [("carried", 4, 1)]
    assert len(second["actions_due"]) == 2
    returned = second["actions_returned"]
    assert [(a["date"], a["followed_up"]) for a in returned] == [("2025-03-10", "partly mentioned")]
    assert {w["what"] for w in second["watch_matches"]} >= {"resolution", "action"}
    assert all("foster placements" in w["text"] for w in second["watch_matches"] if w["what"] == "resolution")
    third = _digest(db)  # nothing since the last digest
    assert third["meetings"] == [] and third["resolutions"] == [] and third["watch_matches"] == []


def test_markdown_digest_and_since_a_date(tmp_path):
    db = tmp_path / "c.db"
    assert run_cli("ingest", str(MARCH), str(JUNE), "--db", str(db), "-q").exit_code == 0
    text = run_cli("digest", "--db", str(db), "--since", "2000-01-01", "--no-record").output
    assert text.startswith("# councilpack digest: 2000-01-01 00:00:00 to ")
    assert "## Meetings (2)" in text and "- new: Eastbrook Borough Council · Corporate Parenting Panel · 2025-06-16" in text
    assert "## Declarations of interest (2)" in text
    assert "(item 53, Placement Sufficiency Commissioning): Sunil Patel (prejudicial)" in text
    assert _digest(db, "--since", "2999-01-01")["meetings"] == []
    bad = run_cli("digest", "--db", str(db), "--since", "yesterday-ish")
    assert bad.exit_code != 0 and "not a date or time" in bad.output


def test_watch_list_and_remove(tmp_path):
    db = tmp_path / "c.db"
    assert run_cli("watch", "add", "parking levy", "--db", str(db)).output.startswith("watch 1:")
    assert run_cli("watch", "add", "parking   levy", "--db", str(db)).output.startswith("watch 1:")  # the same search, not a copy
    assert "parking levy" in run_cli("watch", "list", "--db", str(db)).output
    assert run_cli("watch", "remove", "1", "--db", str(db)).exit_code == 0
    assert run_cli("watch", "remove", "1", "--db", str(db)).exit_code == 1


def test_kpi_ratings_that_moved_since_the_committees_previous_report(tmp_path):
    """June's pack rates its KPIs red/amber/green; an earlier report of the same committee (written here as rows, as a
    loader would store them) rated two of them: the one whose rating changed is reported, the one that held is not."""
    import sqlite_utils

    db = tmp_path / "c.db"
    pack = SAMPLES / "2025-06-16_corporate-parenting-panel_agenda-pack.pdf"
    assert run_cli("ingest", str(pack), "--db", str(db), "-q").exit_code == 0
    assert _digest(db, "--since", "2000-01-01", "--no-record")["kpi_moves"] == []  # nothing earlier to move from
    earlier = "eastbrook-borough-council/corporate-parenting-panel/2024-12-09"
    rows = sqlite_utils.Database(db)
    rows["documents"].insert({"id": "e" * 64, "source": "december-pack.pdf", "status": "ok", "ingested_at": "1999-01-01T00:00:00+00:00"})
    rows["meetings"].insert({"id": earlier, "council": "Eastbrook Borough Council", "committee": "Corporate Parenting Panel", "date": "2024-12-09"})
    rows["kpi_tables"].insert({"id": "dec-t1", "document_id": "e" * 64, "meeting_id": earlier, "title": "Scorecard"})
    for n, (measure, rating) in enumerate([("Initial Health Assessments within 20 days", "Amber"), ("Personal Education Plans in timescale", "Green")]):
        rows["kpi_values"].insert({"id": f"dec-v{n}", "document_id": "e" * 64, "table_id": "dec-t1", "row_label": measure, "raw": rating, "status": "rag"})
    moves = _digest(db, "--since", "2000-01-01", "--no-record")["kpi_moves"]
    assert [(k["measure"], k["was"], k["now"], k["date"]) for k in moves] == [("Initial Health Assessments within 20 days", "Amber", "Red", "2025-06-16")]
    text = run_cli("digest", "--db", str(db), "--since", "2000-01-01", "--no-record").output
    assert "## KPI ratings that moved (1)" in text and "Initial Health Assessments within 20 days: Amber → Red" in text


def test_since_a_time_in_another_offset_is_the_same_instant(tmp_path):
    from pipeline.digest import resolve_since
    from pipeline.store import open_database

    db = open_database(tmp_path / "c.db")
    assert resolve_since(db, "2025-06-16T01:30:00+01:00") == "2025-06-16T00:30:00+00:00"
    assert resolve_since(db, "2025-06-16") == "2025-06-16T00:00:00+00:00"
    assert resolve_since(db, "last") == "0000-01-01T00:00:00+00:00"  # no digest yet: everything
