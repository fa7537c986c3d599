"""Canned queries: the questions people ask on day one, each with parameters.

Every query that returns extracted rows also returns two link columns built
by the same SQL helpers, so the JSON API carries them too:

- ``page_url``: the page of the source document. For a document fetched from
  the web, its URL (``...pdf#page=N`` for a PDF), unless a newer version
  superseded it (the URL serves other bytes now); for that and a local file, the
  ``/-/councilpack/document/<id>`` route of this server, which serves the file
  while it still has the bytes that were ingested (``#page=N`` for a PDF);
- ``text_url``: the ``source_text`` query for the row's exact character span.

Text parameters match anywhere (``like '%' || :param || '%'``), so a blank
parameter means "all". Search words are matched as whole words (with
stemming: "note" finds "noted"), every word must appear.
"""

from __future__ import annotations

import difflib
import re

import markupsafe

DOCUMENT_ROUTE = "/-/councilpack/document/"
SOURCE_TEXT = "/councilpack/source_text"


def page_url_sql(doc: str = "d", page: str = "r.page") -> str:
    """SQL for the URL of a row's page; ``doc`` is an alias of ``documents``."""
    return (
        f"(case when ({doc}.source like 'http://%' or {doc}.source like 'https://%') and {doc}.superseded_by is null then {doc}.source "
        f"else '{DOCUMENT_ROUTE}' || {doc}.id end"
        f" || case when {doc}.media_type = 'application/pdf' and {page} is not null then '#page=' || {page} else '' end)"
    )


def text_url_sql(row: str = "r") -> str:
    """SQL for the link to a row's exact source text (null when the row has no span)."""
    return (
        f"'{SOURCE_TEXT}?document_id=' || {row}.document_id || '&char_start=' || {row}.char_start"
        f" || '&char_end=' || {row}.char_end"
    )


def fts_match_sql(param: str) -> str:
    """SQL turning a user's words into an FTS5 query: each word quoted, all required."""
    cleaned = f"replace(replace(replace(trim({param}), '\"', ''), '   ', ' '), '  ', ' ')"
    return f"('\"' || replace({cleaned}, ' ', '\" \"') || '\"')"


def _links(doc: str = "d", row: str = "r", page: str | None = None) -> str:
    return f"{page_url_sql(doc, page or f'{row}.page')} as page_url, {text_url_sql(row)} as text_url"


def _like(column: str, param: str) -> str:
    return f"coalesce({column}, '') like '%' || :{param} || '%'"


SEARCH_BRANCHES = [
    # (kind, fts table, base table, title expression)
    ("agenda item", "agenda_items_fts", "agenda_items", "r.title"),
    ("resolution", "resolutions_fts", "resolutions", "(select i.title from agenda_items i where i.id = r.agenda_item_id)"),
    ("action", "actions_fts", "actions", "(select i.title from agenda_items i where i.id = r.agenda_item_id)"),
    ("fact", "facts_fts", "facts", "coalesce(r.subject, (select i.title from agenda_items i where i.id = r.agenda_item_id))"),
    ("declaration", "declarations_fts", "declarations", "r.name"),
]


def _search_sql() -> str:
    # Each branch takes its best matches first (FTS5's own rank order, which it
    # answers from the index), and only those get a snippet: fast on millions of rows.
    branches = "\n  union all\n".join(
        f"""  select '{kind}' as kind, r.id as row_id, r.meeting_id, {title} as title,
         snippet({fts}, -1, '<mark>', '</mark>', '…', 24) as snippet, {fts}.rank as rank,
         r.document_id, r.page, r.char_start, r.char_end
  from {fts} join {table} r on r.rowid = {fts}.rowid
  where {fts} match (select match from q)
    and {fts}.rowid in (select rowid from {fts} where {fts} match (select match from q) order by rank limit 200)"""
        for kind, fts, table, title in SEARCH_BRANCHES
    )
    return f"""with q as (select {fts_match_sql(':q')} as match),
hits as (
{branches}
)
select r.kind, m.date, m.council, m.committee, r.title, r.snippet, {_links()}, r.meeting_id, r.row_id
from hits r
left join meetings m on m.id = r.meeting_id
left join documents d on d.id = r.document_id
order by r.rank
limit 500"""


