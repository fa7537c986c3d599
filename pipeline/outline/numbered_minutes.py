"""Minutes that number every minute and title it before a colon (community and parish councils)::

    2643. Police Report: Attached. No Police presence.
    2644. Public Forum: Mr Hoggins, MCC present to obtain feedback ...

Numbers run on from meeting to meeting and can be out of order or repeated
(a real clerk's typing); each numbered line starts an item whatever its
number, and the text after the colon, with the lines that follow, is its
minutes.
"""

from __future__ import annotations

from extractors import vocab
from schemas.outline import ItemBlock, Outline, lines_of
from pipeline.outline.base import register_outliner
from pipeline.outline.common import find_header_fields, header_fields, span_between
from pipeline.readers.detect import PDF, TEXT
from schemas.provenance import Span


def _score(doc) -> float:
    if doc.media_type not in (PDF, TEXT):
        return 0.0
    lines = vocab.regex("layout", "items.minute_line").finditer(doc.text)
    if len(lines) < 3:
        return 0.0
    # The agenda that summons the meeting numbers its items the same way ("2649. Accounts for
    # payment:-"): a heading that says agenda before the first numbered line makes it one.
    if vocab.regex("layout", "pack.signals").search(doc.text, 0, lines[0].start()):
        return 0.0
    return 0.75


@register_outliner("numbered_minutes", _score)
def outline_numbered_minutes(doc) -> Outline:
    text = doc.text
    outline = Outline(kind="printed_minutes")
    pattern = vocab.regex("layout", "items.minute_line")
    heads = []
    for line in lines_of(text):
        m = pattern.match(line.text)
        if m:
            heads.append((line, m))
    header_end = heads[0][0].start if heads else len(text)
    header_fields(text, outline, header_end)
    find_header_fields(text, outline, 0, header_end)
    for n, (line, m) in enumerate(heads):
        end = heads[n + 1][0].start if n + 1 < len(heads) else len(text)
        block = ItemBlock(block=Span(start=line.start, end=end))
        block.number = Span(start=line.start + m.start("number"), end=line.start + m.end("number"))
        block.number_text = m.group("number") + "."
        block.title = Span(start=line.start + m.start("title"), end=line.start + m.end("title"))
        block.title_text = m.group("title").strip()
        block.minutes = span_between(text, line.start + m.start("rest"), end)
        outline.items.append(block)
    return outline
