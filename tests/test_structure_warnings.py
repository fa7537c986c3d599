"""Honest about what it did not understand (issue 14): ``documents.structure``, ``documents.warnings`` and ``ingest --strict``.

Every loaded document records how much structure was found in it
(``meeting+items``, ``meeting``, ``items``, ``none``) and a JSON list of
warnings from the readers and extractors. The ingest summary names the
documents from which no meeting was recognised although their kind describes
one; ``--strict`` makes that a failure, and the documents are stored anyway.
"""

from __future__ import annotations

import json
import sqlite3

import pytest

from conftest import REPO, SAMPLES, corpus, needs_shared, run_cli, seed
from extractors import ExtractionContext, run_extractors
from extractors.agenda_items import numbering_slips
from extractors.meeting import meeting_expected
from extractors.registry import ExtractorSpec
from pipeline.store import open_database
from pipeline.store.migrations import applied
from pipeline.structure import structure_of
from schemas import AgendaItem
from schemas.documents import NO_MEETING
from schemas.provenance import Span
from schemas.source_document import PageText, SourceDocument

MARCH = SAMPLES / "2025-03-10_corporate-parenting-panel_printed-minutes.pdf"
FIRST_RELEASE = REPO / "tests" / "data" / "first_release.sql"


def documents(db_path) -> dict[str, dict]:
    """File name -> its documents row."""
    conn = sqlite3.connect(db_path)
    conn.row_factory = sqlite3.Row
    rows = {r["source"].rsplit("/", 1)[-1]: dict(r) for r in conn.execute("select * from documents")}
    conn.close()
    return rows


@pytest.mark.parametrize(
    ("records", "structure"),
    [
        ({"meeting": [1], "agenda_items": [1, 2]}, "meeting+items"),
        ({"meeting": [1], "agenda_items": []}, "meeting"),
        ({"agenda_items": [1]}, "items"),
        ({"meeting": [], "facts": [1]}, "none"),
        ({}, "none"),
    ],
)
def test_structure_is_read_from_the_records(records, structure):
    assert structure_of(records) == structure


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        ("printed_minutes", True), ("agenda_pack", True), ("agenda_frontsheet", True), ("minutes_page", True),
        ("agenda_item_page", True), ("unrecognised", True), (None, True),
        ("webservice_councillors", False), ("webservice_committees", False), ("committee_details", False), ("meeting_list", False),
    ],
)  # fmt: skip
def test_which_kinds_are_expected_to_name_a_meeting(kind, expected):
    assert meeting_expected(kind) is expected


def test_an_extractor_warns_through_the_context_and_loses_its_warnings_when_it_fails():
    """One mechanism: ``ctx.warn`` in an extractor becomes a warning with its name, page and span; a failing extractor's are dropped."""
    doc = SourceDocument(id="d" * 64, source="x.txt", media_type="text/plain", pages=[PageText(1, "one"), PageText(2, "two 3 4 3")])

    def numbering(ctx):
        ctx.warn("item_numbering", "item 3 is numbered twice", span=Span(start=10, end=11))
        return []

    def broken(ctx):
        ctx.warn("item_numbering", "never seen")
        raise ValueError("boom")

    run = run_extractors(ExtractionContext(doc=doc, outline=None), extractors=[ExtractorSpec("numbering", numbering), ExtractorSpec("broken", broken)])
    assert [w.as_dict() for w in run.warnings] == [
        {"code": "item_numbering", "message": "item 3 is numbered twice", "by": "numbering", "page": 2, "char_start": 10, "char_end": 11}
    ]
    assert [e.extractor for e in run.errors] == ["broken"]


@needs_shared
def test_structure_warnings_and_the_summary_of_a_real_batch(tmp_path):
    db_path = tmp_path / "c.db"
    roster = corpus("xml/manchester_mgWebService_GetCommittees.xml")
    report = corpus("pdf/kent_cabinet_2025-03-04_quarterly-performance-report-q3-kpis.pdf")
    item_page, summary_page = seed("004"), seed("003")
    paths = [MARCH, item_page, summary_page, roster, report]
    result = run_cli("ingest", *map(str, paths), "--db", str(db_path))
    assert result.exit_code == 0, result.output
    assert "5 loaded, 0 unchanged, 0 failed, 0 with extraction errors, 2 with no meeting recognised" in result.output
    # named, each on its own line, with its kind
    assert f"warning: {item_page}: no meeting recognised (kind agenda_item_page)" in result.output
    assert f"warning: {report}: no meeting recognised (kind unrecognised)" in result.output
    assert str(roster) not in result.output and str(MARCH) not in result.output

    rows = documents(db_path)
    structure = {name: row["structure"] for name, row in rows.items()}
    assert structure == {
        MARCH.name: "meeting+items",
        item_page.name: "items",  # the item's page names no meeting date
        summary_page.name: "meeting",
        roster.name: "none",
        report.name: "none",
    }
    assert json.loads(rows[item_page.name]["warnings"]) == [
        {"code": NO_MEETING, "message": "no meeting recognised: no meeting date was found in its header (a document of kind agenda_item_page)", "by": "meeting"}
    ]
    assert json.loads(rows[report.name]["warnings"])[0]["message"] == "no meeting recognised: its layout was not recognised, so no meeting header was found"
    assert rows[roster.name]["warnings"] is None and rows[MARCH.name]["warnings"] is None  # a roster describes no meeting
    assert rows[MARCH.name]["extraction_errors"] is None  # unchanged beside it

    # --strict: the same documents, now a failure that names them; unchanged documents count too
    strict = run_cli("ingest", *map(str, paths), "--db", str(db_path), "--strict")
    assert strict.exit_code == 1, strict.output
    assert f"error: {item_page}: no meeting recognised (kind agenda_item_page)" in strict.output
    assert f"error: {report}: no meeting recognised (kind unrecognised)" in strict.output
    assert "--strict: no meeting recognised in 2 document(s); they are stored" in strict.output
    assert len(documents(db_path)) == 5  # nothing lost


