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
"""

from __future__ import annotations

import re
from functools import lru_cache

from extractors import vocab
from extractors.councils import council_named
from extractors.vocab.models import AttendanceLabel
from extractors.attendance_lists import list_end, names_with_offsets, one_per_line, other_label_line
from extractors.names import Name, full_forms, fuller_name, is_personal_name, parse_name
from extractors.registry import ExtractionContext, extractor
from extractors.text import squash
from schemas.outline import lines_of
from schemas.people import Attendee
from schemas.provenance import Span

NAME = "attendance"
_PARTIES = {"LAB": "Labour", "CON": "Conservative", "LD": "Liberal Democrat", "LIBDEM": "Liberal Democrat", "GRN": "Green", "IND": "Independent", "REF": "Reform UK"}


@lru_cache(maxsize=1)
def _labels() -> list[tuple[re.Pattern[str], AttendanceLabel]]:
    return [(label.compiled("pattern"), label) for label in vocab.get("attendance").label]


class Register:
    """The attendees found so far in one document, merged by person."""

    def __init__(self, ctx: ExtractionContext) -> None:
        self.ctx = ctx
        self.rows: list[Attendee] = []
        self.read: list[tuple[int, int]] = []  # stretches already read as an attendance register: no list is read there

    def has_members(self) -> bool:
        return any(a.role in ("member", "chair", "vice-chair") and a.status == "present" for a in self.rows)

    def members_listed(self) -> int:
        return sum(1 for a in self.rows if a.role == "member" and a.status == "present")

    def find(self, name: Name) -> Attendee | None:
        """The attendee this (possibly short) name refers to: same full name, or a unique initials+surname match."""
        exact = [a for a in self.rows if parse_name(a.name).full.lower() == name.full.lower()]
        if exact:
            return exact[0]
        candidates = [a for a in self.rows if _compatible(parse_name(a.name), name)]
        return candidates[0] if len(candidates) == 1 else None

    def add(self, written: str, span: Span, role: str, status: str, **fields) -> Attendee | None:
        written = _INITIALS_MARK.sub(_initials_only, squash(written)).strip(" ,;.")  # "C Burgess (CB)": the initials the minutes use later
        if status in ("apologies", "absent"):
            written = re.sub(r"\s+[-–—]\s+[a-z][\w ]*$", "", written)  # "Cllr D White - work": the reason
        job_title = fields.pop("job_title", None)
        unmarked_role = fields.pop("unmarked_role", None)
        members_listed = fields.pop("members_listed", True)
        listed_role = role
        written, role, job_title, titled = _capacity(written, role, job_title)
        m = re.match(r"^(?P<name>[^()]+?)\s*\((?P<inner>[^()]*(?:\([^()]*\)[^()]*)*)\)\s*$", written)
        head, comma, tail = written.partition(",")
        if comma and "(" not in head and role in ("member", "reserve", "chair", "vice-chair") and is_personal_name(parse_name(head).full, surname_only=bool(parse_name(head).honorific)):
            # "Councillor Ann Lee, Leader (+ Housing and Planning)" one a line: the name, then her capacity
            mark = parse_name(f"X ({tail.strip()})").role_mark
            written, role = head.strip(), mark or role
            if not mark:
                job_title = job_title or squash(tail).strip(" ,")
                role, job_title = _role_of_job(role, status, job_title)
        elif m and not parse_name(written).role_mark:
            written, job_title = m.group("name").strip(), job_title or squash(m.group("inner"))
            role, job_title = _role_of_job(role, status, job_title)
        elif "," in written and role in ("guest", "officer"):
            head, _, tail = written.partition(",")
            if is_personal_name(parse_name(head).full):
                written, job_title = head.strip(), job_title or tail.strip()
                if role == "officer":  # "R Green, County Councillor" among officers: a guest (not the reverse: a guest's
                    role, job_title = _role_of_job(role, status, job_title)  # "Senior Officer, Fire and Rescue Service")
        name = parse_name(written)
        if not is_personal_name(name.full, surname_only=bool(name.honorific) or titled) and not _named_anyway(name, self.ctx.text):
            return None
        if role in ("guest", "officer"):
            job_title, employer = split_employer(job_title, self.ctx.text)
            if employer:
                fields["organisation"] = employer
        if fields.get("organisation"):
            fields["organisation"] = canonical_organisation(fields["organisation"], _document_council(self.ctx))
        if name.role_mark:
            role = name.role_mark
        elif unmarked_role and not job_title and not titled and role == listed_role:
            # "In attendance: Tracy Knights": no job says she is an officer. A councillor is a guest beside the
            # members' own list, a member when it is the only list ("In Attendance: Councillors S Hughes, P March")
            role = "member" if _councillor(name) and not members_listed else unmarked_role
        existing = self.find(name)
        if existing is not None and _other_person(parse_name(existing.name), name):
            existing = None
        if existing is not None and existing.status == status:
            return existing
        if existing is not None and {existing.status, status} <= set(_STATUS_RANK):
            # one person, two statuses ("Absences: Cllr X" then "apologies accepted from Cllr X";
            # apologies, then listed present): one row, with the status that says most
            if _STATUS_RANK[status] > _STATUS_RANK[existing.status]:
                existing.status = status
                existing.remote = existing.remote or bool(fields.get("remote"))
            return existing
        row = Attendee(
            id=f"{self.ctx.doc.id[:16]}-p{len(self.rows) + 1}",
            meeting_id=self.ctx.meeting_id(),
            name=written,
            role=role,
            status=status,
            job_title=job_title,
            **fields,
            **self.ctx.provenance(span, NAME),
        )
        self.rows.append(row)
        return row


def _named_anyway(name: Name, text: str) -> bool:
    """A bare surname ``is_personal_name`` refuses without a title that is a name all the same, in a list: one
    the document writes elsewhere with a given name, once ("... and McKay (Acting Chief Accountant)" where the
    minutes later say "Joe McKay (Acting Chief Analyst)")."""
    words = name.full.split()
    if len(words) != 1 or name.honorific or not re.fullmatch(r"[A-Z][a-z’'-]+|Mc[A-Z][a-z]+|Mac[A-Z][a-z]+", words[0]):
        return False
    return len(full_forms(text, words[0], vocab.regex("attendance", "sentences.fuller_context"))) == 1


def _fuller_names(ctx: ExtractionContext, register: Register) -> None:
    """Give an attendee written short ("Dr A Ghosh", "McKay") the fuller name the same document prints for them
    ("Anjan Ghosh (Director of Public Health) ... were in attendance" in a later item), when it prints exactly one
    such name (names.fuller_name), and prints it as an attendee: with a job, or coming, going or attending
    (``sentences.fuller_context``), not in a vote ("Mr Derek Murphy proposed")."""
    for row in register.rows:
        name = parse_name(row.name)
        if name.is_full or not name.surname or (not name.initials and name.honorific):
            continue  # "Cllr Smith" stays Smith: a resident or relative of that surname is too likely in the text
        fuller = fuller_name(row.name, full_forms(ctx.text, name.surname, vocab.regex("attendance", "sentences.fuller_context")), initials=True)
        if fuller != row.name:
            row.name = f"{name.honorific} {fuller}" if name.honorific else fuller


def _councillor(name: Name) -> bool:
    """Titled a councillor: "In Attendance: Councillors S Hughes, P March" lists the members."""
    return bool(name.honorific) and bool(re.search(r"\b(?:Councillor|Cllr)\b", name.honorific, re.I))


# present outranks apologies (a late arrival, an apology withdrawn), an apology outranks a bare "absent"
_STATUS_RANK = {"absent": 0, "apologies": 1, "present": 2}
_SEXES = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f"}


def _other_person(known: Name, new: Name) -> bool:
    """ "Ms J Meade, Mr J Meade": the same initials and surname under titles of different sexes are two people."""
    a = {_SEXES[w] for w in (known.honorific or "").lower().replace(".", "").split() if w in _SEXES}
    b = {_SEXES[w] for w in (new.honorific or "").lower().replace(".", "").split() if w in _SEXES}
    return bool(a and b and a != b) and known.full.lower() == new.full.lower()


_BARE_JOB = re.compile(r"^(?P<name>(?:(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\.?\s+)?(?:[A-Z]\.?\s+){1,3}[A-Z][\w’\x27-]+)\s+(?P<job>[A-Z][\w/&’\x27 -]{2,80})$")


# initials in brackets after a name, anywhere in it: "S Hughes (SH) Chair"
_INITIALS_MARK = re.compile(r"\s*\((?:[A-Z]{2,3}|[A-Z][a-z][A-Z]|[A-Z]{2}[a-z])\)(?=[\s,]|$)")
def _initials_only(m: re.Match[str]) -> str:
    """Initials in brackets are dropped; a job or role mark written short is kept ("(RFO)", "(VC)")."""
    inner = m.group(0).strip(" ()")
    roles = vocab.get("attendance").roles
    if roles.regex("officer").search(inner) or roles.regex("guest_job").search(inner) or parse_name(f"X ({inner})").role_mark:
        return m.group(0)
    return ""


_TRAILING_MARK = re.compile(r"^(?P<name>.+?)\s+(?P<mark>(?:Vice[- ]|Deputy )?Chair(?:man|person|woman)?)$")


def _capacity(written: str, role: str, job_title: str | None) -> tuple[str, str, str | None, bool]:
    """A name with the capacity written around it: the bare name (brackets kept), its role and job, and
    whether a title stood before it that is not an honorific ("PCSO Hart": a surname is then a name).

    "Chairman Cllr Mrs Shewell" is the chair; "County Cllr Mrs Webb", "BC C Sampson"
    and "PCSO Clipperton" are guests (``roles.guest_title``); "Mrs D Jones – Clerk" is
    an officer. Marks of arriving late, leaving early or attending remotely are
    taken off ("Cllr G Key (arrived after item 2)").
    """
    roles = vocab.get("attendance").roles
    sentences = vocab.get("attendance").sentences
    written = squash(sentences.regex("late_mark").sub("", written)).strip(" ,;.")
    written = re.sub(r"^(?:and|for|from|by|&)\s+", "", written)
    lead = roles.regex("leading_role").match(written)
    if lead:
        mark = parse_name(f"X ({lead.group('role')})").role_mark
        if mark:
            written, role = written[lead.end() :].strip(), mark
    job = roles.regex("leading_job").match(written)
    if job and role in ("officer", "member", "guest"):  # "Clerk Linda Evans": the job, then the name
        written, role, job_title = written[job.end() :].strip(), "officer", job_title or job.group("job")
    guest = roles.regex("guest_title").match(written)
    titled = False
    if guest:
        title = guest.group("title")
        written = written[guest.end() :].strip()
        role, job_title = "guest", job_title or roles.titles.get(title, title)
        titled = not parse_name(written).honorific
    trailing = _TRAILING_MARK.match(written)
    if trailing and is_personal_name(parse_name(trailing.group("name")).full):
        mark = parse_name(f"X ({trailing.group('mark')})").role_mark  # "S Hughes Chair", "P March Vice-Chair": the mark unbracketed
        if mark:
            written, role = trailing.group("name"), mark
    bare = _BARE_JOB.match(written)
    if bare and not roles.regex("dash_job").match(written) and roles.regex("officer").search(bare.group("job")):
        # "Mr D L Nicholson Deputy Parish Clerk": initials and a surname, then the job with nothing between
        written, job_title = bare.group("name").strip(), job_title or bare.group("job").strip()
        role, job_title = _role_of_job(role, "present", job_title)
    dash = roles.regex("dash_job").match(written)
    if dash and "(" not in dash.group("job"):
        job = dash.group("job").strip()
        mark = parse_name(f"X ({job})").role_mark
        if mark or roles.regex("officer").search(job) or roles.regex("guest_job").search(job):
            written = dash.group("name").strip()
            role = mark or role
            if not mark:
                role, job_title = _role_of_job(role, "present", job)
    return written, role, job_title, titled


def _role_of_job(role: str, status: str, job: str | None) -> tuple[str, str | None]:
    """The role a job written beside a member's name gives: "(Clerk)" an officer, "(County Councillor)" a guest.

    With an apology, words in brackets that are no job are its reason ("(illness)"), dropped.
    """
    roles = vocab.get("attendance").roles
    if not job:
        return role, job
    if roles.regex("guest_job").search(job):
        # "In Attendance: Cllr B. Baker (Ward Councillor) and J. Eva (Parish Clerk)": a guest, though listed with officers
        return ("guest" if role in ("member", "reserve", "officer") else role), job
    if role in ("member", "chair", "vice-chair") and roles.regex("office_bearer").match(job.strip()):
        return role, job  # "Alan Lawrence, Treasurer" in the members' list: an office-bearer, a member
    if roles.regex("officer").search(job):
        return ("officer" if role in ("member", "reserve", "guest") else role), job
    if status in ("apologies", "absent"):
        return role, None
    return role, job


def split_employer(job_title: str | None, text: str = "") -> tuple[str | None, str | None]:
    """ "Named Nurse for Children Looked After, Eastbrook Community Health NHS Trust" -> (job, employer).

    The last comma-separated part of a job title is the holder's employer when
    it reads as an organisation (``organisation.employer`` in attendance.toml),
    or is an acronym the document spells out as one ("Central and North West
    London NHS Foundation Trust (CNWL)"). "Corporate Director, People
    Services" keeps its comma: a department is not an employer.
    """
    if not job_title or "," not in job_title:
        return job_title, None
    head, _, tail = job_title.rpartition(",")
    head, tail = head.strip(" ,"), tail.strip(" ,.")
    if not head or not tail:
        return job_title, None
    if vocab.regex("attendance", "organisation.employer").search(tail) or _defined_organisation(tail, text):
        return head, tail
    return job_title, None


def _defined_organisation(acronym: str, text: str) -> bool:
    if not re.fullmatch(r"[A-Z]{2,8}", acronym) or not text:
        return False
    # the run of capitalised words (with their small joining words) just before "(CNWL)"
    word = r"(?:[A-Z][\w’'&-]*|and|of|for|the|&)"
    for m in re.finditer(rf"({word}(?:[ \t]+{word}){{0,11}})[ \t]*\(\s*{re.escape(acronym)}\s*\)", text):
        if vocab.regex("attendance", "organisation.employer").search(m.group(1)):
            return True
    return False


def canonical_organisation(organisation: str, council: str | None = None) -> str:
    """The canonical name of a council written by a short or alternative name.

    "Harrow Council" and "London Borough of Harrow" are names of Harrow Council
    (councils.toml, the register); "Eastbrook
    Council" in a document of Eastbrook Borough Council is that council (the
    place and the word Council, with or without Borough/County/City/District).
    Any other organisation is returned as written.
    """
    written = squash(organisation).strip(" ,.:")
    known = council_named(written)
    if known:
        return known.name
    m = vocab.regex("attendance", "organisation.council_short_form").match(written)
    if m and council and re.search(r"\b" + re.escape(m.group("place")) + r"\b", council, re.I) and council.lower().endswith("council"):
        return council
    return written


def _document_council(ctx: ExtractionContext) -> str | None:
    meetings = ctx.records.get("meeting") or []
    return next((m.council for m in meetings if getattr(m, "council", None)), None)


def _compatible(full: Name, short: Name) -> bool:
    if full.surname.lower() != short.surname.lower() or not full.is_full:
        return False
    return not short.initials or full.initials.startswith(short.initials[:1])


@extractor(NAME, requires=("meeting",), produces=Attendee)
def extract_attendance(ctx: ExtractionContext) -> list[Attendee]:
    outline = ctx.outline
    if outline is None:
        return []
    register = Register(ctx)
    if outline.kind == "webservice_meeting":
        _webservice(ctx, register)
        return register.rows
    if outline.kind not in ("minutes_page", "printed_minutes", "agenda_item_page"):
        return []
    head_end = _head_end(ctx, outline)
    _register_with_a_key(ctx, register)  # first: its rows say each status; a label over it ("1. Attendance") adds nothing
    _labelled_lists(ctx, register, 0, head_end, head=True)
    _sentences(ctx, register, Span(start=0, end=head_end))
    for item in outline.items:
        _elected_in_item(ctx, register, item)
        if item.title is not None:
            _speakers(ctx, register, item.title)
            _apologies_in(ctx, register, Span(start=item.block.start, end=item.title.end))  # "2) Apologies for Absence – Cllr Lake ..." 
        if item.minutes is not None:
            # "1 In Attendance" / "Councillors S Hughes (SH) Chair, P March ...": an item titled as a present list is that
            # list, read before its last line's "... was in attendance" can make guests of the names before it
            present_list = _titled_label(ctx, item) is not None and _titled_label(ctx, item).status == "present"
            if present_list:
                _titled_list(ctx, register, item)
            said = _sentences(ctx, register, item.minutes)
            listed = _labelled_lists(ctx, register, item.minutes.start, item.minutes.end)
            if not said and not listed and not present_list:
                _titled_list(ctx, register, item)
            _reserve_table(ctx, register, item.minutes)
    if outline.tail is not None:
        _grouped_officers(ctx, register, outline.tail)
        _labelled_lists(ctx, register, outline.tail.start, outline.tail.end)
    _meeting_remote(ctx, register, head_end)
    _councillors_among_untitled_members(register)
    _fuller_names(ctx, register)
    return register.rows


_COUNCILLOR_TITLE = re.compile(r"\b(?:Councillor|Councilor|Cllr)\b", re.I)


def _councillors_among_untitled_members(register: Register) -> None:
    """A community council's members are written without a title ("Present: Roger Berl, Sally Sheehan, ... Councillor
    Merson"); the few titled councillors among them sit on the area's council and attend as guests. Only when four or
    more members are untitled and the titled ones are at most a third as many."""
    members = [a for a in register.rows if a.role in ("member", "chair", "vice-chair") and a.source == "minutes"]
    present = [a for a in members if a.status == "present"]
    titled = [a for a in present if _COUNCILLOR_TITLE.search(parse_name(a.name).honorific or "")]
    untitled = [a for a in present if not parse_name(a.name).honorific]
    if len(untitled) >= 4 and titled and 3 * len(titled) <= len(untitled):
        for a in members:  # their apologies too ("Apologies: Cllr Moira Ingleby")
            if a.role == "member" and _COUNCILLOR_TITLE.search(parse_name(a.name).honorific or ""):
                a.role = "guest"


def _head_end(ctx: ExtractionContext, outline) -> int:
    """Where the attendance head ends: the first item, unless its heading is an attendance label the outline took
    for an item ("Non-Members also present:-" read as item 1): then the first item that is not one."""
    if not outline.items:
        return min(len(ctx.text), 6000)
    for item in outline.items:
        title = item.title_text or (ctx.text[item.title.start : item.title.end] if item.title else "")
        heading = ctx.text[item.block.start : item.title.end] if item.title else title
        if not title or not any(pattern.match(squash(heading).rstrip(" :.-") + ":") for pattern, _ in _labels()):
            return item.block.start
    last = outline.items[-1]
    return last.minutes.end if last.minutes is not None else len(ctx.text)


def _labelled_lists(ctx: ExtractionContext, register: Register, start: int, end: int, head: bool = False) -> int:
    """Names under each attendance label in ``text[start:end]`` (``head``: the text before the first item); returns
    how many labels were found."""
    text = ctx.text
    found = []
    for pattern, label in _labels():
        if label.head_only and not head:
            continue
        for m in pattern.finditer(text, start, end):
            if any(a <= m.start() < b or m.start() <= a < _line_end(text, m.end()) for a, b in register.read):
                continue
            found.append((m.start(), m.end(), label))
    found.sort(key=lambda f: f[0])
    kept = []
    for f in found:  # "IN ATTENDANCE VIRTUALLY" also matches "IN ATTENDANCE": keep the longer
        if kept and f[0] == kept[-1][0]:
            if f[1] > kept[-1][1]:
                kept[-1] = f
            continue
        kept.append(f)
    for n, (label_start, label_end, label) in enumerate(kept):
        stop = kept[n + 1][0] if n + 1 < len(kept) else list_end(text, label_end, end)
        if label.head_only:  # a list with no label of its own ends at the sentence after it, before any next label
            stop = list_end(text, label_end, stop)
        stop = other_label_line(text, label_end, stop)  # "Public Attendance: 1 member of the public" is no name
        body = text[label_end:stop]
        previous: Attendee | None = None
        members_listed = register.has_members()  # before this list
        role = label.after_members if label.after_members and register.members_listed() >= 2 else label.role
        for written, offset in one_per_line(body, label_end) or names_with_offsets(body, label_end):
            remote = label.remote or bool(vocab.regex("attendance", "sentences.remote_mark").search(written))
            written = vocab.regex("attendance", "sentences.remote_mark").sub("", written).strip()
            row = register.add(written, Span(start=offset, end=offset + len(written)), role, label.status, remote=remote, source="minutes", unmarked_role=label.unmarked_role, members_listed=members_listed)
            if row is None and previous is not None and _capacity_after_name(previous, squash(written)):
                pass  # "Mrs Jane Roe, Clerk", "Councillors Ann Lee, Chairman, ...": the piece after the comma was her capacity
            elif row is None and previous is not None and previous.job_title is None and label.role in ("guest", "officer"):
                # "Sue Chandler, Cabinet Member for ...": the piece after the comma is her capacity
                previous.job_title, employer = split_employer(squash(written), text)
                previous.role, previous.job_title = _role_of_job(previous.role, previous.status, previous.job_title)
                if employer and not previous.organisation:
                    previous.organisation = canonical_organisation(employer, _document_council(ctx))
            previous = row
    return len(kept)


def _capacity_after_name(previous: Attendee, piece: str) -> bool:
    """A list piece that is only a capacity gives it to the name before it; True when it did.

    Parish minutes write the capacity after the name, parted by a comma, in any
    list: "Present: Miss A Lee, Mr B Khan, Councillors, and Mrs C Roe, Clerk",
    "Councillors Ann Lee, Chairman, Bilal Khan". Only a role mark (chair,
    vice-chair) or an officer's job of a few words counts; "Councillors" (the
    members' own word) changes nothing.
    """
    piece = re.sub(r"^(?:Councillor|Cllr)\.?\s+", "", _INITIALS_MARK.sub(_initials_only, piece).strip(" ,;."))  # "Councillors A, Chairman, B": the title spread over the list; "Chair (DH)"
    if not piece or len(piece.split()) > 5 or piece[0].islower():
        return False
    mark = parse_name(f"X ({piece})").role_mark
    if mark:
        previous.role = mark
        return True
    if previous.job_title is None and vocab.regex("attendance", "roles.officer").search(piece):
        previous.role, previous.job_title = _role_of_job(previous.role, previous.status, piece)
        return True
    return False


def _titled_list(ctx: ExtractionContext, register: Register, item) -> None:
    """An item titled like a label ("3787. To receive apologies for absence: Cllr Morrison."): its minutes are the list.

    Only short minutes that no attendance sentence explained are read so; what is
    not a name ("None.", "There were none") gives no row.
    """
    minutes = item.minutes
    if minutes.end - minutes.start > 400 or any(minutes.start <= a < minutes.end for a, _ in register.read):
        return
    label = _titled_label(ctx, item)
    if label is None or label.status == "present" and label.role != "member" and not label.unmarked_role:
        return
    lead = re.match(r"[\s.:;–-]*", ctx.text[minutes.start : minutes.end])  # the title's own full stop
    start = minutes.start + lead.end()
    for para_start, para_end in _paragraphs(ctx.text, start, minutes.end):
        end = list_end(ctx.text, para_start, para_end)  # "Cllr H Allsopp (leave). The meeting accepted these ..."
        body = ctx.text[para_start:end]
        if label.status == "apologies":  # "Cllr Lake had work commitments."
            body = vocab.regex("attendance", "sentences.apologies_end").sub("", body.rstrip(" .\n"))
        members_listed = register.has_members()
        for written, offset in names_with_offsets(body, para_start):
            register.add(written, Span(start=offset, end=offset + len(written)), label.role, label.status, remote=label.remote, source="minutes",
                         unmarked_role=label.unmarked_role, members_listed=members_listed)  # fmt: skip


def _titled_label(ctx: ExtractionContext, item) -> AttendanceLabel | None:
    """The attendance label an item's title is ("Apologies for absence", "In Attendance"), or None."""
    title = item.title_text or (ctx.text[item.title.start : item.title.end] if item.title else "")
    if not title:
        return None
    title = re.sub(r"\s+(?:Ref|Min(?:ute)?)\.?\s*[\w/.-]+$", "", squash(title))  # "... for absence Ref 19/046"
    return next((lab for pattern, lab in _labels() if pattern.match(title.rstrip(" :.") + ":")), None)


