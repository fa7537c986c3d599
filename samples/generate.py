#!/usr/bin/env python3
"""Generate a fictional council's meeting documents plus their ground truth.

Everything here is invented: Eastbrook Borough Council, its Corporate Parenting
Panel, the people and every number.  The documents imitate the *style* of real
UK council publications so that councilpack's demo and tests can run on a fresh
clone without any real data:

* ``2025-06-16_corporate-parenting-panel_agenda-pack.pdf`` - agenda pack
  (front sheet, agenda with page ranges, reports with ruled and unruled tables,
  case studies, a blank page and a restricted Part II item);
* ``2025-06-16_corporate-parenting-panel_minutes.html`` - a ModernGov
  "Agenda and minutes" page (ieListDocuments.aspx) for the same meeting;
* ``2025-03-10_corporate-parenting-panel_printed-minutes.pdf`` - printed
  minutes of the previous meeting, laid out like Kent County Council's.

Beside each document a ``<file>.truth.json`` lists what that document shows,
one key per database table.  Documents and truth are both derived from the
single data model in the first half of this file, so they cannot disagree:
figures are built with small constructors (``pct_n(13, 16)`` renders as
``81.25% (13)`` *and* knows its value, unit and numerator), prose is built from
``T(...)`` fragments that carry facts, acronyms and names, and page numbers are
recorded while the PDF is drawn.

Usage::

    python samples/generate.py                  # writes samples/eastbrook/
    python samples/generate.py --out DIR
    python samples/generate.py --big-pack PATH --pages 64 --table-pages 15 [--seed N]

Output is byte-identical from run to run (reportlab ``invariant=1``, no clocks,
no unordered iteration, seeded randomness only in big-pack mode).
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import json
import math
import random
import re
import sys
import textwrap
from dataclasses import dataclass, field
from html.entities import codepoint2name
from pathlib import Path
from typing import Callable, Iterable
from xml.sax.saxutils import escape as xml_escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, KeepTogether, NextPageTemplate, PageBreak,
                                PageTemplate, Paragraph, Spacer, Table, TableStyle)

rl_config.invariant = 1  # no timestamps or random document ids in the PDFs

SAMPLES_DIR = Path(__file__).resolve().parent
DEFAULT_OUT = SAMPLES_DIR / "eastbrook"

# ===========================================================================
# 1. Values: every figure that appears in a document, with its meaning
# ===========================================================================


def _fmt(number: float) -> str:
    """Format a number with at most two decimals and no trailing zeros."""
    return f"{number:.2f}".rstrip("0").rstrip(".")


def _num(text: str) -> int | float:
    """The JSON number for a formatted figure: int when whole, else float."""
    value = float(text)
    return int(value) if value.is_integer() else value


def _round_half_up(x: float) -> int:
    return int(math.floor(x + 0.5))


@dataclass(frozen=True)
class Value:
    """A figure as printed (``raw``) plus what it means.

    Table cells and facts in prose are both Values; a fact also has a
    ``subject`` saying what is counted.  Blank, ``-``, ``n/a``, ``<5``, ``*``
    and RAG words are Values with ``value`` and ``unit`` None.
    """

    raw: str
    value: int | float | None = None
    unit: str | None = None
    numerator: int | None = None
    denominator: int | None = None
    subject: str | None = None

    def __str__(self) -> str:
        return self.raw

    def about(self, subject: str) -> "Value":
        """The same figure, used as a fact about ``subject``."""
        return Value(self.raw, self.value, self.unit, self.numerator, self.denominator, subject)


def pct(v: float) -> Value:
    """Plain percentage: ``100%``."""
    s = _fmt(v)
    return Value(f"{s}%", _num(s), "%")


def pct_n(n: int, d: int) -> Value:
    """Percentage with the count in brackets: ``81.25% (13)`` for 13 of 16."""
    s = _fmt(round(100 * n / d, 2))
    return Value(f"{s}% ({n})", _num(s), "%", n, None)


def pct_of(n: int, d: int) -> Value:
    """Rounded percentage with the fraction: ``26% (25/97)``."""
    p = _round_half_up(100 * n / d)
    return Value(f"{p}% ({n}/{d})", p, "%", n, d)


def frac_eq(n: int, d: int) -> Value:
    """Fraction then percentage: ``8/17 = 47%``."""
    p = _round_half_up(100 * n / d)
    return Value(f"{n}/{d} = {p}%", p, "%", n, d)


def n_of(n: int, d: int) -> Value:
    """Count of a total in prose: ``18 of the 146``."""
    return Value(f"{n} of the {d}", n, "count", n, d)


def count(n: int) -> Value:
    return Value(str(n), n, "count")


def money(pounds: int) -> Value:
    """Millions of pounds: ``£1.2m`` (value in pounds, unit ``£`` as :mod:`extractors.values` writes it)."""
    return Value(f"£{pounds / 1_000_000:.1f}m", pounds, "£")


def text_cell(raw: str) -> Value:
    """A cell without a numeric value: blank, ``-``, ``n/a``, ``<5``, ``*``, RAG."""
    return Value(raw)


BLANK, DASH, NA, SUPP, STAR = (text_cell(s) for s in ("", "-", "n/a", "<5", "*"))
RED, AMBER, GREEN = (text_cell(s) for s in ("Red", "Amber", "Green"))


@dataclass(frozen=True)
class Term:
    """An acronym defined in the text as ``Expansion (TERM)``."""

    term: str
    expansion: str

    def __str__(self) -> str:
        return f"{self.expansion} ({self.term})"


@dataclass(frozen=True)
class YoungPerson:
    """A child or young person named (first name only) in a document."""

    name: str

    def __str__(self) -> str:
        return self.name


class T:
    """A run of prose made of strings, Values (facts), Terms and YoungPersons.

    ``str(T(...))`` is the printed text; the typed parts let the truth writer
    list the facts, glossary terms and names a document shows.
    """

    def __init__(self, *parts):
        self.parts = parts

    def __str__(self) -> str:
        return "".join(str(p) for p in self.parts)

    def facts(self) -> list[Value]:
        return [p for p in self.parts if isinstance(p, Value) and p.subject]

    def terms(self) -> list[Term]:
        return [p for p in self.parts if isinstance(p, Term)]

    def young_people(self) -> list[YoungPerson]:
        return [p for p in self.parts if isinstance(p, YoungPerson)]


def as_t(x) -> T:
    return x if isinstance(x, T) else T(x)


# ===========================================================================
# 2. The fictional facts: council, people, meetings
# ===========================================================================

COUNCIL = "Eastbrook Borough Council"
COMMITTEE = "Corporate Parenting Panel"
EMAIL_DOMAIN = "eastbrook.gov.uk"


@dataclass(frozen=True)
class Person:
    """A fictional person.  ``short`` is the Kent-style ``Mr S Patel`` form."""

    first: str
    last: str
    honorific: str
    party: str | None = None
    job_title: str | None = None
    organisation: str | None = None

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def short(self) -> str:
        return f"{self.honorific} {self.first[0]} {self.last}"

    @property
    def cllr(self) -> str:
        return f"Councillor {self.name}"

    @property
    def email(self) -> str:
        return f"{self.first.lower()}.{self.last.lower()}@{EMAIL_DOMAIN}"


EBC = COUNCIL
HEALTH_TRUST = "Eastbrook Community Health NHS Trust"
ICB = "NHS Eastbrook Integrated Care Board"

# Councillors
GREAVES = Person("Hannah", "Greaves", "Ms", "Conservative")
ASHDOWN = Person("Martin", "Ashdown", "Mr", "Conservative")
PATEL = Person("Sunil", "Patel", "Mr", "Conservative")
OSEI = Person("Daniel", "Osei", "Mr", "Labour")
WHITFIELD = Person("Grace", "Whitfield", "Ms", "Labour")
LOWE = Person("Beatrice", "Lowe", "Mrs")  # non-voting advisory member
CRANE = Person("Philip", "Crane", "Mr", "Conservative")
HADDAD = Person("Amira", "Haddad", "Ms", "Conservative")
NOWAK = Person("Tomasz", "Nowak", "Mr", "Labour")
FITCH = Person("Eleanor", "Fitch", "Ms", "Labour")
THORNE = Person("Rebecca", "Thorne", "Ms", "Conservative",
                "Cabinet Member for Children's Services")
# Officers and health representatives
FENWICK = Person("Joanna", "Fenwick", "Ms", job_title="Democratic Services Officer", organisation=EBC)
OKAFOR = Person("Ruth", "Okafor", "Ms", job_title="Head of Corporate Parenting", organisation=EBC)
WHITCOMBE = Person("Alan", "Whitcombe", "Mr", job_title="Director of Children's Services", organisation=EBC)
RAHMAN = Person("Nadia", "Rahman", "Ms", job_title="Virtual School Headteacher", organisation=EBC)
MARSH = Person("Sophie", "Marsh", "Ms", job_title="Participation Officer", organisation=EBC)
DOYLE = Person("Kevin", "Doyle", "Mr", job_title="Housing Needs Manager", organisation=EBC)
BELL = Person("Marcus", "Bell", "Mr", job_title="Personal Adviser", organisation=EBC)
MCALLISTER = Person("Fiona", "McAllister", "Ms",
                    job_title="Named Nurse for Children Looked After", organisation=HEALTH_TRUST)
GRANT = Person("Oliver", "Grant", "Mr",
               job_title="Designated Nurse for Children Looked After", organisation=ICB)
KAI = YoungPerson("Kai")

TEL = "01234 567890"


@dataclass(frozen=True)
class Membership:
    """The Panel's membership as printed on the agenda front sheet."""

    chair: Person = GREAVES
    groups: tuple = (("Conservative", (ASHDOWN, PATEL)), ("Labour", (OSEI, WHITFIELD)))
    vice_chair: Person = OSEI
    advisory: Person = LOWE
    reserves: tuple = (("Conservative", (CRANE, HADDAD)), ("Labour", (NOWAK, FITCH)))
    quorum: int = 3


