"""Item headings without numbers, for the general structure reader (:mod:`pipeline.outline.general`).

A document that numbers nothing heads its items with short lines: ending in a
colon ("Matters Arising:"), wholly emphasised (markdown ``**bold**``, a PDF
line in bold), or standing alone between blank lines in title case ("Litter
Pick"). A document that numbers its standing business may head the rest with
such bare titles between its numbered items (:func:`with_unnumbered_runs`).
What is not a heading: attendance labels in the head, lines that open a list
("... representatives for:"), vote lines ("Carried"), the clerk's signature,
bare lines one after another (a list inside an item).
"""

from __future__ import annotations

import re
from functools import lru_cache

from extractors import vocab
from extractors.numbering import Candidate, Label, names_standard_business
from extractors.text import ends_short, full_line_length
from schemas.outline import Line

UNNUMBERED_RUN = 3


def _names_business(c: Candidate, lines: list[Line]) -> bool:
    """A bare heading standing alone that names standard business ("Police Matters"), not an entry of a list
    ("County Council - Update on ...") nor a line that opens one ("The following payments were approved:")."""
    s = lines[c.index].stripped.strip("*_#: ")
    return bool(c.data.get("standalone")) and not re.search(r"\s[-–—]\s", s) and names_standard_business(s)


def with_unnumbered_runs(heads: list[Candidate], unnumbered: list[Candidate], lines: list[Line]) -> list[Candidate]:
    """The numbered headings plus runs of unnumbered ones between them: a clerk who numbers the standing
    business ("1. Minutes", "2. Matters Arising", "3. Planning") may head the rest of the evening's business
    with bare titles ("Buckenham Drive:", "Land Sub-Committee:", "Assets", ...). A run counts from
    ``UNNUMBERED_RUN`` headings between two numbered ones (one fewer after the last: "Next Meeting",
    "Personnel Matters"): one or two such lines are more likely labels inside an item."""
    if not heads or not unnumbered:
        return heads
    bounds = [c.index for c in heads] + [10**9]
    added: list[Candidate] = []
    for a, b in zip(bounds, bounds[1:]):
        # a numbering clerk's "Meeting Closed." is a line, not a title; a short line right over its paragraph heads a part
        run = [c for c in unnumbered if a < c.index < b and not c.data.get("stopped") and not c.data.get("over_paragraph")]
        if len(run) >= (UNNUMBERED_RUN if b < 10**9 else UNNUMBERED_RUN - 1):
            added += run
        else:  # one bare heading that names standard business: "2. Apologies ... / Police Matters / 3. Minutes"
            added += [c for c in run if _names_business(c, lines)]
    return sorted(heads + added, key=lambda c: c.index) if added else heads