_SUB_NUMBER = re.compile(r"[ \t]*\d{1,3}(?:\.\d{1,3})+\.?[ \t]+")


def _paragraphs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The first paragraph of an item's minutes, or each of its numbered sub-paragraphs ("1.1. It was RESOLVED to
    accept ..." / "1.2. Councillors Giselle Edgar (holiday), ..."), without their numbers."""
    spans = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+(?:\n(?![ \t]*\n|[ \t]*\d{1,3}(?:\.\d{1,3})+\.?[ \t])[^\n]+)*", text[start:end])]
    numbered = [(start + a, start + b) for a, b in spans if _SUB_NUMBER.match(text, start + a)]
    if not numbered:
        return [(start, end)]
    return [(_SUB_NUMBER.match(text, a).end(), b) for a, b in numbered]


def _sentences(ctx: ExtractionContext, register: Register, minutes: Span) -> int:
    """Attendance told in sentences of ``text[minutes]``; returns how many sentences were read."""
    text = ctx.text
    flat = lambda s: re.sub(r"\s*\n\s*", " ", s)  # noqa: E731
    said = 0
    for m in vocab.regex("attendance", "sentences.substituted").finditer(text, minutes.start, minutes.end):
        said += 1
        absent = register.add(m.group("absent"), Span(start=m.start("absent"), end=m.end("absent")), "member", "apologies", source="minutes")
        stood_in_for = parse_name(absent.name).full if absent else squash(m.group("absent"))
        substitute = register.add(
            m.group("present"), Span(start=m.start("present"), end=m.end("present")), "reserve", "present",
            substitute_for=stood_in_for, source="minutes",
        )  # fmt: skip
        if substitute is not None and substitute.substitute_for is None:
            substitute.substitute_for = stood_in_for  # already listed (e.g. as an officer) before the substitution
        if substitute is not None and substitute.role == "member":
            substitute.role = "reserve"  # listed among those present, but there as a substitute
    said += _apologies_in(ctx, register, minutes)
    for m in vocab.regex("attendance", "sentences.sent_apologies").finditer(text, minutes.start, minutes.end):
        said += 1
        office = m.group("office")
        role = "member" if not office else "vice-chair" if re.match(r"(?:Vice|Deputy)", office) else "chair"
        for written, offset in names_with_offsets(m.group("name"), m.start("name")):  # "Cllr I Wroth & Cllr H Wroth sent apologies"
            register.add(written, Span(start=offset, end=offset + len(written)), role, "apologies", source="minutes")
    for m in vocab.regex("attendance", "sentences.substitute").finditer(text, minutes.start, minutes.end):
        said += 1
        row = register.add(m.group("name"), Span(start=m.start("name"), end=m.end("name")), "reserve", "present", source="minutes")
        if row is not None and row.role == "member":
            row.role = "reserve"
    for m in vocab.regex("attendance", "sentences.arrived_or_left").finditer(text, minutes.start, minutes.end):
        # arrived late or left early: present for part of the meeting
        said += 1
        if _known(register, parse_name(m.group("name"))) is None:
            register.add(m.group("name"), Span(start=m.start("name"), end=m.end("name")), "member", "present", source="minutes")
    for m in vocab.regex("attendance", "sentences.remote").finditer(text, minutes.start, minutes.end):
        said += 1
        for written, offset in names_with_offsets(flat(m.group("names")), m.start("names")):
            name = parse_name(written)
            match = register.find(name)
            if match is not None and match.status == "present":
                match.remote = True
            elif is_personal_name(name.full, surname_only=bool(name.honorific)):
                register.add(written, Span(start=offset, end=offset + len(written)), "member", "present", remote=True, source="minutes")
    for m in vocab.regex("attendance", "sentences.in_attendance").finditer(text, minutes.start, minutes.end):
        said += 1
        _told_in_attendance(register, flat(m.group("names")), m.start("names"))
    for m in vocab.regex("attendance", "sentences.public_named").finditer(text, minutes.start, minutes.end):
        said += 1
        _told_in_attendance(register, flat(m.group("names")), m.start("names"))
    said += _speakers(ctx, register, minutes)
    for m in vocab.regex("attendance", "sentences.elected_office").finditer(text, minutes.start, minutes.end):
        office = m.group("office").lower()
        role = "vice-chair" if re.match(r"(?:vice|deputy)", office) else "chair"
        row = _known(register, parse_name(m.group("name")))  # "Cllr Goodchild" elected, listed as "Cllr P Goodchild"
        if row is None:
            row = register.add(m.group("name"), Span(start=m.start("name"), end=m.end("name")), role, "present", source="minutes")
        if row is not None and row.role in ("member", "chair", "vice-chair") and row.status == "present":
            row.role = role  # elected at this meeting: the office is held in it
    for m in vocab.regex("attendance", "sentences.officer_named").finditer(text, minutes.start, minutes.end):
        said += 1
        if _known(register, parse_name(m.group("name"))) is None:  # "The Clerk, Mrs J Bloggs, took the minutes."
            register.add(m.group("name"), Span(start=m.start("name"), end=m.end("name")), "officer", "present", job_title=m.group("job"), source="minutes")
    for m in vocab.regex("attendance", "sentences.chair_for_meeting").finditer(text, minutes.start, minutes.end):
        row = _known(register, parse_name(m.group("name")))  # listed among the members, then said to chair
        if row is None:
            row = register.add(m.group("name"), Span(start=m.start("name"), end=m.end("name")), "chair", "present", source="minutes")
        if row is not None and row.status == "present" and row.role in ("member", "vice-chair"):
            row.role = "chair"
    for m in vocab.regex("attendance", "sentences.chair_named").finditer(text, minutes.start, minutes.end):
        # "The Chair, Councillor Hannah Greaves, welcomed ...": who chaired this meeting
        role = "vice-chair" if re.match(r"(?:Vice|Deputy)", m.group("office"), re.I) else "chair"
        register.add(m.group("name"), Span(start=m.start("name"), end=m.end("name")), role, "present", source="minutes")
    return said


