"""The one pattern dialect of the vocabulary files, and how a pattern is compiled.

A pattern is a Python regular expression with two additions, and nothing else:

- **Macros.** ``{MONTH}``, ``{DAY}``, ``{NAME}`` ... (a name in capitals inside
  braces) stand for a regular expression defined once in ``common.toml``
  (``[macros]``, or made from its word lists). :func:`expand` replaces each by
  its expansion inside ``(?:...)``. A regex quantifier such as ``{0,3}`` is
  never a macro (it has no capitals); an unknown macro is an error.
- **Flags** belong to the pattern set and are declared beside the field in
  ``models/`` (``Patterns(I | M)``), never at the call site. A pattern may
  still switch a part on or off inline: ``(?i:...)``.

A line's leading white space written ``^[ \\t`` (``^[ \\t]*``, ``^[ \\t\\xa0]*`` ...) also
takes the form feed of a page break: pages are joined with ``\\n\\f``, so a
page's first line opens with ``\\f`` (:func:`line_start_takes_page_breaks`).

White space is literal: a space matches one space. Write ``\\s+`` for "any run
of white space" (PDF renderings break sentences across lines), ``[ \\t]+`` to
stay on the line.

Word and phrase lists are not patterns: their entries are plain words, and a
phrase's spaces match any run of white space (:func:`phrase`).
"""

from __future__ import annotations

import re
from functools import lru_cache
from collections.abc import Mapping

MACRO = re.compile(r"(?<!\\)\{(?P<name>[A-Z][A-Z0-9_]*)\}")


class MacroError(ValueError):
    """A pattern names a macro that does not exist, or macros that use each other in a circle."""


def expand(pattern: str, macros: Mapping[str, str], _using: tuple[str, ...] = ()) -> str:
    r"""``pattern`` with every ``{MACRO}`` replaced by ``(?:expansion)``; macros may use macros.

    ``expand(r"{DAY}\s+{MONTH}", {"DAY": r"\d{1,2}", "MONTH": "May|June"})`` is
    ``r"(?:\d{1,2})\s+(?:May|June)"``.
    """

    def replace(m: re.Match[str]) -> str:
        name = m.group("name")
        if name not in macros:
            raise MacroError(f"unknown macro {{{name}}} in {pattern!r} (known: {', '.join(sorted(macros))})")
        if name in _using:
            raise MacroError(f"macro {{{name}}} uses itself: {' -> '.join(_using + (name,))}")
        return "(?:" + expand(macros[name], macros, _using + (name,)) + ")"

    return MACRO.sub(replace, pattern)


def alternatives(words: list[str]) -> str:
    """A regex matching any of ``words`` literally, tried in the order given."""
    return "|".join(re.escape(w) for w in words)


def phrase(words: str) -> str:
    r"""A regex for a phrase from a word list: its words escaped, any white space between them.

    ``phrase("by virtue of")`` is ``r"by\s+virtue\s+of"``.
    """
    return r"\s+".join(re.escape(w) for w in words.split())


_LINE_START = re.compile(r"\^\[ \\t")


def line_start_takes_page_breaks(pattern: str) -> str:
    r"""``pattern`` with each line start's white-space class (``^[ \t``) also taking a form feed.

    ``line_start_takes_page_breaks(r"^[ \t]*Present:")`` is ``r"^[\f \t]*Present:"``: the
    first line of a PDF's second page ("\n\fCouncillor A Lee, personal interest") is a line
    like any other.
    """
    return _LINE_START.sub(lambda m: "^[\\f \\t", pattern)


@lru_cache(maxsize=None)
def compiled(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``pattern`` compiled once a process, however many fields, checks and modules ask for it.

    Loading a vocabulary file checks that each pattern compiles, and the field's
    :class:`PatternSet` needs the same pattern compiled: ``re``'s own cache (512
    entries) is too small for the thousand-odd patterns of the vocabulary, so
    without this every pattern was compiled twice in every new process.
    """
    return re.compile(pattern, flags)


class PatternSet:
    """Several regular expressions used as one (each may reuse group names).

    ``search`` returns the earliest match of any pattern, ``match`` the first
    pattern that matches at the position, ``finditer`` every match in order.
    """

    def __init__(self, patterns: list[str], flags: int) -> None:
        self.patterns = [compiled(line_start_takes_page_breaks(p), flags) for p in patterns]

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        endpos = len(text) if endpos is None else endpos
        found = [m for p in self.patterns if (m := p.search(text, pos, endpos))]
        return min(found, key=lambda m: (m.start(), -m.end())) if found else None

    def match(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        endpos = len(text) if endpos is None else endpos
        return next((m for p in self.patterns if (m := p.match(text, pos, endpos))), None)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> list[re.Match[str]]:
        endpos = len(text) if endpos is None else endpos
        found = [m for p in self.patterns for m in p.finditer(text, pos, endpos)]
        found.sort(key=lambda m: (m.start(), -m.end()))
        out: list[re.Match[str]] = []
        for m in found:  # drop matches overlapping an earlier one
            if not out or m.start() >= out[-1].end():
                out.append(m)
        return out

    def findall(self, text: str) -> list[re.Match[str]]:
        return self.finditer(text)

    def sub(self, repl, text: str) -> str:
        for p in self.patterns:
            text = p.sub(repl, text)
        return text
