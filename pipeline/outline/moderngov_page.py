"""Text renderings of ModernGov pages: "Agenda and minutes" and single agenda items.

A saved ``ieListDocuments.aspx`` page reads, as text::

    Corporate Parenting Panel - Tuesday 10 January 2017 7.30 pm
    Venue: ...
    Contact: ...
    No. Item
    123.
    Attendance by Reserve Members
    <description>
    Minutes:
    <minutes>

Some renderings lose the item numbers (seed 000) and even some titles; items
are then found by their anchors ("Additional documents:"), by titles carrying
a document link ("... pdf icon PDF 137 KB") and by standard description
openings ("To receive petitions ..."), which also give the lost titles back.
"""

from __future__ import annotations

import re

from extractors import vocab
from schemas.outline import ItemBlock, Line, Outline, lines_of
from pipeline.outline.base import register_outliner
from pipeline.outline.common import (
    find_header_fields,
    infer_title,
    is_title_like,
    set_title,
    span_between,
)
from pipeline.readers.detect import PDF, TEXT
from schemas.provenance import Span

def _numbers_on_lines_of_their_own(text: str) -> bool:
    """Does a print keep the page's item table shape: two or more item numbers each on a line of its own?"""
    number_line = vocab.regex("layout", "items.number_line")
    return sum(1 for line in text.splitlines() if number_line.match(line)) >= 2


def _score(doc) -> float:
    if doc.media_type not in (TEXT, PDF):
        return 0.0
    head = doc.text[:4000]
    m = vocab.regex("layout", "moderngov_page.page_head").match(head)
    if m and (m.group("head").lower() == "agenda item" or vocab.regex("layout", "moderngov_page.item_table_head").search(head)):
        if doc.media_type == PDF and not _numbers_on_lines_of_their_own(doc.text):
            return 0.0  # a print that set each number beside its title: the general reader reads its typography
        return 0.9  # the page as saved, or printed to PDF from the browser: the same heading and item table
    if doc.media_type != TEXT:
        return 0.0
    if vocab.regex("layout", "header.meeting_title_line").search(head) and vocab.regex("layout", "moderngov_page.anchor_line").search(doc.text):
        return 0.7
    return 0.0


@register_outliner("moderngov_page", _score)
def outline_moderngov_page(doc) -> Outline:
    text = doc.text
    m = vocab.regex("layout", "moderngov_page.page_head").match(text)
    head = (m.group("head").lower() if m else "")
    if head == "agenda item":
        return _single_item(doc, m.end())
    kind = "minutes_page" if "minutes" in head or vocab.regex("layout", "moderngov_page.minutes_line").search(text) else "agenda_page"
    outline = Outline(kind=kind)
    table_head = vocab.regex("layout", "moderngov_page.item_table_head").search(text)
    body_start = table_head.end() if table_head else 0
    find_header_fields(text, outline, 0, body_start or min(len(text), 2000))
    lines = lines_of(text, body_start)
    body_end = _tail_start(lines, text)
    lines = [l for l in lines if l.start < body_end]
    numbered = [l for l in lines if vocab.regex("layout", "items.number_line").match(l.text)]
    if len(numbered) >= 2 or (numbered and len(numbered) == len([l for l in lines if _is_anchor(l)])):
        outline.items = _numbered_items(text, lines, body_end, _bold_line_starts(doc))
    else:
        outline.items = _unnumbered_items(text, lines, body_end)
    if body_end < len(text):
        outline.tail = span_between(text, body_end, len(text))
    return outline


def _tail_start(lines: list[Line], text: str) -> int:
    """Where the text after the last item begins. Only after the last numbered item: "Supporting documents:" is also
    the anchor inside an item (Wiltshire's "2. Minutes of Previous Meeting / Supporting documents: / Minutes:")."""
    tail = vocab.regex("layout", "sections.tail")
    number_line = vocab.regex("layout", "items.number_line")
    last = max((k for k, line in enumerate(lines) if number_line.match(line.text)), default=-1)
    for line in lines[last + 1 :]:
        if tail.match(line.text):
            return line.start
    return len(text)


def _is_anchor(line: Line) -> bool:
    return bool(
        vocab.regex("layout", "items.minutes_anchor").match(line.text)
        or vocab.regex("layout", "items.documents_anchor").match(line.text)
    )


def _finish_block(text: str, block: ItemBlock, head_start: int, anchors: list[Line], end: int) -> None:
    """Set description and minutes spans of a block from its anchor lines."""
    minutes_anchor = next((a for a in anchors if vocab.regex("layout", "items.minutes_anchor").match(a.text)), None)
    first_anchor = anchors[0] if anchors else None
    block.description = span_between(text, head_start, first_anchor.start if first_anchor else end)
    if minutes_anchor is not None:
        block.minutes = span_between(text, minutes_anchor.end, end)
    elif first_anchor is not None:
        block.minutes = span_between(text, anchors[-1].end, end)
        block.description = span_between(text, head_start, first_anchor.start)
    infer_title(block, text)


def _bold_line_starts(doc) -> set[int]:
    """Where the lines the PDF reader saw set in bold throughout start (none for a saved page's text)."""
    return {page.start + offset for page in doc.pages for offset in page.meta.get("emphasised_whole", ())}


TITLE_LINES = 3


