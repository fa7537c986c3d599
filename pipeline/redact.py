"""Redaction of children's personal data, before anything is stored.

Corporate parenting documents are about children in care. :func:`redact` runs
right after a document is read, before the outline and the extractors see its
text, and masks in place:

- **young people's names** where the document names a child: a case-study
  heading ("Case study: Kai"), a naming phrase ("a young person named Abena",
  "a child known as Jay", "Abena (not her real name)") or the Name row of a
  case-study table. Once a name is known to be a child's, every other
  whole-word occurrence of it in the document is masked too;
- **full dates of birth** after a DOB label ("DOB 12/03/2008", "Date of
  birth: 4 May 2009", a DOB row of a table): only the year stays visible.

Adults named in their role are never masked: a name that the same document
also uses for an adult ("the Personal Adviser, Marcus Bell", "Named Nurse
Christine Nichols", "Councillor Kai Smith", "Kai Smith (Participation
Officer)") is masked only where a trigger names the child, never propagated.
The patterns, trigger phrases and role words are data, in
``extractors/vocab/case_studies.toml``.

Masking replaces every letter and digit of a span with the placeholder
character and keeps spaces and punctuation, so the text keeps its length and
every offset, page start and span the reader computed stays valid
("Kai" -> "███", "12/03/2008" -> "██/██/2008"). The page texts, ``doc.text``,
the table cells, the document title and the outline's strings are all
masked. Each masked span is returned as a :class:`schemas.Redaction` (where it
was, what kind, the placeholder, the rule); the masked text is kept nowhere.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from extractors import vocab
from extractors.case_studies import case_study_tables, cell_text, is_case_study_table, is_dob_label, is_name_label
from schemas.source_document import PAGE_SEPARATOR
from schemas import Redaction

VOCAB = "case_studies"
NAME_KIND = "young person's name"
DOB_KIND = "date of birth"
REPEAT_RULE = "repeat of a young person's name"


@dataclass(frozen=True)
class Candidate:
    """A young person's name found by a trigger, with where the trigger found it."""

    name: str
    start: int | None  # the trigger's occurrence, when known
    end: int | None
    rule: str
    scope: tuple[int, int] | None = None  # propagate only here (None: the whole document)


# --- rules -------------------------------------------------------------------


class Rules(NamedTuple):
    triggers: list[tuple[str, re.Pattern]]  # (rule, pattern with a "name" group)
    dob_text: list[tuple[str, re.Pattern]]  # (rule, pattern with "masked" and "year" groups)
    dob_cell: list[tuple[str, re.Pattern]]
    not_names: set[str]
    honorifics: str  # regex alternatives
    roles: str
    placeholder: str


@lru_cache(maxsize=1)
def _rules() -> Rules:
    data = vocab.get(VOCAB)
    common = vocab.get("common")
    honorifics = common.all_honorifics()
    words_not_names = vocab.get("people").not_names.words + data.name.not_names + honorifics + common.month_names() + common.weekdays
    return Rules(
        triggers=[(t.rule, t.compiled("pattern")) for t in data.name.trigger],
        dob_text=[(d.rule, d.compiled("pattern")) for d in data.dob.pattern],
        dob_cell=[(d.rule, d.compiled("pattern")) for d in data.dob.cell],
        not_names={w.lower() for w in words_not_names},
        honorifics="|".join(re.escape(h.rstrip(".")) for h in sorted(honorifics, key=len, reverse=True)),
        roles="|".join(re.escape(r) for r in sorted(data.adults.roles, key=len, reverse=True)),
        placeholder=data.redact.placeholder,
    )


def mask(text: str) -> str:
    """``text`` with every letter and digit replaced by the placeholder."""
    return re.sub(r"\w", _rules().placeholder, text)


def _is_name(name: str) -> bool:
    not_names = _rules().not_names
    tokens = name.split()
    return 1 <= len(tokens) <= 3 and all(t.lower().strip("'’") not in not_names and len(t) > 1 for t in tokens)


def _word(name: str) -> str:
    """A regex for ``name`` as a whole word (its spaces match any blanks)."""
    return r"(?<!\w)" + r"\s+".join(re.escape(t) for t in name.split()) + r"(?!\w)"


# --- finding -----------------------------------------------------------------


def _triggers(text: str) -> list[Candidate]:
    out = []
    for rule, pattern in _rules().triggers:
        for m in pattern.finditer(text):
            name = re.sub(r"\s+", " ", m.group("name"))
            if _is_name(name):
                out.append(Candidate(name, m.start("name"), m.end("name"), rule))
    return out


def _table_names(doc) -> list[Candidate]:
    """Names in the Name rows of case-study tables (found in the text by propagation)."""
    out = []
    for table in case_study_tables(doc):
        page = doc.pages[table.page - 1] if 1 <= table.page <= len(doc.pages) else None
        for row in table.rows:
            if not row or not is_name_label(row[0] or ""):
                continue
            value = " ".join(cell_text(c) for c in row[1:] if cell_text(c))
            if re.fullmatch(r"(?:[A-Z]\.?\s?){1,3}", value) and page is not None:  # initials: only on the table's page
                out.append(Candidate(value.strip(), None, None, "case study table name row", (page.start, page.end)))
            elif value and _is_name(value):
                out.append(Candidate(value, None, None, "case study table name row"))
    return out


