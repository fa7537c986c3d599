"""The parse half of ingest: bytes in, records out, no database.

:func:`parse_document` is a pure function of the document's bytes (and the
options), so it can run in a worker process or on another machine; its
:class:`ParseResult` is plain data that the single writer then loads.
"""

from __future__ import annotations

import hashlib
import mimetypes
import re
from dataclasses import dataclass, field
from typing import Any

from extractors import ExtractionContext, run_extractors
from pipeline import EXTRACTOR_VERSION
from pipeline.outline import outline_document
from pipeline.readers import ReadError, read_document
from pipeline.redact import redact
from pipeline.sandbox import LimitExceeded, run_limited
from schemas import Document, Page, Redaction
from schemas.provenance import Extracted


@dataclass
class ParseResult:
    document: Document
    pages: list[Page] = field(default_factory=list)
    records: dict[str, list[Extracted]] = field(default_factory=dict)
    redactions: list[Redaction] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.document.status == "ok"


def document_id(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


_STAMP = re.compile(r"^\s*(?:\d{1,4}|Page \d+(?: of \d+)?|Agenda Item \d+|Pages? \d+(?: to \d+)?)\s*$", re.I | re.M)


def page_fingerprint(text: str) -> str | None:
    """A fingerprint of a page's words, blind to page numbers and agenda stamps.

    ModernGov publishes a report both inside the agenda pack (numbered and
    stamped "Agenda Item 7 / Pages 5 to 14") and on its own; the same page
    gets the same fingerprint in both. Near-empty pages get none.
    """
    words = re.sub(r"\s+", " ", _STAMP.sub(" ", text)).strip().lower()
    return hashlib.sha1(words.encode("utf-8")).hexdigest() if len(words) >= 200 else None


# Limits for one document: beyond them it is refused with a clear error.
TIME_BUDGET_SECONDS = 120.0
MEMORY_LIMIT_BYTES = 2 * 1024**3
MAX_BYTES = 200 * 1024 * 1024


def parse_document_safely(data: bytes, source: str, options: dict[str, Any] | None = None) -> ParseResult:
    """:func:`parse_document` in a sandboxed child: a time budget, a memory cap, crash isolation.

    The limits can be changed per call with ``options["time_budget"]`` (seconds)
    and ``options["memory_limit"]`` (bytes).
    """
    options = dict(options or {})
    _warm_up()
    if len(data) > MAX_BYTES:
        return _failed(data, source, f"too large: {len(data)} bytes (the limit is {MAX_BYTES})")
    seconds = float(options.pop("time_budget", TIME_BUDGET_SECONDS))
    memory = options.pop("memory_limit", MEMORY_LIMIT_BYTES)
    try:
        return run_limited(parse_document, data, source, options, seconds=seconds, memory=memory)
    except LimitExceeded as exc:
        return _failed(data, source, f"refused: {exc}")


_WARM = False
_WARM_UP_TEXT = (
    b"Agenda and minutes\n\nCorporate Parenting Panel - Monday 1 June 2020 6.00 pm\n\nNo. Item\n\n1.\n\nMinutes\n\n"
    b"Minutes:\n\nRESOLVED: That the report be noted. Councillor A Smith asked that an update be provided at the next meeting.\n"
)


def _warm_up() -> None:
    """Build the shared pipelines and caches once, before any fork, so children start warm."""
    global _WARM
    if not _WARM:
        parse_document(_WARM_UP_TEXT, "warm-up.txt")
        _WARM = True


def _failed(data: bytes, source: str, error: str) -> ParseResult:
    guessed = mimetypes.guess_type(source)[0]
    return ParseResult(
        Document(id=document_id(data), source=source, extractor_version=EXTRACTOR_VERSION, size_bytes=len(data), status="error", error=error, media_type=guessed)
    )


def parse_document(data: bytes, source: str, options: dict[str, Any] | None = None) -> ParseResult:
    """Read, outline and extract one document. Never raises for bad input."""
    doc_id = document_id(data)
    base = {"id": doc_id, "source": source, "extractor_version": EXTRACTOR_VERSION, "size_bytes": len(data)}
    try:
        doc = read_document(doc_id, source, data)
        redactions = redact(doc)
        outline = outline_document(doc)
        ctx = ExtractionContext(doc=doc, outline=outline, options=dict(options or {}))
        records = run_extractors(ctx)
    except ReadError as exc:
        guessed = mimetypes.guess_type(source)[0]
        return ParseResult(Document(**base, status="error", error=str(exc), media_type=guessed))
    except Exception as exc:  # an extractor bug must not stop the batch; it is recorded
        return ParseResult(Document(**base, status="error", error=f"internal error while extracting: {type(exc).__name__}: {exc}"))
    kind = (outline.kind if outline else None) or doc.kind or "unrecognised"
    document = Document(
        **base,
        kind=kind,
        media_type=doc.media_type,
        title=doc.title,
        page_count=len(doc.pages),
        status="ok",
    )
    pages = [
        Page(document_id=doc_id, page=p.index, printed_page=p.printed, char_start=p.start, char_end=p.end, text=p.text,
             fingerprint=page_fingerprint(p.text) if doc.media_type == "application/pdf" else None)
        for p in doc.pages
    ]  # fmt: skip
    return ParseResult(document, pages, records, redactions)
