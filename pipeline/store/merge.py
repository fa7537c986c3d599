"""The merge policy: how rows from many documents become one account.

- **Meetings.** Each document's own description of a meeting is a row of
  ``meeting_records``; the ``meetings`` row is recomputed from all current
  records of that meeting (:func:`recompute`): for each merged column the
  first record with a value, the council's own documents before anyone
  else's, web-service XML before minutes before agendas. A status a scrape
  found at the source (``meeting_status_overrides``) wins unless minutes
  prove the meeting was held.
- **Versions.** A newer version of a document (same source, different bytes)
  supersedes the older (:func:`supersede`): the older keeps its ``documents``
  row and its pages, marked ``superseded_by``; its other rows go.
- **Churn.** A scraped body whose bytes changed but whose extracted rows
  did not (:func:`records_digest`) is no new version: the scraper keeps the
  current one and says so in ``scrape_runs``.
- **Parts of packs.** A report published both alone and inside an agenda
  pack is recognised by its page fingerprints (:func:`link_parts`), and its
  report content is kept once, from the pack.

All of these run inside the load transaction of :mod:`pipeline.store.load`,
or in their own (:func:`recompute_meeting`, for the scraper).
"""

from __future__ import annotations

import hashlib
import json
from typing import Any, Callable, Iterable
from urllib.parse import urlsplit

import sqlite_utils

from pipeline.store import summaries, transaction
from extractors.text import slug
from schemas import Meeting
from schemas.parse_result import ParseResult
from schemas.meetings import MERGED_COLUMNS

_KIND_PRIORITY = {"webservice_meeting": 0, "minutes_page": 1, "printed_minutes": 2, "agenda_pack": 3, "agenda_page": 4,
                  "agenda_frontsheet": 5, "webservice_meetings": 6, "agenda_item_page": 7, "meeting_summary": 9}  # fmt: skip
_STATUS_PRIORITY = {"held": 0, "cancelled": 1, "scheduled": 2, "unknown": 3}

# What a report inside a pack would otherwise count twice.
REPORT_CONTENT = ("kpi_values", "kpi_tables", "facts", "case_studies")


def existing_meeting_id(db: sqlite_utils.Database, meeting: Meeting, document_source: str | None = None) -> str:
    """The ``meetings`` id a record of ``meeting`` belongs to: its identity, not its date.

    1. **The council system's own id.** A ModernGov meeting id (with the site
       it came from) names one meeting for good: the meeting list, the
       web-service response, the meeting page and a rescheduled meeting's
       new date all join the row it already has (:func:`_known_by_source_id`).
    2. **Council, committee and date**, the fallback for documents that carry
       no such id (printed minutes, agenda packs): the record's own id
       (``council/committee/date``), or a meeting already merged with those
       three values whose id was made otherwise (:func:`_known_by_date`).
    3. Otherwise a new meeting, with the record's own id (followed by the
       ModernGov meeting id when another meeting of that committee that day
       has the record's own id).

    The id a meeting is first given is kept when its date moves, so links
    to it keep working; ``meetings.date`` is the current date.
    """
    if meeting.source_meeting_id:
        known = _known_by_source_id(db, meeting, _site(document_source))
        if known:
            return known
    fallback = meeting.id if db["meetings"].count_where("id = ?", [meeting.id]) else _known_by_date(db, meeting) or meeting.id
    if _held_by_another_meeting(db, fallback, meeting.source_meeting_id):
        # two meetings of one committee on one day (an extraordinary one after the ordinary): two rows
        return f"{meeting.id}/{meeting.source_meeting_id}"
    return fallback


def _held_by_another_meeting(db: sqlite_utils.Database, meeting_id: str, source_meeting_id: str | None) -> bool:
    """The meeting ``meeting_id`` is known by a different ModernGov meeting id than ``source_meeting_id``."""
    if not source_meeting_id:
        return False
    return bool(
        db.execute(
            "select 1 from meeting_records r join documents d on d.id = r.document_id "
            "where r.id = ? and r.source_meeting_id is not null and r.source_meeting_id != ? and d.superseded_by is null limit 1",
            [meeting_id, source_meeting_id],
        ).fetchone()
    )


def _site(source: str | None) -> str | None:
    """The host a document was fetched from (``None`` for a file): ModernGov meeting ids are per site."""
    if not source or not source.lower().startswith(("http://", "https://")):
        return None
    return (urlsplit(source).hostname or "").lower() or None


