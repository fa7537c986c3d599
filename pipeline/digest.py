"""What is new since the last look: ``councilpack digest`` and the saved searches of ``councilpack watch``.

A follower of a committee wants to be told, after each nightly run, what the
new papers say, not to browse for it. :func:`digest` reads the database for
everything that came from documents ingested after a moment (``since``):

- the meetings they describe, new or updated (a meeting with an earlier
  document is updated, e.g. its minutes after its agenda);
- their resolutions, declarations of interest and votes;
- the actions promised "at the next meeting", and, for the actions of earlier
  meetings whose next meeting this is, whether they came back (the
  ``action_followups`` summary);
- KPI ratings (red, amber, green) that differ from the same measure's rating
  in the committee's previous report;
- the matches of every saved search (``watches``: a phrase, optionally one
  council or committee), searched in the full-text indexes of items,
  resolutions, declarations, actions and votes.

``since`` is a date or time, or ``last``: the time the previous digest ran
(``digest_runs``), so a cron job or CI step that runs ``councilpack digest``
after each scrape reports each thing once. Rows that a re-extraction rewrote
keep their document's first ingest time, so an upgrade of councilpack does not
report old business again. :func:`to_markdown` renders the digest for mail or
a chat post; the JSON form is the digest itself.

The two bookkeeping tables (``watches``, ``digest_runs``) are the store's
(:mod:`pipeline.store.watches`).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlite_utils

from pipeline.store.clock import now
from pipeline.store.watches import ensure_watch_tables

# Full-text indexes a saved search looks in: (table, what the row is, the text shown)
SEARCHED = (
    ("agenda_items", "item", "coalesce(t.title, '')"),
    ("resolutions", "resolution", "t.text"),
    ("declarations", "declaration", "coalesce(t.name, '') || ': ' || coalesce(t.description, '')"),
    ("actions", "action", "t.text"),
    ("votes", "vote", "coalesce(t.subject, '')"),
)


def ensure_tables(db: sqlite_utils.Database) -> None:
    ensure_watch_tables(db)  # a database opened without open_database (read-only tools) may predate them


# --- saved searches -----------------------------------------------------------


def add_watch(db: sqlite_utils.Database, query: str, council: str | None = None, committee: str | None = None) -> int:
    """Save a search; return its id (an existing identical one is returned, not duplicated)."""
    ensure_tables(db)
    query = " ".join(query.split())
    if not query:
        raise ValueError("a saved search needs words to look for")
    same = next(db.query("select id from watches where query = ? and council is ? and committee is ?", [query, council, committee]), None)
    if same:
        return same["id"]
    return db["watches"].insert({"query": query, "council": council, "committee": committee, "created_at": now()}).last_pk


def watches(db: sqlite_utils.Database) -> list[dict]:
    ensure_tables(db)
    return list(db.query("select id, query, council, committee, created_at from watches order by id"))


def remove_watch(db: sqlite_utils.Database, watch_id: int) -> bool:
    ensure_tables(db)
    gone = db.execute("delete from watches where id = ?", [watch_id]).rowcount
    return gone > 0


# --- the digest ---------------------------------------------------------------


def resolve_since(db: sqlite_utils.Database, since: str | None) -> str:
    """The moment a digest starts from: ``last`` (or nothing) is the previous digest's time, else the epoch; a date
    (YYYY-MM-DD) is its midnight UTC; a time is taken as written."""
    ensure_tables(db)
    if not since or since == "last":
        row = next(db.query("select ran_at from digest_runs order by id desc limit 1"), None)
        return row["ran_at"] if row else "0000-01-01T00:00:00+00:00"
    try:
        day = dt.date.fromisoformat(since)
        return dt.datetime(day.year, day.month, day.day, tzinfo=dt.timezone.utc).isoformat()
    except ValueError:
        pass
    try:
        moment = dt.datetime.fromisoformat(since)
    except ValueError:
        raise ValueError(f"not a date or time: {since!r} (expected 'last', YYYY-MM-DD or an ISO time)") from None
    # ingest times are stored in UTC: a time with another offset is compared as the same instant in UTC
    return (moment if moment.tzinfo else moment.replace(tzinfo=dt.timezone.utc)).astimezone(dt.timezone.utc).isoformat()


_NEW_DOCUMENTS = "select id from documents where ingested_at > :since and status = 'ok' and superseded_by is null"


def digest(db: sqlite_utils.Database, since: str | None = "last", record: bool = True) -> dict[str, Any]:
    """Everything from documents ingested after ``since`` (see the module docstring); ``record`` notes this run."""
    start = resolve_since(db, since)
    until = now()
    p = {"since": start}
    meetings = list(
        db.query(
            f"""select m.id, m.council, m.committee, m.date, m.status,
                       (select count(*) from meeting_documents md2 join documents d2 on d2.id = md2.document_id
                         where md2.meeting_id = m.id and d2.ingested_at <= :since and d2.superseded_by is null) = 0 as new,
                       (select group_concat(d.kind || ': ' || d.source, '; ') from meeting_documents md join documents d on d.id = md.document_id
                         where md.meeting_id = m.id and d.id in ({_NEW_DOCUMENTS})) as documents
                from meetings m
               where m.id in (select md.meeting_id from meeting_documents md where md.document_id in ({_NEW_DOCUMENTS}))
               order by m.date desc, m.id""",
            p,
        )
    )
    for m in meetings:
        m["new"] = bool(m["new"])
    out: dict[str, Any] = {"since": start, "until": until, "meetings": meetings}
    out["resolutions"] = _rows(db, "resolutions", "t.text, t.outcome, t.part", p)
    out["declarations"] = _rows(db, "declarations", "t.name, t.interest_type, t.description, t.item_number", p)
    out["votes"] = _rows(db, "votes", "t.subject, t.kind, t.result, t.for_count, t.against_count, t.abstain_count", p)
    out["actions_due"] = list(
        db.query(
            f"""select f.meeting_id, f.date, f.council, f.committee, f.action, f.next_meeting_date, f.followed_up
                  from action_followups f where f.document_id in ({_NEW_DOCUMENTS}) order by f.date desc, f.action_id""",
            p,
        )
    )
    out["actions_returned"] = list(
        db.query(
            f"""select f.meeting_id as promised_at, f.date, f.council, f.committee, f.action, f.next_meeting_id, f.followed_up,
                       f.found_words, f.missing_words
                  from action_followups f
                 where f.next_meeting_id in (select md.meeting_id from meeting_documents md where md.document_id in ({_NEW_DOCUMENTS}))
                 order by f.date desc, f.action_id""",
            p,
        )
    )
    out["kpi_moves"] = _kpi_moves(db, p)
    out["watch_matches"] = _watch_matches(db, p)
    if record:
        with db.conn:
            db["digest_runs"].insert({"ran_at": until, "since": start, "meetings": len(meetings), "matches": len(out["watch_matches"])})
    return out


def _rows(db: sqlite_utils.Database, table: str, columns: str, p: dict) -> list[dict]:
    return list(
        db.query(
            f"""select m.date, m.council, m.committee, t.meeting_id, i.number as item, i.title as item_title, {columns},
                       t.document_id, t.page
                  from [{table}] t left join meetings m on m.id = t.meeting_id left join agenda_items i on i.id = t.agenda_item_id
                 where t.document_id in ({_NEW_DOCUMENTS})
                 order by m.date desc, t.meeting_id, i.position, t.id""",
            p,
        )
    )


def _kpi_moves(db: sqlite_utils.Database, p: dict) -> list[dict]:
    """RAG ratings of new reports that differ from the same measure's previous rating in the same committee."""
    return list(
        db.query(
            f"""with rated as (
                  select m.date, m.council, m.committee, t.title as kpi_table, v.row_label as measure, v.raw as now,
                         lag(v.raw) over (partition by m.council, m.committee, v.row_label order by m.date, v.id) as was,
                         v.document_id, v.page
                    from kpi_values v join kpi_tables t on t.id = v.table_id join meetings m on m.id = t.meeting_id
                   where v.status = 'rag'
                )
                select * from rated
                 where document_id in ({_NEW_DOCUMENTS}) and was is not null and lower(trim(was)) != lower(trim(now))
                 order by date desc, measure""",
            p,
        )
    )


