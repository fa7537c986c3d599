"""Atom feeds: a committee's new business, and each saved search's new matches.

Two canned queries shaped for the ``datasette-atom`` plugin, which renders any
query returning ``atom_id``, ``atom_title`` and ``atom_updated`` (here also
``atom_content`` and ``atom_link``) as Atom at the query's ``.atom`` address:

- ``committee_feed`` (:council, :committee): every meeting, resolution,
  declaration of interest, action and vote of the committee, newest first,
  each dated by when its document was first ingested (a feed reader shows what
  arrived since it last looked);
- ``watch_feed`` (:watch, an id in ``watches``): every item, resolution,
  declaration, action and vote matching the saved search, in its council and
  committee if it names them.

Each entry links to its source page (:func:`pipeline.publish.queries.page_url_sql`)
or its meeting's page, as an absolute address: a feed reader resolves a link
against the feed's own address only if the feed says where it is, and many do
not. The origin comes from the request (Datasette's magic parameters
``_header_host`` and ``_header_x_forwarded_proto``, which a proxy that ends TLS
sets), so the same metadata serves any host.
"""

from __future__ import annotations

from pipeline.publish.queries import page_url_sql

FEED_LIMIT = 200  # entries per feed: a reader polls often; the whole history is in the tables

# (kind, table, title, content) of the rows a feed carries; "m" is the meeting, "t" the row.
_ENTRIES = (
    ("resolution", "resolutions", "'Resolved (' || coalesce(t.outcome, '') || '): ' || substr(t.text, 1, 120)", "t.text"),
    ("declaration", "declarations", "'Declaration: ' || coalesce(t.name, '')", "coalesce(t.name, '') || ' declared ' || coalesce(t.interest_type || ' ', '') || 'an interest' || coalesce(': ' || t.description, '')"),
    ("action", "actions", "'Action: ' || substr(t.text, 1, 120)", "t.text"),
    ("vote", "votes", "'Vote ' || coalesce(t.result, '') || ': ' || substr(coalesce(t.subject, ''), 1, 120)", "coalesce(t.kind, 'vote') || ' ' || coalesce(t.result, '') || coalesce(' (' || t.for_count || ' for, ' || t.against_count || ' against)', '') || coalesce(': ' || t.subject, '')"),
)  # fmt: skip


_ORIGIN = "coalesce(nullif(:_header_x_forwarded_proto, ''), 'http') || '://' || :_header_host"


def _absolute(link: str) -> str:
    """``link`` (an SQL expression) with a site-relative address made absolute; a web address stays as it is."""
    return f"(case when {link} like '/%' then {_ORIGIN} || {link} else {link} end)"


def _entry(kind: str, table: str, title: str, content: str, where: str) -> str:
    # The newest rows are chosen first, by rowid, and only those get their title, content and link built:
    # building them for every row of a grown database before sorting cost 300 ms at 10,000 meetings.
    return f"""select 'councilpack:{kind}:' || t.id as atom_id,
       m.committee || ' ' || m.date || ': ' || {title} as atom_title,
       d.ingested_at as atom_updated, {content} as atom_content, {_absolute(page_url_sql("d", "t.page"))} as atom_link
  from (select t.rowid as newest from [{table}] t join meetings m on m.id = t.meeting_id join documents d on d.id = t.document_id
         where d.superseded_by is null and {where}
         order by d.ingested_at desc, 'councilpack:{kind}:' || t.id limit {FEED_LIMIT}) chosen
  join [{table}] t on t.rowid = chosen.newest join meetings m on m.id = t.meeting_id join documents d on d.id = t.document_id"""


_COMMITTEE = "coalesce(m.council, '') like '%' || :council || '%' and coalesce(m.committee, '') like '%' || :committee || '%'"

COMMITTEE_FEED = (
    f"""select * from (
select 'councilpack:meeting:' || m.id as atom_id,
       'Meeting: ' || coalesce(m.council || ', ', '') || coalesce(m.committee, '') || ', ' || m.date as atom_title,
       first.seen as atom_updated,
       coalesce(m.status, '') || coalesce(' at ' || m.venue, '') as atom_content,
       {_absolute("'/councilpack/meetings/' || replace(m.id, '/', '~2F')")} as atom_link
  from meetings m left join (select md.meeting_id, min(d.ingested_at) as seen from meeting_documents md
                             join documents d on d.id = md.document_id group by md.meeting_id) first on first.meeting_id = m.id
 where {_COMMITTEE}
 order by atom_updated desc, atom_id limit {FEED_LIMIT})
union all
"""
    + "\nunion all\n".join(f"select * from ({_entry(kind, table, title, content, _COMMITTEE)})" for kind, table, title, content in _ENTRIES)
    + f"\norder by atom_updated desc, atom_id limit {FEED_LIMIT}"
)

_IN_WATCH_SCOPE = (
    "(select w.council is null or w.council = m.council from watches w where w.id = :watch)"
    " and (select w.committee is null or w.committee = m.committee from watches w where w.id = :watch)"
)


def _matching(table: str) -> str:
    # the phrase comes from the watches row, joined: no saved search with that id, no MATCH run (an empty one is an error)
    return (
        f"t.rowid in (select f.rowid from watches w join [{table}_fts] f on [{table}_fts] match "
        f"('\"' || replace(w.query, '\"', '\"\"') || '\"') where w.id = :watch) and {_IN_WATCH_SCOPE}"
    )


WATCH_FEED = (
    _entry("item", "agenda_items", "'Item: ' || coalesce(t.title, '')", "coalesce(t.title, '') || coalesce(': ' || substr(t.minutes_text, 1, 500), '')", _matching("agenda_items"))
    + "\nunion all\n"
    + "\nunion all\n".join(_entry(kind, table, title, content, _matching(table)) for kind, table, title, content in _ENTRIES)
    + f"\norder by atom_updated desc, atom_id limit {FEED_LIMIT}"
)


def feed_queries() -> dict[str, dict]:
    return {
        "committee_feed": {
            "title": "A committee's new business (Atom feed)",
            "description": "Every meeting, resolution, declaration of interest, action and vote of the committees "
            "matching :council and :committee, newest first by when their document arrived. Add .atom to the "
            "address (…/committee_feed.atom?council=…&committee=…) to follow it in a feed reader.",
            "sql": COMMITTEE_FEED,
            "params": ["council", "committee"],
        },
        "watch_feed": {
            "title": "A saved search's matches (Atom feed)",
            "description": "Every agenda item, resolution, declaration, action and vote matching the saved search "
            ":watch (an id in the watches table; add one with `councilpack watch add`), newest first. Add .atom "
            "to the address to follow it in a feed reader.",
            "sql": WATCH_FEED,
            "params": ["watch"],
        },
    }
