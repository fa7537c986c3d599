"""Phrases before a figure, the time phrases a subject takes, and whether a figure leans on another.

Each function reads one form for a subject rule of ``subjects.py``: the
subject of a linking verb ("[The proportion of ...] was 10.27%"), the phrase
a bracketed percentage closes ("[suspected gang activity] (5%)"), what a sum
pays for ("the [£250 allowance]"), a measure ("an [average caseload] of
45"), the topic a sentence opens with ("With regards to [...]"); and
:func:`elliptical`, whether a figure leans on the one before it ("compared
with 139", "and 3.5% were adopted"). Time phrases ("Since April 2023", "in
May 2025") come from ``time_phrase`` in ``vocab/facts.toml``.
"""

from __future__ import annotations

import re

from extractors.facts.phrases import collect, inline_number, predicate_of, strip_opening
from extractors.facts.words import MAX_SUBJECT_WORDS, Tok, facts_vocab, is_content, is_plural, is_verbish, word_is
from extractors.text import squash
from schemas.provenance import Span


def verb_before(toks: list[Tok]) -> Tok | None:
    """A verb whose object the figure is: "had housed [39 care leavers]" (qualifiers skipped)."""
    i = len(toks) - 1
    while i >= 0 and toks[i].is_a("qualifier"):
        if toks[i].low == "to" and not (i > 0 and toks[i - 1].low == "up"):
            return None  # "spoke to 24 care leavers": the figure is not the verb's object
        i -= 1
    if i < 0:
        return None
    t = toks[i]
    low = t.low
    if word_is(low, "auxiliary") or word_is(low, "have") or low in ("will", "would", "can", "could", "may", "might", "should", "must"):
        return None
    if (low.endswith("ed") and len(low) > 4) or word_is(low, "participle"):
        return t  # "had housed [39 care leavers]", "made [18 online reports]"
    return None


def linked_before(toks: list[Tok]) -> list[Tok] | None:
    """The subject of "[The proportion of children ...] was 10.27%": the phrase before a linking verb."""
    v = facts_vocab()
    lows = [t.low for t in toks]
    end = len(toks)
    while end > 0 and word_is(lows[end - 1], "qualifier") and lows[end - 1] not in ("of", "to", "at"):
        end -= 1
    for verb in v.linking:
        n = len(verb)
        if end >= n and tuple(lows[end - n : end]) == verb:
            cut = end - n
            break
    else:
        return None
    start = cut
    while start > 0:
        t = toks[start - 1]
        if (not t.is_word and not t.is_number and t.text not in ("'", "’", "&", "/")) or t.low in ("that", "which", "whereas", "while", "whilst", "but", "and", "where", "when", "if"):
            break  # punctuation, a bullet or a conjunction starts the clause
        if t.is_number and not inline_number(toks, start - 1):
            break
        start -= 1
    while cut > start and (toks[cut - 1].is_a("have") or toks[cut - 1].is_a("auxiliary")):
        cut -= 1  # "... has increased to £107.6m"
    if start == cut and start > 0 and toks[start - 1].low in ("which", "that"):
        return antecedent_of(toks, start - 1)  # "the national average, which is 37%"
    phrase = strip_opening(toks[start:cut])
    if not phrase or not is_content(phrase[0]) or len(phrase) > MAX_SUBJECT_WORDS:
        return None
    if not any(is_content(t) for t in phrase):
        return None
    return phrase


def antecedent_of(toks: list[Tok], k: int) -> list[Tok] | None:
    """The noun phrase a relative "which" at ``toks[k]`` refers to: "the national measure – which stands at 18%"."""
    end = k
    while end > 0 and toks[end - 1].text in (",", "–", "-", "—"):
        end -= 1
    start = end
    while start > 0 and toks[start - 1].is_word and is_content(toks[start - 1]) and not is_verbish(toks[start - 1]):
        start -= 1
    phrase = toks[start:end]
    if not 2 <= len(phrase) <= 6 or any(t.is_a("change_word") for t in phrase):
        return None
    return phrase


def bracketed_before(toks: list[Tok]) -> list[Tok] | None:
    """The phrase in front of a bracketed percentage: "suspected gang activity (5%)"."""
    if not toks or toks[-1].text != "(":
        return None
    out: list[Tok] = []
    phrase = toks[:-1]
    for k in range(len(phrase) - 1, -1, -1):
        t = phrase[k]
        low = t.low
        if not t.is_word or word_is(low, "joiner") or (word_is(low, "preposition") and low != "of") or low in ("including", "include", "includes"):
            break
        if word_is(low, "auxiliary") or word_is(low, "have") or word_is(low, "verb"):
            break
        prev = phrase[k - 1] if k > 0 else None
        if low.endswith("ed") and prev is not None and prev.is_word and not prev.is_a("joiner") and not prev.is_a("preposition") and not is_verbish(prev):
            break  # "yielded [suspected gang activity (5%)]": the verb of the clause, not part of the phrase
        out.append(t)
    out.reverse()
    out = strip_opening(out)
    if len(out) < 2 or len(out) > 8 or out[0].low == "of" or any(x.is_number for x in out):
        return None
    if all(x.text[:1].isupper() for x in out if not x.is_a("joiner") and x.low != "of"):
        return None  # "Harrow (50%)", "Kent County Council (75.2%)": a place is not a counted thing; "England average (32%)" is
    if any(x.is_a("change_word") for x in out):
        return None
    return out


