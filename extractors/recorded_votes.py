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
"FOR: (35): A, B", "Voting for 24 : Councillors A, B", "Voting For 36: (A,
B)", "Those voting FOR the MOTION: Councillors: A, B", "Those ABSTAINING
from voting: None", "The following Members voted against the motion:",
"48 Councillors voted in favour of the amendment." with the names below it,
"No Members voted against the amendment.", with names on the heading's line
or the lines under it. A list ends at the next heading, at a line that ends
the list with a full stop ("..., Wright and Yates."), or at the first line
that is not a list of names (a result such as "Motion carried.", the next
numbered paragraph). A name may wrap: a title at a line's end ("Mr") and a
post-nominal at a line's start ("MBE") join the name beside them, because
the lines are read as one text and cut at the commas. A side nobody took is
a count of 0 ("Against: None", "No Members abstained.").

A side may also be told members first, one sentence a side ("Councillors
A, B and C voted FOR the motion (17);" / "Councillors D and E abstained
from voting." / "Councillor F, as Mayor, abstained from voting.": the
``named_side`` pattern). A run of such sentences is one recorded vote; one
alone is a recorded vote only with its count, else it is a member's vote
minuted (``[minuted]``, read by :mod:`extractors.vote_events`).

This module only reads the blocks; :mod:`extractors.votes` turns each into a
vote and checks the lists against the printed counts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from extractors import vocab
from schemas.outline import Line, lines_of
from schemas.provenance import Span


@dataclass
class Side:
    """One side of a recorded vote: its heading, the printed count and the names listed under it."""

    vote: str  # for / against / abstain / did not vote
    count: int | None
    head: Span
    names: list[tuple[str, Span]] = field(default_factory=list)
    after: bool = False  # told members first ("Councillors A and B voted against"): alone, a vote only with its count


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
    words = without_note(piece).split()
    while words and words[-1].lower().strip(".,") in posts:
        words.pop()
    if words and (words[0].lower() in titles or words[0].lower().rstrip(".") in _PLURAL_TITLES):
        words = words[1:]
    return 1 <= len(words) <= 4 and all(_NAME_WORD.match(w) for w in words)


def without_note(piece: str) -> str:
    """A listed name without the party or role in brackets after it ("Cllr A Abel (Con)" -> "Cllr A Abel")."""
    note = vocab.get("votes").recorded.regex("name_note").search(piece)
    return piece[: note.start()] if note else piece


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
    final = ends_list(s)  # "..., Wright and Yates.": the list's last line
    if final:
        s = s[:-1].rstrip()
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
    if final and not (rest or continuing):
        return False  # "Carried." / "Smith." alone: a sentence, not the end of a list
    return first_ok and rest_ok and ("," in s or titled or continuing or (bool(expected) and bool(rest)) or alone)


def ends_list(line: str) -> bool:
    """Whether a list's line closes it with a full stop ("..., Wright and Yates."; not an initial: "..., J.")."""
    s = _LEADER.sub("", line).strip()
    return s.endswith(".") and not re.search(r"\b[A-Z]\.$", s)


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
    lines = _side_lines(text, lines_of(text, start, end), spec)
    tallies: list[Tally] = []
    current: list[Side] = []
    last_end = start

    def close() -> None:
        nonlocal current
        if current:
            tallies.append(Tally(current, Span(start=current[0].head.start, end=last_end)))
            current = []

    i = 0
    while i < len(lines):
        line = lines[i]
        told = _named_side(text, line.start, end, spec)
        if told is not None:  # "Councillors A, B and C voted FOR the motion (17);" (perhaps over several lines)
            current.append(told)
            last_end = told.head.end
            while i < len(lines) and lines[i].start < told.head.end:
                i += 1
            continue
        m = head.match(text, line.start, line.end)
        side = _side(m, spec) if m else None
        if side is None and current and not line.text.strip():
            i += 1  # blank lines between the sides of one vote
            continue
        if side is None:
            close()
            i += 1
            continue
        groups = m.groupdict()
        count = _count(groups)
        rest_start, rest_end = _list_part(text, m.start("rest"), m.end("rest"), spec)
        after = spec.regex("count_after_list").search(text, rest_start, rest_end)
        if after and count is None:  # "For – Councillors A, B and C (3)"
            count, rest_end = int(after.group("count")), after.start()
        rest = text[rest_start:rest_end]
        if rest.strip().lower().strip(".") in _NOBODY:
            rest = ""  # "Against | None | 0", "Voting against the motion: None"
            count = 0 if count is None else count
        introduces = (line.text.rstrip().endswith(":") or groups.get("intro") is not None) and not rest.strip()  # "There voted for the motion:" and the list below
        if count is None and not introduces and not (rest.strip() and _listed(text, m, rest)):
            close()
            i += 1
            continue
        found = Side(side, count, Span(start=line.start, end=line.end))
        list_start = rest_start if rest.strip() else None
        list_end = rest_end if rest.strip() else None
        continuing = bool(rest.strip()) and (_ends_open(rest) or rest.rstrip().endswith(",")) and not ends_list(rest)
        j = i + 1
        if groups.get("count_end"):  # a table row: its names are on its line, its count after them
            found.names = _names(text, rest_start, m.end("rest"), spec) if rest.strip() else []
            current.append(found)
            last_end = line.end
            i = j
            continue
        while j < len(lines):
            nxt = lines[j]
            if list_start is None and (introduces or count is not None) and not nxt.text.strip():
                j += 1  # blank lines between "There voted for ...:" or "FOR the recommendation (9)" and its list
                continue
            if head.match(text, nxt.start, nxt.end) and _side(head.match(text, nxt.start, nxt.end), spec) or _named_side(text, nxt.start, end, spec):
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
            j += 1
            if ends_list(nxt.text):
                break  # "..., Wright and Yates.": the list's last line
            continuing = _ends_open(nxt.text) or nxt.text.rstrip().endswith(",")  # "..., J. Bright," / "Wright and Yates."
        if list_start is not None:
            k = j
            while k < len(lines) and not lines[k].text.strip():
                k += 1
            total = spec.regex("total").match(text, lines[k].start, lines[k].end) if k < len(lines) else None
            if total:  # "Total 45" on a line after the list
                found.count = int(total.group("count")) if found.count is None else found.count
                j = k + 1
        if introduces and list_start is None:
            i += 1  # a heading that introduced no list
            continue
        if list_start is not None:
            found.names = _names(text, list_start, list_end, spec)
        current.append(found)
        last_end = list_end if list_end is not None else line.end
        i = j
    close()
    return [t for t in tallies if len(t.sides) >= 2 or any(s.names and (s.count is not None or not s.after) for s in t.sides)]


