"""Subjects: what a figure counts, read from its sentence and its neighbours."""

from __future__ import annotations

import re


from schemas.provenance import Span
from extractors.figures import FoundFigure
from extractors.facts.before import bracketed_before, clause_before, counted_opening, elliptical, for_phrase_after, linked_before, measure_before, money_subject, opening_time, phrase_before, place_before, regarding, time_after_figure, time_before, verb_before, without_time
from extractors.facts.phrases import Found, collect, forward, predicate_of, trim
from extractors.facts.words import PERCENTISH, Tok, facts_vocab, is_content, is_plural, is_verbish


def subject_for(
    text: str, sentence: Span, c: FoundFigure, before: list[Tok], after: list[Tok], previous: Found | None, topic: list[str] | None = None
) -> Found | None:
    """What the figure counts, read from the sentence (and the sentence's neighbours).

    Tried in order: the phrase after the figure ("26% of [children ...]");
    a comparison with the figure before ("13% [higher] than ..."); a change
    ("a slight [decrease] of 3.7%"); a reference back ("with a figure of
    202", "this number dropped to 179"); the phrase before a linking verb
    ("[The Looked After population] has ranged from 188"); the phrase in
    front of a bracketed percentage; and a figure leaning on the one before
    it ("15 identified as male, [7] as female", "All 13 are male").
    ``previous`` is the sentence's last figure with a subject; ``topic`` is
    what the paragraph has been counting so far.
    """
    w = facts_vocab().words
    words: list[str] | None = None
    head: list[str] = []
    time_after: str | None = None
    plus = bool(after) and after[0].text == "+"
    if plus:
        after = after[1:]  # "200+ care-experienced young adults"
    antecedent = previous.head if previous is not None else (topic or regarding(before))
    lows = [t.low for t in before[-8:]]
    joined_before = " ".join(lows)
    if lows[-1:] == ["to"] and previous is not None and previous.candidate.kind == c.kind and c.kind in ("money", "percent"):
        return finish(text, sentence, c, without_time(previous.subject), previous.head, None)  # "from 15% to 26%", "the £250 allowance to £350"
    if lows[-1:] == ["from"] and c.kind in ("money", "percent"):
        phrase = phrase_before(before[:-1])
        if phrase:
            return finish(text, sentence, c, phrase, phrase, None)  # "an increase in Asian CLA from 15%"
    if after and after[0].low in w["comparatives"] and c.kind in ("count", "percent") and previous is not None:
        than = len(after) > 1 and after[1].low == "than"  # "13% higher [than] ..."; "than" ends a collect
        tail = (["than"] if than else []) + [t.text for t in collect(after, 2 if than else 1)]
        words = [after[0].text] + without_time(previous.subject) + tail
        return finish(text, sentence, c, words, previous.head, None)
    referring_base = without_time(previous.subject) if previous is not None else list(antecedent or [])
    change = re.search(r"\b([a-z]+)\s+(?:of|by)(?:\s+(?:over|about|around|almost|nearly|approximately|some))?$", joined_before)
    if change and change.group(1) in w["change_words"] and c.kind in PERCENTISH and antecedent:
        return finish(text, sentence, c, [change.group(1), "in"] + referring_base, antecedent, None)
    referring = re.search(r"\b(?:number|figure|total)\s+(?:(?:has|had|have)\s+)?(?:[a-z]+ly\s+)?(?:of|was|is|rose\s+to|fell\s+to|dropped\s+to|increased\s+to|decreased\s+to|reduced\s+to|reached|stood\s+at)$", joined_before)
    if referring and not antecedent and not forward(after, c.kind, single=c.kind == "count" and c.raw == "1"):
        return None  # "last year's figure of 76%": the figure of what, the sentences before say
    if referring and antecedent and not forward(after, c.kind, single=c.kind == "count" and c.raw == "1"):
        when = time_after_figure(text, c.end, sentence.end) or time_before(text, sentence, c.start)
        if not when and re.search(r"\b(?:last|previous)\s+year", joined_before):
            when = "last year"  # "last year's figure of 76%"
        return finish(text, sentence, c, without_time(referring_base) + (when.split() if when else []), antecedent, None)
    if c.kind in PERCENTISH and after and after[0].low == "of" and len(after) > 1 and after[1].low in ("those", "these", "them") and antecedent:
        rest = predicate_of([t.text for t in collect(after, 2)])
        if rest:
            return finish(text, sentence, c, list(antecedent) + rest, antecedent, None)  # "50% of those not placed in Kent ..."
    subject = forward(after, c.kind, single=c.kind == "count" and c.raw == "1")
    if subject is not None:
        verb = verb_before(before) if c.kind in ("count", "money") else None
        subject.verb = verb
        words = subject.words()
        head = [t.text for t in subject.head]
        if plus and not (head and head[-1].lower() in w["generic_subjects"] | w["irregular_plurals"]):
            return None  # "16+ provisions": an age band; "200+ young adults" is a count
        if c.kind != "money" and re.search(r"\bup to$", joined_before):
            words = words + ["(up", "to)"]  # "a caseload of up to 70 children": the most, said so
        if change and change.group(1) in w["change_words"]:
            words = [change.group(1), "in"] + words  # "an increase of 14 children in care"
        found = finish(text, sentence, c, words, head, None)
        if found is not None:
            return found
        words, head = None, []  # "1 part-time": no subject after all; try the figure before
    if words is None:
        linked = linked_before(before)
        if linked is not None and (c.kind != "count" or counted_opening(before)):
            words = [t.text for t in linked]
            head = words
            time_after = time_after_figure(text, c.end, sentence.end)
        elif c.kind in ("percent", "percent-count") and before and before[-1].text == "(":
            named = before[-4:-1]  # "the [figures for 2024] (47%)": a vague word and a year name only when
            year = named[2].text if len(named) == 3 and named[0].low in w["vague_subjects"] and named[1].low in ("for", "in") else ""
            vague = re.fullmatch(r"(?:19|20)\d\d(?:/\d\d)?", year)
            place = place_before(before)
            for_phrase = for_phrase_after(text, c.end, sentence.end) if place else []
            if vague and antecedent:
                words = without_time(previous.subject if previous is not None else antecedent) + ["in", year]  # what the figure before it counted
                head = list(antecedent)
            elif place and for_phrase:
                words = place + for_phrase  # "Harrow (50%) is above ... for Reading"; "Kent (75.2%)" alone says what of Kent?
                head = place
            elif place:
                pass
            else:
                bracketed = bracketed_before(before) or clause_before(before)
                if bracketed is not None:
                    words = [t.text for t in bracketed]
                    head = words
        elif c.kind == "money" and plus and len(after) > 1 and after[0].text[:1] in "£$€":
            shared = money_subject([], after[1:]) or []
            while shared and shared[0].lower().endswith("ed"):
                shared = shared[1:]  # "(£20,000 + £989 returned NCG funds ...)": the sum shares the noun
            cut = next((i for i, x in enumerate(shared) if x.lower() in w["prepositions"]), len(shared))
            words = shared[:cut] or None
            head = words or []
        elif c.kind == "money":
            words = money_subject(before, after)
            head = words or []
        elif c.kind == "percent" and before and before[-1].is_word and re.fullmatch(r"[\s.;:!)]*", text[c.end : sentence.end]):
            clause = clause_before(before + [Tok("(", c.start, c.start)])
            if clause is not None:
                words = [t.text for t in clause]  # "... a return home to live with parents 38.1%."
                head = words
        elif c.kind == "count" and re.search(r"\bthere\s+(?:were|are|was|is)$", joined_before) and after and after[0].low in w["prepositions"]:
            own = collect(after, 0)
            if any(is_plural(t) for t in own):
                words = [t.text for t in own]  # "there were 32 under the age of 18 among CLAs"
                head = words
        elif re.search(r"\b(?:average|caseload|total|median)\s+of$", joined_before):
            measure = measure_before(before)
            if measure:
                words = measure  # "an average caseload of 45"
                head = measure
        if words is None and antecedent is not None and (previous is not None or topic) and elliptical(before, after):
            own = collect(after, 0)
            bare = not own
            if bare:
                for t in after:
                    if not t.is_word or len(own) >= 6:
                        break
                    own.append(t)  # "and 36% against"
            if own and is_verbish(own[0]):
                predicate = predicate_of([t.text for t in own])
                if own[0].low in w["auxiliaries"] and predicate and any(is_plural(Tok(x, 0, 0)) for x in predicate[:4]) and is_content(Tok(predicate[0], 0, 0)):
                    words = predicate  # "1,036 (51.4%) were non-UASC care leavers"
                elif own[0].low in w["auxiliaries"] and predicate and predicate[0].lower() not in w["verbs"] and not predicate[0].lower().endswith("ed"):
                    words = list(antecedent) + ["who", own[0].text] + predicate  # "All 13 are male" -> "care leavers who are male"
                else:
                    words = list(antecedent) + predicate
            else:
                when = time_after_figure(text, c.end, sentence.end) or time_before(text, sentence, c.start)
                if not when and not own:
                    return None
                base = previous.subject if previous is not None and not bare else antecedent
                words = without_time(base) + (when.split() if when else [t.text for t in own])
            head = list(antecedent)
    if not words:
        return None
    return finish(text, sentence, c, words, head, time_after)