# what follows a name in a sentence and is not part of it: "Mr David Pearce of the Hexham Beekeepers' Society who gave ..."
_NAME_TAIL = re.compile(r"\s+(?:of|from|representing|who|whose|with|acting)\b.*$|,\s*$")


def _told_in_attendance(register: Register, names: str, base: int) -> None:
    """People said to be in attendance in a sentence: guests, unless already listed; a job written before a
    name is that name's job ("The Town Clerk, Mrs. L.M. Phillips, the Town Clerk's Assistant, Mrs. M.C. Vincent")."""
    roles = vocab.get("attendance").roles
    job: str | None = None
    previous: Attendee | None = None
    for written, offset in names_with_offsets(names, base):
        bare = re.sub(r"^(?:the|The|a|an)\s+", "", _NAME_TAIL.sub("", written.strip()))
        name = parse_name(bare)
        if previous is not None and not name.honorific and parse_name(previous.name).honorific and job is None:
            name = Name(full="")  # "Mr Tom Hale, Westbrook Ramblers": after a titled name, an untitled piece tells who he is
        if not is_personal_name(name.full, surname_only=bool(name.honorific)):
            if roles.regex("officer").search(bare) or roles.regex("guest_job").search(bare):
                if previous is not None and previous.job_title is None and job is None and previous.role == "guest":
                    previous.role, previous.job_title = _role_of_job("guest", "present", bare)  # "Mrs Jen Stephenson, Head Teacher"
                else:
                    job = bare
            elif previous is not None and previous.job_title is None and re.match(r"^[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,4}$", bare):
                previous.job_title = bare  # "Mrs Jen Stephenson, Head Teacher"
            continue
        if register.find(name) is not None:
            previous, job = None, None
            continue
        previous = register.add(bare, Span(start=offset, end=offset + len(bare)), "guest", "present", job_title=job, source="minutes")
        if previous is not None and job:
            previous.role, previous.job_title = _role_of_job("guest", "present", job)
        job = None