MEMBERSHIP = Membership()


@dataclass(frozen=True)
class Meeting:
    date: dt.date
    start: dt.time | None
    venue: str
    previous: dt.date
    published_on: dt.date | None = None


JUNE = Meeting(dt.date(2025, 6, 16), dt.time(18, 30),
               "Council Chamber, Eastbrook Civic Centre, Market Street, Eastbrook, EB1 2AA",
               previous=dt.date(2025, 3, 10), published_on=dt.date(2025, 6, 6))
MARCH = Meeting(dt.date(2025, 3, 10), None,
                "Council Chamber, Eastbrook Civic Centre, Eastbrook",
                previous=dt.date(2024, 12, 9))


def long_date(d: dt.date) -> str:
    """``Monday 16 June 2025``."""
    return f"{d:%A} {d.day} {d:%B %Y}"


def day_month_year(d: dt.date) -> str:
    """``16 June 2025``."""
    return f"{d.day} {d:%B %Y}"


def clock(t: dt.time) -> str:
    """``6.30 pm`` as councils print it."""
    hour = t.hour % 12 or 12
    return f"{hour}.{t.minute:02d} {'pm' if t.hour >= 12 else 'am'}"


# ===========================================================================
# 3. Content blocks (what goes on a report page) and tables
# ===========================================================================

MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]


def period_of(label: str, year: int | None, financial: bool = False) -> str | None:
    """The period a row or column label names: ``April`` -> ``2025-04``,
    ``May 2025`` -> ``2025-05``, ``2023/24`` -> ``2023/24``; else None.

    In a financial-year table (April to March), January to March fall in the
    calendar year after ``year``."""
    m = re.fullmatch(r"(\w+)(?: (\d{4}))?", label)
    if m and m.group(1) in MONTHS and (m.group(2) or year):
        month = MONTHS.index(m.group(1)) + 1
        calendar_year = int(m.group(2)) if m.group(2) else year + (1 if financial and month <= 3 else 0)
        return f"{calendar_year}-{month:02d}"
    if re.fullmatch(r"\d{4}/\d{2}", label):
        return label
    return None


@dataclass
class KpiTable:
    """A table of figures with a title line above it.

    ``header`` entries may contain ``\\n`` for a multi-line column header (the
    truth joins the lines with a space).  ``rows`` start with a label string.
    ``year`` completes month-only row labels for the ``period`` field.
    """

    title: str
    header: list[str]
    rows: list[list]
    ruled: bool
    col_widths: list[float]
    year: int | None = None
    financial_year: bool = False  # months run April to March: January to March are in ``year`` + 1
    rag_column: int | None = None

    def header_text(self) -> list[str]:
        return [h.replace("\n", " ") for h in self.header]


@dataclass
class CaseStudy:
    """A two-column case-study table (label / detail), like real packs."""

    dob_year: int
    age: int
    rows: list[tuple[str, str]]
    title: str = "Case Study"


@dataclass
class Heading:
    text: str
    level: int = 2  # 1 = report title, 2 = section, 3 = sub-section


@dataclass
class Para:
    text: T | str
    style: str = "body"


@dataclass
class Bullets:
    items: list


@dataclass
class TableBlock:
    table: KpiTable
    note: T | str | None = None


@dataclass
class CaseStudyBlock:
    case: CaseStudy


@dataclass
class ProseCaseStudy:
    """A case study told in prose under a ``Case study: <name>`` heading."""

    title: str
    paras: list


@dataclass
class BlankPage:
    pass


@dataclass
class RestrictedPage:
    pass


@dataclass
class Report:
    """A report in the pack: its pages, each a list of blocks."""

    title: str
    author: str
    byline: str
    pages: list[list]


# ===========================================================================
# 4. The 16 June 2025 meeting: agenda items, reports, minutes
# ===========================================================================

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


# --- minutes (for the ModernGov page) -------------------------------------

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


