"""The sentence pass: the figures of each sentence with their subjects, and the paragraph's topic."""

from __future__ import annotations

import re
from dataclasses import replace


from extractors.glossary import find_definitions
from schemas.provenance import Span
from extractors.facts.before import without_time
from extractors.facts.filters import excluded, is_list, slide_number
from extractors.figures import find_figures
from extractors.facts.lists import Layout, continued, item_subject
from extractors.facts.phrases import Found, collect, strip_opening
from extractors.facts.subjects import enriched, subject_for
from extractors.facts.words import Tok, is_content, tokens, word_is


def facts_in(text: str, sentence: Span, layout: Layout | None = None, topic: list[str] | None = None) -> list[Found]:
    """The figures of one sentence that have a subject, with their subjects."""
    candidates = [c for c in find_figures(text, sentence.start, sentence.end) if not excluded(text, c, sentence)]
    if not candidates or is_list(text, candidates):
        return []
    replacements = []
    for d in find_definitions(text, sentence.start, sentence.end):
        if d.expansion[:1].isupper():
            replacements.append((d.span, d.printed))
        else:
            replacements.append((Span(start=d.expansion_span.end, end=d.span.end), ""))
    out: list[Found] = []
    previous: Found | None = None
    last_end = sentence.start
    for c in candidates:  # a subject lies near its figure: a window keeps long "sentences" linear
        before = tokens(text, max(sentence.start, c.start - 300), c.start, replacements)
        after = tokens(text, c.end, min(sentence.end, c.end + 500), replacements)
        if layout is not None and slide_number(layout, c):
            last_end = c.end
            continue
        found = subject_for(text, sentence, c, before, after, previous)
        if found is None and layout is not None:
            found = item_subject(layout, c, [t for t in before if t.start >= last_end], after)
        if found is None and topic:
            found = subject_for(text, sentence, c, before, after, previous, topic)
            found = replace(found, rule=found.rule + "+topic") if found is not None else None
        elif found is not None and layout is not None:
            found = continued(layout, found)
            if found.subject and all(word_is(x, "generic_subject") for x in found.subject if is_content(Tok(x, 0, 0)) and not re.search(r"[()]", x)):
                found = enriched(found, before)
        if found is not None:
            out.append(found)
            previous = found
        last_end = c.end
    return out


def topic_of(text: str, sentence: Span, found: list[Found]) -> list[str] | None:
    """What a sentence counts, for the sentences after it: "the number of [the Looked After population]", or its last subject."""
    m = re.search(r"(?i)\bnumber\s+of\s+", text[sentence.start : sentence.end])
    if m:
        toks = tokens(text, sentence.start + m.end(), sentence.end)
        phrase = []
        for t in strip_opening(collect(toks, 0)):
            if t.is_a("auxiliary") or t.is_a("have") or t.is_a("verb") or (t.is_a("preposition") and phrase):
                break  # "the number of [the Looked After population] was between ..."
            phrase.append(t)
        if phrase and any(is_content(t) for t in phrase):
            return [t.text for t in phrase]
    if found and found[-1].head:
        subject = without_time(found[-1].subject)
        return subject if len(subject) <= 6 and "(" not in subject else without_time(found[-1].head)
    return None
