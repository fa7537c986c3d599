"""Source documents and their pages."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel

DocumentStatus = Literal["ok", "error"]


class Document(BaseModel):
    """One input file (or fetched response), identified by the sha256 of its bytes.

    ``kind`` says what the document is (``agenda_pack``, ``minutes_page``,
    ``printed_minutes``, ``agenda_item_page``, ``webservice_meeting``, ...);
    ``media_type`` what format it was read as. A document that could not be
    read is kept with ``status='error'`` and a readable ``error``.
    """

    id: str
    source: str
    kind: str | None = None
    media_type: str | None = None
    title: str | None = None
    page_count: int | None = None
    status: DocumentStatus = "ok"
    error: str | None = None
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
