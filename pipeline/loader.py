"""The loader: the only code that writes the database.

One transaction per document: a document's rows are all written or none
are. Loading is idempotent (the same document twice changes nothing) and a
newer version of a document (same source, different bytes) replaces every
row derived from the older version, while ``documents`` keeps both, the old
one marked ``superseded_by``.

Meetings are shared: each document's own description of a meeting is kept in
``meeting_records`` and the ``meetings`` row is recomputed from all current
records of that meeting, the council's own documents before anyone else's.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import types
import typing
from pathlib import Path
from typing import Any, Iterable

import sqlite_utils
from pydantic import BaseModel

from schemas.parse_result import ParseResult
from pipeline.summaries import committees_of, ensure_summary_tables
from pipeline.summaries import refresh as refresh_summaries
from schemas import (
    Action, AgendaItem, Attendee, CaseStudy, Declaration, Document, Fact, GlossaryEntry, KpiTable, KpiValue, Meeting, Membership,
    Mention, Page, Person, PersonAlias, Redaction, Resolution, WorkProgrammeEntry,
)  # fmt: skip
from schemas.meetings import MeetingDocument

# Tables of extracted rows, in dependency order (parents first).
RECORD_TABLES: dict[str, type[BaseModel]] = {
    "meeting_records": Meeting,
    "agenda_items": AgendaItem,
    "resolutions": Resolution,
    "actions": Action,
    "work_programme": WorkProgrammeEntry,
    "memberships": Membership,
    "attendees": Attendee,
    "declarations": Declaration,
    "mentions": Mention,
    "kpi_tables": KpiTable,
    "kpi_values": KpiValue,
    "facts": Fact,
    "case_studies": CaseStudy,
    "glossary": GlossaryEntry,
}
MEETING_COLUMNS = (
    "council", "committee", "date", "start_time", "venue", "status", "contact_name", "contact_email",
    "contact_phone", "quorum", "published_on", "previous_minutes_date", "source_meeting_id", "declarations_none",
)  # fmt: skip
FTS_COLUMNS = {
    "agenda_items": ["title", "description", "minutes_text"],
    "resolutions": ["text"],
    "actions": ["text"],
    "declarations": ["name", "description"],
    "facts": ["text", "subject"],
    "glossary": ["term", "expansion"],
}
_KIND_PRIORITY = {"webservice_meeting": 0, "minutes_page": 1, "printed_minutes": 2, "agenda_pack": 3, "agenda_page": 4,
                  "agenda_frontsheet": 5, "webservice_meetings": 6, "agenda_item_page": 7, "meeting_summary": 9}  # fmt: skip
_STATUS_PRIORITY = {"held": 0, "cancelled": 1, "scheduled": 2, "unknown": 3}


def open_database(path: str | Path) -> sqlite_utils.Database:
    """Open (creating if needed) a councilpack database with its schema."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    created = str(path) != ":memory:" and not path.exists() and _create_from_template(path)
    conn = sqlite3.connect(str(path), timeout=30, isolation_level=None)
    db = sqlite_utils.Database(conn)
    db.execute("pragma busy_timeout = 30000")
    db.execute("pragma foreign_keys = on")
    if db.journal_mode != "wal":
        db.enable_wal()
    if created:
        return db  # the template is this version's schema
    db.conn.execute("begin immediate")  # one transaction for the whole schema: one sync, not one per table
    try:
        if db.execute("select count(*) from sqlite_master").fetchone()[0] == 0:
            for statement in _new_schema():  # an empty database: the schema in one pass, no introspection
                db.conn.execute(statement)
        else:
            ensure_schema(db)
        db.conn.execute("commit")
    except BaseException:
        db.conn.execute("rollback")
        raise
    return db


_NEW_SCHEMA: list[str] = []
_TEMPLATE: list[bytes] = []