def unnumbered_headings(lines: list[Line], emphasised: set[int], start: int) -> list[Candidate]:
    """Headings of a document that numbers nothing: short lines ending in a colon, or wholly emphasised.

    Attendance labels ("Those Attending:", "Apologies:") before the first
    heading belong to the head, and the head's own lines (the council, "Minutes
    of ... held on ...") are not business.
    """
    structure = vocab.get("structure")
    attendance = structure.unnumbered.regex("attendance_labels")
    not_headings = structure.unnumbered.regex("not_headings")
    head_words = structure.kinds.regex("minutes")
    previous = structure.unnumbered.regex("previous_minutes")  # "Minutes of last meeting": business, not the head
    header = structure.header
    heads: list[Candidate] = []
    # typography tells headings only where the body sets some line apart: a bold title in the head, or a bold
    # attendance label ("Those Attending:"), alone says nothing
    typed = any(i in emphasised and not attendance.search(line.stripped.strip("*_# ")) for i, line in enumerate(lines) if line.start >= start)
    full = full_line_length("\n".join(line.text for line in lines))
    skipped_head = -1  # the last line read as the head's, before any heading
    start_line = max((k for k, line in enumerate(lines) if line.start < start), default=-1)
    for i, line in enumerate(lines):
        if line.start < start:
            continue
        s = line.stripped
        lead = _bold_capitals_lead(line, i, emphasised) if heads and len(s.split()) > 14 else 0
        if lead:  # "SIGNING OF THE MINUTES - Clerks' notes from ... Cllr A proposed": set in bold, then the minutes run on
            heads.append(Candidate(i, _no_label(line), 1.0, {"unnumbered": True, "lead_in": lead}))
            continue
        if not s or len(re.sub(r"\*\*\s*\*\*", "", s).split()) > 14 or not (s.lstrip("*_#").strip()[:1].isupper()):
            continue
        whole = i in emphasised or markdown_whole(s)
        labelled = re.search(r"\S\s*:-?\s*(?:\*\*|__)?$", s) is not None
        standalone = not labelled and _standalone_title(lines, i, full)
        stopped = not labelled and not standalone and _title_with_full_stop(lines, i)
        standalone = standalone or stopped
        colon = labelled or standalone or _capitals_heading(lines, i)
        if typed and not whole:
            colon = False  # the reader knows the typography: a heading is set apart, not only followed by a colon
        run_in = 0 if typed or whole or colon else _run_in_business(lines, i)
        if run_in:
            heads.append(Candidate(i, _no_label(line), 1.0, {"unnumbered": True, "stopped": True, "lead_in": run_in}))
            continue
        if not (whole or colon) or not_headings.search(s.strip("*_# ")):
            if heads and heads[-1].index != _previous_filled(lines, i) and _describes_standard_business(s):
                heads.append(Candidate(i, _no_label(line), 1.0, {"describes": True}))
            continue
        if heads and i - 1 == heads[-1].index and i - 1 in emphasised and i in emphasised:
            continue  # a heading's wrapped second line
        if not heads and i - 1 in (skipped_head, start_line) and i - 1 in emphasised and i in emphasised and not re.search(r"[.:;!?]\W*$", lines[i - 1].stripped):
            skipped_head = i
            continue  # the head's title wrapped ("... at the 'The Kirk, Wester" / "Balblair' at 7.30pm"), set alike
        if _finishes_line_above(lines, i):
            continue  # "... HELD ON 17 SEPTEMBER 2019 AT 7.45PM IN" / "THE VILLAGE HUT.": the width cut a sentence
        if _value_of_label_above(lines, i, attendance, not_headings):
            continue  # "Place:" / "Council Chamber, Eastwick Hall", "Apologies:" / "Councillors A and B": a label's value
        in_head = attendance.search(s.strip("*_# ")) or (head_words.search(s) and len(s.split()) > 3 and not previous.search(s))
        if in_head and whole and typed and _apologies_heading(s):
            in_head = False  # "APOLOGIES FOR ABSENCE." set in bold like the headings after it: the first item, not a label
        if not heads and (in_head or header.regex("held_on").search(s) or header.regex("council_line").search(s)):
            skipped_head = i
            continue
        over = standalone and not whole and _only_over_its_paragraph(lines, i, full)
        heads.append(Candidate(i, _no_label(line), 1.0, {"unnumbered": True, "standalone": standalone and not whole, "stopped": stopped and not whole, "whole": whole, "over_paragraph": over}))
    return _without_listed_lines(lines, heads)


# "Apologies. None received.", "Matters arising.      There were no matters arising."
_APOLOGIES_HEADING = re.compile(r"(?i)^\W*apologies(?:\s+for\s+absence)?\W*$")


def _apologies_heading(s: str) -> bool:
    """A line that heads the apologies alone ("APOLOGIES FOR ABSENCE.", "**Apologies**"), no names after it."""
    return _APOLOGIES_HEADING.match(s.strip("*_# ").rstrip(":.")) is not None and not s.rstrip().endswith(":")


