"""The Datasette pages in a real browser: headless Chromium loads them, screenshots them and dumps their DOM.

Screenshots are saved under ``test-output/screenshots/`` (git-ignored) for a
person to look at. Needs Debian's Chromium (``apt-get install -y chromium``);
the tests skip, saying so, where it is absent.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from conftest import REPO
from test_datasette import Server, build_served_db

CHROMIUM = next((p for p in ("/usr/bin/chromium", shutil.which("chromium"), shutil.which("chromium-browser")) if p and Path(p).exists()), None)
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="headless Chromium not found at /usr/bin/chromium (apt-get install -y chromium)")

SCREENSHOTS = REPO / "test-output" / "screenshots"
WIDTH = 1400  # the width issue 18 asks the content columns to be visible at
IHA = "title_word=Initial+Health&label=within+20+days"

# name: (path, window height, texts the page must show)
PAGES = {
    "database": ("/councilpack", 2000, ["Council meetings", "Declarations of interest", "Search everything",
                                        "Promised for the next meeting: did it come back?", "Open Government Licence"]),
    "meetings": ("/councilpack/meetings", 1400, ["Meetings", "2025-06-16", "2025-03-10", "Eastbrook Borough Council",
                                                 "sorted by date descending"]),
    "kpi_query": (f"/councilpack/kpi_over_time?{IHA}", 1200, ["A KPI over time", "81.25% (13)", "66.67% (6)", "p. 10 ↗"]),
    "search": ("/councilpack/search?q=foster+placements", 1200, ["Search everything", "<mark>foster</mark> <mark>placements</mark>"]),
    "resolutions": ("/councilpack/resolutions", 1400, ["Resolutions", "Care Leavers Accommodation Protocol be approved", "approved"]),
    "declarations": ("/councilpack/declarations", 1200, ["Declarations of interest", "Sunil Patel", "prejudicial",
                                                         "supported accommodation"]),
    "charts": (f"/-/councilpack/charts?{IHA}", 1700, ["A KPI over time", "81.25%", "66.67%", "Attendance by member",
                                                      "Grace Whitfield", "<svg"]),
}  # fmt: skip


def chromium(url: str, screenshot: Path, height: int) -> str:
    """Load ``url`` in a fresh headless Chromium: save a screenshot, return the DOM."""
    with tempfile.TemporaryDirectory(prefix="chromium-") as profile:
        result = subprocess.run(
            [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars",
             f"--user-data-dir={profile}", f"--window-size={WIDTH},{height}", f"--screenshot={screenshot}",
             "--dump-dom", url],
            capture_output=True, text=True, timeout=120,
        )  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


@pytest.fixture(scope="module")
def pages(tmp_path_factory) -> dict[str, tuple[Path, str]]:
    db, _ = build_served_db(tmp_path_factory)
    server = Server(db, tmp_path_factory.mktemp("log") / "serve.log")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    try:
        jobs = {}
        with ThreadPoolExecutor(max_workers=2) as pool:  # more at once starve each other on a 2-core machine: a screenshot goes missing
            for name, (path, height, _) in PAGES.items():
                shot = SCREENSHOTS / f"{name}.png"
                shot.unlink(missing_ok=True)
                jobs[name] = (shot, pool.submit(chromium, server.base + path, shot, height))
        return {name: (shot, job.result()) for name, (shot, job) in jobs.items()}
    finally:
        server.stop()


@pytest.mark.parametrize("name", list(PAGES))
def test_page_shows_real_text(pages, name):
    _, dom = pages[name]
    for text in PAGES[name][2]:
        assert text in dom, f"{name}: {text!r} not on the page"
    assert "Traceback" not in dom and "Internal Server Error" not in dom


@pytest.mark.parametrize("name", list(PAGES))
def test_screenshot_is_non_trivial(pages, name):
    from PIL import Image

    shot, _ = pages[name]
    assert shot.exists() and shot.stat().st_size > 20_000, f"{shot} missing or tiny"
    with Image.open(shot) as image:
        assert image.size == (WIDTH, PAGES[name][1])
        rgb = image.convert("RGB")
        colours = rgb.getcolors(maxcolors=1 << 20)
        assert len(colours) > 64, f"{name}: only {len(colours)} colours"
        background = max(colours)[1]
        ink = sum(count for count, colour in colours if colour != background)
        assert ink / (image.size[0] * image.size[1]) > 0.03, f"{name}: nearly blank"


@pytest.mark.parametrize("name, content", [("resolutions", "text"), ("declarations", "description")])
def test_content_columns_come_before_provenance(pages, name, content):
    """At 1,400 px the row's own words are on screen: its content column is among the first, provenance after it."""
    _, dom = pages[name]
    headers = re.findall(r'<th[^>]*data-column="([^"]+)"', dom)
    assert content in headers and "document_id" in headers, headers
    assert headers.index(content) < headers.index("document_id")
    assert headers.index(content) <= 8, headers


def test_chart_page_draws_the_kpi_and_attendance(pages):
    _, dom = pages["charts"]
    assert dom.count("<svg") >= 2 and "<polyline" in dom and "<rect" in dom
    assert ">2025-04<" in dom and ">2025-05<" in dom
