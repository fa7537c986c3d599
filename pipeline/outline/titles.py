"""Where an item heading's title ends, for the general structure reader (:mod:`pipeline.outline.general`).

A title runs from its label to a colon that starts the minutes, the end of a
sentence, a sentence that starts the minutes (``titles.breaks``), the end of a
heading in capitals that runs on into a sentence, or the end of its line; a
heading set in bold throughout is its whole line and may wrap onto the next.
"""

from __future__ import annotations

import re

from extractors import vocab
from extractors.numbering import heading_score, names_standard_business, read_label
from extractors.text import ends_short, full_line_length
from schemas.outline import Line, trimmed
from schemas.provenance import Span

def title_extent(text: str, lines: list[Line], i: int, start: int, end: int, emphasised: set[int], wholly: set[int]) -> tuple[Span | None, int]:
    """The title's span and where the item's own text begins.

    "Police Report: Attached." → the title is before the colon; "Openness
    and Transparency Notice The Chair read the notice." → before the sentence
    (``titles.breaks``); a bare label → the next line; a long line that is
    one sentence → up to its first full stop.
    """
    line = lines[i]
    rest_start = start
    while rest_start < line.end and text[rest_start] in " \t*_|":  # "1. | Election of Chairman": a table's cell rule
        rest_start += 1
    if rest_start >= line.end:  # "123." alone: the title is the next non-blank line
        above = _heading_above(lines, i, end)
        if above is not None:
            return above, line.end
        for j in range(i + 1, min(i + 3, len(lines))):
            if lines[j].stripped and lines[j].start < end:
                span = lines[j].span
                return span, lines[j].end
        return None, line.end
    slashed = re.match(r"/[ \t]+", text[rest_start : line.end])  # "13.17/18 / Apologies / Apologies were received": a table's cells
    if slashed:
        rest_start += slashed.end()
    stop = min(line.end, end)  # an item run into the same line after it ("C30/16 Apologies ... C31/16 ...") ends this one
    rest = text[rest_start:stop]
    strong = i in wholly  # set in bold throughout: the whole line is the title, colons and all
    cut = len(rest.rstrip().rstrip(":").rstrip()) if strong else title_cut(rest)
    cell_end = re.search(r"[ \t]+/(?:[ \t]|$)", rest) if slashed else None
    if cell_end and cell_end.start() < cut:
        cut = cell_end.start()
    cell = re.search(r"\s*\|", rest[:cut]) if strong else None  # "1. Attendance |": a web table's cell rule, in bold too
    if cell and rest[: cell.start()].strip():
        cut = cell.start()
    if strong and re.search(r"[-–—]\s*$", rest) and ":" in rest:
        cut = rest.index(":")  # "Reports from outside bodies: Lower Wye Valley Trust –": a lead-in to the next line, in bold too
    cut = _before_sub_item(text[line.start : start], rest, cut)
    title = trimmed(text, rest_start, rest_start + cut)
    body = rest_start + cut
    while body < stop and text[body] in (" \t:-–—*_/" if slashed else " \t:-–—*_"):
        body += 1
    if title is not None and body >= stop:
        body = stop
        # a heading set in bold that wraps: its next lines are set alike
        j = i + 1
        while strong and j < len(lines) and j in emphasised and _continues_title(lines[j]) and lines[j].start < end and j - i <= 2:
            if j not in wholly:  # "dispensations: Cllr Hingston declared ...": bold to its colon, then the minutes
                nxt = lines[j]
                cut = title_cut(text[nxt.span.start : nxt.end])
                title = Span(start=title.start, end=nxt.span.start + cut)
                body = nxt.span.start + cut
                j += 1
                break
            title = Span(start=title.start, end=lines[j].span.end)
            body = lines[j].end
            j += 1
        if j == i + 1 and _wraps_in_capitals(text, lines, i, title, end):
            # "7. TO RECEIVE THE MINUTES OF THE ENVIRONMENT / COMMITTEE HELD ON 6TH SEPTEMBER 2023": the line was full
            title = Span(start=title.start, end=lines[j].span.end)
            body = lines[j].end
            j += 1
        if j == i + 1 and i not in emphasised and _fills_its_line(text, lines, i, end) and not _dangles(text[title.start : title.end]):
            # a long title in wrapped text, set like the body: the width, not the writer, ended its line
            while True:
                nxt = lines[j]
                cut = title_cut(text[nxt.span.start : nxt.end])
                title = Span(start=title.start, end=nxt.span.start + cut)
                body = nxt.span.start + cut
                j += 1
                if nxt.span.start + cut < nxt.span.end or j - i > 3 or not _fills_its_line(text, lines, j - 1, end):  # the title ended on this line
                    break
        if j == i + 1 and j < len(lines) and lines[j].start < end and _wrapped_on(lines[j]):
            # the next line opens on a joining word in lower case: "Vote of Thanks" / "to Retiring Vice-Chair"
            nxt = lines[j]
            cut = title_cut(text[nxt.span.start : nxt.end])
            title = Span(start=title.start, end=nxt.span.start + cut)
            body = nxt.span.start + cut
            j += 1
        if j == i + 1 and _dangles(text[title.start : title.end]) and j < len(lines) and lines[j].stripped and _carries_on(lines[j]) and lines[j].start < end:
            # a title the page's width cut on a word that cannot end it: "... the meeting held on / Tuesday 4th April, 2023"
            nxt = lines[j]
            cut = title_cut(text[nxt.span.start : nxt.end])
            title = Span(start=title.start, end=nxt.span.start + cut)
            body = nxt.span.start + cut
    return title, body


