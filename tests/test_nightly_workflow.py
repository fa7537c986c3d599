"""The nightly workflow keeps what a run with one failed document fetched (issue 18).

``councilpack scrape`` exits 1 when one document failed and keeps everything
else; the workflow's single ``actions/cache`` step saved nothing after such a
run, so the next night started from the night before. The save and the
artifact must run whatever the scrape's status, and restore what the save
wrote (one cache key family).
"""

from __future__ import annotations

import yaml

from conftest import REPO

WORKFLOW = REPO / ".github" / "workflows" / "nightly-scrape.yml"


def _steps() -> list[dict]:
    return yaml.safe_load(WORKFLOW.read_text())["jobs"]["scrape"]["steps"]


def test_the_data_is_saved_and_published_whatever_the_scrape_exits_with():
    steps = _steps()
    uses = [s.get("uses", "") for s in steps]
    scrape = next(i for i, s in enumerate(steps) if "councilpack scrape" in s.get("run", ""))
    restore = uses.index("actions/cache/restore@v4")
    save = uses.index("actions/cache/save@v4")
    upload = uses.index("actions/upload-artifact@v4")
    assert restore < scrape < save and scrape < upload
    for i in (save, upload):
        assert steps[i].get("if") == "always()", steps[i]
    assert steps[save]["with"]["path"] == steps[restore]["with"]["path"] == "data"
    assert steps[restore]["with"]["restore-keys"].rstrip() and steps[save]["with"]["key"].startswith(steps[restore]["with"]["restore-keys"].strip())
    published = steps[upload]["with"]["path"].split()
    assert {"data/councilpack.db", "data/metadata.json"} <= set(published)
