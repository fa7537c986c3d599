"""Forward plans: the table of decisions to be taken, read as planned entries with no meeting of their own.

A forward plan ("Forward Plan", "Notice of Key Decisions", an executive work
programme) lists decisions the executive expects to take in the coming
months, one table row each: the decision, its decision maker, the date it is
planned for, whether it is key or exempt, the lead officer.

It belongs to no single meeting, so its outline (kind ``forward_plan``) has no
meeting fields and no items. Its rows are in ``outline.values["programme"]``:
one dict per row with the spans of the cells (``title``, ``planned``,
``decision_maker``, ``lead``) in the document text and the ``key`` and
``exempt`` flags; :mod:`extractors.work_programme` stores each as a
``work_programme`` row with its decision maker and no meeting, and
``documents.structure`` says ``programme``.

Recognised by a title line in the head (``[documents] forward_plan``) and a
table (ruled, whitespace-aligned, Markdown...: whatever the reader found)
whose header names a title column and a date column (``[plan_columns]``).
"""

from __future__ import annotations

import re

from extractors import vocab
from extractors.dates import parse_date
from pipeline.outline.base import register_outliner
from pipeline.outline.form_fields import is_title_line
from pipeline.readers.detect import DOC, DOCX, HTML, PDF, TEXT
from schemas.outline import Outline, lines_of
from schemas.provenance import Span
from schemas.source_document import RawTable, SourceDocument

NAME = "forward_plan"
HEAD_LINES = 8
COLUMN_KINDS = ("key", "exempt", "decision_maker", "date", "lead", "title")
_YES = re.compile(r"^\s*(?:yes|y|key|exempt|private|part(?:ly)? exempt|✓|x)\b", re.I)
_NO = re.compile(r"^\s*(?:no|n|open|public|non[- ]key)\b", re.I)


def _score(doc: SourceDocument) -> float:
    if doc.media_type not in (PDF, DOCX, DOC, TEXT, HTML):
        return 0.0
    head = [l for l in lines_of(doc.text) if l.stripped][:HEAD_LINES]
    if not any(is_title_line(l, NAME) for l in head):
        return 0.0
    return 0.9 if any(columns_of(t) for t in doc.tables) else 0.0


def columns_of(table: RawTable) -> dict[str, int] | None:
    """Which column holds what, from the table's first row; None unless it has a title and a date column."""
    if not table.rows:
        return None
    plan = vocab.get("structure").plan_columns
    columns: dict[str, int] = {}
    for c, cell in enumerate(table.rows[0]):
        label = " ".join((cell or "").split())
        kind = next((k for k in COLUMN_KINDS if k not in columns and plan.regex(k).search(label)), None)
        if kind is not None:
            columns[kind] = c
    return columns if "title" in columns and "date" in columns else None


@register_outliner(NAME, _score)
def outline_forward_plan(doc: SourceDocument) -> Outline:
    outline = Outline(kind=NAME)
    rows: list[dict] = []
    cursor = 0
    for table in doc.tables:
        columns = columns_of(table)
        if columns is None:
            continue
        for row in table.rows[1:]:
            entry, cursor = _entry(doc.text, row, columns, cursor)
            if entry is not None:
                rows.append(entry)
    outline.values["programme"] = rows
    return outline


def _entry(text: str, row: list[str | None], columns: dict[str, int], cursor: int) -> tuple[dict | None, int]:
    """One row's cells as spans of the text (found in reading order from ``cursor``), and where the next row starts."""
    cells = {kind: (row[c] or "").strip() if c < len(row) else "" for kind, c in columns.items()}
    if not cells["title"] or not parse_date(cells["date"]) and not re.search(r"\d{4}", cells["date"]):
        return None, cursor  # a group heading across the table, or an empty row
    title = _find(text, cells["title"], cursor)
    if title is None:
        return None, cursor
    entry: dict = {"title": title}
    after = title.end
    for kind, key in (("date", "planned"), ("decision_maker", "decision_maker"), ("lead", "lead")):
        span = _find(text, cells.get(kind, ""), title.start) if cells.get(kind) else None
        entry[key] = span
        after = max(after, span.end) if span is not None else after
    for kind in ("key", "exempt"):
        value = cells.get(kind, "")
        entry[kind] = True if _YES.match(value) else False if _NO.match(value) else None
    entry["block"] = Span(start=title.start, end=after)
    return entry, title.end


def _find(text: str, cell: str, start: int) -> Span | None:
    """Where a cell's words are in the text, from ``start`` (a wrapped cell's words are apart by line breaks)."""
    words = cell.split()
    if not words:
        return None
    m = re.compile(r"\s+".join(re.escape(w) for w in words)).search(text, start)
    return Span(start=m.start(), end=m.end()) if m else None