_DECISION_WORD = re.compile(r"^\W*(?i:RESOLVED|AGREED|CARRIED|NOTED|DECIDED|DECISION|RECOMMENDED|LOST)\W*$")


def _heading_above(lines: list[Line], i: int, end: int) -> Span | None:
    """The heading printed ABOVE a number alone on its line, with the minutes below it ("DECLARATIONS OF INTEREST" /
    "PLA147/14" / "Councillor A declared ..."): lines in capitals just before the number (up to four), when the
    line after it is a sentence of minutes, not a title of its own."""
    nxt = next((l for l in lines[i + 1 : i + 3] if l.stripped), None)
    if nxt is None or nxt.start >= end or nxt.stripped.isupper() or not _reads_as_sentence(nxt.stripped):
        return None
    if not (nxt.stripped.endswith(".") or len(nxt.stripped.split()) >= 8):
        return None
    first = i
    while first - 1 >= 0 and i - first < 4:
        s = lines[first - 1].stripped
        label = read_label(lines[first - 1].text)
        if not s or not s.isupper() or not re.search(r"[A-Z]{3}", s) or _DECISION_WORD.match(s):
            break
        if label is not None and heading_score(lines[first - 1].text[label.end :]) > -3:
            break  # a heading of its own, not a title's date ("2 FEBRUARY 2015")
        first -= 1
    if first == i:
        return None
    return Span(start=lines[first].span.start, end=lines[i - 1].span.end)


def _before_sub_item(label: str, rest: str, cut: int) -> int:
    """A title cut before the item's first sub-item run onto its line: "11. Correspondence 11.1 Letter from ..."."""
    number = re.match(r"\s*(\d{1,4})\b", label)
    if number is None:
        return cut
    sub = re.search(rf"\s{number.group(1)}(?:\.\d{{1,2}}|\.?[a-z])\b", rest[:cut])  # "6.1 Payments", "6.a Financial Report", "6b"
    return sub.start() if sub and rest[: sub.start()].strip() else cut


def _wraps_in_capitals(text: str, lines: list[Line], i: int, title: Span, end: int) -> bool:
    """Does a heading in capitals go on to the next line? When that line is in capitals too and the heading's
    line was full to the measure of wrapped (PDF) text: the width, not the writer, ended it."""
    j = i + 1
    if j >= len(lines) or lines[j].start >= end or not lines[j].stripped:
        return False
    head, nxt = text[title.start : title.end], lines[j].stripped
    if len(head.split()) < 3 or not head.isupper() or not nxt.isupper() or not re.search(r"[A-Z]{2}", nxt) or not _continues_title(lines[j]):
        return False
    full = full_line_length(text)
    return full is not None and not ends_short(lines[i].stripped, nxt, full)


