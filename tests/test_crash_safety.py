"""Crash safety: `councilpack ingest` killed with SIGKILL at any moment leaves a consistent database.

A batch of 25 real documents (the Eastbrook samples, corpus PDFs, HTML, XML,
text and the seeds, linked into a temporary folder) is first ingested without
interruption: the *reference*. Then ``councilpack ingest`` runs as a real
subprocess and is killed with SIGKILL after a seeded random delay, 15 times
(3 rounds of 5 kills on one database each, so that later kills land in runs
that resume an interrupted batch; every third run parses with ``--jobs 2``).
After every kill:

- ``pragma integrity_check`` is ``ok`` and ``pragma foreign_key_check`` empty;
- every FTS index passes FTS5's own ``integrity-check`` and indexes exactly
  the rows of its table;
- every document is either fully in or not in: a ``documents`` row with status
  ok has its ``page_count`` pages and, in every table derived from documents,
  exactly the rows the reference has for it; no derived row belongs to a
  document that is not there.

After each round an uninterrupted run completes the batch and gives the
reference's per-document counts, meetings and people. Two kills at chosen
points (inside a document's transaction, and while a new database's schema
is being created) make the worst moments certain rather than likely.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

import psutil
import pytest

from tests.conftest import CORPUS, REPO, SAMPLES, SEEDS, needs_shared, per_document_counts, row_counts
from pipeline.store import open_database
from tests.processes import COUNCILPACK, PYTHON

pytestmark = needs_shared

SEED = 20260418
ROUNDS, KILLS_PER_ROUND = 3, 5

BATCH = [
    *sorted(SAMPLES.glob("*.pdf")),
    *sorted(SAMPLES.glob("*.html")),
    *sorted(SEEDS.glob("*.txt")),
    *(CORPUS / p for p in [
        "pdf/kent_corporate-parenting-panel_2024-10-29_minutes.pdf",
        "pdf/kent_corporate-parenting-panel_2024-12-10_minutes.pdf",
        "pdf/tintern-community-council_2019-02-25_agenda.pdf",
        "pdf/tintern-community-council_2019-02-25_minutes.pdf",
        "pdf/kingston_north-kingston-nc_2026-01-15_report_zebra-crossing.pdf",
        "pdf/kingston_north-kingston-nc_2026-01-15_report_manorgate-petition.pdf",
        "pdf/merton_audit-committee_2009-10-22_agenda-pack.pdf",
        "pdf/kent_county-council_2025-03-13_agenda-frontsheet.pdf",
        "pdf/kent_county-council_2025-03-13_printed-minutes.pdf",
        "pdf/kent_county-council_2025-03-13_questions-and-answers.pdf",
        "pdf/kent_county-council_2025-03-13_report_family-hubs-call-in.pdf",
        "pdf/kent_cabinet_2025-01-30_printed-minutes.pdf",
        "pdf/kent_cabinet_2025-01-30_supplement_18-25-transfer-report.pdf",
        "html/kingston_north-kingston-nc_2026-01-15_ieListDocuments_agenda.html",
        "xml/manchester_mgWebService_GetMeeting_4967_with_minutes.xml",
        "text/wye-valley-community-council_2024-10-28_minutes.txt",
        "text/limerick_full-council_2025-03-31_minutes_extracted.md",
    ]),
]  # fmt: skip


def batch_folder(tmp: Path) -> Path:
    """The batch as symbolic links (the shared documents are read-only and are never copied)."""
    folder = tmp / "batch"
    folder.mkdir()
    for path in BATCH:
        (folder / path.name).symlink_to(path)
    return folder


def env() -> dict:
    return {**os.environ, "SOURCE_DATE_EPOCH": "1767225600", "PYTHONPATH": str(REPO)}


def ingest(folder: Path, db: Path, *extra: str, timeout: float = 600) -> subprocess.CompletedProcess:
    return subprocess.run([str(COUNCILPACK), "ingest", str(folder), "--db", str(db), "--quiet", *extra],
                          cwd=db.parent, env=env(), capture_output=True, text=True, timeout=timeout)  # fmt: skip


def ingest_and_kill(folder: Path, db: Path, delay: float, *extra: str) -> bool:
    """Start an ingest, SIGKILL it after ``delay`` seconds; True if it was still running (killed)."""
    proc = subprocess.Popen([str(COUNCILPACK), "ingest", str(folder), "--db", str(db), "--quiet", *extra],
                            cwd=db.parent, env=env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)  # fmt: skip
    try:
        proc.wait(timeout=delay)
        return False  # finished before the kill
    except subprocess.TimeoutExpired:
        pass
    try:
        children = psutil.Process(proc.pid).children(recursive=True)  # sandbox children and --jobs workers
    except psutil.NoSuchProcess:
        children = []
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    proc.stderr.close()
    for child in children:  # a crash of the parent only orphans them; end them so nothing outlives the test
        try:
            child.kill()
        except psutil.NoSuchProcess:
            pass
    psutil.wait_procs(children, timeout=10)
    return True


# --- what a consistent database is -------------------------------------------------------------


def fts_tables(conn: sqlite3.Connection) -> list[str]:
    return [r[0] for r in conn.execute("select name from sqlite_master where type = 'table' and sql like 'CREATE VIRTUAL TABLE%USING FTS5%'")]


def assert_consistent(db: Path, reference: dict[str, dict[str, int]], context: str) -> int:
    """Check the database after a crash, as the next command opens it; return how many documents it holds.

    A batch defers its committees' summaries to its end (recomputing them per document cost the whole committee's
    history each time): a batch killed before its end leaves them marked in ``summary_pending``, and the next
    :func:`open_database` recomputes them. Everything else is checked as the kill left it, before that open."""
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("pragma integrity_check").fetchall() == [("ok",)], context
        assert conn.execute("pragma foreign_key_check").fetchall() == [], context
        if "documents" not in {r[0] for r in conn.execute("select name from sqlite_master")}:
            return 0  # killed before the schema was committed: an empty database
        for fts in fts_tables(conn):
            table = fts[: -len("_fts")]
            conn.execute(f"insert into [{fts}]([{fts}]) values('integrity-check')")  # raises if the index is out of sync
            indexed = conn.execute(f"select count(*) from [{fts}_docsize]").fetchone()[0]
            rows = conn.execute(f"select count(*) from [{table}]").fetchone()[0]
            assert indexed == rows, f"{context}: {fts} indexes {indexed} rows, {table} has {rows}"
        conn.rollback()
        if conn.execute("select count(*) from sqlite_master where name = 'summary_pending'").fetchone()[0]:
            conn.close()
            open_database(db).close()  # what the next ingest, serve or stats does first
            conn = sqlite3.connect(db)
            assert conn.execute("select count(*) from summary_pending").fetchone()[0] == 0, context
        documents = {r[0]: r for r in conn.execute("select id, status, page_count, source from documents")}
        counts = per_document_counts(conn)
        assert set(counts) <= set(documents), f"{context}: rows derived from documents that are not there: {set(counts) - set(documents)}"
        for doc_id, (_, status, page_count, source) in documents.items():
            assert status == "ok", f"{context}: {source}: {status}"
            mine = counts.get(doc_id, {})
            assert mine.get("pages", 0) == page_count, f"{context}: {source} has {mine.get('pages', 0)} of its {page_count} pages"
            assert mine == reference[doc_id], f"{context}: {Path(source).name}: {mine} != reference {reference[doc_id]}"
        return len(documents)
    finally:
        conn.close()


def snapshot(db: Path) -> dict:
    """What a completed batch must equal: documents, per-document counts, meetings, people, every table's row count."""
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    try:
        return {
            "documents": sorted((r["id"], r["status"], r["kind"], r["page_count"]) for r in conn.execute("select * from documents")),
            "counts": per_document_counts(conn),
            "meetings": [dict(r) for r in conn.execute("select * from meetings order by id")],
            "people": [dict(r) for r in conn.execute("select * from people order by id")],
            "tables": row_counts(conn),  # every table, the summaries the loader keeps per committee included
        }
    finally:
        conn.close()


