"""The model of ``people.toml``: what keys it may have and how its patterns compile."""

from pydantic import Field, model_validator

from extractors.vocab.fields import I, Patterns, VocabModel, Words, repeated_across


class RoleMarks(VocabModel):
    chair: Patterns(I)
    vice_chair: Patterns(I) = Field(alias="vice-chair")


class NotNames(VocabModel):
    words: Words
    surnames: Words = []  # of ``words``, those that are also surnames: a name's last word after given names or initials


class People(VocabModel):
    post_nominals: Words
    degrees: Words = []  # degrees after a name in a list, taken off before it parts (attendance/runs.py)
    role_marks: RoleMarks
    not_names: NotNames

    @model_validator(mode="after")
    def _apart(self) -> "People":
        if clash := repeated_across(post_nominals=self.post_nominals, not_names=self.not_names.words):
            raise ValueError(f"a word is both a post-nominal and never a name: {'; '.join(clash)}")
        return self
