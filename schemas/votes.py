"""Votes: the questions put to a meeting whose outcome the minutes record, and who voted how.

A ``votes`` row is one question put to the meeting: a motion, an amendment to
one, a committee's recommendation, or a resolution put as such. It keeps what
the minutes print and nothing more: the three counts when they are printed
("For (52)", "3 for, 6 against", "4 abstentions"), else null; the result
(``carried``, ``lost``, ``fell``, ``withdrawn``); the proposer and seconder as
printed, each linked to ``people`` where the name is known. A vote minuted only
as unanimous or "all in favour" is ``carried`` with its counts left null
unless the minutes print them (``counts_from`` says where printed counts came
from). An amendment names the vote on the motion it amends
(``amends_vote_id``) where the minutes make that clear.

A ``vote_records`` row is one named member's vote on one question: a line of a
named ("recorded") vote's For / Against / Abstain list, or a member who asked
for their vote to be minuted.
"""

from __future__ import annotations

from typing import ClassVar, Literal

from pydantic import Field

from schemas.provenance import MEETING_DATE, Extracted
from schemas.tables import DOCUMENT, ITEM_PARENTS, PERSON, TableSpec

VoteKind = Literal["motion", "amendment", "recommendation", "resolution"]
VoteResult = Literal["carried", "lost", "fell", "withdrawn"]
VoteChoice = Literal["for", "against", "abstain", "did not vote"]
CountsFrom = Literal["minutes", "present list"]


class Vote(Extracted):
    """One question put to the meeting and its outcome: counts, result, proposer and seconder as the minutes print them."""

    table: ClassVar[str] = "votes"

    id: str = Field(description="Vote id.")
    meeting_id: str | None = Field(None, description="The meeting: council/committee/date slug.")
    meeting_date: str | None = Field(None, description=MEETING_DATE)
    agenda_item_id: str | None = Field(None, description="The agenda item the vote was taken under.")
    resolution_id: str | None = Field(None, description="The resolution of that item the vote led to, where the item has one and the vote carried its motion.")
    position: int = Field(description="1-based order of the vote within its item (or within the document, outside any item).")
    subject: str | None = Field(None, description="What was put to the vote, in the minutes' words (the motion's opening, or the sentence that puts it).")
    kind: VoteKind = Field(description="The kind of question put: a motion, an amendment to one, a recommendation, or a resolution put as such.")
    for_count: int | None = Field(None, description="Votes for, as printed; null when the minutes give no count.")
    against_count: int | None = Field(None, description="Votes against, as printed; null when the minutes give no count.")
    abstain_count: int | None = Field(None, description="Abstentions, as printed; null when the minutes give no count.")
    result: VoteResult = Field(description="The outcome the minutes record.")
    proposer: str | None = Field(None, description="Who proposed it, as printed (without Cllr / Councillor).")
    seconder: str | None = Field(None, description="Who seconded it, as printed (without Cllr / Councillor).")
    counts_from: CountsFrom | None = Field(None, description="Where the counts come from ('minutes': printed); null when there are none.")
    amends_vote_id: str | None = Field(None, description="For an amendment: the vote on the motion it amends, where the minutes make it clear.")
    proposer_id: str | None = Field(None, description="The proposer as a person (one row of people per person within a council).")
    seconder_id: str | None = Field(None, description="The seconder as a person.")


class VoteRecord(Extracted):
    """One named member's vote on one question: a line of a recorded vote, or a vote a member asked to have minuted."""

    table: ClassVar[str] = "vote_records"

    id: str = Field(description="Vote record id.")
    vote_id: str = Field(description="The vote.")
    person_id: str | None = Field(None, description="The person (one row of people per person within a council).")
    name: str = Field(description="The member's name: the person's name when linked, else as printed less its honorific.")
    vote: VoteChoice = Field(description="How the member voted.")


VOTES = TableSpec(
    Vote,
    "Votes",
    foreign_keys=(
        *ITEM_PARENTS,
        ("resolution_id", "resolutions", "id"),
        ("amends_vote_id", "votes", "id"),
        ("proposer_id", "people", "id"),
        ("seconder_id", "people", "id"),
    ),
    fts=("subject",),
)
VOTE_RECORDS = TableSpec(VoteRecord, "How members voted", foreign_keys=(DOCUMENT, ("vote_id", "votes", "id"), PERSON))
