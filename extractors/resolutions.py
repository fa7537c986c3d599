"""Resolutions: what each item resolved, part by part, with an outcome word.

Three ways minutes record a decision, all in ``vocab/outcomes.toml``:

1. **A formal mark** (``[resolution] marker``): ``RESOLVED``, ``AGREED``,
   ``DECIDED`` in capitals anywhere, "Resolved:" / "Agreed:" opening a line,
   "It was APPROVED that;", "Resolved that" after a sentence on its line, a
   ``DECISION`` heading, with a manner in brackets ("RESOLVED
   (unanimously):"). The resolution runs to the end of its paragraph; a mark
   on a line of its own takes the paragraph after it; one that introduces a
   list ("RESOLVED that:", "That the Committee:") takes the list with it; a
   mark inside a sentence ("It was RESOLVED that ...", "The Council RESOLVED
   to ...") ends with that sentence; "RESOLVED and noted." records the
   sentence before it.
   Numbered parts (``(1)``, ``1.``, ``(a)``) become one row each, in order
   (``extractors/decision_parts.py``); so do the plain lines after a stem that
   only names the body ("That the Committee:", ``list_stem``), which is how a
   web page renders bullets.
2. **Numbered parts without the mark** (seed 000's Housing Needs Update): the
   same rows with ``explicit`` false.
3. **A decision told in a sentence** (``extractors/narrative_decisions.py``):
   a decision sentence with the meeting body as subject ("The Committee
   noted the report", "Council agreed to ...", "Members received and noted
   the minutes"), a passive one ("Apologies were received and accepted"), a
   proposal the minutes say was carried, "It was agreed to ..." - the whole
   sentence without its final full stop, ``explicit`` false, the outcome
   from the verb. In a local (parish, town, community) council's minutes
   these are read in every item, beside its formal resolutions: the clerk
   narrates decisions between the RESOLVED ones. In a principal council's
   minutes the RESOLVED block is the record, so they are read only in an
   item with no formal resolution (``narrates_beside_formal``).

Decisions minuted before the first item (the opening business) are stored under
no item; so are those of minutes whose outline found no item at all, read whole.

A ModernGov page's ``Decision:`` block is read first (``source`` "decision");
a block without a mark is the decision as written (one row, or one per line
of a list). The item's minutes are read too (``source`` "minutes"): a
resolution the decision block already gives (the same words, or the page's
shortened copy "... view the full minutes text") is not repeated.
"""

from __future__ import annotations

import re

from extractors import vocab
from extractors.agenda_items import item_id
from extractors.decision_parts import DECLARED, PART, before_next_label, implicit_parts, inline_parts, split_parts, successor  # noqa: F401  (successor: read by tests from here)
from extractors.narrative_decisions import (  # noqa: F401  (decision_sentences, stated_decisions, narrates_beside_formal: read by tests from here)
    Found,
    overlaps,
    strip_span,
    without_vote_note,
    decision_sentences,
    decision_text_sentences,
    missed_heading,
    narrates_beside_formal,
    outcome_of,
    stated_decisions,
    verb_outcome,
)
from extractors.registry import ExtractionContext, extractor
from extractors.text import ends_short, full_line_length, squash
from schemas.outline import Line, lines_of
from schemas import Resolution
from schemas.provenance import Span

NAME = "resolutions"

_PARAGRAPH = re.compile(r"^\s*(?:\d{1,2}\.|[a-z]\.)\s+\S")
_BULLET = re.compile(r"^\s*(?:[•·▪\-–*?]|\(?[a-z0-9]{1,3}[.)])\s*")


@extractor(NAME, requires=("meeting",), produces=Resolution)
def extract_resolutions(ctx: ExtractionContext) -> list[Resolution]:
    if ctx.outline is None:
        return []
    meeting_id = ctx.meeting_id()
    rows: list[Resolution] = []
    # minutes that mark decisions RESOLVED anywhere narrate with "It was agreed that" (seed 001's AOB)
    beside = narrates_beside_formal(ctx.records.get("meeting") or [])
    # a local council's "It was agreed that ..." marks a decision beside its RESOLVED ones; a principal council's narrates
    marked = bool(marks(ctx.text)) and not beside
    rows += _before_first_item(ctx, meeting_id, marked, beside)
    for position, block in enumerate(ctx.outline.items, start=1):
        found = item_resolutions(ctx.text, block.decision, block.minutes, document_marked=marked, narrative_beside_formal=beside, title=block.title)
        rows += [_row(ctx, meeting_id, item_id(ctx.doc.id, position), n, f) for n, f in enumerate(found, start=1)]
    return rows


def _row(ctx: ExtractionContext, meeting_id: str | None, agenda_item_id: str | None, n: int, found: tuple) -> Resolution:
    """The ``n``-th resolution of an item (or, with no item, of the opening business) from what the rules found."""
    span, marker, explicit, source, outcome = found
    text = _clean_text(ctx.text[span.start : span.end])
    return Resolution(
        id=f"{agenda_item_id or ctx.doc.id}-r{n}",
        meeting_id=meeting_id,
        agenda_item_id=agenda_item_id,
        position=n,
        part=marker,
        text=text,
        # a decision whose words name no outcome verb ("That the Clerk continue to chase the
        # matter", "Michael Griffiths to investigate") is the meeting's agreement
        outcome=outcome or outcome_of(text) or "agreed",
        explicit=explicit,
        source=source,
        **ctx.provenance(span, NAME),
    )


