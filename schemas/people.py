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

from pydantic import BaseModel

from schemas.provenance import Extracted

Role = Literal["chair", "vice-chair", "member", "reserve", "advisory", "officer", "guest"]
AttendanceStatus = Literal["expected", "present", "apologies", "absent"]


class Person(BaseModel):
    """One person within one council. ``id`` is ``council-slug/name-slug``."""

    table: ClassVar[str] = "people"

    id: str
    council: str | None = None
    name: str
    honorific: str | None = None
    post_nominals: str | None = None


class PersonAlias(BaseModel):
    """A written form of a person's name, and the document that links it to them."""

    table: ClassVar[str] = "person_aliases"

    person_id: str
    alias: str
    evidence_document_id: str
    evidence: str | None = None  # why the link was made: "exact", "initials+surname in same document", ...


class Membership(Extracted):
    """A seat on a committee as a front sheet or committee page lists it."""

    table: ClassVar[str] = "memberships"

    id: str
    meeting_id: str | None = None
    council: str | None = None
    committee: str | None = None
    person_id: str | None = None
    name: str
    role: Role
    party: str | None = None
    reserve_order: int | None = None


class Attendee(Extracted):
    """A person at (or expected at, or absent from) a meeting, in one capacity."""

    table: ClassVar[str] = "attendees"

    id: str
    meeting_id: str | None = None
    person_id: str | None = None
    name: str
    role: Role
    status: AttendanceStatus
    remote: bool = False
    party: str | None = None
    ward: str | None = None
    job_title: str | None = None
    organisation: str | None = None
    substitute_for: str | None = None  # the name of the member they stood in for
    source: str | None = None  # "minutes", "front sheet", "web service"


class Declaration(Extracted):
    """A declaration of interest made at a meeting."""

    table: ClassVar[str] = "declarations"

    id: str
    meeting_id: str | None = None
    agenda_item_id: str | None = None  # the item the interest relates to, where stated
    person_id: str | None = None
    name: str
    interest_type: str | None = None  # disclosable pecuniary / pecuniary / non-pecuniary / personal / prejudicial / other
    description: str | None = None
    action: str | None = None  # remained / left / did not vote / ...
    item_reference: str | None = None  # the item as the declaration names it ("item 9")
    late: bool = False  # declared later in the meeting, not under the declarations item


class Mention(Extracted):
    """A known person named in an item's minutes, with what they did there."""

    table: ClassVar[str] = "mentions"

    id: str
    meeting_id: str | None = None
    agenda_item_id: str | None = None
    person_id: str | None = None
    name: str
    role_in_item: str  # presenter / questioner / speaker / mentioned
