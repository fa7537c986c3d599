"""Opening a councilpack database: a new one is created whole, an old one upgraded in place.

Every writer (ingest, scrape, rebuild, eval) and ``councilpack stats`` opens
the database through :func:`open_database`, so whichever runs first against a
database made by an earlier release upgrades it (:mod:`pipeline.store.migrations`).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlite_utils

from pipeline.store import migrations, schema, summaries, transaction


def open_database(path: str | Path) -> sqlite_utils.Database:
    """Open (creating if needed) a councilpack database with the current schema.

    A new file is the schema template linked into place; an empty file gets
    the template's statements in one transaction; any other database is
    migrated, also in one transaction (so two processes opening an old
    database at once upgrade it once), and the summaries a batch cut short
    left marked are recomputed.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    created = str(path) != ":memory:" and not path.exists() and schema.create_from_template(path)
    conn = sqlite3.connect(str(path), timeout=30, isolation_level=None)
    db = sqlite_utils.Database(conn)
    db.execute("pragma busy_timeout = 30000")
    db.execute("pragma foreign_keys = on")
    if db.journal_mode != "wal":
        db.enable_wal()
    if created:
        return db  # the template is this version's schema
    with transaction.immediate(db.conn):  # one transaction for the whole schema: one sync, not one per table
        if db.execute("select count(*) from sqlite_master").fetchone()[0] == 0:
            for statement in schema.new_schema():  # an empty database: the schema in one pass, no introspection
                db.conn.execute(statement)
        else:
            migrations.migrate(db)
            summaries.refresh_pending(db)  # a batch cut short (killed, a full disk) left its committees' summaries to do
    return db
