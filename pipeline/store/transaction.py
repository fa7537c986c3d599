"""One transaction, committed whole or rolled back, and never hiding why it failed.

SQLite rolls a transaction back by itself on some errors, "database or disk
is full" (``SQLITE_FULL``) among them. A ``rollback`` after that fails with
"cannot rollback - no transaction is active", and raised from an ``except``
block that second error is the one the user sees. So a rollback here is
issued only while a transaction is still open, and an error of the rollback
itself never replaces the error that caused it.
"""

from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from typing import Iterator


@contextmanager
def immediate(conn: sqlite3.Connection) -> Iterator[None]:
    """``begin immediate`` ... ``commit``; on any error roll back what is left and re-raise the original."""
    conn.execute("begin immediate")
    try:
        yield
        conn.execute("commit")
    except BaseException:
        rollback(conn)
        raise


def rollback(conn: sqlite3.Connection) -> None:
    """Roll back the open transaction, if SQLite has not already; never raise over the caller's error."""
    if not conn.in_transaction:
        return  # SQLite rolled it back itself (a full disk, an I/O error)
    try:
        conn.execute("rollback")
    except sqlite3.Error:
        pass  # the error being handled says what went wrong; this one would only hide it