_ELECTION = re.compile(r"\bElection of (?:the )?(?P<office>(?:Vice|Deputy)[- ]?Chair(?:man|person)?|Chair(?:man|person)?)\b", re.I)


def _elected_in_item(ctx: ExtractionContext, register: Register, item) -> None:
    """ "1. Election of Chairman. ... As there were no other proposals, Cllr M Cain was elected.": the office is in
    the item's title, the member elected in its minutes."""
    if item.title is None or item.minutes is None:
        return
    office = _ELECTION.search(ctx.text, item.block.start, item.title.end) or _ELECTION.match(ctx.text, item.minutes.start, item.minutes.end)
    if office is None:
        return
    role = "vice-chair" if re.match(r"(?:vice|deputy)", office.group("office"), re.I) else "chair"
    for m in _ELECTED.finditer(ctx.text, item.minutes.start, item.minutes.end):
        row = _known(register, parse_name(m.group("name")))
        if row is not None and row.status == "present" and row.role in ("member", "chair", "vice-chair"):
            row.role = role
        return


_ELECTED = re.compile(r"(?P<name>(?:Councillor|Cllr)\.?\s+(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?:[A-Z][\w’'-]*\.?\s+){0,3}[A-Z][\w’'-]+)\s+(?:was|is)\s+(?:duly\s+|unanimously\s+)?(?:re-?)?elected\b")


