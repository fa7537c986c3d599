"""Children's names and dates of birth in tables: by column header or by row label.

A table names children in two shapes:

- **columns** under a header row: "Name | DOB | Placement", "Child | Date of
  birth | Legal status" - every cell under a Name header (``name.columns``) is a
  name, every date under a DOB header (``dob.label``) a date of birth;
- **rows** of a case-study table: "Name | Kai", "DOB | 12/03/2008"
  (``name.table_rows``, ``dob.label``), as :mod:`extractors.case_studies` reads them.
"""

from __future__ import annotations

import re

from extractors import vocab
from extractors.case_studies import cell_text, is_case_study_table, is_dob_label, is_name_label
from extractors.redaction import dob
from extractors.redaction.lexicon import is_word

VOCAB = "case_studies"


def is_name_column(label: str) -> bool:
    return bool(vocab.regex(VOCAB, "name.columns.labels").match(cell_text(label)))


def columns(rows: list[list[str | None]]) -> tuple[set[int], set[int]]:
    """(Name columns, DOB columns) of a table whose first row is a header row."""
    if len(rows) < 2 or not rows[0]:
        return set(), set()
    header = [cell_text(c) for c in rows[0]]
    dobs = {i for i, h in enumerate(header) if h and is_dob_label(h)}
    if not dobs and any(h and vocab.get(VOCAB).name.columns.compiled("adult_headers").match(h) for h in header):
        return set(), dobs  # "Name | Role": adults in their role
    names = {i for i, h in enumerate(header) if h and is_name_column(h) and _holds_names(h, [r[i] for r in rows[1:] if i < len(r)])}
    return names, dobs


def name_shaped(value: str) -> bool:
    """One to four capitalised words or initials, nothing else ("Ellie-Mae Hart", "K. B.", not "29.7 per")."""
    return bool(re.fullmatch(r"(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*)(?:[ \t]+[A-ZÀ-ÖØ-Þ][\w'’.-]*){0,3}", value)) and not re.search(r"\d", value)


_LIST_SEPARATOR = re.compile(r"[ \t]*,[ \t]*(?:(?:and|&)[ \t]+)?|[ \t]+(?:and|&)[ \t]+")


def name_parts(value: str) -> list[str]:
    """The names a cell holds: itself when name-shaped, or each member of a list of names
    ("Kayden, Jaxon and Lacey Thwaite": a sibling group in one cell); else none."""
    if name_shaped(value):
        return [value]
    parts = [part for part in _LIST_SEPARATOR.split(value) if part]
    return parts if len(parts) > 1 and all(name_shaped(part) for part in parts) else []


def _holds_names(header: str, cells: list[str | None]) -> bool:
    """Is a column under a Name header one of names: most cells name-shaped, and (unless the header says
    "Name") one with a word that is no English word?

    A header "Child" over "Protection", "Rate", "29.7 per" (an infographic's words
    read as a table) or over "Looked After", "Care Leavers" is not a column of names.
    """
    values = [cell_text(c) for c in cells if cell_text(c)]
    shaped = [part for v in values for part in [name_parts(v)] if part]
    if not values or len(shaped) * 2 <= len(values):
        return False
    return bool(vocab.get(VOCAB).name.columns.compiled("explicit").search(header)) or any(not is_word(t) for v in shaped for n in v for t in n.split())


def name_cells(rows: list[list[str | None]]) -> list[tuple[int, int]]:
    """(row, column) of every cell that holds a child's name."""
    name_cols, _ = columns(rows)
    out = [(r, c) for r in range(1, len(rows)) for c in name_cols if c < len(rows[r]) and name_parts(cell_text(rows[r][c]))]
    if is_case_study_table(rows):
        out += [(r, c) for r, row in enumerate(rows) if row and is_name_label(row[0] or "") for c in range(1, len(row)) if cell_text(row[c])]
    return out


def dob_cells(rows: list[list[str | None]]) -> list[tuple[int, int]]:
    """(row, column) of every cell that holds a date of birth without a cue of its own."""
    _, dob_cols = columns(rows)
    out = [(r, c) for r in range(1, len(rows)) for c in dob_cols if c < len(rows[r])]
    out += [(r, c) for r, row in enumerate(rows) if row and is_dob_label(row[0] or "") for c in range(1, len(row))]
    return out


def names_and_dates(tables) -> tuple[list[str], list[str]]:
    """The children's names and the dates of birth (as written) the tables give."""
    found_names, dates = [], []
    for table in tables:
        for r, c in name_cells(table.rows):
            value = cell_text(table.rows[r][c])
            found_names += [n for n in (name_parts(value) or [value]) if re.search(r"[A-Za-zÀ-ÿ]", n) and len(n.split()) <= 4]
        for r, c in dob_cells(table.rows):
            value = cell_text(table.rows[r][c])
            dates += [value[d.start : d.end] for d in dob.cell_dates(value)]
    return list(dict.fromkeys(found_names)), list(dict.fromkeys(dates))
