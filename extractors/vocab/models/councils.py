"""The model of ``councils.toml``: what keys it may have and how its patterns compile."""

from pydantic import model_validator

from extractors.vocab.fields import I, Patterns, Phrases, VocabModel, Words, repeated_across, unique


class Council(VocabModel):
    """A council's extra evidence; with ``code`` it joins the register's council of that GSS code.

    ``name``, when given, is the canonical name (the register's official name
    becomes one of its names); without it the register's official name is
    canonical. A council with no ``code`` (a parish, an invented or a non-UK
    council) needs a ``name``.
    """

    name: str | None = None
    code: str | None = None  # GSS code, as in councils_register.json
    domains: Words = []
    names: Phrases = []  # matched in any case, across any white space

    @model_validator(mode="after")
    def _named(self) -> "Council":
        if not (self.name or self.code):
            raise ValueError("a council needs a name or a code")
        return self


class CouncilContext(VocabModel):
    """Words that make a register's bare place ("Harrow") name its council: "Harrow Council", "London Borough of Harrow"."""

    before: Phrases
    after: Phrases


class LocalCouncils(VocabModel):
    """Parish, town and community councils (in no register): "<Place> Parish Council" in a document's heading."""

    heading_chars: int  # how much of the start of a document is its heading
    after: Phrases  # "<Place> Parish Council"
    before: Phrases  # Welsh: "Cyngor Cymuned <Place>"
    joiners: Words  # small words inside a place's name ("Burton-cum-Walden", "Stratford upon Avon")
    not_place: Words  # capitalised words before the place that are not part of it ("MINUTES OF ...")
    introduced_by: Patterns(I)  # what, just before the name, makes it the title wherever it stands on its line
    titled: Phrases = []  # kinds of authority in no register that title their own minutes: "<Place> Borough Council" first


class CouncilCorrespondent(VocabModel):
    """Words that make a council named in the body another body the meeting heard from, not the one that met."""

    before: Patterns(I)  # the line before the name, to its end: "correspondence from ", "(b) "
    entry_label: Patterns(I)  # the line before the name when it is a list entry's label: "(b)", "3.", "•"
    entry_after: Patterns(I)  # the line after such an entry's name: " – Ferry timetable" (a listed letter's subject)


class Councils(VocabModel):
    context: CouncilContext
    local: LocalCouncils
    correspondent: CouncilCorrespondent | None = None
    council: list[Council]

    @model_validator(mode="after")
    def _once(self) -> "Councils":
        unique([c.name for c in self.council if c.name], "councils")
        unique([c.code for c in self.council if c.code], "councils' codes")
        if clash := repeated_across(**{c.name or c.code: c.domains for c in self.council}):
            raise ValueError(f"a domain belongs to two councils: {'; '.join(clash)}")
        return self
