"""Where to look: the stretches of a document that may record declarations, and what each belongs to.

The minutes of every item, and the text between items when the document is minutes. A document
without a minutes layout (an agenda pack carrying the previous meeting's minutes) is read whole only
when it shows evidence of minutes; what it declares belongs to *another* meeting.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.declarations.rules import may_match, rules
from extractors.registry import ExtractionContext
from extractors.text import squash
from schemas.provenance import Span


@dataclass(frozen=True)
class Region:
    """A stretch of text to search, and what it belongs to."""

    span: Span
    position: int | None  # 1-based position of the item whose minutes these are; None between items
    declarations_item: bool  # the minutes of the "Declarations of Interest" item
    this_meeting: bool  # the minutes of the meeting this document describes


def is_declarations_title(title: str | None) -> bool:
    title = _undrop(squash(title or ""))
    return any(p.search(title) for p in rules().item_title)


_AGENDA_KINDS = ("agenda", "agenda_frontsheet")


def regions(ctx: ExtractionContext) -> list[Region]:
    """The item minutes and, for minutes, the text between items."""
    outline = ctx.outline
    kind = outline.kind if outline is not None else None
    minutes_document = kind in rules().minutes_kinds
    out: list[Region] = []
    covered: list[Span] = []
    for position, block in enumerate(outline.items if outline is not None else [], start=1):
        if block.minutes is None:
            continue
        out.append(Region(block.minutes, position, is_declarations_title(block.title_text), True))
        covered.append(block.minutes)
    if kind in _AGENDA_KINDS:
        return out  # an agenda records nothing: declarations in the papers it binds (last meeting's minutes) are that meeting's
    if minutes_document or any(may_match(p, ctx.text) and p.search(ctx.text) for p in rules().minutes_evidence):
        pos = 0
        for span in sorted(covered, key=lambda s: s.start) + [Span(start=len(ctx.text), end=len(ctx.text))]:
            if span.start > pos and ctx.text[pos : span.start].strip():
                out.append(Region(Span(start=pos, end=span.start), None, False, minutes_document))
            pos = max(pos, span.end)
    return sorted(out, key=lambda r: r.span.start)


def _undrop(title: str) -> str:
    """Kent's drop capitals: ``"D eclarations of Interest"`` -> ``"Declarations of Interest"``."""
    return re.sub(r"^([A-Z]) (?=[a-z])", r"\1", title)