def _listed(text: str, m: re.Match[str], rest: str) -> bool:
    """Whether the rest of a heading without a count is its list: names, or one name after a separator ("Against: Eyre")."""
    rest = rest.rstrip().rstrip(".")
    if _is_list_line(rest, False):
        return True
    return bool(re.search(r"[:\-–]", text[m.start("side") : m.start("rest")])) and is_listed_name(rest.strip())


# The groups of a heading that hold its count: "For (52)", "For: 5", "Against 3", "Voting for 24 :", "48 Councillors voted
# in favour", a table row's count after its names.
_COUNT_GROUPS = ("count", "count_after", "count_bare", "count_sep", "count_before", "count_end")


def _count(groups: dict) -> int | None:
    """A heading's printed count; 0 for a side printed as nobody's ("No Members voted against"); None when not printed."""
    return next((int(groups[g]) for g in _COUNT_GROUPS if groups.get(g)), 0 if groups.get("count_none") else None)


def _list_part(text: str, start: int, end: int, spec) -> tuple[int, int]:
    """Where the names of a heading's rest are: after a label ("Councillors: A, B"), inside brackets ("(A, B)")."""
    if start < 0:
        return end, end
    label = spec.regex("list_label").match(text, start, end)
    if label:
        start = label.end()
    inner = re.match(r"[ \t]*\((?P<list>[^()]*)\)[ \t.]*$", text[start:end])
    if inner:
        return start + inner.start("list"), start + inner.end("list")
    titles, _ = _words()
    for stop in re.finditer(r"\b(?P<word>[\w’']{2,})\.[ \t]+(?=\S)", text[start:end]):
        if stop.group("word").lower() not in titles:
            end = start + stop.start() + len(stop.group("word"))  # "Against: Cllr Eyre. Carried.": the list ends with its sentence
            break
    while end > start and text[end - 1] in " \t;,":
        end -= 1  # "For: Cllrs A and B; Against: ...": the side ends at its semicolon
    return start, end


def _side_lines(text: str, lines: list[Line], spec) -> list[Line]:
    """The lines, each printing several sides cut where the next side starts ("For: A, B; Against: C; Abstained: D.")."""
    out = []
    for line in lines:
        cuts = [m.end() for m in spec.regex("side_break").finditer(text, line.start, line.end)]
        bounds = [line.start, *cuts, line.end]
        out += [Line(a, b, text[a:b]) for a, b in zip(bounds, bounds[1:]) if b > a]
    return out


def _names(text: str, start: int, end: int, spec) -> list[tuple[str, Span]]:
    """The names of a list, without "Councillors" before them or an office beside them ("Councillor F, as Mayor, ...")."""
    names = []
    for name, span in _one_a_line(text, start, end) or split_names(text, start, end):
        if spec.regex("aside").match(", " + name):
            continue
        kept = without_note(name).rstrip()
        name, span = kept, Span(start=span.start, end=span.start + len(kept))
        if re.search(r"\w{2}\.$", name):  # the list's closing full stop ("Yates."), not an initial's ("J.")
            name, span = name[:-1], Span(start=span.start, end=span.end - 1)
        names.append((re.sub(r"^(?:Councillors|Cllrs|Councillor|Cllr)\.?\s+", "", name), span))
    return names


def _one_a_line(text: str, start: int, end: int) -> list[tuple[str, Span]]:
    """The names of a list printed one a line ("Councillor D Abel" / "Councillor B Bryce"), each line a name and no comma;
    empty for a list that runs on across lines (cut at its commas instead)."""
    lines = [ln for ln in lines_of(text, start, end) if ln.text.strip()]
    if len(lines) < 2 or any("," in ln.text or not is_listed_name(ln.text.strip()) for ln in lines):
        return []
    return [(" ".join(ln.text.split()), Span(start=ln.start + len(ln.text) - len(ln.text.lstrip()), end=ln.start + len(ln.text.rstrip()))) for ln in lines]


def _named_side(text: str, start: int, end: int, spec) -> Side | None:
    """A side told members first at ``start`` ("Councillors A, B and C voted FOR the motion (17);"), when every piece of its
    list reads as a name; None otherwise."""
    m = spec.regex("named_side").match(text, start, min(end, start + 3000))
    if m is None:
        return None
    vote = spec.sides.get(" ".join(m.group("side").lower().split()))
    names = _names(text, m.start("names"), m.end("names"), spec)
    if vote is None or not names or not all(is_listed_name(n) for n, _ in names):
        return None
    count = int(m.group("count")) if m.group("count") else None
    return Side(vote, count, Span(start=m.start(), end=m.end()), names, after=True)


def _side(m: re.Match[str], spec) -> str | None:
    word = " ".join(m.group("side").lower().split())
    return spec.sides.get(word)
