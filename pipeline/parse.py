"""The parse half of ingest: bytes in, records out, no database.

:func:`parse_document` is a pure function of the document's bytes (and the
options), so it can run in a worker process or on another machine; its
:class:`~schemas.parse_result.ParseResult` is plain data that the single writer then loads.
"""

from __future__ import annotations

import hashlib
import json
import mimetypes
import re
from typing import Any

from extractors import ExtractionContext, registered, run_extractors
from extractors.text_layer import text_quality
from pipeline import EXTRACTOR_VERSION
from pipeline.outline import outline_document
from pipeline.readers import ReadError, read_document
from pipeline.redact import redact
from pipeline.sandbox import LimitExceeded, run_limited
from schemas import Document, Page
from schemas.parse_result import ParseResult


def document_id(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


_STAMP = re.compile(r"^\s*(?:\d{1,4}|Page \d+(?: of \d+)?|Agenda Item \d+|Pages? \d+(?: to \d+)?)\s*$", re.I | re.M)


def page_fingerprint(text: str) -> str | None:
    """A fingerprint of a page's words, blind to page numbers and agenda stamps.

    ModernGov publishes a report both inside the agenda pack (numbered and
    stamped "Agenda Item 7 / Pages 5 to 14") and on its own; the same page
    gets the same fingerprint in both. Near-empty pages get none.
    """
    words = " ".join(_STAMP.sub(" ", text).split()).lower()  # split() breaks where \s+ does
    return hashlib.sha1(words.encode("utf-8")).hexdigest() if len(words) >= 200 else None


# Limits for one document: beyond them it is refused with a clear error.
TIME_BUDGET_SECONDS = 120.0
MEMORY_LIMIT_BYTES = 2 * 1024**3
MAX_BYTES = 200 * 1024 * 1024


def parse_document_safely(data: bytes, source: str, options: dict[str, Any] | None = None) -> ParseResult:
    """:func:`parse_document` in a sandboxed child: a time budget, a memory cap, crash isolation.

    The limits can be changed per call with ``options["time_budget"]`` (seconds)
    and ``options["memory_limit"]`` (bytes). ``options["warm_up"] = False`` skips
    the warm-up, for a process that parses one document only: warming up
    pays off from the second child on, and costs a one-document run about a second.
    """
    options = dict(options or {})
    if options.pop("warm_up", True):
        _warm_up()
    else:
        registered()  # the extractors' declarations are checked all the same
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


# An agenda pack in miniature: front sheet, membership, agenda, declarations, a report with a
# table of figures by month, abbreviations, a case study. Parsing it before any fork compiles
# the patterns each reader and extractor builds on first use (vocabulary, periods, tables...),
# once per process instead of once per document in every sandboxed child.
_WARM_UP_PACK = """EASTBROOK BOROUGH COUNCIL
Corporate Parenting Panel Agenda
Date: Monday 16 June 2025
Time: 6.30 pm
Venue: Council Chamber, Civic Centre, Market Street, Eastbrook, EB1 2AA
Membership (Quorum 3)
Chair: Councillor Hannah Greaves
Conservative Councillors: Martin Ashdown
Labour Councillors: Daniel Osei (VC)
Non-Voting Advisory Member: Beatrice Lowe
Reserve Members:
1. Philip Crane
Contact: Joanna Fenwick, Democratic Services Officer
Tel: 01234 567890
E-mail: joanna.fenwick@eastbrook.gov.uk
Agenda publication date: Friday 6 June 2025

Agenda - Part I
1. Attendance by Reserve Members
To note the attendance of any duly appointed Reserve Members at this meeting.
2. Declarations of Interest
To receive declarations of interests from all Members present.
3. Minutes
That the minutes of the meeting held on 10 March 2025 be taken as read and signed as a correct record.
4. Performance Report (Pages 3 - 4)
Report of the Head of Corporate Parenting.
Part II - Nil

Agenda Item 4
Pages 3 to 4
Performance Report
Looked After Children (LAC) and Personal Education Plans (PEPs) are reviewed each term.
In 2024/25, 85% of children had a PEP, against a target of 90%. The number of care leavers in touch rose to 120.

Table 1: Care leavers in touch with the Council by month, 2025/26

| Month | Total due | Measure A (percentage / number) | RAG |
| --- | --- | --- | --- |
| April | 39 | 74% (29/39) | GREEN |
| May | 36 | 81.48% (22) | AMBER |
| June | 9 | n/a | RED |

Latest: 75.2% Target: 85% Previous: 74.7% (Red)

Case study: Kai
Kai (not his real name), DOB 12/03/2008, moved to a new placement in Q3 2024/25.
The Personal Adviser, Marcus Bell, met him every month.
Councillor Martin Ashdown declared a personal interest in item 4 as a foster carer.
"""


def _warm_up() -> None:
    """Build the shared pipelines and caches once, before any fork, so children start warm."""
    global _WARM
    if not _WARM:
        registered()  # extractors whose declarations do not add up stop the run here, not document by document
        text_quality("Agenda")  # the English word list the PDF reader judges text layers by
        parse_document(_WARM_UP_TEXT, "warm-up.txt")
        parse_document(_WARM_UP_PACK.encode("utf-8"), "warm-up-pack.txt")
        _WARM = True


def _failed(data: bytes, source: str, error: str) -> ParseResult:
    return refused(document_id(data), source, len(data), error)


def refused(doc_id: str, source: str, size: int, error: str) -> ParseResult:
    """The result for a document that is recorded with ``error`` and not parsed (its bytes may never have been read)."""
    guessed = mimetypes.guess_type(source)[0]
    return ParseResult(
        Document(id=doc_id, source=source, extractor_version=EXTRACTOR_VERSION, size_bytes=size, status="error", error=error, media_type=guessed)
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
        extraction = run_extractors(ctx)
    except ReadError as exc:
        guessed = mimetypes.guess_type(source)[0]
        return ParseResult(Document(**base, status="error", error=str(exc), media_type=guessed))
    except Exception as exc:  # a bug outside any one extractor (reader, outline, link step) must not stop the batch
        return ParseResult(Document(**base, status="error", error=f"internal error while extracting: {type(exc).__name__}: {exc}"))
    kind = (outline.kind if outline else None) or doc.kind or "unrecognised"
    document = Document(
        **base,
        kind=kind,
        media_type=doc.media_type,
        title=doc.title,
        page_count=len(doc.pages),
        status="ok",
        extraction_errors=_extraction_errors(extraction.errors),
        warnings=_warnings(doc.warnings + extraction.warnings),
    )
    pages = [
        Page(document_id=doc_id, page=p.index, printed_page=p.printed, char_start=p.start, char_end=p.end, text=p.text,
             fingerprint=page_fingerprint(p.text) if doc.media_type == "application/pdf" else None,
             text_source=p.text_source, ocr_confidence=p.ocr_confidence)
        for p in doc.pages
    ]  # fmt: skip
    return ParseResult(document, pages, extraction.records, redactions)


def _warnings(warnings: list) -> str | None:
    """The ``documents.warnings`` value: the readers' warnings, then the extractors', as JSON; None when there is none."""
    return json.dumps([w.as_dict() for w in warnings], ensure_ascii=False) if warnings else None


def _extraction_errors(errors: list) -> str | None:
    """The ``documents.extraction_errors`` value: the failed or skipped extractors as JSON, None when all ran."""
    return json.dumps([e.as_dict() for e in errors], ensure_ascii=False) if errors else None
