"""People's names as council documents write them.

``parse_name("Councillor Simon Brown (VC)")`` gives the bare name
``Simon Brown`` with its honorific, post-nominals and role mark kept apart;
``is_personal_name`` says whether a string can be a person's name at all
(it rejects job titles, parties, bodies and phrases), which every people
extractor checks before it records anyone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from extractors import vocab
from extractors.text import slug, squash


@dataclass(frozen=True)
class Name:
    full: str  # "Simon Brown", "S Brown", "Brown"
    honorific: str | None = None  # "Councillor"
    post_nominals: str | None = None  # "OBE"
    role_mark: str | None = None  # "chair" / "vice-chair"

    @property
    def surname(self) -> str:
        return self.full.split()[-1] if self.full else ""

    @property
    def given(self) -> list[str]:
        return self.full.split()[:-1]

    @property
    def is_full(self) -> bool:
        """A full name has at least one given name that is not an initial."""
        return any(len(g.rstrip(".")) > 1 for g in self.given)

    @property
    def initials(self) -> str:
        return "".join(g[0].upper() for g in self.given)


@lru_cache(maxsize=1)
def _patterns():
    people = vocab.get("people")
    honorifics = sorted(vocab.get("common").all_honorifics(), key=len, reverse=True)
    honorific = re.compile(r"^(?P<h>(?:" + "|".join(re.escape(h) for h in honorifics) + r"))(?=\s|$)\.?\s*", re.I)
    post = re.compile(r"(?:,?\s+(?P<p>" + "|".join(people.post_nominals) + r"))+\s*$")
    marks = {"chair": people.role_marks.compiled("chair"), "vice-chair": people.role_marks.compiled("vice_chair")}
    not_names = {w.lower() for w in people.not_names.words}
    return honorific, post, marks, not_names


_TOKEN = re.compile(r"^(?:[A-Z][a-zà-ÿ'’]+(?:[-–][A-Z][a-zà-ÿ'’]+)*|[A-Z]\.?|Mc[A-Z][a-z]+|Mac[A-Z][a-z]+|O['’][A-Z][a-z]+|[A-Z][a-z]*[A-Z][a-z]+|(?:de|van|von|der|du|da|le|la|bin|al)-?)$")


_SHORT_FORM = re.compile(r"\s*\((?=[A-Z])[A-Z][A-Za-z]{0,3}\)(?=\s*(?:\(|$))")
_GLUED_INITIAL = re.compile(r"\b([A-Z])\.(?=[A-Z])")  # "A.Wragg", "D.J.E. Hall"
_GLUED_TITLE = re.compile(r"\b(Cllr|Mr|Mrs|Ms|Dr)\.(?=[A-Z])")  # "Cllr.Gale"


def parse_name(raw: str) -> Name:
    """Split a written name into bare name, honorific, post-nominals and role mark."""
    honorific_re, post_re, marks, _ = _patterns()
    text = squash(raw).strip(" ,;.")
    role = None
    m = re.search(r"\s*\(([^)]*)\)\s*$", text)
    if m:
        for name, pattern in marks.items():
            if pattern.match(m.group(1).strip()):
                role = name
                text = text[: m.start()].strip()
                break
    # initials in brackets, the short form the minutes use later: "E. Simpson (ES)", "A.Wragg (AWr)"
    text = _SHORT_FORM.sub("", text)
    text = _GLUED_INITIAL.sub(r"\1. ", text)
    text = _GLUED_TITLE.sub(r"\1. ", text)
    honorifics = []
    while True:
        h = honorific_re.match(text)
        if not h:
            break
        honorifics.append(h.group("h").rstrip("."))
        text = text[h.end() :]
    posts = []
    p = post_re.search(text)
    if p:
        posts = re.findall(r"[A-Za-z]+", p.group(0))
        text = text[: p.start()].strip(" ,")
    text = re.sub(r"\s+", " ", text).strip(" ,;")
    return Name(
        full=text,
        honorific=" ".join(honorifics) or None,
        post_nominals=" ".join(posts) or None,
        role_mark=role,
    )


@lru_cache(maxsize=1)
def _surname_words() -> set[str]:
    return {w.lower() for w in vocab.get("people").not_names.surnames}


def _run_of_initials(token: str) -> bool:
    """ "DB" in "DB Wilcox": initials written together; not a job's short form ("RFO", "PCO", "CC")."""
    if not re.fullmatch(r"[A-Z]{2,3}", token):
        return False
    roles = vocab.get("attendance").roles
    return not (roles.regex("officer").search(token) or roles.regex("guest_title").match(token + " X") or roles.regex("not_initials").search(token))


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    return frozenset(h.lower() for h in vocab.get("common").honorifics.common)


def is_personal_name(full: str, surname_only: bool = False) -> bool:
    """Could ``full`` (without honorific) be a person's name? Conservative: when in doubt, no.

    A lone surname ("Brown") is accepted only with ``surname_only=True``, for
    callers that saw an honorific before it ("Councillor Brown").
    """
    _, _, _, not_names = _patterns()
    tokens = full.split()
    if not (1 if surname_only else 2) <= len(tokens) <= 5:
        return False
    # "Cath Head": a surname that is also a word never in a name, after given names or initials, or after a title
    # ("Cllr Young": surname_only, the caller saw the title)
    last = len(tokens) - 1 if (len(tokens) > 1 or surname_only) and tokens[-1].lower() in _surname_words() else len(tokens)
    if any(t.lower().strip("'’s") in not_names or t.lower() in not_names for t in tokens[:last]):
        return False
    if not all(_TOKEN.match(t) or n == 0 and len(tokens) == 2 and _run_of_initials(t) for n, t in enumerate(tokens)):
        return False
    if any(t.rstrip(".").lower() in _title_words() for t in tokens[1:]):
        return False  # "A Tickle Cllr D Chapman": a title inside is the start of another name
    # the last token is a surname: a real word, not an initial or particle ("DB Wilcox": initials run together before it)
    return len(tokens[-1].rstrip(".")) > 1 and tokens[-1][0].isupper() and any(c.islower() for c in tokens[-1])


