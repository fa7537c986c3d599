"""Is a page's text layer readable? The share of its words that are no words.

A PDF whose fonts carry no Unicode map (no ``/ToUnicode``, a Type 3 or
custom-encoded font) still has a text layer, but its characters are the font's
codes, not letters: "Zv{$#r\" |s #ur zrr#v{t", private-use characters,
``(cid:42)``. Such a page must not pass for a page with text: nothing on it can
be read without OCR.

:func:`text_quality` counts a page's tokens (runs without white space) in three
kinds, after stripping the punctuation around them:

- **readable**: an English word or an inflection of one (Webster's Second and
  spaCy's stop words, :func:`extractors.redaction.lexicon.is_word`), a
  well-formed name or acronym ("Councillor", "Smith", "KPI": a capital and
  then letters of one case), or a figure ("12", "£1.2m", "81.25%",
  "2024/25", "7.15pm", "3rd");
- **garbled**: holding a character no text layer means to show (private use,
  control, U+FFFD) or a ``(cid:N)`` placeholder;
- **malformed**: letters mixed with digits or symbols, or symbols alone
  ("#ur", "zrr#v{t", "Zn!pu", "?=?A", "!\"#$");
- **unknown words**: letters only, but no word ("xqzvk", "cymuned").

``non_word_ratio`` is everything but the readable tokens, over all tokens: the
figure ``bench/text_layer.py`` prints for every real document. A page is
**unreadable** when more than :data:`UNREADABLE_RATIO` of its tokens are garbled
or malformed, or when nearly all (:data:`UNKNOWN_RATIO`) are no words at all: a
font without a Unicode map gives its codes, which are symbols and letters
mixed, or letters that spell nothing. Unknown words alone must be nearly all
the page, because a page in another language (Welsh minutes beside English
ones) is made of well-formed words that are not English. A page is judged only
with enough tokens (:data:`MIN_TOKENS`): a title and a page number say too little.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from extractors.redaction.lexicon import is_word

MIN_TOKENS = 20  # fewer tokens than this: the page is not judged
UNREADABLE_RATIO = 0.5  # more garbled or malformed tokens than this: unreadable
UNKNOWN_RATIO = 0.9  # more tokens that are no readable word than this: unreadable
MAX_TOKENS = 400  # a page's first tokens are enough to judge it (and keep the check cheap on long packs)

_CID = re.compile(r"\(cid:\d+\)")
# What no text layer means to show: control characters (not line breaks or tabs), private use
# (the Basic Multilingual Plane's and planes 15-16), U+FFFD, and pdfminer's "(cid:N)".
_GARBLED = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ue000-\uf8ff\ufffd\U000f0000-\U0010ffff]|\(cid:\d+\)")
_EDGE = "\"'“”‘’()[]{}<>.,;:!?*•·▪–—-/|…"
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", re.UNICODE)
_NAME = re.compile(r"[A-Z][a-z]*(?:['’-][A-Za-z][a-z]*)*|[A-Z]{2,}s?")  # "Smith", "O'Neill", "Lansdell-Williams", "A", "KPI", "KPIs"
_FIGURE = re.compile(r"[£$€#]?\d[\d,.:/%]*(?:[a-z]{1,2}|st|nd|rd|th|pm|am|bn)?%?", re.I)


@dataclass(frozen=True)
class TextQuality:
    """How readable one text is: its tokens by kind."""

    tokens: int
    readable: int
    garbled: int
    malformed: int

    @property
    def non_word_ratio(self) -> float:
        """The share of tokens that are no word, name or figure."""
        return (self.tokens - self.readable) / self.tokens if self.tokens else 0.0

    @property
    def malformed_ratio(self) -> float:
        """The share of tokens that are garbled or malformed."""
        return (self.garbled + self.malformed) / self.tokens if self.tokens else 0.0

    @property
    def judged(self) -> bool:
        """Enough tokens to say anything."""
        return self.tokens >= MIN_TOKENS

    @property
    def unreadable(self) -> bool:
        """Mostly non-words: the text layer of a font without a Unicode map."""
        return self.judged and (self.malformed_ratio > UNREADABLE_RATIO or self.non_word_ratio > UNKNOWN_RATIO)


@lru_cache(maxsize=65536)  # a page's tokens repeat, and so do a pack's pages
def token_kind(token: str) -> str:
    """``readable``, ``garbled``, ``malformed`` or ``unknown`` (see the module docstring)."""
    if _GARBLED.search(token):
        return "garbled"
    core = token.strip(_EDGE)
    if not core:
        return "malformed"  # a run of symbols
    if _FIGURE.fullmatch(core):
        return "readable"
    if not _WORD.fullmatch(core):
        return "malformed"
    return "readable" if _NAME.fullmatch(core) or is_word(core) else "unknown"


def text_quality(text: str) -> TextQuality:
    """Count the tokens of ``text`` (its first :data:`MAX_TOKENS`) by kind."""
    text = _CID.sub(" (cid:0) ", text)  # "(cid:3)(cid:4)" runs together: one garbled token each
    tokens = text.split()[:MAX_TOKENS]
    kinds = [token_kind(t) for t in tokens]
    return TextQuality(tokens=len(tokens), readable=kinds.count("readable"), garbled=kinds.count("garbled"), malformed=kinds.count("malformed"))