def _new_schema() -> list[str]:
    """The statements that make a new database's schema, in creation order.

    :func:`ensure_schema` builds the schema once per process on an in-memory
    database; a new database then gets the very same ``sqlite_master`` from
    those statements, without sqlite-utils introspecting after every table.
    Shadow tables of full-text indexes are left out: FTS5 creates them itself.
    """
    if not _NEW_SCHEMA:
        template = sqlite_utils.Database(memory=True)
        ensure_schema(template)
        rows = template.execute("select type, name, sql from sqlite_master where sql is not null order by rowid").fetchall()
        virtual = [name for kind, name, sql in rows if kind == "table" and sql.upper().startswith("CREATE VIRTUAL TABLE")]
        _NEW_SCHEMA.extend(sql for kind, name, sql in rows if not (kind == "table" and any(name.startswith(f"{v}_") for v in virtual)))
        template.close()
    return _NEW_SCHEMA


def _create_from_template(path: Path) -> bool:
    """Create the database file at ``path`` with the whole schema in it, at once; False if it exists.

    The file is the image of an in-memory database made from :func:`_new_schema`
    (once per process): written beside ``path``, synced, then hard-linked into
    place, which fails if ``path`` appeared meanwhile. So a new database either
    does not exist or has its complete schema, whoever else opens it and
    whenever the process is killed; and it costs one file write instead of a
    hundred and fifty schema statements.
    """
    if not _TEMPLATE:
        memory = sqlite3.connect(":memory:", isolation_level=None)
        memory.execute("begin")
        for statement in _new_schema():
            memory.execute(statement)
        memory.execute("commit")
        _TEMPLATE.append(memory.serialize())
        memory.close()
    _remove_abandoned_staging(path)
    staging = path.with_name(f".{path.name}.{os.getpid()}.new")
    try:
        with open(staging, "wb") as out:
            out.write(_TEMPLATE[0])
            out.flush()
            os.fsync(out.fileno())
        os.link(staging, path)
    except FileExistsError:
        return False
    except OSError:  # no hard links here (some network or FAT file systems): build the schema in the file
        return False
    finally:
        staging.unlink(missing_ok=True)
    return True


def _remove_abandoned_staging(path: Path) -> None:
    """Delete staging files of ``path`` left by processes killed between writing and linking them."""
    for leftover in path.parent.glob(f".{path.name}.*.new"):
        pid = leftover.name[len(path.name) + 2 : -len(".new")]
        try:
            os.kill(int(pid), 0)  # still running: its file is in use
        except ProcessLookupError:
            leftover.unlink(missing_ok=True)
        except (ValueError, PermissionError):
            pass  # not ours, or another user's live process


def _sqlite_type(annotation: Any) -> type:
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        return _sqlite_type(args[0]) if args else str
    if annotation is bool or annotation is int:
        return int
    if annotation is float:
        return float
    return str


def _columns(model: type[BaseModel]) -> dict[str, type]:
    return {name: _sqlite_type(f.annotation) for name, f in model.model_fields.items()}


