"""What meetings decided and promised: resolutions, actions, work programmes."""

from __future__ import annotations

from typing import ClassVar

from pydantic import Field

from schemas.provenance import MEETING_DATE, Extracted
from schemas.tables import ITEM_PARENTS, TableSpec


class Resolution(Extracted):
    """One resolved part of an agenda item, in order.

    A resolution with numbered parts (``(1) ... (2) ...``) gives one row per
    part, ``part`` holding the printed marker. ``outcome`` is the key verb
    reduced to a word: noted, agreed, approved, endorsed, elected, ...
    ``explicit`` is false where the minutes omit the word RESOLVED.
    ``source`` says whether it came from a web page's ``Decision:`` block or
    from the minutes.
    """

    table: ClassVar[str] = "resolutions"

    id: str = Field(description="Resolution id.")
    meeting_id: str | None = Field(None, description="The meeting: council/committee/date slug.")
    meeting_date: str | None = Field(None, description=MEETING_DATE)
    agenda_item_id: str | None = Field(None, description="The agenda item the row belongs to.")
    position: int = Field(description="1-based order within the document or item.")
    part: str | None = Field(None, description="Printed marker of a numbered part: (1), a., ...; empty for a single part.")
    text: str = Field(description="The resolution's wording.")
    outcome: str | None = Field(None, description="The key verb reduced to a word: noted, agreed, approved, endorsed, elected, ...")
    explicit: bool = Field(True, description="False where the minutes omit the word RESOLVED.")
    source: str | None = Field(
        None,
        description='Where the row was read: "decision" (the page\'s formal Decision block) or "minutes" (the item\'s minutes). '
        "An item with both keeps a minutes resolution the decision does not repeat.",
    )


class Action(Extracted):
    """Something the meeting asked to come back, be provided, or be done."""

    table: ClassVar[str] = "actions"

    id: str = Field(description="Action id.")
    meeting_id: str | None = Field(None, description="The meeting: council/committee/date slug.")
    meeting_date: str | None = Field(None, description=MEETING_DATE)
    agenda_item_id: str | None = Field(None, description="The agenda item the row belongs to.")
    text: str = Field(description="The sentence recording what was asked for.")
    due: str | None = Field(None, description="\"next meeting\", a date, or a named meeting")
    trigger: str | None = Field(None, description="The pattern that found it")


class WorkProgrammeEntry(Extracted):
    """An item planned for a future meeting, or a decision a forward plan says is to be taken.

    A committee's work programme belongs to the meeting whose papers print it.
    A forward plan ("Notice of key decisions") belongs to no meeting: its rows
    have no ``meeting_id`` and name their ``decision_maker`` (the committee,
    the Cabinet, a Cabinet Member, the Council) instead.
    """

    table: ClassVar[str] = "work_programme"

    id: str = Field(description="Entry id.")
    meeting_id: str | None = Field(None, description="The meeting: council/committee/date slug.")
    agenda_item_id: str | None = Field(None, description="The agenda item the row belongs to.")
    planned_date: str | None = Field(None, description="YYYY-MM-DD")
    title: str = Field(description="The item planned.")
    decision_maker: str | None = Field(None, description="Who is to take the decision, as a forward plan names it (Cabinet, a Cabinet Member, Council).")
    lead_officer: str | None = Field(None, description="The officer a forward plan names as lead or contact, as printed.")
    key_decision: bool | None = Field(None, description="True where a forward plan marks the decision as key; null where it does not say.")
    exempt: bool | None = Field(None, description="True where a forward plan says the decision will be taken in private (exempt information).")


RESOLUTIONS = TableSpec(Resolution, "Resolutions", foreign_keys=ITEM_PARENTS, fts=("text",))
ACTIONS = TableSpec(Action, "Actions promised", foreign_keys=ITEM_PARENTS, fts=("text",))
WORK_PROGRAMME = TableSpec(WorkProgrammeEntry, "Work programme", foreign_keys=ITEM_PARENTS)
