"""Names run together with nothing between them, as a flattened list prints them.

A list set one name a line (or in a table's cells) loses its line breaks in a web mirror's text or a PDF's run-on
lines: "Present: Peter Argyle Eric Baird Duncan Bryden ...". What parts the names is then only their shape:

- ``name_runs``: given name and surname pairs (a middle initial allowed) run on: "Ann Lee Carl B Moss Dee Price";
- ``drop_degrees``: degrees and qualifications after a name ("J J Nelson MSc R A Harkness Pg Cert Ed K Savage"),
  which hide where an initialled name ends (people.toml ``degrees``); a count of the list in brackets ("(21)");
- ``jobs_then_bracketed_names``: officers written job first, holder in brackets, with no comma between
  ("Chief Executive (Mr R Colvin) Director of Finance (Miss B Slevin)").

Pure text functions used by :mod:`.lists` on one list's text.
"""

from __future__ import annotations

import re
from functools import lru_cache

from extractors import vocab
from extractors.names import is_personal_name, parse_name

# a given name or a surname: a capital and small letters ("O’Neill", "McKenna", "Smith-Jones", "Charlène")
_WORD = re.compile(r"^(?:Mc|Mac|O[’'])?[A-Z][a-zà-ÿ’'-]+(?:-[A-Z][a-zà-ÿ’'-]+)?$")
_INITIAL = re.compile(r"^[A-Z]\.?$")


def name_runs(piece: str) -> list[str]:
    """ "Peter Argyle Eric Baird Duncan Bryden": untitled names run on, each a given name, perhaps initials, and a surname
    (a role in brackets after it kept with it). Parted only when the whole piece reads so, two names at least; what is
    left after the last name must not open with a name word (a three-word name would leave one: the piece stays whole).
    Leftovers that are no name ("ADMINLG L:\\Board minutes.doc") are kept as a piece of their own, which no name reads."""
    words = piece.split()
    if len(words) < 4 or not _WORD.match(words[0]):
        return [piece]
    names: list[str] = []
    i = 0
    while i < len(words) and _WORD.match(words[i]):
        j = i + 1
        while j < len(words) and _INITIAL.match(words[j]):
            j += 1
        if j >= len(words) or not _WORD.match(words[j]):
            break
        end = j + 1
        if end < len(words) and words[end].startswith("("):  # "Ann Lee (Chair)": the role stays with its name
            close = next((k for k in range(end, len(words)) if words[k].endswith(")")), None)
            if close is None:
                break
            end = close + 1
        written = " ".join(words[i:end])
        if not is_personal_name(parse_name(written).full):
            break
        names.append(written)
        i = end
    rest = words[i:]
    if len(names) < 2 or (rest and _WORD.match(rest[0])):
        return [piece]
    return names + ([" ".join(rest)] if rest else [])


@lru_cache(maxsize=1)
def _degrees() -> re.Pattern[str]:
    words = sorted(vocab.get("people").degrees, key=len, reverse=True)
    alternatives = "|".join(r"[ \t]+".join(re.escape(w) for w in d.split()) for d in words)
    # after a surname (small letters) or another degree's bracket; a comma before it taken with it ("Dixon, LLB, CPLS")
    return re.compile(r"(?<=[a-zà-ÿ’')])(?:[ \t]*,?[ \t]+(?:" + alternatives + r")(?![\w(]))+(?:[ \t]*\([0-9]{1,3}\))?")


def drop_degrees(flat: str) -> str:
    """ "J J Nelson MSc R A Harkness Pg Cert Ed K Savage L Mackle BA (Hons) J K Twyble BA DipEd DASE (21)": the degrees
    after each name are blanked (same length: offsets hold), so the initials of the next name start a name again; a comma
    stays ("McCusker, BA (Hons) The Deputy Mayor, ...": the name still ends there)."""
    return _degrees().sub(lambda m: re.sub(r"[^,]", " ", m.group(0)), flat)


# a job, then its holder in brackets with a title: "Chief Executive Acting (Mr R Colvin)", "Town Clerk (Mrs A Lee)"
_JOB_BRACKETED_NAME = (
    r"(?P<job>[A-Z][A-Za-z&’' -]{{1,80}}?)[ \t]*\((?P<name>(?:{titles})\.?[ \t]+(?:[A-Z]\.?[ \t]*){{0,3}}(?:Mc|Mac|O’|O')?[A-Z][\w’'-]+)\)"
)


@lru_cache(maxsize=1)
def _job_bracketed_name() -> re.Pattern[str]:
    titles = "|".join(re.escape(h) for h in sorted(vocab.get("common").honorifics.common, key=len, reverse=True))
    return re.compile(_JOB_BRACKETED_NAME.format(titles=titles))


def jobs_then_bracketed_names(flat: str) -> str:
    """ "Chief Executive (Mr R Colvin) Director of Finance (Miss B Slevin)": two such pairs at least, together nearly
    the whole list, are written "Mr R Colvin (Chief Executive), Miss B Slevin (Director of Finance)"."""
    pairs = list(_job_bracketed_name().finditer(flat))
    if len(pairs) < 2 or sum(len(m.group(0)) for m in pairs) < 0.8 * len(flat.strip(" ,.")):
        return flat
    return ", ".join(f"{m.group('name')} ({m.group('job').strip(' ,')})" for m in pairs)