def _apologies_in(ctx: ExtractionContext, register: Register, span: Span) -> int:
    """Apologies told in a sentence in ``text[span]`` ("Apologies were received from ..."); returns how many."""
    found = 0
    for m in vocab.regex("attendance", "sentences.apologies").finditer(ctx.text, span.start, span.end):
        found += 1
        names = re.sub(r"\s*\n\s*", " ", m.group("names"))
        names = vocab.regex("attendance", "sentences.apologies_end").sub("", names)
        names = vocab.regex("attendance", "sentences.substituted").sub(lambda s: s.group("absent"), names)
        for written, offset in names_with_offsets(names, m.start("names")):
            register.add(written, Span(start=offset, end=offset + len(written)), "member", "apologies", source="minutes")
    return found


def _speakers(ctx: ExtractionContext, register: Register, span: Span) -> int:
    """A speaker named in an item's title or minutes ("Presentation from Gavin Jones, Regional Engagement Manager"): a guest."""
    found = 0
    for m in vocab.regex("attendance", "sentences.speaker").finditer(ctx.text, span.start, span.end):
        found += 1
        if register.find(parse_name(m.group("name"))) is None:
            register.add(m.group("name"), Span(start=m.start("name"), end=m.end("name")), "guest", "present", source="minutes")
    return found


