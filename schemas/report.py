"""Report content: KPI tables and their cells, figures in prose, case studies, glossary, redactions."""

from __future__ import annotations

from typing import ClassVar

from pydantic import BaseModel, Field

from schemas.provenance import Extracted
from schemas.tables import DOCUMENT, ITEM_PARENTS, TableSpec


class KpiTable(Extracted):
    """A table found in a report, with its title, header and the item it belongs to.

    ``header`` is the list of column labels after merged and multi-line header
    rows are joined; ``rows`` the raw cell texts (JSON).
    """

    table: ClassVar[str] = "kpi_tables"

    id: str = Field(description="Table id.")
    meeting_id: str | None = Field(None, description="The meeting: council/committee/date slug.")
    agenda_item_id: str | None = Field(None, description="The agenda item the row belongs to.")
    printed_page: int | None = Field(None, description="The page number printed on the page (a pack's own numbering).")
    title: str | None = Field(None, description="The title printed above the table.")
    n_rows: int = Field(description="Number of rows.")
    n_cols: int = Field(description="Number of columns.")
    header: list[str] | None = Field(None, description="Column labels (JSON).")
    rows: list[list[str | None]] | None = Field(None, description="Cell texts as printed (JSON).")
    ruled: bool = Field(False, description="True when the table has ruling lines.")
    method: str | None = Field(None, description="How the table was found: pdf-lines, pdf-text, html, markdown, tsv")
    period: str | None = Field(None, description="A period the title states (e.g. \"2024-01/2024-02\", \"2022/23\")")


class KpiValue(Extracted):
    """One cell of a KPI table, normalised.

    ``raw`` is the cell as printed; ``value`` the number it states (None for
    blank, ``-``, ``n/a`` and suppressed cells such as ``<5`` and ``*``, which
    ``status`` names); ``unit`` is %, count, £, days, ...; ``numerator`` and
    ``denominator`` are set where the cell gives them (``8/17 = 47%``,
    ``81.25% (13)``); bracketed figures ``(1,234.5)`` are negative. ``unit`` and ``scale`` come
    from the cell, else from the table (a ``£000s`` column, a ``(thousands)`` row, a title
    "rate per 10,000"): ``value`` stays the number printed, ``scale`` what it counts in. ``row_index``/``col_index`` locate the cell in the table (0-based, header rows excluded from neither).
    """

    table: ClassVar[str] = "kpi_values"

    id: str = Field(description="Cell id.")
    table_id: str = Field(description="The KPI table the cell belongs to.")
    row_index: int = Field(description="Row of the cell (0-based).")
    col_index: int = Field(description="Column of the cell (0-based).")
    row_label: str | None = Field(None, description="The row's label (first cell of the row).")
    column_label: str | None = Field(None, description="The column's header.")
    raw: str | None = Field(None, description="The cell as printed.")
    value: float | None = Field(None, description="The number the cell states, in the cell's unit (empty for blank, n/a and suppressed cells).")
    unit: str | None = Field(None, description="Unit of value: %, count, £, days, rate per 10,000, ...; a unit the table states in its title, column header or row label (\"£000s\", \"%\", \"rate per 10,000\") applies to its bare numbers.")
    scale: float | None = Field(None, description="What value is counted in, where the table states it: 1000 for £000s / £'000, 1000000 for £m; value x scale is the amount (empty: as printed).")
    numerator: float | None = Field(None, description="Numerator where the cell gives one (8/17, 81.25% (13)).")
    denominator: float | None = Field(None, description="Denominator where the cell gives one.")
    status: str | None = Field(None, description="Value / blank / not applicable / suppressed / text / rag / direction")
    period: str | None = Field(None, description="The period the cell is about: 2025-04 for April 2025, 2023/24 for a year.")


class Fact(Extracted):
    """A numeric statement in prose, with what it counts and its denominator where given."""

    table: ClassVar[str] = "facts"

    id: str = Field(description="Fact id.")
    meeting_id: str | None = Field(None, description="The meeting: council/committee/date slug.")
    agenda_item_id: str | None = Field(None, description="The agenda item the row belongs to.")
    printed_page: int | None = Field(None, description="The page number printed on the page (a pack's own numbering).")
    text: str = Field(description="The sentence")
    raw: str = Field(description="The figure as printed: \"22 of the 214\", \"26% (25/97)\"")
    value: float | None = Field(None, description="The number stated, in the fact's unit.")
    unit: str | None = Field(None, description="Unit of value: %, count, £, ...")
    numerator: float | None = Field(None, description="Numerator where given.")
    denominator: float | None = Field(None, description="Denominator where given.")
    subject: str | None = Field(None, description="What is counted")
    rule: str | None = Field(None, description="The rule that read the fact's subject: noun_after, label_line, list_item, leaning_figure+topic, ... (extractors/facts/subjects.py).")


class CaseStudy(Extracted):
    """A case study or anonymised case summary about a child or young person.

    ``fields`` holds its structure (JSON) with any date of birth reduced to
    the year and young people's names replaced by a placeholder.
    """

    table: ClassVar[str] = "case_studies"

    id: str = Field(description="Case study id.")
    meeting_id: str | None = Field(None, description="The meeting: council/committee/date slug.")
    agenda_item_id: str | None = Field(None, description="The agenda item the row belongs to.")
    printed_page: int | None = Field(None, description="The page number printed on the page (a pack's own numbering).")
    title: str | None = Field(None, description="Title of the case study.")
    kind: str = Field("case study", description="Case study / case summary / mention")
    fields: dict | None = Field(None, description="Its structure (JSON), dates of birth reduced to the year, children's names replaced.")
    dob_year: int | None = Field(None, description="Year of birth of the child or young person, where given.")


class GlossaryEntry(Extracted):
    """An acronym and its expansion as a document defines it."""

    table: ClassVar[str] = "glossary"

    id: str = Field(description="Entry id.")
    term: str = Field(description="The acronym.")
    expansion: str = Field(description="What it stands for.")


class Redaction(BaseModel):
    """A span of a document's text replaced before anything was stored.

    The text itself is never kept: only where it was, what kind of personal
    data it was and the placeholder written in its place.
    """

    table: ClassVar[str] = "redactions"

    document_id: str = Field(description="The source document (sha256 of its bytes).")
    page: int = Field(description="Physical page where the redacted text was.")
    char_start: int = Field(description="Start of the redacted span in the document text.")
    char_end: int = Field(description="End of the redacted span.")
    kind: str = Field(description="Young person's name / date of birth")
    replacement: str = Field(description="The placeholder written instead.")
    rule: str = Field(description="The rule that found it.")


KPI_TABLES = TableSpec(KpiTable, "KPI tables", foreign_keys=ITEM_PARENTS)
KPI_VALUES = TableSpec(KpiValue, "KPI values", foreign_keys=(DOCUMENT, ("table_id", "kpi_tables", "id")))
FACTS = TableSpec(Fact, "Figures in prose", foreign_keys=ITEM_PARENTS, fts=("text", "subject"))
CASE_STUDIES = TableSpec(CaseStudy, "Case studies", foreign_keys=ITEM_PARENTS)
GLOSSARY = TableSpec(GlossaryEntry, "Glossary", foreign_keys=(DOCUMENT,), fts=("term", "expansion"))
REDACTIONS = TableSpec(
    Redaction,
    "Redactions",
    primary_key=("document_id", "char_start"),
    foreign_keys=(DOCUMENT,),
    index_foreign_keys=False,
    exported=False,
)
