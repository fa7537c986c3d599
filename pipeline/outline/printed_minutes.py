"""Printed minutes (ModernGov "Printed minutes" PDFs and their like).

Kent-style minutes head each item with its title and, on the next line, the
agenda number in brackets::

    Apologies and Substitutes
    (Item 1)
    Apologies were received from ...

and may prefix the title with a running minute number (``292. Apologies``).
The header names the committee and date (``CORPORATE PARENTING PANEL – 29
October 2024``) and the venue (``MINUTES of the meeting held in ...``).
"""

from __future__ import annotations

import re

from extractors import vocab
from schemas.outline import ItemBlock, Line, Outline, lines_of
from pipeline.outline.base import register_outliner
from pipeline.outline.common import find_header_fields, header_fields, is_title_like, set_title, span_between
from pipeline.readers.detect import DOC, DOCX, PDF, TEXT
from schemas.provenance import Span

_MINUTE_NUMBER = re.compile(r"^\s*(?P<number>\d{1,4})\.\s+(?=\S)")


def _score(doc) -> float:
    if doc.media_type not in (PDF, DOCX, DOC, TEXT):
        return 0.0
    markers = len(vocab.regex("layout", "items.item_marker_line").findall(doc.text))
    return 0.85 if markers >= 2 else 0.0


@register_outliner("printed_minutes", _score)
def outline_printed_minutes(doc) -> Outline:
    text = doc.text
    outline = Outline(kind="printed_minutes")
    lines = lines_of(text)
    marker = vocab.regex("layout", "items.item_marker_line")
    markers = [i for i, l in enumerate(lines) if marker.match(l.text)]
    header_end = lines[markers[0]].start if markers else len(text)

    header_fields(text, outline, header_end)
    m = vocab.regex("layout", "header.venue_minutes").search(text, 0, header_end)
    if m:
        outline.fields["venue"] = Span(start=m.start("value"), end=m.end("value"))
    find_header_fields(text, outline, 0, header_end)

    heads: list[tuple[int, int]] = []  # (first title line index, marker line index)
    previous_minute: int | None = None  # the running minute number of the item before
    for i in markers:
        candidates: list[int] = []
        j = i - 1
        while j >= 0 and len(candidates) < 3:
            if _is_page_number(lines[j]):
                j -= 1
                continue
            if not _title_part(lines[j], doc):
                break
            candidates.insert(0, j)
            if _MINUTE_NUMBER.match(lines[j].text):
                break
            j -= 1
        # A title starts a paragraph: the line above it ends a sentence (or is a marker). Or it
        # carries the minute number after the item before's: minutes that end in a list item or a
        # resolution without a full stop ("... to implement the decision") run straight into it.
        starts = [
            k for k in candidates
            if _next_minute(lines[k], previous_minute)
            or (_starts_paragraph(lines, k) and (lines[k].stripped[:1].isupper() or _MINUTE_NUMBER.match(lines[k].text)))
        ]  # fmt: skip
        first = starts[0] if starts else (candidates[-1] if candidates else i)
        heads.append((first, i))
        minute = _MINUTE_NUMBER.match(lines[first].text) if first < i else None
        previous_minute = int(minute.group("number")) if minute else None
    for n, (first, i) in enumerate(heads):
        end = lines[heads[n + 1][0]].start if n + 1 < len(heads) else len(text)
        block = ItemBlock(block=Span(start=lines[first].span.start, end=end))
        m = marker.match(lines[i].text)
        title_start = lines[first].span.start
        number = _MINUTE_NUMBER.match(lines[first].text) if first < i else None
        if number:
            block.number = Span(start=lines[first].start + number.start("number"), end=lines[first].start + number.end("number"))
            block.number_text = number.group("number") + "."
            title_start = lines[first].start + number.end()
        else:
            block.number = Span(start=lines[i].start + m.start("number"), end=lines[i].start + m.end("number"))
            block.number_text = m.group("number")
        if first < i:
            last = max(k for k in range(first, i) if lines[k].stripped and not _is_page_number(lines[k]))
            set_title(block, text, Span(start=title_start, end=lines[last].span.end))
            if block.title_text:
                block.title_text = re.sub(r"\s*[\n\f]\s*(?:\d{1,4}\s*[\n\f]\s*)?", " ", block.title_text)
        block.minutes = span_between(text, lines[i].end, end)
        outline.items.append(block)
    return outline


def _next_minute(line: Line, previous: int | None) -> bool:
    """Does the line open with the minute number that follows ``previous`` ("89." after 88)?"""
    m = _MINUTE_NUMBER.match(line.text)
    return previous is not None and m is not None and int(m.group("number")) == previous + 1


def _is_page_number(line: Line) -> bool:
    return bool(re.fullmatch(r"\s*\d{1,4}\s*", line.text))


def _starts_paragraph(lines: list[Line], k: int) -> bool:
    j = k - 1
    while j >= 0 and (not lines[j].stripped or _is_page_number(lines[j])):
        j -= 1
    if j < 0:
        return True
    above = lines[j].stripped
    return above.endswith((".", ":", ";", "!", "?", ")")) or bool(vocab.regex("layout", "items.item_marker_line").match(lines[j].text))


def _title_part(line: Line, doc) -> bool:
    """A line that can belong to an item title (a title's later lines may start in lower case)."""
    s = line.stripped
    if not s or s == (doc.page_at(line.start).printed or "\0"):
        return False
    if _MINUTE_NUMBER.match(line.text):
        return not s.endswith(".")
    capitalised = Line(line.start, line.end, line.text.replace(s[0], s[0].upper(), 1))
    return is_title_like(capitalised)
