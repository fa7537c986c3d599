"""Finding declarations in a region: the declaring sentences, the list entries under a declarations
heading, and the item each concerns when the words do not name it (a heading above, "the same item").
"""

from __future__ import annotations

import re

from extractors.declarations.members import _names, _subject_after, _subject_before
from extractors.declarations.reading import (Found, _action_of, _reference_before, _refers_back, interest_type, read_entry, read_tail,
                                             set_reference)
from extractors.declarations.regions import Region, is_declarations_title
from extractors.declarations.rules import rules
from extractors.declarations.sentences import _REFERENCE_HEADING, segments, sentences
from extractors.text import squash
from schemas.provenance import Span


def find_declarations(text: str, region: Region) -> list[Found]:
    """Every declaration made in ``text[region.span]``, in order."""
    r = rules()
    found: list[Found] = []
    for segment in segments(text, region.span):
        if not re.search(r"declar|disclos|interest", text[segment.start : segment.end], re.I):
            continue
        sents = sentences(text, segment)
        for i, sent in enumerate(sents):
            in_sentence = _declarations_in(text, sent, _in_context(text, region, sent), region.span.end)
            if not in_sentence:
                continue
            # an action stated in the sentences that follow belongs to the last declaration
            end = sent.end
            following: list[str] = []
            for nxt in sents[i + 1 :]:
                body = text[nxt.start : nxt.end]
                if _declarations_in(text, nxt, True) or not _action_of(body) or not _refers_back(body, in_sentence[-1].names):
                    break
                following.append(body)
                end = nxt.end
            for n, f in enumerate(in_sentence):
                if not (f.number or f.numbers):  # "• Agenda Item 12. Cllr X declared ... in relation to his role": the item before wins over words after
                    _reference_before(text, sent.start, f)
                if n == len(in_sentence) - 1 and following:
                    f.span = Span(start=f.span.start, end=end)
                    f.action = _action_of(" ".join([f.tail, *following]))
                f.late = f.late or any(p.search(text, sent.start, sent.end) for p in r.late)
                f.region = region
                found.append(f)
    found = found + _by_item(text, region, found)  # before `_listed`: "Item 7: Cllr A, Cllr B" is two members, not A with words "Cllr B"
    found = found + _listed(text, region, found)
    found = found + _grouped(text, region, found)
    found = sorted(found + _run_on(text, region, found), key=lambda f: f.span.start)
    _items_from_headings_and_neighbours(text, region, found)
    return found


_SAME_ITEM = re.compile(r"^[\s,]*(?:in|on|under|for|regarding|in\s+relation\s+to|in\s+respect\s+of)\s+(?:the\s+)?same\s+(?:item|matter|application)\b", re.I)


# "Councillor Khan declared a similar interest": the item and kind of the declaration before.
_LIKE_INTEREST = re.compile(r"\b(?:a\s+)?(?:similar|the\s+same|an?\s+identical|a\s+like)\s+interests?\b", re.I)
# "A number of Councillors declared an interest in Item 9 – Petition ... as follows:": the declarations listed after it are
# on that item.
_LEAD_IN = re.compile(
    r"(?im)^[^\n]*\bdeclar[^\n]*?\b(?P<ref>(?:agenda\s+)?items?\s+(?:no\.?\s*)?(?P<number>\d{1,4}[a-z]?))\b[^\n]*\bas\s+follows\s*[:–—-]?\s*$"
)


def _items_from_headings_and_neighbours(text: str, region: Region, found: list[Found]) -> None:
    """The item a declaration names in no words of its own: under a line that names it ("Agenda item 1 – Election of
    Chairman" / "Councillor X declared a pecuniary interest as a candidate ..."), after a lead-in that names it
    ("... declared an interest in Item 9 – Petition as follows:"), or "in the same item" as the
    declaration before it."""
    headings = [
        (m.start(), m.group("number"), m.group("ref"))
        for pattern in (_REFERENCE_HEADING, _LEAD_IN)
        for m in pattern.finditer(text, region.span.start, region.span.end)
        if not any(f.span.start <= m.start() < f.span.end for f in found)  # a line that is a declaration heads none after it
    ]
    headings.sort(key=lambda h: h[0])
    previous: Found | None = None
    for f in found:
        if previous is not None and not (f.number or f.numbers) and _SAME_ITEM.match(f.tail):
            f.number, f.reference, f.title = previous.number, previous.reference, None
        elif previous is not None and not (f.number or f.numbers or f.title) and _LIKE_INTEREST.search(text, f.span.start, f.span.end):
            f.number, f.numbers, f.reference, f.title = previous.number, previous.numbers, previous.reference, previous.title
            f.interest_type = f.interest_type or previous.interest_type
        elif not (f.number or f.numbers or f.title):
            above = [(number, ref) for start, number, ref in headings if start < f.span.start]
            if above:
                f.number, f.reference = above[-1]
        previous = f


