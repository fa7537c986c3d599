"""Where prose is: what is not prose, paragraphs and sentences.

- :func:`blocked_spans`: tables (the reader's and ``kpi_tables``'), the lines
  of a PDF page a ruled or figure-filled table covers, header fields, agenda
  item numbers and titles;
- :func:`is_table_line`: a line mostly of figures ("April 16 81.25% (13)
  12.5% (2)") is a table row in prose;
- :func:`paragraphs_of`: runs of prose lines, joined where a PDF wrapped
  them; a list marker or a short heading starts a new one;
- :func:`sentences_of`: the sentences of the paragraphs that can hold a fact
  (a digit, or a number word), from the shared pipeline's ``sentencizer``
  (:func:`extractors.nlp.english`, its ``entity_ruler`` left out).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from extractors.facts.words import facts_vocab
from extractors.figures import FoundFigure, parse_figure
from extractors.nlp import english
from extractors.registry import ExtractionContext
from extractors.text import squash
from schemas.outline import lines_of
from schemas.provenance import Span

if TYPE_CHECKING:  # only for annotations: lists imports this module
    from extractors.facts.lists import Layout


MAX_SENTENCE = 1000  # characters: a longer "sentence" is a run-on text; a fact keeps the words around its figure


SPACY_CHUNK = 100_000  # characters given to spaCy at once (its limit is 1,000,000)


MARKER = re.compile(r"[ \t]*(?:[-•·▪✚*?■►o]|\(?\d{1,2}[.)](?!\d)|\d{1,2}(?:\.\d{1,2}){1,3}(?=[ \t]+[A-Z])|\([a-z]{1,4}\)|[a-z][.)])[ \t]+")


PAGE_NUMBER_LINE = re.compile(r"^\s*(?:page\s+)?\d{1,4}\s*$", re.I)


_FIGURE_TOKEN = re.compile(r"(?<![\w.])(?:[£$€]?\d[\d,.]*%?|<\d+|n/a|\*|-|–)(?![\w])", re.I)


HAS_DIGIT = re.compile(r"\d")


def blocked_spans(ctx: ExtractionContext) -> list[Span]:
    """Spans that are not prose: tables, header fields, item numbers and titles."""
    spans = [t.span for t in ctx.doc.tables if t.span is not None]
    spans += [Span(start=t.char_start, end=t.char_end) for t in ctx.records.get("kpi_tables", []) if t.char_start is not None and t.char_end is not None]
    spans += pdf_table_lines(ctx)
    outline = ctx.outline
    if outline is not None:
        spans += [s for s in outline.fields.values() if isinstance(s, Span)]
        for block in outline.items:
            spans += [s for s in (block.number, block.title) if s is not None]
    return sorted(spans, key=lambda s: s.start)


def pdf_table_lines(ctx: ExtractionContext) -> list[Span]:
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
        figures = sum(1 for c in cells if is_figure_cell(c))
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
def is_figure_cell(cell: str) -> bool:
    return parse_figure(cell).status != "text"


def is_table_line(text: str) -> bool:
    if text.count("\t") >= 2:
        return True
    if not _TABLEISH.search(text):
        return False
    marker = MARKER.match(text)
    if marker and not MARKER.fullmatch(text):
        text = text[marker.end() :]  # "- 14 Post 16": the list marker is not a figure
    figures = len(_FIGURE_TOKEN.findall(text))
    words = len(re.findall(r"[A-Za-z]{2,}", text))
    return figures >= facts_vocab().table_line_min and words <= figures


def paragraphs_of(layout: Layout) -> list[Span]:
    """Runs of prose lines, joined where a line wraps; a list marker or a short heading line starts a new one."""
    paragraphs: list[Span] = []
    current: list[tuple[int, int, str]] = []

    def flush() -> None:
        if current:
            paragraphs.append(Span(start=current[0][0], end=current[-1][1]))
            current.clear()

    for k, line in enumerate(layout.lines):
        stripped = line.text.strip()
        if not stripped or k in layout.claimed or PAGE_NUMBER_LINE.match(stripped) or is_table_line(stripped) or layout.is_blocked(line.start, line.end):
            flush()
            continue
        if current:
            previous = current[-1][2]
            starts_new = bool(MARKER.match(line.text)) and not MARKER.fullmatch(line.text)
            ends_sentence = previous.endswith((".", "!", "?", ":", ";"))
            heading = len(previous) < 45 and not previous.endswith((",", "-", "–")) and stripped[:1].isupper()
            if starts_new or ends_sentence or heading:
                flush()
        current.append((line.start + (len(line.text) - len(line.text.lstrip())), line.end, stripped))
    flush()
    return paragraphs


def chunks(text: str, start: int, end: int) -> list[tuple[int, int]]:
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


def spelled_words(numbers: dict[str, int]) -> re.Pattern[str]:
    """A digit or a number word: what a paragraph needs to hold a fact."""
    return _figure_or_word(tuple(sorted(numbers)))


@lru_cache(maxsize=4)
def _figure_or_word(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"\d|\b(?i:" + "|".join(words) + r")\b")


def sentences_of(text: str, paragraphs: list[Span], wanted: re.Pattern[str] = HAS_DIGIT) -> list[Span]:
    """Sentences of each paragraph that holds ``wanted`` (list markers removed), as spans of the document text."""
    nlp = english()  # its sentencizer; facts need no entities
    out: list[Span] = []
    bases = []
    pieces = []
    for p in paragraphs:
        if not wanted.search(text, p.start, p.end):
            continue  # no figure, no fact: spaCy need not see it
        start = p.start
        marker = MARKER.match(text, start, p.end)
        if marker:
            start = marker.end()
        for base, end in chunks(text, start, p.end):
            bases.append(base)
            pieces.append(text[base:end])
    for base, doc in zip(bases, nlp.pipe(pieces, disable=["entity_ruler"])):
        for sent in doc.sents:
            s, e = base + sent.start_char, base + sent.end_char
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if e > s:
                out.append(Span(start=s, end=e))
    return out


def window(text: str, sentence: Span, c: FoundFigure) -> str:
    """The words around a figure of an overlong sentence (a run-on text with no full stops)."""
    start = max(sentence.start, c.start - MAX_SENTENCE // 2)
    end = min(sentence.end, c.end + MAX_SENTENCE // 2)
    while start > sentence.start and not text[start - 1].isspace():
        start += 1
    while end < sentence.end and not text[end].isspace():
        end -= 1
    return squash(text[start:end])
