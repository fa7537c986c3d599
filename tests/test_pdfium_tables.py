"""Ruled tables read from PDFium's objects are pdfplumber's tables.

The PDF reader hands pdfplumber's table finder the characters and paths PDFium
has already parsed (``pipeline/readers/pdfium_page.py``) instead of letting
pdfminer parse the page again. These tests hold the two readings to the same
result on every page with drawn rules, in every real PDF and the generated
pack: the same rows cell for cell, the same titles, the same boxes (to float
precision: PDFium keeps coordinates as 32-bit floats).
"""

from __future__ import annotations

import io
import json
from collections import Counter
from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium
import pytest

from pipeline.readers.pdf import RULED_MIN_PATHS, _object_kinds
from pipeline.readers.pdf_tables import find_tables
from pipeline.readers.pdfium_page import open_page
from tests.conftest import CORPUS, SAMPLES, needs_shared

PACK = SAMPLES / "2025-06-16_corporate-parenting-panel_agenda-pack.pdf"
CORPUS_PDFS = sorted((CORPUS / "pdf").glob("*.pdf")) if (CORPUS / "pdf").is_dir() else []


def _both_readings(path: Path):
    """(page number, pdfplumber page, PDFium page or None) for every page with drawn rules."""
    data = path.read_bytes()
    pdf = pdfium.PdfDocument(data)
    with pdfplumber.open(io.BytesIO(data)) as plumber:
        for i in range(len(pdf)):
            page = pdf[i]
            if _object_kinds(page).get(pdfium.raw.FPDF_PAGEOBJ_PATH, 0) < RULED_MIN_PATHS:
                page.close()
                continue
            textpage = page.get_textpage()
            ours = open_page(page, textpage)
            textpage.close()
            page.close()
            yield i + 1, plumber.pages[i], ours
    pdf.close()


def _assert_same_tables(path: Path) -> tuple[int, int]:
    """Compare every ruled page of ``path``; returns (pages compared, tables compared)."""
    pages = tables = 0
    for number, reference, ours in _both_readings(path):
        if ours is None:
            continue
        pages += 1
        expected, got = find_tables(reference, number), find_tables(ours, number)
        assert [t.rows for t in got] == [t.rows for t in expected], f"{path.name} page {number}"
        assert [t.title_hint for t in got] == [t.title_hint for t in expected], f"{path.name} page {number}"
        assert [t.source for t in got] == [t.source for t in expected]
        for a, b in zip(got, expected):
            assert a.bbox == pytest.approx(b.bbox, abs=0.02)
        printed = Counter(c["text"] for c in reference.chars if not c["text"].isspace())
        assert Counter(c["text"] for c in ours.chars if not c["text"].isspace()) == printed, f"{path.name} page {number}"
        tables += len(expected)
    return pages, tables


def test_generated_pack_tables_are_pdfplumbers():
    pages, tables = _assert_same_tables(PACK)
    assert (pages, tables) == (5, 5)


def test_generated_pack_tables_from_pdfium_are_the_truth():
    """Real values, read the fast way: every ruled table of the generated pack, header and
    cells, equals the generator's ground truth (found by its title)."""
    truth = [t for t in json.loads(PACK.with_name(PACK.name + ".truth.json").read_text())["kpi_tables"] if t["ruled"]]
    found = {t.title_hint: t for n, _, ours in _both_readings(PACK) for t in find_tables(ours, n)}
    assert len(truth) == 3
    for table in truth:
        rows = found[table["title"]].rows
        assert rows[0] == table["header"]
        assert [[cell or "" for cell in row] for row in rows[1:]] == table["rows"], table["title"]
    assert found["Corporate Parenting Scorecard, May 2025"].rows[3][4] == "66.67% (6)"


@needs_shared
@pytest.mark.parametrize("path", CORPUS_PDFS, ids=lambda p: p.stem[:48])
def test_corpus_tables_are_pdfplumbers(path):
    _assert_same_tables(path)


@needs_shared
def test_corpus_coverage():
    """Most ruled pages in the corpus are read from PDFium, and each kind of page is compared."""
    compared = {p.name: _assert_same_tables(p) for p in CORPUS_PDFS}
    assert sum(pages for pages, _ in compared.values()) == 76
    # Kent's quarterly performance report: 54 ruled pages, 71 KPI tables drawn by Word.
    assert compared["kent_cabinet_2025-03-04_quarterly-performance-report-q3-kpis.pdf"] == (54, 71)
    assert compared["kingston_north-kingston-nc_2026-01-15_report_zebra-crossing.pdf"] == (3, 4)


@needs_shared
def test_pages_with_rotated_text_are_left_to_pdfplumber():
    """The budget amendments pack prints "Page N" up the margin of its landscape tables: those
    pages go to pdfplumber, whose boxes for turned characters PDFium's do not reproduce."""
    path = CORPUS / "pdf" / "kent_county-council_2025-02-13_budget-amendments-pack.pdf"
    readings = {n: (reference, ours) for n, reference, ours in _both_readings(path)}
    assert sum(ours is None for _, ours in readings.values()) == 35
    reference, ours = readings[3]
    turned = "".join(c["text"] for c in reference.chars if c["matrix"][1])
    assert ours is None and turned == "Page 1Agenda Item 6"
    assert readings[5][1] is not None  # its one page without turned text is read from PDFium


@needs_shared
def test_line_end_hyphens_are_kept():
    """PDFium reports a hyphen that ends a line apart from the text ("14 pre-" / "applications");
    the cells must keep it, as pdfminer does."""
    path = CORPUS / "pdf" / "kent_cabinet_2025-03-04_quarterly-performance-report-q3-kpis.pdf"
    reference, ours = next((ref, ours) for n, ref, ours in _both_readings(path) if n == 17)
    text = "".join(c["text"] for c in ours.chars if not c["text"].isspace())
    assert "14pre-applicationsareatvarious" in text
    assert text.count("-") == 13 == sum(c["text"] == "-" for c in reference.chars)


@needs_shared
def test_inferred_spaces_split_words():
    """Kingston's zebra-crossing report sets a space in another font, which PDFium drops and
    infers again: the word gap must survive into the cell ("visibility of pedestrians")."""
    path = CORPUS / "pdf" / "kingston_north-kingston-nc_2026-01-15_report_zebra-crossing.pdf"
    ours = next(ours for n, _, ours in _both_readings(path) if n == 3)
    cells = [c for t in find_tables(ours, 3) for row in t.rows for c in row if c]
    assert any("severely poor visibility of pedestrians when reversing" in c for c in cells)
