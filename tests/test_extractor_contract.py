"""The extractor contract: declared requirements, computed order, read-only records, failures that cost only their rows.

The order and error cases run on small registries of their own (lists of
:class:`ExtractorSpec`), so the real registry is never disturbed; the
end-to-end case runs the installed ``councilpack ingest`` on a real sample,
with one real extractor replaced by a raising one through the plugin hook
(``COUNCILPACK_EXTRACTORS``, see ``tests/failing_extractor.py``).
"""

from __future__ import annotations

import json
import os
import pickle
import sqlite3
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
import sqlite_utils

from extractors.link import MeetingFlag, PersonLink
from extractors.registry import (
    ExtractionContext,
    ExtractorContractError,
    ExtractorOutput,
    ExtractorSpec,
    extractor,
    declared,
    registered,
    run_extractors,
    run_order,
)
from pipeline.store import open_database
from pipeline.outline import outline_document
from pipeline.parse import document_id
from pipeline.readers import read_document
from pipeline.redact import redact
from schemas import Meeting
from schemas.people import Membership
from tests.conftest import REPO, SAMPLES, row_counts
from tests.processes import COUNCILPACK, PYTHON


def spec(name: str, *requires: str, fn=None, produces=()) -> ExtractorSpec:
    return ExtractorSpec(name, fn or (lambda ctx: []), requires, produces)


ORDERS = [
    ("independent extractors run in name order", [spec("c"), spec("a"), spec("b")], ["a", "b", "c"]),
    ("a requirement runs first", [spec("a", "c"), spec("b"), spec("c")], ["b", "c", "a"]),
    ("a chain, declared backwards", [spec("z"), spec("y", "z"), spec("x", "y")], ["z", "y", "x"]),
    ("a diamond", [spec("d", "b", "c"), spec("c", "a"), spec("b", "a"), spec("a")], ["a", "b", "c", "d"]),
    ("ready extractors by name, whenever they become ready", [spec("m"), spec("b", "m"), spec("a", "z"), spec("z")], ["m", "b", "z", "a"]),
]


@pytest.mark.parametrize("specs, expected", [case[1:] for case in ORDERS], ids=[case[0] for case in ORDERS])
def test_order_is_computed_from_the_declarations(specs, expected):
    assert [s.name for s in run_order(specs)] == expected
    assert [s.name for s in run_order(reversed(specs))] == expected  # declaration order does not matter


BROKEN = [
    ("a missing requirement", [spec("a", "ghost"), spec("b")], "extractor 'a' requires 'ghost', which no extractor makes"),
    ("an extractor requiring itself", [spec("a", "a")], "cycle: a -> a"),
    ("a cycle of three", [spec("a", "c"), spec("b", "a"), spec("c", "b"), spec("d")], "cycle: a -> c -> b -> a"),
]


@pytest.mark.parametrize("specs, message", [case[1:] for case in BROKEN], ids=[case[0] for case in BROKEN])
def test_a_missing_or_circular_requirement_is_an_error_naming_the_extractors(specs, message):
    with pytest.raises(ExtractorContractError, match=message.replace("(", r"\(").replace(")", r"\)")):
        run_order(specs)


def test_the_real_extractors_run_after_what_they_require():
    order = list(registered())
    for name in order:
        for required in declared(name).requires:
            assert order.index(required) < order.index(name), (name, required)
    assert order[0] == "meeting"
    assert order.index("glossary") > order.index("mentions") > order.index("people") > order.index("declarations")


def test_a_plugin_with_a_missing_requirement_fails_when_the_extractors_are_imported(tmp_path):
    (tmp_path / "broken_plugin.py").write_text(
        "from extractors.registry import extractor\n\n@extractor('broken', requires=('meeting', 'minutes_of_the_future'))\ndef broken(ctx):\n    return []\n"
    )
    env = {**os.environ, "PYTHONPATH": str(tmp_path), "COUNCILPACK_EXTRACTORS": "broken_plugin"}
    done = subprocess.run([str(PYTHON), "-c", "from extractors import registered; registered()"], env=env, cwd=REPO, capture_output=True, text=True)
    assert done.returncode != 0
    assert "extractor 'broken' requires 'minutes_of_the_future', which no extractor makes" in done.stderr


def test_two_extractors_of_one_name_are_an_error():
    with pytest.raises(ExtractorContractError, match="two extractors are called 'meeting'"):
        extractor("meeting")(lambda ctx: [])


# --- what an extractor may read and return -------------------------------------------------


@pytest.fixture(scope="module")
def ctx() -> ExtractionContext:
    data = b"Corporate Parenting Panel\nMinutes of the meeting held on Monday 1 June 2026\n"
    doc = read_document(document_id(data), "tiny.txt", data)
    return ExtractionContext(doc=doc, outline=None, options={"council": "Eastbrook Borough Council"})


