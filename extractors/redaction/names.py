"""Children's names: trigger phrases, a person-name recogniser over case-study context, propagation.

Three ways a word becomes a child's name, then one way it is masked everywhere:

1. **Triggers** (``case_studies.toml`` ``[[name.trigger]]``): phrases that name a
   child wherever they are: case-study headings in any form ("Case Study 2:
   Jordan McKenzie", "CASE STUDY – AALIYAH O'BRIEN", "the case study of Hope
   Adeyemi"), "<name>'s story", "Young person: <name>", "(known as <name>)",
   "a care leaver, <name>,", "YP <name>", siblings "her brother <name>", a name
   with an age "Skye, 16,". Each word a trigger finds is checked
   (:func:`name_words`): never a role word, a month or a listed never-name, and
   an English word only where the document never writes it in lower case.
2. **The recogniser** (:func:`recognise`), only inside a case study's context
   (``[name.context]``: from a line naming a case study to the next agenda item,
   or ``length`` characters): a run of capitalised words on one line, up to three,
   at least one of which is no English word and none of which is a never-name
   ("In March Tariq, his social worker ..." gives "Tariq"; "Mohammed Ali Rahman
   arrived ..." all three). A run after "in"/"at"/"from" or before "Street"/
   "School" is a place, and a run beside a role word or after an honorific is an
   adult in their role.
   A sentence's first word that is also an English word is a name when what only a
   person has follows its possessive ("Kai's Personal Adviser"); a run after a verb
   that takes a person ("the Panel thank Jade Okwu for sharing ...") is a person's.
3. **Tables**: the cells of a Name column (``pipeline.redact`` reads the tables).
4. **Lists** (:func:`coordinated`): the other members of a list that names a child
   ("Jayden, Mia and Olamide"), never a list of places ("lived in Harrow, Brent and
   Barnet") nor a member after a capitalised word ("Our Young Inspectors, ...").

**Propagation** (:func:`propagate`): a child's full name is masked wherever it
occurs, in any case, and each of its words alone too ("Jordan" after "Jordan
McKenzie"), whole words only ("Ty" never inside "Tyne"). A word of the name that
is also an English word, or that the document uses for an adult too, is masked
only where it stands as the child's name: not after "the"/"this" ("the Summer
holidays"), not before another capitalised word ("Hope Street", "Councillor Summer
Davies") and never after an honorific or role word.

**Adults in their role are never masked** (:func:`used_for_adult`,
:func:`adult_at`): "the Personal Adviser, Marcus Bell", "Named Nurse Christine
Nichols", "Rachel Whitmore, Director of Children's Services", "Dr Helen Okafor".
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from extractors import vocab
from extractors.councils import councils
from extractors.redaction.lexicon import is_never_name, is_word, lower_case_words
from extractors.vocab.fields import compile_pattern

VOCAB = "case_studies"


class NameSpan(NamedTuple):
    start: int
    end: int
    name: str
    rule: str


# --- vocabulary --------------------------------------------------------------


@lru_cache(maxsize=1)
def _word_pattern() -> re.Pattern:
    return compile_pattern(r"(?<![\w'’\xad-]){NAME_WORD}(?![\w\xad-])")


@lru_cache(maxsize=1)
def _roles_and_titles() -> tuple[str, str]:
    common = vocab.get("common")
    honorifics = "|".join(re.escape(h.rstrip(".")) for h in sorted(common.all_honorifics(), key=len, reverse=True))
    roles = "|".join(re.escape(r) for r in sorted(vocab.get(VOCAB).adults.roles, key=len, reverse=True))
    return honorifics, roles


def _word(name: str) -> str:
    """A regex for ``name`` as whole words (its spaces match any blanks, its apostrophes either kind)."""
    words = [re.sub(r"['’]", "['’]", re.escape(t)) for t in name.split()]
    return r"(?<![\w'’-])" + r"\s+".join(words) + r"(?![\w-]|['’][^\Ws])"


# --- adults --------------------------------------------------------------------


def used_for_adult(text: str, name: str) -> bool:
    """Does ``text`` use ``name`` for an adult: after an honorific, or as a full name beside a role?"""
    honorifics, roles = _roles_and_titles()
    w = _word(name)
    cap = r"[A-Z][\w'’-]+"
    if re.search(rf"\b(?:{honorifics})\.?[ \t]+(?:[A-Z][\w'’.-]*[ \t]+){{0,2}}{w}", text):
        return True
    full = rf"(?:{w}(?:[ \t]+{cap}){{1,2}}|{cap}[ \t]+{w}|{w}(?=[ \t]*[,(]))" if " " in name else rf"(?:{w}(?:[ \t]+{cap}){{1,2}}|{cap}[ \t]+{w})"
    role = rf"(?i:\b(?:{roles})\b)"
    before = rf"{role}(?:[ \t]+(?i:for|of|to)[ \t]+[^,\n]{{0,50}}?)?[ \t]*[,:\-–—]?[ \t]*(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?[ \t]+)?{full}(?!\w)"
    after = rf"(?<!\w){full}[ \t]*(?:,|\(|–|—|-)[ \t]*(?P<det>(?i:the|our|his|her|their)[ \t]+)?(?:[A-Za-z][\w'’-]*[ \t]+){{0,4}}{role}"
    if re.search(before, text):
        return True
    return any(not _a_list(text, m) for m in re.finditer(after, text))


def _a_list(text: str, m: re.Match) -> bool:
    """"Tariq, his social worker and the IRO agreed": a list of people, not the name's role."""
    det = (m.group("det") or "").strip().lower()
    return det in ("his", "her", "their") and bool(re.match(r"[ \t]+and\b", text[m.end() :]))


