"""Values: every figure that appears in a document, together with its meaning.

A document prints ``81.25% (13)``; its truth file must say that this is 81.25
per cent with numerator 13.  Writing both by hand would let them drift apart,
so each figure is built once, by a small constructor that knows the printed
form *and* the meaning (``pct_n(13, 16)``, ``frac_eq(8, 17)``, ``money(...)``),
and both the renderers and the truth writer read the same :class:`Value`.

Prose works the same way: a :class:`T` is a run of strings, Values (facts),
:class:`Term` acronyms and :class:`YoungPerson` names.  ``str(T(...))`` is the
printed sentence; its typed parts tell the truth writer which facts, glossary
terms and children's names the sentence shows.

This module depends on nothing else in the package.
"""

from __future__ import annotations

import math
from dataclasses import dataclass


def _fmt(number: float) -> str:
    """Format a number with at most two decimals and no trailing zeros."""
    return f"{number:.2f}".rstrip("0").rstrip(".")


def _num(text: str) -> int | float:
    """The JSON number for a formatted figure: int when whole, else float."""
    value = float(text)
    return int(value) if value.is_integer() else value


def _round_half_up(x: float) -> int:
    return int(math.floor(x + 0.5))


@dataclass(frozen=True)
class Value:
    """A figure as printed (``raw``) plus what it means.

    Table cells and facts in prose are both Values; a fact also has a
    ``subject`` saying what is counted.  Blank, ``-``, ``n/a``, ``<5``, ``*``
    and RAG words are Values with ``value`` and ``unit`` None.
    """

    raw: str
    value: int | float | None = None
    unit: str | None = None
    numerator: int | None = None
    denominator: int | None = None
    subject: str | None = None

    def __str__(self) -> str:
        return self.raw

    def about(self, subject: str) -> "Value":
        """The same figure, used as a fact about ``subject``."""
        return Value(self.raw, self.value, self.unit, self.numerator, self.denominator, subject)


def pct(v: float) -> Value:
    """Plain percentage: ``100%``."""
    s = _fmt(v)
    return Value(f"{s}%", _num(s), "%")


def pct_n(n: int, d: int) -> Value:
    """Percentage with the count in brackets: ``81.25% (13)`` for 13 of 16."""
    s = _fmt(round(100 * n / d, 2))
    return Value(f"{s}% ({n})", _num(s), "%", n, None)


def pct_of(n: int, d: int) -> Value:
    """Rounded percentage with the fraction: ``26% (25/97)``."""
    p = _round_half_up(100 * n / d)
    return Value(f"{p}% ({n}/{d})", p, "%", n, d)


def frac_eq(n: int, d: int) -> Value:
    """Fraction then percentage: ``8/17 = 47%``."""
    p = _round_half_up(100 * n / d)
    return Value(f"{n}/{d} = {p}%", p, "%", n, d)


def n_of(n: int, d: int) -> Value:
    """Count of a total in prose: ``18 of the 146``."""
    return Value(f"{n} of the {d}", n, "count", n, d)


def count(n: int) -> Value:
    return Value(str(n), n, "count")


def money(pounds: int) -> Value:
    """Millions of pounds: ``£1.2m`` (value in pounds, unit ``£`` as :mod:`extractors.figures` writes it)."""
    return Value(f"£{pounds / 1_000_000:.1f}m", pounds, "£")


def text_cell(raw: str) -> Value:
    """A cell without a numeric value: blank, ``-``, ``n/a``, ``<5``, ``*``, RAG."""
    return Value(raw)


BLANK, DASH, NA, SUPP, STAR = (text_cell(s) for s in ("", "-", "n/a", "<5", "*"))
RED, AMBER, GREEN = (text_cell(s) for s in ("Red", "Amber", "Green"))


@dataclass(frozen=True)
class Term:
    """An acronym defined in the text as ``Expansion (TERM)``."""

    term: str
    expansion: str

    def __str__(self) -> str:
        return f"{self.expansion} ({self.term})"


@dataclass(frozen=True)
class YoungPerson:
    """A child or young person named (first name only) in a document."""

    name: str

    def __str__(self) -> str:
        return self.name


class T:
    """A run of prose made of strings, Values (facts), Terms and YoungPersons.

    ``str(T(...))`` is the printed text; the typed parts let the truth writer
    list the facts, glossary terms and names a document shows.
    """

    def __init__(self, *parts):
        self.parts = parts

    def __str__(self) -> str:
        return "".join(str(p) for p in self.parts)

    def facts(self) -> list[Value]:
        return [p for p in self.parts if isinstance(p, Value) and p.subject]

    def terms(self) -> list[Term]:
        return [p for p in self.parts if isinstance(p, Term)]

    def young_people(self) -> list[YoungPerson]:
        return [p for p in self.parts if isinstance(p, YoungPerson)]


def as_t(x) -> T:
    return x if isinstance(x, T) else T(x)
