"""The 16 June 2025 meeting, part 1: the reports in its agenda pack.

The pack's tables of figures (ruled: scorecard, IHA, PEP; unruled: placement
spend, RHA, Key Stage 4), two case-study tables, the glossary terms and facts
the prose carries (``SDQ`` and ``UASC`` are only used by the March minutes),
and the five reports built from them (one function per report, each page a
list of blocks from :mod:`.blocks`).  The work programme lives here too: its
draft is a report in the pack, the minutes page prints the agreed version,
and the March minutes list their own entries of the same type.

The agenda items that carry these reports, and the minutes recorded against
them, are in :mod:`.june_minutes`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Iterable

from .blocks import (BlankPage, Bullets, CaseStudy, CaseStudyBlock, Heading, KpiTable, Para, ProseCaseStudy,
                     Report, RestrictedPage, TableBlock)
from .people import BELL, FENWICK, HEALTH_TRUST, KAI, MCALLISTER, OKAFOR, RAHMAN, long_date
from .values import (AMBER, BLANK, DASH, GREEN, NA, RED, STAR, SUPP, T, Term, count, frac_eq, money, n_of, pct,
                     pct_n, pct_of)


# --- tables -----------------------------------------------------------------

SCORECARD = KpiTable(
    title="Corporate Parenting Scorecard, May 2025",
    header=["Indicator", "Target", "2023/24", "April 2025", "May 2025", "RAG"],
    rows=[
        ["Children in care (number)", DASH, count(139), count(143), count(146), NA],
        ["Children with 3 or more placements in 12 months", pct(10), pct_n(16, 139), pct_n(14, 143), pct_n(15, 146), AMBER],
        ["Initial Health Assessments within 20 days", pct(100), pct(72), pct_n(13, 16), pct_n(6, 9), RED],
        ["Care leavers in education, employment or training", pct(55), pct(48), pct(30), pct_of(12, 39), RED],
        ["Personal Education Plans in timescale", pct(95), pct_n(87, 95), pct(97), pct(98), GREEN],
        ["Children placed more than 20 miles from home", pct(15), pct(14), SUPP, STAR, GREEN],
        ["Adoptions completed (year to date)", BLANK, count(11), BLANK, count(2), GREEN],
    ],
    ruled=True, col_widths=[155, 46, 68, 72, 82, 60], rag_column=5,
)

PLACEMENT_SPEND = KpiTable(
    title="Placement spend by type, 2023/24 – 2025/26",
    header=["Year", "Residential", "Independent fostering", "In-house fostering", "Supported accommodation"],
    rows=[
        ["2023/24", money(4_600_000), money(2_300_000), money(1_900_000), money(800_000)],
        ["2024/25", money(5_100_000), money(2_200_000), money(2_000_000), money(1_200_000)],
        ["2025/26", money(5_400_000), NA, money(2_100_000), DASH],
    ],
    ruled=False, col_widths=[60, 78, 118, 104, 123],
)

IHA = KpiTable(
    title="Initial Health Assessments completed, April – May 2025",
    header=["Month", "Total due", "IHA completed within 20 days\n(percentage / number)",
            "IHA completed outside timescale\n(percentage / number)",
            "IHA not yet completed\n(percentage / number)"],
    rows=[
        ["April", count(16), pct_n(13, 16), pct_n(2, 16), pct_n(1, 16)],
        ["May", count(9), pct_n(6, 9), pct_n(3, 9), pct_n(0, 9)],
    ],
    ruled=True, col_widths=[44, 52, 132, 145, 110], year=2025,
)

RHA = KpiTable(
    title="Review Health Assessments completed, April – May 2025",
    header=["Month", "Total due", "Within timescale", "Outside timescale", "Not yet completed", "Dental check recorded"],
    rows=[
        ["April", count(21), pct_n(18, 21), SUPP, STAR, pct(90)],
        ["May", count(19), pct_n(17, 19), SUPP, DASH, BLANK],
    ],
    ruled=False, col_widths=[52, 60, 92, 92, 92, 95], year=2025,
)

PEP = KpiTable(
    title="Personal Education Plans completed within timescale, 2022/23 – 2024/25",
    header=["Year", "Children of statutory\nschool age", "PEPs completed\nin timescale", "PEPs rated good\nor better"],
    rows=[
        ["2022/23", count(94), pct_n(83, 94), pct(71)],
        ["2023/24", count(95), pct_n(87, 95), pct(76)],
        ["2024/25", count(97), pct(100), NA],
    ],
    ruled=True, col_widths=[90, 131, 131, 131],
)

KS4 = KpiTable(
    title="Key Stage 4 predictions, Year 11 cohort 2024/25",
    header=["Cohort", "At least 1 GCSE pass", "5 GCSEs at Grade 4+", "English and Maths at Grade 4+"],
    rows=[
        ["All Year 11s", frac_eq(8, 17), frac_eq(6, 17), frac_eq(4, 17)],
        ["In care 12 months +", frac_eq(7, 14), frac_eq(5, 14), frac_eq(3, 14)],
    ],
    ruled=False, col_widths=[120, 110, 110, 143],
)

CASE_2008 = CaseStudy(2008, 17, [
    ("DOB", "2008 (17 years old)"),
    ("Key Stage 4 outcomes", "GCSE English Language Grade 5, GCSE Maths Grade 4, GCSE Combined Science 5-4, "
                             "GCSE Art Grade 7, GCSE Geography Grade 4"),
    ("Post 16", "Enrolled at Eastbrook College on a Level 2 Motor Vehicle course. Attendance fell after "
                "a placement move in January 2025 and the course was paused."),
    ("Signposted Destination", "Level 2 Motor Vehicle (restart), Eastbrook College, September 2025, "
                               "with a mentor from the Virtual School."),
])
CASE_2009 = CaseStudy(2009, 16, [
    ("DOB", "2009 (16 years old)"),
    ("Key Stage 4 outcomes", "Predicted GCSE English Language Grade 4, GCSE Maths Grade 3, "
                             "GCSE Music Grade 6, BTEC Sport Level 2 Merit"),
    ("Post 16", "Offered places at Eastbrook College and Fenmoor Sixth Form; applying for a "
                "sports coaching apprenticeship."),
    ("Signposted Destination", "Sports Coaching Level 2 apprenticeship with Eastbrook Leisure Trust, "
                               "start date September 2025."),
])

# --- glossary terms and facts ---------------------------------------------

CLA = Term("CLA", "Children Looked After")
NEET = Term("NEET", "Not in Education, Employment or Training")
IHA_T = Term("IHA", "Initial Health Assessment")
RHA_T = Term("RHA", "Review Health Assessment")
EHCP = Term("EHCP", "Education, Health and Care Plan")
PEP_T = Term("PEP", "Personal Education Plan")
SDQ = Term("SDQ", "Strengths and Difficulties Questionnaire")
UASC = Term("UASC", "Unaccompanied Asylum-Seeking Children")

IN_CARE = count(146).about("children in care at the end of May 2025")
IN_CARE_2024 = count(139).about("children in care at the end of March 2024")
STABILITY = pct(round(100 * 15 / 146, 2)).about("children with three or more placements in 12 months, May 2025")
MISSING = n_of(18, 146).about("children in care reported missing")
EET = pct_of(12, 39).about("care leavers in education, employment or training")
HOUSED = count(27).about("care leavers housed into secure tenancies since April 2023")
SUPPORTED_SPEND = money(1_200_000).about("supported accommodation spend in 2024/25")
IHA_ON_TIME = n_of(13, 16).about("Initial Health Assessments due in April completed within 20 days")
EHCP_SHARE = pct_of(25, 97).about("children of statutory school age with an EHCP")


# --- report pages -------------------------------------------------------------

def scorecard_report() -> Report:
    """Item 7: the Head of Corporate Parenting's update with the scorecard."""
    return Report(
        title="Corporate Parenting Update and Scorecard",
        author="Report of the Head of Corporate Parenting",
        byline=f"{OKAFOR.name} – {OKAFOR.job_title}, June 2025",
        pages=[
            [
                Heading("1. Purpose of the report"),
                Para(T("This report updates the Panel on how the Council is meeting its duties as corporate "
                       "parent to ", CLA, " and care leavers, and presents the performance scorecard for "
                       "May 2025. Members are asked to note the report.")),
                Heading("2. Children in care"),
                Para(T("At the end of May 2025 there were ", IN_CARE, " children in the care of Eastbrook "
                       "Borough Council, compared with ", IN_CARE_2024, " at the end of March 2024. Most of the "
                       "increase is among young people aged 16 and 17, including a small number placed with the "
                       "Council through the National Transfer Scheme.")),
                Para(T("Between April and May 2025, ", MISSING, " children in care were reported missing at "
                       "least once. Every child was offered a return home interview, and 15 interviews took "
                       "place within 72 hours of the child coming home.")),
                Heading("3. Placement stability"),
                Para(T("The proportion of children with three or more placements in the last 12 months was ",
                       STABILITY, " in May 2025, just above the 10% target. Most of these moves were planned "
                       "steps towards long-term foster care or a return to family, and none involved a child "
                       "moving school in the middle of a GCSE year.")),
            ],
            [
                Heading("4. Performance scorecard"),
                Para("The scorecard below sets out the indicators reported to every meeting of the Panel. "
                     "RAG ratings compare the latest month with the target."),
                TableBlock(SCORECARD, note="Figures below 5 are shown as <5 and figures that could identify a "
                                           "child are shown as *. A dash means that no target has been set; "
                                           "a blank cell means the figure is not collected monthly."),
                Para("Performance on Initial Health Assessments remains the main concern and is covered in "
                     "the health report at item 8. Officers meet the health provider every fortnight to "
                     "review each late request."),
            ],
            [
                Heading("5. Care leavers"),
                Para(T("At the end of May 2025, ", EET, " of care leavers were in education, employment or "
                       "training, against a target of 55%. The ", NEET, " group is small but has complex "
                       "needs, and every young person has a named Personal Adviser.")),
                Para(T("Housing remains a priority for the service. Since April 2023, Eastbrook had housed ",
                       HOUSED, " care leavers into secure tenancies, and no care leaver has been placed in "
                       "bed and breakfast accommodation this year.")),
                ProseCaseStudy("Case study: Kai", [
                    T(KAI, " moved into his first flat in February 2025 after two years in supported "
                      "accommodation. The Personal Adviser, ", BELL.name, ", helped him set up his utilities "
                      "and a weekly budget, and arranged a tenancy sustainment course with the Housing Needs "
                      "team."),
                    T(KAI, " now works part-time at a garden centre and has started a Level 2 horticulture "
                      "course. He has agreed to speak to the Children in Care Council about moving on from care."),
                ]),
            ],
            [
                Heading("6. Placement costs"),
                Para(T("Placement spend continues to rise, driven by the cost of residential care. Spend on "
                       "supported accommodation reached ", SUPPORTED_SPEND, " in 2024/25 following the "
                       "introduction of Ofsted registration for homes for 16 and 17 year olds.")),
                TableBlock(PLACEMENT_SPEND, note="Figures for 2025/26 are forecasts at the end of May 2025. "
                                                 "Independent fostering spend for 2025/26 is not yet available "
                                                 "(n/a) because new framework prices start in July 2025."),
                Heading("7. Recommendation"),
                Para("That the Panel notes the report."),
            ],
            [BlankPage()],
        ],
    )


