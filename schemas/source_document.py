"""The document model every reader produces and every later stage reads.

A reader turns raw bytes into a :class:`SourceDocument`: the text of each
physical page, joined into one *document text* with form feeds, so that every
later stage can point at a fact with a page number and a character span.

Readers of structured formats (ModernGov HTML and XML) also know where the
meeting header and each agenda item are; they render the structure to text
with :class:`TextBuilder`, which records the span of every piece it writes,
and hand the spans over as an :class:`~schemas.outline.Outline`.

These are plain typed dataclasses, not pydantic models: a 300-page pack makes
hundreds of thousands of :class:`~schemas.outline.Line` objects, and they never
cross a process boundary unvalidated (the records made from them do).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Any

from schemas.documents import DocumentWarning
from schemas.outline import Outline
from schemas.provenance import Span

PAGE_SEPARATOR = "\n\f"  # a line break first, so that no line runs across two pages


@dataclass
class PageText:
    """One physical page: 1-based ``index``, its text and where it starts."""

    index: int
    text: str
    start: int = 0
    printed: str | None = None  # the page number printed on the page, if any
    meta: dict[str, Any] = field(default_factory=dict)
    text_source: str | None = None  # how a PDF page's text was obtained: "pdf" (its text layer) or "ocr"; None for other formats
    ocr_confidence: float | None = None  # Tesseract's mean word confidence (0-100) on a page read by OCR

    @property
    def end(self) -> int:
        return self.start + len(self.text)


@dataclass
class RawTable:
    """A table as a reader found it: cell texts by row, where it is, and what is above it.

    ``rows`` holds the cell texts (None for an empty or merged-away cell) exactly
    as read; ``title_hint`` is the text just above the table on its page (its
    heading, usually); ``span`` points at the table's text in the document text
    where the reader knows it; ``ruled`` says whether drawn lines delimit it.
    """

    page: int
    rows: list[list[str | None]]
    source: str  # "pdf-lines", "pdf-text", "ocr-lines" (rules read from a scan), "html", "markdown", "tsv", "docx" (a Word table)
    ruled: bool = False
    bbox: tuple[float, float, float, float] | None = None
    title_hint: str | None = None
    span: Span | None = None


@dataclass
class SourceDocument:
    """A read document: identity, format, page texts and (optionally) structure."""

    id: str
    source: str
    media_type: str
    pages: list[PageText]
    kind: str | None = None
    title: str | None = None
    outline: Outline | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    tables: list[RawTable] = field(default_factory=list)
    warnings: list[DocumentWarning] = field(default_factory=list)  # what the reader did not understand

    def __post_init__(self) -> None:
        offset = 0
        for page in self.pages:
            page.start = offset
            offset += len(page.text) + len(PAGE_SEPARATOR)
        self.text = PAGE_SEPARATOR.join(p.text for p in self.pages)
        self._starts = [p.start for p in self.pages]

    def page_at(self, offset: int) -> PageText:
        """The page that holds character ``offset`` of the document text."""
        i = bisect.bisect_right(self._starts, offset) - 1
        return self.pages[max(i, 0)]

    def warning(self, code: str, message: str, by: str, page: int | None = None, span: Span | None = None) -> DocumentWarning:
        """A warning about this document, placed at ``span`` (its page found from it) or on ``page``.

        The one way warnings are made: a reader adds them to :attr:`warnings`
        (:meth:`warn`), an extractor through ``ctx.warn`` (:class:`extractors.registry.ExtractionContext`).
        """
        if span is not None:
            page = self.page_at(span.start).index if self.pages else page
            return DocumentWarning(code=code, message=message, by=by, page=page, char_start=span.start, char_end=span.end)
        return DocumentWarning(code=code, message=message, by=by, page=page)

    def warn(self, code: str, message: str, by: str, page: int | None = None, span: Span | None = None) -> None:
        """Record a reader's warning about this document (see :meth:`warning`)."""
        self.warnings.append(self.warning(code, message, by, page, span))

    def span_text(self, span: Span | None) -> str:
        return "" if span is None else self.text[span.start : span.end]

    def printed_page_number(self, offset: int) -> int | None:
        """The printed page number at ``offset`` as an int, when it is one."""
        printed = self.page_at(offset).printed
        return int(printed) if printed and printed.isdigit() else None


class TextBuilder:
    """Accumulates text and returns the :class:`Span` of each piece written.

    >>> b = TextBuilder()
    >>> b.line("Venue:")
    Span(start=0, end=6)
    >>> b.text
    'Venue:\\n'
    """

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._length = 0

    def write(self, piece: str) -> Span:
        start = self._length
        self._parts.append(piece)
        self._length += len(piece)
        return Span(start=start, end=self._length)

    def line(self, piece: str) -> Span:
        span = self.write(piece)
        self.write("\n")
        return span

    def blank(self) -> None:
        self.write("\n")

    @property
    def text(self) -> str:
        return "".join(self._parts)