def _member(ctx: ExtractionContext, name: str) -> Membership:
    return Membership(id=f"m-{name}", name=name, role="member", document_id=ctx.doc.id, extractor="members")


def members(ctx: ExtractionContext) -> list[Membership]:
    return [_member(ctx, "Ann Baker"), _member(ctx, "Joe Lim")]


def _errors(run) -> dict[str, str]:
    return {e.extractor: e.error for e in run.errors}


def test_reading_an_undeclared_kind_is_that_extractors_error(ctx):
    def sneaky(c):
        return list(c.records.get("members") or [])  # .get does not turn the error into None

    run = run_extractors(ctx, extractors=[spec("members", fn=members), spec("sneaky", fn=sneaky)])
    assert _errors(run) == {"sneaky": "UndeclaredRecordKind: extractor 'sneaky' read 'members' records but does not list 'members' in requires"}
    assert "sneaky" not in run.records and len(run.records["members"]) == 2


def test_a_declared_kind_reads_as_a_tuple_and_nothing_is_writable(ctx):
    attempts = {
        "append": lambda c: c.records["members"].append(None),
        "assign": lambda c: c.records.__setitem__("members", []),
        "options": lambda c: c.options.__setitem__("council", "Elsewhere"),
    }
    seen = []

    def reader(c):
        seen.append(c.records["members"])
        return []

    specs = [spec("members", fn=members), spec("reader", "members", fn=reader)]
    specs += [spec(name, "members", fn=attempt) for name, attempt in attempts.items()]
    run = run_extractors(ctx, extractors=specs)
    assert isinstance(seen[0], tuple) and [m.name for m in seen[0]] == ["Ann Baker", "Joe Lim"]
    assert set(_errors(run)) == set(attempts)
    assert all(error.startswith(("AttributeError", "TypeError")) for error in _errors(run).values())
    assert [m.name for m in run.records["members"]] == ["Ann Baker", "Joe Lim"]
    assert ctx.options["council"] == "Eastbrook Borough Council"


def test_a_failure_costs_the_extractor_and_those_requiring_it_only(ctx):
    def broken(c):
        return [1 / 0]

    specs = [spec("members", fn=members), spec("broken", "members", fn=broken), spec("after", "broken"), spec("later", "after"), spec("other", "members")]
    run = run_extractors(ctx, extractors=specs)
    assert [e.as_dict() for e in run.errors] == [
        {"extractor": "broken", "error": "ZeroDivisionError: division by zero"},
        {"extractor": "after", "error": "skipped: requires broken, which failed"},
        {"extractor": "later", "error": "skipped: requires after, which failed"},
    ]
    assert set(run.records) == {"members", "other"}


def test_returning_an_undeclared_type_is_that_extractors_error(ctx):
    run = run_extractors(ctx, extractors=[spec("members", fn=members, produces=Meeting)])
    assert _errors(run) == {"members": "ExtractorContractError: extractor 'members' returned Membership, which it does not declare in produces"}


def test_links_are_applied_after_every_extractor_has_run(ctx):
    seen_by_later = []

    def linker(c):
        return ExtractorOutput([], [PersonLink("members", 1, "eastbrook/joe-lim", "Joseph Lim"), MeetingFlag("declarations_none", True)])

    def later(c):
        seen_by_later.append(c.records["members"][1].name)
        return []

    meeting = Meeting(id="eastbrook/panel/2026-06-01", document_id=ctx.doc.id, extractor="meeting")
    seeded = ExtractionContext(doc=ctx.doc, outline=None, records={"meeting": [meeting]})
    specs = [spec("members", fn=members), spec("linker", "members", "meeting", fn=linker), spec("later", "members", "linker", fn=later)]
    run = run_extractors(seeded, extractors=specs)
    assert seen_by_later == ["Joe Lim"]  # as its extractor made it
    joe = run.records["members"][1]
    assert (joe.person_id, joe.name) == ("eastbrook/joe-lim", "Joseph Lim")
    assert run.records["meeting"][0].declarations_none is True


def test_a_link_to_an_undeclared_kind_is_that_extractors_error(ctx):
    def linker(c):
        return ExtractorOutput([], [PersonLink("members", 0, None, "Ann Baker")])

    run = run_extractors(ctx, extractors=[spec("members", fn=members), spec("linker", fn=linker)])
    assert _errors(run) == {"linker": "ExtractorContractError: extractor 'linker' links 'members' records but does not list 'members' in requires"}
    assert [m.name for m in run.records["members"]] == ["Ann Baker", "Joe Lim"]


def _state(ctx: ExtractionContext) -> bytes:
    """Everything an extractor was handed that it must not change: the outline and the records it read."""
    return pickle.dumps((ctx.outline, {kind: [r.model_dump() for r in records] for kind, records in ctx.records.items()}))


