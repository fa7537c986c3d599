"""Parse-then-load: the same database whether parsing ran here, in worker processes or on Dask."""

from __future__ import annotations

import sqlite3

import pytest

from tests.conftest import SAMPLES, SEEDS, run_cli


def dump(path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


@pytest.fixture
def inputs():
    return [str(SAMPLES)] + ([str(SEEDS)] if SEEDS.is_dir() else [])


def test_jobs_and_dask_give_the_same_database(tmp_path, inputs, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")  # fixed load times, so databases can be compared byte for byte
    runs = {"serial": [], "jobs": ["--jobs", "2"], "dask": ["--cluster", "local"]}
    dumps = {}
    for name, extra in runs.items():
        db = tmp_path / f"{name}.db"
        result = run_cli("ingest", *inputs, "--db", str(db), "--quiet", *extra)
        assert result.exit_code == 0, result.output
        dumps[name] = dump(db)
    assert len(dumps["serial"]) > 500
    assert dumps["jobs"] == dumps["serial"]
    assert dumps["dask"] == dumps["serial"]
