"""KPI tables: the tables of a report, with their titles, headers, periods and every cell normalised.

The readers find the tables (``ctx.doc.tables``: ruled and whitespace-aligned
tables in PDFs, Markdown / tab-separated / HTML tables in text); this
extractor decides which are data tables and reads them. A table becomes one
:class:`~schemas.KpiTable` and one :class:`~schemas.KpiValue` per data cell.

Reading a table, in order:

1. **Skip** case-study forms (first cell "Case Study", see ``vocab/tables.toml``;
   the case-study extractor reads them) and tables without figures (layout
   boxes, forms, lists of names): a data table has figures (numbers,
   percentages, suppressed counts, RAG ratings) in at least one column, that
   is in 60 % or more of that column's filled cells. When the first column
   holds figures too (and is not a running count of row numbers), the table
   has no row labels and the first column is data.
2. **Scorecard boxes** (one ruled box per indicator: name and RAG rating, then
   ``Latest: 75.2%``, ``Target: 85%, Floor 75%``, ``Previous: 74.7% (Red)``)
   that follow each other are joined into one table with the columns
   Indicator, RAG, Latest, Target, Floor, Previous, Previous RAG.
3. **Caption**: a first row with text in its first cell only is the table's
   own title ("Summary of reasons for late IHA's").
4. **Header rows**: the leading rows whose cells are labels, not figures (a
   RAG word counts as a label when numbers sit under it: "GREEN AMBER RED"
   over counts). Several header rows are joined column by column into one
   label; a group label spanning sub-columns ("RAG rating" over "Latest" and
   "Previous") is repeated over each. A header whose labels sit one column to
   the left of the data (a conversion that lost the empty top-left cell) is
   moved right.
5. **Body**: the remaining rows. A row with one filled cell is not a data
   row: a period row when that cell is a year in the first column ("2023":
   the months below are in 2023), else a group heading. Nor is a row with a
   box drawn across columns whose own rules are missing ("TOTAL PAY
   21,845.7 12,524.5 11,863.6" in one cell).
6. **Title**: the caption, else the heading the reader found above the table
   (page numbers, "Appendix 1" and similar furniture removed), else the
   top-left header cell of a two-row header. A generic heading ("Key
   Performance Indicators") is qualified with the last specific heading
   before it.

**Periods** are read by :mod:`extractors.periods`. A table's ``period`` is the one
its title states; a value's the one of its row or column label.

**Provenance**: a table's ``page`` is the physical page it starts on and its
``char_start``/``char_end`` cover its text in the document (the span the
reader recorded, or from the first to the last cell found in the page text).
Each value carries its row's page and the offsets of its cell text, found by
searching the table's span or page row by row; they are None when the text
cannot be found (a cell the PDF text lays out differently). ``row_index`` is
the index of the row in ``KpiTable.rows`` (data rows only, header excluded)
and ``col_index`` the column (0 is the row-label column, which has no
values of its own unless the table has no row labels), so
``rows[row_index][col_index] == raw``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import islice
from typing import Iterator, NamedTuple

from extractors import vocab
from extractors.periods import is_period_label, parse_period
from extractors.periods import row_period as period_of_row
from extractors.vocab.models import Tables
from extractors.registry import ExtractionContext, extractor
from extractors.report_items import ItemLocator
from extractors.figures import Figure, stated_unit
from extractors.figures import parse_figure as _parse_figure
from schemas import KpiTable, KpiValue
from schemas.provenance import Span

NAME = "kpi_tables"
FIGURE_STATUSES = {"value", "suppressed", "rag", "direction"}
MIN_FIGURE_SHARE = 0.6
SEARCH_WINDOW = 3000  # characters after a row's start in which its cells are looked for
GENERIC_LOOKBACK_PAGES = 15


@dataclass
class Grid:
    """A table as this extractor reads it, before it becomes records."""

    title: str | None
    header: list[str | None]
    rows: list[list[str | None]]
    row_periods: list[str | None]  # the period row above each data row
    row_pages: list[int]
    page: int
    ruled: bool
    method: str
    span: Span | None  # where the reader says the table is (text tables)
    prefixes: dict[tuple[int, int], str] = field(default_factory=dict)  # regex before a cell's text
    before_label: int = 0  # columns 1..before_label were printed left of the row label (see _labels_first)


# -- the extractor ------------------------------------------------------------


@extractor(NAME, requires=("meeting",), produces=(KpiTable, KpiValue))
def extract_kpi_tables(ctx: ExtractionContext) -> list:
    locator = ItemLocator(ctx)
    meeting_id = ctx.meeting_id()
    records: list = []
    n = 0
    for grid in read_tables(ctx.doc.tables):
        n += 1
        table_id = f"{ctx.doc.id[:16]}-t{n}"
        first = _first_value_column(grid)
        spans = _locate(ctx, grid, first)
        found = [s for s in spans.values() if s is not None]
        if grid.span is not None:
            table_span = grid.span
        elif found:
            table_span = Span(start=min(s.start for s in found), end=max(s.end for s in found))
        else:
            table_span = None
        anchor = table_span.start if table_span else ctx.doc.pages[grid.page - 1].start
        table_period = parse_period(grid.title)
        records.append(
            KpiTable(
                id=table_id,
                meeting_id=meeting_id,
                agenda_item_id=locator.item_id(anchor),
                printed_page=locator.printed_page(anchor),
                title=grid.title,
                n_rows=len(grid.rows),
                n_cols=len(grid.header),
                header=[h or "" for h in grid.header],
                rows=grid.rows,
                ruled=grid.ruled,
                method=grid.method,
                period=table_period,
                document_id=ctx.doc.id,
                page=grid.page,
                char_start=table_span.start if table_span else None,
                char_end=table_span.end if table_span else None,
                extractor=NAME,
            )
        )
        column_periods = [parse_period(h) for h in grid.header]
        column_units = [stated_unit(h) for h in grid.header]
        table_unit = stated_unit(grid.title)
        for r, row in enumerate(grid.rows):
            label = row[0] if first else None
            row_period = period_of_row(label, grid.row_periods[r] or table_period)
            row_unit = stated_unit(label)
            for c in range(first, len(row)):
                raw = row[c]
                figure = parse_figure(raw)
                unit, scale = _unit_and_scale(figure, column_units[c] if c < len(column_units) else None, row_unit, table_unit)
                span = spans.get((r, c))
                records.append(
                    KpiValue(
                        id=f"{table_id}-r{r}c{c}",
                        table_id=table_id,
                        row_index=r,
                        col_index=c,
                        row_label=label,
                        column_label=grid.header[c] if c < len(grid.header) else None,
                        raw=raw,
                        value=figure.value,
                        unit=unit,
                        scale=scale,
                        numerator=figure.numerator,
                        denominator=figure.denominator,
                        status=figure.status,
                        period=row_period or column_periods[c],
                        document_id=ctx.doc.id,
                        page=ctx.doc.page_at(span.start).index if span else grid.row_pages[r],
                        char_start=span.start if span else None,
                        char_end=span.end if span else None,
                        extractor=NAME,
                    )
                )
    return records


def read_tables(raw_tables) -> list[Grid]:
    """The data tables among a document's raw tables, read (see the module docstring)."""
    grids: list[Grid] = []
    last_heading: str | None = None
    last_heading_page = 0
    i = 0
    while i < len(raw_tables):
        raw = raw_tables[i]
        title = clean_title(raw.title_hint)
        if title and not _is_generic(title):
            last_heading, last_heading_page = title, raw.page
        if _card(raw) is not None:
            j = i
            while j < len(raw_tables) and _card(raw_tables[j]) is not None:
                j += 1
            grid = _cards_grid(raw_tables[i:j])
            i = j
        else:
            i += 1
            if _skipped(raw):
                continue
            grid = _grid(raw)
        if grid is None or not _is_data(grid):
            continue
        if grid.title is None or _is_generic(grid.title):
            if last_heading and grid.page - last_heading_page <= GENERIC_LOOKBACK_PAGES and last_heading != grid.title:
                grid.title = f"{grid.title} – {last_heading}" if grid.title else None
        grids.append(grid)
    return grids


