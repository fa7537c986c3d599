"""How attendance lists are written: where a labelled list ends and how it parts into names.

Pure text functions used by :mod:`extractors.attendance`: a list runs to a blank
line, a heading, a sentence, or a line that is a label of its own
(``list_end``, ``other_label_line``); it parts at commas, "and", line breaks,
titles ("Cllr A (Chair) Cllr B") and wide gaps between columns
(``names_with_offsets``); a list of one person a line, with their jobs or
a role in brackets (``one_per_line``), is read a line at a time.
"""

from __future__ import annotations

import re
from functools import lru_cache

from extractors import vocab
from extractors.attendance.runs import (drop_degrees, groups_in_brackets, jobs_then_bracketed_names, letters_then_name, name_runs, said_present,
                                        small_titles, trailing_name)
from extractors.names import is_personal_name, parse_name, split_names
from schemas.outline import lines_of

# "Cllrs Khan and Owen", "Cllrs: F Schott", "Councillors:L Maude", "CClrs Bennet and Thomson"; "Aldermen D Drysdale, A G
# Ewart" (the aldermen of a Northern Irish council, each "Alderman")
_HONORIFIC_PLURAL = re.compile(r"^(?:from\s+)?(?P<of>(?:County|District|Borough|City|Ward|Unitary|(?-i:[A-Z]{2,5}))\s+)?(?P<plural>Councillors|Cllrs|C?Clrs|Aldermen)\.?(?:\s*(?::-?|[-–—])\s*|\s+|$)", re.I)


_NAME_COMMA_JOB = re.compile(r"^[ \t]*(?P<name>[^,\n]{3,60}?),[ \t]+[A-Z][^\n]*$")


def one_per_line(body: str, base: int) -> list[tuple[str, int]]:
    """A list of one person a line, each name followed by a comma and a job ("C Pinnells, Acting Town Clerk" /
    "G Markland, Neighbourhood Plan Continuity Officer"): each line whole, so a job never runs into the next name.
    Empty when the body is not such a list."""
    lines = [(m.group(0), m.start()) for m in re.finditer(r"[^\n]+", body) if m.group(0).strip()]
    if len(lines) < 2:
        return []
    if all(_bare_name_line(line) for line, _ in lines):  # "Hannah Greaves (Chair)" / "Daniel Osei" / ...: a column of names
        return [(line.strip(), base + start + (len(line) - len(line.lstrip()))) for line, start in lines]
    honorifics = {h.lower().rstrip(".") for h in vocab.get("common").honorifics.common}
    for line, _ in lines:
        if _bare_name_line(line):  # "Cllr L Pepperell" among "Mr M Cavanagh, PCC Link Officer" lines
            continue
        m = _NAME_COMMA_JOB.match(line)
        if not m or not is_personal_name(parse_name(m.group("name")).full):
            return []
        tail = line[m.end("name") + 1 :]
        titled_name = re.search(r"\b(?:" + "|".join(honorifics) + r")\.?\s+(?:[A-Z]\.?\s+)*[A-Z][a-z]", tail, re.I)
        if titled_name or is_personal_name(parse_name(tail.split(",")[0]).full):
            return []  # "Mr R W Gough (Chairman), Mr N Baker, ...": many names a line, not one
    return [(line.strip(), base + start + (len(line) - len(line.lstrip()))) for line, start in lines]


# one name on a line, a role in brackets after it at most: "Hannah Greaves (Chair)", "Cllr D Osei"
_BARE_NAME_LINE = re.compile(r"^[ \t]*(?P<name>[A-Z][^,;:()\n]{2,50}?)[ \t]*(?:\([^()\n]{1,60}\))?[ \t]*$")


def _bare_name_line(line: str) -> bool:
    """A line that is one person's name and nothing else (a column of names, one a line, as a table prints it)."""
    m = _BARE_NAME_LINE.match(line)
    if not m or len(m.group("name").split()) > 5:
        return False
    name = m.group("name")
    return is_personal_name(parse_name(name).full) and len(split_names(name)) <= 1


# A line that opens a sentence, not a name: "The Town Clerk was in attendance.", "There were no apologies."
_SENTENCE_OPENING = re.compile(
    r"^(?:The|There|It|This|No|All)\s+\w+(?:\s+\w+){0,3}\s+(?:was|were|is|are|had|has|have)\b"
    # "Apologies were received ...", "Meeting commenced at 7pm": a capitalised word, then a word in lower case
    # (not a name's particle, not "and"/"&" carrying the list on)
    r"|^[A-Z][a-z]+\s+(?!(?:and|de|van|von|der|du|da|le|la|of|bin|al)\b)[a-z]+\b"
    # "The Clerk, Mrs J Bloggs, took the minutes."
    r"|^The\s+(?:[A-Z][\w’']*\s+){0,2}[A-Z][\w’']*,"
    # "The Vice Chairman T. Heaford acted as Chairman": "The", capitalised words, then a verb in lower case
    r"|^The\s+(?:[A-Z][\w’'.]*\s+){1,5}(?!and\b|of\b|for\b|to\b)[a-z]{2,}\b"
)


# a line that opens with a label of its own: "Public Attendance: 1 member of the public", "Members of the public:  None"
_OTHER_LABEL = re.compile(r"^[*_]*(?:[A-Z][a-z]+|[A-Z]+)(?:[ \t]+(?:[A-Za-z]+|\([A-Za-z]+\))){0,4}[*_]*[ \t]*:(?:[ \t]|$)")


def other_label_line(text: str, start: int, stop: int) -> int:
    """The start of the first line after the label's own line that opens with a label of its own, or ``stop``."""
    for line in lines_of(text, start, stop):
        if line.start > start and _OTHER_LABEL.match(line.stripped):
            return line.start
    return stop