# Outlines whose text before the first item is a meeting's record (its opening business), not an agenda's notice.
_MINUTES_KINDS = {"printed_minutes", "minutes_page"}

# Minutes with no item found are read whole up to this length: an excerpt, one item's page or a parish's unnumbered minutes
# is a few pages; some forty pages of text with no item found is something else (a report, a transcript, a hostile file),
# and every rule would read all of it. The votes extractor reads by the same limit.
WHOLE_TEXT_LIMIT = 150_000


def _before_first_item(ctx: ExtractionContext, meeting_id: str | None, marked: bool, beside: bool) -> list[Resolution]:
    """Decisions minuted before the first item, under no item: a clerk records the opening business in the head's
    paragraphs ("Minutes of the previous meeting were taken as read and accepted as a true record.", "The Provost ruled,
    and the Council agreed, that the item be taken as urgent.", "The minutes of 11 August, agreed to defer.") before the
    first heading. Only in minutes (an agenda's head is its notice) and only a decision the rules read in a sentence or
    under a formal mark, as in an item. Minutes whose outline found no item at all (a clerk's unnumbered paragraphs, a
    numbering no rule knows) are opening business to their end: their decisions are still decisions, under no item."""
    outline = ctx.outline
    if outline is None or outline.kind not in _MINUTES_KINDS:
        return []
    if not outline.items and len(ctx.text) > WHOLE_TEXT_LIMIT:
        return []  # forty pages with no item found are no one meeting's opening business (the votes extractor's limit)
    head = Span(start=0, end=outline.items[0].block.start if outline.items else len(ctx.text))
    if not re.search(r"[a-z]", ctx.text[head.start : head.end]):
        return []
    found = item_resolutions(ctx.text, None, head, document_marked=marked, narrative_beside_formal=beside)
    found = [f for f in found if not missed_heading(ctx.text, head.start, f[0].start)]
    return [_row(ctx, meeting_id, None, n, f) for n, f in enumerate(found, start=1)]


def item_resolutions(
    text: str,
    decision: Span | None,
    minutes: Span | None,
    document_marked: bool = False,
    narrative_beside_formal: bool = False,
    title: Span | None = None,
) -> list[Found]:
    """Every resolution of one item: its decision block's first, then what only the minutes say.

    Narrative decisions (statements, decision sentences) are read in an item
    with no formal resolution, and beside formal ones when
    ``narrative_beside_formal`` (a local council's minutes: see ``narrates_beside_formal``).

    A page whose item has only a ``Decision:`` block gives it as the minutes
    too (the same span): it is read once, as the decision.
    """
    out: list[Found] = []
    if decision is not None:
        parts = find_resolutions(text, decision) or _decision_as_written(text, decision)
        out += [(span, marker, True, "decision", verb_outcome(text[span.start : span.end])) for span, marker, _ in parts if _clean_text(text[span.start : span.end])]
    if narrative_beside_formal and not out and title is not None and (minutes is None or not re.search(r"[A-Za-z]", text[minutes.start : minutes.end])):
        return _title_as_decision(text, title)
    if minutes is None or (decision is not None and (minutes.start, minutes.end) == (decision.start, decision.end)):
        return out
    given = [_comparable(text[s.start : s.end]) for s, *_ in out]
    formal = [(without_vote_note(text, span), marker, explicit, "minutes", _mark_outcome(text, span)) for span, marker, explicit in find_resolutions(text, minutes)]
    formal = _after_title_mark(text, title, minutes) + formal
    if narrative_beside_formal and not out and title is not None:
        formal = _sentence_heading(text, title) + formal
    formal = [f for f in formal if _clean_text(text[f[0].start : f[0].end]) and not _repeats(_comparable(text[f[0].start : f[0].end]), given)]
    narrate = narrative_beside_formal or (not formal and not out)
    spoken = [f for f in stated_decisions(text, minutes, statements=narrate, document_marked=document_marked, title=title, local=narrative_beside_formal) if not any(overlaps(f[0], g[0]) for g in formal)]
    spoken = [f for f in spoken if not _repeats(_comparable(text[f[0].start : f[0].end]), given)]
    prose: list[Found] = []
    if narrate:
        taken = [f[0] for f in formal + spoken]
        prose = [(span, None, False, "minutes", outcome) for span, outcome in decision_sentences(text, minutes) if not any(overlaps(span, t) for t in taken)]
        prose = [f for f in prose if not _repeats(_comparable(text[f[0].start : f[0].end]), given)]
        if not narrative_beside_formal and spoken:  # as before: a decision sentence only where nothing else decides
            prose = []
    rows = _without_repeats(out + sorted(formal + spoken + prose, key=lambda f: f[0].start), text)
    return [_with_its_heading(text, _with_its_list(text, f, minutes), title, minutes) for f in rows]


