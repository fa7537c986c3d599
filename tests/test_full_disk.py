"""A full disk (issue 17): the user is told "database or disk is full", and nothing is half-written.

SQLite rolls the transaction back itself on ``SQLITE_FULL``; a second
``rollback`` then failed with "cannot rollback - no transaction is active",
and that was the message the user saw. Tried on a real tmpfs of 2 MB that the
real ``councilpack ingest`` fills (the test needs root to mount one, and
skips with the reason otherwise).
"""

from __future__ import annotations

import random
import sqlite3
import subprocess
from pathlib import Path

import pytest

from tests.conftest import REPO

COUNCILPACK = REPO / ".venv" / "bin" / "councilpack"


@pytest.fixture
def small_disk(tmp_path):
    """A real 2 MB tmpfs mounted for this test."""
    mount_point = tmp_path / "disk"
    mount_point.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount_point)], capture_output=True, text=True)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here (needs root): {mounted.stderr.strip()}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "--lazy", str(mount_point)], check=False)  # lazy: a connection still open does not keep it mounted


def minutes_documents(folder: Path, count: int = 12) -> Path:
    """``count`` Markdown minutes of ~190 KB of distinct words each (so the full-text index grows too)."""
    rng = random.Random(7)
    words = ["".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(4, 10))) for _ in range(20000)]
    folder.mkdir()
    for n in range(count):
        paragraphs = [" ".join(rng.choice(words) for _ in range(60)) + "." for _ in range(400)]
        text = f"# Finance Committee minutes {n}\n\nMeeting of the Finance Committee, {n + 10} March 2025.\n\n" + "\n\n".join(paragraphs)
        (folder / f"minutes-{n:02d}.md").write_text(text, encoding="utf-8")
    return folder


def test_a_full_disk_says_so_and_keeps_whole_documents(tmp_path, small_disk):
    folder = minutes_documents(tmp_path / "docs")
    db = small_disk / "c.db"
    result = subprocess.run([str(COUNCILPACK), "ingest", str(folder), "--db", str(db), "--quiet"], cwd=tmp_path, capture_output=True, text=True, timeout=600)
    assert result.returncode == 2, result.stdout + result.stderr
    assert "database or disk is full" in result.stderr
    assert "cannot rollback" not in result.stderr and "Traceback" not in result.stderr
    conn = sqlite3.connect(db)
    assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"
    loaded = conn.execute("select count(*) from documents").fetchone()[0]
    assert 0 < loaded < 12  # the disk filled in the middle of the batch
    # every document kept is whole: all its pages; the full-text indexes in step
    for doc_id, page_count in conn.execute("select id, page_count from documents"):
        assert conn.execute("select count(*) from pages where document_id = ?", [doc_id]).fetchone()[0] == page_count
    for (fts,) in conn.execute("select name from sqlite_master where type = 'table' and sql like '%using fts5%'").fetchall():
        conn.execute(f"insert into [{fts}]([{fts}]) values ('integrity-check')")  # raises if an index is out of step
    conn.close()
