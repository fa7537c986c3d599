"""Facts: figures in prose, with what they count.

"22 of the 214 children in care were reported missing", "26% (25/97) of
children of statutory school age had an EHCP", "Harrow had housed 39 care
leavers into secure tenancies": each is one :class:`~schemas.report.Fact`.

How a fact is found
-------------------

1. **Prose only.** The document text is cut into paragraphs (lines joined
   where a PDF wrapped them) and paragraphs into sentences (a spaCy blank
   English pipeline with the rule-based sentencizer, as in ``actions``).
   Lines that belong to tables are skipped: the spans of ``ctx.doc.tables``
   and of the ``kpi_tables`` records,
   the lines of a PDF page that a ruled or figure-filled table on that page
   covers, and any line that is mostly figures ("April 16 81.25% (13) 12.5%
   (2)"). So are page-number lines, header fields and agenda item numbers
   and titles. Tables are the ``kpi_tables`` extractor's.
2. **Figures.** ``vocab/facts.toml`` lists what a printed figure looks like
   (``[[figure]]``: "26% (25/97)", "35/47 (74.5%)", "22 of the 214", "47%",
   "£1.2m", a bare count) and the contexts that make a number *not* a
   figure: a label before it ("Item 7", "Pages 5 - 14", "paragraph 3",
   "Year 6", "Key Stage 5", "aged 17"), a date, time or unit after it
   ("1 April 2022", "6.00 pm", "20 days"), a year, a range ("5 - 14"), a
   reference glued to letters ("12A", "s20", "1st"), a threshold or a
   target rather than a count ("at least 20", "no more than 18", "a target
   of 700", "a floor threshold of 75%"), an address ("18 Parkview Drive"),
   a slide number glued to a bullet (the page numbering's next number).
   "Up to 70 children" is a figure (the most there were; the subject says
   "(up to)"), and so are changes ("a slight decrease of 3.7%", "from 15%
   to 26%") and comparisons ("13% higher than ...").
3. **A subject, or no fact.** A figure is kept only when the sentence says
   what it counts (``subject``, a short phrase taken from the sentence):

   - a count needs a plural noun right after it ("39 care leavers",
     "14 young people"; "1 student" a singular one); a bare "139" is kept
     only as the second half of a comparison ("146 children ..., compared
     with 139 at the end of March 2024"), where it inherits the first
     figure's subject;
   - a percentage or fraction takes the noun phrase after "of" ("26% (25/97)
     of children ..."), the noun phrase right after it ("2% known drug
     misuse"), the subject of "... was 10.27%" / "... reached £1.2m" before
     it, or the phrase in front of a bracketed percentage ("suspected gang
     activity (5%)");
   - money needs the "... reached / was £1.2m" or the "£1,800 of funding"
     form (a budget line without a subject is not a fact);
   - sentences that are lists of figures with a word or two each, and
     numbered headings ("3 AUDIT COMMISSION INTERIM REPORT"), give none.

4. **Lists, slides and neighbours.** Reports print many figures without a
   sentence around them. Three more places say what they count:

   - *label lines* ("within statutory timescales – 25", "Total Number of
     CYP = 12", "Housing (5) and Homelessness (2)") take the line they hang
     from, the *lead-in* ("Number seen:", "What issues do young people want
     support with in Harrow?", a short heading set apart by a blank line):
     subject "Number seen: within statutory timescales". A list item that
     opens with a figure and no noun ("- 9 identified themselves as having a
     disability", "- 14 Post 16") does the same;
   - a short line that stops where its subject does takes the next line
     ("2 Students" / "Organisation start date 2022", "4 young people
     signposted to:" / "Employment Programmes"); a subject that still says
     only who is counted ("11 children") takes the clause before the
     figure, in brackets;
   - a figure that leans on another ("15 identified as male, 7 as female",
     "dropping to 179 in March 2023", "with a figure of 202", "this number
     dropped to 179", "All 13 are male", "the figures for 2024 (47%)") takes
     the subject of the figure before it in the sentence, or else the
     paragraph's *topic*: what its last sentence counted ("the number of
     the Looked After population"). A blank line ends a topic, except
     between the items of one list.

   The subject is the head noun phrase plus what the sentence says of it:
   auxiliaries are dropped ("were reported missing" -> "reported missing"),
   "had an EHCP" becomes "with an EHCP", "had attended" becomes "who
   attended", and a verb before the figure moves after its noun ("had
   housed 39 care leavers into secure tenancies" -> "care leavers housed
   into secure tenancies"). An acronym defined in place is shortened to the
   acronym when its expansion is capitalised ("Education, Health and Care
   Plan (EHCP)" -> "EHCP"), and its bracket is dropped otherwise. A time
   phrase opening the sentence ("Since April 2023, ...") or following a
   "... was N%" figure ("in May 2025") is added to the subject.

Conventions
-----------

- ``raw`` is the figure as printed (whitespace squashed); the row's span
  (``char_start``/``char_end``) covers exactly those characters, so a
  reader sees which number; ``text`` is the whole sentence, squashed (in a
  run-on text of more than 1,000 characters without a full stop, the words
  around the figure).
- The figure is normalised by :func:`extractors.values.parse_figure`, with
  one convention on top: **"N of M" and "N out of (the) M" are counts** --
  ``value`` N, ``unit`` "count", ``numerator`` N, ``denominator`` M (the
  share is for a reader to compute; the printed statement is a count).
  Fractions with a printed percentage ("35/47 (74.5%)") keep parse_figure's
  reading: the percentage, with numerator and denominator.
- ``agenda_item_id`` and ``printed_page`` come from
  :class:`~extractors.report_items.ItemLocator`.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache

import spacy

from extractors import vocab
from extractors.glossary import find_definitions
from extractors.registry import ExtractionContext, extractor
from extractors.report_items import ItemLocator
from extractors.text import squash
from extractors.values import parse_figure
from schemas.outline import lines_of
from schemas.provenance import Span
from schemas.report import Fact

NAME = "facts"

NUMBER = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
PERCENTISH = {"percent-fraction", "fraction-percent", "percent-count", "percent", "fraction"}
MAX_SUBJECT_WORDS = 14
MAX_SENTENCE = 1000  # characters: a longer "sentence" is a run-on text; a fact keeps the words around its figure
SPACY_CHUNK = 100_000  # characters given to spaCy at once (its limit is 1,000,000)


# ---------------------------------------------------------------------------
# Vocabulary
# ---------------------------------------------------------------------------


@dataclass
class _Vocab:
    figures: list[tuple[str, re.Pattern[str]]]
    words: dict[str, frozenset[str]]
    linking: list[tuple[str, ...]]
    openers: list[tuple[str, ...]]
    topic_openers: list[tuple[str, ...]]
    time_phrase: re.Pattern[str]
    table_line_min: int


@lru_cache(maxsize=1)
def _vocab() -> _Vocab:
    data = vocab.load("facts")
    cfg = data["facts"]
    figures = []
    for rule in data["figure"]:
        body = rule["pattern"].replace("{N}", NUMBER)
        figures.append((rule["name"], re.compile(cfg["before"] + "(?:" + body + ")" + cfg["after"], re.I)))
    keys = ("label_words", "unit_words", "irregular_plurals", "not_plurals", "qualifiers", "determiners", "pronouns",
            "auxiliaries", "have_words", "stop_words", "verbs", "percent_followers", "joiners", "prepositions",
            "vague_subjects", "change_words", "street_words", "participles", "ed_adjectives", "unit_modifiers",
            "generic_subjects", "counted_nouns", "comparatives", "quantifiers")  # fmt: skip
    words = {k: frozenset(w.lower() for w in cfg[k]) for k in keys}
    return _Vocab(
        figures=figures,
        words=words,
        linking=sorted((tuple(v.split()) for v in cfg["linking_verbs"]), key=len, reverse=True),
        openers=sorted((tuple(v.split()) for v in cfg["subject_openers"]), key=len, reverse=True),
        topic_openers=sorted((tuple(v.split()) for v in cfg["topic_openers"]), key=len, reverse=True),
        time_phrase=re.compile(cfg["time_phrase"]),
        table_line_min=int(cfg["table_line_min_figures"]),
    )


@lru_cache(maxsize=1)
def _nlp() -> spacy.language.Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


# ---------------------------------------------------------------------------
# Words
# ---------------------------------------------------------------------------

_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’\-]*[A-Za-z]|[A-Za-z]|[£$€]?\d+(?:[.,/]\d+)*%?|[^\sA-Za-z\d]")


_EMPHASIS = {"*", "_"}  # Markdown bold and italics ("**22 young people**") are not punctuation


@dataclass
class Tok:
    text: str
    start: int
    end: int

    @property
    def low(self) -> str:
        return self.text.lower()

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalpha()

    @property
    def is_number(self) -> bool:
        return self.text[:1].isdigit() or self.text[:1] in "£$€"


def _tokens(text: str, start: int, end: int, replacements: list[tuple[Span, str]] = ()) -> list[Tok]:
    """Words, numbers and punctuation of ``text[start:end]``; a defined acronym's span becomes one token."""
    out: list[Tok] = []
    pos = start
    for span, word in sorted(replacements, key=lambda r: r[0].start):
        if span.end <= start or span.start >= end:
            continue
        out.extend(Tok(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text, pos, max(pos, span.start)))
        if word:
            out.append(Tok(word, span.start, span.end))
        pos = max(pos, span.end)
    out.extend(Tok(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text, pos, end))
    return [t for t in out if t.text not in _EMPHASIS]


