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

from tests.conftest import REPO, needs_shared
from tests.moderngov_server import ModernGovServer, Site
from tests.test_scrape import FAST, WINDOW, manchester_site

COUNCILPACK = REPO / ".venv" / "bin" / "councilpack"


@pytest.fixture
def small_disk(tmp_path):
    """``small_disk(size)``: a real tmpfs of ``size`` (``"2m"``) mounted for this test, its path."""
    mounted: list[Path] = []

    def mount(size: str) -> Path:
        point = tmp_path / f"disk-{size}"
        point.mkdir()
        done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(point)], capture_output=True, text=True)
        if done.returncode != 0:
            pytest.skip(f"cannot mount a tmpfs here (needs root): {done.stderr.strip()}")
        mounted.append(point)
        return point

    yield mount
    for point in mounted:
        subprocess.run(["umount", "--lazy", str(point)], check=False)  # lazy: a connection still open does not keep it mounted


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
    db = small_disk("2m") / "c.db"
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


@needs_shared
def test_a_scrape_onto_a_full_disk_says_so(tmp_path, small_disk):
    """The same through ``councilpack scrape`` (the database on the full disk, the archive elsewhere)."""
    disk = small_disk("700k")
    site = Site()
    with ModernGovServer(site) as server:
        site.resources.update(manchester_site(server.url).resources)
        result = subprocess.run(
            [str(COUNCILPACK), "scrape", "--site", server.url, "--committee", "144", "--council", "Manchester City Council",
             "--db", str(disk / "c.db"), "--data-dir", str(tmp_path / "data"), *WINDOW, *FAST],
            cwd=tmp_path, capture_output=True, text=True, timeout=600,
        )  # fmt: skip
    assert result.returncode == 2, result.stdout + result.stderr
    assert "database or disk is full" in result.stderr and "Traceback" not in result.stderr
    conn = sqlite3.connect(disk / "c.db")
    assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"
    conn.close()
