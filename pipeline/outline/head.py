"""The head of a document, before its first item: which meeting it records (committee, date, time, venue).

Read by the general structure reader (:mod:`pipeline.outline.general`) and, through :func:`complete_head`, for any
outline another outliner made without a date: the labelled fields every outliner reads ("Venue:", "Date:" ...), a
"minutes of ... held on ..." or summons line, or else the first date (and time) in the head, the body named there
and where it met. A day that names another meeting (the minutes this one approves, an entry of a list "(a) Minute
of Meeting held on ...") is not this meeting's day.
"""

from __future__ import annotations

import re

from extractors import vocab
from extractors.dates import parse_date
from schemas.outline import Outline, lines_of
from schemas.provenance import Span
from schemas.source_document import SourceDocument
from pipeline.outline.common import find_header_fields, header_fields
from pipeline.readers.detect import DOC, DOCX, HTML, PDF, TEXT

HEAD_LINES = 40
HEAD_CHARS = 8000  # a head's lines are read this far at most: a page-long run-on line is no head (a 10 MB line took 20 s a search)
TITLE_LINES = 8  # the lines at the top of a document that name the body that met


_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?:.*\n){0,40}?---[ \t]*\n")


def front_matter_end(text: str) -> int:
    """Where a document begins after a web site's YAML front matter (its own title and posting date)."""
    m = _FRONT_MATTER.match(text)
    return m.end() if m else 0



HEAD_KINDS = ("agenda", "agenda_frontsheet", "agenda_pack", "printed_minutes")


def complete_head(doc: SourceDocument, outline: Outline) -> None:
    """Give an outline another outliner made the meeting its head states, where that outliner found no date."""
    if outline.kind not in HEAD_KINDS or "date" in outline.fields or doc.media_type not in (PDF, DOCX, DOC, TEXT, HTML):
        return
    start = front_matter_end(doc.text)
    head_end = outline.items[0].block.start if outline.items else min(len(doc.text), start + 3000)
    read_head(doc, outline, start, max(head_end, start))


def read_head(doc: SourceDocument, outline: Outline, start: int, head_end: int) -> None:
    """Committee, date, time and venue from the text before the first item (after any front matter)."""
    text = doc.text
    if start == 0:
        header_fields(text, outline, head_end)
    find_header_fields(text, outline, start, head_end)
    head_lines = [l for l in lines_of(text, start, head_end) if l.stripped][:HEAD_LINES]
    if not head_lines:
        return
    start, stop = head_lines[0].start, min(head_lines[-1].end, head_lines[0].start + HEAD_CHARS)
    header = vocab.get("structure").header
    m = header.regex("meeting_sentence").search(text, start, stop) if "date" not in outline.fields else None
    if m:  # "A meeting of the County Council will be held in ... on ... at ..."
        outline.fields["date"] = Span(start=m.start("date"), end=m.end("date"))
        for name, group in (("time", "time"), ("venue", "venue"), ("committee", "committee"), ("committee", "committee2")):
            if m.group(group) and name not in outline.fields:
                outline.fields[name] = Span(start=m.start(group), end=m.end(group))
    if "date" not in outline.fields:
        found = [f for f in header.regex("held_on").finditer(text, start, stop) if not names_previous_meeting(text, f)]
        # the day the sentence that says which meeting names, before a web page's posting date ("Monday, March 3, 2014")
        said = [f for f in found if re.search(r"(?i)\b(?:held|meeting|commencing)\b", text[max(start, f.start() - 120) : f.start()])]
        m = said[0] if said else found[0] if found else None
        if m and not (m.group("time") or m.group("time_before")):
            # the title line gives the date, the "held on ... at 19:30" line under it the time too
            same = [f for f in found[1:] if f.group("time") and _digits(f.group("date")) == _digits(m.group("date"))]
            m = same[0] if same else m
        # "Minutes of the meeting of Llanfair Community Council 04-12-24": the date in figures on the title line, before
        # a date written out further down ("The minutes of the meeting held on October 16th 2024 were ...")
        title_stop = head_lines[min(len(head_lines), 2) - 1].end
        n = header.regex("numeric_date").search(text, start, title_stop)
        numeric = parse_date(n.group("date")) if n else None
        if numeric and (m is None or m.start() > title_stop and parse_date(m.group("date")) != numeric):
            outline.fields["date"] = Span(start=n.start("date"), end=n.end("date"))
        elif m:
            outline.fields["date"] = Span(start=m.start("date"), end=m.end("date"))
            time = "time" if m.group("time") else "time_before" if m.group("time_before") else None
            if time and "time" not in outline.fields:
                outline.fields["time"] = Span(start=m.start(time), end=m.end(time))
    if "time" not in outline.fields:  # "..., at the Welfare Hall, Heol Y Felin and via Zoom, commencing at 6.30 pm"
        m = header.regex("starts_at").search(text, start, stop)
        if m:
            outline.fields["time"] = Span(start=m.start("time"), end=m.end("time"))
    if "time" not in outline.fields and "date" in outline.fields:
        # a heading gave the date; the "held on 5th May 2020 at 19:30" line under it gives the time
        date = _digits(text[outline.fields["date"].start : outline.fields["date"].end])
        for m in header.regex("held_on").finditer(text, start, stop):
            if m.group("time") and _digits(m.group("date")) == date:
                outline.fields["time"] = Span(start=m.start("time"), end=m.end("time"))
                break
    if "committee" not in outline.fields:
        title_stop = head_lines[min(len(head_lines), TITLE_LINES) - 1].end  # a committee named lower down is another body
        m = header.regex("minutes_of").search(text, start, stop) or header.regex("committee_line").search(text, start, title_stop)
        if m:
            outline.fields["committee"] = Span(start=m.start("committee"), end=m.end("committee"))
        else:
            m = header.regex("council_line").search(text, start, stop)
            if m:  # a meeting of the whole council: "Stoke Ferry Parish Council" → Parish Council
                outline.fields["committee"] = Span(start=m.start("type"), end=m.end())
    if "venue" not in outline.fields:
        m = header.regex("venue").search(text, start, stop)
        if m:
            outline.fields["venue"] = Span(start=m.start("venue"), end=m.end("venue"))
    if "date" not in outline.fields and start > 0:
        _read_front_matter_title(text, outline, start)


