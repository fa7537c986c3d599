"""The 16 June 2025 meeting, part 2: its agenda items and the minutes recorded against them.

:func:`june_items` is the meeting's agenda: thirteen :class:`Item` records
shared by the agenda pack (which prints title, description and page range)
and the ModernGov page (which adds the minutes).  An item's ``minutes`` is a
list of minute blocks: :class:`~.blocks.Para` narrative, an :class:`Action`
(a request recorded in the narrative), a :class:`Resolution` made of
:class:`Part` s, a :class:`Vote` (a question put to the meeting, printed in one
of several forms) and a :class:`VoteMinuted` (a member's vote minuted at their
request), and the tables a page shows (:class:`ReserveTable`,
:class:`DeclarationList`, :class:`WorkProgrammeTable`).

The resolution and vote types are also used by the March printed minutes; how a
resolved part is punctuated in a list (:func:`part_ending`) is the same in
both documents, so it is defined here rather than in either renderer.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .blocks import Para, Report
from .june_reports import (HOUSED, IHA_T, MISSING, WORK_PROGRAMME, WorkProgrammeEntry, health_report,
                           restricted_report, scorecard_report, virtual_school_report, work_programme_report)
from .people import (ASHDOWN, FENWICK, GRANT, HADDAD, HEALTH_TRUST, JUNE, MARSH, MCALLISTER, OKAFOR, OSEI, PATEL,
                     RAHMAN, WHITCOMBE, WHITFIELD, Person, day_month_year)
from .values import T


@dataclass(frozen=True)
class Part:
    """One resolved part: wording as printed (no marker, no end punctuation)."""

    text: str
    outcome: str


@dataclass
class Resolution:
    """A resolution.  ``lead`` is what precedes the parts: ``RESOLVED:`` for a
    single part, ``RESOLVED:  That`` before numbered parts, or None when the
    numbered parts are printed without the word RESOLVED."""

    parts: list[Part]
    lead: str | None = "RESOLVED:"
    colon: bool = False  # single part ending in ":" (a list or table follows)


def part_ending(i: int, n: int) -> str:
    """Punctuation after part ``i`` of ``n``: ``;`` ... ``; and`` ... ``.``."""
    return "." if i == n - 1 else ("; and" if i == n - 2 else ";")


@dataclass
class Action:
    """A request recorded in the narrative (``Members requested that ...``);
    ``due`` is when it should come back, if the text says."""

    text: str
    due: str | None = None


@dataclass(eq=False)
class Vote:
    """A question put to the meeting and its minuted outcome (issue 15).

    The same object gives the printed sentences and the truth row, so the two
    cannot drift apart.  ``form`` is how the minutes print it:

    - ``agreed unanimously`` (Kent): "The Chair put the motion to the vote and it was agreed unanimously."
    - ``lost counted`` (Kent): "The Chair put the amendment to the vote and it was LOST (2 for, 3 against)."
    - ``recorded`` (Kent): "... the voting was as follows:" then ``For (N)`` / ``Against (N)`` /
      ``Abstain (N)`` lines, each followed by the names, and "Motion carried."
    - ``all in favour`` (parish style): "Proposed by Councillor A, seconded by Councillor B, all in favour."
    - ``carried unanimously``: "The recommendation was put to the vote and CARRIED unanimously."
    - ``carried counted``: "On being put to the vote, the recommendations were carried with 4 for and 1 against."

    Kent-style minutes print the proposal (:meth:`proposal`) as a paragraph of
    its own before the outcome; ``recorded`` names every voter (``Ms Greaves``),
    and :class:`VoteMinuted` records a member who asked for their vote to be minuted.
    """

    kind: str  # motion | amendment | recommendation
    subject: str
    form: str
    what: str = ""  # the question as the proposal prints it, after "that"
    proposer: Person | None = None
    seconder: Person | None = None
    counts: tuple[int | None, int | None, int | None] = (None, None, None)  # for, against, abstain as printed
    recorded: tuple = ()  # ((Person, "for" | "against" | "abstain"), ...) in the order printed
    amends: Vote | None = None

    @property
    def result(self) -> str:
        return "lost" if self.form == "lost counted" else "carried"

    def printed_counts(self) -> tuple[int | None, int | None, int | None]:
        if self.form == "recorded":
            return tuple(sum(1 for _, v in self.recorded if v == side) for side in ("for", "against", "abstain"))
        return self.counts

    def printed_name(self, p: Person) -> str:
        """The proposer's or seconder's name as the minutes print it, without "Councillor"
        (``Mr M Ashdown`` in a Kent proposal, ``Daniel Osei`` in ``Proposed by Councillor Daniel Osei``)."""
        return p.name if self.form == "all in favour" else p.short

    def proposal(self) -> str:
        """The Kent proposal paragraph: ``Mr M Ashdown proposed, and Ms E Fitch seconded, ...``."""
        lead = {"amendment": "an amendment that", "motion": "that" if self.form == "agreed unanimously"
                else "the motion that"}[self.kind]
        return f"{self.proposer.short} proposed, and {self.seconder.short} seconded, {lead} {self.what}."

    def outcome(self) -> list[str]:
        """The outcome as printed, one string per line (``recorded``: the lead line, then the lists)."""
        f, a, ab = self.printed_counts()
        if self.form == "agreed unanimously":
            return [f"The Chair put the {self.kind} to the vote and it was agreed unanimously."]
        if self.form == "lost counted":
            return [f"The Chair put the {self.kind} to the vote and it was LOST ({f} for, {a} against)."]
        if self.form == "recorded":
            lines = [f"The Chair put the {self.kind} to the vote and the voting was as follows:"]
            for side, label, n in (("for", "For", f), ("against", "Against", a), ("abstain", "Abstain", ab)):
                lines.append(f"{label} ({n})")
                names = [kent_list_name(p) for p, v in self.recorded if v == side]
                if names:
                    lines.append(", ".join(names))
            return lines + [f"{self.kind.capitalize()} carried."]
        if self.form == "all in favour":
            return [f"Proposed by {self.proposer.cllr}, seconded by {self.seconder.cllr}, all in favour."]
        if self.form == "carried unanimously":
            return [f"The {self.kind} was put to the vote and CARRIED unanimously."]
        if self.form == "carried counted":
            return [f"On being put to the vote, the {self.kind}s were carried with {f} for and {a} against."]
        raise ValueError(self.form)


def kent_list_name(p: Person) -> str:
    """A name in a Kent recorded-vote list: ``Ms Greaves``."""
    return f"{p.honorific} {p.last}"


@dataclass(frozen=True)
class VoteMinuted:
    """A member asks for their vote on ``vote`` to be minuted (``Councillor X asked that it be minuted
    that he voted against ...``)."""

    person: Person
    vote: Vote
    how: str  # for | against | abstain
    on: str  # what the vote was on, as the sentence prints it

    def sentence(self) -> str:
        pronoun = "he" if self.person.honorific == "Mr" else "she"
        verb = {"for": "voted for", "against": "voted against", "abstain": "abstained on"}[self.how]
        return f"{self.person.cllr} asked that it be minuted that {pronoun} {verb} {self.on}."


@dataclass(frozen=True)
class Declaration:
    person: Person
    item_key: str
    interest_type: str
    reason: str
    action: str  # remained | left and did not vote | did not vote (the extractor's words for what the sentence says)

    def sentence(self, item_label: str, item_title: str) -> str:
        pronoun = "He" if self.person.honorific == "Mr" else "She"
        tail = {"remained": f"{pronoun} remained in the meeting while the item was discussed.",
                "left and did not vote": f"{pronoun} left the room while the item was discussed and did not vote.",
                "did not vote": f"{pronoun} remained in the meeting but did not vote on the item."}[self.action]
        return (f"{self.person.cllr} declared a {self.interest_type} interest in item {item_label}, "
                f"{item_title}, in that {self.reason}. {tail}")


@dataclass
class ReserveTable:
    pairs: list[tuple[Person, Person]]  # (ordinary member, reserve member)


@dataclass
class DeclarationList:
    declarations: list[Declaration]


@dataclass
class WorkProgrammeTable:
    entries: list[WorkProgrammeEntry]


@dataclass
class Item:
    """One agenda item of the June meeting, shared by the pack and the HTML page."""

    key: str
    title: str
    description: str
    report: Report | None = None
    to_follow: bool = False
    restricted: bool = False
    part: int = 1
    linked: bool = False  # the HTML title links to a document
    minutes: list = field(default_factory=list)


DECLARATIONS = [
    Declaration(OSEI, "health", "non-pecuniary", f"his sister worked for {HEALTH_TRUST}", "remained"),
    Declaration(PATEL, "sufficiency", "prejudicial",
                "he was a director of a company that provided supported accommodation to the Council", "left and did not vote"),
]
SUBSTITUTIONS = [(ASHDOWN, HADDAD)]

# Votes at the June meeting (voting members present: Greaves, Osei, Patel, Whitfield and Haddad for Ashdown)
MINUTES_VOTE = Vote("motion", f"Minutes of the meeting held on {day_month_year(JUNE.previous)} signed as a "
                    "correct record", "all in favour", proposer=OSEI, seconder=WHITFIELD)
HEALTH_VOTE = Vote("recommendation", "Update on Health for Children Looked After noted", "carried unanimously")
CHARTER_VOTE = Vote("recommendation", "Participation Service update noted and draft Care Leavers' Charter endorsed",
                    "carried counted", counts=(4, 1, None))

EXEMPT_LINE = ("Contains exempt information under paragraph 3 of Schedule 12A to the "
               "Local Government Act 1972.")


def june_items() -> list[Item]:
    """The agenda of 16 June 2025, with the minutes recorded on the HTML page."""
    prev = day_month_year(JUNE.previous)
    minutes_line = f"That the minutes of the meeting held on {prev} be taken as read and signed as a correct record"
    return [
        Item("reserves", "Attendance by Reserve Members",
             "To note the attendance of any duly appointed Reserve Members at this meeting.",
             minutes=[Resolution([Part("To note the attendance at this meeting of the following duly "
                                       "appointed Reserve Member", "noted")], colon=True),
                      ReserveTable(SUBSTITUTIONS)]),
        Item("declarations", "Declarations of Interest",
             "To receive declarations of interests from all Members present.",
             minutes=[Resolution([Part("To note that the following interests were declared", "noted")],
                                 colon=True),
                      DeclarationList(DECLARATIONS)]),
        Item("minutes", "Minutes", minutes_line + ".", linked=True,
             minutes=[Resolution([Part(minutes_line, "approved")]), MINUTES_VOTE]),
        Item("questions", "Public Questions", "To receive questions (if any) from members of the public.",
             minutes=[Resolution([Part("To note that no public questions were received", "noted")])]),
        Item("petitions", "Petitions", "To receive petitions (if any) from members of the public or Councillors.",
             minutes=[Resolution([Part("To note that no petitions were received", "noted")])]),
        Item("deputations", "Deputations", "To receive deputations (if any).",
             minutes=[Resolution([Part("To note that no deputations were received", "noted")])]),
        Item("scorecard", "Corporate Parenting Update and Scorecard", "Report of the Head of Corporate Parenting.",
             report=scorecard_report(), linked=True, minutes=[
                 Para(T(f"{OKAFOR.name}, {OKAFOR.job_title}, introduced the report, which set out the "
                        "Council's performance as a corporate parent and the scorecard for May 2025. She "
                        "highlighted that ", MISSING, " children in care had been reported missing during "
                        "April and May 2025, and that every child had been offered a return home interview.")),
                 Para(T("Since April 2023, Eastbrook had housed ", HOUSED, " care leavers into secure "
                        "tenancies. The Chair, Councillor Hannah Greaves, welcomed the progress on housing.")),
                 Para(f"In response to {WHITFIELD.cllr}'s question about placement stability, Ms Okafor "
                      "reported that most of the 15 children with three or more placements in the last year "
                      "were aged 14 or over, and that several moves had been planned steps towards "
                      "long-term foster care."),
                 Action("Members requested that a breakdown of placement moves by age be provided at the "
                        "next meeting.", due="next meeting"),
                 Resolution([Part("the update be noted", "noted"),
                             Part("a report on the sufficiency of local foster placements be provided at the "
                                  "next meeting", "requested")], lead="RESOLVED:  That"),
             ]),
        Item("health", "Update on Health for Children Looked After",
             "Update from the Named Nurse for Children Looked After.",
             report=health_report(), linked=True, minutes=[
                 Para(T(f"{MCALLISTER.name}, {MCALLISTER.job_title}, introduced the update. She explained "
                        "that performance on the ", IHA_T, " target had fallen in May because requests had "
                        "reached the health team after the deadline.")),
                 Para(f"In response to {OSEI.cllr}'s question about young people placed out of borough, "
                      f"Ms McAllister reported that reviews were now booked eight weeks ahead. {GRANT.name}, "
                      f"{GRANT.job_title}, added that the Integrated Care Board was raising capacity with "
                      "neighbouring providers."),
                 Action("The Panel requested that dental check figures for children placed out of borough "
                        "be circulated to Members."),
                 HEALTH_VOTE,
                 Resolution([Part("That the update be noted", "noted")]),
             ]),
        Item("participation", "Update from the Participation Service", "Presentation from the Participation Officer.",
             to_follow=True, linked=True, minutes=[
                 Para(f"{MARSH.name}, {MARSH.job_title}, gave a presentation on the work of the Children in "
                      "Care Council, including the spring activity programme and the draft Care Leavers' "
                      "Charter written by young people."),
                 Para("Members thanked the young people who had attended for their contributions."),
                 CHARTER_VOTE,
                 Resolution([Part("The update be noted", "noted"),
                             Part("The draft Care Leavers' Charter be endorsed", "endorsed")], lead=None),
                 VoteMinuted(PATEL, CHARTER_VOTE, "against", "the endorsement of the draft Care Leavers' Charter"),
             ]),
        Item("virtual-school", "Virtual School Update", "Update from the Virtual School Headteacher.",
             report=virtual_school_report(), linked=True, minutes=[
                 Para(f"{RAHMAN.name}, {RAHMAN.job_title}, introduced the report, which covered Personal "
                      "Education Plans, Key Stage 4 predictions and two post-16 case studies."),
                 Para("In response to the Chair's question about young people whose college places had "
                      "broken down, Ms Rahman reported that each had a named mentor from the Virtual School "
                      "and a place held for September 2025."),
                 Resolution([Part("That the report be noted", "noted")]),
             ]),
        Item("work-programme", "Work Programme 2025/26", "Report of the Democratic Services Officer.",
             report=work_programme_report(), linked=True, minutes=[
                 Para("The Panel discussed items which had been suggested for future meetings and agreed the "
                      "following work programme:"),
                 WorkProgrammeTable(WORK_PROGRAMME),
                 Resolution([Part("That the work programme be agreed", "agreed")]),
             ]),
        Item("urgent", "Any Other Urgent Business", "Which cannot otherwise be dealt with.",
             minutes=[Para("There was no urgent business.")]),
        Item("sufficiency", "Placement Sufficiency Commissioning", EXEMPT_LINE,
             report=restricted_report(), restricted=True, part=2, minutes=[
                 Para(f"{PATEL.cllr} left the room for this item."),
                 Para("The Panel considered the exempt report on the commissioning of local placements for "
                      "children in care."),
                 Resolution([Part("That the commissioning approach set out in the report be endorsed",
                                  "endorsed")]),
             ]),
    ]


OFFICERS_PRESENT = [
    ("Eastbrook Council Officers:", [WHITCOMBE, OKAFOR, RAHMAN, MARSH, FENWICK]),
    ("Health Representatives:", [MCALLISTER, GRANT]),
]
HTML_FIRST_MINUTE = 41  # the council numbers minutes continuously
MODERNGOV_MEETING_ID = 4412  # ModernGov ids on the page: meeting MId, item AI ids, report s-ids
FIRST_AI_ID, FIRST_DOC_ID = 5001, 9001
