"""Lists, label lines and slides: figures printed without a sentence around them.

- :class:`Layout`: the document's lines, which are not prose, and the line a
  list hangs from (:meth:`Layout.lead_in`: "Number seen:", a question, a
  short heading set apart);
- :func:`label_line` / :func:`label_facts`: "within statutory timescales –
  25", "Total Number of CYP = 12", "Housing (5) and Homelessness (2)": the
  subject is the lead-in and the label (rule ``label_line``); the lines read
  are claimed, so the sentence pass leaves them alone;
- :func:`item_subject`: a list item that opens with a figure and no noun
  ("- 14 Post 16") takes the lead-in (rule ``list_item``), or the list's
  population ("39% were over 16": rule ``list_population``);
- :func:`continued`: a short line that stops where its subject does takes
  the next line ("2 Students" / "Organisation start date 2022": ``+next_line``).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace

from extractors.facts.phrases import Found
from extractors.facts.prose import HAS_DIGIT, MARKER, PAGE_NUMBER_LINE
from extractors.facts.words import MAX_SUBJECT_WORDS, Tok, is_content, word_is
from extractors.figures import NUMBER, FoundFigure, parse_figure
from extractors.text import squash
from schemas.outline import lines_of
from schemas.provenance import Span


# A number opening a line, bracketed or followed by a stop or bracket or not: "24/112", "19.03.4", "(12)", "12".
_CHAIN_REACH = 6  # the next number of a chain is among the next few line-opening numbers of its form
_LINE_NUMBER = re.compile(r"[ \t]*[(\[]?(?P<number>(?P<prefix>(?:\d{1,4}[./])*)(?P<last>\d{1,4}))[.):\]]?[ \t]+\S")


class Layout:
    """The document's lines, which of them are not prose, and the line a list hangs from.

    Built once per document: lines with absolute offsets, the blocked spans
    (tables, header fields, item titles) merged for fast lookups, and the
    lines claimed by the label pass (``"within 20 days - 7"``), which the
    sentence pass then leaves alone.
    """

    def __init__(self, text: str, blocked: list[Span]):
        self.text = text
        self.lines = lines_of(text)
        self.starts = [line.start for line in self.lines]
        merged: list[list[int]] = []
        for span in blocked:  # sorted by start
            if merged and span.start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], span.end)
            else:
                merged.append([span.start, span.end])
        self._block_starts = [m[0] for m in merged]
        self._blocks = merged
        self.claimed: set[int] = set()  # line indexes read as label lines
        self._lead_ins: dict[int, tuple[int, str] | None] = {}
        self._numbering: frozenset[int] | None = None

    def numbering(self) -> frozenset[int]:
        """Where the line-opening numbers that number something start: minute and item numbers, not counts.

        A number opening a line ("24/112 Councillors discussed ...", "19.03.4 The
        Clerk reported ...", "12 Members of the public ...") numbers a list when
        it is part of a *chain*: line-opening numbers of the same form (the same
        parts before the last one: "24/", "19.03.", none), each one more than the
        one before and coming after it in the text, a few such lines apart at
        most. A chain of two is enough for numbers with parts ("24/111",
        "24/112"); plain numbers need three (11, 12, 13), since counts opening
        lines ("1 Student", "2 Students") can follow each other by one by chance.
        """
        if self._numbering is None:
            by_form: dict[str, list[tuple[int, int]]] = {}
            for line in self.lines:
                m = _LINE_NUMBER.match(line.text)
                if m:
                    by_form.setdefault(m.group("prefix") or "", []).append((int(m.group("last")), line.start + m.start("number")))
            starts: set[int] = set()
            for prefix, numbers in by_form.items():
                for i in range(len(numbers)):
                    chain, j = [i], i
                    while True:
                        j = next((k for k in range(j + 1, min(j + 1 + _CHAIN_REACH, len(numbers))) if numbers[k][0] == numbers[chain[-1]][0] + 1), -1)
                        if j < 0:
                            break
                        chain.append(j)
                    if len(chain) >= (2 if prefix else 3):
                        starts.update(numbers[k][1] for k in chain)
            self._numbering = frozenset(starts)
        return self._numbering

    def is_blocked(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self._block_starts, end) - 1
        return i >= 0 and self._blocks[i][1] > start

    def line_index(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.starts, pos) - 1)

    def next_line(self, index: int, limit: int = 5) -> int | None:
        """The next non-blank line after ``index`` (page numbers skipped) among the ``limit`` lines after it."""
        for k in range(index + 1, min(len(self.lines), index + 1 + limit)):
            stripped = self.lines[k].text.strip()
            if stripped and not PAGE_NUMBER_LINE.match(stripped):
                return None if self.is_blocked(self.lines[k].start, self.lines[k].end) else k
        return None

    def lead_in(self, index: int) -> tuple[int, str] | None:
        """The line a list item hangs from: "Number seen:", "What issues do young people want support with?".

        Walks up over the item's sibling items (lines that open with a
        marker or a figure, label lines), blank lines and page numbers to the
        first other line; that line leads in when it ends with ":" or "?",
        or is a short heading without a full stop.
        """
        if index in self._lead_ins:
            return self._lead_ins[index]
        found = None
        k = index - 1
        apart = bool(MARKER.match(self.lines[index].text))  # a heading leads a list when the list is marked or set apart
        while k >= 0 and index - k <= 24:
            line = self.lines[k]
            stripped = line.text.strip()
            if not stripped or PAGE_NUMBER_LINE.match(stripped):
                apart = apart or not stripped
                k -= 1
                continue
            if self.is_blocked(line.start, line.end) and k not in self.claimed:
                break
            if k in self.claimed or is_item_line(stripped):
                k -= 1
                continue
            words = stripped.split()
            if stripped.endswith((":", "?")) or (apart and len(words) <= 14 and not stripped.endswith((".", ";", ",", "-"))):
                found = (k, lead_in_text(stripped))
            break
        self._lead_ins[index] = found
        return found


# (applied with .match only; blanks taken whole, so a line of spaces is not split between the two blank runs)
ITEM_START = re.compile(r"[ \t]*+(?:[-•·▪✚*■►]|\(?\d{1,2}[.)](?!\d)|\(?[a-z][.)])?[ \t]*+(?:[£$€]?\d)")


def is_item_line(stripped: str) -> bool:
    """A list item or a label line: opens with a marker or a figure, or reads "label - N"."""
    return bool(MARKER.match(stripped) or ITEM_START.match(stripped) or label_line(stripped))


def lead_in_text(stripped: str) -> str:
    """A lead-in line as words for a subject: markers, emphasis, figures and the closing ":" dropped."""
    marker = MARKER.match(stripped)
    text = stripped[marker.end() :] if marker and not MARKER.fullmatch(stripped) else stripped
    text = re.sub(r"[*_]{1,3}", "", text)
    text = re.split(r"(?<=[a-z)][.!?])\s+(?=[A-Z])", text)[-1]  # a wrapped line: only its last sentence leads in
    words = []
    for word in text.split():
        is_figure = re.fullmatch(r"[£$€]?\d[\d,.]*%?", word) is not None
        if is_figure and not (words and word_is(words[-1].strip(".,"), "label")):
            continue  # "for 22 young people": the lead-in's own figure is its own fact
        words.append(word)
    return " ".join(words).rstrip(" :?-–")


# "within 20 days - 7", "Total Number of CYP = 12", "Day 21-40 – 3 (received after due date)"
_LABEL_DASH = re.compile(
    r"(?P<label>[^\s:=].*?)(?P<sep>[ \t]*[=:][ \t]*|[ \t]+[-–—][ \t]*|[-–—][ \t]+)"
    r"(?P<figure>" + NUMBER + r"(?:[ \t]?%)?)(?P<tail>[ \t]*\([^()]*\))?[ \t]*[.;]?"
)


# "Housing (5) and Homelessness (2)", "Moving placement (7)"
_LABEL_PAIR = r"[A-Za-z][^()\d]*?[ \t]*\([ \t]*" + NUMBER + r"(?:[ \t]?%)?[ \t]*\)"


_LABEL_PAIRS = re.compile(_LABEL_PAIR + r"(?:[ \t]*(?:,|;|and|&)[ \t]*" + _LABEL_PAIR + r")*[ \t]*[.;]?")


# One "label (figure)" of such a line. A label is what runs from the first letter after a bracket or a digit (or the
# line's start) to its last character that is not a blank; it is read as blank runs each closed by another character,
# and a match may start only where a label could (after a bracket, a digit or at the start), so a long line without
# brackets is read once and not again from each of its words.
_PAIR = re.compile(
    r"(?:^|(?<=[()\d]))[^A-Za-z()\d]*+(?P<label>[A-Za-z](?:[ \t]*+[^()\d \t])*+)[ \t]*\([ \t]*(?P<figure>" + NUMBER + r"(?:[ \t]?%)?)[ \t]*\)"
)


MAX_LABEL_LINE = 90  # characters: a longer line is prose, not a label line


MAX_LABEL_WORDS = 12


@dataclass
class Label:
    label: str  # the words that say what the figure counts, as printed
    start: int  # the figure's span in the document
    end: int
    raw: str


def label_line(stripped: str, offset: int = 0) -> list[Label]:
    """The figures of a label line ("within 20 days - 7", "Housing (5) and Homelessness (2)"), or none."""
    if len(stripped) > MAX_LABEL_LINE or not re.search(r"[A-Za-z]{3}", stripped):
        return []
    out: list[Label] = []
    m = _LABEL_DASH.fullmatch(stripped)
    if m:
        label = m.group("label").strip(" \t-–—")
        if not m.group("sep")[:1].isspace() and re.search(r"\d$", label):
            return []  # "Pages 5-14", "09:00": a range or a time, not a label and its figure
        out.append(Label(label, offset + m.start("figure"), offset + m.end("figure"), squash(m.group("figure"))))
    elif _LABEL_PAIRS.fullmatch(stripped):
        for p in _PAIR.finditer(stripped):
            label = re.sub(r"^(?:,|;|and|&)\s*", "", p.group("label").strip()).strip()
            out.append(Label(label, offset + p.start("figure"), offset + p.end("figure"), squash(p.group("figure"))))
    for item in out:
        words = item.label.split()
        lows = [x.lower().strip(".,()") for x in words]
        if not words or len(words) > MAX_LABEL_WORDS or not re.search(r"[A-Za-z]{3}", item.label):
            return []
        if word_is(lows[-1], "label"):
            return []  # "Quorum: 3", "Item - 7": a reference
        if not any(x.isalpha() and not word_is(x, "stop_word") and not word_is(x, "preposition") and not word_is(x, "joiner") for x in lows):
            return []  # "For (52)": a vote, not a labelled count
        if len(words) == 1 and words[0].islower() and not words[0].isalpha():
            return []
        if re.search(r"\d,\d{3}|\d\.\d", item.label):
            return []  # "TOTAL Savings ... -114,917.0 -29,070.7 -143,987.7": a table row
    if re.match(r"[a-z_]+\d*:", stripped):
        return []  # "councillorcount: 1": a field of a rendered record
        if re.fullmatch(r"(?:19|20)\d\d", item.raw):
            return []  # "Year end: 2024"
    return out


def label_facts(layout: Layout) -> list[tuple[str, Found]]:
    """Figures of label lines under a lead-in: "Number seen:" / "within statutory timescales – 25".

    The subject is the lead-in and the label ("Number seen: within
    statutory timescales"); a label line with no lead-in counts only when
    its label says it is a total ("Total Number of CYP = 12"). The lines
    read here are claimed, so the sentence pass does not read them again.
    """
    out: list[tuple[str, Found]] = []
    for k, line in enumerate(layout.lines):
        stripped = line.text.strip()
        if not stripped or not HAS_DIGIT.search(stripped) or layout.is_blocked(line.start, line.end):
            continue
        marker = MARKER.match(line.text)
        body_start = line.start + (marker.end() if marker and not MARKER.fullmatch(line.text) else len(line.text) - len(line.text.lstrip()))
        labels = label_line(layout.text[body_start : line.end].rstrip(), body_start)
        if not labels:
            continue
        lead_in = layout.lead_in(k)
        if lead_in is None and not re.match(r"(?i)(?:total|number|no\.?)\b", labels[0].label):
            continue
        layout.claimed.add(k)
        for item in labels:
            lead = lead_in[1].split() if lead_in else []
            if lead:
                lead[-1] += ":"
            kind = "percent" if item.raw.endswith("%") else "count"
            found = Found(candidate=FoundFigure(kind, item.start, item.end, item.raw, parse_figure(item.raw)), subject=lead + item.label.split(), head=item.label.split(), rule="label_line")
            out.append((squash(stripped), found))
    return out


MAX_ITEM_WORDS = 30  # an item line longer than this is prose, not a list item


MAX_CONTINUATION_WORDS = 8


def item_subject(layout: Layout, c: FoundFigure, before: list[Tok], after: list[Tok]) -> Found | None:
    """A figure in a list item that names no counted noun takes it from the list's lead-in.

    "What issues do young people want support with in Harrow?" / "1. Housing (5)":
    the subject is the lead-in and the item's label, the words in front of
    the figure ("Housing") or else after it ("identified themselves as having
    a disability", "as female").
    """
    k = layout.line_index(c.start)
    line = layout.lines[k]
    stripped = line.text.strip()
    marked = bool(MARKER.match(line.text)) and not MARKER.fullmatch(line.text)
    if len(stripped.split()) > (MAX_ITEM_WORDS if marked else MAX_CONTINUATION_WORDS) or not (marked or ITEM_START.match(line.text)):
        return None  # a long line opening with a number is wrapped prose, not an item
    lead_in = layout.lead_in(k)
    if lead_in is None:
        return None
    opening = layout.text[line.start : c.start]
    if layout.text[c.end : c.end + 1] in (")", ".") and re.fullmatch(r"[\s\-•·▪✚*■►]*\(?", opening):
        return None  # "- (1) Stay seated": the item's number
    at_start = re.fullmatch(r"[\s\-•·▪✚*■►o?]*(?:\(?\d{1,2}[.)]\s+)?", opening) is not None
    leaning = bool(before) and (before[-1].text in (",", ";") or before[-1].is_a("joiner"))
    if not at_start and not leaning:
        return None  # "Turned 18 and ...", a second sentence: a number inside the item's words, not its figure
    label = [t for t in before if t.start >= line.start and (t.is_word or t.is_number)]
    while label and (label[0].is_a("joiner") or label[0].is_number and label[0].start < line.start + len(line.text) - len(line.text.lstrip()) + 3):
        label = label[1:]  # "and Homelessness", a list number
    if not any(is_content(t) for t in label):
        label = []
        for t in after:
            if t.text in (",", ";", ".", ":", "(") or (t.is_number and (t.text.endswith("%") or t.text[:1] in "£$€")):
                break  # "85.7% receive ... 3.0% receive ...": the next figure's label
            label.append(t)
            if len(label) >= MAX_SUBJECT_WORDS:
                break
        words = [t.text for t in label if t.is_word or t.is_number]
        if words and word_is(words[0], "auxiliary"):
            words = words[1:]  # "10 are living in Harrow" -> "living in Harrow"
    else:
        words = [t.text for t in label]
    if not any(x[:1].isalpha() for x in words):
        return None
    if label and label[0].is_a("auxiliary"):
        population = list_population(layout, lead_in[0], k)
        if population:
            return Found(candidate=c, subject=population + words, head=population, rule="list_population")  # "39% were over 16"
    lead = lead_in[1].split()
    lead[-1] += ":"
    return Found(candidate=c, subject=lead + words, head=lead, rule="list_item")  # the next figure of the item leans on the lead-in


_POPULATION = re.compile(
    r"[\s\-•·▪✚*■►]*" + NUMBER + r"[ \t]?%?[ \t]+of[ \t]+(?:the[ \t]+|all[ \t]+)?(?P<population>[A-Za-z][^.;:%\d]*(?:\d[^.;:%\d]*)*?)[ \t]+(?:were|was|are|is)[ \t]"
)


def list_population(layout: Layout, lead_index: int, index: int) -> list[str] | None:
    """Who a list counts, as its first full item says: "8.6% of [children who started to be looked after ...] were aged less than 1".

    A later item that gives only a predicate ("39% were over 16") counts the same people.
    """
    for k in range(lead_index + 1, index):
        m = _POPULATION.match(layout.lines[k].text)
        if m:
            return m.group("population").split()
    return None


def continued(layout: Layout, found: Found) -> Found:
    """A short line that stops where its subject does takes the next line: "2 Students" / "Organisation start date 2022".

    Slides and lists print a figure and its noun on one line and what they
    are on the next ("4 young people signposted to:" / "Employment
    Programmes"). The next line joins the subject when the figure's line ends
    with ":" or its subject names only who is counted ("Students").
    """
    c = found.candidate
    k = layout.line_index(c.start)
    line = layout.lines[k]
    stripped = line.text.strip()
    if len(stripped.split()) > MAX_CONTINUATION_WORDS:
        return found
    content = [x for x in found.subject if is_content(Tok(x, 0, 0))]
    if not (stripped.rstrip("*_ ").endswith(":") or all(word_is(x, "generic_subject") for x in content)):
        return found
    nxt = layout.next_line(k)
    if nxt is None:
        return found
    following = layout.lines[nxt].text.strip()
    marker = MARKER.match(following)
    if marker and not MARKER.fullmatch(following):
        following = following[marker.end() :]
    words = re.sub(r"[*_]{1,3}", "", following).split()
    if not words or len(words) > MAX_CONTINUATION_WORDS or following.endswith(":"):
        return found
    return replace(found, subject=found.subject + words, rule=found.rule + "+next_line")
