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
