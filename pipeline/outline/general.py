"""The general structure reader: any council's minutes or agenda, from its numbering.

No council's template is assumed. Item headings are the lines whose numbers
run in sequence through the document (:mod:`extractors.numbering` scores the
candidates and the sequence as a whole); a heading's title is the text after
its number up to a colon, a dash, the end of the line or the sentence that
starts the minutes; a label alone on its line takes the next line as its
title. Emphasis counts where the reader knows it: PDF lines in a bold or
larger font (``PageText.meta["line_styles"]``), markdown ``**bold**``, lines
in capitals. Where nothing is numbered, or a clerk numbers only the standing
business, the headings without numbers are read by
:mod:`pipeline.outline.unnumbered` (bare titles, bold or capitals lines, an
agenda's bulleted list, paragraphs that open with their subject in
capitals); where a title ends is :mod:`pipeline.outline.titles`'s.

The head of the document, before the first item, gives the meeting
(:mod:`pipeline.outline.head` reads it): the labelled fields every outliner reads (``Venue:``, ``Date:`` ...), a
"minutes of ... held on ..." or summons line, or else the first date (and
time) in the head, the body named there ("Stoke Ferry Parish Council", "Audit
Committee") and where it met. Whether the document is minutes or an agenda
is :mod:`pipeline.outline.document_kind`'s (the words of its head, else what
its body records).
"""

from __future__ import annotations

import re

from extractors import vocab
from extractors.numbering import Candidate, Label, best_sequence, heading_score, names_standard_business, read_label
from extractors.dates import parse_date
from extractors.text import squash
from schemas.outline import ItemBlock, Line, Outline, lines_of
from schemas.provenance import Span
from schemas.source_document import SourceDocument
from pipeline.outline.base import register_outliner
from pipeline.outline.common import infer_title, set_title, span_between
from pipeline.outline.item_forms import contents_list, inline_items, inline_minute_numbers, restarting_list, titled_minutes_blocks, trailing_heads, with_contents
from pipeline.outline.document_kind import kind_of, recorded_in_body, without_data_tables
from pipeline.outline.head import HEAD_CHARS, complete_head, front_matter_end, names_previous_meeting, read_head  # noqa: F401 (complete_head: base.py imports it from here)
from pipeline.outline.titles import title_cut, title_extent
from pipeline.outline.unnumbered import bullet_headings, bulleted_minutes, capitals_lead_ins, labelled_lead_ins, opening_items, standard_lead_ins, unnumbered_headings, with_unnumbered_runs
from pipeline.readers.detect import DOC, DOCX, HTML, PDF, TEXT

NAME = "general"
MIN_ITEMS = 2
PLAIN_PENALTY = 1.5
AGENDA_PAGES = 4  # an agenda longer than this is a pack: its items are listed on the first pages
OPENING = 1200  # characters at the top of a document that say what it is ("AGENDA", "Minutes of the meeting held ...")  # how far into a document its head (council, meeting, date) is looked for
_NOISE = re.compile(r"^\s*(?:\*\*|__)|(?:\*\*|__)\s*$")


def _score(doc: SourceDocument) -> float:
    if doc.media_type not in (PDF, DOCX, DOC, TEXT, HTML):
        return 0.0
    return 0.5 if read_structure(doc) is not None else 0.0


@register_outliner(NAME, _score)
def outline_general(doc: SourceDocument) -> Outline:
    found = read_structure(doc)
    return found if found is not None else Outline(kind="unrecognised")


_CACHE: dict[tuple[str, int], Outline | None] = {}


def read_structure(doc: SourceDocument) -> Outline | None:
    """The document's outline from its numbering and its head, or None when it has no item sequence."""
    key = (doc.id, len(doc.text))
    if key not in _CACHE:
        _CACHE.clear()  # one document at a time: the scorer and the builder share the reading
        _CACHE[key] = _read(doc)
    return _CACHE[key]