def _with_its_heading(text: str, found: Found, title: Span | None, minutes: Span) -> Found:
    """A narrative decision whose sentence the item's heading opens: "2. MINUTES OF THE LAST MEETING held on 22 July were
    approved and signed as a true record." - the outline took the capitals as the title, the minutes start in lower case
    ("held on ..."), and the sentence is the heading's words and the minutes' together."""
    span, explicit = found[0], found[2]
    if explicit or title is None or title.end > minutes.start or title.end <= title.start:
        return found
    first = re.search(r"\S", text[minutes.start : minutes.end])
    if first is None or span.start != minutes.start + first.start() or not text[span.start].islower():
        return found
    between = text[title.end : span.start]
    heading = text[title.start : title.end].rstrip()
    if "\n" in between or re.search(r"[.:;–-]\s*$", heading) or not re.search(r"[A-Z]{2}", heading) or re.search(r"[a-z]", heading):
        return found  # only a heading in capitals runs on into the sentence ("5. Finance the accounts were approved" is a title and a sentence)
    return (Span(start=title.start, end=span.end), *found[1:])


def _with_its_list(text: str, found: Found, minutes: Span) -> Found:
    """A narrative decision whose sentence introduces a bulleted list ends with the list: "The minutes of the following
    meetings were confirmed as correct:-" over "· 26 September" / "· 6 November (Extraordinary)" is one decision, the
    list its object. Only bullets (a glyph or a dash opening each line, blank lines between them or not): a numbered
    or plain list after the colon (payments, a table) is a record of its own, the sentence the decision."""
    span, marker, explicit = found[0], found[1], found[2]
    if explicit or marker is not None or not text[span.start : span.end].rstrip().endswith((":", ":-")):
        return found
    end = span.end
    for line in lines_of(text, span.end, minutes.end)[1:]:
        if not line.stripped:
            continue
        if not _BULLET_MARK_DASH.match(line.text) and not _BULLET_MARK.match(line.text):
            break
        end = line.span.end
    return (Span(start=span.start, end=end), *found[1:]) if end > span.end else found


_TITLE_MARK = re.compile(r"(?:^|(?<=[.;:])\s*)(?P<mark>Resolved|RESOLVED|Agreed|AGREED|Decided|DECIDED|Noted|NOTED)\s*[:.–-]?\s*$")


def _after_title_mark(text: str, title: Span | None, minutes: Span) -> list[Found]:
    """The decision after a run-in heading that ends in its mark: "5. Noted: that ...", "7. Poppies. Resolved: to order ...".

    An item read from "N. Label: text" takes the label as its title, so the mark
    is the title (or its last word) and the decision opens the minutes; it runs
    to the end of its paragraph, or to the next mark.
    """
    m = _TITLE_MARK.search(text[title.start : title.end]) if title is not None else None
    if m is None:
        return []
    stop = min([mark.start() for mark in marks(text, minutes.start, minutes.end)] + [minutes.end])
    span, _ = _resolution_extent(text, minutes.start, stop)
    span = strip_span(text, span) if span is not None else None
    if span is None or span.end <= span.start or not re.search(r"[A-Za-z]", text[span.start : span.end]):
        return []
    word = m.group("mark").lower()
    outcome = "noted" if word == "noted" else ("agreed" if word in ("agreed", "decided") and not outcome_of(text[span.start : span.end]) else None)
    return [(span, None, True, "minutes", outcome)]


_APPROVED_MARK = re.compile(r"\b(?:APPROVED|Approved)\b[^\w\n]*(?:that\b[^\w\n]*)?$")
_AGREED_MARK = re.compile(r"\b(?:agreed|decided)\b[^\w\n]*(?:that\b[^\w\n]*)?$", re.I)


def _title_as_decision(text: str, title: Span) -> list[Found]:
    """An item whose only words are its heading, when the heading states a decision ("4. The minutes of the meeting held on 9 March were adopted and signed.").

    A local clerk's numbered paragraph is read as an item and its sentence as
    the item's title; when nothing follows it, the sentence is the decision.
    """
    spoken = stated_decisions(text, title, local=True)
    if spoken:
        return spoken
    return [(span, None, False, "minutes", outcome) for span, outcome in decision_sentences(text, title)]


def _sentence_heading(text: str, title: Span) -> list[Found]:
    """The decision a local clerk's numbered paragraph states in its first sentence, read as the item's title
    ("4. The minutes of the meeting of 4 September were approved.", "8. Noted: that a complaint had been received
    ...") though more text follows it: a title that is a whole sentence, closed by a full stop."""
    heading = text[title.start : title.end].rstrip()
    closed = heading.endswith(".") or text[title.end : title.end + 1] == "."  # the outline may leave the full stop to the minutes
    if not closed or len(heading.split()) < 5:
        return []
    marked = [(without_vote_note(text, span), marker, explicit, "minutes", _mark_outcome(text, span)) for span, marker, explicit in find_resolutions(text, title) if explicit]
    return marked or _title_as_decision(text, title)


