"""Summaries the loader keeps up to date, so the questions asked most answer at once.

- ``attendance_summary``: per person per committee, meetings present, apologies,
  absences and the attendance rate;
- ``action_followups``: every action due at "the next meeting", the committee's
  next meeting and whether its minutes mention the action.

Both are computed per committee (the SQL is in :mod:`pipeline.publish.queries`)
and refreshed for a committee whenever one of its meetings changes, inside the
same transaction as the change; a query across ten thousand meetings then
reads precomputed rows instead of aggregating them.
"""

from __future__ import annotations

from typing import Iterable

import sqlite_utils

from pipeline.publish.queries import ACTION_FOLLOWUPS_SQL, ATTENDANCE_SUMMARY_SQL

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


def ensure_summary_tables(db: sqlite_utils.Database) -> None:
    for table, (_, columns) in SUMMARIES.items():
        if table not in db.table_names():
            db[table].create(columns)
            db[table].create_index(["council", "committee"])


def refresh(db: sqlite_utils.Database, committees: Iterable[tuple[str | None, str | None]]) -> None:
    """Recompute the summaries of each ``(council, committee)`` (call inside the loader's transaction)."""
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
