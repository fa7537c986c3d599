"""Which capitalised words are ordinary English words, and which words are never names.

The person-name recogniser (:mod:`extractors.redaction.names`) takes a capitalised
word inside a case study for a name when it is *not* known vocabulary. Known
vocabulary is:

- **English words**: the lower-case entries of Webster's Second International
  (``english-words``, ``web2``: 210,000 words, proper nouns excluded because the
  list writes them with a capital) and spaCy's English stop words. A capitalised
  inflection is a word when its stem is ("Members", "Arrived", "Studies");
- **the project's vocabulary**: ``case_studies.toml``'s ``name.not_names`` and
  ``adults.roles``, ``people.toml``'s never-names, and ``common.toml``'s
  honorifics, months and weekdays ("Panel", "Officer", "Councillor", "March").

A name can be a word too ("Hope", "Summer", "Poppy"): the triggers accept a word
as a name when the document never writes it in lower case (see
:func:`lower_case_words`), and the propagation masks such a word only where it is
used as a name (``names.py``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from extractors import vocab

_SUFFIXES = (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("d", ""), ("ing", ""), ("ing", "e"),
             ("ly", ""), ("er", ""), ("ers", ""), ("'s", ""), ("’s", ""))  # fmt: skip


# British spellings Webster's writes the American way ("programme", "organisation", "colour", "centre").
_BRITISH = (("mme", "m"), ("mmes", "ms"), ("isation", "ization"), ("isations", "izations"), ("ise", "ize"), ("ised", "ized"),
            ("ising", "izing"), ("our", "or"), ("ours", "ors"), ("tre", "ter"), ("tres", "ters"), ("yse", "yze"), ("ogue", "og"),
            ("ence", "ense"), ("ller", "ler"), ("lled", "led"), ("lling", "ling"))


@lru_cache(maxsize=1)
def english() -> set[str]:
    """English words (Webster's Second and spaCy's stop words), for look-ups of a lower-cased word.

    The list writes proper nouns with a capital ("Paris"), so a lower-cased
    look-up finds only common nouns and verbs; the set is used as loaded
    rather than filtered, which would cost a fifth of a second in every new process.
    """
    from english_words import get_english_words_set
    from spacy.lang.en.stop_words import STOP_WORDS

    words = get_english_words_set(["web2"], lower=False, alpha=True)  # a fresh set: ours to extend
    words.update(STOP_WORDS)
    return words


@lru_cache(maxsize=1)
def never_names() -> frozenset[str]:
    """Words (lower-cased) that are never a child's name: role words, honorifics, months, weekdays ..."""
    data, common = vocab.get("case_studies"), vocab.get("common")
    words = (data.name.not_names + data.adults.roles + vocab.get("people").not_names.words + common.all_honorifics()
             + common.month_names() + [s for m in common.month for s in m.short] + common.weekdays)  # fmt: skip
    return frozenset(w.lower().rstrip(".") for w in words)


@lru_cache(maxsize=65536)
def is_word(token: str) -> bool:
    """Is ``token`` (any case) an English word or an inflection of one? Hyphenated: every part is."""
    w = token.lower().strip("'’")
    if "-" in w:
        return all(is_word(p) for p in w.split("-") if p)
    if is_never_name(w):
        return True
    words = english()
    if w in words or any(w.endswith(gb) and w[: -len(gb)] + us in words for gb, us in _BRITISH):
        return True
    return any(w.endswith(suffix) and len(w) - len(suffix) >= 3 and w[: len(w) - len(suffix)] + stem in words for suffix, stem in _SUFFIXES)


def is_never_name(token: str) -> bool:
    """A role word, honorific, month, weekday or listed never-name ("Officer", "March", "Panel")."""
    w = token.lower().strip("'’.")
    return w in never_names() or re.sub(r"['’]s$", "", w) in never_names()


def lower_case_words(text: str) -> frozenset[str]:
    """Every word ``text`` writes wholly in lower case: evidence that a word is used as a word there."""
    return frozenset(re.findall(r"(?<![\w'’-])[a-zà-ÿ][a-zà-ÿ'’]*(?![\w-])", text))