def _meeting_remote(ctx: ExtractionContext, register: Register, head_end: int) -> None:
    """A meeting held wholly by video ("held ... remotely through Zoom", "Virtual Meeting"): everyone present was remote.

    Read in the text before the first item; a meeting held in a room as well ("at the Hall and via Zoom",
    "hybrid") is not one.
    """
    first_list = min((m.start() for pattern, _ in _labels() for m in [pattern.search(ctx.text, 0, head_end)] if m), default=head_end)
    head = ctx.text[:first_list]
    if not vocab.regex("attendance", "sentences.meeting_remote").search(head):
        return
    if vocab.regex("attendance", "sentences.meeting_hybrid").search(head):
        return
    for row in register.rows:
        if row.status == "present":
            row.remote = True


def _known(register: Register, name: Name) -> Attendee | None:
    """The attendee a sentence names by title and surname ("Cllr Lee left the meeting"), when only one has that surname."""
    found = register.find(name)
    if found is not None:
        return found
    same = [a for a in register.rows if parse_name(a.name).surname.lower() == name.surname.lower()]
    return same[0] if len(same) == 1 else None


def _reserve_table(ctx: ExtractionContext, register: Register, minutes: Span) -> None:
    """Harrow's "Ordinary Member / Reserve Member" table: pairs of names, in order."""
    header = vocab.regex("attendance", "sentences.reserve_table").search(ctx.text, minutes.start, minutes.end)
    if header is None:
        return
    cells: list[tuple[str, int]] = []
    for line in lines_of(ctx.text, header.end(), minutes.end):
        for cell in re.finditer(r"[^\t]+", line.text):
            value = cell.group(0).strip()
            if not value:
                continue
            name = parse_name(value)
            if not is_personal_name(name.full, surname_only=bool(name.honorific)):
                if cells:
                    break
                continue
            cells.append((value, line.start + cell.start() + (len(cell.group(0)) - len(cell.group(0).lstrip()))))
    for (ordinary, ordinary_offset), (reserve, offset) in zip(cells[0::2], cells[1::2]):
        register.add(reserve, Span(start=offset, end=offset + len(reserve)), "reserve", "present",
                     substitute_for=parse_name(ordinary).full, source="minutes")  # fmt: skip
        # the member a reserve stood in for was not at the meeting
        if register.find(parse_name(ordinary)) is None:
            register.add(ordinary, Span(start=ordinary_offset, end=ordinary_offset + len(ordinary)), "member", "absent", source="minutes")


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end < 0 else end