def _mark_outcome(text: str, span: Span) -> str | None:
    """The outcome a decision's mark gives: 'noted' for "Noted:" / "NOTED" whatever follows it ("Noted: that a complaint
    had been received"); 'agreed' for AGREED / DECIDED when the decision's own words name no other outcome ("The
    Committee AGREED that no items required this")."""
    line_start = text.rfind("\n", 0, span.start) + 1
    before = text[max(line_start, span.start - 60) : span.start]
    if _NOTED_MARK.search(before):
        return "noted"
    after = _BARE_MARK_AFTER.match(text, span.end)
    if after:  # "... had been replaced. RESOLVED and noted.": the sentence the bare mark points back to
        return {"noted": "noted", "agreed": "agreed", "accepted": "accepted", "approved": "approved"}[after.group("word").lower()]
    if outcome_of(text[span.start : span.end]):
        return None
    if _APPROVED_MARK.search(before):
        return "approved"  # "It was APPROVED that; the grant be paid"
    return "agreed" if _AGREED_MARK.search(before) else None


_BARE_MARK_AFTER = re.compile(r"[.\s]*(?:RESOLVED|AGREED|DECIDED|Resolved|Agreed)\s+(?:and\s+)?(?:duly\s+)?(?P<word>noted|agreed|accepted|approved)\b", re.I)
_NOTED_MARK = re.compile(r"\b(?:Noted|NOTED)\b[^\w\n]*(?:that\b[^\w\n]*)?$")


def _comparable(raw: str) -> str:
    text = _clean_text(raw)
    for pattern in vocab.get("outcomes").resolution.regex("elided").patterns:
        text = pattern.sub("", text)
    text = re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()
    return re.sub(r"^(?:resolved\s+)?(?:that\s+)", "", text)  # "That the report be noted" repeats "the report be noted"


def _repeats(text: str, given: list[str]) -> bool:
    """The minutes repeat a decision part: the same words, or the first words of it (a shortened copy)."""
    return bool(text) and any(g == text or g.startswith(text) or text.startswith(g) for g in given if g)


def find_resolutions(text: str, minutes: Span) -> list[tuple[Span, str | None, bool]]:
    """``(span, part marker, explicit)`` for each resolved part in ``text[minutes]``."""
    markers = marks(text, minutes.start, minutes.end)
    found: list[tuple[Span, str | None, bool]] = []
    for n, m in enumerate(markers):
        stop = markers[n + 1].start() if n + 1 < len(markers) else minutes.end
        # "RESOLVED that" / "RESOLVED: That" - keep "That ..." as the text
        copy = _COPY_LABEL.search(text, m.end(), stop)
        if copy is not None and copy.start() > m.end():
            stop = copy.start()  # "Decision: ... D Agree that ... Minutes: On being proposed ...": a page's other copy, flattened
        span, parts = _resolution_extent(text, m.end(), stop)
        if span is None:
            continue
        if _DECISION_HEADING.match(m.group(0)) and not parts and not _reads_as_decision(text, span):
            continue  # "Decision:" over "Apologies were received from ..." / "There were no declarations": a heading, no decision
        if not parts and _BARE_OUTCOME.match(text[_first_sentence(text, span).start : _first_sentence(text, span).end]):
            before = _sentence_before(text, m, minutes)  # "... pick up times. RESOLVED and noted.": what was noted
            if before is not None:
                found.append((before, None, True))
                continue
        if not parts and (_inside_sentence(text, m) or _CONDITIONAL_MARK.match(m.group(0))):
            span = _first_sentence(text, span)  # "2. Agreed, subject to two changes ... . This would convey ...": the condition only
        parts = parts or _inline_bullets(text, span)
        found.extend((p, marker, True) for p, marker in parts) if parts else found.append((span, None, True))
    if not markers:
        found = [(p, marker, False) for p, marker in implicit_parts(text, minutes)]
    return found


_DECISION_HEADING = re.compile(r"^\s*decisions?\b", re.I)
# "Agreed, subject to ..." / "Approved, with the amendment that ...": a mark whose decision is the condition it states
_CONDITIONAL_MARK = re.compile(r"^\s*(?:\(?\d{1,3}[.)]\s+)?(?:Agreed|Approved|AGREED|APPROVED),")
# What a mark says when it says only that the matter before it was noted or agreed: "RESOLVED and noted."
_BARE_OUTCOME = re.compile(r"^(?:and\s+)?(?:duly\s+)?(?:noted|agreed|accepted|approved)\s*[.;]?\s*$", re.I)


def _inside_sentence(text: str, mark: re.Match[str]) -> bool:
    """Whether a mark is a word in a sentence ("It was RESOLVED that ...", "The Parish Council RESOLVED to ..."), not a
    label opening its line or following a sentence ("RESOLVED:", "Poppies. Resolved: ...")."""
    line_start = text.rfind("\n", 0, mark.start()) + 1
    lead = text[line_start : mark.start()]
    lead = re.sub(r"^[\s\-–•·*]*(?:\(?[0-9]{1,4}(?:[./][0-9]{1,4})*[.)]?|\(?[a-z]{1,3}[.)])?\s*", "", lead)  # numbering, a bullet
    return bool(re.search(r"[A-Za-z]", lead)) and not re.search(r"[.!?:]['’”\"]?\s*$", lead)


