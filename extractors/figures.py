"""Figures as reports print them: one grammar for finding them in prose and reading table cells.

>>> parse_figure("81.25% (13)")
Figure(raw='81.25% (13)', value=81.25, unit='%', numerator=13.0, denominator=None, status='value')
>>> parse_figure("8/17 = 47%")
Figure(raw='8/17 = 47%', value=47.0, unit='%', numerator=8.0, denominator=17.0, status='value')
>>> parse_figure("<5").status, parse_figure("<5").value
('suppressed', None)
>>> [(f.kind, f.raw, f.figure.numerator, f.figure.denominator) for f in find_figures("22 of the 214 children; 26% (25/97) of pupils")]
[('out-of', '22 of the 214', 22.0, 214.0), ('percent-fraction', '26% (25/97)', 25.0, 97.0)]

The grammar
-----------

A figure is one of the :data:`FORMS` ("26% (25/97)", "35/47 (74.5%)", "22
of the 214", "47%", "£1.2m", a bare count), each written once from named
sub-patterns (``{val}``, ``{num}``, ``{den}``, ``{cur}``, ``{scale}``, ``{_}``
for the space a printer may put between parts). The same forms are compiled
twice, for two readings:

- **prose** (:func:`find_figures`, used by the ``facts`` extractor): a figure
  anywhere in running text. Stricter, since prose runs on: at most one space
  between parts, unsigned numbers, a bracket must close, a scale word
  ("million") needs a space before it, and the figure must stand alone
  (:data:`PROSE_BEFORE`/:data:`PROSE_AFTER`: not inside a word, a date, a
  reference or a range). Case is ignored ("22 Out Of 30"). Where two forms
  match at one place the longer wins ("26% (25/97)" over "26%"); "from 15% to
  26%" is a change whose first figure is read, not the range "15% to 26%".
- **cell** (:func:`parse_figure`, used by ``kpi_tables`` and for a figure
  already found): the whole cell is one figure. Looser: any spacing, a sign
  or a leading point ("-3.2%", ".5"), a lost closing bracket ("8/17 (47%"),
  "b" for billions, a number with a unit word ("12 days", "3.5 pp").

Numbers in words ("Twelve", "twenty-two", "one hundred and five") are a
prose-only form (:func:`find_spelled`), built from the number words the
caller gives (``vocab/facts.toml``); whether one counts something is the
caller's to judge.

A match is read by :func:`read` from its named groups, whichever way it
was found, so a figure found in prose and the same text in a cell give the
same :class:`Figure`. Blank cells, ``-``, ``n/a`` and suppressed small numbers
(``<5``, ``*``) are kept as such (``status``), never as zero. RAG ratings and
direction-of-travel arrows are values too (status ``rag`` / ``direction``,
the word in ``raw``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from extractors.text import squash

# ---------------------------------------------------------------------------
# Named sub-patterns
# ---------------------------------------------------------------------------

NUMBER = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"  # as prose prints it: "22", "1,204", "74.5"
SIGNED_NUMBER = r"(?:-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|-?\d+(?:\.\d+)?|-?\.\d+)"  # a cell may add a sign or a leading point
CURRENCY = r"[£$€]"
UNIT_WORDS = r"days?|weeks?|months?|years?|hours|hrs|pp|ppts|percentage points|per cent|percent"

# A prose figure never starts inside a word, a date, a reference or a range ...
PROSE_BEFORE = r"(?<![\w./£$€:&#@+-])(?<!\d\s/)(?<!\d[ \t][-–—][ \t])(?<!\d[-–—][ \t])(?<!\d[ \t][-–—])(?<![-–—])(?<!\d[ \t]to[ \t])(?<!\d[ \t]and[ \t])(?<!\d[ \t]or[ \t])"
# ... nor runs on into one ("1st", "12A", "6.00pm", "10/12/2024", "5 - 14"); "200+ care
# leavers" is a count of 200 (the figure is the "200").
PROSE_AFTER = r"(?![\w%]|/(?![A-Za-z])|\+(?![ \t]+[A-Za-z])|[.,:]\d|[ \t]?[-–—][ \t]?\d|[ \t](?:to|and|or)[ \t]\d)"


@dataclass(frozen=True)
class Reading:
    """How one reading fills the sub-patterns a form is written with."""

    number: str
    space: str  # between the parts of a figure
    close: str  # after "8/17 (47%": prose needs the ")" its "(" opened, a cell may have lost it
    scale: str  # "£1.2m", "£3 million"


PROSE = Reading(
    number=NUMBER,
    space=r"\s?",
    close=r"(?(open)\s?\))",
    scale=r"(?:\s?(?P<scale>k|m|bn|(?<=\s)(?:thousand|million|billion))\b)?",  # "£3million" is not a figure
)
CELL = Reading(
    number=SIGNED_NUMBER,
    space=r"\s*",
    close=r"\s*\)?",
    scale=r"\s*(?P<scale>(?i:k|m|bn|b|thousand|million|billion))?",
)


@dataclass(frozen=True)
class Form:
    name: str
    pattern: str
    prose: bool = True  # found in prose too; a number with a unit word is a cell's only (prose reads units as context)


# Tried in this order on a cell; in prose all are tried and the longest wins.
FORMS = [
    Form("fraction-percent", r"{num}{_}/{_}{den}{_}(?:(?P<open>\()|=){_}{val}{_}%{close}"),  # 35/47 (74.5%), 8/17 = 47%
    Form("percent-fraction", r"{val}{_}%{_}\({_}{num}{_}/{_}{den}{_}\)"),  # 26% (25/97)
    Form("percent-count", r"{val}{_}%{_}\({_}{num}{_}\)"),  # 81.25% (13)
    Form("count-percent", r"{num}{_}\({_}{val}{_}%{_}\)"),  # 13 (81.25%)
    Form("out-of", r"{num}\s+(?:(?:out\s+)?of|in)\s+(?:the\s+)?{den}(?:{_}={_}{val}{_}%)?"),  # 22 of the 214, 1 out of 3 = 33%, 2 in 3
    Form("fraction", r"{num}{_}/{_}{den}"),  # 25/97
    Form("percent", r"{val}{_}(?:%|per\s?cent\b|percent\b)"),  # 47%, 47 per cent
    Form("money", r"(?P<cur>{cur}){_}{val}{scale}"),  # £1.2m, £25,000, £3 million
    Form("number-unit", r"{val}{_}(?P<word>(?i:" + UNIT_WORDS + "))", prose=False),  # 12 days, 3.5 pp
    Form("count", r"{val}"),  # 145, 1,204, 3.5
]


def _compile(form: Form, reading: Reading) -> str:
    return (
        form.pattern.replace("{num}", f"(?P<num>{reading.number})")
        .replace("{den}", f"(?P<den>{reading.number})")
        .replace("{val}", f"(?P<val>{reading.number})")
        .replace("{cur}", CURRENCY)
        .replace("{scale}", reading.scale)
        .replace("{close}", reading.close)
        .replace("{_}", reading.space)
    )


@lru_cache(maxsize=1)
def _prose_forms() -> list[tuple[str, re.Pattern[str]]]:
    return [(f.name, re.compile(PROSE_BEFORE + "(?:" + _compile(f, PROSE) + ")" + PROSE_AFTER, re.I)) for f in FORMS if f.prose]


@lru_cache(maxsize=1)
def _cell_forms() -> list[tuple[str, re.Pattern[str]]]:
    return [(f.name, re.compile(_compile(f, CELL))) for f in FORMS]


# ---------------------------------------------------------------------------
# Reading a match
# ---------------------------------------------------------------------------

_SCALE = {"k": 1e3, "m": 1e6, "bn": 1e9, "b": 1e9, "thousand": 1e3, "million": 1e6, "billion": 1e9}
_UNIT_OF_WORD = {
    "days": "days", "day": "days", "weeks": "weeks", "week": "weeks", "months": "months", "month": "months",
    "years": "years", "year": "years", "hours": "hours", "hrs": "hours", "%": "%", "per cent": "%", "percent": "%",
    "pp": "percentage points", "ppts": "percentage points", "percentage points": "percentage points",
}  # fmt: skip


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


def read(kind: str, groups: dict[str, str | None], raw: str) -> Figure:
    """The figure a form's match stands for, from its named groups (``raw`` is the figure as printed)."""
    if kind == "money":
        return Figure(raw=raw, value=number(groups["val"]) * _SCALE.get((groups.get("scale") or "").lower(), 1), unit=groups["cur"])
    if kind == "number-unit":
        return Figure(raw=raw, value=number(groups["val"]), unit=_UNIT_OF_WORD[groups["word"].lower()])
    if kind == "count":
        return Figure(raw=raw, value=number(groups["val"]), unit="count" if re.fullmatch(r"-?[\d,]+", groups["val"]) else None)
    num = number(groups["num"]) if groups.get("num") else None
    den = number(groups["den"]) if groups.get("den") else None
    if groups.get("val"):
        value = number(groups["val"])
    else:  # "25/97", "11 out of the 12": the share, computed
        value = round(100 * num / den, 2) if den else None
    return Figure(raw=raw, value=value, unit="%", numerator=num, denominator=den)


