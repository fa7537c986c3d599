"""Who declared: the member(s) named just before the verb ("Councillor Simon Brown declared") or after
"declared by", kept as written and checked to be personal names; "The Chair" resolved to the chair the
attendance list names; initials ("JB declared") resolved against the attendees.
"""

from __future__ import annotations

import re

from extractors.declarations.rules import rules
from extractors.names import is_personal_name, parse_name, split_names
from extractors.text import squash


_NAME_TOKEN = re.compile(r"[^\s,:;]+|,")  # "interests:MMIL declares": a colon glued to the member parts words
_PARTICLES = {"de", "van", "von", "der", "du", "da", "le", "la", "di", "al", "bin", "and", "&", ","}


def _name_like(token: str) -> bool:
    return bool(token[:1].isupper() or re.fullmatch(r"\([A-Z]{1,3}\.?\)", token) or token.lower() in _PARTICLES)


def _subject_before(text: str, start: int, verb: int) -> tuple[int, list[str]] | None:
    """The member(s) named just before the verb, as ``(start offset, names as written)``; or before a phrase set off by
    commas ("Councillor Khan, Chair of the Allotment Society, declared")."""
    lead = text[start:verb]
    for pattern in rules().appositive:
        m = pattern.search(lead)
        names = _names(squash(m.group("name")).strip(" ,")) if m else []
        if names:
            return start + m.start("name"), names
    tokens = list(_NAME_TOKEN.finditer(text, start, verb))
    while tokens and (tokens[-1].group(0).lower() in rules().between or tokens[-1].group(0) == ","):
        tokens.pop()  # "Councillor Haines similarly declared", "The Chair, Councillor Grewal, declared"
    run: list[re.Match[str]] = []
    for tok in reversed(tokens):
        if not _name_like(tok.group(0)):
            break
        run.insert(0, tok)
        if tok.group(0) in ("The", "the"):
            break
    return _longest_valid(text, run, from_left=True)


def _subject_after(text: str, start: int, stop: int) -> tuple[int, list[str]] | None:
    """The member(s) named just after "declared by", as ``(end offset, names)``."""
    run: list[re.Match[str]] = []
    for tok in _NAME_TOKEN.finditer(text, start, stop):
        if not _name_like(tok.group(0)):
            break
        run.append(tok)
    return _longest_valid(text, run, from_left=False)


def _longest_valid(text: str, run: list[re.Match[str]], from_left: bool) -> tuple[int, list[str]] | None:
    """The longest part of ``run`` (trimmed from the left, or from the right) that is a list of names."""
    n = len(run)
    for k in range(n):
        part = run[k:] if from_left else run[: n - k]
        if not part or part[0].group(0).lower() in _PARTICLES or part[-1].group(0).lower() in _PARTICLES:
            continue
        s, e = part[0].start(), part[-1].end()
        written = squash(text[s:e]).strip(" ,")
        names = _chair(text, s, written) if any(p.match(written) for p in rules().chair_words) else _names(written)
        if names:
            return (s if from_left else e), names
    return None


def _names(written: str) -> list[str]:
    """``"Councillors Brown and Smith"`` -> ``["Councillor Brown", "Councillor Smith"]``; [] unless all are names."""
    pieces = split_names(written)
    plural = re.match(r"^(Councillors|Cllrs\.?|County Councillors)\s+", pieces[0]) if pieces else None
    out: list[str] = []
    for n, piece in enumerate(pieces):
        if plural:
            piece = piece[plural.end() :] if n == 0 else piece
            if parse_name(piece).honorific is None:
                piece = f"{plural.group(1).rstrip('s.')} {piece}"
        name = parse_name(piece)
        if _INITIALS_ONLY.match(piece.strip()):
            out.append(piece.strip())  # "JB declared ...": a member by initials, resolved against the attendance list
            continue
        if _JOB_ONLY.match(piece.strip()) and len(pieces) > 1:
            continue  # "JB and Clerk declared ...": an officer with no name is not recorded
        if not is_personal_name(name.full, surname_only=name.honorific is not None):
            return []
        out.append(piece.strip())
    return out