def _unit_and_scale(figure: Figure, column: tuple[str, float] | None, row: tuple[str, float] | None, title: tuple[str, float] | None):
    """A cell's unit and scale: its own unit, else the one its column header, its row label or
    the table's title states (the nearest first: "£000s" over a column beats "£m" in a title).

    A bare number ("1,234.5", "12") takes the stated unit; a cell in that unit already
    ("£25" under "£000s") takes its scale. Money with its own scale word ("£1.2m") is
    read in pounds by :func:`extractors.figures.parse_figure` and keeps no scale.
    """
    if figure.status == "direction":
        return figure.unit, None
    if figure.status != "value":
        return None, None
    stated = column or row or title
    if stated is None:
        return figure.unit, None
    unit, scale = stated
    if figure.unit in (None, "count"):
        return (unit if unit != "count" else "count"), scale
    if figure.unit == unit and not re.search(r"\d\s*(?:k|m|bn|b|thousand|million|billion)\b", figure.raw or "", re.I):
        return unit, scale
    return figure.unit, None


@lru_cache(maxsize=8192)
def parse_figure(raw: str | None) -> Figure:
    """:func:`extractors.figures.parse_figure`, remembered: reading a table looks at each cell
    several times (figures, headers, labels, then the values); a ``Figure`` is frozen.

    A change column may print its rises with a plus sign ("+ 3.1", "+12%"): the
    figure is the number after it, and the cell keeps its printed text.
    """
    plus = _PLUS.match(raw or "")
    if plus:
        figure = _parse_figure(raw[plus.end() :])
        return replace(figure, raw=raw) if figure.status == "value" else _parse_figure(raw)
    return _parse_figure(raw)