# ---------------------------------------------------------------------------
# Cells
# ---------------------------------------------------------------------------

RAG_WORDS = {"red": "Red", "amber": "Amber", "green": "Green", "r": "Red", "a": "Amber", "g": "Green", "ag": "Amber/Green", "ar": "Amber/Red", "blue": "Blue"}
DIRECTION = {"↑": "up", "⬆": "up", "▲": "up", "↓": "down", "⬇": "down", "▼": "down", "→": "same", "↔": "same", "◄►": "same", "⇧": "up", "⇩": "down"}
_BLANKS = {"": "blank", "-": "not applicable", "–": "not applicable", "—": "not applicable", "n/a": "not applicable", "na": "not applicable",
           "n.a.": "not applicable", "nil": "not applicable", "tbc": "not available", "tbd": "not available", "not available": "not available",
           "*": "suppressed", "**": "suppressed", "x": "suppressed", "c": "suppressed", "[c]": "suppressed", "[x]": "suppressed", "[z]": "not applicable"}  # fmt: skip
_SUPPRESSED = re.compile(rf"^(?:<|≤|fewer than\s+|less than\s+)\s*{SIGNED_NUMBER}$", re.I)
_YEAR_LABEL = re.compile(r"^(?:19|20)\d{2}\s*[/-]\s*(?:\d{2}|(?:19|20)\d{2})$")  # "2023/24": a period, not a fraction


