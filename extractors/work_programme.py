"""Work programme: items planned for future meetings, by meeting date.

Looks in the items that carry a work programme (title or minutes mention a
work programme, agenda tracker or forward plan) for date rows followed by
item titles::

    28 March 2017
    Ofsted Inspection Action Plan
    LGA Sector Challenge: Placement Costs

or table rows ``date<TAB>title<TAB>title``.
"""

from __future__ import annotations

import re

from extractors.agenda_items import item_id
from extractors.dates import DATE_IN_TEXT, parse_date
from extractors.registry import ExtractionContext, extractor
from extractors.text import squash
from pipeline.outline.base import lines_of
from schemas import WorkProgrammeEntry
from schemas.provenance import Span

NAME = "work_programme"
_PROGRAMME = re.compile(r"work\s*programme|agenda tracker|forward plan|work plan", re.I)
_HEADERS = {"meeting", "item", "items", "meeting date", "date", "report", "reports"}


@extractor(NAME)
def extract_work_programme(ctx: ExtractionContext) -> list[WorkProgrammeEntry]:
    if ctx.outline is None:
        return []
    meeting_id = ctx.meeting_id()
    rows: list[WorkProgrammeEntry] = []
    for position, block in enumerate(ctx.outline.items, start=1):
        if block.minutes is None:
            continue
        title = block.title_text or ""
        minutes = ctx.doc.span_text(block.minutes)
        if not (_PROGRAMME.search(title) or _PROGRAMME.search(minutes)):
            continue
        planned: str | None = None
        n = 0
        for line in lines_of(ctx.text, block.minutes.start, block.minutes.end):
            cells = [c for c in re.split(r"\t+", line.text) if c.strip()]
            if not cells:
                continue
            first = cells[0].strip()
            date_match = DATE_IN_TEXT.fullmatch(first.rstrip(":"))
            if date_match:
                planned = parse_date(first.rstrip(":"))
                cells = cells[1:]
                offset = line.text.find(first) + len(first)
            else:
                offset = 0
                if planned is None:
                    continue
            for cell in cells:
                title_text = squash(cell)
                if not title_text or title_text.lower() in _HEADERS or len(title_text) > 200:
                    continue
                if re.match(r"^(?:RESOLVED|The (?:Panel|Committee)|It was)\b", title_text):
                    planned = None
                    break
                start = line.start + line.text.find(cell, offset)
                n += 1
                rows.append(
                    WorkProgrammeEntry(
                        id=f"{item_id(ctx.doc.id, position)}-w{n}",
                        meeting_id=meeting_id,
                        agenda_item_id=item_id(ctx.doc.id, position),
                        planned_date=planned,
                        title=title_text,
                        **ctx.provenance(Span(start=start, end=start + len(cell.rstrip())), NAME),
                    )
                )
        rows.extend(_prose_programme(ctx, block, position, meeting_id, len(rows)))
    return rows


_PROSE = re.compile(
    r"(?:considered|included|taken|brought)\s+(?:to|at)\s+(?:its|the)\s+(?:next\s+)?meeting\s+(?:on|of|held on)\s+"
    r"(?P<date>(?:[A-Z][a-z]+day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+\d{4})\s*:\s*(?P<list>[^.]+)\.",
)


def _prose_programme(ctx: ExtractionContext, block, position: int, meeting_id, already: int) -> list[WorkProgrammeEntry]:
    """ "... be considered at its meeting on 16 June 2025: A; B; C." """
    rows = []
    n = already
    for m in _PROSE.finditer(ctx.text, block.minutes.start, block.minutes.end):
        planned = parse_date(squash(m.group("date")))
        offset = m.start("list")
        for piece in m.group("list").split(";"):
            title = re.sub(r"^and\s+", "", squash(piece))
            start = ctx.text.find(piece.strip(), offset)
            offset = start + len(piece.strip())
            if not title:
                continue
            n += 1
            rows.append(
                WorkProgrammeEntry(
                    id=f"{item_id(ctx.doc.id, position)}-w{n}",
                    meeting_id=meeting_id,
                    agenda_item_id=item_id(ctx.doc.id, position),
                    planned_date=planned,
                    title=title,
                    **ctx.provenance(Span(start=start, end=offset), NAME),
                )
            )
    return rows
