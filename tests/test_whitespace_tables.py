"""Whitespace-aligned tables and numbers people read (issue 16).

Real values from real documents (skipped without ``../shared``): the West
Sussex LAIT statistical-neighbour tables (a table drawn as filled cells, with
white helper codes nobody sees, "-" for missing years, a rate per 10,000 in
the title) and the Kent budget amendments pack's Appendix D (2024-25 figures
left of the labels, three-line headers "2025-26 / Core / £000s", minus
negatives, sub-total rows, a total column 3 pt from the labels; page 11's
one figure a year and its wrapped labels) and the Kent 18-25 report's small
"Age  Count  %" table. Then a table of invented cells for the number reading,
invented word boxes for each form of table (group labels, a header over a
column without figures, wrapped labels, a centred header cell, small tables
and the numbered lists that are not tables), and the migration that gives an
old database ``kpi_values.scale``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors.figures import parse_figure, stated_unit
from extractors.kpi_tables import _unit_and_scale
from pipeline.parse import parse_document
from pipeline.store import open_database
from pipeline.store.migrations import applied
from schemas import KpiTable, KpiValue

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
LAIT = SHARED / "corpus2" / "pdf" / "west-sussex-cc_jsna_2016-10-10_lait-child-protection-plan-rate-vs-statistical-neighbours.pdf"
KENT = SHARED / "corpus" / "pdf" / "kent_county-council_2025-02-13_budget-amendments-pack.pdf"


def _needs(path: Path):
    return pytest.mark.skipif(not path.is_file(), reason=f"real document not found at {path} (clone the project beside its shared/ folder)")


def _read(path: Path) -> tuple[list[KpiTable], dict[tuple[int, str | None, str | None], KpiValue]]:
    records = [r for rs in parse_document(path.read_bytes(), str(path)).records.values() for r in rs]
    tables = [r for r in records if isinstance(r, KpiTable)]
    cells = {(v.page, v.row_label, v.column_label): v for v in records if isinstance(v, KpiValue)}
    return tables, cells


@pytest.fixture(scope="module")
def lait():
    return _read(LAIT)


@pytest.fixture(scope="module")
def kent():
    return _read(KENT)


# -- West Sussex LAIT: a statistical-neighbour table ------------------------------------


@_needs(LAIT)
def test_lait_header_is_the_printed_years_not_the_white_helper_codes(lait):
    tables, _ = lait
    table = next(t for t in tables if t.page == 1 and "Child Protection Plan" in (t.title or ""))
    assert table.header[1:4] == ["2007", "2008", "2009"]
    assert table.header[-1] == "Change from previous year"
    assert not any("CPPrate" in (h or "") for h in table.header)
    assert table.rows[0][0] == "881 Essex"  # not "CP 881 Essex": the white sheet initials are not printed


@_needs(LAIT)
def test_lait_cells_are_rates_per_10000_with_dash_as_missing(lait):
    _, cells = lait
    essex = cells[(1, "881 Essex", "2011")]
    assert (essex.raw, essex.value, essex.unit, essex.scale) == ("30.20", 30.2, "rate per 10,000", 1.0)
    gap = cells[(1, "855 Leicestershire", "2010")]
    assert (gap.raw, gap.value, gap.status) == ("-", None, "not applicable")
    fall = cells[(1, "855 Leicestershire", "Change from previous year")]
    assert (fall.value, fall.unit) == (-3.5, "rate per 10,000")
    assert cells[(1, "Statistical Neighbours", "2015")].value == 33.66


# -- Kent budget amendments pack, Appendix D ----------------------------------------------------


@_needs(KENT)
def test_kent_appendix_d_headers_are_joined_over_three_lines(kent):
    tables, _ = kent
    table = next(t for t in tables if t.page == 9)
    assert table.method == "pdf-text" and not table.ruled
    assert table.header[1:4] == ["2024-25 Core £000s", "2024-25 External £000s", "2024-25 Total £000s"]
    assert table.header[-3:] == ["2027-28 Core £000s", "2027-28 External £000s", "2027-28 Total £000s"]


@_needs(KENT)
def test_kent_appendix_d_values_are_thousands_of_pounds_with_minus_negatives(kent):
    _, cells = kent
    cell = cells[(9, "Government & Legislative", "2026-27 External £000s")]
    assert (cell.raw, cell.value, cell.unit, cell.scale) == ("-23,335.3", -23335.3, "£", 1000.0)
    total = cells[(9, "TOTAL SPENDING", "2025-26 Total £000s")]  # a sub-total row stays a row
    assert (total.value, total.scale) == (201039.3, 1000.0)
    assert cells[(9, "Policy", "2027-28 Core £000s")].value == -11495.7


@_needs(KENT)
def test_kent_total_column_set_close_to_the_labels_is_its_own_column(kent):
    """'31,721.5 Base Budget Changes': the 2024-25 total ends 3 pt before the label; its alignment
    with the totals above and below makes it a cell of its own, and the label is the label."""
    _, cells = kent
    cell = cells[(9, "Base Budget Changes", "2024-25 Total £000s")]
    assert (cell.value, cell.unit, cell.scale) == (31721.5, "£", 1000.0)
    assert cells[(9, "Base Budget Changes", "2025-26 Core £000s")].value == 10289.7


# -- numbers people read: invented cells ----------------------------------------------------

PARSE_CASES = [
    # raw, value, unit, status
    ("1,234.5", 1234.5, None, "value"),
    ("1,234", 1234.0, "count", "value"),
    ("-836.6", -836.6, None, "value"),
    ("(1,234.5)", -1234.5, None, "value"),
    ("( 12 )", -12.0, "count", "value"),
    ("(£25)", -25.0, "£", "value"),
    ("(3.2%)", -3.2, "%", "value"),
    ("−1,234", -1234.0, "count", "value"),  # a minus sign
    ("–5%", -5.0, "%", "value"),  # an en dash as minus
    ("47%", 47.0, "%", "value"),
    ("81.25% (13)", 81.25, "%", "value"),  # a bracketed count after a percentage is not a negative
    ("-", None, None, "not applicable"),
    ("–", None, None, "not applicable"),
    ("n/a", None, None, "not applicable"),
    ("<5", None, None, "suppressed"),
    ("2024-25", None, None, "text"),
]


@pytest.mark.parametrize("raw, value, unit, status", PARSE_CASES)
def test_parse_figure(raw, value, unit, status):
    figure = parse_figure(raw)
    assert (figure.value, figure.unit, figure.status) == (value, unit, status)


STATED_CASES = [
    ("2025-26 Core £000s", ("£", 1e3)),
    ("Variance £'000", ("£", 1e3)),
    ("Budget £’000s", ("£", 1e3)),
    ("Forecast £m", ("£", 1e6)),
    ("Cost £k", ("£", 1e3)),
    ("£", ("£", 1.0)),
    ("%", ("%", 1.0)),
    ("Uptake (%)", ("%", 1.0)),
    ("Children looked after rate, per 10,000 children aged under 18", ("rate per 10,000", 1.0)),
    ("Rate per 1,000 population", ("rate per 1,000", 1.0)),
    ("Total calls (thousands)", ("count", 1e3)),
    ("2024-25", None),
    ("Percentage of callers who rated the advisor good", None),  # a title about a percentage states no unit for its cells
    ("Year 11", None),
    (None, None),
]


@pytest.mark.parametrize("label, stated", STATED_CASES)
def test_stated_unit(label, stated):
    assert stated_unit(label) == stated


UNIT_CASES = [
    # raw, column, row, title -> unit, scale
    ("1,234.5", "Budget £000s", None, None, ("£", 1e3)),
    ("(250.0)", "Variance £000s", None, "Outturn £m", ("£", 1e3)),  # the column beats the title
    ("12", None, "Total calls (thousands)", None, ("count", 1e3)),
    ("30.20", "2011", None, "Rate per 10,000", ("rate per 10,000", 1.0)),
    ("£25", "Cost £000s", None, None, ("£", 1e3)),  # a cell in the stated unit takes its scale
    ("£1.2m", "Cost £000s", None, None, ("£", None)),  # its own scale word: read in pounds already
    ("47%", "Budget £000s", None, None, ("%", None)),  # a cell's own different unit wins
    ("-", "Budget £000s", None, None, (None, None)),
    ("123", "2024-25", None, None, ("count", None)),  # nothing stated
]


@pytest.mark.parametrize("raw, column, row, title, expected", UNIT_CASES)
def test_unit_and_scale(raw, column, row, title, expected):
    assert _unit_and_scale(parse_figure(raw), stated_unit(column), stated_unit(row), stated_unit(title)) == expected


def test_an_old_database_gains_kpi_values_scale(tmp_path):
    db = open_database(tmp_path / "old.db")
    db.execute("alter table kpi_values drop column scale")
    db.conn.close()
    db = open_database(tmp_path / "old.db")
    assert "add column kpi_values.scale" in applied(db)
    assert "scale" in db["kpi_values"].columns_dict


@_needs(KENT)
def test_kent_page_10_keeps_its_header_over_a_note_and_a_section_heading(kent):
    """Page 10 repeats Appendix D's three-line header, then a four-line note and "RESERVES" before its first row."""
    _, cells = kent
    cell = cells[(10, "Contributions to Reserves", "2027-28 External £000s")]
    assert (cell.raw, cell.value, cell.unit, cell.scale) == ("34,300.0", 34300.0, "£", 1000.0)
    assert cells[(10, "NET CHANGE", "2025-26 External £000s")].value == -836.6


