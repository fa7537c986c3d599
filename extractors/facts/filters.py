"""Exclusions: figures that are not facts.

A figure found by the grammar is dropped before any subject rule sees it
when its context says it is a label, a date, a year, a time, a unit, a
threshold, a range, the second half of a ratio or a reference
(:func:`excluded`; "Statement 3", "Question 2" too), a slide number
(:func:`slide_number`), a minute or item number that opens a line and
continues the document's numbering (:func:`list_number`), or one of a run of
figures with a word or two each, a table in prose (:func:`is_list`). Numbers
in words have guards of their own (:func:`spelled_excluded`,
:func:`spelled_subject_excluded`): precision matters more than recall. The
subject rules hold two more exclusions, as rules that say "no fact":
``figure_of_nothing`` and the age band "16+ provisions" in ``noun_after``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from extractors.facts.prose import PAGE_NUMBER_LINE
from extractors.facts.words import Tok, is_plural, tokens, word_is
from extractors.figures import NUMBER, FoundFigure
from schemas.provenance import Span

if TYPE_CHECKING:  # only for annotations: lists imports this module
    from extractors.facts.lists import Layout


def excluded(text: str, c: FoundFigure, sentence: Span) -> bool:
    """Whether the figure is a label, a date, a year, a time, a unit, a ratio part or a reference."""
    before = text[max(sentence.start, c.start - 40) : c.start]
    after = text[c.end : min(sentence.end, c.end + 40)]
    prev_words = re.findall(r"[A-Za-z][A-Za-z.]*", before)
    prev = prev_words[-1].lower().rstrip(".") if prev_words and re.search(r"[A-Za-z.]\s*$", before) else ""
    next_m = re.match(r"\s*([A-Za-z][A-Za-z'.]*)", after)
    nxt = next_m.group(1).lower().rstrip(".") if next_m else ""
    first = re.match(r"[£$€]?\s?(" + NUMBER + ")", c.raw)
    number = first.group(1) if first else ""
    if word_is(prev, "label") or before.lower().rstrip().endswith(("key stage", "stage", "post", "under-", "over-")) or re.search(r"\bage\s+of\s*$", before, re.I):
        return True
    if re.search(r"(?<![\d.,])(?!(?:19|20)\d\d\s)\d(?:[\d,.]*\d)?\s+$", before):
        return True  # "020 8545 3181", "9, 10": the number runs on from another one
    if re.search(r"\b(?:targets?|thresholds?|floor|ceiling|tolerance)\s+(?:of\s+)?(?:[a-z]+\s+)?$", before, re.I):
        return True  # "against a target of 700 households", "a floor threshold of 75%": a target, not a count
    if re.search(r"\b(?:no|not)\s+(?:more|fewer|less)\s+than\s+$", before, re.I):
        return True  # "a caseload of no more than 18 children": a limit
    if re.search(r"\b[a-z]+\d+:\s*$", before):
        return True  # "line1: 19 Clos Llysfaen": a field of a rendered record
    if re.search(r"\d\s?%\s+to\s+$", before) and not re.search(r"\bfrom\s+" + NUMBER + r"\s?%\s+to\s+$", before, re.I):
        return True  # "5% to 10%": a range; "from 15% to 26%" is a change
    if re.search(r"\d(?:st|nd|rd|th)?\s+(?:in|out\s+of|of)\s+$", before):
        return True  # second half of "2 in 3"
    change = re.search(r"\b([a-z]+)\s+of\s+(?:(?:over|about|around|almost|nearly|approximately|more\s+than|some)\s+)?$", before, re.I)
    if change and change.group(1).lower() in ("target", "targets"):
        return True  # "a target of 700 households": a target, not a count
    if re.search(r"\bat\s+least\s+$", before, re.I):
        return True  # "at least 20 signatures", "at least 1 GCSE": a threshold, not a count
    if c.kind in ("count", "out-of", "fraction") and word_is(nxt, "unit") and not re.match(r"\s*(?:Year|Yr)\s+\d", after):
        return True  # "20 days"; but "7 Year 11 students" counts students
    if c.kind in ("count", "out-of") and re.fullmatch(r"(?:19|20)\d\d", number):
        return True  # a year
    if c.kind == "count" and re.match(r"\s*(?:am|pm|a\.m|p\.m)\b", after, re.I):
        return True
    if c.kind in ("fraction", "fraction-percent"):
        parts = re.findall(NUMBER, c.raw)
        num, den = parts[0], parts[1]
        if den.startswith("0") or num.startswith("0") and len(num) > 1 or float(num.replace(",", "")) > float(den.replace(",", "")):
            return True
        if re.fullmatch(r"(?:19|20)\d\d", num) or re.fullmatch(r"(?:19|20)\d\d", den):
            return True
    if c.kind.startswith("percent") and word_is(nxt, "percent_follower") and nxt != "of" and not word_is(nxt, "comparative"):
        return True
    return False


def is_list(text: str, candidates: list[FoundFigure]) -> bool:
    """A run of figures with a word or two each ("67.1% Not Known 20.2% Heterosexual 7.8% ..."): a table in prose."""
    if len(candidates) < 4:
        return False
    gaps = [len(re.findall(r"[A-Za-z]+", text[a.end : b.start])) for a, b in zip(candidates, candidates[1:])]
    return sum(gaps) / len(gaps) <= 3


def list_number(layout: Layout, c: FoundFigure) -> bool:
    """A figure that opens a line and continues the document's numbering ("24/112", "12" after "11"): a minute or item number."""
    return c.start in layout.numbering()