def _bold_capitals_lead(line: Line, i: int, emphasised: set[int]) -> int:
    """The length of the capitals a long line set in bold opens with, when they run on into its minutes after a dash,
    a full stop or a lower-case word (``_LEAD_IN``), or 0."""
    if i not in emphasised:
        return 0
    m = _LEAD_IN.match(line.text)
    return m.end("head") - m.start("head") if m and sum(ch.isalpha() for ch in m.group("head")) >= 6 else 0


def _value_of_label_above(lines: list[Line], i: int, attendance, not_headings) -> bool:
    """Is line ``i`` the value of a label alone on the line above it: a head's field ("Place:", "Venue:") or an
    attendance label ("Present:", "Apologies for absence:")? Then it lists a place or people, it heads nothing."""
    j = _previous_filled(lines, i)
    if j < 0:
        return False
    above = lines[j].stripped.strip("*_# ")
    if not above.endswith((":", ":-")):
        return False
    label = above.rstrip(":-").strip()
    return bool(attendance.search(label) and len(label.split()) <= 4) or bool(not_headings.search(label) and re.search(r"(?i)^(?:place|venue|location)", label))


_RUN_IN_STOP = re.compile(r"^[ \t]*(?P<head>[A-Z][\w\x27’&-]*(?:[ \t][\w\x27’&-]+){0,3})\.(?=[ \t]{2,}\S|[ \t]+[A-Z][a-z])")


def _run_in_business(lines: list[Line], i: int) -> int:
    """The length of a standard business title a paragraph opens with and ends with a full stop, the minutes
    running on after it ("Apologies. None received."; "Matters arising.     There were none."), or 0. Only
    standard business (:func:`names_standard_business`) counts: "Chairman.    A Smith, proposed by ..." is a
    label inside an item."""
    if i > 0 and lines[i - 1].stripped:
        return 0  # a paragraph's first line only
    m = _RUN_IN_STOP.match(lines[i].text)
    if m is None or not names_standard_business(m.group("head")):
        return 0
    return m.end("head") - m.start("head")


_SENTENCE_VERBS = re.compile(r"(?i)\b(?:was|were|is|are|be|been|has|have|had|will|would|did|does)\b")


def _title_with_full_stop(lines: list[Line], i: int) -> bool:
    """A title its clerk ended with a full stop, alone between blank lines ("Election of Officers.", "Date of next
    meeting."): a heading in minutes that number nothing, when it is the only full stop of the line, the line has
    two words of business at least (not "Noted." or "Agreed."), no gap set between a label and its value ("Asset
    Register.      No change") and reads as a title (title case, or a few words naming standard business)."""
    s = lines[i].stripped
    if not s.endswith(".") or s.endswith("..") or re.search(r"\.(?! \d)", s[:-1]) or re.search(r"\s{3,}|[£$€:;,]", s):
        return False  # a stray stop before a year ("Minutes of 11th April. 2014.") is the clerk's, not a sentence's
    if (i > 0 and lines[i - 1].stripped) or (i + 1 < len(lines) and lines[i + 1].stripped):
        return False  # a sentence of a paragraph, not a line standing alone
    words = s[:-1].split()
    content = [w for w in words if w.lower() not in _SMALL_WORDS]
    if len(content) < 2 or len(words) > 8 or words[0].rstrip(".") in _honorifics():
        return False
    if _SENTENCE_VERBS.search(s) or re.search(r"\b[a-z]\w+ed\.$", s):
        return False  # "The minutes were approved.", "Accounts adopted.": a sentence, however short
    if re.search(r"\d", s):
        return names_standard_business(s[:-1])  # "Minutes of Meeting on 11th April 2014.", not "Paid 2 invoices."
    titled = sum(w[:1].isupper() for w in content) >= 0.8 * len(content)
    return titled or (len(words) <= 4 and names_standard_business(s[:-1]))


def _without_listed_lines(lines: list[Line], heads: list[Candidate]) -> list[Candidate]:
    """Bare title-case lines one after another, nothing between them, are a list inside an item (the
    letters under "Correspondence:": "Norfolk Police - Home Watch Meeting invitation"), not headings."""
    standalone = {c.index for c in heads if c.data.get("standalone")}
    listed = set()
    for c in heads:
        if c.index in standalone:
            following = _next_filled(lines, c.index)
            if following in standalone:
                listed |= {c.index, following}
    return [c for c in heads if c.index not in listed]


