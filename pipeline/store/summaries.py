"""Summary tables the store keeps up to date, so the questions asked most answer at once.

- ``attendance_summary``: per person per committee, meetings present, apologies,
  absences and the attendance rate;
- ``action_followups``: every action due at "the next meeting", the committee's
  next meeting and whether its minutes mention the action.

Both are computed per committee by the SQL below (this module is the one place
that defines these tables: their columns, their index and the query that fills
them); a query across ten thousand meetings then reads precomputed rows
instead of aggregating them.

When one of a committee's meetings changes, the committee is marked in
``summary_pending`` in the same transaction as the change, and its summaries
are recomputed from the pending marks (:func:`refresh_pending`): by the
loader at the end of that transaction for a lone document, and once per
committee at the end of a batch for ``ingest`` (recomputing a committee's
summaries costs in proportion to its history, so doing it per document made
each document of a long-followed committee slower than the last). A batch cut
short leaves its marks, and the next load recomputes them.
"""

from __future__ import annotations

from typing import Iterable

import sqlite_utils

# Attendance figures of one committee (:council, :committee): the best status any
# document gives each person at each meeting, then counted per person.
ATTENDANCE_SUMMARY_SQL = """with per_meeting as (
  select m.council, m.committee, coalesce(a.person_id, a.name) as person_key, max(a.person_id) as person_id,
         max(a.name) as name,
         min(case a.status when 'present' then 0 when 'apologies' then 1 when 'absent' then 2 else 3 end) as best,
         min(a.role in ('officer', 'guest')) as not_member
  from meetings m join attendees a on a.meeting_id = m.id
  where m.council is :council and m.committee is :committee
  group by a.meeting_id, person_key
)
select council, committee, person_key, person_id, name, sum(best = 0) as present, sum(best = 1) as apologies,
       sum(best = 2) as absent, sum(best < 3) as recorded_meetings,
       round(1.0 * sum(best = 0) / nullif(sum(best < 3), 0), 3) as attendance_rate,
       round(100.0 * sum(best = 0) / nullif(sum(best < 3), 0), 1) as attendance_percent
from per_meeting
where not not_member
group by council, committee, person_key"""

# Words too common in minutes to say whether an action was followed up.
STOPWORDS = sorted(
    """about agreed also asked back been board brought chair circulated committee confirmed council could councillors
    detail details encouraged further future have information into meeting meetings member members more next noted
    number officer officers panel present presented provide provided regarding report reported reports request
    requested should suggested thanked that their them there these they this those update updated were what when
    which will with would""".split()
)

_NORMALISED = "lower(p.text)"
for _char in [".", ",", ";", ":", "(", ")", '"', "'", "’", "‘", "–", "-", "/", "\n"]:
    _NORMALISED = f"replace({_NORMALISED}, '{_char.replace(chr(39), chr(39) * 2)}', ' ')"

ACTION_FOLLOWUPS_SQL = f"""with recursive
promised as (
  select r.id, r.text, r.due, r.meeting_id, m.council, m.committee, m.date,
         r.document_id, r.page, r.char_start, r.char_end
  from actions r join meetings m on m.id = r.meeting_id
  where (r.due like '%next%meeting%' or r.text like '%next meeting%' or r.text like '%next panel meeting%')
    and m.council is :council and m.committee is :committee
),
following as (
  select p.id as action_id,
         (select n.id from meetings n
           where n.council = p.council and n.committee = p.committee and n.date > p.date
             and coalesce(n.status, '') != 'cancelled'
           order by n.date limit 1) as next_id
  from promised p
),
words(action_id, word, rest) as (
  select p.id, '', {_NORMALISED} || ' ' from promised p
  union all
  select action_id, substr(rest, 1, instr(rest, ' ') - 1), substr(rest, instr(rest, ' ') + 1)
  from words where rest != ''
),
keywords as (
  select distinct action_id, word from words
  where length(word) >= 4 and word not in ({", ".join(f"'{w}'" for w in STOPWORDS)})
),
minutes as (
  select f.action_id, f.next_id,
         (select lower(group_concat(coalesce(i.title, '') || ' ' || coalesce(i.minutes_text, ''), ' '))
            from agenda_items i where i.meeting_id = f.next_id) as text,
         (select count(*) from agenda_items i where i.meeting_id = f.next_id and i.minutes_text is not null) as minuted_items
  from following f
),
found as (
  select k.action_id, count(*) as n_keywords, group_concat(k.word, ' ') as key_words,
         sum(instr(coalesce(mi.text, ''), k.word) > 0) as n_found,
         group_concat(case when instr(coalesce(mi.text, ''), k.word) > 0 then k.word end, ' ') as found_words,
         group_concat(case when instr(coalesce(mi.text, ''), k.word) = 0 then k.word end, ' ') as missing_words
  from keywords k join minutes mi on mi.action_id = k.action_id
  group by k.action_id
)
select r.id as action_id, r.meeting_id, r.date, r.council, r.committee, r.text as action, n.date as next_meeting_date,
       cast(julianday(n.date) - julianday(r.date) as integer) as days_later,
       case when mi.next_id is null then 'no later meeting in the database'
            when mi.minuted_items = 0 then 'next meeting has no minutes in the database'
            when f.n_keywords is null then 'no key words to look for'
            when f.n_found = f.n_keywords then 'mentioned'
            when 2 * f.n_found >= f.n_keywords then 'partly mentioned'
            else 'not mentioned' end as followed_up,
       f.key_words, case when mi.minuted_items > 0 then f.n_found || ' of ' || f.n_keywords end as key_words_found,
       case when mi.minuted_items > 0 then f.found_words end as found_words,
       case when mi.minuted_items > 0 then f.missing_words end as missing_words,
       mi.next_id as next_meeting_id, r.document_id, r.page, r.char_start, r.char_end
from promised r
left join minutes mi on mi.action_id = r.id
left join found f on f.action_id = r.id
left join meetings n on n.id = mi.next_id"""