def _word(text: str, x0: float, top: float) -> dict:
    return {"text": text, "x0": x0, "x1": x0 + 5 * len(text), "top": top, "bottom": top + 9, "size": 9.0}


def _line(top: float, *cells: tuple[float, str]) -> list[dict]:
    words: list[dict] = []
    for x0, text in cells:
        for n, w in enumerate(text.split()):
            words.append(_word(w, x0 + sum(5 * len(p) + 4 for p in text.split()[:n]), top))
    return words


@pytest.mark.parametrize(
    "between, rows",
    [
        ([], 4),  # no interruption
        ([(150, "RESERVES")], 5),  # one section heading
        ([(150, "* figures to be updated at outturn"), (150, "and reported again"), (150, "RESERVES")], 7),  # a note and a heading
    ],
    ids=["none", "heading", "note-and-heading"],
)
def test_a_table_of_three_or_more_columns_runs_on_over_notes_under_its_header(between, rows):
    from pipeline.readers.pdf_tables import find_tables_in_words

    words = _line(100, (60, "Year"), (200, "Core"), (300, "External"), (400, "Total"))
    top = 112
    for x0, text in between:
        words += _line(top, (x0, text))
        top += 12
    for label, a, b, c in [("Contributions", "40.2", "14.2", "54.4"), ("Drawdowns", "-10.6", "-25.6", "-36.2"), ("Total", "29.6", "-11.4", "18.2")]:
        words += _line(top, (60, label), (200, a), (300, b), (400, c))
        top += 12
    [table] = find_tables_in_words(words, 1)
    assert table.rows[0] == ["Year", "Core", "External", "Total"]
    assert table.rows[-1] == ["Total", "29.6", "-11.4", "18.2"]
    assert len(table.rows) == rows


