"""Figures as reports print them, normalised: one mechanism for table cells and prose.

>>> parse_figure("81.25% (13)")
Figure(raw='81.25% (13)', value=81.25, unit='%', numerator=13.0, denominator=None, status='value')
>>> parse_figure("8/17 = 47%")
Figure(raw='8/17 = 47%', value=47.0, unit='%', numerator=8.0, denominator=17.0, status='value')
>>> parse_figure("<5").status, parse_figure("<5").value
('suppressed', None)

Blank cells, ``-``, ``n/a`` and suppressed small numbers (``<5``, ``*``) are
kept as such (``status``), never as zero. RAG ratings and direction-of-travel
arrows are values too (status ``rag`` / ``direction``, the word in ``raw``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_NUMBER = r"(?:-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|-?\d+(?:\.\d+)?|-?\.\d+)"
_SCALE = {"k": 1e3, "m": 1e6, "bn": 1e9, "b": 1e9, "thousand": 1e3, "million": 1e6, "billion": 1e9}
_CURRENCY = {"£": "£", "$": "$", "€": "€"}
_UNIT_WORDS = {
    "days": "days", "day": "days", "weeks": "weeks", "week": "weeks", "months": "months", "month": "months",
    "years": "years", "year": "years", "hours": "hours", "hrs": "hours", "pupils": "count", "children": "count",
    "young people": "count", "cases": "count", "placements": "count", "%": "%", "per cent": "%", "percent": "%",
    "pp": "percentage points", "ppts": "percentage points", "percentage points": "percentage points",
}  # fmt: skip
RAG_WORDS = {"red": "Red", "amber": "Amber", "green": "Green", "r": "Red", "a": "Amber", "g": "Green", "ag": "Amber/Green", "ar": "Amber/Red", "blue": "Blue"}
DIRECTION = {"↑": "up", "⬆": "up", "▲": "up", "↓": "down", "⬇": "down", "▼": "down", "→": "same", "↔": "same", "◄►": "same", "⇧": "up", "⇩": "down"}
_BLANKS = {"": "blank", "-": "not applicable", "–": "not applicable", "—": "not applicable", "n/a": "not applicable", "na": "not applicable",
           "n.a.": "not applicable", "nil": "not applicable", "tbc": "not available", "tbd": "not available", "not available": "not available",
           "*": "suppressed", "**": "suppressed", "x": "suppressed", "c": "suppressed", "[c]": "suppressed", "[x]": "suppressed", "[z]": "not applicable"}  # fmt: skip


@dataclass(frozen=True)
class Figure:
    raw: str | None
    value: float | None = None
    unit: str | None = None
    numerator: float | None = None
    denominator: float | None = None
    status: str = "value"  # value / blank / not applicable / not available / suppressed / text / rag / direction


def number(text: str) -> float:
    return float(text.replace(",", ""))


_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    # "8/17 = 47%", "7/ 17= 47%", "35/47 (74.5%)"
    (re.compile(rf"^(?P<num>{_NUMBER})\s*/\s*(?P<den>{_NUMBER})\s*(?:=|\()\s*(?P<val>{_NUMBER})\s*%\s*\)?$"), "fraction-percent"),
    # "26% (25/97)", "47% (8/17)"
    (re.compile(rf"^(?P<val>{_NUMBER})\s*%\s*\(\s*(?P<num>{_NUMBER})\s*/\s*(?P<den>{_NUMBER})\s*\)$"), "percent-fraction"),
    # "81.25% (13)", "0% (0)"
    (re.compile(rf"^(?P<val>{_NUMBER})\s*%\s*\(\s*(?P<num>{_NUMBER})\s*\)$"), "percent-count"),
    # "13 (81.25%)"
    (re.compile(rf"^(?P<num>{_NUMBER})\s*\(\s*(?P<val>{_NUMBER})\s*%\s*\)$"), "count-percent"),
    # "1 out of 3 = 33%", "11 out of the 12", "2 in 3"
    (re.compile(rf"^(?P<num>{_NUMBER})\s+(?:(?:out\s+)?of|in)(?:\s+the)?\s+(?P<den>{_NUMBER})(?:\s*=\s*(?P<val>{_NUMBER})\s*%)?$"), "out-of"),
    # "25/97"
    (re.compile(rf"^(?P<num>{_NUMBER})\s*/\s*(?P<den>{_NUMBER})$"), "fraction"),
    # "47%", "47 %", "-3.2%"
    (re.compile(rf"^(?P<val>{_NUMBER})\s*%$"), "percent"),
    # "£1.2m", "£25,000", "£ 350", "£1.2 million"
    (re.compile(rf"^(?P<cur>[£$€])\s*(?P<val>{_NUMBER})\s*(?P<scale>k|m|bn|b|thousand|million|billion)?$", re.I), "money"),
    # "12 days", "6 weeks", "3.5 pp"
    (re.compile(rf"^(?P<val>{_NUMBER})\s*(?P<word>days?|weeks?|months?|years?|hours|hrs|pp|ppts|percentage points|per cent|percent)$", re.I), "number-unit"),
    # "145", "1,204", "3.5"
    (re.compile(rf"^(?P<val>{_NUMBER})$"), "number"),
]
_SUPPRESSED = re.compile(rf"^(?:<|≤|fewer than\s+|less than\s+)\s*{_NUMBER}$", re.I)
_YEAR_LABEL = re.compile(r"^(?:19|20)\d{2}\s*[/-]\s*(?:\d{2}|(?:19|20)\d{2})$")  # "2023/24": a period, not a fraction


def parse_figure(raw: str | None) -> Figure:
    """Normalise one printed figure (a table cell, or a figure found in prose)."""
    if raw is None:
        return Figure(raw=None, status="blank")
    text = re.sub(r"\s+", " ", str(raw)).strip()
    lowered = text.lower().rstrip(".")
    if lowered in _BLANKS:
        return Figure(raw=text, status=_BLANKS[lowered])
    if _SUPPRESSED.match(text):
        return Figure(raw=text, status="suppressed")
    if _YEAR_LABEL.match(text):
        return Figure(raw=text, status="text")
    if lowered in RAG_WORDS and (len(lowered) > 2 or text.isupper()):
        return Figure(raw=RAG_WORDS[lowered], status="rag")
    if text in DIRECTION:
        return Figure(raw=text, unit=DIRECTION[text], status="direction")
    for pattern, kind in _PATTERNS:
        m = pattern.match(text)
        if not m:
            continue
        g = m.groupdict()
        if kind == "money":
            value = number(g["val"]) * _SCALE.get((g.get("scale") or "").lower(), 1)
            return Figure(raw=text, value=value, unit=_CURRENCY[g["cur"]])
        if kind == "number-unit":
            return Figure(raw=text, value=number(g["val"]), unit=_UNIT_WORDS[g["word"].lower()])
        if kind == "number":
            return Figure(raw=text, value=number(g["val"]), unit="count" if re.fullmatch(r"-?[\d,]+", g["val"]) else None)
        if kind == "fraction":
            num, den = number(g["num"]), number(g["den"])
            return Figure(raw=text, value=round(100 * num / den, 2) if den else None, unit="%", numerator=num, denominator=den)
        if kind == "out-of":
            num, den = number(g["num"]), number(g["den"])
            value = number(g["val"]) if g.get("val") else (round(100 * num / den, 2) if den else None)
            return Figure(raw=text, value=value, unit="%", numerator=num, denominator=den)
        value = number(g["val"])
        numerator = number(g["num"]) if g.get("num") else None
        denominator = number(g["den"]) if g.get("den") else None
        return Figure(raw=text, value=value, unit="%", numerator=numerator, denominator=denominator)
    return Figure(raw=text, status="text")