SUMMARIES = {
    "attendance_summary": (
        ATTENDANCE_SUMMARY_SQL,
        {"council": str, "committee": str, "person_key": str, "person_id": str, "name": str, "present": int, "apologies": int,
         "absent": int, "recorded_meetings": int, "attendance_rate": float, "attendance_percent": float},
    ),
    "action_followups": (
        ACTION_FOLLOWUPS_SQL,
        {"action_id": str, "meeting_id": str, "date": str, "council": str, "committee": str, "action": str, "next_meeting_date": str,
         "days_later": int, "followed_up": str, "key_words": str, "key_words_found": str, "found_words": str,
         "missing_words": str, "next_meeting_id": str, "document_id": str, "page": int, "char_start": int, "char_end": int},
    ),
}  # fmt: skip


PENDING = "summary_pending"


def ensure_summary_tables(db: sqlite_utils.Database) -> list[str]:
    """Create the summary tables (and the pending marks) that are missing; return their names."""
    created = []
    if PENDING not in db.table_names():
        db[PENDING].create({"council": str, "committee": str})
        created.append(PENDING)
    for table, (_, columns) in SUMMARIES.items():
        if table not in db.table_names():
            db[table].create(columns)
            db[table].create_index(["council", "committee"])
            created.append(table)
    return created


def mark(db: sqlite_utils.Database, committees: Iterable[tuple[str | None, str | None]]) -> None:
    """Note that these ``(council, committee)`` summaries are out of date (call inside the change's transaction)."""
    db.conn.executemany(f"insert into [{PENDING}] (council, committee) values (?, ?)", sorted(set(committees), key=lambda c: (c[0] or "", c[1] or "")))


def refresh_pending(db: sqlite_utils.Database) -> int:
    """Recompute the summaries of every marked committee, once each, and clear the marks; return how many."""
    pending = [(r[0], r[1]) for r in db.execute(f"select distinct council, committee from [{PENDING}]").fetchall()]
    if pending:
        refresh(db, pending)
        db.execute(f"delete from [{PENDING}]")
    return len(pending)


def refresh(db: sqlite_utils.Database, committees: Iterable[tuple[str | None, str | None]]) -> None:
    """Recompute the summaries of each ``(council, committee)`` (call inside the load transaction)."""
    for council, committee in sorted(set(committees), key=lambda c: (c[0] or "", c[1] or "")):
        params = {"council": council, "committee": committee}
        for table, (sql, columns) in SUMMARIES.items():
            db.execute(f"delete from [{table}] where council is :council and committee is :committee", params)
            names = ", ".join(f"[{c}]" for c in columns)
            db.execute(f"insert into [{table}] ({names}) select {names} from ({sql})", params)


def committees_of(db: sqlite_utils.Database, meeting_ids: Iterable[str]) -> set[tuple[str | None, str | None]]:
    out = set()
    for meeting_id in meeting_ids:
        row = next(db.query("select council, committee from meetings where id = ?", [meeting_id]), None)
        if row:
            out.add((row["council"], row["committee"]))
    return out