def adult_at(text: str, start: int, end: int) -> bool:
    """Is the name at ``text[start:end]`` an adult's here: after an honorific or role word, or followed by its role?"""
    honorifics, roles = _roles_and_titles()
    before = text[max(0, start - 60) : start]
    if re.search(rf"(?:\b(?:{honorifics})\.?|(?i:\b(?:{roles})\b))\s*[,:\-–—]?\s*(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?:[A-Z][\w'’-]*\s+){{0,2}}$", before):
        return True
    after = text[end : end + 80]
    m = re.match(rf"(?:[ \t]+[A-Z][\w'’-]+){{0,2}}[ \t]*(?:,|\(|–|—|-)\s*(?!(?:{_clause_verbs()})\b)(?P<det>(?i:the|our|a|his|her|their)\s+)?(?:[A-Za-z][\w'’-]*\s+){{0,4}}?(?i:(?:{roles})\b)", after)
    return bool(m) and not _a_list(after, m)


@lru_cache(maxsize=1)
def _clause_verbs() -> str:
    """The verbs that open a clause about the person named before them (``person_next``):
    "Juniper, was placed with emergency carers" is no appositive role ("Marcus Bell, the Personal Adviser")."""
    return "|".join(re.escape(w) for w in sorted(vocab.get(VOCAB).name.context.person_next, key=len, reverse=True))


# --- triggers ------------------------------------------------------------------


def name_words(name: str, lower_words: frozenset[str], capitals: bool = False, unknown_word: bool = False) -> str | None:
    """The longest leading run of ``name``'s words that can be a child's name, or None.

    A word can be one unless it is a never-name (role, month, "Panel"), an English
    word the document also writes in lower case ("Moving" of "Case study - Moving
    on"), or a single letter.
    """
    kept: list[str] = []
    for token in name.split():
        if token in PARTICLES:  # "Sophie van der Berg": kept when a word of the name follows
            if not kept:
                break
            kept.append(token)
            continue
        bare = re.sub(r"['’]s$", "", token)
        if len(bare) < 2 or is_never_name(bare) or (_acronym(bare) and not capitals):
            break
        if is_word(bare) and (bare.lower() in lower_words or _ABSTRACT.search(bare)):
            break
        kept.append(bare)
    while kept and kept[-1] in PARTICLES:
        kept.pop()
    if unknown_word and all(is_word(t) for t in kept):
        return None
    return " ".join(kept) or None