@pytest.mark.parametrize("path", sorted(p for p in SAMPLES.iterdir() if not p.name.endswith(".json")), ids=lambda p: p.name[:40])
def test_no_real_extractor_changes_the_outline_or_the_records_it_reads(path):
    changed: list[str] = []

    def guarded(spec: ExtractorSpec) -> ExtractorSpec:
        def run(ctx):
            before = _state(ctx)
            output = spec.fn(ctx)
            if _state(ctx) != before:
                changed.append(spec.name)
            return output

        return replace(spec, fn=run)

    data = path.read_bytes()
    doc = read_document(document_id(data), str(path), data)
    redact(doc)
    ctx = ExtractionContext(doc=doc, outline=outline_document(doc))
    run = run_extractors(ctx, extractors=[guarded(declared(name)) for name in registered()])
    assert run.errors == [] and changed == []
    if "forward-plan" in path.name:  # planned decisions of many meetings: no meeting, no one present
        assert run.records["work_programme"] and not run.records["meeting"]
    else:
        assert run.records["meeting"]
        assert run.records["people"] or "officer-report" in path.name  # a report names its author, not attendees


# --- end to end: a real ingest with one real extractor failing ----------------------------

PACK = SAMPLES / "2025-06-16_corporate-parenting-panel_agenda-pack.pdf"
# The failing extractor -> every table that loses its rows (its own, and those of the extractors requiring it).
LOST = {"facts": {"facts"}, "kpi_tables": {"kpi_tables", "kpi_values", "facts"}}


def ingest(db: Path, failing: str | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1750000000"}
    if failing:
        env.update(PYTHONPATH=str(REPO / "tests"), COUNCILPACK_EXTRACTORS="failing_extractor", COUNCILPACK_TEST_FAILING_EXTRACTOR=failing)
    return subprocess.run([str(COUNCILPACK), "ingest", str(PACK), "--db", str(db)], env=env, cwd=REPO, capture_output=True, text=True, timeout=600)


def counts(db: Path) -> dict[str, int]:
    conn = sqlite3.connect(str(db))
    try:
        return row_counts(conn)
    finally:
        conn.close()


@pytest.fixture(scope="module")
def normal_counts(tmp_path_factory) -> dict[str, int]:
    db = tmp_path_factory.mktemp("normal") / "normal.db"
    done = ingest(db)
    assert done.returncode == 0, done.stderr
    assert "1 loaded, 0 unchanged, 0 failed, 0 with extraction errors" in done.stdout
    found = counts(db)
    with sqlite3.connect(str(db)) as conn:
        assert conn.execute("select extraction_errors from documents").fetchall() == [(None,)]
    assert all(found[table] > 0 for tables in LOST.values() for table in tables), found
    return found


@pytest.mark.parametrize("failing", sorted(LOST))
def test_a_failing_extractor_loses_only_its_rows_and_names_itself(tmp_path, normal_counts, failing):
    db = tmp_path / "failing.db"
    done = ingest(db, failing)
    assert done.returncode == 0, done.stderr
    assert "1 loaded, 0 unchanged, 0 failed, 1 with extraction errors" in done.stdout
    assert f"extraction error: {PACK}: {failing}: ZeroDivisionError: {failing} failed on purpose" in done.stderr

    found = counts(db)
    lost = LOST[failing]
    assert {t: n for t, n in found.items() if t in lost} == {t: 0 for t in lost}
    assert {t: n for t, n in found.items() if t not in lost} == {t: n for t, n in normal_counts.items() if t not in lost}

    with sqlite3.connect(str(db)) as conn:
        ((status, errors),) = conn.execute("select status, extraction_errors from documents").fetchall()
    expected = [{"extractor": failing, "error": f"ZeroDivisionError: {failing} failed on purpose (tests/failing_extractor.py)"}]
    if failing != "facts":
        expected.append({"extractor": "facts", "error": f"skipped: requires {failing}, which failed"})
    assert (status, json.loads(errors)) == ("ok", expected)

    again = ingest(db, failing)  # unchanged, and still counted
    assert "0 loaded, 1 unchanged, 0 failed, 1 with extraction errors" in again.stdout


def test_a_database_made_before_extraction_errors_gains_the_column(tmp_path):
    db_path = tmp_path / "old.db"
    open_database(db_path).close()
    old = sqlite_utils.Database(db_path)
    old["documents"].transform(drop={"extraction_errors"})
    assert "extraction_errors" not in old["documents"].columns_dict
    old.close()
    done = ingest(db_path, "facts")
    assert done.returncode == 0, done.stderr
    with sqlite3.connect(str(db_path)) as conn:
        (errors,) = conn.execute("select extraction_errors from documents").fetchone()
    assert json.loads(errors)[0]["extractor"] == "facts"
