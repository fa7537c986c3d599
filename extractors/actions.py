"""Actions: what the meeting asked to come back, be provided or be done.

A spaCy blank English pipeline (tokenizer + rule-based sentencizer, no model
to download) splits each item's minutes into sentences; a ``Matcher`` loaded
from ``vocab/actions.toml`` marks the sentences that carry a request or a
promise ("... be provided at the next Panel meeting", "requested that an
invite be extended ..."). Each matching sentence is one action, linked to
its item, with what it is due by when the sentence says so.
"""

from __future__ import annotations

import re
from functools import lru_cache

import spacy
from spacy.matcher import Matcher

from extractors import vocab
from extractors.agenda_items import item_id
from extractors.nlp import english
from extractors.registry import ExtractionContext, extractor
from extractors.text import squash
from schemas import Action
from schemas.provenance import Span

NAME = "actions"


@lru_cache(maxsize=1)
def _pipeline() -> tuple[spacy.language.Language, Matcher, dict[str, str | None]]:
    nlp = english()
    matcher = Matcher(nlp.vocab)
    due: dict[str, str | None] = {}
    for rule in vocab.get("actions").action:
        matcher.add(rule.name, [rule.pattern])
        due[rule.name] = rule.due
    return nlp, matcher, due


@extractor(NAME, requires=("meeting",), produces=Action)
def extract_actions(ctx: ExtractionContext) -> list[Action]:
    if ctx.outline is None:
        return []
    nlp, matcher, due_by = _pipeline()
    meeting_id = ctx.meeting_id()
    rows: list[Action] = []
    for position, block in enumerate(ctx.outline.items, start=1):
        if block.minutes is None:
            continue
        n = 0
        for base, segment in _segments(ctx.text, block.minutes.start, block.minutes.end):
            doc = nlp(segment)
            seen: set[tuple[int, int]] = set()
            for match_id, start, end in sorted(matcher(doc), key=lambda m: (m[1], m[2])):
                sentence = doc[start:end].sent
                key = (sentence.start_char, sentence.end_char)
                if key in seen:
                    continue
                seen.add(key)
                n += 1
                rule = nlp.vocab.strings[match_id]
                span = _trim(segment, sentence.start_char, sentence.end_char, base)
                text = squash(ctx.text[span.start : span.end])
                rows.append(
                    Action(
                        id=f"{item_id(ctx.doc.id, position)}-a{n}",
                        meeting_id=meeting_id,
                        agenda_item_id=item_id(ctx.doc.id, position),
                        text=text,
                        due=due_by.get(rule) or _due_in(text),
                        trigger=rule,
                        **ctx.provenance(span, NAME),
                    )
                )
    return rows


_SEGMENT_BREAK = re.compile(r"\n\s*\n|\n(?=[ \t]*(?:\(?\d{1,2}[.)]|\([a-z]\)|[•·▪]|[a-z]\.)\s)")


def _segments(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """Paragraphs and numbered parts of ``text[start:end]``, with their offsets.

    A sentence never runs across a blank line or into the next numbered part,
    whatever its punctuation.
    """
    out = []
    pos = start
    for m in _SEGMENT_BREAK.finditer(text, start, end):
        out.append((pos, text[pos : m.start()]))
        pos = m.end()
    out.append((pos, text[pos:end]))
    return [(base, seg) for base, seg in out if seg.strip()]


def _due_in(text: str) -> str | None:
    m = re.search(r"\b(?:at|to|by) (?:the|a) (next|future) (?:[A-Z]?\w+ )?(meeting|panel|committee)", text, re.I)
    if m:
        return "next meeting" if m.group(1).lower() == "next" else "future meeting"
    return None


_LEADING_MARKER = re.compile(r"\s*(?:\(\d{1,2}\)|\d{1,2}[.)]|\([a-z]\)|[•·▪-])\s+")


def _trim(text: str, start: int, end: int, base: int) -> Span:
    marker = _LEADING_MARKER.match(text, start, end)
    if marker:
        start = marker.end()
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start=base + start, end=base + end)
