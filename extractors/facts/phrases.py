"""Noun phrases after a figure: what "22 of the 214 [children in care were reported missing]" counts.

:func:`collect` gathers the words after a figure up to a clause boundary,
another figure or a stop word; :func:`split_head` cuts them into the head
noun phrase (up to its last plural before a preposition or verb) and the
rest; :func:`forward` checks the phrase can be a subject for the kind of
figure (a count needs a plural noun, a share takes "of ..."); and
:func:`predicate_of` keeps what the sentence says of the noun, rewritten
("were reported missing" -> "reported missing", "had an EHCP" -> "with an
EHCP", "had attended" -> "who attended").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from extractors.facts.words import MAX_SUBJECT_WORDS, PERCENTISH, Tok, facts_vocab, is_content, is_plural, is_verbish, participle, tok_word, word_is
from extractors.figures import FoundFigure


@dataclass
class Subject:
    head: list[Tok]
    rest: list[Tok] = field(default_factory=list)  # prepositional phrases and predicate, as printed
    verb: Tok | None = None  # a verb before the figure whose object the figure is

    def words(self) -> list[str]:
        head = [t.text for t in self.head]
        rest = predicate_of([t.text for t in self.rest])
        if self.verb is not None:
            prep = next((i for i, t in enumerate(self.rest) if t.is_a("preposition")), None)
            if prep == 0 or not self.rest:
                return head + [self.verb.text] + rest
        return head + rest


@dataclass
class Found:
    candidate: FoundFigure
    subject: list[str]
    head: list[str]
    rule: str = ""  # the subject rule that read it (facts.rule)


def predicate_of(words: list[str]) -> list[str]:
    """Auxiliaries dropped, possession and perfect tenses rewritten: "were reported" -> "reported"."""
    out: list[str] = []
    i = 0
    keep = False  # inside a verb group kept as printed: "who have been", "to be matched", "will be"
    while i < len(words):
        low = words[i].lower()
        nxt = words[i + 1].lower() if i + 1 < len(words) else ""
        last = out[-1].lower() if out else ""
        if last in ("who", "that", "to", "will", "would", "can", "could", "may", "might", "should", "must"):
            keep = True
        if keep:
            out.append(words[i])
            keep = word_is(low, "auxiliary") or word_is(low, "have") or low in ("who", "that", "to", "not")
            i += 1
            continue
        if word_is(low, "have") and nxt in ("not", "never"):
            i += 1  # "has not been recorded" -> "not recorded"
            continue
        if word_is(low, "have") and nxt.endswith("ly") and i + 2 < len(words) and participle(words[i + 2]):
            out += ["who", words[i], words[i + 1], words[i + 2]]  # "have nearly finished"
            i += 3
            continue
        if word_is(low, "have"):
            if nxt in ("been", "being"):
                i += 2
                continue
            if nxt.endswith("ed") and len(nxt) > 4:
                out += ["who", words[i + 1]]
                i += 2
                continue
            if word_is(nxt, "verb"):
                out += ["who", words[i], words[i + 1]]
                i += 2
                continue
            if not out or out[-1].lower() != "with":
                out.append("with")
            i += 1
            continue
        if word_is(low, "auxiliary"):
            i += 1
            continue
        out.append(words[i])
        i += 1
    return out


def list_comma(toks: list[Tok], i: int) -> bool:
    """Whether the comma at ``toks[i]`` separates items of a list ("education, employment or training")."""
    window = [t.low for t in toks[i + 1 : i + 5]]
    for k in range(1, 4):
        if k < len(window) and window[k] in ("and", "or", ",", "&") and all(tok_word(x) for x in window[:k]):
            return True
    return False


def collect(toks: list[Tok], i: int, limit: int = 24) -> list[Tok]:
    """Tokens from ``i`` to the end of the phrase: a clause boundary, another figure or a stop word."""
    out: list[Tok] = []
    while i < len(toks) and len(out) < limit:
        t = toks[i]
        low = t.low
        if t.text == "(":
            close = next((k for k in range(i + 1, min(len(toks), i + 6)) if toks[k].text == ")"), None)
            if close is not None and all(x.is_word for x in toks[i + 1 : close]) and close - i <= 3:
                i = close + 1  # "(SSA)": an aside, skipped
                continue
            break
        if t.text == ",":
            if list_comma(toks, i):
                out.append(t)
                i += 1
                continue
            break
        if t.text == "/":
            out.append(t)
            i += 1
            continue
        if t.text in ("-", "–") and out and out[-1].is_number and i + 1 < len(toks) and toks[i + 1].is_number:
            out.append(t)  # "aged 19-21"
            i += 1
            continue
        if not t.is_word and not t.is_number:
            if t.text in ("'", "’", "‘", "&"):
                out.append(t)
                i += 1
                continue
            break
        if t.is_number:
            if not inline_number(toks, i):
                break
            out.append(t)
            i += 1
            continue
        if word_is(low, "stop_word") and not (low == "after" and out and out[-1].low == "looked"):
            break
        if low in ("should", "would", "could", "might") and i + 1 < len(toks) and toks[i + 1].is_a("determiner"):
            break  # "... all 3 Grants should the Committee decide": a condition, not the predicate
        if word_is(low, "joiner"):
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            if nxt is None or not is_content(nxt) or (nxt.low.endswith("ed") and len(nxt.low) > 4):
                break
        out.append(t)
        i += 1
    while out and (out[-1].is_a("joiner") or out[-1].is_a("preposition") or out[-1].is_a("determiner") or not (out[-1].is_word or out[-1].is_number)):
        out.pop()
    return out


def inline_number(toks: list[Tok], i: int) -> bool:
    """A number that belongs to a phrase rather than being another figure: a year, "quarter 3", "72 hours"."""
    t = toks[i]
    if re.fullmatch(r"(?:19|20)\d\d(?:/(?:19|20)?\d\d)?", t.text):
        return True
    prev = toks[i - 1].low if i > 0 else ""
    nxt = toks[i + 1].low if i + 1 < len(toks) else ""
    if word_is(prev, "label") or word_is(nxt, "unit") or nxt in ("st", "nd", "rd", "th"):
        return True
    if prev == "of" and i >= 2 and toks[i - 2].is_a("label"):
        return True  # "over the age of 16"
    if prev in ("to", "-", "–", "and") and i >= 2 and toks[i - 2].is_number and inline_number(toks, i - 2):
        return True  # "aged 1 to 4", "aged 19-21"
    return False


def split_head(words: list[Tok]) -> tuple[list[Tok], list[Tok]]:
    """The head noun phrase (up to its last plural noun before a preposition or verb) and the rest."""
    region_end = len(words)
    seen_plural = False
    for k, t in enumerate(words):
        low = t.low
        ends_region = (
            word_is(low, "preposition") or word_is(low, "auxiliary") or word_is(low, "have") or word_is(low, "verb")
            or low in ("who", "that", "whose", "currently", "now", "still", "also", "already")
            or (seen_plural and (low.endswith("ed") or low.endswith("ing")) and low not in ("looked",))
        )  # fmt: skip
        if k > 0 and ends_region:
            region_end = k
            break
        if low == "looked" and k + 1 < len(words) and words[k + 1].low == "after":
            continue
        if is_plural(t):
            seen_plural = True
    region = words[:region_end]
    last_plural = max((k for k, t in enumerate(region) if is_plural(t) or (t.low == "after" and k and region[k - 1].low == "looked")), default=None)
    if last_plural is None:
        return region, words[region_end:]
    return region[: last_plural + 1], region[last_plural + 1 :] + words[region_end:]


def trim(words: list[str]) -> list[str]:
    words = words[:MAX_SUBJECT_WORDS]
    while words and (word_is(words[-1], "joiner") or words[-1].lower() in ("who", "that", "which", "whose") or word_is(words[-1], "preposition") or word_is(words[-1], "determiner") or words[-1] in (",", "/", "'", "’")):
        words.pop()
    return words


def join(words: list[str]) -> str:
    text = " ".join(words)
    text = re.sub(r"\s+([,’'])", r"\1", text)
    text = re.sub(r"\(\s+", "(", text)
    text = re.sub(r"\s+\)", ")", text)
    text = re.sub(r"([‘])\s+", r"\1", text)
    text = re.sub(r"\s*/\s*", "/", text)
    text = re.sub(r"\b(\d+) (st|nd|rd|th)\b", r"\1\2", text)
    text = re.sub(r"(\d) - (\d)", r"\1-\2", text)
    return text.strip()


def strip_opening(words: list[Tok]) -> list[Tok]:
    v = facts_vocab()
    lows = [t.low for t in words]
    for opener in v.openers:
        if tuple(lows[: len(opener)]) == opener:
            return words[len(opener) :]
    while words and words[0].is_a("determiner"):
        words = words[1:]
    return words


def singular(words: list[Tok]) -> Subject | None:
    """The subject of "1 IV pair", "1 student will graduate": a singular noun phrase and its predicate."""
    k = 0
    while k < len(words) and k < 4 and is_content(words[k]) and not (k and is_verbish(words[k])):
        k += 1
    if k == 0 or words[k - 1].is_a("unit") or (words[0].text.isupper() and k == 1 and len(words[0].text) > 4):
        return None
    if any(t.is_a("street") and t.text[:1].isupper() for t in words[: k + 1]):
        return None  # "1 Studley Road": an address
    return Subject(head=words[:k], rest=words[k:])


def forward(toks: list[Tok], kind: str, single: bool = False) -> Subject | None:
    """The subject after the figure: "22 of the 214 [children in care were reported missing]"."""
    i = 0
    if kind in PERCENTISH or kind == "money":
        if i < len(toks) and toks[i].low == "of":
            i += 1
            skipped = i
            while i < len(toks) and toks[i].is_a("determiner"):
                i += 1
            if i < len(toks) and (toks[i].is_a("pronoun") or (i > skipped and toks[i].low in ("not", "no", "who", "which"))):
                return None  # "50% of those not placed in Kent": the counted thing is elsewhere
        elif i < len(toks) and (toks[i].is_a("percent_follower") or not is_content(toks[i])):
            return None
    if kind == "money" and not (toks and toks[0].low == "of"):
        return None  # money takes its subject from "£1,800 of funding" or "... reached £1.2m"
    words = collect(toks, i)
    if not words or not is_content(words[0]) or (words[0].is_a("unit") and not (len(words) > 1 and words[1].is_number and words[0].is_a("label"))):
        return None  # "20 days"; but "7 Year 11 students"
    if kind == "count" and single:
        return singular(words)
    head, rest = split_head(words)
    if is_verbish(words[0]) and not words[0].is_a("ed_adjective") and not any(is_plural(t) for t in head):
        return None  # "9 identified themselves", "38.1% Returned home": no noun to count
    if kind in ("count", "out-of", "count-percent"):
        if not head or not is_plural(head[-1]) or len(head) > 6:
            return None
        if head[-1].is_a("unit") and all(t.is_a("unit") or t.is_a("unit_modifier") for t in head):
            return None  # "20 days", "20 working days", "10 percentage points"; but "21 activity days" are counted
        if any(t.is_a("street") and t.text[:1].isupper() for t in head + rest[:2]):
            return None  # "18 Parkview Drive": an address
    if len(words) >= 2 and all(t.is_word and t.text.isupper() for t in words[:2]) and max(len(words[0].text), len(words[1].text)) > 4:
        return None  # "3 AUDIT COMMISSION INTERIM REPORT": a numbered heading
    return Subject(head=head, rest=rest)