def _legend(line: str) -> dict[str, str]:
    """The marks a register's key line explains ("P = present, A = apology, N = non-attendance"): mark -> status; at
    least two, or none."""
    sentences = vocab.get("attendance").sentences
    marks: dict[str, str] = {}
    for m in sentences.regex("legend_pair").finditer(line):
        word = m.group("word").strip()
        for status in ("present", "apologies", "absent"):
            if sentences.regex(f"legend_{status}").search(word):
                marks[m.group("code")] = status
                break
    return marks if len(marks) >= 2 else {}


def _register_with_a_key(ctx: ExtractionContext, register: Register) -> None:
    """An attendance register: rows of a name and a mark above (or below) a key to the marks.

        Mr J Smith (Chairman) A
        Mrs K Jones (Vice-Chairman) P (in the chair)
        County Councillor R Gold N
        P = present, A = apology, N = non-attendance

    Each row gives the status its mark means; "(in the chair)" after the mark makes the chair of this meeting; an
    office in brackets ("(Chairman)") is the member's office, held in this meeting only when present.
    """
    lines = lines_of(ctx.text, 0, len(ctx.text))
    for n, line in enumerate(lines):
        marks = _legend(line.stripped.strip("| "))
        if not marks:
            continue
        codes = "|".join(re.escape(c) for c in sorted(marks, key=len, reverse=True))
        row_re = re.compile(rf"^(?P<name>[^|\t]+?)[ \t]+(?P<code>{codes})(?:[ \t]+\((?P<note>[^()]*)\))?[ \t|]*$")
        for step in (-1, 1):  # the rows above the key, else below it
            k = n + step
            while 0 <= k < len(lines) and (m := row_re.match(lines[k].stripped)):
                status = marks[m.group("code")]
                start = lines[k].start + lines[k].text.index(m.group("name"))
                row = register.add(m.group("name"), Span(start=start, end=start + len(m.group("name"))), "member", status, source="minutes")
                if row is not None:
                    if m.group("note") and parse_name(f"X ({m.group('note')})").role_mark == "chair" and status == "present":
                        row.role = "chair"
                    elif row.role in ("chair", "vice-chair") and status != "present":
                        row.role = "member"  # "Mr J Smith (Chairman) A": the council's chairman, not at this meeting
                k += step
            if k != n + step:
                first, last = sorted((n, k - step))
                register.read.append((lines[first].start, lines[last].span.end))
                break


