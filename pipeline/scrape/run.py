"""A scrape run: discover a committee's meetings, fetch what changed, ingest it.

Incremental by design: a rolling window of weeks back and forward (minutes
arrive weeks after a meeting); conditional requests, so an unchanged page
costs a 304 and is not parsed; content hashes, so an unchanged document is
never parsed again; a republished document is ingested as a new version of
its URL. Nothing is deleted: meetings that drop out of the window or out of
the source stay, with when they were last seen; a future meeting that
disappears from the listing (or is listed as cancelled) is marked cancelled.

Every run is recorded in ``scrape_runs``; everything that succeeded is kept
even when something failed, and a run that was interrupted resumes where it
stopped because every document is committed as it is ingested.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import sqlite_utils

from pipeline import EXTRACTOR_VERSION
from pipeline.loader import already_loaded, load, open_database, recompute_meeting
from pipeline.parse import document_id, parse_document_safely
from pipeline.scrape import moderngov
from pipeline.scrape.fetch import Fetcher, FetchResult
from pipeline.scrape.sources import Source


@dataclass
class RunSummary:
    source: str
    run_id: int | None = None
    meetings: int = 0
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    failed: int = 0
    requests: int = 0
    not_modified: int = 0
    discovery: str = "web service"
    errors: list[tuple[str, str]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.failed == 0


def ensure_scrape_tables(db: sqlite_utils.Database) -> None:
    db["scrape_runs"].create(
        {"id": int, "source": str, "started_at": str, "finished_at": str, "status": str, "window_from": str, "window_to": str,
         "discovery": str, "meetings": int, "requests": int, "not_modified": int, "new_documents": int, "changed_documents": int,
         "unchanged_documents": int, "errors": int, "error_messages": str},
        pk="id", if_not_exists=True,
    )  # fmt: skip
    db["source_meetings"].create(
        {"source": str, "source_meeting_id": str, "meeting_id": str, "date": str, "listed_status": str,
         "first_seen_at": str, "last_seen_at": str, "last_seen_run": int},
        pk=("source", "source_meeting_id"), if_not_exists=True,
    )  # fmt: skip
    db["source_documents"].create(
        {"source": str, "url": str, "source_meeting_id": str, "title": str, "document_id": str, "first_seen_at": str,
         "last_seen_at": str, "last_seen_run": int, "versions": int},
        pk=("source", "url"), if_not_exists=True,
    )  # fmt: skip


def scrape_source(
    source: Source,
    db_path: Path,
    data_dir: Path,
    since: dt.date | None = None,
    until: dt.date | None = None,
    today: dt.date | None = None,
    fetch_options: dict | None = None,
    progress: Callable[[str], None] | None = None,
) -> RunSummary:
    today = today or dt.date.today()
    since = since or today - dt.timedelta(weeks=source.weeks_back)
    until = until or today + dt.timedelta(weeks=source.weeks_forward)
    db = open_database(db_path)
    ensure_scrape_tables(db)
    now = _now()
    db.execute("update scrape_runs set status = 'interrupted' where source = ? and status = 'running'", [source.key])
    run_id = db["scrape_runs"].insert(
        {"source": source.key, "started_at": now, "status": "running", "window_from": since.isoformat(), "window_to": until.isoformat()}
    ).last_pk
    summary = RunSummary(source=source.key, run_id=run_id)
    fetcher = Fetcher(data_dir=data_dir, allowed_hosts={source.host.lower()}, allowed_ports={source.port}, **(fetch_options or {}))
    fetcher.context = {"council": source.council, "source": source.key}
    options = {"council": source.council} if source.council else {}
    try:
        refs = _discover(source, fetcher, db, summary, options, since, until)
        seen: set[str] = set()
        for ref in refs:
            if ref.date and not (since <= dt.date.fromisoformat(ref.date) <= until):
                continue
            summary.meetings += 1
            seen.add(ref.meeting_id)
            if progress:
                progress(f"meeting {ref.meeting_id} {ref.date or ''}")
            links: list[tuple[str, str | None]] = []
            xml = fetcher.get(moderngov.get_meeting_url(source.site, ref.meeting_id))
            if xml.ok and moderngov.is_webservice_xml(xml.body):
                _ingest(db, xml, summary, options, source, ref.meeting_id, "web service meeting")
                links += moderngov.document_links_from_xml(xml.body)
            page = fetcher.get(moderngov.meeting_page_url(source.site, source.committee, ref.meeting_id))
            if page.ok:
                _ingest(db, page, summary, options, source, ref.meeting_id, "meeting page")
                links += moderngov.document_links_from_html(page.body, source.site)
            elif not xml.ok:
                _record_error(summary, page)
            for url, title in dict.fromkeys(links):
                result = fetcher.get(url)
                if not result.ok:
                    _record_error(summary, result)
                    continue
                _ingest(db, result, summary, options, source, ref.meeting_id, title)
            _seen_meeting(db, source, ref, run_id)
        _mark_missing(db, source, seen, run_id, since, until, today)
        status = "ok" if summary.ok else "failed"
    except BaseException:
        status = "interrupted"
        raise
    finally:
        summary.requests, summary.not_modified = fetcher.stats.requests, fetcher.stats.not_modified
        db["scrape_runs"].update(
            run_id,
            {
                "finished_at": _now(), "status": status, "discovery": summary.discovery, "meetings": summary.meetings,
                "requests": summary.requests, "not_modified": summary.not_modified, "new_documents": summary.new,
                "changed_documents": summary.changed, "unchanged_documents": summary.unchanged, "errors": summary.failed,
                "error_messages": json.dumps(summary.errors[:200]),
            },
        )  # fmt: skip
        fetcher.close()
        db.close()
    return summary


def _discover(source, fetcher, db, summary, options, since, until) -> list[moderngov.MeetingRef]:
    listing = fetcher.get(moderngov.get_meetings_url(source.site, source.committee, since, until))
    refs = moderngov.meetings_from_xml(listing.body) if listing.ok else None
    if refs is not None:
        _ingest(db, listing, summary, options, source, None, "meeting list")
        return refs
    summary.discovery = "html"
    page = fetcher.get(moderngov.list_meetings_url(source.site, source.committee))
    if not page.ok:
        _record_error(summary, page)
        if not listing.ok:
            _record_error(summary, listing)
        return []
    return moderngov.meetings_from_html(page.body, source.site, source.committee)


def _ingest(db, result: FetchResult, summary: RunSummary, options, source: Source, meeting_ref: str | None, title: str | None) -> None:
    """Ingest one fetched body unless it is unchanged; count what happened."""
    now = _now()
    if result.not_modified or already_loaded(db, result.sha256 or document_id(result.body), EXTRACTOR_VERSION):
        summary.unchanged += 1
        outcome = "unchanged"
    else:
        previous = next(db.query("select id from documents where source = ? and status = 'ok' and superseded_by is null", [result.url]), None)
        parsed = parse_document_safely(result.body, result.url, options)
        load(db, parsed)
        if not parsed.ok:
            summary.failed += 1
            summary.errors.append((result.url, parsed.document.error or "error"))
            outcome = "failed"
        elif previous:
            summary.changed += 1
            outcome = "changed"
        else:
            summary.new += 1
            outcome = "new"
    existing = next(db.query("select versions, document_id from source_documents where source = ? and url = ?", [source.key, result.url]), None)
    versions = (existing["versions"] if existing else 0) + (1 if outcome in ("new", "changed") or existing is None else 0)
    db["source_documents"].upsert(
        {"source": source.key, "url": result.url, "source_meeting_id": meeting_ref, "title": title, "document_id": result.sha256,
         "last_seen_at": now, "last_seen_run": summary.run_id, "versions": versions, **({} if existing else {"first_seen_at": now})},
        pk=("source", "url"),
    )  # fmt: skip


def _seen_meeting(db, source: Source, ref: moderngov.MeetingRef, run_id: int) -> None:
    now = _now()
    meeting = next(
        db.query("select id from meeting_records where source_meeting_id = ? and (council = ? or ? is null) order by committee is null, id limit 1",
                 [ref.meeting_id, source.council, source.council]),
        None,
    )  # fmt: skip
    existing = db["source_meetings"].count_where("source = ? and source_meeting_id = ?", [source.key, ref.meeting_id])
    db["source_meetings"].upsert(
        {"source": source.key, "source_meeting_id": ref.meeting_id, "meeting_id": meeting["id"] if meeting else None, "date": ref.date,
         "listed_status": "cancelled" if ref.cancelled else "listed", "last_seen_at": now, "last_seen_run": run_id,
         **({} if existing else {"first_seen_at": now})},
        pk=("source", "source_meeting_id"),
    )  # fmt: skip
    if meeting:
        db["meetings"].update(meeting["id"], {"last_seen_at": now}, alter=True)
        if ref.cancelled:
            _override(db, meeting["id"], "cancelled", "listed as cancelled at the source", run_id)


def _mark_missing(db, source: Source, seen: set[str], run_id: int, since: dt.date, until: dt.date, today: dt.date) -> None:
    """Future meetings of this source in the window that the listing no longer has are cancelled."""
    for row in db.query(
        "select * from source_meetings where source = ? and last_seen_run < ? and date >= ? and date between ? and ?",
        [source.key, run_id, today.isoformat(), since.isoformat(), until.isoformat()],
    ):
        if row["source_meeting_id"] not in seen and row["meeting_id"]:
            _override(db, row["meeting_id"], "cancelled", f"no longer listed at the source (run {run_id})", run_id)


def _override(db, meeting_id: str, status: str, reason: str, run_id: int) -> None:
    db["meeting_status_overrides"].upsert({"meeting_id": meeting_id, "status": status, "reason": reason, "run_id": run_id}, pk="meeting_id")
    recompute_meeting(db, meeting_id)


def _record_error(summary: RunSummary, result: FetchResult) -> None:
    summary.failed += 1
    summary.errors.append((result.url, result.error or f"HTTP {result.status}"))


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
