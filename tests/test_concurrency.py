"""Concurrency: two `councilpack ingest` processes and readers on one database at the same time.

Two real ``councilpack ingest`` processes load different batches (A: the
Eastbrook samples, Kent and Tintern PDFs, a web-service response; B: the seeds,
Kingston, Merton and Kent reports, a ModernGov page, text minutes) into the
same new database, started together or staggered. Meanwhile a separate reader
process runs a loop of SELECTs (counts, joins, full-text searches) and a real
``datasette`` process serves the same file, polled over HTTP. Three runs.

Each must hold: no process fails and none reports "database is locked"; the
reader and Datasette never get an error; no row is lost — every document has
the per-table row counts it gets when its batch is loaded alone, the
per-document tables hold the sum of the two separate runs, and the shared
tables (meetings, people) equal those of the two batches loaded one after the
other.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import time
from pathlib import Path

import httpx
import pytest

from tests.conftest import CORPUS, REPO, SAMPLES, SEEDS, needs_shared, per_document_counts, row_counts
from tests.processes import COUNCILPACK, DATASETTE, PYTHON, HttpProcess

pytestmark = needs_shared


BATCH_A = [
    *sorted(SAMPLES.glob("*.pdf")),
    *sorted(SAMPLES.glob("*.html")),
    *(CORPUS / p for p in [
        "pdf/kent_corporate-parenting-panel_2024-10-29_minutes.pdf",
        "pdf/kent_corporate-parenting-panel_2024-12-10_minutes.pdf",
        "pdf/tintern-community-council_2019-02-25_agenda.pdf",
        "pdf/tintern-community-council_2019-02-25_minutes.pdf",
        "pdf/kent_county-council_2025-03-13_printed-minutes.pdf",
        "pdf/kent_cabinet_2025-01-30_printed-minutes.pdf",
        "xml/manchester_mgWebService_GetMeeting_4967_with_minutes.xml",
    ]),
]  # fmt: skip
BATCH_B = [
    *sorted(SEEDS.glob("*.txt")),
    *(CORPUS / p for p in [
        "pdf/kingston_north-kingston-nc_2026-01-15_report_zebra-crossing.pdf",
        "pdf/kingston_north-kingston-nc_2026-01-15_report_manorgate-petition.pdf",
        "pdf/merton_audit-committee_2009-10-22_agenda-pack.pdf",
        "pdf/kent_county-council_2025-03-13_agenda-frontsheet.pdf",
        "pdf/kent_county-council_2025-03-13_questions-and-answers.pdf",
        "pdf/kent_cabinet_2025-01-30_supplement_18-25-transfer-report.pdf",
        "html/kingston_north-kingston-nc_2026-01-15_ieListDocuments_agenda.html",
        "text/wye-valley-community-council_2024-10-28_minutes.txt",
    ]),
]  # fmt: skip

READER = r"""
import json, sqlite3, sys, time, os
db, stop, out = sys.argv[1:4]
queries = [
    "select count(*) from documents",
    "select count(*) from agenda_items a join meetings m on m.id = a.meeting_id",
    "select d.source, count(p.page) from documents d left join pages p on p.document_id = d.id group by d.id",
    "select rowid from agenda_items_fts where agenda_items_fts match 'report' limit 20",
    "select r.text from resolutions r join agenda_items a on a.id = r.agenda_item_id order by r.rowid desc limit 10",
    "select count(*) from people",
]
done, errors, empty = 0, [], 0
conn = sqlite3.connect(db, timeout=5)
while not os.path.exists(stop):
    for sql in queries:
        try:
            conn.execute(sql).fetchall()
            done += 1
        except sqlite3.OperationalError as exc:
            if "no such table" in str(exc):  # the schema is not there yet
                empty += 1
                time.sleep(0.01)
                continue
            errors.append(f"{sql}: {exc}")