def _grouped_officers(ctx: ExtractionContext, register: Register, tail: Span) -> None:
    """ "Officers present:" then "<Organisation> Officers:" groups of "Name" / "- Job title" lines."""
    organisation = None
    pending: tuple[str, int] | None = None
    for line in lines_of(ctx.text, tail.start, tail.end):
        s = line.stripped
        if not s:
            continue
        if s.endswith(":"):
            label = s[:-1].strip()
            if not re.match(r"^(?:Officers|Members|Others)\s+present$", label, re.I):
                organisation = re.sub(r"\s+(?:Officers|Representatives|Staff)$", "", label).strip() or None
            pending = None
            continue
        job = re.match(r"^[-–—]\s*(?P<job>.+)$", s)
        if job and pending:
            written, offset = pending
            register.add(written, Span(start=offset, end=offset + len(written)), "officer", "present",
                         job_title=squash(job.group("job")), organisation=organisation, source="minutes")  # fmt: skip
            pending = None
            continue
        inline = re.match(r"^(?P<name>[^-–—\t]+?)\s*(?:[-–—]|\t)\s*(?P<job>.+)$", s)
        if inline and is_personal_name(parse_name(inline.group("name")).full):
            offset = line.span.start
            register.add(inline.group("name").strip(" ,"), Span(start=offset, end=offset + len(inline.group("name"))), "officer",
                         "present", job_title=squash(inline.group("job")), organisation=organisation, source="minutes")  # fmt: skip
            continue
        pending = (s.strip(" ,"), line.span.start)


def _webservice(ctx: ExtractionContext, register: Register) -> None:
    for a in ctx.outline.values.get("attendees", []):
        description = (a.get("roledescription") or "").lower()
        role = "vice-chair" if "vice" in description else "chair" if "chair" in description else "reserve" if "reserve" in description or "substitute" in description else "member"
        status = {"expected": "expected", "present": "present", "in attendance": "present", "apologies": "apologies", "absent": "absent"}.get(
            (a.get("attendance") or "expected").lower(), "expected"
        )
        party = a.get("politicalparty") or None
        register.add(
            a.get("name", ""), a["span"], role, status,
            party=_PARTIES.get((party or "").upper(), party), ward=a.get("ward") or None, source="web service",
        )  # fmt: skip