def _fills_its_line(text: str, lines: list[Line], i: int, end: int) -> bool:
    """Did a heading's line run to the measure of wrapped text, with its sentence going on to the next line?"""
    j = i + 1
    if j >= len(lines) or lines[j].start >= end or not lines[j].stripped or not _continues_title(lines[j]):
        return False
    line = lines[i].stripped
    if line.endswith((".", ":", ";", "?", "!", ":-", ":–")) or _reads_as_sentence(lines[j].stripped) and lines[j].stripped[:1].isupper():
        return False  # the heading ended, or the next line starts the minutes ("The Clerk reported that ...")
    full = full_line_length(text)
    return full is not None and not ends_short(line, lines[j].stripped, full)


def _carries_on(line: Line) -> bool:
    """Can this line finish a title cut short? As a wrapped heading's line, or a date ("21 OCTOBER 2022")."""
    label = read_label(line.text)
    return _continues_title(line) or (label is not None and heading_score(line.text[label.end :]) <= -3)


def _dangles(title: str) -> bool:
    """Does a title stop on a word that cannot end it ("... held on", "... Minutes of the", "ADOPTION OF" in capitals)?"""
    return (len(title.split()) >= 3 or (len(title.split()) == 2 and title.isupper())) and vocab.get("structure").titles.regex("dangling").search(title.rstrip()) is not None


def _wrapped_on(line: Line) -> bool:
    """Does this line carry on the title above it? It opens on a joining word in lower case and then a word in
    capitals ("to Retiring Vice-Chair", "from Councillors/items for ..."): no title or sentence opens so."""
    return bool(line.stripped) and _continues_title(line) and vocab.get("structure").titles.regex("wrapped_on").search(line.stripped) is not None


def _continues_title(line: Line) -> bool:
    """Can this line be a wrapped heading's next line? Not a label ("Minutes:"), a number or a decision."""
    s = line.stripped
    if not s or s.endswith(":") or read_label(line.text) is not None or re.match(r"\d{1,3}(?:\.[ \t]?\d|\.?[a-z]\b)", s):  # "6.1", "6.a", "6b": a part
        return False
    return not vocab.get("structure").unnumbered.regex("not_headings").search(s)


# A heading in capitals that runs on into a sentence: "PUBLIC QUESTIONS Two residents asked about ..."
_CAPITALS_THEN_SENTENCE = re.compile(r"(?P<head>[^a-z\s]*[A-Z]{2}[^a-z\s]*(?:\s+[^a-z\s]+)*?)\s+(?=[A-Z][a-z]+\s+\S+\s+\S)")

# ... or straight on in lower case: "APOLOGIES were received from ..."
_CAPITALS_THEN_LOWER = re.compile(r"(?P<head>[A-Z][A-Z\x27’&/-]+(?:[ \t]+[A-Z][A-Z\x27’&/-]*)*)\.?[ \t]+(?=[a-z]{2,}\b)")

# ... or, after a dash, into its text: "DECLARATIONS - None were made."
_CAPITALS_THEN_DASH = re.compile(r"(?P<head>[^a-z\s][^a-z]*?[A-Z]{2}[^a-z]*?)\s*[-–—]\s+(?=\S)")

# ... or into its decision, the word in capitals too: "APOLOGIES RESOLVED to note ...", "ELECTION OF MAYOR AGREED that ..."
_DECISION_AFTER_CAPITALS = re.compile(
    r"(?P<head>[A-Z][A-Z\x27’&/-]+(?:[ \t]+(?!(?:RESOLVED|AGREED|DECIDED|NOTED|RECOMMENDED)\b)[A-Z0-9][A-Z0-9\x27’&/-]*)*)[ \t]+(?:RESOLVED|AGREED|DECIDED|NOTED|RECOMMENDED)\b[:,]?[ \t]+(?=\S)"
)