_INITIALS_ONLY = re.compile(r"^[A-Z]{2,4}$")
_JOB_ONLY = re.compile(r"^(?:the\s+)?(?:(?:Parish|Town|Deputy|Assistant|Acting|Locum)\s+)?(?:Clerk|RFO|Chair(?:man)?|Mayor)$", re.I)


def by_initials(initials: str, attendees: list[str]) -> str | None:
    """The one attendee whose initials are ``initials`` ("JB" for "Mr JB Adams" or "John Baker"; "JBA" with the
    surname's), or None."""
    given_only, with_surname = set(), set()  # "JB" is JB Adams's given initials before J Booth's initials with surname
    for written in attendees:
        name = parse_name(written)
        words = name.full.split()
        if len(words) < 2:
            continue
        given = "".join(w if re.fullmatch(r"[A-Z]{2,3}", w) else w[0] for w in words[:-1]).replace(".", "").upper()
        if initials == given:
            given_only.add(name.full)
        elif initials == given + words[-1][0].upper():
            with_surname.add(name.full)
    found = given_only or with_surname
    return found.pop() if len(found) == 1 else None


def by_key(initials: str, text: str) -> str | None:
    """The one full name the minutes print with ``initials`` as its key, or None: "Ann Vaughan AV", "Alison Muir (AM)",
    "Einir Williams (Vice-Chairman) EW" - the initials of the name's words, in order. For minutes whose attendance list
    the attendance stage could not read, or where two members share the initials of given name and surname."""
    key = re.compile(rf"(?P<name>(?:[A-Z][a-z’'-]+[ \t]+){{1,3}}[A-Z][a-z’'-]+)[ \t]*(?:\([^()\n]{{0,60}}\)[ \t]*)?\(?{re.escape(initials)}\)?(?![\w])")
    found = set()
    for m in key.finditer(text):
        words = m.group("name").split()[-len(initials) :]
        if len(words) == len(initials) and "".join(w[0] for w in words) == initials:
            found.add(" ".join(words))
    if not found:
        found = _bracketed_key(initials, text)
    return found.pop() if len(found) == 1 else None


def _bracketed_key(initials: str, text: str) -> set[str]:
    """The names a key in brackets right after them defines, when the key is no plain run of the name's initials ("Mark
    Millmore chairman (MMIL)", "Jo Bloggs (JBL)", "Ann Vale, Clerk (AVC)"): a role of up to two words may stand between;
    the key starts with the given name's initial and holds the surname's after it."""
    key = re.compile(
        rf"(?P<name>[A-Z][a-z’'-]+(?:[ \t]+[A-Z][a-z’'-]+){{1,2}})(?:,?[ \t]+[A-Za-z][a-z-]*){{0,2}}[ \t]*\({re.escape(initials)}\)"
    )
    found = set()
    for m in key.finditer(text):
        words = m.group("name").split()
        if initials[0] == words[0][0] and words[-1][0] in initials[1:]:
            found.add(" ".join(words))
    return found


def _chair(text: str, at: int, written: str) -> list[str]:
    """The chair named in the attendance list before ``at`` ("Dave Roberts (Chairman)").

    Several chairs in view (a joint session) are told apart by the meeting's
    own "PRESENT:" line; still ambiguous, nobody is recorded.
    """
    base = max(0, at - 6000)
    before = text[base:at]
    found = sorted((m for p in rules().chair for m in p.finditer(before)), key=lambda m: m.start())
    named: dict[str, bool] = {}  # name -> on the meeting's own attendance line
    for m in found:
        names = _names(squash(m.group("name")))
        if not names:
            continue
        line_start = before.rfind("\n", 0, m.start()) + 1
        own = any(p.match(before, line_start) for p in rules().present_line)
        named[names[0]] = named.get(names[0], False) or own
    if len(named) > 1:
        named = {n: own for n, own in named.items() if own}
    return list(named) if len(named) == 1 else []
