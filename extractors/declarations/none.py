"""Whether the minutes say nobody declared anything ("None", "There were none", "No declarations were made")."""

from __future__ import annotations

from extractors.declarations.regions import Region, _undrop
from extractors.declarations.rules import rules
from extractors.text import squash


def says_none(text: str, region: Region) -> bool:
    """Do these minutes say that no interests were declared?"""
    r = rules()
    if any(p.search(text, region.span.start, region.span.end) for p in r.none_said):
        return True
    whole = squash(text[region.span.start : region.span.end])
    return region.declarations_item and any(p.search(whole) for p in r.none_in_item)


def _title_says_none(title: str | None) -> bool:
    """ "5. Declarations of Interest – none", "3. Declarations of interest: None declared.": the answer written on the
    declarations item's own heading line."""
    title = _undrop(squash(title or ""))
    for pattern in rules().item_title:
        m = pattern.search(title)
        if m:
            rest = title[m.end() :].lstrip(" :;.,–—-")
            return bool(rest) and any(p.search(rest) for p in rules().none_in_item)
    return False