def _read(doc: SourceDocument) -> Outline | None:
    text = doc.text
    lines = lines_of(text)
    emphasised = _emphasised_lines(doc, lines)
    wholly = _emphasised_lines(doc, lines, "emphasised_whole")
    candidates = []
    for i, line in enumerate(lines):
        label = read_label(line.text)
        if label is None:
            continue
        title = _title_text(lines, i, label)
        strong = i in emphasised or _markdown_emphasis(line.text)
        score = heading_score(title, emphasised=strong)
        if emphasised and not strong:
            score -= PLAIN_PENALTY  # the reader knows the typography, and this line is set like the body
        candidates.append(Candidate(i, label, score))
    body = front_matter_end(text)
    contents = contents_list(text, body)
    if contents:  # the order of business listed with its pages: its numbers are no headings
        candidates = [c for c in candidates if not contents[0].start() <= lines[c.index].start + c.label.start < contents[-1].end()]
    opening = kind_of(text, body, min(len(text), body + OPENING))  # what the document says it is, before any item
    if opening == "agenda" and len(doc.pages) > AGENDA_PAGES:
        candidates = [c for c in candidates if lines[c.index].start < doc.pages[AGENDA_PAGES].start]
    heads = _headings(text, lines, candidates, emphasised, body) or inline_items(lines, body)
    if not heads or all(c.data.get("unnumbered") for c in heads):
        # bold headings that print their number after the title ("Financial Matters 18-257"): the numbers are theirs
        heads = trailing_heads(lines, emphasised, body) or heads
    heads = heads or inline_minute_numbers(lines, body)  # after the trailing reading: its numbers also stand inside lines
    if not heads or all(not c.label.text for c in heads):
        heads = titled_minutes_blocks(lines, body) or heads
    if not heads:
        return _head_only(doc, lines, body)
    kind = "agenda" if opening == "agenda" else kind_of(text, body, lines[heads[0].index].start)
    if kind == "unrecognised" and vocab.get("structure").kinds.regex("minutes").search(text, lines[heads[0].index].start, lines[heads[0].index].end):
        kind = "printed_minutes"  # "03/10/1 Present:": the first item records who was there
    if kind == "unrecognised":
        return _head_only(doc, lines, body)  # a report's numbered sections are not a meeting's business
    if kind == "agenda" and len(doc.pages) > AGENDA_PAGES:
        # the agenda is at the front of a pack; the reports after it number their own paragraphs
        front = doc.pages[AGENDA_PAGES].start
        heads = _headings(text, lines, [c for c in candidates if lines[c.index].start < front], emphasised, body, front)
        if not heads:
            return None
    if kind == "agenda":
        heads = _first_run(heads)
    heads = _with_run_in(text, lines, heads)
    outline = Outline(kind=kind)
    read_head(doc, outline, body, _start_of(lines, heads[0]))
    tail = _tail_start(text, lines, heads[-1].index)
    for n, c in enumerate(heads):
        end = _start_of(lines, heads[n + 1]) if n + 1 < len(heads) else tail
        item = _item(text, lines, c, end, emphasised, wholly)
        if kind == "agenda" and item.minutes is not None:  # an agenda describes its business; it records nothing
            item.description, item.minutes = item.minutes, None
        outline.items.append(item)
    if tail < len(text):
        outline.tail = span_between(text, tail, len(text))
    if kind == "agenda":
        _page_column(outline, text)
    if contents and kind == "printed_minutes":
        with_contents(outline, text, contents)
    return outline


def _start_of(lines: list[Line], c: Candidate) -> int:
    """Where a heading starts: its line, or its number inside the line for one run into the text before it."""
    return lines[c.index].start + (c.label.start if c.data.get("run_in") else 0)


def _run_in_pattern(value: int, stop: bool) -> re.Pattern:
    """The number ``value`` printed inside a line after a sentence ends ("... duly elected. 6. The Minutes ..."), or
    after a list of names the paragraph did not end ("... and PC Alun Jones 2. To disclose ..."), not after a word
    that refers to a number ("paragraph 2. The ...", ``_REFERRING``)."""
    return re.compile(r"(?:(?<=[.!?•;)][ \t])|(?<=[A-Za-z][ \t]))(?P<n>%d)%s[ \t]+(?=[A-Z])" % (value, r"\." if stop else r"(?![.\d])"))


_REFERRING = re.compile(r"(?i)\b(?:para(?:graph)?|page|item|items|minute|section|clause|rule|note|no|nos|number|appendix|annex|order|standing|option|phase|stage|year|week|day|grade|level|class|route|flat|unit|plot|table|figure)[ \t]$")


