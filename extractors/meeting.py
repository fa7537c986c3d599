"""Meeting: council (name and GSS code, :mod:`extractors.councils`), committee, date, time, venue, contact, status, quorum and dates.

Reads the header fields the outline found. Dates and times are normalised;
the contact line is split into name, e-mail and phone; the committee is put
in title case when a document shouts it. A document whose meeting has no
date (a single agenda-item page) describes no meeting, except minutes with
items of business: they record a meeting that was held, undated (its id is the
document's own, so undated records are never merged).

A document of a kind that describes a meeting (minutes, an agenda, a pack, an
item's page, anything not recognised) from which no meeting is read gets a
``no_meeting`` warning; the listings and rosters of :data:`KINDS_WITHOUT_A_MEETING`
describe none and get no warning (:func:`meeting_expected`).
"""

from __future__ import annotations

import re

from extractors import vocab
from extractors.councils import council_named, council_options, resolve
from extractors.dates import parse_date, parse_time
from extractors.registry import ExtractionContext, extractor
from extractors.text import slug, squash, title_case
from schemas import Meeting
from schemas.documents import DATE_FROM_NAME, NO_MEETING, NOT_A_MEETING
from schemas.provenance import Span

NAME = "meeting"
_MINUTES_KINDS = {"minutes_page", "printed_minutes", "decision_notice"}  # a decision notice records decisions taken
_REPORT_KINDS = {"officer_report"}  # a report goes to a meeting that is to come, unless the document says otherwise

# Kinds of document that are not one meeting's business: ModernGov listings and rosters
# (web-service committees, councillors and meeting lists; committee, structure,
# meeting-list and attendance pages; a ModernGov page of no known kind). Every
# other kind, "unrecognised" included, is expected to name its meeting: a document
# councilpack could not place is reported, never assumed to have none.
KINDS_WITHOUT_A_MEETING = frozenset({
    "webservice_committees", "webservice_councillors", "webservice_meetings",
    "committee_details", "committee_structure", "meeting_list", "meeting_attendance", "moderngov_page",
    "forward_plan",  # decisions planned for many meetings: its rows name their decision maker, not one meeting
    "form",  # a form or return the council fills in (an annual governance return): no meeting's papers
})  # fmt: skip


def meeting_expected(kind: str | None) -> bool:
    """Does a document of ``kind`` describe a meeting (so that finding none is worth saying)?"""
    return (kind or "unrecognised") not in KINDS_WITHOUT_A_MEETING


def meeting_id(council: str | None, committee: str | None, date: str) -> str:
    """The stable id of a meeting: ``council/committee/date`` as slugs ("&" and "and" alike: one committee is
    printed both ways, "Kingston & North Kingston" on one report and "Kingston and North Kingston" on another)."""
    committee = re.sub(r"\s*&\s*", " and ", committee) if committee else committee
    return f"{slug(council)}/{slug(committee)}/{date}"


@extractor(NAME, produces=Meeting)
def extract_meeting(ctx: ExtractionContext) -> list[Meeting]:
    meetings = _meetings(ctx)
    kind = ctx.outline.kind if ctx.outline else ctx.doc.kind or "unrecognised"
    if kind == "form":  # understood, and understood to hold no meeting: say what it is
        what = ctx.outline.values.get("form") or "a form"
        ctx.warn(NOT_A_MEETING, f"a form or return, not a meeting's papers ({what}): no meeting, items or attendees are read from it")
    if not meetings and meeting_expected(kind):
        why = (
            "its layout was not recognised, so no meeting header was found"
            if ctx.outline is None
            else f"no meeting date was found in its header (a document of kind {kind})"
        )
        ctx.warn(NO_MEETING, f"no meeting recognised: {why}")
    return meetings