def finish(text: str, sentence: Span, c: FoundFigure, words: list[str], head: list[str], time_after: str | None) -> Found | None:
    """Checks every subject passes, and the time phrases it takes from the sentence."""
    w = facts_vocab().words
    words = trim(words)
    content = [x for x in words if x[:1].isalpha() and x.lower() not in w["prepositions"] and x.lower() not in w["determiners"]]
    if not content or all(x.lower() in w["vague_subjects"] for x in content):
        return None
    if len(content) == 1 and not is_plural(Tok(content[0], 0, 0)) and c.kind != "money" and not (c.raw == "1" and content[0].lower() in w["generic_subjects"]):
        return None  # "identify", "non": one word that names nothing counted
    capitalised = [x for x in words if x[:1].isalpha() and x.lower() not in w["joiners"] and x.lower() not in w["prepositions"]]
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
    w = facts_vocab().words
    k = len(before)
    start = k
    while start > 0 and before[start - 1].text not in (".", ";", ":", "(", ")", ",") and k - start < 14:
        start -= 1
    clause = [t.text for t in before[start:k] if t.is_word or t.is_number]
    while clause and (clause[0].lower() in w["determiners"] or clause[0].lower() in w["pronouns"] or clause[0].lower() in w["have_words"] or clause[0].lower() in w["auxiliaries"]):
        clause = clause[1:]  # "there was", "We have"
    while clause and (clause[-1].lower() in w["qualifiers"] or clause[-1].lower() in w["quantifiers"]):
        clause = clause[:-1]  # "a large majority of", "up to"
    if sum(1 for x in clause if is_content(Tok(x, 0, 0)) and x.lower() not in w["generic_subjects"]) < 2:
        return found  # "reaching 3,699 pupils": nothing to add
    return Found(candidate=found.candidate, subject=found.subject + ["("] + clause + [")"], head=found.head)
