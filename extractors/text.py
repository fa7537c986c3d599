"""Small text helpers shared by extractors."""

from __future__ import annotations

import re

_SMALL = {"and", "of", "the", "for", "in", "on", "to", "a", "an", "at", "by", "with"}


def squash(text: str) -> str:
    """Collapse runs of whitespace (line breaks included) into single spaces."""
    return re.sub(r"\s+", " ", text.replace("\xa0", " ")).strip()


def slug(text: str | None) -> str:
    return re.sub(r"[^a-z0-9]+", "-", (text or "unknown").lower()).strip("-") or "unknown"


def title_case(name: str) -> str:
    """``CORPORATE PARENTING PANEL`` -> ``Corporate Parenting Panel`` (mixed case is kept)."""
    name = squash(name)
    if not name.isupper():
        return name
    words = name.lower().split()
    return " ".join(w if (i and w in _SMALL) else w[:1].upper() + w[1:] for i, w in enumerate(words))


# Lines at least this long are candidates for a "full" printed line when the text is wrapped.
_WRAPPED_MIN = 40
# A line is short when the next line's first word would have fitted on it with this much room to spare.
_ROOM = 0.85


def full_line_length(text: str) -> int | None:
    """The length of a full line when ``text`` is wrapped to a measure (a PDF's lines), else None.

    Printed text wraps each paragraph at the measure, so most of its lines
    are about as long as one another; the 75th percentile of the lines of
    40 characters or more is that length. Text that keeps a paragraph a line
    (a web page, Markdown) has no measure: its lines vary too much (more
    than one line in fifty, or more than one line, is over twice the
    percentile), and None is returned.
    """
    return _full_line_length(text)


_LENGTH_CACHE: dict[int, int | None] = {}


def _full_line_length(text: str) -> int | None:
    key = hash(text)
    if key not in _LENGTH_CACHE:
        if len(_LENGTH_CACHE) > 64:
            _LENGTH_CACHE.clear()
        lengths = sorted(len(l.strip()) for l in text.split("\n") if len(l.strip()) >= _WRAPPED_MIN)
        if len(lengths) < 5:
            _LENGTH_CACHE[key] = None
        else:
            typical = lengths[int(len(lengths) * 0.75)]
            # one stray line (two columns run together, a link) does not unmake the measure; many do
            over = sum(1 for n in lengths if n > 2 * typical)
            _LENGTH_CACHE[key] = typical if over <= max(1, len(lengths) // 50) else None
    return _LENGTH_CACHE[key]


# A line ending so runs on whatever its length: an entry of a list ("... (Ch. No. 101151),") or a phrase cut short.
_RUNS_ON = (",", ";", "&", "-", "–", "/", " and", " or", " of", " the", " to")


# a numbering label or a bullet alone on its line: "12.", "(iv)", "3.2", "b)", "•", "–"
_LABEL_ALONE = re.compile(r"^(?:[•·▪●◦‣∙*\-–—]+|\(?(?:\d{1,3}(?:\.\d{1,3})*|[a-z]|[ivxlc]{1,6})[.):]?)$", re.I)


def ends_short(line: str, next_line: str, full: int | None) -> bool:
    """Does ``line`` end its paragraph by its shape: the next line's first word would have fitted on it?

    A wrapped line is as full as the measure allows, so a line with room
    left for the word that follows it was ended by its writer: "seconded by
    Cllr Precey" before "5 members voted for the proposal", "Unanimously
    Carried" before the next proposal. Only for wrapped text (``full`` from
    :func:`full_line_length`); a line that opens the next with a lower-case
    word is taken to run on all the same (a narrow column, a hyphenated word).
    """
    if full is None:
        return False
    line, nxt = line.strip(), next_line.strip()
    if not line or not nxt or nxt[0].islower() or line.endswith(_RUNS_ON) or _LABEL_ALONE.match(line):
        return False  # a bullet or a number alone on its line introduces the next (not "2008/09." ending a sentence)
    first_word = nxt.split()[0]
    return len(line) + 1 + len(first_word) < full * _ROOM


# How many lines either side set the measure a line is judged against (a block indented under a number
# is narrower than the page: its own lines show its measure).
_NEAR = 3


def measure_near(lines: list[str], i: int, full: int | None) -> int | None:
    """The measure around ``lines[i]``: the longest line within three either side, at most ``full``.

    Minutes indent a resolution or a list under its number, so the block's
    lines are shorter than the page's; a block's own lines are its measure.
    None when the text is not wrapped (``full`` None).
    """
    if full is None:
        return None
    near = [len(l.strip()) for l in lines[max(0, i - _NEAR) : i + _NEAR + 1]]
    return min(full, max(near)) if near else full
