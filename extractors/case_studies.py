"""Case studies: the stories about one child or young person that reports tell.

Corporate parenting reports illustrate their figures with case studies, and
minutes record that one was told. Three shapes are read, each one row of
``case_studies``:

1. **Case-study tables** (``kind = "case study"``): a table whose first cell is
   "Case Study" (seed 002, the Eastbrook pack), or any two-column table with a
   DOB row. ``fields`` maps each row label to its cell text (HTML left in
   conversions is stripped); the DOB is reduced to its year, which is also
   ``dob_year``. The span is the table's.
2. **Prose case studies** (``kind = "case study"``) under a heading line
   "Case study: Kai". The span is the heading; ``fields`` is None.
3. **Case studies told in running text**, one per sentence, found by a spaCy
   ``Matcher`` (blank English pipeline, no model) from ``vocab/case_studies.toml``:
   "a positive case study where a Young Person ..." is a ``mention`` (minutes
   saying that a case study was told: it counts as one case study, of which
   only the telling is known); "an anonymised case summary of a young person
   named ..." a ``case summary``. ``fields`` holds who told it and whom it is
   about where the sentence says so. Plural references ("the two case studies
   below") never count, and a sentence that leads straight into a table or
   heading case study (no other sentence between) is not counted again. The
   words "case study" are not enough: the sentence must say it is about a
   child or young person (``fields.child``), so "a good case study of
   partnership working" is no case study.

Every row is placed in its agenda item and printed page by
:class:`~extractors.report_items.ItemLocator`. Children's names and full
dates of birth never reach a row: :mod:`pipeline.redact` has masked them in
the text and the tables before this extractor runs, and the DOB field keeps
the year only whatever the cell says. The table helpers here
(:func:`case_study_tables`, :func:`is_dob_label`, :func:`is_name_label`) are
shared with the redaction, so both agree on what a case-study table is.
"""

from __future__ import annotations

import html
import re
from functools import lru_cache

import spacy
from spacy.matcher import Matcher

from extractors import vocab
from extractors.nlp import english, first_match_per_sentence
from extractors.redaction import mask_listing_text
from extractors.registry import ExtractionContext, extractor
from extractors.report_items import ItemLocator
from extractors.text import squash
from schemas import CaseStudy
from schemas.provenance import Span

NAME = "case_studies"

_INTRODUCES = 300  # the most text between a sentence and the table/heading case study it introduces
_TAG = re.compile(r"<[^>]+>")
_YEAR4 = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
_YEAR2 = re.compile(r"[/.\-]\s*(\d{2})\s*$")
_PROSE_HINT = re.compile(r"(?i)\bcase\s+(?:study|summary)\b")


# --- tables ------------------------------------------------------------------


def cell_text(cell: str | None) -> str:
    """A cell's visible text: HTML tags left by conversions removed, spaces squashed."""
    return squash(html.unescape(_TAG.sub(" ", cell or "")))


def is_dob_label(label: str) -> bool:
    return bool(vocab.regex(NAME, "dob.label").match(cell_text(label)))


def is_name_label(label: str) -> bool:
    return bool(vocab.regex(NAME, "name.table_rows.labels").match(cell_text(label)))


def is_case_study_table(rows: list[list[str | None]]) -> bool:
    """A table whose first cell is "Case Study", or a two-column table with a DOB row."""
    if not rows or not rows[0]:
        return False
    if vocab.regex(NAME, "table.title").match(cell_text(rows[0][0])):
        return True
    two_columns = all(len([c for c in row if cell_text(c)]) <= 2 for row in rows) and max(len(r) for r in rows) <= 3
    return two_columns and any(row and is_dob_label(row[0] or "") for row in rows)


def case_study_tables(doc) -> list:
    """The case-study tables of ``doc``, each once (readers may find a table twice)."""
    seen, out = set(), []
    for table in doc.tables:
        if not is_case_study_table(table.rows):
            continue
        key = (table.page, tuple(tuple(cell_text(c) for c in row) for row in table.rows))
        if key not in seen:
            seen.add(key)
            out.append(table)
    return out


