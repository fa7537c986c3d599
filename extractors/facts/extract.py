"""The document pass: label lines, then each sentence's figures with their subjects, then spelled-out numbers.

:func:`read_facts` is the whole of facts' reading of a text, without a
pipeline around it: the extractor (``extractors/facts/__init__.py``) gives
it the document text and the spans that are not prose, and turns what it
returns into rows; ``tests/test_fact_rules.py`` gives it a phrase.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace

from extractors.facts.before import without_time
from extractors.facts.filters import excluded, is_list, list_number, slide_number, spelled_excluded, spelled_subject_excluded
from extractors.facts.lists import Layout, continued, item_subject, label_facts
from extractors.facts.phrases import Found, collect, join, strip_opening
from extractors.facts.prose import HAS_DIGIT, MARKER, MAX_SENTENCE, paragraphs_of, sentences_of, spelled_words, window
from extractors.facts.subjects import enriched, noun_after, subject_for
from extractors.facts.words import Tok, facts_vocab, is_content, is_plural, tokens, word_is
from extractors.figures import find_figures, find_spelled
from extractors.glossary import find_definitions
from extractors.text import squash
from schemas.provenance import Span


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
        if layout is not None and (slide_number(layout, c) or list_number(layout, c)):
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


def spelled_facts_in(text: str, sentence: Span, layout: Layout | None = None) -> list[Found]:
    """Spelled-out numbers that count something: "Twelve young people attended", "two care leavers".

    Read by the ``noun_after`` rule alone (a plural noun must follow) and in
    a pass of their own: a spelled number neither leans on the figures
    around it nor lends them a subject, so printed figures read the same
    with or without this pass.
    """
    out: list[Found] = []
    for c in find_spelled(text, sentence.start, sentence.end, facts_vocab().numbers):
        if spelled_excluded(text, c, sentence):
            continue
        before = tokens(text, max(sentence.start, c.start - 300), c.start)
        after = tokens(text, c.end, min(sentence.end, c.end + 500))
        found = subject_for(text, sentence, c, before, own_words(after), None, rules=[noun_after])
        found = shared_noun(found) if found is not None else None
        if found is not None and (spelled_subject_excluded(found.subject, found.head) or _per_each(found, after)):
            continue
        if found is not None and layout is not None:
            found = continued(layout, found)
            if all(word_is(x, "generic_subject") for x in found.subject if is_content(Tok(x, 0, 0))):
                found = enriched(found, before)  # "two children" -> "children (... in respect of)"
        if found is not None:
            out.append(found)
    return out


def own_words(after: list[Tok]) -> list[Tok]:
    """The words after a spelled number up to where the next count begins: "two [permanent Team Managers] and four ...".

    Cut at "and" or "," before another number word when a plural noun stands
    before the cut; "two serious and four slight injuries" is left whole
    for :func:`shared_noun`.
    """
    for k in range(1, len(after) - 1):
        if after[k].low in ("and", ",") and after[k + 1].is_a("number_word"):
            return after[:k] if any(is_plural(t) for t in after[:k]) else after
    return after


def shared_noun(found: Found) -> Found:
    """Two counts of one noun: "two [serious] and four slight [injuries]" -> "serious injuries".

    A spelled number followed only by adjectives, "and" and another number
    word counts the same noun as that number, with its own adjectives.
    """
    words = found.subject
    k = next((i for i, x in enumerate(words) if any(word_is(p, "number_word") for p in x.split("-"))), None)
    if k is None or k < 2 or words[k - 1].lower() != "and" or not all(x[:1].isalpha() and not is_plural(Tok(x, 0, 0)) for x in words[: k - 1]):
        return found
    noun = next((i for i in range(k + 1, len(words)) if is_plural(Tok(words[i], 0, 0))), None)
    if noun is None:
        return found
    own = words[: k - 1]
    return replace(found, subject=own + words[noun:], head=own + [words[noun]], rule=found.rule + "+shared_noun")


def _per_each(found: Found, after: list[Tok]) -> bool:
    """ "six children each": a count per something, not a total."""
    k = next((i for i, t in enumerate(after) if found.head and t.text == found.head[-1]), None)
    return k is not None and k + 1 < len(after) and after[k + 1].low in ("each", "apiece")


@dataclass
class Reading:
    """One fact as read: the figure and its subject (``found``) and the sentence it stands in, squashed."""

    sentence: str
    found: Found

    @property
    def values(self) -> tuple[float, str, float | None, float | None] | None:
        """(value, unit, numerator, denominator) by the conventions of the package docstring, or None for no value."""
        c = self.found.candidate
        figure = c.figure
        value, unit = figure.value, figure.unit
        if c.kind == "out-of":  # "22 of the 214": a count
            value, unit = figure.numerator, "count"
        elif c.kind == "count" and unit is None:
            unit = "count"  # "3.2 permanent IRO posts": a count of full-time equivalents
        if figure.status != "value" or value is None:
            return None
        return value, unit, figure.numerator, figure.denominator

    @property
    def subject(self) -> str:
        return join(self.found.subject)


def read_facts(text: str, blocked: list[Span] | None = None) -> list[Reading]:
    """Every fact of ``text`` (``blocked``: spans that are not prose), in the order of their figures.

    Label lines first (they claim their lines), then the sentences of the
    paragraphs that hold a digit, in order, each with the paragraph's topic;
    then spelled-out numbers, sentence by sentence.
    """
    layout = Layout(text, sorted(blocked or [], key=lambda s: s.start))
    found_all: list[tuple[str, Found]] = label_facts(layout)
    paragraphs = paragraphs_of(layout)
    paragraph_starts = [p.start for p in paragraphs]
    topic: list[str] | None = None
    paragraph = -1
    for sentence in sentences_of(text, paragraphs, spelled_words(facts_vocab().numbers)):
        here = bisect.bisect_right(paragraph_starts, sentence.start) - 1
        found_here = spelled_facts_in(text, sentence, layout)
        if HAS_DIGIT.search(text, paragraphs[here].start, paragraphs[here].end):
            if here != paragraph:
                gap = text[paragraphs[paragraph].end : paragraphs[here].start] if paragraph >= 0 else "\n\n"
                if gap.count("\n") >= 2 and not MARKER.match(text, paragraphs[here].start):
                    topic = None  # a blank line ends what was being counted; the items of a list share it
                paragraph = here
            printed = facts_in(text, sentence, layout, topic)
            topic = topic_of(text, sentence, printed) or topic
            found_here += printed
        whole = squash(text[sentence.start : sentence.end]) if found_here and len(sentence) <= MAX_SENTENCE else None
        for found in found_here:
            found_all.append((whole if whole is not None else window(text, sentence, found.candidate), found))
    found_all.sort(key=lambda pair: pair[1].candidate.start)
    return [Reading(sentence_text, found) for sentence_text, found in found_all]
