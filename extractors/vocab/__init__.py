"""Vocabulary and patterns as data.

Councils word things differently; where a new council's documents differ, add
a pattern or a word to these TOML files before adding code. Each file is
loaded once and cached.

- ``layout.toml``   - header labels, item headings, section headings, titles
                      inferred from standard descriptions
- ``outcomes.toml`` - outcome words for resolutions
- ``actions.toml``  - phrases that make a sentence a promised follow-up
- ``councils.toml`` - councils with their names, e-mail domains and places
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from importlib import resources
from typing import Any


@lru_cache(maxsize=None)
def load(name: str) -> dict[str, Any]:
    """The parsed contents of ``extractors/vocab/<name>.toml``."""
    return tomllib.loads(resources.files(__package__).joinpath(f"{name}.toml").read_text("utf-8"))


class PatternSet:
    """Several regular expressions used as one (each may reuse group names).

    ``search`` returns the earliest match of any pattern, ``match`` the first
    pattern that matches at the position, ``finditer`` every match in order.
    """

    def __init__(self, patterns: list[str], flags: int) -> None:
        self.patterns = [re.compile(p, flags) for p in patterns]

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

    def sub(self, repl: str, text: str) -> str:
        for p in self.patterns:
            text = p.sub(repl, text)
        return text


@lru_cache(maxsize=None)
def regex(name: str, key: str, flags: int = re.I | re.M) -> PatternSet:
    """The patterns listed at ``key`` (dotted) in ``name``.toml, compiled as one set."""
    node: Any = load(name)
    for part in key.split("."):
        node = node[part]
    return PatternSet(node if isinstance(node, list) else [node], flags)
