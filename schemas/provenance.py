"""Provenance: where in which document a fact was found, and by what.

Every extracted row carries ``document_id`` (sha256 of the source bytes),
``page`` (1-based physical page; HTML, XML and text documents have one page),
``char_start``/``char_end`` (offsets into the document's text, see below) and
``extractor`` (the registered name of the extractor that produced it).

Offsets are into the *document text*: the text of every page joined with a
line feed and a form feed (``\\n\\f``). The ``pages`` table stores each page's text with its own
``char_start``, so a row can be checked in SQL::

    select substr(p.text, r.char_start - p.char_start + 1, r.char_end - r.char_start)
    from resolutions r join pages p
      on p.document_id = r.document_id and p.page = r.page
"""

from __future__ import annotations

from typing import ClassVar

from pydantic import BaseModel, ConfigDict, Field


# The column every row of a meeting's business carries beside ``meeting_id``, so that tables sort newest meeting first.
MEETING_DATE = "The meeting's date (YYYY-MM-DD, from its id): sorts the rows newest meeting first."


def meeting_date_of(meeting_id: str | None) -> str | None:
    """The date a meeting id ends with (``council/committee/2025-06-16``), or None."""
    tail = (meeting_id or "").rsplit("/", 1)[-1]
    return tail if len(tail) == 10 and tail[4] == "-" and tail[7] == "-" and tail.replace("-", "").isdigit() else None


class Span(BaseModel):
    """A half-open character range ``[start, end)`` in a document's text."""

    model_config = ConfigDict(frozen=True)

    start: int
    end: int

    def text(self, document_text: str) -> str:
        return document_text[self.start : self.end]

    def __len__(self) -> int:
        return self.end - self.start


class Extracted(BaseModel):
    """Base class of every record that is loaded into a table.

    Subclasses set ``table`` (the SQLite table name); the rest of what the
    table is (keys, indexes, full-text columns, title) is its
    :class:`~schemas.tables.TableSpec`, declared beside the model.
    """

    model_config = ConfigDict(extra="forbid")

    table: ClassVar[str]

    document_id: str = Field(description="The source document (sha256 of its bytes).")
    page: int | None = Field(
        None,
        description="Physical page of the source document (1-based; HTML, XML and text documents have one page). "
        "The link opens the document at that page; 'text' shows the exact source text of the row.",
    )
    char_start: int | None = Field(None, description="Start of the row's source text: offset into the document text (pages joined with \\n\\f).")
    char_end: int | None = Field(None, description="End (exclusive) of the row's source text in the document text.")
    extractor: str = Field(description="The extractor that produced the row.")

    def row(self) -> dict:
        """The record as a flat dict of SQLite-ready values."""
        return self.model_dump(mode="json")