def _first_sentence(text: str, span: Span) -> Span:
    """A decision marked inside a sentence ends with that sentence: "It was RESOLVED that he continue in this role.
    Cllr Land offered to help." keeps the first; a list it introduces ("... RESOLVED that:") and its parts stay whole."""
    body = text[span.start : span.end]
    end = _SENTENCE_STOP.search(body)
    intro = re.search(r":-?[ \t]*(?:\n|$)", body)  # the colon that introduces a list, at a line's end or the span's
    if intro is not None and (end is None or intro.start() < end.start()):
        return span  # the first sentence introduces a list: the list is the decision's (a text run on in one line has
        # its next sentence first: "... seconded by Mr B. 3. MATTERS ARISING ... and it was:-" ends at "Mr B")
    return strip_span(text, Span(start=span.start, end=span.start + end.start() + 1)) if end else span


# a full stop that ends a sentence: not an initial ("Cllr. Land", "S. Farrow"), a number ("2.1") or a title's
# (or a number opening the next item or paragraph, in text run on in one line: "... no apologies. 2. ADOPTION OF MINUTES")
_SENTENCE_STOP = re.compile(r"(?<![\s(][A-Z])(?<!\bCllr)(?<!\bCllrs)(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bNo)(?<!\bSt)\.(?=\s+(?:[A-Z(“\"]|\d{1,3}(?:[./]\d{1,3})*[.)]?\s+[A-Z]))")


def _sentence_before(text: str, mark: re.Match[str], minutes: Span) -> Span | None:
    """The sentence before a mark on its line (or in its paragraph): what a bare "RESOLVED and noted." records. A PDF's
    line that carries on the sentence the line above broke off ("... seconded by Cllr / Manifold, and was co-opted.
    Resolved.") reaches back to where the sentence starts."""
    line_start = max(text.rfind("\n", 0, mark.start()) + 1, minutes.start)
    while line_start > minutes.start and _wrapped_onto(text, line_start):
        line_start = max(text.rfind("\n", 0, line_start - 1) + 1, minutes.start)
    head = Span(start=line_start, end=mark.start())
    sentences = [s for s in decision_text_sentences(text, head) if re.search(r"[A-Za-z]{2}", text[s.start : s.end])]
    if not sentences:
        return None
    last = sentences[-1]
    body = text[last.start : last.end]
    lead = re.match(r"^[\s\-–•·*]+", body)
    start = last.start + (lead.end() if lead else 0)
    end = last.end
    while end > start and text[end - 1] in ". \t":
        end -= 1
    return Span(start=start, end=end) if end > start else None


def _reads_as_decision(text: str, span: Span) -> bool:
    """Whether what a "Decision:" heading heads says what was decided: "That ..." / "To ...", a decision verb first
    ("Approves the plan"), a decision sentence ("The Committee noted ...") or a statement ("The minutes ... were
    approved as a correct record"); not a page's note under the heading ("Apologies were received from ...")."""
    words = text[span.start : span.end].strip()
    leading = vocab.get("outcomes").leading
    opening = leading.regex("pattern").match(words.lower())
    verb = opening.group("verb") if opening else ""
    if re.match(r"(?:that|to)\b", words, re.I) or verb in leading.verbs or verb in vocab.get("outcomes").prose.verbs:
        return True  # "That ...", "Approves the plan", "APPROVED the Minute"

    return bool(decision_sentences(text, span) or stated_decisions(text, span, local=True))


def _without_repeats(found: list[Found], text: str) -> list[Found]:
    """An item's rows less a formal decision printed again in the same words (a page's "Decision:" and its "Minutes:"
    read as one text: the "Minutes:" or "Decision:" label stands between the copies). Narrative rows may repeat ("All
    Councillors were content" after each planning application); so may the same words decided again of another matter
    ("(b) Ferry issues ... RESOLVED to note the contents of the correspondence. (c) Marine plan ... RESOLVED to note the
    contents of the correspondence.": no label between them)."""
    formal: dict[str, int] = {}  # the words of each formal row, and where it ends
    out = []
    for f in found:
        words = _comparable(text[f[0].start : f[0].end])
        if words and words in formal and _COPY_LABEL.search(text, formal[words], max(formal[words], f[0].start)):
            continue
        if f[2]:
            formal[words] = f[0].end
        out.append(f)
    return out


# The label that opens a page's other copy of its decisions: "Minutes:" after "Decision:", or the other way round.
_COPY_LABEL = re.compile(r"(?:^|(?<=\s))(?:Minutes|MINUTES|Decisions?|DECISIONS?)\s*:", re.M)


def _inline_bullets(text: str, span: Span) -> list[tuple[Span, str | None]]:
    """Parts a text file ran onto one line: "RESOLVED: • That A. (vote). • That B." gives A and B, or [] for one bullet."""
    cuts = [m.start() for m in _BULLET_MARK_INLINE.finditer(text, span.start, span.end)]
    if len(cuts) < 2:
        return []
    ends = cuts[1:] + [span.end]
    # bullets are numbered in order, as the truth conventions number them ("1", "2", ...)
    return [(without_vote_note(text, strip_span(text, Span(start=c + 1, end=e))), str(n)) for n, (c, e) in enumerate(zip(cuts, ends), start=1)]


