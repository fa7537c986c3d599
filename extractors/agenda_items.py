"""Agenda items: number as printed, position, title, description, pages, flags, minutes."""

from __future__ import annotations

import re

from extractors import vocab
from extractors.registry import ExtractionContext, extractor
from extractors.text import squash
from schemas import AgendaItem

NAME = "agenda_items"


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
                minutes_text=minutes or None,
                source_item_id=block.source_item_id,
                links=block.links or None,
                **ctx.provenance(block.block, NAME),
            )
        )
    return items


def _without_page_numbers(text: str) -> str:
    """The description, less printed page numbers left between its lines."""
    return squash("\n".join(line for line in text.splitlines() if not re.fullmatch(r"\s*\d{1,4}\s*", line)))