def _listed(text: str, region: Region, found: list[Found]) -> list[Found]:
    """Declarations written as list entries with no verb under the declarations item ("Cllr B Jones – item 7,
    member of the allotment society"): one a line, on lines no declaring sentence already covers."""
    out: list[Found] = []
    base = region.span.start
    body = text[base : region.span.end]  # the region's own text: its first line is a line even when it starts after a heading
    for pattern in rules().listed:
        for m in pattern.finditer(body):
            start, end = base + m.start(), base + m.end()
            if any(f.span.start < end and start < f.span.end for f in found + out):
                continue
            if not region.declarations_item and ("bare" in m.groupdict() or not _in_context(text, region, Span(start=start, end=end))):
                continue  # a list entry is a declaration only under a declarations heading (a bare name: only in that item)
            if _PLURAL_TITLE.match(m.group("name")) and _LIST_GOES_ON.match(text, base + m.end("name")):
                continue  # "Cllrs A Lee, B Khan – ...": the list of names goes on (`_run_on` reads it whole)
            names = _names(squash(m.group("name")))
            if not names:
                continue
            f = Found(span=Span(start=start, end=base + m.end("tail")), names=names, tail=m.group("tail"), region=region)
            lead = m.groupdict().get("lead")
            if not read_entry(m.group("tail"), f) and not _after_lead_in(text, region, start):
                continue
            ref = rules().reference.search(lead) if lead else None
            if ref:  # "Minute 98. Councillor B Jones, ...": the item named before the member
                set_reference(f, ref)
            elif lead:  # "0654 & 0655   Councillor J Watson   ...": the numbers in the first column
                listed = re.findall(r"\d{1,4}[a-z]?", lead)
                f.reference, f.number, f.numbers = lead, (listed[0] if len(listed) == 1 else None), (listed if len(listed) > 1 else None)
            out.append(f)
    return out


_PLURAL_TITLE = re.compile(r"(?:Councillors|Cllrs)\b")
_LIST_GOES_ON = re.compile(r"[ \t]*(?:,|&|\band\b)[ \t]*\n?[ \t]*(?:[A-Z]\.?[ \t]+){0,2}[A-Z][\w’'-]*(?:[ \t]*(?:[,&–—:]|-[ \t]|and\b|$))", re.M)


def _after_lead_in(text: str, region: Region, start: int) -> bool:
    """An entry under a lead-in that says declarations follow ("The following declarations of interest were made:"), in
    the declarations item's minutes: a declaration whatever its words (they may name no item and no kind of interest)."""
    return region.declarations_item and any(p.search(text, region.span.start, start) for p in rules().list_lead_in)


