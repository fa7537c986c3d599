"""Finding printed figures in prose (the forms are ``[[figure]]`` in ``vocab/facts.toml``)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.text import squash
from extractors.facts.words import NUMBER, facts_vocab


@dataclass
class Candidate:
    kind: str
    start: int
    end: int
    raw: str


_FROM_TO = re.compile(r"(?i)\bfrom\s+(?P<a>[£$€]\s?" + NUMBER + r"|" + NUMBER + r"\s?%)\s+to\s+(?:[£$€]\s?" + NUMBER + r"|" + NUMBER + r"\s?%)(?![\w/])")


def find_candidates(text: str, start: int, end: int) -> list[Candidate]:
    """Printed figures in ``text[start:end]``: the longest at each place, no overlaps."""
    found = []
    for kind, pattern in facts_vocab().figures:
        for m in pattern.finditer(text, start, end):
            if kind in ("count-percent", "out-of") and re.match(r"(?:19|20)\d\d\b", m.group()):
                continue  # "the figures for 2024 (47%)": a year, then the figure
            found.append(Candidate(kind, m.start(), m.end(), squash(m.group())))
    for m in _FROM_TO.finditer(text, start, end):  # "from 15% to 26%": a change, not the range "15% to 26%"
        kind = "money" if m.group("a")[:1] in "£$€" else "percent"
        found.append(Candidate(kind, m.start("a"), m.end("a"), squash(m.group("a"))))
    found.sort(key=lambda c: (c.start, -(c.end - c.start)))
    out: list[Candidate] = []
    for c in found:
        if not out or c.start >= out[-1].end:
            out.append(c)
    return out
