"""Reporting periods as councils print them, normalised to one string form.

Read from table titles, header cells and row labels (:mod:`extractors.kpi_tables`).

Periods are normalised to these strings:

=====================  ==========================  ====================
printed                 meaning                     stored
=====================  ==========================  ====================
``May 2025``, Dec-23   a month                     ``2025-05``
``Jan – Feb 2024``     a range of months           ``2024-01/2024-02``
``12m to Dec 24``      a rolling period            ``2024-01/2024-12``
``2022/23``, 2024-25   a financial year            ``2022/23``
``2022/23 – 2024/25``  a range of financial years  ``2022/23-2024/25``
``2025-28``            three financial years       ``2025/26-2027/28``
``Q3 2024/25``         a quarter of a fin. year    ``2024/25 Q3``
``Q3 2024``            a calendar quarter          ``2024 Q3``
``2023``               a calendar year             ``2023``
=====================  ==========================  ====================

A table's ``period`` is the one its title states. A value's ``period`` is its
row label's when that is a period (a month alone takes its year from the
period row above it, else from the table's period: "January" under "... Jan
– Feb 2024" is ``2024-01``), else its column label's, else None: the
table's period applies to the whole table and is not copied onto each value.
"""

from __future__ import annotations

import re
from functools import lru_cache

from extractors import vocab


def _vocab():
    return vocab.get("tables")


@lru_cache(maxsize=1)
def _months() -> dict[str, int]:
    """Month spellings, lower-cased, with their numbers (common.toml)."""
    return vocab.get("common").month_numbers()


@lru_cache(maxsize=1)
def _period_patterns() -> dict[str, re.Pattern[str]]:
    periods = _vocab().periods
    names = sorted(_months(), key=len, reverse=True)
    month = r"(?:" + "|".join(names) + r")\.?"
    y4 = r"(?:19|20)\d\d"
    year = rf"(?:{y4}|'?\d\d)"
    fy = rf"{y4}\s*[/-]\s*(?:{y4}|\d\d)(?![\d/])"
    dash = r"\s*(?:–|-|—|to)\s*"
    return {
        "rolling": re.compile(rf"(?:{periods.rolling_months}|(?P<quarter>{periods.rolling_quarter}))(?P<m>{month})[\s-]*(?P<y>{year})\b", re.I),
        "month_range": re.compile(rf"\b(?P<m1>{month})(?:[\s-]*(?P<y1>{year}))?{dash}(?P<m2>{month})[\s-]*(?P<y2>{year})\b", re.I),
        "quarter_fy": re.compile(rf"\b(?:Q|Quarter\s*)(?P<q>[1-4])\s*(?:of\s+)?(?P<fy>{fy})|(?P<fy2>{fy})\s*(?:Q|Quarter\s*)(?P<q2>[1-4])\b", re.I),
        "quarter": re.compile(rf"\b(?:Q|Quarter\s*)(?P<q>[1-4])\s*(?P<y>{y4})\b|\b(?P<y2>{y4})\s*(?:Q|Quarter\s*)(?P<q2>[1-4])\b", re.I),
        "fy_range": re.compile(rf"(?<!\d)(?P<a>{fy}){dash}(?P<b>{fy})", re.I),
        "fy": re.compile(rf"(?<![\d/])(?P<a>{fy})", re.I),
        "fy_span": re.compile(rf"(?<![\d/])(?P<a>{y4})-(?P<b>\d\d)(?![\d/])"),
        "month_year": re.compile(rf"\b(?P<m>{month})[\s-]*(?P<y>{year})\b(?![/:])", re.I),
        "year": re.compile(rf"(?<![\d/£$.,-])(?P<y>{y4})(?![\d/%,.])"),
        "month": re.compile(rf"^\s*(?P<m>{month})\s*$", re.I),
    }


def _month(token: str) -> int | None:
    if token.islower():
        return None  # "may" in a sentence is not the month
    return _months().get(token.lower().rstrip("."))


def _year(token: str | None) -> int | None:
    if not token:
        return None
    digits = token.lstrip("'")
    return int(digits) if len(digits) == 4 else 2000 + int(digits)


def _fy(text: str) -> str | None:
    """ "2024/25", "2024-25", "2024/2025" as "2024/25" (None when the years do not follow on)."""
    a, b = re.split(r"\s*[/-]\s*", text.strip())
    first, second = int(a), int(b)
    if second == (first + 1) % 100 or second == first + 1:
        return f"{first}/{(first + 1) % 100:02d}"
    return None


