"""The load transaction: one parsed document written to the database, all of it or none.

Loading is idempotent (the same document twice changes nothing). A newer
version of a document (same source, different bytes) replaces every row
derived from the older version, while ``documents`` keeps both, the old one
marked ``superseded_by``; what is merged across documents (meetings, parts of
packs) follows :mod:`pipeline.store.merge`, and the summary tables of every
committee touched are refreshed in the same transaction.

This module and :mod:`pipeline.store.scrape` are the only code that writes
rows; the tables themselves are defined by the specs in :mod:`schemas`.
"""

from __future__ import annotations

import json
from typing import Iterable

import sqlite_utils

from pipeline.store import merge, summaries, transaction
from pipeline.store.clock import now as load_time
from pipeline.structure import structure_of
from schemas import RECORD_TYPES, SPECS, TABLES, Meeting, Person, PersonAlias
from schemas.parse_result import ParseResult
from schemas.provenance import meeting_date_of

# Tables of extracted rows, parents first: inserted in this order, deleted in the reverse.
RECORD_TABLES: tuple[str, ...] = tuple(model.table for model in RECORD_TYPES)


def already_loaded(db: sqlite_utils.Database, doc_id: str, extractor_version: str) -> bool:
    """True when the database holds this exact document, read by this extractor version, as a current version.

    "Current" matters: a document whose source changed X -> Y -> X is in
    ``documents`` as X, but superseded by Y, with none of its rows; seeing X
    again must make it current again (load it), not skip it as unchanged. A
    document that failed (``status = 'error'``) is never superseded, so it
    stays "already loaded" until the extractors change.
    """
    row = next(db.query("select extractor_version, superseded_by from documents where id = ?", [doc_id]), None)
    return row is not None and row["extractor_version"] == extractor_version and row["superseded_by"] is None


def load(db: sqlite_utils.Database, result: ParseResult, now: str | None = None, defer_summaries: bool = False) -> None:
    """Write one parsed document, atomically, with the structure its records show (``documents.structure``).

    The summaries of the committees it touches are recomputed in the same transaction, unless
    ``defer_summaries``: then they are only marked, for :func:`finish_batch` to recompute once per committee.
    """
    now = now or load_time()
    structure = structure_of(result.records) if result.ok else None
    document = result.document.model_copy(update={"ingested_at": now, "structure": structure})
    with transaction.immediate(db.conn):
        existing = next(db.query("select ingested_at from documents where id = ?", [document.id]), None)
        if existing:
            document = document.model_copy(update={"ingested_at": existing["ingested_at"]})
        touched = _delete_derived(db, [document.id])
        if result.ok:
            touched |= merge.supersede(db, document.id, document.source, _delete_derived)
        db["documents"].upsert(document.model_dump(), pk="id")
        if result.ok:
            if result.pages:
                _replace_rows(db, "pages", [p.model_dump() for p in result.pages])
            touched |= _insert_records(db, result)
            merge.link_parts(db, document.id)
        merge.recompute_meetings(db, touched)
        if not defer_summaries:
            summaries.refresh_pending(db)


def finish_batch(db: sqlite_utils.Database) -> int:
    """Recompute the summaries a batch of deferred loads marked (one transaction); return how many committees."""
    with transaction.immediate(db.conn):
        return summaries.refresh_pending(db)


def _insert_records(db: sqlite_utils.Database, result: ParseResult) -> set[str]:
    meetings: list[Meeting] = list(result.records.get("meeting", []))
    renamed: dict[str, str] = {}  # the id a record was extracted with -> the meeting it is (what its document's rows refer to)
    for m in meetings:  # one at a time: a document's second meeting sees its first (two meetings on one day)
        row = m.row()
        row["id"] = merge.existing_meeting_id(db, m, result.document.source)
        renamed.setdefault(m.id, row["id"])
        db["meeting_records"].insert(row, pk=("id", "document_id"), replace=True)
        # the meetings row must exist before items reference it
        if not db["meetings"].count_where("id = ?", [row["id"]]):
            db["meetings"].insert({"id": row["id"]}, pk="id")
        db["meeting_documents"].insert(
            {"meeting_id": row["id"], "document_id": result.document.id, "role": result.document.kind or "document"},
            pk=("meeting_id", "document_id", "role"),
            replace=True,
        )
    meeting_ids = {r["id"] for r in db.query("select id from meeting_records where document_id = ?", [result.document.id])}
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
            if "meeting_date" in row:
                row["meeting_date"] = meeting_date_of(row.get("meeting_id"))
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
    if SPECS[table].fts:
        db[table].insert_all(rows, pk="id", replace=True)
        return
    columns = list(dict.fromkeys(key for row in rows for key in row))
    names = ", ".join(f"[{c}]" for c in columns)
    db.conn.executemany(f"insert or replace into [{table}] ({names}) values ({', '.join('?' * len(columns))})", [tuple(row.get(c) for c in columns) for row in rows])


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
    columns = [(t, "person_id") for t in ("memberships", "attendees", "declarations", "mentions", "vote_records")]
    columns += [("votes", "proposer_id"), ("votes", "seconder_id")]
    referenced = " and ".join(f"id not in (select [{c}] from [{t}] where [{c}] is not null)" for t, c in columns)
    db.execute(f"delete from people where id not in (select person_id from person_aliases) and {referenced}")


def table_counts(db: sqlite_utils.Database) -> dict[str, int]:
    """Row counts of the user-facing tables."""
    names = [spec.name for spec in TABLES if spec.exported and spec.name != "meeting_records"]
    present = set(db.table_names())
    return {name: db.execute(f"select count(*) from [{name}]").fetchone()[0] for name in names if name in present}