def _watch_matches(db: sqlite_utils.Database, p: dict) -> list[dict]:
    ensure_tables(db)
    found: list[dict] = []
    present = set(db.table_names())
    for watch in db.query("select id, query, council, committee from watches order by id"):
        phrase = '"' + watch["query"].replace('"', '""') + '"'
        for table, what, shown in SEARCHED:
            if f"{table}_fts" not in present:
                continue
            found += [
                {"watch": watch["id"], "query": watch["query"], "what": what, **row}
                for row in db.query(
                    f"""select m.date, m.council, m.committee, t.meeting_id, {shown} as text, t.document_id, t.page
                          from [{table}_fts] f join [{table}] t on t.rowid = f.rowid left join meetings m on m.id = t.meeting_id
                         where [{table}_fts] match :phrase and t.document_id in ({_NEW_DOCUMENTS})
                           and (:council is null or m.council = :council) and (:committee is null or m.committee = :committee)
                         order by m.date desc, t.id""",
                    {**p, "phrase": phrase, "council": watch["council"], "committee": watch["committee"]},
                )
            ]
    return found


# --- Markdown -----------------------------------------------------------------


def _where(r: dict) -> str:
    return " · ".join(x for x in (r.get("council"), r.get("committee"), r.get("date")) if x)


def _item(r: dict) -> str:
    if not r.get("item"):
        return ""
    return f" (item {str(r['item']).rstrip('.')}" + (f", {r['item_title']}" if r.get("item_title") else "") + ")"


