"""Meetings and their agenda items."""

from __future__ import annotations

from typing import ClassVar, Literal

from pydantic import BaseModel

from schemas.provenance import Extracted

MeetingStatus = Literal["held", "cancelled", "scheduled", "unknown"]
SourceKind = Literal["primary", "secondary"]


class Meeting(Extracted):
    """A meeting as one document describes it.

    Several documents can describe the same meeting (agenda pack, minutes page,
    web-service XML); the loader keeps each description in ``meeting_records``
    and merges them into one ``meetings`` row keyed by council, committee and
    date. ``source_kind`` is ``secondary`` for someone else's summary of the
    meeting (a news site, a third-party digest), ``primary`` for the council's
    own record.
    """

    table: ClassVar[str] = "meeting_records"

    id: str
    council: str | None = None
    committee: str | None = None
    date: str | None = None  # YYYY-MM-DD
    start_time: str | None = None  # HH:MM
    venue: str | None = None
    status: MeetingStatus = "unknown"
    contact_name: str | None = None
    contact_email: str | None = None
    contact_phone: str | None = None
    quorum: int | None = None
    published_on: str | None = None  # agenda publication date, YYYY-MM-DD
    previous_minutes_date: str | None = None  # date of the minutes approved at this meeting
    source_kind: SourceKind = "primary"
    source_meeting_id: str | None = None  # the council system's own id (ModernGov MId)
    declarations_none: bool | None = None  # True: the minutes say none were made; None: not known


class MeetingDocument(BaseModel):
    """Which document describes which meeting, and in what role."""

    meeting_id: str
    document_id: str
    role: str


class AgendaItem(Extracted):
    """One item of business, as numbered and titled by the document.

    ``number`` is kept exactly as printed (``123.``, ``7``, ``(Item 4)`` gives
    ``4``); ``position`` is its 1-based order in the document.
    ``page_start``/``page_end`` are the pack's own (printed) page numbers.
    """

    table: ClassVar[str] = "agenda_items"

    id: str
    meeting_id: str | None = None
    number: str | None = None
    position: int
    title: str | None = None
    title_inferred: bool = False
    report_type: str | None = None  # e.g. "INFORMATION REPORT"
    description: str | None = None
    page_start: int | None = None
    page_end: int | None = None
    to_follow: bool = False
    restricted: bool = False
    minutes_text: str | None = None
    source_item_id: str | None = None  # the council system's own id (ModernGov AI id)
    links: list[dict] | None = None


class DocumentLink(BaseModel):
    """A document a page or web-service response links to (report, minutes, pack)."""

    title: str | None = None
    url: str
    item_position: int | None = None
