"""Meetings and their agenda items."""

from __future__ import annotations

from typing import ClassVar, Literal

from pydantic import BaseModel, Field, create_model

from schemas.provenance import MEETING_DATE, Extracted
from schemas.tables import DOCUMENT, MEETING, TableSpec

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

    id: str = Field(description="The meeting: council/committee/date slug.")
    council: str | None = Field(None, description="The council, as its documents name it.")
    council_code: str | None = Field(
        None,
        description="The council's GSS code (ONS), e.g. E09000015; empty for a parish, town or community council and for a council no register lists.",
    )
    committee: str | None = Field(None, description="The committee, panel or board.")
    date: str | None = Field(None, description="Meeting date, YYYY-MM-DD.")
    start_time: str | None = Field(None, description="Start time, HH:MM (24-hour).")
    venue: str | None = Field(None, description="Where the meeting is held.")
    status: MeetingStatus = Field("unknown", description="Whether the meeting took place")
    contact_name: str | None = Field(None, description="Democratic services contact named on the agenda.")
    contact_email: str | None = Field(None, description="E-mail of the contact.")
    contact_phone: str | None = Field(None, description="Telephone of the contact.")
    quorum: int | None = Field(None, description="Members needed for the meeting to go ahead (number of members).")
    published_on: str | None = Field(None, description="Agenda publication date, YYYY-MM-DD")
    previous_minutes_date: str | None = Field(None, description="Date of the minutes approved at this meeting")
    source_kind: SourceKind = Field("primary", description="primary: the council's own record; secondary: only someone else's summary describes it.")
    source_meeting_id: str | None = Field(None, description="The council system's own id (ModernGov MId)")
    declarations_none: bool | None = Field(None, description="1: the minutes say no interests were declared; 0 or empty: not known.")


class MeetingDocument(BaseModel):
    """Which document describes which meeting, and in what role."""

    meeting_id: str = Field(description="The meeting: council/committee/date slug.")
    document_id: str = Field(description="The source document (sha256 of its bytes).")
    role: str = Field(description="What the document is for this meeting (its kind: agenda_pack, minutes_page, ...).")


class AgendaItem(Extracted):
    """One item of business, as numbered and titled by the document.

    ``number`` is kept exactly as printed (``123.``, ``7``, ``(Item 4)`` gives
    ``4``); ``position`` is its 1-based order in the document.
    ``page_start``/``page_end`` are the pack's own (printed) page numbers.
    """

    table: ClassVar[str] = "agenda_items"

    id: str = Field(description="Item id: document prefix and position.")
    meeting_id: str | None = Field(None, description="The meeting: council/committee/date slug.")
    meeting_date: str | None = Field(None, description=MEETING_DATE)
    number: str | None = Field(None, description="The item number exactly as printed (7, 47., ...).")
    position: int = Field(description="1-based order within the document or item.")
    title: str | None = Field(None, description="The item's title as printed.")
    title_inferred: bool = Field(False, description="True where the title is not printed and was inferred.")
    report_type: str | None = Field(None, description="The kind of report, as printed above its title, e.g. \"INFORMATION REPORT\"")
    description: str | None = Field(None, description="The text under the title on the agenda.")
    page_start: int | None = Field(None, description="First printed page of the item's papers in the pack.")
    page_end: int | None = Field(None, description="Last printed page of the item's papers in the pack.")
    to_follow: bool = Field(False, description="The agenda marks the item 'To Follow' (papers published later).")
    restricted: bool = Field(False, description="Part II / exempt item (press and public excluded).")
    section: str | None = Field(
        None,
        description="The standard business the item is, read from its title in any wording: apologies, declarations, minutes, "
        "public (questions, petitions, deputations), chair (announcements, elections), exclusion (of the press and public), "
        "programme (work programme, forward plan), business (any other business), next_meeting; null for the meeting's own business.",
    )
    minutes_text: str | None = Field(None, description="What the minutes record for the item.")
    source_item_id: str | None = Field(None, description="The council system's own id (ModernGov AI id)")
    links: list[dict] | None = Field(None, description="Documents linked from the item (JSON).")


class DocumentLink(BaseModel):
    """A document a page or web-service response links to (report, minutes, pack)."""

    title: str | None = None
    url: str
    item_position: int | None = None


class MeetingStatusOverride(BaseModel):
    """A status a scrape found for a meeting that its documents do not say (withdrawn, cancelled at the source)."""

    table: ClassVar[str] = "meeting_status_overrides"

    meeting_id: str = Field(description="The meeting: council/committee/date slug.")
    status: MeetingStatus = Field(description="The status the source gives the meeting.")
    reason: str | None = Field(None, description="Why: what the source showed.")
    run_id: int | None = Field(None, description="The scrape run that found it (scrape_runs.id).")


# The columns of ``meetings`` merged from the ``meeting_records`` of a meeting: the first
# current record (the council's own documents first) that has a value gives it.
MERGED_COLUMNS = (
    "council", "council_code", "committee", "date", "start_time", "venue", "status", "contact_name", "contact_email",
    "contact_phone", "quorum", "published_on", "previous_minutes_date", "source_meeting_id", "declarations_none",
)  # fmt: skip

MergedMeeting: type[BaseModel] = create_model(
    "MergedMeeting",
    __doc__="""One row per meeting, merged from every document that describes it (agenda pack, minutes page,
    web-service XML), the council's own documents before anyone else's. ``id`` is the ``council/committee/date``
    slug; each document's own description is in ``meeting_records``.""",
    id=(str, Field(description="The meeting: council/committee/date slug.")),
    **{name: (Meeting.model_fields[name].annotation | None, Field(None, description=Meeting.model_fields[name].description)) for name in MERGED_COLUMNS},
    source_kind=(SourceKind | None, Field(None, description=Meeting.model_fields["source_kind"].description)),
    document_count=(int | None, Field(None, description="How many current documents describe the meeting.")),
    status_reason=(str | None, Field(None, description="Why the status was overridden (the source withdrew or cancelled the meeting).")),
    last_seen_at=(str | None, Field(None, description="When a scrape last saw the meeting listed.")),
)
MergedMeeting.table = "meetings"  # type: ignore[attr-defined]

MEETINGS = TableSpec(MergedMeeting, "Meetings", indexes=(("council", "committee", "date"),))
MEETING_DOCUMENTS = TableSpec(
    MeetingDocument,
    "Documents of each meeting",
    name="meeting_documents",
    primary_key=("meeting_id", "document_id", "role"),
    foreign_keys=(MEETING, DOCUMENT),
    index_foreign_keys=False,
    indexes=(("document_id",),),  # the primary key starts with meeting_id
)
MEETING_RECORDS = TableSpec(
    Meeting,
    "Each document's own description of a meeting",
    primary_key=("id", "document_id"),
    foreign_keys=(DOCUMENT,),
    indexes=(("council", "source_meeting_id"),),
    note="The ``meetings`` row is merged from these.",
)
AGENDA_ITEMS = TableSpec(AgendaItem, "Agenda items", foreign_keys=(DOCUMENT, MEETING), fts=("title", "description", "minutes_text"))
MEETING_STATUS_OVERRIDES = TableSpec(MeetingStatusOverride, "Meeting status overrides", primary_key="meeting_id", exported=False, hidden=True)