def list_end(text: str, start: int, limit: int, sublabels: bool = False) -> int:
    """A labelled list runs to a blank line, an all-capitals heading, a sentence after it, or the limit (``sublabels``: a
    line opening with a label of its own, "Roads Service: Mr T Hale", goes on with the list).

    Blank lines straight after the label ("Those Attending:" and the names two lines
    down) do not end it. "... and the Clerk. Members of the public - Mr Roger
    Hoggins" ends at the full stop: the next sentence is not the list.
    """
    begun = False
    depth = 0  # inside a bracket a job runs on over lines ("(Corporate Director Children, Young People and\nEducation)")
    last = ""  # the line before, stripped
    names_only = True  # every line of the list so far is one name (perhaps with its initials)
    lines = lines_of(text, start, limit)
    for n, line in enumerate(lines):
        s, before, last = line.stripped, last, line.stripped or last
        if begun and not s and names_only and _name_line(next((x.stripped for x in lines[n + 1 :] if x.stripped), "")):
            continue  # web text that sets each name in a paragraph of its own: "Absent" / "" / "Gerallt Evans GE" / "" / "Gwydion Jones GJ"
        if begun and not s and (before.endswith(",") or re.search(r"(?:\band|&)$", before)):
            continue  # "... Alan Lawrence, Treasurer, (AL)," / "" / "Marion Turner, ..." (or "... R Sinclair and" / "" / "J Traynor"): the list goes on past the blank line
        if begun and not s and _HONORIFIC_PLURAL.match(next((x.stripped for x in lines[n + 1 :] if x.stripped), "")):
            continue  # "Aldermen – F Agnew, ... and J Smyth" / "" / "Councillors – J Archibald, ...": one list, its ranks apart
        if begun and s and depth <= 0 and not s.endswith((".", ",", ")", ";")) and not _name_line(s) and (_word_heading(s) if names_only else _heading_line(s)):
            # "Sue Williams" / "Minutes" / "The minutes of ...": a list a name a line ends at the next heading; any list ends
            # at a heading that opens with such a word ("... and Councillor Judge" / "Minutes of last meeting"); not a job's last
            # words wrapped onto a line ("Sue Chandler, Cabinet Member for Integrated Children’s" / "Services.")
            return line.start
        if s:
            names_only = names_only and _name_line(s)
        opening = _SENTENCE_OPENING.match(s) and depth <= 0
        depth += line.text.count("(") - line.text.count(")")
        if not begun:
            begun = bool(s) and not _COUNT_LINE.match(s)  # "In Attendance:" / "One member of the public" / "Mr W Grosvenor Clerk"
            if begun:
                stop = _LIST_SENTENCE_END.search(line.text)
                if stop:
                    return line.start + stop.start() + 1
            continue
        if not s or (s.isupper() and len(s.split()) <= 4 and not s.endswith(",")) or opening or (_OTHER_LABEL.match(s) and not sublabels) or _SAID_PRESENT.search(s) or _prose(_before_item(s)) or (_NOTE_LINE.match(s) and before.endswith((")", "."))) or _NUMBERED_LINE.match(s) or _MINUTE_NUMBERED_HEADING.match(s) or _meeting_title(s):
            return line.start
        stop = _LIST_SENTENCE_END.search(line.text)
        if stop:
            return line.start + stop.start() + 1
    return limit


# capitals after a name word that may be its initials, unbracketed: "Diane Roberts DR"
_BARE_KEY = re.compile(r"(?<=[a-z’\x27)])[ \t]+([A-Z]{2,4})(?=[ \t,]|$)")

_KEY_WORD = re.compile(r"\(?[A-Z][\w’\x27-]*\)?\.?")


def _unbracketed_keys(flat: str) -> str:
    """ "Elen H Edwards EHE County Cllr. Garffild Lloyd Lewis GLL Diane Roberts DR": a list that writes each name's
    initials after it without brackets; each set of initials that is the name's before it (its first letter the first
    name's, its last the surname's) ends that name (a comma in its place). Two such keys at least, or none is read."""
    found = []
    for m in _BARE_KEY.finditer(flat):
        start = max(flat.rfind(",", 0, m.start()), found[-1][1] if found else -1, 0)
        words = [w for w in re.sub(r"\([^()]*\)", " ", flat[start : m.start()]).split() if _KEY_WORD.fullmatch(w)]
        words = [w for w in words if w.rstrip(".").lower() not in _TITLE_WORDS and w.rstrip(".") not in ("County", "District", "Cllr")]
        key = m.group(1)
        if len(words) >= 2 and key[0] == words[-len(key) if len(key) <= len(words) else 0][0] and key[-1] in {w[0] for w in words[-2:]} | {p[0] for p in words[-1].split("-")}:
            found.append((m.start(), m.end()))
    if len(found) < 2:
        return flat
    for a, b in reversed(found):
        flat = flat[:a] + "," + flat[b:]
    return flat


# a name's initials after it, unbracketed or bracketed: "Gerallt Evans GE", "Avril Tulloch (AT)"
_KEY_AFTER = re.compile(r"[ \t]+\(?[A-Z]{2,4}\)?$")


def _name_line(line: str) -> bool:
    """A line that is one person's name, perhaps with the initials the minutes use for it."""
    return bool(line) and _bare_name_line(_KEY_AFTER.sub("", line))


# an item opening inside a line of names, in text flattened into run-on lines: "... Kirsteen Currie (KC) Item 1.
# Welcome", "... Cllr B Khan 2. Minutes of the last meeting", "... R Lee Agenda Item 3: Police", a community paper's paragraph
# number in brackets ("... Cllr Colin Evans (2) Concerns had been raised ..."). A number after a name
# and before a capitalised word is no part of a list of names.
ITEM_OPENING = re.compile(r"(?<=[\w).])[ \t]+(?:(?:(?:Agenda[ \t]+)?(?:Item|ITEM|item)[ \t]+\d{1,3}[.:)]?|\d{1,3}[.)])[ \t]+(?=[A-Z][a-z])|\(\d{1,3}\)[ \t]+(?=[A-Z][a-z]+[ \t]+[a-z]))")


