"""What in a council document is a child's personal data: the rules redaction applies.

Corporate-parenting documents are about children in care. Their names and dates
of birth are found here and masked by :mod:`pipeline.redact` before anything is
stored. The rules are split by what they find:

- :mod:`~extractors.redaction.names` - children's names: trigger phrases, a
  person-name recogniser over case-study context, propagation of a known name's
  words through the document, and the adults in their role who are never masked;
- :mod:`~extractors.redaction.dob` - dates of birth: a cue, a date close after
  it, confirmed by dateparser; everything but the year is masked;
- :mod:`~extractors.redaction.tables` - Name and DOB columns (header cells) and
  rows (first cells) of tables;
- :mod:`~extractors.redaction.lexicon` - which capitalised words are known words.

Patterns, trigger phrases, role words and the words that tell a place from a name
are vocabulary in ``extractors/vocab/case_studies.toml``.

:func:`find` reads one text and says what to mask (:class:`Finding`, with the names
found, to propagate into the document's other strings); :func:`mask_listing_text`
masks a short text standing alone, such as a scraped link title ("Case study -
<name> (DOB ...)").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from extractors import vocab
from extractors.redaction import dob, names
from extractors.redaction.lexicon import lower_case_words

NAME_KIND = "young person's name"
DOB_KIND = "date of birth"


@dataclass(frozen=True)
class Finding:
    """A span to mask: where, what kind of personal data, which rule found it."""

    start: int
    end: int
    kind: str
    rule: str


@dataclass
class Found:
    """What :func:`find` found in a text: the spans to mask and the children's names."""

    spans: list[Finding] = field(default_factory=list)
    names: list[str] = field(default_factory=list)


@lru_cache(maxsize=1)
def placeholder() -> str:
    return vocab.get("case_studies").redact.placeholder


def mask(text: str) -> str:
    """``text`` with every letter and digit replaced by the placeholder (same length)."""
    return re.sub(r"\w", placeholder(), text)


def find(text: str, known_names: list[str] = (), dates: list[str] = ()) -> Found:
    """Children's names and dates of birth in ``text``.

    ``known_names`` are names found elsewhere (a table's Name column, another
    string of the document): they are propagated here too. ``dates`` are dates of
    birth found elsewhere (a DOB column): each of their occurrences is masked but
    its year.
    """
    found = Found()
    found.spans += [Finding(h.start, h.end, NAME_KIND, "case study table name row") for h in names.propagate(text, list(known_names))]
    for d in dob.dob_spans(text):
        found.spans += [Finding(a, b, DOB_KIND, d.rule) for a, b in dob.masked_ranges(d)]
    for date in dict.fromkeys(dates):
        for d in dob.cell_dates(date):
            value = date[d.start : d.end]
            for m in re.finditer(r"(?<![\w/.\-])" + re.escape(value) + r"(?![\w/\-])", text):
                shifted = d._replace(start=m.start(), end=m.end(), year_start=m.start() + d.year_start - d.start, year_end=m.start() + d.year_end - d.start)
                found.spans += [Finding(a, b, DOB_KIND, d.rule) for a, b in dob.masked_ranges(shifted)]
    lower_words = lower_case_words(text)
    hits = names.triggered(text, lower_words)
    for lo, hi in names.contexts(text):
        hits += names.recognise(text, lo, hi)
    hits += names.coordinated(text, [h.name for h in hits] + list(known_names), lower_words)
    # a name found in capitals ("MAYA-ROSE O'SULLIVAN") is written in title case elsewhere too ("Maya-Rose")
    hits_names = [h.name for h in hits]
    capital_names = [n.title() for n in hits_names if n.isupper() and n.title() != n]
    found.spans += [Finding(h.start, h.end, NAME_KIND, h.rule) for h in hits]
    for d in dob.after_names(text, [(h.start, h.end) for h in hits]):
        found.spans += [Finding(a, b, DOB_KIND, d.rule) for a, b in dob.masked_ranges(d)]
    found.names = list(dict.fromkeys(hits_names + capital_names + list(known_names)))
    found.spans += [Finding(h.start, h.end, NAME_KIND, h.rule) for h in names.propagate(text, found.names)]
    found.spans = merge(found.spans)
    return found


def merge(spans: list[Finding]) -> list[Finding]:
    """Overlapping spans as one (the first-found rule is kept), trimmed of blanks and punctuation."""
    out: list[Finding] = []
    for s in sorted(spans, key=lambda s: (s.start, -s.end)):
        if s.start >= s.end:
            continue
        if out and s.start <= out[-1].end:
            last = out[-1]
            out[-1] = Finding(last.start, max(last.end, s.end), last.kind, last.rule)
        else:
            out.append(s)
    return out


def apply(text: str, spans: list[Finding]) -> str:
    """``text`` with ``spans`` masked."""
    chars = list(text)
    for s in spans:
        chars[s.start : s.end] = mask(text[s.start : s.end])
    return "".join(chars)


def mask_listing_text(text: str | None, known_names: list[str] = ()) -> str | None:
    """A short text standing alone (a link title, a document title, a table cell) with children's data masked."""
    if not text:
        return text
    found = find(text, known_names)
    return apply(text, found.spans) if found.spans else text