def _next_filled(lines: list[Line], i: int) -> int:
    """The index of the next non-blank line after line ``i`` (len(lines) if none)."""
    j = i + 1
    while j < len(lines) and not lines[j].stripped:
        j += 1
    return j


_SMALL_WORDS = {"a", "an", "and", "the", "of", "for", "to", "in", "on", "at", "by", "with", "from", "or", "&", "-", "–"}


@lru_cache(maxsize=1)
def _honorifics() -> frozenset[str]:
    return frozenset(h.rstrip(".") for h in vocab.get("common").all_honorifics())


# a statement, not a heading, however short: "No declarations of interest given", "The accounts were approved"
_SENTENCE_OPENING = re.compile(r"(?:No|None|Nil|There|It|The|This|These|All|Cllr|Councillor)\b")


def _only_over_its_paragraph(lines: list[Line], i: int, full: int | None) -> bool:
    """Is line ``i`` a heading only as a short line after a blank one, right over its paragraph ("Street Lighting" /
    "Devon Highways met ...")? In minutes that number their items such a line heads a part of an item."""
    if full is None or i == 0 or i + 1 >= len(lines) or lines[i - 1].stripped or not lines[i + 1].stripped:
        return False
    return not _apart_by_shape(lines, i, full, blank_above=False)


def _standalone_title(lines: list[Line], i: int, full: int | None = None) -> bool:
    """A short line in title case standing alone between blank lines ("The Cemetery - Quotes for Extension to Roadway;"),
    or, in wrapped text without blank lines (a PDF's), between a paragraph its writer ended and the next one."""
    s = lines[i].stripped.rstrip(";:")
    words = s.split()
    plain = re.sub(r"\([^()]*\)", "", s)  # "Personnel Matters (Presence of Public and Press - Standing Order 41)"
    plain = re.sub(r"(?<=[A-Za-z] )(?:19|20)\d\d$", "", plain)  # "Minutes of August 2020": a year ending a title
    if not words or len(plain.split()) > 10 or s.endswith((".", ",")) or ":" in s or re.search(r"[\d£$€]", plain) or s.isupper():
        return False  # a payment line, a "Label: value" line, a notice in capitals ("(Standing Order 41)" may have a number)
    if words[0].rstrip(".") in _honorifics():
        return False  # a name in a list of those present, one a line
    # (not a table's row: "Financial Regulations                No change")
    business = (
        words[0][:1].isupper() and len(words) <= 6 and names_standard_business(s)
        and not re.search(r"\S[ \t]{3,}\S", s) and not _SENTENCE_OPENING.match(s)
    )  # fmt: skip
    neighbours = (i > 0 and lines[i - 1].stripped) or (i + 1 < len(lines) and lines[i + 1].stripped)
    # text one paragraph a line (no measure to wrap at): a line of standard business alone is a heading ("Minutes" /
    # "The minutes of the meeting held on ... were agreed"), whatever stands next to it
    if neighbours and not _apart_by_shape(lines, i, full) and not (business and full is None):
        return False
    content = [w for w in words if w.lower() not in _SMALL_WORDS]
    if content and business:
        return True  # in sentence case, standard business: "Minutes of last meeting", "Matters arising"
    return bool(content) and sum(w[:1].isupper() or w[:1].isdigit() for w in content) >= 0.8 * len(content)


