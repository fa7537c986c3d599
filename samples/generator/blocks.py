"""Content blocks (what goes on a report page) and tables of figures.

A report in the agenda pack is a list of pages, each a list of blocks:
:class:`Heading`, :class:`Para`, :class:`Bullets`, :class:`TableBlock` (a
:class:`KpiTable`), :class:`CaseStudyBlock`, :class:`ProseCaseStudy`,
:class:`BlankPage` and :class:`RestrictedPage`.  The blocks only describe
content: ``render_pdf`` turns them into reportlab flowables and ``truth``
reads the same blocks to list tables, facts and case studies per page.

:func:`period_of` reads the period a row or column label names (``April``
in a 2025 table is ``2025-04``); the truth writer gives it to every KPI value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .values import T


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
