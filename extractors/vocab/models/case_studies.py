"""The model of ``case_studies.toml``: what keys it may have and how its patterns compile."""

from pydantic import Field, model_validator

from extractors.vocab import fields
from extractors.vocab.fields import M, Pattern, Patterns, TokenPattern, VocabModel, Words, repeated_across


class Placeholder(VocabModel):
    placeholder: str = Field(min_length=1, max_length=1)


class Rule(VocabModel):
    """A named case-sensitive pattern: the rule's name is recorded with what it finds."""

    rule: str
    pattern: Pattern(M)


class NameTrigger(Rule):
    """A trigger for a child's name; ``unknown_word``: what it finds must hold a word that is no English word;
    ``whole``: every word it finds must be a name (the cue after it is the whole name's: "Disabled Children's Care
    Plan" is no "Disabled")."""

    unknown_word: bool = False
    whole: bool = False


class TableRows(VocabModel):
    labels: Patterns(M)


class NameContext(VocabModel):
    """Where a case study's context opens and closes, and the words that tell a place from a name."""

    opens: Patterns(M)
    closes: Patterns(M)
    length: int = Field(gt=0)
    place_before: Words
    place_after: Words
    person_next: Words
    person_before: Words
    officer_thanks: Words
    person_has: Words
    determiners: Words


class NameColumns(VocabModel):
    labels: Patterns(M)
    explicit: Pattern(M)
    adult_headers: Pattern(M)


class YoungName(VocabModel):
    not_names: Words
    trigger: list[NameTrigger]
    context: NameContext
    columns: NameColumns
    table_rows: TableRows


class Adults(VocabModel):
    roles: Words


class Dob(VocabModel):
    label: Patterns(M)
    cue: Pattern(M)
    reach: int = Field(gt=0)
    date: list[Rule]
    ordinals: Words = Field(min_length=31, max_length=31)


class CaseTable(VocabModel):
    title: Patterns(M)


class CaseHeading(VocabModel):
    patterns: Patterns(M)


class Prose(VocabModel):
    kind: str
    pattern: TokenPattern


class CaseFields(VocabModel):
    child: Patterns(M)
    told_by: Patterns(M)
    about: Patterns(M)


class CaseStudies(VocabModel):
    redact: Placeholder
    name: YoungName
    adults: Adults
    dob: Dob
    table: CaseTable
    heading: CaseHeading
    prose: list[Prose]
    fields: CaseFields

    @model_validator(mode="after")
    def _not_names_once(self) -> "CaseStudies":
        common = fields.common_words()
        shared = common.all_honorifics() + common.month_names() + common.weekdays
        if clash := repeated_across(not_names=self.name.not_names, common=shared):
            raise ValueError(f"name.not_names repeats common.toml's words (they are refused already): {'; '.join(clash)}")
        return self
