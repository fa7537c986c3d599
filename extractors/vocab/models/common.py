"""The model of ``common.toml``: what keys it may have and how its patterns compile."""

import re

from pydantic import Field, model_validator

from extractors.vocab.dialect import MACRO, MacroError, alternatives, expand
from extractors.vocab.fields import VocabModel, Words, repeated_across


class Month(VocabModel):
    name: str
    short: Words


class Honorifics(VocabModel):
    common: Words  # {HONORIFIC}
    other: Words
    with_full_stop: Words

    @model_validator(mode="after")
    def _disjoint(self) -> "Honorifics":
        if clash := repeated_across(common=self.common, other=self.other):
            raise ValueError(f"honorifics listed twice: {'; '.join(clash)}")
        if stray := sorted(set(self.with_full_stop) - set(self.common) - set(self.other)):
            raise ValueError(f"with_full_stop names honorifics not listed: {stray}")
        return self


class Numbers(VocabModel):
    words: dict[str, int]


GENERATED_MACROS = ("MONTH", "WEEKDAY", "HONORIFIC")


class Common(VocabModel):
    weekdays: Words
    month: list[Month] = Field(min_length=12, max_length=12)
    honorifics: Honorifics
    numbers: Numbers
    macros: dict[str, str]

    @model_validator(mode="after")
    def _checks(self) -> "Common":
        spellings = {m.name: [m.name, *m.short] for m in self.month}
        if clash := repeated_across(**spellings):
            raise ValueError(f"month spellings listed twice: {'; '.join(clash)}")
        if clash := sorted(set(self.macros) & set(GENERATED_MACROS)):
            raise ValueError(f"macros {clash} are made from the word lists; do not define them")
        table = self.macro_table()
        for name, body in self.macros.items():
            if not MACRO.fullmatch("{" + name + "}"):
                raise ValueError(f"macro name {name!r} is not in capitals (A-Z, 0-9, _)")
            try:
                re.compile(expand(body, table))
            except (re.error, MacroError) as e:
                raise ValueError(f"macro {{{name}}} does not compile: {e}") from None
        return self

    def month_numbers(self) -> dict[str, int]:
        """Every month spelling, lower-cased, with its number: {"january": 1, "jan": 1, ...}."""
        return {s.lower(): n for n, m in enumerate(self.month, start=1) for s in (m.name, *m.short)}

    def month_names(self) -> list[str]:
        """The twelve full names, in calendar order."""
        return [m.name for m in self.month]

    def all_honorifics(self) -> list[str]:
        """Every title a name may open with, with the full-stop forms ("Cllr", "Cllr.", "Sir" ...)."""
        h = self.honorifics
        return h.common + h.other + [w + "." for w in h.with_full_stop]

    def macro_table(self) -> dict[str, str]:
        """Every macro: those written in [macros], and those made from the word lists."""
        months = "|".join(alternatives(sorted((m.name, *m.short), key=len, reverse=True)) for m in self.month)
        return {
            **self.macros,
            "MONTH": months,
            "WEEKDAY": alternatives(self.weekdays),
            "HONORIFIC": alternatives(self.honorifics.common),
        }