# English words with these endings are not given names ("Case study - Fostering", "Case study: Education").
# ("Prudence", "Trinity", "Olive" are names as well as words: their endings are not listed.)
_ABSTRACT = re.compile(r"(?i)(?:ing|ion|ions|ment|ments|ness|ship|ism|ful|less|ous)$")


# The lower-case particles of a surname that common.toml's CHILD_NAME allows between a name's words.
PARTICLES = frozenset("van von de der den da di du del della dos das le la ter ten bin binti bint ibn al el Ó Ní Nic Uí Ua".split())  # Irish: "Ruairí Ó Ceallaigh"


@lru_cache(maxsize=1)
def _place_after() -> frozenset[str]:
    return frozenset(vocab.get(VOCAB).name.context.place_after)


def _acronym(token: str) -> bool:
    """"CNWL", "DfE", "GCSEs": two capitals together or a capital at the end."""
    return bool(re.search(r"[A-Z]{2}|[a-z][A-Z]$", token))


@lru_cache(maxsize=1)
def _triggers() -> list[tuple[str, re.Pattern]]:
    return [(t.rule, t.compiled("pattern"), t.unknown_word, t.whole) for t in vocab.get(VOCAB).name.trigger]


def triggered(text: str, lower_words: frozenset[str] | None = None) -> list[NameSpan]:
    """Names the trigger phrases find in ``text`` (each where the trigger found it).

    A trigger names one child in group ``name`` (or ``name2``, its other form), or
    several words of one name in groups ``name``, ``name2``, ``name3`` ("Christopher
    ("Kit") Ambler"): with ``unknown_word`` one word of them all must be no English word.
    """
    lower_words = lower_case_words(text) if lower_words is None else lower_words
    out = []
    for rule, pattern, unknown_word, whole in _triggers():
        for m in pattern.finditer(text):
            groups = [g for g in ("name", "name2", "name3") if g in pattern.groupindex and m.group(g)]
            if len(groups) > 1 and unknown_word:
                if all(is_word(t) for g in groups for t in m.group(g).split()):
                    continue
                single = False
            else:
                single = unknown_word
            capitals = not re.search(r"[a-z]", m.group(0))  # a heading in capitals: "CASE STUDY – AALIYAH O'BRIEN"
            for group in groups:
                value = m.group(group)
                # a name in capitals under a heading that is not: "Case study: MAYA-ROSE O'SULLIVAN" (never one acronym, "CAMHS")
                in_capitals = capitals or (not re.search(r"[a-z]", value) and (" " in value or re.search(r"[\-'’]", value)))
                name = name_words(value, lower_words, in_capitals, single)
                if not name or (whole and len(name.split()) < len(value.split())):
                    continue
                rest = value.split()[len(name.split()) :]
                if rest and rest[0] in _place_after():  # "St Paulinus Parochial Hall, 7.00 pm": a place
                    continue
                start = m.start(group)
                end = start + len(m.group(group).split(name.split()[-1])[0]) + len(name.split()[-1]) if " " in name else start + len(name)
                if adult_at(text, start, end):
                    continue
                out.append(NameSpan(start, end, name, rule))
    return out


# --- the recogniser ------------------------------------------------------------


def contexts(text: str) -> list[tuple[int, int]]:
    """The spans of ``text`` a case study covers: from a line naming one to the next agenda item."""
    ctx = vocab.get(VOCAB).name.context
    closes = [compile_pattern(p, re.M) for p in ctx.closes]
    spans: list[tuple[int, int]] = []
    for pattern in (compile_pattern(p, re.M) for p in ctx.opens):
        for m in pattern.finditer(text):
            end = min(len(text), m.start() + ctx.length)
            for close in closes:
                c = close.search(text, m.end(), end)
                if c:
                    end = c.start()
            spans.append((m.start(), end))
    merged: list[list[int]] = []
    for s, e in sorted(spans):
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    return [(s, e) for s, e in merged]