def parse_period(text: str | None) -> str | None:
    """The period ``text`` states, normalised (see the module docstring), or None.

    >>> [parse_period(t) for t in ("Jan – Feb 2024", "April 2025 – Sept 2025", "2022/23", "Q3 2024/25", "Dec-23")]
    ['2024-01/2024-02', '2025-04/2025-09', '2022/23', '2024/25 Q3', '2023-12']
    >>> parse_period("12m to Dec 24"), parse_period("In care 12 months +"), parse_period("Target")
    ('2024-01/2024-12', None, None)
    """
    if not text:
        return None
    p = _period_patterns()
    m = p["rolling"].search(text)
    if m and _month(m.group("m")):
        n = 3 if m.group("quarter") else int(m.group("n"))
        end = (_year(m.group("y")), _month(m.group("m")))
        return f"{_ym(_add_months(end, -(n - 1)))}/{_ym(end)}"
    m = p["month_range"].search(text)
    if m and _month(m.group("m1")) and _month(m.group("m2")):
        m1, m2, y2 = _month(m.group("m1")), _month(m.group("m2")), _year(m.group("y2"))
        y1 = _year(m.group("y1")) or (y2 if m1 <= m2 else y2 - 1)
        return f"{_ym((y1, m1))}/{_ym((y2, m2))}"
    m = p["quarter_fy"].search(text)
    if m:
        fy = _fy(m.group("fy") or m.group("fy2"))
        if fy:
            return f"{fy} Q{m.group('q') or m.group('q2')}"
    m = p["quarter"].search(text)
    if m:
        return f"{m.group('y') or m.group('y2')} Q{m.group('q') or m.group('q2')}"
    m = p["fy_range"].search(text)
    if m and _fy(m.group("a")) and _fy(m.group("b")):
        return f"{_fy(m.group('a'))}-{_fy(m.group('b'))}"
    m = p["fy"].search(text)
    if m and _fy(m.group("a")):
        return _fy(m.group("a"))
    m = p["fy_span"].search(text)
    if m and 1 < int(m.group("b")) - int(m.group("a")) % 100 <= 10:  # "2025-28": three financial years
        first, last = int(m.group("a")), 2000 + int(m.group("b")) - 1
        return f"{first}/{(first + 1) % 100:02d}-{last}/{(last + 1) % 100:02d}"
    for m in p["month_year"].finditer(text):
        if _month(m.group("m")):
            return _ym((_year(m.group("y")), _month(m.group("m"))))
    m = p["year"].search(text)
    if m:
        return m.group("y")
    return None


def is_period_label(cell: str | None) -> bool:
    """True for a cell that is a period label ("2023/24", "2023", "May 2025"), not a figure."""
    if not cell:
        return False
    text = cell.strip()
    if re.fullmatch(r"(?:19|20)\d\d(?:\s*[/-]\s*(?:(?:19|20)\d\d|\d\d))?", text):
        return text.isdigit() or _fy(text) is not None
    return False


def row_period(label: str | None, context: str | None) -> str | None:
    """The period a row label states; a month alone takes its year from ``context``."""
    if not label:
        return None
    m = _period_patterns()["month"].match(label)
    if m and _month(m.group("m")):
        month = _month(m.group("m"))
        year = _year_for(month, context)
        return _ym((year, month)) if year else None
    period = parse_period(label)
    if period and not re.search(r"[A-Za-z]{3,}", _strip_months(label)):
        return period
    return None


def _strip_months(label: str) -> str:
    names = "|".join(sorted(_months(), key=len, reverse=True))
    return re.sub(rf"\b(?:{names})\b\.?|\b(?:quarter|to|and|of|mths?|months?)\b", "", label, flags=re.I)


def _year_for(month: int, context: str | None) -> int | None:
    """The year of ``month`` within the period ``context`` (a year, months, financial years)."""
    bounds = _bounds(context)
    if bounds is None:
        return None
    start, end = bounds
    for year in range(end[0], start[0] - 2, -1):
        if start <= (year, month) <= end:
            return year
    return end[0] if (end[0], month) <= end else end[0] - 1


def _bounds(period: str | None) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """First and last month (year, month) of a normalised period."""
    if not period:
        return None
    start_month = _vocab().periods.financial_year_start
    fys = re.findall(r"((?:19|20)\d\d)/\d\d", period)
    q = re.search(r"Q([1-4])$", period)
    if fys:
        first, last = int(fys[0]), int(fys[-1])
        if q:
            s = _add_months((first, start_month), 3 * (int(q.group(1)) - 1))
            return s, _add_months(s, 2)
        return (first, start_month), _add_months((last + 1, start_month), -1)
    months = re.findall(r"((?:19|20)\d\d)-(\d\d)", period)
    if months:
        return (int(months[0][0]), int(months[0][1])), (int(months[-1][0]), int(months[-1][1]))
    m = re.fullmatch(r"((?:19|20)\d\d)(?: Q([1-4]))?", period)
    if m:
        year = int(m.group(1))
        if m.group(2):
            s = (year, 3 * int(m.group(2)) - 2)
            return s, _add_months(s, 2)
        return (year, 1), (year, 12)
    return None


def _add_months(ym: tuple[int, int], n: int) -> tuple[int, int]:
    index = ym[0] * 12 + ym[1] - 1 + n
    return index // 12, index % 12 + 1


def _ym(ym: tuple[int, int]) -> str:
    return f"{ym[0]:04d}-{ym[1]:02d}"
