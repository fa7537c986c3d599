"""Labelled fields of a form: "Decision maker: Cabinet", "Date of meeting: 30 January 2025".

Decision notices and officer reports head their text with labelled fields,
one a line, a label's value running on over the lines after it until the next
label ("Decision:" alone on its line, then the decision's parts). A line is a
field's first line when the text before its first colon is a label
``vocab/structure.toml`` knows (``[form_labels]``, matched whole, any case):
a sentence with a colon in it ("None: publication is a statutory duty") is
not a label, so it stays part of the value before it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors import vocab
from schemas.outline import Line, trimmed
from schemas.provenance import Span

LABEL_KINDS = ("body", "meeting_date", "date", "reference", "item", "subject", "published", "decision", "declarations", "other")
_LABEL_LINE = re.compile(r"^[\s*_#]*(?P<label>[A-Za-z][^:\n]{0,60}?)[\s*_]*:[\s*_]*")
_PAGE_NUMBER = re.compile(r"^\s*(?:Page\s+)?\d{1,4}(?:\s+of\s+\d{1,4})?\s*$", re.I)


@dataclass
class FormField:
    """One labelled field: what its label says it holds, the label's line and the value's span."""

    kind: str
    line: int
    label: str
    value: Span | None


def label_kind(label: str) -> str | None:
    """What a label names (``"Date of decision"`` → ``meeting_date``), or None for text that is no known label."""
    labels = vocab.get("structure").form_labels
    label = " ".join(label.split())
    for kind in LABEL_KINDS:
        if any(p.fullmatch(label) for p in labels.regex(kind).patterns):
            return kind
    return None


def read_fields(text: str, lines: list[Line]) -> list[FormField]:
    """Every labelled field of the text, in order, each value running to the next field's line.

    A value never takes in the page numbers printed between its lines' pages at its end.
    """
    starts: list[tuple[int, str, str, int]] = []
    for i, line in enumerate(lines):
        m = _LABEL_LINE.match(line.text)
        kind = label_kind(m.group("label")) if m else None
        if kind:
            starts.append((i, kind, " ".join(m.group("label").split()), line.start + m.end()))
    fields = []
    for n, (i, kind, label, value_start) in enumerate(starts):
        last = starts[n + 1][0] - 1 if n + 1 < len(starts) else len(lines) - 1
        while last > i and (not lines[last].stripped or _PAGE_NUMBER.match(lines[last].text)):
            last -= 1
        fields.append(FormField(kind, i, label, trimmed(text, value_start, lines[last].end)))
    return fields


def first(fields: list[FormField], kind: str) -> FormField | None:
    return next((f for f in fields if f.kind == kind and f.value is not None), None)


def meeting_date(fields: list[FormField]) -> FormField | None:
    """The date of the meeting: a field that says so ("Date of meeting"), else a bare "Date" right after the body's."""
    said = first(fields, "meeting_date")
    if said is not None:
        return said
    after_body = [b for a, b in zip(fields, fields[1:]) if a.kind == "body" and b.kind == "date" and b.value is not None]
    return after_body[0] if after_body else None


def is_title_line(line: Line, key: str) -> bool:
    """Is the line a title naming a kind of document (``[documents]`` in ``vocab/structure.toml``)?"""
    s = line.stripped.strip("*_#").strip()
    return bool(s) and len(s.split()) <= 12 and vocab.regex("structure", f"documents.{key}").match(s) is not None