def _sentence_starts(text: str, lo: int, hi: int) -> set[int]:
    """Offsets where a sentence or a line begins in ``text[lo:hi]`` (spaCy's rule-based sentencizer)."""
    from extractors.nlp import english

    doc = english()(text[lo:hi])
    starts = {lo + s.start_char for s in doc.sents}
    starts |= {lo + m.end() for m in re.finditer(r"(?:^|\n)[ \t#*>\-•|“\"'‘(]*", text[lo:hi])}
    return starts | {lo + m.end() for m in re.finditer(r"[.!?:][ \t“\"'‘(]+", text[lo:hi])}


def _runs(text: str, lo: int, hi: int) -> list[list[re.Match]]:
    """Runs of capitalised words parted by single spaces only."""
    runs: list[list[re.Match]] = []
    for m in _word_pattern().finditer(text, lo, hi):
        if runs and re.fullmatch(r"[ \t]", text[runs[-1][-1].end() : m.start()]):
            runs[-1].append(m)
        else:
            runs.append([m])
    return runs


def recognise(text: str, lo: int, hi: int) -> list[NameSpan]:
    """Person names of ``text[lo:hi]`` that no trigger named: capitalised words that are no known word."""
    ctx = vocab.get(VOCAB).name.context
    place_before = {w.lower() for w in ctx.place_before}
    place_after = {w.lower() for w in ctx.place_after}
    starts = _sentence_starts(text, lo, hi)
    out = []
    for run in _runs(text, lo, hi):
        words = [m for m in run if not _acronym(m.group(0))]  # an acronym ("GCSEs", "DfE") or a heading in capitals
        if len(words) != len(run):
            continue
        # a place or a body: "Hope Street", "Brookfield College Apprenticeship", "Ashby" + a line break + "Park"
        if any(m.group(0).lower() in place_after for m in run[1:]) or run[-1].group(0).lower() in place_after or (hi > run[-1].end() and _next_word(text, run[-1].end()).lower() in place_after):
            continue
        segment: list[re.Match] = []
        for m in run + [None]:
            if m is not None and not is_never_name(m.group(0)) and not (is_word(m.group(0)) and m.start() in starts and not _has_person_things(text, m.end())):
                segment.append(m)
                continue
            _take(text, segment, starts, place_before, out)
            segment = []
    return out


def _next_word(text: str, pos: int) -> str:
    """The word after ``pos``, on the same line or, where a PDF wrapped the line, the next ("Ashby\\nPark")."""
    m = re.match(r"(?:[ \t]+|[ \t]*\n[ \t]*)([A-Za-z]+)", text[pos : pos + 40])
    return m.group(1) if m else ""


def _take(text: str, segment: list[re.Match], starts: set[int], place_before: set[str], out: list[NameSpan]) -> None:
    """Add ``segment`` to ``out`` when it is a name: 1-3 words, one no English word, no place, no adult."""
    if not segment or len(segment) > 3:
        return
    if all(is_word(m.group(0)) for m in segment) and not _has_person_things(text, segment[-1].end()):
        return
    start, end = segment[0].start(), segment[-1].end()
    before = re.search(r"([A-Za-z]+)[ \t]+$", text[max(0, start - 20) : start])
    if before and before.group(1).lower() in place_before and start not in starts:
        return
    if _in_place_list(text, start, place_before):
        return
    name = " ".join(m.group(0) for m in segment)
    if len(segment) > 1 and name.lower() in council_areas():
        return  # "all West Sussex primaries": a council's area, not a child
    if not _person_follows(text, end) and not _person_precedes(text, start):
        return
    if len(name) < 3 or adult_at(text, start, end) or used_for_adult(text, name):
        return
    out.append(NameSpan(start, end, name, "case study name recogniser"))