@dataclass
class Action:
    """A request recorded in the narrative (``Members requested that ...``);
    ``due`` is when it should come back, if the text says."""

    text: str
    due: str | None = None


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
             minutes=[Resolution([Part(minutes_line, "approved")])]),
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
                 Resolution([Part("That the update be noted", "noted")]),
             ]),
        Item("participation", "Update from the Participation Service", "Presentation from the Participation Officer.",
             to_follow=True, linked=True, minutes=[
                 Para(f"{MARSH.name}, {MARSH.job_title}, gave a presentation on the work of the Children in "
                      "Care Council, including the spring activity programme and the draft Care Leavers' "
                      "Charter written by young people."),
                 Para("Members thanked the young people who had attended for their contributions."),
                 Resolution([Part("The update be noted", "noted"),
                             Part("The draft Care Leavers' Charter be endorsed", "endorsed")], lead=None),
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


# ===========================================================================
# 5. The 10 March 2025 meeting (printed minutes, Kent style)
# ===========================================================================

@dataclass
class PrintedItem:
    """An item of the printed minutes: title, then numbered paragraphs."""

    title: str
    paras: list  # str | T | Resolution | Action (each becomes a numbered paragraph)
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
            Resolution([Part(f"{OSEI.short} be elected Vice-Chair of the Corporate Parenting Panel for the "
                             "remainder of the 2024/25 municipal year", "elected")], lead="RESOLVED that"),
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


# ===========================================================================
# 6. PDF rendering (reportlab platypus)
# ===========================================================================

PAGE_W, PAGE_H = A4
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 56, 50, 62
FRAME_W = PAGE_W - 2 * MARGIN_X

STYLES = {
    "body": ParagraphStyle("body", fontName="Helvetica", fontSize=10.5, leading=14, spaceAfter=7),
    "just": ParagraphStyle("just", fontName="Helvetica", fontSize=11, leading=14.5, spaceAfter=8,
                           alignment=TA_JUSTIFY),
    "note": ParagraphStyle("note", fontName="Helvetica-Oblique", fontSize=9, leading=11.5, spaceBefore=4,
                           spaceAfter=8),
    # Symbol-font bullets (as Word produces) extract as "•"; Helvetica's would not.
    "bullet": ParagraphStyle("bullet", fontName="Helvetica", fontSize=10.5, leading=14, leftIndent=18,
                             bulletIndent=4, bulletFontName="Symbol", spaceAfter=3),
    "h1": ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=16, leading=20, spaceAfter=6),
    "h2": ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=12, leading=15, spaceBefore=8, spaceAfter=6),
    "h3": ParagraphStyle("h3", fontName="Helvetica-Bold", fontSize=10.5, leading=14, spaceBefore=6, spaceAfter=4),
    "author": ParagraphStyle("author", fontName="Helvetica-Bold", fontSize=11, leading=14),
    "byline": ParagraphStyle("byline", fontName="Helvetica", fontSize=10, leading=13, spaceAfter=10),
    "stamp": ParagraphStyle("stamp", fontName="Helvetica-Bold", fontSize=11, leading=14, alignment=TA_RIGHT),
    "table_title": ParagraphStyle("table_title", fontName="Helvetica-Bold", fontSize=10.5, leading=14,
                                  spaceBefore=6, spaceAfter=5),
    "th": ParagraphStyle("th", fontName="Helvetica-Bold", fontSize=8.5, leading=10.5),
    "td": ParagraphStyle("td", fontName="Helvetica", fontSize=9.5, leading=12),
    "council": ParagraphStyle("council", fontName="Helvetica-Bold", fontSize=22, leading=28, spaceAfter=10),
    "cover_title": ParagraphStyle("cover_title", fontName="Helvetica-Bold", fontSize=18, leading=24,
                                  spaceAfter=18),
    "cover": ParagraphStyle("cover", fontName="Helvetica", fontSize=11, leading=15, spaceAfter=5),
    "cover_head": ParagraphStyle("cover_head", fontName="Helvetica-Bold", fontSize=11, leading=15,
                                 spaceBefore=6, spaceAfter=5),
    "agenda_head": ParagraphStyle("agenda_head", fontName="Helvetica-Bold", fontSize=14, leading=18,
                                  spaceBefore=4, spaceAfter=12),
    "agenda_item": ParagraphStyle("agenda_item", fontName="Helvetica-Bold", fontSize=11, leading=14,
                                  leftIndent=22, bulletIndent=0, bulletFontName="Helvetica-Bold",
                                  bulletFontSize=11),
    "agenda_desc": ParagraphStyle("agenda_desc", fontName="Helvetica", fontSize=9.5, leading=13,
                                  leftIndent=22, spaceBefore=2, spaceAfter=13),
    "restricted": ParagraphStyle("restricted", fontName="Helvetica-Bold", fontSize=20, leading=26,
                                 alignment=TA_CENTER),
    "blank": ParagraphStyle("blank", fontName="Helvetica", fontSize=11, leading=14, alignment=TA_CENTER),
    "min_title": ParagraphStyle("min_title", fontName="Helvetica-Bold", fontSize=12, leading=15,
                                alignment=TA_CENTER, spaceAfter=14),
    "min_item": ParagraphStyle("min_item", fontName="Helvetica-Bold", fontSize=12, leading=15, spaceBefore=14,
                               spaceAfter=8, keepWithNext=1),
    "min_itemno": ParagraphStyle("min_itemno", fontName="Helvetica-Oblique", fontSize=12, leading=15,
                                 spaceAfter=8, keepWithNext=1),
    "min_para": ParagraphStyle("min_para", fontName="Helvetica", fontSize=12, leading=15, bulletFontSize=12,
                               spaceAfter=8,
                               leftIndent=36, bulletIndent=14, alignment=TA_JUSTIFY),
    "min_plain": ParagraphStyle("min_plain", fontName="Helvetica", fontSize=12, leading=15, bulletFontSize=12,
                                spaceAfter=8,
                                alignment=TA_JUSTIFY),
    "min_sub": ParagraphStyle("min_sub", fontName="Helvetica", fontSize=12, leading=15, bulletFontSize=12,
                              spaceAfter=6,
                              leftIndent=64, bulletIndent=40),
}


def markup(text) -> str:
    """Paragraph markup for plain text (escapes &, < and >)."""
    return xml_escape(str(text))


class Mark(Flowable):
    """Zero-size flowable that records the physical page it is drawn on."""

    def __init__(self, registry: dict, key):
        super().__init__()
        self.registry, self.key = registry, key

    def wrap(self, aw, ah):
        return 0, 0

    def draw(self):
        self.registry.setdefault(self.key, self.canv.getPageNumber())


class TrackedParagraph(Paragraph):
    """A Paragraph that records the physical page it is drawn on (it must not
    be split: build with ``allowSplitting=0`` or wrap it in KeepTogether)."""

    def __init__(self, text, style, registry: dict, key, bulletText=None):
        super().__init__(text, style, bulletText=bulletText)
        self.registry, self.key = registry, key

    def draw(self):
        self.registry.setdefault(self.key, self.canv.getPageNumber())
        super().draw()