def fuller_name(name: str, known: list[str] | set[str], initials: bool = False) -> str:
    """The one fuller form among ``known`` of a short written name, else ``name`` as it was.

    A surname alone ("Mr Sole") takes the one known name of more words with that
    surname ("M J Sole"). With ``initials``, initials and a surname ("Dr A Ghosh")
    also take the one known full name (given names written out) with that surname
    whose initials agree ("Anjan Ghosh"); two candidates ("Anjan Ghosh", "Amit
    Ghosh") leave the short form: a wrong merge is worse than a short name.
    """
    written = parse_name(name)
    words = written.full.split()
    if len(words) == 1:
        same = {k for k in known if parse_name(k).surname.lower() == written.surname.lower() and len(parse_name(k).full.split()) > 1}
        return same.pop() if len(same) == 1 else name
    if not initials or written.is_full or not written.initials:
        return name
    same = {
        parse_name(k).full
        for k in known
        if parse_name(k).surname.lower() == written.surname.lower() and parse_name(k).is_full and parse_name(k).initials.startswith(written.initials[:1])
        and (len(written.initials) == 1 or parse_name(k).initials == written.initials)
    }
    return same.pop() if len(same) == 1 else name


# capitalised words before a surname that are no given name: plural titles, ranks, openings of a sentence
_NOT_GIVEN = {"cllrs", "councillors", "messrs", "mesdames", "pcso", "sergeant", "sgt", "inspector", "constable", "officer", "the", "and",
              "dear", "thanks", "mayor", "alderman", "chairman", "reverend", "rev", "revd", "father", "canon", "sister", "brother"}


def full_forms(text: str, surname: str, after: re.Pattern[str] | None = None) -> set[str]:
    """Every "Given [Given] Surname" the text writes for ``surname`` ("Anjan Ghosh (Director of Public Health)"):
    given names written out, none of them a word that is never a name or a title; with ``after``, only where
    what follows the name matches it (a job in brackets, "left the meeting")."""
    _, _, _, not_names = _patterns()
    honorifics = {h.lower() for h in vocab.get("common").all_honorifics()}
    found = set()
    given = r"[A-Z][a-zà-ÿ'’]+(?:-[A-Z][a-zà-ÿ'’]+)?"
    for m in re.finditer(rf"(?<![\w’'-])({given}(?:[ \t]+{given})?)[ \t]+{re.escape(surname)}(?![\w’'-])", text):
        words = m.group(1).split()
        while words and (words[0].lower() in honorifics or words[0].lower() in _NOT_GIVEN):
            words = words[1:]  # "Cllr Bruce Baker": the name after the title
        if not words or any(w.lower() in not_names or w.lower() in honorifics or w.lower() in _NOT_GIVEN for w in words):
            continue
        if after is not None and not after.match(text, m.end()):
            continue
        found.add(f"{' '.join(words)} {surname}")
    return found


def person_key(council: str | None, full: str) -> str:
    """The stable id of a person: council and name as slugs."""
    return f"{slug(council)}/{slug(full)}"


def split_names(text: str) -> list[str]:
    """Split a written list ("A (Chair), B, C and D") into its names, brackets kept whole.

    Post-nominals after a comma ("Sir Paul Carter, CBE,") stay with their name.
    """
    _, post_re, _, _ = _patterns()
    parts: list[str] = []
    depth = 0
    current = ""
    balanced = text.count("(") == text.count(")")  # "James Matthew (Vice (Chairman) David Grant, ...": a typo's bracket
    for ch in text:
        if ch == "(":
            depth = depth + 1 if balanced else 1  # closes at the next ")" when they do not pair up
        elif ch == ")":
            depth = max(depth - 1, 0)
        if ch in ",;" and depth == 0:
            parts.append(current)
            current = ""
            continue
        current += ch
    parts.append(current)
    out: list[str] = []
    for part in parts:
        part = squash(part)
        if not part:
            continue
        # "C and D" splits; "and" inside brackets does not
        pieces = _split_outside_brackets(part, r"\s+(?:and|&)\s+")
        for piece in pieces:
            piece = re.sub(r"^(?:and|&)\s+", "", piece.strip())
            if out and post_re.fullmatch(" " + piece):
                out[-1] = f"{out[-1]} {piece}"
            elif piece:
                out.append(piece)
    return out


def _split_outside_brackets(text: str, separator: str) -> list[str]:
    pieces, depth, last = [], 0, 0
    for m in re.finditer(r"\(|\)|" + separator, text):
        token = m.group(0)
        if token == "(":
            depth += 1
        elif token == ")":
            depth = max(depth - 1, 0)
        elif depth == 0:
            pieces.append(text[last : m.start()])
            last = m.end()
    pieces.append(text[last:])
    return pieces