def _known_by_source_id(db: sqlite_utils.Database, meeting: Meeting, site: str | None) -> str | None:
    """The meeting whose current records carry the same ModernGov meeting id, from the same site and council.

    Two records are the same meeting when nothing they say tells them apart:
    the same site when both were fetched, the same committee when both name
    one, and the same council when both name one. A record that names no
    council (a meeting list read from a file) matches only on the same date
    as well, since meeting ids alone are not unique across councils.
    """
    rows = db.query(
        "select r.id, r.council, r.committee, r.date, d.source from meeting_records r join documents d on d.id = r.document_id "
        "where r.source_meeting_id = ? and d.superseded_by is null order by r.id",
        [meeting.source_meeting_id],
    )
    for row in rows:
        their_site = _site(row["source"])
        if site and their_site and site != their_site:
            continue
        if meeting.committee and row["committee"] and slug(meeting.committee) != slug(row["committee"]):
            continue
        if meeting.council and row["council"]:
            if meeting.council != row["council"]:
                continue
        elif meeting.date != row["date"]:
            continue
        return row["id"]
    return None


def _known_by_date(db: sqlite_utils.Database, meeting: Meeting) -> str | None:
    """A meeting merged with this council, committee and date, under an id made from other values."""
    if not meeting.council or not meeting.committee:
        return None
    row = next(
        db.query("select id from meetings where council = ? and committee = ? and date = ? order by id limit 1", [meeting.council, meeting.committee, meeting.date]),
        None,
    )
    return row["id"] if row else None


def supersede(db: sqlite_utils.Database, document_id: str, source: str, delete_derived: Callable[..., set[str]]) -> set[str]:
    """Mark the current versions of ``source`` other than ``document_id`` superseded by it; return the meetings touched.

    Their derived rows are deleted with ``delete_derived`` (pages are kept, to show what changed).
    """
    older = [
        r["id"]
        for r in db.query(
            "select id from documents where source = ? and id != ? and superseded_by is null and status = 'ok'",
            [source, document_id],
        )
    ]
    touched = delete_derived(db, older, keep_pages=True)
    for old in older:
        db["documents"].update(old, {"superseded_by": document_id})
    return touched


# Fields of a record that say where in its document it was read, not what it says.
_POSITION_FIELDS = frozenset({"document_id", "page", "char_start", "char_end"})


def records_digest(result: ParseResult) -> str:
    """A digest of what a parsed document says: its extracted rows, without where in the document each was read.

    Two versions of a source with the same digest say the same thing: a page
    that changes its bytes on every fetch (a timestamp, a session token in a
    link) but not its rows. Left out of the comparison: the document's own
    id wherever a row carries it (record ids are made from its first 16 or
    12 characters), and each row's page and character offsets (a timestamp
    before the content moves every offset). Pages' text is left out too: it
    holds the very timestamp. The rows are sorted, so extraction order does
    not matter.
    """
    doc_id = result.document.id
    rows = []
    for name, records in result.records.items():
        for record in records:
            row = {k: v for k, v in record.model_dump(mode="json").items() if k not in _POSITION_FIELDS}
            rows.append(json.dumps([name, row], sort_keys=True, ensure_ascii=False))
    rows += [json.dumps(["redactions", {k: v for k, v in r.model_dump(mode="json").items() if k not in _POSITION_FIELDS}], sort_keys=True) for r in result.redactions]
    text = "\n".join(sorted(rows)).replace(doc_id, "").replace(doc_id[:16], "").replace(doc_id[:12], "")
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def link_parts(db: sqlite_utils.Database, doc_id: str) -> None:
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


def recompute_meetings(db: sqlite_utils.Database, meeting_ids: Iterable[str]) -> None:
    """Recompute these ``meetings`` rows and mark their committees' summaries out of date (inside a transaction)."""
    meeting_ids = sorted(set(meeting_ids))
    before = summaries.committees_of(db, meeting_ids)
    for meeting_id in meeting_ids:
        recompute(db, meeting_id)
    summaries.mark(db, before | summaries.committees_of(db, meeting_ids))


def recompute_meeting(db: sqlite_utils.Database, meeting_id: str) -> None:
    """Recompute one ``meetings`` row (in its own transaction)."""
    with transaction.immediate(db.conn):
        recompute(db, meeting_id)
        summaries.mark(db, summaries.committees_of(db, [meeting_id]))
        summaries.refresh_pending(db)


def recompute(db: sqlite_utils.Database, meeting_id: str) -> None:
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
            for t in ("agenda_items", "resolutions", "actions", "work_programme", "votes", "meeting_documents")
        )
        if not referenced:
            db.execute("delete from meetings where id = ?", [meeting_id])
        return
    records.sort(key=lambda r: (r["source_kind"] != "primary", _KIND_PRIORITY.get(r["document_kind"], 8), r["document_id"]))
    merged: dict[str, Any] = {"id": meeting_id}
    for column in MERGED_COLUMNS:
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