def _apart_by_shape(lines: list[Line], i: int, full: int | None, blank_above: bool = True) -> bool:
    """In wrapped text, is line ``i`` a paragraph of its own? The line before it ends a sentence or was ended
    short by its writer (or is blank: "Chair's Welcome" / "The Chair welcomed all ..."), and it is short of the
    measure itself, the next line opening a sentence."""
    if full is None or i == 0 or i + 1 >= len(lines):
        return False
    before, line, after = lines[i - 1].stripped, lines[i].stripped, lines[i + 1].stripped
    if not after or not after[:1].isupper() or re.fullmatch(r"[\w/.()-]{1,12}", before) and re.search(r"\d", before):
        return False  # the line after a number alone on its line ("3.") is that item's title
    ended = (blank_above and not before) or before.endswith((".", ":", "?", "!", ":-")) or ends_short(before, line, full)
    return ended and len(line) < full * 0.6 and ends_short(line, after, full)


CAPITALS_WORDS = 8


def _capitals_heading(lines: list[Line], i: int) -> bool:
    """A short line in capitals over text that is not ("APOLOGIES" / "None received."): a heading. A run of
    capitals lines is a notice ("THE PUBLIC ARE WELCOME TO ATTEND ..."). A heading starts a block: the line
    right above it (none blank between) ended its sentence; else the capitals line goes on a block ("R Lewis" /
    "NO OBJECTIONS" under a planning application)."""
    s = lines[i].stripped.strip("*_# ").rstrip(":")
    words = s.split()
    if not words or len(words) > CAPITALS_WORDS or not s.isupper() or s.endswith((".", ",", ";")) or re.search(r"[£$€]|\d{3}", s):
        return False
    if not any(len(w) >= 3 and w.isalpha() for w in words):
        return False  # a postcode or a reference ("SA19 7TE", "E/40480"), not a word of business
    following = _next_filled(lines, i)
    previous = _previous_filled(lines, i)
    if previous == i - 1 and previous >= 0 and not re.search(r"[.:;!?)]\W*$", lines[previous].stripped):
        return False  # the next line of a block still running (an address, a planning application's lines), not a new heading
    return following < len(lines) and not lines[following].stripped.isupper() and (previous < 0 or not lines[previous].stripped.isupper())


def _no_label(line: Line) -> Label:
    indent = len(line.text) - len(line.text.lstrip())
    return Label(text="", start=indent, end=indent, schemes=())


def _finishes_line_above(lines: list[Line], i: int) -> bool:
    """Does line ``i`` finish a sentence the line just above it stops in the middle of (on "in", "at", "of the" ...)?
    One blank line between them too: a stored page that set every wrapped line apart ("... being proposed by" / "" /
    "R Sinclair and seconded by M Thomson.") - a sentence never ends on "by"."""
    j = i - 1
    if j >= 1 and not lines[j].stripped and lines[j - 1].stripped:
        j -= 1
    if j < 0 or not lines[j].stripped or len(lines[j].stripped.split()) < 4:
        return False
    return vocab.get("structure").titles.regex("dangling").search(lines[j].stripped) is not None


def _previous_filled(lines: list[Line], i: int) -> int:
    """The index of the last non-blank line before line ``i`` (-1 if none)."""
    j = i - 1
    while j >= 0 and not lines[j].stripped:
        j -= 1
    return j


def _describes_standard_business(s: str) -> bool:
    """An untitled item that only its description names: "To receive petitions (if any)." (``inferred_titles``)."""
    if not vocab.regex("layout", "descriptions.starts").match(s):
        return False
    return any(rule.compiled("pattern").search(s) for rule in vocab.get("layout").inferred_titles)


def markdown_whole(s: str) -> bool:
    """A markdown line in bold throughout, or a markdown heading: "**Annual reports**", "## Finance", and
    "**To agree the minutes held on 13****th** **March 2012.**" (the clerk's ordinal set apart)."""
    if re.fullmatch(r"#{1,4}\s+\S.*", s):
        return True
    m = re.fullmatch(r"(\*\*|__)(?P<inner>.+)\1[.:]?", s)
    return m is not None and "\n" not in s and re.search(r"[^*_\s]", re.sub(r"\*\*\s*\*\*|\*{4}|__\s*__", "", m.group("inner"))) is not None and \
        re.search(r"(?<![*_])(?:\*\*|__)(?![*_])", re.sub(r"\*\*\*\*|\*\*\s+\*\*", "", m.group("inner"))) is None


