"""The field types vocabulary models are made of, and the base model.

Each TOML file has one pydantic model (``models/``) built from these types,
so a file is checked as it is loaded: an unknown key, a duplicate entry or a
pattern that does not compile is an error that names the file and the key.

- ``Patterns(flags)`` - a list of regular expressions (a single string is one
  pattern); the flags they are compiled with are declared here, once.
- ``Pattern(flags)`` - one regular expression.
- ``Words`` - a list of words compared without case: no word twice.
- ``Phrases`` - a list of phrases (words matched across any white space, see
  :func:`extractors.vocab.dialect.phrase`): no phrase twice.
- ``TokenPattern`` - a spaCy Matcher pattern (a list of token dicts), the one
  other kind of pattern, for rules over words rather than characters.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import partial
from typing import Annotated, Any, Callable

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, PrivateAttr, ValidationInfo

from extractors.vocab.dialect import PatternSet, compiled, expand, line_start_takes_page_breaks

I, M, X = re.I, re.M, re.X

# Set by the package to its macro table and to common.toml's model; fields.py
# cannot import them without a circle.
macro_table: Callable[[], dict[str, str]] = lambda: {}
common_words: Callable[[], Any] = lambda: None


@dataclass(frozen=True)
class Flags:
    """The ``re`` flags a pattern field is compiled with (kept in the field's metadata)."""

    value: int


def compile_pattern(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``pattern`` with its macros expanded, compiled."""
    return compiled(expand(pattern, macro_table()), flags)


def _one_or_many(value: Any) -> Any:
    return [value] if isinstance(value, str) else value


def _no_repeats(values: list[str], key: Callable[[str], str] = lambda s: s) -> list[str]:
    seen: set[str] = set()
    repeated = [v for v in values if key(v) in seen or seen.add(key(v))]
    if repeated:
        raise ValueError(f"listed more than once: {', '.join(map(repr, repeated))}")
    return values


def _compiles(values: list[str] | str, info: ValidationInfo, *, flags: int) -> list[str] | str:
    if info.context and not info.context.get("compile_patterns", True):
        return values  # checked when the field is first used (VocabModel.regex), so a process compiles only what it reads
    for p in [values] if isinstance(values, str) else values:
        try:
            compiled(line_start_takes_page_breaks(expand(p, macro_table())), flags)  # as its PatternSet will: compiled once
        except (re.error, ValueError) as e:
            raise ValueError(f"pattern {p!r} does not compile: {e}") from None
    return values


def _folded(word: str) -> str:
    return " ".join(word.casefold().split())


def Patterns(flags: int) -> Any:  # noqa: N802 - a type factory, read as a type
    """A list of regular expressions compiled with ``flags``; no pattern twice."""
    return Annotated[list[str], BeforeValidator(_one_or_many), AfterValidator(_no_repeats),
                     AfterValidator(partial(_compiles, flags=flags)), Flags(flags)]


def Pattern(flags: int) -> Any:  # noqa: N802
    """One regular expression compiled with ``flags``."""
    return Annotated[str, AfterValidator(partial(_compiles, flags=flags)), Flags(flags)]


Words = Annotated[list[str], AfterValidator(partial(_no_repeats, key=_folded))]
Phrases = Words
TokenPattern = list[dict[str, Any]]


class VocabModel(BaseModel):
    """A table of a vocabulary file: unknown keys are errors; patterns compile on demand, once."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    _compiled: dict[str, PatternSet] = PrivateAttr(default_factory=dict)

    def regex(self, field: str) -> PatternSet:
        """The patterns of ``field``, macros expanded, compiled with the flags the field declares."""
        if field not in self._compiled:
            value = getattr(self, field)
            patterns = [value] if isinstance(value, str) else value
            flags = flags_of(type(self), field)
            try:
                self._compiled[field] = PatternSet([expand(p, macro_table()) for p in patterns], flags)
            except (re.error, ValueError) as e:
                raise ValueError(f"{type(self).__name__}.{field}: a pattern does not compile: {e}") from None
        return self._compiled[field]

    def compiled(self, field: str) -> re.Pattern[str]:
        """The one compiled pattern of a single-pattern ``field``."""
        patterns = self.regex(field).patterns
        if len(patterns) != 1:
            raise ValueError(f"{type(self).__name__}.{field} holds {len(patterns)} patterns, not one")
        return patterns[0]


def flags_of(model: type[BaseModel], field: str) -> int:
    """The flags ``model.field`` declares; a field that is not a pattern field is an error."""
    info = model.model_fields.get(field)
    flags = next((m.value for m in (info.metadata if info else []) if isinstance(m, Flags)), None)
    if flags is None:
        raise KeyError(f"{model.__name__}.{field} is not a pattern field")
    return flags


def repeated_across(**lists: list[str]) -> list[str]:
    """Words (without case) that more than one of the named lists holds, as 'word (list, list)'."""
    where: dict[str, list[str]] = {}
    for name, words in lists.items():
        for w in {_folded(w) for w in words}:
            where.setdefault(w, []).append(name)
    return [f"{w!r} ({', '.join(names)})" for w, names in sorted(where.items()) if len(names) > 1]


def unique(values: list[str], what: str) -> None:
    """Raise naming every value listed more than once (names of rules, labels ...)."""
    repeated = sorted({v for v in values if values.count(v) > 1})
    if repeated:
        raise ValueError(f"{what} listed more than once: {', '.join(map(repr, repeated))}")
