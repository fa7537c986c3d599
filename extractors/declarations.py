"""Declarations of interest: who declared an interest, of what kind, in which item, and what they did.

Minutes record declarations as sentences, usually under a "Declarations of
Interest" item but sometimes under the item concerned or "later in the meeting"::

    Councillor Simon Brown declared a non-pecuniary interest in that his daughter
    had started working for ... He remained in the meeting while the items were
    being discussed.

    Councillor Bass declared an interest in relation to agenda 9 Coombe Lane West
    Zebra Crossing - Local Consultation Results, as she lived on Dickerage Road.

    Later in the meeting Mr Sole declared an interest under Item 16 - Pay Policy
    Statement 2025/26 - that a family member worked for KCC.

Every pattern lives in ``vocab/declarations.toml``; the code does four things.

1. **Where to look** (:func:`regions`). The minutes of every item, and the
   text between items when the document is minutes. A document without a
   minutes layout (an agenda pack carrying the previous meeting's minutes) is
   read whole only when it shows evidence of minutes ("PRESENT:", "Apologies
   ... were received"); what it declares belongs to *another* meeting, so it
   is linked to neither this document's meeting nor its items.
2. **The sentence** (:func:`find_declarations`). A ``declared`` pattern finds
   the verb phrase ("declared a personal interest"); the member is the run of
   capitalised words just before it ("Councillor Simon Brown", "Mr Sole"),
   kept as written, and must pass :func:`extractors.names.is_personal_name`:
   a job title or phrase is never recorded as a person. "The Chair declared"
   is recorded under the chair the attendance list names ("Dave Roberts
   (Chairman)"), or not at all.
3. **The rest of the sentence** (:func:`read_tail`): the item reference ("in
   item 48, Update on ...", "under Item 16 - Pay Policy ..."), the reason
   after "in that" / ", as" / "- that", and the action, also looked for in the
   sentences that follow ("He remained in the meeting ..."), which then belong
   to the declaration's span. The item is matched by its printed number, then
   by the title words the declaration quotes (which win when they disagree:
   agenda and minute numbers often differ). A reference to several items
   ("in Items 11 and 12") gives one declaration for each.
4. **The meeting**. ``declarations_none`` is True when the minutes say that
   nobody declared anything ("No declarations were made", "Declarations of
   interest: None") and nobody did later; False when a declaration was
   recorded; None when the document does not say. The flag is returned as a
   :class:`~extractors.link.MeetingFlag` for the link step to set.

The same declaration recorded twice (under the declarations item and again
under the item concerned) is kept once: same member, same item or same reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from extractors import vocab
from extractors.agenda_items import item_id
from extractors.names import fuller_name, is_personal_name, parse_name, split_names
from extractors.link import MeetingFlag
from extractors.registry import ExtractionContext, ExtractorOutput, extractor
from extractors.text import squash
from schemas.outline import lines_of
from schemas import Declaration
from schemas.provenance import Span

NAME = "declarations"

# --- vocabulary -------------------------------------------------------------


@dataclass(frozen=True)
class Rules:
    item_title: list[re.Pattern[str]]
    declared: list[re.Pattern[str]]
    declared_in_context: list[re.Pattern[str]]
    listed: list[re.Pattern[str]]
    context: re.Pattern[str]
    context_chars: int
    declared_by: list[re.Pattern[str]]
    none_said: list[re.Pattern[str]]
    none_in_item: list[re.Pattern[str]]
    types: list[tuple[str, re.Pattern[str]]]
    reference: re.Pattern[str]
    reason_at_start: re.Pattern[str]
    reason_after_separator: re.Pattern[str]
    reason_strong: re.Pattern[str]
    about_at_start: re.Pattern[str]
    actions: dict[str, list[re.Pattern[str]]]
    late: list[re.Pattern[str]]
    chair: list[re.Pattern[str]]
    chair_words: list[re.Pattern[str]]
    present_line: list[re.Pattern[str]]
    between: frozenset[str]
    abbreviations: frozenset[str]
    minutes_evidence: list[re.Pattern[str]]
    minutes_kinds: frozenset[str]


@lru_cache(maxsize=1)
def rules() -> Rules:
    v = vocab.get("declarations")
    reasons = "|".join(vocab.phrase(r) for r in sorted(v.reference.reason, key=len, reverse=True))
    strong = "|".join(vocab.phrase(r) for r in v.reference.reason if r not in ("as", "that", "being"))
    abouts = "|".join(vocab.phrase(a) for a in sorted(v.reference.about, key=len, reverse=True))
    return Rules(
        item_title=v.regex("item_title").patterns,
        declared=v.regex("declared").patterns,
        declared_in_context=v.regex("declared_in_context").patterns,
        listed=v.regex("listed").patterns,
        context=v.compiled("context"),
        context_chars=v.context_chars,
        declared_by=v.regex("declared_by").patterns,
        none_said=v.regex("none_said").patterns,
        none_in_item=v.regex("none_in_item").patterns,
        types=[(t.name, t.compiled("pattern")) for t in v.type],
        reference=v.reference.compiled("item"),
        reason_at_start=re.compile(rf"^[\s,;:–—-]*(?:{reasons})\b[\s,:]*", re.I),
        reason_after_separator=re.compile(rf"(?:[,;:(]|\s[–—-])\s*(?:{reasons})\b[\s,:]*", re.I),
        reason_strong=re.compile(
            rf"\s(?:{strong}|as(?=\s+(?:he|she|they|his|her|their|a|an|one|chair|member|trustee|director|governor)\b))\b[\s,:]*",
            re.I,
        ),
        about_at_start=re.compile(rf"^[\s,;:–—-]*(?:{abouts})\b\s*", re.I),
        actions={k: v.action.regex(k).patterns for k in type(v.action).model_fields},
        late=v.late.regex("phrases").patterns,
        chair=v.names.regex("chair").patterns,
        chair_words=v.names.regex("chair_words").patterns,
        present_line=v.names.regex("present_line").patterns,
        between=frozenset(w.lower() for w in v.names.between),
        abbreviations=frozenset(v.names.abbreviations),
        minutes_evidence=v.minutes_evidence.regex("patterns").patterns,
        minutes_kinds=frozenset(v.minutes_evidence.minutes_kinds),
    )


@lru_cache(maxsize=None)
def _required_text(pattern: re.Pattern[str]) -> str | None:
    """Text every match of ``pattern`` contains: its longest run of literal characters outside any
    group, for a case-sensitive pattern; None when there is none to tell (then always search)."""
    if pattern.flags & re.IGNORECASE:
        return None
    try:
        from re import _constants, _parser

        items = list(_parser.parse(pattern.pattern, pattern.flags))
    except Exception:  # another Python's internals: no shortcut
        return None
    best, run = "", ""
    for op, value in items + [(None, None)]:
        if op is _constants.LITERAL:
            run += chr(value)
            continue
        best, run = max(best, run, key=len), ""
    return best or None


def _may_match(pattern: re.Pattern[str], text: str) -> bool:
    """False only when ``pattern`` cannot match ``text`` (it lacks the pattern's required text).

    A pattern that starts with ``\\b`` or ``^`` is tried at every position of the
    document; ``in`` rules most documents out at a fraction of the cost.
    """
    needed = _required_text(pattern)
    return needed is None or needed in text


# --- where to look ----------------------------------------------------------


@dataclass(frozen=True)
class Region:
    """A stretch of text to search, and what it belongs to."""

    span: Span
    position: int | None  # 1-based position of the item whose minutes these are; None between items
    declarations_item: bool  # the minutes of the "Declarations of Interest" item
    this_meeting: bool  # the minutes of the meeting this document describes


def is_declarations_title(title: str | None) -> bool:
    title = _undrop(squash(title or ""))
    return any(p.search(title) for p in rules().item_title)


_AGENDA_KINDS = ("agenda", "agenda_frontsheet")


def regions(ctx: ExtractionContext) -> list[Region]:
    """The item minutes and, for minutes, the text between items."""
    outline = ctx.outline
    kind = outline.kind if outline is not None else None
    minutes_document = kind in rules().minutes_kinds
    out: list[Region] = []
    covered: list[Span] = []
    for position, block in enumerate(outline.items if outline is not None else [], start=1):
        if block.minutes is None:
            continue
        out.append(Region(block.minutes, position, is_declarations_title(block.title_text), True))
        covered.append(block.minutes)
    if kind in _AGENDA_KINDS:
        return out  # an agenda records nothing: declarations in the papers it binds (last meeting's minutes) are that meeting's
    if minutes_document or any(_may_match(p, ctx.text) and p.search(ctx.text) for p in rules().minutes_evidence):
        pos = 0
        for span in sorted(covered, key=lambda s: s.start) + [Span(start=len(ctx.text), end=len(ctx.text))]:
            if span.start > pos and ctx.text[pos : span.start].strip():
                out.append(Region(Span(start=pos, end=span.start), None, False, minutes_document))
            pos = max(pos, span.end)
    return sorted(out, key=lambda r: r.span.start)


# --- sentences --------------------------------------------------------------

_BULLET_LINE = re.compile(r"^[\s\xa0]*(?:[·•▪●◦‣∙*–-]|\(?\d{1,4}[.)]|\([a-z]{1,3}\)|[a-z][.)])[\s\xa0]")
_HEADING_LINE = re.compile(r"^\s*(?:\(Item\s+\d{1,4}[a-z]?\)|\d{1,4}\.?\s+[A-Z][A-Z ,&'’-]{3,}|Minutes:|\d{1,4}\.)\s*$")


def segments(text: str, span: Span) -> list[Span]:
    """Paragraphs and list entries of ``text[span]``: no sentence runs across two.

    A blank line ends a paragraph only after a full stop or colon (Markdown
    renderings put blank lines inside sentences); a bullet, a numbered line or
    a heading line always starts a new one.
    """
    out: list[Span] = []
    start: int | None = None
    last_end = span.start
    last_char = ""
    blank = False
    for line in lines_of(text, span.start, span.end):
        s = line.text.strip().strip("\xa0")
        if not s:
            blank = True
            continue
        heading = _HEADING_LINE.match(line.text) or _REFERENCE_HEADING.match(line.text)  # "Agenda item 5 – Planning"
        breaks = _BULLET_LINE.match(line.text) or heading or (blank and last_char in ".:;!?")
        if start is not None and breaks:
            out.append(Span(start=start, end=last_end))
            start = None
        if start is None:
            start = line.span.start
        last_end = line.span.end
        last_char = s[-1]
        blank = False
        if heading:
            out.append(Span(start=start, end=last_end))
            start = None
    if start is not None:
        out.append(Span(start=start, end=last_end))
    return out


_SENTENCE_END = re.compile(r"[.!?][\"”’)\]]*(?=[\s\xa0]+[\"“‘(]?[A-Z0-9·•])")


def sentences(text: str, span: Span) -> list[Span]:
    """The sentences of one segment (a full stop after "Mr", "Cllr" or an initial ends none)."""
    out: list[Span] = []
    start = span.start
    for m in _SENTENCE_END.finditer(text, span.start, span.end):
        word = re.search(r"([\w.]+)\.$", text[max(span.start, m.start() - 12) : m.start() + 1])
        if word and (word.group(1) in rules().abbreviations or word.group(1).capitalize() in rules().abbreviations
                     or re.fullmatch(r"[A-Z]", word.group(1))):  # "minute no. 6", "Cllr. Brown"
            continue
        out.append(Span(start=start, end=m.end()))
        start = m.end()
        while start < span.end and text[start] in " \t\n\f\xa0":
            start += 1
    if start < span.end:
        out.append(Span(start=start, end=span.end))
    return out


# --- one declaration --------------------------------------------------------


@dataclass
class Found:
    """A declaration as read from the text, before it becomes a record."""

    span: Span
    names: list[str]
    interest_type: str | None = None
    description: str | None = None
    action: str | None = None
    reference: str | None = None  # "item 48" / the quoted title
    number: str | None = None  # "48"
    numbers: list[str] | None = None  # "Items 11 and 12": each item named, when there are several
    title: str | None = None  # the title words the declaration quotes
    late: bool = False
    region: Region | None = None
    item_position: int | None = None
    tail: str = ""  # the sentence after "... interest"


def find_declarations(text: str, region: Region) -> list[Found]:
    """Every declaration made in ``text[region.span]``, in order."""
    r = rules()
    found: list[Found] = []
    for segment in segments(text, region.span):
        if not re.search(r"declar|disclos|interest", text[segment.start : segment.end], re.I):
            continue
        sents = sentences(text, segment)
        for i, sent in enumerate(sents):
            in_sentence = _declarations_in(text, sent, _in_context(text, region, sent))
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
                if not (f.number or f.numbers or f.title):
                    _reference_before(text, sent.start, f)
                if n == len(in_sentence) - 1 and following:
                    f.span = Span(start=f.span.start, end=end)
                    f.action = _action_of(" ".join([f.tail, *following]))
                f.late = f.late or any(p.search(text, sent.start, sent.end) for p in r.late)
                f.region = region
                found.append(f)
    found = sorted(found + _listed(text, region, found), key=lambda f: f.span.start)
    _items_from_headings_and_neighbours(text, region, found)
    return found


_REFERENCE_HEADING = re.compile(r"(?im)^[ \t]*(?P<ref>(?:agenda\s+)?(?:item|minute)\s+(?:no\.?\s*)?(?P<number>\d{1,4}[a-z]?))\b(?![^\n]*\bdeclar)[^\n]{0,120}$")
_SAME_ITEM = re.compile(r"^[\s,]*(?:in|on|under|for|regarding|in\s+relation\s+to|in\s+respect\s+of)\s+(?:the\s+)?same\s+(?:item|matter|application)\b", re.I)


def _items_from_headings_and_neighbours(text: str, region: Region, found: list[Found]) -> None:
    """The item a declaration names in no words of its own: under a line that names it ("Agenda item 1 – Election of
    Chairman" / "Councillor X declared a pecuniary interest as a candidate ..."), or "in the same item" as the
    declaration before it."""
    headings = [(m.start(), m.group("number"), m.group("ref")) for m in _REFERENCE_HEADING.finditer(text, region.span.start, region.span.end)]
    previous: Found | None = None
    for f in found:
        if previous is not None and not (f.number or f.numbers) and _SAME_ITEM.match(f.tail):
            f.number, f.reference, f.title = previous.number, previous.reference, None
        elif not (f.number or f.numbers or f.title):
            above = [(number, ref) for start, number, ref in headings if start < f.span.start]
            if above:
                f.number, f.reference = above[-1]
        previous = f


def _listed(text: str, region: Region, found: list[Found]) -> list[Found]:
    """Declarations written as list entries with no verb under the declarations item ("Cllr B Jones – item 7,
    member of the allotment society"): one a line, on lines no declaring sentence already covers."""
    out: list[Found] = []
    for pattern in rules().listed:
        for m in pattern.finditer(text, region.span.start, region.span.end):
            if m.end() > region.span.end or any(f.span.start < m.end() and m.start() < f.span.end for f in found):
                continue
            if not region.declarations_item and not _in_context(text, region, Span(start=m.start(), end=m.end())):
                continue  # a list entry is a declaration only under a declarations heading
            names = _names(squash(m.group("name")))
            if not names:
                continue
            f = Found(span=Span(start=m.start(), end=m.end("tail")), names=names, tail=m.group("tail"), region=region)
            lead = m.groupdict().get("lead")
            if not read_entry(m.group("tail"), f):
                continue
            if lead:  # "0654 & 0655   Councillor J Watson   ...": the numbers in the first column
                listed = re.findall(r"\d{1,4}[a-z]?", lead)
                f.reference, f.number, f.numbers = lead, (listed[0] if len(listed) == 1 else None), (listed if len(listed) > 1 else None)
            out.append(f)
    return out


_TYPE_WORDS = re.compile(r"(?P<type>(?:[\w'’-]+\s+){0,4}?)interests?\b", re.I)


def read_entry(tail: str, f: Found) -> bool:
    """Fill item, type, reason and action from a list entry's words after the name ("item 7 – non-pecuniary
    interest (plot holder)", "Church House", "Item 7 – Personal"); False when they tell nothing of an interest
    (a sentence about something else: lower-case words with no item and no kind of interest)."""
    r = rules()
    body = squash(tail).rstrip(" .;")
    f.action = _action_of(body)
    ref = r.reference.search(body)
    if ref:
        f.reference = ref.group("ref")
        listed = re.findall(r"\d{1,4}(?:/\d{2,4})?[a-z]?(?:\s*\((?:[a-z]|\d{1,2})\))?", ref.group("ref"))
        f.number = ref.group("number") if len(listed) == 1 else None
        f.numbers = listed if len(listed) > 1 else None
        body = f"{body[: ref.start()]} {body[ref.end() :]}"
    kind = _TYPE_WORDS.search(body)
    if kind:
        f.interest_type = interest_type(kind.group("type"))
        body = f"{body[: kind.start()]} {body[kind.end() :]}"
    elif len(body.split()) <= 3 and interest_type(body):  # "Item 7 – Personal"
        f.interest_type, body = interest_type(body), ""
    body = re.sub(r"^[\s,;:–—()-]+|[\s,;:–—()-]+$", "", squash(body))
    start_reason = r.reason_at_start.match(body)
    description = _clean(body[start_reason.end() :] if start_reason else body)
    f.description = description or None
    if f.number or f.numbers or f.interest_type or kind:
        return True
    return bool(description) and description[0].isupper() and len(description.split()) <= 8


def _reference_before(text: str, start: int, f: Found) -> None:
    """ "Item 7: Cllr B Jones declared a personal interest", "Prior to consideration of agenda item 14 ..., Councillor
    X declared a personal interest in the item": the item named before the member, in the same sentence."""
    lead = text[start : f.span.start]
    if len(lead) > 160:
        return
    refs = list(rules().reference.finditer(lead))  # "During discussion of notice of motion no. 8 (minute no. 6 refers), Cllr X"
    ref = refs[-1] if refs else None
    if ref:
        listed = re.findall(r"\d{1,4}(?:/\d{2,4})?[a-z]?(?:\s*\((?:[a-z]|\d{1,2})\))?", ref.group("ref"))
        f.reference = ref.group("ref")
        f.number = ref.group("number") if len(listed) == 1 else None
        f.numbers = listed if len(listed) > 1 else None


def _in_context(text: str, region: Region, sent: Span) -> bool:
    """Is the sentence under a declarations heading (or just after another declaration)?"""
    if region.declarations_item:
        return True
    before = max(region.span.start, sent.start - rules().context_chars)
    return bool(rules().context.search(text, before, sent.start))


def _declarations_in(text: str, sent: Span, in_context: bool) -> list[Found]:
    """The declarations one sentence makes (usually one; "A ... and B ..." makes two)."""
    r = rules()
    hits: list[tuple[int, int, re.Match[str], list[str]]] = []  # (start, tail start, match, names)
    for pattern in r.declared + (r.declared_in_context if in_context else []):
        for m in pattern.finditer(text, sent.start, sent.end):
            subject = _subject_before(text, sent.start, m.start())
            if subject:
                hits.append((subject[0], m.end(), m, subject[1]))
    for pattern in r.declared_by:
        for m in pattern.finditer(text, sent.start, sent.end):
            subject = _subject_after(text, m.end(), sent.end)
            if subject:
                hits.append((m.start(), subject[0], m, subject[1]))
    hits.sort(key=lambda h: h[0])
    out: list[Found] = []
    for n, (start, tail_start, m, names) in enumerate(hits):
        tail_end = hits[n + 1][0] if n + 1 < len(hits) else sent.end
        end = tail_end
        if n + 1 < len(hits):  # "A declared ... and B declared ...": A's span stops before "and"
            end = start + len(re.sub(r"(?:[\s,;]|\band\b)+$", "", text[start:tail_end]))
        f = Found(span=Span(start=start, end=end), names=names, tail=text[tail_start:tail_end])
        f.interest_type = interest_type(m.group("type"))
        read_tail(f.tail, f)
        out.append(f)
    return out


def interest_type(words: str | None) -> str | None:
    """``"a non pecuniary "`` -> ``"non-pecuniary"``; no type words -> None."""
    words = squash(words or "")
    for name, pattern in rules().types:
        if pattern.search(words):
            return name
    return None


_NAME_TOKEN = re.compile(r"[^\s,]+|,")
_PARTICLES = {"de", "van", "von", "der", "du", "da", "le", "la", "di", "al", "bin", "and", "&", ","}


def _name_like(token: str) -> bool:
    return bool(token[:1].isupper() or re.fullmatch(r"\([A-Z]{1,3}\.?\)", token) or token.lower() in _PARTICLES)


def _subject_before(text: str, start: int, verb: int) -> tuple[int, list[str]] | None:
    """The member(s) named just before the verb, as ``(start offset, names as written)``."""
    tokens = list(_NAME_TOKEN.finditer(text, start, verb))
    while tokens and tokens[-1].group(0).lower() in rules().between:
        tokens.pop()
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


_INITIALS_ONLY = re.compile(r"^[A-Z]{2,3}$")
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


def read_tail(tail: str, f: Found) -> None:
    """Fill item reference, title, reason and action from what follows "... interest"."""
    r = rules()
    body = squash(tail).rstrip(" .;")
    f.action = _action_of(body)
    start_reason = r.reason_at_start.match(body)
    if start_reason:
        f.description = _clean(body[start_reason.end() :])
        return
    ref = r.reference.search(body)
    if ref and ref.start() <= 40:
        f.reference = ref.group("ref")
        listed = re.findall(r"\d{1,4}(?:/\d{2,4})?[a-z]?(?:\s*\((?:[a-z]|\d{1,2})\))?", ref.group("ref"))
        f.number = ref.group("number") if len(listed) == 1 else None
        f.numbers = listed if len(listed) > 1 else None
        rest = body[ref.end() :]
        start_reason = r.reason_at_start.match(rest)
        if start_reason:  # "in item 5 as he ..."
            f.description = _clean(rest[start_reason.end() :])
            return
        reason = r.reason_after_separator.search(rest) or r.reason_strong.search(rest)
        if re.match(r"[\s\xa0]*[A-Z(“\"'‘,:;–—-]", rest):  # the item's title follows its number
            f.title = _clean(rest[: reason.start()] if reason else rest) or None
        if reason:
            f.description = _clean(rest[reason.end() :])
        return
    refers = _REFERS.search(body)
    if refers:  # "... in this matter by virtue of ... (minute no. 16 (b) refers)"
        f.reference, f.number = refers.group("ref"), refers.group("number")
        body = body[: refers.start()].rstrip(" ,;.")
    about = r.about_at_start.match(body)
    reason = r.reason_after_separator.search(body) or r.reason_strong.search(body)
    if about:
        f.title = _clean(body[about.end() : reason.start() if reason else len(body)]) or None
        if f.title and _THE_ITEM.fullmatch(f.title):
            f.title = None  # "in the item", "in this item": the item is named elsewhere (before, or by where it is said)
    if reason:
        f.description = _clean(body[reason.end() :])


_REFERS = re.compile(r"\(\s*(?:see\s+)?(?P<ref>(?:minute|item|agenda\s+item)s?\s+(?:no\.?\s*)?(?P<number>\d{1,4}[a-z]?)(?:\s*\((?:[a-z]|\d{1,2})\))?)\s+refers?\s*\)", re.I)
_THE_ITEM = re.compile(r"(?:the|this|that)\s+(?:same\s+)?(?:item|matter|agenda\s+item)", re.I)


_ACTION_CLAUSE = re.compile(
    r"(?:,\s*|\s+)(?:and|but)\s+(?:(?:he|she|they)\s+)?(?=(?:left|withdrew|did|took|remained|stayed|abstained)\b).*$", re.I
)


def _clean(text: str) -> str:
    text = _ACTION_CLAUSE.sub("", squash(text))
    text = text.strip(" ,;:.–—-\"'“”‘’")
    if text.startswith("(") and text.endswith(")") and text.count("(") == 1:
        text = text[1:-1]
    return re.sub(r"\s*[–—-]$", "", text).strip()


def _action_of(text: str) -> str | None:
    """What the member did: remained / left / did not vote / left and did not vote / took no part."""
    acts = rules().actions
    has = {k: any(p.search(text) for p in ps) for k, ps in acts.items()}
    if has["left"] and (has["did_not_vote"] or has["took_no_part"]):
        return "left and did not vote"
    if has["left"]:
        return "left"
    if has["did_not_vote"]:
        return "did not vote"
    if has["took_no_part"]:
        return "took no part"
    if has["remained"]:
        return "remained"
    return None


def _refers_back(sentence: str, names: list[str]) -> bool:
    """Does a following sentence speak of the member who declared ("He remained ...")?"""
    first = sentence.strip().split(" ")[0].lower() if sentence.strip() else ""
    if first in ("he", "she", "they", "the"):
        return True
    surnames = {parse_name(n).surname.lower() for n in names}
    return any(w.strip(".,").lower() in surnames for w in sentence.split()[:4])


# --- items ------------------------------------------------------------------


def _undrop(title: str) -> str:
    """Kent's drop capitals: ``"D eclarations of Interest"`` -> ``"Declarations of Interest"``."""
    return re.sub(r"^([A-Z]) (?=[a-z])", r"\1", title)


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", text.lower()) if len(w) > 1 and w not in {"and", "of", "the", "for", "on", "in", "to", "a"}}


def link_item(items: list, number: str | None, title: str | None) -> int | None:
    """Position of the item a declaration names: by quoted title words, else by printed number."""
    by_title = _item_by_title(items, title) if title else None
    if by_title is not None:
        return by_title
    if number:
        bare = re.sub(r"\s+", "", number).lower()
        for position, block in enumerate(items, start=1):
            printed = re.sub(r"\s+", "", block.number_text or "").lower()
            if printed and (printed == bare or printed.rstrip(".") == bare):
                return position
    return None


def _item_by_title(items: list, title: str) -> int | None:
    quoted = _words(title)
    if len(quoted) < 2:
        return None
    scored = []
    for position, block in enumerate(items, start=1):
        words = _words(_undrop(squash(block.title_text or "")))
        if words:
            scored.append((len(quoted & words) / len(quoted), len(quoted & words) / len(words), position))
    scored.sort(reverse=True)
    if scored and scored[0][0] >= 0.8 and scored[0][1] >= 0.5 and (len(scored) == 1 or scored[1][:2] < scored[0][:2]):
        return scored[0][2]
    return None


# --- the extractor ----------------------------------------------------------


def says_none(text: str, region: Region) -> bool:
    """Do these minutes say that no interests were declared?"""
    r = rules()
    if any(p.search(text, region.span.start, region.span.end) for p in r.none_said):
        return True
    whole = squash(text[region.span.start : region.span.end])
    return region.declarations_item and any(p.search(whole) for p in r.none_in_item)


def _title_says_none(title: str | None) -> bool:
    """ "5. Declarations of Interest – none", "3. Declarations of interest: None declared.": the answer written on the
    declarations item's own heading line."""
    title = _undrop(squash(title or ""))
    for pattern in rules().item_title:
        m = pattern.search(title)
        if m:
            rest = title[m.end() :].lstrip(" :;.,–—-")
            return bool(rest) and any(p.search(rest) for p in rules().none_in_item)
    return False


def _same(a: Found, b: Found) -> bool:
    """The same declaration recorded twice (under the declarations item and under the item itself).

    Same member, and the same item or the same reason, or one of the two
    says neither ("Mr Sole declared an interest." under the item concerned).
    """
    if {parse_name(n).surname.lower() for n in a.names} != {parse_name(n).surname.lower() for n in b.names}:
        return False
    if (a.region and a.region.this_meeting) != (b.region and b.region.this_meeting):
        return False
    if a.item_position is not None and a.item_position == b.item_position:
        return True
    if a.item_position is not None and b.item_position is not None or a.number and b.number and a.number != b.number:
        return False  # one member, two items ("agenda item 17(13)" and "agenda item 20" for the same reason): two declarations
    if a.description and b.description and _words(a.description) == _words(b.description):
        return True
    return any(f.item_position is None and not f.description for f in (a, b))


def _merge(kept: Found, dup: Found) -> None:
    """Fill what the first record of a declaration left unsaid from the second."""
    for name in ("interest_type", "description", "action", "reference", "item_position"):
        if getattr(kept, name) is None and getattr(dup, name) is not None:
            setattr(kept, name, getattr(dup, name))


@extractor(NAME, requires=("meeting", "attendance"), produces=Declaration)
def extract_declarations(ctx: ExtractionContext) -> ExtractorOutput:
    outline = ctx.outline
    items = outline.items if outline is not None else []
    first_declarations_item = next((p for p, b in enumerate(items, start=1) if is_declarations_title(b.title_text)), None)
    found: list[Found] = []
    none_said = False
    for region in regions(ctx):
        for f in (one for each in find_declarations(ctx.text, region) for one in _per_item(each)):
            if region.this_meeting:
                linked = link_item(items, f.number, f.title) if (f.number or f.title) else None
                if linked is None and f.title and not f.number and f.description is None:
                    f.description = f.title  # "an interest in the land at ..." names no item
                    f.title = None
                elif linked is not None and not f.reference:
                    f.reference = f.title
                if linked is None and region.position is not None and not region.declarations_item:
                    linked = region.position  # declared under the item it concerns
                f.item_position = linked
                if (
                    region.position is not None
                    and not region.declarations_item
                    and first_declarations_item is not None
                    and region.position > first_declarations_item
                ):
                    f.late = True
            elif f.title and not f.number and f.description is None:
                f.description, f.title = f.title, None
            same = next((g for g in found if _same(g, f)), None)
            if same is None:
                found.append(f)
            else:
                _merge(same, f)
        if region.this_meeting and says_none(ctx.text, region):
            none_said = True
    if outline is not None and outline.kind in rules().minutes_kinds and any(_title_says_none(b.title_text) for b in items):
        none_said = True
    rows = _records(ctx, found)
    return ExtractorOutput(rows, _declarations_none(found, none_said))


def _per_item(f: Found) -> list[Found]:
    """ "declared a pecuniary interest in Items 11 and 12": one declaration for each item named."""
    if not f.numbers:
        return [f]
    return [replace(f, number=number, numbers=None, title=None) for number in f.numbers]


def _declarations_none(found: list[Found], none_said: bool) -> list[MeetingFlag]:
    """The meeting's ``declarations_none``: False when this meeting's minutes record one, True when they say none."""
    if any(f.region is not None and f.region.this_meeting for f in found):
        return [MeetingFlag("declarations_none", False)]
    return [MeetingFlag("declarations_none", True)] if none_said else []


def _records(ctx: ExtractionContext, found: list[Found]) -> list[Declaration]:
    meeting_id = ctx.meeting_id()
    attendees = [a.name for a in ctx.records.get("attendance", [])]
    counters: dict[int | None, int] = {}
    rows: list[Declaration] = []
    for f in found:
        region = f.region
        assert region is not None
        owner = region.position if region.this_meeting else None
        for name in f.names:
            if _INITIALS_ONLY.match(name):
                name = by_initials(name, attendees)
                if name is None:
                    continue  # initials the attendance list does not explain: no one can be named
            name = fuller_name(name, attendees)
            counters[owner] = counters.get(owner, 0) + 1
            n = counters[owner]
            prefix = item_id(ctx.doc.id, owner) if owner is not None else ctx.doc.id[:16]
            rows.append(
                Declaration(
                    id=f"{prefix}-d{n}",
                    meeting_id=meeting_id if region.this_meeting else None,
                    agenda_item_id=item_id(ctx.doc.id, f.item_position) if f.item_position is not None else None,
                    person_id=None,
                    name=name,
                    interest_type=f.interest_type,
                    description=f.description or None,
                    action=f.action,
                    item_reference=f.reference,
                    late=f.late,
                    **ctx.provenance(f.span, NAME),
                )
            )
    return rows
