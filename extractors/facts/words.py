"""Words: the tokens facts read, and the classes their words belong to.

Tokens
    :func:`tokens` cuts a stretch of text into :class:`Tok` (words, numbers
    with their currency sign and "%", punctuation), each with its span. A
    defined acronym's span ("Education, Health and Care Plan (EHCP)") becomes
    one token, so a subject reads "EHCP". Markdown emphasis is dropped.

Word classes
    The single-word lists of ``vocab/facts.toml`` (``determiners``,
    ``unit_words``, ``label_words``, ``quantifiers``, ...: :data:`WORD_CLASSES`)
    are loaded into spaCy's ``attribute_ruler`` as one pattern per word that
    sets ``MORPH`` to every class the word is in ("that" ->
    ``FactClass=determiner,pronoun``). Rules ask ``tok.is_a("unit")`` or
    ``word_is(word, "unit")`` instead of reading lists by hand. A class
    belongs to the word, not its context (the patterns are single ``LOWER``
    tokens), so each word is classified once per process
    (:func:`classes_of`). Multi-word phrases (linking verbs, openers) and the
    time-phrase pattern stay in :class:`FactsVocab`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from extractors import vocab
from extractors.nlp import english
from schemas.provenance import Span


PERCENTISH = {"percent-fraction", "fraction-percent", "percent-count", "percent", "fraction"}


MAX_SUBJECT_WORDS = 14


# Lists of [facts] in vocab/facts.toml that classify single words, and the class each gives.
WORD_CLASSES = {
    "label_words": "label", "unit_words": "unit", "street_words": "street", "unit_modifiers": "unit_modifier",
    "irregular_plurals": "irregular_plural", "not_plurals": "not_plural", "qualifiers": "qualifier",
    "determiners": "determiner", "pronouns": "pronoun", "auxiliaries": "auxiliary", "have_words": "have",
    "stop_words": "stop_word", "verbs": "verb", "participles": "participle", "ed_adjectives": "ed_adjective",
    "counted_nouns": "counted_noun", "quantifiers": "quantifier", "comparatives": "comparative",
    "percent_followers": "percent_follower", "generic_subjects": "generic_subject", "vague_subjects": "vague_subject",
    "change_words": "change_word", "joiners": "joiner", "prepositions": "preposition",
    "number_words": "number_word", "spelled_not_after": "not_before_spelled",
    "fraction_words": "fraction",
}  # fmt: skip
MORPH_FEATURE = "FactClass"  # the MORPH feature the attribute ruler sets: "FactClass=determiner,pronoun"


@dataclass
class FactsVocab:
    numbers: dict[str, int]  # "two" -> 2, "twenty" -> 20: the spelled-out numbers read as counts
    linking: list[tuple[str, ...]]
    openers: list[tuple[str, ...]]
    topic_openers: list[tuple[str, ...]]
    time_phrase: vocab.PatternSet
    table_line_min: int


def _number_words() -> dict[str, int]:
    """common.toml's number words below a hundred: "hundred" multiplies (extractors/figures.py), it does not count alone."""
    return {w: n for w, n in vocab.get("common").numbers.words.items() if n < 100}


@lru_cache(maxsize=1)
def facts_vocab() -> FactsVocab:
    cfg = vocab.get("facts").facts
    return FactsVocab(
        numbers=_number_words(),
        linking=sorted((tuple(v.split()) for v in cfg.linking_verbs), key=len, reverse=True),
        openers=sorted((tuple(v.split()) for v in cfg.subject_openers), key=len, reverse=True),
        topic_openers=sorted((tuple(v.split()) for v in cfg.topic_openers), key=len, reverse=True),
        time_phrase=vocab.regex("facts", "facts.time_phrase"),
        table_line_min=cfg.table_line_min_figures,
    )


def word_class_patterns() -> list[dict]:
    """``attribute_ruler`` patterns from the vocabulary: one per word, setting ``MORPH`` to every class the word is in.

    "that" is a determiner and a pronoun: its one pattern sets
    ``FactClass=determiner,pronoun``. (Two patterns for one token
    would overwrite each other's ``MORPH``, so a word's classes are gathered first.)
    """
    cfg = vocab.get("facts").facts
    words = {key: list(getattr(cfg, key)) for key in WORD_CLASSES if hasattr(cfg, key)}
    months = list(vocab.get("common").month_numbers())  # "May 2025": a month is a label before a number and a unit after one
    words["label_words"] += months
    words["unit_words"] += months
    words["number_words"] = list(_number_words())
    classes: dict[str, set[str]] = {}
    for key, cls in WORD_CLASSES.items():
        for word in words[key]:
            classes.setdefault(word.lower(), set()).add(cls)
    return [{"patterns": [[{"LOWER": word}]], "attrs": {"MORPH": f"{MORPH_FEATURE}={','.join(sorted(found))}"}} for word, found in classes.items()]


@lru_cache(maxsize=1)
def word_class_ruler() -> AttributeRuler:
    """spaCy's ``attribute_ruler`` over the shared blank English vocabulary, loaded with :func:`word_class_patterns`."""
    ruler = AttributeRuler(english().vocab, name="fact_word_classes")
    ruler.add_patterns(word_class_patterns())
    return ruler


@lru_cache(maxsize=65536)
def classes_of(word: str) -> frozenset[str]:
    """The classes the attribute ruler gives ``word`` (lower-cased; a class belongs to the word, not its context, so each is read once)."""
    if not word:
        return frozenset()
    doc = word_class_ruler()(Doc(english().vocab, words=[word]))
    return frozenset(doc[0].morph.get(MORPH_FEATURE))


def word_is(word: str, cls: str) -> bool:
    """Whether ``word`` is in the word class ``cls`` ("determiner", "unit", ...): see :data:`WORD_CLASSES`."""
    return cls in classes_of(word.lower())


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

    def is_a(self, cls: str) -> bool:
        """Whether the token is in the word class ``cls`` (set by the attribute ruler)."""
        return cls in classes_of(self.low)

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
    low = tok.low.rstrip("'’")
    if word_is(low, "irregular_plural"):
        return True
    if tok.text.isupper() and len(tok.text) >= 2:
        return True  # an acronym: "CLA", "PAs", "UASC"
    if re.fullmatch(r"[A-Z]{2,}s", tok.text):
        return True
    if not tok.is_word or word_is(low, "not_plural") or len(low) < 4:
        return False
    return low.endswith("s") and not low.endswith(("ss", "us", "is", "'s", "’s"))


def is_verbish(tok: Tok) -> bool:
    low = tok.low
    return word_is(low, "auxiliary") or word_is(low, "have") or word_is(low, "verb") or (low.endswith("ed") and len(low) > 4)


def is_content(tok: Tok) -> bool:
    """A word that can carry a subject: not a function word, verb, pronoun or number."""
    low = tok.low
    if tok.text == "May":
        return True  # the month, not the verb
    return (
        tok.is_word
        and not word_is(low, "determiner")
        and not word_is(low, "pronoun")
        and not word_is(low, "preposition")
        and not word_is(low, "stop_word")
        and not word_is(low, "joiner")
        and not word_is(low, "auxiliary")
        and not word_is(low, "have")
        and not word_is(low, "verb")
    )


def participle(word: str) -> bool:
    low = word.lower()
    return (low.endswith("ed") and len(low) > 4) or word_is(low, "verb")


def tok_word(low: str) -> bool:
    return low[:1].isalpha() and not word_is(low, "stop_word")