def _with_run_in(text: str, lines: list[Line], heads: list[Candidate]) -> list[Candidate]:
    """The numbers a plain sequence skips, found run into the text between its headings.

    Text flattened from a web page or a two-column table runs items on ("5. Election of
    Vice-Chairman ... was duly elected. 6. The Minutes of the meeting ... were agreed."): where
    the sequence goes 5, 7, the "6." printed like its neighbours after a sentence ends, between
    them, is item 6. Only the missing numbers, in order, each after the one before.
    """
    added: list[Candidate] = []
    for a, b in zip(heads, heads[1:]):
        va, vb = _plain_value(a), _plain_value(b)
        if va is None or vb is None or not 2 <= vb - va <= 4 or a.label.lettered or b.label.lettered:
            continue
        position = lines[a.index].start + a.label.end
        limit = lines[b.index].start + b.label.start
        for value in range(va + 1, vb):
            m = next((m for m in _run_in_pattern(value, a.label.stop).finditer(text, position, limit) if not _REFERRING.search(text, max(0, m.start() - 12), m.start())), None)
            if m is None:
                break
            i = next(k for k in range(a.index, b.index + 1) if lines[k].start <= m.start() < lines[k].start + len(lines[k].text) + 1)
            offset = m.start() - lines[i].start
            label = Label(text=str(value), start=offset, end=m.end() - lines[i].start, schemes=((("", "n", False), value),), stop=a.label.stop)
            added.append(Candidate(i, label, 1.0, {"run_in": True}))
            position = m.end()
    return sorted(heads + added, key=lambda c: (c.index, c.label.start if c.data.get("run_in") else -1)) if added else heads


# "... as are updates regarding scams, etc. Item 2. Minutes of November meeting/matters arising. The Minutes ...":
# an item named by its word and number after a sentence ends, inside a paragraph
def _first_run(heads: list[Candidate]) -> list[Candidate]:
    """An agenda's items up to where the numbering starts again.

    A pack binds the papers after its agenda: the draft minutes of the last
    meeting number their own items from 1 again ("1 DECLARATIONS OF
    INTEREST" after "8. Work programme"). Those are another meeting's business.
    """
    values: list[int] = []
    for n, c in enumerate(heads):
        value = c.label.schemes[0][1] if c.label.schemes else None
        if value is not None and values and value <= values[0] and not c.label.lettered and n >= MIN_ITEMS:
            return heads[:n]
        if value is not None:
            values.append(value)
    return heads


_PAGE_NUMBER_END = re.compile(r"\s+(?P<page>\d{1,4})$")


def _page_column(outline: Outline, text: str) -> None:
    """An agenda that prints each item's page in a column after its title ("4. Annual complaints report 9").

    Read as a page number only when most titles end with a number and those
    numbers never go down: one title ending in a number is its own
    ("Final Accounts Memorandum 2008/09" keeps its year).
    """
    for item in outline.items:
        if item.title_text is None and item.title is not None:
            item.title_text = squash(text[item.title.start : item.title.end])
    ends = [(item, _PAGE_NUMBER_END.search(item.title_text or "")) for item in outline.items]
    numbered = [(item, m) for item, m in ends if m]
    in_order = _longest_rising([int(m.group("page")) for _, m in numbered])
    if len(in_order) < 3 or len(in_order) * 2 < len(ends):
        return
    for k in in_order:
        item, m = numbered[k]
        item.title_text = item.title_text[: m.start()].rstrip() or item.title_text
        if item.page_start is None:
            item.page_start = int(m.group("page"))


def _longest_rising(values: list[int]) -> list[int]:
    """Indexes of the longest run of ``values`` that never goes down (a title's own number may break the column)."""
    best: list[list[int]] = []
    for i, v in enumerate(values):
        best.append(max((best[j] for j in range(i) if values[j] <= v), key=len, default=[]) + [i])
    return max(best, key=len, default=[])