_FRONT_TITLE = re.compile(r"(?m)^title:[ \t]*[\"']?(?P<title>[^\n\"']+)")


def _read_front_matter_title(text: str, outline: Outline, body: int) -> None:
    """A web site's post titled with the meeting ("title: MINUTES OF THE ... MEETING HELD AT ... AT 7.30 pm ON THURSDAY
    04 APRIL 2019") whose text never says the day again: the day, time and place from the title."""
    m = _FRONT_TITLE.search(text, 0, body)
    if m is None:
        return
    start, stop = m.start("title"), m.end("title")
    header = vocab.get("structure").header
    day = header.regex("held_on").search(text, start, stop)
    if day is None:
        return
    outline.fields["date"] = Span(start=day.start("date"), end=day.end("date"))
    time = day.group("time") and "time" or day.group("time_before") and "time_before"
    if time and "time" not in outline.fields:
        outline.fields["time"] = Span(start=day.start(time), end=day.end(time))
    if "time" not in outline.fields:
        t = header.regex("starts_at").search(text, start, stop)
        if t:
            outline.fields["time"] = Span(start=t.start("time"), end=t.end("time"))
    if "venue" not in outline.fields:
        v = header.regex("venue").search(text, start, stop)
        if v:
            outline.fields["venue"] = Span(start=v.start("venue"), end=v.end("venue"))


def names_previous_meeting(text: str, m: re.Match) -> bool:
    """Is the day of a "held on ..." the day of a meeting whose minutes this one approves ("The minutes of the
    meeting held on 2nd May 2017 were agreed by all")? Then it is not the day of this one. Nor is the day an entry of
    a list names ("(a) Minute of Meeting held on 28 August 2015", "2. Minutes of the meeting held on ..."): the
    business of approving another meeting's minutes, where a page lost its headings and the whole text is its head."""
    line_start = text.rfind("\n", 0, m.start()) + 1
    if _LIST_ENTRY.match(text, line_start, m.start()) and re.search(r"(?i)\bminutes?\b", text[line_start : m.start()]):
        return True  # not "(1) The July meeting of the council was held at ... on ...": the minutes' own first paragraph
    return vocab.regex("structure", "header.previous_record").match(text, m.end(), min(len(text), m.end() + 200)) is not None


_LIST_ENTRY = re.compile(r"[ \t]*(?:\((?:[a-z]|[ivx]{1,4}|\d{1,2})\)|(?:[a-z]|\d{1,2})[.)][ \t]|[•·▪\-–][ \t])")


def _digits(date: str) -> str:
    return re.sub(r"\D", "", date)
