"""Ruled tables in a scan (issue 16): rules read from the page's picture, cells filled with the OCR'd words.

The pictures here are drawn pixel by pixel (a binary PGM, as the OCR reader
renders a page), so the rule finder is tested without Tesseract; the words
are placed as Tesseract gives them (boxes in points). End to end, on a
rasterised copy of the sample agenda pack, ``bench/ocr_eval.py`` scores the
KPI tables and values.
"""

from __future__ import annotations

import pytest

from pipeline.readers.ocr_rules import ruled_tables, rules_in_picture
from pipeline.readers.pdf_tables import find_tables_in_words, ruled_rows

np = pytest.importorskip("numpy")

SCALE = 0.5  # two pixels a point


def pgm(pixels) -> bytes:
    height, width = pixels.shape
    return b"P5\n%d %d\n255\n" % (width, height) + pixels.astype("uint8").tobytes()


def grid(rows: list[float], columns: list[float], shade: int = 0, thickness: int = 2):
    """A white page 600 x 400 points with rules at ``rows`` (tops) and ``columns`` (x), in points."""
    page = np.full((800, 1200), 255)
    x0, x1, y0, y1 = int(columns[0] / SCALE), int(columns[-1] / SCALE), int(rows[0] / SCALE), int(rows[-1] / SCALE)
    for top in rows:
        page[int(top / SCALE) : int(top / SCALE) + thickness, x0 : x1 + thickness] = shade
    for x in columns:
        page[y0 : y1 + thickness, int(x / SCALE) : int(x / SCALE) + thickness] = shade
    return page


def word(text: str, x0: float, top: float) -> dict:
    return {"text": text, "x0": x0, "x1": x0 + 6 * len(text), "top": top, "bottom": top + 9, "size": 9.0}


WORDS = [
    word("Month", 62, 104), word("Total", 162, 104), word("Within", 262, 104),
    word("|", 249, 104),  # the rule itself, read by Tesseract as a bar
    word("April", 62, 124), word("21", 162, 124), word("85.71%", 262, 124), word("(18)", 302, 124),
    word("May", 62, 144), word("19", 162, 144), word("89.47%", 262, 144), word("(17)", 302, 144),
]  # fmt: skip


@pytest.mark.parametrize("shade", [0, 128, 180], ids=["black", "grey", "light-grey"])
def test_a_grid_of_rules_gives_its_cells_filled_with_the_words(shade):
    rules = rules_in_picture(pgm(grid([100, 120, 140, 160], [60, 160, 250, 400], shade=shade)), SCALE)
    assert sorted(r["orientation"] for r in rules) == ["h"] * 4 + ["v"] * 4
    [table] = ruled_tables(rules, WORDS, 3, keep=ruled_rows)
    assert (table.page, table.source, table.ruled) == (3, "ocr-lines", True)
    assert table.rows == [["Month", "Total", "Within"], ["April", "21", "85.71% (18)"], ["May", "19", "89.47% (17)"]]


@pytest.mark.parametrize(
    "drawing, rules",
    [
        (lambda page: page, 0),  # a blank page
        (lambda page: _fill(page, 100, 160, 60, 400), 0),  # a filled band is no rule
        (lambda page: _fill(page, 100, 100.5, 60, 70), 0),  # a dash shorter than a cell
        (lambda page: _fill(page, 100, 101, 60, 400), 1),  # an underline: one rule, and no table
        (lambda page: _fill(page, 100, 101, 60, 400, level=230), 0),  # paper-coloured: not ink
    ],
    ids=["blank", "filled-band", "dash", "underline", "paper-tone"],
)
def test_what_is_not_a_rule(drawing, rules):
    found = rules_in_picture(pgm(drawing(np.full((800, 1200), 255))), SCALE)
    assert len(found) == rules
    assert ruled_tables(found, WORDS, 1, keep=ruled_rows) == []


def _fill(page, top, bottom, x0, x1, level=0):
    page[int(top / SCALE) : int(bottom / SCALE) + 1, int(x0 / SCALE) : int(x1 / SCALE)] = level
    return page


def test_a_box_round_a_paragraph_is_no_table():
    prose = [word(w, 62 + 40 * i, 124) for i, w in enumerate("The panel noted the report".split())]
    rules = rules_in_picture(pgm(grid([100, 160], [60, 400])), SCALE)
    assert ruled_tables(rules, prose, 1, keep=ruled_rows) == []


@pytest.mark.parametrize(
    "line",
    [
        [{**word("•", 60, 160), "x1": 64, "size": 3.8}, {**word("Nearly", 76, 158), "size": 7.9}, {**word("half", 116, 158), "size": 7.9}],
        [{**word("-", 60, 160), "size": 2.0}, {**word("Six", 76, 158), "size": 7.9}, {**word("students", 100, 158), "size": 7.9}],
    ],
    ids=["bullet", "dash-bullet"],
)
def test_a_bulleted_line_under_a_table_is_not_one_of_its_rows(line):
    """A bullet set an indent from its text (wider than a cell gap in a scan's small word heights) is one list item."""
    table = [
        word("Cohort", 58, 95), word("Passes", 178, 95), word("Grades", 289, 95),
        word("All", 58, 119), word("8/17", 179, 119), word("6/17", 289, 119),
        word("In", 58, 139), word("7/14", 178, 139), word("5/14", 289, 139),
    ]  # fmt: skip
    [found] = find_tables_in_words(table + line, 15)
    assert found.rows == [["Cohort", "Passes", "Grades"], ["All", "8/17", "6/17"], ["In", "7/14", "5/14"]]


def test_a_short_mark_joins_its_line():
    """A scan's "=" (an asterisk misread) is a few points high: it joins the row its middle is in, not a line of its own."""
    rows = [
        [word("Month", 59, 96), word("Due", 110, 96), word("Outside", 262, 96), word("Pending", 355, 96)],
        [word("April", 58, 116), word("21", 111, 116), word("<5", 263, 116), {**word("=", 355, 117), "bottom": 119.6, "size": 2.6}],
        [word("May", 59, 136), word("19", 111, 136), word("<5", 263, 136), word("-", 355, 136)],
    ]
    [found] = find_tables_in_words([w for row in rows for w in row], 11)
    assert found.rows == [["Month", "Due", "Outside", "Pending"], ["April", "21", "<5", "="], ["May", "19", "<5", "-"]]