def used_for_adult(text: str, name: str) -> bool:
    """Does ``text`` use ``name`` for an adult: after an honorific, or as a full name beside a role?"""
    honorifics, roles = _rules().honorifics, _rules().roles
    w = _word(name)
    cap = r"[A-Z][\w'’-]+"
    if re.search(rf"\b(?:{honorifics})\.?[ \t]+(?:[A-Z][\w'’.-]*[ \t]+){{0,2}}{w}", text):
        return True
    full = rf"(?:{w}(?:[ \t]+{cap}){{1,2}}|{cap}[ \t]+{w})"
    role = rf"(?i:\b(?:{roles})\b)"
    before = rf"{role}(?:[ \t]+(?i:for|of|to)[ \t]+[^,\n]{{0,50}}?)?[ \t]*[,:\-–—]?[ \t]*(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?[ \t]+)?{full}(?!\w)"
    after = rf"(?<!\w){full}[ \t]*(?:,|\(|–|—|-)[ \t]*(?i:the[ \t]+|our[ \t]+)?(?:[A-Za-z][\w'’-]*[ \t]+){{0,4}}{role}"
    return bool(re.search(before, text) or re.search(after, text))


def _dob_spans(doc, text: str) -> list[tuple[int, int, str]]:
    spans = []
    for rule, pattern in _rules().dob_text:
        for m in pattern.finditer(text):
            spans.append((m.start("masked"), m.end("masked"), rule))
    for table in doc.tables:  # a DOB row of any table
        if not 1 <= table.page <= len(doc.pages):
            continue
        page = doc.pages[table.page - 1]
        for row in table.rows:
            if not row or not is_dob_label(row[0] or ""):
                continue
            for c in row[1:]:
                for date, year in _cell_dates(cell_text(c)):
                    for m in re.finditer(_word(date), page.text):
                        spans.append((page.start + m.start(), page.start + m.end() - len(year), "dob table cell"))
    return spans


def _cell_dates(value: str) -> list[tuple[str, str]]:
    """The full dates in a DOB cell, each with its year."""
    return [(m.group(0), m.group("year")) for _, p in _rules().dob_cell for m in p.finditer(value)]


# --- masking -----------------------------------------------------------------


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop leading and trailing blanks and punctuation, which masking keeps anyway."""
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not text[end - 1].isalnum():
        end -= 1
    return start, end


def _merge(spans: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """Overlapping spans as one; a trigger's rule wins over a repeat's."""
    out: list[list] = []
    for start, end, kind, rule in sorted(spans, key=lambda s: (s[0], s[3] == REPEAT_RULE, -s[1])):
        if out and start <= out[-1][1]:
            out[-1][1] = max(out[-1][1], end)
        else:
            out.append([start, end, kind, rule])
    return [tuple(s) for s in out]


def mask_string(value: str | None, names: list[str], dob_cell: bool = False) -> str | None:
    """Mask ``names`` (whole words) and full dates of birth in a string that is not page text."""
    if not value:
        return value
    for name in names:
        value = re.sub(_word(name), lambda m: mask(m.group(0)), value)
    rules = _rules()
    for _, pattern in rules.dob_text + (rules.dob_cell if dob_cell else []):
        value = pattern.sub(_masked_match, value)
    return value


def _masked_match(m: re.Match) -> str:
    """A DOB match with its "masked" group masked."""
    s, e = m.start("masked") - m.start(), m.end("masked") - m.start()
    whole = m.group(0)
    return whole[:s] + mask(whole[s:e]) + whole[e:]


def _mask_tables(doc, names: list[str]) -> None:
    for table in doc.tables:
        case_study = is_case_study_table(table.rows)
        for row in table.rows:
            dob_row = bool(row) and is_dob_label(row[0] or "")
            name_row = case_study and bool(row) and is_name_label(row[0] or "")
            for i, c in enumerate(row):
                if c is None:
                    continue
                if name_row and i > 0:
                    row[i] = mask(c)
                else:
                    row[i] = mask_string(c, names, dob_cell=dob_row and i > 0)
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
    """Mask young people's names and full dates of birth in ``doc``; return what was masked."""
    text = doc.text
    spans: list[tuple[int, int, str, str]] = []
    for start, end, rule in _dob_spans(doc, text):
        spans.append((*_trim(text, start, end), DOB_KIND, rule))

    candidates = _triggers(text) + _table_names(doc)
    propagated: list[str] = []
    for c in candidates:
        if c.start is not None:
            spans.append((c.start, c.end, NAME_KIND, c.rule))
        if c.name in propagated or used_for_adult(text, c.name):
            continue
        lo, hi = c.scope or (0, len(text))
        for m in re.finditer(_word(c.name), text[lo:hi]):
            spans.append((lo + m.start(), lo + m.end(), NAME_KIND, c.rule if c.start is None else REPEAT_RULE))
        if c.scope is None:  # a two-word name is propagated whole only: its first word alone may be a common word
            propagated.append(c.name)

    spans = _merge([s for s in spans if s[0] < s[1]])
    chars = list(text)
    redactions = []
    for start, end, kind, rule in spans:
        replacement = mask(text[start:end])
        chars[start:end] = replacement
        redactions.append(
            Redaction(document_id=doc.id, page=doc.page_at(start).index, char_start=start, char_end=end,
                      kind=kind, replacement=replacement, rule=rule)
        )
    if spans:
        masked = "".join(chars)
        for page in doc.pages:
            page.text = masked[page.start : page.end]
        doc.text = PAGE_SEPARATOR.join(p.text for p in doc.pages)
        assert len(doc.text) == len(text)
    _mask_tables(doc, propagated)
    doc.title = mask_string(doc.title, propagated)
    _mask_outline(doc.outline, propagated)
    return redactions
