"""Words: the tokenizer facts read sentences with, and the word classes of its vocabulary."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from extractors import vocab
from schemas.provenance import Span


PERCENTISH = {"percent-fraction", "fraction-percent", "percent-count", "percent", "fraction"}


MAX_SUBJECT_WORDS = 14


@dataclass
class FactsVocab:
    words: dict[str, frozenset[str]]
    linking: list[tuple[str, ...]]
    openers: list[tuple[str, ...]]
    topic_openers: list[tuple[str, ...]]
    time_phrase: re.Pattern[str]
    table_line_min: int


@lru_cache(maxsize=1)
def facts_vocab() -> FactsVocab:
    data = vocab.load("facts")
    cfg = data["facts"]
    keys = ("label_words", "unit_words", "irregular_plurals", "not_plurals", "qualifiers", "determiners", "pronouns",
            "auxiliaries", "have_words", "stop_words", "verbs", "percent_followers", "joiners", "prepositions",
            "vague_subjects", "change_words", "street_words", "participles", "ed_adjectives", "unit_modifiers",
            "generic_subjects", "counted_nouns", "comparatives", "quantifiers")  # fmt: skip
    words = {k: frozenset(w.lower() for w in cfg[k]) for k in keys}
    return FactsVocab(
        words=words,
        linking=sorted((tuple(v.split()) for v in cfg["linking_verbs"]), key=len, reverse=True),
        openers=sorted((tuple(v.split()) for v in cfg["subject_openers"]), key=len, reverse=True),
        topic_openers=sorted((tuple(v.split()) for v in cfg["topic_openers"]), key=len, reverse=True),
        time_phrase=re.compile(cfg["time_phrase"]),
        table_line_min=int(cfg["table_line_min_figures"]),
    )


_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’\-]*[A-Za-z]|[A-Za-z]|[£$€]?\d+(?:[.,/]\d+)*%?|[^\sA-Za-z\d]")


_EMPHASIS = {"*", "_"}  # Markdown bold and italics ("**22 young people**") are not punctuation


@dataclass
class Tok:
    text: str
    start: int
    end: int

    @property
    def low(self) -> str:
        return self.text.lower()

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalpha()

    @property
    def is_number(self) -> bool:
        return self.text[:1].isdigit() or self.text[:1] in "£$€"


def tokens(text: str, start: int, end: int, replacements: list[tuple[Span, str]] = ()) -> list[Tok]:
    """Words, numbers and punctuation of ``text[start:end]``; a defined acronym's span becomes one token."""
    out: list[Tok] = []
    pos = start
    for span, word in sorted(replacements, key=lambda r: r[0].start):
        if span.end <= start or span.start >= end:
            continue
        out.extend(Tok(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text, pos, max(pos, span.start)))
        if word:
            out.append(Tok(word, span.start, span.end))
        pos = max(pos, span.end)
    out.extend(Tok(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text, pos, end))
    return [t for t in out if t.text not in _EMPHASIS]


def is_plural(tok: Tok) -> bool:
    w = facts_vocab().words
    low = tok.low.rstrip("'’")
    if low in w["irregular_plurals"]:
        return True
    if tok.text.isupper() and len(tok.text) >= 2:
        return True  # an acronym: "CLA", "PAs", "UASC"
    if re.fullmatch(r"[A-Z]{2,}s", tok.text):
        return True
    if not tok.is_word or low in w["not_plurals"] or len(low) < 4:
        return False
    return low.endswith("s") and not low.endswith(("ss", "us", "is", "'s", "’s"))


def is_verbish(tok: Tok) -> bool:
    w = facts_vocab().words
    low = tok.low
    return low in w["auxiliaries"] or low in w["have_words"] or low in w["verbs"] or (low.endswith("ed") and len(low) > 4)


def is_content(tok: Tok) -> bool:
    """A word that can carry a subject: not a function word, verb, pronoun or number."""
    w = facts_vocab().words
    low = tok.low
    if tok.text == "May":
        return True  # the month, not the verb
    return (
        tok.is_word
        and low not in w["determiners"]
        and low not in w["pronouns"]
        and low not in w["prepositions"]
        and low not in w["stop_words"]
        and low not in w["joiners"]
        and low not in w["auxiliaries"]
        and low not in w["have_words"]
        and low not in w["verbs"]
    )


def participle(word: str) -> bool:
    low = word.lower()
    return (low.endswith("ed") and len(low) > 4) or low in facts_vocab().words["verbs"]


def tok_word(low: str) -> bool:
    return low[:1].isalpha() and low not in facts_vocab().words["stop_words"]
