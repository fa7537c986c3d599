"""The tables of ``councilpack watch`` and ``councilpack digest``: saved searches and when each digest ran.

- ``watches``: a saved search (a phrase, optionally one council or committee),
  kept in the database so every digest, and the Atom feed of each search
  (the canned query ``watch_feed``), can use it;
- ``digest_runs``: when each digest ran and from when it reported, so that
  ``councilpack digest --since last`` reports each thing once.

Created with every new database's schema and, in an older one, by its next
upgrade (:mod:`pipeline.store.migrations`); :mod:`pipeline.digest` fills them.
"""

from __future__ import annotations

import sqlite_utils

WATCH_TABLES: dict[str, dict[str, type]] = {
    "watches": {"id": int, "query": str, "council": str, "committee": str, "created_at": str},
    "digest_runs": {"id": int, "ran_at": str, "since": str, "meetings": int, "matches": int},
}


def ensure_watch_tables(db: sqlite_utils.Database) -> list[str]:
    """Create the tables that are missing; return their names."""
    created = []
    for table, columns in WATCH_TABLES.items():
        if table not in db.table_names():
            db[table].create(columns, pk="id")
            created.append(table)
    return created
