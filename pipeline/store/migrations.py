"""Upgrade a database made by any earlier release of councilpack, in place, and record what was done.

An old database is compared with the schema the table specs describe, and
each difference becomes one step, applied with sqlite-utils and recorded in
``_councilpack_migrations`` (``name``, ``applied_at``):

- ``create table <t>``: a table added since (with its indexes);
- ``add column <t>.<c>``: a field added to a model since (existing rows get null);
- ``fill <t>.<c>``: right after ``add column <t>.<c>``, a column whose value can be
  computed from the rows already there is filled (:data:`COLUMN_FILLS`):
  ``documents.structure`` from each document's meeting records and agenda items,
  ``meetings.council_code`` from the council names, ``pages.text_source``
  (``pdf`` for the pages of PDF documents: they were all read from their text layer),
  ``declarations.item_number`` from the linked item's number, else the stored ``item_reference``;
  ``meeting_date`` of a meeting's items, resolutions, actions, attendees, declarations and votes from their meeting id;
- ``create index <t>(<c>, ...)``: an index added since;
- ``reorder columns <t>``: the table's columns in the order a new database has them (a record's
  own fields first, its provenance last, so Datasette shows the text before the offsets): the
  table is rebuilt with sqlite-utils' ``transform``, rows, indexes and keys kept; columns a
  later release no longer has stay, at the end; its full-text index is rebuilt after it;
- ``create full-text index <t>``: a full-text index added since, filled from the rows there;
- ``rebuild full-text index <t>``: its columns changed; the index is rebuilt from the rows;
- ``create view <v>`` / ``replace view <v>``: a view added, or its SQL changed;
- ``create table <summary>``: a summary table added since (filled as committees change);

Nothing is dropped: a column or table a later release no longer uses stays
with its data. The one rewrite is a table rebuilt to put its columns in order. A current database yields no step, so a second run
records nothing. Foreign keys of a table that already exists are left as they
are (SQLite cannot add one without rebuilding the table); new tables get theirs.

Steps are derived from the specs, not written by hand, so a new field or
record type needs no migration code. A change the specs cannot express (a
rename, a data fix) would be a named function added to :data:`DATA_MIGRATIONS`,
applied once, in order, and recorded under its name like the others.
"""

from __future__ import annotations

from typing import Callable

import sqlite_utils

from extractors.councils import council_named
from extractors.declarations.items import number_in_reference
from pipeline.store import schema, summaries, watches
from pipeline.store.clock import now
from pipeline.structure import STRUCTURE_SQL
from schemas import TABLES, TableSpec

def fill_council_codes(db: sqlite_utils.Database) -> None:
    """Give the meetings of an older database the GSS code of their council, where the council is known by that name.

    ``add column meetings.council_code`` leaves it empty; a council stored as
    "Harrow Council" or "London Borough of Harrow" gets E09000015 (see
    :func:`extractors.councils.council_named`). A parish council or a name no
    register knows stays empty, as a new ingest would leave it.
    """
    for table in ("meeting_records", "meetings"):
        if table not in db.table_names() or "council_code" not in db[table].columns_dict:
            continue
        names = [r[0] for r in db.execute(f"select distinct council from [{table}] where council is not null and council_code is null")]
        for name in names:
            council = council_named(name)
            if council and council.code:
                db.execute(f"update [{table}] set council_code = ? where council = ? and council_code is null", [council.code, name])


def fill_text_sources(db: sqlite_utils.Database) -> None:
    """Mark the PDF pages of an older database as read from their text layer (``pages.text_source = 'pdf'``).

    Before OCR every PDF page's text came from its text layer (a page whose
    layer was unreadable was stored empty, with a warning); pages of other
    formats stay empty, as a new ingest leaves them.
    """
    db.execute(
        "update pages set text_source = 'pdf' where text_source is null and document_id in "
        "(select id from documents where media_type = 'application/pdf')"
    )


def fill_declaration_item_numbers(db: sqlite_utils.Database) -> None:
    """Give the declarations of an older database the number of the item each concerns (``declarations.item_number``).

    A declaration linked to an agenda item takes that item's number as printed;
    one that is not (the minutes of items 1-9 say "declared an interest in agenda
    item 28") takes the top-level number its stored ``item_reference`` names
    ("agenda item 17(13)" -> "17"), as a new ingest does. A reference to several
    items ("Items 11 and 12") or to a title only leaves it empty: the rows made
    from it do not say which of the numbers is theirs.
    """
    db.execute(
        "update declarations set item_number = (select a.number from agenda_items a where a.id = declarations.agenda_item_id) "
        "where item_number is null and agenda_item_id is not null"
    )
    unlinked = db.execute("select rowid, item_reference from declarations where item_number is null and item_reference is not null").fetchall()
    for rowid, reference in unlinked:
        number = number_in_reference(reference)
        if number:
            db.execute("update declarations set item_number = ? where rowid = ?", [number, rowid])


MEETING_DATED = ("agenda_items", "resolutions", "actions", "attendees", "declarations", "votes")