# A range's dash is no title's end: "ELECTION OF MAYOR 2011 - 2012 It was proposed ...", "BUDGET 2024–25"
_RANGE_DASH = re.compile(r"(?<=\d)[ \t]*[-–—][ \t]*(?=\d)")

# A part or paragraph number in brackets after a title, then its text: "ADOPTION OF MINUTES (a) General Meeting of ...",
# "Apologies/Personal matters (3) Cllr ...", "Matters arising (ii) Footpaths ..."
_BRACKETED_PART = re.compile(r"(?<=\S)[ \t]+\((?:[a-z]|[ivx]{1,4}|\d{1,2})\)[ \t]+(?=[A-Z£\d])")

# ... or into a labelled list: "PRESENT Councillors: A Brown, C Dean"
_CAPITALS_THEN_LABEL = re.compile(r"(?P<head>[A-Z][A-Z/&'’-]+(?:\s+[A-Z][A-Z/&'’-]+)*)\s+(?=[A-Z][a-z]+(?:\s+[a-z]+)?:)")


def _opens_minutes(rest: str, at: int) -> bool:
    """Does a sentence that opens an item's minutes (``titles.breaks``: "The Mayor ...", "Cllr Brown reported ...")
    start at ``at``?"""
    return any(b.start() == at for b in vocab.get("structure").titles.regex("breaks").finditer(rest, at, min(len(rest), at + 200)))


def _reads_as_sentence(text: str) -> bool:
    """Words of a sentence, not of a title in title case: at least two of the first six start in lower case."""
    return sum(w[:1].islower() for w in text.split()[:6]) >= 2


_TITLE_WORDS = re.compile(r"(?:\s+(?:[A-Z0-9][\w’\x27/&-]*|of|and|the|for|in|on|to|a|an|&|-|–))+\s*")


_DAY = re.compile(r"^\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+,?\s+\d{4}\s*$|^\s*(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")


def _title_goes_on(after: str, sentence_ends: bool) -> bool:
    """Is the text after a title's colon more title ("Corporate Parenting: Activity and Performance Report",
    "To Approve: Payments and Accounts Reconciliation - May 2020 The payments were ...") rather than its
    minutes ("Police Report: Attached.", "Reports from outside bodies: Lower Wye Valley Trust –" leading
    into the next line, "...: Meeting of" running on)?"""
    titles = vocab.get("structure").titles
    breaks = titles.regex("breaks").finditer(after)
    first = breaks[0] if breaks else None
    brk = next((b for b in breaks if after[: b.start()].strip()), None)
    run = after[: brk.start()] if brk else after
    if _DAY.search(run):
        return True  # "Date of Next Meeting: Thursday 8th June 2024": the day is the item's title
    if first is not None and not after[: first.start()].strip() and first.group().strip() == "":
        return False  # "Police matters: PC Dougie Stapleton presented the report": the minutes start at the colon
    if not _TITLE_WORDS.fullmatch(run) or re.search(r"[-–—]\s*$", run) or titles.regex("dangling").search(run.rstrip()):
        return False
    return brk is not None or not sentence_ends


_DASH = re.compile(r"\s*[-–—]\s*(?=\S)")


def _before_dash_content(rest: str, cut: int) -> int:
    """Apologies or declarations, a dash, then who: "Apologies - Linda Gray", "Members Declaration of Interest – Julie
    Coxall, planning application ...". Other titles keep what follows a dash ("Finance – Authorisation of Payments",
    "Date of next meeting – Tuesday 15th December"): clerks title business so; but a sentence after the dash is
    the item's minutes (:func:`_minutes_after_dash`)."""
    m = _DASH.search(rest, 0, cut)
    if m is None or m.start() == 0 or not re.search(r"\s[-–—]|[-–—]\s", rest[m.start() : m.end() + 1]):
        return cut
    head = rest[: m.start()].strip()
    sections = vocab.get("structure").sections
    words = len(head.split())
    if words <= 12 and (sections.regex("apologies").search(head) or sections.regex("declarations").search(head)):
        return m.start()  # "To receive declarations of interest under the Localism Act 2011 – being any ...": up to twelve words
    if words <= 8 and _minutes_after_dash(rest[m.end() :]):
        return m.start()
    return cut


