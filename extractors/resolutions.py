"""Resolutions: what each item resolved, part by part, with an outcome word.

Reads an item's ``Decision:`` block where the page has one (ModernGov's formal
record of the decision), else its minutes. Finds ``RESOLVED`` (any case at the start of a line or numbered paragraph,
capitals anywhere) in an item's minutes and takes the resolution to the end
of its paragraph; a resolution that introduces a list ("RESOLVED that:",
"... were declared:") takes the list with it. Numbered parts (``(1)``,
``1.``, ``(a)``) become one row each, in order. Minutes that give numbered
parts without the word RESOLVED (seed 000's Housing Needs Update) give the
same rows with ``explicit`` false.
"""

from __future__ import annotations

import re
from functools import lru_cache

from extractors import vocab
from extractors.agenda_items import item_id
from extractors.registry import ExtractionContext, extractor
from extractors.text import squash
from schemas.outline import Line, lines_of
from schemas import Resolution
from schemas.provenance import Span

NAME = "resolutions"

_MARKER = re.compile(
    r"(?P<lead>^[ \t]*(?:\(?\d{1,3}[.)]\s+|\(?[a-z][.)]\s+)?)(?:RESOLVED|Resolved)\b[ \t]*(?:[:;,.–-]+[ \t]*)?"
    r"|\bRESOLVED\b[ \t]*(?:[:;,.–-]+[ \t]*)?",
    re.M,
)
_PART = re.compile(r"^\s*(?P<marker>\(\d{1,2}\)|\d{1,2}[.)]|\([a-z]\)|[a-z]\.|\([ivx]{1,4}\))\s+")
_PARAGRAPH = re.compile(r"^\s*(?:\d{1,2}\.|[a-z]\.)\s+\S")
_BULLET = re.compile(r"^\s*(?:[•·▪\-–*?]|\(?[a-z0-9]{1,3}[.)])\s*")


@lru_cache(maxsize=1)
def _outcome_rules() -> list[tuple[str, re.Pattern[str]]]:
    return [(r.word, r.compiled("pattern")) for r in vocab.get("outcomes").outcome]


def outcome_of(text: str) -> str | None:
    """The outcome word for a resolution's text (first matching rule in outcomes.toml)."""
    for word, pattern in _outcome_rules():
        if pattern.search(text):
            return word
    return None


@extractor(NAME, requires=("meeting",), produces=Resolution)
def extract_resolutions(ctx: ExtractionContext) -> list[Resolution]:
    if ctx.outline is None:
        return []
    meeting_id = ctx.meeting_id()
    rows: list[Resolution] = []
    for position, block in enumerate(ctx.outline.items, start=1):
        # the formal decision, where the page gives one, is the authoritative wording
        source = block.decision or block.minutes
        if source is None:
            continue
        parts = find_resolutions(ctx.text, source)
        for n, (span, marker, explicit) in enumerate(parts, start=1):
            text = _clean_text(ctx.text[span.start : span.end])
            if not text:
                continue
            rows.append(
                Resolution(
                    id=f"{item_id(ctx.doc.id, position)}-r{n}",
                    meeting_id=meeting_id,
                    agenda_item_id=item_id(ctx.doc.id, position),
                    position=n,
                    part=marker,
                    text=text,
                    outcome=outcome_of(text),
                    explicit=explicit,
                    **ctx.provenance(span, NAME),
                )
            )
    return rows


def find_resolutions(text: str, minutes: Span) -> list[tuple[Span, str | None, bool]]:
    """``(span, part marker, explicit)`` for each resolved part in ``text[minutes]``."""
    markers = list(_MARKER.finditer(text, minutes.start, minutes.end))
    found: list[tuple[Span, str | None, bool]] = []
    for n, m in enumerate(markers):
        stop = markers[n + 1].start() if n + 1 < len(markers) else minutes.end
        body_start = m.end()
        # "RESOLVED that" / "RESOLVED: That" - keep "That ..." as the text
        span, is_list = _resolution_extent(text, body_start, stop)
        if span is None:
            continue
        parts = _split_parts(text, span) if is_list else []
        found.extend((p, marker, True) for p, marker in parts) if parts else found.append((span, None, True))
    if not markers:
        found = [(p, marker, False) for p, marker in _implicit_parts(text, minutes)]
    return found


def _resolution_extent(text: str, start: int, stop: int) -> tuple[Span | None, bool]:
    lines = lines_of(text, start, stop)
    if not lines:
        return None, False
    kept: list[Line] = [lines[0]]
    blank = False
    intro = lines[0].stripped.endswith((":", ":-")) or lines[0].stripped.lower() in ("", "that", "that:")
    for line in lines[1:]:
        s = line.stripped
        if s.isdigit() and len(s) <= 4:  # a printed page number between two pages
            continue
        if not s:
            blank = True
            continue
        if not intro and kept and "".join(l.stripped for l in kept).endswith((":", ":-")):
            intro = True
        if intro:
            if _PART.match(line.text) or _BULLET.match(line.text) or len(s.split()) <= 12 or not blank:
                kept.append(line)
            else:
                break
        else:
            if blank or _PARAGRAPH.match(line.text):
                break
            kept.append(line)
        blank = False
    first = next((l for l in kept if l.stripped), None)
    if first is None:
        return None, False
    last = [l for l in kept if l.stripped][-1]
    span = Span(start=first.span.start, end=last.span.end)
    if intro and len(_split_parts(text, span)) < 2:
        # a list that is not numbered parts (declarations, a reserves table) is
        # recorded elsewhere; the resolution is the sentence that introduces it
        intro_end = next((l for l in kept if l.stripped.endswith((":", ":-"))), kept[0])
        return Span(start=first.span.start, end=intro_end.span.end), False
    return span, intro


def _split_parts(text: str, span: Span) -> list[tuple[Span, str]]:
    lines = [l for l in lines_of(text, span.start, span.end) if _PART.match(l.text)]
    if len(lines) < 2:
        return []
    parts = []
    for n, line in enumerate(lines):
        m = _PART.match(line.text)
        end = lines[n + 1].start if n + 1 < len(lines) else span.end
        part = Span(start=line.start + m.end(), end=end)
        parts.append((_strip_span(text, part), m.group("marker")))
    return parts


def _implicit_parts(text: str, minutes: Span) -> list[tuple[Span, str]]:
    """Numbered ``(1) ... (2) ...`` parts with no RESOLVED: the last such run in the minutes."""
    lines = [l for l in lines_of(text, minutes.start, minutes.end) if l.stripped]
    run: list[Line] = []
    for line in lines:
        m = re.match(r"^\s*\((\d{1,2})\)\s+", line.text)
        if m and int(m.group(1)) == len(run) + 1:
            run.append(line)
        elif m and int(m.group(1)) == 1:
            run = [line]
    if len(run) < 2:
        return []
    return _split_parts(text, Span(start=run[0].start, end=run[-1].span.end))


def _strip_span(text: str, span: Span) -> Span:
    start, end = span.start, span.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1] in " \t\n\f;":
        end -= 1
    if text[max(start, end - 4) : end] == " and" or text[max(start, end - 4) : end].endswith("; and"):
        end -= 4
    while end > start and text[end - 1] in " \t\n\f;,":
        end -= 1
    return Span(start=start, end=end)


def _clean_text(raw: str) -> str:
    text = squash(raw)
    text = re.sub(r"^(?:that\s*:?\s*)$", "", text, flags=re.I)
    return text.strip()
