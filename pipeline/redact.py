"""Redaction of children's personal data, before anything is stored.

Corporate parenting documents are about children in care. :func:`redact` runs
right after a document is read, before the outline and the extractors see its
text, and masks in place every child's name and every date of birth (but its
year) that the rules of :mod:`extractors.redaction` find:

- in the **page texts** (and ``doc.text``): trigger phrases, the person-name
  recogniser over case-study context, the names of tables' Name columns, and
  every later occurrence of a known child's name and of its words alone;
  dates of birth after a cue and those of tables' DOB columns;
- in the **table cells**: a Name cell whole, the known names and the dates of
  birth in any other cell;
- in the **document title**, the **outline's strings** and **links**: each is
  read on its own (a title "Case study - <name> (DOB ...)") and with the
  document's known names.

Scraped listing texts (a ModernGov link title, which the scraper records in
``source_documents``) are masked where they enter, by :func:`mask_listing_text`.

Adults named in their role are never masked ("the Personal Adviser, Marcus
Bell", "Named Nurse Christine Nichols", "Councillor Summer Davies").

Masking replaces every letter and digit of a span with the placeholder
character and keeps spaces and punctuation, so the text keeps its length and
every offset, page start and span the reader computed stays valid
("Kai" -> "███", "12/03/2008" -> "██/██/2008"). Each masked span of the text
is returned as a :class:`schemas.Redaction` (where it was, what kind, the
placeholder, the rule); the masked text is kept nowhere.

The raw archive (``data/raw/``) keeps each document as the council published
it; it is never served or published (see README, "Children's data").
"""

from __future__ import annotations

import re

from extractors import redaction
from extractors.redaction import tables as table_rules
from extractors.redaction.names import used_for_adult  # noqa: F401 - part of this module's interface
from schemas import Redaction
from schemas.source_document import PAGE_SEPARATOR

NAME_KIND = redaction.NAME_KIND
DOB_KIND = redaction.DOB_KIND


def mask(text: str) -> str:
    """``text`` with every letter and digit replaced by the placeholder."""
    return redaction.mask(text)


def mask_listing_text(text: str | None, names: list[str] = ()) -> str | None:
    """A listing text (a scraped link title) with any child's name and date of birth masked."""
    return redaction.mask_listing_text(text, list(names))


_LETTER = re.compile(r"[^\W\d_]")


def mask_string(value: str | None, names: list[str], dates: list[str] = ()) -> str | None:
    """A string that is not page text, masked on its own and with the document's known ``names``."""
    if not value:
        return value
    if not _LETTER.search(value) and not any(d in value for d in dates):
        return value  # a name needs letters, a date of birth a cue in words or a date already known as one
    found = redaction.find(value, names, dates)
    return redaction.apply(value, found.spans) if found.spans else value


def _mask_tables(doc, names: list[str], dates: list[str]) -> None:
    masked: dict[str, str] = {}  # a pack's cells repeat ("GREEN", "Total", "n/a"): each text is masked once
    for table in doc.tables:
        whole = set(table_rules.name_cells(table.rows))
        for r, row in enumerate(table.rows):
            for c, cell in enumerate(row):
                if cell is None:
                    continue
                if (r, c) in whole:
                    row[c] = mask(cell)
                    continue
                if cell not in masked:
                    masked[cell] = mask_string(cell, names, dates)
                row[c] = masked[cell]
        table.title_hint = mask_string(table.title_hint, names)


def _mask_outline(outline, names: list[str]) -> None:
    if outline is None:
        return
    for block in outline.items:
        block.title_text = mask_string(block.title_text, names)
        for link in block.links:
            for key, value in list(link.items()):
                if isinstance(value, str):
                    link[key] = mask_string(value, names)
    for key, value in list(outline.values.items()):
        if isinstance(value, str):
            outline.values[key] = mask_string(value, names)


def redact(doc) -> list[Redaction]:
    """Mask children's names and full dates of birth in ``doc``; return what was masked."""
    text = doc.text
    table_names, dates = table_rules.names_and_dates(doc.tables)
    title_names = redaction.find(doc.title).names if doc.title else []
    found = redaction.find(text, table_names + title_names, dates)
    names = found.names
    redactions = []
    if found.spans:
        masked = redaction.apply(text, found.spans)
        for page in doc.pages:
            page.text = masked[page.start : page.end]
        doc.text = PAGE_SEPARATOR.join(p.text for p in doc.pages)
        assert len(doc.text) == len(text)
        for s in found.spans:
            redactions.append(
                Redaction(document_id=doc.id, page=doc.page_at(s.start).index, char_start=s.start, char_end=s.end,
                          kind=s.kind, replacement=masked[s.start : s.end], rule=s.rule)
            )  # fmt: skip
    _mask_tables(doc, names, dates)
    doc.title = mask_string(doc.title, names)
    _mask_outline(doc.outline, names)
    return redactions