MEMBER_DECLARATIONS = f"""select r.name, m.date, m.council, m.committee, r.item_number, i.title as item, r.interest_type, r.description,
       r.action, r.late, {_links()}, r.person_id, r.meeting_id
from declarations r
left join meetings m on m.id = r.meeting_id
left join agenda_items i on i.id = r.agenda_item_id
left join documents d on d.id = r.document_id
where r.name like '%' || :name || '%'
   or r.person_id in (select person_id from person_aliases where alias like '%' || :name || '%')
order by m.date desc, r.name"""


ATTENDANCE = f"""select council, committee, name, present, apologies, absent, recorded_meetings,
       attendance_rate, attendance_percent, person_id
from attendance_summary
where {_like('council', 'council')} and {_like('committee', 'committee')}
order by council, committee, attendance_rate desc, name"""

RESOLUTIONS_MENTIONING = f"""select m.date, m.council, m.committee, i.number as item_number, i.title as item,
       r.part, r.outcome, snippet(resolutions_fts, 0, '<mark>', '</mark>', '…', 40) as snippet, {_links()},
       r.id as resolution_id, r.meeting_id
from resolutions_fts
join resolutions r on r.rowid = resolutions_fts.rowid
left join meetings m on m.id = r.meeting_id
left join agenda_items i on i.id = r.agenda_item_id
left join documents d on d.id = r.document_id
where resolutions_fts match {fts_match_sql(':word')}
  and r.rowid in (  -- the newest 1,000 first, so snippets are made for those only
    select x.rowid from resolutions_fts f join resolutions x on x.rowid = f.rowid left join meetings xm on xm.id = x.meeting_id
    where resolutions_fts match {fts_match_sql(':word')} order by xm.date desc limit 1000)
order by m.date desc, i.position, r.position"""

# A member's votes: the named votes they cast, and the questions they proposed or seconded.
MEMBER_VOTES = f"""select r.name, r.vote, m.date, m.council, m.committee, i.number as item_number, i.title as item,
       v.kind, v.subject as motion, v.result, v.for_count, v.against_count, v.abstain_count, {_links()},
       r.person_id, v.id as vote_id, v.meeting_id
from (
  select x.name, x.vote, x.person_id, x.vote_id, x.document_id, x.page, x.char_start, x.char_end from vote_records x
  union all
  select y.proposer, 'proposed', y.proposer_id, y.id, y.document_id, y.page, y.char_start, y.char_end from votes y where y.proposer is not null
  union all
  select z.seconder, 'seconded', z.seconder_id, z.id, z.document_id, z.page, z.char_start, z.char_end from votes z where z.seconder is not null
) r
join votes v on v.id = r.vote_id
left join meetings m on m.id = v.meeting_id
left join agenda_items i on i.id = v.agenda_item_id
left join documents d on d.id = r.document_id
where r.name like '%' || :name || '%'
   or r.person_id in (select person_id from person_aliases where alias like '%' || :name || '%')
order by m.date desc, i.position, v.position, r.name"""

CLOSE_VOTES = f"""select m.date, m.council, m.committee, i.number as item_number, i.title as item, v.kind, v.subject as motion,
       v.result, v.for_count, v.against_count, v.abstain_count, abs(v.for_count - v.against_count) as margin,
       (select count(*) from vote_records x where x.vote_id = v.id) as named_votes, {_links(row='v')}, v.id as vote_id, v.meeting_id
from votes v
left join meetings m on m.id = v.meeting_id
left join agenda_items i on i.id = v.agenda_item_id
left join documents d on d.id = v.document_id
where v.for_count is not null and v.against_count is not null and abs(v.for_count - v.against_count) <= 2
  and {_like('m.council', 'council')} and {_like('m.committee', 'committee')}
order by m.date desc, i.position, v.position"""

_LABEL_MATCH = "coalesce(r.column_label, '') like '%' || :label || '%'"
KPI_OVER_TIME = f"""select m.date as meeting_date, coalesce(r.period, t.period) as period,
       case when {_LABEL_MATCH} then r.column_label else r.row_label end as series,
       r.value, r.unit, r.raw, r.numerator, r.denominator, t.title as table_title,
       r.row_label, r.column_label, m.council, m.committee, {_links()}, r.id as value_id, r.table_id
from kpi_values r
join kpi_tables t on t.id = r.table_id
left join meetings m on m.id = t.meeting_id
left join documents d on d.id = r.document_id
where {_like('t.title', 'title_word')}
  and ({_LABEL_MATCH} or coalesce(r.row_label, '') like '%' || :label || '%')
  and r.value is not null
order by series, period, m.date"""