def _title_lines_of_bare_labels(lines: list[Line], numbered: list[Candidate]) -> set[int]:
    """The lines that title a number printed alone on its line ("3." / "Minutes"): never headings of their own."""
    out = set()
    for c in numbered:
        if lines[c.index].text[c.label.end :].strip(" \t*_|"):
            continue
        j = c.index + 1
        while j < len(lines) and not lines[j].stripped:
            j += 1
        out.add(j)
    return out


def _tail_start(text: str, lines: list[Line], last: int, closing: bool = True) -> int:
    """Where the text after the last item begins ("Officers present:", "The meeting ended at ...").

    With ``closing`` False only headings count, not the closing lines ("There being no
    further business ..."), after which unnumbered Part II items may still follow.
    """
    tail, closer = vocab.regex("layout", "sections.tail"), vocab.regex("layout", "sections.closing")
    for line in lines[last + 1 :]:
        if tail.match(line.text) or (closing and closer.match(line.text)):
            return line.start
    return len(text)


HEAD_ONLY_LINES = 12


def _head_only(doc: SourceDocument, lines: list[Line], body: int) -> Outline | None:
    """A paper of a meeting with no business of its own to list: a report or an agenda supplement.

    Its head names the body and the day ("Kingston and North Kingston
    Neighbourhood Committee / 15 January 2026 / ... / Report by ...", "CABINET
    - THURSDAY, 30 JANUARY 2025 / ... Agenda Item No"): the meeting it goes to,
    with no items invented. Without both, nothing.
    """
    filled = [l for l in lines if l.start >= body and l.stripped][:HEAD_ONLY_LINES]
    if not filled:
        return None
    head_end = filled[-1].end
    outline = Outline(kind="unrecognised")
    read_head(doc, outline, body, head_end)
    head = without_data_tables(doc.text[body:head_end])
    kinds = vocab.get("structure").kinds
    if "date" not in outline.fields or "committee" not in outline.fields:
        if _attendance_listed(head):
            # "PRESENT: D Brooks, Chairman; ..." / "APOLOGIES: ...": minutes of a meeting held, though the text never
            # says which (an excerpt, a web copy): the meeting, undated or unnamed, with who was there; no items invented
            outline.kind = "printed_minutes"
            outline.values["attendance_listed"] = True
            outline.values["records_meeting"] = True
            return outline
        if records_meeting(doc.text, body, head):
            return minutes_without_business(outline)
        return None
    if kinds.regex("minutes").search(head) or recorded_in_body(doc.text, body, head):
        outline.kind = "printed_minutes"  # minutes whose business the reader could not find: the meeting, no items invented
        return outline
    if kinds.regex("paper").search(head):
        outline.kind = "officer_report"
        if _dated_after_meeting(doc, head, outline):
            outline.values["status"] = "held"  # "Enclosed are the amendments proposed during the meeting", sent after it
        return outline
    return None


def records_meeting(text: str, body: int, head: str) -> bool:
    """Does the text say it records a meeting, though the reader found neither its body nor its business? Its head
    calls it minutes ("Minutes of the meeting held on Thursday 13th September 2018 ...", a bare "Present" line over
    names) or its first pages record what only minutes record ("Apologies were received from ...", "RESOLVED that
    ..."); a head that summons a meeting or presents a paper keeps the document an agenda or a report."""
    kinds = vocab.get("structure").kinds
    if kinds.regex("agenda").search(head) or kinds.regex("paper").search(head):
        return False
    return kinds.regex("minutes").search(head) is not None or recorded_in_body(text, body, head)


def minutes_without_business(outline: Outline) -> Outline:
    """The gate: minutes whose committee, date or business the reader could not find still record a meeting held
    (dated where the head gives a day, else undated), with no item invented; what the others read (who attended, the
    decisions) hangs on it."""
    outline.kind = "printed_minutes"
    outline.values["records_meeting"] = True
    return outline


_PRESENT_LABEL = re.compile(r"(?im)^[ \t]*(?:members[ \t]+|councillors[ \t]+)?present[ \t]*[:;]")


def _attendance_listed(head: str) -> bool:
    """Does the head list who was present after a label ("PRESENT:", "Members present:"), with apologies or others
    in attendance listed too? Only minutes record both."""
    structure = vocab.get("structure")
    labels = [l for l in head.splitlines() if structure.unnumbered.regex("attendance_labels").search(l.strip())]
    return _PRESENT_LABEL.search(head) is not None and len(labels) >= 2


