"""Wrong input to the command line gets a message, never a traceback; the followed-sources file is never left invalid.

Each case here gave a traceback, or wrote a ``councils.toml`` that every later
``scrape``, ``follow`` and ``unfollow`` crashed on, at 0a3dcfb. The real CLI
and the real file throughout.
"""

from __future__ import annotations

import shutil
import tomllib

import pytest

from tests.conftest import REPO, run_cli

HARROW = ("https://moderngov.harrow.gov.uk", "788")


@pytest.fixture
def sources(tmp_path):
    path = tmp_path / "councils.toml"
    shutil.copy(REPO / "councils.toml", path)
    return path


def listed(path) -> list[tuple[str, int]]:
    return [(s["site"], s["committee"]) for s in tomllib.loads(path.read_text("utf-8")).get("source", [])]


def test_unfollowing_the_last_source_then_following_writes_valid_toml(sources):
    comments = [line for line in sources.read_text().splitlines() if line.startswith("#")]
    assert run_cli("unfollow", "--sources", str(sources), "--site", HARROW[0], "--committee", HARROW[1]).exit_code == 0
    assert listed(sources) == []
    result = run_cli("follow", "--sources", str(sources), "--site", "https://democracy.kent.gov.uk", "--committee", "1107", "--council", "Kent County Council")
    assert result.exit_code == 0, result.output
    assert listed(sources) == [("https://democracy.kent.gov.uk", 1107)]
    assert run_cli("follow", "--sources", str(sources), "--site", HARROW[0], "--committee", HARROW[1]).exit_code == 0
    assert listed(sources) == [("https://democracy.kent.gov.uk", 1107), (HARROW[0], 788)]
    assert [line for line in sources.read_text().splitlines() if line.startswith("#")] == comments  # the user's comments survive
    for site, committee in listed(sources):
        assert run_cli("unfollow", "--sources", str(sources), "--site", site, "--committee", str(committee)).exit_code == 0
    assert listed(sources) == [] and not list(sources.parent.glob("*.tmp"))


def test_an_invalid_sources_file_is_a_message(sources):
    sources.write_text("[[source]]\nsite = = 'x'\n")
    for args in (["scrape"], ["follow", "--site", HARROW[0], "--committee", "1"], ["unfollow", "--site", HARROW[0], "--committee", "1"]):
        result = run_cli(*args, "--sources", str(sources))
        assert result.exit_code == 1, (args, result.output)
        assert result.exception is None or isinstance(result.exception, SystemExit), (args, result.exception)
        assert "is not valid TOML" in result.output, (args, result.output)
    assert sources.read_text() == "[[source]]\nsite = = 'x'\n"  # left for the user to fix


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["scrape", "--site", "moderngov.harrow.gov.uk", "--committee", "788"], "not a site URL"),
        (["follow", "--site", "moderngov.harrow.gov.uk", "--committee", "788"], "not a site URL"),
        (["unfollow", "--site", "moderngov.harrow.gov.uk", "--committee", "788"], "not a site URL"),
        (["scrape", "--site", HARROW[0], "--committee", "788", "--since", "the first of May"], "not a date"),
        (["scrape", "--site", HARROW[0], "--committee", "788", "--until", "2026-13-45"], "not a date"),
    ],
)
def test_bad_values_are_usage_errors(sources, args, message):
    result = run_cli(*args, "--sources", str(sources))
    assert result.exit_code == 2, result.output
    assert isinstance(result.exception, SystemExit)
    assert message in " ".join(result.output.split())


def test_day_first_dates_are_read_as_uk_dates():
    from cli import _day

    assert str(_day("01/02/2026", "--since")) == "2026-02-01"
    assert str(_day("2026-01-01", "--since")) == "2026-01-01"
    assert str(_day("16 June 2025", "--since")) == "2025-06-16"


def test_rebuild_from_a_missing_data_directory_is_a_message(tmp_path):
    result = run_cli("rebuild", "--db", str(tmp_path / "new.db"), "--data-dir", str(tmp_path / "nowhere"))
    assert result.exit_code == 1
    assert isinstance(result.exception, SystemExit)
    assert "holds no raw archive" in result.output
    assert not (tmp_path / "new.db").exists() and not (tmp_path / "nowhere").exists()
