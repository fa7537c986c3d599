"""Subjects: what a figure counts, as an ordered registry of small named rules.

A figure is kept only when its sentence says what it counts. Each rule in
:data:`SUBJECT_RULES` is a function ``(Context) -> Verdict`` named for the
form it reads, with a docstring quoting it; :func:`subject_for` tries them in
order and the first verdict wins:

- a :class:`~extractors.facts.phrases.Found` subject, which records the
  rule's name (the ``facts.rule`` column, as ``actions.trigger`` records the
  phrase that found an action);
- :data:`NO_FACT`: the rule owns the figure and finds no subject, or an
  exclusion ("last year's figure of 76%" with nothing before it); no later
  rule is tried;
- ``None``: not this rule's form; the next is tried.

The order matters where two forms overlap: a change ("from 15% to 26%") and
a comparison ("13% higher than") are read before the noun after the figure;
the noun after the figure before anything before it; ``leaning_figure``,
which borrows the subject of the figure before, comes last. Rules that read
the same kind of figure exclude each other explicitly (``money_phrase``
leaves a sum "£20,000 + £989 ..." to ``money_sum``), so each rule reads as
a statement of its own form. Add a rule where its form belongs in the order,
with a case in ``tests/fact_cases.toml``.

Which names :class:`Context` offers a rule: the figure, the tokens before
and after it in its sentence, the previous figure's subject, the paragraph's
topic, and derived readings (``antecedent``, ``change``, ``refers_back``,
``subject_after``), each computed once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cached_property
from typing import Callable

from extractors.facts.before import (
    bracketed_before,
    clause_before,
    counted_opening,
    elliptical,
    for_phrase_after,
    linked_before,
    measure_before,
    money_subject,
    opening_time,
    phrase_before,
    place_before,
    regarding,
    time_after_figure,
    time_before,
    verb_before,
    without_time,
)
from extractors.facts.phrases import Found, Subject, collect, forward, predicate_of, trim
from extractors.facts.words import PERCENTISH, Tok, facts_vocab, is_content, is_plural, is_verbish, word_is
from extractors.figures import FoundFigure
from schemas.provenance import Span


@dataclass
class Context:
    """What a subject rule sees: the figure, the words around it in its sentence, and what came before.

    ``before`` and ``after`` are the sentence's tokens on either side of the
    figure (a "+" right after it, "200+ young adults", is dropped from
    ``after`` and remembered in ``plus``); ``previous`` is the sentence's last
    figure with a subject; ``topic`` is what the paragraph has been counting.
    """

    text: str
    sentence: Span
    figure: FoundFigure
    before: list[Tok]
    after: list[Tok]
    previous: Found | None
    topic: list[str] | None
    plus: bool

    @property
    def kind(self) -> str:
        return self.figure.kind

    @cached_property
    def antecedent(self) -> list[str] | None:
        """What a figure that names nothing refers back to: the figure before's head, the topic, or "With regards to [...]"."""
        return self.previous.head if self.previous is not None else (self.topic or regarding(self.before))

    @cached_property
    def lows(self) -> list[str]:
        return [t.low for t in self.before[-8:]]

    @cached_property
    def joined_before(self) -> str:
        return " ".join(self.lows)

    @cached_property
    def change(self) -> str | None:
        """The change the figure measures: "a slight [decrease] of 3.7%", "an [increase] of 14 children"."""
        m = re.search(r"\b([a-z]+)\s+(?:of|by)(?:\s+(?:over|about|around|almost|nearly|approximately|some))?$", self.joined_before)
        return m.group(1) if m and word_is(m.group(1), "change_word") else None

    @cached_property
    def refers_back(self) -> bool:
        """ "with a figure of 202", "this number dropped to 179": the figure names a measure, not what it counts."""
        return re.search(REFERRING, self.joined_before) is not None

    @cached_property
    def subject_after(self) -> Subject | None:
        """The noun phrase after the figure, if it can be the figure's subject ("39 [care leavers]")."""
        return forward(self.after, self.kind, single=self.kind == "count" and self.figure.raw == "1")

    def finish(self, words: list[str], head: list[str], time_after: str | None = None) -> Found | NoFact:
        """The rule's subject checked by :func:`finish`: the rule owns the figure, so a subject that fails is no fact."""
        return finish(self.text, self.sentence, self.figure, words, head, time_after) or NO_FACT


