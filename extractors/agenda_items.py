"""Agenda items: number as printed, position, title, description, pages, flags, minutes.

Items numbered with plain numbers ("7", "7.", "2643.") are checked as a
sequence: a number printed twice, one that goes back, or one that skips gets
an ``item_numbering`` warning at the item (``documents.warnings``), since each
is either the document's own slip or an item the outline missed or invented.
"""

from __future__ import annotations

import re

from extractors import vocab
from extractors.registry import ExtractionContext, extractor
from extractors.text import squash
from schemas import AgendaItem
from schemas.documents import ITEM_NUMBERING
from schemas.provenance import Span

NAME = "agenda_items"
_PLAIN_NUMBER = re.compile(r"\s*(\d{1,5})[.)]?\s*")
MAX_NUMBERING_WARNINGS = 10


def item_id(document_id: str, position: int) -> str:
    """Items are owned by the document that lists them: ``<doc prefix>-i<position>``."""
    return f"{document_id[:16]}-i{position}"


@extractor(NAME, requires=("meeting",), produces=AgendaItem)
def extract_agenda_items(ctx: ExtractionContext) -> list[AgendaItem]:
    if ctx.outline is None:
        return []
    meeting_id = ctx.meeting_id()
    items = []
    for position, block in enumerate(ctx.outline.items, start=1):
        title = block.title_text or (squash(ctx.doc.span_text(block.title)) if block.title else None)
        minutes = ctx.doc.span_text(block.minutes).strip() if block.minutes else None
        description = ctx.doc.span_text(block.description) if block.description else ""
        restricted = block.restricted or bool(vocab.regex("layout", "restricted.markers").search(description))
        items.append(
            AgendaItem(
                id=item_id(ctx.doc.id, position),
                meeting_id=meeting_id,
                number=block.number_text,
                position=position,
                title=title,
                title_inferred=block.title_inferred,
                report_type=block.report_type,
                description=_without_page_numbers(description) or None,
                page_start=block.page_start,
                page_end=block.page_end,
                to_follow=block.to_follow,
                restricted=restricted,
                section=section_of(title),
                minutes_text=minutes or None,
                source_item_id=block.source_item_id,
                links=block.links or None,
                **ctx.provenance(block.block, NAME),
            )
        )
    for message, item in numbering_slips(items)[:MAX_NUMBERING_WARNINGS]:
        ctx.warn(ITEM_NUMBERING, message, span=Span(start=item.char_start, end=item.char_end) if item.char_start is not None else None)
    return items


# standard business, in the order it is tried: the first kind a title names wins
SECTIONS = ("apologies", "declarations", "minutes", "exclusion", "public", "programme", "business", "next_meeting", "chair")


def section_of(title: str | None) -> str | None:
    """Which standard business a title names, in any wording ("To receive apologies for absence" → apologies)."""
    if not title:
        return None
    sections = vocab.get("structure").sections
    head = " ".join(title.split()[:12])
    return next((name for name in SECTIONS if sections.regex(name).search(head)), None)


def numbering_slips(items: list[AgendaItem]) -> list[tuple[str, AgendaItem]]:
    """What is wrong with the sequence of plainly numbered items: repeats, steps back, skips (three numbered items at least)."""
    numbered = [(int(m.group(1)), item) for item in items if item.number and (m := _PLAIN_NUMBER.fullmatch(item.number))]
    if len(numbered) < 3:
        return []
    slips, seen = [], set()
    for (before, _), (number, item) in zip(numbered, numbered[1:]):
        if number in seen or number == before:
            slips.append((f"item number {number} is printed twice", item))
        elif number < before:
            slips.append((f"item numbers go back: {number} after {before}", item))
        elif number > before + 1:
            slips.append((f"item numbers skip from {before} to {number}", item))
        seen.add(before)
    return slips


def _without_page_numbers(text: str) -> str:
    """The description, less printed page numbers left between its lines."""
    return squash("\n".join(line for line in text.splitlines() if not re.fullmatch(r"\s*\d{1,4}\s*", line)))
