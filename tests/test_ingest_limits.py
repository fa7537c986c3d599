"""What ingest reads, where it parses and what it counts: nothing lost, nothing blocks, the same result everywhere.

Each case failed at 0a3dcfb:

- a named pipe given to ``ingest`` blocked it forever;
- a 1.2 GB file was read whole in the parent before the size check (2.6 GB peak);
- a failed file ingested again was counted both unchanged and failed;
- ``--council`` / ``--committee`` replaced the council and committee a document names;
- ``--cluster`` parsed without the sandbox: a crashing document killed the Dask
  workers and the batch (``KilledWorker``), and a document over the time budget
  loaded as ``ok``, so the database depended on where parsing ran.

The real ``councilpack ingest`` in a subprocess, a real FIFO, a real sparse
file, a real Dask ``LocalCluster``; the crash and the hang come from a real
extractor plugin (``tests/crashing_extractor.py``) that kills or stalls the
process parsing a document that asks it to.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import REPO, SAMPLES
from tests.processes import COUNCILPACK

MINUTES_PAGE = SAMPLES / "2025-06-16_corporate-parenting-panel_minutes.html"
GOOD = "Minutes of the Panel\n\nPresent: Councillor A Smith\n\n1. Minutes\n\nRESOLVED: That the minutes be agreed.\n"


def councilpack(*args: str, env: dict | None = None, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run([str(COUNCILPACK), *args], cwd=REPO, capture_output=True, text=True, timeout=timeout, env={**os.environ, **(env or {})})


def rows(db: Path, sql: str, params=()) -> list[tuple]:
    conn = sqlite3.connect(str(db))
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def test_a_named_pipe_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "pipe.pdf"
    os.mkfifo(fifo)
    good = tmp_path / "good.txt"
    good.write_text(GOOD)
    started = time.monotonic()
    done = councilpack("ingest", str(fifo), str(good), "--db", str(tmp_path / "x.db"), timeout=60)
    assert time.monotonic() - started < 60
    assert done.returncode == 1
    assert "documents: 1 loaded, 0 unchanged, 1 failed" in done.stdout
    assert "not a regular file (a named pipe): not read" in done.stderr


def test_a_file_over_the_size_limit_is_recorded_without_being_read_whole(tmp_path):
    huge = tmp_path / "huge.pdf"
    with huge.open("wb") as f:  # 1.2 GB, sparse: costs no disk
        f.write(b"%PDF-1.7\n")
        f.truncate(1200 * 1024 * 1024)
    db = tmp_path / "x.db"
    measure = (
        "import resource, subprocess, sys; "
        "done = subprocess.run(sys.argv[1:], capture_output=True, text=True); "
        "print(done.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss); print(done.stdout)"
    )
    out = subprocess.run([sys.executable, "-c", measure, str(COUNCILPACK), "ingest", str(huge), "--db", str(db)], cwd=REPO, capture_output=True, text=True, timeout=300)
    code, peak_kb = map(int, out.stdout.split("\n")[0].split())
    assert code == 1 and "1 failed" in out.stdout
    assert peak_kb < 400 * 1024, f"ingest peaked at {peak_kb // 1024} MB for a file it refuses"
    [(status, error, size)] = rows(db, "select status, error, size_bytes from documents")
    assert status == "error" and error.startswith("too large: 1258291200 bytes") and size == 1258291200


def test_a_failed_file_ingested_again_counts_once_as_failed(tmp_path):
    bad = tmp_path / "scan.pdf"
    bad.write_bytes(b"%PDF-1.4\n%broken beyond repair\n%%EOF\n")
    db = tmp_path / "x.db"
    first = councilpack("ingest", str(bad), "--db", str(db))
    again = councilpack("ingest", str(bad), "--db", str(db))
    assert "documents: 0 loaded, 0 unchanged, 1 failed" in first.stdout
    assert "documents: 0 loaded, 0 unchanged, 1 failed" in again.stdout, again.stdout
    assert "(unchanged since it failed)" in again.stderr
    assert rows(db, "select count(*) from documents") == [(1,)]


def test_council_and_committee_options_never_replace_what_a_document_says(tmp_path):
    unnamed = tmp_path / "minutes.txt"
    unnamed.write_text("Agenda and minutes\n\nFostering Panel - Monday 1 June 2020 6.00 pm\n\nNo. Item\n\n1.\n\nMinutes\n\nMinutes:\n\nRESOLVED: That the minutes be agreed.\n")
    db = tmp_path / "x.db"
    done = councilpack("ingest", str(MINUTES_PAGE), str(unnamed), "--db", str(db), "--council", "Harrow Council", "--committee", "Cabinet")
    assert done.returncode == 0, done.stderr
    meetings = rows(db, "select council, committee, date from meetings order by date")
    assert meetings == [("Harrow Council", "Fostering Panel", "2020-06-01"), ("Eastbrook Borough Council", "Corporate Parenting Panel", "2025-06-16")]


@pytest.fixture
def batch(tmp_path) -> list[Path]:
    crash = tmp_path / "1-crash.txt"
    crash.write_text("Minutes of the Panel\n\nCRASH-THE-PARSER\n")
    hang = tmp_path / "2-hang.txt"
    hang.write_text("Minutes of the Panel\n\nHANG-THE-PARSER\n")
    return [crash, hang, MINUTES_PAGE]


PLUGIN = {"PYTHONPATH": str(REPO / "tests"), "COUNCILPACK_EXTRACTORS": "crashing_extractor", "SOURCE_DATE_EPOCH": "1767225600", "COUNCILPACK_DASK_WORKERS": "2"}


def outcome(db: Path) -> list[tuple]:
    return rows(db, "select source, status, error from documents order by source")


@pytest.mark.parametrize("where", [[], ["--jobs", "2"], ["--cluster", "local"]], ids=["here", "jobs", "dask"])
def test_a_crashing_or_hanging_document_is_refused_wherever_it_is_parsed(tmp_path, batch, where):
    db = tmp_path / "x.db"
    done = councilpack("ingest", *map(str, batch), "--db", str(db), "--time-budget", "5", *where, env=PLUGIN, timeout=400)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "documents: 1 loaded, 0 unchanged, 2 failed" in done.stdout, done.stdout + done.stderr
    by_name = {Path(source).name: (status, error) for source, status, error in outcome(db)}
    status, error = by_name["1-crash.txt"]
    assert status == "error" and error.startswith("refused: the parser ") and "crashed (signal SIGSEGV" in error, error
    assert by_name["2-hang.txt"] == ("error", "refused: took longer than the 5 s time budget")
    assert by_name[MINUTES_PAGE.name] == ("ok", None)
    assert rows(db, "select count(*) from agenda_items")[0][0] > 5
