"""Versions the scraper and ingest keep (issue 17): nothing lost, the right version current.

Against the real parts: the real local ModernGov server (:mod:`tests.moderngov_server`),
``councilpack scrape`` killed with a real SIGKILL, real files ingested.

- a 304 (or a body the archive already has) is "unchanged" only when the
  database holds that document as the current version; otherwise the
  archived body is loaded;
- a source that changes X -> Y -> X ends at X, for files and for URLs;
- a page whose bytes change on every fetch but whose extracted rows do not
  keeps its current version, and the run says it churned.
"""

from __future__ import annotations

import itertools
import json
import os
import shutil
import signal
import subprocess
import time

from tests.conftest import DB, REPO, SAMPLES, run_cli
from tests.test_scrape import FAST, PDF_B, WINDOW, manchester_site, scrape, server  # noqa: F401  (the fixture)

PYTHON = REPO / ".venv" / "bin" / "python"

# Kills `councilpack scrape` with SIGKILL right after the archive has written the Nth body:
# the response is on disk (and in raw/index.db), the document is not yet in the database.
KILL_AFTER_ARCHIVING = """
import os, signal, sys
from pipeline.scrape.fetch import Fetcher
original, bodies = Fetcher._archive, []
def archive_then_die(self, url, response, body, error):
    sha = original(self, url, response, body, error)
    if body is not None:
        bodies.append(url)
        if len(bodies) == int(os.environ["KILL_AFTER_BODY"]):
            os.kill(os.getpid(), signal.SIGKILL)
    return sha
Fetcher._archive = archive_then_die
from cli import app
app(sys.argv[1:], prog_name="councilpack")
"""


def scrape_args(server, tmp_path, db_name: str = "c.db") -> list[str]:
    return ["scrape", "--site", server.url, "--committee", "144", "--council", "Manchester City Council",
            "--db", str(tmp_path / db_name), "--data-dir", str(tmp_path / "data"), *WINDOW, *FAST]  # fmt: skip


def test_a_scrape_killed_between_archiving_and_loading_is_completed_by_the_next_run(server, tmp_path):
    launcher = tmp_path / "launcher.py"
    launcher.write_text(KILL_AFTER_ARCHIVING, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(REPO), "KILL_AFTER_BODY": "3"}
    killed = subprocess.run([str(PYTHON), str(launcher), *scrape_args(server, tmp_path)], cwd=REPO, env=env, capture_output=True, text=True, timeout=300)
    assert killed.returncode == -signal.SIGKILL, killed.stdout + killed.stderr
    db_path = tmp_path / "c.db"
    loaded_before = DB(db_path).value("select count(*) from documents") if db_path.exists() else 0
    assert loaded_before == 2  # the listing and one meeting loaded; the third body archived, never loaded

    second = scrape(server, tmp_path)
    assert second.exit_code == 0, second.output
    assert "0 failed" in second.output
    db = DB(db_path)
    assert db.value("select count(*) from documents where status = 'ok' and superseded_by is null") == 5
    # the body the kill left in the archive only was answered 304, and loaded from the archive
    assert db.value("select not_modified from scrape_runs order by id desc limit 1") >= 1


def test_a_new_database_beside_an_existing_archive_gets_every_document(server, tmp_path):
    assert scrape(server, tmp_path).exit_code == 0
    result = run_cli(*scrape_args(server, tmp_path, "new.db"))
    assert result.exit_code == 0, result.output
    assert "documents 5 new" in result.output, result.output
    assert DB(tmp_path / "new.db").value("select count(*) from documents where status = 'ok'") == 5


def test_a_url_that_changes_back_ends_at_the_first_version(server, tmp_path):
    x = server.site.resources[next(k for k in server.site.resources if "60909" in k)].body
    y = (SAMPLES / "2025-06-16_corporate-parenting-panel_agenda-pack.pdf").read_bytes()
    assert scrape(server, tmp_path).exit_code == 0
    server.site.replace(PDF_B, y)
    assert scrape(server, tmp_path).exit_code == 0
    server.site.replace(PDF_B, x)
    third = scrape(server, tmp_path)
    assert third.exit_code == 0, third.output
    assert "1 changed" in third.output, third.output
    db = DB(tmp_path / "c.db")
    current = db.one("select id, kind from documents where source like ? and superseded_by is null", [f"%{PDF_B}"])
    assert current["id"] == __import__("hashlib").sha256(x).hexdigest()
    assert db.value("select count(*) from pages where document_id = ?", [current["id"]]) > 0
    assert db.value("select count(*) from meeting_documents where document_id = ?", [current["id"]]) > 0