json.dump({"queries": done, "errors": errors, "before_schema": empty}, open(out, "w"))
"""


def folder_of(tmp: Path, name: str, paths: list[Path]) -> Path:
    folder = tmp / name
    folder.mkdir()
    for path in paths:
        (folder / path.name).symlink_to(path)  # the shared documents are read-only: linked, never copied
    return folder


def env() -> dict:
    return {**os.environ, "PYTHONPATH": str(REPO)}


def run_ingest(db: Path, *folders: Path) -> None:
    result = subprocess.run([str(COUNCILPACK), "ingest", *map(str, folders), "--db", str(db), "--quiet"],
                            cwd=db.parent, env=env(), capture_output=True, text=True, timeout=600)  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr


def table_counts(db: Path) -> dict[str, int]:
    conn = sqlite3.connect(db)
    try:
        return row_counts(conn)
    finally:
        conn.close()


def shared_rows(db: Path) -> dict:
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    try:
        return {
            "meetings": [dict(r) for r in conn.execute("select * from meetings order by id")],
            "people": [r["id"] for r in conn.execute("select id from people order by id")],
        }
    finally:
        conn.close()


@pytest.fixture(scope="module")
def separate(tmp_path_factory):
    """Each batch alone, and both one after the other: what the concurrent runs must equal."""
    tmp = tmp_path_factory.mktemp("separate")
    a, b = folder_of(tmp, "a", BATCH_A), folder_of(tmp, "b", BATCH_B)
    for name, folders in {"a": [a], "b": [b], "ab": [a, b]}.items():
        run_ingest(tmp / f"{name}.db", *folders)
    return tmp


class Datasette(HttpProcess):
    """A real `datasette` process serving the database file while it is written."""

    def __init__(self, db: Path) -> None:
        self.path = f"/{db.stem}"
        super().__init__(lambda port: [str(DATASETTE), "serve", str(db), "--host", "127.0.0.1", "--port", str(port)],
                         f"{self.path}.json", db.parent / "datasette.log", db.parent, timeout=60)  # fmt: skip
        self.requests, self.errors = 0, []

    def poll(self) -> None:
        for path in ("/documents.json?_size=50", "/agenda_items.json?_size=20&_sort_desc=position",
                     ".json?sql=select+count(*)+as+n+from+resolutions+join+agenda_items+on+agenda_items.id+%3D+resolutions.agenda_item_id",
                     "/agenda_items.json?_search=report&_size=10"):  # fmt: skip
            try:
                response = self.client.get(self.path + path)
                self.requests += 1
                if response.status_code != 200 or "locked" in response.text:
                    self.errors.append(f"{path}: HTTP {response.status_code}: {response.text[:200]}")
            except httpx.HTTPError as exc:
                self.errors.append(f"{path}: {type(exc).__name__}: {exc}")


@pytest.mark.parametrize("stagger", [0.0, 0.7, 3.0], ids=["together", "0.7s-apart", "3s-apart"])
def test_two_ingests_a_reader_and_datasette_at_once(tmp_path, separate, stagger):
    a, b = folder_of(tmp_path, "a", BATCH_A), folder_of(tmp_path, "b", BATCH_B)
    db = tmp_path / "shared.db"
    stop, reader_out = tmp_path / "stop", tmp_path / "reader.json"
    reader = subprocess.Popen([str(PYTHON), "-c", READER, str(db), str(stop), str(reader_out)], cwd=tmp_path)
    writers = []
    for n, folder in enumerate((a, b)):
        if n:
            time.sleep(stagger)
        writers.append(subprocess.Popen([str(COUNCILPACK), "ingest", str(folder), "--db", str(db), "--quiet"],
                                        cwd=tmp_path, env=env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True))  # fmt: skip
    datasette = None
    try:
        deadline = time.monotonic() + 60
        while not (db.exists() and "documents" in table_counts(db)):
            assert time.monotonic() < deadline, "no schema after a minute"
            time.sleep(0.1)
        datasette = Datasette(db) if DATASETTE.exists() else None  # optional: the SELECT loop runs either way
        while any(w.poll() is None for w in writers):
            datasette.poll() if datasette else time.sleep(0.2)
        if datasette:
            datasette.poll()  # and once more on the finished database
        outputs = [w.communicate(timeout=600) for w in writers]
    finally:
        stop.touch()
        reader.wait(timeout=60)
        for w in writers:
            if w.poll() is None:
                w.kill()
        if datasette:
            datasette.stop()
    for w, (out, err) in zip(writers, outputs):
        assert w.returncode == 0, out + err
        assert "locked" not in (out + err).lower(), err
    seen = json.loads(reader_out.read_text())
    assert seen["errors"] == [] and seen["queries"] > 50, seen
    if datasette:
        assert datasette.errors == [] and datasette.requests >= 8, datasette.errors

    # no lost rows: every document as when its batch is loaded alone ...
    alone = {**per_document_counts(sqlite3.connect(separate / "a.db")), **per_document_counts(sqlite3.connect(separate / "b.db"))}
    assert per_document_counts(sqlite3.connect(db)) == alone
    # ... the per-document tables hold the sum of the separate runs ...
    counts, count_a, count_b = table_counts(db), table_counts(separate / "a.db"), table_counts(separate / "b.db")
    for table in ("documents", "pages", "agenda_items", "resolutions", "actions", "work_programme", "attendees", "declarations",
                  "mentions", "kpi_tables", "kpi_values", "facts", "case_studies", "glossary", "meeting_records", "meeting_documents"):  # fmt: skip
        assert counts[table] == count_a[table] + count_b[table], table
    # ... and the shared tables equal both batches loaded one after the other
    assert counts == table_counts(separate / "ab.db")
    assert shared_rows(db) == shared_rows(separate / "ab.db")
    conn = sqlite3.connect(db)
    assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"
    for table in ("agenda_items", "resolutions", "actions"):
        conn.execute(f"insert into {table}_fts({table}_fts) values('integrity-check')")
    print(f"\n{stagger}s apart: reader ran {seen['queries']} queries, datasette answered {datasette.requests if datasette else '-'} requests")