NEXT_MEETING_FOLLOWUP = f"""select r.date, r.council, r.committee, r.action, r.next_meeting_date, r.days_later, r.followed_up,
       r.key_words, r.key_words_found, r.found_words, r.missing_words, {_links()}, r.meeting_id, r.next_meeting_id, r.action_id
from action_followups r
left join documents d on d.id = r.document_id
where {_like('r.council', 'council')} and {_like('r.committee', 'committee')}
order by r.date desc, r.char_start"""



PACK_CHANGES = f"""select r.source, vo.version as old_version, vn.version as new_version,
       vo.ingested_at as old_ingested_at, vn.ingested_at as new_ingested_at, r.page, r.change,
       councilpack_changed_lines(po.text, pn.text) as changed_lines,
       {page_url_sql('d', 'r.page')} as page_url, r.old_document_id, r.new_document_id
from version_page_changes r
join document_versions vo on vo.document_id = r.old_document_id
join document_versions vn on vn.document_id = r.new_document_id
left join pages po on po.document_id = r.old_document_id and po.page = r.page
left join pages pn on pn.document_id = r.new_document_id and pn.page = r.page
left join documents d on d.id = case when r.change = 'removed' then r.old_document_id else r.new_document_id end
where r.source like '%' || :source || '%' and r.change != 'unchanged'
order by r.source, vo.version, r.page"""

_START = "cast(:char_start as integer)"
_END = "cast(:char_end as integer)"
SOURCE_TEXT_SQL = f"""select substr(p.text, {_START} - p.char_start + 1, {_END} - {_START}) as text,
       substr(p.text, max(1, {_START} - p.char_start + 1 - 400), min(400, {_START} - p.char_start))
         || '<mark>' || substr(p.text, {_START} - p.char_start + 1, {_END} - {_START}) || '</mark>'
         || substr(p.text, {_END} - p.char_start + 1, 400) as context,
       {page_url_sql('d', 'p.page')} as page_url, p.page, p.printed_page, d.title as document, d.source,
       d.id as document_id
from pages p join documents d on d.id = p.document_id
where p.document_id = :document_id and {_START} >= p.char_start and {_START} <= p.char_end"""

CHECK_NOTE = " Extracted automatically: open the page (page_url) or the exact text (text_url) to check."


