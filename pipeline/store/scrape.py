"""What the scraper writes: its three bookkeeping tables, and what it learns about meetings.

- ``scrape_runs``: one row per run of a source (window, counts, status, errors);
- ``source_meetings``: each meeting a source listed, when it was first and last
  seen, and whether it was listed as cancelled;
- ``source_documents``: each document URL a source linked, its current
  document and how many versions were seen (a body whose bytes changed but
  whose extracted rows did not, a *churned* one, is no new version).

This module is the one place that defines these tables; they are created
the first time a database is scraped (:func:`ensure_scrape_tables`), not in
every database. What the scraper learns about a meeting (when it was last
listed; a cancellation at the source) goes into ``meetings`` and
``meeting_status_overrides`` through the functions here, so the merge policy
(:mod:`pipeline.store.merge`) stays the only code that computes a meeting.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any, Iterator

import sqlite_utils

from pipeline.store import merge

SCRAPE_TABLES: dict[str, tuple[dict[str, type], str | tuple[str, ...]]] = {
    "scrape_runs": (
        {"id": int, "source": str, "started_at": str, "finished_at": str, "status": str, "window_from": str, "window_to": str,
         "discovery": str, "meetings": int, "requests": int, "not_modified": int, "new_documents": int, "changed_documents": int,
         "unchanged_documents": int, "errors": int, "error_messages": str, "churned_documents": int, "churned_urls": str},
        "id",
    ),
    "source_meetings": (
        {"source": str, "source_meeting_id": str, "meeting_id": str, "date": str, "listed_status": str,
         "first_seen_at": str, "last_seen_at": str, "last_seen_run": int},
        ("source", "source_meeting_id"),
    ),
    "source_documents": (
        {"source": str, "url": str, "source_meeting_id": str, "title": str, "document_id": str, "first_seen_at": str,
         "last_seen_at": str, "last_seen_run": int, "versions": int, "records_digest": str, "last_sha256": str},
        ("source", "url"),
    ),
}  # fmt: skip


def now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def ensure_scrape_tables(db: sqlite_utils.Database) -> None:
    """Create the scraper's tables, and add to a table made by an earlier release the columns it lacks."""
    for table, (columns, pk) in SCRAPE_TABLES.items():
        db[table].create(columns, pk=pk, if_not_exists=True)
        present = set(db[table].columns_dict)
        for name, kind in columns.items():
            if name not in present:
                db[table].add_column(name, kind)


def start_run(db: sqlite_utils.Database, source: str, window_from: str, window_to: str) -> int:
    """Record a new run of ``source`` (a run of it still marked running was interrupted); return its id."""
    db.execute("update scrape_runs set status = 'interrupted' where source = ? and status = 'running'", [source])
    return db["scrape_runs"].insert(
        {"source": source, "started_at": now(), "status": "running", "window_from": window_from, "window_to": window_to}
    ).last_pk


def finish_run(db: sqlite_utils.Database, run_id: int, status: str, counts: dict[str, Any], errors: list) -> None:
    db["scrape_runs"].update(run_id, {"finished_at": now(), "status": status, **counts, "error_messages": json.dumps(errors[:200])})


def source_document(db: sqlite_utils.Database, source: str, url: str) -> dict | None:
    """What the last run knew of ``url``: its current document, the digest of that document's rows, the last body's sha256."""
    return next(db.query("select * from source_documents where source = ? and url = ?", [source, url]), None)


def record_document(
    db: sqlite_utils.Database, source: str, url: str, meeting_ref: str | None, title: str | None, document_id: str | None, run_id: int,
    new_version: bool, records_digest: str | None = None, last_sha256: str | None = None,
) -> None:
    """Record that ``source`` linked ``url`` in this run (``new_version``: its bytes were new or changed).

    ``document_id`` is the version of ``url`` the database holds as current;
    ``last_sha256`` the body fetched this time, which differs from it when the
    body churned (new bytes, the same rows); ``records_digest`` the digest of
    the current version's rows (:func:`pipeline.store.merge.records_digest`),
    kept so that the next run compares without parsing the current version again.
    """
    existing = source_document(db, source, url)
    versions = (existing["versions"] if existing else 0) + (1 if new_version or existing is None else 0)
    seen = now()
    digest = records_digest or (existing["records_digest"] if existing and existing["document_id"] == document_id else None)
    db["source_documents"].upsert(
        {"source": source, "url": url, "source_meeting_id": meeting_ref, "title": title, "document_id": document_id,
         "last_seen_at": seen, "last_seen_run": run_id, "versions": versions, "records_digest": digest,
         "last_sha256": last_sha256 or document_id, **({} if existing else {"first_seen_at": seen})},
        pk=("source", "url"),
    )  # fmt: skip


def record_meeting(
    db: sqlite_utils.Database, source: str, council: str | None, source_meeting_id: str, date: str | None, cancelled: bool, run_id: int
) -> str | None:
    """Record that ``source`` listed a meeting in this run; return the ``meetings`` id it is, if known.

    The meeting's ``last_seen_at`` is set; a meeting listed as cancelled gets that status.
    """
    seen = now()
    meeting = next(
        db.query("select id from meeting_records where source_meeting_id = ? and (council = ? or ? is null) order by committee is null, id limit 1",
                 [source_meeting_id, council, council]),
        None,
    )  # fmt: skip
    existing = db["source_meetings"].count_where("source = ? and source_meeting_id = ?", [source, source_meeting_id])
    db["source_meetings"].upsert(
        {"source": source, "source_meeting_id": source_meeting_id, "meeting_id": meeting["id"] if meeting else None, "date": date,
         "listed_status": "cancelled" if cancelled else "listed", "last_seen_at": seen, "last_seen_run": run_id,
         **({} if existing else {"first_seen_at": seen})},
        pk=("source", "source_meeting_id"),
    )  # fmt: skip
    if not meeting:
        return None
    db["meetings"].update(meeting["id"], {"last_seen_at": seen})
    if cancelled:
        override_status(db, meeting["id"], "cancelled", "listed as cancelled at the source", run_id)
    return meeting["id"]


def unlisted_meetings(db: sqlite_utils.Database, source: str, run_id: int, today: str, since: str, until: str) -> Iterator[dict]:
    """Meetings of ``source`` dated from ``today`` within the window that this run did not see listed."""
    return db.query(
        "select * from source_meetings where source = ? and last_seen_run < ? and date >= ? and date between ? and ?",
        [source, run_id, today, since, until],
    )


def override_status(db: sqlite_utils.Database, meeting_id: str, status: str, reason: str, run_id: int) -> None:
    """Give a meeting the status its source shows (unless minutes say it was held), and recompute it."""
    db["meeting_status_overrides"].upsert({"meeting_id": meeting_id, "status": status, "reason": reason, "run_id": run_id}, pk="meeting_id")
    merge.recompute_meeting(db, meeting_id)
