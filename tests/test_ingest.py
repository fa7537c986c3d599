"""Ingest behaviour: idempotency, new versions, bad input, provenance, search."""

from __future__ import annotations

import sqlite3

import pytest

from tests.conftest import DB, SAMPLES, corpus, needs_shared, run_cli, seed

DERIVED = ("agenda_items", "resolutions", "actions", "work_programme", "meeting_records", "pages")


def snapshot(db: DB) -> dict:
    """Every row of every user table except load times."""
    out = {}
    for table in ("documents", "meetings", "meeting_documents", *DERIVED):
        rows = db.rows(f"select * from [{table}] order by 1, 2")
        for r in rows:
            r.pop("ingested_at", None)
        out[table] = rows
    return out


@needs_shared
def test_ingesting_twice_changes_nothing(tmp_path):
    db_path = tmp_path / "c.db"
    first = run_cli("ingest", str(seed("000")), str(seed("002")), "--db", str(db_path))
    assert first.exit_code == 0, first.output
    before = snapshot(DB(db_path))
    second = run_cli("ingest", str(seed("000")), str(seed("002")), "--db", str(db_path))
    assert second.exit_code == 0
    assert "0 loaded, 2 unchanged, 0 failed" in second.output
    assert snapshot(DB(db_path)) == before


def test_a_new_extractor_version_re_extracts_unchanged_documents(tmp_path, monkeypatch):
    """Documents loaded by an older extractor are parsed again (their rows replaced, not
    duplicated); then they are unchanged again."""
    import pipeline.ingest

    db_path, minutes = tmp_path / "v.db", SAMPLES / "2025-03-10_corporate-parenting-panel_printed-minutes.pdf"
    assert run_cli("ingest", str(minutes), "--db", str(db_path)).exit_code == 0
    before = snapshot(DB(db_path))
    monkeypatch.setattr(pipeline.ingest, "EXTRACTOR_VERSION", "99.0.0")
    monkeypatch.setattr("pipeline.parse.EXTRACTOR_VERSION", "99.0.0")
    again = run_cli("ingest", str(minutes), "--db", str(db_path))
    assert "1 loaded, 0 unchanged, 0 failed" in again.output, again.output
    after = snapshot(DB(db_path))
    assert [d["extractor_version"] for d in after["documents"]] == ["99.0.0"]
    for table in DERIVED:
        assert after[table] == before[table], table
    assert "0 loaded, 1 unchanged, 0 failed" in run_cli("ingest", str(minutes), "--db", str(db_path)).output


@needs_shared
def test_a_new_version_replaces_the_rows_of_the_old_one(tmp_path):
    db_path = tmp_path / "c.db"
    page = tmp_path / "minutes.txt"
    original = seed("000").read_text(encoding="utf-8")
    page.write_text(original, encoding="utf-8")
    assert run_cli("ingest", str(page), "--db", str(db_path)).exit_code == 0
    db = DB(db_path)
    old_id = db.value("select id from documents")
    assert db.value("select count(*) from resolutions") == 12
    page.write_text(original.replace("That the update be noted.", "That the update be endorsed.", 1), encoding="utf-8")
    assert run_cli("ingest", str(page), "--db", str(db_path)).exit_code == 0
    assert db.value("select count(*) from documents") == 2
    new_id = db.value("select id from documents where id != ?", [old_id])
    assert db.value("select superseded_by from documents where id = ?", [old_id]) == new_id
    for table in DERIVED:
        if table != "pages":  # the old version's pages stay, to show what changed
            assert db.value(f"select count(*) from [{table}] where document_id = ?", [old_id]) == 0, table
    assert db.value("select count(*) from pages where document_id = ?", [old_id]) == 1
    assert db.value("select count(*) from resolutions where document_id = ?", [new_id]) == 12
    assert db.value("select count(*) from resolutions where outcome = 'endorsed'") == 1
    assert db.value("select count(*) from meetings") == 1
    # what changed is visible: both versions, numbered, and the page that differs
    assert [(r["version"], r["document_id"]) for r in db.rows("select version, document_id from document_versions order by version")] == [(1, old_id), (2, new_id)]
    assert db.rows("select page, change from version_page_changes") == [{"page": 1, "change": "changed"}]


@needs_shared
def test_one_meeting_row_for_several_documents(tmp_path):
    db_path = tmp_path / "c.db"
    xml = corpus("xml/manchester_mgWebService_GetMeeting_4967_with_minutes.xml")
    listing = corpus("xml/manchester_mgWebService_GetMeetings_committee144.xml")
    result = run_cli("ingest", str(xml), str(listing), "--db", str(db_path), "--council", "Manchester City Council")
    assert result.exit_code == 0, result.output
    db = DB(db_path)
    m = db.one("select * from meetings where date = '2026-02-10'")
    assert m["document_count"] == 2
    assert m["status"] == "held"  # the meeting's own record beats the listing's "scheduled"
    assert db.value("select count(*) from meetings") == 2