def phrase_before(before: list[Tok]) -> list[str] | None:
    """The noun phrase just before a word: "There had been [an increase in Asian CLA] from 15%"."""
    phrase: list[str] = []
    for t in reversed(before):
        if not t.is_word or t.is_a("determiner") or t.is_a("auxiliary") or t.is_a("have") or t.is_a("stop_word") or len(phrase) >= 6:
            break
        if t.is_a("verb") or (t.low.endswith("ed") and len(t.low) > 4 and not t.is_a("ed_adjective")):
            break
        phrase.insert(0, t.text)
    while phrase and word_is(phrase[0], "preposition"):
        phrase = phrase[1:]
    return phrase if any(is_content(Tok(x, 0, 0)) for x in phrase) else None


def place_before(before: list[Tok]) -> list[str] | None:
    """A place or body in front of a bracketed figure: "[Harrow] (50%)", "[Kent County Council] (75.2%)"."""
    phrase: list[str] = []
    k = len(before) - 1
    while k > 0 and before[k - 1].is_word and len(phrase) < 4:
        t = before[k - 1]
        if not (t.text[:1].isupper() or t.is_a("joiner") or t.low == "of"):
            return None
        phrase.insert(0, t.text)
        k -= 1
    if k > 0 and before[k - 1].is_number:
        return None  # "at least 1 GCSE (89%)": not a place
    return phrase if phrase and phrase[0][:1].isupper() else None


def clause_before(before: list[Tok]) -> list[Tok] | None:
    """The clause a bracketed percentage closes: "[Many children ... were aged at 16 plus] (39%)"."""
    k = len(before) - 1
    start = k
    while start > 0 and before[start - 1].text not in (".", ";", ":", "(", ")") and k - start < 18:
        start -= 1
    clause = [t for t in before[start:k] if t.is_word or t.is_number]
    if any(t.is_number and (t.text.endswith("%") or t.text[:1] in "£$€" or "," in t.text) for t in clause):
        return None  # "... 29% compares favourably to national (25%)": the clause is another figure's
    lows = [t.low for t in clause]
    for n in range(len(lows) - 1):
        if lows[n] in ("number", "proportion", "percentage") and lows[n + 1] == "of":
            clause = clause[n + 2 :]  # "the number of [students, in care 1 year plus, obtaining ...] (89%)"
            break
    while clause and (clause[0].is_a("determiner") or clause[0].is_a("quantifier")):
        clause = clause[1:]
    if not 3 <= len(clause) <= 18 or not any(is_plural(t) for t in clause[:8]):
        return None
    kept = predicate_of([t.text for t in clause])
    opening = facts_vocab().time_phrase.match(" ".join(kept))
    if opening:
        kept = " ".join(kept)[opening.end() :].split()  # "During the period 2022/23, most children ...": the time is not the subject
        while kept and (word_is(kept[0], "determiner") or word_is(kept[0], "quantifier")):
            kept = kept[1:]
    return [Tok(x, 0, 0) for x in kept] if kept else None


def money_subject(before: list[Tok], after: list[Tok]) -> list[str] | None:
    """What a sum pays for: "the [£250 allowance]", "a [£100 supermarket voucher]", "lesson fee of [£25]", "£775 [remaining]"."""
    if before and before[-1].low in ("the", "a", "an", "their", "our", "its") and after and after[0].is_word and is_content(after[0]):
        own = collect(after, 0)
        if own:
            return [t.text for t in own]
    if before and before[-1].low == "of":
        phrase = []
        for t in reversed(before[:-1]):
            if not t.is_word or t.is_a("preposition") or t.is_a("determiner") or is_verbish(t) or len(phrase) >= 4:
                break
            phrase.insert(0, t.text)
        if phrase and any(not word_is(x, "vague_subject") for x in phrase):
            return phrase
    ing_object = after[0].low.endswith("ing") and len(after) > 1 and after[1].is_a("determiner") if after else False
    if after and after[0].is_word and after[0].low.endswith(("ing", "ed")) and not after[0].is_a("stop_word") and not ing_object:
        own = collect(after, 0)
        if own:
            return [t.text for t in own]  # "£775 remaining for the rest of the year", "£989 returned NCG funds"
    return None