def _run_on(text: str, region: Region, found: list[Found]) -> list[Found]:
    """Several entries with no verb in one paragraph of the declarations item's minutes (or after a declarations label),
    each opened by the member ("Interests were declared as follows: Cllr B Jones (item 7, personal), Cllr C Owen (item 9,
    pecuniary)"; "Cllr B Jones – item 7 personal; Cllr C Owen – item 9 pecuniary"; "Item 7: Cllr B Jones (personal),
    Cllr C Owen (pecuniary)"; a flattened table "Cllrs B Rees, J Hale – Luncheon Club Cllr C Owen, Village Hall"; "...
    Declarations of Interest • Councillor B Jones – Item 14.1. • Councillor C Owen – Item 14.1."). A paragraph is read
    with its line breaks as spaces (a PDF print wraps an entry, and a name, across lines). An entry is kept when its
    words name an item or a kind of interest; in the declarations item also when they name an organisation, or when the
    name's cell is the last of a row whose others count; an item named before the first entry is every entry's that
    names none."""
    r = rules()
    out: list[Found] = []
    for segment in segments(text, region.span):
        base = segment.start
        body = text[segment.start : segment.end].replace("\n", " ")  # same length: offsets stay the text's
        starts = _entry_starts(body)
        if not starts:
            continue
        label = 0
        if not region.declarations_item:
            label = _label_end(body, starts)
            if label is None:
                continue  # elsewhere only after a declarations label ("Declarations of interest: Cllr B Jones – item 7")
            starts = [m for m in starts if m.start("name") >= label]
        lead = r.reference.search(body, label, starts[0].start("name"))
        kept: list[Found] = []
        empty: list[Found] = []
        for n, m in enumerate(starts):
            piece_end = starts[n + 1].start("name") if n + 1 < len(starts) else len(body)
            start, end = base + m.start("name"), base + piece_end
            if any(f.span.start < end and start < f.span.end for f in found + out):
                continue
            names = _names(squash(m.group("name")))
            tail = body[m.end("name") : piece_end]
            if not names:
                continue
            f = Found(span=Span(start=start, end=end), names=names, tail=tail, region=region)
            if not tail.strip(" ,;.:•·▪●◦‣"):
                empty.append(f)  # "... Cllr C Owen," ending a flattened table: its interest cell lost
                continue
            if not _ENTRY_TAIL.match(tail):
                continue  # "Cllr B Jones reminded members of their interests": a sentence, not an entry
            entry = read_entry(tail, f)  # False for "..., reminded members to declare any interests"
            if not (f.number or f.numbers) and lead:
                set_reference(f, lead)
            if f.number or f.numbers or f.interest_type or (entry and _KIND_WORDS.search(tail)):
                kept.append(f)
            elif region.declarations_item and _ORGANISATION.match(tail):
                f.description = _clean_organisation(tail)
                kept.append(f)
        if region.declarations_item and kept:
            kept += empty
        out += kept
    return out


def _entry_starts(body: str) -> list[re.Match[str]]:
    """Where run-on entries start: one match per position, the longest (a plural title's whole list of names)."""
    by_start: dict[int, re.Match[str]] = {}
    for p in rules().entry_start:
        for m in p.finditer(body):
            at = m.start("name")
            if at not in by_start or m.end("name") > by_start[at].end("name"):
                by_start[at] = m
    starts = sorted(by_start.values(), key=lambda m: m.start("name"))
    out: list[re.Match[str]] = []
    for m in starts:  # a name inside the list of names before it is no entry of its own
        if out and m.start("name") < out[-1].end("name"):
            continue
        out.append(m)
    return out


def _label_end(body: str, starts: list[re.Match[str]]) -> int | None:
    """Where a declarations label that opens entries ends ("Declarations of Interest • Councillor B Jones – ..."): the
    label, then only separators or bullets up to an entry's name; None when there is none."""
    names_at = {m.start("name") for m in starts}
    for pattern in rules().item_title:
        for m in pattern.finditer(body):
            gap = _LABEL_GAP.match(body, m.end())
            if gap and gap.end() in names_at:
                return gap.end()
    return None


_LABEL_GAP = re.compile(r"[\s:;,.–—•·▪●◦‣-]*")
# An entry's words that name an organisation and nothing else: "– School Parents and Friends Association", ", Luncheon
# Club", "- St Mary's PCC" (title case; small joining words allowed).
_ORGANISATION = re.compile(
    r"^[ \t]*(?:[–—:,]|-[ \t])[ \t]*(?:[A-Z][\w’'&.-]*)(?:[ \t]+(?:[A-Z][\w’'&.-]*|and|of|the|for|&|de|y|a|in|on)){0,7}[ \t,;.•·▪●◦‣]*$"
)


def _clean_organisation(tail: str) -> str:
    return squash(tail).strip(" ,;.:–—-")