def _dated_after_meeting(doc: SourceDocument, head: str, outline: Outline) -> bool:
    """Is the paper itself dated ("Date: 27 February 2025") after the meeting its head names?"""
    m = vocab.regex("structure", "header.paper_date").search(head)
    meeting = parse_date(doc.span_text(outline.fields["date"]))
    dated = parse_date(m.group("date")) if m else None
    return bool(meeting and dated and dated > meeting)


def _headings(text: str, lines: list[Line], candidates: list[Candidate], emphasised: set[int], body: int, before: int | None = None) -> list[Candidate]:
    """The item headings: the best numbered sequence, or the unnumbered headings where they are the stronger evidence."""
    sequence = best_sequence(candidates, MIN_ITEMS)
    unnumbered = unnumbered_headings(lines, emphasised, _head_end(text, lines, body))
    restarted = restarting_list(lines, candidates)
    if restarted and not any(restarted[0].index - 3 <= c.index < restarted[-1].index for c in unnumbered):
        return restarted  # under a heading of its own, such a list is that item's entries ("Matters arising" / "1. ...")
    if before is not None:
        unnumbered = [c for c in unnumbered if lines[c.index].start < before]
    # the titles of numbers printed alone ("51." / "WEBCASTING INTRODUCTION") are the sequence's, no rival headings
    titled = _title_lines_of_bare_labels(lines, [c for c, _ in sequence.members]) if sequence is not None else set()
    rivals = [c for c in unnumbered if c.index not in titled]
    grouped = _paragraph_groups(sequence, candidates) if sequence is not None else []
    if grouped:
        return grouped
    if sequence is not None and sequence.score >= 2.0 and (len(sequence.members) >= 3 or len(rivals) < 3):
        numbered = _without_lettered_sub_lists(_with_strays([c for c, _ in sequence.members], candidates), candidates)
        tail = _tail_start(text, lines, numbered[-1].index, closing=False)  # "Officers present:" after the last item is not business
        titles = _title_lines_of_bare_labels(lines, numbered)
        heads = with_unnumbered_runs(numbered, [c for c in unnumbered if lines[c.index].start < tail and c.index not in titles], lines)
        return opening_items(lines, _head_end(text, lines, body), heads[0].index) + heads if heads[0].label.text else heads
    bulleted = bulleted_minutes(lines, _head_end(text, lines, body)) if before is None and not bullet_headings(lines, body) else []
    if len(bulleted) > len(unnumbered):
        return bulleted  # the business is the bulleted list; the lines ending in a colon label parts of it
    head_end = _head_end(text, lines, body)
    if len(unnumbered) >= 3:
        return _as_labelled_lead_ins(unnumbered, lines, head_end, before)
    fallback = bullet_headings(lines, body) or capitals_lead_ins(lines, head_end) or labelled_lead_ins(lines, head_end) or standard_lead_ins(lines, head_end)
    if before is not None:
        fallback = [c for c in fallback if lines[c.index].start < before]
    if not fallback and len(unnumbered) == MIN_ITEMS and all(c.data.get("standalone") or c.data.get("whole") for c in unnumbered):
        return unnumbered  # two titles, each alone between blank lines or set in bold, over their paragraphs ("Commencement of the Meeting", "Prayers")
    first_number = min((c.index for c in candidates), default=len(lines))
    if not fallback and sequence is None and all(c.index < first_number for c in unnumbered):
        return _first_item_alone(lines, candidates)  # lines set apart above the one number ("Microsoft Teams.") are the head's
    return fallback


FIRST_ITEM_SCORE = 1.5  # a capital and standard business: a long agenda line ("To agree the minutes of ...") is still a title


def _first_item_alone(lines: list[Line], candidates: list[Candidate]) -> list[Candidate]:
    """The one item of an excerpt that stops after its first ("1.0 Welcome and Apologies for Absence: to record
    ..."): numbered one, naming standard business and reading as a heading, the only numbered line that does.
    One number is no sequence, so the business it names, not its neighbours, is the evidence."""
    firsts = [
        c
        for c in candidates
        if not c.label.alphabetic and not c.label.lettered and any(value == 1 for _, value in c.label.schemes)
        and names_standard_business(lines[c.index].text[c.label.end :])
        and heading_score(lines[c.index].text[c.label.end :]) >= FIRST_ITEM_SCORE
    ]
    if len(firsts) != 1:
        return []
    # an address in the letterhead above ("2 Rowes Terrace") is no rival; a numbered line below it is
    others = [c for c in candidates if c.index > firsts[0].index and c.score > 0]
    return [] if others else firsts