def _minutes_after_dash(after: str) -> bool:
    """Is what follows a title's dash the item's minutes, a sentence that tells ("Bank account – money cannot be
    withdrawn, no insurance ...", "... Office – Cllr C Wood was nominated by ..."), rather than more of its title
    ("Finance – Authorisation of Payments as presented by the clerk") or a day ("Date of next meeting – Tuesday 15th
    December")?"""
    brk = next((b for b in vocab.get("structure").titles.regex("breaks").finditer(after) if after[: b.start()].strip()), None)
    after = after[: brk.start()] if brk else after  # "– May 2020 The payments were approved": the minutes start at the break
    words = after.split()
    if len(words) < 5 or words[0].lower() in ("to", "of", "for", "and"):
        return False  # "Finance – to approve the payments": an agenda's business, still its title
    return _reads_as_sentence(after) and not _DAY.search(after) and bool(_TOLD.search(after))


# What makes the words after a dash a record rather than a title: a finite verb of the minutes ("money cannot be
# withdrawn", "Cllr C Wood was nominated", "– agreed") or a second sentence ("... tennis court.  Council agreed").
_TOLD = re.compile(
    r"\b(?:was|were|is|are|has|have|had|cannot|can|will|would|be|been|agreed|reported|noted|resolved|asked|raised|"
    r"received|discussed|explained|requested|proposed|seconded|approved|declared)\b|[a-z]\.\s+[A-Z][a-z]"
)


# the first part of an item run on after its title: a bullet, or a sub-item's number ("8.1 Chairman's Report",
# "1. Cllr Ann ..."), not a reference ("Item 9.1", "Minute 4.2", "No 3.")
_FIRST_PART = re.compile(r"(?<![Ii]tem)(?<![Mm]inute)(?<!No)(?<!No\.)(?<!\s)\s+(?:•|\d{1,2}\.\d{1,2}\s+(?=[A-Z])|\d{1,2}[.)]\s+(?=[A-Z]))")


def _labels_attendance(head: str) -> bool:
    """Is ``head`` wholly an attendance label ("PRESENT", "Apologies", "In attendance")? (``unnumbered.attendance_labels``)"""
    m = vocab.get("structure").unnumbered.regex("attendance_labels").match(head)
    return m is not None and m.end() == len(head)