def _by_item(text: str, region: Region, found: list[Found]) -> list[Found]:
    """Entries listed by the item they concern, the members after it and no verb, in the declarations item's minutes or on
    a line its heading opens ("Agenda Item 6.2: Audit Panel - Councillor Armstrong; Agenda Item 6.6: Estate Update -
    Councillors Campbell and Thornton", "Item 7 (Allotments) – Cllrs Hale and Moss"): one declaration of every member
    named on the item, kind and reason unsaid. A piece is the text between semicolons in one paragraph (its line breaks
    read as spaces)."""
    out: list[Found] = []
    for segment in segments(text, region.span):
        offset = segment.start
        body = text[segment.start : segment.end].replace("\n", " ")  # same length; a PDF print wraps a list of names
        for piece in re.finditer(r"[^;]+", body):
            for pattern in rules().by_item_entry:
                m = pattern.search(piece.group(0))
                if m is None:
                    continue
                start, end = offset + piece.start() + m.start("ref"), offset + piece.start() + m.end("names")
                if any(f.span.start < end and start < f.span.end for f in found + out):
                    continue
                if not region.declarations_item and not is_declarations_title(body[: piece.start() + m.start()].strip(" :;,–—-")):
                    continue  # elsewhere only in a paragraph the declarations heading opens
                names = _names(squash(m.group("names")))
                if not names:
                    continue
                f = Found(span=Span(start=start, end=end), names=names, region=region, reference=m.group("ref"), number=m.group("number"))
                if m.group("title"):
                    f.title = squash(m.group("title")).strip(" ()")
                out.append(f)
    return out


_KIND_WORDS = re.compile(r"\binterests?\b", re.I)
_ENTRY_TAIL = re.compile(r"[ \t]*(?:[–—:,(|\t]|-[ \t])")  # an entry's words follow the name after a separator or a bracket


def _grouped(text: str, region: Region, found: list[Found]) -> list[Found]:
    """Declarations listed one a line under a member's name on a line of its own, in the declarations item's minutes
    ("• Councillor B Jones" / "Planning Committee held 7 May 2025" / "Minute 101(b) - 25/00189/FUL - Non-pecuniary
    interest - knows the applicant;"): each line that names an item or a kind of interest is one of that member's
    declarations, until the next member's name."""
    if not region.declarations_item:
        return []
    r = rules()
    base = region.span.start
    body = text[base : region.span.end]
    heads = sorted((m for pattern in r.member_heading for m in pattern.finditer(body)), key=lambda m: m.start())
    out: list[Found] = []
    for n, head in enumerate(heads):
        names = _names(squash(head.group("name")))
        if not names:
            continue
        stop = heads[n + 1].start() if n + 1 < len(heads) else len(body)
        for line in re.finditer(r"[^\n]+", body[: stop]):
            if line.start() < head.end() or not any(p.match(line.group(0)) for p in r.group_entry):
                continue
            start, end = base + line.start(), base + line.end()
            if any(f.span.start < end and start < f.span.end for f in found + out):
                continue
            f = Found(span=Span(start=start, end=end), names=names, tail=line.group(0), region=region)
            read_entry(line.group(0), f)
            out.append(f)
    return out


def _in_context(text: str, region: Region, sent: Span) -> bool:
    """Is the sentence under a declarations heading (or just after another declaration)?"""
    if region.declarations_item:
        return True
    before = max(region.span.start, sent.start - rules().context_chars)
    return bool(rules().context.search(text, before, sent.start))


def _declarations_in(text: str, sent: Span, in_context: bool, stop: int | None = None) -> list[Found]:
    """The declarations one sentence makes (usually one; "A ... and B ..." makes two); a sentence that ends with a colon
    may name its members on the lines after it, up to ``stop``."""
    r = rules()
    hits: list[tuple[int, int, re.Match[str], list[str], int | None]] = []  # (start, tail start, match, names, names at)
    for pattern in r.declared + (r.declared_in_context if in_context else []):
        for m in pattern.finditer(text, sent.start, sent.end):
            subject = _subject_before(text, sent.start, m.start())
            if subject:
                hits.append((subject[0], m.end(), m, subject[1], None))
            elif (after := _named_after(text, sent, m, stop)) is not None:
                hits.append((sent.start, m.end(), m, after[1], after[0]))
    for pattern in r.declared_by:
        for m in pattern.finditer(text, sent.start, sent.end):
            several = _declarers_each_with_item(text, m.end(), sent.end)
            if several:  # "... were declared by Cllr A (item 5) and Cllr B (item 7)": a declaration each, its own item
                for n, (at, name_end, names) in enumerate(several):
                    hits.append((m.start() if n == 0 else at, name_end, m, names, None))
                continue
            subject = _subject_after(text, m.end(), sent.end)
            if subject:
                hits.append((m.start(), subject[0], m, subject[1], None))
    hits.sort(key=lambda h: h[0])
    out: list[Found] = []
    for n, (start, tail_start, m, names, names_at) in enumerate(hits):
        tail_end = hits[n + 1][0] if n + 1 < len(hits) else sent.end
        end = tail_end
        if n + 1 < len(hits):  # "A declared ... and B declared ...": A's span stops before "and"
            end = start + len(re.sub(r"(?:[\s,;]|\band\b)+$", "", text[start:tail_end]))
        f = Found(span=Span(start=start, end=end), names=names, tail=text[tail_start : min(tail_end, names_at) if names_at else tail_end])
        if names_at and names_at > sent.end:  # the names on the lines below: the declaration's span takes them in
            f.span = Span(start=start, end=names_at)
        f.interest_type = interest_type(m.group("type"))
        read_tail(f.tail, f)
        out.append(f)
    return out


