"""A scrape run: discover a committee's meetings, fetch what changed, ingest it.

Incremental by design: a rolling window of weeks back and forward (minutes
arrive weeks after a meeting); conditional requests, so an unchanged page
costs a 304 and is not parsed; content hashes, so an unchanged document is
never parsed again; a republished document is ingested as a new version of
its URL, but only when what it says changed: new bytes with the same
extracted rows (a timestamp in the page) *churned*, and keep the current
version (:func:`pipeline.store.merge.records_digest`). Nothing is deleted: meetings that drop out of the window or out of
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

from extractors.councils import canonical_name
from pipeline import EXTRACTOR_VERSION
from pipeline.store import merge, open_database, scrape as store
from pipeline.store.load import already_loaded, load
from pipeline.parse import document_id, parse_document_safely
from pipeline.redact import mask_listing_text
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
    churned: int = 0  # new bytes, the same extracted rows: the current version kept
    churned_urls: list[str] = field(default_factory=list)
    discovery: str = "web service"
    errors: list[tuple[str, str]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.failed == 0


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
    store.ensure_scrape_tables(db)
    run_id = store.start_run(db, source.key, since.isoformat(), until.isoformat())
    summary = RunSummary(source=source.key, run_id=run_id)
    fetcher = Fetcher(data_dir=data_dir, allowed_hosts={source.host.lower()}, allowed_ports={source.port}, **(fetch_options or {}))
    fetcher.context = {"council": source.council, "source": source.key}
    options = {"site_council": source.council} if source.council else {}  # every document of the site is its council's
    council = canonical_name(source.council) if source.council else None  # as its meetings are stored ("Harrow Council")
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
                _ingest(db, xml, summary, options, source, ref.meeting_id, "web service meeting", fetcher)
                links += moderngov.document_links_from_xml(xml.body)
            page = fetcher.get(moderngov.meeting_page_url(source.site, source.committee, ref.meeting_id))
            if page.ok:
                _ingest(db, page, summary, options, source, ref.meeting_id, "meeting page", fetcher)
                links += moderngov.document_links_from_html(page.body, source.site)
            elif not xml.ok:
                _record_error(summary, page)
            for url, title in dict.fromkeys(links):
                result = fetcher.get(url)
                if not result.ok:
                    _record_error(summary, result)
                    continue
                _ingest(db, result, summary, options, source, ref.meeting_id, mask_listing_text(title), fetcher)  # issue 17: no child's name in a listing
            store.record_meeting(db, source.key, council, ref.meeting_id, ref.date, ref.cancelled, run_id)
        _mark_missing(db, source, seen, run_id, since, until, today)
        status = "ok" if summary.ok else "failed"
    except BaseException:
        status = "interrupted"
        raise
    finally:
        summary.requests, summary.not_modified = fetcher.stats.requests, fetcher.stats.not_modified
        counts = {
            "discovery": summary.discovery, "meetings": summary.meetings, "requests": summary.requests,
            "not_modified": summary.not_modified, "new_documents": summary.new, "changed_documents": summary.changed,
            "unchanged_documents": summary.unchanged, "errors": summary.failed,
            "churned_documents": summary.churned, "churned_urls": json.dumps(summary.churned_urls[:200]),
        }  # fmt: skip
        store.finish_run(db, run_id, status, counts, summary.errors)
        fetcher.close()
        db.close()
    return summary


def _discover(source, fetcher, db, summary, options, since, until) -> list[moderngov.MeetingRef]:
    listing = fetcher.get(moderngov.get_meetings_url(source.site, source.committee, since, until))
    refs = moderngov.meetings_from_xml(listing.body) if listing.ok else None
    if refs is not None:
        _ingest(db, listing, summary, options, source, None, "meeting list", fetcher)
        return refs
    summary.discovery = "html"
    page = fetcher.get(moderngov.list_meetings_url(source.site, source.committee))
    if not page.ok:
        _record_error(summary, page)
        if not listing.ok:
            _record_error(summary, listing)
        return []
    return moderngov.meetings_from_html(page.body, source.site, source.committee)


def _ingest(db, result: FetchResult, summary: RunSummary, options, source: Source, meeting_ref: str | None, title: str | None, fetcher: Fetcher) -> None:
    """Ingest one fetched body unless the database already holds what it says; count what happened.

    A 304 only says the *archive* has this body: a run killed between
    archiving a response and loading it, or a new ``--db`` beside an old
    ``--data-dir``, gets 304s for documents the database never saw. So
    "unchanged" is decided by the database alone, and a 304's body (read
    back from the archive) is loaded like any other when it is missing.

    New bytes whose extracted rows are those of the current version (a page
    with a timestamp) *churned*: the fetch is in the archive, the current
    version stays, and the run counts it and names the URL.
    """
    sha = result.sha256 or document_id(result.body)
    known = store.source_document(db, source.key, result.url)
    current = _current_version(db, result.url)
    if already_loaded(db, sha, EXTRACTOR_VERSION) or _churned_before(known, current, sha):
        summary.unchanged += 1
        store.record_document(db, source.key, result.url, meeting_ref, title, current or sha, summary.run_id, new_version=False, last_sha256=sha)
        return
    parsed = parse_document_safely(result.body, result.url, options)
    digest = merge.records_digest(parsed) if parsed.ok else None
    if current and digest and digest == _current_digest(known, current, fetcher, result.url, options):
        summary.churned += 1
        summary.churned_urls.append(result.url)
        store.record_document(db, source.key, result.url, meeting_ref, title, current, summary.run_id, new_version=False, records_digest=digest, last_sha256=sha)
        return
    load(db, parsed)
    if not parsed.ok:
        summary.failed += 1
        summary.errors.append((result.url, parsed.document.error or "error"))
    elif current:
        summary.changed += 1
    else:
        summary.new += 1
    store.record_document(db, source.key, result.url, meeting_ref, title, sha, summary.run_id, new_version=parsed.ok, records_digest=digest, last_sha256=sha)


def _current_version(db, url: str) -> str | None:
    """The id of the version of ``url`` the database holds as current (loaded, not superseded)."""
    row = next(db.query("select id from documents where source = ? and status = 'ok' and superseded_by is null", [url]), None)
    return row["id"] if row else None


def _churned_before(known: dict | None, current: str | None, sha: str) -> bool:
    """This body was fetched before and found to say what the current version says (a 304 on a churned body)."""
    return bool(known and current and known["document_id"] == current and known["last_sha256"] == sha and known["records_digest"])


def _current_digest(known: dict | None, current: str, fetcher: Fetcher, url: str, options) -> str | None:
    """The digest of the current version's rows: as recorded, or from its body in the archive parsed again."""
    if known and known["document_id"] == current and known["records_digest"]:
        return known["records_digest"]
    body = fetcher.archived(current)
    if body is None:
        return None  # not in this archive (a database filled from another): compare nothing, keep the new version
    parsed = parse_document_safely(body, url, options)
    return merge.records_digest(parsed) if parsed.ok else None


def _mark_missing(db, source: Source, seen: set[str], run_id: int, since: dt.date, until: dt.date, today: dt.date) -> None:
    """Future meetings of this source in the window that the listing no longer has are cancelled."""
    for row in list(store.unlisted_meetings(db, source.key, run_id, today.isoformat(), since.isoformat(), until.isoformat())):
        if row["source_meeting_id"] not in seen and row["meeting_id"]:
            store.override_status(db, row["meeting_id"], "cancelled", f"no longer listed at the source (run {run_id})", run_id)


def _record_error(summary: RunSummary, result: FetchResult) -> None:
    summary.failed += 1
    summary.errors.append((result.url, result.error or f"HTTP {result.status}"))

