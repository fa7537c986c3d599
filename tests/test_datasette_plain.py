"""Plain ``datasette`` gives the site ``councilpack serve`` gives (issue 18).

Every ingest writes ``metadata.json`` and ``settings.json`` beside the
database, and the plugin comes with the package through Datasette's
``datasette`` entry point, so Datasette's own ways of serving (a database
file with ``-m``, a configuration directory, ``datasette publish`` and
``datasette package``, which take the same two) reproduce the site: the
canned queries, the charts page, the stylesheet and the links from every row
to its source. Real processes: ``councilpack ingest`` and ``datasette``, as
installed beside the Python running the tests.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
from importlib.metadata import entry_points

import pytest

from tests.conftest import REPO
from tests.processes import COUNCILPACK, DATASETTE, HttpProcess

EASTBROOK = "samples/eastbrook"
CANNED = {"committee_feed", "watch_feed", "search", "member_declarations", "member_votes", "close_votes", "attendance_by_member", "resolutions_mentioning", "kpi_over_time", "source_text"}

pytestmark = pytest.mark.skipif(
    not DATASETTE.exists() or not any(e.name == "councilpack" for e in entry_points(group="datasette")),
    reason="councilpack is not installed with its Datasette entry point (pip install -e .)",
)


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    folder = tmp_path_factory.mktemp("site")
    db = folder / "councilpack.db"
    done = subprocess.run([str(COUNCILPACK), "ingest", EASTBROOK, "--db", str(db), "--quiet"], cwd=REPO, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    watch = subprocess.run([str(COUNCILPACK), "watch", "add", "foster placements", "--db", str(db)], capture_output=True, text=True)
    assert watch.stdout.startswith("watch 1:"), watch.stderr
    return folder


def test_ingest_writes_the_metadata_and_settings_beside_the_database(site):
    metadata = json.loads((site / "metadata.json").read_text())
    assert CANNED <= set(metadata["databases"]["councilpack"]["queries"])
    assert metadata["databases"]["councilpack"]["tables"]["resolutions"]["title"]
    assert json.loads((site / "settings.json").read_text())["sql_time_limit_ms"] == 5000
    printed = subprocess.run([str(COUNCILPACK), "metadata", "--db", str(site / "councilpack.db")], capture_output=True, text=True)
    assert json.loads(printed.stdout) == metadata  # `councilpack metadata > metadata.json` writes the same file


@pytest.mark.parametrize("how", ["file", "directory"])
def test_plain_datasette_serves_the_same_site(site, tmp_path, how):
    def command(port: int) -> list[str]:
        served = [str(site / "councilpack.db"), "-m", str(site / "metadata.json")] if how == "file" else [str(site)]
        return [str(DATASETTE), "serve", *served, "-p", str(port)]

    # run from elsewhere than where ingest ran: sources were recorded relative to the checkout, and the server still
    # finds each file by its documents.local_path (relative to the database's folder)
    server = HttpProcess(command, "/councilpack.json", tmp_path / "datasette.log", cwd=tmp_path)
    try:
        plugins = server.client.get("/-/plugins.json").json()
        assert {p["name"] for p in plugins} == {"councilpack", "datasette-atom"}
        database = server.client.get("/councilpack.json").json()
        assert CANNED <= {q["name"] for q in database["queries"]}
        votes = server.client.get("/councilpack/close_votes.json", params={"_shape": "objects"}).json()
        assert "rows" in votes
        charts = server.client.get("/-/councilpack/charts")
        assert charts.status_code == 200 and "<svg" in charts.text
        assert server.client.get("/-/councilpack/static/councilpack.css").status_code == 200
        feed = server.client.get("/councilpack/committee_feed.atom", params={"council": "Eastbrook", "committee": "Corporate Parenting"})
        assert feed.status_code == 200 and feed.text.startswith("<?xml") and "<feed" in feed.text
        assert "Corporate Parenting Panel 2025-06-16: Declaration: Sunil Patel" in feed.text
        assert "Meeting: Eastbrook Borough Council, Corporate Parenting Panel, 2025-03-10" in feed.text
        # entries link to absolute addresses on the host the feed was asked from (a reader needs no base)
        links = [part.split('"', 1)[0] for part in feed.text.split('<link href="')[1:]]
        origin = str(server.client.base_url).rstrip("/")
        entry_links = [link for link in links if "committee_feed" not in link]
        assert entry_links and all(link.startswith(origin + "/") for link in entry_links), entry_links[:3]
        assert any(link.startswith(origin + "/councilpack/meetings/") for link in entry_links)
        proxied = server.client.get("/councilpack/committee_feed.atom", headers={"X-Forwarded-Proto": "https"},
                                    params={"council": "Eastbrook", "committee": "Corporate Parenting"})  # fmt: skip
        assert '<link href="https://' in proxied.text
        searched = server.client.get("/councilpack/watch_feed.atom", params={"watch": "1"}).text
        assert "Resolved (requested): a report on the sufficiency of local foster placements" in searched
        assert searched.count("<entry>") == 3  # an item, its resolution and its action; nothing else says it
        for missing in ("99", ""):  # no such saved search: an empty feed, not an SQL error
            empty = server.client.get("/councilpack/watch_feed.json", params={"watch": missing, "_shape": "array"})
            assert empty.status_code == 200 and empty.json() == [], missing
        assert "/councilpack/committee_feed" in server.client.get("/councilpack").text  # the feeds are linked from the pages
        assert server.client.get("/-/councilpack/static/../settings.json").status_code == 404
        page = server.client.get("/councilpack/resolutions").text
        doc_id = page.split('href="/-/councilpack/document/', 1)[1].split('"', 1)[0].split("#")[0]
        document = server.client.get("/-/councilpack/document/" + doc_id)
        assert document.status_code == 200 and hashlib.sha256(document.content).hexdigest() == doc_id  # the source as ingested
        if how == "directory":  # settings.json is read in a configuration directory
            assert server.client.get("/-/settings.json").json()["sql_time_limit_ms"] == 5000
    finally:
        server.stop()


def test_a_document_without_a_title_is_linked_by_its_file_name(tmp_path):
    """A row's document column shows the document's title, or its file name: never "None" (issue 18)."""
    from tests.conftest import SHARED

    source = SHARED / "corpus2" / "text" / "wereham-pc_annual-meeting_2012-05-08_draft-minutes.md"
    if not source.exists():
        pytest.skip(f"{source} absent: ../shared is not beside the checkout")
    db = tmp_path / "councilpack.db"
    assert subprocess.run([str(COUNCILPACK), "ingest", str(source), "--db", str(db), "-q"], capture_output=True).returncode == 0
    server = HttpProcess(lambda port: [str(DATASETTE), "serve", str(tmp_path), "-p", str(port)], "/councilpack.json", tmp_path / "log", cwd=tmp_path)
    try:
        page = server.client.get("/councilpack/resolutions").text
        assert ">None<" not in page
        assert ">wereham-pc_annual-meeting_2012-05-08_draft-minutes.md</a>" in page
    finally:
        server.stop()