_BRACKETED = re.compile(r"^\(\s*(?P<inner>[£$€]?\s*" + NUMBER + r"\s*%?)\s*\)$")  # "(1,234.5)", "(£25)", "(3.2%)"
_OTHER_MINUS = re.compile(r"^[−–](?=\s*[£$€]?\d)")  # "−1,234", "–5%": a minus printed as a dash


def parse_figure(raw: str | None) -> Figure:
    """Normalise one printed figure (a table cell, or a figure found in prose): the cell reading.

    An accountant's bracketed figure is negative: ``(1,234.5)`` is -1234.5 (``(13)``
    alone is read so too; "81.25% (13)" and other forms with a bracketed part are not).
    """
    if raw is None:
        return Figure(raw=None, status="blank")
    text = re.sub(r"\s+", " ", str(raw)).strip()
    bracketed = _BRACKETED.match(text)
    if bracketed:
        inner = parse_figure(bracketed.group("inner"))
        if inner.status == "value" and inner.value is not None and inner.value >= 0:
            return Figure(raw=text, value=-inner.value, unit=inner.unit, status="value")
    if _OTHER_MINUS.match(text):
        figure = parse_figure("-" + text[1:])
        return Figure(raw=text, value=figure.value, unit=figure.unit, numerator=figure.numerator, denominator=figure.denominator, status=figure.status)
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
    for kind, pattern in _cell_forms():
        m = pattern.fullmatch(text)
        if m:
            return read(kind, m.groupdict(), text)
    return Figure(raw=text, status="text")


# ---------------------------------------------------------------------------
# Prose
# ---------------------------------------------------------------------------


@dataclass
class FoundFigure:
    """A figure found in prose: its form, its span in the text, the figure as printed and as read."""

    kind: str
    start: int
    end: int
    raw: str
    figure: Figure
    spelled: bool = False  # written in words: "Twelve", "one hundred and five"


_FROM_TO = re.compile(r"(?i)\bfrom\s+(?P<a>[£$€]\s?" + NUMBER + r"|" + NUMBER + r"\s?%)\s+to\s+(?:[£$€]\s?" + NUMBER + r"|" + NUMBER + r"\s?%)(?![\w/])")
_YEAR_FIRST = re.compile(r"(?:19|20)\d\d\b")


def find_figures(text: str, start: int = 0, end: int | None = None) -> list[FoundFigure]:
    """Printed figures in ``text[start:end]``: the longest at each place, no overlaps (the prose reading)."""
    end = len(text) if end is None else end
    found = []
    for kind, pattern in _prose_forms():
        for m in pattern.finditer(text, start, end):
            if kind in ("count-percent", "out-of") and _YEAR_FIRST.match(m.group()):
                continue  # "the figures for 2024 (47%)": a year, then the figure
            raw = squash(m.group())
            found.append(FoundFigure(kind, m.start(), m.end(), raw, read(kind, m.groupdict(), raw)))
    for m in _FROM_TO.finditer(text, start, end):  # "from 15% to 26%": a change, not the range "15% to 26%"
        kind = "money" if m.group("a")[:1] in "£$€" else "percent"
        raw = squash(m.group("a"))
        found.append(FoundFigure(kind, m.start("a"), m.end("a"), raw, parse_figure(raw)))
    found.sort(key=lambda c: (c.start, -(c.end - c.start)))
    out: list[FoundFigure] = []
    for c in found:
        if not out or c.start >= out[-1].end:
            out.append(c)
    return out


# ---------------------------------------------------------------------------
# Spelled-out numbers (prose only)
# ---------------------------------------------------------------------------


def _alternatives(words: list[str]) -> str:
    """Words as printed in running text: lower case or capitalised ("Twelve"), never shouted ("TWELVE", a heading)."""
    return "|".join(f"[{w[0]}{w[0].upper()}]{re.escape(w[1:])}" for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=4)