REFERRING = r"\b(?:number|figure|total)\s+(?:(?:has|had|have)\s+)?(?:[a-z]+ly\s+)?(?:of|was|is|rose\s+to|fell\s+to|dropped\s+to|increased\s+to|decreased\s+to|reduced\s+to|reached|stood\s+at)$"


class NoFact:
    """A rule's verdict that the figure is not a fact: no later rule is tried."""

    def __repr__(self) -> str:
        return "NO_FACT"


NO_FACT = NoFact()
Verdict = Found | NoFact | None  # a subject; no fact; or "not this rule's form", try the next
SubjectRule = Callable[[Context], Verdict]
SUBJECT_RULES: list[SubjectRule] = []


def subject_rule(fn: SubjectRule) -> SubjectRule:
    """Add ``fn`` to :data:`SUBJECT_RULES`, in the order of definition; its name is what ``facts.rule`` records."""
    SUBJECT_RULES.append(fn)
    return fn


def subject_for(
    text: str,
    sentence: Span,
    c: FoundFigure,
    before: list[Tok],
    after: list[Tok],
    previous: Found | None,
    topic: list[str] | None = None,
    rules: list[SubjectRule] | None = None,
) -> Found | None:
    """What the figure counts: the first of ``rules`` (:data:`SUBJECT_RULES`) that reads it, with the rule's name."""
    plus = bool(after) and after[0].text == "+"
    ctx = Context(text, sentence, c, before, after[1:] if plus else after, previous, topic, plus)
    for rule in SUBJECT_RULES if rules is None else rules:
        verdict = rule(ctx)
        if verdict is NO_FACT:
            return None
        if verdict is not None:
            return replace(verdict, rule=rule.__name__)
    return None


# ---------------------------------------------------------------------------
# The rules, in the order they are tried
# ---------------------------------------------------------------------------


@subject_rule
def change_end(ctx: Context) -> Verdict:
    """Change end: "from 15% to [26%]", "the £250 allowance to [£350]" counts what the figure before counted."""
    p = ctx.previous
    if ctx.lows[-1:] == ["to"] and p is not None and p.candidate.kind == ctx.kind and ctx.kind in ("money", "percent"):
        return ctx.finish(without_time(p.subject), p.head)
    return None


@subject_rule
def change_start(ctx: Context) -> Verdict:
    """Change start: "[an increase in Asian CLA] from 15%": the phrase before "from"."""
    if ctx.lows[-1:] == ["from"] and ctx.kind in ("money", "percent"):
        phrase = phrase_before(ctx.before[:-1])
        if phrase:
            return ctx.finish(phrase, phrase)
    return None


@subject_rule
def comparison(ctx: Context) -> Verdict:
    """Comparison: "which is 13% [higher than] ...", "2 [more than] 2024" compare with the figure before."""
    after, p = ctx.after, ctx.previous
    if after and after[0].is_a("comparative") and ctx.kind in ("count", "percent") and p is not None:
        than = len(after) > 1 and after[1].low == "than"  # "than" ends a collect
        tail = (["than"] if than else []) + [t.text for t in collect(after, 2 if than else 1)]
        return ctx.finish([after[0].text] + without_time(p.subject) + tail, p.head)
    return None


@subject_rule
def change_of(ctx: Context) -> Verdict:
    """Change of: "a slight [decrease] of 3.7%" is a change in what the sentence counted."""
    if ctx.change and ctx.kind in PERCENTISH and ctx.antecedent:
        return ctx.finish([ctx.change, "in"] + _referring_base(ctx), ctx.antecedent)
    return None


@subject_rule
def figure_of_nothing(ctx: Context) -> Verdict:
    """Exclusion: "last year's figure of 76%" with nothing before it to say the figure of what."""
    if ctx.refers_back and not ctx.antecedent and not ctx.subject_after:
        return NO_FACT
    return None