@needs_shared
def test_strict_fails_a_new_document_without_a_meeting_but_stores_it(tmp_path):
    db_path = tmp_path / "s.db"
    # a performance report names no meeting (Kingston's zebra-crossing report does: its head gives the committee and day)
    report = corpus("pdf/kent_cabinet_2025-03-04_quarterly-performance-report-q3-kpis.pdf")
    result = run_cli("ingest", str(MARCH), str(report), "--db", str(db_path), "--strict")
    assert result.exit_code == 1
    assert f"error: {report}: no meeting recognised (kind unrecognised)" in result.output
    rows = documents(db_path)
    assert rows[report.name]["status"] == "ok" and rows[report.name]["page_count"] > 0
    conn = sqlite3.connect(db_path)
    assert conn.execute("select count(*) from pages where document_id = ?", [rows[report.name]["id"]]).fetchone()[0] == rows[report.name]["page_count"]
    assert conn.execute("select count(*) from facts where document_id = ?", [rows[report.name]["id"]]).fetchone()[0] > 0


def test_strict_passes_when_every_document_names_its_meeting(tmp_path):
    result = run_cli("ingest", str(SAMPLES), "--db", str(tmp_path / "ok.db"), "--strict")
    assert result.exit_code == 0, result.output
    assert "0 with no meeting recognised" in result.output
    structures = {p.name: documents(tmp_path / "ok.db")[p.name]["structure"] for p in SAMPLES.glob("*.pdf")}
    assert structures.pop("2025-01-03_forward-plan.pdf") == "programme"  # planned decisions, no meeting of its own
    assert set(structures.values()) == {"meeting+items"}


def test_an_old_database_gains_the_structure_of_the_documents_it_holds(tmp_path):
    """The first release's database: the column is added, then filled from its meeting records and items, both recorded."""
    db_path = tmp_path / "old.db"
    conn = sqlite3.connect(db_path)
    conn.executescript(FIRST_RELEASE.read_text(encoding="utf-8"))
    conn.close()
    db = open_database(db_path)
    steps = applied(db)
    assert steps.index("fill documents.structure") > steps.index("add column documents.structure")
    assert [r["structure"] for r in db.query("select structure from documents")] == ["meeting+items"]
    db.conn.close()
    assert applied(open_database(db_path)) == steps  # once


def test_a_database_without_the_column_gets_the_values_a_load_gives(tmp_path):
    """Drop the column from a database made today: the migration puts back what loading wrote, document for document."""
    db_path = tmp_path / "today.db"
    assert run_cli("ingest", str(SAMPLES), "--db", str(db_path), "-q").exit_code == 0
    conn = sqlite3.connect(db_path)
    loaded = dict(conn.execute("select id, structure from documents"))
    conn.execute("alter table documents drop column structure")
    conn.commit()
    conn.close()
    db = open_database(db_path)
    assert {"add column documents.structure", "fill documents.structure"} <= set(applied(db))
    assert dict(db.execute("select id, structure from documents").fetchall()) == loaded


def test_item_numbering_slips():
    def items(*numbers):
        return [AgendaItem(id=f"i{n}", position=n, number=number, document_id="d", extractor="agenda_items") for n, number in enumerate(numbers, 1)]

    assert numbering_slips(items("1.", "2.", "3.")) == []
    assert numbering_slips(items("1", "3")) == []  # two numbered items say too little
    assert numbering_slips(items("1", "2.1", "2.2", "3")) == []  # only plain numbers are checked
    assert [m for m, _ in numbering_slips(items("1", "2", "2", "5", "4"))] == [
        "item number 2 is printed twice", "item numbers skip from 2 to 5", "item numbers go back: 4 after 5",
    ]  # fmt: skip


@needs_shared
def test_the_wye_valley_minutes_get_their_numbering_slips(tmp_path):
    """Its minutes run 3786, 3787, 3769, 3787, ...: the document's own slips, each named (the presentation item 3798, once missed, is read now)."""
    path = corpus("text/wye-valley-community-council_2024-10-28_minutes.txt")
    db_path = tmp_path / "w.db"
    assert run_cli("ingest", str(path), "--db", str(db_path), "-q").exit_code == 0
    warnings = json.loads(documents(db_path)[path.name]["warnings"])
    numbering = [(w["message"], w["page"], path.read_text("utf-8")[w["char_start"] : w["char_start"] + 5]) for w in warnings if w["code"] == "item_numbering"]
    assert numbering == [
        ("item numbers go back: 3769 after 3787", 1, "3769."),
        ("item number 3787 is printed twice", 1, "3787."),
    ]
    assert all(w["by"] == "agenda_items" for w in warnings if w["code"] == "item_numbering")