def measure_before(before: list[Tok]) -> list[str] | None:
    """The measure a figure gives: "an [average caseload] of 45", "a more manageable [average] of 20"."""
    phrase = []
    for t in reversed(before[:-1]):
        if not t.is_word or t.is_a("determiner") or t.is_a("preposition") or len(phrase) >= 4:
            break
        phrase.insert(0, t.text)
    while phrase and word_is(phrase[0], "quantifier"):
        phrase = phrase[1:]
    if phrase and all(word_is(x, "vague_subject") for x in phrase):
        lows = [t.low for t in before]
        to = max((i for i, x in enumerate(lows[:-1]) if x in ("to", "at")), default=None)
        if to is not None:
            object_ = []
            for t in reversed(before[:to]):
                if not t.is_word or is_verbish(t) or t.is_a("determiner") or len(object_) >= 4:
                    break
                object_.insert(0, t.text)
            phrase = phrase + object_  # "Reduced case loads to a more manageable average of 20" -> "average case loads"
    return phrase or None


def counted_opening(before: list[Tok]) -> bool:
    """A count after a linking verb is a fact only when the subject says it counts: "The number of ... was 146"."""
    lows = [t.low for t in before]
    if re.search(r"\b(?:number|total|count)\s+of\b", " ".join(lows)):
        return True
    return any(word_is(x, "counted_noun") for x in lows[-8:])  # "The Looked After population ... has ranged from 188"


def elliptical(before: list[Tok], after: list[Tok]) -> bool:
    """A figure that leans on the one before it: "compared with 139 ...", "and 3.5% were adopted"."""
    k = len(before)
    while k > 0 and before[k - 1].is_a("qualifier") and before[k - 1].low not in ("to", "than"):
        k -= 1
    lows = [t.low for t in before[max(0, k - 3) : k]]
    if lows[-2:] in (["compared", "with"], ["compared", "to"], ["up", "from"], ["down", "from"]):
        return True
    if lows[-1:] in (["against"], ["versus"], ["and"], ["while"], ["whilst"], ["reaching"], ["+"]):
        return True
    if len(lows) >= 2 and lows[-2].endswith("ing") and lows[-1] in ("to", "at"):
        return True  # "..., dropping to 179 in March 2023", "slightly reducing to 190"
    if lows[-2:] in (["and", "is"], ["and", "was"], ["and", "are"], ["and", "were"]):
        return True  # "The national average for Writing is 42% and is 44% for Maths"
    if after and ((before and before[-1].low == "of" and is_verbish(after[0])) or (k == 0 and after[0].is_a("preposition"))):
        return True  # "a large majority of 76% took place ...", "50% (6/12) from Year 13"
    if lows[-1:] == [","] and after and len(collect(after, 0)) <= 3 and not any(is_plural(t) for t in collect(after, 0)):
        return True  # "4 members of staff, 3 full-time and 1 part-time"
    return bool(after) and is_verbish(after[0]) and (lows[-1:] == [","] or k == 0)


def regarding(before: list[Tok]) -> list[str] | None:
    """The topic a sentence opens with: "With regards to [social worker visits], ...", "In terms of [...],"."""
    lows = [t.low for t in before]
    for opener in facts_vocab().topic_openers:
        n = len(opener)
        if tuple(lows[:n]) == opener:
            phrase = []
            for t in before[n:]:
                if not (t.is_word or t.is_number) or len(phrase) >= 6:
                    break
                phrase.append(t.text)
            return phrase or None
    return None


def for_phrase_after(text: str, start: int, end: int) -> list[str]:
    """The "for ..." phrase later in the sentence: what a place's bracketed figure is about."""
    m = re.search(r"\bfor\s+([^.;()]{3,80})", text[start:end])
    return ["for"] + m.group(1).split() if m else []


def time_after_figure(text: str, pos: int, end: int) -> str | None:
    m = facts_vocab().time_phrase.match(text, pos + len(text[pos:end]) - len(text[pos:end].lstrip()), end)
    return squash(m.group()) if m else None


def opening_time(text: str, sentence: Span, figure_start: int) -> str | None:
    """A time phrase that opens the sentence: "Since April 2023, ...", "At the end of May 2025 there were ..."."""
    m = facts_vocab().time_phrase.match(text, sentence.start, figure_start)
    if not m:
        return None
    tail = text[m.end() : figure_start]
    if re.match(r"\s*(?:,|there\s+(?:were|was|are|is|had\s+been|have\s+been))", tail, re.I):
        phrase = squash(m.group())
        return phrase[:1].lower() + phrase[1:]
    return None


def time_before(text: str, sentence: Span, pos: int) -> str | None:
    """A time phrase in the clause before a figure: "in March 2022 slightly reducing to 190"."""
    clause_start = max(sentence.start, text.rfind(",", sentence.start, pos) + 1)
    found = list(facts_vocab().time_phrase.finditer(text, clause_start, pos))
    if not found:
        return None
    phrase = squash(found[-1].group())
    return phrase[:1].lower() + phrase[1:]


def without_time(words: list[str]) -> list[str]:
    text = " ".join(words)
    text = facts_vocab().time_phrase.sub("", text)
    return [w for w in text.split() if w]
