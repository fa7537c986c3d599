"""Vocabulary and patterns as data: how councils word things, in TOML files beside this module.

Councils word things differently; where a new council's documents differ, add
a word or a pattern to these files before adding code.

The files
---------
- ``common.toml``         - words every file shares, once: months, weekdays,
                            honorifics, number words; and the pattern macros
- ``layout.toml``         - header labels, item headings, section headings,
                            page renderings, titles inferred from descriptions
- ``attendance.toml``     - attendance labels and sentences, membership blocks
- ``people.toml``         - post-nominals, role marks, words that are never names
- ``declarations.toml``   - declarations of interest
- ``outcomes.toml``       - outcome words for resolutions
- ``actions.toml``        - phrases that make a sentence a promised follow-up
- ``case_studies.toml``   - case studies and the children's data redacted from them
- ``tables.toml``         - KPI tables: titles, scorecards, periods
- ``work_programme.toml`` - work programmes
- ``facts.toml``          - figures in prose, and the glossary's acronyms
- ``votes.toml``          - votes: proposals, questions put, results, counts, recorded votes
- ``councils.toml``       - councils' extra names, domains and canonical names, parish
                            council headings; every current UK council is in the generated
                            ``councils_register.json`` (``pipeline/registers.py``, read by
                            ``extractors/councils.py``, not by this loader)

One loader
----------
Every file is loaded through :func:`get`, which checks it against its pydantic
model in ``models/`` (one model per file) and caches it::

    vocab.get("layout").header.meeting_title_line     # the list of patterns
    vocab.regex("layout", "header.meeting_title_line")  # compiled, as a PatternSet
    vocab.get("attendance").label[0].compiled("pattern")  # one compiled pattern

A key the model does not know, a word or pattern listed twice, an unknown
macro or a pattern that does not compile is a :class:`VocabError` naming the
file and the key. A new key needs a field in its model; a new file needs a
model in ``models.MODELS`` (``tests/test_vocab.py`` fails otherwise).

One pattern dialect
-------------------
A pattern is a Python regular expression, plus macros (see ``dialect.py``):

- ``{MONTH}`` a month name or short form ("September", "Sept", "Sep");
  ``{WEEKDAY}``; ``{HONORIFIC}`` ("Councillor", "Cllr", "Mr" ...), all made
  from the word lists in ``common.toml``;
- ``{NUMBER}`` a printed figure; ``{DAY}`` "4th"; ``{YEAR}``; ``{TIME}``
  "6.00 pm"; ``{NAME}`` a person's name as minutes write it; ``{YOUNG_NAME}``
  a young person's name in a case study - written in ``common.toml``'s
  ``[macros]``, where a new macro is added.

A macro expands inside ``(?:...)``. Macros match as the pattern's flags say:
write ``(?i:{MONTH})`` in a case-sensitive pattern for a month in any case.

White space is literal: a space matches one space. Write ``\\s+`` where
a line may break (PDF renderings break sentences anywhere), ``[ \\t]+`` to stay
on one line. Flags belong to the field, declared once in ``models/``
(``Patterns(I | M)``); a pattern may switch case inline with ``(?i:...)``.

Word lists (``Words``) are plain words, compared without case. Phrase lists
(``Phrases``: "in relation to", a council's names) are words too; the spaces
of a phrase match any white space. Rules over words rather than characters
(``actions.toml``, ``case_studies.toml``'s ``prose``) are spaCy Matcher token
patterns, written as TOML inline tables.

Adding a word or a pattern for a new council
--------------------------------------------
1. Find the key whose comment describes what the council writes differently
   (``attendance.toml`` ``[[label]]`` for "Councillors in attendance:").
2. Add the pattern or word to its list. Use the macros for months, days,
   times, honorifics and names rather than spelling them out again.
3. Run ``pytest tests/test_vocab.py``: the file still loads, and the pattern
   compiles; then add a case to the extractor's tests.
"""

from __future__ import annotations

import tomllib
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from extractors.vocab import fields
from extractors.vocab.dialect import MacroError, PatternSet, expand, phrase
from extractors.vocab.fields import VocabModel, compile_pattern
from extractors.vocab.models import MODELS

__all__ = ["PatternSet", "VocabError", "compile_pattern", "expand", "get", "load_file", "macros", "phrase", "regex"]


class VocabError(ValueError):
    """A vocabulary file that does not read: its path, then every key at fault and why."""


def load_file(path: Path | str, name: str | None = None, *, compile_patterns: bool = True) -> VocabModel:
    """The file at ``path`` checked against the model for ``name`` (by default, the file's stem).

    ``compile_patterns=False`` leaves each pattern to be compiled (and checked)
    when its field is first used: a process that reads one document then
    compiles the few hundred patterns it needs, not all of them. The tests load
    every file with the default, so a shipped pattern that does not compile
    never gets that far.
    """
    path = Path(path)
    name = name or path.stem
    if name not in MODELS:
        raise VocabError(f"{path}: no model for vocabulary file {name!r} (add one to extractors/vocab/models/)")
    try:
        data = tomllib.loads(path.read_text("utf-8"))
    except tomllib.TOMLDecodeError as e:  # a key given twice is one of these
        raise VocabError(f"{path}: {e}") from None
    try:
        return MODELS[name].model_validate(data, context={"compile_patterns": compile_patterns})
    except (ValidationError, MacroError) as e:
        raise VocabError(f"{path}: {_describe(e)}") from None


def _describe(error: ValidationError | MacroError) -> str:
    if isinstance(error, MacroError):
        return str(error)
    return "; ".join(f"{'.'.join(map(str, e['loc'])) or '(file)'}: {e['msg']}" for e in error.errors())


def path_of(name: str) -> Path:
    """Where ``<name>.toml`` is."""
    return Path(str(resources.files(__package__).joinpath(f"{name}.toml")))


@lru_cache(maxsize=None)
def get(name: str) -> Any:
    """The checked contents of ``extractors/vocab/<name>.toml`` (its model from ``models/``)."""
    return load_file(path_of(name), name, compile_patterns=False)


@lru_cache(maxsize=1)
def macros() -> dict[str, str]:
    """The macro table: name -> regex (see ``common.toml``)."""
    return get("common").macro_table()


fields.macro_table = macros
fields.common_words = lambda: get("common")


def regex(name: str, key: str) -> PatternSet:
    """The patterns at ``key`` (dotted) in ``<name>.toml``, macros expanded, compiled with their field's flags."""
    *path, field = key.split(".")
    node = get(name)
    for part in path:
        node = getattr(node, part)
    return node.regex(field)