_PLUS = re.compile(r"^\+\s?(?=[£$€]?\d|\.\d)")


# -- vocabulary ---------------------------------------------------------------


def _vocab() -> Tables:
    return vocab.get("tables")


def _is_generic(title: str) -> bool:
    return bool(vocab.regex("tables", "titles.generic").search(title))


def clean_title(text: str | None) -> str | None:
    """A reader's title hint without page furniture, or None when nothing is left.

    >>> clean_title("Pages 3 to 7"), clean_title("KS2 Predictions 50"), clean_title("Key Stage 4")
    (None, 'KS2 Predictions', 'Key Stage 4')
    """
    if not text:
        return None
    text = re.sub(r"\s+", " ", text).strip(" :")
    if not text or vocab.regex("tables", "titles.noise").search(text):
        return None
    stripped = vocab.regex("tables", "titles.trailing_page_number").sub("", text)
    # Keep a number that is part of the name ("Key Stage 4", "Year 11").
    if stripped != text and not re.search(r"(?:stage|year|key|level|grade|phase|tier|quarter|q)\s+\d{1,3}$", text, re.I):
        text = stripped
    return text or None


def _skipped(raw) -> bool:
    first = next((c for row in raw.rows for c in row if c), None)
    return first is None or bool(vocab.regex("tables", "skip.first_cell").search(first))


# -- reading one table --------------------------------------------------------


def _is_figure(cell: str | None) -> bool:
    return parse_figure(cell).status in FIGURE_STATUSES and not is_period_label(cell)


def _is_number(cell: str | None) -> bool:
    return parse_figure(cell).status in ("value", "suppressed") and not is_period_label(cell)


