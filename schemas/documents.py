"""Source documents and their pages."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

DocumentStatus = Literal["ok", "error"]


class Document(BaseModel):
    """One input file (or fetched response), identified by the sha256 of its bytes.

    ``kind`` says what the document is (``agenda_pack``, ``minutes_page``,
    ``printed_minutes``, ``agenda_item_page``, ``webservice_meeting``, ...);
    ``media_type`` what format it was read as. A document that could not be
    read is kept with ``status='error'`` and a readable ``error``; one that was
    read but where some extractors failed is loaded with ``status='ok'`` and
    names them in ``extraction_errors``.
    """

    id: str
    source: str
    kind: str | None = None
    media_type: str | None = None
    title: str | None = None
    page_count: int | None = None
    status: DocumentStatus = "ok"
    error: str | None = None
    extraction_errors: str | None = Field(
        default=None,
        description=(
            "JSON list of the extractors that failed on this document, or were skipped because one they require failed: "
            '[{"extractor": "facts", "error": "ZeroDivisionError: ..."}]. Their rows are missing; every other row is loaded '
            "and status stays 'ok'. Null when every extractor ran."
        ),
    )
    ingested_at: str | None = None
    extractor_version: str
    size_bytes: int | None = None
    superseded_by: str | None = None
    part_of: str | None = None  # the agenda pack this report's pages also appear in
    part_pages: str | None = None  # where: physical pages of the pack, "first-last"


class Page(BaseModel):
    """The text of one physical page, and where it sits in the document text."""

    document_id: str
    page: int
    printed_page: str | None = None
    char_start: int
    char_end: int
    text: str
    fingerprint: str | None = None  # of the page's text less page numbers and stamps; finds the same page in a pack
