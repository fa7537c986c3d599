"""Tables on a PDF page, with pdfplumber.

Two kinds of table are found:

* **Ruled tables** (drawn lines and rectangles) with pdfplumber's line
  strategy, on pages with enough drawn edges.
* **Whitespace-aligned tables** (no rules, columns kept apart by space). The
  page's words are grouped into lines and each line into *segments*: runs of
  words closer than about one em. A table is a run of at least three lines
  with two or more segments each (a one-segment line may sit between them:
  a wrapped header or label; up to :data:`MAX_INTERRUPTION` of them, notes and
  section headings under a header, between lines of three or more columns) whose segments leave at least one vertical
  "river" of white space across every line. The rivers are the column
  boundaries, so a cell never splits a word. A run is kept only if it reads
  as a table: at least two columns, short cells, some figures, and not a
  list (a column of bullets or numbers) nor a form (a column of ``Label:``).
  Prose, agenda lists and front sheets therefore give no table (numbers that
  label rows of figures, ages 18, 19, 20 beside their counts, are no list). Lines
  of a row that wrap (set closer together than rows are, or a label going on in
  lower case or inside a bracket) are joined into one row. A header line
  that parts two labels parts their columns too, even where only one of them
  has figures under it on this page; a group label ("2012/2013" over "number
  percentage") heads its sub-columns instead of joining them; a header cell
  centred on a line of its own above the others belongs to the table. A line
  of prose or a footer set close under the last row, reaching well past the
  table's width, is left out of it.

Words inside ruled tables are left out of the unruled search. Each table
carries its likely title: the nearest heading line above it (bold, or a
short line that does not end a paragraph), with lines inside other tables
ignored.

Only the pdfplumber ``page`` is used (its words, lines and rects, and its
table finder), so this works however the page's text was extracted elsewhere,
and on any object that offers that part of pdfplumber's page: the PDF reader
passes a :class:`~pipeline.readers.pdfium_page.PdfiumPage`, pdfplumber's
objects read by PDFium.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from statistics import median

from pdfplumber.utils import extract_words

from schemas.source_document import RawTable

RULED_MIN_EDGES = 6  # drawn lines + rectangles on a page before it may hold a ruled table
MIN_ROWS = 3  # lines with two or more segments in an unruled table
SEGMENT_GAP_EM = 1.1  # a gap wider than this many font sizes separates two cells
MAX_INTERRUPTION = 6  # one-segment lines (notes, section headings) a table runs on over
MIN_RIVER = 6.0  # narrowest white column (pt) that separates two table columns
MAX_MEDIAN_CELL = 40  # characters: longer cells are prose, not a table
TITLE_WINDOW_EM = 4.0  # how far above a table (in font sizes) its title may be

# a list's marker: a bullet, "3.", "(a)", "iv)", "12", or a section number "7.1", "2.2.1" (a contents page)
_LIST_MARKER = re.compile(r"^(?:[^\w\s]|[\ue000-\uf8ff]|\(?\d{1,3}[.)]|\(?[a-z][.)]|\(?[ivx]{1,4}[.)]|\d{1,3}|\d{1,2}(?:\.\d{1,2}){1,3}\.?)$", re.I)
_FIGURE = re.compile(r"\d|^(?:-|–|—|n/a|\*|x|c)$", re.I)
_NOISE_LINE = re.compile(r"^(?:page\s+)?\d{1,4}$|^appendix\s+\w{1,3}$|^agenda item\s+\d+$|^pages?\s+\d+\s*(?:to|-|–)\s*\d+$", re.I)


@dataclass
class _Line:
    words: list[dict]
    top: float
    bottom: float
    size: float
    segments: list[tuple[float, float, str]] = field(default_factory=list)

    @property
    def x0(self) -> float:
        return self.words[0]["x0"]

    @property
    def x1(self) -> float:
        return self.words[-1]["x1"]

    @property
    def text(self) -> str:
        return " ".join(w["text"] for w in self.words)

    @property
    def bold(self) -> bool:
        return all(_is_bold(w.get("fontname", "")) for w in self.words)


def find_tables(page, index: int) -> list[RawTable]:
    """The tables on a pdfplumber ``page`` (physical page ``index``), top to bottom."""
    tables: list[RawTable] = []
    words = [w for w in _visible_words(page) if w.get("upright", True)]
    if len(page.lines) + len(page.rects) >= RULED_MIN_EDGES:
        for table in page.find_tables():
            rows = _clean(table.extract())
            if _looks_like_table(rows, minimum_rows=2) and not _splits_words(table, words) and not _merged_columns(rows) and not _word_grid(rows):
                tables.append(RawTable(page=index, rows=rows, source="pdf-lines", ruled=True, bbox=tuple(table.bbox)))
    return find_tables_in_words(words, index, tables)


def find_tables_in_words(words: list[dict], index: int, ruled: list[RawTable] | None = None) -> list[RawTable]:
    """Whitespace-aligned tables among ``words`` (dicts with x0, x1, top, bottom, text, size, fontname),
    besides the ``ruled`` tables already found on the page; every table gets its title.

    Words can come from pdfplumber or from any other reader that gives their boxes
    (the PDF reader uses PDFium's character boxes on pages without drawn rules).
    """
    tables = list(ruled or [])
    boxes = [t.bbox for t in tables]
    free = [w for w in words if not any(_inside(w, b) for b in boxes)] if boxes else words
    free_lines = _lines(free)
    for rows, bbox in _unruled(free_lines):
        tables.append(RawTable(page=index, rows=rows, source="pdf-text", ruled=False, bbox=bbox))
    if not tables:
        return tables
    tables.sort(key=lambda t: t.bbox[1])
    lines = free_lines if len(free) == len(words) else _lines(words)  # the same words: the same lines
    for table in tables:
        others = [t.bbox for t in tables if t is not table]
        table.title_hint = _title_above(lines, table.bbox, others)
    return tables


# -- what is printed ----------------------------------------------------------

_WHITE = {(1,), (1, 1, 1), (0, 0, 0, 0)}


def _white(char: dict) -> bool:
    """True for a character filled white (PDFium's ``white``, or pdfplumber's fill colour)."""
    if "white" in char:
        return bool(char["white"])
    colour = char.get("non_stroking_color")
    return isinstance(colour, (tuple, list)) and tuple(float(c) for c in colour) in _WHITE


def _dark_fill(rect: dict) -> bool:
    """True for a rectangle filled with a colour other than white (PDFium's ``dark_fill``, or pdfplumber's)."""
    if "dark_fill" in rect:
        return bool(rect["dark_fill"])
    colour = rect.get("non_stroking_color")
    return bool(rect.get("fill")) and not (isinstance(colour, (tuple, list)) and tuple(float(c) for c in colour) in _WHITE)


def _visible_words(page) -> list[dict]:
    """The page's words, without text printed white on white and without turned text.

    Spreadsheet exports keep helper codes in white cells ("CPPrate1" over a
    year, a sheet's initials beside the first row): they are in the text but
    nobody sees them, and in a table they would join the header or a label.
    White text on a coloured fill (a RAG label, a heading band) is printed
    and kept.
    """
    chars = page.chars
    if not any(_white(c) or _turned(c) for c in chars):
        return page.extract_words(extra_attrs=["size", "fontname"])
    fills = [r for r in page.rects if _dark_fill(r)] if any(_white(c) for c in chars) else []

    def shown(c: dict) -> bool:
        if _turned(c):
            return False
        if not _white(c):
            return True
        cx, cy = (c["x0"] + c["x1"]) / 2, (c["top"] + c["bottom"]) / 2
        return any(r["x0"] <= cx <= r["x1"] and r["top"] <= cy <= r["bottom"] for r in fills)

    return extract_words([c for c in chars if shown(c)], extra_attrs=["size", "fontname"])


def _turned(char: dict) -> bool:
    """True for a character set turned on the page (a "Page 7" running up the margin, letter
    above letter): its text matrix rotates. Such letters sit beside table rows but are no cell."""
    matrix = char.get("matrix")
    if not matrix:
        return False
    a, b, c, d = matrix[:4]
    return abs(b) > 1e-3 * max(abs(a), abs(d), 1e-9) or abs(c) > 1e-3 * max(abs(a), abs(d), 1e-9)


# -- ruled tables ------------------------------------------------------------


def ruled_rows(rows) -> list[list[str | None]] | None:
    """A ruled table's extracted ``rows``, cleaned, or None when they do not read as a table (the ruled-table checks)."""
    rows = _clean(rows)
    if _looks_like_table(rows, minimum_rows=2) and not _merged_columns(rows) and not _word_grid(rows):
        return rows
    return None


def _clean(rows) -> list[list[str | None]]:
    out = []
    for row in rows or []:
        cells = [(" ".join(c.split()) if c else None) for c in row]
        if any(cells):
            out.append(cells)
    return out


def _looks_like_table(rows, minimum_rows: int) -> bool:
    return len(rows) >= minimum_rows and max((len(r) for r in rows), default=0) >= 2


def _splits_words(table, words: list[dict]) -> bool:
    """True when the table's cell borders cut through words (rules that are not a grid: underlines, highlights)."""
    cells, bbox = table.cells, table.bbox  # pdfplumber computes ``bbox`` from the cells at every access
    split = inside = 0
    for w in words:
        if not _inside(w, bbox):
            continue
        inside += 1
        cx, cy = (w["x0"] + w["x1"]) / 2, (w["top"] + w["bottom"]) / 2
        home = next((c for c in cells if c[0] <= cx <= c[2] and c[1] <= cy <= c[3]), None)
        if home is not None and (w["x0"] < home[0] - 1.5 or w["x1"] > home[2] + 1.5):
            split += 1
    return split >= 3 or (inside > 0 and split > 0.1 * inside)


def _word_grid(rows) -> bool:
    """True for prose boxed word by word (highlights, underlines): many columns, mostly empty, one-word cells."""
    cells = [c for row in rows for c in row]
    filled = [c for c in cells if c]
    if not filled:
        return True
    fragments = sum(1 for c in filled if " " not in c and (c[0].islower() or not c[0].isalnum() or len(c) <= 2) and not any(ch.isdigit() for ch in c))
    sparse = len(rows[0]) >= 8 and len(filled) < 0.5 * len(cells)
    return sparse or fragments >= max(3, 0.3 * len(filled))


_MULTI_NUMBER = re.compile(r"(?:^|\s)[-+]?(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+)(?=\s|$)")


def _merged_columns(rows) -> bool:
    """True when cells hold several numbers each: columns the table finder failed to separate."""
    cells = [c for row in rows for c in row if c]
    counts = [len(_MULTI_NUMBER.findall(c)) for c in cells]
    crowded = sum(1 for n in counts if n >= 2)
    return any(n >= 4 for n in counts) or (cells and crowded > 0.25 * len(cells))


# -- lines and segments ------------------------------------------------------


_BOLD = re.compile(r"bold|black|heavy|semibold|,b\b", re.I)


def _is_bold(fontname: str) -> bool:
    return bool(_BOLD.search(fontname))


def _inside(word: dict, bbox) -> bool:
    x0, top, x1, bottom = bbox
    cx, cy = (word["x0"] + word["x1"]) / 2, (word["top"] + word["bottom"]) / 2
    return x0 - 1 <= cx <= x1 + 1 and top - 1 <= cy <= bottom + 1


def _lines(words: list[dict]) -> list[_Line]:
    """Words grouped into lines (by their vertical middle), each line split into segments."""
    lines: list[_Line] = []
    for w in sorted(words, key=lambda w: ((w["top"] + w["bottom"]) / 2, w["x0"])):
        middle = (w["top"] + w["bottom"]) / 2
        size = float(w.get("size") or (w["bottom"] - w["top"]) or 10)
        # the larger of the two sizes: a scan's "=" or "-" is a few points high, and its line's words are not
        if lines and abs(middle - (lines[-1].top + lines[-1].bottom) / 2) <= max(2.0, 0.35 * max(lines[-1].size, size)):
            line = lines[-1]
            line.words.append(w)
            line.top, line.bottom, line.size = min(line.top, w["top"]), max(line.bottom, w["bottom"]), max(line.size, size)
        else:
            lines.append(_Line(words=[w], top=w["top"], bottom=w["bottom"], size=size))
    for line in lines:
        line.words.sort(key=lambda w: w["x0"])
        gap = max(6.0, SEGMENT_GAP_EM * line.size)
        line.segments = _segments(line.words, lambda i: line.words[i]["x0"] - line.words[i - 1]["x1"] > gap)
    for line in lines:
        _bullet_with_its_text(line)
    edges = _figure_edges(lines)
    for line in lines:
        if len(line.segments) >= 2 and edges:
            words = line.words
            line.segments = _segments(
                words,
                lambda i: words[i]["x0"] - words[i - 1]["x1"] > max(6.0, SEGMENT_GAP_EM * line.size)
                or (_ENDS_CELL.match(words[i - 1]["text"]) and round(words[i - 1]["x1"]) in edges and words[i]["x0"] > words[i - 1]["x1"] + 1),
            )
    return lines


_BULLET = re.compile(r"^[•·▪◦●○■□‣⁃∙*-]$")


def _bullet_with_its_text(line: _Line) -> None:
    """A list bullet and the text after it are one segment: a bulleted line is a list item, never a table row.

    A bullet is set an indent away from its text; in a scan, whose words'
    sizes are their ink heights, that indent can be wider than the gap that
    parts two cells.
    """
    if len(line.segments) >= 2 and _BULLET.match(line.segments[0][2]):
        (x0, _, bullet), (_, x1, text) = line.segments[:2]
        line.segments[:2] = [(x0, x1, f"{bullet} {text}")]


def _segments(words: list[dict], breaks) -> list[tuple[float, float, str]]:
    """Runs of ``words`` split before every index ``i`` where ``breaks(i)``."""
    segments, start = [], 0
    for i in range(1, len(words) + 1):
        if i == len(words) or breaks(i):
            part = words[start:i]
            segments.append((part[0]["x0"], part[-1]["x1"], " ".join(w["text"] for w in part)))
            start = i
    return segments


# A figure as a column of a table prints it: "1,234.5", "-836.6", "(12)", "£25", "47%".
_FIGURE_WORD = re.compile(r"^[-−–(]?[£$€]?\d[\d,]*(?:\.\d+)?%?\)?$")
# What may end a cell of a figures column: a figure, or the dash printed for none.
_ENDS_CELL = re.compile(_FIGURE_WORD.pattern + r"|^[-–—]$")


def _figure_edges(lines: list[_Line]) -> set[int]:
    """Right edges (rounded, ±1 pt) that figures on at least :data:`MIN_ROWS` lines end at: right-aligned columns.

    Where such a figure is followed closely by more text ("31,721.5 Base
    Budget Changes": a total column set 3 pt from the labels), the figure's
    alignment with the rows above and below says it ends a cell.
    """
    ends: dict[int, set[int]] = {}
    for n, line in enumerate(lines):
        for w in line.words:
            if _FIGURE_WORD.match(w["text"]):
                ends.setdefault(round(w["x1"]), set()).add(n)
    shared = {x for x in ends if len(ends.get(x - 1, set()) | ends[x] | ends.get(x + 1, set())) >= MIN_ROWS}
    return {x + d for x in shared for d in (-1, 0, 1)}


# -- whitespace-aligned tables ----------------------------------------------


def _unruled(lines: list[_Line]):
    """(rows, bbox) for every run of lines that reads as a whitespace-aligned table."""
    i = done = 0  # done: the first line after the last table
    while i < len(lines):
        if len(lines[i].segments) < 2:
            i += 1
            continue
        run = [lines[i]]
        j = i + 1
        while j < len(lines):
            step = lines[j].top - run[-1].bottom
            if step > 2.5 * max(lines[j].size, run[-1].size):
                break
            if len(lines[j].segments) >= 2:
                run.append(lines[j])
                j += 1
            else:
                # one-segment lines between table lines: a wrapped header or label, a section heading, a note under the
                # header ("* the prior year savings ... RESERVES"); the table goes on if its lines resume close below
                k = j
                while k < len(lines) and k - j < MAX_INTERRUPTION and len(lines[k].segments) < 2 and lines[k].top - (lines[k - 1].bottom if k > j else run[-1].bottom) <= 2.5 * lines[k].size:
                    k += 1
                # over several lines only between lines of three or more columns: numbered headings with their
                # paragraphs ("84. (Item 1)  Apologies", then prose) are two segments a line, and no table
                wide = k - j == 1 or (len(run[-1].segments) >= 3 and k < len(lines) and len(lines[k].segments) >= 3)
                if k < len(lines) and k > j and wide and len(lines[k].segments) >= 2 and lines[k].top - lines[k - 1].bottom <= 2.5 * lines[k - 1].size:
                    run.extend(lines[j : k + 1])
                    j = k + 1
                else:
                    break
        above = _header_above(lines, i, done, run)
        table = _table_from(above + run)
        if table is None:
            for n in range(1, 3):  # a footer or a line of prose set close under the table's last row
                if len(run) - n < MIN_ROWS or not _overhangs(run[-n], run[:-n]):
                    break
                table = _table_from(above + run[:-n])
                if table:
                    j = i + len(run) - n
                    break
        if table:
            yield table
            i = done = j
        else:
            i += 1


def _header_above(lines: list[_Line], i: int, done: int, run: list[_Line]) -> list[_Line]:
    """One-segment lines just above ``lines[i]`` that are part of the table's header: set
    overlapping the line below (a header row whose cells are centred on different lines),
    over the figure columns rather than at the table's left edge."""
    left = min(line.x0 for line in run[:MIN_ROWS + 1])
    out: list[_Line] = []
    k = i - 1
    while k >= done and len(out) < 2 and len(lines[k].segments) == 1:
        line, below = lines[k], (out[0] if out else lines[i])
        middle, below_middle = (line.top + line.bottom) / 2, (below.top + below.bottom) / 2
        if below_middle - middle >= 0.8 * line.size or line.x0 < left + 2 * line.size:
            break
        out.insert(0, line)
        k -= 1
    return out


def _overhangs(line: _Line, others: list[_Line]) -> bool:
    """True when ``line`` reaches well past the other lines on either side (prose, a page footer)."""
    return line.x1 > max(o.x1 for o in others) + 3 * line.size or line.x0 < min(o.x0 for o in others) - 3 * line.size


def _rivers(run: list[_Line]) -> list[tuple[float, float]]:
    """Column extents: the union of segment extents over the run, split at white space, and
    split again where figures of many rows end and no segment crosses (a right-aligned
    column set closer to the next than a river is wide), or where a header line parts two
    labels and nothing below crosses between them (a column with no figures on this page).

    A group label of the header ("2012/2013" over "number  percentage") spans the
    columns it heads: it is left out here, so it does not join them into one.
    """
    header = _header_lines(run)
    groups = {id(s) for s in _group_labels(header, run)}
    segments = [s for line in run for s in line.segments if id(s) not in groups]
    spans = sorted((s[0], s[1]) for s in segments)
    worded = [(s[0], s[1]) for s in segments if not _figures_only(s[2])]
    columns: list[list[float]] = []
    for x0, x1 in spans:
        if columns and x0 - columns[-1][1] < MIN_RIVER:
            columns[-1][1] = max(columns[-1][1], x1)
        else:
            columns.append([x0, x1])
    ends: dict[int, int] = {}
    for line in run:
        for x0, x1, text in line.segments:
            if _FIGURE_WORD.match(text.split()[-1]):
                ends[round(x1)] = ends.get(round(x1), 0) + 1
    parted = _header_partings(header, groups)
    out: list[tuple[float, float]] = []
    for a, b in columns:
        members = [(s0, s1) for s0, s1 in spans if a <= s0 <= b]
        cuts = {
            x + 0.5 for x, n in ends.items()
            if n >= MIN_ROWS and a + 1 < x < b - 1 and any(s0 > x for s0, _ in members)
            and sum(1 for s0, s1 in members if s0 < x + 0.5 < s1) <= n // 4  # a stray cell of figures set off the grid may cross,
            and not any(s0 < x + 0.5 < s1 for s0, s1 in worded)  # a label may not: a header over both keeps them one column
        }  # fmt: skip
        for options in parted:
            cut = next((x for x in options if a + 1 < x < b - 1 and not any(s0 < x < s1 for s0, s1 in members)), None)
            if cut is not None and not any(abs(cut - c) < MIN_RIVER for c in cuts):
                cuts.add(cut)
        edges = [a, *sorted(cuts), b + 1]
        for left, right in zip(edges, edges[1:]):
            inside = [(s0, s1) for s0, s1 in members if left - 0.5 <= s0 < right]
            if inside:
                out.append((min(s0 for s0, _ in inside), max(min(s1, right - 0.6) if right <= b else s1 for _, s1 in inside)))
    return out


def _figures_only(text: str) -> bool:
    return all(_FIGURE_WORD.match(t) for t in text.split())


def _header_lines(run: list[_Line]) -> list[_Line]:
    """The run's leading lines before its first line with a cell of figures (none when no line has one)."""
    for n, line in enumerate(run):
        if any(_figures_only(s[2]) for s in line.segments):
            return run[:n]
    return []


def _group_labels(header: list[_Line], run: list[_Line]) -> list[tuple[float, float, str]]:
    """Header segments set over two or more segments of one header line below them: group labels."""
    out = []
    for n, line in enumerate(header):
        for s in line.segments:
            if any(sum(1 for t in below.segments if t[0] < s[1] and t[1] > s[0]) >= 2 for below in header[n + 1 :]):
                out.append(s)
    return out


def _header_partings(header: list[_Line], groups: set[int]) -> list[tuple[float, float]]:
    """Where header lines part two labels: for each pair of neighbours on a line, just right of the
    first (a right-aligned column's figures may reach left to it) and just left of the second."""
    out = []
    for line in header:
        labels = [s for s in line.segments if id(s) not in groups]
        for left, right in zip(labels, labels[1:]):
            out.append((left[1] + 0.5, right[0] - 0.5))
    return out


def _table_from(run: list[_Line]):
    """(rows, bbox) when the run of lines reads as a table, else None."""
    while run and len(run[-1].segments) < 2:
        run = run[:-1]
    if sum(1 for line in run if len(line.segments) >= 2) < MIN_ROWS:
        return None
    columns = _rivers([line for line in run if len(line.segments) >= 2])  # a note or heading line may cross the columns
    if len(columns) < 2:
        return None
    grid: list[list[str | None]] = []
    for line in run:
        cells: list[str | None] = [None] * len(columns)
        for x0, x1, text in _parts(line, columns):
            k = next((k for k, (a, b) in enumerate(columns) if a - 0.5 <= x0 <= b + 0.5), None)
            if k is None:  # between columns: the one it overlaps most (a header label wider than its figures), else the nearest
                overlap = [min(x1, b) - max(x0, a) for a, b in columns]
                k = max(range(len(columns)), key=lambda k: overlap[k]) if max(overlap) > 0 else None
            if k is None:
                k = min(range(len(columns)), key=lambda k: min(abs(x0 - columns[k][0]), abs(x0 - columns[k][1])))
            cells[k] = text if cells[k] is None else f"{cells[k]} {text}"
        grid.append(cells)
    grid = _drop_empty_columns(grid)
    if not _reads_as_table(grid) or _merged_columns(grid) or _labels_hold_figures(grid):
        return None
    rows = _join_wrapped(grid, run)
    x0 = min(line.x0 for line in run)
    x1 = max(line.x1 for line in run)
    return rows, (x0, run[0].top, x1, run[-1].bottom)


def _parts(line: _Line, columns: list[tuple[float, float]]) -> list[tuple[float, float, str]]:
    """The line's segments, a run of figures that straddles a column boundary split into its
    figures ("-114,917.0 -29,070.7" set off the grid in a bold total row: two cells)."""
    parts = []
    for x0, x1, text in line.segments:
        words = text.split()
        if len(words) >= 2 and all(_FIGURE_WORD.match(w) for w in words) and any(x0 < b < x1 for _, b in columns):
            parts.extend((w["x0"], w["x1"], w["text"]) for w in line.words if x0 - 0.1 <= w["x0"] and w["x1"] <= x1 + 0.1)
        else:
            parts.append((x0, x1, text))
    return parts


def _labels_hold_figures(grid: list[list[str | None]]) -> bool:
    """True when most row labels end in an amount ("Staff Costs 3,245"): the first column of
    figures was not parted from the labels (a label overflowing into it), so every column
    after would sit under the wrong header."""
    labels = [row[0] for row in grid if row[0] and any(row[1:])]
    ending = sum(1 for c in labels if len(c.split()) >= 2 and _FIGURE_WORD.match(c.split()[-1]) and any(ch in c.split()[-1] for ch in ",.%£"))
    return ending >= max(2, 0.5 * len(labels))


def _drop_empty_columns(grid):
    keep = [k for k in range(len(grid[0])) if any(row[k] for row in grid)]
    return [[row[k] for k in keep] for row in grid]


def _reads_as_table(grid: list[list[str | None]]) -> bool:
    """Two or more columns of short cells with figures in them; not a list, not a form."""
    if len(grid[0]) < 2:
        return False
    first = [row[0] for row in grid if row[0]]
    marked = [row for row in grid if row[0] and _LIST_MARKER.match(row[0])]
    if first and len(marked) >= 0.6 * len(first) and not all(any(row[1:]) and all(_figures_only(c) for c in row[1:] if c) for row in marked):
        return False  # a bulleted or numbered list (not numbers labelling rows of figures: ages 18, 19, 20 with their counts)
    if first and sum(1 for c in first if c.rstrip().endswith(":")) >= 0.5 * len(first):
        return False  # a form: "Date: ...", "Venue: ..."
    cells = [c for row in grid for c in row if c]
    if median(len(c) for c in cells) > MAX_MEDIAN_CELL:
        return False  # prose in columns
    body = [c for row in grid[1:] for c in row[1:]]
    filled = [c for c in body if c]
    figures = sum(1 for c in filled if _FIGURE.search(c))
    if not filled or figures < 0.3 * len(filled):
        return False
    # Most lines must use more than one column (a line with its label only, the second line of a
    # wrapped label or a section heading, is not counted either way).
    multi = sum(1 for row in grid if sum(1 for c in row if c) >= 2)
    counted = sum(1 for row in grid if any(row[1:]))
    return multi >= MIN_ROWS and multi >= 0.6 * counted


def _join_wrapped(grid: list[list[str | None]], run: list[_Line]) -> list[list[str | None]]:
    """Join a line to the row above when it is part of it:

    * set closer to it than rows are to each other, with fewer cells (the second
      line of a wrapped header or label);
    * set overlapping it, with cells in other columns (a header whose labels are
      centred on different lines, figures printed a little above their label);
    * its row label's continuation: a label-only line at the usual pitch that
      starts in lower case or with a bracket, or goes on with a bracket the row's
      label left open ("Local Authority Better Care Grant" / "(previously ...").
    """
    if len(run) < 2:
        return grid
    steps = [run[k].top - run[k - 1].top for k in range(1, len(run))]
    pitch = median(steps)
    label = _label_column(grid)
    rows = [list(grid[0])]
    for k in range(1, len(grid)):
        step = run[k].top - run[k - 1].top
        middles = (run[k].top + run[k].bottom - run[k - 1].top - run[k - 1].bottom) / 2
        tight = step < 0.75 * pitch and step < 1.45 * run[k].size
        fewer = sum(1 for c in grid[k] if c) < sum(1 for c in rows[-1] if c)
        beside = middles < 0.8 * run[k].size and not any(p and c for p, c in zip(rows[-1], grid[k]))
        if (tight and fewer) or beside or (step <= 1.25 * pitch and _continues_label(rows[-1], grid[k], label)):
            rows[-1] = [(f"{p} {c}" if p and c else p or c) for p, c in zip(rows[-1], grid[k])]
        else:
            rows.append(list(grid[k]))
    return rows


def _label_column(grid: list[list[str | None]]) -> int | None:
    """The column of row labels: the one with most cells of words on rows that hold figures."""
    counts = [0] * len(grid[0])
    for row in grid:
        if any(c and _figures_only(c) for c in row):
            for k, c in enumerate(row):
                if c and not _figures_only(c):
                    counts[k] += 1
    return max(range(len(counts)), key=lambda k: counts[k]) if any(counts) else None


def _continues_label(row: list[str | None], line: list[str | None], label: int | None) -> bool:
    """True when ``line`` holds only words in the label column that carry on ``row``'s label."""
    if label is None or not row[label] or not line[label] or any(c for k, c in enumerate(line) if k != label):
        return False
    if not any(c and _figures_only(c) for c in row):
        return False  # the row above is a heading or a note, not a row of figures
    text, above = line[label], row[label]
    return text[0].islower() or text[0] in "([" or above.count("(") > above.count(")") or above.count("[") > above.count("]")


# -- titles -------------------------------------------------------------------


def _title_above(lines: list[_Line], bbox, others) -> str | None:
    """The heading just above ``bbox``: bold lines, or one short line that does not end a paragraph."""
    x0, top, x1, _ = bbox
    above = [
        line for line in lines
        if line.bottom <= top + 1 and line.x0 < x1 and line.x1 > x0
        and not any(_inside(line.words[0], b) for b in others) and not _NOISE_LINE.match(line.text.strip())
    ]  # fmt: skip
    if not above:
        return None
    nearest = above[-1]
    if top - nearest.bottom > TITLE_WINDOW_EM * nearest.size:
        return None
    if nearest.bold:
        parts = [nearest]
        for line in reversed(above[:-1]):  # a heading wrapped over two lines
            if line.bold and parts[0].top - line.bottom < 0.8 * line.size and abs(line.size - parts[0].size) < 0.5:
                parts.insert(0, line)
            else:
                break
        return " ".join(p.text for p in parts).strip() or None
    text = nearest.text.strip()
    if not text or text[0].islower() or text.endswith((".", ",", ";")) or len(text) > 150:
        return None
    if len(above) >= 2:
        previous = above[-2]
        if nearest.top - previous.bottom < 0.6 * nearest.size and not previous.text.strip().endswith((".", ":")):
            return None  # the last line of a paragraph
    return text
