"""Attendance: who was at the meeting, in what capacity, and who was not.

Sources, all in ``vocab/attendance.toml``, looked for in the text before the
first item and in every item's minutes (no council's layout is assumed):

- labelled lists (``[[label]]``): ``PRESENT:``, ``Members present``,
  ``Councillors present``, ``Those attending``, ``ALSO PRESENT:`` (guests),
  ``IN ATTENDANCE:`` / ``Officers`` (officers), ``Attending by Zoom``
  (remote), ``Apologies``, ``Absent``; closed by a colon, ``:-``, a count in
  brackets ("PRESENT (Six Councillors):-"), Markdown bold, or the end of a
  line (names one per line below). Names inline or one per line, parted by
  commas, "and", line breaks or only by their titles ("Cllr A (Chair) Cllr B");
- what is written around a name (``[roles]``): a role mark in brackets
  (people.toml: Chair, Vice-Chair, Mayor), a role before the name ("Chairman
  Cllr Mrs Shewell"), an officer's job in brackets or after a dash ("Mrs C
  Hardy (Clerk)", "Mrs D Jones – RFO"), a title that makes a guest ("County
  Cllr Mrs Webb", "BC C Sampson", "PCSO Hart"); an apology's reason
  ("(illness)") and a late arrival ("(arrived after item 2)") are taken off;
- an item titled like a label whose short minutes are the list ("To receive
  apologies for absence: Cllr Morrison.");
- sentences (``[sentences]``): apologies received / submitted / noted and
  accepted, "X sent apologies", members attending virtually (linked to the
  same person in the present list), "X who was substituted by Y", "Y attended
  as (a) substitute (for Z)", arrivals and departures (present), a chair
  elected for the meeting;
- Harrow's "Ordinary Member / Reserve Member" table of substitutions;
- "Officers present" lists grouped by organisation after the items;
- the web service's expected attendees (role, party, ward, attendance).

A job title that ends in its holder's employer ("Designated Nurse for CLA,
CNWL") gives the organisation; an organisation that names the document's
council by a short form ("Eastbrook Council Officers:") is recorded under the
council's canonical name. Members of the public named in attendance ("Members
of the public - Mr Roger Hoggins, MCC.") are guests; counted ones ("2 members of
the public") give no row.

Across the document: a meeting held wholly by video ("held ... via Zoom",
"Virtual Meeting") makes everyone present remote; a member elected Chair or
Vice-Chair at the meeting holds that role; a short name ("Dr A Ghosh") takes
the one fuller name the same document prints ("Anjan Ghosh",
names.fuller_name); one person listed twice (absent, then apologies; apologies,
then present) is one row with the status that says most.

The package: :mod:`.lists` (where a list ends, how it parts into names), :mod:`.capacity` (roles and
jobs written around a name), :mod:`.organisations` (employers, canonical council names),
:mod:`.register` (the attendees, merged by person), :mod:`.labels` (labelled lists), :mod:`.sentences`
(prose), :mod:`.tables` (tables, keys, grouped officers, the web service); this module runs them in order.
"""

from __future__ import annotations

import re

from extractors.attendance.labels import attendance_head_end, label_patterns, labelled_lists, titled_label, titled_list
from extractors.attendance.organisations import canonical_organisation, document_council, split_employer
from extractors.attendance.relined import relined
from extractors.attendance.register import NAME, Register, give_fuller_names
from extractors.attendance.sentences import apologies_in, chair_welcomed, coming_late, elected_in_item, meeting_remote, sentences_in, speakers, welcomed
from extractors.attendance.tables import grouped_officers, register_with_a_key, reserve_table, webservice_attendees
from extractors.names import parse_name
from extractors.registry import ExtractionContext, extractor
from schemas.people import Attendee
from schemas.provenance import Span

__all__ = ["canonical_organisation", "extract_attendance", "split_employer"]


