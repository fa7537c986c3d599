"""What the command line tells its user: where the database is, what this run added, which version runs.

Each was asked for in issue 18 as a new user met it: the ``rows:`` line printed
the database's totals (a second ingest of the same files looked like it had
added everything again), nothing said where the database was written, an
empty directory gave a run of zeros, flags showed ``<bool>`` beside them, and
``serve``/``stats``/``export`` called their ``--db`` the database to write.
The real CLI and the real samples throughout.
"""

from __future__ import annotations

import re

from tests.conftest import REPO, run_cli

EASTBROOK = REPO / "samples" / "eastbrook"


def _rows_line(output: str) -> dict[str, int]:
    line = next(l for l in output.splitlines() if l.startswith("rows:"))
    return {t: int(n) for t, n in re.findall(r"(\w+) ([+-]\d+)", line)}


def test_rows_line_counts_what_this_run_added(tmp_path):
    db = tmp_path / "c.db"
    first = run_cli("ingest", str(EASTBROOK), "--db", str(db))
    assert first.exit_code == 0, first.output
    added = _rows_line(first.output)
    assert added["documents"] == 6 and added["agenda_items"] == 38 and added["resolutions"] == 27
    assert f"database: {db} (6 documents, 3 meetings in all)" in first.output
    again = run_cli("ingest", str(EASTBROOK), "--db", str(db))
    assert "rows: none added" in again.output  # the same files again: nothing new, and it says so
    assert f"database: {db} (6 documents, 3 meetings in all)" in again.output


def test_an_empty_directory_says_no_documents_found(tmp_path):
    empty = tmp_path / "nothing"
    empty.mkdir()
    (empty / "README.md").write_text("notes, not a document")  # skipped in directories
    result = run_cli("ingest", str(empty), "--db", str(tmp_path / "c.db"))
    assert result.exit_code == 1
    assert "no documents found in" in result.output
    assert not (tmp_path / "c.db").exists()  # nothing to load: no database made


def test_version_names_the_package_and_the_extractors():
    from pipeline import EXTRACTOR_VERSION

    result = run_cli("--version")
    assert result.exit_code == 0
    assert re.fullmatch(rf"councilpack \S+ \(extractors {re.escape(EXTRACTOR_VERSION)}\)\n", result.output)


def test_help_shows_flags_without_a_type_and_read_commands_read():
    ingest = run_cli("ingest", "--help").output
    assert "<bool>" not in ingest and "-q, --quiet" in ingest and "--strict" in ingest
    assert "database to write" in ingest
    for command in ("serve", "stats", "export"):
        text = run_cli(command, "--help").output
        assert "database to read" in text and "to write" not in text.split("--db", 1)[1].split("\n  -", 1)[0], command


def test_site_files_that_cannot_be_written_are_a_warning_and_the_rows_stay(tmp_path):
    db = tmp_path / "c.db"
    (tmp_path / "metadata.json").mkdir()  # something in the way: the file cannot be written
    result = run_cli("ingest", str(EASTBROOK / "2025-03-10_corporate-parenting-panel_printed-minutes.pdf"), "--db", str(db))
    assert result.exit_code == 0, result.output
    assert "warning: the database is written, but not the Datasette files beside it: Is a directory:" in result.output
    assert f"database: {db} (1 documents, 1 meetings in all)" in result.output
