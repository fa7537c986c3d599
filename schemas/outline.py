"""The outline of a document: its kind, header fields and item blocks, as spans.

An outliner (``pipeline/outline/``) or a structured reader produces an
:class:`Outline`; extractors read it. :class:`Line` and :func:`lines_of` are the
one way every stage splits the document text into lines with absolute offsets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Iterator

from schemas.provenance import Span


@dataclass
class ItemBlock:
    """One agenda item's block of text, with the spans of its parts.

    ``title_text`` overrides the text under ``title`` when the title had to be
    cleaned or inferred (``title_inferred`` then says so).
    """

    block: Span
    number: Span | None = None
    number_text: str | None = None
    title: Span | None = None
    title_text: str | None = None
    title_inferred: bool = False
    report_type: str | None = None
    description: Span | None = None
    minutes: Span | None = None
    decision: Span | None = None  # a formal decision block, where the page gives one apart from the minutes
    page_start: int | None = None
    page_end: int | None = None
    to_follow: bool = False
    restricted: bool = False
    source_item_id: str | None = None
    links: list[dict] = field(default_factory=list)


@dataclass
class Outline:
    """A document's layout: which kind it is, its header fields and its items.

    ``fields`` maps header field names (committee, date, time, venue, contact,
    email, phone, quorum, published, status, council) to the span holding the
    value; ``values`` carries values a structured source states outright
    (e.g. the web service's meeting id).
    """

    kind: str
    fields: dict[str, Span] = field(default_factory=dict)
    values: dict[str, Any] = field(default_factory=dict)
    items: list[ItemBlock] = field(default_factory=list)
    tail: Span | None = None  # text after the last item (e.g. "Officers present")
    source_kind: str = "primary"


@dataclass
class Line:
    """A line of the document text with its offsets (no trailing newline)."""

    start: int
    end: int
    text: str

    @property
    def stripped(self) -> str:
        return self.text.strip()

    @property
    def span(self) -> Span:
        """The span of the line's visible text, without surrounding blanks."""
        lead = len(self.text) - len(self.text.lstrip())
        trail = len(self.text) - len(self.text.rstrip())
        return Span(start=self.start + lead, end=max(self.start + lead, self.end - trail))


_LINE_BREAK = re.compile(r"\r\n|\n\f|\n|\r|\f")


def lines_of(text: str, start: int = 0, end: int | None = None) -> list[Line]:
    """Split ``text[start:end]`` into :class:`Line` objects with absolute offsets."""
    return list(iter_lines(text, start, end))


def iter_lines(text: str, start: int = 0, end: int | None = None) -> Iterator[Line]:
    """The lines of :func:`lines_of`, one at a time (for a reader that stops early)."""
    end = len(text) if end is None else end
    pos = start
    for m in _LINE_BREAK.finditer(text, start, end):
        stop, after = m.span()
        yield Line(pos, stop, text[pos:stop])
        pos = after
    if pos < end:
        yield Line(pos, end, text[pos:end])


def trimmed(text: str, start: int, end: int) -> Span | None:
    """The span ``[start, end)`` with surrounding whitespace removed, or None if blank."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start=start, end=end) if end > start else None


def iter_nonblank(lines: list[Line], start: int = 0) -> Iterator[tuple[int, Line]]:
    for i in range(start, len(lines)):
        if lines[i].stripped:
            yield i, lines[i]