def _wrapped_title(lines: list[Line], title_line: Line, bold: set[int], end: int) -> Line:
    """A title the page printed to PDF wrapped: its next lines are bold like it, up to the description or anchor."""
    if title_line.start not in bold and title_line.span.start not in bold:
        return title_line
    k = lines.index(title_line)
    last = title_line
    for line in lines[k + 1 : k + TITLE_LINES]:
        if line.start >= end or not line.stripped or _is_anchor(line) or (line.start not in bold and line.span.start not in bold):
            break
        last = line
    return Line(title_line.start, last.end, title_line.text) if last is not title_line else title_line


_YEAR_LINE = re.compile(r"^\s*(?:19|20)\d\d\.?\s*$")


def _year_wrapped(lines: list[Line], i: int) -> bool:
    """ "... held on 13 November" / "2012.": a page printed to PDF wrapped a date's year onto a line of its own."""
    if not _YEAR_LINE.match(lines[i].text):
        return False
    above = next((l.stripped for l in reversed(lines[:i]) if l.stripped), "")
    last = above.split()[-1].lower().strip(",") if above else ""
    return last in vocab.get("common").month_numbers()


def _numbered_items(text: str, lines: list[Line], end: int, bold: set[int] = frozenset()) -> list[ItemBlock]:
    number_line = vocab.regex("layout", "items.number_line")
    starts = [i for i, l in enumerate(lines) if number_line.match(l.text) and not _year_wrapped(lines, i)]
    items: list[ItemBlock] = []
    for n, i in enumerate(starts):
        block_end = lines[starts[n + 1]].start if n + 1 < len(starts) else end
        block = ItemBlock(block=Span(start=lines[i].span.start, end=block_end))
        block.number = lines[i].span
        block.number_text = lines[i].stripped
        body = [l for l in lines[i + 1 :] if l.start < block_end]
        title_line = next((l for l in body if l.stripped), None)
        head_start = block_end
        if title_line is not None and not _is_anchor(title_line):
            whole = _wrapped_title(lines, title_line, bold, block_end)
            set_title(block, text, Span(start=title_line.span.start, end=whole.end if whole is not title_line else title_line.span.end))
            if block.title_text and "\n" in block.title_text:
                block.title_text = " ".join(block.title_text.split())
            head_start = whole.end
        anchors = [l for l in body if _is_anchor(l)]
        _finish_block(text, block, head_start, anchors, block_end)
        items.append(block)
    return items


def _unnumbered_items(text: str, lines: list[Line], end: int) -> list[ItemBlock]:
    section = vocab.regex("layout", "sections.headings")
    noise = vocab.regex("layout", "items.title_noise")
    describes = vocab.regex("layout", "descriptions.starts")
    standard_titles = {r.title.lower() for r in vocab.get("layout").inferred_titles}

    starts: list[tuple[int, Line | None, Line | None]] = []  # (start offset, title line, description line)
    state = "minutes"  # the previous item's minutes (or nothing yet) is running
    skip_anchor = False
    previous: Line | None = None
    previous_was_blank_before = False
    blank_run = True
    for line in lines:
        s = line.stripped
        if not s:
            blank_run = True
            continue
        if section.match(line.text):
            skip_anchor = True
            previous, blank_run = None, False
            continue
        if _is_anchor(line):
            if not skip_anchor:
                state = "minutes"
            skip_anchor = False
            previous, blank_run = line, False
            continue
        skip_anchor = False
        is_title = bool(noise.search(s)) or s.lower() in standard_titles
        is_description = bool(describes.match(s))
        if state == "minutes":
            if is_title:
                starts.append((line.span.start, line, None))
                state = "head"
            elif is_description:
                title = previous if (previous is not None and previous_was_blank_before and is_title_like(previous) and not _is_anchor(previous)) else None
                starts.append(((title or line).span.start, title, line))
                state = "head"
        previous_was_blank_before = blank_run
        previous, blank_run = line, False

    section_starts = [l.start for l in lines if section.match(l.text)]
    items: list[ItemBlock] = []
    for n, (start, title_line, description_line) in enumerate(starts):
        block_end = starts[n + 1][0] if n + 1 < len(starts) else end
        # a section heading row ("Resolved Items") closes the item before it
        block_end = min([s for s in section_starts if s > start] + [block_end])
        block = ItemBlock(block=Span(start=start, end=block_end))
        set_title(block, text, title_line.span if title_line else None)
        head_start = title_line.end if title_line else description_line.start
        body = [l for l in lines if head_start <= l.start < block_end]
        anchors = [l for l in body if _is_anchor(l)]
        _finish_block(text, block, head_start, anchors, block_end)
        items.append(block)
    return items


def _single_item(doc, body_start: int) -> Outline:
    """An ``mgAi.aspx`` page: one item, its description paragraph, then its minutes."""
    text = doc.text
    outline = Outline(kind="agenda_item_page")
    lines = lines_of(text, body_start)
    end = _tail_start(lines, text)
    nonblank = [l for l in lines if l.stripped and l.start < end]
    if not nonblank:
        return outline
    block = ItemBlock(block=Span(start=nonblank[0].span.start, end=end))
    set_title(block, text, nonblank[0].span)
    rest = [l for l in lines if l.start > nonblank[0].start and l.start < end]
    # The description is the first paragraph after the title; the minutes follow.
    para: list[Line] = []
    for line in rest:
        if line.stripped:
            para.append(line)
        elif para:
            break
    if para:
        block.description = Span(start=para[0].span.start, end=para[-1].span.end)
        block.minutes = span_between(text, para[-1].end, end)
    outline.items = [block]
    find_header_fields(text, outline, 0, nonblank[0].start)
    return outline
