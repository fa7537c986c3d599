"""Dates of birth: a cue, then a date close after it, confirmed by dateparser.

A date of birth is found in two steps, so that every form dateparser reads is
caught while a date that merely follows "born" far away is not:

1. **a cue** (``case_studies.toml`` ``dob.cue``): "DOB", "D.O.B", "d.o.b.",
   "Date of Birth:", "date of birth is", "born on", "born in Swansea on",
   whatever blanks (a no-break space, a line break) follow it;
2. **a candidate date** (``dob.date``) starting within ``dob.reach`` characters
   after the cue, on the same or the next line and in the same sentence: ISO
   "2008-03-12", numeric "12/03/2008", "05/07/09", "23.10.2008", words
   "21 August 2006", "the fourth of May 2009", month first "May 4, 2009".
   The candidate is **confirmed** by ``dateparser`` (day-month-year order,
   strict parsing: day, month and year must all be there; "May 2009" alone is
   accepted as a month and year).

Everything of the date but its year is masked ("12/03/2008" -> "██/██/2008",
"2009-02-14" -> "2009-██-██"): the year may stay visible.
A table cell under a DOB column header is a date of birth without a cue
(:func:`cell_dates`), and so is a confirmed date right after a child's name, in
brackets or after a comma or dash ("Case study: Yusuf Demir (2008-11-05)",
:func:`after_names`). After a plural cue every date listed is one ("dates of
birth are 01/01/2012 and 02/02/2014").
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple


from extractors import vocab

VOCAB = "case_studies"
_BREAKS_OFF = re.compile(r"(?i)(?:\b(?:on|is|was|in|of|at|the)|[:\-–—,])[ \t]*$")
_SENTENCE_END = re.compile(r"[.;!?](?:\s|$)(?![\d])|\n[ \t]*\n")


class DateSpan(NamedTuple):
    """A date of birth found: the whole date, its year, and the rule."""

    start: int
    end: int
    year_start: int
    year_end: int
    rule: str


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[str, re.Pattern]]:
    return [(d.rule, d.compiled("pattern")) for d in vocab.get(VOCAB).dob.date]


@lru_cache(maxsize=1)
def _ordinals() -> dict[str, int]:
    return {w: n for n, w in enumerate(vocab.get(VOCAB).dob.ordinals, start=1)}


def _normalised(date: str) -> str:
    """``date`` as dateparser reads it: ordinal words as numbers, no "the"/"of"."""
    s = re.sub(r"(?i)\b(?:twenty|thirty)[ \t-]+(?=first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)", lambda m: m.group(0).strip(" \t-") + "-", date)
    s = re.sub(r"(?i)\b[a-z]+(?:-[a-z]+)?\b", lambda m: str(_ordinals().get(m.group(0).lower(), m.group(0))), s)
    s = re.sub(r"(?i)\b(?:the|of)\b", " ", s)
    return re.sub(r"\s+", " ", s).strip(" ,")


def is_date(candidate: str, rule: str = "") -> bool:
    """Does dateparser read ``candidate`` as a calendar date (day, month and year; or month and year)?"""
    text = _normalised(candidate)
    order = "YMD" if re.match(r"\s*\d{4}\s*-", text) else "DMY"
    strict = bool(re.search(r"\d{1,2}\D+\d{1,2}\D+\d{2,4}|\d{1,2}\s+[A-Za-z]+\.?,?\s+\d{2,4}|[A-Za-z]+\.?\s+\d{1,2},?\s+\d{4}", text))
    settings = {"DATE_ORDER": order, "STRICT_PARSING": strict, "PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False}
    import dateparser  # loaded on the first candidate only: most documents have none

    try:
        return dateparser.parse(text, languages=["en"], settings=settings) is not None
    except Exception:  # dateparser raises on some odd inputs (out-of-range days): not a date
        return False


def _first_date(text: str, start: int, end: int) -> DateSpan | None:
    """The earliest confirmed date starting in ``text[start:end]``."""
    found = []
    for rule, pattern in _patterns():
        for m in pattern.finditer(text, start, min(len(text), end + 40)):
            if m.start() >= end:
                break
            if is_date(m.group(0), rule):
                found.append(DateSpan(m.start(), m.end(), m.start("year"), m.end("year"), rule))
                break
    return min(found, key=lambda d: (d.start, -d.end)) if found else None


def dob_spans(text: str) -> list[DateSpan]:
    """Every date of birth in ``text``: a confirmed date close after a DOB cue."""
    cue_pattern, reach = vocab.get(VOCAB).dob.compiled("cue"), vocab.get(VOCAB).dob.reach
    out = []
    for cue in cue_pattern.finditer(text):
        start = cue.end() + len(re.match(r"[\s:|\-–—]*", text[cue.end() : cue.end() + reach]).group(0))  # "Date of Birth:" and blank lines
        end = start + reach
        stop = _SENTENCE_END.search(text, start, end)
        if stop:
            end = stop.start()
        newlines = [i for i in range(start, min(end, len(text))) if text[i] == "\n"]
        if newlines:  # on the line the date starts, or the next when this one breaks off ("born in Swansea on\n04/04/2004")
            wraps = _BREAKS_OFF.search(text[start : newlines[0]])
            end = newlines[1] if wraps and len(newlines) > 1 else end if wraps else newlines[0]
        date = _first_date(text, start, end)
        while date:  # and the dates listed after it: "dates of birth are 01/01/2012 and 02/02/2014"
            out.append(date)
            more = re.match(r"[ \t]*(?:,|;|&|\band\b|,[ \t]*and\b)[ \t]*", text[date.end : date.end + 10])
            date = _first_date(text, date.end + more.end(), date.end + more.end() + 1) if more else None
            if date and date.start != out[-1].end + more.end():
                date = None
    return out


def after_names(text: str, names: list[tuple[int, int]]) -> list[DateSpan]:
    """Dates of birth without a cue: a confirmed date right after a child's name, in brackets or after a
    comma or dash ("Case study: Yusuf Demir (2008-11-05)", "Kai, 12/03/2008,")."""
    out = []
    for _, end in names:
        lead = re.match(r"[ \t]*(?:\(|,|–|—|-)[ \t]*(?:(?i:b\.|born|dob)[ \t:]*)?", text[end : end + 20])
        if not lead:
            continue
        start = end + lead.end()
        date = _first_date(text, start, start + 1)
        if date and date.start == start:
            out.append(date._replace(rule="dob after a name"))
    return out


def cell_dates(value: str) -> list[DateSpan]:
    """The confirmed dates in a table cell under a DOB column (its label is the header)."""
    out, pos = [], 0
    while True:
        date = _first_date(value, pos, len(value))
        if not date:
            return out
        out.append(date._replace(rule="dob table cell"))
        pos = date.end


def masked_ranges(date: DateSpan) -> list[tuple[int, int]]:
    """The parts of ``date`` to mask: all of it but the year."""
    return [(a, b) for a, b in ((date.start, date.year_start), (date.year_end, date.end)) if a < b]