# an employer's letters, then a full name: "CNPA Nick Halfhide" after "Jane Hope, Interim Chief Executive," (the letters end
# the job before; the name opens the next piece)
_LETTERS_THEN_NAME = re.compile(r"^(?P<letters>[A-Z]{3,6})[ \t]+(?P<name>[A-Z][a-zà-ÿ’'-]+(?:[ \t]+[A-Z]\.?)*[ \t]+(?:Mc|Mac|O[’'])?[A-Z][a-zà-ÿ’'-]+.*)$")


def letters_then_name(piece: str) -> list[str]:
    """ "CNPA Nick Halfhide": a body's letters (the last word of the job before the comma) and the next person's name,
    parted; not a title or a job written short ("PCSO Ann Hart", "RFO Clive Baker", "CDO Ruth Lee")."""
    m = _LETTERS_THEN_NAME.match(piece)
    if not m:
        return [piece]
    roles = vocab.get("attendance").roles
    letters = m.group("letters")
    if (roles.regex("guest_title").match(piece) or roles.regex("leading_job").match(piece) or roles.regex("officer").search(letters)
            or roles.regex("not_initials").search(letters) or letters.lower() in {h.lower() for h in vocab.get("common").all_honorifics()}):
        return [piece]
    if not is_personal_name(parse_name(m.group("name")).full):
        return [piece]
    return [letters, m.group("name")]


def said_present(flat: str) -> str:
    """ "With councillor Moody in the Chair there were present councillor(s) Lacey, Rowntree and Tily": the list told as
    a sentence (``sentences.present_said``) is read as "councillor Moody (Chair), councillor(s) Lacey, ..."."""
    for pattern in vocab.regex("attendance", "sentences.present_said").patterns:
        m = pattern.match(flat)
        if m:
            chair = m.groupdict().get("chair")
            return (f"{chair.strip()} (Chair), " if chair else "") + flat[m.end() :]
    return flat


# a councillor's title in small letters before a name: "councillor Moody", "councillor(s) Lacey, Rowntree", "District
# councillor Terry Taylor" (a title, in a list, whatever its case)
_SMALL_TITLE = re.compile(r"\bcouncillor(?:\(s\)|s)?(?=[ \t]+(?:[A-Z]|\(Chair))")


def small_titles(flat: str) -> str:
    """ "councillor(s) Lacey, Rowntree and District councillor Terry Taylor": the titles written in small letters read as
    titles ("Councillors Lacey, ...", "District Councillor Terry Taylor")."""
    return _SMALL_TITLE.sub(lambda m: "Councillors" if m.group(0) != "councillor" else "Councillor", flat)


# a group named in brackets inside a list, the names after it of that group: "In attendance: (Councillors) Councillor A Lee
# ... (Officials) Mr B Khan, Chief Executive": a list part, no one's job
_GROUP_IN_BRACKETS = re.compile(r"[ \t]*\((?:Councillors|Members|Elected Members|Officials|Officers|Council Officers|Staff|Guests|Others)\)[ \t]*")


def groups_in_brackets(flat: str) -> str:
    """ "Councillor W Lee (Officials) Mr B Khan, Chief Executive": the bracketed group parts the list (a comma), so it is
    no one's job."""
    return _GROUP_IN_BRACKETS.sub(", ", flat)


_SMALL_WORDS = {"of", "and", "for", "the", "&", "to", "in"}
_PLURAL_TITLES = {"cllrs", "councillors", "clrs", "aldermen", "county", "district", "borough", "city", "unitary", "ward"}


def trailing_name(piece: str) -> list[str]:
    """ "Director of Hospital Services Claire Campbell", "Social Care Trust Roisin Coulter": a job's or a body's words (the
    last a word no name has: people.toml ``not_names``), then a full name with nothing between, in a list that runs on;
    parted into the job and the name. Only capitalised words and a job's small words ("of", "and") before the name:
    a sentence ("The report was presented by Ann Lee") is left whole."""
    words = piece.split()
    if len(words) < 3 or is_personal_name(parse_name(piece).full) or vocab.regex("attendance", "roles.guest_title").match(piece):
        return [piece]  # "County Cllr Moss": a title, not a body's last word
    for size in (3, 2):  # "Ann B Lee" or "Ann Lee"
        if len(words) <= size:
            continue
        name, before = " ".join(words[-size:]), words[:-size]
        if parse_name(name).honorific or before[-1].lower().rstrip(".") in _title_words() | _PLURAL_TITLES:
            continue
        if _INITIAL.match(before[-1]) or any(w.lower().rstrip(".:") in _PLURAL_TITLES for w in before):
            return [piece]  # "Councillors J Harvey Johnston": one titled name, its first initial before the given name
        if vocab.regex("attendance", "roles.officer").search(" ".join(before)):
            return [piece]  # "the Clerk Cara Owen", "Project Officer Gita Dunn": a job before its holder, read as such (capacity.py)
        if not _WORD.match(words[-size]) or not is_personal_name(name) or not _WORD.match(words[-1]):
            continue
        if size == 3 and not _INITIAL.match(words[-2]):
            continue  # three whole words: "Informatics Seamus McGoran" may be a job's last word and a name, or a name of three
        if not all(w in _SMALL_WORDS or w[:1].isupper() for w in before) or not _never_in_a_name(before[-1]):
            return [piece]  # the job's or body's last word must be one no name has: "Head of Marketing Communications" stays whole
        return [" ".join(before), name]
    return [piece]


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    return frozenset(h.lower().rstrip(".") for h in vocab.get("common").all_honorifics())


@lru_cache(maxsize=1)
def _not_name_words() -> frozenset[str]:
    people = vocab.get("people").not_names
    return frozenset(w.lower() for w in people.words)


def _never_in_a_name(word: str) -> bool:
    return word.strip(",.;:()").lower() in _not_name_words()