# --- propagation ---------------------------------------------------------------


def propagate(text: str, names: list[str]) -> list[NameSpan]:
    """Every occurrence of each child's name, and of each of its words alone, that stands for the child.

    A word of the name followed by a place word is the place ("Brennan House", "Fairweather
    Road" beside a child called Caoimhe Brennan or Lenny Fairweather).
    """
    determiners = {w.lower() for w in vocab.get(VOCAB).name.context.determiners}
    place_after = _place_after_lower()
    out: list[NameSpan] = []
    for name in sorted(set(names), key=len, reverse=True):
        words = name.split()
        if len(words) > 1 and not used_for_adult(text, name):
            for m in re.finditer(_word(name), text, re.I):
                out.append(NameSpan(m.start(), m.end(), name, "repeat of a young person's name"))
        for part in words:
            if len(part) < 2 or is_never_name(part) or part in PARTICLES:
                continue
            careful = is_word(part) or used_for_adult(text, part)
            flags = 0 if careful else re.I
            for m in re.finditer(_word(part), text, flags):
                if careful and _not_the_child(text, m.start(), m.end(), words, determiners):
                    continue
                if adult_at(text, m.start(), m.end()):
                    continue
                following = _next_word(text, m.end())
                if following.lower() in place_after and following not in words:
                    continue
                out.append(NameSpan(m.start(), m.end(), name, "repeat of a young person's name"))
    return out


@lru_cache(maxsize=1)
def _place_after_lower() -> frozenset[str]:
    return frozenset(w.lower() for w in _place_after())


def _not_the_child(text: str, start: int, end: int, words: list[str], determiners: set[str]) -> bool:
    """Is this occurrence of a name word a word here, or part of another name ("the Summer holidays", "Hope Street")?"""
    if not text[start].isupper():
        return True
    before = re.search(r"([A-Za-z]+)[ \t]+$", text[max(0, start - 20) : start])
    if before and before.group(1).lower() in determiners:
        return True
    after = re.match(r"(['’]s)?[ \t]+([A-Z][\w'’-]*)", text[end : end + 40])
    if after and after.group(1) and (is_never_name(after.group(2)) or _acronym(after.group(2))):
        return False  # what the child has: "Kai's IRO", "Kai's Personal Adviser", "Kai's PEP"
    return bool(after and after.group(2) not in words)


def _has_person_things(text: str, end: int) -> bool:
    """Is a word followed by a possessive and what only a person has ("Kai's Personal Adviser", "Ruby's foster carers")?"""
    word = re.search(r"[\w'’-]+$", text[max(0, end - 40) : end])
    if word:  # a word the document writes in lower case or a stop word is a word ("Everyone's school")
        from spacy.lang.en.stop_words import STOP_WORDS

        w = word.group(0).lower()
        if w in STOP_WORDS or re.search(rf"(?<![\w'’-]){re.escape(w)}(?![\w-])", text):
            return False
    things = "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in sorted(vocab.get(VOCAB).name.context.person_has, key=len, reverse=True))
    return bool(re.match(rf"['’]s[ \t]+(?:(?i:new|current|former|first|younger|older|little)[ \t]+)?(?i:{things})\b", text[end : end + 60]))


def _person_precedes(text: str, start: int) -> bool:
    """Does a verb that takes a person come just before a candidate ("the Panel thank Jade Okwu for ...")?"""
    ctx = vocab.get(VOCAB).name.context
    verbs = "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in sorted(ctx.person_before, key=len, reverse=True))
    if not re.search(rf"(?<![\w-])(?i:{verbs})[ \t]+$", text[max(0, start - 40) : start]):
        return False
    officer = "|".join(re.escape(w) for w in ctx.officer_thanks)
    return not re.match(rf"\S+(?:[ \t]+[A-Z][\w'’-]*)*[ \t]+for[ \t]+(?:(?i:the|this|their|his|her|its)[ \t]+)?(?:\w+[ \t]+)?(?i:{officer})\b", text[start : start + 120])


