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

Every pattern lives in ``vocab/declarations.toml``; the code does four things, in the
modules of this package (``rules.py`` compiles the vocabulary).

1. **Where to look** (``regions.py``). The minutes of every item, and the
   text between items when the document is minutes. A document without a
   minutes layout (an agenda pack carrying the previous meeting's minutes) is
   read whole only when it shows evidence of minutes ("PRESENT:", "Apologies
   ... were received"); what it declares belongs to *another* meeting, so it
   is linked to neither this document's meeting nor its items.
2. **The sentence, or the list entry** (``finding.py``, ``sentences.py``, ``members.py``). A ``declared`` pattern finds
   the verb phrase ("declared a personal interest"); the member is the run of
   capitalised words just before it ("Councillor Simon Brown", "Mr Sole"),
   kept as written, and must pass :func:`extractors.names.is_personal_name`:
   a job title or phrase is never recorded as a person. "The Chair declared"
   is recorded under the chair the attendance list names ("Dave Roberts
   (Chairman)"), or not at all. Under the declarations heading, entries with
   no verb are read too: one a line ("Cllr B Jones – item 7, personal";
   "Minute 98. Councillor B Jones, Other Registerable Interest, ..."; a
   table's row), run on in one line ("Cllr A (item 7, personal), Cllr B
   (item 9, pecuniary)"), listed under a member's name on a line of its own
   (Southend: "• Councillor B Jones" / "Minute 101(b) - ... - Non-pecuniary
   interest - ..."), or by initials ("2.1 AV – ...") resolved against the
   attendance list or the key the minutes print ("Ann Vaughan AV", "Mark
   Millmore chairman (MMIL)"). A line
   naming an item ("Min 92. Budget Panel minutes.") gives its item to the
   entries below it that name none. A sentence whose subject is the members
   as a group names them after the verb ("The following members declared a
   personal interest in item 11 ...: Cllr A and Cllr B"); a plural title
   lists several ("Cllrs A, B – Luncheon Club"); a flattened table runs its
   rows on; a declarations label inside a paragraph opens entries after it
   ("... Declarations of Interest • Councillor A – Item 14.1. • ..."). Run-on
   entries are read by paragraph, a PDF print's line breaks as spaces.
3. **The rest of the sentence** (``reading.py``, ``items.py``): the item reference ("in
   item 48, Update on ...", "under Item 16 - Pay Policy ..."), the reason
   after "in that" / ", as" / "- that", and the action, also looked for in the
   sentences that follow ("He remained in the meeting ..."), which then belong
   to the declaration's span. The item is matched by its printed number, then
   by the title words the declaration quotes (which win when they disagree:
   agenda and minute numbers often differ). A reference to several items
   ("in Items 11 and 12") gives one declaration for each. ``item_number`` keeps
   the number of the item concerned even when the document does not hold it
   (minutes of items 1-9 declaring on "agenda item 28"): the linked item's
   number as printed, else the top-level number the reference names
   ("agenda item 17(13)" -> "17"; :func:`~extractors.declarations.items.top_level_number`).
4. **The meeting** (``none.py``, and this module). ``declarations_none`` is True when the minutes say that
   nobody declared anything ("No declarations were made", "Declarations of
   interest: None") and nobody did later; False when a declaration was
   recorded, or the minutes say members declared without naming them
   ("Members confirmed their usual declarations of interest"); None when the
   document does not say. The flag is returned as a
   :class:`~extractors.link.MeetingFlag` for the link step to set.

The same declaration recorded twice (under the declarations item and again
under the item concerned) is kept once: same member, same item or same reason.
"""

from __future__ import annotations

import re
from dataclasses import replace

from extractors.agenda_items import item_id
from extractors.declarations.finding import find_declarations
from extractors.declarations.items import _words, link_by_subject, link_item, top_level_number, under_shared_prefix, whole_number_part
from extractors.declarations.members import _INITIALS_ONLY, by_initials, by_key
from extractors.declarations.reading import Found, interest_type, read_entry, read_tail
from extractors.declarations.regions import Region, is_declarations_title, regions
from extractors.declarations.none import heading_says_none, says_none, says_some
from extractors.declarations.rules import rules
from extractors.declarations.sentences import segments, sentences
from extractors.link import MeetingFlag
from extractors.names import full_forms, fuller_name, parse_name
from extractors.registry import ExtractionContext, ExtractorOutput, extractor
from schemas import Declaration

__all__ = ["NAME", "Found", "Region", "by_initials", "extract_declarations", "find_declarations", "fuller_name", "interest_type",
           "is_declarations_title", "link_item", "read_entry", "read_tail", "regions", "rules", "says_none", "segments", "sentences"]

NAME = "declarations"


def _same(a: Found, b: Found) -> bool:
    """The same declaration recorded twice (under the declarations item and under the item itself).

    Same member, and the same item or the same reason, or one of the two
    says neither ("Mr Sole declared an interest." under the item concerned).
    """
    if {parse_name(n).surname.lower() for n in a.names} != {parse_name(n).surname.lower() for n in b.names}:
        return False
    if a.span == b.span and a.title != b.title:
        return False  # one sentence naming several items by their business: a declaration each
    if (a.region and a.region.this_meeting) != (b.region and b.region.this_meeting):
        return False
    if a.item_position is not None and a.item_position == b.item_position:
        return True
    if a.item_position is None and b.item_position is None and a.number and b.number and _top(a.number) == _top(b.number):
        return True  # "agenda item 17(6)" and "agenda item 17(13)", item 17 not in the document: one declaration on item 17
    if a.item_position is not None and b.item_position is not None or a.number and b.number and a.number != b.number:
        return False  # one member, two items ("agenda item 17(13)" and "agenda item 20" for the same reason): two declarations
    if a.description and b.description and _words(a.description) == _words(b.description):
        return True
    return any(f.item_position is None and not f.description for f in (a, b))


def _top(number: str) -> str:
    """The top-level item of a printed reference: "17(13)" -> "17", "10.4" -> "10", "3a" -> "3"."""
    m = re.match(r"\s*(\d+)", number)
    return m.group(1) if m else number.strip().lower()


def _merge(kept: Found, dup: Found) -> None:
    """Fill what the first record of a declaration left unsaid from the second."""
    for name in ("interest_type", "description", "action", "reference", "number", "item_position"):
        if getattr(kept, name) is None and getattr(dup, name) is not None:
            setattr(kept, name, getattr(dup, name))


@extractor(NAME, requires=("meeting", "attendance"), produces=Declaration)
def extract_declarations(ctx: ExtractionContext) -> ExtractorOutput:
    outline = ctx.outline
    items = outline.items if outline is not None else []
    first_declarations_item = next((p for p, b in enumerate(items, start=1) if is_declarations_title(b.title_text)), None)
    found: list[Found] = []
    none_said = some_said = False
    for region in regions(ctx):
        for f in (one for each in find_declarations(ctx.text, region) for one in _per_item(each)):
            if region.this_meeting:
                linked = link_item(items, f.number, f.title) if (f.number or f.title) else None
                if linked is None and f.title and not f.number and f.description is None:
                    f.description = f.title  # "an interest in the land at ..." names no item
                    f.title = None
                elif linked is not None and not f.reference:
                    f.reference = f.title
                if linked is None and region.position is not None and not region.declarations_item and not (f.number or f.numbers):
                    linked = region.position  # declared under the item it concerns (an item it names by number is another one)
                if linked is None and not f.number:  # "an interest in item 6" of an excerpt that stops at item 4: no item here
                    linked = link_by_subject(items, " ".join(filter(None, (f.title, f.description, f.tail))))
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
        if region.this_meeting and says_some(ctx.text, region):
            some_said = True
    if outline is not None and outline.kind in rules().minutes_kinds and any(heading_says_none(ctx.text, b) for b in items):
        none_said = True
    rows = _records(ctx, found, items)
    return ExtractorOutput(rows, _declarations_none(found, none_said, some_said))


def _per_item(f: Found) -> list[Found]:
    """ "declared a pecuniary interest in Items 11 and 12", "in the items on the fete and the lottery licence": one
    declaration for each item named."""
    if f.numbers:
        return [replace(f, number=number, numbers=None, title=None) for number in f.numbers]
    if f.titles:
        return [replace(f, title=title, titles=None, tail=title) for title in f.titles]  # each linked by its own words only
    return [f]


def _declarations_none(found: list[Found], none_said: bool, some_said: bool = False) -> list[MeetingFlag]:
    """The meeting's ``declarations_none``: False when this meeting's minutes record one or say that members declared
    without naming them ("Members confirmed their usual declarations of interest"), True when they say none."""
    if some_said or any(f.region is not None and f.region.this_meeting for f in found):
        return [MeetingFlag("declarations_none", False)]
    return [MeetingFlag("declarations_none", True)] if none_said else []


def _item_number(items: list, f: Found) -> str | None:
    """The number of the item a declaration concerns: the linked item's as printed, else the top-level number its
    reference names ("agenda item 28" in minutes of items 1-9, "agenda item 17(13)" in an excerpt -> "17"), written under
    the prefix every item of the document shares ("Item 11" in minutes numbered "16/01/4", "16/01/6" -> "16/01/11"), the
    whole number of a dotted part in minutes numbered "1", "2", "3" ("Agenda Item 6.2" -> "6")."""
    if f.item_position is not None and items[f.item_position - 1].number_text:
        return items[f.item_position - 1].number_text
    return under_shared_prefix(items, f.number) or whole_number_part(items, f.number) or top_level_number(f.number)


def _fuller(text: str, name: str, attendees: list[str]) -> str:
    """The member's name as fully as the document prints it: "Cllr T Davies" is the one Terry Davies the attendance
    list names, else the one "Terry Davies" written out in the minutes ("Ms Shola Hingston was co-opted ...");
    two candidates leave the short form (a wrong merge is worse than a short name)."""
    fuller = fuller_name(name, attendees, initials=True)
    if fuller != name or parse_name(name).is_full:
        return fuller
    surname = parse_name(name).surname
    return fuller_name(name, full_forms(text, surname), initials=True) if surname else name


def _records(ctx: ExtractionContext, found: list[Found], items: list) -> list[Declaration]:
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
                name = by_initials(name, attendees) or by_key(name, ctx.text)
                if name is None:
                    continue  # initials the attendance list does not explain: no one can be named
            name = _fuller(ctx.text, name, attendees)
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
                    item_number=_item_number(items, f),
                    late=f.late,
                    **ctx.provenance(f.span, NAME),
                )
            )
    return rows
