"""What meetings decided and promised: resolutions, actions, work programmes."""

from __future__ import annotations

from typing import ClassVar

from schemas.provenance import Extracted


class Resolution(Extracted):
    """One resolved part of an agenda item, in order.

    A resolution with numbered parts (``(1) ... (2) ...``) gives one row per
    part, ``part`` holding the printed marker. ``outcome`` is the key verb
    reduced to a word: noted, agreed, approved, endorsed, elected, ...
    ``explicit`` is false where the minutes omit the word RESOLVED.
    """

    table: ClassVar[str] = "resolutions"

    id: str
    meeting_id: str | None = None
    agenda_item_id: str | None = None
    position: int
    part: str | None = None
    text: str
    outcome: str | None = None
    explicit: bool = True


class Action(Extracted):
    """Something the meeting asked to come back, be provided, or be done."""

    table: ClassVar[str] = "actions"

    id: str
    meeting_id: str | None = None
    agenda_item_id: str | None = None
    text: str
    due: str | None = None  # "next meeting", a date, or a named meeting
    trigger: str | None = None  # the pattern that found it


class WorkProgrammeEntry(Extracted):
    """An item planned for a future meeting."""

    table: ClassVar[str] = "work_programme"

    id: str
    meeting_id: str | None = None
    agenda_item_id: str | None = None
    planned_date: str | None = None  # YYYY-MM-DD
    title: str