def dob_year(value: str) -> int | None:
    """The year of a DOB cell: "2006 (18 years old)" -> 2006, "██/██/08" -> 2008."""
    m = _YEAR4.search(value)
    if m:
        return int(m.group(1))
    m = _YEAR2.search(value)
    if m:
        yy = int(m.group(1))
        return 2000 + yy if yy <= 30 else 1900 + yy
    return None


def _title_row(rows: list[list[str | None]]) -> bool:
    first = rows[0]
    return bool(vocab.regex(NAME, "table.title").match(cell_text(first[0]))) and not any(cell_text(c) for c in first[1:])


def table_fields(rows: list[list[str | None]]) -> tuple[str, dict, int | None]:
    """Title, ``{label: text}`` and DOB year of a case-study table."""
    title = cell_text(rows[0][0]) if _title_row(rows) else "Case Study"
    body = rows[1:] if _title_row(rows) else rows
    fields: dict[str, str] = {}
    year = None
    for row in body:
        label = cell_text(row[0] if row else "")
        value = " ".join(t for t in (cell_text(c) for c in row[1:]) if t)
        if not label and not value:
            continue
        if is_dob_label(label):
            year = dob_year(value)
            value = str(year) if year else ""
        elif is_name_label(label):
            value = _mask(value)
        key, n = label or "(no label)", 2
        while key in fields:
            key, n = f"{label} ({n})", n + 1
        fields[key] = value
    return title, fields, year


def _mask(value: str) -> str:
    placeholder = vocab.get(NAME).redact.placeholder
    return re.sub(r"\w", placeholder, value)


def table_span(doc, table, after: int = 0) -> Span | None:
    """Where ``table`` is in the document text: the reader's span, or found on its page.

    PDF tables come without a span: their cell words are looked for in order
    in the page text, from the first cell to the last word found.
    """
    if table.span is not None:
        return table.span
    if not 1 <= table.page <= len(doc.pages):
        return None
    page = doc.pages[table.page - 1]
    words = [w for row in table.rows for c in row for w in cell_text(c).split()]
    pos, start, end = max(after - page.start, 0), None, None
    for word in words:
        i = page.text.find(word, pos)
        if i < 0 or (start is not None and i - pos > 200):
            continue
        if start is None:
            start = i
        pos = end = i + len(word)
    if start is None:
        return None
    return Span(start=page.start + start, end=page.start + end)


# --- prose -------------------------------------------------------------------


@lru_cache(maxsize=1)
def _pipeline() -> tuple[spacy.language.Language, Matcher, dict[str, str]]:
    nlp = english()  # the shared pipeline (a second blank one costs a sixth of a second); only its sentencizer runs here
    matcher = Matcher(nlp.vocab)
    kinds: dict[str, str] = {}
    for n, rule in enumerate(vocab.get(NAME).prose):
        key = f"prose{n}"
        matcher.add(key, [rule.pattern])
        kinds[key] = rule.kind
    return nlp, matcher, kinds


def _paragraph(text: str, offset: int) -> tuple[int, int]:
    """The paragraph around ``offset``: between blank lines (or page breaks)."""
    starts = [text.rfind("\n\n", 0, offset), text.rfind("\f", 0, offset)]
    start = max(starts) + 1 if max(starts) >= 0 else 0
    ends = [e for e in (text.find("\n\n", offset), text.find("\n\f", offset)) if e >= 0]
    return start, min(ends) if ends else len(text)