def _grid(raw) -> Grid | None:
    rows = _tidy(raw.rows)
    if not rows or len(rows[0]) < 2:
        return None
    before_label = 0
    if not raw.ruled:  # a ruled table's columns are as drawn (and read as before)
        rows, before_label = _labels_first(rows)
    caption = None
    if len(rows) > 2 and len(rows[0]) >= 3 and rows[0][0] and not any(rows[0][1:]) and not _is_figure(rows[0][0]):
        caption, rows = rows[0][0], rows[1:]
    n_header = _header_rows(rows)
    header_rows, body = rows[:n_header], rows[n_header:]
    header = _join_header(header_rows, body) if header_rows else [None] * len(rows[0])
    data, periods = [], []
    period = None
    for row in body:
        if sum(1 for c in row if c) == 1 or any(_spans_columns(c) for c in row[1:]):
            p = parse_period(row[0]) if row[0] and sum(1 for c in row if c) == 1 else None
            if p and re.fullmatch(r"\d{4}", p):
                period = p
            continue  # a period row, a group row or a row-wide total box: not data
        data.append(row)
        periods.append(period)
    title = caption or clean_title(raw.title_hint)
    if title is None and len(header_rows) >= 2 and header_rows[0][0] and not header_rows[1][0]:
        title = header_rows[0][0]  # "Integrated Children's Services" over "RAG rating / Latest, Previous"
    return Grid(
        title=title, header=header, rows=data, row_periods=periods, row_pages=[raw.page] * len(data),
        page=raw.page, ruled=raw.ruled, method=raw.source, span=raw.span, before_label=before_label,
    )  # fmt: skip


_AMOUNT = re.compile(r"(?<![\w.,])-?\d[\d,]*\.\d+(?![\w.])")


def _spans_columns(cell: str | None) -> bool:
    """A cell holding a label and several amounts ("TOTAL PAY 21,845.7 12,524.5 11,863.6"):
    a ruled box drawn across columns whose own rules are missing."""
    return bool(cell) and len(_AMOUNT.findall(cell)) >= 2 and bool(re.search(r"[A-Za-z]{3,}", cell))


def _tidy(rows) -> list[list[str | None]]:
    """Cells with whitespace squashed, empty rows and columns dropped, rows padded to one width."""
    out = [[(re.sub(r"\s+", " ", c).strip() or None) if c else None for c in row] for row in rows]
    out = [row for row in out if any(row)]
    if not out:
        return []
    width = max(len(r) for r in out)
    out = [r + [None] * (width - len(r)) for r in out]
    keep = [k for k in range(width) if any(r[k] for r in out)]
    return [[r[k] for k in keep] for r in out]


def _header_rows(rows: list[list[str | None]]) -> int:
    """How many leading rows are labels rather than data."""
    n = 0
    for i, row in enumerate(rows[:4]):
        if i > 0 and row[0] and not any(row[1:]):
            break  # a period or group row starts the body
        cells = row[1:]
        if any(_is_number(c) for c in cells):
            break
        marks = [k for k, c in enumerate(cells, start=1) if _is_figure(c)]
        if marks:  # RAG words / arrows: a header only over numbers
            below = rows[i + 1] if i + 1 < len(rows) else None
            if below is None or not all(_is_number(below[k]) or not below[k] for k in marks) or not any(_is_number(below[k]) for k in marks):
                break
        n += 1
    if n == len(rows):
        return n  # labels only: not a data table (dropped by _is_data)
    return n


def _labels_first(rows: list[list[str | None]]) -> tuple[list[list[str | None]], int]:
    """Rows with the row-label column moved to the front, when it is not already there, and
    how many columns were printed left of it (0: none; the labels were first already).

    A budget table may print last year's figures left of the labels and this
    year's to the right; the labels are the column whose cells are words
    where every other column holds figures. Its position is the reader's to
    see; this extractor's row label is the first cell.
    """
    data = [row for row in rows if any(_is_number(c) for c in row)]  # not the header rows

    def words_share(k: int) -> float:
        cells = [row[k] for row in data if row[k]]
        return sum(1 for c in cells if not _is_figure(c) and not is_period_label(c)) / len(cells) if cells else 0.0

    if words_share(0) >= 0.5:
        return rows, 0
    numbers = [parse_figure(row[0]).value for row in rows if row[0]]
    if len(numbers) >= 2 and all(n is not None and float(n).is_integer() for n in numbers) and numbers == sorted(numbers):
        return rows, 0  # "Row Ref" 1, 2, 3...: the rows' own numbering comes first (see _first_value_column)
    label = max(range(len(rows[0])), key=words_share)
    filled = sum(1 for row in data if row[label])
    if label == 0 or words_share(label) < 0.8 or filled < 0.5 * len(data):
        return rows, 0
    return [[row[label], *row[:label], *row[label + 1 :]] for row in rows], label


