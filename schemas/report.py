"""Report content: KPI tables and their cells, figures in prose, case studies, glossary, redactions."""

from __future__ import annotations

from typing import ClassVar

from pydantic import BaseModel

from schemas.provenance import Extracted


class KpiTable(Extracted):
    """A table found in a report, with its title, header and the item it belongs to.

    ``header`` is the list of column labels after merged and multi-line header
    rows are joined; ``rows`` the raw cell texts (JSON).
    """

    table: ClassVar[str] = "kpi_tables"

    id: str
    meeting_id: str | None = None
    agenda_item_id: str | None = None
    printed_page: int | None = None
    title: str | None = None
    n_rows: int
    n_cols: int
    header: list[str] | None = None
    rows: list[list[str | None]] | None = None
    ruled: bool = False
    method: str | None = None  # how the table was found: pdf-lines, pdf-text, html, markdown, tsv
    period: str | None = None  # a period the title states (e.g. "2024-01/2024-02", "2022/23")


class KpiValue(Extracted):
    """One cell of a KPI table, normalised.

    ``raw`` is the cell as printed; ``value`` the number it states (None for
    blank, ``-``, ``n/a`` and suppressed cells such as ``<5`` and ``*``, which
    ``status`` names); ``unit`` is %, count, £, days, ...; ``numerator`` and
    ``denominator`` are set where the cell gives them (``8/17 = 47%``,
    ``81.25% (13)``). ``row_index``/``col_index`` locate the cell in the table (0-based, header rows excluded from neither).
    """

    table: ClassVar[str] = "kpi_values"

    id: str
    table_id: str
    row_index: int
    col_index: int
    row_label: str | None = None
    column_label: str | None = None
    raw: str | None = None
    value: float | None = None
    unit: str | None = None
    numerator: float | None = None
    denominator: float | None = None
    status: str | None = None  # value / blank / not applicable / suppressed / text / rag / direction
    period: str | None = None


class Fact(Extracted):
    """A numeric statement in prose, with what it counts and its denominator where given."""

    table: ClassVar[str] = "facts"

    id: str
    meeting_id: str | None = None
    agenda_item_id: str | None = None
    printed_page: int | None = None
    text: str  # the sentence
    raw: str  # the figure as printed: "22 of the 214", "26% (25/97)"
    value: float | None = None
    unit: str | None = None
    numerator: float | None = None
    denominator: float | None = None
    subject: str | None = None  # what is counted
    rule: str | None = None  # the subject rule that read it: "noun_after", "label_line", "leaning_figure+topic" (extractors/facts/subjects.py)


class CaseStudy(Extracted):
    """A case study or anonymised case summary about a child or young person.

    ``fields`` holds its structure (JSON) with any date of birth reduced to
    the year and young people's names replaced by a placeholder.
    """

    table: ClassVar[str] = "case_studies"

    id: str
    meeting_id: str | None = None
    agenda_item_id: str | None = None
    printed_page: int | None = None
    title: str | None = None
    kind: str = "case study"  # case study / case summary / mention
    fields: dict | None = None
    dob_year: int | None = None


class GlossaryEntry(Extracted):
    """An acronym and its expansion as a document defines it."""

    table: ClassVar[str] = "glossary"

    id: str
    term: str
    expansion: str


class Redaction(BaseModel):
    """A span of a document's text replaced before anything was stored.

    The text itself is never kept: only where it was, what kind of personal
    data it was and the placeholder written in its place.
    """

    table: ClassVar[str] = "redactions"

    document_id: str
    page: int
    char_start: int
    char_end: int
    kind: str  # young person's name / date of birth
    replacement: str
    rule: str
