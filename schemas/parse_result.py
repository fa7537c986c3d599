"""What parsing one document yields: its ``documents`` row, its pages and its records.

:func:`pipeline.parse.parse_document` returns a :class:`ParseResult`; it is
plain data (it crosses process and machine boundaries when parsing runs in
workers or on Dask) that the single writer then loads.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from schemas.documents import Document, Page
from schemas.provenance import Extracted
from schemas.report import Redaction


@dataclass
class ParseResult:
    document: Document
    pages: list[Page] = field(default_factory=list)
    records: dict[str, list[Extracted]] = field(default_factory=dict)
    redactions: list[Redaction] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.document.status == "ok"