_BULLET = re.compile(r"^(?P<indent>[ \t]*)(?P<bullet>\\?[-•·*–▪◦])[ \t]+(?=\S)")
BULLET_ITEMS = 3


def bullet_headings(lines: list[Line], start: int) -> list[Candidate]:
    """An agenda's business as a bulleted list after its "AGENDA" line (a web page's list, flattened):
    the lines of the first bullet seen, at its indent; other bullets, or deeper ones, are sub-items."""
    agenda = vocab.get("structure").kinds.regex("agenda")
    first = next((i for i, l in enumerate(lines) if l.start >= start and agenda.match(l.text) and len(l.stripped.split()) <= 3), None)
    if first is None:
        return []
    kind = None
    heads: list[Candidate] = []
    for i in range(first + 1, len(lines)):
        m = _BULLET.match(lines[i].text)
        if m is None:
            continue
        form = (m.group("bullet"), len(m.group("indent")))
        kind = kind or form
        if form == kind:
            heads.append(Candidate(i, Label(text="", start=m.start("bullet"), end=m.end(), schemes=()), 1.0, {"bulleted": True}))
    return heads if len(heads) >= BULLET_ITEMS else []


# "APOLOGIES were received ...", "THE MINUTES of the last meeting ...", "FINANCE. A cheque ..."
# "SIGNING OF THE MINUTES - Clerks' notes from ...": a dash after the capitals, as after a full stop
_LEAD_IN = re.compile(r"^[ \t]*(?P<head>[A-Z][A-Z\x27’&/-]*(?:[ \t]+[A-Z][A-Z\x27’&/-]*)*)(?=\.?[ \t]+[a-z(]|\.[ \t]+[A-Z]|[ \t]+[-–—][ \t]+\S)")
LEAD_INS = 3


def capitals_lead_ins(lines: list[Line], start: int) -> list[Candidate]:
    """Minutes whose paragraphs open with their subject in capitals and run straight on ("PLANNING. No applications
    had been received ..."): each such paragraph is an item, its capitals the title; at least ``LEAD_INS``."""
    structure = vocab.get("structure")
    not_headings = structure.unnumbered.regex("not_headings")
    heads = []
    for i, line in enumerate(lines):
        if line.start < start or (i > 0 and lines[i - 1].stripped):
            continue  # a paragraph's first line only
        if not heads and (structure.kinds.regex("minutes").search(line.text) or structure.header.regex("council_line").search(line.text)):
            continue  # "MINUTES of the meeting of ASHBY PARISH COUNCIL held on ...": the head
        m = _LEAD_IN.match(line.text)
        if m and not_headings.search(m.group("head")):
            continue  # "RESOLVED to note the report.", "AGREED that ...": a decision, not a subject (``not_headings``)
        if m and sum(ch.isalpha() for ch in m.group("head")) >= 4:
            heads.append(Candidate(i, Label(text="", start=m.start("head"), end=m.start("head"), schemes=()), 1.0, {"lead_in": m.end("head") - m.start("head")}))
    return heads if len(heads) >= LEAD_INS else []


# "Police Report: A police report was received ...", "Other Agenda items:" (a label alone on its line)
_LABELLED = re.compile(r"^[ \t]*(?P<head>[A-Z][^:\n]{2,80}?)[ \t]*:(?=[ \t]+\S|[ \t]*$)")
LABEL_WORDS = 9
_ATTENDANCE_WORD = re.compile(r"(?i)\b(?:present|apologies|attending|attendance|absent)\b")


