"""The 10 March 2025 meeting: its printed minutes, laid out like Kent County Council's.

Attendance (``PRESENT:`` / ``ALSO PRESENT:`` / ``IN ATTENDANCE:``, apologies,
a substitute, a member attending virtually) and the items as printed: a title,
``(Item N)`` and numbered paragraphs, some of them resolutions (``RESOLVED
that ...``), actions or votes (a motion agreed unanimously, an amendment lost
on a count, a recorded vote with its For / Against / Abstain lists).  People recur from the June meeting, often in the
short ``Mr S Patel`` form.
"""

from __future__ import annotations

from dataclasses import dataclass

from .june_minutes import Action, Part, Resolution, Vote
from .june_reports import SDQ, UASC, WorkProgrammeEntry, grouped_by_date
from .people import (ASHDOWN, DOYLE, FENWICK, FITCH, GREAVES, JUNE, MARCH, MARSH, MCALLISTER, OKAFOR, OSEI, PATEL,
                     THORNE, WHITCOMBE, WHITFIELD, day_month_year)
from .values import T, count, pct_of


@dataclass
class PrintedItem:
    """An item of the printed minutes: title, then numbered paragraphs."""

    title: str
    paras: list  # str | T | Resolution | Action | Vote (each becomes a numbered paragraph; a Vote is its outcome)
    numbered: bool = True


MARCH_PRESENT = [(GREAVES, "chair"), (OSEI, "vice-chair"), (ASHDOWN, "member"), (PATEL, "member"),
                 (FITCH, "reserve")]
MARCH_APOLOGIES = [WHITFIELD]
MARCH_SUBSTITUTES = [(FITCH, WHITFIELD)]
MARCH_REMOTE = [PATEL]
MARCH_GUESTS = [THORNE]
MARCH_IN_ATTENDANCE = [FENWICK, WHITCOMBE, OKAFOR, MARSH, DOYLE, MCALLISTER]
MARCH_WORK_PROGRAMME = [
    WorkProgrammeEntry(JUNE.date, "Corporate Parenting Update and Scorecard"),
    WorkProgrammeEntry(JUNE.date, "Update on Health for Children Looked After"),
    WorkProgrammeEntry(JUNE.date, "Virtual School Update"),
]
KENT_ACTIVITY = count(41).about("children and young people who attended activity days since October 2024")
KENT_HOUSED = count(21).about("care leavers housed into secure tenancies since April 2023")
KENT_RHA = pct_of(44, 50).about("Review Health Assessments completed in timescale in quarter 3")
VICE_CHAIR = (f"{OSEI.short} be elected Vice-Chair of the Corporate Parenting Panel for the remainder of the "
              "2024/25 municipal year")
# Votes (voting members present: Greaves, Osei, Ashdown, Patel and Fitch for Whitfield)
VICE_CHAIR_VOTE = Vote("motion", "Election of the Vice-Chair", "agreed unanimously", what=VICE_CHAIR,
                       proposer=ASHDOWN, seconder=FITCH)
PROTOCOL_VOTE = Vote("motion", "Care Leavers Accommodation report noted and Protocol approved", "recorded",
                     what="the report be noted and the Care Leavers Accommodation Protocol be approved",
                     proposer=ASHDOWN, seconder=PATEL,
                     recorded=((GREAVES, "for"), (ASHDOWN, "for"), (PATEL, "for"), (OSEI, "against"),
                               (FITCH, "abstain")))
REVIEW_AMENDMENT = Vote("amendment", "Amendment (Mr D Osei): approve the Protocol for one year only", "lost counted",
                        what="the Protocol be approved for one year only and reviewed by the Panel in March 2026",
                        proposer=OSEI, seconder=FITCH, counts=(2, 3, None), amends=PROTOCOL_VOTE)


def march_items() -> list[PrintedItem]:
    prev = day_month_year(MARCH.previous)
    [(wp_date, wp_titles)] = grouped_by_date(MARCH_WORK_PROGRAMME)  # one future meeting
    return [
        PrintedItem("Apologies and Substitutes", [
            f"Apologies were received from {WHITFIELD.cllr}.",
            f"{FITCH.short} attended as a substitute for {WHITFIELD.cllr}.",
            f"{PATEL.short} was in attendance virtually.",
        ], numbered=False),
        PrintedItem("Election of Vice-Chair", [
            VICE_CHAIR_VOTE.proposal(),
            VICE_CHAIR_VOTE,
            Resolution([Part(VICE_CHAIR, "elected")], lead="RESOLVED that"),
        ]),
        PrintedItem("Declarations of Interest", ["No declarations of interest were made."], numbered=False),
        PrintedItem(f"Minutes of the meeting held on {prev}", [
            Resolution([Part(f"the minutes of the meeting held on {prev} were a correct record of the meeting",
                             "approved")], lead="RESOLVED that"),
        ], numbered=False),
        PrintedItem("Participation Service Update", [
            f"{MARSH.name}, {MARSH.job_title}, introduced the update. She highlighted that:",
            T(KENT_ACTIVITY, " children and young people had attended activity days since October 2024, "
              "including a first event for care leavers aged 18 to 25."),
            T("the Children in Care Council had met four times and had begun drafting a Care Leavers' Charter."),
            f"In response to a question from {FITCH.short}, Ms Marsh confirmed that young people placed out of "
            "borough were offered transport to every event.",
            Resolution([Part("the Panel note the Participation Service update", "noted")], lead="RESOLVED that"),
        ]),
        PrintedItem("Care Leavers Accommodation Update", [
            T(f"{DOYLE.name}, {DOYLE.job_title}, introduced the report. Since April 2023, ", KENT_HOUSED,
              " care leavers had been housed into secure tenancies."),
            T("Members asked about support for ", UASC, " leaving care. Mr Doyle explained that each young "
              "person had a housing plan agreed six months before their eighteenth birthday."),
            Action("The Panel requested that the number of care leavers in temporary accommodation be "
                   "reported to the next meeting.", due="next meeting"),
            PROTOCOL_VOTE.proposal(),
            REVIEW_AMENDMENT.proposal(),
            REVIEW_AMENDMENT,
            PROTOCOL_VOTE,
            Resolution([Part("the report be noted", "noted"),
                        Part("the Care Leavers Accommodation Protocol be approved", "approved")],
                       lead="RESOLVED that:"),
        ]),
        PrintedItem("Health of Children Looked After – Quarter 3 Report", [
            T(f"{MCALLISTER.name}, {MCALLISTER.job_title}, introduced the report. ", KENT_RHA,
              " of Review Health Assessments had been completed in timescale in quarter 3."),
            T("She explained that a ", SDQ, " was completed for every child aged 4 to 16 before each review."),
            f"{THORNE.short}, {THORNE.job_title}, thanked the health team for its work with carers.",
            Resolution([Part("the report be noted", "noted")], lead="RESOLVED that"),
        ]),
        PrintedItem("Work Programme 2025/26", [
            f"The Panel agreed that the following items be considered at its meeting on "
            f"{day_month_year(wp_date)}: " + "; ".join(wp_titles) + ".",
            Resolution([Part("the work programme be agreed", "agreed")], lead="RESOLVED that"),
        ]),
    ]