def fill_meeting_date(table: str) -> Callable[[sqlite_utils.Database], None]:
    """``<table>.meeting_date`` from the date each row's meeting id ends with, as the loader sets it."""

    def fill(db: sqlite_utils.Database) -> None:
        db.execute(
            f"update [{table}] set meeting_date = substr(meeting_id, -10) "
            "where meeting_id glob '*/[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'"
        )

    return fill


# Named data migrations, in the order they are applied (each once: its name is recorded).
DATA_MIGRATIONS: dict[str, Callable[[sqlite_utils.Database], None]] = {}

# Columns whose values an older database can be given from what it already holds: run (and
# recorded as ``fill <table>.<column>``) right after the column is added, once every table
# exists, never on a new database. A column not listed here starts null in the old rows.
COLUMN_FILLS: dict[str, Callable[[sqlite_utils.Database], None]] = {
    "meetings.council_code": fill_council_codes,
    "documents.structure": lambda db: db.execute(STRUCTURE_SQL),
    "pages.text_source": fill_text_sources,
    "declarations.item_number": fill_declaration_item_numbers,
    **{f"{table}.meeting_date": fill_meeting_date(table) for table in MEETING_DATED},
}


def applied(db: sqlite_utils.Database) -> list[str]:
    """Names of the migrations applied to ``db``, oldest first."""
    if schema.MIGRATIONS_TABLE not in db.table_names():
        return []
    return [r[0] for r in db.execute(f"select name from [{schema.MIGRATIONS_TABLE}] order by id")]


def migrate(db: sqlite_utils.Database) -> list[str]:
    """Bring ``db`` up to the current schema (call inside a transaction); return the steps applied."""
    schema.create_migrations_table(db)
    done: list[str] = []

    def record(name: str) -> None:
        db[schema.MIGRATIONS_TABLE].insert({"name": name, "applied_at": now()})
        done.append(name)

    tables = set(db.table_names())
    for spec in schema.creation_order():
        if spec.name not in tables:
            schema.create_table(db, spec)
            record(f"create table {spec.name}")
            continue
        for step in _missing_columns(db, spec) + _missing_indexes(db, spec):
            record(step)
    reordered = set()
    for spec in TABLES:
        step = _column_order(db, spec)
        if step:
            record(step)
            reordered.add(spec.name)
    for spec in TABLES:
        if spec.fts:
            step = _full_text(db, spec, rebuild=spec.name in reordered)
            if step:
                record(step)
    for table in summaries.ensure_summary_tables(db) + watches.ensure_watch_tables(db):
        record(f"create table {table}")
    for step in _views(db):
        record(step)
    for column, fill in COLUMN_FILLS.items():  # after the tables: a fill may read tables created above
        if f"add column {column}" in done:
            fill(db)
            record(f"fill {column}")
    already = set(applied(db))
    for name, migration in DATA_MIGRATIONS.items():
        if name not in already:
            migration(db)
            record(name)
    return done


def _missing_columns(db: sqlite_utils.Database, spec: TableSpec) -> list[str]:
    existing = db[spec.name].columns_dict
    steps = []
    for column, kind in schema.columns(spec.model).items():
        if column not in existing:
            db[spec.name].add_column(column, kind)
            steps.append(f"add column {spec.name}.{column}")
    return steps


def _missing_indexes(db: sqlite_utils.Database, spec: TableSpec) -> list[str]:
    existing = {tuple(index.columns) for index in db[spec.name].indexes}
    steps = []
    for index in spec.all_indexes:
        if tuple(index) not in existing:
            db[spec.name].create_index(list(index), if_not_exists=True)
            steps.append(f"create index {spec.name}({', '.join(index)})")
    return steps


def _column_order(db: sqlite_utils.Database, spec: TableSpec) -> str | None:
    existing = list(db[spec.name].columns_dict)
    wanted = [c for c in schema.columns(spec.model) if c in existing]
    order = wanted + [c for c in existing if c not in wanted]
    if order == existing:
        return None
    db[spec.name].transform(column_order=order)  # rows, indexes and keys kept; triggers are not (the full-text index is rebuilt)
    return f"reorder columns {spec.name}"


def _full_text(db: sqlite_utils.Database, spec: TableSpec, rebuild: bool = False) -> str | None:
    fts = db[spec.name].detect_fts()
    if fts is None:
        schema.create_fts(db, spec)
        return f"create full-text index {spec.name}"
    if rebuild or db[fts].columns_dict.keys() != set(spec.fts):
        db[spec.name].disable_fts()
        schema.create_fts(db, spec)
        return f"rebuild full-text index {spec.name}"
    return None


def _views(db: sqlite_utils.Database) -> list[str]:
    """Create missing views and replace those whose SQL is not this release's (as the template has it)."""
    wanted = {s.split()[2].strip('[]"'): s for s in schema.new_schema() if s.upper().startswith("CREATE VIEW")}
    existing = {r[0]: r[1] for r in db.execute("select name, sql from sqlite_master where type = 'view'")}
    steps = []
    for name, sql in wanted.items():
        if existing.get(name) == sql:
            continue
        db.execute(f"drop view if exists [{name}]")
        db.execute(sql)
        steps.append(f"{'replace' if name in existing else 'create'} view {name}")
    return steps
