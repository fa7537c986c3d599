"""The model of ``tables.toml``: what keys it may have and how its patterns compile."""

from pydantic import Field

from extractors.vocab.fields import I, M, Pattern, Patterns, VocabModel, Words


class TableSkip(VocabModel):
    first_cell: Patterns(I | M)


class TableTitles(VocabModel):
    noise: Patterns(I | M)
    trailing_page_number: Patterns(I | M)
    generic: Patterns(I | M)


class Cards(VocabModel):
    labels: Words
    indicator_column: str
    rag_column: str
    previous_rag_column: str


class Periods(VocabModel):
    financial_year_start: int = Field(ge=1, le=12)
    rolling_months: Pattern(I)
    rolling_quarter: Pattern(I)


class Tables(VocabModel):
    skip: TableSkip
    titles: TableTitles
    cards: Cards
    periods: Periods
