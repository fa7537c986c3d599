"""People: who sat on a committee, who came, who spoke, who declared what.

Every row that names a person carries ``name`` (the person's name when the
row is linked to a person, else the name as written less its honorific) and
``person_id``, the one ``people`` row for that person within a council.
``person_aliases`` keeps each written form ("Mr S Brown", "Councillor Simon
Brown (VC)") that was linked to a person, with the document that gave the
evidence and why the link was made.
"""

from __future__ import annotations

from typing import ClassVar, Literal

from pydantic import BaseModel, Field

from schemas.provenance import MEETING_DATE, Extracted
from schemas.tables import DOCUMENT, ITEM_PARENTS, MEETING, PERSON, TableSpec

Role = Literal["chair", "vice-chair", "member", "reserve", "advisory", "officer", "guest"]
AttendanceStatus = Literal["expected", "present", "apologies", "absent"]


class Person(BaseModel):
    """One person within one council. ``id`` is ``council-slug/name-slug`` (``unknown-council/name-slug`` when no document showed their council)."""

    table: ClassVar[str] = "people"

    id: str = Field(description="council-slug/name-slug.")
    council: str | None = Field(None, description="The council the person is known in; empty when the documents naming them do not show it (id unknown-council/...).")
    name: str = Field(description="Full name, without honorific.")
    honorific: str | None = Field(None, description="Councillor, Mr, Mrs, Dr, ...")
    post_nominals: str | None = Field(None, description="Letters after the name (OBE, MBE, ...).")


class PersonAlias(BaseModel):
    """A written form of a person's name, and the document that links it to them."""

    table: ClassVar[str] = "person_aliases"

    person_id: str = Field(description="The person (one row of people per person within a council).")
    alias: str = Field(description="The name as written in the document.")
    evidence_document_id: str = Field(description="The document that shows this written form.")
    evidence: str | None = Field(None, description="Why the link was made: \"exact\", \"initials+surname in same document\", ...")


class Membership(Extracted):
    """A seat on a committee as a front sheet or committee page lists it."""

    table: ClassVar[str] = "memberships"

    id: str = Field(description="Membership id.")
    meeting_id: str | None = Field(None, description="The meeting: council/committee/date slug.")
    council: str | None = Field(None, description="The council.")
    committee: str | None = Field(None, description="The committee.")
    person_id: str | None = Field(None, description="The person (one row of people per person within a council).")
    name: str = Field(description="The member's name.")
    role: Role = Field(description="The seat held.")
    party: str | None = Field(None, description="Political group, as the front sheet heads it.")
    reserve_order: int | None = Field(None, description="Order of a reserve member (1 = first reserve).")


class Attendee(Extracted):
    """A person at (or expected at, or absent from) a meeting, in one capacity."""

    table: ClassVar[str] = "attendees"

    id: str = Field(description="Attendee id.")
    meeting_id: str | None = Field(None, description="The meeting: council/committee/date slug.")
    meeting_date: str | None = Field(None, description=MEETING_DATE)
    person_id: str | None = Field(None, description="The person (one row of people per person within a council).")
    name: str = Field(description="The person's name.")
    role: Role = Field(description="Capacity in which they attended.")
    status: AttendanceStatus = Field(description="Attendance as the document records it.")
    remote: bool = Field(False, description="Attended remotely / virtually.")
    party: str | None = Field(None, description="Political group.")
    ward: str | None = Field(None, description="Ward the councillor represents.")
    job_title: str | None = Field(None, description="Officer's or guest's job title.")
    organisation: str | None = Field(None, description="Officer's or guest's organisation.")
    substitute_for: str | None = Field(None, description="The name of the member they stood in for")
    source: str | None = Field(None, description="\"minutes\", \"front sheet\", \"web service\"")


class Declaration(Extracted):
    """A declaration of interest made at a meeting."""

    table: ClassVar[str] = "declarations"

    id: str = Field(description="Declaration id.")
    meeting_id: str | None = Field(None, description="The meeting: council/committee/date slug.")
    meeting_date: str | None = Field(None, description=MEETING_DATE)
    agenda_item_id: str | None = Field(None, description="The item the interest relates to, where stated")
    person_id: str | None = Field(None, description="The person (one row of people per person within a council).")
    name: str = Field(description="Who declared.")
    interest_type: str | None = Field(None, description="Disclosable pecuniary / pecuniary / non-pecuniary / personal / prejudicial / other")
    description: str | None = Field(None, description="What the interest is (the 'in that ...' reason).")
    action: str | None = Field(None, description="Remained / left / did not vote / ...")
    item_reference: str | None = Field(None, description="The item as the declaration names it (\"item 9\")")
    item_number: str | None = Field(
        None,
        description="The number of the item the declaration concerns, as the minutes print item numbers: the linked "
        "item's number, else the top-level number the reference names (\"agenda item 17(13)\" -> \"17\"; a letter "
        "stays: \"7a\"), so a declaration on an item the document does not hold (an excerpt) still names it",
    )
    late: bool = Field(False, description="Declared later in the meeting, not under the declarations item")


class Mention(Extracted):
    """A known person named in an item's minutes, with what they did there."""

    table: ClassVar[str] = "mentions"

    id: str = Field(description="Mention id.")
    meeting_id: str | None = Field(None, description="The meeting: council/committee/date slug.")
    agenda_item_id: str | None = Field(None, description="The agenda item the row belongs to.")
    person_id: str | None = Field(None, description="The person (one row of people per person within a council).")
    name: str = Field(description="The person named.")
    role_in_item: str = Field(description="Presenter / questioner / speaker / mentioned")


PEOPLE = TableSpec(Person, "People", indexes=(("council", "name"),))
PERSON_ALIASES = TableSpec(
    PersonAlias,
    "Name forms of people",
    primary_key=("person_id", "alias", "evidence_document_id"),
    foreign_keys=(PERSON, ("evidence_document_id", "documents", "id")),
    index_foreign_keys=False,
    indexes=(("evidence_document_id",),),  # the primary key starts with person_id
)
MEMBERSHIPS = TableSpec(Membership, "Committee memberships", foreign_keys=(DOCUMENT, MEETING, PERSON))
ATTENDEES = TableSpec(Attendee, "Attendance", foreign_keys=(DOCUMENT, MEETING, PERSON))
DECLARATIONS = TableSpec(Declaration, "Declarations of interest", foreign_keys=(*ITEM_PARENTS, PERSON), fts=("name", "description"))
MENTIONS = TableSpec(Mention, "People named in the minutes", foreign_keys=(*ITEM_PARENTS, PERSON))