def title_cut(rest: str) -> int:
    """Where a heading's title ends in the rest of its line.

    At a colon when what follows is text rather than the rest of a title
    ("Police Report: Attached." but not "Corporate Parenting: Activity and
    Performance Report"), at the end of a sentence, before a sentence that
    starts the minutes (``titles.breaks``).
    """
    masked = re.sub(r"\([^()]*\)", lambda m: "_" * len(m.group()), rest)  # "(Pages 5 - 14)" does not end a title
    masked = masked.replace("_", "x")
    masked = re.sub(r"\*{4}|\*\*\s+\*\*", lambda m: "x" * len(m.group()), masked)
    masked = re.sub(r"(?<=\bNo )\d+\.|(?<=\bNo\. )\d+\.|(?<=\bNo)\d+\.", lambda m: "x" * len(m.group()), masked)  # "Bridleway No 7. Resurfacing ..."  # "13****th** **March": an ordinal set apart, not the bold's end
    # (a full stop before a word in lower case ends no sentence: "Apologies for absence, Inc. acceptance of reasons")
    m = re.search(r"(?<!\bSt)(?<!\bMr)(?<!\bMrs)(?<!\bDr)(?<!\bNo)(?<!\bCllr)(?<!\bCo)(?<!\bLtd)(?<!\bRd)(?<!\bNos)(?<!\bCllrs)\.\s(?![ \t]*[a-z])|\.$|\.(?=[A-Z][a-z]+:)|\*\*|__", masked)  # "Poppies.Resolved: to order ...": glued
    cut = m.start() if m else len(rest)
    cell = re.search(r"\s*\|", masked[:cut])  # a web table flattened to text: "1. Attendance |" ends at its cell
    if cell and rest[: cell.start()].strip():
        cut = cell.start()
    part = _FIRST_PART.search(masked, 0, cut + 3)  # "Matters arising • It was requested ...", "Reports 8.1 Chairman's Report"
    if part and part.start() < cut and rest[: part.start()].strip():
        cut = part.start()
    colon = re.search(r":(?!\d)", masked[:cut])
    if colon and _DECISION_WORD.match(rest[: colon.start()].strip()):
        colon = None  # "Noted: that the projector will ...": the item is headed by its decision, the sentence is its title
    if colon and (_labels_attendance(rest[: colon.start()].strip()) or not _title_goes_on(rest[colon.end() : cut], sentence_ends=m is not None and m.group().startswith("."))):
        cut = colon.start()  # "MEMBERS PRESENT: Denis Brown Town Mayor ...": after an attendance label, the names
    cut = _before_dash_content(rest, cut)
    note = vocab.get("structure").titles.regex("cross_reference").search(rest[:cut])
    if note and rest[: note.start()].strip():
        cut = note.start()  # "Welcome/Apologies (see above)": the note points elsewhere
    sub = _BRACKETED_PART.search(rest, 0, cut)
    if sub and rest[: sub.start()].strip():
        cut = sub.start()  # "ADOPTION OF MINUTES (a) General Meeting ...", "Apologies (3) Cllr ...": a part or a paragraph number
    decided = _DECISION_AFTER_CAPITALS.match(rest)
    if decided and sum(ch.isalpha() for ch in decided.group("head")) >= 6:
        return min(cut, decided.end("head"))  # "APOLOGIES RESOLVED to note ...": the decision opens the minutes
    lead = _CAPITALS_THEN_LOWER.match(rest)
    if lead and sum(ch.isalpha() for ch in lead.group("head")) >= 6:
        return lead.end("head")  # "APOLOGIES were received ...", "THE MINUTES of the last meeting ..."
    dash = _CAPITALS_THEN_DASH.match(_RANGE_DASH.sub(lambda m: m.group().replace("-", "~").replace("–", "~").replace("—", "~"), rest))
    if dash and sum(ch.isalpha() for ch in dash.group("head")) >= 6 and re.search(r"[a-z]", rest[dash.end() :]):
        return dash.end("head")  # "APOLOGIES– Cllrs Ann Holt ...", "MATTERS ARISING – (a) ..."
    shout = _CAPITALS_THEN_SENTENCE.match(rest[:cut]) or _CAPITALS_THEN_LABEL.match(rest)
    if shout and sum(ch.isalpha() for ch in shout.group("head")) >= 6 and (
        shout.re is _CAPITALS_THEN_LABEL or _reads_as_sentence(rest[shout.end("head") : cut]) or _opens_minutes(rest, shout.end("head"))
    ):
        return shout.end("head")  # "APOLOGIES Apologies for absence were received ...": the heading is in capitals
    words = list(re.finditer(r"\S+", rest[:cut]))
    if words:  # "Apologies for Absence Apologies for absence were received ...": the heading, then its minutes
        first = words[0].group().lower()
        repeat = next((w for w in words[2:12] if w.group().lower() == first and w.group()[:1].isupper()), None)
        if repeat is not None:
            return repeat.start()
    titles = vocab.get("structure").titles
    for b in titles.regex("breaks").finditer(rest, 0, cut):
        head = rest[: b.start()]
        # a dash parts one word too, and so does a word naming standard business or attendance ("Apologies Councillor T
        # Quinn", "PRESENT Mayor Cllr. Christopher Thomas; ...")
        one_word_title = names_standard_business(head) or _labels_attendance(head.strip())
        if (len(head.split()) >= 2 or b.group().strip() or one_word_title) and not titles.regex("dangling").search(head.rstrip()):
            return len(head.rstrip(" \t-–—:"))  # "Police Report - PC Andrew Mathieson reported ...": no dash after the title
    return cut