def health_report() -> Report:
    """Item 8: the Named Nurse's health update with IHA and RHA tables."""
    return Report(
        title="Update on Health for Children Looked After",
        author="Report of the Named Nurse for Children Looked After",
        byline=f"{MCALLISTER.name} – {MCALLISTER.job_title}, {HEALTH_TRUST}",
        pages=[
            [
                Heading("Key performance indicators"),
                Para(T("Every child entering care should have an ", IHA_T, " within 20 working days of "
                       "becoming looked after, and a ", RHA_T, " every six months for children under five "
                       "and every twelve months for older children.")),
                Para("Exception reporting excludes:"),
                Bullets(["requests or consent received more than 3 working days after a child became "
                         "looked after;",
                         "children who are missing or who decline an appointment;",
                         "children placed outside Eastbrook who are seen by another provider."]),
                Para("The service also records dental checks, optician checks, immunisation status and GP "
                     "registration after each assessment, and reports them to the Council every month."),
            ],
            [
                Heading("Initial Health Assessments"),
                TableBlock(IHA),
                Para(T("In April, ", IHA_ON_TIME, " assessments due were completed within 20 days. Two were "
                       "late because consent arrived after day 10, and one young person was missing. In May, "
                       "three assessments were completed late, all because requests reached the team after "
                       "the deadline.")),
                Heading("Reasons for late completion", 3),
                Bullets(["late requests and late consent from social work teams;",
                         "carers cancelling or declining appointments;",
                         "placement moves shortly before the appointment."]),
            ],
            [
                Heading("Review Health Assessments"),
                TableBlock(RHA, note="<5 means fewer than five children. * means the figure is withheld "
                                     "because it could identify a child. A dash means none, and a blank cell "
                                     "means the figure was not available when the report was written."),
                Para("Most late reviews involved young people placed out of borough, where the receiving "
                     "health provider had limited capacity. The team now books these reviews eight weeks "
                     "ahead and sends reminders to carers a week before each appointment."),
            ],
            [
                Heading("Themes and next steps"),
                Bullets(["a joint audit with social work teams of every late request in April and May;",
                         "Saturday clinics for young people in education or work;",
                         "text message reminders for young people aged 16 and over."]),
                Para("Questions"),
            ],
        ],
    )