def _spread_groups(filled: list[list[str | None]]) -> None:
    """A group label over repeated sub-labels covers its repeat: "2025-26" over "Core External
    Total", "2026-27" over the next "Core External Total" (in place).

    The sub-labels of a lower header row that repeat the same run of labels
    once per group label above them give each group label its columns, wherever
    over its run it is printed (centred, not always over the first sub-column).
    """
    for i in range(len(filled) - 1):
        groups = [k for k, c in enumerate(filled[i]) if c]
        if len(groups) < 2:
            continue
        for below in filled[i + 1 :]:
            columns = [k for k, c in enumerate(below) if c]
            labels = [below[k] for k in columns]
            if len(labels) % len(groups):
                continue
            width = len(labels) // len(groups)
            if width < 2 or labels != labels[:width] * len(groups):
                continue
            blocks = [columns[g * width : (g + 1) * width] for g in range(len(groups))]
            if not all(block[0] - 1 <= k <= block[-1] + 1 for k, block in zip(groups, blocks)):
                continue
            texts = [filled[i][k] for k in groups]
            for k in groups:
                filled[i][k] = None
            for text, block in zip(texts, blocks):
                for k in block:
                    filled[i][k] = text
            break


def _join_header(header_rows: list[list[str | None]], body: list[list[str | None]]) -> list[str | None]:
    width = len(header_rows[0])
    filled = [list(r) for r in header_rows]
    _spread_groups(filled)
    # A group label spans the empty cells to its right that have sub-labels below.
    for i in range(len(filled) - 1):
        for k in range(1, width):
            if filled[i][k] is None and filled[i][k - 1] and any(filled[j][k] for j in range(i + 1, len(filled))):
                if any(filled[j][k - 1] for j in range(i + 1, len(filled))):
                    filled[i][k] = filled[i][k - 1]
    header = [" ".join(r[k] for r in filled if r[k]) or None for k in range(width)]
    # Labels one column to the left of the data: move them right.
    rows = [row for row in body if any(row)]
    if (
        width >= 3 and header[-1] is None and all(header[:-1]) and rows
        and all(row[0] and not _is_figure(row[0]) and row[-1] for row in rows)
    ):  # fmt: skip
        header = [None] + header[:-1]
    return header


def _is_data(grid: Grid) -> bool:
    """A data table has a column of figures: most of its filled cells are figures."""
    if not grid.rows or len(grid.header) < 2:
        return False
    first = _first_value_column(grid)
    for c in range(first, len(grid.header)):
        cells = [row[c] for row in grid.rows if row[c]]
        if cells and sum(1 for cell in cells if _is_figure(cell)) >= MIN_FIGURE_SHARE * len(cells):
            return True
    return False


def _first_value_column(grid: Grid) -> int:
    """0 when the first column holds figures too (no row labels), else 1."""
    labels = [row[0] for row in grid.rows if row[0]]
    if not labels:
        return 0
    if all(_is_number(c) for c in labels):
        numbers = [parse_figure(c).value for c in labels]
        counting = len(numbers) >= 2 and all(n is not None and float(n).is_integer() for n in numbers) and numbers == sorted(numbers)
        return 1 if counting else 0  # "Row Ref" 1, 2, 3... labels its rows; other figures are data
    return 1


# -- scorecard boxes ------------------------------------------------------------


@lru_cache(maxsize=1)
def _card_label_pattern() -> re.Pattern[str]:
    labels = "|".join(re.escape(label) for label in _vocab().cards.labels)
    return re.compile(rf"\b(?P<label>{labels})\b\s*:?\s*", re.I)


def _card(raw) -> tuple[str, str | None, list[tuple[str, str]]] | None:
    """(indicator, RAG, [(label, value), ...]) when ``raw`` is one scorecard box."""
    if raw.source not in ("pdf-lines", "ocr-lines") or len(raw.rows) != 2:  # a box drawn round it, in the PDF or in a scan
        return None
    top, bottom = raw.rows
    name = top[0]
    cells = [c for c in bottom if c]
    if not name or len(cells) < 2 or not all(_card_label_pattern().match(c) for c in cells):
        return None
    rag = next((c for c in reversed(top[1:]) if c), None)
    if rag is not None and parse_figure(rag).status != "rag":
        return None
    text = " ".join(cells)
    marks = list(_card_label_pattern().finditer(text))
    pairs = []
    for m, following in zip(marks, marks[1:] + [None]):
        value = text[m.end() : following.start() if following else len(text)].strip(" ,;")
        pairs.append((m.group("label").title(), value))
    return name, rag, pairs


