"""Ruled tables on a scanned page: the rules read from its picture, the cells filled with the OCR'd words.

A born-digital PDF draws a table's rules as vector lines, and pdfplumber's
line strategy finds its cells from them. A scan has the same rules only as
dark pixels, and the whitespace-table finder, which sees only words, cannot
tell a rule from a gap: a scorecard whose columns are set close together
runs two columns into one cell ("2023/24 April 2025" = "139 143").

:func:`rules_in_picture` finds the rules in the page's grey picture (the one
Tesseract read): a *rule* is a run of dark pixels much longer than any
letter's stroke (:data:`MIN_RULE_POINTS`) and thin (a filled band, a
shaded header or a photograph is not a rule: :data:`MAX_RULE_POINTS`).
:func:`ruled_tables` then hands those rules to pdfplumber's own table
geometry (edges merged, intersections, cells, tables: the functions its
line strategy uses) and fills each cell with the OCR'd words whose centres
fall inside it, as pdfplumber fills a cell with characters. A grid of cells
is kept only when it reads as a table (``pdf_tables.ruled_rows``):
a box drawn round a paragraph is not one.
"""

from __future__ import annotations

import re

from pdfplumber.table import Table, cells_to_tables, edges_to_intersections, intersections_to_cells, merge_edges

from schemas.source_document import RawTable

MIN_RULE_POINTS = 20.0  # a rule spans at least a narrow cell; a letter's stroke is a few points long
MAX_RULE_POINTS = 3.0  # thicker than this is a band or a picture, not a rule
INK_LEVEL = 200  # grey level (0 black, 255 white) below which a pixel is ink, for rules
SNAP_POINTS = 3.0  # pdfplumber's default snap and join tolerances, in points
WORD_GAP_POINTS = 1.0  # each "character" is a whole OCR'd word: any gap between two is a space


def rules_in_picture(image: bytes, scale: float) -> list[dict]:
    """The horizontal and vertical rules in a binary PGM ``image``, as pdfplumber edges in points (``scale`` = 72 / dpi)."""
    import numpy as np  # imported here: only OCR'd pages need it

    header_end = image.index(b"\n", image.index(b"\n") + 1)  # "P5\nW H\n255\n"
    width, height = (int(v) for v in image[3:header_end].split())
    # a rule is often printed grey (a quarter or half tone): anything clearly darker than the paper counts
    dark = np.frombuffer(image, dtype=np.uint8, offset=len(image) - width * height).reshape(height, width) < INK_LEVEL
    longest, thickest = MIN_RULE_POINTS / scale, MAX_RULE_POINTS / scale
    edges = [_edge("h", position, start, end, scale) for position, start, end in _strokes(dark, longest, thickest)]
    edges += [_edge("v", position, start, end, scale) for position, start, end in _strokes(dark.T, longest, thickest)]
    return edges


def _strokes(dark, longest: float, thickest: float) -> list[tuple[float, int, int]]:
    """Runs of dark pixels along each row of ``dark`` at least ``longest`` long, the rows of one rule merged.

    A rule a few pixels thick is a run in each of several neighbouring rows
    with (nearly) the same ends: they are one rule, at their middle row. A
    run of rows thicker than ``thickest`` is a filled area and gives none.
    """
    import numpy as np

    padded = np.pad(dark, ((0, 0), (1, 1))).astype(np.int8)
    steps = np.diff(padded, axis=1)
    rows, starts = np.nonzero(steps == 1)
    _, ends = np.nonzero(steps == -1)
    long_ = (ends - starts) >= longest
    runs = sorted(zip(starts[long_].tolist(), ends[long_].tolist(), rows[long_].tolist()))
    strokes: list[list[int]] = []  # [start, end, first row, last row]
    open_: dict[tuple[int, int], list[int]] = {}
    for start, end, row in sorted(runs, key=lambda r: r[2]):
        key = next((k for k in ((start + ds, end + de) for ds in (-1, 0, 1) for de in (-1, 0, 1)) if k in open_ and open_[k][3] == row - 1), None)
        if key is not None:
            stroke = open_.pop(key)
            stroke[3] = row
        else:
            stroke = [start, end, row, row]
            strokes.append(stroke)
        open_[(start, end)] = stroke
    return [((s[2] + s[3]) / 2, s[0], s[1]) for s in strokes if s[3] - s[2] + 1 <= thickest]


def _edge(orientation: str, position: float, start: int, end: int, scale: float) -> dict:
    """A pdfplumber edge: a horizontal one at ``top`` from x0 to x1, a vertical one at x0 from top to bottom."""
    if orientation == "h":
        x0, x1, top, bottom = start * scale, end * scale, position * scale, position * scale
    else:
        x0, x1, top, bottom = position * scale, position * scale, start * scale, end * scale
    return {"orientation": orientation, "object_type": "line", "x0": x0, "x1": x1, "top": top, "bottom": bottom,
            "width": x1 - x0, "height": bottom - top, "doctop": top}  # fmt: skip


_RULE_READ_AS_TEXT = re.compile(r"[|¦\[\]]+")


class _WordsAsChars:
    """What pdfplumber's ``Table.extract`` reads of a page: its characters (here the OCR'd words, each as one)."""

    def __init__(self, words: list[dict]):
        # Tesseract reads a rule crossing a line of text as a bar ("|", "[", "]"): that is the cell's border, not its text
        words = [w for w in words if not _RULE_READ_AS_TEXT.fullmatch(w["text"])]
        self.chars = [
            {"text": w["text"], "x0": w["x0"], "x1": w["x1"], "top": w["top"], "bottom": w["bottom"], "doctop": w["top"],
             "upright": True, "size": w.get("size", 10.0), "fontname": w.get("fontname", "Regular"),
             "width": w["x1"] - w["x0"], "height": w["bottom"] - w["top"], "matrix": (1, 0, 0, 1, w["x0"], w["bottom"])}
            for w in words
        ]  # fmt: skip


def ruled_tables(rules: list[dict], words: list[dict], index: int, keep) -> list[RawTable]:
    """The ruled tables the ``rules`` draw on physical page ``index``, filled with ``words``; ``keep(rows)`` says which read as tables."""
    if not rules:
        return []
    edges = merge_edges(rules, SNAP_POINTS, SNAP_POINTS, SNAP_POINTS, SNAP_POINTS)
    cells = intersections_to_cells(edges_to_intersections(edges, SNAP_POINTS, SNAP_POINTS))
    page = _WordsAsChars(words)
    tables = []
    for group in cells_to_tables(cells):
        table = Table(page, group)
        rows = keep(table.extract(x_tolerance=WORD_GAP_POINTS, y_tolerance=SNAP_POINTS))
        if rows:
            tables.append(RawTable(page=index, rows=rows, source="ocr-lines", ruled=True, bbox=tuple(table.bbox)))
    return tables