@subject_rule
def reference_back(ctx: Context) -> Verdict:
    """Reference back: "with a figure of 202", "this number dropped to 179" count what was counted before."""
    if ctx.refers_back and ctx.antecedent and not ctx.subject_after:
        when = time_after_figure(ctx.text, ctx.figure.end, ctx.sentence.end) or time_before(ctx.text, ctx.sentence, ctx.figure.start)
        if not when and re.search(r"\b(?:last|previous)\s+year", ctx.joined_before):
            when = "last year"  # "last year's figure of 76%"
        return ctx.finish(without_time(_referring_base(ctx)) + (when.split() if when else []), ctx.antecedent)
    return None


@subject_rule
def share_of_those(ctx: Context) -> Verdict:
    """Share of those: "50% of [those not placed in Kent]": the antecedent, with what the sentence says of it."""
    after = ctx.after
    if ctx.kind in PERCENTISH and after and after[0].low == "of" and len(after) > 1 and after[1].low in ("those", "these", "them") and ctx.antecedent:
        rest = predicate_of([t.text for t in collect(after, 2)])
        if rest:
            return ctx.finish(list(ctx.antecedent) + rest, ctx.antecedent)
    return None


@subject_rule
def noun_after(ctx: Context) -> Verdict:
    """Noun after: "39 [care leavers]", "26% (25/97) of [children of statutory school age had an EHCP]".

    A verb before the figure moves after its noun ("had housed 39 care
    leavers into ..." -> "care leavers housed into ..."); "up to 70
    children" says "(up to)"; "an increase of 14 children" says "increase in".
    """
    subject = ctx.subject_after
    if subject is None:
        return None
    subject.verb = verb_before(ctx.before) if ctx.kind in ("count", "money") else None
    words = subject.words()
    head = [t.text for t in subject.head]
    if ctx.plus and not (head and (word_is(head[-1], "generic_subject") or word_is(head[-1], "irregular_plural"))):
        return NO_FACT  # "16+ provisions": an age band; "200+ young adults" is a count
    if ctx.kind != "money" and re.search(r"\bup to$", ctx.joined_before):
        words = words + ["(up", "to)"]  # "a caseload of up to 70 children": the most, said so
    if ctx.change:
        words = [ctx.change, "in"] + words
    return finish(ctx.text, ctx.sentence, ctx.figure, words, head, None)  # "1 part-time": no subject after all; try the figure before


@subject_rule
def linking_verb(ctx: Context) -> Verdict:
    """Linking verb: "[The proportion of children ...] was 10.27%", "[Spend] reached £1.2m" (a count only after "The number of ...")."""
    linked = linked_before(ctx.before)
    if linked is not None and (ctx.kind != "count" or counted_opening(ctx.before)):
        words = [t.text for t in linked]
        return ctx.finish(words, words, time_after_figure(ctx.text, ctx.figure.end, ctx.sentence.end))
    return None


def _bracketed(ctx: Context) -> bool:
    return ctx.kind in ("percent", "percent-count") and bool(ctx.before) and ctx.before[-1].text == "("


def _year_in_brackets(ctx: Context) -> str | None:
    named = ctx.before[-4:-1]  # a vague word and a year: "the [figures for 2024] (47%)"
    year = named[2].text if len(named) == 3 and named[0].is_a("vague_subject") and named[1].low in ("for", "in") else ""
    return year if re.fullmatch(r"(?:19|20)\d\d(?:/\d\d)?", year) and ctx.antecedent else None


@subject_rule
def year_in_brackets(ctx: Context) -> Verdict:
    """Year in brackets: "the figures for 2024 (47%)" count what the figure before counted, in that year."""
    if not _bracketed(ctx) or not (year := _year_in_brackets(ctx)):
        return None
    base = ctx.previous.subject if ctx.previous is not None else ctx.antecedent
    return ctx.finish(without_time(base) + ["in", year], list(ctx.antecedent))


