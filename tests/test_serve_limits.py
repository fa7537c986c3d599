"""`councilpack serve` survives the SQL any visitor can send, and serves a database it cannot write.

The real ``councilpack serve`` in a subprocess, real HTTP, the server's own
memory read with psutil while each query runs. At 0a3dcfb one GET of
``select zeroblob(1000000000)`` killed the server, a query building a 1 GB
response took it past 2.8 GB, and a database in a read-only directory could
not be opened at all.
"""

from __future__ import annotations

import shutil
import subprocess
import threading
import time
from pathlib import Path

import psutil
import pytest

from tests.conftest import REPO, SAMPLES
from tests.processes import COUNCILPACK, HttpProcess

HOSTILE = [
    "select zeroblob(1000000000)",
    "select length(printf('%.*c', 1000000000, 'x'))",
    "select hex(randomblob(4000000)) from pages",
    "with recursive c(x) as (select 1 union all select x+1 from c limit 5000) select x, hex(randomblob(500000)) from c",
    "with recursive c(x) as (select 1 union all select x+1 from c limit 3000000) select length(group_concat(hex(randomblob(500)))) from c",
    "with recursive c(x) as (select 1 union all select x+1 from c) select count(*) from c",
]


@pytest.fixture(scope="module")
def database(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("served") / "councilpack.db"
    subprocess.run([str(COUNCILPACK), "ingest", str(SAMPLES), "--db", str(db), "--quiet"], check=True, cwd=REPO, capture_output=True)
    return db


class Serve(HttpProcess):
    def __init__(self, db: Path, log: Path) -> None:
        super().__init__(lambda port: [str(COUNCILPACK), "serve", "--db", str(db), "--port", str(port)], "/-/versions.json", log, REPO)


class PeakMemory:
    """The largest resident size a process reaches while the block runs."""

    def __init__(self, pid: int) -> None:
        self.process, self.peak, self._stop = psutil.Process(pid), 0, threading.Event()

    def _watch(self) -> None:
        while not self._stop.is_set():
            try:
                self.peak = max(self.peak, self.process.memory_info().rss)
            except psutil.Error:
                return
            time.sleep(0.02)

    def __enter__(self):
        self._thread = threading.Thread(target=self._watch, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()


@pytest.fixture(scope="module")
def server(database, tmp_path_factory):
    served = Serve(database, tmp_path_factory.mktemp("log") / "serve.log")
    yield served
    served.stop()


@pytest.mark.parametrize("sql", HOSTILE)
def test_a_hostile_query_fails_without_taking_the_server(server, sql):
    with PeakMemory(server.proc.pid) as memory:
        response = server.client.get("/councilpack.json", params={"sql": sql, "_size": "max"}, timeout=60)
    assert server.proc.poll() is None, "the server died"
    assert len(response.content) < 10 * 1024 * 1024, f"{len(response.content)} bytes answered"
    assert memory.peak < 1600 * 1024 * 1024, f"the server reached {memory.peak / 1e6:.0f} MB"
    after = server.client.get("/councilpack.json", params={"sql": "select count(*) as n from meetings"})
    assert after.status_code == 200 and after.json()["rows"] == [[3]]  # the samples' three meetings


def test_published_limits_are_set(server):
    settings = server.client.get("/-/settings.json").json()
    assert settings["sql_time_limit_ms"] == 5000 and settings["max_returned_rows"] == 1000
    limit = server.client.get("/councilpack.json", params={"sql": "select length(zeroblob(2000000))"}).json()
    assert limit["ok"] is False and "too big" in limit["error"]
    assert server.client.get("/councilpack.json", params={"sql": "select length(zeroblob(1000000))"}).json()["rows"] == [[1000000]]


def test_a_database_in_a_read_only_directory_is_served(database, tmp_path):
    source = tmp_path / "source"
    source.mkdir()
    shutil.copy(database, source / "councilpack.db")
    read_only = tmp_path / "read-only"
    read_only.mkdir()
    mounted = subprocess.run(["mount", "--bind", str(source), str(read_only)], capture_output=True)
    if mounted.returncode:
        pytest.skip(f"a read-only bind mount needs root: {mounted.stderr.decode().strip()}")
    try:
        subprocess.run(["mount", "-o", "remount,bind,ro", str(read_only)], check=True, capture_output=True)
        with pytest.raises(OSError):
            (read_only / "probe").write_text("x")
        served = Serve(read_only / "councilpack.db", tmp_path / "serve.log")
        try:
            meetings = served.client.get("/councilpack/meetings.json", params={"_shape": "array"})
            assert meetings.status_code == 200 and len(meetings.json()) == 3
            search = served.client.get("/councilpack.json", params={"sql": "select count(*) from agenda_items"})
            assert search.json()["rows"][0][0] > 10
        finally:
            served.stop()
    finally:
        subprocess.run(["umount", str(read_only)], capture_output=True)