def slide_number(layout: Layout, c: FoundFigure) -> bool:
    """A figure opening a line that continues the page numbering ("16" ... "- 17 Advocates empower ..."): a slide number."""
    if c.kind != "count":
        return False
    k = layout.line_index(c.start)
    line = layout.lines[k]
    if not re.fullmatch(r"[\s\-•·▪✚*■►]*", layout.text[line.start : c.start]):
        return False
    for j in range(k - 1, max(-1, k - 12), -1):
        stripped = layout.lines[j].text.strip()
        if PAGE_NUMBER_LINE.match(stripped):
            return stripped.isdigit() and int(stripped) + 1 == int(c.raw.replace(",", "")) if c.raw.replace(",", "").isdigit() else False
    return False


def spelled_excluded(text: str, c: FoundFigure, sentence: Span) -> bool:
    """Whether a spelled-out number is not a count of something (precision over recall).

    "one" alone ("one of the", "no one", "at one point"); after a word of
    the ``not_before_spelled`` class ("the two councils", "every three
    months"); before "of" ("two of the five"); in a range ("two or three",
    "between one and two"); before a capitalised word, a name ("Two Rivers
    School"); before a fraction word ("two thirds"). And everything
    :func:`excluded` says of a printed count ("aged twelve", "two weeks").
    """
    if c.figure.value is None or c.figure.value < 2:
        return True
    before = tokens(text, max(sentence.start, c.start - 40), c.start)
    after = tokens(text, c.end, min(sentence.end, c.end + 40))
    if before and (before[-1].is_a("not_before_spelled") or before[-1].low.endswith(("'s", "’s"))):
        return True  # "the two councils", "the Council's three accounts"
    if len(before) > 1 and before[-1].low == "of" and before[-2].low in ("minimum", "maximum", "least", "most"):
        return True  # "a minimum of two negative responses": a threshold
    if not after or not after[0].is_word or after[0].is_a("fraction") or after[0].low == "of":
        return True
    if after[0].text[0].isupper() and not _titled_plural(after):
        return True  # "Two Rivers School", "five GCSEs": a name or a qualification
    if after[0].low in ("or", "to", "and") and len(after) > 1 and (after[1].is_a("number_word") or after[1].is_number):
        return True  # "two or three"
    if len(before) > 1 and before[-1].low in ("or", "to", "and") and (before[-2].is_a("number_word") or before[-2].is_number):
        return True  # "one or two"
    return excluded(text, c, sentence)


def spelled_subject_excluded(subject: list[str], head: list[str]) -> bool:
    """Whether what a spelled-out number counts says it is not a count: a span of time, a rate, or another number.

    "the past five financial years", "three meetings ago", "two surgeries a
    month", "two cohorts of six children" (the "six" has a subject of its own).
    """
    lows = [x.lower() for x in subject]
    if head and word_is(head[-1], "unit") or "ago" in lows or any(word_is(part, "number_word") for x in lows for part in x.split("-")):
        return True
    return any(a in ("a", "an", "per") and word_is(b, "unit") for a, b in zip(lows, lows[1:]))


def _titled_plural(after: list[Tok]) -> bool:
    """Whether the capitalised words after a number are a titled plural noun ("Six [Care Leavers] sat ...", "two [Parish Councillors]").

    Two or more capitalised words ending in a plural; a single one ("five
    GCSEs") or a run ending in a singular ("Two Rivers School") is a name.
    """
    run = []
    for t in after:
        if not (t.is_word and t.text[0].isupper()):
            break
        run.append(t)
    return len(run) >= 2 and is_plural(run[-1]) and not run[-1].text.isupper()