def test_numbered_headings_with_their_paragraphs_are_no_table():
    """Two segments a line ("84.  Apologies") between prose paragraphs: a minutes page, not a table."""
    from pipeline.readers.pdf_tables import find_tables_in_words

    words, top = [], 100
    for n, title in [(84, "Apologies"), (85, "Minutes"), (86, "Declarations"), (87, "Budget")]:
        words += _line(top, (60, f"{n}."), (120, title))
        top += 12
        for _ in range(3):
            words += _line(top, (60, "The panel received the report of the officer and noted it"))
            top += 12
    assert find_tables_in_words(words, 1) == []


# -- small tables, group labels, headers over empty columns, wrapped labels (session 5) ---------------

KENT_1825 = SHARED / "corpus" / "pdf" / "kent_cabinet_2025-01-30_supplement_18-25-transfer-report.pdf"


@_needs(KENT)
def test_kent_page_11_columns_without_figures_keep_their_header_and_wrapped_labels_are_joined(kent):
    """Page 11 prints one figure a year, under "Total": the header alone parts "External" from
    "Total"; a label wraps onto a bracketed line at the rows' own pitch."""
    _, cells = kent
    grant = cells[(11, "Revenue Support Grant", "2026-27 Total £000s")]
    assert (grant.raw, grant.value, grant.unit, grant.scale) == ("16,101.0", 16101.0, "£", 1000.0)
    wrapped = cells[(11, "Local Authority Better Care Grant (previously Improved Better Care Fund and Hospital Discharge grant)", "2025-26 Total £000s")]
    assert wrapped.value == 61701.3
    assert cells[(11, "Total Funding", "2027-28 Total £000s")].value == 1680820.3


