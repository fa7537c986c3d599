"""Dates and times as councils write them, normalised to ISO forms.

``parse_date`` accepts "Monday 27 March 2023", "31st January 2023",
"10/02/2026" (day first, as UK documents are) and returns ``YYYY-MM-DD``;
``parse_time`` accepts "6.00 pm", "7:30 pm", "10.00 am", "19:15" and returns
``HH:MM``. Both return None rather than guess when a part is missing.
"""

from __future__ import annotations

import datetime
import re
from functools import lru_cache

from extractors import vocab

_SETTINGS = {
    "DATE_ORDER": "DMY",
    "PREFER_DAY_OF_MONTH": "first",
    "REQUIRE_PARTS": ["day", "month", "year"],
    "RETURN_AS_TIMEZONE_AWARE": False,
    "STRICT_PARSING": True,
}
# "Monday 27 March 2023", "31st Jan. 2023" (common.toml's weekdays and months)
DATE_IN_TEXT = vocab.compile_pattern(r"\b(?:{WEEKDAY},?\s+)?{DAY}\s+{MONTH}\.?,?\s+{YEAR}\b")
_TIME = re.compile(r"^\s*(?P<h>\d{1,2})(?:[.:](?P<m>\d{2}))?\.?\s*(?P<ampm>[ap])?\.?\s*m?\.?\s*$", re.I)


@lru_cache(maxsize=4096)
def parse_date(text: str | None) -> str | None:
    if not text:
        return None
    cleaned = re.sub(r"(\d)(?:st|nd|rd|th)(?:\b|(?=[A-Z][a-z]))", r"\1 ", text.strip().rstrip(".,"))  # "15thMay" too
    cleaned = re.sub(r"\s+", " ", cleaned)
    m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", cleaned)
    if m:
        d, mo, y = (int(g) for g in m.groups())
        return f"{y:04d}-{mo:02d}-{d:02d}" if 1 <= mo <= 12 and 1 <= d <= 31 else None
    written_out = _day_month_year(cleaned)
    if written_out is not None:
        return written_out or None
    import dateparser  # only here: loading it and its English data costs half a second, and most dates never need it

    parsed = dateparser.parse(cleaned, languages=["en"], settings=_SETTINGS)
    return parsed.date().isoformat() if parsed else None


_DAY_MONTH_YEAR = re.compile(r"(?:[A-Za-z]+,?\s+)?(\d{1,2})\s+([A-Za-z]+)\.?,?\s+(\d{4})")


def _day_month_year(cleaned: str) -> str | None:
    """The ISO date of the commonest form, "[Monday] 27 March 2023", read without dateparser.

    Returns "" for that form with an impossible day ("31 June 2024") and None
    for any other form, which dateparser then reads.
    """
    m = _DAY_MONTH_YEAR.fullmatch(cleaned)
    if not m:
        return None
    weekday = cleaned[: m.start(1)].strip(" ,").lower()
    month = vocab.get("common").month_numbers().get(m.group(2).lower())
    if month is None or (weekday and weekday not in _weekdays()):
        return None
    try:
        return datetime.date(int(m.group(3)), month, int(m.group(1))).isoformat()
    except ValueError:
        return ""


@lru_cache(maxsize=1)
def _weekdays() -> frozenset[str]:
    names = vocab.get("common").weekdays
    return frozenset(w.lower() for w in names) | frozenset(w[:3].lower() for w in names)


def parse_time(text: str | None) -> str | None:
    if not text:
        return None
    m = _TIME.match(text.replace("noon", "12.00 pm"))
    if not m:
        return None
    hour, minute = int(m.group("h")), int(m.group("m") or 0)
    if m.group("ampm"):
        if m.group("ampm").lower() == "p" and hour < 12:
            hour += 12
        if m.group("ampm").lower() == "a" and hour == 12:
            hour = 0
    return f"{hour:02d}:{minute:02d}" if hour < 24 and minute < 60 else None


def find_date(text: str) -> tuple[str, re.Match] | None:
    """The first parseable date written out in ``text``, with its match."""
    for m in DATE_IN_TEXT.finditer(text):
        iso = parse_date(m.group(0))
        if iso:
            return iso, m
    return None