def _meetings(ctx: ExtractionContext) -> list[Meeting]:
    outline = ctx.outline
    if outline is None:
        return []
    found = resolve(
        ctx.text,
        list(outline.values.get("emails", [])) + list(outline.values.get("hosts", [])),
        **council_options(ctx.options),
    )
    council, council_code = (found.name, found.code) if found else (None, None)
    if outline.kind == "webservice_meetings":
        return [_listed_meeting(ctx, council, council_code, m) for m in outline.values.get("meetings", []) if parse_date(m["meetingdate"])]
    fields = {**_title_line_fields(ctx, outline.fields.get("meeting_title")), **outline.fields}
    values: dict = {}
    committee = _text(ctx, fields.get("committee")) or ctx.options.get("committee")  # --committee only where the document names none
    committee = committee or _body_of_previous_minutes(ctx.text[:PREVIOUS_MINUTES_CHARS])
    date = parse_date(_text(ctx, fields.get("date")))
    if not date and outline.kind in _DATED_BY_NAME and len(outline.items) >= 2:
        date = date_in_file_name(ctx.doc.source)
        if date:  # the text never says when: the name the council published it under does ("minutes/20241028.txt")
            ctx.warn(DATE_FROM_NAME, f"the document states no meeting date; {date} is taken from its file name")
    undated = not date and _undated_minutes(outline)
    if not date and not undated:
        return []
    committee = _without_document_word(_body_of_long_title(committee)) if committee else None
    if council is None and committee:
        council = _council_named_as_body(committee)  # "a Meeting of Magherafelt District Council": a council no register has
    committee = title_case(whole_council(committee)) if committee else None
    committee = whole_local_council(committee, council, ctx.text[:HEAD_CHARS])
    values["start_time"] = parse_time(_text(ctx, fields.get("time")))
    values["venue"] = _clean_venue(_text(ctx, fields.get("venue")))
    if council is None and committee:
        council = council_of_its_place(committee, values["venue"])
    contact = _text(ctx, fields.get("contact"))
    values["contact_name"] = _contact_name(contact)
    values["contact_email"] = outline.values.get("email") or _text(ctx, fields.get("email")) or _email_in(contact)
    values["contact_phone"] = _text(ctx, fields.get("phone")) or _phone_in(contact)
    quorum = _text(ctx, fields.get("quorum"))
    values["quorum"] = int(quorum) if quorum and quorum.isdigit() else None
    values["published_on"] = parse_date(_text(ctx, fields.get("published")))
    values["previous_minutes_date"] = _previous_minutes_date(ctx)
    status = status_from_evidence(outline)
    span = fields.get("meeting_title") or fields.get("date")
    return [
        Meeting(
            id=meeting_id(council, committee, date or f"undated-{ctx.doc.id[:12]}"),
            council=council,
            council_code=council_code,
            committee=committee,
            date=date,
            status=status,
            source_kind=outline.source_kind,
            source_meeting_id=outline.values.get("source_meeting_id"),
            **values,
            **ctx.provenance(span, NAME),
        )
    ]


_UNDATED_KINDS = {"printed_minutes", "minutes_page"}


def _undated_minutes(outline) -> bool:
    """Minutes whose text never says when the meeting was (a web page's minutes under an undated title, the
    minutes of an excerpt) still record a meeting that was held, with its venue and business: at least
    two items of it, or, where no business was read, the lists of who was present and who sent apologies, or the
    outline's word that the text records a meeting (``records_meeting``: "Minutes of the meeting held ...", a
    "Present" line over names). Its id is the document's own ("undated-<sha>"): two undated records are never merged."""
    return outline.kind in _UNDATED_KINDS and (len(outline.items) >= 2 or bool(outline.values.get("attendance_listed") or outline.values.get("records_meeting")))


PREVIOUS_MINUTES_CHARS = 8000


def _body_of_previous_minutes(text: str) -> str | None:
    """The body whose last minutes the meeting approves ("the minutes of the meeting of the Cabinet held on
    5 September"): the body that meets, for minutes whose header names none (a web page under its site's title)."""
    m = vocab.regex("layout", "header.previous_minutes_body").search(text)
    return squash(m.group("committee")) if m else None


_DATED_BY_NAME = {"printed_minutes", "agenda"}
_NAME_DATE = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)[-_.]?(?P<m>0[1-9]|1[0-2])[-_.]?(?P<d>0[1-9]|[12]\d|3[01])(?!\d)")