def canned_queries() -> dict[str, dict]:
    """Datasette ``queries`` metadata for the councilpack database (SQL shown on request)."""
    queries = {
        "search": {
            "title": "Search everything",
            "description": "Full-text search across agenda items (titles, descriptions, minutes), resolutions, actions, "
            "figures in reports and declarations of interest, best matches first, with the matching words "
            "highlighted. Every word must appear; words match with stemming (note finds noted)." + CHECK_NOTE,
            "sql": _search_sql(),
            "params": ["q"],
        },
        "member_declarations": {
            "title": "Declarations of interest by member",
            "description": "Every declaration of interest made by a member whose name (or any written form of it, "
            "such as 'Cllr D Osei') contains :name, newest meeting first." + CHECK_NOTE,
            "sql": MEMBER_DECLARATIONS,
            "params": ["name"],
        },
        "member_votes": {
            "title": "How did a member vote",
            "description": "Every vote of a member whose name (or any written form of it, such as 'Mr Hood') contains "
            ":name: how they voted in a named vote (for, against, abstain, did not vote) or a vote they asked to have "
            "minuted, and the questions they proposed or seconded, with the item, the motion, its result and its "
            "counts, newest meeting first." + CHECK_NOTE,
            "sql": MEMBER_VOTES,
            "params": ["name"],
        },
        "close_votes": {
            "title": "Close votes",
            "description": "Votes whose printed counts for and against are at most 2 apart (margin ≤ 2), newest "
            "meeting first, with the item, the motion, the result and how many members' votes are named. Leave "
            ":council or :committee blank for all." + CHECK_NOTE,
            "sql": CLOSE_VOTES,
            "params": ["council", "committee"],
        },
        "attendance_by_member": {
            "title": "Attendance rate by member and committee",
            "description": "For each member of each committee (officers and guests left out): meetings attended, "
            "apologies, absences and the attendance rate over the meetings whose attendance is recorded in the "
            "database. Leave :council or :committee blank for all. See also the attendance chart "
            "(/-/councilpack/charts).",
            "sql": ATTENDANCE,
            "params": ["council", "committee"],
        },
        "resolutions_mentioning": {
            "title": "Resolutions mentioning a word",
            "description": "Every resolution whose text contains :word (several words: all of them), newest meeting "
            "first, the word highlighted." + CHECK_NOTE,
            "sql": RESOLUTIONS_MENTIONING,
            "params": ["word"],
        },
        "kpi_over_time": {
            "title": "A KPI over time",
            "description": "The values of a KPI across tables and meetings, ready to chart: cells of KPI tables whose "
            "title contains :title_word and whose row or column label contains :label (series is the label "
            "that matched; period is the period the cell is about). For example title_word 'Initial Health' "
            "and label 'within 20 days' gives IHA timeliness month by month. Charted at "
            "/-/councilpack/charts." + CHECK_NOTE,
            "sql": KPI_OVER_TIME,
            "params": ["title_word", "label"],
        },
        "next_meeting_followup": {
            "title": "Promised for the next meeting: did it come back?",
            "description": "Actions due at 'the next meeting', each joined to the same council's and committee's next "
            "meeting by date (cancelled meetings skipped), and whether that meeting's minutes mention it. "
            "Heuristic, to be checked by reading: the action's key words are its words of four or more "
            "letters less common procedural words (meeting, panel, report, requested, ...); the next "
            "meeting's minutes text is the titles and minutes of all its agenda items; followed_up is "
            "'mentioned' when every key word appears in it (as a substring, no stemming), 'partly "
            "mentioned' when at least half do, else 'not mentioned'. A long days_later means the meetings in "
            "between are not in the database. Leave :council or :committee blank for all." + CHECK_NOTE,
            "sql": NEXT_MEETING_FOLLOWUP,
            "params": ["council", "committee"],
        },
        "pack_changes": {
            "title": "What changed between versions of a document",
            "description": "For each document re-published with different bytes (same path or URL), the pages "
            "that were added, removed or changed between one version and the next (unchanged pages left out), "
            "with the changed lines (- old, + new). :source matches part of the path or URL; blank for all.",
            "sql": PACK_CHANGES,
            "params": ["source"],
        },
        "source_text": {
            "title": "The source text of a row",
            "description": "The exact text of a character span of a document (document_id, char_start, char_end "
            "as every extracted row carries them) with its page, a link to that page and the text around it. "
            "The 'text' links in every table open this query.",
            "sql": SOURCE_TEXT_SQL,
            "params": ["document_id", "char_start", "char_end"],
        },
    }
    from pipeline.publish.feeds import feed_queries  # its SQL is built from this module's link helpers

    queries.update(feed_queries())
    for query in queries.values():
        query["hide_sql"] = True
        query["description_html"] = _description_html(query["description"])
    return queries


def _description_html(description: str) -> str:
    text = str(markupsafe.escape(description))
    text = re.sub(r"(:[a-z_]+)\b", r"<code>\1</code>", text)
    text = text.replace("/-/councilpack/charts", '<a href="/-/councilpack/charts">/-/councilpack/charts</a>')
    return f"<p>{text}</p>"


def changed_lines(old: str | None, new: str | None, limit: int = 12) -> str | None:
    """SQL function ``councilpack_changed_lines(old, new)``: the lines that differ, ``- old`` / ``+ new``."""
    if old == new:
        return None
    old_lines = [line.strip() for line in (old or "").splitlines() if line.strip()]
    new_lines = [line.strip() for line in (new or "").splitlines() if line.strip()]
    out = [
        line
        for line in difflib.unified_diff(old_lines, new_lines, lineterm="", n=0)
        if line[:1] in "+-" and not line.startswith(("+++", "---"))
    ]
    if len(out) > limit:
        out = out[:limit] + [f"… {len(out) - limit} more changed lines"]
    return "\n".join(out)