def virtual_school_report() -> Report:
    """Item 10: the Virtual School update with PEP, KS4 and case studies."""
    return Report(
        title="Virtual School Update",
        author="Report of the Virtual School Headteacher",
        byline=f"{RAHMAN.name} – Headteacher, Eastbrook Virtual School",
        pages=[
            [
                Heading("Key updates"),
                Bullets(["Personal Education Plans", "Key Stage 4 predictions", "Post-16 case studies",
                         "Support for young people not in education, employment or training"]),
                Para(T("Every child of statutory school age should have a ", PEP_T, " that is reviewed each "
                       "term with the school, the social worker and the carer.")),
                Para(T(EHCP_SHARE, " of children of statutory school age had an ", EHCP, ", close to the "
                       "national average for children in care. Around a third of the remaining children "
                       "receive SEN support in school.")),
            ],
            [
                Heading("Personal Education Plans"),
                TableBlock(PEP),
                Para("All Personal Education Plans due in 2024/25 were completed in timescale. Quality "
                     "ratings for 2024/25 are not yet available (n/a) because the summer term audit has not "
                     "finished."),
            ],
            [
                Heading("Key Stage 4 predictions"),
                TableBlock(KS4),
                Bullets(["Nearly half of the cohort are predicted to pass at least one GCSE.",
                         "Six Year 11 students have an EHCP.",
                         "Two students are on roll at alternative provision."]),
            ],
            [
                Heading("Post-16 case studies"),
                Para("The two case studies below show how the Virtual School supports young people whose "
                     "post-16 plans have been disrupted."),
                CaseStudyBlock(CASE_2008),
            ],
            [
                CaseStudyBlock(CASE_2009),
            ],
            [
                Heading("NEET support"),
                Para("The Virtual School works with the Leaving Care team and local colleges to offer every "
                     "young person who is not in education, employment or training a fortnightly meeting, "
                     "a CV workshop and taster days with local employers."),
                Para("Questions"),
            ],
        ],
    )