def _before_item(line: str) -> str:
    """The line up to an item opening inside it ("Clerk 1 Member of the Public 1. APOLOGIES RESOLVED to note that ..."): the
    prose after the item's number is no part of the list's line, which the list still holds up to there."""
    m = ITEM_OPENING.search(line) or _NUMBER_THEN_CAPITAL.search(line)
    return line[: m.start()] if m else line


# a number and a capital after a word: an item opening in capitals too ("... Member of the Public 1. APOLOGIES")
_NUMBER_THEN_CAPITAL = re.compile(r"(?<=[\w).])[ \t]+\d{1,3}[.)][ \t]+[A-Z]")


def _word_heading(line: str) -> bool:
    """A short line with a word no name has: a heading ("Minutes", "Matters Arising", "Planning")."""
    words = [w.strip(".:;") for w in line.split()]
    return len(words) <= 3 and "," not in line and any(w in _not_name_words() for w in words)


_TITLE_IN_LINE = re.compile(r"\b(?:Councillors?|Cllrs?|Clrs?|Mr|Mrs|Ms|Miss|Dr|Alderman|Aldermen)\b\.?")


def _heading_line(line: str) -> bool:
    """A short line opening with a word no name has, with no title, job or comma in it: "Minutes of last meeting",
    "Planning Applications" (not "County Councillor A Tudor", "Parish Clerk")."""
    words = [w.strip(".:;") for w in line.split()]
    if not words or len(words) > 5 or "," in line or _TITLE_IN_LINE.search(line):
        return False
    return words[0] in _not_name_words() and not vocab.get("attendance").roles.regex("officer").search(line)


@lru_cache(maxsize=1)
def _not_name_words() -> frozenset[str]:
    people = vocab.get("people").not_names
    return frozenset(people.words) - frozenset(people.surnames)


def _meeting_title(line: str) -> bool:
    """ "Minutes of the Meeting of the FULL COUNCIL held via Zoom ...": the meeting's title after the lists ends them."""
    return bool(vocab.regex("attendance", "sentences.meeting_title_line").match(line))


# a heading with its minute number after it: "Public Forum 18-253", "Receive Declaration of Interests 18-254"
_MINUTE_NUMBERED_HEADING = re.compile(r"^[A-Z][A-Za-z’' &,-]{2,60}?[ \t]+(?:[A-Z]{1,3})?\d{1,4}[-/]\d{1,4}[.,:]?$")


# a line that opens a numbered item or paragraph: "167.1 Welcome", "3. Minutes", "Item 2 Police", "SC/35/2018 APOLOGIES" (not a count of people: "2
# members of the public")
_NUMBERED_LINE = re.compile(r"^(?:\d{1,4}(?:\.\d{1,3})+\.?|\d{1,4}[.)]|(?:[A-Z]{1,3}/)?(?:[A-Z]{1,2})?\d{1,4}(?:/\d{2,4}){1,2}\.?|(?:Agenda[ \t]+)?(?:Item|ITEM)[ \t]+\d{1,3}[.:)]?)[ \t]+[A-Z]")


# a line wholly in brackets, with a figure or long: a note below the list ("(Former O.A.P Hall, Memorial Hall, 7.00pm – 9.00pm)"
# after a line closed by a bracket or a full stop), not a name's capacity on a line of its own ("(Chair)", "Fiona McAllister"
# / "(Named Nurse for Children Looked After, Eastbrook Community Health NHS Trust)")
_NOTE_LINE = re.compile(r"^\((?=[^()]*\d|[^()]{30})[^()]+\)\.?$")


# the small words of running prose, which a list of names and jobs seldom holds outside its brackets
_PROSE_WORDS = re.compile(r"\b(?:the|to|on|by|was|were|that|with|from|at|is|had|has|have|been|would|will|this|which|who)\b")


def _prose(line: str) -> bool:
    """A line of running prose after a list ("Declaration of Interest from Councillor B James on the application by Mr
    John Morgan to join the", "Councillor Mrs Cox paid tribute to two previous serving Councillors"): three different
    small words of prose outside brackets; a list line holds them only inside a job ("(Clerk to the Council)")."""
    words = set(_PROSE_WORDS.findall(re.sub(r"\([^()]*\)", "", line)))
    return len(words) >= 3


# a line that only counts people: "One member of the public", "4 parishioners"
_COUNT_LINE = re.compile(r"^(?:\d+|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Nn]o)[ \t]+(?:members?[ \t]+of[ \t]+(?:the[ \t]+)?public|residents?|parishioners?|electors?|visitors?)\.?$")


# a line that says someone was there, a sentence after a list: "Kerry Wilcox The temporary clerk was in attendance."
_SAID_PRESENT = re.compile(r"\b(?:was|were)\s+(?:also\s+)?(?:in\s+attendance|present)\.?$")


# a full stop after a word (not an initial or a title: "Cllr. Dan Elliott") and before a capital: a new sentence (not
# the list going on under a plural title: "Councillor Wayne Thomas, Chairman, Presided. Councillors A Davies, T Davies";
# nor one more titled name, a comma or "and" after it: "... R Paterson. Cllr. K Baird, & 8 Members of the public"; nor
# a sub-label of the same list: "Present: Chairman: Fraser Coates. Cllrs: Phil Hutchings, ...")
_LIST_SENTENCE_END = re.compile(r"(?<=[a-z]{2}|[a-z]\))(?<!\bMrs)(?<!\bMiss)(?<!\bRevd)(?<!\bProf)(?<!\bCllr)(?<!\bCllrs)(?<!\bCoun)\.[ \t]+(?=[A-Z][a-z])(?!(?:Councillors|Cllrs|Councillor|Cllr)\.?[ \t]+[A-Z](?:\.?[ \t]*[A-Z])*[a-z’\x27-]*[ \t]*(?:[,&]|and\b|$))(?!(?:Councillors|Cllrs|Members|Chair(?:man|person)?|Vice[- ]Chair(?:man|person)?)[ \t]*:)")