@extractor(NAME, requires=("meeting",), produces=Attendee)
def extract_attendance(ctx: ExtractionContext) -> list[Attendee]:
    outline = ctx.outline
    register = Register(ctx)
    if outline is None:
        return _without_outline(ctx, register)
    if outline.kind == "webservice_meeting":
        webservice_attendees(ctx, register)
        return register.rows
    if outline.kind not in ("minutes_page", "printed_minutes", "agenda_item_page"):
        return []
    head_end = attendance_head_end(ctx, outline)
    text = relined(ctx.text, _LABEL_REACH if not outline.items else max(head_end, _first_items_end(outline)))
    register_with_a_key(ctx, register)  # first: its rows say each status; a label over it ("1. Attendance") adds nothing
    labelled_lists(ctx, register, 0, head_end, head=True, text=text)
    sentences_in(ctx, register, Span(start=0, end=head_end))
    for item in outline.items:
        if item.block.start >= head_end and _opens_with_list(text, item.block.start) and not any(item.block.start <= a < item.block.end for a, _ in register.read):
            # "2. PRESENT Mayor Cllr A Lee; ...", "2010/01/01 PRESENT" / names below: an item that is a labelled list
            labelled_lists(ctx, register, item.block.start, item.block.end, head=True, text=text)
        elected_in_item(ctx, register, item)
        if item.title is not None:
            speakers(ctx, register, item.title)
            # "2) Apologies for Absence – Cllr Lake ...", and a title that runs on into its names on its line ("1. Apologies for
            # absence Parish Councillor Claire Williams and Borough/County Councillor ... (SS). The Parish Clerk reported ...")
            label = titled_label(ctx, item)
            runs_on = item.minutes is not None and label is not None and label.status == "apologies"
            title_line_end = ctx.text.find("\n", item.title.end)
            title_line_end = len(ctx.text) if title_line_end < 0 else title_line_end
            apologies_in(ctx, register, Span(start=item.block.start, end=min(item.minutes.end, title_line_end) if runs_on else item.title.end))
            welcomed(ctx, register, item.title)  # a sentence the outline took for a heading ("County Councillor M Storey ... were welcomed to the meeting")
            coming_late(ctx, register, item.block)  # "... – Councillor E Wilson will be attending in due course": title and minutes
        if item.minutes is not None:
            # "1 In Attendance" / "Councillors S Hughes (SH) Chair, P March ...": an item titled as a present list is that
            # list, read before its last line's "... was in attendance" can make guests of the names before it
            present_list = titled_label(ctx, item) is not None and titled_label(ctx, item).status == "present"
            if present_list:
                titled_list(ctx, register, item)
            said = sentences_in(ctx, register, item.minutes)
            listed = labelled_lists(ctx, register, item.minutes.start, item.minutes.end)
            if not said and not listed and not present_list:
                titled_list(ctx, register, item)
            reserve_table(ctx, register, item.minutes)
        elif item.title is None:
            sentences_in(ctx, register, item.block)  # an item the outline read no title or minutes in: its sentences all the same
    if outline.tail is not None:
        grouped_officers(ctx, register, outline.tail)
        labelled_lists(ctx, register, outline.tail.start, outline.tail.end)
    meeting_remote(ctx, register, head_end)
    chair_welcomed(ctx, register)
    _councillors_among_untitled_members(register)
    give_fuller_names(ctx, register)
    return register.rows


# how far into a document labels are looked for when no item bounds the head; the first items a list may be one of
_LABEL_REACH = 6000
_FIRST_ITEMS = 4


def _first_items_end(outline) -> int:
    items = outline.items[:_FIRST_ITEMS]
    return max(item.block.end for item in items)


def _opens_with_list(text: str, at: int) -> bool:
    """The line at ``at`` (in the relined text: an item's number blanked before a label) is a label of those present, with
    the names on its line ("2. PRESENT Mayor Cllr A Lee; ...") or below it ("2010/01/01 PRESENT"). An item of apologies
    is read as before (its title, its short minutes, its sentences): what follows its label may be prose ("Apologies for
    absence: Derek Price, A letter of resignation had also been received ...")."""
    end = text.find("\n", at)
    line = text[at : len(text) if end < 0 else end]
    if _BARE_NUMBER.fullmatch(line.strip()) and end >= 0:  # "AM11/004" / "MEMBERS PRESENT: ...": a run-on line parted after the number
        following = text.find("\n", end + 1)
        line = text[end + 1 : len(text) if following < 0 else following]
    return any(pattern.match(line) and not label.head_only and label.status == "present" for pattern, label in label_patterns())