@_needs(KENT_1825)
def test_a_small_table_of_ages_with_counts_and_percentages_is_found():
    """EqIA page 16: "Age  Count  %" with ages 18-25 as row labels, a line of prose set close under it."""
    tables, cells = _read(KENT_1825)
    assert [t.header for t in tables if t.page == 16] == [["Age", "Count", "%"]]
    assert (cells[(16, "18", "Count")].value, cells[(16, "18", "Count")].unit) == (40, "count")
    assert (cells[(16, "25", "%")].value, cells[(16, "25", "%")].unit) == (9.7, "%")
    assert cells[(16, "Total", "Count")].value == 330


def _table(words: list[dict]):
    from pipeline.readers.pdf_tables import find_tables_in_words

    return find_tables_in_words(words, 1)


def _body(top: float, rows: list[tuple], columns: tuple[float, ...], pitch: float = 16) -> list[dict]:
    words = []
    for row in rows:
        words += _line(top, *[(x, text) for x, text in zip(columns, row) if text])
        top += pitch
    return words


def test_a_group_label_over_its_sub_columns_does_not_join_them():
    """"2012/13" centred over "number  percentage" (and crossing the gap between them) heads both."""
    from extractors.kpi_tables import read_tables

    words = _line(88, (225, "2012/13"), (365, "2010/11")) + _line(104, (192, "number"), (245, "percentage"), (330, "number"), (385, "percentage"))
    words += _body(120, [("Plans started", "10", "3%", "73", "15%"), ("Plans ended", "22", "6%", "68", "14%"), ("Plans reviewed", "29", "8%", "86", "17%")], (60, 200, 280, 340, 420))
    [table] = _table(words)
    assert table.rows[2] == ["Plans started", "10", "3%", "73", "15%"]
    [grid] = read_tables([table])
    assert grid.header[1:] == ["2012/13 number", "2012/13 percentage", "2010/11 number", "2010/11 percentage"]


def test_a_header_parts_two_columns_where_only_one_has_figures():
    """"Core  External  Total" over figures in "Total" only; a wide total reaches to 4 pt of "External"."""
    words = _line(100, (200, "Core"), (240, "External"), (300, "Total"))
    words += _body(116, [("Grant A", "1,806.0"), ("Grant B", "17,046.1"), ("Total funding", "1,429,506.8")], (60, 300))
    # right-align the figures under "Total" (x1 = 325), the widest reaching left to 4 pt of "External" (x1 = 280)
    for w in words:
        if w["top"] > 110 and w["text"][0].isdigit():
            width = w["x1"] - w["x0"]
            w["x1"], w["x0"] = 336.0, 336.0 - width
    [table] = _table(words)
    assert table.rows[0] == [None, "Core", "External", "Total"]
    assert table.rows[-1] == ["Total funding", None, None, "1,429,506.8"]


@pytest.mark.parametrize(
    "label_lines, expected",
    [
        (["(previously two grants)"], "Care Grant (previously two grants)"),  # a bracket opens the continuation
        (["(merged into the Revenue", "Support Grant from 2025-26)"], "Care Grant (merged into the Revenue Support Grant from 2025-26)"),  # open bracket carries on
        (["and hospital discharge"], "Care Grant and hospital discharge"),  # lower case carries on
    ],
    ids=["bracket", "open-bracket", "lower-case"],
)
def test_a_row_label_wrapped_at_the_rows_own_pitch_is_joined(label_lines, expected):
    rows = [("Social Grant", "11.0", "15.6", "16.1"), ("Care Grant", "50.0", "61.7", "61.7")]
    rows += [(text, None, None, None) for text in label_lines]
    rows += [("Business Rates", "51.0", "52.7", "54.1"), ("Total", "112.0", "130.0", "131.9")]
    words = _line(84, (200, "2024"), (260, "2025"), (320, "2026")) + _body(100, rows, (60, 200, 260, 320), pitch=12)
    [table] = _table(words)
    labels = [row[0] for row in table.rows]
    assert labels == [None, "Social Grant", expected, "Business Rates", "Total"]