def names_with_offsets(body: str, base: int) -> list[tuple[str, int]]:
    """The names of a written list with their offsets; "Councillors A, B and C" gives each the title.

    A capacity written as a label inside the list gives the names after it their title or role ("Present: Chairman:
    Cllr Mrs Prior Councillors: Mrs Bolton, Dipple, Harte": Prior chairs, Dipple is "Councillor Dipple"); a dash
    after the label is no part of a name ("Apologies: - Jeff Goodhall").
    """
    # a line that opens with a job or another council's title starts a new name ("... & C O'Meara\nClerk – D Robinson",
    # "... Gill Wislocka\nCC M James")
    # ... and so does a count of people ("4 members of the public"), which is no name
    body = re.sub(r"[ \t]*\n[ \t]*(?=(?:(?:Parish|Town|Deputy|Assistant|Acting|Locum)[ \t]+)?(?:Clerk|RFO)\b|(?:County|District|Borough|City|Ward)[ \t]+(?:Cllr|Councillor)\b|(?:CC|DC|BC|PCSO|PC)[ \t]+[A-Z]|\d+[ \t]+[A-Za-z])",
                  ", ", body)
    body = _OTHER_LIST.split(body, 1)[0]  # "Clerk: Mrs Scriven Members of public: 3": another label ends the list
    body = _CELL_SLASH.sub(lambda m: " " * (len(m.group(0)) - 1) + "\n", body)  # same length: offsets are found in it
    body = _LINE_END_STOP.sub(",", body)  # "T&W Councillor Jacqui Seymour." / "T&W Councillor Tracy Hope": one name a line
    body = _STOP_BEFORE_NAME.sub(",", body)  # "Jackie Griffin, Clerk. P C Elson.": a full stop parts a job from the next name
    body = _INLINE_BULLET.sub(lambda m: "," + " " * (len(m.group(0)) - 1), body)  # "• Cllr A Lee. • Mrs B Khan, Clerk": bullets run on
    flat = re.sub(r"[ \t]{3,}|\t|[ \t]*\|[ \t]*", ", ", body)  # columns, table cells  # "Mr S Baxter   Members of the public (MOP): Seven": columns apart
    lines = [line for line in flat.split("\n") if line.strip(" ,")]
    bare = [_bare_name_line(line.strip(" ,")) for line in lines]
    if len(lines) >= 3 and 4 * sum(bare) >= 3 * len(lines):
        # a column of names, one a line, no commas ("Alec Davis" / "Margaret Harris"): each name line ends a name
        flat = "\n".join(line + "," if is_bare else line for line, is_bare in zip(flat.split("\n"), [_bare_name_line(x.strip(" ,")) for x in flat.split("\n")]))
    if _COLUMNS.search(body):
        # a table of two columns, a person a cell ("Drew Russell (DR) Chair      Cllr Ann Lee Eastshire Council (AL)"): each
        # line ends a name too, unless it ends on a title or an initial that the next line's surname completes
        flat = _CELL_LINE_END.sub(",\n", flat)
    elif _keyed_lines(lines):
        # the same table, its gaps closed to one space in a PDF's text: a line that ends on a name's initials (and a
        # capacity after them) ends that name
        flat = _KEYED_LINE_END.sub(r"\1,\n", flat)
    flat = re.sub(r"\s*\n\s*", " ", flat)
    flat = drop_degrees(flat)  # "J J Nelson MSc R A Harkness": the degree hid where the name ended
    flat = groups_in_brackets(flat)  # "Councillor W Lee (Officials) Mr B Khan, Chief Executive": a group, no one's job
    flat = _unbracketed_keys(flat)  # "Elen H Edwards EHE Diane Roberts DR": each name ends at its initials
    flat = _GLUED_QUALIFIER.sub(r"\1 ", flat)  # "CountyCouncillor M.Storey": a PDF's text glued the title's two words
    flat = _GLUED_NAME.sub(r"\1 \2", flat)
    flat = _GLUED_TITLE.sub(r"\1 ", flat)  # "MrsTAvis": a mirror's text glued the title to the initial
    flat = _GLUED_INITIAL.sub(r"\1 ", flat)  # "MGroat", "TAvis": and the initial to the surname  # "EwenHardie": a given name glued to the surname write the title and "and" in Welsh and English: "Cyng/Cllrs.: A Lee a/and B Khan"
    flat = re.sub(r"\bCyng\.?[ \t]*/[ \t]*(?=Cllrs?\b)", "", flat)
    flat = re.sub(r"(?<=\bCllrs)\.?[ \t]*:", " ", flat)
    flat = re.sub(r"\ba[ \t]*/[ \t]*and\b", "and", flat)
    flat = vocab.get("attendance").roles.regex("inline_label").sub(lambda m: f", {m.group('label')}: ", flat)
    flat = re.sub(r"^[\s,]*[-–—]+\s+", "", flat)
    flat = small_titles(said_present(flat))  # "With councillor Moody in the Chair there were present councillor(s) Lacey, ..."
    flat = re.sub(r"^[\s,]*(?:(?:were|have been|had been)\s+)?(?:[Rr]eceived|[Gg]iven|[Ss]ubmitted)\s+(?:from|by)\s+", "", flat)  # "Apologies: Received from S Salmon"
    flat = _COUNTED_THEN_NAMED.sub(", ", flat)
    flat = re.sub(r"\s+and,?\s+in the [Cc]hair,?\s+", ", In the Chair ", flat)  # "Mr Watterson and, in the Chair, Mr Matt Prince"
    flat = _DUAL_TITLE.sub("", flat)
    flat = _ROLE_AFTER_FIRST.sub(r"\g<first> (\g<role>), ", flat)
    flat = _OFFICE_THEN_NAME.sub(r"\g<name> (\g<office>)", flat)
    flat = _jobs_then_names(flat)
    flat = jobs_then_bracketed_names(flat)  # "Chief Executive (Mr R Colvin) Director of Finance (Miss B Slevin)"
    flat = _PLURAL_TITLE_MIDWAY.sub(", ", flat)
    flat = _QUALIFIED_PLURAL_MIDWAY.sub(", ", flat)
    flat = _mend_brackets(flat)
    out = []
    honorific = ""
    single = ""  # the councillor's title of the piece before ("Cllr Parker and Tilsley")
    role_before = ""  # "Chairman:" inside the list: the role of the name after it
    cursor = 0
    pieces = [n for piece in split_names(flat.strip().rstrip(" .")) for b in _after_brackets(piece) for p in _split_at_titles(b)
              for j in _split_at_jobs(p) for q in _two_names(j) for r in _initial_runs(q) for k in name_runs(r)
              for t in letters_then_name(k) for n in trailing_name(t)]
    for piece in pieces:
        label = re.fullmatch(r"(?P<label>[A-Za-z][A-Za-z -]*?)\s*:(?P<rest>.*)", piece)
        if label and not _HONORIFIC_PLURAL.match(piece) and len(label.group("label").split()) <= 3:
            # "Chairman:" alone, or "Elected members: David Hannah": a sub-label, then the name
            role_before = label.group("label") + " " if vocab.get("attendance").roles.regex("leading_role").match(label.group("label") + " Cllr") else ""
            piece = label.group("rest").strip()
            if not piece:
                continue
        plural = _HONORIFIC_PLURAL.match(piece)
        if plural:
            of = (plural.group("of") or "").strip()
            # "County Cllrs D Bryan, T Evans": County Councillors; "and from PKC Clrs Barnacle and Cuthbert": another
            # council's, by its short name
            honorific = (of if of.isupper() and len(of) > 1 else of.title()) + (" " if of else "") + "Councillor "
            if plural.group("plural").lower() == "aldermen":
                honorific = "Alderman "
            if plural.group(0).strip().isupper() and not of:
                honorific = "COUNCILLOR "  # "PRESENT CLLRS COOPER, ...": a list in capitals, read in title case as a whole
            single = ""
            piece = _HONORIFIC_PLURAL.sub("", piece)
            if not piece:
                continue
        words = piece.split()
        offset = _find_in(body, words[0] if words else piece, cursor)
        if len(words) > 1 and _SINGLE_TITLE.match(piece):
            after = body.find(words[1], cursor)  # a title carried over ("... (Chair) Appich (...)"): not written before this name
            if after >= 0 and (body.find(words[0], cursor) < 0 or after < body.find(words[0], cursor)):
                offset = after
        cursor = offset + 1
        roles = vocab.get("attendance").roles
        titled = (parse_name(piece).honorific or roles.regex("guest_title").match(piece) or roles.regex("leading_role").match(piece)
                  or roles.regex("leading_job").match(piece))  # "RFO Mrs C Hornsby" takes no "Councillor"
        written = piece if titled else honorific + piece
        if not titled and not honorific and single and _BARE_SURNAME.match(piece):
            written = single + piece  # "Cllr Parker and Tilsley": a bare surname after a titled one shares its title
        single = _SINGLE_TITLE.match(piece).group(0) if titled and _SINGLE_TITLE.match(piece) else ("" if titled else single)
        if role_before:
            # "Chairman: Cllr Mrs Prior" is "Chairman Cllr Mrs Prior"; "Chairman: Fraser Coates." (no title, no initials, which a
            # leading role needs) is "Fraser Coates (Chairman)"
            untitled = not parse_name(written).honorific and not re.match(r"[A-Z]\.?[ \t]", written) and "(" not in written
            written = f"{written.rstrip(' .')} ({role_before.strip()})" if untitled else role_before + written
            role_before = ""
        out.append((written, base + offset))
    return out


