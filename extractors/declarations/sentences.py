"""Paragraphs and sentences: the units a declaration is read in (no sentence runs across two paragraphs)."""

from __future__ import annotations

import re

from extractors.declarations.rules import rules
from schemas.outline import lines_of
from schemas.provenance import Span

_BULLET_LINE = re.compile(r"^[\s\xa0]*(?:[·•▪●◦‣∙*–-]|\(?\d{1,4}[.)]|\([a-z]{1,3}\)|[a-z][.)])[\s\xa0]")
_HEADING_LINE = re.compile(r"^\s*(?:\(Item\s+\d{1,4}[a-z]?\)|\d{1,4}\.?\s+[A-Z][A-Z ,&'’-]{3,}|Minutes:|\d{1,4}\.)\s*$")

# How a line or a sentence names an item by its number: "Item 7", "Agenda item 12", "Minute 98", "Minute No. 41", "Min 92",
# "Min. 24/113" (a minute and its year).
_ITEM_LABEL = r"(?:agenda\s+)?(?:item|minute|min\.?)\s*(?:no\.?\s*|number\s+)?"
_ITEM_NUMBER = r"\d{1,4}(?:/\d{2,4})?[a-z]?"

# A line naming the item the declarations under it concern: "Min 98. River Axe ... award." / "Agenda item 5 – Planning".
_REFERENCE_HEADING = re.compile(rf"(?im)^[ \t]*(?P<ref>{_ITEM_LABEL}(?P<number>{_ITEM_NUMBER}))\b(?![^\n]*\bdeclar)[^\n]{{0,120}}$")


# The end of a line that a list of names goes on from: "and", a comma, a dash, a title ("... – Councillor" / "Lee").
_RUNS_ON = re.compile(r"(?:\band|\b(?:Councillors?|Cllrs?\.?|Mr|Mrs|Ms|Dr)|[,&–—-])$")


def segments(text: str, span: Span) -> list[Span]:
    """Paragraphs and list entries of ``text[span]``: no sentence runs across two.

    A blank line ends a paragraph only after a full stop or colon (Markdown
    renderings put blank lines inside sentences); a bullet, a numbered line or
    a heading line always starts a new one.
    """
    out: list[Span] = []
    start: int | None = None
    last_end = span.start
    last_char = ""
    blank = False
    for line in lines_of(text, span.start, span.end):
        s = line.text.strip().strip("\xa0")
        if not s:
            blank = True
            continue
        # "Agenda item 5 – Planning"; not "item 13, a report ..." finishing the line above ("... a personal interest in")
        reference = _REFERENCE_HEADING.match(line.text) and (start is None or blank or last_char in ".:;!?)")
        # a reference line that runs on ("Item 7 (Allotments) – Cllrs Hale and" / "Moss"): it starts a paragraph, ends none
        heading = _HEADING_LINE.match(line.text) or (reference and not _RUNS_ON.search(s))
        breaks = _BULLET_LINE.match(line.text) or heading or reference or (blank and last_char in ".:;!?")
        if start is not None and breaks:
            out.append(Span(start=start, end=last_end))
            start = None
        if start is None:
            start = line.span.start
        last_end = line.span.end
        last_char = s[-1]
        blank = False
        if heading:
            out.append(Span(start=start, end=last_end))
            start = None
    if start is not None:
        out.append(Span(start=start, end=last_end))
    return out


_SENTENCE_END = re.compile(r"[.!?][\"”’)\]]*(?=[\s\xa0]+[\"“‘(]?[A-Z0-9·•])")


_ITEM_NUMBER_BEFORE = re.compile(rf"\b{_ITEM_LABEL}{_ITEM_NUMBER}$", re.I)
# What may stand before that label at the start of a sentence: white space, a bullet ("... before Item 12. Mr Sole declared"
# ends a sentence: the label is inside it).
_OPENING = re.compile(r"[\s\xa0·•▪●◦‣∙*–-]*")


def sentences(text: str, span: Span) -> list[Span]:
    """The sentences of one segment (a full stop after "Mr", "Cllr" or an initial ends none)."""
    out: list[Span] = []
    start = span.start
    for m in _SENTENCE_END.finditer(text, span.start, span.end):
        word = re.search(r"([\w.]+)\.$", text[max(span.start, m.start() - 12) : m.start() + 1])
        if word and (word.group(1).lower() in rules().abbreviations
                     or re.fullmatch(r"[A-Z]", word.group(1))):  # "minute no. 6", "Cllr. Brown"
            continue
        label = _ITEM_NUMBER_BEFORE.search(text, max(span.start, m.start() - 24), m.start())
        if label and _OPENING.fullmatch(text, start, label.start()):
            continue  # "• Agenda Item 12. Cllr T Davies declared ...": the item's number opening the entry, not a sentence's end
        out.append(Span(start=start, end=m.end()))
        start = m.end()
        while start < span.end and text[start] in " \t\n\f\xa0":
            start += 1
    if start < span.end:
        out.append(Span(start=start, end=span.end))
    return out