@pytest.fixture(scope="module")
def reference(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("crash-reference")
    folder = batch_folder(tmp)
    started = time.monotonic()
    result = ingest(folder, tmp / "reference.db")
    elapsed = time.monotonic() - started
    assert result.returncode == 0, result.stdout + result.stderr
    ref = snapshot(tmp / "reference.db")
    assert len(ref["documents"]) == len(BATCH) and all(d[1] == "ok" for d in ref["documents"])
    return ref, elapsed


def test_killing_ingest_at_random_moments_leaves_a_consistent_database(tmp_path, reference):
    ref, duration = reference
    folder = batch_folder(tmp_path)
    rng = random.Random(SEED)
    log = []
    for round_number in range(ROUNDS):
        db = tmp_path / f"round{round_number}.db"
        for kill in range(KILLS_PER_ROUND):
            n = round_number * KILLS_PER_ROUND + kill
            extra = ("--jobs", "2") if n % 3 == 2 else ()
            delay = rng.uniform(0.1, 0.6) * duration  # runs that resume have less to do: kill early enough to interrupt them
            killed = ingest_and_kill(folder, db, delay, *extra)
            loaded = assert_consistent(db, ref["counts"], f"kill {n + 1} after {delay:.2f} s{' (--jobs 2)' if extra else ''}")
            log.append((n + 1, round(delay, 2), killed, loaded))
        completed = ingest(folder, db)
        assert completed.returncode == 0, completed.stdout + completed.stderr
        assert "database is locked" not in completed.stderr
        assert_consistent(db, ref["counts"], f"round {round_number + 1} completed")
        assert snapshot(db) == ref, f"round {round_number + 1}: the completed batch differs from the reference"
    print("\n(kill, delay s, killed while running, documents in the database):", log)
    mid_batch = [entry for entry in log if entry[2] and 0 < entry[3] < len(BATCH)]
    assert len(mid_batch) >= 5, f"too few kills landed in the middle of a batch to mean anything: {log}"


# --- kills at chosen moments -----------------------------------------------------------------

KILL_INSIDE_TRANSACTION = """
import os, signal, sys
import pipeline.store.load as loader
original, seen = loader._insert_records, []
def insert_then_die(db, result):
    touched = original(db, result)
    seen.append(result.document.id)
    if len(seen) == int(os.environ["KILL_AT_DOCUMENT"]):
        os.kill(os.getpid(), signal.SIGKILL)  # every row of this document written, not committed
    return touched
loader._insert_records = insert_then_die
from cli import app
app(sys.argv[1:], prog_name="councilpack")
"""

KILL_BEFORE_LINK = """
import os, signal, sys
def link_then_die(src, dst, *args, **kwargs):
    os.kill(os.getpid(), signal.SIGKILL)  # the new database's image written and synced, not yet in place
os.link = link_then_die
from cli import app
app(sys.argv[1:], prog_name="councilpack")
"""

KILL_DURING_SCHEMA = """
import os, signal, sys
import pipeline.store.schema as schema
statements = schema.new_schema()
def half_then_die():
    for n, statement in enumerate(statements):
        if n == len(statements) // 2:
            os.kill(os.getpid(), signal.SIGKILL)  # half the schema executed in its transaction
        yield statement
schema.new_schema = half_then_die
from cli import app
app(sys.argv[1:], prog_name="councilpack")
"""


def run_script(tmp: Path, script: str, args: list[str], **variables: str) -> subprocess.CompletedProcess:
    path = tmp / "launcher.py"
    path.write_text(script, encoding="utf-8")
    return subprocess.run([str(PYTHON), str(path), *args], cwd=REPO, env={**env(), **variables}, capture_output=True, text=True, timeout=600)


@pytest.mark.parametrize("document", [1, 13])
def test_a_kill_inside_a_documents_transaction_loses_only_that_document(tmp_path, reference, document):
    ref, _ = reference
    folder = batch_folder(tmp_path)
    db = tmp_path / "c.db"
    killed = run_script(tmp_path, KILL_INSIDE_TRANSACTION, ["ingest", str(folder), "--db", str(db), "--quiet"], KILL_AT_DOCUMENT=str(document))
    assert killed.returncode == -signal.SIGKILL, killed.stdout + killed.stderr
    assert assert_consistent(db, ref["counts"], f"killed inside document {document}'s transaction") == document - 1
    assert ingest(folder, db).returncode == 0
    assert snapshot(db) == ref


@pytest.mark.parametrize("moment", ["before the new file is linked into place", "halfway through the schema of an empty file"])
def test_a_kill_while_a_database_is_created_leaves_one_the_next_run_completes(tmp_path, reference, moment):
    """A new database appears whole (its image is written beside it, then linked); an existing empty
    file (made by someone else) gets its schema in one transaction. A kill at either moment loses nothing."""
    ref, _ = reference
    folder = batch_folder(tmp_path)
    db = tmp_path / "c.db"
    if moment.startswith("before"):
        script = KILL_BEFORE_LINK
    else:
        script = KILL_DURING_SCHEMA
        db.touch()
    killed = run_script(tmp_path, script, ["ingest", str(folder), "--db", str(db), "--quiet"])
    assert killed.returncode == -signal.SIGKILL, killed.stdout + killed.stderr
    if moment.startswith("before"):
        assert not db.exists() and list(tmp_path.glob(".c.db.*.new")), "the image is left beside the database, not in its place"
    else:
        assert sqlite3.connect(db).execute("select count(*) from sqlite_master").fetchone()[0] == 0, "half a schema was committed"
    completed = ingest(folder, db)
    assert completed.returncode == 0, completed.stdout + completed.stderr
    assert snapshot(db) == ref
    assert not list(tmp_path.glob(".c.db.*.new"))


def test_a_new_database_cleans_up_staging_files_of_killed_processes(tmp_path):
    """A process killed between writing a new database's staging file and linking it leaves the file behind."""
    from pipeline.store import open_database

    dead = subprocess.Popen(["true"])
    dead.wait()  # a pid that no longer runs
    leftover = tmp_path / f".new.db.{dead.pid}.new"
    leftover.write_bytes(b"half a database")
    running = tmp_path / f".new.db.{os.getppid()}.new"
    running.write_bytes(b"being written")  # a running process's file is left alone
    db = open_database(tmp_path / "new.db")
    assert not leftover.exists()
    assert "documents" in db.table_names()
    assert running.exists()
