"""Tables on a PDF page, with pdfplumber.

Ruled tables (drawn lines and rectangles) are found with pdfplumber's line
strategy. Pages without rules but with text in aligned columns are tried with
the text strategy, and a result is kept only if it looks like a table (at
least two columns and three rows, most rows filled). Each table carries the
text just above it as its likely title.
"""

from __future__ import annotations

from pipeline.readers.base import RawTable

RULED_MIN_EDGES = 6  # drawn lines + rectangles on a page before it may hold a ruled table
TEXT_SETTINGS = {"vertical_strategy": "text", "horizontal_strategy": "text", "snap_tolerance": 3, "join_tolerance": 3, "min_words_vertical": 3, "min_words_horizontal": 2}


def find_tables(page, index: int) -> list[RawTable]:
    """The tables on a pdfplumber ``page`` (physical page ``index``)."""
    tables: list[RawTable] = []
    if len(page.lines) + len(page.rects) >= RULED_MIN_EDGES:
        for table in page.find_tables():
            rows = _clean(table.extract())
            if _looks_like_table(rows, minimum_rows=2):
                tables.append(RawTable(page=index, rows=rows, source="pdf-lines", ruled=True, bbox=tuple(table.bbox), title_hint=_text_above(page, table.bbox)))
    if not tables:
        for table in page.find_tables(TEXT_SETTINGS):
            rows = _clean(table.extract())
            if _looks_like_table(rows, minimum_rows=3) and _mostly_filled(rows):
                tables.append(RawTable(page=index, rows=rows, source="pdf-text", ruled=False, bbox=tuple(table.bbox), title_hint=_text_above(page, table.bbox)))
    return tables


def _clean(rows) -> list[list[str | None]]:
    out = []
    for row in rows or []:
        cells = [(" ".join(c.split()) if c else None) for c in row]
        if any(cells):
            out.append(cells)
    return out


def _looks_like_table(rows, minimum_rows: int) -> bool:
    return len(rows) >= minimum_rows and max((len(r) for r in rows), default=0) >= 2


def _mostly_filled(rows) -> bool:
    filled = sum(1 for r in rows for c in r if c)
    total = sum(len(r) for r in rows)
    return total > 0 and filled / total >= 0.6


def _text_above(page, bbox, height: float = 40.0) -> str | None:
    x0, top, x1, _ = bbox
    if top <= 2:
        return None
    region = page.crop((0, max(0, top - height), page.width, top - 1))
    lines = [l.strip() for l in (region.extract_text() or "").splitlines() if l.strip()]
    return lines[-1] if lines else None
