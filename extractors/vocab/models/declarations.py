"""The model of ``declarations.toml``: what keys it may have and how its patterns compile."""

from extractors.vocab.fields import I, M, Pattern, Patterns, Phrases, VocabModel, Words


class InterestType(VocabModel):
    name: str
    pattern: Pattern(I)


class DeclarationSubject(VocabModel):
    about: Pattern(I)
    title: Pattern(I)


class Reference(VocabModel):
    item: Patterns(I)
    reason: Phrases
    about: Phrases


class DeclarationActions(VocabModel):
    left: Patterns(I)
    did_not_vote: Patterns(I)
    took_no_part: Patterns(I)
    remained: Patterns(I)


class Late(VocabModel):
    phrases: Patterns(I)


class DeclarationNames(VocabModel):
    chair: Patterns(0)
    present_line: Patterns(I | M)
    chair_words: Patterns(I)
    appositive: Patterns(0)
    between: Words
    abbreviations: Words


class MinutesEvidence(VocabModel):
    patterns: Patterns(M)
    minutes_kinds: Words


class Declarations(VocabModel):
    item_title: Patterns(I)
    declared: Patterns(I)
    declared_in_context: Patterns(I)
    listed: Patterns(M)
    member_heading: Patterns(M)
    entry_start: Patterns(M)
    by_item_entry: Patterns(M)
    list_lead_in: Patterns(I)
    group_entry: Patterns(I | M)
    context: Pattern(I)
    context_chars: int
    collective_subject: Patterns(I)
    names_after: Patterns(0)
    declared_by: Patterns(I)
    none_said: Patterns(I | M)
    none_in_item: Patterns(I)
    declared_unnamed: Patterns(I)
    type: list[InterestType]
    subject: list[DeclarationSubject]
    reference: Reference
    action: DeclarationActions
    late: Late
    names: DeclarationNames
    minutes_evidence: MinutesEvidence