def _cards_grid(raws) -> Grid:
    cards = _vocab().cards
    columns = [cards.indicator_column, cards.rag_column] + [label.title() for label in cards.labels] + [cards.previous_rag_column]
    rows, pages, prefixes = [], [], {}
    for raw in raws:
        name, rag, pairs = _card(raw)
        row: list[str | None] = [name, rag] + [None] * (len(columns) - 2)
        r = len(rows)
        for label, value in pairs:
            previous_rag = re.fullmatch(r"(?P<value>.*?)\s*\((?P<rag>[A-Za-z/]+)\)", value)
            if previous_rag and parse_figure(previous_rag.group("rag")).status == "rag":
                value = previous_rag.group("value")
                k = columns.index(cards.previous_rag_column)
                row[k] = previous_rag.group("rag")
                prefixes[(r, k)] = rf"{re.escape(label)}\s*:?\s*{_flex(value)}\s*\("
            k = columns.index(label)
            row[k] = value or None
            prefixes[(r, k)] = rf"{re.escape(label)}\s*:?\s*"
        rows.append(row)
        pages.append(raw.page)
    title = next((clean_title(raw.title_hint) for raw in raws if clean_title(raw.title_hint)), None)
    return Grid(
        title=title, header=columns, rows=rows, row_periods=[None] * len(rows), row_pages=pages,
        page=raws[0].page, ruled=True, method=raws[0].source, span=None, prefixes=prefixes,
    )  # fmt: skip


# -- where the cells are in the document text ---------------------------------------


def _flex(text: str) -> str:
    """A pattern for ``text`` that allows any whitespace (line breaks) between its words."""
    return r"\s+".join(re.escape(t) for t in text.split())


def _locate(ctx: ExtractionContext, grid: Grid, first: int = 1) -> dict[tuple[int, int], Span | None]:
    """Document offsets of each data cell (and row label), searched row by row.

    Rows are looked for in order from where the previous row ended: first the
    row label (or its first words, when the label wraps around the values),
    accepted where the row's first value follows it closely; then each cell
    after the one before (a cell with a printed prefix such as ``Latest:`` is
    looked for after its prefix).
    """
    spans: dict[tuple[int, int], Span | None] = {}
    text = ctx.doc.text
    cursors: dict[int, int] = {}
    for r, row in enumerate(grid.rows):
        if grid.span is not None:
            lo, hi = grid.span.start, grid.span.end
        else:
            page = ctx.doc.pages[grid.row_pages[r] - 1]
            lo, hi = page.start, page.end
        cursor = max(lo, cursors.get(grid.row_pages[r], lo))
        row_start = _row_start(text, grid, r, cursor, hi, spans) if first else cursor
        end = min(hi, row_start + SEARCH_WINDOW)
        prefixed = {}
        for c in range(first, len(row)):
            if row[c] and (r, c) in grid.prefixes:
                prefixed[c] = _find_cell(text, grid, r, c, row_start, end)
        pos, last = row_start, row_start
        before = cursor
        for c in range(first, len(row)):
            if not row[c]:
                continue
            if c in prefixed:
                m = prefixed[c]
            else:
                # Before the next prefixed cell ("GREEN" before "Latest:"), else before the row label.
                bound = min([p.start() for k, p in prefixed.items() if k > c and p] or [end])
                if 0 < c <= grid.before_label:  # printed left of the label: in the text before it, in order
                    m = _find_cell(text, grid, r, c, before, row_start) if row_start > before else None
                    before = m.end("cell") if m else before
                else:
                    m = _find_cell(text, grid, r, c, pos, bound) or (_find_cell(text, grid, r, c, cursor, row_start) if row_start > cursor else None)
            if m:
                spans[(r, c)] = Span(start=m.start("cell"), end=m.end("cell"))
                pos = max(pos, m.end("cell"))
                last = max(last, pos)
        cursors[grid.row_pages[r]] = last
    return spans


