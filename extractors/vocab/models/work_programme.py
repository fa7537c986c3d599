"""The model of ``work_programme.toml``: what keys it may have and how its patterns compile."""

from extractors.vocab.fields import I, Patterns, VocabModel, Words


class WorkProgramme(VocabModel):
    titles: Patterns(I)
    headers: Words
    bullet: Patterns(0)
    end: Patterns(0)
    skip: Patterns(I)