_BULLET_MARK_INLINE = re.compile(r"[•●▪]")


def marks(text: str, start: int = 0, end: int | None = None) -> list[re.Match[str]]:
    """The formal marks in ``text[start:end]``, less a capitals word inside a line all in capitals.

    "THESE ARE DRAFT MINUTES AND WILL BE AGREED AT THE NEXT MEETING" shouts a
    notice; "RESOLVED:" opening a line, or "It was RESOLVED that", marks a decision.
    """
    end = len(text) if end is None else end
    found = _after_stem_marks(text, start, end)
    stems = [(m.start(), m.end()) for m in found]
    for m in vocab.get("outcomes").resolution.regex("marker").finditer(text, start, end):
        if any(a < m.end() and m.start() < b for a, b in stems):
            continue  # the same mark, read as one after a stem
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        line = text[line_start : len(text) if line_end < 0 else line_end]
        opens = not text[line_start : m.start()].strip(" \t0123456789.()abcdefghij")
        if not opens and not re.search(r"[a-z]", line):
            continue
        numbered = re.search(r"\d[/.]\d", m.group(0))  # "Resolved 16/01/12.02": a resolution's number makes it a mark wherever it is printed
        if opens and not numbered and not m.group(0).strip().isupper() and _wrapped_onto(text, line_start):
            continue  # "It was / Resolved by a show of hands ...": the printed line broke mid-sentence
        if closes_proposal(text, m):
            continue  # "... seconded by Cllr B and RESOLVED. Cllr A accepted ...": the proposal's outcome, read as one
        found.append(m)
    return sorted(found, key=lambda m: m.start())


def _after_stem_marks(text: str, start: int, end: int) -> list[re.Match[str]]:
    """The marks that are marks only under a stem naming the body (``after_stem``): "..., the Council:" then, the next
    line not blank, "Noted that the Convener had permitted ..."."""
    resolution = vocab.get("outcomes").resolution
    out = []
    for m in resolution.regex("after_stem").finditer(text, start, end):
        before = text[max(0, m.start() - 300) : m.start()].rstrip()
        last_line = before[before.rfind("\n") + 1 :]
        if resolution.regex("stem_end").search(last_line):
            out.append(m)
    return out


# How a proposal's sentence joins the mark that closes it: "... and RESOLVED", "... - AGREED", "..., CARRIED", "... which
# was RESOLVED", "... and it was AGREED".
_CLOSING_JOIN = re.compile(r"(?:\band|\bwhich\s+was|\bwas|[,–-])(?:\s+it\s+was)?\s*$", re.I)
# What may follow a closing mark: a manner ("unanimously", "by all present", "nem con"), then the sentence's end, the
# line's end or the next sentence run on with a capital ("- AGREED Unanimously The Deputy Mayor signed ...").
_CLOSING_AFTER = re.compile(r"[ \t]*(?:\(?(?:unanimously|nem\.?\s*con\.?|by\s+all(?:\s+(?:those\s+)?present)?|by\s+(?:a\s+)?majority)\)?[ \t]*)?(?:[.;!]|$|\n|(?=(?-i:[A-Z][a-z])))", re.I)
# The proposal says what it proposed: "Proposed by Cllr A that Cllr B be Chairman", "It was proposed by A to accept ...".
_PROPOSAL_WITH_WORDS = re.compile(r"\b(?:proposed|moved|nominated)\b[^.;]*?\b(?:that|to)\b", re.I)
_SENTENCE_BREAK = re.compile(r"(?<![\s(][A-Z])(?<!\bCllr)(?<!\bCllrs)(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bNo)(?<!\bSt)[.!?](?=\s)|:-?(?=\s)|\n[ \t]*\n")


def closes_proposal(text: str, mark: re.Match[str]) -> bool:
    """Whether a mark is the last word of a proposal's sentence, its outcome, not the opening of a decision.

    "Proposed by Cllr A that Cllr B be Chairman which was seconded by Cllr C and RESOLVED. Cllr B accepted ...",
    "It was proposed by A that B be appointed Deputy Mayor - AGREED Unanimously The Deputy Mayor signed ...": the
    decision is the proposal (a narrative decision, its outcome the mark), and what follows the mark is the next
    sentence. Only a proposal that says what it proposed ("that ...", "to ..."), joined to the mark by "and", a dash
    or a comma, and a mark that nothing follows but a manner and the sentence's end: "... seconded by Cllr B and
    RESOLVED that the minutes be approved" opens a decision as ever.
    """
    word = re.match(r"\s*[A-Za-z]+", mark.group(0))
    if word is None or not _CLOSING_AFTER.match(text, mark.start() + word.end()):
        return False
    window = text[max(0, mark.start() - 400) : mark.start()]
    breaks = list(_SENTENCE_BREAK.finditer(window))
    lead = window[breaks[-1].end() :] if breaks else window
    return bool(_CLOSING_JOIN.search(lead) and _PROPOSAL_WITH_WORDS.search(lead))


