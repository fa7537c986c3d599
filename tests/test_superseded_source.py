"""A superseded web document links to its archived copy, not to the URL that now serves other bytes (issue 18).

The real local ModernGov server and ``councilpack scrape`` into ``data/``
(database and raw archive side by side, as the README and the nightly
workflow lay them out); the served site is the real Datasette with the
plugin, asked through its own client.
"""

from __future__ import annotations

import asyncio
import hashlib

from tests.conftest import DB, SAMPLES, run_cli
from tests.test_scrape import FAST, PDF_B, WINDOW, server  # noqa: F401  (the fixture)


def _get(ds, path: str):
    async def go():
        return await ds.client.get(path)

    return asyncio.run(go())


def test_an_earlier_version_opens_from_the_archive(server, tmp_path):
    from pipeline.publish import make_datasette

    data = tmp_path / "data"
    args = ["scrape", "--site", server.url, "--committee", "144", "--council", "Manchester City Council",
            "--db", str(data / "councilpack.db"), "--data-dir", str(data), *WINDOW, *FAST]  # fmt: skip
    first = server.site.resources[next(k for k in server.site.resources if "60909" in k)].body
    assert run_cli(*args).exit_code == 0
    server.site.replace(PDF_B, (SAMPLES / "2025-06-16_corporate-parenting-panel_agenda-pack.pdf").read_bytes())
    assert run_cli(*args).exit_code == 0
    old = hashlib.sha256(first).hexdigest()
    row = DB(data / "councilpack.db").one("select source, superseded_by from documents where id = ?", [old])
    assert row["superseded_by"] and row["source"].startswith("http")
    ds = make_datasette(data / "councilpack.db")
    served = _get(ds, f"/-/councilpack/document/{old}")
    assert served.status_code == 200 and hashlib.sha256(served.content).hexdigest() == old  # the bytes that were read
    current = _get(ds, f"/-/councilpack/document/{row['superseded_by']}")
    assert current.status_code == 302 and current.headers["location"] == row["source"]  # the current version: its URL
    page = _get(ds, f"/councilpack/documents/{old}").text
    assert f'href="/-/councilpack/document/{old}"' in page  # the source cell of the old version: its copy, not the URL
    (data / "raw" / old[:2] / old).unlink()  # an archive that lost it: a page that says so, never the live URL
    missing = _get(ds, f"/-/councilpack/document/{old}")
    assert missing.status_code == 404 and "replaced by a newer one" in missing.text and "location" not in missing.headers