def date_in_file_name(source: str) -> str | None:
    """An ISO date written in a document's file name ("20241028.txt", "minutes-2024-10-28.pdf"), or None."""
    name = re.split(r"[\\/]", source or "")[-1]
    m = _NAME_DATE.search(name)
    return f"{m['y']}-{m['m']}-{m['d']}" if m else None


_DOCUMENT_NAME = re.compile(r"(?:(?:approved|draft|unconfirmed|confirmed|signed)\s+)?(?:minutes?|agenda|notice)(?:\s+of\s+(?:the\s+|a\s+)?(?:\w+\s+)?meeting)?", re.I)


_OCCASION = re.compile(r"(?:(?:Annual|Extraordinary|Special|Budget|Statutory)\s+)+(?:General\s+|Council\s+)?Meeting", re.I)


def _without_document_word(committee: str) -> str:
    """ "Minutes - Full Council" is the Full Council, "Agenda for Town Council Meeting" the Town Council:
    the document's own name is not the body's; "Approved Minutes of Meeting" names no body at all ("")."""
    if _DOCUMENT_NAME.fullmatch(committee.strip()):
        return ""
    if _OCCASION.fullmatch(committee.strip()):
        return "Council"  # "Annual General Meeting", "Extraordinary Meeting": the whole council's, named by the occasion
    body = re.sub(r"^\s*(?:draft\s+)?(?:minutes|agenda|notice)\s*(?:[-–—:]|\s(?:for|of)\s+(?:the\s+|a\s+)?)\s*", "", committee, flags=re.I)
    body = re.sub(r"(?<=\bcouncil)\s+meeting\s*$", "", body, flags=re.I)
    # "Budget Meeting, Council": a ModernGov title names the kind of meeting before the body that met
    body = re.sub(r"^\s*(?:[A-Z][\w\x27’-]*\s+){1,3}Meeting,\s+(?=\S)", "", body)
    return body or committee


_LOCAL_KIND = re.compile(r"\b(Parish|Town|Community|Village|Neighbourhood) Council$")


# "... at the next meeting of the Community Council", "The July meeting of the above named community council was held"
_KIND_IN_HEAD = re.compile(r"\b[Tt]he (?:(?:above[- ]?named|above[- ]?mentioned|said) )?((?i:parish|town|community|village)) (?i:council)\b")
# "TOWN COUNCIL" alone on a line of the head, over "At a Meeting of the FULL COUNCIL held at ..."
_KIND_LINE_IN_HEAD = re.compile(r"(?im)^[ \t]*(Parish|Town|Community|Village)[ \t]+Council[ \t]*$")
HEAD_CHARS = 600


LONG_TITLE = 100  # characters: a body's name is shorter; a title line this long has the place in it too
_PLACE_WORDS = re.compile(r"(?i)\b(?:via|zoom|teams|online|virtually|remotely|hybrid|chamber|offices|hall|room|centre|center)\b")
_BODY_WORD = re.compile(r"(?i)\b(?:council|committee|sub-committee|panel|board|cabinet|authority|forum|commission|executive|assembly)$")


def _body_of_long_title(committee: str | None) -> str | None:
    """A web page's title line that names the meeting, its place and then its body ("Isle of Anglesey County Council
    Meeting, Council Chamber, Council Offices, Llangefni and virtually via Zoom, Isle of Anglesey County Council -
    Tuesday, ...", the PDF's wrapped "virtually via Zoom, Isle of Anglesey County Council"): the body is its last part,
    after the place's commas; none if that part names no body."""
    if not committee or "," not in committee:
        return committee
    before, last = (part.strip() for part in committee.rsplit(",", 1))
    if len(committee) <= LONG_TITLE and not _PLACE_WORDS.search(before):
        return committee  # "Planning, Highways and Transport Committee": a body's own commas
    return last if _BODY_WORD.search(last) else None


def whole_local_council(committee: str | None, council: str | None, head: str = "") -> str | None:
    """ "MINUTES OF THE COUNCIL MEETING" of Nantgarw Community Council: the body is the whole council, named by its
    kind; where no council is named, by the kind its head speaks of ("... to be confirmed at the next
    meeting of the Community Council")."""
    kind = _LOCAL_KIND.search(council or "") or (None if council else _KIND_IN_HEAD.search(head) or _KIND_LINE_IN_HEAD.search(head))
    if kind and (not committee or re.fullmatch(r"(?:the\s+)?(?:full\s+)?council", committee.strip(), re.I)):
        return f"{kind.group(1).title()} Council"  # a local council's minutes that name no body are the council's own
    return committee