def _prose_matches(text: str) -> list[tuple[Span, str, str]]:
    """``(sentence span, kind, matched phrase)`` of each sentence telling a case study."""
    nlp, matcher, kinds = _pipeline()
    done: set[int] = set()
    out: list[tuple[Span, str, str]] = []
    for hint in _PROSE_HINT.finditer(text):
        start, end = _paragraph(text, hint.start())
        if start in done:
            continue
        done.add(start)
        doc = nlp.get_pipe("sentencizer")(nlp.make_doc(text[start:end]))
        for match_id, s, e, sentence in first_match_per_sentence(doc, matcher):
            phrase = doc[s + 1 : e].text
            phrase = re.sub(r"\s+\S+$", "", phrase) if doc[e - 1].lower_ not in {"study", "summary"} else phrase
            if not vocab.regex(NAME, "fields.child").search(sentence.text):
                continue  # "a good case study of partnership working": an example, not a child's story
            out.append((_trim(text, start + sentence.start_char, start + sentence.end_char), kinds[nlp.vocab.strings[match_id]], phrase))
    return out


def _trim(text: str, start: int, end: int) -> Span:
    m = re.match(r"\s*(?:[•·▪\-]|\(?\d{1,2}[.)])?\s*", text[start:end])
    start += m.end() if m else 0
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start=start, end=end)


def _prose_fields(sentence: str) -> dict | None:
    fields = {}
    for key in ("told_by", "about"):
        m = vocab.regex(NAME, f"fields.{key}").search(sentence)
        if m:
            fields[key] = re.sub(r"^(?:the|our)\s+", "", squash(m.group("value")), flags=re.I)
    return fields or None


def _introduces(text: str, sentence: Span, case: Span) -> bool:
    """Does ``sentence`` lead into ``case``: just before it, with no other sentence between?"""
    gap = text[sentence.end : case.start]
    return 0 <= len(gap) <= _INTRODUCES and not re.search(r"[.!?]\s", gap)


def _headings(text: str) -> list[tuple[Span, str]]:
    """Heading case studies and their titles; a title is masked again on its own (never a child's name)."""
    return [(Span(start=m.start("title"), end=m.end("title")), mask_listing_text(squash(m.group("title"))))
            for m in vocab.regex(NAME, "heading.patterns").finditer(text)]


# --- the extractor -------------------------------------------------------------


@extractor(NAME, requires=("meeting",), produces=CaseStudy)
def extract_case_studies(ctx: ExtractionContext) -> list[CaseStudy]:
    text = ctx.text
    found: list[tuple[Span | None, dict]] = []
    last_end: dict[int, int] = {}
    for table in case_study_tables(ctx.doc):
        span = table_span(ctx.doc, table, last_end.get(table.page, 0))
        if span is not None and table.span is None:
            last_end[table.page] = span.end
        title, fields, year = table_fields(table.rows)
        found.append((span, {"title": title, "kind": "case study", "fields": fields, "dob_year": year, "page": table.page}))
    structural = [s for s, _ in found if s is not None]
    for span, title in _headings(text):
        if any(s.start <= span.start < s.end for s in structural):
            continue
        found.append((span, {"title": title, "kind": "case study", "fields": None, "dob_year": None}))
        structural.append(span)
    for span, kind, phrase in _prose_matches(text):
        if any(s.start <= span.start < s.end or _introduces(text, span, s) for s in structural):
            continue
        title = phrase[:1].upper() + phrase[1:]
        found.append((span, {"title": squash(title), "kind": kind, "fields": _prose_fields(text[span.start : span.end]), "dob_year": None}))
    found.sort(key=lambda f: (f[0].start if f[0] else 1 << 62))

    locator = ItemLocator(ctx)
    meeting_id = ctx.meeting_id()
    rows = []
    for n, (span, info) in enumerate(found, start=1):
        page = info.pop("page", None)
        provenance = ctx.provenance(span, NAME)
        if span is None and page is not None:
            provenance["page"] = page
        offset = span.start if span else ctx.doc.pages[page - 1].start
        rows.append(
            CaseStudy(
                id=f"{ctx.doc.id[:16]}-c{n}",
                meeting_id=meeting_id,
                agenda_item_id=locator.item_id(offset),
                printed_page=locator.printed_page(offset),
                **info,
                **provenance,
            )
        )
    return rows