# a member of the body who also sits on a larger council: "Town & County Cllr Hag Harris" (a member; the larger council's
# title alone, "County Cllr", makes a guest)
_DUAL_TITLE = re.compile(r"\b(?:Town|Parish|Community|City)[ \t]*(?:&|and)[ \t]*(?:County|District|Borough)[ \t]+(?=(?:Councillor|Cllr)\b)")


# the first name's office after its comma (a space after the comma or none: "Councillor D.T. Esmond,Mayor Councillors ..."), the next name's title straight after it: "Councillor Dillon, Chair Councillors
# Ashton, Bateson", "Mr A Cooper, Chairman Mr B Moreland Mr A Hall". The chair is listed first: the office is the first
# name's ("Councillor Dillon (Chair)"), not the next one's ("Chairman Cllr Mrs Shewell" opening a list is hers)
_ROLE_AFTER_FIRST = re.compile(
    r"^(?P<first>[ \t]*(?:Councillor|Cllr|Mr|Mrs|Ms|Miss|Dr|Alderman)\.?[ \t]+[^,;()\n]{2,40}?),[ \t]*"
    r"(?P<role>Chair(?:man|person|woman)?|Vice[- ]Chair(?:man|person|woman)?|Deputy[- ]Chair(?:man)?|Mayor|Deputy[- ]Mayor)"
    r"(?=[ \t]+(?:Councillors|Cllrs|Aldermen|Councillor|Cllr|Mr|Mrs|Ms|Miss|Dr|Alderman)\.?[ \t]+[A-Z])"
)


# an office, then its holder in brackets: "Mayor (Councillor J Montgomery)", "The Deputy Mayor (Cllr A Lee)"
_OFFICE_THEN_NAME = re.compile(
    r"(?:\b[Tt]he[ \t]+)?(?P<office>(?:Deputy[- ])?Mayor|(?:Vice[- ])?Chair(?:man|person|woman)?)[ \t]*"
    r"\((?P<name>(?:Councillor|Cllr|Alderman|Mr|Mrs|Ms|Miss|Dr)\.?[ \t]+[^()]{2,40})\)"
)

