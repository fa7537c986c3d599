"""Word's automatic numbering, printed as Word prints it ("1.", "2.3", "(a)", "iv)", bullets as "•").

A numbered paragraph does not hold its number: it names a list (``w:numPr``:
``numId`` and level ``ilvl``, on the paragraph or its style) whose definition
in ``numbering.xml`` says each level's format (``decimal``, ``lowerLetter``,
``upperRoman``, ``bullet`` ...), its pattern (``lvlText``: ``"%1."``,
``"%1.%2"``, ``"(%2)"``) and where it starts.  Clerks number their minutes this
way, so without printing the numbers an item's "5." would be lost.

Counters run per list (``numId``), as Word counts them; a level restarts when
a higher level advances.  ``startOverride`` on a list restarts it.  Formats
this module does not know are printed as decimal.
"""

from __future__ import annotations

from dataclasses import dataclass

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@dataclass
class _Level:
    fmt: str = "decimal"
    text: str = "%1."
    start: int = 1


class Numbering:
    """The lists of one document and their running counters."""

    def __init__(self, levels: dict[str, dict[int, _Level]], style_numbers: dict[str, tuple[str, int]]) -> None:
        self.levels = levels  # numId -> level -> format
        self.style_numbers = style_numbers  # paragraph styleId -> (numId, level)
        self.counters: dict[str, dict[int, int]] = {}

    @classmethod
    def of(cls, document) -> "Numbering":
        """The numbering definitions of a python-docx document (none when it has no numbering part)."""
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            root = None
        abstract: dict[str, dict[int, _Level]] = {}
        levels: dict[str, dict[int, _Level]] = {}
        if root is not None:
            for a in root.iterchildren(f"{W}abstractNum"):
                abstract[a.get(f"{W}abstractNumId")] = {int(lvl.get(f"{W}ilvl", "0")): _level(lvl) for lvl in a.iterchildren(f"{W}lvl")}
            for num in root.iterchildren(f"{W}num"):
                ref = num.find(f"{W}abstractNumId")
                base = dict(abstract.get(ref.get(f"{W}val"), {})) if ref is not None else {}
                for override in num.iterchildren(f"{W}lvlOverride"):
                    ilvl = int(override.get(f"{W}ilvl", "0"))
                    lvl = override.find(f"{W}lvl")
                    level = _level(lvl) if lvl is not None else _Level(**vars(base.get(ilvl, _Level())))
                    start = override.find(f"{W}startOverride")
                    if start is not None and (start.get(f"{W}val") or "").isdigit():
                        level.start = int(start.get(f"{W}val"))
                    base[ilvl] = level
                levels[num.get(f"{W}numId")] = base
        style_numbers = {}
        for s in document.styles.element.iterchildren(f"{W}style"):
            num = _num_pr(s.find(f"{W}pPr"))
            if num is not None:
                style_numbers[s.get(f"{W}styleId")] = num
        return cls(levels, style_numbers)

    def label(self, p, style) -> str | None:
        """The number Word prints before paragraph ``p`` (advancing its list), or None."""
        found = _num_pr(p.find(f"{W}pPr"))
        if found is None and style is not None:
            found = self.style_numbers.get(style.get(f"{W}styleId"))
        if found is None:
            return None
        num_id, ilvl = found
        levels = self.levels.get(num_id)
        if not levels or num_id == "0":  # numId 0 switches numbering off
            return None
        counters = self.counters.setdefault(num_id, {})
        level = levels.get(ilvl, _Level())
        counters[ilvl] = counters[ilvl] + 1 if ilvl in counters else level.start
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]  # a higher level advanced: the levels under it restart
        if level.fmt == "bullet":
            return "•"
        if level.fmt == "none":
            return None
        text = level.text
        for k in range(9):
            if f"%{k + 1}" in text:
                lvl = levels.get(k, _Level())
                value = counters.get(k, lvl.start)
                text = text.replace(f"%{k + 1}", _format(value, lvl.fmt))
        return text.strip() or None


def _num_pr(ppr) -> tuple[str, int] | None:
    if ppr is None:
        return None
    num_pr = ppr.find(f"{W}numPr")
    if num_pr is None:
        return None
    num_id = num_pr.find(f"{W}numId")
    ilvl = num_pr.find(f"{W}ilvl")
    if num_id is None:
        return None
    level = ilvl.get(f"{W}val") if ilvl is not None else "0"
    return num_id.get(f"{W}val"), int(level) if level and level.isdigit() else 0


def _level(lvl) -> _Level:
    fmt = lvl.find(f"{W}numFmt")
    text = lvl.find(f"{W}lvlText")
    start = lvl.find(f"{W}start")
    start_value = start.get(f"{W}val") if start is not None else None
    return _Level(
        fmt=(fmt.get(f"{W}val") if fmt is not None else None) or "decimal",
        text=(text.get(f"{W}val") if text is not None else None) or "",
        start=int(start_value) if start_value and start_value.isdigit() else 1,
    )


_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))


def _format(value: int, fmt: str) -> str:
    """A counter's value in a level's format: decimal, letters (a..z, aa..), roman numerals, zero-padded."""
    if fmt in ("lowerLetter", "upperLetter"):
        n = max(value, 1)
        letter = chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)  # Word's aa, bb after z
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt in ("lowerRoman", "upperRoman"):
        n, out = max(value, 1), ""
        for amount, numeral in _ROMAN:
            while n >= amount:
                out, n = out + numeral, n - amount
        return out.upper() if fmt == "upperRoman" else out
    if fmt == "decimalZero":
        return f"{value:02d}"
    return str(value)