@dataclass(frozen=True)
class WorkProgrammeEntry:
    planned: dt.date
    title: str
    added_at_meeting: bool = False  # only on the minutes page, not in the pack's draft


WORK_PROGRAMME = [
    WorkProgrammeEntry(dt.date(2025, 9, 15), "Independent Reviewing Officers Annual Report 2024/25"),
    WorkProgrammeEntry(dt.date(2025, 9, 15), "Fostering Recruitment and Retention Update"),
    WorkProgrammeEntry(dt.date(2025, 9, 15), "Placement Moves by Age", added_at_meeting=True),
    WorkProgrammeEntry(dt.date(2025, 12, 8), "Virtual School Annual Report 2024/25"),
    WorkProgrammeEntry(dt.date(2025, 12, 8), "Care Leavers Local Offer Refresh"),
    WorkProgrammeEntry(dt.date(2025, 12, 8), "Health of Children Looked After Annual Report"),
]


def grouped_by_date(entries: Iterable[WorkProgrammeEntry]) -> list[tuple[dt.date, list[str]]]:
    groups: dict[dt.date, list[str]] = {}
    for e in entries:
        groups.setdefault(e.planned, []).append(e.title)
    return list(groups.items())


def work_programme_report() -> Report:
    """Item 11: the draft work programme (without items added at the meeting)."""
    page: list = [
        Heading("Purpose"),
        Para("The Panel is asked to agree its work programme for the rest of the 2025/26 municipal year. "
             "Members may ask for further items to be added at the meeting."),
    ]
    for date, titles in grouped_by_date(e for e in WORK_PROGRAMME if not e.added_at_meeting):
        page += [Heading(long_date(date), 3), Bullets(titles)]
    page += [Heading("Recommendation"), Para("That the Panel agrees the work programme.")]
    return Report(title="Work Programme 2025/26",
                  author="Report of the Democratic Services Officer",
                  byline=f"{FENWICK.name} – {FENWICK.job_title}, June 2025",
                  pages=[page, [BlankPage()]])


def restricted_report() -> Report:
    return Report(title="", author="", byline="", pages=[[RestrictedPage()], [RestrictedPage()]])
