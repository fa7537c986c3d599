"""A database made by the first release of councilpack is upgraded in place on first use, losing nothing.

The fixture ``tests/data/first_release.sql`` is the SQL dump of a database the
first release (commit fbc3891, "Ingest spine") made from one sample document;
``tests/data/first_release.sh`` regenerates it from git history. That release
had eight tables and none of people, attendance, declarations, KPIs, facts,
glossary, redactions, summaries or views.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlite_utils

from conftest import REPO, SAMPLES, run_cli
from pipeline.store import open_database
from pipeline.store.migrations import applied, migrate
from pipeline.store.schema import MIGRATIONS_TABLE

FIXTURE = REPO / "tests" / "data" / "first_release.sql"
MARCH = SAMPLES / "2025-03-10_corporate-parenting-panel_printed-minutes.pdf"


def first_release_db(path: Path) -> Path:
    conn = sqlite3.connect(path)
    conn.executescript(FIXTURE.read_text(encoding="utf-8"))  # full-text tables come in through writable_schema
    conn.close()
    return path


def user_tables(conn: sqlite3.Connection) -> dict[str, list[str]]:
    """Tables (no full-text shadow tables) and views, with their columns."""
    names = [r[0] for r in conn.execute("select name from sqlite_master where type in ('table', 'view') order by name")]
    shadows = {f"{n}_{suffix}" for n in names for suffix in ("data", "idx", "docsize", "config", "content")}
    return {n: [r[1] for r in conn.execute(f"pragma table_info([{n}])")] for n in names if n not in shadows}


def rows(conn: sqlite3.Connection, table: str, columns: list[str]) -> set[tuple]:
    return set(conn.execute(f"select {', '.join(f'[{c}]' for c in columns)} from [{table}]"))


def test_a_first_release_database_is_upgraded_in_place_by_ingest(tmp_path):
    db_path = first_release_db(tmp_path / "old.db")
    old = sqlite3.connect(db_path)
    old_tables = user_tables(old)
    old_rows = {t: rows(old, t, cols) for t, cols in old_tables.items()}
    old.close()
    assert "glossary" not in old_tables and "documents" in old_tables and old_rows["agenda_items"]

    result = run_cli("ingest", str(MARCH), "--db", str(db_path))
    assert result.exit_code == 0, result.output

    conn = sqlite3.connect(db_path)
    # nothing lost: every old row is still there, column for column
    for table, columns in old_tables.items():
        assert old_rows[table] <= rows(conn, table, columns), table
    # the new document went in, with what the first release could not store
    assert conn.execute("select count(*) from documents").fetchone()[0] == 2
    assert conn.execute("select count(*) from attendees").fetchone()[0] > 0

    # every table, column, index, full-text index and view of a new database is there
    fresh = open_database(tmp_path / "fresh.db")
    want = user_tables(fresh.conn)
    have = user_tables(conn)
    for table, columns in want.items():
        assert table in have, f"missing table {table}"
        assert set(columns) <= set(have[table]), f"{table} lacks {set(columns) - set(have[table])}"
        # in a new database's order (a record's text before its provenance), whatever order the old one had
        assert [c for c in have[table] if c in columns] == columns, table
    assert have["resolutions"].index("text") < have["resolutions"].index("document_id")  # the first release had it after
    want_indexes = {r[0] for r in fresh.execute("select name from sqlite_master where type = 'index' and sql is not null")}
    have_indexes = {r[0] for r in conn.execute("select name from sqlite_master where type = 'index' and sql is not null")}
    assert want_indexes <= have_indexes
    want_triggers = {r[0] for r in fresh.execute("select name from sqlite_master where type = 'trigger'")}
    assert want_triggers <= {r[0] for r in conn.execute("select name from sqlite_master where type = 'trigger'")}
    # full-text indexes hold the old rows and the new ones
    for table in ("agenda_items", "resolutions", "actions", "declarations", "facts", "glossary"):
        assert conn.execute(f"select count(*) from [{table}_fts]").fetchone()[0] == conn.execute(f"select count(*) from [{table}]").fetchone()[0], table
    assert conn.execute("select count(*) from resolutions_fts where resolutions_fts match 'noted'").fetchone()[0] > 0
    assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"

    # what was applied is recorded, once each
    db = sqlite_utils.Database(conn)
    names = applied(db)
    for step in ("create table people", "create table glossary", "create table redactions", "add column meetings.declarations_none",
                 "add column documents.part_of", "create full-text index facts", "create view meeting_attendance",
                 "create table attendance_summary", "create table votes", "create table vote_records",
                 "create full-text index votes", "reorder columns resolutions", "rebuild full-text index resolutions"):  # fmt: skip
        assert step in names, step
    assert len(names) == len(set(names))
    assert all(r["applied_at"] for r in db[MIGRATIONS_TABLE].rows)
    conn.close()

    # a second run applies nothing new
    again = run_cli("ingest", str(MARCH), "--db", str(db_path))
    assert again.exit_code == 0, again.output
    db = open_database(db_path)
    assert applied(db) == names
    db.conn.execute("begin immediate")
    assert migrate(db) == []
    db.conn.execute("rollback")


def test_a_current_database_records_no_migration(tmp_path):
    db = open_database(tmp_path / "new.db")
    assert MIGRATIONS_TABLE in db.table_names() and applied(db) == []
    db.conn.close()
    db = open_database(tmp_path / "new.db")  # opened again: compared with the specs, nothing to do
    assert applied(db) == []


def test_a_database_from_before_the_migrations_table_gains_only_it(tmp_path):
    """A database of the release just before this one (everything but the ledger) records no step."""
    db = open_database(tmp_path / "prev.db")
    db.execute(f"drop table [{MIGRATIONS_TABLE}]")
    db.conn.close()
    db = open_database(tmp_path / "prev.db")
    assert MIGRATIONS_TABLE in db.table_names() and applied(db) == []


def test_council_code_is_added_and_filled_from_the_council_names(tmp_path):
    """``meetings.council_code`` (issue 14): an older database gets the column and, where the stored council name
    is one the register knows, its GSS code; a name no register has (Eastbrook, a parish) stays empty."""
    db_path = first_release_db(tmp_path / "old.db")
    conn = sqlite3.connect(db_path)
    assert "council_code" not in [r[1] for r in conn.execute("pragma table_info(meetings)")]
    conn.execute("insert into meetings (id, council, committee, date) values ('harrow-council/cabinet/2024-01-01', 'Harrow Council', 'Cabinet', '2024-01-01')")
    conn.execute("insert into meetings (id, council, committee, date) values ('london-borough-of-harrow/x/2024-01-02', 'London Borough of Harrow', 'X', '2024-01-02')")
    conn.execute("insert into meetings (id, council, committee, date) values ('stoke-ferry-parish-council/x/2024-01-03', 'Stoke Ferry Parish Council', 'X', '2024-01-03')")
    conn.commit()
    conn.close()

    db = open_database(db_path)
    names = applied(db)
    assert {"add column meetings.council_code", "add column meeting_records.council_code", "fill meetings.council_code"} <= set(names)
    codes = {r["council"]: r["council_code"] for r in db.query("select council, council_code from meetings")}
    assert codes == {"Eastbrook Borough Council": None, "Harrow Council": "E09000015", "London Borough of Harrow": "E09000015", "Stoke Ferry Parish Council": None}
    assert [r[0] for r in db.execute("select distinct council_code from meeting_records")] == [None]  # Eastbrook's record
    db.conn.close()
    assert applied(open_database(db_path)) == names  # once


def test_a_new_database_needs_no_council_code_fill(tmp_path):
    db = open_database(tmp_path / "new.db")
    db.conn.close()
    assert "fill meetings.council_code" not in applied(open_database(tmp_path / "new.db"))


def test_a_database_from_before_votes_gains_the_vote_tables(tmp_path):
    """Issue 15: a database of the release before votes (no ``votes``, ``vote_records``) gains both, with the
    full-text index of ``votes``, recorded once; what it held is kept."""
    db = open_database(tmp_path / "prev.db")
    for table in ("vote_records", "votes"):
        db[table].drop()
    db.execute("drop table if exists votes_fts")
    db.execute("insert into documents (id, source, extractor_version) values ('d', 'x.txt', '0')")
    db.conn.close()
    db = open_database(tmp_path / "prev.db")
    names = applied(db)
    assert {"create table votes", "create table vote_records", "create full-text index votes"} <= set(names)
    assert {"votes", "vote_records"} <= set(db.table_names())
    assert [r["id"] for r in db.query("select id from documents")] == ["d"]
    db.conn.close()
    assert applied(open_database(tmp_path / "prev.db")) == names  # once


def test_declarations_item_number_is_added_and_filled_from_the_linked_item_else_the_reference(tmp_path):
    """``declarations.item_number`` (issue 14): an older database gets the column, filled as a new ingest fills it:
    the linked item's number as printed, else the top-level number the stored ``item_reference`` names; a reference
    to several items or to a title only, and a declaration naming no item, stay empty."""
    db = open_database(tmp_path / "prev.db")
    db.execute("drop view declarations_by_member")  # the release before the column: its view did not show it
    db.execute("alter table declarations drop column item_number")
    db.execute("insert into documents (id, source, extractor_version) values ('d', 'x.txt', '0')")
    db.execute("insert into agenda_items (id, document_id, number, position, title) values ('d-i3', 'd', '3.', 3, 'Allotments')")
    for n, item, reference in [
        (1, "d-i3", "item 3"),  # linked: the item's number as printed
        (2, None, "agenda item 28"),  # minutes of items 1-9 declaring on item 28
        (3, None, "agenda item 17(13)"),  # part 13 of item 17
        (4, None, "Items 11 and 12"),  # two rows were made from it: which is which is not stored
        (5, None, "the Village Green Budget 2024/25"),  # a title only
        (6, None, None),  # names no item
    ]:
        db.execute(
            "insert into declarations (id, document_id, agenda_item_id, name, item_reference) values (?, 'd', ?, 'Ann Vale', ?)",
            [f"d-d{n}", item, reference],
        )
    db.conn.commit()
    db.conn.close()

    db = open_database(tmp_path / "prev.db")
    names = applied(db)
    assert {"add column declarations.item_number", "fill declarations.item_number", "create view declarations_by_member"} <= set(names)
    numbers = {r["id"]: r["item_number"] for r in db.query("select id, item_number from declarations")}
    assert numbers == {"d-d1": "3.", "d-d2": "28", "d-d3": "17", "d-d4": None, "d-d5": None, "d-d6": None}
    assert [r["item_number"] for r in db.query("select item_number from declarations_by_member order by item_number")] == [None, None, None, "17", "28", "3."]
    db.conn.close()
    assert applied(open_database(tmp_path / "prev.db")) == names  # once


def test_a_new_database_needs_no_declarations_item_number_fill(tmp_path):
    db = open_database(tmp_path / "new.db")
    db.conn.close()
    assert "fill declarations.item_number" not in applied(open_database(tmp_path / "new.db"))


def test_meeting_date_is_added_and_filled_from_the_meeting_id(tmp_path):
    """``<table>.meeting_date`` (issue 18: tables newest meeting first by date, not by the council/committee slug): an
    older database gets the column, filled from the date its meeting id ends with; a row with no meeting stays empty."""
    db = open_database(tmp_path / "prev.db")
    db.execute("alter table resolutions drop column meeting_date")
    db.execute("insert into documents (id, source, extractor_version) values ('d', 'x.txt', '0')")
    for n, meeting in [(1, "harrow-council/cabinet/2025-06-16"), (2, "unknown/unknown/2019-01-31"), (3, None)]:
        if meeting:
            db.execute("insert into meetings (id) values (?)", [meeting])
        db.execute("insert into resolutions (id, document_id, meeting_id, text) values (?, 'd', ?, 'noted')", [f"r{n}", meeting])
    db.conn.commit()
    db.conn.close()

    db = open_database(tmp_path / "prev.db")
    assert {"add column resolutions.meeting_date", "fill resolutions.meeting_date"} <= set(applied(db))
    dates = {r["id"]: r["meeting_date"] for r in db.query("select id, meeting_date from resolutions")}
    assert dates == {"r1": "2025-06-16", "r2": "2019-01-31", "r3": None}
    db.conn.close()
