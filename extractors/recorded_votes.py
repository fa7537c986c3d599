"""Recorded (named) votes: the "For (N)" / "Against (N)" / "Abstain (N)" blocks and the members under each.

Full-council minutes print a recorded vote as a heading per side with its
count, then the members on that side, separated by commas, wrapped at any
word of the printed line::

    For (52)
    Mr Baker, Mr Baldock, Mrs Bell, ... Sir Paul Carter CBE, Mr
    Booth, Mr Kite
    MBE
    Against (0)
    Abstain (11)
    Mr Chittenden, Mrs Dean MBE, ...

The heading words and forms are vocabulary (``votes.toml`` ``[recorded]``):
"For (52)", "FOR: 5", "Against 3", "Abstentions (2)", "Did not vote (1)",
with names on the heading's line or the lines under it. A list ends at the
next heading, or at the first line that is not a list of names (a result
such as "Motion carried.", the next numbered paragraph). A name may wrap:
a title at a line's end ("Mr") and a post-nominal at a line's start ("MBE")
join the name beside them, because the lines are read as one text and cut
at the commas.

This module only reads the blocks; :mod:`extractors.votes` turns each into a
vote and checks the lists against the printed counts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from extractors import vocab
from schemas.outline import lines_of
from schemas.provenance import Span


@dataclass
class Side:
    """One side of a recorded vote: its heading, the printed count and the names listed under it."""

    vote: str  # for / against / abstain / did not vote
    count: int | None
    head: Span
    names: list[tuple[str, Span]] = field(default_factory=list)


@dataclass
class Tally:
    """A recorded vote: its sides in the order printed, and the span they cover."""

    sides: list[Side]
    span: Span

    def count(self, vote: str) -> int | None:
        """The printed count of a side (None when the side is not printed)."""
        side = next((s for s in self.sides if s.vote == vote), None)
        return side.count if side else None

    @property
    def named(self) -> bool:
        """Whether any side lists names (a named vote, not only counts)."""
        return any(s.names for s in self.sides)


def _words() -> tuple[set[str], set[str]]:
    common = vocab.get("common")
    titles = {t.lower() for t in common.all_honorifics()}
    posts = {p.lower() for p in vocab.get("votes").recorded.post_nominals}
    return titles, posts


_NOBODY = {"none", "nil", "-", "–", "no one", "nobody"}  # a side's list that names nobody
_PLURAL_TITLES = {"councillors", "cllrs"}
_OUTCOMES = {"carried", "lost", "agreed", "defeated", "approved", "resolved", "noted", "fell", "withdrawn"}  # a line that is no name  # "Councillors Anderson, Bains, ...": the title of the whole list
# A list's end printed as a dotted leader and its count: "..., Walsh ........ 24".
_LEADER = re.compile(r"[ \t]*(?:\.{3,}|…+)[ \t.…]*(?P<count>\d{1,3})[ \t]*$")
_NAME_WORD = re.compile(r"^(?:[A-Z][\w’'\-]*\.?|[A-Z]\.?)$")


def is_listed_name(piece: str) -> bool:
    """Whether a comma-separated piece of a list reads as a member's name ("Mr Hill OBE", "Sir Paul Carter CBE", "Rich Lehmann")."""
    titles, posts = _words()
    words = piece.split()
    while words and words[-1].lower().strip(".,") in posts:
        words.pop()
    if words and (words[0].lower() in titles or words[0].lower().rstrip(".") in _PLURAL_TITLES):
        words = words[1:]
    return 1 <= len(words) <= 4 and all(_NAME_WORD.match(w) for w in words)


def _ends_open(line: str) -> bool:
    """A list line that stops mid-name: a title at its end ("..., Mr") or no comma after its last name."""
    titles, _ = _words()
    last = line.rstrip().split()[-1] if line.strip() else ""
    return last.lower() in titles or not line.rstrip().endswith(",")


def _is_list_line(line: str, continuing: bool, expected: int | None = None) -> bool:
    """Whether a printed line carries on a list of names.

    The line must not end a sentence; each of its comma-separated pieces must
    read as a name, except that the first may finish a name the line before
    broke ("Booth," after "..., Mr"; "MBE, Mr Love" after "..., Mr Kite").
    ``expected``: the count of the heading the line is the first under ("AGAINST
    (2)"), where two names joined by "and" ("Dunn and Lamb") are a list too, and
    under a count of 1 a name alone ("Pike"), unless it is an outcome ("Carried").
    """
    titles, posts = _words()
    s = _LEADER.sub("", line).strip()
    if not s or s.endswith((".", ":", ";")) and not re.search(r"\b[A-Z]\.$", s):
        return False
    pieces = [p.strip() for p in re.split(r",|\band\b", s) if p.strip()]
    if not pieces:
        return False
    first, rest = pieces[0], pieces[1:]
    words = first.split()
    first_ok = is_listed_name(first) or (continuing and (all(w.lower().strip(".") in posts for w in words) or all(_NAME_WORD.match(w) for w in words)))
    if first.lower().rstrip(".") in titles:  # a line that is just "Mr" (rare): the name goes on below
        first_ok = True
    last = rest[-1] if rest else None
    rest_ok = all(is_listed_name(p) for p in rest[:-1]) and (last is None or is_listed_name(last) or last.lower().rstrip(".") in titles)
    titled = any(w.lower() in titles or w.lower().rstrip(".") in _PLURAL_TITLES for w in s.split())
    alone = expected == 1 and not rest and first.lower().strip(".") not in _OUTCOMES
    return first_ok and rest_ok and ("," in s or titled or continuing or (bool(expected) and bool(rest)) or alone)


