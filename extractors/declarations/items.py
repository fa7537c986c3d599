"""Which agenda item a declaration concerns: by the title words it quotes, else by the printed number."""

from __future__ import annotations

import re

from extractors.declarations.regions import _undrop
from extractors.declarations.rules import rules
from extractors.text import squash


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", text.lower()) if len(w) > 1 and w not in {"and", "of", "the", "for", "on", "in", "to", "a"}}


def link_item(items: list, number: str | None, title: str | None) -> int | None:
    """Position of the item a declaration names: by quoted title words, else by printed number; a sub-item ("agenda
    item 17(13)", "item 3a") is declared on the top-level item that holds it when no item is printed with that number."""
    by_title = _item_by_title(items, title) if title else None
    if by_title is not None:
        return by_title
    if number:
        bare = re.sub(r"\s+", "", number).lower()
        top = re.match(r"\d+", bare)
        for wanted in dict.fromkeys([bare, top.group(0) if top else bare]):
            for position, block in enumerate(items, start=1):
                printed = re.sub(r"\s+", "", block.number_text or "").lower()
                if printed and (printed == wanted or printed.rstrip(".") == wanted):
                    return position
    return None


def _item_by_title(items: list, title: str) -> int | None:
    quoted = _words(title)
    if len(quoted) < 2:
        return None
    scored = []
    for position, block in enumerate(items, start=1):
        words = _words(_undrop(squash(block.title_text or "")))
        if words:
            scored.append((len(quoted & words) / len(quoted), len(quoted & words) / len(words), position))
    scored.sort(reverse=True)
    if scored and scored[0][0] >= 0.8 and scored[0][1] >= 0.5 and (len(scored) == 1 or scored[1][:2] < scored[0][:2]):
        return scored[0][2]
    return None


def names_subject(words: str) -> bool:
    """Do these words name a kind of business the vocabulary knows an item for ("planning application ...")?"""
    return any(about.search(words) for about, _ in rules().subjects)


def link_by_subject(items: list, words: str) -> int | None:
    """Position of the one item whose title names the business the declaration's words name, or None."""
    for about, title in rules().subjects:
        if about.search(words):
            found = [p for p, block in enumerate(items, start=1) if title.search(_undrop(squash(block.title_text or "")))]
            if len(found) == 1:
                return found[0]
    return None
