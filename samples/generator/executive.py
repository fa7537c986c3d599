"""Eastbrook's executive documents: a Cabinet decision notice, the forward plan and an officer report.

Besides minutes and agenda packs, a council with an executive publishes:

- a **decision notice** ("Record of decision"), one form per decision taken:
  the decision maker, the date of decision, the subject, a reference, who was
  present, interests declared, the decision itself, reasons, alternatives
  considered, and the call-in deadline after which it comes into force;
- a **forward plan** ("Notice of key decisions"): a table of decisions to be
  taken in the coming months, each with its planned date, decision maker,
  lead officer and whether it is key or exempt;
- an **officer report** on its own, headed with the meeting it goes to
  ("Report to: Cabinet / Date of meeting: ... / Agenda item: 7").

Every name, reference and figure here is invented.  Depends only on
:mod:`.people`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .people import EBC, PATEL, WHITCOMBE, OKAFOR, Person

CABINET = "Cabinet"
CABINET_DATE = dt.date(2025, 1, 30)
PUBLISHED = dt.date(2025, 1, 31)
CALL_IN_DEADLINE = dt.date(2025, 2, 7)
IN_FORCE = dt.date(2025, 2, 10)

LEADER = Person("Robert", "Hale", "Mr", "Conservative")
FINANCE_MEMBER = Person("Caroline", "Ashby", "Mrs", "Conservative")
CHILDREN_MEMBER = PATEL  # the Cabinet Member for Children and Families sits on the Panel too
HOUSING_MEMBER = Person("Imran", "Qureshi", "Mr", "Conservative")
CABINET_PRESENT = (LEADER, FINANCE_MEMBER, CHILDREN_MEMBER, HOUSING_MEMBER)

FINANCE_DIRECTOR = Person("Helen", "Marlow", "Ms", job_title="Director of Finance", organisation=EBC)
HOUSING_DIRECTOR = Person("Gareth", "Lynch", "Mr", job_title="Director of Housing", organisation=EBC)


@dataclass(frozen=True)
class DecisionPart:
    """One resolved part as printed, without its closing punctuation, and its key verb."""

    text: str
    outcome: str


@dataclass(frozen=True)
class Declaration:
    person: Person
    interest_type: str
    reason: str
    action: str  # remained / left


@dataclass(frozen=True)
class Decision:
    """One decision notice form."""

    reference: str
    subject: str
    key: bool
    parts: tuple[DecisionPart, ...]
    reasons: str
    alternatives: str
    declarations: tuple[Declaration, ...] = ()


DECISIONS = (
    Decision(
        "CAB/25/07", "Foster Carer Allowances 2025/26", True,
        (DecisionPart("the weekly allowances for Eastbrook foster carers for 2025/26 set out in Appendix A to the "
                      "report be approved", "approved"),
         DecisionPart("the Director of Children's Services be authorised to make minor changes to the payment "
                      "scheme in consultation with the Cabinet Member for Children and Families", "authorised")),
        "The allowances have not risen since April 2023 and are now below those paid by neighbouring councils, "
        "which makes it harder to recruit and keep local foster carers.",
        "Keeping the current allowances was considered and rejected because the number of in-house foster "
        "carers has fallen for two years running.",
        (Declaration(CHILDREN_MEMBER, "personal", "a member of his family is an approved Eastbrook foster carer",
                     "remained"),),
    ),
    Decision(
        "CAB/25/08", "Care Leavers Local Offer", False,
        (DecisionPart("the revised Care Leavers Local Offer be endorsed for publication", "endorsed"),),
        "The council must publish its offer to care leavers and keep it under review; the revised offer reflects "
        "what young people told the Participation Service.",
        "None: publication of a local offer is a statutory duty.",
    ),
    Decision(
        "CAB/25/09", "Supported Accommodation for Young People aged 16 and 17", True,
        (DecisionPart("the procurement of a framework of providers of supported accommodation for young people "
                      "aged 16 and 17 be approved", "approved"),
         DecisionPart("authority to award contracts under the framework be delegated to the Director of "
                      "Children's Services", "delegated"),
         DecisionPart("a report on the outcome of the procurement be presented to the Cabinet in October 2025",
                      "requested")),
        "Spot purchasing of placements costs more and gives the council little control over quality.",
        "Extending the current arrangements was rejected because they end in September 2025 and cannot be "
        "extended again.",
    ),
)


@dataclass(frozen=True)
class PlanEntry:
    """One row of the forward plan."""

    title: str
    decision_maker: str
    planned: dt.date
    lead: Person
    key: bool
    exempt: bool


FORWARD_PLAN_PUBLISHED = dt.date(2025, 1, 3)
FORWARD_PLAN = (
    PlanEntry("Budget and Council Tax 2025/26", "Council", dt.date(2025, 2, 27), FINANCE_DIRECTOR, True, False),
    PlanEntry("Foster Carer Allowances 2025/26", CABINET, dt.date(2025, 1, 30), WHITCOMBE, True, False),
    PlanEntry("Care Leavers Local Offer", CABINET, dt.date(2025, 1, 30), OKAFOR, False, False),
    PlanEntry("Supported Accommodation for Young People aged 16 and 17", CABINET, dt.date(2025, 1, 30),
              WHITCOMBE, True, False),
    PlanEntry("Housing Revenue Account Business Plan", CABINET, dt.date(2025, 2, 13), HOUSING_DIRECTOR, True,
              False),
    PlanEntry("Disposal of Land at Mill Lane Depot", CABINET, dt.date(2025, 2, 13), HOUSING_DIRECTOR, True, True),
    PlanEntry("Treasury Management Strategy 2025/26", "Council", dt.date(2025, 2, 27), FINANCE_DIRECTOR, False,
              False),
    PlanEntry("Homelessness and Rough Sleeping Strategy 2025-2030", CABINET, dt.date(2025, 3, 13),
              HOUSING_DIRECTOR, True, False),
    PlanEntry("Fees and Charges for Parking", "Cabinet Member for Environment", dt.date(2025, 3, 20),
              FINANCE_DIRECTOR, False, False),
    PlanEntry("Children's Residential Home Refurbishment Contract", CABINET, dt.date(2025, 4, 10), WHITCOMBE,
              True, True),
)


@dataclass(frozen=True)
class OfficerReport:
    """A report published on its own, headed with the meeting it goes to."""

    meeting: str
    date: dt.date
    item: str
    title: str
    author: Person
    paragraphs: tuple[str, ...]


OFFICER_REPORT = OfficerReport(
    CABINET, CABINET_DATE, "7", "Foster Carer Allowances 2025/26", WHITCOMBE,
    ("1. Purpose of the report",
     "1.1 This report asks the Cabinet to approve the weekly allowances paid to Eastbrook foster carers from "
     "April 2025.",
     "2. Recommendations",
     "2.1 That the allowances set out in Appendix A be approved.",
     "2.2 That the Director of Children's Services be authorised to make minor changes to the payment scheme.",
     "3. Background",
     "3.1 The council had 86 approved in-house fostering households in December 2024, down from 97 two years "
     "earlier.",
     "3.2 Allowances have not risen since April 2023.",
     "4. Financial implications",
     "4.1 The proposed allowances add an estimated £310,000 a year to the fostering budget."),
)