def _counts(v: dict) -> str:
    counts = [f"{n} {label}" for n, label in ((v["for_count"], "for"), (v["against_count"], "against"), (v["abstain_count"], "abstaining")) if n is not None]
    return f" ({', '.join(counts)})" if counts else ""


def to_markdown(d: dict[str, Any]) -> str:
    """The digest as Markdown: a heading per kind of news, a line per row, nothing for a kind with nothing new."""
    since = "the beginning" if d["since"].startswith("0000") else d["since"][:19].replace("T", " ")
    lines = [f"# councilpack digest: {since} to {d['until'][:19].replace('T', ' ')} UTC", ""]
    if not d["meetings"] and not d["watch_matches"]:
        return "\n".join(lines + ["Nothing new.", ""])
    sections = [
        ("Meetings", d["meetings"], lambda m: f"{'new' if m['new'] else 'updated'}: {_where(m)}" + (f" ({m['status']})" if m.get("status") and m["status"] != "held" else "")),
        ("Resolutions", d["resolutions"], lambda r: f"{_where(r)}{_item(r)}: {r['text']} [{r['outcome']}]"),
        ("Declarations of interest", d["declarations"], lambda r: f"{_where(r)}{_item(r)}: {r['name']}" + (f" ({r['interest_type']})" if r.get("interest_type") else "") + (f": {r['description']}" if r.get("description") else "")),
        ("Votes", d["votes"], lambda v: f"{_where(v)}{_item(v)}: {v['kind'] or 'vote'} {v['result'] or ''}{_counts(v)}" + (f": {v['subject']}" if v.get("subject") else "")),
        ("Actions promised for the next meeting", d["actions_due"], lambda a: f"{_where(a)}: {a['action']}"),
        ("Did they come back?", d["actions_returned"], lambda a: f"{a['followed_up']}: {a['action']} (promised {a['date']})"),
        ("KPI ratings that moved", d["kpi_moves"], lambda k: f"{_where(k)}: {k['measure']}: {k['was']} → {k['now']}"),
        ("Saved searches", d["watch_matches"], lambda w: f"“{w['query']}” in {'an' if w['what'][0] in 'aeiou' else 'a'} {w['what']}, {_where(w)}: {w['text']}"),
    ]
    for title, rows, line in sections:
        if rows:
            lines += [f"## {title} ({len(rows)})", ""] + [f"- {' '.join(line(r).split())}" for r in rows] + [""]
    return "\n".join(lines)