def _row_start(text: str, grid: Grid, r: int, cursor: int, hi: int, spans: dict) -> int:
    row = grid.rows[r]
    label = row[0]
    if not label:
        return cursor
    filled = [c for c in range(1, len(row)) if row[c]]
    after = [c for c in filled if c > grid.before_label]  # the cells printed after the label
    first = next((c for c in filled if (r, c) in grid.prefixes), after[0] if after else None)
    before = [c for c in filled if c <= grid.before_label]  # printed left of the label, on its line
    words = label.split()
    for pattern_words, whole in ((words, True), (words[:4], False)):
        for m in _matches(pattern_words, text, cursor, hi):
            line_start = max(cursor, text.rfind("\n", 0, m.start()) + 1)
            if not all(_find_cell(text, grid, r, c, line_start, m.start()) for c in before):
                continue  # the same label in another row or table of the page
            if first is None or _find_cell(text, grid, r, first, m.end(), min(hi, m.end() + 400)):
                if whole:
                    spans[(r, 0)] = Span(start=m.start(), end=m.end())
                return m.start()
    return cursor


def _matches(words: list[str], text: str, start: int, end: int, limit: int = 5) -> list[_Found]:
    return list(islice(_runs(text, words, start, end), limit))


def _find_cell(text: str, grid: Grid, r: int, c: int, start: int, end: int) -> re.Match[str] | _Found | None:
    cell = grid.rows[r][c]
    prefix = grid.prefixes.get((r, c))
    words = cell.split()
    if prefix is None and words:
        return next(_runs(text, words, start, end, digit_before=cell[0].isdigit(), digit_after=cell[-1].isdigit()), None)
    pattern = (prefix or "") + rf"(?P<cell>{_flex(cell)})"
    if cell[0].isdigit():
        pattern = r"(?<![\d.,])" + pattern
    if cell[-1].isdigit():
        pattern += r"(?![\d.])"
    return _search(pattern, text, start, end)


def _search(pattern: str, text: str, start: int, end: int) -> re.Match[str] | None:
    return re.compile(pattern).search(text, start, end)


class _Found(NamedTuple):
    """A cell or row label found in the text: its span, asked for as of a ``re.Match`` (``start("cell")``)."""

    begin: int
    stop: int

    def start(self, group: str | None = None) -> int:
        return self.begin

    def end(self, group: str | None = None) -> int:
        return self.stop


def _runs(text: str, words: list[str], start: int, end: int, digit_before: bool = False, digit_after: bool = False) -> Iterator[_Found]:
    """Where ``words`` follow each other, any whitespace between them (none after a hyphen), in ``text[start:end]``, left to right.

    The matches of ``re.finditer(_flex(" ".join(words)), text, start, end)``, with
    ``(?<![\\d.,])`` in front when ``digit_before`` and ``(?![\\d.])`` behind when
    ``digit_after``: the same spans, without compiling a pattern for every cell
    and label of every table (compiling was most of this extractor's time).
    ``str.isspace`` and ``str.isdecimal`` are what ``\\s`` and ``\\d`` match.
    """
    end = min(end, len(text))
    first, rest = words[0], words[1:]
    i = text.find(first, start, end)
    while i >= 0:
        j = i + len(first)
        for before, word in zip(words, rest):
            k = j
            while k < end and text[k].isspace():
                k += 1
            # (a word ending in a hyphen may run straight on: "cost- effective" in a cell whose
            # line broke after the hyphen is "cost-effective" in PDFium's text, which rejoins it)
            if (k == j and not before.endswith("-")) or not text.startswith(word, k, end):
                j = -1
                break
            j = k + len(word)
        if (
            j >= 0
            and not (digit_before and i > 0 and (text[i - 1].isdecimal() or text[i - 1] in ".,"))
            and not (digit_after and j < end and (text[j].isdecimal() or text[j] == "."))
        ):
            yield _Found(i, j)
            i = text.find(first, j, end)
        else:
            i = text.find(first, i + 1, end)