def split_names(text: str, start: int, end: int) -> list[tuple[str, Span]]:
    """The names in ``text[start:end]``, cut at commas and "and", each squashed to one line, with its span."""
    names = []
    for m in re.finditer(r"[^,]+", text[start:end]):
        pos = 0
        for part in re.split(r"(\s+and\s+)", m.group(0)):
            if part and not re.fullmatch(r"\s+and\s+", part):
                name = " ".join(part.split())
                if name:
                    s = start + m.start() + pos + len(part) - len(part.lstrip())
                    names.append((name, Span(start=s, end=s + len(part.strip()))))
            pos += len(part)
    return names


def recorded_votes(text: str, start: int, end: int) -> list[Tally]:
    """Every recorded vote in ``text[start:end]``: runs of side headings, each with the names under it."""
    spec = vocab.get("votes").recorded
    head = spec.regex("head")
    lines = lines_of(text, start, end)
    tallies: list[Tally] = []
    current: list[Side] = []
    last_end = start
    i = 0
    while i < len(lines):
        line = lines[i]
        m = head.match(text, line.start, line.end)
        side = _side(m, spec) if m else None
        if side is None and current and not line.text.strip():
            i += 1  # blank lines between the sides of one vote
            continue
        if side is None:
            if current:
                tallies.append(Tally(current, Span(start=current[0].head.start, end=last_end)))
                current = []
            i += 1
            continue
        groups = m.groupdict()
        count = next((int(groups[g]) for g in ("count", "count_after", "count_bare", "count_end") if groups.get(g)), 0 if groups.get("count_none") else None)
        rest = m.group("rest") or ""
        if rest.strip().lower().strip(".") in _NOBODY:
            rest = ""  # "Against | None | 0"
        rest_start = m.start("rest")
        introduces = line.text.rstrip().endswith(":") and not rest.strip()  # "There voted for the motion:" and the list below
        if count is None and not introduces and not (rest.strip() and _is_list_line(rest.rstrip().rstrip("."), False)):
            if current:
                tallies.append(Tally(current, Span(start=current[0].head.start, end=last_end)))
                current = []
            i += 1
            continue
        found = Side(side, count, Span(start=line.start, end=line.end))
        list_start = rest_start if rest.strip() else None
        list_end = line.end if rest.strip() else None
        continuing = bool(rest.strip()) and _ends_open(rest)
        j = i + 1
        if groups.get("count_end"):  # a table row: its names are on its line, its count after them
            found.names = split_names(text, rest_start, m.end("rest")) if rest.strip() else []
            current.append(found)
            last_end = line.end
            i = j
            continue
        while j < len(lines):
            nxt = lines[j]
            if list_start is None and (introduces or count is not None) and not nxt.text.strip():
                j += 1  # blank lines between "There voted for ...:" or "FOR the recommendation (9)" and its list
                continue
            if head.match(text, nxt.start, nxt.end) and _side(head.match(text, nxt.start, nxt.end), spec):
                break
            if not _is_list_line(nxt.text, continuing, expected=found.count if list_start is None else None):
                break
            list_start = nxt.start if list_start is None else list_start
            list_end = nxt.end
            leader = _LEADER.search(nxt.text)
            if leader:  # "..., Walsh ........ 24": the count after the list ends it
                list_end = nxt.start + leader.start()
                found.count = int(leader.group("count")) if found.count is None else found.count
                j += 1
                break
            continuing = _ends_open(nxt.text)
            j += 1
        if introduces and list_start is None:
            i += 1  # a heading that introduced no list
            continue
        if list_start is not None:
            found.names = [(re.sub(r"^(?:Councillors|Cllrs)\.?\s+", "", n), sp) for n, sp in split_names(text, list_start, list_end)]
        current.append(found)
        last_end = list_end if list_end is not None else line.end
        i = j
    if current:
        tallies.append(Tally(current, Span(start=current[0].head.start, end=last_end)))
    return [t for t in tallies if len(t.sides) >= 2 or t.named]


def _side(m: re.Match[str], spec) -> str | None:
    word = " ".join(m.group("side").lower().split())
    return spec.sides.get(word)
