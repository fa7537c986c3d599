"""Source documents and their pages."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from schemas.tables import DOCUMENT, TableSpec

DocumentStatus = Literal["ok", "error"]
Structure = Literal["meeting+items", "meeting", "items", "programme", "none"]

# The codes of ``documents.warnings``: what a reader or an extractor saw and did not understand.
NO_MEETING = "no_meeting"  # a document of a kind that describes a meeting, from which none was recognised
UNREADABLE_PAGE = "unreadable_text_page"  # a PDF page whose text layer is mostly non-words (a font without a Unicode map)
ITEM_NUMBERING = "item_numbering"  # agenda items whose numbers skip or repeat
VOTE_COUNT = "vote_count"  # a recorded vote whose list of names is not as long as the count printed beside it
VOTER_NOT_PRESENT = "voter_not_present"  # a member named in a recorded vote whom the present list does not name
VOTER_TWICE = "voter_twice"  # a member named on two sides of one recorded vote
DATE_FROM_NAME = "date_from_file_name"  # the document states no meeting date: the date is taken from its file name
NOT_A_MEETING = "not_a_meeting_document"  # a form or return (an annual governance return): read, and no meeting in it
WARNING_CODES = (NO_MEETING, UNREADABLE_PAGE, ITEM_NUMBERING, VOTE_COUNT, VOTER_NOT_PRESENT, VOTER_TWICE, DATE_FROM_NAME, NOT_A_MEETING)


class DocumentWarning(BaseModel):
    """One thing a reader or an extractor did not understand in a document: an entry of ``documents.warnings``.

    Warnings say what is missing or doubtful in a document that was read
    (``status = 'ok'``); they never stop it loading. ``by`` names who raised
    it (a reader such as ``pdf``, or an extractor); ``page`` and the span
    point at the place where there is one.
    """

    code: str = Field(description="What kind of warning: " + ", ".join(WARNING_CODES) + ".")
    message: str = Field(description="What was not understood, in words.")
    by: str = Field(description="The reader or extractor that raised it.")
    page: int | None = Field(None, description="The physical page it concerns, if one.")
    char_start: int | None = Field(None, description="Where the text it concerns starts in the document text, if it concerns some.")
    char_end: int | None = Field(None, description="Where that text ends.")

    def as_dict(self) -> dict:
        """The JSON object stored in ``documents.warnings`` (unset places left out)."""
        return self.model_dump(exclude_none=True)


class Document(BaseModel):
    """One input file (or fetched response), identified by the sha256 of its bytes.

    ``kind`` says what the document is (``agenda_pack``, ``minutes_page``,
    ``printed_minutes``, ``agenda_item_page``, ``webservice_meeting``, ...);
    ``media_type`` what format it was read as. A document that could not be
    read is kept with ``status='error'`` and a readable ``error``; one that was
    read but where some extractors failed is loaded with ``status='ok'`` and
    names them in ``extraction_errors``.
    """

    id: str = Field(description="sha256 of the document's bytes.")
    source: str = Field(description="Path or URL the document was read from. The link opens it.")
    kind: str | None = Field(None, description="What the document is: agenda_pack, minutes_page, printed_minutes, agenda_item_page, webservice_meeting, ...")
    media_type: str | None = Field(None, description="The format it was read as (application/pdf, text/html, ...).")
    title: str | None = Field(None, description="The document's own title.")
    page_count: int | None = Field(None, description="Number of physical pages.")
    status: DocumentStatus = Field("ok", description="Ok, or error when the document could not be read")
    error: str | None = Field(None, description="Why the document could not be read (status = error).")
    extraction_errors: str | None = Field(
        None,
        description=(
            "JSON list of the extractors that failed on this document, or were skipped because one they require failed: "
            '[{"extractor": "facts", "error": "ZeroDivisionError: ..."}]. Their rows are missing; every other row is loaded '
            "and status stays 'ok'. Null when every extractor ran."
        ),
    )
    structure: Structure | None = Field(
        None,
        description=(
            "How much structure was found in it: 'meeting+items' (a meeting and at least one agenda item), 'meeting' "
            "(a meeting, no items), 'items' (agenda items but no meeting), 'programme' (no meeting, no items, but planned decisions: a forward plan's "
            "work_programme rows), 'none'. Computed when the document is loaded, "
            "from its records. Null when it could not be read (status = error)."
        ),
    )
    local_path: str | None = Field(
        None,
        description=(
            "Where a local file is, relative to the database's folder, as ingest found it (null for a URL): the server "
            "serves the file from there whatever directory it runs from, while the file keeps the bytes ingested."
        ),
    )
    warnings: str | None = Field(
        None,
        description=(
            "JSON list of what the readers and extractors did not understand in it: "
            '[{"code": "no_meeting", "message": "...", "by": "meeting", "page": 3, "char_start": ..., "char_end": ...}]. '
            f"Codes: {', '.join(WARNING_CODES)}. Null when there is none."
        ),
    )
    ingested_at: str | None = Field(None, description="When the document was first loaded (UTC).")
    extractor_version: str = Field(description="Version of the extractors that read it.")
    size_bytes: int | None = Field(None, description="Size of the file.")
    superseded_by: str | None = Field(None, description="The newer version of the same source that replaced this one.")
    part_of: str | None = Field(None, description="The agenda pack this report's pages also appear in")
    part_pages: str | None = Field(None, description="Where in that pack: its physical pages, first-last.")


class Page(BaseModel):
    """The text of one physical page, and where it sits in the document text."""

    document_id: str = Field(description="The source document (sha256 of its bytes).")
    page: int = Field(description="Physical page number (1-based). The link opens the document at that page.")
    printed_page: str | None = Field(None, description="The page number printed on the page (a pack's own numbering).")
    char_start: int = Field(description="Where the page starts in the document text.")
    char_end: int = Field(description="Where the page ends in the document text.")
    text: str = Field(description="The page's text as extracted.")
    fingerprint: str | None = Field(None, description="A hash of the page's text less page numbers and stamps; finds the same page in a pack.")
    text_source: str | None = Field(
        None,
        description="How a PDF page's text was obtained: 'pdf' (its text layer) or 'ocr' (read from its picture by Tesseract, "
        "because it had no text layer or one of non-words). Empty for other formats.",
    )
    ocr_confidence: float | None = Field(None, description="On a page read by OCR: Tesseract's mean word confidence, 0-100 (weighted by word length).")


# ingested_at: feeds and the digest take the newest documents first, and stop there
DOCUMENTS = TableSpec(Document, "Source documents", name="documents", indexes=(("source",), ("ingested_at",)))
PAGES = TableSpec(
    Page,
    "Pages of the source documents",
    name="pages",
    primary_key=("document_id", "page"),
    foreign_keys=(DOCUMENT,),
    index_foreign_keys=False,  # the primary key starts with document_id
    note="Offsets of every extracted row are into the document text: these pages joined with a line feed and a form feed.",
)
