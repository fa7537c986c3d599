"""Tables written in text: Markdown pipes, tab-separated rows, and HTML tables left in text.

Each table's ``title_hint`` is the nearest heading line above it, looking past
page numbers and report stamps ("50", "Agenda Item 12", "Pages 55 to 64")
that conversions leave between a heading and its table; a sentence of prose
(ending in a full stop) or another table above gives no title.

Used by the text reader (saved renderings and conversions such as seed 002,
which keeps some tables as tab-separated lines and others as raw HTML) and by
the ModernGov HTML reader, whose rendered text writes table rows as
tab-separated cells.
"""

from __future__ import annotations

import re

import lxml.html
from lxml import etree

from schemas.source_document import RawTable
from schemas.provenance import Span

_MD_ROW = re.compile(r"^[ \t]*\|(?P<cells>.*)\|[ \t]*$")
_MD_RULE = re.compile(r"^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*$")


def find_text_tables(text: str, page: int = 1, base: int = 0) -> list[RawTable]:
    """Every Markdown, tab-separated and embedded-HTML table in ``text``, in order."""
    tables = _markdown(text, page, base) + _tab_separated(text, page, base) + _embedded_html(text, page, base)
    tables.sort(key=lambda t: t.span.start if t.span else 0)
    return tables


def _lines(text: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, line))
        pos += len(line) + 1
    return out


_FURNITURE = re.compile(r"^(?:page\s+)?\d{1,4}$|^agenda item\s+\d{1,3}$|^pages?\s+\d{1,4}\s*(?:to|-|–)\s*\d{1,4}$", re.I)


def _title_above(lines: list[tuple[int, str]], index: int) -> str | None:
    """The nearest heading line above a table: a line that is not a page number,
    a report stamp, a table row or a sentence of prose (those end in a full stop)."""
    for _, line in reversed(lines[max(0, index - 12) : index]):
        text = line.strip()
        if not text or _FURNITURE.match(text):
            continue
        if _MD_ROW.match(line) or "\t" in line or "<table" in line.lower() or text.endswith((".", ";", ",")) or len(text) > 150:
            return None
        return text
    return None


def _markdown(text: str, page: int, base: int) -> list[RawTable]:
    lines = _lines(text)
    tables, i = [], 0
    while i < len(lines):
        if _MD_ROW.match(lines[i][1]) and i + 1 < len(lines) and _MD_RULE.match(lines[i + 1][1]):
            start = i
            rows = [_md_cells(lines[i][1])]
            i += 2
            while i < len(lines) and _MD_ROW.match(lines[i][1]):
                rows.append(_md_cells(lines[i][1]))
                i += 1
            end_offset = lines[i - 1][0] + len(lines[i - 1][1])
            tables.append(
                RawTable(page=page, rows=rows, source="markdown", title_hint=_title_above(lines, start),
                         span=Span(start=base + lines[start][0], end=base + end_offset))  # fmt: skip
            )
            continue
        i += 1
    return tables


def _md_cells(line: str) -> list[str | None]:
    cells = [c.strip() for c in _MD_ROW.match(line).group("cells").split("|")]
    return [c or None for c in cells]


def _tab_separated(text: str, page: int, base: int) -> list[RawTable]:
    """Runs of two or more consecutive lines with tabs, at least one with two tabs."""
    lines = _lines(text)
    tables, i = [], 0
    while i < len(lines):
        if "\t" in lines[i][1] and not _MD_ROW.match(lines[i][1]) and "<table" not in lines[i][1].lower():
            start = i
            while i < len(lines) and "\t" in lines[i][1]:
                i += 1
            block = lines[start:i]
            if len(block) >= 2 and max(l.count("\t") for _, l in block) >= 1:
                rows = [[c.strip() or None for c in line.split("\t")] for _, line in block]
                width = max(len(r) for r in rows)
                rows = [r + [None] * (width - len(r)) for r in rows]
                tables.append(
                    RawTable(page=page, rows=rows, source="tsv", title_hint=_title_above(lines, start),
                             span=Span(start=base + block[0][0], end=base + block[-1][0] + len(block[-1][1])))  # fmt: skip
                )
            continue
        i += 1
    return tables


def _html_table_spans(text: str) -> list[tuple[int, int]]:
    """``<table ...>...</table>`` spans, found in one pass (an unclosed ``<table`` ends the search)."""
    spans, pos = [], 0
    lowered = text.lower()
    while True:
        start = lowered.find("<table", pos)
        if start < 0:
            return spans
        end = lowered.find("</table>", start)
        if end < 0:
            return spans
        spans.append((start, end + len("</table>")))
        pos = end + len("</table>")


def _embedded_html(text: str, page: int, base: int) -> list[RawTable]:
    tables = []
    lines = _lines(text)
    for start, end in _html_table_spans(text):
        m = _Span(start, end, text[start:end])
        try:
            table = lxml.html.fragment_fromstring(m.group(0))
        except (etree.ParserError, ValueError):
            continue
        rows = html_table_rows(table)
        if not rows:
            continue
        line_index = text.count("\n", 0, m.start())
        tables.append(
            RawTable(page=page, rows=rows, source="html", title_hint=_title_above(lines, line_index),
                     span=Span(start=base + m.start(), end=base + m.end()))  # fmt: skip
        )
    return tables


class _Span:
    """The little of ``re.Match`` that :func:`_embedded_html` uses."""

    def __init__(self, start: int, end: int, text: str) -> None:
        self._start, self._end, self._text = start, end, text

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def group(self, _: int = 0) -> str:
        return self._text


def html_table_rows(table) -> list[list[str | None]]:
    """Cell texts of an lxml ``<table>``, with colspans repeated so columns line up."""
    rows = []
    for tr in table.iter("tr"):
        row: list[str | None] = []
        for cell in tr:
            if not isinstance(cell.tag, str) or cell.tag.lower() not in ("td", "th"):
                continue
            text = re.sub(r"\s+", " ", " ".join(cell.itertext())).strip() or None
            span = int(cell.get("colspan", "1") or 1) if str(cell.get("colspan", "1")).isdigit() else 1
            row.extend([text] * max(1, min(span, 50)))
        if row:
            rows.append(row)
    width = max((len(r) for r in rows), default=0)
    return [r + [None] * (width - len(r)) for r in rows]
