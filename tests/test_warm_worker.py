"""`councilpack worker`: a warm process that runs one-off ingests for the user's own commands.

Real processes throughout: a worker started as the console script, clients run as
`councilpack ingest` with the caller's directory, terminal (pipes here) and exit status.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipeline import warm

REPO = Path(__file__).resolve().parent.parent
COUNCILPACK = str(Path(sys.executable).parent / "councilpack")
SAMPLE = REPO / "samples" / "eastbrook"

pytestmark = pytest.mark.skipif(not warm.available(), reason="the worker needs fork and Unix sockets with descriptor passing")


@pytest.fixture(scope="module")
def worker(tmp_path_factory):
    """A listening worker of this code, in a runtime directory of its own; its log; the environment to reach it."""
    home = tmp_path_factory.mktemp("worker")
    run = home / "run"
    run.mkdir(mode=0o700)
    env = {**os.environ, "XDG_RUNTIME_DIR": str(run)}
    env.pop(warm.ENV_DISABLE, None)
    log_path = home / "worker.log"
    log = open(log_path, "w")
    proc = subprocess.Popen([COUNCILPACK, "worker", "--idle", "300"], cwd=home, env=env, stdout=log, stderr=log)
    where = subprocess.run([COUNCILPACK, "worker", "--where"], env=env, capture_output=True, text=True, check=True).stdout.strip()
    deadline = time.monotonic() + 180
    while not os.path.exists(where):
        assert proc.poll() is None, log_path.read_text()
        assert time.monotonic() < deadline, "the worker did not listen within 180 s"
        time.sleep(0.2)
    yield env, log_path, where
    proc.terminate()
    assert proc.wait(timeout=30) == 0
    assert not os.path.exists(where), "a worker that leaves removes its socket"


def _served(log_path: Path) -> int:
    return log_path.read_text().count(": councilpack ingest")


def _counts(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as conn:
        names = [r[0] for r in conn.execute("select name from sqlite_master where type='table' and name in "
                                            "('documents','meetings','agenda_items','resolutions','attendees','votes')")]  # fmt: skip
        return {n: conn.execute(f"select count(*) from {n}").fetchone()[0] for n in names}


def test_the_worker_runs_an_ingest_as_the_process_would(worker, tmp_path):
    env, log_path, _ = worker
    before = _served(log_path)
    warm_run = subprocess.run([COUNCILPACK, "ingest", str(SAMPLE), "--db", "warm.db"], cwd=tmp_path, env=env, capture_output=True, text=True)
    cold_run = subprocess.run([COUNCILPACK, "ingest", str(SAMPLE), "--db", "cold.db"], cwd=tmp_path,
                              env={**env, warm.ENV_DISABLE: "0"}, capture_output=True, text=True)  # fmt: skip
    assert warm_run.returncode == cold_run.returncode == 0, warm_run.stderr + cold_run.stderr
    assert _served(log_path) == before + 1, "one command handed over, the COUNCILPACK_WORKER=0 one run in its own process"
    # the relative --db is the client's directory, and the output reached the client's stdout
    assert (tmp_path / "warm.db").exists() and (tmp_path / "metadata.json").exists()
    assert warm_run.stdout.splitlines()[0] == cold_run.stdout.splitlines()[0] == (
        "documents: 6 loaded, 0 unchanged, 0 failed, 0 with extraction errors, 0 with no meeting recognised")
    assert _counts(tmp_path / "warm.db") == _counts(tmp_path / "cold.db") == {
        "documents": 6, "meetings": 3, "agenda_items": 38, "resolutions": 27, "attendees": 23, "votes": 6}


def test_a_failing_command_gives_the_client_its_status_and_its_error(worker, tmp_path):
    env, log_path, _ = worker
    (tmp_path / "empty").mkdir()
    before = _served(log_path)
    done = subprocess.run([COUNCILPACK, "ingest", "empty", "--db", "x.db"], cwd=tmp_path, env=env, capture_output=True, text=True)
    assert done.returncode == 1
    assert "error: no documents found in empty" in done.stderr
    assert _served(log_path) == before + 1


def test_a_second_worker_for_the_same_code_is_refused(worker, tmp_path):
    env, _, where = worker
    done = subprocess.run([COUNCILPACK, "worker", "--idle", "5"], env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 1
    assert f"a worker for this code is already listening on {where}" in done.stderr


def test_a_socket_directory_others_can_enter_is_never_used(tmp_path, monkeypatch):
    shared = tmp_path / f"councilpack-{os.getuid()}"
    shared.mkdir(mode=0o755)
    shared.chmod(0o755)
    (shared / warm.socket_path().name).touch()  # whatever is there, it is not trusted
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    monkeypatch.delenv(warm.ENV_DISABLE, raising=False)
    assert warm.socket_dir() == shared
    assert warm.forward(["ingest", "nothing"]) is None


@pytest.mark.parametrize("value, disabled", [("0", True), ("off", True), ("no", True), ("1", False), ("", False)])
def test_the_environment_can_turn_the_worker_off(monkeypatch, value, disabled):
    monkeypatch.setenv(warm.ENV_DISABLE, value)
    assert warm.disabled_by_environment() is disabled


def test_the_stamp_names_this_code_and_this_python():
    stamp = warm.code_stamp()
    assert len(stamp) == 16 and stamp == warm.code_stamp()
    assert warm.socket_path().name == f"worker-{stamp}.sock"


def test_any_edit_to_the_code_makes_a_new_stamp(tmp_path):
    """A worker started before an edit or an upgrade is never found by a client of the new code."""
    for name in ("pipeline", "extractors/vocab", "schemas"):
        (tmp_path / name).mkdir(parents=True)
    source = tmp_path / "pipeline" / "parse.py"
    source.write_text("A = 1\n")
    vocab = tmp_path / "extractors" / "vocab" / "votes.toml"
    vocab.write_text("x = 1\n")
    (tmp_path / "cli.py").write_text("")
    first = warm.code_stamp(tmp_path)
    assert warm.code_stamp(tmp_path) == first
    (tmp_path / "pipeline" / "notes.txt").write_text("not code")  # neither Python, TOML nor JSON
    assert warm.code_stamp(tmp_path) == first
    source.write_text("A = 2\n")  # the same size, a new mtime or content
    os.utime(source, ns=(1, 1))
    edited = warm.code_stamp(tmp_path)
    assert edited != first
    vocab.write_text("x = 22\n")
    assert warm.code_stamp(tmp_path) != edited