def ensure_schema(db: sqlite_utils.Database) -> None:
    """Create every table, foreign key, index and full-text index that is missing.

    A database made by an earlier version gains the columns added since.
    """
    if "documents" in db.table_names() and "meetings" in db.table_names():
        _add_missing_columns(db)
        from pipeline.views import create_views

        create_views(db)
        ensure_summary_tables(db)
        return
    db["documents"].create(_columns(Document), pk="id", if_not_exists=True)
    db["pages"].create(_columns(Page), pk=("document_id", "page"), foreign_keys=[("document_id", "documents", "id")], if_not_exists=True)
    meeting_columns = {"id": str, **{c: _columns(Meeting)[c] for c in MEETING_COLUMNS}, "source_kind": str, "document_count": int,
                       "status_reason": str, "last_seen_at": str}  # fmt: skip
    db["meetings"].create(meeting_columns, pk="id", if_not_exists=True)
    db["meeting_documents"].create(
        _columns(MeetingDocument),
        pk=("meeting_id", "document_id", "role"),
        foreign_keys=[("meeting_id", "meetings", "id"), ("document_id", "documents", "id")],
        if_not_exists=True,
    )
    db["people"].create(_columns(Person), pk="id", if_not_exists=True)
    db["people"].create_index(["council", "name"], if_not_exists=True)
    db["person_aliases"].create(
        _columns(PersonAlias),
        pk=("person_id", "alias", "evidence_document_id"),
        foreign_keys=[("person_id", "people", "id"), ("evidence_document_id", "documents", "id")],
        if_not_exists=True,
    )
    db["person_aliases"].create_index(["evidence_document_id"], if_not_exists=True)
    item_parents = [("document_id", "documents", "id"), ("meeting_id", "meetings", "id"), ("agenda_item_id", "agenda_items", "id")]
    parents = {
        "meeting_records": [("document_id", "documents", "id")],
        "agenda_items": [("document_id", "documents", "id"), ("meeting_id", "meetings", "id")],
        "resolutions": [("document_id", "documents", "id"), ("meeting_id", "meetings", "id"), ("agenda_item_id", "agenda_items", "id")],
        "actions": [("document_id", "documents", "id"), ("meeting_id", "meetings", "id"), ("agenda_item_id", "agenda_items", "id")],
        "work_programme": item_parents,
        "memberships": [("document_id", "documents", "id"), ("meeting_id", "meetings", "id"), ("person_id", "people", "id")],
        "attendees": [("document_id", "documents", "id"), ("meeting_id", "meetings", "id"), ("person_id", "people", "id")],
        "declarations": [*item_parents, ("person_id", "people", "id")],
        "mentions": [*item_parents, ("person_id", "people", "id")],
        "kpi_tables": item_parents,
        "kpi_values": [("document_id", "documents", "id"), ("table_id", "kpi_tables", "id")],
        "facts": item_parents,
        "case_studies": item_parents,
        "glossary": [("document_id", "documents", "id")],
    }
    for table, model in RECORD_TABLES.items():
        columns = _columns(model)
        if table == "meeting_records":
            db[table].create(columns, pk=("id", "document_id"), foreign_keys=parents[table], if_not_exists=True)
        else:
            db[table].create(columns, pk="id", foreign_keys=parents[table], if_not_exists=True)
        for column, _, _ in parents[table]:
            db[table].create_index([column], if_not_exists=True)
    db["redactions"].create(_columns(Redaction), pk=("document_id", "char_start"), foreign_keys=[("document_id", "documents", "id")], if_not_exists=True)
    db["meeting_status_overrides"].create({"meeting_id": str, "status": str, "reason": str, "run_id": int}, pk="meeting_id", if_not_exists=True)
    db["meetings"].create_index(["council", "committee", "date"], if_not_exists=True)
    db["meeting_records"].create_index(["council", "source_meeting_id"], if_not_exists=True)
    db["meeting_documents"].create_index(["document_id"], if_not_exists=True)
    db["documents"].create_index(["source"], if_not_exists=True)
    for table, columns in FTS_COLUMNS.items():
        if f"{table}_fts" not in db.table_names():
            db[table].enable_fts(columns, create_triggers=True, tokenize="porter")
    from pipeline.views import create_views

    create_views(db)
    ensure_summary_tables(db)


def _add_missing_columns(db: sqlite_utils.Database) -> None:
    models = {"documents": Document, "pages": Page, "people": Person, **RECORD_TABLES}
    for table, model in models.items():
        if table not in db.table_names():
            continue
        existing = db[table].columns_dict
        for column, kind in _columns(model).items():
            if column not in existing:
                db[table].add_column(column, kind)
    if "meetings" in db.table_names():
        for column in ("declarations_none", "status_reason", "last_seen_at"):
            if column not in db["meetings"].columns_dict:
                db["meetings"].add_column(column, int if column == "declarations_none" else str)


def already_loaded(db: sqlite_utils.Database, doc_id: str, extractor_version: str) -> bool:
    """True when this exact document was loaded by this extractor version (ok or error)."""
    row = next(db.query("select extractor_version from documents where id = ?", [doc_id]), None)
    return row is not None and row["extractor_version"] == extractor_version