@subject_rule
def place_in_brackets(ctx: Context) -> Verdict:
    """Place in brackets: "Harrow (50%) is above ... [for Reading]"; "Kent (75.2%)" alone says nothing of what, and no later phrase rule reads it."""
    if not _bracketed(ctx) or _year_in_brackets(ctx) or not (place := place_before(ctx.before)):
        return None
    for_phrase = for_phrase_after(ctx.text, ctx.figure.end, ctx.sentence.end)
    return ctx.finish(place + for_phrase, place) if for_phrase else None


@subject_rule
def phrase_in_brackets(ctx: Context) -> Verdict:
    """Phrase in brackets: "[suspected gang activity] (5%)", "[Many children ... were aged at 16 plus] (39%)"."""
    if not _bracketed(ctx) or _year_in_brackets(ctx) or place_before(ctx.before):
        return None
    bracketed = bracketed_before(ctx.before) or clause_before(ctx.before)
    if bracketed is None:
        return None
    words = [t.text for t in bracketed]
    return ctx.finish(words, words)


def _money_sum(ctx: Context) -> bool:
    return ctx.kind == "money" and ctx.plus and len(ctx.after) > 1 and ctx.after[0].text[:1] in "£$€"


@subject_rule
def money_sum(ctx: Context) -> Verdict:
    """Money sum: "(£20,000 + £989 [returned NCG funds] ...)": the sum shares the noun of its last part."""
    if not _money_sum(ctx):
        return None
    shared = money_subject([], ctx.after[1:]) or []
    while shared and shared[0].lower().endswith("ed"):
        shared = shared[1:]
    cut = next((i for i, x in enumerate(shared) if word_is(x, "preposition")), len(shared))
    return ctx.finish(shared[:cut], shared[:cut]) if shared[:cut] else None


@subject_rule
def money_phrase(ctx: Context) -> Verdict:
    """Money phrase: "the [£250 allowance]", "lesson fee of £25", "£775 [remaining]" say what a sum pays for."""
    if ctx.kind != "money" or _money_sum(ctx):
        return None
    words = money_subject(ctx.before, ctx.after)
    return ctx.finish(words, words) if words else None


def _percent_closing(ctx: Context) -> bool:
    return ctx.kind == "percent" and bool(ctx.before) and ctx.before[-1].is_word and re.fullmatch(r"[\s.;:!)]*", ctx.text[ctx.figure.end : ctx.sentence.end]) is not None


@subject_rule
def percent_closing(ctx: Context) -> Verdict:
    """Percent closing: "[... a return home to live with parents] 38.1%." ends the clause it measures."""
    if not _percent_closing(ctx):
        return None
    clause = clause_before(ctx.before + [Tok("(", ctx.figure.start, ctx.figure.start)])
    if clause is None:
        return None
    words = [t.text for t in clause]
    return ctx.finish(words, words)


@subject_rule
def there_were(ctx: Context) -> Verdict:
    """There were: "there were 32 [under the age of 18 among CLAs]": a count whose phrase opens with a preposition."""
    after = ctx.after
    if ctx.kind == "count" and re.search(r"\bthere\s+(?:were|are|was|is)$", ctx.joined_before) and after and after[0].is_a("preposition"):
        own = collect(after, 0)
        if any(is_plural(t) for t in own):
            words = [t.text for t in own]
            return ctx.finish(words, words)
    return None


@subject_rule
def measure_of(ctx: Context) -> Verdict:
    """Measure of: "an [average caseload] of 45", "a more manageable [average] of 20" (reduced case loads)."""
    if ctx.kind == "money" or _percent_closing(ctx) or not re.search(r"\b(?:average|caseload|total|median)\s+of$", ctx.joined_before):
        return None
    measure = measure_before(ctx.before)
    return ctx.finish(measure, measure) if measure else None