def _is_plural(tok: Tok) -> bool:
    w = _vocab().words
    low = tok.low.rstrip("'’")
    if low in w["irregular_plurals"]:
        return True
    if tok.text.isupper() and len(tok.text) >= 2:
        return True  # an acronym: "CLA", "PAs", "UASC"
    if re.fullmatch(r"[A-Z]{2,}s", tok.text):
        return True
    if not tok.is_word or low in w["not_plurals"] or len(low) < 4:
        return False
    return low.endswith("s") and not low.endswith(("ss", "us", "is", "'s", "’s"))


def _is_verbish(tok: Tok) -> bool:
    w = _vocab().words
    low = tok.low
    return low in w["auxiliaries"] or low in w["have_words"] or low in w["verbs"] or (low.endswith("ed") and len(low) > 4)


def _is_content(tok: Tok) -> bool:
    """A word that can carry a subject: not a function word, verb, pronoun or number."""
    w = _vocab().words
    low = tok.low
    if tok.text == "May":
        return True  # the month, not the verb
    return (
        tok.is_word
        and low not in w["determiners"]
        and low not in w["pronouns"]
        and low not in w["prepositions"]
        and low not in w["stop_words"]
        and low not in w["joiners"]
        and low not in w["auxiliaries"]
        and low not in w["have_words"]
        and low not in w["verbs"]
    )


# ---------------------------------------------------------------------------
# Where prose is
# ---------------------------------------------------------------------------

_MARKER = re.compile(r"[ \t]*(?:[-•·▪✚*?■►o]|\(?\d{1,2}[.)](?!\d)|\d{1,2}(?:\.\d{1,2}){1,3}(?=[ \t]+[A-Z])|\([a-z]{1,4}\)|[a-z][.)])[ \t]+")
_PAGE_NUMBER_LINE = re.compile(r"^\s*(?:page\s+)?\d{1,4}\s*$", re.I)
_FIGURE_TOKEN = re.compile(r"(?<![\w.])(?:[£$€]?\d[\d,.]*%?|<\d+|n/a|\*|-|–)(?![\w])", re.I)


def _blocked_spans(ctx: ExtractionContext) -> list[Span]:
    """Spans that are not prose: tables, header fields, item numbers and titles."""
    spans = [t.span for t in ctx.doc.tables if t.span is not None]
    spans += [Span(start=t.char_start, end=t.char_end) for t in ctx.records.get("kpi_tables", []) if t.char_start is not None and t.char_end is not None]
    spans += _pdf_table_lines(ctx)
    outline = ctx.outline
    if outline is not None:
        spans += [s for s in outline.fields.values() if isinstance(s, Span)]
        for block in outline.items:
            spans += [s for s in (block.number, block.title) if s is not None]
    return sorted(spans, key=lambda s: s.start)


def _pdf_table_lines(ctx: ExtractionContext) -> list[Span]:
    """Lines of a PDF page that a table found on that page accounts for.

    PDF tables come without a span. A table counts when it is ruled or when
    most of its cells are figures (a text-aligned "table" made of a prose
    page is not one); a line of its page is the table's when every word of
    the line appears in the table's cells.
    """
    out: list[Span] = []
    pages = {p.index: p for p in ctx.doc.pages}
    for table in ctx.doc.tables:
        if table.span is not None or table.page not in pages:
            continue
        cells = [c for row in table.rows for c in row if c]
        if not cells:
            continue
        figures = sum(1 for c in cells if _is_figure_cell(c))
        if not (table.ruled or figures >= 0.4 * len(cells)):
            continue
        vocabulary = {t.lower() for c in cells for t in c.split()}
        page = pages[table.page]
        for line in lines_of(ctx.text, page.start, page.end):
            words = line.text.split()
            if words and all(w.lower() in vocabulary for w in words):
                out.append(Span(start=line.start, end=line.end))
    return out


_TABLEISH = re.compile(r"[\d\-–*]|n/a", re.I)  # what a figure token needs: without one, a line has no figures


@lru_cache(maxsize=4096)
def _is_figure_cell(cell: str) -> bool:
    return parse_figure(cell).status != "text"


def _is_table_line(text: str) -> bool:
    if text.count("\t") >= 2:
        return True
    if not _TABLEISH.search(text):
        return False
    marker = _MARKER.match(text)
    if marker and not _MARKER.fullmatch(text):
        text = text[marker.end() :]  # "- 14 Post 16": the list marker is not a figure
    figures = len(_FIGURE_TOKEN.findall(text))
    words = len(re.findall(r"[A-Za-z]{2,}", text))
    return figures >= _vocab().table_line_min and words <= figures


class _Layout:
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

    def is_blocked(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self._block_starts, end) - 1
        return i >= 0 and self._blocks[i][1] > start

    def line_index(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.starts, pos) - 1)

    def next_line(self, index: int, limit: int = 5) -> int | None:
        """The next non-blank line after ``index`` (page numbers skipped) among the ``limit`` lines after it."""
        for k in range(index + 1, min(len(self.lines), index + 1 + limit)):
            stripped = self.lines[k].text.strip()
            if stripped and not _PAGE_NUMBER_LINE.match(stripped):
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
        apart = bool(_MARKER.match(self.lines[index].text))  # a heading leads a list when the list is marked or set apart
        while k >= 0 and index - k <= 24:
            line = self.lines[k]
            stripped = line.text.strip()
            if not stripped or _PAGE_NUMBER_LINE.match(stripped):
                apart = apart or not stripped
                k -= 1
                continue
            if self.is_blocked(line.start, line.end) and k not in self.claimed:
                break
            if k in self.claimed or _is_item_line(stripped):
                k -= 1
                continue
            words = stripped.split()
            if stripped.endswith((":", "?")) or (apart and len(words) <= 14 and not stripped.endswith((".", ";", ",", "-"))):
                found = (k, _lead_in_text(stripped))
            break
        self._lead_ins[index] = found
        return found


_ITEM_START = re.compile(r"[ \t]*(?:[-•·▪✚*■►]|\(?\d{1,2}[.)](?!\d)|\(?[a-z][.)])?[ \t]*(?:[£$€]?\d)")


def _is_item_line(stripped: str) -> bool:
    """A list item or a label line: opens with a marker or a figure, or reads "label - N"."""
    return bool(_MARKER.match(stripped) or _ITEM_START.match(stripped) or _label_line(stripped))


def _lead_in_text(stripped: str) -> str:
    """A lead-in line as words for a subject: markers, emphasis, figures and the closing ":" dropped."""
    marker = _MARKER.match(stripped)
    text = stripped[marker.end() :] if marker and not _MARKER.fullmatch(stripped) else stripped
    text = re.sub(r"[*_]{1,3}", "", text)
    text = re.split(r"(?<=[a-z)][.!?])\s+(?=[A-Z])", text)[-1]  # a wrapped line: only its last sentence leads in
    labels = _vocab().words["label_words"]
    words = []
    for word in text.split():
        is_figure = re.fullmatch(r"[£$€]?\d[\d,.]*%?", word) is not None
        if is_figure and not (words and words[-1].lower().strip(".,") in labels):
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
_PAIR = re.compile(r"(?P<label>[A-Za-z][^()\d]*?)[ \t]*\([ \t]*(?P<figure>" + NUMBER + r"(?:[ \t]?%)?)[ \t]*\)")
MAX_LABEL_LINE = 90  # characters: a longer line is prose, not a label line
MAX_LABEL_WORDS = 12


@dataclass
class _Label:
    label: str  # the words that say what the figure counts, as printed
    start: int  # the figure's span in the document
    end: int
    raw: str


def _label_line(stripped: str, offset: int = 0) -> list[_Label]:
    """The figures of a label line ("within 20 days - 7", "Housing (5) and Homelessness (2)"), or none."""
    if len(stripped) > MAX_LABEL_LINE or not re.search(r"[A-Za-z]{3}", stripped):
        return []
    out: list[_Label] = []
    m = _LABEL_DASH.fullmatch(stripped)
    if m:
        label = m.group("label").strip(" \t-–—")
        if not m.group("sep")[:1].isspace() and re.search(r"\d$", label):
            return []  # "Pages 5-14", "09:00": a range or a time, not a label and its figure
        out.append(_Label(label, offset + m.start("figure"), offset + m.end("figure"), squash(m.group("figure"))))
    elif _LABEL_PAIRS.fullmatch(stripped):
        for p in _PAIR.finditer(stripped):
            label = re.sub(r"^(?:,|;|and|&)\s*", "", p.group("label").strip()).strip()
            out.append(_Label(label, offset + p.start("figure"), offset + p.end("figure"), squash(p.group("figure"))))
    w = _vocab().words
    for item in out:
        words = item.label.split()
        lows = [x.lower().strip(".,()") for x in words]
        if not words or len(words) > MAX_LABEL_WORDS or not re.search(r"[A-Za-z]{3}", item.label):
            return []
        if lows[-1] in w["label_words"]:
            return []  # "Quorum: 3", "Item - 7": a reference
        if not any(x.isalpha() and x not in w["stop_words"] and x not in w["prepositions"] and x not in w["joiners"] for x in lows):
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