def load_time() -> str:
    """Now, or ``SOURCE_DATE_EPOCH`` when set (reproducible databases, as for reproducible builds)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    moment = dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc) if epoch and epoch.isdigit() else dt.datetime.now(dt.timezone.utc)
    return moment.replace(microsecond=0).isoformat()


def load(db: sqlite_utils.Database, result: ParseResult, now: str | None = None) -> None:
    """Write one parsed document, atomically."""
    now = now or load_time()
    document = result.document.model_copy(update={"ingested_at": now})
    conn = db.conn
    conn.execute("begin immediate")
    try:
        existing = next(db.query("select ingested_at from documents where id = ?", [document.id]), None)
        if existing:
            document = document.model_copy(update={"ingested_at": existing["ingested_at"]})
        touched = _delete_derived(db, [document.id])
        if result.ok:
            older = [
                r["id"]
                for r in db.query(
                    "select id from documents where source = ? and id != ? and superseded_by is null and status = 'ok'",
                    [document.source, document.id],
                )
            ]
            touched |= _delete_derived(db, older, keep_pages=True)  # old pages stay, to show what changed
            for old in older:
                db["documents"].update(old, {"superseded_by": document.id})
        db["documents"].upsert(document.model_dump(), pk="id")
        if result.ok:
            if result.pages:
                _replace_rows(db, "pages", [p.model_dump() for p in result.pages])
            touched |= _insert_records(db, result)
            _link_parts(db, document.id)
        before = committees_of(db, touched)
        for meeting_id in sorted(touched):
            _recompute_meeting(db, meeting_id, now)
        refresh_summaries(db, before | committees_of(db, touched))
        conn.execute("commit")
    except BaseException:
        conn.execute("rollback")
        raise


def _insert_records(db: sqlite_utils.Database, result: ParseResult) -> set[str]:
    meetings: list[Meeting] = list(result.records.get("meeting", []))
    renamed = {m.id: _existing_meeting_id(db, m) for m in meetings}
    meeting_ids = set(renamed.values())
    for m in meetings:
        row = m.row()
        row["id"] = renamed[m.id]
        db["meeting_records"].insert(row, pk=("id", "document_id"), replace=True)
        # the meetings row must exist before items reference it
        if not db["meetings"].count_where("id = ?", [row["id"]]):
            db["meetings"].insert({"id": row["id"]}, pk="id")
        db["meeting_documents"].insert(
            {"meeting_id": row["id"], "document_id": result.document.id, "role": result.document.kind or "document"},
            pk=("meeting_id", "document_id", "role"),
            replace=True,
        )
    _upsert_people(db, result.records.get("people", []))
    if result.redactions:
        db["redactions"].insert_all((r.model_dump() for r in result.redactions), pk=("document_id", "char_start"), replace=True)
    by_table: dict[str, list[dict]] = {}
    for name, records in result.records.items():
        if name in ("meeting", "people"):
            continue
        for record in records:  # an extractor may return records of several tables (tables and their cells)
            row = record.row()
            if row.get("meeting_id") in renamed:
                row["meeting_id"] = renamed[row["meeting_id"]]
            for key, value in row.items():
                if isinstance(value, (list, dict)):
                    row[key] = json.dumps(value, ensure_ascii=False)
            by_table.setdefault(record.table, []).append(row)
    for table in RECORD_TABLES:  # parents before children
        if by_table.get(table):
            _replace_rows(db, table, by_table[table])
    return meeting_ids


def _replace_rows(db: sqlite_utils.Database, table: str, rows: list[dict]) -> None:
    """``insert or replace`` rows of SQLite-ready values (``Extracted.row()``, lists and dicts as JSON) into ``table``.

    A table without a full-text index gets them in one ``executemany`` (sqlite-utils
    would re-check every value and rebuild its statement for every batch of 100 rows);
    an indexed one through sqlite-utils, whose statements of 100 rows each the FTS5
    index is flushed after (one statement a row would lay the index out otherwise).
    """
    if table in FTS_COLUMNS:
        db[table].insert_all(rows, pk="id", replace=True)
        return
    columns = list(dict.fromkeys(key for row in rows for key in row))
    names = ", ".join(f"[{c}]" for c in columns)
    db.conn.executemany(f"insert or replace into [{table}] ({names}) values ({', '.join('?' * len(columns))})", [tuple(row.get(c) for c in columns) for row in rows])


REPORT_CONTENT = ("kpi_values", "kpi_tables", "facts", "case_studies")


def _link_parts(db: sqlite_utils.Database, doc_id: str) -> None:
    """Recognise a report published both alone and inside an agenda pack.

    When every fingerprinted page of one document appears in a longer one,
    the shorter is a part of the longer (``documents.part_of``, with the
    pack's pages in ``part_pages``) and its report content (tables, figures,
    case studies) is dropped, so each fact is counted once, from the pack.
    """
    mine = {r["fingerprint"] for r in db.query("select fingerprint from pages where document_id = ? and fingerprint is not null", [doc_id])}
    if not mine:
        return
    candidates = db.query(
        f"""select p.document_id, count(distinct p.fingerprint) as shared, d.page_count
            from pages p join documents d on d.id = p.document_id
            where p.fingerprint in ({",".join("?" * len(mine))}) and p.document_id != ? and d.superseded_by is null
            group by p.document_id""",
        [*mine, doc_id],
    )
    my_count = next(db.query("select page_count from documents where id = ?", [doc_id]))["page_count"]
    for other in list(candidates):
        theirs = {r["fingerprint"] for r in db.query("select fingerprint from pages where document_id = ? and fingerprint is not null", [other["document_id"]])}
        if mine <= theirs and other["page_count"] > my_count:
            _make_part(db, part=doc_id, pack=other["document_id"], fingerprints=mine)
            return
        if theirs and theirs <= mine and other["page_count"] < my_count:
            _make_part(db, part=other["document_id"], pack=doc_id, fingerprints=theirs)


def _make_part(db: sqlite_utils.Database, part: str, pack: str, fingerprints: set[str]) -> None:
    pages = [r["page"] for r in db.query(f"select page from pages where document_id = ? and fingerprint in ({','.join('?' * len(fingerprints))})", [pack, *fingerprints])]
    db["documents"].update(part, {"part_of": pack, "part_pages": f"{min(pages)}-{max(pages)}" if pages else None})
    for table in REPORT_CONTENT:
        db.execute(f"delete from [{table}] where document_id = ?", [part])


def _upsert_people(db: sqlite_utils.Database, records: list) -> None:
    """People are shared across documents: fill in what is missing, never overwrite."""
    people = [r.model_dump() for r in records if isinstance(r, Person)]
    if people:
        # One statement a person, in order: a new id is inserted; a known one keeps each value
        # it has and takes the new value only where it had none (null or empty).
        columns = list(people[0])
        keep = ", ".join(f"[{c}] = case when people.[{c}] is null or people.[{c}] = '' then excluded.[{c}] else people.[{c}] end" for c in columns if c != "id")
        db.conn.executemany(
            f"insert into people ({', '.join(f'[{c}]' for c in columns)}) values ({', '.join('?' * len(columns))}) on conflict(id) do update set {keep}",
            [tuple(p[c] for c in columns) for p in people],
        )
    aliases = [r.model_dump() for r in records if isinstance(r, PersonAlias)]
    if aliases:
        _replace_rows(db, "person_aliases", aliases)


def _existing_meeting_id(db: sqlite_utils.Database, meeting: Meeting) -> str:
    """Reuse the id of a meeting already known by the council system's own id.

    A cancelled meeting's web-service response names no committee; the
    meeting list that does name it shares the ModernGov meeting id.
    """
    if meeting.source_meeting_id and meeting.council:
        row = next(
            db.query(
                "select id from meeting_records where council = ? and source_meeting_id = ? and committee is not null "
                "order by id limit 1",
                [meeting.council, meeting.source_meeting_id],
            ),
            None,
        )
        if row and meeting.committee is None:
            return row["id"]
    return meeting.id


def _delete_derived(db: sqlite_utils.Database, doc_ids: Iterable[str], keep_pages: bool = False) -> set[str]:
    """Delete every row derived from ``doc_ids``; return the meetings they touched."""
    touched: set[str] = set()
    for doc_id in doc_ids:
        touched |= {r["meeting_id"] for r in db.query("select meeting_id from meeting_documents where document_id = ?", [doc_id])}
        for table in reversed(list(RECORD_TABLES)):
            db.execute(f"delete from [{table}] where document_id = ?", [doc_id])
        db.execute("delete from meeting_documents where document_id = ?", [doc_id])
        if not keep_pages:
            db.execute("delete from pages where document_id = ?", [doc_id])
        db.execute("delete from person_aliases where evidence_document_id = ?", [doc_id])
        db.execute("delete from redactions where document_id = ?", [doc_id])
    if touched or doc_ids:
        _delete_orphan_people(db)
    return touched


def _delete_orphan_people(db: sqlite_utils.Database) -> None:
    """A person no remaining document gives evidence for is removed."""
    referenced = " and ".join(
        f"id not in (select person_id from [{t}] where person_id is not null)" for t in ("memberships", "attendees", "declarations", "mentions")
    )
    db.execute(f"delete from people where id not in (select person_id from person_aliases) and {referenced}")


def recompute_meeting(db: sqlite_utils.Database, meeting_id: str) -> None:
    """Recompute one ``meetings`` row (in its own transaction)."""
    db.conn.execute("begin immediate")
    try:
        _recompute_meeting(db, meeting_id, "")
        refresh_summaries(db, committees_of(db, [meeting_id]))
        db.conn.execute("commit")
    except BaseException:
        db.conn.execute("rollback")
        raise


def _recompute_meeting(db: sqlite_utils.Database, meeting_id: str, now: str) -> None:
    """Merge the current records of a meeting into its ``meetings`` row (or drop an orphan)."""
    records = list(
        db.query(
            "select r.*, d.kind as document_kind from meeting_records r join documents d on d.id = r.document_id "
            "where r.id = ? and d.superseded_by is null",
            [meeting_id],
        )
    )
    if not records:
        referenced = any(
            db.execute(f"select 1 from [{t}] where meeting_id = ? limit 1", [meeting_id]).fetchone()
            for t in ("agenda_items", "resolutions", "actions", "work_programme", "meeting_documents")
        )
        if not referenced:
            db.execute("delete from meetings where id = ?", [meeting_id])
        return
    records.sort(key=lambda r: (r["source_kind"] != "primary", _KIND_PRIORITY.get(r["document_kind"], 8), r["document_id"]))
    merged: dict[str, Any] = {"id": meeting_id}
    for column in MEETING_COLUMNS:
        merged[column] = next((r[column] for r in records if r[column] not in (None, "")), None)
    primary = [r for r in records if r["source_kind"] == "primary"] or records
    merged["status"] = min((r["status"] for r in primary), key=lambda s: _STATUS_PRIORITY.get(s, 9))
    override = next(db.query("select status, reason from meeting_status_overrides where meeting_id = ?", [meeting_id]), None)
    if override and merged["status"] != "held":
        # the source withdrew or cancelled it; minutes (held) would prove otherwise
        merged["status"] = override["status"]
    merged["status_reason"] = override["reason"] if override and merged["status"] == override["status"] else None
    merged["source_kind"] = "primary" if any(r["source_kind"] == "primary" for r in records) else "secondary"
    merged["document_count"] = len({r["document_id"] for r in records})
    db["meetings"].upsert(merged, pk="id")


def table_counts(db: sqlite_utils.Database) -> dict[str, int]:
    """Row counts of the user-facing tables."""
    names = ["documents", "pages", "meetings", "meeting_documents", *[t for t in RECORD_TABLES if t != "meeting_records"], "people", "person_aliases"]
    present = set(db.table_names())
    return {name: db.execute(f"select count(*) from [{name}]").fetchone()[0] for name in names if name in present}