_PARAGRAPH = re.compile(r"(?P<item>\d{1,3})\.(?P<part>\d{1,2})")
PARAGRAPH_GROUPS = 2


def _paragraph_groups(sequence, candidates: list[Candidate]) -> list[Candidate]:
    """Minutes that print no item headings, only their paragraphs' numbers ("1.1 It was PROPOSED ...", "2.1 The Chief
    Executive advised ...", "2.2 Submitted letter ..."): each run of paragraphs under one first number is item N,
    untitled. Read so when the best sequence is one item's paragraphs (2.1, 2.2 ... with no "2" printed above them)
    and the first numbers run 1, 2, 3 ... from near the start, each opening at its ".1"; at least ``PARAGRAPH_GROUPS``."""
    scheme = sequence.scheme
    if len(scheme) < 2 or scheme[0] != "." or not str(scheme[1]).isdigit():
        return []
    firsts: list[Candidate] = []
    last_item = None
    for c in candidates:
        m = _PARAGRAPH.fullmatch(c.label.text)
        if m is None or c.label.lettered:
            continue
        item, part = int(m.group("item")), int(m.group("part"))
        if last_item is not None and item < last_item:
            return []  # paragraph numbers that go back are another numbering (a report's, a list's)
        if item != last_item:
            if part != 1 or (last_item is None and item > 3) or (last_item is not None and item - last_item > 2):
                return []
            firsts.append(c)
            last_item = item
    if len(firsts) < PARAGRAPH_GROUPS:
        return []
    printed = {(_plain_value(c), c.index) for c in candidates if _plain_value(c) is not None}
    for previous, c in zip([None] + firsts, firsts):
        item = int(_PARAGRAPH.fullmatch(c.label.text).group("item"))
        if any(value == item and (previous is None or previous.index < index) and index < c.index for value, index in printed):
            return []  # "2 Matters arising" above "2.1": the items have headings of their own
    out = []
    for c in firsts:
        item = _PARAGRAPH.fullmatch(c.label.text).group("item")
        label = Label(text=item, start=c.label.start, end=c.label.start, schemes=((("", "n", False), int(item)),))
        out.append(Candidate(c.index, label, c.score, {"paragraphs": True}))
    return out


def _as_labelled_lead_ins(unnumbered: list[Candidate], lines: list[Line], head_end: int, before: int | None) -> list[Candidate]:
    """Labels alone on their lines ("Matters arising:" over bullets) among paragraphs that open with their label
    ("Police Scotland:  Asked to circulate ...", "Planning Matters: No report"): one form of heading, a label and its
    colon, whether the minutes follow on its line or under it. The lead-in reading, where it holds every label alone
    and more, is the document's business."""
    leads = labelled_lead_ins(lines, head_end)
    if before is not None:
        leads = [c for c in leads if lines[c.index].start < before]
    indexes = {c.index for c in leads}
    if len(leads) > len(unnumbered) and all(c.index in indexes for c in unnumbered):
        return leads
    return unnumbered


def _without_lettered_sub_lists(heads: list[Candidate], candidates: list[Candidate]) -> list[Candidate]:
    """ "6. FINANCE" then "6b Confirm dates ...", "6c A parishioner ...": the lettered parts of item 6, not items of
    their own, when item 6 itself heads them and two or more letters number its parts. A lone "12a. Urgent business"
    after "12." (an item added to the agenda) and minutes numbered "41a/19, 41b/19, 42/19" (no plain 41) stay items."""
    plain = {_plain_value(c) for c in heads if not c.label.lettered and _plain_value(c) is not None}
    letters: dict[int, int] = {}
    for c in candidates:
        value = _lettered_value(c)
        if value is not None:
            letters[value] = letters.get(value, 0) + 1
    return [c for c in heads if not (_lettered_value(c) in plain and letters.get(_lettered_value(c), 0) >= 2)]