# an item's number alone on its line (a run-on line parted before the label after it): "AM11/004", "C140/2015", "12."
_BARE_NUMBER = re.compile(r"(?:[A-Z]{1,3}/?)?\d{1,4}(?:[./-]\d{1,4}){0,3}[.):]?")


def _without_outline(ctx: ExtractionContext, register: Register) -> list[Attendee]:
    """Minutes the outliner could not read ("Present" / "John Williams (Chair)" / ... one a line, "1/ Members present"
    over a paragraph of names): the labels and sentences in the document's opening, kept only when a list of those
    present was among them (a document with no such list is not taken for minutes)."""
    end = min(len(ctx.text), _LABEL_REACH)
    labelled_lists(ctx, register, 0, end, head=True, text=relined(ctx.text, end))
    if not any(a.status == "present" for a in register.rows):
        return []
    sentences_in(ctx, register, Span(start=0, end=end))
    meeting_remote(ctx, register, end)
    _councillors_among_untitled_members(register)
    give_fuller_names(ctx, register)
    return register.rows


_PARISH_OR_TOWN = re.compile(r"\b(?:Parish|Town|Village)\s+Council\b", re.I)
_COUNCILLOR_TITLE = re.compile(r"\b(?:Councillor|Councilor|Cllr)\b", re.I)


def _councillors_among_untitled_members(register: Register) -> None:
    """A community council's members are written without a title ("Present: Roger Berl, Sally Sheehan, ... Councillor
    Merson"); the few titled councillors among them sit on the area's council and attend as guests, and so do those
    sending apologies ("Apologies: Margaret Christie, Sammy Dey, Cllr Allison Grant"). Only when four or more members
    are untitled and the titled ones are at most a third as many. In a community council's minutes, where members are
    not councillors, the titled ones may be as many as the untitled (the area's ward has several councillors) or none
    (they may all be away); elsewhere a committee of a principal council may list its councillors untitled and an
    apology titled ("Apologies were received from Councillor Grace Whitfield")."""
    members = [a for a in register.rows if a.role in ("member", "chair", "vice-chair") and a.source == "minutes"]
    present = [a for a in members if a.status == "present"]
    titled = [a for a in present if _COUNCILLOR_TITLE.search(parse_name(a.name).honorific or "")]
    community = "community council" in (document_council(register.ctx) or "").lower()
    # a community council's members may be written "Mr C Leslie, Mrs L Bews, ...": no councillor's title is what counts there
    untitled = [a for a in present if not (_COUNCILLOR_TITLE.search(parse_name(a.name).honorific or "") if community else parse_name(a.name).honorific)]
    # members untitled, no councillor among them, and one list of apologies naming both kinds ("Apologies: Ian Mack, Nick
    # Pell, Cllr Iris Walk, Cllr Ron McKay"; "on behalf of N Mowat, and Councillors M Davison and J Stock"): the titled ones
    # are another council's, unless the document is a parish or town council's (there a titled apology stays a member: the
    # council's own members may be written either way); a community council's heading may be lost, its name not printed
    sent = [a for a in members if a.status == "apologies"]
    mixed = any(_COUNCILLOR_TITLE.search(parse_name(a.name).honorific or "") for a in sent) and any(not parse_name(a.name).honorific for a in sent)
    if len(untitled) >= 4 and not titled and mixed and not any(parse_name(a.name).honorific for a in present) and not _PARISH_OR_TOWN.search(document_council(register.ctx) or ""):
        community = True
    if len(untitled) >= 4 and (len(titled) <= len(untitled) if community else titled and 3 * len(titled) <= len(untitled)):
        for a in members:  # their apologies too ("Apologies: Cllr Moira Ingleby")
            if a.role == "member" and _COUNCILLOR_TITLE.search(parse_name(a.name).honorific or ""):
                a.role = "guest"
