"""The model of ``facts.toml``: what keys it may have and how its patterns compile."""

from extractors.vocab.fields import Pattern, Phrases, VocabModel, Words


class FactWords(VocabModel):
    label_words: Words
    unit_words: Words
    street_words: Words
    unit_modifiers: Words
    irregular_plurals: Words
    not_plurals: Words
    qualifiers: Words
    determiners: Words
    pronouns: Words
    auxiliaries: Words
    have_words: Words
    stop_words: Words
    verbs: Words
    participles: Words
    ed_adjectives: Words
    linking_verbs: Phrases
    counted_nouns: Words
    quantifiers: Words
    topic_openers: Phrases
    comparatives: Words
    subject_openers: Phrases
    percent_followers: Words
    generic_subjects: Words
    vague_subjects: Words
    change_words: Words
    joiners: Words
    prepositions: Words
    time_phrase: Pattern(0)
    spelled_not_after: Words
    fraction_words: Words
    table_line_min_figures: int


class Glossary(VocabModel):
    term: Pattern(0)
    small_words: Words
    reject_terms: Words
    name_titles: Words


class Facts(VocabModel):
    facts: FactWords
    glossary: Glossary