def _lettered_value(c: Candidate) -> int | None:
    """The number a lettered label ("6b") belongs to, None for any other label."""
    m = re.fullmatch(r"(\d{1,4})[a-z]", c.label.text)
    return int(m.group(1)) if m and c.label.lettered else None


STRAY_SCORE = 2.0
def _with_strays(heads: list[Candidate], candidates: list[Candidate]) -> list[Candidate]:
    """The sequence's headings plus the clerk's slips: a running minute number out of order
    ("3786., 3787., 3769. Public Session, 3787.") printed like its neighbours and read as a heading."""
    widths = {len(c.label.text) for c in heads}
    if len(widths) != 1 or widths.pop() < 3 or not heads[0].label.text.isdigit():
        return _with_misprinted(heads, candidates)  # small numbers that break order start another list, but for a slip in a gap
    chosen = {c.index for c in heads}
    first, last = heads[0].index, heads[-1].index
    strays = [
        c for c in candidates
        if first < c.index < last and c.index not in chosen and c.score >= STRAY_SCORE
        and c.label.text.isdigit() and len(c.label.text) == len(heads[0].label.text)
    ]  # fmt: skip
    return sorted(heads + strays, key=lambda c: c.index)


def _with_misprinted(heads: list[Candidate], candidates: list[Candidate]) -> list[Candidate]:
    """A small number misprinted where the sequence skips one ("12. ... / 15. Planning / 14. ..."): the one
    heading in the gap, printed like its neighbours (same full stop, as much a heading), is the missing item."""
    values = [_plain_value(c) for c in heads]
    added = []
    for (a, va), (b, vb) in zip(zip(heads, values), zip(heads[1:], values[1:])):
        if va is None or vb is None or vb - va != 2:
            continue
        between = [c for c in candidates if a.index < c.index < b.index and _plain_value(c) is not None and c.label.stop == a.label.stop and not c.label.lettered]
        if len(between) == 1 and (_plain_value(between[0]) == va + 1 or between[0].score >= min(a.score, b.score)):
            added.append(between[0])  # the missing number itself, however little it reads like a heading ("17. June 2nd Fete"), or a slip
    return sorted(heads + added, key=lambda c: c.index) if added else heads


def _plain_value(c: Candidate) -> int | None:
    """The value of a plain number label ("14." -> 14), None for any other form."""
    return int(c.label.text) if c.label.text.isdigit() else None


def _head_end(text: str, lines: list[Line], start: int) -> int:
    """Where the head ends: after the line that says which meeting ("... held on ..."), if the first lines have one."""
    header = vocab.get("structure").header
    filled = [l for l in lines if l.start >= start and l.stripped][:15]
    for k, line in enumerate(filled):
        said = line.text[:HEAD_CHARS]
        held = [m for m in header.regex("held_on").finditer(said) if not names_previous_meeting(said, m)]
        if held or header.regex("meeting_sentence").search(said):
            if k + 1 < len(filled) and _dangles_at_end(line.stripped):
                return filled[k + 1].end  # "... AT 7.45PM IN" / "THE VILLAGE HUT.": the page's width cut the sentence
            return line.end
    return start


def _dangles_at_end(line: str) -> bool:
    """Does a head line stop on a word that cannot end it ("... held on 17 September 2019 at 7.45pm in")?"""
    return vocab.get("structure").titles.regex("dangling").search(line.rstrip(" ,")) is not None or line.endswith(",")


def _emphasised_lines(doc: SourceDocument, lines: list[Line], key: str = "emphasised_lines") -> set[int]:
    """Indexes of lines the reader saw start in bold or in a larger font than the page's body text
    (``key="emphasised_whole"``: set so throughout)."""
    starts = set()
    for page in doc.pages:
        for offset in page.meta.get(key, ()):
            starts.add(page.start + offset)
    if not starts:
        return set()
    return {i for i, line in enumerate(lines) if line.start in starts or line.span.start in starts}


def _markdown_emphasis(line: str) -> bool:
    s = line.strip()
    return s.startswith(("**", "__", "#"))