# each officer's job, a dash, then the officer: "Chief Executive - J Dixon Director of Operations – G Girvan ICT Projects
# Officer – J Higginson" (printed minutes in two columns, flattened onto one line)
_JOB_DASH_NAME = re.compile(
    r"(?P<job>[A-Z][A-Za-z&’' ]{1,80}?)[ \t]+[-–—][ \t]+(?P<name>(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?[ \t]+)?(?:[A-Z]\.?[ \t]*){1,3}[ \t]"
    r"(?:Mc|Mac|O’|O')?[A-Z][a-z’'-]+)(?=[ \t]+[A-Z]|[ \t]*[,;]|[ \t]*$)"
)


def _jobs_then_names(flat: str) -> str:
    """ "Job – Name Job – Name ...": two such pairs at least, together the whole list, are written "Name (Job), ..."."""
    pairs = list(_JOB_DASH_NAME.finditer(flat))
    if len(pairs) < 2 or sum(len(m.group(0)) for m in pairs) < 0.8 * len(flat.strip()):
        return flat
    return ", ".join(f"{m.group('name')} ({m.group('job').strip()})" for m in pairs)


# a bullet inside a line, the list's items run on after a full stop or a comma ("• Councillor A Lee. • Mrs B Khan, Clerk."),
# or the first one at the start (same length: offsets are found in the body)
_INLINE_BULLET = re.compile(r"(?:^|[.;,]?[ \t]+)[•·▪●‣◦][ \t]+")


# a councillor's title, singular, before a name: carried over to bare surnames after it in the same list
_SINGLE_TITLE = re.compile(r"^(?:Councillor|Cllr|Clr|CClr)\.?[ \t]+")

# one capitalised word, a surname alone (with its job or role in brackets: "Bell (Group Spokesperson)")
_BARE_SURNAME = re.compile(r"^(?:Mc|Mac)?[A-Z][a-z’'-]+(?:[ \t]*\([^()]*\))?$")

# "two members of the public – Lee Willetts and Harry Bygate": a count of people, then their names; the count is no name
# (the blanks before ", and" are taken once, from the first of them: tried at every blank of a long line, and
# backtracking between its two runs of blanks, the old form took seconds on a line of spaces)
_COUNTED_THEN_NAMED = re.compile(r"(?:(?<![ \t])[ \t]*+,?[ \t]*+\band[ \t]+|^|(?<=[\s,]))(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)[ \t]+members?[ \t]+of[ \t]+(?:the[ \t]+)?public[ \t]*[-–—:][ \t]*(?=[A-Z])", re.I)

# "Councillor Mrs Soyke (Chairman) Councillors Noakes (Vice-Chairman), Backhouse": the plural title on a new line of
# the list opens a new run of names titled by it (not "County Councillors", a qualified title)
_PLURAL_TITLE_MIDWAY = re.compile(r"(?<=[\w).])(?<!County)(?<!District)(?<!Borough)(?<!City)(?<!Ward)(?<!Unitary)(?<!Parish)(?<!Town)(?<!Community)(?<!Area)[ \t]+(?=(?:Councillors|Cllrs|Aldermen)\.?(?:[ \t]*[-–—:])?[ \t]+[A-Z])")
# ... and another council's plural title after a name with nothing between: "Assistant Clerk Rachel Lee Borough Councillors Chris
# Ladd, Jan Rees" (a run-on list: the borough's councillors open a run of their own)
_QUALIFIED_PLURAL_MIDWAY = re.compile(r"(?<=[a-z])[ \t]+(?=(?:County|District|Borough|City|Unitary|Ward)[ \t]+(?:Councillors|Cllrs)\.?(?:[ \t]*[-–—:])?[ \t]+[A-Z])")


def _mend_brackets(text: str) -> str:
    """ "James Matthew (Vice (Chairman) David Grant": a bracket opened inside an open one, never closed, is a typo: dropped."""
    if text.count("(") == text.count(")"):
        return text
    out, depth = [], 0
    for ch in text:
        if ch == "(":
            if depth:
                continue
            depth = 1
        elif ch == ")":
            depth = 0
        out.append(ch)
    return "".join(out)


# what follows a name in a list and is no part of it: its initials or role in brackets, a role after a dash
# ("Claire Cann (CC) - Chair")
_BRACKETS_AND_DASHED_ROLE = re.compile(r"\s*\([^()]*\)|\s+[-–—]\s+\S.*$")


def _after_brackets(piece: str) -> list[str]:
    """ "Paul Manning (Chairman) Kate Hunter (Secretary) James Matthew": names parted only by the brackets after them."""
    parts = re.split(r"(?<=\))\s+(?=[A-Z][a-z]*\.?\s+[A-Z])", piece)
    named = all(is_personal_name(parse_name(_BRACKETS_AND_DASHED_ROLE.sub("", p)).full) for p in parts[1:])
    if named and len(parts) > 1:
        return parts
    title = _SINGLE_TITLE.match(piece)
    if title:  # "Councillor Mac Cafferty (Chair) Appich (Joint Opposition Spokesperson)": surnames under one title
        parts = re.split(r"(?<=\))\s+(?=(?:Mc|Mac)?[A-Z][a-z’'-]+\s*\()", piece)
        if len(parts) > 1:
            return [parts[0], *(title.group(0) + p for p in parts[1:])]
    return [piece]


# another council's qualifier glued to the title after it: "CountyCouncillor", "DistrictCllr"
_GLUED_QUALIFIER = re.compile(r"\b(County|District|Borough|City|Unitary|Ward)(?=(?:Councillors?|Cllrs?)\b)")


# a title glued to the initial after it, an initial glued to the surname ("MrsTAvis", "MGroat"; not "McGregor", "MacLeod": a
# small letter follows their first capital)
_GLUED_TITLE = re.compile(r"\b(Mrs|Mr|Ms|Miss|Dr|Cllr)(?=[A-Z][A-Z]?[a-z]|[A-Z]\b)")
_GLUED_INITIAL = re.compile(r"(?<![\w’'-])([A-Z])(?=(?!Cl+rs?\b)[A-Z][a-z]{2,}\b)")  # not "CClrs", a community councillor's title