def bad_inputs(tmp_path):
    corrupt = tmp_path / "corrupt.pdf"
    corrupt.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer garbage\n%%EOF")
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    not_moderngov = tmp_path / "blog.html"
    not_moderngov.write_text("<!doctype html><html><head><title>My blog</title></head><body><p>Hello</p></body></html>")
    binary = tmp_path / "image.bin"
    binary.write_bytes(bytes(range(256)) * 8)
    return {"corrupt": corrupt, "empty": empty, "html": not_moderngov, "binary": binary}


def test_bad_documents_are_recorded_and_the_batch_goes_on(tmp_path):
    bad = bad_inputs(tmp_path)
    good = SAMPLES / "2025-06-16_corporate-parenting-panel_minutes.html"
    db_path = tmp_path / "c.db"
    result = run_cli("ingest", *map(str, bad.values()), str(good), "--db", str(db_path))
    assert result.exit_code == 1
    db = DB(db_path)
    errors = {r["source"].rsplit("/", 1)[-1]: r["error"] for r in db.rows("select source, error from documents where status = 'error'")}
    assert errors["corrupt.pdf"].startswith(("corrupt PDF", "unreadable PDF"))
    assert errors["empty.pdf"] == "empty file: 0 bytes"
    assert errors["image.bin"].startswith("unsupported format")
    # any HTML page is read now (a parish site's minutes are not ModernGov pages): stored, with no meeting
    assert "blog.html" not in errors
    assert db.value("select kind from documents where source like '%blog.html'") == "unrecognised"
    assert db.value("select count(*) from meeting_records m join documents d on d.id = m.document_id where d.source like '%blog.html'") == 0
    assert db.value("select count(*) from documents where status = 'ok'") == 2
    for table in DERIVED:
        assert db.value(f"select count(*) from [{table}] t join documents d on d.id = t.document_id where d.status = 'error'") == 0


@needs_shared
def test_denbighshire_wrong_schema_in_a_batch(tmp_path):
    db_path = tmp_path / "c.db"
    wrong = corpus("xml/denbighshire_mgWebService_GetCouncillorsByWard_2016_https-redirect-not-xml.xml")
    result = run_cli("ingest", str(wrong), str(seed("001")), "--db", str(db_path))
    assert result.exit_code == 1
    assert "root element <script>" in result.output
    assert DB(db_path).value("select count(*) from agenda_items") == 12


def test_a_failed_load_leaves_no_partial_rows(tmp_path, monkeypatch):
    """A crash in the middle of writing a document rolls the whole document back."""
    import pipeline.store.load as loader

    db_path = tmp_path / "c.db"
    real_insert = loader._insert_records

    def failing(db, result):
        real_insert(db, result)
        raise RuntimeError("disk full")

    monkeypatch.setattr(loader, "_insert_records", failing)
    with pytest.raises(RuntimeError):
        from pipeline.ingest import ingest

        ingest([SAMPLES / "2025-06-16_corporate-parenting-panel_minutes.html"], db_path)
    db = DB(db_path)
    for table in ("documents", "meetings", *DERIVED):
        assert db.value(f"select count(*) from [{table}]") == 0, table


@needs_shared
def test_every_row_points_at_its_source_text(seeds_db):
    """Provenance: each row's span, read back from pages, holds the row's text."""
    checks = {
        "resolutions": "text",
        "actions": "text",
        "work_programme": "title",
    }
    import re

    def norm(s):
        return re.sub(r"\s+", " ", s).strip()

    for table, column in checks.items():
        rows = seeds_db.rows(
            f"select t.{column} as value, substr(p.text, t.char_start - p.char_start + 1, t.char_end - t.char_start) as source "
            f"from [{table}] t join pages p on p.document_id = t.document_id and p.page = t.page"
        )
        assert rows, table
        for r in rows:
            assert norm(r["value"]) in norm(r["source"]) or norm(r["source"]).endswith(norm(r["value"])), (table, r)
    assert seeds_db.value("select count(*) from agenda_items where extractor is null or document_id is null") == 0


@needs_shared
def test_full_text_search(seeds_db):
    hits = seeds_db.rows(
        "select a.title from agenda_items_fts f join agenda_items a on a.rowid = f.rowid where agenda_items_fts match 'housing'"
    )
    assert "Housing Needs Update" in [h["title"] for h in hits]
    found = seeds_db.rows("select rowid from resolutions_fts where resolutions_fts match 'refusals'")
    assert len(found) == 1


def test_foreign_keys_hold(samples_db):
    conn = sqlite3.connect(samples_db.path)
    assert conn.execute("pragma foreign_key_check").fetchall() == []


def test_stats_prints_counts(samples_db):
    result = run_cli("stats", "--db", str(samples_db.path))
    assert result.exit_code == 0
    assert "agenda_items" in result.output and "documents" in result.output