@lru_cache(maxsize=1)
def council_areas() -> frozenset[str]:
    """Every UK council's area as the registers name it ("west sussex", "brighton and hove"), lower-cased.

    Only runs of two or more words are looked up here: a one-word area ("Sutton", "Kent") is also a
    surname a child may have, so a single word is never excused for being a place.
    """
    areas = set()
    for council in councils():
        areas.update(p.lower() for p in council.places if " " in p)
    return frozenset(areas)


def _in_place_list(text: str, start: int, place_before: set[str]) -> bool:
    """Is ``start`` inside a list of places ("lived in Harrow, Brent and Barnet"): a list headed by "in", "at" ...?"""
    line = text[max(0, text.rfind("\n", 0, start) + 1, start - 200) : start]
    m = re.search(r"\b([A-Za-z]+)[ \t]+[A-Z][\w'’-]*(?:[ \t]*,[ \t]*[A-Z][\w'’-]*)*[ \t]*(?:,[ \t]*|[ \t]+(?:and|&|or)[ \t]+|,[ \t]*(?:and|&|or)[ \t]+)[A-Z]?[\w'’-]*$", line)
    return bool(m) and m.group(1).lower() in place_before


def coordinated(text: str, names: list[str], lower_words: frozenset[str]) -> list[NameSpan]:
    """The other members of a list that names a child ("Jayden, Mia and Olamide" once "Jayden" is a name).

    A member is a single capitalised word; it is taken when it is no never-name or
    acronym, no English word the document writes in lower case, not followed by a
    place word ("Hope Street") and no adult's name here.
    """
    known = {w for n in names for w in n.split()}
    if not known:
        return []
    ctx = vocab.get(VOCAB).name.context
    place_after = {w.lower() for w in ctx.place_after}
    determiners = {w.lower() for w in ctx.determiners}
    word = r"(?<![\w'’-]){NAME_WORD}(?![\w'’-])"
    pattern = compile_pattern(rf"{word}(?:[ \t]*,[ \t]*{word})*[ \t]*,?[ \t]+(?:and|&)[ \t]+{word}(?!['’]?[ \t]+[A-Z])")
    out = []
    place_before = {w.lower() for w in ctx.place_before}
    for m in pattern.finditer(text):
        members = list(compile_pattern(word).finditer(text, m.start(), m.end()))
        if not any(x.group(0) in known for x in members) or _in_place_list(text, m.start() + 1, place_before):
            continue
        for x in members:
            w = x.group(0)
            if w in known or is_never_name(w) or _acronym(w) or (is_word(w) and (w.lower() in lower_words or w.endswith("s"))):
                continue
            before = re.search(r"([A-Za-z]+)[ \t]+$", text[max(0, x.start() - 20) : x.start()])
            if before and (before.group(1)[0].isupper() or before.group(1).lower() in determiners):  # "Our Young Inspectors, ..."
                continue
            if _next_word(text, x.end()).lower() in place_after or adult_at(text, x.start(), x.end()):
                continue
            out.append(NameSpan(x.start(), x.end(), w, "list naming a young person"))
    return out


def _person_follows(text: str, end: int) -> bool:
    """Does what follows a candidate read as a person's: a comma, a possessive, a clause end, a verb?"""
    after = text[end : end + 30]
    if re.match(r"(?:['’]s\b|[ \t]*(?:[,;:.!?)]|$|\n))", after):
        return True
    m = re.match(r"[ \t]+([a-z]+)", after)
    if not m:
        return False
    word = m.group(1)
    if word == "and":  # "Tariq and his carer", never "Richmond and Uxbridge"
        return bool(re.match(r"[ \t]+and[ \t]+(?:his|her|their|the|a)\b", after))
    return word in {w.lower() for w in vocab.get(VOCAB).name.context.person_next} or word.endswith(("ed", "s"))
