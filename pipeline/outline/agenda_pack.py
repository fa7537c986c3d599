"""Agenda packs and agenda front sheets.

A pack opens with a front sheet (date, time, venue, membership and quorum,
contact, publication date), then the agenda: numbered items, each with its
page range in the pack (``(Pages 5 - 14)``) or ``(To Follow)``, in Part I
(public) and Part II (exempt). The reports follow, each headed
``Agenda Item 7`` / ``Pages 5 to 14``.
"""

from __future__ import annotations


from extractors import vocab
from schemas.outline import ItemBlock, Outline, iter_lines
from pipeline.outline.base import register_outliner
from pipeline.outline.common import apply_page_range, find_header_fields, header_fields, infer_title, set_title, span_between
from pipeline.readers.detect import DOC, DOCX, PDF, TEXT
from schemas.provenance import Span


def _score(doc) -> float:
    if doc.media_type not in (PDF, DOCX, DOC, TEXT):
        return 0.0
    head = doc.text[:20000]
    hits = len(vocab.regex("layout", "pack.signals").findall(head))
    return 0.8 if hits >= 3 else 0.4 if hits >= 2 else 0.0


@register_outliner("agenda_pack", _score)
def outline_agenda_pack(doc) -> Outline:
    text = doc.text
    report_header = vocab.regex("layout", "items.report_header")
    has_reports = len(doc.pages) > 6 or bool(report_header.search(text))  # the page count first: no scan of a long pack
    outline = Outline(kind="agenda_pack" if has_reports else "agenda_frontsheet")

    part_one = vocab.regex("layout", "sections.part_one").search(text)
    agenda_start = part_one.end() if part_one else 0
    find_header_fields(text, outline, 0, agenda_start or min(len(text), 6000))
    m = vocab.regex("layout", "pack.committee_line").search(text, 0, agenda_start or 3000)
    if m and "committee" not in outline.fields:
        outline.fields["committee"] = Span(start=m.start("committee"), end=m.end("committee"))
    outline.items = _agenda_items(doc, agenda_start)
    # or a summons instead of labelled lines: "You are summoned to a meeting of the above Council on ..."
    header_fields(text, outline, outline.items[0].block.start if outline.items else min(len(text), 3000))
    return outline


def _agenda_items(doc, start: int) -> list[ItemBlock]:
    """Numbered agenda lines after ``start``, in sequence, up to the end of the agenda."""
    text = doc.text
    agenda_line = vocab.regex("layout", "items.agenda_line")
    part_two = vocab.regex("layout", "sections.part_two")
    part_two_nil = vocab.regex("layout", "sections.part_two_nil")
    agenda_end = vocab.regex("layout", "sections.agenda_end")
    page_range = vocab.regex("layout", "items.page_range")

    items: list[ItemBlock] = []
    restricted = False
    end = len(text)
    heads: list[tuple[int, object]] = []  # (line index, match)
    lines: list = []  # read up to the end of the agenda only, not through every report after it
    for i, line in enumerate(iter_lines(text, start)):
        lines.append(line)
        s = line.stripped
        if not s:
            continue
        if agenda_end.match(line.text) and heads:
            end = line.start
            break
        if part_two.match(line.text):
            if part_two_nil.search(line.text):
                end = line.start
                break
            restricted = True
            heads.append((i, "part_two"))
            continue
        m = agenda_line.match(line.text)
        if m:
            number = int(m.group("number"))
            expected = None if not items else int(items[-1].number_text) + 1
            if expected is None or number == expected:
                block = ItemBlock(block=line.span, restricted=restricted)
                block.number = Span(start=line.start + m.start("number"), end=line.start + m.end("number"))
                block.number_text = m.group("number")
                title_span = Span(start=line.start + m.start("title"), end=line.start + m.end("title"))
                set_title(block, text, title_span)
                items.append(block)
                heads.append((i, block))
    # Each item's description runs to the next heading line (item or Part II) or the end.
    for n, (i, head) in enumerate(heads):
        if not isinstance(head, ItemBlock):
            continue
        next_start = lines[heads[n + 1][0]].start if n + 1 < len(heads) else end
        head.block = Span(start=head.block.start, end=next_start)
        head.description = span_between(text, lines[i].end, next_start)
        if head.description is not None:
            # page ranges sometimes wrap onto the description's first line, and a long title wraps
            # onto the lines before its page range: "13. Joint Health ... Terms of Reference\nupdate\n(Pages 267 - 274)"
            m = page_range.search(text, head.description.start, min(head.description.end, head.description.start + 160))
            wrapped = m is not None and m.start() > head.description.start and _wraps_title(text[head.description.start : m.start()])
            if m and head.page_start is None and not head.to_follow and (m.start() == head.description.start or wrapped):
                if wrapped and head.title_text:
                    head.title_text = " ".join((head.title_text + " " + text[head.description.start : m.start()]).split())
                apply_page_range(head, m)
                head.description = span_between(text, m.end(), head.description.end)
            elif m is None and head.title_text and _wraps_without_pages(head.title_text, text[head.description.start : head.description.end]):
                # "2. Declarations of Disclosable Pecuniary Interests or Other\nSignificant Interests in items on the agenda"
                head.title_text = " ".join((head.title_text + " " + text[head.description.start : head.description.end]).split())
                head.description = None
        infer_title(head, text)
    return items


WRAPPED_LINE = 50  # characters: a title line this long may have run out of width


def _wraps_without_pages(title: str, description: str) -> bool:
    """Is an item's whole description its long title's wrapped end (one short line, no full stop, not "To ...")?"""
    lines = [l for l in description.strip().split("\n") if l.strip()]
    return (
        len(title) >= WRAPPED_LINE and len(lines) == 1 and not lines[0].rstrip().endswith(".")
        and len(lines[0].split()) <= 10 and not vocab.regex("layout", "descriptions.starts").match(lines[0])
    )  # fmt: skip


def _wraps_title(between: str) -> bool:
    """Is the text between a title line and its page range the title's wrapped end (one or two short lines)?"""
    lines = [l for l in between.strip().split("\n") if l.strip()]
    return 0 < len(lines) <= 2 and not any(l.rstrip().endswith(".") for l in lines) and len(" ".join(lines).split()) <= 14