def _named_after(text: str, sent: Span, verb: re.Match[str], stop: int | None = None) -> tuple[int, list[str]] | None:
    """The members a sentence whose subject is the members as a group names after the verb phrase ("The following members
    declared a personal interest in item 11 ...: Cllr A Lee and Cllr B Khan", "... (Councillors Lee and Khan)"), or on
    the lines below it when it ends with a colon ("... in item 5:" / "• Cllr A Lee" / "• Cllr B Khan"), as ``(where the
    names start - or, for names below, where they end -, names)``; None when the subject is no group or the names are
    not all persons'."""
    r = rules()
    if not any(p.match(text[sent.start : verb.start()]) for p in r.collective_subject):
        return None
    tail = text[verb.end() : sent.end]
    for pattern in r.names_after:
        m = pattern.search(tail)
        names = _names(squash(m.group("names")).strip(" ,")) if m else []
        if names:
            return verb.end() + m.start(), names
    if stop is None or not tail.rstrip().endswith(":"):
        return None
    below: list[str] = []
    end = sent.end
    for line in re.finditer(r"[^\n]+", text[sent.end : stop]):
        written = _LIST_LINE.sub("", line.group(0))
        if not written:
            continue
        named = _names(written) if re.match(r"(?:Councillors?|Cllrs?|Mr|Mrs|Ms|Miss|Dr)\b", written) else []
        if not named:
            break
        below += named
        end = sent.end + line.end()
    return (end, below) if below else None


# A names line under a sentence ending with a colon: its bullet, and a closing comma, semicolon, full stop or "and".
_LIST_LINE = re.compile(r"^[\s•·*▪●◦‣-]+|(?:[\s,;.]|\band\b)+$")


# A titled member in a list after "declared by": "Cllr A Lee", "Councillor Khan", "Mrs B Owen".
_TITLED = re.compile(r"(?:Councillors?|Cllrs?\.?|Mr|Mrs|Ms|Miss|Dr)\s+(?:[A-Z]\.?\s+){0,3}[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?")
# What stands between two of them when each names their own item: "(item 5) and ", ", item 5, and ", " – item 5; ".
_OWN_ITEM_THEN_NEXT = re.compile(
    r"\s*(?:\([^()]{1,80}\)|[,–—-]\s*(?:agenda\s+)?(?:items?|minutes?|min\.?)\s+\d[^,;()]{0,60}?)\s*(?:,|;)?\s*(?:\band\b|&)?\s*$"
)


def _declarers_each_with_item(text: str, start: int, stop: int) -> list[tuple[int, int, list[str]]] | None:
    """The members listed after "declared by" / "received from" when each names their own item ("Cllr A Lee (item 5)
    and Cllr B Khan (item 7)", "Cllr A Lee, item 5, and Cllr B Khan, item 7"), as (where the name starts, where it
    ends, names); None when there are fewer than two or what stands between them is no item of their own."""
    found = []
    for m in _TITLED.finditer(text, start, stop):
        if not found and text[start : m.start()].strip():
            return None  # the list must start right after the verb
        found.append(m)
    if len(found) < 2:
        return None
    out = []
    for n, m in enumerate(found):
        if n + 1 < len(found) and not _OWN_ITEM_THEN_NEXT.match(text[m.end() : found[n + 1].start()]):
            return None
        names = _names(squash(m.group(0)))
        if not names:
            return None
        out.append((m.start(), m.end(), names))
    return out