def kpi_table_flowable(t: KpiTable) -> Table:
    """A ruled table (grid lines, shaded header) or an unruled one (columns
    aligned by whitespace only, no lines or fills at all)."""
    header = [Paragraph("<br/>".join(markup(line) for line in h.split("\n")), STYLES["th"]) for h in t.header]
    body = [[Paragraph(markup(row[0]), STYLES["td"])] + [c.raw for c in row[1:]] for row in t.rows]
    style = [
        ("FONT", (0, 1), (-1, -1), "Helvetica", 9.5),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    if t.ruled:
        style += [("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                  ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E2F3"))]
        if t.rag_column is not None:
            fills = {"Red": "#F4B6B6", "Amber": "#FAD9A1", "Green": "#BFE3B4"}
            for r, row in enumerate(t.rows, start=1):
                fill = fills.get(row[t.rag_column].raw)
                if fill:
                    style.append(("BACKGROUND", (t.rag_column, r), (t.rag_column, r), colors.HexColor(fill)))
    else:
        style += [("LEFTPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, 0), 8)]
    assert abs(sum(t.col_widths) - FRAME_W) < 1.5 or sum(t.col_widths) < FRAME_W, t.title
    return Table([header] + body, colWidths=t.col_widths, style=TableStyle(style))


def case_study_flowable(c: CaseStudy) -> Table:
    rows = [[Paragraph(markup(c.title), STYLES["th"]), ""]]
    rows += [[Paragraph(markup(k), STYLES["th"]), Paragraph(markup(v), STYLES["td"])] for k, v in c.rows]
    style = [("GRID", (0, 0), (-1, -1), 0.6, colors.black), ("SPAN", (0, 0), (1, 0)),
             ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E2F3")),
             ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 5),
             ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]
    return Table(rows, colWidths=[140, FRAME_W - 140], style=TableStyle(style))


def block_flowables(block) -> list:
    """Turn one content block into reportlab flowables."""
    if isinstance(block, Heading):
        return [Paragraph(markup(block.text), STYLES[f"h{block.level}"])]
    if isinstance(block, Para):
        return [Paragraph(markup(block.text), STYLES[block.style])]
    if isinstance(block, Bullets):
        return [Paragraph(markup(i), STYLES["bullet"], bulletText="•") for i in block.items] + [Spacer(0, 5)]
    if isinstance(block, TableBlock):
        out = [Paragraph(markup(block.table.title), STYLES["table_title"]), kpi_table_flowable(block.table)]
        if block.note:
            out.append(Paragraph(markup(block.note), STYLES["note"]))
        return out + [Spacer(0, 6)]
    if isinstance(block, CaseStudyBlock):
        return [case_study_flowable(block.case), Spacer(0, 12)]
    if isinstance(block, ProseCaseStudy):
        return [Paragraph(markup(block.title), STYLES["h3"])] + [
            Paragraph(markup(p), STYLES["body"]) for p in block.paras]
    if isinstance(block, BlankPage):
        return [Spacer(0, 300), Paragraph("This page is intentionally left blank", STYLES["blank"])]
    if isinstance(block, RestrictedPage):
        return [Spacer(0, 250), Paragraph("Document is Restricted", STYLES["restricted"])]
    raise TypeError(block)


def draw_page_number(offset: int) -> Callable:
    """onPage callback printing ``physical - offset`` at the bottom centre."""
    def on_page(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 10)
        canvas.drawCentredString(PAGE_W / 2, 32, str(canvas.getPageNumber() - offset))
        canvas.restoreState()
    return on_page


def make_doc(path: Path, title: str, templates: list[PageTemplate], allow_splitting: bool) -> BaseDocTemplate:
    """A4 document with deterministic output (``invariant=1``)."""
    doc = BaseDocTemplate(str(path), pagesize=A4, invariant=1, allowSplitting=int(allow_splitting), title=title,
                          author=COUNCIL, subject=title, creator="councilpack samples/generate.py",
                          leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=MARGIN_TOP,
                          bottomMargin=MARGIN_BOTTOM)
    doc.addPageTemplates(templates)
    return doc


def frame() -> Frame:
    return Frame(MARGIN_X, MARGIN_BOTTOM, FRAME_W, PAGE_H - MARGIN_TOP - MARGIN_BOTTOM,
                 leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)


# --- agenda pack --------------------------------------------------------------

@dataclass
class Pack:
    """An agenda pack: meeting, membership, agenda items (with reports).

    ``layout()`` assigns printed page ranges: the cover is physical page 1 with
    no number; printed page 1 is physical page 2; the agenda takes
    ``agenda_pages`` pages, then each report in agenda order.
    """

    meeting: Meeting
    membership: Membership
    contact: Person
    items: list[Item]
    items_per_agenda_page: int = 8  # lines per agenda page, counting "Agenda - Part" headings
    ranges: dict = field(default_factory=dict)  # item key -> (first, last) printed page

    def agenda_layout(self) -> list[list[tuple]]:
        """Agenda pages as lists of ("head", part) / ("item", item) entries; a
        part heading always stays on the page of its first item."""
        pages: list[list[tuple]] = [[]]
        part = None
        for item in self.items:
            entries = [("item", item)]
            if item.part != part:
                part = item.part
                entries.insert(0, ("head", part))
            if len(pages[-1]) + len(entries) > self.items_per_agenda_page:
                pages.append([])
            pages[-1] += entries
        return pages

    @property
    def agenda_pages(self) -> int:
        return len(self.agenda_layout())

    def layout(self) -> None:
        page = self.agenda_pages + 1
        for item in self.items:
            if item.report and not item.to_follow:
                n = len(item.report.pages)
                self.ranges[item.key] = (page, page + n - 1)
                page += n

    def number(self, item: Item) -> str:
        return str(self.items.index(item) + 1)

    def agenda_line(self, item: Item) -> str:
        """``7. Title (Pages 3 - 7)`` as printed on the agenda."""
        return f"{self.number(item)}. {item.title} {self.pages_label(item)}".rstrip()

    def pages_label(self, item: Item) -> str:
        if item.to_follow:
            return "(To Follow)"
        if item.key in self.ranges:
            a, b = self.ranges[item.key]
            return f"(Pages {a} - {b})"
        return ""


def cover_flowables(pack: Pack) -> list:
    """The front sheet (physical page 1, no printed page number)."""
    m, ms = pack.meeting, pack.membership
    label = lambda text, value: Paragraph(f"<b>{markup(text)}</b> {markup(value)}", STYLES["cover"])
    out = [Paragraph(markup(COUNCIL.upper()), STYLES["council"]),
           Paragraph(markup(f"{COMMITTEE} Agenda"), STYLES["cover_title"]),
           label("Date:", long_date(m.date)), label("Time:", clock(m.start)), label("Venue:", m.venue),
           Spacer(0, 8), Paragraph(f"Membership (Quorum {ms.quorum})", STYLES["cover_head"])]
    rows = [("Chair:", [f"Councillor {ms.chair.name}"])]
    for party, people in ms.groups:
        rows.append((f"{party} Councillors:",
                     [p.name + (" (VC)" if p == ms.vice_chair else "") for p in people]))
    rows.append(("Non-Voting Advisory Member:", [ms.advisory.name]))
    data, style = [], [("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONT", (0, 0), (-1, -1), "Helvetica", 11),
                       ("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 1),
                       ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]
    for head, names in rows:
        for i, name in enumerate(names):
            data.append([head if i == 0 else "", name])
        data.append(["", ""])
    out.append(Table(data[:-1], colWidths=[190, FRAME_W - 190], style=TableStyle(style), hAlign="LEFT"))
    out.append(Paragraph("Reserve Members:", STYLES["cover_head"]))
    for party, people in ms.reserves:
        out.append(Paragraph(f"{party} Reserve Members:", STYLES["cover"]))
        out += [Paragraph(f"{i}. {markup(p.name)}", STYLES["cover"]) for i, p in enumerate(people, 1)]
    c = pack.contact
    out += [Spacer(0, 10), label("Contact:", f"{c.name}, {c.job_title}"), label("Tel:", TEL),
            label("E-mail:", c.email), Spacer(0, 24),
            label("Agenda publication date:", long_date(m.published_on))]
    return out


def agenda_flowables(pack: Pack, registry: dict) -> list:
    """The agenda pages: Part I items, then Part II, one bold line per item."""
    out: list = []
    for n, page in enumerate(pack.agenda_layout()):
        if n:
            out.append(PageBreak())
        for kind, entry in page:
            if kind == "head":
                out.append(Paragraph(f"Agenda - Part {'I' * entry}", STYLES["agenda_head"]))
                continue
            line = f"{entry.title} {pack.pages_label(entry)}".rstrip()
            width = stringWidth(f"{pack.number(entry)}. {line}", "Helvetica-Bold", 11)
            assert width < FRAME_W - 22, f"agenda line too long for one line: {line}"
            assert stringWidth(entry.description, "Helvetica", 9.5) < FRAME_W - 22, entry.description
            out.append(TrackedParagraph(markup(line), STYLES["agenda_item"], registry, ("agenda", entry.key),
                                        bulletText=f"{pack.number(entry)}."))
            out.append(Paragraph(markup(entry.description), STYLES["agenda_desc"]))
    out += [Spacer(0, 10), Paragraph("Data Protection Act Notice", STYLES["h3"]),
            Paragraph("This meeting will be recorded, and the recording published on the Council's website.",
                      STYLES["body"])]
    return out


def report_flowables(pack: Pack, item: Item, registry: dict) -> list:
    """All pages of one report.  Each page starts and ends with a Mark so the
    build can prove that nothing overflowed onto the next page."""
    first, last = pack.ranges[item.key]
    out: list = []
    for i, blocks in enumerate(item.report.pages):
        printed = first + i
        out.append(Mark(registry, ("start", printed)))
        if i == 0:
            out += [Paragraph(f"Agenda Item {pack.number(item)}", STYLES["stamp"]),
                    Paragraph(f"Pages {first} to {last}", STYLES["stamp"]), Spacer(0, 14)]
            if item.report.title:
                out += [Paragraph(markup(item.report.title), STYLES["h1"]),
                        Paragraph(markup(item.report.author), STYLES["author"]),
                        Paragraph(markup(item.report.byline), STYLES["byline"])]
        for block in blocks:
            out += block_flowables(block)
        out += [Mark(registry, ("end", printed)), PageBreak()]
    return out


def render_pack(pack: Pack, path: Path) -> None:
    """Write the agenda pack PDF and check the layout matched the plan."""
    pack.layout()
    registry: dict = {}
    cover = PageTemplate("cover", [frame()])
    numbered = PageTemplate("numbered", [frame()], onPage=draw_page_number(offset=1))
    story = cover_flowables(pack) + [NextPageTemplate("numbered"), PageBreak()]
    story += agenda_flowables(pack, registry) + [PageBreak()]
    for item in pack.items:
        if item.key in pack.ranges:
            story += report_flowables(pack, item, registry)
    story.pop()  # no PageBreak after the last page
    doc = make_doc(path, f"{COMMITTEE} agenda pack, {long_date(pack.meeting.date)}", [cover, numbered],
                   allow_splitting=False)
    doc.build(story)
    total_printed = max(b for _, b in pack.ranges.values()) if pack.ranges else pack.agenda_pages
    assert doc.page == total_printed + 1, (doc.page, total_printed)
    for key, page in registry.items():
        if key[0] in ("start", "end"):
            assert page - 1 == key[1], f"page content overflowed: printed page {key[1]} drawn on {page - 1}"
    agenda_pages = {registry[("agenda", i.key)] - 1 for i in pack.items}
    assert agenda_pages <= set(range(1, pack.agenda_pages + 1)), agenda_pages


# --- printed minutes ------------------------------------------------------------

def part_ending(i: int, n: int) -> str:
    """Punctuation after part ``i`` of ``n``: ``;`` ... ``; and`` ... ``.``."""
    return "." if i == n - 1 else ("; and" if i == n - 2 else ";")


def kent_resolution_flowables(res: Resolution, style: ParagraphStyle, bullet: str | None) -> list[Paragraph]:
    """``RESOLVED that ...`` (one part) or ``RESOLVED that:`` then a., b. parts."""
    if len(res.parts) == 1:
        return [Paragraph(markup(f"{res.lead} {res.parts[0].text}."), style, bulletText=bullet)]
    out = [Paragraph(markup(res.lead), style, bulletText=bullet)]
    for i, part in enumerate(res.parts):
        out.append(Paragraph(markup(part.text + part_ending(i, len(res.parts))), STYLES["min_sub"],
                             bulletText=f"{'abcdefgh'[i]}."))
    return out


def render_printed_minutes(items: list[PrintedItem], path: Path) -> dict:
    """Write the Kent-style printed minutes; returns {(item no, paragraph index): physical page}."""
    registry: dict = {}
    m = MARCH
    present = ", ".join(f"{p.name} ({'Chair' if r == 'chair' else 'Vice-Chair'})" if r in ("chair", "vice-chair")
                        else p.name for p, r in MARCH_PRESENT[:-1]) + f" and {MARCH_PRESENT[-1][0].name}"
    guests = "; ".join(f"{g.cllr}, {g.job_title}" for g in MARCH_GUESTS)
    attendance = [f"{p.name} ({p.job_title}{', ' + p.organisation if p.organisation != EBC else ''})"
                  for p in MARCH_IN_ATTENDANCE]
    story = [
        Paragraph(markup(f"{COMMITTEE.upper()} – {day_month_year(m.date)}"), STYLES["min_title"]),
        Paragraph(markup(f"MINUTES of the meeting held in the {m.venue}."), STYLES["min_title"]),
        Paragraph(markup(f"PRESENT: {present}"), STYLES["min_plain"]),
        Paragraph(markup(f"ALSO PRESENT: {guests}."), STYLES["min_plain"]),
        Paragraph(markup("IN ATTENDANCE: " + ", ".join(attendance[:-1]) + " and " + attendance[-1]),
                  STYLES["min_plain"]),
    ]
    for n, item in enumerate(items, 1):
        story += [Paragraph(markup(item.title), STYLES["min_item"]), Paragraph(f"(Item {n})", STYLES["min_itemno"])]
        body = STYLES["min_para"] if item.numbered else STYLES["min_plain"]
        for j, para in enumerate(item.paras):
            bullet = f"{j + 1}." if item.numbered else None
            if isinstance(para, Resolution):
                story += kent_resolution_flowables(para, body, bullet)
            else:
                text = para.text if isinstance(para, Action) else para
                # KeepTogether moves the whole paragraph to the next page rather
                # than splitting it, so the recorded page holds all its facts.
                story.append(KeepTogether([TrackedParagraph(markup(text), body, registry, (n, j),
                                                            bulletText=bullet)]))
    doc = make_doc(path, f"{COMMITTEE} minutes, {long_date(m.date)}",
                   [PageTemplate("numbered", [frame()], onPage=draw_page_number(offset=0))],
                   allow_splitting=True)
    doc.build(story)
    return registry


# ===========================================================================
# 7. HTML rendering (ModernGov "Agenda and minutes" page)
# ===========================================================================

def ent(text: str) -> str:
    """HTML-escape and turn non-ASCII characters into named entities, as
    Word-generated ModernGov pages do (``’`` -> ``&rsquo;``)."""
    out = html.escape(text, quote=False).replace("'", "&#39;")
    return "".join(f"&{codepoint2name[ord(ch)]};" if ord(ch) > 127 and ord(ch) in codepoint2name else ch
                   for ch in out)


def word_p(text: str, cls: str = "MsoNormal", style: str = "") -> str:
    """A Word-style paragraph, wrapped at 70 columns like real pages."""
    body = textwrap.fill(ent(text), 70, break_long_words=False, break_on_hyphens=False)
    attr = f' style="{style}"' if style else ""
    return f'<p class="{cls}"{attr}>{body}</p>'


SPACER_P = '<p class="MsoNormal">&nbsp;</p>'


def word_div(paragraphs: list[str]) -> str:
    """An ``mgWordPara`` block with spacer paragraphs between paragraphs."""
    inner = f"\n{SPACER_P}\n".join(paragraphs)
    return f'<div class="mgWordPara"><div class="WordSection1">\n{inner}\n</div>\n</div>'


def list_p(marker_html: str, text: str) -> str:
    """A Word list paragraph: marker, tab-like padding span, then the text."""
    pad = '<span style="font:7.0pt &quot;Times New Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp;</span>'
    body = textwrap.fill(ent(text), 70, break_long_words=False, break_on_hyphens=False)
    return (f'<p class="MsoListParagraph" style="margin-left:36.0pt;text-indent:-18.0pt">'
            f'{marker_html}{pad}\n{body}</p>')


def word_table(rows: list[list[list[str]]], header: list[str] | None = None) -> str:
    """A borderless Word table; each cell is a list of paragraph texts."""
    def cell(texts: list[str], bold: bool = False) -> str:
        ps = "".join(word_p(t) if not bold else f'<p class="MsoNormal"><b>{ent(t)}</b></p>' for t in texts)
        return f'<td width="300" valign="top" style="padding:0cm 5.4pt 0cm 5.4pt">{ps}</td>'
    trs = []
    if header:
        trs.append("<tr>" + "".join(cell([h], bold=True) for h in header) + "</tr>")
    trs += ["<tr>" + "".join(cell(c) for c in row) + "</tr>" for row in rows]
    return ('<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0">\n'
            + "\n".join(trs) + "\n</table>")


def resolution_html(res: Resolution) -> list[str]:
    if len(res.parts) == 1 and res.lead:
        end = ":" if res.colon else "."
        return [f'<p class="MsoNormal"><b>{ent(res.lead)}</b>&nbsp; {ent(res.parts[0].text + end)}</p>']
    out = []
    if res.lead:
        lead, _, rest = res.lead.partition(":")
        out.append(f'<p class="MsoNormal"><b>{ent(lead)}:</b>{ent(rest)}</p>')
    for i, part in enumerate(res.parts):
        out.append(list_p(f"({i + 1})", part.text + part_ending(i, len(res.parts))))
    return out


def minutes_html(blocks: list, items_by_key: dict, number_of: Callable) -> str:
    paras: list[str] = []
    for b in blocks:
        if isinstance(b, Resolution):
            paras += resolution_html(b)
        elif isinstance(b, (Para, Action)):
            paras.append(word_p(str(b.text)))
        elif isinstance(b, ReserveTable):
            paras.append(word_table([[[o.cllr], [r.cllr]] for o, r in b.pairs],
                                    header=["Ordinary Member", "Reserve Member"]))
        elif isinstance(b, DeclarationList):
            for d in b.declarations:
                item = items_by_key[d.item_key]
                paras.append(list_p('<span style="font-family:Symbol">&middot;</span>',
                                    d.sentence(number_of(item).rstrip("."), item.title)))
        elif isinstance(b, WorkProgrammeTable):
            paras.append(word_table([[[day_month_year(d)], titles] for d, titles in grouped_by_date(b.entries)],
                                    header=["Meeting", "Item"]))
        else:
            raise TypeError(b)
    return word_div(paras)


def item_row_html(item: Item, number: str, anchor: int, doc_id: int) -> str:
    """One ``<tr>`` of the mgItemTable."""
    if item.linked:
        kb = 96 + 37 * (len(item.report.pages) if item.report else 2)
        title = (f'<a class="mgAiTitleLnk" href="documents/s{doc_id}/{ent(item.title)}.pdf" '
                 f'title="Link&#32;to&#32;document&#32;&#39;{ent(item.title)}&#39;&#32;pdf&#32;file">'
                 f'{ent(item.title)} <span class="mgFileSize"><img height="12" src="mgimages/logo-pdf-1.gif" '
                 f'width="12" alt="pdf icon" /> PDF {kb} KB</span> </a>')
    else:
        title = ent(item.title)
    return f"""
		<tr>
			<td class="mgItemNumberCell"><p class="mgAiTitleTxt"><a name="AI{anchor}" aria-disabled="true"></a>{number}</p></td>
		<td>
					<p class="mgAiTitleTxt">{title}</p>
{word_div([word_p(item.description)])}
<p class="mgSubItemTitleTxt">Minutes:</p>
{{minutes}}
        </td>
		</tr>"""


def officers_html() -> str:
    """The "Officers present" block after the items table, grouped like seed 001."""
    rows = [word_p("Officers present:")]
    for group, people in OFFICERS_PRESENT:
        rows.append(f'<p class="MsoNormal"><b>{ent(group)}</b></p>')
        org = lambda p: f", {p.organisation}" if p.organisation != EBC else ""
        rows.append(word_table([[[p.name], [f"-     {p.job_title}{org(p)}"]] for p in people]))
    return word_div(rows)


def render_minutes_page(items: list[Item], meeting: Meeting, contact: Person, path: Path) -> None:
    when = f"{long_date(meeting.date)} {clock(meeting.start)}"
    title = f"Agenda and minutes for {COMMITTEE} on {long_date(meeting.date)}, {clock(meeting.start)} - {COUNCIL}"
    by_key = {i.key: i for i in items}
    number_of = lambda item: f"{HTML_FIRST_MINUTE + items.index(item)}."
    rows = []
    for n, item in enumerate(items):
        row = item_row_html(item, number_of(item), FIRST_AI_ID + n, FIRST_DOC_ID + n)
        rows.append(row.replace("{minutes}", minutes_html(item.minutes, by_key, number_of)))
    page = PAGE_TEMPLATE.format(
        title=ent(title), dc_title=ent(title.rsplit(" - ", 1)[0]), date=meeting.date.isoformat(),
        council=ent(COUNCIL), committee=ent(COMMITTEE), subtitle=ent(f"{COMMITTEE} - {when}"),
        venue=ent(meeting.venue), contact=ent(f"{contact.name}, {contact.job_title}"), tel=ent(TEL),
        email=ent(contact.email), rows="".join(rows), officers=officers_html(),
        stamp=f"{meeting.date:%d-%b-%Y} {meeting.start:%H.%M}", mid=MODERNGOV_MEETING_ID)
    path.write_bytes(page.encode("utf-8"))


PAGE_TEMPLATE = """<!DOCTYPE html>
<html lang="en">
	<head>
		<meta charset="utf-8">
		<meta name="viewport" content="width=device-width, initial-scale=1">
		<meta name="DC.title" content="{dc_title}"/>
		<meta name="DC.date" scheme="W3CDTF" content="{date}"/>
		<title>{title}</title>
		<link href="sitespecific/ssMgStyles.css" rel="stylesheet" type="text/css" />
		<link href="sitespecific/ssWordStyles.css" rel="stylesheet" type="text/css" />
	</head>
	<body>
		<header class="header"><p class="site-title">{council}</p></header>
		<div class="section">
			<nav aria-label="Breadcrumb" class="breadcrumb" id="breadcrumb-holder"><ul><li><a href="/">Home</a></li><li><a href="mgListCommittees.aspx?bcr=1">Committees</a></li><li><a href="mgCommitteeDetails.aspx?ID=301">Committee details</a></li><li><a href="ieListMeetings.aspx?CommitteeId=301">Meetings</a></li><li>Agenda and minutes</li></ul></nav>
			<div id="modgov"><div class="mgHeader"><h1 class="mgMainTitleTxt">Agenda and minutes</h1></div>
			<div class="mgSubTitle">
				<h2 class="mgSubTitleTxt"><a href="mgCommitteeDetails.aspx?ID=301" title="Link&#32;to&#32;{committee}">{subtitle}</a></h2>
			</div>
	<div class="mgLinks">
<ul class="mgActionList">
		<li><a href="mgMeetingAttendance.aspx?ID={mid}" title="Link&#32;to&#32;attendance&#32;details">Attendance details</a></li>
		<li><a href="documents/g{mid}/Public reports pack {stamp} {committee}.pdf?T=10" title="Link&#32;to&#32;reports&#32;pack">Agenda reports pack <span class="mgFileSize"><img src="mgimages/logo-pdf-1.gif" alt="" /> PDF 1 MB</span> </a></li>
		<li><a href="documents/g{mid}/Printed minutes {stamp} {committee}.pdf?T=1" title="Link&#32;to&#32;printed&#32;minutes&#32;pdf&#32;file">Printed minutes <span class="mgFileSize"><img src="mgimages/logo-pdf-1.gif" alt="" /> PDF 142 KB</span> </a></li>
</ul>
</div>
<div class="mgContent">
		<p><span class="mgLabel">Venue: </span>{venue}. <a href="mgLocationDetails.aspx?RID=12" title="Link&#32;to&#32;directions"> View directions</a></p>
		<p><span class="mgLabel">Contact: </span>{contact}&nbsp;
		Tel: {tel} / Email: &nbsp;<a href="mailto:{email}">{email}</a>
		</p>
		<table class="mgItemTable" summary="Table of agenda items" id="mgItemTable">
		<caption class="mgSectionTitle">Items</caption>
     <tr>
            <th class="mgHide" abbr="No" scope="col">No.</th>
            <th class="mgHide" abbr="Item" scope="col">Item</th>
    </tr>{rows}
	</table>
{officers}
<div class="mgHelpLine">
</div>
</div>
<div class="mgFooter">
	<p>&nbsp;</p>
</div>
</div>
		</div>
		<footer id="page-footer" class="footer"><small>&copy; 2025 {council}. All fictional.</small></footer>
	</body>
</html>
"""


# ===========================================================================
# 8. Ground truth
# ===========================================================================

def collect_text(blocks: Iterable) -> list[T]:
    """Every prose fragment (as T) in a list of blocks, in order."""
    out: list[T] = []
    for b in blocks:
        if isinstance(b, (Para, Action)):
            out.append(as_t(b.text))
        elif isinstance(b, TableBlock) and b.note:
            out.append(as_t(b.note))
        elif isinstance(b, Bullets):
            out += [as_t(i) for i in b.items]
        elif isinstance(b, ProseCaseStudy):
            out += [as_t(p) for p in b.paras]
        elif isinstance(b, str):
            out.append(T(b))
        elif isinstance(b, T):
            out.append(b)
    return out


def fact_row(v: Value, page: int | None) -> dict:
    return {"page": page, "raw": v.raw, "value": v.value, "unit": v.unit, "numerator": v.numerator,
            "denominator": v.denominator, "subject": v.subject}


def glossary_rows(texts: Iterable[T]) -> list[dict]:
    seen: dict[str, dict] = {}
    for t in texts:
        for term in t.terms():
            seen.setdefault(term.term, {"term": term.term, "expansion": term.expansion})
    return list(seen.values())


def kpi_rows(t: KpiTable, page: int) -> tuple[dict, list[dict]]:
    table = {"page": page, "title": t.title, "ruled": t.ruled, "header": t.header_text(),
             "rows": [[row[0]] + [c.raw for c in row[1:]] for row in t.rows]}
    values = []
    for row in t.rows:
        for col, cell in zip(t.header_text()[1:], row[1:]):
            values.append({"table_title": t.title, "row_label": row[0], "column_label": col, "raw": cell.raw,
                           "value": cell.value, "unit": cell.unit, "numerator": cell.numerator,
                           "denominator": cell.denominator,
                           "period": period_of(row[0], t.year, t.financial_year) or period_of(col, t.year, t.financial_year)})
    return table, values


def meeting_row(m: Meeting, **overrides) -> dict:
    row = {"council": COUNCIL, "committee": COMMITTEE, "date": m.date.isoformat(),
           "start_time": m.start.strftime("%H:%M") if m.start else None, "venue": m.venue, "status": "held",
           "quorum": None, "published_on": None, "contact_name": None, "contact_email": None,
           "contact_phone": None, "previous_minutes_date": m.previous.isoformat(), "source_meeting_id": None}
    row.update(overrides)
    return row


def membership_rows(ms: Membership, document_shows_chair_party: bool = False) -> list[dict]:
    rows = [{"name": ms.chair.name, "role": "chair",
             "party": ms.chair.party if document_shows_chair_party else None, "order": None}]
    for party, people in ms.groups:
        rows += [{"name": p.name, "role": "vice-chair" if p == ms.vice_chair else "member", "party": party,
                  "order": None} for p in people]
    rows.append({"name": ms.advisory.name, "role": "advisory", "party": None, "order": None})
    for party, people in ms.reserves:
        rows += [{"name": p.name, "role": "reserve", "party": party, "order": i} for i, p in enumerate(people, 1)]
    return rows


def pack_truth(pack: Pack, document: str) -> dict:
    """Truth for an agenda pack: front sheet, agenda and the report pages."""
    items, tables, values, facts, texts, cases, names = [], [], [], [], [], [], []
    for pos, item in enumerate(pack.items, 1):
        a, b = pack.ranges.get(item.key, (None, None))
        items.append({"number": pack.number(item), "position": pos, "title": item.title,
                      "description": item.description, "page_start": a, "page_end": b,
                      "to_follow": item.to_follow, "restricted": item.restricted})
        if item.key not in pack.ranges:
            continue
        for i, blocks in enumerate(item.report.pages):
            page = a + i
            page_texts = collect_text(blocks)
            texts += page_texts
            facts += [fact_row(f, page) for t in page_texts for f in t.facts()]
            for t in page_texts:
                names += [y.name for y in t.young_people() if y.name not in names]
            for blk in blocks:
                if isinstance(blk, TableBlock):
                    table, vals = kpi_rows(blk.table, page)
                    tables.append(table)
                    values += vals
                elif isinstance(blk, CaseStudyBlock):
                    cases.append({"page": page, "title": blk.case.title, "dob_year": blk.case.dob_year})
                elif isinstance(blk, ProseCaseStudy):
                    cases.append({"page": page, "title": blk.title, "dob_year": None})
    m = pack.meeting
    wp = []
    if any(i.key == "work-programme" for i in pack.items):  # the draft, without items added at the meeting
        wp = [{"planned_date": e.planned.isoformat(), "title": e.title}
              for e in WORK_PROGRAMME if not e.added_at_meeting]
    truth = {
        "document": document, "kind": "agenda_pack", "page_numbering": "printed",
        "meetings": [meeting_row(m, quorum=pack.membership.quorum, published_on=m.published_on.isoformat(),
                                 contact_name=pack.contact.name, contact_email=pack.contact.email,
                                 contact_phone=TEL)],
        "agenda_items": items, "work_programme": wp,
        "membership": membership_rows(pack.membership), "kpi_tables": tables, "kpi_values": values,
        "facts": facts, "glossary": glossary_rows(texts), "case_studies": cases, "young_person_names": names,
    }
    return {k: v for k, v in truth.items() if v != []}


def attendee(p: Person, role: str, status: str = "present", remote: bool = False,
             substitute_for: Person | None = None, job: bool = False, org: bool = False) -> dict:
    return {"name": p.name, "role": role, "status": status, "remote": remote, "party": None,
            "job_title": p.job_title if job else None, "organisation": p.organisation if org else None,
            "substitute_for": substitute_for.name if substitute_for else None}


def resolution_rows(item_number: str, blocks: list, markers: str = "()") -> list[dict]:
    """One row per resolved part.  ``part`` is the printed marker (``(1)`` on
    the HTML page, ``a.`` in Kent minutes) or None for a single part;
    ``explicit`` is False where the word RESOLVED is not printed."""
    rows = []
    for res in (b for b in blocks if isinstance(b, Resolution)):
        for i, p in enumerate(res.parts):
            marker = None if len(res.parts) == 1 else (f"({i + 1})" if markers == "()" else f"{'abcdefgh'[i]}.")
            rows.append({"item_number": item_number, "position": len(rows) + 1, "part": marker, "text": p.text,
                         "outcome": p.outcome, "explicit": res.lead is not None})
    return rows


def minutes_page_truth(items: list[Item], meeting: Meeting, contact: Person, document: str) -> dict:
    """Truth for the ModernGov page: items 41.-53., minutes, officers present."""
    number = {i.key: f"{HTML_FIRST_MINUTE + n}." for n, i in enumerate(items)}
    agenda, resolutions, actions, wp, texts, facts, decls = [], [], [], [], [], [], []
    for pos, item in enumerate(items, 1):
        agenda.append({"number": number[item.key], "position": pos, "title": item.title,
                       "description": item.description, "page_start": None, "page_end": None,
                       "to_follow": False, "restricted": item.restricted,
                       "source_item_id": str(FIRST_AI_ID + pos - 1)})
        resolutions += resolution_rows(number[item.key], item.minutes)
        item_texts = collect_text(item.minutes)
        texts += item_texts
        facts += [fact_row(f, None) for t in item_texts for f in t.facts()]
        for b in item.minutes:
            if isinstance(b, Action):
                actions.append({"item_number": number[item.key], "text": b.text, "due": b.due})
            elif isinstance(b, Resolution):
                # a resolved part that asks for something to come back is also a promise to follow up
                actions += [{"item_number": number[item.key], "text": f"{part.text}.", "due": "next meeting"}
                            for part in b.parts if part.outcome == "requested" and "next meeting" in part.text]
            elif isinstance(b, WorkProgrammeTable):
                wp += [{"planned_date": e.planned.isoformat(), "title": e.title} for e in b.entries]
            elif isinstance(b, DeclarationList):
                decls += [{"name": d.person.name, "item_number": number[d.item_key],
                           "interest_type": d.interest_type, "description": d.reason, "action": d.action}
                          for d in b.declarations]
    attendees = []
    for ordinary, reserve in SUBSTITUTIONS:
        attendees += [attendee(reserve, "reserve", substitute_for=ordinary), attendee(ordinary, "member", "absent")]
    # The page lists no members present (it links to the attendance page); the Chair is named as
    # chairing. Members who only declare or ask a question are mentions, not attendees
    # (eval/README.md, as in the Harrow seeds' truth).
    attendees.append(attendee(GREAVES, "chair"))
    for _, people in OFFICERS_PRESENT:
        attendees += [attendee(p, "officer", job=True, org=True) for p in people]
    return {
        "document": document, "kind": "minutes_page",
        "meetings": [meeting_row(meeting, contact_name=contact.name, contact_email=contact.email,
                                 contact_phone=TEL, source_meeting_id=str(MODERNGOV_MEETING_ID))],
        "agenda_items": agenda, "resolutions": resolutions, "actions": actions, "work_programme": wp,
        "attendees": attendees, "declarations": decls, "declarations_none": False, "facts": facts,
        "glossary": glossary_rows(texts),
    }


def printed_minutes_truth(items: list[PrintedItem], pages: dict, document: str) -> dict:
    """Truth for the Kent-style printed minutes (printed page = physical page)."""
    agenda, resolutions, actions, texts, facts = [], [], [], [], []
    for n, item in enumerate(items, 1):
        agenda.append({"number": str(n), "position": n, "title": item.title, "description": None,
                       "page_start": None, "page_end": None, "to_follow": False, "restricted": False})
        resolutions += resolution_rows(str(n), item.paras, markers="a.")
        actions += [{"item_number": str(n), "text": p.text, "due": p.due} for p in item.paras if isinstance(p, Action)]
        for j, p in enumerate(item.paras):
            if isinstance(p, (str, T, Action)):
                t = as_t(p.text if isinstance(p, Action) else p)
                texts.append(t)
                facts += [fact_row(f, pages[(n, j)]) for f in t.facts()]
    subs = dict(MARCH_SUBSTITUTES)
    attendees = [attendee(p, r, remote=p in MARCH_REMOTE, substitute_for=subs.get(p)) for p, r in MARCH_PRESENT]
    attendees += [attendee(p, "member", "apologies") for p in MARCH_APOLOGIES]
    attendees += [attendee(p, "guest", job=True) for p in MARCH_GUESTS]
    attendees += [attendee(p, "officer", job=True, org=p.organisation != EBC) for p in MARCH_IN_ATTENDANCE]
    return {
        "document": document, "kind": "printed_minutes", "page_numbering": "printed",
        "meetings": [meeting_row(MARCH)], "agenda_items": agenda, "resolutions": resolutions,
        "actions": actions,
        "work_programme": [{"planned_date": e.planned.isoformat(), "title": e.title} for e in MARCH_WORK_PROGRAMME],
        "attendees": attendees, "declarations_none": True, "facts": facts, "glossary": glossary_rows(texts),
    }


def write_json(path: Path, data: dict) -> None:
    path.write_bytes((json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode("utf-8"))


# ===========================================================================
# 9. Big pack for benchmarks
# ===========================================================================

INDICATORS = ["Initial Health Assessments in timescale", "Review Health Assessments in timescale",
              "Dental checks completed", "Care leavers in suitable accommodation",
              "Personal Education Plans reviewed", "Return home interviews offered",
              "Social worker visits in timescale", "Care leavers in touch with the Council",
              "Placement stability (2 years or more)", "Foster carer approvals"]
SENTENCE_PARTS = (
    ["The service", "The team", "The Panel", "The Council", "Each social work team", "The health provider"],
    ["continued to", "worked with partners to", "was asked to", "has agreed to", "aims to"],
    ["improve the timeliness of assessments", "review every late request", "strengthen joint working",
     "listen to the views of children in care", "reduce placement moves", "support care leavers into work",
     "increase the number of local foster carers", "monitor the quality of plans"],
    ["during the year.", "before the next meeting.", "across the borough.", "with young people.",
     "in line with statutory guidance.", "as a priority."],
)


def random_cell(rng: random.Random) -> Value:
    kind = rng.random()
    d = rng.randint(5, 40)
    n = rng.randint(0, d)
    if kind < 0.35:
        return pct_n(n, d)
    if kind < 0.5:
        return pct_of(n, d)
    if kind < 0.6:
        return frac_eq(n, d)
    if kind < 0.8:
        return count(n)
    if kind < 0.88:
        return pct(rng.choice([100, 95, 90, 87.5, 75]))
    return rng.choice([BLANK, DASH, NA, SUPP, STAR])


def random_table(rng: random.Random, k: int, ruled: bool) -> KpiTable:
    indicator = rng.choice(INDICATORS)
    months = MONTHS[3:] + MONTHS[:3]
    start = rng.randint(0, 4)
    labels = months[start:start + rng.randint(4, 8)]
    ncols = rng.randint(2, 5)
    header = ["Month", "Total due"] + [f"Measure {chr(65 + c)}\n(percentage / number)" for c in range(ncols - 1)]
    rows = [[m, count(rng.randint(5, 40))] + [random_cell(rng) for _ in range(ncols - 1)] for m in labels]
    width = FRAME_W - 120
    return KpiTable(title=f"Table {k}: {indicator} by month, 2025/26", header=header, rows=rows, ruled=ruled,
                    col_widths=[70, 50] + [width / (ncols - 1)] * (ncols - 1), year=2025, financial_year=True)


def random_prose(rng: random.Random, sentences: int) -> str:
    return " ".join(" ".join(rng.choice(p) for p in SENTENCE_PARTS) for _ in range(sentences))


def big_pack(path: Path, pages: int, table_pages: int, seed: int) -> None:
    """A larger pack for benchmarks: same front sheet and agenda style, then
    reports of prose pages, ``table_pages`` pages with ruled tables and about
    one unruled-table page per five ruled ones.  Writes truth beside it."""
    rng = random.Random(seed)
    unruled_pages = max(1, table_pages // 5)
    standard = june_items()[:6]
    # Choose the number of reports so that cover + agenda + reports == pages.
    per_page = 10
    n_reports = max(1, (pages - 3) // 8)
    agenda_pages = math.ceil((len(standard) + n_reports + 2) / per_page)
    report_pages = pages - 1 - agenda_pages
    if report_pages < table_pages + unruled_pages or report_pages < n_reports:
        raise SystemExit(f"--pages {pages} is too small for {table_pages} table pages")
    kinds = ["ruled"] * table_pages + ["unruled"] * unruled_pages
    kinds += ["prose"] * (report_pages - len(kinds))
    rng.shuffle(kinds)
    cuts = sorted(rng.sample(range(1, report_pages), n_reports - 1)) if n_reports > 1 else []
    bounds = list(zip([0] + cuts, cuts + [report_pages]))
    items = list(standard)
    for r, (a, b) in enumerate(bounds, 1):
        report_pages_blocks = []
        for k in range(a, b):
            if kinds[k] == "prose":
                blocks = [Heading(f"{r}.{k - a + 1} Update")] + [Para(random_prose(rng, rng.randint(4, 7)))
                                                                 for _ in range(rng.randint(3, 5))]
            else:
                blocks = [Heading(f"{r}.{k - a + 1} Performance"), Para(random_prose(rng, 2)),
                          TableBlock(random_table(rng, k + 1, kinds[k] == "ruled"))]
            report_pages_blocks.append(blocks)
        title = f"{rng.choice(INDICATORS)} Report {r}"
        items.append(Item(f"report-{r}", title, "Report of the Head of Corporate Parenting.",
                          report=Report(title, "Report of the Head of Corporate Parenting",
                                        f"{OKAFOR.name} – {OKAFOR.job_title}", report_pages_blocks)))
    items.append(Item("urgent", "Any Other Urgent Business", "Which cannot otherwise be dealt with."))
    pack = Pack(JUNE, MEMBERSHIP, FENWICK, items, items_per_agenda_page=per_page)
    render_pack(pack, path)
    write_json(path.with_name(path.name + ".truth.json"), pack_truth(pack, path.name))


# ===========================================================================
# 10. Main
# ===========================================================================

PACK_NAME = "2025-06-16_corporate-parenting-panel_agenda-pack.pdf"
HTML_NAME = "2025-06-16_corporate-parenting-panel_minutes.html"
MINUTES_NAME = "2025-03-10_corporate-parenting-panel_printed-minutes.pdf"


def generate(out: Path) -> list[Path]:
    """Write the three sample documents and their truth files into ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    items = june_items()

    pack = Pack(JUNE, MEMBERSHIP, FENWICK, items)
    render_pack(pack, out / PACK_NAME)
    write_json(out / f"{PACK_NAME}.truth.json", pack_truth(pack, PACK_NAME))

    render_minutes_page(items, JUNE, FENWICK, out / HTML_NAME)
    write_json(out / f"{HTML_NAME}.truth.json", minutes_page_truth(items, JUNE, FENWICK, HTML_NAME))

    printed = march_items()
    pages = render_printed_minutes(printed, out / MINUTES_NAME)
    write_json(out / f"{MINUTES_NAME}.truth.json", printed_minutes_truth(printed, pages, MINUTES_NAME))
    return sorted(out.iterdir())


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output directory (default: samples/eastbrook)")
    ap.add_argument("--big-pack", type=Path, metavar="PATH", help="write a large agenda pack to PATH instead")
    ap.add_argument("--pages", type=int, default=64, help="big pack: total physical pages")
    ap.add_argument("--table-pages", type=int, default=15, help="big pack: pages carrying ruled tables")
    ap.add_argument("--seed", type=int, default=1, help="big pack: random seed")
    args = ap.parse_args(argv)
    if args.big_pack:
        big_pack(args.big_pack, args.pages, args.table_pages, args.seed)
        print(args.big_pack)
        return 0
    for p in generate(args.out):
        print(p)
    return 0


if __name__ == "__main__":
    sys.exit(main())
