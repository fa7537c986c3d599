"""KPI tables: finding tables in PDFs and text, reading their headers, periods and cells.

Values asserted here were read from the documents themselves: the seeds'
tab-separated and Markdown tables, the Kent quarterly performance report
(read with pdfplumber, page by page) and the Eastbrook sample pack, whose
truth file is compared cell by cell.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

import pdfplumber
import pytest

from extractors.kpi_tables import clean_title
from extractors.periods import parse_period, row_period
from pipeline.parse import parse_document
from pipeline.readers.pdf_tables import find_tables
from tests.conftest import SAMPLES, corpus, needs_shared, seed

PACK = SAMPLES / "2025-06-16_corporate-parenting-panel_agenda-pack.pdf"
KENT_QPR = "pdf/kent_cabinet_2025-03-04_quarterly-performance-report-q3-kpis.pdf"


@lru_cache(maxsize=None)
def parsed(path: Path):
    result = parse_document(path.read_bytes(), str(path))
    assert result.ok, result.document.error
    records = result.records["kpi_tables"]
    tables = [r for r in records if r.table == "kpi_tables"]
    values = [r for r in records if r.table == "kpi_values"]
    text = "\n\f".join(p.text for p in result.pages)
    return tables, values, text


def table(path: Path, title: str):
    tables, _, _ = parsed(path)
    found = [t for t in tables if t.title == title]
    assert len(found) == 1, [t.title for t in tables]
    return found[0]


def cell(path: Path, title: str, row_label: str, column_label: str):
    t = table(path, title)
    _, values, _ = parsed(path)
    found = [v for v in values if v.table_id == t.id and v.row_label == row_label and v.column_label == column_label]
    assert len(found) == 1, (row_label, column_label)
    return found[0]


def figure(v) -> tuple:
    return (v.raw, v.value, v.unit, v.numerator, v.denominator, v.status, v.period)


# -- periods and titles -------------------------------------------------------------


@pytest.mark.parametrize(
    "text, period",
    [
        ("KPI's for Harrow CLA Jan – Feb 2024", "2024-01/2024-02"),
        ("KPI's for Harrow CLA April 2025 – Sept 2025", "2025-04/2025-09"),
        ("Personal Education Plans completed within timescale, 2022/23 – 2024/25", "2022/23-2024/25"),
        ("Key Stage 4 predictions, Year 11 cohort 2024/25", "2024/25"),
        ("Quarterly Performance Report Q3 2024/25", "2024/25 Q3"),
        ("Corporate Parenting Scorecard, May 2025", "2025-05"),
        ("Dec-23", "2023-12"),
        ("Online Jan 24 – Mar 24", "2024-01/2024-03"),
        ("12m to Dec 24", "2024-01/2024-12"),
        ("Quarter to Sep 24", "2024-07/2024-09"),
        ("APPENDIX F: 2025-28 LABOUR GROUP ALTERNATIVE BUDGET", "2025/26-2027/28"),
        ("2023", "2023"),
        ("In care 12 months +", None),
        ("Target for RHA 100% CNWL within 6/12 months", None),
        ("Children who may be placed", None),
    ],
)
def test_periods(text, period):
    assert parse_period(text) == period


def test_a_month_alone_takes_its_year_from_the_table():
    assert row_period("January", "2024-01/2024-02") == "2024-01"
    assert row_period("January", "2024/25") == "2025-01"  # a financial year runs April to March
    assert row_period("April", "2024/25") == "2024-04"
    assert row_period("January", None) is None
    assert row_period("All Yr 11s", "2024/25") is None


def test_titles_lose_page_furniture():
    assert clean_title("50") is None
    assert clean_title("Pages 3 to 7") is None
    assert clean_title("Appendix 1") is None
    assert clean_title("KS2 Predictions 50") == "KS2 Predictions"
    assert clean_title("Key Stage 4") == "Key Stage 4"


# -- finding tables in the sample pack ----------------------------------------------


def test_pack_tables_found_only_where_printed():
    """3 ruled and 3 unruled KPI tables and 2 ruled case-study tables; nothing on the
    front sheet, the agenda pages or prose pages."""
    found = {}
    with pdfplumber.open(PACK) as pdf:
        for i, page in enumerate(pdf.pages, start=1):
            for t in find_tables(page, i):
                found.setdefault(i, []).append((t.source, t.title_hint))
    assert found == {
        5: [("pdf-lines", "Corporate Parenting Scorecard, May 2025")],
        7: [("pdf-text", "Placement spend by type, 2023/24 – 2025/26")],
        10: [("pdf-lines", "Initial Health Assessments completed, April – May 2025")],
        11: [("pdf-text", "Review Health Assessments completed, April – May 2025")],
        14: [("pdf-lines", "Personal Education Plans completed within timescale, 2022/23 – 2024/25")],
        15: [("pdf-text", "Key Stage 4 predictions, Year 11 cohort 2024/25")],
        16: [("pdf-lines", None)],  # case study boxes
        17: [("pdf-lines", None)],
    }


def test_unruled_table_cells_keep_words_whole():
    with pdfplumber.open(PACK) as pdf:
        (rha,) = find_tables(pdf.pages[10], 11)
    assert rha.rows == [
        ["Month", "Total due", "Within timescale", "Outside timescale", "Not yet completed", "Dental check recorded"],
        ["April", "21", "85.71% (18)", "<5", "*", "90%"],
        ["May", "19", "89.47% (17)", "<5", "-", None],
    ]


def test_printed_minutes_sample_has_no_tables():
    tables, values, _ = parsed(SAMPLES / "2025-03-10_corporate-parenting-panel_printed-minutes.pdf")
    assert tables == [] and values == []


# -- the sample pack against its ground truth ----------------------------------------


def _blank(text):
    return None if text in (None, "") else text


TRUTH = json.loads((SAMPLES / f"{PACK.name}.truth.json").read_text(encoding="utf-8"))
UNITS = {"GBP": "£"}  # the truth file names sterling GBP; parse_figure's unit is "£"


def test_pack_tables_match_truth():
    tables, _, _ = parsed(PACK)
    assert [t.title for t in tables] == [t["title"] for t in TRUTH["kpi_tables"]]
    for expected in TRUTH["kpi_tables"]:
        t = table(PACK, expected["title"])
        assert t.printed_page == expected["page"], t.title
        assert t.ruled == expected["ruled"], t.title
        assert t.header == expected["header"], t.title
        assert [[_blank(c) for c in row] for row in t.rows] == [[_blank(c) for c in row] for row in expected["rows"]]
        assert (t.n_rows, t.n_cols) == (len(expected["rows"]), len(expected["header"]))
        assert t.method == ("pdf-lines" if t.ruled else "pdf-text")


@pytest.mark.parametrize("expected", TRUTH["kpi_values"], ids=lambda e: f"{e['table_title'][:24]}|{e['row_label'][:20]}|{e['column_label'][:20]}")
def test_pack_values_match_truth(expected):
    v = cell(PACK, expected["table_title"], expected["row_label"], expected["column_label"])
    assert _blank(v.raw) == _blank(expected["raw"])
    assert v.value == expected["value"]
    assert v.unit == UNITS.get(expected["unit"], expected["unit"])
    assert (v.numerator, v.denominator) == (expected["numerator"], expected["denominator"])
    assert v.period == expected["period"]


def test_pack_tables_know_their_item_and_period():
    scorecard = table(PACK, "Corporate Parenting Scorecard, May 2025")
    assert scorecard.period == "2025-05"
    assert scorecard.page == 5 and scorecard.printed_page == 4
    assert scorecard.agenda_item_id is not None and scorecard.agenda_item_id.endswith("-i7")
    assert table(PACK, "Personal Education Plans completed within timescale, 2022/23 – 2024/25").period == "2022/23-2024/25"
    assert table(PACK, "Key Stage 4 predictions, Year 11 cohort 2024/25").agenda_item_id.endswith("-i10")


def test_pack_rag_and_suppressed_cells():
    rag = cell(PACK, "Corporate Parenting Scorecard, May 2025", "Initial Health Assessments within 20 days", "RAG")
    assert (rag.raw, rag.status, rag.value) == ("Red", "rag", None)
    small = cell(PACK, "Corporate Parenting Scorecard, May 2025", "Children placed more than 20 miles from home", "April 2025")
    assert (small.raw, small.status, small.value) == ("<5", "suppressed", None)


# -- provenance ---------------------------------------------------------------------


def _check_provenance(path: Path) -> int:
    tables, values, text = parsed(path)
    ids = [t.id for t in tables] + [v.id for v in values]
    assert len(ids) == len(set(ids))
    table_ids = {t.id for t in tables}
    located = 0
    for v in values:
        assert v.table_id in table_ids and v.document_id == tables[0].document_id and v.extractor == "kpi_tables"
        assert v.id == f"{v.table_id}-r{v.row_index}c{v.col_index}"
        t = next(t for t in tables if t.id == v.table_id)
        assert t.rows[v.row_index][v.col_index] == v.raw
        if v.char_start is not None:
            located += 1
            assert " ".join(text[v.char_start : v.char_end].split()) == " ".join(v.raw.split())
    for t in tables:
        assert t.page is not None and t.char_start is not None and t.char_start < t.char_end
    return located


def test_pack_every_printed_cell_points_at_its_text():
    _, values, _ = parsed(PACK)
    printed = [v for v in values if v.raw]
    assert _check_provenance(PACK) == len(printed)


def test_kpi_rows_in_the_database_point_at_their_source(samples_db):
    rows = samples_db.rows(
        """select v.raw, substr(p.text, v.char_start - p.char_start + 1, v.char_end - v.char_start) as source
           from kpi_values v join pages p on p.document_id = v.document_id and p.page = v.page
           where v.char_start is not null"""
    )
    assert len(rows) == 77
    assert all(" ".join(r["source"].split()) == r["raw"] for r in rows)
    assert samples_db.value("select count(*) from kpi_tables") == 6
    assert samples_db.value("select count(*) from kpi_values where table_id not in (select id from kpi_tables)") == 0


# -- seeds --------------------------------------------------------------------------


SEED_002_TITLES = [
    "KS2 Predictions",
    "KS4 Predictions",
    "KPI's for Harrow CLA Jan – Feb 2024",
    "Initial Health Assessments Completed",
    "Summary of reasons for late IHA's",
    "Review Health Assessments Completed",
    "Reasons for completing RHA late",
]


@needs_shared
def test_seed_002_tables():
    tables, _, _ = parsed(seed("002"))
    assert [t.title for t in tables] == SEED_002_TITLES  # the two case-study tables are left out
    assert all(t.method == "tsv" for t in tables)
    assert [(t.n_rows, t.n_cols) for t in tables] == [(2, 5), (2, 6), (2, 3), (2, 5), (2, 10), (2, 5), (2, 10)]
    assert table(seed("002"), "KPI's for Harrow CLA Jan – Feb 2024").period == "2024-01/2024-02"
    assert _check_provenance(seed("002")) == 54


@needs_shared
def test_seed_002_values():
    path = seed("002")
    ks4 = cell(path, "KS4 Predictions", "All Yr 11s", "Predicted to achieve at least 1 GCSE pass (Grades 1-9)")
    assert figure(ks4) == ("8/17 = 47%", 47, "%", 8, 17, "value", None)
    ks2 = cell(path, "KS2 Predictions", "All Year 6s", "'Achieving Expected' in Reading")
    assert figure(ks2) == ("1 out of 3 = 33%", 33, "%", 1, 3, "value", None)
    rha = cell(path, "Review Health Assessments Completed", "January", "RHA completed within timescale (percentage / number)")
    assert figure(rha) == ("81.25% (13)", 81.25, "%", 13, None, "value", "2023-01")  # under the "2023" year row
    late = cell(path, "Summary of reasons for late IHA's", "February", "Late requests for IHA to CLA team")
    assert (late.raw, late.value, late.unit) == ("7", 7, "count")
    target = cell(path, "KPI's for Harrow CLA Jan – Feb 2024", "January", "Target for IHA 100% CNWL within 20 days of child becoming CLA")
    assert (target.value, target.unit, target.period) == (100, "%", "2024-01")
    blank = cell(path, "Reasons for completing RHA late", "January", "DNA / WNB")
    assert (blank.raw, blank.value, blank.status) == (None, None, "blank")
    year_row = table(path, "Initial Health Assessments Completed")
    assert [row[0] for row in year_row.rows] == ["January", "February"]  # "2023" is a period, not a row


@needs_shared
def test_seed_003_six_month_table():
    path = seed("003")
    (t,) = parsed(path)[0]
    assert t.title == "KPI's for Harrow CLA April 2025 – Sept 2025"
    assert t.method == "markdown" and t.period == "2025-04/2025-09"
    # the Markdown header sits one column left of the data; it is moved over the figures
    assert t.header == ["", "Target for IHA 100% CNWL within 20 days of child becoming CLA", "Target for RHA 100% CNWL within 6/12 months"]
    assert [row[0] for row in t.rows] == ["April 2025", "May 2025", "June 2025", "July 2025", "August 2025", "September 2025"]
    _, values, _ = parsed(path)
    assert len(values) == 12
    assert {(v.value, v.unit, v.status) for v in values} == {(100, "%", "value")}
    assert [v.period for v in values if v.col_index == 1] == ["2025-04", "2025-05", "2025-06", "2025-07", "2025-08", "2025-09"]
    assert _check_provenance(path) == 12


# -- the Kent quarterly performance report --------------------------------------------

ICS_CARDS = "Key Performance Indicators – Children, Young People and Education (Integrated Children’s Services)"


@needs_shared
@pytest.mark.parametrize(
    "row_label, column_label, raw, value, unit, status",
    [
        ("Percentage of case holding posts filled by permanent qualified social workers", "RAG", "AMBER", None, None, "rag"),
        ("Percentage of case holding posts filled by permanent qualified social workers", "Latest", "75.2%", 75.2, "%", "value"),
        ("Percentage of case holding posts filled by permanent qualified social workers", "Target", "85%", 85, "%", "value"),
        ("Percentage of case holding posts filled by permanent qualified social workers", "Floor", "75%", 75, "%", "value"),
        ("Percentage of case holding posts filled by permanent qualified social workers", "Previous", "74.7%", 74.7, "%", "value"),
        ("Percentage of case holding posts filled by permanent qualified social workers", "Previous RAG", "Red", None, None, "rag"),
        ("Number of foster households", "RAG", "RED", None, None, "rag"),
        ("Number of foster households", "Latest", "613", 613, "count", "value"),
        ("Number of foster households", "Target", "700", 700, "count", "value"),
        ("Number of foster households", "Floor", "650", 650, "count", "value"),
        ("Percentage of children’s social care referrals that were repeat referrals within 12 months", "Latest", "22.2%", 22.2, "%", "value"),
        ("Percentage of children’s social care referrals that were repeat referrals within 12 months", "RAG", "GREEN", None, None, "rag"),
        ("Percentage of Learning Disability Young People in Settled Accommodation", "Latest", "98.6%", 98.6, "%", "value"),
        ("Percentage of Learning Disability Young People in Settled Accommodation", "Target", "95%", 95, "%", "value"),
    ],
)
def test_kent_children_scorecard_cells(row_label, column_label, raw, value, unit, status):
    v = cell(corpus(KENT_QPR), ICS_CARDS, row_label, column_label)
    assert (v.raw, v.value, v.unit, v.status) == (raw, value, unit, status)
    assert v.page in (47, 48) and v.char_start is not None


@needs_shared
def test_kent_scorecards_have_latest_target_and_rag_for_every_kpi():
    path = corpus(KENT_QPR)
    tables, values, _ = parsed(path)
    cards = [t for t in tables if t.header[:4] == ["Indicator", "RAG", "Latest", "Target"]]
    assert [(t.title.split(" – ")[-1], t.n_rows) for t in cards] == [
        ("Customer Services", 3),
        ("Governance, Law & Democracy", 2),
        ("Growth, Economic Development & Communities", 2),
        ("Environment and Transport", 6),
        ("Children, Young People and Education (Education and Skills)", 5),
        ("Children, Young People and Education (Integrated Children’s Services)", 8),
        ("Adult Social Care", 6),
        ("Public Health", 6),
    ]  # the report's 38 KPIs
    for t in cards:
        for row in t.rows:
            latest, target, rag = (next(v for v in values if v.table_id == t.id and v.row_label == row[0] and v.column_label == c) for c in ("Latest", "Target", "RAG"))
            assert latest.status == "value" and latest.value is not None, row
            assert target.status == "value" and target.value is not None, row
            assert rag.status == "rag", row
    _check_provenance(path)


@needs_shared
def test_kent_summary_scorecard_and_trend_table():
    path = corpus(KENT_QPR)
    summary = table(path, "Integrated Children’s Services")
    assert summary.header == ["Integrated Children’s Services", "RAG rating Latest", "RAG rating Previous", "DoT"]
    early_help = "% of Early Help cases closed with outcomes achieved that come back to social care teams within 3 months"
    assert cell(path, "Integrated Children’s Services", early_help, "RAG rating Latest").raw == "GREEN"
    assert cell(path, "Integrated Children’s Services", early_help, "RAG rating Previous").raw == "AMBER"
    tables, values, _ = parsed(path)
    (uasc,) = [v for v in values if v.row_label == "UASC" and v.column_label == "Dec-24"]
    assert (uasc.raw, uasc.value, uasc.period, uasc.page) == ("475", 475, "2024-12", 45)


# -- everything else: no prose tables, nothing absurd ------------------------------------

NO_TABLES = [
    "pdf/kent_cabinet_2025-01-30_printed-minutes.pdf",
    "pdf/kent_corporate-parenting-panel_2024-10-29_minutes.pdf",
    "pdf/kent_county-council_2025-03-13_printed-minutes.pdf",
    "pdf/kent_county-council_2025-03-13_questions-and-answers.pdf",
    "pdf/kent_county-council_2025-03-13_agenda-frontsheet.pdf",
    "pdf/merton_audit-committee_2009-10-22_agenda-pack.pdf",
    "pdf/us_chicago_lincoln-square-ssa21-commission_2018-01-29_minutes.pdf",
    "pdf/kingston_north-kingston-nc_2026-01-15_report_manorgate-petition.pdf",
]


@needs_shared
@pytest.mark.parametrize("relative", NO_TABLES)
def test_prose_agendas_and_minutes_give_no_tables(relative):
    with pdfplumber.open(corpus(relative)) as pdf:
        for i, page in enumerate(pdf.pages, start=1):
            assert find_tables(page, i) == [], f"page {i}"


@needs_shared
def test_nothing_absurd_across_the_corpus(corpus_db):
    tables = corpus_db.rows("select id, title, n_rows, n_cols, header, rows from kpi_tables")
    for t in tables:
        header, rows = json.loads(t["header"]), json.loads(t["rows"])
        assert t["n_cols"] >= 2 and t["n_rows"] >= 1 and len(header) == t["n_cols"], t
        assert len(rows) == t["n_rows"] and all(len(r) == t["n_cols"] for r in rows), t["title"]
        # columns the finder failed to separate show as cells holding several amounts
        assert all(len(re.findall(r"(?<![\w.,])-?\d[\d,]*\.\d+(?![\w.])", c)) <= 1 for r in rows for c in r if c), t["title"]
    sources = corpus_db.rows(
        """select d.source, count(t.id) as n from documents d left join kpi_tables t on t.document_id = d.id
           group by d.source having n > 0"""
    )
    assert {Path(r["source"]).name for r in sources} == {
        "kent_cabinet_2025-03-04_quarterly-performance-report-q3-kpis.pdf",
        "kent_county-council_2025-02-13_budget-amendments-pack.pdf",
        "kingston_north-kingston-nc_2026-01-15_report_zebra-crossing.pdf",
        "kent_cabinet_2025-01-30_supplement_18-25-transfer-report.pdf",  # the EqIA's "Age  Count  %" table, page 16
    }
    located = corpus_db.rows(
        """select v.raw, substr(p.text, v.char_start - p.char_start + 1, v.char_end - v.char_start) as source
           from kpi_values v join pages p on p.document_id = v.document_id and p.page = v.page
           where v.char_start is not null"""
    )
    assert len(located) > 3000 and all(_same_words(r["source"], r["raw"]) for r in located)
    # Every printed cell points at its text but one: a cell opening with a bullet ("- Personal
    # Advisors up to age 25 ...") that the page text sets apart from the words after it.
    unlocated = corpus_db.rows("select raw from kpi_values where char_start is null and raw is not null and raw != ''")
    assert [r["raw"][:28] for r in unlocated] == ["- Personal Advisors up to ag"]


def _same_words(source: str, raw: str) -> bool:
    """The same words, whatever the whitespace; a line broken after a hyphen ("cost- effective"
    in a cell) is the word PDFium's text joins again ("cost-effective")."""
    return re.sub(r"-\s+", "-", " ".join(source.split())) == re.sub(r"-\s+", "-", " ".join(raw.split()))