# a given name glued to its surname in a PDF's text, "EwenHardie" (not a surname's own capital: "MacQueen", "FitzGerald",
# "DeVito", "McDonald")
_GLUED_NAME = re.compile(r"\b(?!(?:Mac|Fitz|Van|Von|Del|Della|Des|Dos|Das|San|Saint|Ben|Abu)[A-Z])([A-Z][a-z]{2,})([A-Z][a-z]{2,})\b")


# a line's end after a name's initials in brackets and perhaps a capacity of a word or two: "Colin Pike (CP) Planning"
_KEYED_LINE_END = re.compile(r"(\([A-Z]{2,4}\)(?:[ \t]+[A-Z][A-Za-z/-]*(?:[ \t]+[A-Z][A-Za-z/-]*)?)?)[ \t]*\n(?=[ \t]*[A-Z])")


def _keyed_lines(lines: list[str]) -> bool:
    """Three lines or more, nearly each ending on a name's initials in brackets, perhaps with a capacity after them
    ("Colin Pike (CP) Planning" / "Avril Tulloch (AT)"): a person a line (not a list that only breaks its lines
    anywhere: "... Cllr. Frank" / "Eglington (FE), ...")."""
    keyed = sum(1 for line in lines if re.search(r"\([A-Z]{2,4}\)(?:[ \t]+[A-Z][A-Za-z/-]*(?:[ \t]+[A-Z][A-Za-z/-]*)?)?[ \t,]*$", line))
    return len(lines) >= 3 and 4 * keyed >= 3 * len(lines)


# two cells of a table on one line: text, three spaces or more, text
_COLUMNS = re.compile(r"[^\s,][ \t]{3,}\S")  # (not a comma and blanks: a bullet run on, "Housing. • Gareth", read as a comma)

# the end of a line that is no title or initial (a name goes on after those: "Cllr Mrs V" / "Kavanagh") nor a comma already
_CELL_LINE_END = re.compile(r"(?<![,&])(?<!\band)(?<!\b[A-Z])(?<!\b[A-Z]\.)(?<!\bCllr)(?<!\bCllrs)(?<!\bCouncillor)(?<!\bMrs)(?<!\bMr)(?<!\bMs)(?<!\bMiss)(?<!\bDr)[ \t]*\n(?=[ \t]*[A-Z])")


# a full stop after a word (not a title) and before a name on the same line: the next name starts there ("In Attendance:
# Jackie Griffin, Clerk. P C Elson.", "Apologies: Cllr A Lee. Cllr B Khan"); a name opens with a title, initials or a
# capitalised word and another
_STOP_BEFORE_NAME = re.compile(r"(?<=[a-z]{2})(?<!\bMrs)(?<!\bMiss)(?<!\bRevd)(?<!\bProf)(?<!\bCllr)(?<!\bCllrs)\.(?=[ \t]+(?:(?:Councillor|Cllr|Mr|Mrs|Ms|Miss|Dr|PCSO|PC)\.?[ \t]+[A-Z]|(?:[A-Z]\.?[ \t]+)+[A-Z][a-z]))")


# a full stop that ends a line after a word (not a title: "& Prof." / "P. Pietroni"): the name on that line ends there
_LINE_END_STOP = re.compile(r"(?<=[a-z]{2})(?<!\bMrs)(?<!\bMiss)(?<!\bRevd)(?<!\bProf)(?<!\bCllr)(?<!\bCllrs)\.(?=[ \t]*\n[ \t]*[A-Z])")


# a table's cells written apart by slashes ("ATTENDING: / Cllr. Dan Elliott", "K. Guest / Emma Money (Clerk)"): a slash
# at the start, or between a name's end and the next name's title, initial or given name (not "Clerk / RFO")
_CELL_SLASH = re.compile(r"^[ \t]*/[ \t]+|(?<=[a-z.)])[ \t]+/[ \t]+(?=(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.?[ \t]|[A-Z]\.?[ \t]|[A-Z][a-z]+[ \t]+[A-Z])")


# a label of another list (or a note) later on the same line: "Mrs Scriven Members of public: 3", "Post-meeting note:"
_OTHER_LIST = re.compile(r"(?<=\S)[ \t]+(?=(?:Members of (?:the )?[Pp]ublic|MEMBERS OF (?:THE )?PUBLIC|Public|Press|Post-meeting note|Note|NB)[ \t]*[:(–-])")


_INITIAL = re.compile(r"^[A-Z]\.?$")


def _initial_runs(piece: str) -> list[str]:
    """ "A Blackley A Evans B D Davies": names of initials and a surname run together with nothing between them are
    as many names. A new name starts at an initial after a surname, when the name before also began with an initial
    (so "John A Smith", a middle initial, stays one name)."""
    words = piece.split(" ")
    out: list[list[str]] = [[]]
    for word in words:
        current = out[-1]
        named = [w for w in current if w[:1].isupper() and w.rstrip(".,:-").lower() not in _TITLE_WORDS]
        if (_INITIAL.match(word) and named and _INITIAL.match(named[0]) and len(named[-1].rstrip(",")) > 2
                and not _INITIAL.match(named[-1]) and named[-1][-1:].isalpha()):
            out.append([word])
        else:
            current.append(word)
    return [" ".join(w) for w in out if w]


_TITLE_WORDS = {"councillor", "councillors", "cllr", "cllrs", "mr", "mrs", "ms", "miss", "dr", "county", "district", "borough", "city", "chairman", "chair"}


_TITLE_QUALIFIERS = {"County", "District", "Borough", "City", "Unitary", "Ward"}


_COUNCILLOR_WORDS = {"councillor", "councillors", "cllr", "cllrs", "clr", "clrs", "cclr", "cclrs"}


