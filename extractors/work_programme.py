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
        if not (_PROGRAMME.search(block.title_text or "") or _PROGRAMME.search(ctx.doc.span_text(block.minutes))):
            continue
        found = _tabular_programme(ctx.text, block.minutes) + _prose_programme(ctx.text, block.minutes)
        for n, (planned, title, span) in enumerate(found, start=1):
            rows.append(
                WorkProgrammeEntry(
                    id=f"{item_id(ctx.doc.id, position)}-w{n}",
                    meeting_id=meeting_id,
                    agenda_item_id=item_id(ctx.doc.id, position),
                    planned_date=planned,
                    title=title,
                    **ctx.provenance(span, NAME),
                )
            )
    return rows


Found = list[tuple[str | None, str, Span]]


def _tabular_programme(text: str, minutes: Span) -> Found:
    """Date rows followed by title rows, or ``date<TAB>title`` table rows."""
    found: Found = []
    planned: str | None = None
    for line in lines_of(text, minutes.start, minutes.end):
        cells = [c for c in re.split(r"\t+", line.text) if c.strip()]
        if not cells:
            continue
        first = cells[0].strip()
        offset = 0
        if DATE_IN_TEXT.fullmatch(first.rstrip(":")):
            planned = parse_date(first.rstrip(":"))
            cells = cells[1:]
            offset = line.text.find(first) + len(first)
        elif planned is None:
            continue
        for cell in cells:
            title = squash(cell)
            if not title or title.lower() in _HEADERS or len(title) > 200:
                continue
            if re.match(r"^(?:RESOLVED|The (?:Panel|Committee)|It was)\b", title):
                planned = None
                break
            start = line.start + line.text.find(cell, offset)
            found.append((planned, title, Span(start=start, end=start + len(cell.rstrip()))))
    return found


_PROSE = re.compile(
    r"(?:considered|included|taken|brought)\s+(?:to|at)\s+(?:its|the)\s+(?:next\s+)?meeting\s+(?:on|of|held on)\s+"
    r"(?P<date>(?:[A-Z][a-z]+day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+\d{4})\s*:\s*(?P<list>[^.]+)\.",
)


def _prose_programme(text: str, minutes: Span) -> Found:
    """ "... be considered at its meeting on 16 June 2025: A; B; C." """
    found: Found = []
    for m in _PROSE.finditer(text, minutes.start, minutes.end):
        planned = parse_date(squash(m.group("date")))
        offset = m.start("list")
        for piece in m.group("list").split(";"):
            title = re.sub(r"^and\s+", "", squash(piece))
            start = text.find(piece.strip(), offset)
            offset = start + len(piece.strip())
            if title:
                found.append((planned, title, Span(start=start, end=offset)))
    return found