def _wrapped_onto(text: str, line_start: int) -> bool:
    """Does the line at ``line_start`` carry on a sentence the printed line before it broke off?

    Only in wrapped text (a PDF's): the line before is full to the measure
    and ends without a stop, so the word opening this line only opens it
    because the line was full ("... It was" / "Resolved by a show of hands ...").
    """
    full = full_line_length(text)
    if full is None or line_start == 0:
        return False
    previous_start = text.rfind("\n", 0, line_start - 1) + 1
    previous = text[previous_start : line_start - 1].strip()
    line_end = text.find("\n", line_start)
    line = text[line_start : len(text) if line_end < 0 else line_end].strip()
    if not previous or previous.endswith((".", ":", ";", "!", "?", ")", ":-")):
        return False
    return not ends_short(previous, line, full)


def _resolution_extent(text: str, start: int, stop: int) -> tuple[Span | None, list[tuple[Span, str | None]]]:
    """The resolution after a mark, and its parts when it is a list of them.

    A mark on a line of its own ("Resolved:" and the paragraph after it, as web
    pages print it) takes the next paragraph, however many blank lines apart.
    """
    lines = lines_of(text, start, stop)
    if lines and not lines[0].stripped:
        lines = lines[1:]
        while lines and not lines[0].stripped:
            lines = lines[1:]
    if not lines:
        return None, []
    kept: list[Line] = [lines[0]]
    blank = False
    first_text = lines[0].stripped
    intro = first_text.endswith((":", ":-")) or first_text.lower() in ("that", "that:") or _is_list_stem(first_text)
    for line in lines[1:]:
        s = line.stripped
        if s.isdigit() and len(s) <= 4:  # a printed page number between two pages
            continue
        if not s:
            blank = True
            continue
        if vocab.regex("layout", "items.minutes_anchor").match(line.text):
            break  # a page's "Minutes:" anchor after its "Decision:" block (a page printed to PDF, no blank lines)
        if not intro and kept and "".join(l.stripped for l in kept).endswith((":", ":-")):
            intro = True
        if intro:
            if _closes_a_bullet(kept) and not (PART.match(line.text) or _BULLET.match(line.text) or _BULLET_MARK_DASH.match(line.text)):
                break  # "• Allocation of Funding to Support Individuals." and a line that opens no entry: the list has ended
            if PART.match(line.text) or _BULLET.match(line.text) or len(s.split()) <= 12 or not blank:
                kept.append(line)
            else:
                break
        else:
            # a bulleted line after a closed sentence is the next entry ("... RS1 and RS3." / "- 20/505463/PNEXT ...")
            closed = kept[-1].stripped.endswith(".")
            # ... or a note wholly in brackets on a line of its own ("(Councillor Higgs in the Chair.)")
            if blank or _PARAGRAPH.match(line.text) or _BULLET_MARK.match(line.text) or (closed and (_BULLET_MARK_DASH.match(line.text) or _LETTERED.match(line.text) or _opens_decision(s) or _BRACKETED_LINE.match(s) or _NUMBERED_LINE.match(line.text))):
                break
            if _BULLET_MARK_DASH.match(line.text) and (full_line_length(text) is None or ends_short(kept[-1].stripped, s, full_line_length(text))):
                break  # "Unanimously AGREED to recommend APPROVAL" / "- 24/00123/FULL Mill House": the next entry of a list
            if closed and ends_short(kept[-1].stripped, s, full_line_length(text)):
                break  # a printed paragraph ends on a short line ("... agenda." / "There being no further business ...")
            kept.append(line)
        blank = False
    first = next((l for l in kept if l.stripped), None)
    if first is None:
        return None, []
    last = [l for l in kept if l.stripped][-1]
    span = Span(start=first.span.start, end=last.span.end)
    if not intro:
        span = before_next_label(text, span)
        inline = inline_parts(text, span)  # on one line, or wrapped over several (a PDF's text)
        return span, inline if len(inline) >= 2 else []
    parts = split_parts(text, span)
    if len(parts) >= 2:
        return span, parts
    stem = next((l for l in kept if l.stripped.endswith((":", ":-")) or _is_list_stem(l.stripped)), kept[0])
    lines_after = [l for l in kept if l.start > stem.start and l.stripped]
    if _is_list_stem(stem.stripped) or _bulleted_decisions(lines_after):
        # "RESOLVED: That the following action should be taken:" and bulleted lines: each bullet is a part
        parts = _unnumbered_parts(text, lines_after)
        if parts:
            return span, parts
    if _is_list_stem(stem.stripped):
        if lines_after:
            # "RESOLVED that:" and a paragraph (a PDF wraps it at any word): the paragraph is the resolution
            return Span(start=lines_after[0].span.start, end=span.end), []
    if len(lines_after) == 1 and (_BULLET_MARK.match(lines_after[0].text) or _BULLET_MARK_DASH.match(lines_after[0].text)) and not DECLARED.search(lines_after[0].text):
        # "Noted that the Convener had permitted the following urgent item:" / "• Allocation of Funding ...": one bullet
        # is no list of parts, it is the object the sentence introduces
        return Span(start=first.span.start, end=lines_after[0].span.end), []
    # a list that is not numbered parts (declarations, a reserves table) is
    # recorded elsewhere; the resolution is the sentence that introduces it
    return Span(start=first.span.start, end=stem.span.end), []


