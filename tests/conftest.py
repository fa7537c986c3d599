"""Shared fixtures: paths to the real documents and databases built from them.

Real documents live in ``../shared`` beside the checkout (CI has it there).
Tests that need them skip with a clear reason on a fresh clone without it;
tests on the generated samples in ``samples/`` always run.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli import app

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEEDS = SHARED / "seeds"
CORPUS = SHARED / "corpus"
SAMPLES = REPO / "samples" / "eastbrook"

needs_shared = pytest.mark.skipif(
    not (SEEDS.is_dir() and CORPUS.is_dir()),
    reason=f"real documents not found at {SHARED} (clone the project beside its shared/ folder to run these)",
)


def seed(number: str) -> Path:
    return next(SEEDS.glob(f"{number}_*.txt"))


def corpus(relative: str) -> Path:
    return CORPUS / relative


def derived_tables(conn: sqlite3.Connection) -> dict[str, str]:
    """Every table holding rows derived from one document -> the column naming that document.

    Read from the database's own schema, not from the loader's list, so a table the loader
    forgets to clear still shows up.
    """
    out = {}
    for (table,) in conn.execute("select name from sqlite_master where type = 'table' and name != 'documents' and name not like '%_fts%'"):
        columns = {r[1] for r in conn.execute(f"pragma table_info([{table}])")}
        for column in ("document_id", "evidence_document_id"):
            if column in columns:
                out[table] = column
    return out


def per_document_counts(conn: sqlite3.Connection) -> dict[str, dict[str, int]]:
    """document id -> {table: rows} over every table of :func:`derived_tables`."""
    counts: dict[str, dict[str, int]] = {}
    for table, column in derived_tables(conn).items():
        for doc_id, n in conn.execute(f"select [{column}], count(*) from [{table}] group by 1"):
            counts.setdefault(doc_id, {})[table] = n
    return counts


def row_counts(conn: sqlite3.Connection) -> dict[str, int]:
    """table -> rows, for every table but the full-text indexes' own."""
    tables = [r[0] for r in conn.execute("select name from sqlite_master where type = 'table' and name not like '%_fts%'")]
    return {t: conn.execute(f"select count(*) from [{t}]").fetchone()[0] for t in tables}


def run_cli(*args: str):
    result = CliRunner().invoke(app, list(args))
    return result


class DB:
    """A read-only view of a councilpack database for assertions."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.conn = sqlite3.connect(str(path))
        self.conn.row_factory = sqlite3.Row

    def rows(self, sql: str, params=()) -> list[dict]:
        return [dict(r) for r in self.conn.execute(sql, params)]

    def one(self, sql: str, params=()) -> dict:
        rows = self.rows(sql, params)
        assert len(rows) == 1, f"expected one row, got {len(rows)}: {rows[:3]}"
        return rows[0]

    def value(self, sql: str, params=()):
        return self.conn.execute(sql, params).fetchone()[0]


def build(tmp_path_factory, name: str, *paths: Path) -> DB:
    db_path = tmp_path_factory.mktemp(name) / "councilpack.db"
    result = run_cli("ingest", *map(str, paths), "--db", str(db_path), "--quiet")
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return DB(db_path)


@pytest.fixture(scope="session")
def seeds_db(tmp_path_factory) -> DB:
    if not SEEDS.is_dir():
        pytest.skip(f"seeds not found at {SEEDS}")
    return build(tmp_path_factory, "seeds", SEEDS)


@pytest.fixture(scope="session")
def corpus_db(tmp_path_factory) -> DB:
    if not CORPUS.is_dir():
        pytest.skip(f"corpus not found at {CORPUS}")
    return build(tmp_path_factory, "corpus", CORPUS)


@pytest.fixture(scope="session")
def samples_db(tmp_path_factory) -> DB:
    return build(tmp_path_factory, "samples", SAMPLES)