def _spelled_grammar(numbers: tuple[tuple[str, int], ...]) -> re.Pattern[str]:
    values = dict(numbers)
    units = _alternatives([w for w, v in values.items() if 1 <= v <= 9])
    teens = _alternatives([w for w, v in values.items() if 10 <= v <= 19])
    tens = _alternatives([w for w, v in values.items() if v in range(20, 100, 10)])
    small = rf"(?:(?:{tens})(?:[-\s](?:{units}))?|{teens}|{units})"  # "twenty-two", "twelve", "two"
    hundreds = rf"(?:(?:{units})\s+hundred(?:\s+and\s+{small})?)"  # "one hundred and five"
    thousands = rf"(?:(?:{hundreds}|{small})\s+thousand(?:\s+(?:and\s+)?(?:{hundreds}|{small}))?)"  # "two thousand and ten"
    return re.compile(rf"(?<![\w\-–'’])(?:{thousands}|{hundreds}|{small})(?![\w\-–])")


def spelled_value(raw: str, numbers: dict[str, int]) -> int:
    """The number a spelled-out number says: "one hundred and five" -> 105, "twenty-two" -> 22."""
    total, current = 0, 0
    for word in re.findall(r"[a-z]+", raw.lower()):
        if word == "hundred":
            current *= 100
        elif word == "thousand":
            total, current = total + current * 1000, 0
        elif word in numbers:
            current += numbers[word]
    return total + current


def find_spelled(text: str, start: int, end: int, numbers: dict[str, int]) -> list[FoundFigure]:
    """Counts written in words in ``text[start:end]`` ("Twelve", "two", "one hundred and five"), read as counts.

    ``numbers`` maps each number word (one to nineteen and the tens) to its
    value. Which of them are facts is for the reader of the context to say;
    this finds each phrase that is a whole number in words.
    """
    out = []
    for m in _spelled_grammar(tuple(sorted(numbers.items()))).finditer(text, start, end):
        raw = squash(m.group())
        value = spelled_value(raw, numbers)
        out.append(FoundFigure("count", m.start(), m.end(), raw, Figure(raw=raw, value=float(value), unit="count"), spelled=True))
    return out


# ---------------------------------------------------------------------------
# Units a table states for its figures
# ---------------------------------------------------------------------------

# "£000s", "£'000", "£ 000's", "£k" (thousands); "£m", "£million", "£ms" (millions); "£bn"
_MONEY_SCALE = re.compile(r"(?<![\w£$€])(?P<cur>[£$€])\s*(?:(?P<thousands>['’]?\s*000['’]?s?|k)|(?P<millions>m(?:illions?)?s?)|(?P<billions>bn|billions?))(?![\w])", re.I)
_SCALE_WORD = re.compile(r"\(\s*(?:in\s+)?(?P<word>thousands|millions)\s*\)", re.I)  # "Total Calls (thousands)"
_RATE = re.compile(r"\bper\s+(?P<base>1,?000,?000|100,?000|10,?000|1,?000|100)\b", re.I)  # "rate per 10,000", "per 1,000 population"
_PERCENT_LABEL = re.compile(r"^(?:%|\(%\)|per\s*cent(?:age)?|percent(?:age)?)$|\(%\)\s*$|\s%$", re.I)
_CURRENCY_LABEL = re.compile(r"^(?:£|\(£\)|[£$€]s)$|\(£\)\s*$", re.I)


def stated_unit(label: str | None) -> tuple[str, float] | None:
    """The unit and scale a title, column header or row label states for the figures under it, if any.

    >>> stated_unit("2025-26 Core £000s"), stated_unit("Budget £m"), stated_unit("Variance £'000")
    (('£', 1000.0), ('£', 1000000.0), ('£', 1000.0))
    >>> stated_unit("Children looked after rate, per 10,000 children"), stated_unit("%"), stated_unit("Total Calls (thousands)")
    (('rate per 10,000', 1.0), ('%', 1.0), ('count', 1000.0))
    >>> stated_unit("2024-25"), stated_unit(None)
    (None, None)
    """
    if not label:
        return None
    text = re.sub(r"\s+", " ", label).strip()
    money = _MONEY_SCALE.search(text)
    if money:
        scale = 1e3 if money.group("thousands") else 1e6 if money.group("millions") else 1e9
        return money.group("cur"), scale
    if _CURRENCY_LABEL.search(text):
        return "£", 1.0
    rate = _RATE.search(text)
    if rate:
        base = int(rate.group("base").replace(",", ""))
        return f"rate per {base:,}", 1.0
    if _PERCENT_LABEL.search(text):
        return "%", 1.0
    word = _SCALE_WORD.search(text)
    if word:
        return "count", 1e3 if word.group("word").lower() == "thousands" else 1e6
    return None