def _closes_a_bullet(kept: list[Line]) -> bool:
    """Whether the last line kept is a bulleted entry of a list closed by a full stop ("• Allocation of Funding to Support
    Individuals at Financial Risk."): a plain line after it (a PDF's running footer, the next paragraph) is not the list's."""
    last = kept[-1] if kept else None
    return last is not None and bool(_BULLET_MARK.match(last.text) or _BULLET_MARK_DASH.match(last.text)) and last.stripped.endswith(".")


def _unnumbered_parts(text: str, lines: list[Line]) -> list[tuple[Span, str | None]]:
    """The parts of a list without numbers after a stem, or [] when the lines are no list.

    Bulleted lines ("• Agrees ...;") start a part each, the lines after a bullet
    continuing it (a lone "and" between parts is dropped). Without bullets, each
    line is a part only if every line ends a clause (";", ".", ":" or "and") or
    opens with a decision verb (``part_verb``): a web page prints each list
    entry on its own line; a PDF wraps a paragraph at any word.
    """
    if not lines:
        return []
    bullets = [l for l in lines if _BULLET_MARK.match(l.text)]
    if bullets:
        parts = []
        for n, line in enumerate(bullets):
            end = bullets[n + 1].start if n + 1 < len(bullets) else lines[-1].end
            parts.append((strip_span(text, Span(start=_unbulleted(line).start, end=end)), str(n + 1)))
        return parts if len(parts) >= 2 else []
    verb = vocab.get("outcomes").resolution.regex("part_verb")
    if all(re.search(r"(?:[.;:,]|\band|\bor)$", l.stripped) for l in lines) or (
        len(lines) >= 2 and all(verb.search(l.stripped) or l.stripped.lower() in ("and", "or") for l in lines)
    ):
        return [(strip_span(text, _unbulleted(l)), None) for l in lines if l.stripped.lower() not in ("and", "or")]
    return []


_BULLET_MARK = re.compile(r"^\s*[•·▪●◦‣∙*]\s*")
_BRACKETED_LINE = re.compile(r"^\([^()]*\)\.?$")
_NUMBERED_LINE = re.compile(r"^\s*\d{1,3}(?:\.\d{1,3})*[.)]?\s+[A-Z]")  # "2 Minutes", "6.2. Tracy reported ...": the next item or paragraph
_LETTERED = re.compile(r"^\s*\(?[a-z]\)\s+\S")  # "b) It was unanimously RESOLVED ...": the next lettered paragraph
_BULLET_MARK_DASH = re.compile(r"^\s*[•·▪●◦‣∙*\-–]\s+")


def _bulleted_decisions(lines: list[Line]) -> bool:
    """Bulleted lines that are the decision's parts ("• That the Clerk obtains a quote", "• Report on fund raising"
    after "That the following items be included in the Newsletter:"), not declarations the decision notes
    ("To note that the following interests were declared: • Councillor X declared ...": recorded as declarations)."""
    bullets = [_BULLET_MARK.sub("", l.text) for l in lines if _BULLET_MARK.match(l.text)]
    return len(bullets) >= 2 and not all(DECLARED.search(b) for b in bullets)


def _opens_decision(line: str) -> bool:
    return bool(vocab.get("outcomes").resolution.regex("next_decision").match(line))


def _is_list_stem(line: str) -> bool:
    return bool(vocab.get("outcomes").resolution.regex("list_stem").search(line.strip()))


def _unbulleted(line: Line) -> Span:
    m = re.match(r"^\s*[•·▪●◦‣∙\-–*]\s*", line.text)
    return Span(start=line.start + (m.end() if m else 0), end=line.end)


def _decision_as_written(text: str, decision: Span) -> list[tuple[Span, str | None, bool]]:
    """A decision block without a mark: "The Committee approved the Strategy.", or a list of such lines.

    Numbered parts give a row each; a stem and plain lines, a row per line; anything else is one row.
    """
    parts = split_parts(text, decision)
    if len(parts) >= 2:
        return [(span, marker, True) for span, marker in parts]
    lines = [l for l in lines_of(text, decision.start, decision.end) if l.stripped]
    if len(lines) >= 2 and (lines[0].stripped.endswith((":", ":-")) or _is_list_stem(lines[0].stripped)):
        return [(strip_span(text, _unbulleted(l)), None, True) for l in lines[1:]]
    span = strip_span(text, decision)
    return [(span, None, True)] if span.end > span.start else []


def _clean_text(raw: str) -> str:
    text = squash(raw)
    text = re.sub(r"\s*\[Note:?[^\]]*\]\s*$", "", text)  # the clerk's note after the decision, not its words
    text = re.sub(r"(?:\s*\|)+\s*$", "", text)  # a web table flattened to text: the cell's rule
    text = re.sub(r"^(?:that\s*:?\s*)$", "", text, flags=re.I)
    return text.strip()