def test_a_capitalised_label_only_line_after_a_row_stays_its_own_row():
    """A section heading ("RESERVES") after a row of figures is not the row's label going on."""
    rows = [("Social Grant", "11.0", "15.6", "16.1"), ("RESERVES", None, None, None), ("Drawdowns", "-5.0", "-2.7", "-1.1"), ("Total", "6.0", "12.9", "15.0")]
    words = _line(84, (200, "2024"), (260, "2025"), (320, "2026")) + _body(100, rows, (60, 200, 260, 320), pitch=12)
    [table] = _table(words)
    assert [row[0] for row in table.rows] == [None, "Social Grant", "RESERVES", "Drawdowns", "Total"]


def test_a_header_cell_centred_on_its_own_line_above_the_others_joins_the_header():
    """A Word table's header row whose cells are centred: a two-line label sits half a line above
    and below the one-line labels beside it ("Children with SEN without" / "statements")."""
    words = _line(637, (147, "Pupils with needs but without")) + _line(642, (294, "Pupils with plans"), (436, "All pupils with needs"))
    words += _line(647, (180, "plans"))
    words += _body(662, [("Northshire", "16.7%", "1.1%", "17.8%"), ("England", "16.0%", "1.4%", "17.4%"), ("Region", "15.1%", "1.2%", "16.3%")], (57, 192, 339, 469))
    [table] = _table(words)
    assert table.rows[0] == [None, "Pupils with needs but without plans", "Pupils with plans", "All pupils with needs"]
    assert table.rows[1] == ["Northshire", "16.7%", "1.1%", "17.8%"]


@pytest.mark.parametrize(
    "rows, found",
    [
        ([("Age", "Count", "%"), ("18", "40", "12.1%"), ("19", "47", "14.2%"), ("20", "49", "14.9%"), ("Total", "136", "41.2%")], True),  # ages label rows of figures
        ([("1", "Background", "5"), ("2", "Evaluation forms", "7"), ("3", "Parent forms", "15"), ("4", "Conclusion", "21")], False),  # a contents page
        ([("1.", "Apologies", ""), ("2.", "Minutes of the last meeting", ""), ("3.", "Matters arising", "")], False),  # an agenda
        ([("7.1", "The evaluation", "21"), ("7.2", "Service overview", "21"), ("7.3", "Effectiveness", "22")], False),  # contents, sections
    ],
    ids=["ages", "contents", "agenda", "section-numbers"],
)
def test_numbers_labelling_rows_of_figures_are_a_table_a_numbered_list_is_not(rows, found):
    words = _body(100, rows, (50, 90, 300), pitch=14)
    words += _line(100 + 14 * len(rows) + 6, (36, "There are 136 young adults in this service who have a current plan, and the service"))
    tables = _table(words)
    assert bool(tables) == found
    if found:
        assert tables[0].rows[-1] == ["Total", "136", "41.2%"]  # the prose line under it is not a row


@pytest.mark.parametrize("raw, value", [("+ 3.1", 3.1), ("+3.28", 3.28), ("+12%", 12.0), ("+", None), ("+ more", None)])
def test_a_plus_sign_in_a_change_column_is_a_rise(raw, value):
    from extractors.kpi_tables import parse_figure as cell_figure

    figure = cell_figure(raw)
    assert (figure.raw, figure.value) == (raw, value)


def test_labels_run_into_their_first_figures_give_no_table():
    """A spreadsheet label overflowing into the next cell leaves no gap before the first figure
    ("Staff Costs 3,245"): every figure after would sit one column off, so no table is read."""
    words = _line(100, (200, "2023/24"), (260, "2024/25"), (320, "Variance"))
    rows = [("Precept or Rates and Levies 6,600", "6,600", "0"), ("Total Other Receipts 5,462", "1,163", "-4,299"), ("Staff Costs 3,245", "4,891", "1,646"), ("Total Borrowings 0", "0", "0")]
    words += _body(116, rows, (60, 260, 320))
    assert _table(words) == []