def _title_text(lines: list[Line], i: int, label) -> str:
    """The text a candidate heading's title is read from: after the label, or the next line for a bare label."""
    rest = _NOISE.sub("", lines[i].text[label.end :]).strip()
    if rest:
        return rest
    for j in range(i + 1, min(i + 3, len(lines))):
        if lines[j].stripped:
            return lines[j].stripped
    return ""


_ABBREVIATIONS = {"no", "st", "co", "mr", "mrs", "dr", "etc", "cllr", "cllrs", "ltd", "rd", "nos"}


def _heading_stop(title: str) -> bool:
    """Does ``title`` end with a heading's full stop ("Election of Officers.") rather than an abbreviation's ("Cllr.", "A.G.M.")?"""
    m = re.search(r"(\w+)\.$", title)
    return bool(m) and len(m.group(1)) >= 2 and m.group(1).lower() not in _ABBREVIATIONS and not re.search(r"\b\w\.\w+\.$", title)


def _within_block(text: str, title: Span, end: int) -> tuple[Span, int]:
    """A title that a wrapped line carried past the next item's number ("C30/16 Apologies Councillor T" / "Quinn
    C31/16 Declarations ..."): up to that number, cut again where its minutes start, read as one line."""
    flat = text[title.start : end].replace("\n", " ")
    cut = title_cut(flat)
    stop = title.start + len(flat[:cut].rstrip())
    return Span(start=title.start, end=stop), title.start + cut


def _item(text: str, lines: list[Line], c: Candidate, end: int, emphasised: set[int], wholly: set[int]) -> ItemBlock:
    line = lines[c.index]
    label = c.label
    block = ItemBlock(block=Span(start=_start_of(lines, c) if c.data.get("run_in") else line.span.start, end=end))
    if label.text:
        number_start = line.start + label.start
        block.number = Span(start=number_start, end=number_start + len(label.text))
        block.number_text = label.text + ("." if label.stop else "")  # as printed: "204." stays "204."
    if c.data.get("paragraphs"):  # numbered paragraphs, no heading printed: an untitled item, its paragraphs its minutes
        block.minutes = span_between(text, line.start + label.start, end)
        return block
    if c.data.get("describes"):  # no title printed: the description names the business
        block.description = line.span
        block.minutes = span_between(text, line.end, end)
        infer_title(block, text)
        return block
    title_start = line.start + label.end
    if c.data.get("title_first"):  # "Financial Matters 18-257 ...": the title before the number, the minutes after it
        lead = len(line.text) - len(line.text.lstrip())
        set_title(block, text, Span(start=line.start + lead, end=line.start + len(line.text[: label.start].rstrip())))
        if block.title_text:
            block.title_text = block.title_text.strip().rstrip(":–—-").strip() or None
        block.minutes = span_between(text, line.start + label.end, end)
        return block
    if c.data.get("lead_in"):  # "FINANCE. Two invoices were approved ...": the words in capitals are the title
        title_span, body_start = Span(start=title_start, end=title_start + c.data["lead_in"]), title_start + c.data["lead_in"]
    else:
        title_span, body_start = title_extent(text, lines, c.index, title_start, end, emphasised, wholly)
        if title_span is not None and (title_span.end > end or (c.data.get("run_in") and title_span.start >= line.end)):
            # past the next item's number, or a run-on number that ends its line, its title and minutes on the next
            title_span, body_start = _within_block(text, title_span, min(end, title_span.end))
    set_title(block, text, title_span)
    if block.title_text:
        block.title_text = re.sub(r"\s+", " ", re.sub(r"\*\*|__", "", block.title_text)).strip().rstrip(":;–—-•").strip() or None
        if block.title_text and _heading_stop(block.title_text):
            block.title_text = block.title_text[:-1]  # "Election of Officers.": a heading's full stop is not its title's
    broken = re.search(r"\s*\([^()\s]*(?:\s+[^()\s]+){0,2}$", block.title_text or "")
    if broken and block.title_text[: broken.start()].strip():
        # "ELECTION OF MAYOR(Agenda" / "item 2)": a short note in brackets the line's width broke is not the title's
        block.title_text = block.title_text[: broken.start()].strip()
    block.minutes = span_between(text, body_start, end)
    return block
