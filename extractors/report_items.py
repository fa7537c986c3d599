"""Which agenda item (and printed page) a piece of report content belongs to.

Report content (tables, figures, case studies) sits in a pack's reports, not
in an item's minutes. Its item is found, in order of preference, by:

1. the item block that contains it (minutes pages, where content is inline);
2. the pack's page ranges: the item whose ``page_start``..``page_end`` holds
   the printed page number of the content's page;
3. the nearest report header before it ("Agenda Item 7"), which packs print
   at the top of each report's first page.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from extractors import vocab
from extractors.agenda_items import item_id
from extractors.registry import ExtractionContext
from schemas.provenance import Span


class ItemLocator:
    """Locates the agenda item of any offset in one document."""

    def __init__(self, ctx: ExtractionContext) -> None:
        self.ctx = ctx
        items = ctx.outline.items if ctx.outline else []
        self.items = list(enumerate(items, start=1))
        self.by_number = {}
        for position, block in self.items:
            if block.number_text:
                self.by_number.setdefault(re.sub(r"\D", "", block.number_text), position)
        self.number_starts, self.number_values, self.header_starts, self.header_numbers = _landmarks(ctx.text)

    def printed_page(self, offset: int) -> int | None:
        printed = self.ctx.doc.printed_page_number(offset)
        if printed is None and len(self.ctx.doc.pages) == 1:
            i = bisect.bisect_right(self.number_starts, offset) - 1
            printed = self.number_values[i] if i >= 0 else None
        return printed

    def item_id(self, offset: int) -> str | None:
        position = self.position(offset)
        return item_id(self.ctx.doc.id, position) if position else None

    def report_span(self, position: int) -> Span | None:
        """Where item ``position``'s report is in a pack: the pages of its page range, else from
        its ``Agenda Item N`` header to the next report header (the inverse of :meth:`position`)."""
        block = self.items[position - 1][1]
        if block.page_start is not None:
            last = block.page_end or block.page_start
            pages = [p for p in self.ctx.doc.pages if p.printed and p.printed.isdigit() and block.page_start <= int(p.printed) <= last]
            if pages:
                return Span(start=pages[0].start, end=pages[-1].end)
        number = re.sub(r"\D", "", block.number_text or "")
        for n, (start, found) in enumerate(zip(self.header_starts, self.header_numbers)):
            if number and found == number and start >= block.block.end:
                end = self.header_starts[n + 1] if n + 1 < len(self.header_starts) else len(self.ctx.text)
                return Span(start=start, end=end)
        return None

    def position(self, offset: int) -> int | None:
        for position, block in self.items:
            if block.minutes is not None and block.block.start <= offset < block.block.end:
                return position
        printed = self.printed_page(offset)
        if printed is not None:
            for position, block in self.items:
                if block.page_start is not None and block.page_start <= printed <= (block.page_end or block.page_start):
                    return position
        i = bisect.bisect_right(self.header_starts, offset) - 1
        if i >= 0:
            return self.by_number.get(self.header_numbers[i])
        return None


@lru_cache(maxsize=1)
def _landmarks(text: str) -> tuple[list[int], list[int], list[int], list[str]]:
    """Page-number lines and report headers of a document text: read once for the several
    extractors that locate items (the lists are only read, never changed)."""
    number_starts, number_values = _page_number_lines(text)
    headers = list(vocab.regex("layout", "items.report_header").finditer(text))
    return number_starts, number_values, [m.start() for m in headers], [m.group("number") for m in headers]


def _page_number_lines(text: str) -> tuple[list[int], list[int]]:
    """Bare numbers on their own lines that read as a rising page sequence.

    A text conversion of a pack keeps the printed page numbers as lone
    lines ("50"); numbers that break the rising sequence are slide numbers or
    list items and are ignored.
    """
    starts, values = [], []
    for m in re.finditer(r"(?m)^[ \t]*(\d{1,3})[ \t]*$", text):
        n = int(m.group(1))
        if not values or values[-1] < n <= values[-1] + 40:
            starts.append(m.start())
            values.append(n)
    return starts, values