def _split_at_titles(piece: str) -> list[str]:
    """ "Cllr Sue Lintern (Chair) Cllr Kit Hesketh-Harvey (Vice-Chair) Cllr Trudy Mann": names run together, parted by their titles.

    A title starts a new name when a name word or a bracket came before it, not
    another title or a qualifier ("County Cllr", "Chairman Cllr").
    """
    honorifics = {h.lower().rstrip(".") for h in vocab.get("common").honorifics.common}
    words = piece.split(" ")
    out: list[list[str]] = [[]]
    depth = 0  # "Councillor Tim Glover (on a Councillor training course)": no name starts inside brackets
    for n, word in enumerate(words):
        bare = word.lower().rstrip(".")
        current = out[-1]
        last = n == len(words) - 1  # "Maureen Ross (MR) Highland Councillor": a title with no name after it is her capacity
        # "Mr M Storey – County Councillor": his title, not a name; "Borough/County Councillor Sandra Squire": hers
        qualified = bool(current) and all(q in _TITLE_QUALIFIERS for q in current[-1].split("/"))
        inside = depth > 0
        depth = max(0, depth + word.count("(") - word.count(")"))
        # "..., NIHE Mr Frank O’Connor, ...": an employer's letters before a personal title end the piece before (before a
        # councillor's title they are another council's: "RBWM Cllr Lee")
        lettered = (bool(current) and bare not in _COUNCILLOR_WORDS and re.fullmatch(r"[A-Z]{2,6}", current[-1]) is not None
                    and not vocab.get("attendance").roles.regex("officer").search(current[-1]))  # "Clerk and RFO Mrs D Price": her job
        if bare in honorifics and current and (_has_name_word(current, honorifics) or lettered) and not last and not qualified and not inside:
            out.append([word])
        else:
            current.append(word)
    return [" ".join(w) for w in out if w]


_FOUR_WORDS = re.compile(r"^(?P<first>(?:(?:Councillor|Cllr)\.?\s+)?(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?[A-Z][a-z]+\s+[A-Z][a-z’'-]+)\s+(?P<second>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+[A-Z][a-z’'-]+(?:\s*\(.*\))?)$")


# "Paul Johnston Jim Gifford": two given names and surnames, no title, no initials, no brackets
_TWO_PAIRS = re.compile(r"^[A-Z][a-z]{2,}\s+[A-Z][a-z’'-]{2,}\s+[A-Z][a-z]{2,}\s+[A-Z][a-z’'-]{2,}$")


def _split_at_jobs(piece: str) -> list[str]:
    """ "Town Clerk M. MacDonald Project Officer Maria Rocke Translator L.Kirkham-Jones": officers run on with no comma,
    each name opened by its job; the piece parts before each job (roles.leading_job) that follows a surname."""
    job = vocab.get("attendance").roles.regex("leading_job")
    cuts: list[int] = []
    opening = job.match(piece)
    covered = opening.end() if opening else 0  # "Town Clerk": one job, not a cut before "Clerk" as well
    for m in re.finditer(r"(?<=[a-z]) (?=[A-Z])", piece):
        found = job.match(piece[m.start() + 1 :])
        if found and m.start() + 1 >= covered:
            cuts.append(m.start() + 1)
            covered = m.start() + 1 + found.end()
    if not cuts:
        return [piece]
    bounds = [0, *cuts, len(piece)]
    return [piece[a:b].strip() for a, b in zip(bounds, bounds[1:]) if piece[a:b].strip()]


_TWO_INITIALLED = re.compile(r"^(?P<first>(?:[A-Z]\.)+[A-Z][a-z’'-]+)\s+(?P<second>(?:[A-Z]\.)+[A-Z][a-z’'-]+)$")


def _two_names(piece: str) -> list[str]:
    """ "Cllr Janet Taylor Helen Richardson (Parish Clerk)": two first-name-and-surname pairs run together, in a
    list parted only by titles, are two people (the second without a title). Four whole words are too many for one
    name as lists write them, and so are five after a title ("Mrs Pat Jones John Hedley Jones": the second with a middle
    name); initials ("Cllr Mr A H Porter") never split."""
    pair = _TWO_INITIALLED.match(piece)
    if pair:  # "F.Davies J.Lane": initials glued to each surname, no comma between the two
        return [pair.group("first"), pair.group("second")]
    m = _FOUR_WORDS.match(piece)
    if not m or not parse_name(m.group("first")).honorific and not _TWO_PAIRS.match(piece):
        return [piece]
    first, second = parse_name(m.group("first")), parse_name(re.sub(r"\s*\(.*\)$", "", m.group("second")))
    if second.honorific or not (is_personal_name(first.full) and is_personal_name(second.full)):
        return [piece]  # "County Cllr Mrs Webb": titles, not two names
    return [m.group("first"), m.group("second")]


def _has_name_word(words: list[str], honorifics: set[str]) -> bool:
    if words[-1] in ("-", "–", "—"):
        return False  # "Chairman - Cllr. A. Fordham": a role, a dash, then its holder
    if words[-1].endswith(")") or (len(words) >= 2 and (words[-2] in ("-", "–", "—") or re.fullmatch(r"\([A-Z]{2,4}\)", words[-2]))):
        return True  # "Cllr P Hall - Chair Cllr J Stern", "Drew Russell (DR) Chair Cllr Ann Lee": a role after a dash or initials closes the name before it
    job = vocab.get("attendance").roles.regex("officer").search(" ".join(words))
    if job and job.start() == 0 and job.end() == len(" ".join(words)):
        return False  # "RFO Mrs C Hornsby": a job before the name, not a name
    last = words[-1].rstrip(",")
    qualifiers = vocab.get("attendance").roles.regex("guest_title")
    if last.lower().rstrip(".") in honorifics or qualifiers.match(last + " Cllr") or vocab.get("attendance").roles.regex("leading_role").match(last + " Cllr"):
        return False
    return any(w.lower().rstrip(".") not in honorifics and w[:1].isupper() for w in words)


def _find_in(body: str, word: str, cursor: int) -> int:
    i = body.find(word, cursor)
    return i if i >= 0 else cursor
