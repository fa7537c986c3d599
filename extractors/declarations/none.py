"""Whether the minutes say nobody declared anything ("None", "There were none", "No declarations were made"), or that
members declared without being named ("Members confirmed their usual declarations of interest")."""

from __future__ import annotations

import re

from extractors.declarations.regions import Region, _undrop
from extractors.declarations.rules import rules
from extractors.text import squash


def says_none(text: str, region: Region) -> bool:
    """Do these minutes say that no interests were declared?"""
    r = rules()
    if any(p.search(text, region.span.start, region.span.end) for p in r.none_said):
        return True
    if not region.declarations_item:
        return False
    whole = _LEADING_PUNCTUATION.sub("", squash(text[region.span.start : region.span.end]))
    label = list(_MINUTES_LABEL.finditer(whole))
    after = whole[label[-1].end() :] if label else whole  # a PDF print runs the agenda's words and "Minutes: None." together
    return any(p.search(whole) or p.search(after) for p in r.none_in_item)


def says_some(text: str, region: Region) -> bool:
    """Do these minutes say that members declared interests without naming them ("Members confirmed their usual
    declarations of interest")?"""
    return any(p.search(text, region.span.start, region.span.end) for p in rules().declared_unnamed)


_MINUTES_LABEL = re.compile(r"\bMinutes\s*:\s*")
# What the outline leaves of the heading line at the start of an item's minutes: the title's closing full stop or colon
# ("2. To receive declarations of interest." / "None."), a dash before the answer.
_LEADING_PUNCTUATION = re.compile(r"^[\s.:;,–—-]+")


def _title_says_none(title: str | None) -> bool:
    """ "5. Declarations of Interest – none", "3. Declarations of interest: None declared.": the answer written on the
    declarations item's own heading line; or a heading the outline took whole that says so in a sentence of its own
    ("Matters of Interest on Agenda as per Code of Conduct – None declared.")."""
    title = _undrop(squash(title or ""))
    if any(p.search(title) for p in rules().none_said):
        return True
    for pattern in rules().item_title:
        m = pattern.search(title)
        if m:
            rest = title[m.end() :].lstrip(" :;.,–—-")
            return bool(rest) and any(p.search(rest) for p in rules().none_in_item)
    return False


def heading_says_none(text: str, block) -> bool:
    """The answer on an item's heading line, read from its title and from the whole printed line (the outline may cut
    the title before "– None declared.")."""
    start = block.block.start
    end = text.find("\n", start)
    line = text[start : end if end >= 0 else block.block.end]
    return _title_says_none(block.title_text) or _title_says_none(line)