def test_a_file_that_changes_back_ends_at_the_first_version(tmp_path):
    x = (SAMPLES / "2025-03-10_corporate-parenting-panel_printed-minutes.pdf").read_bytes()
    y = (SAMPLES / "2025-06-16_corporate-parenting-panel_agenda-pack.pdf").read_bytes()
    path, db_path = tmp_path / "in" / "minutes.pdf", tmp_path / "c.db"
    path.parent.mkdir()
    outputs = []
    for content in (x, y, x):
        path.write_bytes(content)
        result = run_cli("ingest", str(path), "--db", str(db_path), "--quiet")
        assert result.exit_code == 0, result.output
        outputs.append(result.output)
    assert "1 loaded, 0 unchanged" in outputs[2], outputs[2]
    db = DB(db_path)
    x_id, y_id = (__import__("hashlib").sha256(b).hexdigest() for b in (x, y))
    assert db.one("select superseded_by from documents where id = ?", [x_id])["superseded_by"] is None
    assert db.one("select superseded_by from documents where id = ?", [y_id])["superseded_by"] == x_id
    shutil.copy(path, tmp_path / "x.pdf")
    assert run_cli("ingest", str(tmp_path / "x.pdf"), "--db", str(tmp_path / "x.db"), "--quiet").exit_code == 0
    x_only = DB(tmp_path / "x.db")
    for table in ("meetings", "attendees", "resolutions", "agenda_items"):
        assert db.value(f"select count(*) from [{table}]") == x_only.value(f"select count(*) from [{table}]"), table
    assert db.value("select count(*) from meeting_documents where document_id = ?", [y_id]) == 0


def test_a_page_whose_bytes_change_on_every_fetch_keeps_its_version(server, tmp_path):
    """The meeting's web-service response carries a new timestamp on every request, and the same meeting."""
    route = next(k for k in server.site.resources if k.endswith("lmeetingid=4967"))
    template = server.site.resources[route].body
    fetches = itertools.count()

    def stamped() -> bytes:
        return template.replace(b"<meeting>", f"<!-- generated {time.time():.6f} #{next(fetches)} -->\n<meeting>".encode(), 1)

    server.site.generated[route] = stamped
    assert scrape(server, tmp_path).exit_code == 0
    db = DB(tmp_path / "c.db")
    first_version = db.value("select id from documents where source like '%lMeetingId=4967'")

    for night in (2, 3):
        again = scrape(server, tmp_path)
        assert again.exit_code == 0, again.output
        assert "0 new, 0 changed, 4 unchanged, 0 failed; 1 churned" in again.output, again.output
    assert db.value("select count(*) from documents where source like '%lMeetingId=4967'") == 1
    assert db.value("select id from documents where source like '%lMeetingId=4967' and superseded_by is null") == first_version
    url = db.value("select url from source_documents where url like '%lMeetingId=4967'")
    assert db.value("select versions from source_documents where url = ?", [url]) == 1
    runs = db.rows("select status, churned_documents, churned_urls, changed_documents from scrape_runs order by id")
    assert [(r["status"], r["churned_documents"], r["changed_documents"]) for r in runs] == [("ok", 0, 0), ("ok", 1, 0), ("ok", 1, 0)]
    assert json.loads(runs[-1]["churned_urls"]) == [url]
    assert len(list((tmp_path / "data" / "raw").glob("*/*"))) >= 7  # every churned fetch is in the archive

    # a rebuild from the archive (seven fetches of that URL) keeps the one version too
    rebuilt = run_cli("rebuild", "--db", str(tmp_path / "rebuilt.db"), "--data-dir", str(tmp_path / "data"))
    assert rebuilt.exit_code == 0, rebuilt.output
    assert DB(tmp_path / "rebuilt.db").rows("select id, superseded_by from documents order by id") == db.rows("select id, superseded_by from documents order by id")

    # a real change to what the page says is still a new version
    server.site.generated[route] = lambda: stamped().replace(b"Council Antechamber", b"Committee Room 6")
    changed = scrape(server, tmp_path)
    assert "0 new, 1 changed, 4 unchanged" in changed.output and "churned" not in changed.output, changed.output
    assert db.value("select count(*) from documents where source like '%lMeetingId=4967'") == 2
    assert db.value("select venue from meetings where source_meeting_id = '4967'").startswith("Committee Room 6")


def test_a_304_whose_body_the_archive_lost_is_fetched_again(server, tmp_path):
    assert scrape(server, tmp_path).exit_code == 0
    for body in (tmp_path / "data" / "raw").glob("*/*"):
        body.unlink()  # the index remembers the validators; the bodies are gone
    result = run_cli(*scrape_args(server, tmp_path, "new.db"))
    assert result.exit_code == 0, result.output
    assert "documents 5 new" in result.output, result.output
    assert DB(tmp_path / "new.db").value("select count(*) from documents where status = 'ok'") == 5