_COUNCIL_NAME = re.compile(
    r"(?:the\s+)?(?P<name>[A-Z][\w\x27’-]*(?:[ -](?:and|&|of|on|upon|in|le|by|with|next|the|[A-Z][\w\x27’-]*)){0,5}[ -]"
    r"(?:District|Borough|County|City|County Borough|Metropolitan Borough|Parish|Town|Community|Village)[ ]Council)"
)


def _council_named_as_body(committee: str) -> str | None:
    """The council itself, where the body that met is printed as its full name ("Magherafelt District Council",
    "Eastwick Town Council") and no register knows it (an abolished council, a local one named only there)."""
    m = _COUNCIL_NAME.fullmatch(squash(committee))
    return squash(m.group("name")) if m and not m.group("name").isupper() else None


_LOCAL_BODY = re.compile(r"(?P<kind>Parish|Town|Community|Village) Council")
# "Bromsberrow Village Hall", "Ashby Memorial Hall": the place a local council's own hall is named after
_PLACE_HALL = re.compile(
    r"^(?:(?i:the)\s+)?(?!(?i:the|a|our|new|old)\b)(?P<place>[A-Z][a-z\x27’-]+(?:[ -](?:cum|on|upon|in|le|by|with|next|under|of|[A-Z][a-z\x27’-]+)){0,3})[ ]"
    r"(?:Village|Memorial|Parish|Community|Jubilee|Millennium|Victory|Coronation|War Memorial)[ ](?:Hall|Centre|Center|Rooms?|Institute|Hut)\b"
)
# the last part of a venue written out, "The Gwenllian Centre, Kidwelly": the town or village
_PLACE_LAST = re.compile(r",[ ]*(?P<place>[A-Z][a-z\x27’-]+(?:[ -](?:cum|on|upon|in|le|by|with|next|under|of|[A-Z][a-z\x27’-]+)){0,3})$")
_NOT_A_PLACE = re.compile(r"(?i)\b(?:hall|centre|center|room|rooms|road|street|lane|avenue|church|chapel|school|house|offices?|chamber|zoom|teams|online|pavilion|club|library|hut|inn|hotel)\b")


def council_of_its_place(committee: str, venue: str | None) -> str | None:
    """A local council that prints only its kind ("TOWN COUNCIL", "the Parish Council") meets in its own place: its
    name is that place and its kind ("... held in Bromsberrow Village Hall" → Bromsberrow Parish Council; "held at The
    Gwenllian Centre, Kidwelly" → Kidwelly Town Council). A principal council's venue names no council."""
    kind = _LOCAL_BODY.fullmatch(committee or "")
    if kind is None or not venue:
        return None
    m = _PLACE_HALL.match(venue) or _PLACE_LAST.search(venue)
    if m is None or _NOT_A_PLACE.search(m.group("place")):
        return None
    return f"{m.group('place')} {kind.group('kind')} Council"


def whole_council(committee: str) -> str:
    """A meeting of a whole council is its committee by kind: "Tintern Community Council" → "Community Council";
    a principal council's ("Magherafelt District Council", "Argyll and Bute Council", a register's name) is "Council"."""
    body = squash(committee)
    m = vocab.regex("structure", "header.whole_council").match(body)
    if m:
        return m.group("type")
    bare = re.sub(r"(?i)^the\s+", "", body)
    if re.fullmatch(r"(?i)council", bare) or (len(bare.split()) > 1 and council_named(bare) is not None):
        return "Council"  # "The Council"; "Argyll and Bute Council": the council's own name, printed as the body that met
    return committee