def labelled_lead_ins(lines: list[Line], start: int, minimum: int = LEAD_INS) -> list[Candidate]:
    """Minutes whose paragraphs open with their subject and a colon, and run straight on ("Police Report: A police
    report was received ..."), as a Scottish community council writes them: each is an item, the words before the
    colon its title; at least ``LEAD_INS``. A label alone on its line ("Other Agenda items:") followed by such
    paragraphs heads them: they are its parts, up to the next label alone. Attendance labels ("Present:",
    "Apologies:") and the labels after them that still list people ("Police: None") up to the first label over
    a sentence, vote and decision labels ("Proposed:", "Resolved:") and labels with figures ("Income: £20")
    are not business."""
    unnumbered = vocab.get("structure").unnumbered
    attendance, not_headings = unnumbered.regex("attendance_labels"), unnumbered.regex("not_headings")
    heads: list[Candidate] = []
    inside_list = False  # after a label alone on its line: its parts follow
    in_attendance = False  # in the labelled lines that say who was there
    full = full_line_length("\n".join(line.text for line in lines))
    for i, line in enumerate(lines):
        if line.start < start:
            continue
        if full is not None and i > 0 and lines[i - 1].stripped and not re.search(r"[.!?:)]\W*$", lines[i - 1].stripped):
            if not ends_short(lines[i - 1].text, line.text, full):
                continue  # wrapped text: a paragraph's first line only (after a line that ended its sentence or had room left)
        m = _LABELLED.match(line.text)
        if m is None:
            continue
        head = m.group("head").strip()
        body = line.text[m.end() :].strip()
        if attendance.search(head) or _ATTENDANCE_WORD.search(head):
            in_attendance = True  # "Present:", "CC Members Present:", "Apologies:" open the attendance block
            continue
        if in_attendance and not re.search(r"[.!?]\W*$", body) and not _opens_business(head):
            continue  # "Members of Public: ...", "Councillors: Cllr A", "Police: None" go on listing who was there
        in_attendance = False  # the first label over prose ("Minute of last meeting: Approved.") starts the business
        if len(head.split()) > LABEL_WORDS or re.search(r"[\d£$€]", head) or not_headings.search(head) or not_headings.search(head + ":"):
            continue
        alone = not body
        if inside_list and not alone:
            continue  # a part of the item a label alone headed
        inside_list = alone and not _bullet_follows(lines, i)  # "Matters arising:" over "• ...": its parts are the bullets
        heads.append(Candidate(i, Label(text="", start=m.start("head"), end=m.start("head"), schemes=()), 1.0, {"lead_in": m.end("head") - m.start("head")}))
    return heads if len(heads) >= minimum else []


def _opens_business(head: str) -> bool:
    """Does a label name the business that follows who was there ("Minutes of Previous Meeting", "Matters Arising",
    "Declarations of Interest")? Then the attendance block has ended, whatever follows the label."""
    sections = vocab.get("structure").sections
    return any(sections.regex(name).search(head) for name in ("minutes", "declarations"))


def standard_lead_ins(lines: list[Line], start: int) -> list[Candidate]:
    """Two labelled lead-ins are the business where both name standard business ("Minutes of Previous Meeting:
    Adopted ...", "Matters Arising:" over its parts): an excerpt's or a short meeting's items, clear as headings."""
    heads = labelled_lead_ins(lines, start, minimum=2)
    if len(heads) != 2:
        return []
    return heads if all(names_standard_business(lines[c.index].text[c.label.start : c.label.start + c.data["lead_in"]]) for c in heads) else []


def _bullet_follows(lines: list[Line], i: int) -> bool:
    """Is the next filled line after line ``i`` a bulleted entry?"""
    j = _next_filled(lines, i)
    return j < len(lines) and _BULLET.match(lines[j].text) is not None


def bulleted_minutes(lines: list[Line], start: int) -> list[Candidate]:
    """Minutes whose business is a bulleted list at the margin ("- Approval of minutes of AGM", "- Financial
    Statement"), each bullet over its minutes: the bullets, at least ``BULLET_ITEMS``. A bullet under a line that
    opens a list ("Additional roles agreed:"), and the bullets right after it, are that list's entries."""
    heads: list[Candidate] = []
    listing = False  # in the bullets of a list a line ending in a colon opened
    for i, line in enumerate(lines):
        if line.start < start or not line.stripped:
            continue
        m = _BULLET.match(line.text)
        if m is None:
            listing = line.stripped.endswith(":")
            continue
        if listing or m.group("indent") or len(line.stripped.split()) > 12 or not line.stripped[m.end() - len(m.group("indent")):][:1].isupper():
            continue
        heads.append(Candidate(i, Label(text="", start=m.start("bullet"), end=m.end(), schemes=()), 1.0, {"bulleted": True}))
    return heads if len(heads) >= BULLET_ITEMS else []