def _paragraphs(layout: _Layout) -> list[Span]:
    """Runs of prose lines, joined where a line wraps; a list marker or a short heading line starts a new one."""
    paragraphs: list[Span] = []
    current: list[tuple[int, int, str]] = []

    def flush() -> None:
        if current:
            paragraphs.append(Span(start=current[0][0], end=current[-1][1]))
            current.clear()

    for k, line in enumerate(layout.lines):
        stripped = line.text.strip()
        if not stripped or k in layout.claimed or _PAGE_NUMBER_LINE.match(stripped) or _is_table_line(stripped) or layout.is_blocked(line.start, line.end):
            flush()
            continue
        if current:
            previous = current[-1][2]
            starts_new = bool(_MARKER.match(line.text)) and not _MARKER.fullmatch(line.text)
            ends_sentence = previous.endswith((".", "!", "?", ":", ";"))
            heading = len(previous) < 45 and not previous.endswith((",", "-", "–")) and stripped[:1].isupper()
            if starts_new or ends_sentence or heading:
                flush()
        current.append((line.start + (len(line.text) - len(line.text.lstrip())), line.end, stripped))
    flush()
    return paragraphs


_HAS_DIGIT = re.compile(r"\d")


def _chunks(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``[start, end)`` cut at whitespace into pieces of at most ``SPACY_CHUNK`` characters."""
    out = []
    while end - start > SPACY_CHUNK:
        cut = start + SPACY_CHUNK
        space = max(text.rfind(" ", start, cut), text.rfind("\n", start, cut))
        cut = space + 1 if space > start else cut
        out.append((start, cut))
        start = cut
    out.append((start, end))
    return out


def _sentences(text: str, paragraphs: list[Span]) -> list[Span]:
    """Sentences of each paragraph (list markers removed), as spans of the document text."""
    nlp = _nlp()
    out: list[Span] = []
    bases = []
    pieces = []
    for p in paragraphs:
        if not _HAS_DIGIT.search(text, p.start, p.end):
            continue  # no figure, no fact: spaCy need not see it
        start = p.start
        marker = _MARKER.match(text, start, p.end)
        if marker:
            start = marker.end()
        for base, end in _chunks(text, start, p.end):
            bases.append(base)
            pieces.append(text[base:end])
    for base, doc in zip(bases, nlp.pipe(pieces)):
        for sent in doc.sents:
            s, e = base + sent.start_char, base + sent.end_char
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if e > s:
                out.append(Span(start=s, end=e))
    return out


# ---------------------------------------------------------------------------
# Figures
# ---------------------------------------------------------------------------


@dataclass
class Candidate:
    kind: str
    start: int
    end: int
    raw: str


_FROM_TO = re.compile(r"(?i)\bfrom\s+(?P<a>[£$€]\s?" + NUMBER + r"|" + NUMBER + r"\s?%)\s+to\s+(?:[£$€]\s?" + NUMBER + r"|" + NUMBER + r"\s?%)(?![\w/])")


def _figures(text: str, start: int, end: int) -> list[Candidate]:
    """Printed figures in ``text[start:end]``: the longest at each place, no overlaps."""
    found = []
    for kind, pattern in _vocab().figures:
        for m in pattern.finditer(text, start, end):
            if kind in ("count-percent", "out-of") and re.match(r"(?:19|20)\d\d\b", m.group()):
                continue  # "the figures for 2024 (47%)": a year, then the figure
            found.append(Candidate(kind, m.start(), m.end(), squash(m.group())))
    for m in _FROM_TO.finditer(text, start, end):  # "from 15% to 26%": a change, not the range "15% to 26%"
        kind = "money" if m.group("a")[:1] in "£$€" else "percent"
        found.append(Candidate(kind, m.start("a"), m.end("a"), squash(m.group("a"))))
    found.sort(key=lambda c: (c.start, -(c.end - c.start)))
    out: list[Candidate] = []
    for c in found:
        if not out or c.start >= out[-1].end:
            out.append(c)
    return out


def _excluded(text: str, c: Candidate, sentence: Span) -> bool:
    """Whether the figure is a label, a date, a year, a time, a unit, a ratio part or a reference."""
    w = _vocab().words
    before = text[max(sentence.start, c.start - 40) : c.start]
    after = text[c.end : min(sentence.end, c.end + 40)]
    prev_words = re.findall(r"[A-Za-z][A-Za-z.]*", before)
    prev = prev_words[-1].lower().rstrip(".") if prev_words and re.search(r"[A-Za-z.]\s*$", before) else ""
    next_m = re.match(r"\s*([A-Za-z][A-Za-z'.]*)", after)
    nxt = next_m.group(1).lower().rstrip(".") if next_m else ""
    first = re.match(r"[£$€]?\s?(" + NUMBER + ")", c.raw)
    number = first.group(1) if first else ""
    if prev in w["label_words"] or before.lower().rstrip().endswith(("key stage", "stage", "post", "under-", "over-")) or re.search(r"\bage\s+of\s*$", before, re.I):
        return True
    if re.search(r"(?<![\d.,])(?!(?:19|20)\d\d\s)\d(?:[\d,.]*\d)?\s+$", before):
        return True  # "020 8545 3181", "9, 10": the number runs on from another one
    if re.search(r"\b(?:targets?|thresholds?|floor|ceiling|tolerance)\s+(?:of\s+)?(?:[a-z]+\s+)?$", before, re.I):
        return True  # "against a target of 700 households", "a floor threshold of 75%": a target, not a count
    if re.search(r"\b(?:no|not)\s+(?:more|fewer|less)\s+than\s+$", before, re.I):
        return True  # "a caseload of no more than 18 children": a limit
    if re.search(r"\b[a-z]+\d+:\s*$", before):
        return True  # "line1: 19 Clos Llysfaen": a field of a rendered record
    if re.search(r"\d\s?%\s+to\s+$", before) and not re.search(r"\bfrom\s+" + NUMBER + r"\s?%\s+to\s+$", before, re.I):
        return True  # "5% to 10%": a range; "from 15% to 26%" is a change
    if re.search(r"\d(?:st|nd|rd|th)?\s+(?:in|out\s+of|of)\s+$", before):
        return True  # second half of "2 in 3"
    change = re.search(r"\b([a-z]+)\s+of\s+(?:(?:over|about|around|almost|nearly|approximately|more\s+than|some)\s+)?$", before, re.I)
    if change and change.group(1).lower() in ("target", "targets"):
        return True  # "a target of 700 households": a target, not a count
    if re.search(r"\bat\s+least\s+$", before, re.I):
        return True  # "at least 20 signatures", "at least 1 GCSE": a threshold, not a count
    if c.kind in ("count", "out-of", "fraction") and nxt in w["unit_words"] and not re.match(r"\s*(?:Year|Yr)\s+\d", after):
        return True  # "20 days"; but "7 Year 11 students" counts students
    if c.kind in ("count", "out-of") and re.fullmatch(r"(?:19|20)\d\d", number):
        return True  # a year
    if c.kind == "count" and re.match(r"\s*(?:am|pm|a\.m|p\.m)\b", after, re.I):
        return True
    if c.kind in ("fraction", "fraction-percent"):
        parts = re.findall(NUMBER, c.raw)
        num, den = parts[0], parts[1]
        if den.startswith("0") or num.startswith("0") and len(num) > 1 or float(num.replace(",", "")) > float(den.replace(",", "")):
            return True
        if re.fullmatch(r"(?:19|20)\d\d", num) or re.fullmatch(r"(?:19|20)\d\d", den):
            return True
    if c.kind.startswith("percent") and nxt in w["percent_followers"] and nxt != "of" and nxt not in w["comparatives"]:
        return True
    return False


# ---------------------------------------------------------------------------
# Subjects
# ---------------------------------------------------------------------------


@dataclass
class Subject:
    head: list[Tok]
    rest: list[Tok] = field(default_factory=list)  # prepositional phrases and predicate, as printed
    verb: Tok | None = None  # a verb before the figure whose object the figure is

    def words(self) -> list[str]:
        head = [t.text for t in self.head]
        rest = _predicate([t.text for t in self.rest])
        if self.verb is not None:
            prep = next((i for i, t in enumerate(self.rest) if t.low in _vocab().words["prepositions"]), None)
            if prep == 0 or not self.rest:
                return head + [self.verb.text] + rest
        return head + rest


def _predicate(words: list[str]) -> list[str]:
    """Auxiliaries dropped, possession and perfect tenses rewritten: "were reported" -> "reported"."""
    w = _vocab().words
    out: list[str] = []
    i = 0
    keep = False  # inside a verb group kept as printed: "who have been", "to be matched", "will be"
    while i < len(words):
        low = words[i].lower()
        nxt = words[i + 1].lower() if i + 1 < len(words) else ""
        last = out[-1].lower() if out else ""
        if last in ("who", "that", "to", "will", "would", "can", "could", "may", "might", "should", "must"):
            keep = True
        if keep:
            out.append(words[i])
            keep = low in w["auxiliaries"] or low in w["have_words"] or low in ("who", "that", "to", "not")
            i += 1
            continue
        if low in w["have_words"] and nxt in ("not", "never"):
            i += 1  # "has not been recorded" -> "not recorded"
            continue
        if low in w["have_words"] and nxt.endswith("ly") and i + 2 < len(words) and _participle(words[i + 2]):
            out += ["who", words[i], words[i + 1], words[i + 2]]  # "have nearly finished"
            i += 3
            continue
        if low in w["have_words"]:
            if nxt in ("been", "being"):
                i += 2
                continue
            if nxt.endswith("ed") and len(nxt) > 4:
                out += ["who", words[i + 1]]
                i += 2
                continue
            if nxt in w["verbs"]:
                out += ["who", words[i], words[i + 1]]
                i += 2
                continue
            if not out or out[-1].lower() != "with":
                out.append("with")
            i += 1
            continue
        if low in w["auxiliaries"]:
            i += 1
            continue
        out.append(words[i])
        i += 1
    return out


def _participle(word: str) -> bool:
    low = word.lower()
    return (low.endswith("ed") and len(low) > 4) or low in _vocab().words["verbs"]


def _list_comma(toks: list[Tok], i: int) -> bool:
    """Whether the comma at ``toks[i]`` separates items of a list ("education, employment or training")."""
    window = [t.low for t in toks[i + 1 : i + 5]]
    for k in range(1, 4):
        if k < len(window) and window[k] in ("and", "or", ",", "&") and all(_tok_word(x) for x in window[:k]):
            return True
    return False


def _tok_word(low: str) -> bool:
    return low[:1].isalpha() and low not in _vocab().words["stop_words"]


def _collect(toks: list[Tok], i: int, limit: int = 24) -> list[Tok]:
    """Tokens from ``i`` to the end of the phrase: a clause boundary, another figure or a stop word."""
    w = _vocab().words
    out: list[Tok] = []
    while i < len(toks) and len(out) < limit:
        t = toks[i]
        low = t.low
        if t.text == "(":
            close = next((k for k in range(i + 1, min(len(toks), i + 6)) if toks[k].text == ")"), None)
            if close is not None and all(x.is_word for x in toks[i + 1 : close]) and close - i <= 3:
                i = close + 1  # "(SSA)": an aside, skipped
                continue
            break
        if t.text == ",":
            if _list_comma(toks, i):
                out.append(t)
                i += 1
                continue
            break
        if t.text == "/":
            out.append(t)
            i += 1
            continue
        if t.text in ("-", "–") and out and out[-1].is_number and i + 1 < len(toks) and toks[i + 1].is_number:
            out.append(t)  # "aged 19-21"
            i += 1
            continue
        if not t.is_word and not t.is_number:
            if t.text in ("'", "’", "‘", "&"):
                out.append(t)
                i += 1
                continue
            break
        if t.is_number:
            if not _inline_number(toks, i):
                break
            out.append(t)
            i += 1
            continue
        if low in w["stop_words"] and not (low == "after" and out and out[-1].low == "looked"):
            break
        if low in ("should", "would", "could", "might") and i + 1 < len(toks) and toks[i + 1].low in w["determiners"]:
            break  # "... all 3 Grants should the Committee decide": a condition, not the predicate
        if low in w["joiners"]:
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            if nxt is None or not _is_content(nxt) or (nxt.low.endswith("ed") and len(nxt.low) > 4):
                break
        out.append(t)
        i += 1
    while out and (out[-1].low in w["joiners"] or out[-1].low in w["prepositions"] or out[-1].low in w["determiners"] or not (out[-1].is_word or out[-1].is_number)):
        out.pop()
    return out


def _inline_number(toks: list[Tok], i: int) -> bool:
    """A number that belongs to a phrase rather than being another figure: a year, "quarter 3", "72 hours"."""
    w = _vocab().words
    t = toks[i]
    if re.fullmatch(r"(?:19|20)\d\d(?:/(?:19|20)?\d\d)?", t.text):
        return True
    prev = toks[i - 1].low if i > 0 else ""
    nxt = toks[i + 1].low if i + 1 < len(toks) else ""
    if prev in w["label_words"] or nxt in w["unit_words"] or nxt in ("st", "nd", "rd", "th"):
        return True
    if prev == "of" and i >= 2 and toks[i - 2].low in w["label_words"]:
        return True  # "over the age of 16"
    if prev in ("to", "-", "–", "and") and i >= 2 and toks[i - 2].is_number and _inline_number(toks, i - 2):
        return True  # "aged 1 to 4", "aged 19-21"
    return False


def _split_head(words: list[Tok]) -> tuple[list[Tok], list[Tok]]:
    """The head noun phrase (up to its last plural noun before a preposition or verb) and the rest."""
    w = _vocab().words
    region_end = len(words)
    seen_plural = False
    for k, t in enumerate(words):
        low = t.low
        ends_region = (
            low in w["prepositions"] or low in w["auxiliaries"] or low in w["have_words"] or low in w["verbs"]
            or low in ("who", "that", "whose", "currently", "now", "still", "also", "already")
            or (seen_plural and (low.endswith("ed") or low.endswith("ing")) and low not in ("looked",))
        )  # fmt: skip
        if k > 0 and ends_region:
            region_end = k
            break
        if low == "looked" and k + 1 < len(words) and words[k + 1].low == "after":
            continue
        if _is_plural(t):
            seen_plural = True
    region = words[:region_end]
    last_plural = max((k for k, t in enumerate(region) if _is_plural(t) or (t.low == "after" and k and region[k - 1].low == "looked")), default=None)
    if last_plural is None:
        return region, words[region_end:]
    return region[: last_plural + 1], region[last_plural + 1 :] + words[region_end:]


def _trim(words: list[str]) -> list[str]:
    w = _vocab().words
    words = words[:MAX_SUBJECT_WORDS]
    while words and (words[-1].lower() in w["joiners"] or words[-1].lower() in ("who", "that", "which", "whose") or words[-1].lower() in w["prepositions"] or words[-1].lower() in w["determiners"] or words[-1] in (",", "/", "'", "’")):
        words.pop()
    return words


def _join(words: list[str]) -> str:
    text = " ".join(words)
    text = re.sub(r"\s+([,’'])", r"\1", text)
    text = re.sub(r"\(\s+", "(", text)
    text = re.sub(r"\s+\)", ")", text)
    text = re.sub(r"([‘])\s+", r"\1", text)
    text = re.sub(r"\s*/\s*", "/", text)
    text = re.sub(r"\b(\d+) (st|nd|rd|th)\b", r"\1\2", text)
    text = re.sub(r"(\d) - (\d)", r"\1-\2", text)
    return text.strip()


def _strip_opening(words: list[Tok]) -> list[Tok]:
    v = _vocab()
    lows = [t.low for t in words]
    for opener in v.openers:
        if tuple(lows[: len(opener)]) == opener:
            return words[len(opener) :]
    while words and words[0].low in v.words["determiners"]:
        words = words[1:]
    return words


def _singular(words: list[Tok]) -> Subject | None:
    """The subject of "1 IV pair", "1 student will graduate": a singular noun phrase and its predicate."""
    w = _vocab().words
    k = 0
    while k < len(words) and k < 4 and _is_content(words[k]) and not (k and _is_verbish(words[k])):
        k += 1
    if k == 0 or words[k - 1].low in w["unit_words"] or (words[0].text.isupper() and k == 1 and len(words[0].text) > 4):
        return None
    if any(t.low in w["street_words"] and t.text[:1].isupper() for t in words[: k + 1]):
        return None  # "1 Studley Road": an address
    return Subject(head=words[:k], rest=words[k:])


def _forward(toks: list[Tok], kind: str, single: bool = False) -> Subject | None:
    """The subject after the figure: "22 of the 214 [children in care were reported missing]"."""
    w = _vocab().words
    i = 0
    if kind in PERCENTISH or kind == "money":
        if i < len(toks) and toks[i].low == "of":
            i += 1
            skipped = i
            while i < len(toks) and toks[i].low in w["determiners"]:
                i += 1
            if i < len(toks) and (toks[i].low in w["pronouns"] or (i > skipped and toks[i].low in ("not", "no", "who", "which"))):
                return None  # "50% of those not placed in Kent": the counted thing is elsewhere
        elif i < len(toks) and (toks[i].low in w["percent_followers"] or not _is_content(toks[i])):
            return None
    if kind == "money" and not (toks and toks[0].low == "of"):
        return None  # money takes its subject from "£1,800 of funding" or "... reached £1.2m"
    words = _collect(toks, i)
    if not words or not _is_content(words[0]) or (words[0].low in w["unit_words"] and not (len(words) > 1 and words[1].is_number and words[0].low in w["label_words"])):
        return None  # "20 days"; but "7 Year 11 students"
    if kind == "count" and single:
        return _singular(words)
    head, rest = _split_head(words)
    if _is_verbish(words[0]) and words[0].low not in w["ed_adjectives"] and not any(_is_plural(t) for t in head):
        return None  # "9 identified themselves", "38.1% Returned home": no noun to count
    if kind in ("count", "out-of", "count-percent"):
        if not head or not _is_plural(head[-1]) or len(head) > 6:
            return None
        if head[-1].low in w["unit_words"] and all(t.low in w["unit_words"] or t.low in w["unit_modifiers"] for t in head):
            return None  # "20 days", "20 working days", "10 percentage points"; but "21 activity days" are counted
        if any(t.low in w["street_words"] and t.text[:1].isupper() for t in head + rest[:2]):
            return None  # "18 Parkview Drive": an address
    if len(words) >= 2 and all(t.is_word and t.text.isupper() for t in words[:2]) and max(len(words[0].text), len(words[1].text)) > 4:
        return None  # "3 AUDIT COMMISSION INTERIM REPORT": a numbered heading
    return Subject(head=head, rest=rest)


def _verb_before(toks: list[Tok]) -> Tok | None:
    """A verb whose object the figure is: "had housed [39 care leavers]" (qualifiers skipped)."""
    w = _vocab().words
    i = len(toks) - 1
    while i >= 0 and toks[i].low in w["qualifiers"]:
        if toks[i].low == "to" and not (i > 0 and toks[i - 1].low == "up"):
            return None  # "spoke to 24 care leavers": the figure is not the verb's object
        i -= 1
    if i < 0:
        return None
    t = toks[i]
    low = t.low
    if low in w["auxiliaries"] or low in w["have_words"] or low in ("will", "would", "can", "could", "may", "might", "should", "must"):
        return None
    if (low.endswith("ed") and len(low) > 4) or low in w["participles"]:
        return t  # "had housed [39 care leavers]", "made [18 online reports]"
    return None


def _linked_before(toks: list[Tok]) -> list[Tok] | None:
    """The subject of "[The proportion of children ...] was 10.27%": the phrase before a linking verb."""
    v = _vocab()
    lows = [t.low for t in toks]
    end = len(toks)
    while end > 0 and lows[end - 1] in v.words["qualifiers"] and lows[end - 1] not in ("of", "to", "at"):
        end -= 1
    for verb in v.linking:
        n = len(verb)
        if end >= n and tuple(lows[end - n : end]) == verb:
            cut = end - n
            break
    else:
        return None
    start = cut
    while start > 0:
        t = toks[start - 1]
        if (not t.is_word and not t.is_number and t.text not in ("'", "’", "&", "/")) or t.low in ("that", "which", "whereas", "while", "whilst", "but", "and", "where", "when", "if"):
            break  # punctuation, a bullet or a conjunction starts the clause
        if t.is_number and not _inline_number(toks, start - 1):
            break
        start -= 1
    while cut > start and (toks[cut - 1].low in v.words["have_words"] or toks[cut - 1].low in v.words["auxiliaries"]):
        cut -= 1  # "... has increased to £107.6m"
    if start == cut and start > 0 and toks[start - 1].low in ("which", "that"):
        return _antecedent(toks, start - 1)  # "the national average, which is 37%"
    phrase = _strip_opening(toks[start:cut])
    if not phrase or not _is_content(phrase[0]) or len(phrase) > MAX_SUBJECT_WORDS:
        return None
    if not any(_is_content(t) for t in phrase):
        return None
    return phrase


def _antecedent(toks: list[Tok], k: int) -> list[Tok] | None:
    """The noun phrase a relative "which" at ``toks[k]`` refers to: "the national measure – which stands at 18%"."""
    w = _vocab().words
    end = k
    while end > 0 and toks[end - 1].text in (",", "–", "-", "—"):
        end -= 1
    start = end
    while start > 0 and toks[start - 1].is_word and _is_content(toks[start - 1]) and not _is_verbish(toks[start - 1]):
        start -= 1
    phrase = toks[start:end]
    if not 2 <= len(phrase) <= 6 or any(t.low in w["change_words"] for t in phrase):
        return None
    return phrase


def _bracketed_before(toks: list[Tok]) -> list[Tok] | None:
    """The phrase in front of a bracketed percentage: "suspected gang activity (5%)"."""
    w = _vocab().words
    if not toks or toks[-1].text != "(":
        return None
    out: list[Tok] = []
    phrase = toks[:-1]
    for k in range(len(phrase) - 1, -1, -1):
        t = phrase[k]
        low = t.low
        if not t.is_word or low in w["joiners"] or (low in w["prepositions"] and low != "of") or low in ("including", "include", "includes"):
            break
        if low in w["auxiliaries"] or low in w["have_words"] or low in w["verbs"]:
            break
        prev = phrase[k - 1] if k > 0 else None
        if low.endswith("ed") and prev is not None and prev.is_word and prev.low not in w["joiners"] and prev.low not in w["prepositions"] and not _is_verbish(prev):
            break  # "yielded [suspected gang activity (5%)]": the verb of the clause, not part of the phrase
        out.append(t)
    out.reverse()
    out = _strip_opening(out)
    if len(out) < 2 or len(out) > 8 or out[0].low == "of" or any(x.is_number for x in out):
        return None
    if all(x.text[:1].isupper() for x in out if x.low not in w["joiners"] and x.low != "of"):
        return None  # "Harrow (50%)", "Kent County Council (75.2%)": a place is not a counted thing; "England average (32%)" is
    if any(x.low in w["change_words"] for x in out):
        return None
    return out


def _time_after(text: str, pos: int, end: int) -> str | None:
    m = _vocab().time_phrase.match(text, pos + len(text[pos:end]) - len(text[pos:end].lstrip()), end)
    return squash(m.group()) if m else None


def _opening_time(text: str, sentence: Span, figure_start: int) -> str | None:
    """A time phrase that opens the sentence: "Since April 2023, ...", "At the end of May 2025 there were ..."."""
    m = _vocab().time_phrase.match(text, sentence.start, figure_start)
    if not m:
        return None
    tail = text[m.end() : figure_start]
    if re.match(r"\s*(?:,|there\s+(?:were|was|are|is|had\s+been|have\s+been))", tail, re.I):
        phrase = squash(m.group())
        return phrase[:1].lower() + phrase[1:]
    return None


def _without_time(words: list[str]) -> list[str]:
    text = " ".join(words)
    text = _vocab().time_phrase.sub("", text)
    return [w for w in text.split() if w]


# ---------------------------------------------------------------------------
# The extractor
# ---------------------------------------------------------------------------


@dataclass
class _Found:
    candidate: Candidate
    subject: list[str]
    head: list[str]


@extractor(NAME, requires=("meeting", "kpi_tables"), produces=Fact)
def extract_facts(ctx: ExtractionContext) -> list[Fact]:
    text = ctx.text
    if not text.strip():
        return []
    locator = ItemLocator(ctx)
    meeting_id = ctx.meeting_id()
    layout = _Layout(text, _blocked_spans(ctx))
    found_all: list[tuple[str, _Found]] = _label_facts(layout)
    paragraphs = _paragraphs(layout)
    paragraph_starts = [p.start for p in paragraphs]
    topic: list[str] | None = None
    paragraph = -1
    for sentence in _sentences(text, paragraphs):
        here = bisect.bisect_right(paragraph_starts, sentence.start) - 1
        if here != paragraph:
            gap = text[paragraphs[paragraph].end : paragraphs[here].start] if paragraph >= 0 else "\n\n"
            if gap.count("\n") >= 2 and not _MARKER.match(text, paragraphs[here].start):
                topic = None  # a blank line ends what was being counted; the items of a list share it
            paragraph = here
        found_here = _facts_in(text, sentence, layout, topic)
        topic = _topic(text, sentence, found_here) or topic
        whole = squash(text[sentence.start : sentence.end]) if found_here and len(sentence) <= MAX_SENTENCE else None
        for found in found_here:
            found_all.append((whole if whole is not None else _window(text, sentence, found.candidate), found))
    found_all.sort(key=lambda pair: pair[1].candidate.start)
    rows: list[Fact] = []
    for sentence_text, found in found_all:
        c = found.candidate
        figure = parse_figure(c.raw)
        value, unit, numerator, denominator = figure.value, figure.unit, figure.numerator, figure.denominator
        if c.kind == "out-of":  # "22 of the 214": a count (see the module docstring)
            value, unit = figure.numerator, "count"
        elif c.kind == "count" and unit is None:
            unit = "count"  # "3.2 permanent IRO posts": a count of full-time equivalents
        if figure.status != "value" or value is None:
            continue
        span = Span(start=c.start, end=c.end)
        rows.append(
            Fact(
                id=f"{ctx.doc.id[:16]}-f{len(rows) + 1}",
                meeting_id=meeting_id,
                agenda_item_id=locator.item_id(c.start),
                printed_page=locator.printed_page(c.start),
                text=sentence_text,
                raw=c.raw,
                value=value,
                unit=unit,
                numerator=numerator,
                denominator=denominator,
                subject=_join(found.subject),
                **ctx.provenance(span, NAME),
            )
        )
    return rows


def _label_facts(layout: _Layout) -> list[tuple[str, _Found]]:
    """Figures of label lines under a lead-in: "Number seen:" / "within statutory timescales – 25".

    The subject is the lead-in and the label ("Number seen: within
    statutory timescales"); a label line with no lead-in counts only when
    its label says it is a total ("Total Number of CYP = 12"). The lines
    read here are claimed, so the sentence pass does not read them again.
    """
    out: list[tuple[str, _Found]] = []
    for k, line in enumerate(layout.lines):
        stripped = line.text.strip()
        if not stripped or not _HAS_DIGIT.search(stripped) or layout.is_blocked(line.start, line.end):
            continue
        marker = _MARKER.match(line.text)
        body_start = line.start + (marker.end() if marker and not _MARKER.fullmatch(line.text) else len(line.text) - len(line.text.lstrip()))
        labels = _label_line(layout.text[body_start : line.end].rstrip(), body_start)
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
            found = _Found(candidate=Candidate(kind, item.start, item.end, item.raw), subject=lead + item.label.split(), head=item.label.split())
            out.append((squash(stripped), found))
    return out


def _topic(text: str, sentence: Span, found: list[_Found]) -> list[str] | None:
    """What a sentence counts, for the sentences after it: "the number of [the Looked After population]", or its last subject."""
    m = re.search(r"(?i)\bnumber\s+of\s+", text[sentence.start : sentence.end])
    if m:
        toks = _tokens(text, sentence.start + m.end(), sentence.end)
        w = _vocab().words
        phrase = []
        for t in _strip_opening(_collect(toks, 0)):
            if t.low in w["auxiliaries"] or t.low in w["have_words"] or t.low in w["verbs"] or (t.low in w["prepositions"] and phrase):
                break  # "the number of [the Looked After population] was between ..."
            phrase.append(t)
        if phrase and any(_is_content(t) for t in phrase):
            return [t.text for t in phrase]
    if found and found[-1].head:
        subject = _without_time(found[-1].subject)
        return subject if len(subject) <= 6 and "(" not in subject else _without_time(found[-1].head)
    return None


def _facts_in(text: str, sentence: Span, layout: _Layout | None = None, topic: list[str] | None = None) -> list[_Found]:
    """The figures of one sentence that have a subject, with their subjects."""
    candidates = [c for c in _figures(text, sentence.start, sentence.end) if not _excluded(text, c, sentence)]
    if not candidates or _is_list(text, candidates):
        return []
    replacements = []
    for d in find_definitions(text, sentence.start, sentence.end):
        if d.expansion[:1].isupper():
            replacements.append((d.span, d.printed))
        else:
            replacements.append((Span(start=d.expansion_span.end, end=d.span.end), ""))
    out: list[_Found] = []
    previous: _Found | None = None
    last_end = sentence.start
    for c in candidates:  # a subject lies near its figure: a window keeps long "sentences" linear
        before = _tokens(text, max(sentence.start, c.start - 300), c.start, replacements)
        after = _tokens(text, c.end, min(sentence.end, c.end + 500), replacements)
        if layout is not None and _slide_number(layout, c):
            last_end = c.end
            continue
        found = _subject_for(text, sentence, c, before, after, previous)
        if found is None and layout is not None:
            found = _item_subject(layout, c, [t for t in before if t.start >= last_end], after)
        if found is None and topic:
            found = _subject_for(text, sentence, c, before, after, previous, topic)
        elif found is not None and layout is not None:
            found = _continued(layout, found)
            if found.subject and all(x.lower() in _vocab().words["generic_subjects"] for x in found.subject if _is_content(Tok(x, 0, 0)) and not re.search(r"[()]", x)):
                found = _enriched(found, before)
        if found is not None:
            out.append(found)
            previous = found
        last_end = c.end
    return out


MAX_ITEM_WORDS = 30  # an item line longer than this is prose, not a list item
MAX_CONTINUATION_WORDS = 8


def _item_subject(layout: _Layout, c: Candidate, before: list[Tok], after: list[Tok]) -> _Found | None:
    """A figure in a list item that names no counted noun takes it from the list's lead-in.

    "What issues do young people want support with in Harrow?" / "1. Housing (5)":
    the subject is the lead-in and the item's label, the words in front of
    the figure ("Housing") or else after it ("identified themselves as having
    a disability", "as female").
    """
    k = layout.line_index(c.start)
    line = layout.lines[k]
    stripped = line.text.strip()
    marked = bool(_MARKER.match(line.text)) and not _MARKER.fullmatch(line.text)
    if len(stripped.split()) > (MAX_ITEM_WORDS if marked else MAX_CONTINUATION_WORDS) or not (marked or _ITEM_START.match(line.text)):
        return None  # a long line opening with a number is wrapped prose, not an item
    lead_in = layout.lead_in(k)
    if lead_in is None:
        return None
    w = _vocab().words
    opening = layout.text[line.start : c.start]
    if layout.text[c.end : c.end + 1] in (")", ".") and re.fullmatch(r"[\s\-•·▪✚*■►]*\(?", opening):
        return None  # "- (1) Stay seated": the item's number
    at_start = re.fullmatch(r"[\s\-•·▪✚*■►o?]*(?:\(?\d{1,2}[.)]\s+)?", opening) is not None
    leaning = bool(before) and (before[-1].text in (",", ";") or before[-1].low in w["joiners"])
    if not at_start and not leaning:
        return None  # "Turned 18 and ...", a second sentence: a number inside the item's words, not its figure
    label = [t for t in before if t.start >= line.start and (t.is_word or t.is_number)]
    while label and (label[0].low in w["joiners"] or label[0].is_number and label[0].start < line.start + len(line.text) - len(line.text.lstrip()) + 3):
        label = label[1:]  # "and Homelessness", a list number
    if not any(_is_content(t) for t in label):
        label = []
        for t in after:
            if t.text in (",", ";", ".", ":", "(") or (t.is_number and (t.text.endswith("%") or t.text[:1] in "£$€")):
                break  # "85.7% receive ... 3.0% receive ...": the next figure's label
            label.append(t)
            if len(label) >= MAX_SUBJECT_WORDS:
                break
        words = [t.text for t in label if t.is_word or t.is_number]
        if words and words[0].lower() in w["auxiliaries"]:
            words = words[1:]  # "10 are living in Harrow" -> "living in Harrow"
    else:
        words = [t.text for t in label]
    if not any(x[:1].isalpha() for x in words):
        return None
    if label and label[0].low in w["auxiliaries"]:
        population = _list_population(layout, lead_in[0], k)
        if population:
            return _Found(candidate=c, subject=population + words, head=population)  # "39% were over 16"
    lead = lead_in[1].split()
    lead[-1] += ":"
    return _Found(candidate=c, subject=lead + words, head=lead)  # the next figure of the item leans on the lead-in


_POPULATION = re.compile(
    r"[\s\-•·▪✚*■►]*" + NUMBER + r"[ \t]?%?[ \t]+of[ \t]+(?:the[ \t]+|all[ \t]+)?(?P<population>[A-Za-z][^.;:%\d]*(?:\d[^.;:%\d]*)*?)[ \t]+(?:were|was|are|is)[ \t]"
)


def _list_population(layout: _Layout, lead_index: int, index: int) -> list[str] | None:
    """Who a list counts, as its first full item says: "8.6% of [children who started to be looked after ...] were aged less than 1".

    A later item that gives only a predicate ("39% were over 16") counts the same people.
    """
    for k in range(lead_index + 1, index):
        m = _POPULATION.match(layout.lines[k].text)
        if m:
            return m.group("population").split()
    return None


def _continued(layout: _Layout, found: _Found) -> _Found:
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
    generic = _vocab().words["generic_subjects"]
    content = [x for x in found.subject if _is_content(Tok(x, 0, 0))]
    if not (stripped.rstrip("*_ ").endswith(":") or all(x.lower() in generic for x in content)):
        return found
    nxt = layout.next_line(k)
    if nxt is None:
        return found
    following = layout.lines[nxt].text.strip()
    marker = _MARKER.match(following)
    if marker and not _MARKER.fullmatch(following):
        following = following[marker.end() :]
    words = re.sub(r"[*_]{1,3}", "", following).split()
    if not words or len(words) > MAX_CONTINUATION_WORDS or following.endswith(":"):
        return found
    return _Found(candidate=c, subject=found.subject + words, head=found.head)


def _slide_number(layout: _Layout, c: Candidate) -> bool:
    """A figure opening a line that continues the page numbering ("16" ... "- 17 Advocates empower ..."): a slide number."""
    if c.kind != "count":
        return False
    k = layout.line_index(c.start)
    line = layout.lines[k]
    if not re.fullmatch(r"[\s\-•·▪✚*■►]*", layout.text[line.start : c.start]):
        return False
    for j in range(k - 1, max(-1, k - 12), -1):
        stripped = layout.lines[j].text.strip()
        if _PAGE_NUMBER_LINE.match(stripped):
            return stripped.isdigit() and int(stripped) + 1 == int(c.raw.replace(",", "")) if c.raw.replace(",", "").isdigit() else False
    return False


def _enriched(found: _Found, before: list[Tok]) -> _Found:
    """A subject that says only who is counted ("11 children") takes the clause before the figure.

    "Dispute Resolution Protocols were raised in respect of 11 children" ->
    "children (Dispute Resolution Protocols were raised in respect of)".
    """
    w = _vocab().words
    k = len(before)
    start = k
    while start > 0 and before[start - 1].text not in (".", ";", ":", "(", ")", ",") and k - start < 14:
        start -= 1
    clause = [t.text for t in before[start:k] if t.is_word or t.is_number]
    while clause and (clause[0].lower() in w["determiners"] or clause[0].lower() in w["pronouns"] or clause[0].lower() in w["have_words"] or clause[0].lower() in w["auxiliaries"]):
        clause = clause[1:]  # "there was", "We have"
    while clause and (clause[-1].lower() in w["qualifiers"] or clause[-1].lower() in w["quantifiers"]):
        clause = clause[:-1]  # "a large majority of", "up to"
    if sum(1 for x in clause if _is_content(Tok(x, 0, 0)) and x.lower() not in w["generic_subjects"]) < 2:
        return found  # "reaching 3,699 pupils": nothing to add
    return _Found(candidate=found.candidate, subject=found.subject + ["("] + clause + [")"], head=found.head)


def _window(text: str, sentence: Span, c: Candidate) -> str:
    """The words around a figure of an overlong sentence (a run-on text with no full stops)."""
    start = max(sentence.start, c.start - MAX_SENTENCE // 2)
    end = min(sentence.end, c.end + MAX_SENTENCE // 2)
    while start > sentence.start and not text[start - 1].isspace():
        start += 1
    while end < sentence.end and not text[end].isspace():
        end -= 1
    return squash(text[start:end])


def _is_list(text: str, candidates: list[Candidate]) -> bool:
    """A run of figures with a word or two each ("67.1% Not Known 20.2% Heterosexual 7.8% ..."): a table in prose."""
    if len(candidates) < 4:
        return False
    gaps = [len(re.findall(r"[A-Za-z]+", text[a.end : b.start])) for a, b in zip(candidates, candidates[1:])]
    return sum(gaps) / len(gaps) <= 3


def _subject_for(
    text: str, sentence: Span, c: Candidate, before: list[Tok], after: list[Tok], previous: _Found | None, topic: list[str] | None = None
) -> _Found | None:
    """What the figure counts, read from the sentence (and the sentence's neighbours).

    Tried in order: the phrase after the figure ("26% of [children ...]");
    a comparison with the figure before ("13% [higher] than ..."); a change
    ("a slight [decrease] of 3.7%"); a reference back ("with a figure of
    202", "this number dropped to 179"); the phrase before a linking verb
    ("[The Looked After population] has ranged from 188"); the phrase in
    front of a bracketed percentage; and a figure leaning on the one before
    it ("15 identified as male, [7] as female", "All 13 are male").
    ``previous`` is the sentence's last figure with a subject; ``topic`` is
    what the paragraph has been counting so far.
    """
    w = _vocab().words
    words: list[str] | None = None
    head: list[str] = []
    time_after: str | None = None
    plus = bool(after) and after[0].text == "+"
    if plus:
        after = after[1:]  # "200+ care-experienced young adults"
    antecedent = previous.head if previous is not None else (topic or _regarding(before))
    lows = [t.low for t in before[-8:]]
    joined_before = " ".join(lows)
    if lows[-1:] == ["to"] and previous is not None and previous.candidate.kind == c.kind and c.kind in ("money", "percent"):
        return _finish(text, sentence, c, _without_time(previous.subject), previous.head, None)  # "from 15% to 26%", "the £250 allowance to £350"
    if lows[-1:] == ["from"] and c.kind in ("money", "percent"):
        phrase = _phrase_before(before[:-1])
        if phrase:
            return _finish(text, sentence, c, phrase, phrase, None)  # "an increase in Asian CLA from 15%"
    if after and after[0].low in w["comparatives"] and c.kind in ("count", "percent") and previous is not None:
        than = len(after) > 1 and after[1].low == "than"  # "13% higher [than] ..."; "than" ends a _collect
        tail = (["than"] if than else []) + [t.text for t in _collect(after, 2 if than else 1)]
        words = [after[0].text] + _without_time(previous.subject) + tail
        return _finish(text, sentence, c, words, previous.head, None)
    referring_base = _without_time(previous.subject) if previous is not None else list(antecedent or [])
    change = re.search(r"\b([a-z]+)\s+(?:of|by)(?:\s+(?:over|about|around|almost|nearly|approximately|some))?$", joined_before)
    if change and change.group(1) in w["change_words"] and c.kind in PERCENTISH and antecedent:
        return _finish(text, sentence, c, [change.group(1), "in"] + referring_base, antecedent, None)
    referring = re.search(r"\b(?:number|figure|total)\s+(?:(?:has|had|have)\s+)?(?:[a-z]+ly\s+)?(?:of|was|is|rose\s+to|fell\s+to|dropped\s+to|increased\s+to|decreased\s+to|reduced\s+to|reached|stood\s+at)$", joined_before)
    if referring and not antecedent and not _forward(after, c.kind, single=c.kind == "count" and c.raw == "1"):
        return None  # "last year's figure of 76%": the figure of what, the sentences before say
    if referring and antecedent and not _forward(after, c.kind, single=c.kind == "count" and c.raw == "1"):
        when = _time_after(text, c.end, sentence.end) or _time_before(text, sentence, c.start)
        if not when and re.search(r"\b(?:last|previous)\s+year", joined_before):
            when = "last year"  # "last year's figure of 76%"
        return _finish(text, sentence, c, _without_time(referring_base) + (when.split() if when else []), antecedent, None)
    if c.kind in PERCENTISH and after and after[0].low == "of" and len(after) > 1 and after[1].low in ("those", "these", "them") and antecedent:
        rest = _predicate([t.text for t in _collect(after, 2)])
        if rest:
            return _finish(text, sentence, c, list(antecedent) + rest, antecedent, None)  # "50% of those not placed in Kent ..."
    subject = _forward(after, c.kind, single=c.kind == "count" and c.raw == "1")
    if subject is not None:
        verb = _verb_before(before) if c.kind in ("count", "money") else None
        subject.verb = verb
        words = subject.words()
        head = [t.text for t in subject.head]
        if plus and not (head and head[-1].lower() in w["generic_subjects"] | w["irregular_plurals"]):
            return None  # "16+ provisions": an age band; "200+ young adults" is a count
        if c.kind != "money" and re.search(r"\bup to$", joined_before):
            words = words + ["(up", "to)"]  # "a caseload of up to 70 children": the most, said so
        if change and change.group(1) in w["change_words"]:
            words = [change.group(1), "in"] + words  # "an increase of 14 children in care"
        found = _finish(text, sentence, c, words, head, None)
        if found is not None:
            return found
        words, head = None, []  # "1 part-time": no subject after all; try the figure before
    if words is None:
        linked = _linked_before(before)
        if linked is not None and (c.kind != "count" or _counted_opening(before)):
            words = [t.text for t in linked]
            head = words
            time_after = _time_after(text, c.end, sentence.end)
        elif c.kind in ("percent", "percent-count") and before and before[-1].text == "(":
            named = before[-4:-1]  # "the [figures for 2024] (47%)": a vague word and a year name only when
            year = named[2].text if len(named) == 3 and named[0].low in w["vague_subjects"] and named[1].low in ("for", "in") else ""
            vague = re.fullmatch(r"(?:19|20)\d\d(?:/\d\d)?", year)
            place = _place_before(before)
            for_phrase = _for_phrase(text, c.end, sentence.end) if place else []
            if vague and antecedent:
                words = _without_time(previous.subject if previous is not None else antecedent) + ["in", year]  # what the figure before it counted
                head = list(antecedent)
            elif place and for_phrase:
                words = place + for_phrase  # "Harrow (50%) is above ... for Reading"; "Kent (75.2%)" alone says what of Kent?
                head = place
            elif place:
                pass
            else:
                bracketed = _bracketed_before(before) or _clause_before(before)
                if bracketed is not None:
                    words = [t.text for t in bracketed]
                    head = words
        elif c.kind == "money" and plus and len(after) > 1 and after[0].text[:1] in "£$€":
            shared = _money_subject([], after[1:]) or []
            while shared and shared[0].lower().endswith("ed"):
                shared = shared[1:]  # "(£20,000 + £989 returned NCG funds ...)": the sum shares the noun
            cut = next((i for i, x in enumerate(shared) if x.lower() in w["prepositions"]), len(shared))
            words = shared[:cut] or None
            head = words or []
        elif c.kind == "money":
            words = _money_subject(before, after)
            head = words or []
        elif c.kind == "percent" and before and before[-1].is_word and re.fullmatch(r"[\s.;:!)]*", text[c.end : sentence.end]):
            clause = _clause_before(before + [Tok("(", c.start, c.start)])
            if clause is not None:
                words = [t.text for t in clause]  # "... a return home to live with parents 38.1%."
                head = words
        elif c.kind == "count" and re.search(r"\bthere\s+(?:were|are|was|is)$", joined_before) and after and after[0].low in w["prepositions"]:
            own = _collect(after, 0)
            if any(_is_plural(t) for t in own):
                words = [t.text for t in own]  # "there were 32 under the age of 18 among CLAs"
                head = words
        elif re.search(r"\b(?:average|caseload|total|median)\s+of$", joined_before):
            measure = _measure_before(before)
            if measure:
                words = measure  # "an average caseload of 45"
                head = measure
        if words is None and antecedent is not None and (previous is not None or topic) and _elliptical(before, after):
            own = _collect(after, 0)
            bare = not own
            if bare:
                for t in after:
                    if not t.is_word or len(own) >= 6:
                        break
                    own.append(t)  # "and 36% against"
            if own and _is_verbish(own[0]):
                predicate = _predicate([t.text for t in own])
                if own[0].low in w["auxiliaries"] and predicate and any(_is_plural(Tok(x, 0, 0)) for x in predicate[:4]) and _is_content(Tok(predicate[0], 0, 0)):
                    words = predicate  # "1,036 (51.4%) were non-UASC care leavers"
                elif own[0].low in w["auxiliaries"] and predicate and predicate[0].lower() not in w["verbs"] and not predicate[0].lower().endswith("ed"):
                    words = list(antecedent) + ["who", own[0].text] + predicate  # "All 13 are male" -> "care leavers who are male"
                else:
                    words = list(antecedent) + predicate
            else:
                when = _time_after(text, c.end, sentence.end) or _time_before(text, sentence, c.start)
                if not when and not own:
                    return None
                base = previous.subject if previous is not None and not bare else antecedent
                words = _without_time(base) + (when.split() if when else [t.text for t in own])
            head = list(antecedent)
    if not words:
        return None
    return _finish(text, sentence, c, words, head, time_after)


def _finish(text: str, sentence: Span, c: Candidate, words: list[str], head: list[str], time_after: str | None) -> _Found | None:
    """Checks every subject passes, and the time phrases it takes from the sentence."""
    w = _vocab().words
    words = _trim(words)
    content = [x for x in words if x[:1].isalpha() and x.lower() not in w["prepositions"] and x.lower() not in w["determiners"]]
    if not content or all(x.lower() in w["vague_subjects"] for x in content):
        return None
    if len(content) == 1 and not _is_plural(Tok(content[0], 0, 0)) and c.kind != "money" and not (c.raw == "1" and content[0].lower() in w["generic_subjects"]):
        return None  # "identify", "non": one word that names nothing counted
    capitalised = [x for x in words if x[:1].isalpha() and x.lower() not in w["joiners"] and x.lower() not in w["prepositions"]]
    if len(capitalised) >= 5 and all(x[:1].isupper() for x in capitalised):
        return None  # "9 Base Budget Changes GET Robert Thomas Waste": a table row or a heading, not a sentence
    opening = _opening_time(text, sentence, c.start)
    joined = " ".join(words)
    for phrase in (time_after, opening):
        if phrase and not _vocab().time_phrase.search(joined):
            words = words + phrase.split()
            joined = " ".join(words)
    return _Found(candidate=c, subject=words, head=head)


def _time_before(text: str, sentence: Span, pos: int) -> str | None:
    """A time phrase in the clause before a figure: "in March 2022 slightly reducing to 190"."""
    clause_start = max(sentence.start, text.rfind(",", sentence.start, pos) + 1)
    found = list(_vocab().time_phrase.finditer(text, clause_start, pos))
    if not found:
        return None
    phrase = squash(found[-1].group())
    return phrase[:1].lower() + phrase[1:]


def _regarding(before: list[Tok]) -> list[str] | None:
    """The topic a sentence opens with: "With regards to [social worker visits], ...", "In terms of [...],"."""
    lows = [t.low for t in before]
    for opener in _vocab().topic_openers:
        n = len(opener)
        if tuple(lows[:n]) == opener:
            phrase = []
            for t in before[n:]:
                if not (t.is_word or t.is_number) or len(phrase) >= 6:
                    break
                phrase.append(t.text)
            return phrase or None
    return None


def _phrase_before(before: list[Tok]) -> list[str] | None:
    """The noun phrase just before a word: "There had been [an increase in Asian CLA] from 15%"."""
    w = _vocab().words
    phrase: list[str] = []
    for t in reversed(before):
        if not t.is_word or t.low in w["determiners"] or t.low in w["auxiliaries"] or t.low in w["have_words"] or t.low in w["stop_words"] or len(phrase) >= 6:
            break
        if t.low in w["verbs"] or (t.low.endswith("ed") and len(t.low) > 4 and t.low not in w["ed_adjectives"]):
            break
        phrase.insert(0, t.text)
    while phrase and phrase[0].lower() in w["prepositions"]:
        phrase = phrase[1:]
    return phrase if any(_is_content(Tok(x, 0, 0)) for x in phrase) else None


def _place_before(before: list[Tok]) -> list[str] | None:
    """A place or body in front of a bracketed figure: "[Harrow] (50%)", "[Kent County Council] (75.2%)"."""
    w = _vocab().words
    phrase: list[str] = []
    k = len(before) - 1
    while k > 0 and before[k - 1].is_word and len(phrase) < 4:
        t = before[k - 1]
        if not (t.text[:1].isupper() or t.low in w["joiners"] or t.low == "of"):
            return None
        phrase.insert(0, t.text)
        k -= 1
    if k > 0 and before[k - 1].is_number:
        return None  # "at least 1 GCSE (89%)": not a place
    return phrase if phrase and phrase[0][:1].isupper() else None


def _for_phrase(text: str, start: int, end: int) -> list[str]:
    """The "for ..." phrase later in the sentence: what a place's bracketed figure is about."""
    m = re.search(r"\bfor\s+([^.;()]{3,80})", text[start:end])
    return ["for"] + m.group(1).split() if m else []


def _clause_before(before: list[Tok]) -> list[Tok] | None:
    """The clause a bracketed percentage closes: "[Many children ... were aged at 16 plus] (39%)"."""
    w = _vocab().words
    k = len(before) - 1
    start = k
    while start > 0 and before[start - 1].text not in (".", ";", ":", "(", ")") and k - start < 18:
        start -= 1
    clause = [t for t in before[start:k] if t.is_word or t.is_number]
    if any(t.is_number and (t.text.endswith("%") or t.text[:1] in "£$€" or "," in t.text) for t in clause):
        return None  # "... 29% compares favourably to national (25%)": the clause is another figure's
    lows = [t.low for t in clause]
    for n in range(len(lows) - 1):
        if lows[n] in ("number", "proportion", "percentage") and lows[n + 1] == "of":
            clause = clause[n + 2 :]  # "the number of [students, in care 1 year plus, obtaining ...] (89%)"
            break
    while clause and (clause[0].low in w["determiners"] or clause[0].low in w["quantifiers"]):
        clause = clause[1:]
    if not 3 <= len(clause) <= 18 or not any(_is_plural(t) for t in clause[:8]):
        return None
    kept = _predicate([t.text for t in clause])
    opening = _vocab().time_phrase.match(" ".join(kept))
    if opening:
        kept = " ".join(kept)[opening.end() :].split()  # "During the period 2022/23, most children ...": the time is not the subject
        while kept and (kept[0].lower() in w["determiners"] or kept[0].lower() in w["quantifiers"]):
            kept = kept[1:]
    return [Tok(x, 0, 0) for x in kept] if kept else None


def _money_subject(before: list[Tok], after: list[Tok]) -> list[str] | None:
    """What a sum pays for: "the [£250 allowance]", "a [£100 supermarket voucher]", "lesson fee of [£25]", "£775 [remaining]"."""
    w = _vocab().words
    if before and before[-1].low in ("the", "a", "an", "their", "our", "its") and after and after[0].is_word and _is_content(after[0]):
        own = _collect(after, 0)
        if own:
            return [t.text for t in own]
    if before and before[-1].low == "of":
        phrase = []
        for t in reversed(before[:-1]):
            if not t.is_word or t.low in w["prepositions"] or t.low in w["determiners"] or _is_verbish(t) or len(phrase) >= 4:
                break
            phrase.insert(0, t.text)
        if phrase and any(x.lower() not in w["vague_subjects"] for x in phrase):
            return phrase
    ing_object = after[0].low.endswith("ing") and len(after) > 1 and after[1].low in w["determiners"] if after else False
    if after and after[0].is_word and after[0].low.endswith(("ing", "ed")) and after[0].low not in w["stop_words"] and not ing_object:
        own = _collect(after, 0)
        if own:
            return [t.text for t in own]  # "£775 remaining for the rest of the year", "£989 returned NCG funds"
    return None


def _measure_before(before: list[Tok]) -> list[str] | None:
    """The measure a figure gives: "an [average caseload] of 45", "a more manageable [average] of 20"."""
    w = _vocab().words
    phrase = []
    for t in reversed(before[:-1]):
        if not t.is_word or t.low in w["determiners"] or t.low in w["prepositions"] or len(phrase) >= 4:
            break
        phrase.insert(0, t.text)
    while phrase and phrase[0].lower() in w["quantifiers"]:
        phrase = phrase[1:]
    if phrase and all(x.lower() in w["vague_subjects"] for x in phrase):
        lows = [t.low for t in before]
        to = max((i for i, x in enumerate(lows[:-1]) if x in ("to", "at")), default=None)
        if to is not None:
            object_ = []
            for t in reversed(before[:to]):
                if not t.is_word or _is_verbish(t) or t.low in w["determiners"] or len(object_) >= 4:
                    break
                object_.insert(0, t.text)
            phrase = phrase + object_  # "Reduced case loads to a more manageable average of 20" -> "average case loads"
    return phrase or None


def _counted_opening(before: list[Tok]) -> bool:
    """A count after a linking verb is a fact only when the subject says it counts: "The number of ... was 146"."""
    lows = [t.low for t in before]
    if re.search(r"\b(?:number|total|count)\s+of\b", " ".join(lows)):
        return True
    return any(x in _vocab().words["counted_nouns"] for x in lows[-8:])  # "The Looked After population ... has ranged from 188"


def _elliptical(before: list[Tok], after: list[Tok]) -> bool:
    """A figure that leans on the one before it: "compared with 139 ...", "and 3.5% were adopted"."""
    qualifiers = _vocab().words["qualifiers"] - {"to", "than"}
    k = len(before)
    while k > 0 and before[k - 1].low in qualifiers:
        k -= 1
    lows = [t.low for t in before[max(0, k - 3) : k]]
    if lows[-2:] in (["compared", "with"], ["compared", "to"], ["up", "from"], ["down", "from"]):
        return True
    if lows[-1:] in (["against"], ["versus"], ["and"], ["while"], ["whilst"], ["reaching"], ["+"]):
        return True
    if len(lows) >= 2 and lows[-2].endswith("ing") and lows[-1] in ("to", "at"):
        return True  # "..., dropping to 179 in March 2023", "slightly reducing to 190"
    if lows[-2:] in (["and", "is"], ["and", "was"], ["and", "are"], ["and", "were"]):
        return True  # "The national average for Writing is 42% and is 44% for Maths"
    if after and ((before and before[-1].low == "of" and _is_verbish(after[0])) or (k == 0 and after[0].low in _vocab().words["prepositions"])):
        return True  # "a large majority of 76% took place ...", "50% (6/12) from Year 13"
    if lows[-1:] == [","] and after and len(_collect(after, 0)) <= 3 and not any(_is_plural(t) for t in _collect(after, 0)):
        return True  # "4 members of staff, 3 full-time and 1 part-time"
    return bool(after) and _is_verbish(after[0]) and (lows[-1:] == [","] or k == 0)
