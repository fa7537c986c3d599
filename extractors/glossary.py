"""Glossary: the acronyms a document defines, and what they stand for.

Reports define acronyms in a few ways, all read here:

1. ``Expansion (TERM)``: "Children Looked After (CLA)", the commonest;
2. ``TERM (Expansion)``: "UASC (Unaccompanied Asylum-Seeking Children)";
3. ``(TERM) Expansion`` at the start of a line, and ``TERM - Expansion``
   / ``TERM: Expansion`` lines (glossary lists) and two-cell table rows;
4. footnotes: "CAMHS2" in the text, and footnote 2 reads "Child and
   Adolescent Mental Health Services" (seed 003's numbered footnotes, each
   ending in ``↩``, or ``[^2]: ...`` definitions).

A candidate is kept only when the expansion *spells* the acronym (see
:func:`spells`): the initials of its words, hyphenated parts counted as
words, give the acronym's letters in order with nothing left over; small
words ("and", "of", "for", "the", ...) may be skipped or used ("Department
for Education" = DfE). So "(Item 4)", "(Pages 5 - 14)", "Simon Brown (VC)"
and "Child and Adolescent Mental Health Service (CNWL)" are not definitions.
Honours, roles and party abbreviations (``reject_terms`` in
``vocab/facts.toml``) and names after a title ("Councillor ...") are never
read as definitions.

One row per distinct (term, expansion) in a document, the expansion compared
without case; the row's span is the definition as printed (expansion and
acronym, or the footnote text). A plural acronym ("SGOs", "IHA's") is stored
in the singular.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from extractors import vocab
from extractors.names import parse_name
from extractors.registry import ExtractionContext, extractor
from extractors.text import squash
from schemas.provenance import Span
from schemas.report import GlossaryEntry

NAME = "glossary"
# Records naming people, whose names are not acronyms' expansions; the first three as written.
WRITTEN_NAME_KINDS = ("membership", "attendance", "declarations")
NAMED_KINDS = (*WRITTEN_NAME_KINDS, "people", "mentions")

_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*|&")
# A line ending on a footnote's return arrow ("- Child and Adolescent Mental Health Services ↩"): its text runs from
# after the blanks and bullet to the last character before the arrow that is not a blank. Blanks are taken whole
# (possessive), and the text is read as blank runs each closed by another character, so a long line without an arrow
# fails in one pass (a lazy scan retried after every leading blank was cubic in a line of spaces). A run of blanks
# straight before the arrow leaves its last blank as the text ("  ↩"), as the lazy form did.
_BLANKS = r"(?:[ \t]*(?=[ \t]↩)|[ \t]*+)"
_FOOTNOTE_LINE = re.compile(
    r"(?m)^" + _BLANKS + r"(?:[-*•](?!↩)" + _BLANKS + r"\n?" + _BLANKS + r")?+"
    r"(?P<text>(?:[ \t]*+[^\n↩ \t])++|[ \t])[ \t]*↩[ \t]*$"
)
_MD_FOOTNOTE = re.compile(r"(?m)^[ \t]*\[\^(?P<n>\d{1,3})\]:[ \t]*(?P<text>[^\n]+?)[ \t]*$")


@dataclass(frozen=True)
class Definition:
    """An acronym defined in the text: where the definition is and what it says."""

    term: str
    expansion: str
    span: Span  # the whole definition as printed
    expansion_span: Span
    printed: str = ""  # the acronym as printed ("KPIs" for the term "KPI")


@lru_cache(maxsize=1)
def _config() -> dict:
    cfg = vocab.get("facts").glossary
    return {
        "term": cfg.term,
        "small": frozenset(cfg.small_words),
        "reject": frozenset(t.lower() for t in cfg.reject_terms),
        "titles": frozenset(cfg.name_titles),
    }


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    term = _config()["term"]
    plural = r"(?:['’]s|s)?"
    return {
        # Expansion (TERM)
        "paren_term": re.compile(rf"\(\s*(?P<term>{term}){plural}\s*\)"),
        # TERM (Expansion)
        "term_paren": re.compile(rf"(?<![\w(])(?P<term>{term}){plural}[ \t]*\((?P<exp>[^()\n]{{3,120}})\)"),
        # (TERM) Expansion, at the start of a line or after a bullet / colon
        "lead_paren": re.compile(rf"(?m)(?:^[ \t]*(?:[-•·*][ \t]+)?|[:;][ \t]+)\((?P<term>{term}){plural}\)[ \t]+(?P<exp>[^\n()]{{3,120}})"),
        # TERM - Expansion / TERM: Expansion, a line of a glossary list
        "term_line": re.compile(rf"(?m)^[ \t]*(?:[-•·*][ \t]+)?(?P<term>{term}){plural}[ \t]*(?:[-–—:=]|\t)[ \t]*(?P<exp>[A-Za-z][^\n]{{2,120}}?)[ \t.]*$"),
        # a footnote marker glued to an acronym: CAMHS2, DNA's6, DfE4, CAMHS[^2], CAMHS²
        "marker": re.compile(rf"(?<![\w])(?P<term>{term}?)(?:['’]s)?(?:(?P<n>\d{{1,2}})|\[\^(?P<m>\d{{1,3}})\]|(?P<sup>[¹²³⁴⁵⁶⁷⁸⁹⁰]+))(?![\w])"),
    }


def _letters(term: str) -> list[str]:
    return [c.lower() for c in term if c.isalpha()]


def _is_acronym(term: str) -> bool:
    upper = sum(c.isupper() for c in term)
    letters = sum(c.isalpha() for c in term)
    return 2 <= letters <= 10 and upper >= 2 and upper * 2 >= letters


def _parts(text: str, base: int = 0) -> list[tuple[str, int, int]]:
    """Words of an expansion with offsets; hyphenated words count as separate words."""
    out = []
    for m in _WORD.finditer(text):
        out.append((m.group(), base + m.start(), base + m.end()))
    return out


def spells(term: str, words: list[str]) -> bool:
    """Whether ``words`` spell ``term``: initials in order, small words optional, nothing left over.

    >>> spells("CAMHS", "Child and Adolescent Mental Health Services".split())
    True
    >>> spells("UASC", ["Unaccompanied", "Asylum", "Seeking", "Children"])
    True
    >>> spells("CNWL", "Child and Adolescent Mental Health Service".split())
    False
    """
    letters = _letters(term)
    small = _config()["small"]
    if not words or not letters or words[0].lower() in small:
        return False  # an expansion starts with a content word ("of Budget Responsibility" is a fragment)

    @lru_cache(maxsize=None)
    def match(i: int, j: int) -> bool:
        if i == len(words):
            return j == len(letters)
        word = words[i]
        if word.lower() in small and match(i + 1, j):
            return True
        return j < len(letters) and word[0].lower() == letters[j] and match(i + 1, j + 1)

    return match(0, 0)


def _singular(term: str) -> list[str]:
    """The acronym as printed and, for a plural ("SGOs", "IHA's"), its singular (tried first)."""
    bare = re.sub(r"['’]s$", "", term)
    if bare != term:
        return [bare]
    if term.endswith("s") and _is_acronym(term[:-1]):
        return [term[:-1], term]
    return [term]


def _rejected(term: str, text: str, start: int) -> bool:
    cfg = _config()
    if term.lower() in cfg["reject"] or not _is_acronym(term):
        return True
    before = _WORD.findall(text[max(0, start - 40) : start])
    return bool(before) and before[-1].lower().rstrip(".") in cfg["titles"]


def _backward(text: str, term_start: int, term: str, limit: int) -> tuple[int, int] | None:
    """The expansion ending just before ``term_start`` (an opening parenthesis) that spells ``term``.

    Words are taken back along the same line(s) up to a stop (full stop,
    semicolon, colon, bracket, quote); commas are allowed inside ("Not in
    Education, Employment or Training"). The shortest expansion that spells
    the term wins.
    """
    window_start = max(limit, term_start - 200)
    window = text[window_start:term_start]
    # a single line break is allowed inside an expansion (PDF line wraps); a stop character or a blank line is not
    blank = window.rfind("\n\n")
    stop = max([window.rfind(c) for c in ".;:()[]\"“”!?|\f"] + [blank + 1 if blank >= 0 else -1])
    window_base = window_start + stop + 1
    words = _parts(text[window_base:term_start], window_base)
    if not words or text[words[-1][2] : term_start].strip(" \t\n,‘’'") != "":
        return None
    n_letters = len(_letters(term))
    for k in range(len(words) - 1, -1, -1):
        if len(words) - k > 2 * n_letters + 3:
            break
        candidate = [w for w, _, _ in words[k:]]
        if spells(term, candidate):
            return words[k][1], words[-1][2]
    return None


def _forward(words: list[tuple[str, int, int]], term: str) -> tuple[int, int] | None:
    """The shortest run of ``words`` from the first that spells ``term``."""
    for k in range(1, min(len(words), 2 * len(_letters(term)) + 3) + 1):
        if spells(term, [w for w, _, _ in words[:k]]):
            return words[0][1], words[k - 1][2]
    return None


def find_definitions(text: str, start: int = 0, end: int | None = None) -> list[Definition]:
    """Every acronym definition in ``text[start:end]`` (footnotes excepted), in order."""
    end = len(text) if end is None else end
    pats = _patterns()
    found: list[Definition] = []
    used: set[int] = set()  # brackets already read as "Expansion (TERM)"

    for m in pats["paren_term"].finditer(text, start, end):
        printed = m.group("term")
        for term in _singular(printed):
            if _rejected(term, text, m.start()):
                continue
            span = _backward(text, m.start(), term, start)
            if span and not _rejected(term, text, span[0]):
                found.append(_definition(text, term, span, Span(start=span[0], end=m.end()), printed))
                used.add(m.start())
                break

    for kind in ("term_paren", "lead_paren", "term_line"):
        for m in pats[kind].finditer(text, start, end):
            if kind == "lead_paren" and (text.rfind("(", 0, m.start("term")) in used or _wrapped(text, m.start())):
                continue  # "Community Safety Partnerships\n(CSP) Community ...": the bracket closes the line before
            exp_start = m.start("exp")
            words = _parts(m.group("exp"), exp_start)
            for term in _singular(m.group("term")):
                if _rejected(term, text, m.start("term")):
                    continue
                if kind == "lead_paren":
                    span = _forward(words, term)
                else:  # the whole bracket or line must be the expansion
                    span = (words[0][1], words[-1][2]) if words and spells(term, [w for w, _, _ in words]) else None
                if span:
                    term_start = text.rfind("(", 0, m.start("term")) if kind == "lead_paren" else m.start("term")
                    whole = Span(start=min(term_start, span[0]), end=span[1] if kind == "lead_paren" else max(span[1], m.end()))
                    found.append(_definition(text, term, span, whole, m.group("term")))
                    break
    found.sort(key=lambda d: (d.span.start, d.span.end))
    return _without_overlaps(found)


def _wrapped(text: str, pos: int) -> bool:
    """Whether the line at ``pos`` continues a sentence from the line before (a PDF line wrap)."""
    before = text[max(0, pos - 200) : pos].rstrip(" \t")
    if not before.endswith("\n"):
        return False  # after a colon or semicolon on the same line
    previous = before[:-1].rstrip(" \t")
    return bool(previous) and not previous.endswith(("\n", "\f", ".", ":", ";", "!", "?"))


def _definition(text: str, term: str, exp: tuple[int, int], span: Span, printed: str = "") -> Definition:
    expansion = squash(text[exp[0] : exp[1]]).strip(" ,‘’'")
    return Definition(term=term, expansion=expansion, span=span, expansion_span=Span(start=exp[0], end=exp[1]), printed=printed or term)


def _without_overlaps(defs: list[Definition]) -> list[Definition]:
    out: list[Definition] = []
    for d in defs:
        if out and d.span.start < out[-1].span.end and (d.term, d.expansion) == (out[-1].term, out[-1].expansion):
            continue
        out.append(d)
    return out


def footnote_definitions(text: str) -> list[Definition]:
    """Acronyms defined by numbered footnotes: a marker ("CAMHS2") and the footnote's text."""
    notes: dict[int, tuple[str, int, int]] = {}
    arrows = list(_FOOTNOTE_LINE.finditer(text)) if "↩" in text else []  # no arrow, no arrowed footnote: skip the scan
    for n, m in enumerate(arrows, start=1):
        notes[n] = (m.group("text"), m.start("text"), m.end("text"))
    for m in _MD_FOOTNOTE.finditer(text):
        notes[int(m.group("n"))] = (m.group("text"), m.start("text"), m.end("text"))
    if not notes:
        return []
    body_end = min(s for _, s, _ in notes.values())
    found: list[Definition] = []
    for m in _patterns()["marker"].finditer(text, 0, body_end):
        number = m.group("n") or m.group("m") or _superscript(m.group("sup"))
        if not number or int(number) not in notes:
            continue
        note, s, e = notes[int(number)]
        words = _parts(note, s)
        for term in _singular(m.group("term")):
            if _rejected(term, text, m.start()):
                continue
            if words and spells(term, [w for w, _, _ in words]):
                exp = (words[0][1], words[-1][2])
                found.append(_definition(text, term, exp, Span(start=exp[0], end=exp[1])))
                break
    return found


def _superscript(sup: str | None) -> str | None:
    if not sup:
        return None
    return sup.translate(str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789"))


def table_definitions(ctx: ExtractionContext) -> list[Definition]:
    """Two-cell table rows "TERM | Expansion" whose text can be found in the document."""
    found = []
    for table in ctx.doc.tables:
        for row in table.rows:
            cells = [c for c in row if c]
            if len(cells) != 2:
                continue
            term, expansion = (squash(c) for c in cells)
            for t in _singular(term):
                if _rejected(t, term, 0) or not spells(t, [w for w, _, _ in _parts(expansion, 0)]):
                    continue
                span = _locate(ctx, table, expansion)
                if span:
                    found.append(Definition(term=t, expansion=expansion, span=span, expansion_span=span))
                break
    return found


def _locate(ctx: ExtractionContext, table, expansion: str) -> Span | None:
    region = table.span or next((Span(start=p.start, end=p.end) for p in ctx.doc.pages if p.index == table.page), None)
    if region is None:
        return None
    pattern = r"\s+".join(re.escape(w) for w in expansion.split())
    m = re.search(pattern, ctx.text[region.start : region.end])
    return Span(start=region.start + m.start(), end=region.start + m.end()) if m else None


def _known_names(ctx: ExtractionContext) -> set[str]:
    """The people the document names (members, attendees, persons, ...), lower-cased.

    Names written on membership, attendance and declaration records are read
    without their honorifics and marks, as the link step writes them; the
    persons they resolve to are in the ``people`` records.
    """
    names = set()
    for kind in NAMED_KINDS:
        for record in ctx.records[kind]:
            name = getattr(record, "name", None)  # a person's alias has none
            if isinstance(name, str) and name.strip():
                if kind in WRITTEN_NAME_KINDS:
                    name = parse_name(name).full or name
                names.add(squash(name).lower())
    return names


def _is_name(d: Definition, names: set[str]) -> bool:
    """"Jane Smith (JS)": the initials of a person the document names, not an acronym."""
    return d.expansion.lower() in names


@extractor(NAME, requires=NAMED_KINDS, produces=GlossaryEntry)
def extract_glossary(ctx: ExtractionContext) -> list[GlossaryEntry]:
    definitions = find_definitions(ctx.text) + footnote_definitions(ctx.text) + table_definitions(ctx)
    definitions.sort(key=lambda d: d.span.start)
    names = _known_names(ctx)
    rows: list[GlossaryEntry] = []
    seen: set[tuple[str, str]] = set()
    for d in definitions:
        key = (d.term, d.expansion.lower())
        if key in seen or _is_name(d, names):
            continue
        seen.add(key)
        rows.append(
            GlossaryEntry(
                id=f"{ctx.doc.id[:16]}-g{len(rows) + 1}",
                term=d.term,
                expansion=d.expansion,
                **ctx.provenance(d.span, NAME),
            )
        )
    return rows