OPENING_WORDS = 25  # "Open session for members of the public to raise any matters of relevance to the Community 7.00 - 7.15"
OPENING_ITEMS = 2
# "FISHGUARD BAY WELCOME: Alex Harding ... updated the Council": a subject in capitals, a colon, the paragraph run on
_CAPITALS_COLON = re.compile(r"^[ \t>*_#]*(?P<head>[A-Z][A-Z\x27’&/-]+(?:[ \t]+(?:[A-Z][A-Z\x27’&/-]*|&|of|and|the))*)[ \t]*:[ \t]+(?P<rest>\S.*)$")


def opening_items(lines: list[Line], start: int, first: int) -> list[Candidate]:
    """Business taken before the first numbered item, printed without a number: the public's open session, a
    welcome, a presentation ("Open session for members of the public ... 7.00 - 7.15" / its paragraph / "1.
    Apologies"; "FISHGUARD BAY WELCOME: Alex Harding ... updated the Council." / "60/17 APOLOGIES: ..."). Between
    the head's end (``start``) and the first numbered heading (line ``first``) it is a paragraph's own line naming
    the public's part (``[sections] public``), or a paragraph opened by a subject in capitals and a colon
    that is no attendance label ("PRESENT:", "IN ATTENDANCE:") nor the head's ("MINUTES:"). At most
    ``OPENING_ITEMS``: more such lines are a head this reader does not know."""
    structure = vocab.get("structure")
    labels = structure.unnumbered.regex("attendance_labels")
    not_headings = structure.unnumbered.regex("not_headings")
    found = []
    for i in range(first):
        line = lines[i]
        if line.start < start or not line.stripped or (i > 0 and lines[i - 1].stripped):
            continue  # a paragraph's first line only
        s = line.stripped
        m = _CAPITALS_COLON.match(line.text)
        if m:
            head = m.group("head")
            if _only_a_label(labels, head) or not_headings.search(head) or _ATTENDANCE_WORD.search(head) or structure.kinds.regex("minutes_word").search(head):
                continue
            if (len(head.split()) >= 2 or names_standard_business(head)) and len(m.group("rest").split()) >= 4:
                found.append(Candidate(i, Label(text="", start=m.start("head"), end=m.start("head"), schemes=()), 1.0, {"lead_in": len(head), "unnumbered": True}))
            continue
        alone = i + 1 >= len(lines) or not lines[i + 1].stripped
        words = s.split()
        if (
            alone and words[0][:1].isupper() and len(words) <= OPENING_WORDS and not s.endswith((".", ",", ":"))
            and _opening_business(s) and not _only_a_label(labels, s) and not _ATTENDANCE_WORD.search(s.split(":")[0])
        ):  # fmt: skip
            found.append(Candidate(i, _no_label(line), 1.0, {"unnumbered": True, "standalone": True}))
    return found if len(found) <= OPENING_ITEMS else []


def _opening_business(s: str) -> bool:
    """Does the line name the public's part a meeting takes before its numbered items (``[sections] public``)? A
    bare "Welcome" over the chair's greeting is a formality of the opening, not business."""
    return vocab.get("structure").sections.regex("public").search(" ".join(s.split()[:10])) is not None


def _only_a_label(labels, s: str) -> bool:
    """Is the line an attendance label and nothing more ("Members of the public", "Public:"), not business that
    starts with its word ("Public Forum")?"""
    m = labels.search(s)
    return m is not None and not s[m.end() :].strip(" :")