@subject_rule
def leaning_figure(ctx: Context) -> Verdict:
    """Leaning figure: "15 identified as male, [7] as female", "compared with [139]", "All [13] are male".

    A figure with no subject of its own takes the subject of the figure
    before it in the sentence (or the paragraph's topic), with what its own
    words say: a predicate ("care leavers who are male"), its words, or a
    time phrase ("dropping to 179 in March 2023").
    """
    antecedent, after = ctx.antecedent, ctx.after
    if antecedent is None or not (ctx.previous is not None or ctx.topic) or not elliptical(ctx.before, after):
        return None
    own = collect(after, 0)
    bare = not own
    if bare:
        for t in after:
            if not t.is_word or len(own) >= 6:
                break
            own.append(t)  # "and 36% against"
    if own and is_verbish(own[0]):
        predicate = predicate_of([t.text for t in own])
        if own[0].is_a("auxiliary") and predicate and any(is_plural(Tok(x, 0, 0)) for x in predicate[:4]) and is_content(Tok(predicate[0], 0, 0)):
            words = predicate  # "1,036 (51.4%) were non-UASC care leavers"
        elif own[0].is_a("auxiliary") and predicate and not word_is(predicate[0], "verb") and not predicate[0].lower().endswith("ed"):
            words = list(antecedent) + ["who", own[0].text] + predicate  # "All 13 are male" -> "care leavers who are male"
        else:
            words = list(antecedent) + predicate
    else:
        when = time_after_figure(ctx.text, ctx.figure.end, ctx.sentence.end) or time_before(ctx.text, ctx.sentence, ctx.figure.start)
        if not when and not own:
            return NO_FACT
        base = ctx.previous.subject if ctx.previous is not None and not bare else antecedent
        words = without_time(base) + (when.split() if when else [t.text for t in own])
    return ctx.finish(words, list(antecedent)) if words else NO_FACT


def _referring_base(ctx: Context) -> list[str]:
    return without_time(ctx.previous.subject) if ctx.previous is not None else list(ctx.antecedent or [])


def finish(text: str, sentence: Span, c: FoundFigure, words: list[str], head: list[str], time_after: str | None) -> Found | None:
    """Checks every subject passes, and the time phrases it takes from the sentence."""
    words = trim(words)
    content = [x for x in words if x[:1].isalpha() and not word_is(x, "preposition") and not word_is(x, "determiner")]
    if not content or all(word_is(x, "vague_subject") for x in content):
        return None
    if len(content) == 1 and not is_plural(Tok(content[0], 0, 0)) and c.kind != "money" and not (c.raw == "1" and word_is(content[0], "generic_subject")):
        return None  # "identify", "non": one word that names nothing counted
    capitalised = [x for x in words if x[:1].isalpha() and not word_is(x, "joiner") and not word_is(x, "preposition")]
    if len(capitalised) >= 5 and all(x[:1].isupper() for x in capitalised):
        return None  # "9 Base Budget Changes GET Robert Thomas Waste": a table row or a heading, not a sentence
    opening = opening_time(text, sentence, c.start)
    joined = " ".join(words)
    for phrase in (time_after, opening):
        if phrase and not facts_vocab().time_phrase.search(joined):
            words = words + phrase.split()
            joined = " ".join(words)
    return Found(candidate=c, subject=words, head=head)


def enriched(found: Found, before: list[Tok]) -> Found:
    """A subject that says only who is counted ("11 children") takes the clause before the figure.

    "Dispute Resolution Protocols were raised in respect of 11 children" ->
    "children (Dispute Resolution Protocols were raised in respect of)".
    """
    k = len(before)
    start = k
    while start > 0 and before[start - 1].text not in (".", ";", ":", "(", ")", ",") and k - start < 14:
        start -= 1
    clause = [t.text for t in before[start:k] if t.is_word or t.is_number]
    while clause and (word_is(clause[0], "determiner") or word_is(clause[0], "pronoun") or word_is(clause[0], "have") or word_is(clause[0], "auxiliary")):
        clause = clause[1:]  # "there was", "We have"
    while clause and (word_is(clause[-1], "qualifier") or word_is(clause[-1], "quantifier")):
        clause = clause[:-1]  # "a large majority of", "up to"
    if sum(1 for x in clause if is_content(Tok(x, 0, 0)) and not word_is(x, "generic_subject")) < 2:
        return found  # "reaching 3,699 pupils": nothing to add
    return replace(found, subject=found.subject + ["("] + clause + [")"], rule=found.rule + "+clause_before")
