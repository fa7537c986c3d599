"""Work programme: items planned for future meetings, by meeting date.

Looks in the items that carry a work programme (title or minutes mention a
work programme, agenda tracker or forward plan) for date rows followed by
item titles::

    28 March 2017
    Ofsted Inspection Action Plan
    LGA Sector Challenge: Placement Costs

or table rows ``date<TAB>title<TAB>title``, or bulleted lists under a date
line, as a work programme report in an agenda pack prints them::

    Monday 15 September 2025
    • Independent Reviewing Officers Annual Report 2024/25
    • Fostering Recruitment and Retention Update

In minutes the programme is in the item's minutes; in an agenda pack it is
in the item's report, found by the item's page range (``(Pages 18 - 19)``)
or, failing that, by its ``Agenda Item 11`` report header. Title patterns,
table headings, bullets and the lines that end a programme are data in
``vocab/work_programme.toml``.

A forward plan's table (read by :mod:`pipeline.outline.forward_plan`) gives
one row per planned decision, with no meeting, its decision maker, lead
officer and key / exempt flags (:func:`planned_decisions`).
"""

from __future__ import annotations

import re

from extractors import vocab
from extractors.agenda_items import item_id
from extractors.dates import DATE_IN_TEXT, parse_date
from extractors.registry import ExtractionContext, extractor
from extractors.report_items import ItemLocator
from extractors.text import squash
from schemas.outline import ItemBlock, lines_of
from schemas import WorkProgrammeEntry
from schemas.provenance import Span

NAME = "work_programme"


def _programme() -> vocab.PatternSet:
    return vocab.regex("work_programme", "titles")


@extractor(NAME, requires=("meeting",), produces=WorkProgrammeEntry)
def extract_work_programme(ctx: ExtractionContext) -> list[WorkProgrammeEntry]:
    if ctx.outline is None:
        return []
    meeting_id = ctx.meeting_id()
    locator = ItemLocator(ctx)
    rows: list[WorkProgrammeEntry] = []
    for position, block in enumerate(ctx.outline.items, start=1):
        span = _programme_span(ctx, locator, position, block)
        if span is None:
            continue
        found = _tabular_programme(ctx.text, span) + _prose_programme(ctx.text, span)
        for n, (planned, title, where) in enumerate(found, start=1):
            rows.append(
                WorkProgrammeEntry(
                    id=f"{item_id(ctx.doc.id, position)}-w{n}",
                    meeting_id=meeting_id,
                    agenda_item_id=item_id(ctx.doc.id, position),
                    planned_date=planned,
                    title=title,
                    **ctx.provenance(where, NAME),
                )
            )
    return rows + planned_decisions(ctx)


def planned_decisions(ctx: ExtractionContext) -> list[WorkProgrammeEntry]:
    """A forward plan's rows (``outline.values["programme"]``, :mod:`pipeline.outline.forward_plan`).

    They belong to no meeting and no item: each names its decision maker,
    which stands for the committee it is planned for.
    """
    rows = []
    for n, entry in enumerate(ctx.outline.values.get("programme", ()), start=1):
        rows.append(
            WorkProgrammeEntry(
                id=f"{ctx.doc.id[:16]}-p{n}",
                planned_date=parse_date(_cell(ctx, entry.get("planned"))),
                title=_cell(ctx, entry["title"]),
                decision_maker=_cell(ctx, entry.get("decision_maker")),
                lead_officer=_cell(ctx, entry.get("lead")),
                key_decision=entry.get("key"),
                exempt=entry.get("exempt"),
                **ctx.provenance(entry["block"], NAME),
            )
        )
    return rows


def _cell(ctx: ExtractionContext, span: Span | None) -> str | None:
    return squash(ctx.doc.span_text(span)) or None if span is not None else None


def _programme_span(ctx: ExtractionContext, locator: ItemLocator, position: int, block: ItemBlock) -> Span | None:
    """Where an item's work programme would be: its minutes, or its report in a pack."""
    titled = bool(_programme().search(block.title_text or ctx.doc.span_text(block.title)))
    if block.minutes is not None:
        return block.minutes if titled or _programme().search(ctx.doc.span_text(block.minutes)) else None
    return locator.report_span(position) if titled else None


Found = list[tuple[str | None, str, Span]]


def _tabular_programme(text: str, where: Span) -> Found:
    """Date rows followed by title rows (plain or bulleted), or ``date<TAB>title`` table rows.

    Under a date, titles run to the next date or to a line that ends the
    programme (``end`` in work_programme.toml). Where the titles are bulleted,
    the first unbulleted line also ends them, unless it starts in lower case
    (a title wrapped onto the next line).
    """
    headers = {h.lower() for h in vocab.get("work_programme").headers}
    bullet = vocab.regex("work_programme", "bullet")
    ends = vocab.regex("work_programme", "end")
    skip = vocab.regex("work_programme", "skip")
    found: Found = []
    planned: str | None = None
    bulleted: bool | None = None  # whether the titles under the current date are bulleted
    for line in lines_of(text, where.start, where.end):
        cells = [c for c in re.split(r"\t+", line.text) if c.strip()]
        if not cells:
            continue
        first = cells[0].strip()
        offset = 0
        if DATE_IN_TEXT.fullmatch(first.rstrip(":")):
            planned = parse_date(first.rstrip(":"))
            bulleted = None
            cells = cells[1:]
            offset = line.text.find(first) + len(first)
        elif planned is None:
            continue
        for cell in cells:
            cell_start = line.start + line.text.find(cell, offset)
            marker = bullet.match(cell)
            lead = marker.end() if marker else len(cell) - len(cell.lstrip())
            title = squash(cell[lead:])
            if not title or title.lower() in headers or len(title) > 200 or skip.match(title):
                continue
            if ends.match(title):
                planned = None
                break
            if bulleted is None:
                bulleted = marker is not None
            elif bulleted and marker is None:
                if title[:1].islower() and found and found[-1][0] == planned:
                    previous = found[-1]
                    found[-1] = (planned, f"{previous[1]} {title}", Span(start=previous[2].start, end=cell_start + len(cell.rstrip())))
                    continue
                planned = None
                break
            start = cell_start + lead
            found.append((planned, title, Span(start=start, end=cell_start + len(cell.rstrip()))))
            offset = cell_start - line.start + len(cell)
    return found


_PROSE = re.compile(
    r"(?:considered|included|taken|brought)\s+(?:to|at)\s+(?:its|the)\s+(?:next\s+)?meeting\s+(?:on|of|held on)\s+"
    r"(?P<date>(?:[A-Z][a-z]+day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+\d{4})\s*:\s*(?P<list>[^.]+)\.",
)


def _prose_programme(text: str, where: Span) -> Found:
    """ "... be considered at its meeting on 16 June 2025: A; B; C." """
    found: Found = []
    for m in _PROSE.finditer(text, where.start, where.end):
        planned = parse_date(squash(m.group("date")))
        offset = m.start("list")
        for piece in m.group("list").split(";"):
            title = re.sub(r"^and\s+", "", squash(piece))
            start = text.find(piece.strip(), offset)
            offset = start + len(piece.strip())
            if title:
                found.append((planned, title, Span(start=start, end=offset)))
    return found