def status_from_evidence(outline) -> str:
    """What the document shows about whether the meeting took place, never what its kind would suggest.

    - the document says so: cancelled (a cancelled meeting's page, a web-service
      status), or held (a web-service response with minutes or decisions published);
    - minutes (a minutes page, printed minutes): held;
    - an agenda item's page is held only when it carries the item's minutes or
      decision; without them it shows a meeting that was scheduled;
    - a decision notice: held (it records decisions taken);
    - an agenda, or an officer report (the meeting it goes to): scheduled; anything else: unknown.

    The merge (:mod:`pipeline.store.merge`) then lets evidence of holding win.
    """
    if outline.values.get("status"):
        return outline.values["status"]
    if outline.kind in _MINUTES_KINDS:
        return "held"
    if outline.kind in _REPORT_KINDS:
        return "scheduled"
    if outline.kind == "agenda_item_page":
        return "held" if any(item.minutes for item in outline.items) else "scheduled"
    return "scheduled" if outline.kind.startswith("agenda") else "unknown"


def _title_line_fields(ctx: ExtractionContext, title_line: Span | None) -> dict[str, Span]:
    """Committee, date and time read from the title line, for the header fields the outline did not find.

    Kept to this extractor (the outline is shared and read-only): the spans lie
    inside the title line, which the outline already holds.
    """
    m = vocab.regex("layout", "header.meeting_title_line").match(ctx.doc.span_text(title_line)) if title_line is not None else None
    if not m:
        return {}
    base = title_line.start
    return {name: Span(start=base + m.start(name), end=base + m.end(name)) for name in ("committee", "date", "time") if m.group(name)}


def _listed_meeting(ctx: ExtractionContext, council: str | None, council_code: str | None, listed: dict) -> Meeting:
    date = parse_date(listed["meetingdate"])
    committee = title_case(listed["committee"]) if listed.get("committee") else None
    status = "cancelled" if "cancel" in listed.get("meetingstatus", "").lower() else "scheduled"
    return Meeting(
        id=meeting_id(council, committee, date),
        council=council,
        council_code=council_code,
        committee=committee,
        date=date,
        start_time=parse_time(listed.get("meetingtime")),
        status=status,
        source_meeting_id=listed.get("meetingid") or None,
        **ctx.provenance(listed.get("span"), NAME),
    )


_MARKDOWN_EMPHASIS = re.compile(r"\*\*|__")


def _text(ctx: ExtractionContext, span: Span | None) -> str | None:
    """The text of a header field, without line breaks or markdown emphasis ("8**th** May" is "8th May")."""
    value = squash(_MARKDOWN_EMPHASIS.sub("", ctx.doc.span_text(span))) if span is not None else ""
    return value or None


def _clean_venue(venue: str | None) -> str | None:
    if not venue:
        return None
    venue = re.sub(r"\s*View directions\s*$", "", venue).rstrip(" .,;")
    if re.fullmatch(r"[\x27‘\"“][^\x27‘’\"“”]+[\x27’\"”]", venue) or re.fullmatch(r"[^\x27‘’\"“”]+[\x27’\"”]", venue):
        venue = venue.strip("\x27‘’\"“”")  # "at the 'The Kirk, Wester Balblair'": the quotes are the clerk's, not the name's
    return venue or None


def _contact_name(contact: str | None) -> str | None:
    if not contact:
        return None
    name = re.split(r",|\s(?:Tel|Telephone|Phone|E-?mail|email)\b|:|\s\d", contact, maxsplit=1, flags=re.I)[0].strip()
    return name or None


def _email_in(text: str | None) -> str | None:
    m = vocab.regex("layout", "header.email").search(text or "")
    return m.group("value") if m else None


def _phone_in(text: str | None) -> str | None:
    m = re.search(r"(\+?\d[\d ]{8,14}\d)", text or "")
    return m.group(1) if m else None


def _previous_minutes_date(ctx: ExtractionContext) -> str | None:
    """The date of the minutes this meeting approves, from the Minutes item."""
    pattern = vocab.regex("layout", "header.previous_minutes")
    candidates = [it for it in ctx.outline.items if (it.title_text or "").lower().startswith("minutes")] or ctx.outline.items
    for item in candidates:
        for span in (item.description, item.minutes, item.title):
            m = pattern.search(squash(ctx.doc.span_text(span))) if span else None
            if m:
                return parse_date(m.group("value"))
    return None
