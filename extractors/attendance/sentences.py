"""Attendance told in sentences (``[sentences]`` in attendance.toml).

Apologies received / submitted / sent, substitutions ("X who was substituted by Y", "Y attended as
substitute for Z"), arrivals and departures, members attending remotely, people said to be in
attendance, speakers, a chair elected for the meeting, and a meeting held wholly by video.
"""

from __future__ import annotations

import re

from extractors import vocab
from extractors.attendance.capacity import role_of_job
from extractors.attendance.labels import label_patterns
from extractors.attendance.lists import names_with_offsets
from extractors.attendance.register import Register, known_attendee
from extractors.names import Name, is_personal_name, parse_name
from extractors.registry import ExtractionContext
from extractors.text import squash
from schemas.people import Attendee
from schemas.provenance import Span


# a substitute told in a sentence: role "reserve", the member stood in for in ``substitute_for`` (the samples' truth:
# "Ms E Fitch attended as a substitute for Councillor Grace Whitfield" is a reserve). check6's and dev4's truth write such a
# substitute "member" (TRUTH_BRIEF lists no "reserve" role): a truth convention to settle, not read here either way.
SUBSTITUTE = "reserve"


def sentences_in(ctx: ExtractionContext, register: Register, minutes: Span) -> int:
    """Attendance told in sentences of ``text[minutes]``; returns how many sentences were read."""
    text = ctx.text
    flat = lambda s: re.sub(r"\s*\n\s*", " ", s)  # noqa: E731
    said = 0
    for m in vocab.regex("attendance", "sentences.substituted").finditer(text, minutes.start, minutes.end):
        said += 1
        absent = register.add(m.group("absent"), Span(start=m.start("absent"), end=m.end("absent")), "member", "apologies", source="minutes")
        stood_in_for = parse_name(absent.name).full if absent else squash(m.group("absent"))
        substitute = register.add(
            m.group("present"), Span(start=m.start("present"), end=m.end("present")), SUBSTITUTE, "present",
            substitute_for=stood_in_for, source="minutes",
        )  # fmt: skip
        if substitute is not None and substitute.substitute_for is None:
            substitute.substitute_for = stood_in_for  # already listed (e.g. as an officer) before the substitution
        if substitute is not None and substitute.role == "member":
            substitute.role = SUBSTITUTE  # listed among those present, but there as a substitute
    said += apologies_in(ctx, register, minutes)
    for m in vocab.regex("attendance", "sentences.sent_apologies").finditer(text, minutes.start, minutes.end):
        said += 1
        office = m.group("office")
        role = "member" if not office else "vice-chair" if re.match(r"(?:Vice|Deputy)", office) else "chair"
        role = "guest" if m.group("council") else role  # "Norfolk County Council Cllr. Martin Storey sent his apologies"
        for written, offset in names_with_offsets(m.group("name"), m.start("name")):  # "Cllr I Wroth & Cllr H Wroth sent apologies"
            register.add(written, Span(start=offset, end=offset + len(written)), role, "apologies", source="minutes")
    for m in vocab.regex("attendance", "sentences.substitute").finditer(text, minutes.start, minutes.end):
        said += 1
        row = register.add(m.group("name"), Span(start=m.start("name"), end=m.end("name")), SUBSTITUTE, "present", source="minutes")
        if row is not None and row.role == "member":
            row.role = SUBSTITUTE
    for m in vocab.regex("attendance", "sentences.arrived_or_left").finditer(text, minutes.start, minutes.end):
        # arrived late or left early: present for part of the meeting
        said += 1
        if known_attendee(register, parse_name(m.group("name"))) is None:
            register.add(m.group("name"), Span(start=m.start("name"), end=m.end("name")), "member", "present", source="minutes")
    coming_late(ctx, register, minutes)  # not counted: the apologies beside it ("Apologies: Cllr D Price. Cllr E Moss would be ...") are still to read
    said += welcomed(ctx, register, minutes)
    for m in vocab.regex("attendance", "sentences.police_spoke").finditer(text, minutes.start, minutes.end):
        said += 1  # "PC Dougie Stapleton presented the Police report": there, a guest
        if known_attendee(register, parse_name(m.group("name"))) is None:
            register.add(m.group("name"), Span(start=m.start("name"), end=m.end("name")), "guest", "present", source="minutes")
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
    for m in vocab.regex("attendance", "sentences.absent").finditer(text, minutes.start, minutes.end):
        said += 1  # "Councillors Lisa Nash and Terry Tyler were absent."
        for written, offset in names_with_offsets(flat(m.group("names")), m.start("names")):
            register.add(written, Span(start=offset, end=offset + len(written)), "member", "absent", source="minutes")
    for m in vocab.regex("attendance", "sentences.public_named").finditer(text, minutes.start, minutes.end):
        said += 1
        _told_in_attendance(register, flat(m.group("names")), m.start("names"))
    said += speakers(ctx, register, minutes)
    for m in vocab.regex("attendance", "sentences.elected_office").finditer(text, minutes.start, minutes.end):
        office = m.group("office").lower()
        role = "vice-chair" if re.match(r"(?:vice|deputy)", office) else "chair"
        row = known_attendee(register, parse_name(m.group("name")))  # "Cllr Goodchild" elected, listed as "Cllr P Goodchild"
        if row is None:
            row = register.add(m.group("name"), Span(start=m.start("name"), end=m.end("name")), role, "present", source="minutes")
        if row is not None and row.role in ("member", "chair", "vice-chair") and row.status == "present":
            row.role = role  # elected at this meeting: the office is held in it
    for m in vocab.regex("attendance", "sentences.officer_named").finditer(text, minutes.start, minutes.end):
        said += 1
        if known_attendee(register, parse_name(m.group("name"))) is None:  # "The Clerk, Mrs J Bloggs, took the minutes."
            register.add(m.group("name"), Span(start=m.start("name"), end=m.end("name")), "officer", "present", job_title=m.group("job"), source="minutes")
    for m in vocab.regex("attendance", "sentences.chair_for_meeting").finditer(text, minutes.start, minutes.end):
        row = known_attendee(register, parse_name(m.group("name")))  # listed among the members, then said to chair
        if row is None:
            row = register.add(m.group("name"), Span(start=m.start("name"), end=m.end("name")), "chair", "present", source="minutes")
        if row is not None and row.status == "present" and row.role in ("member", "vice-chair"):
            row.role = "chair"
    for m in vocab.regex("attendance", "sentences.chair_named").finditer(text, minutes.start, minutes.end):
        # "The Chair, Councillor Hannah Greaves, welcomed ...": who chaired this meeting
        role = "vice-chair" if re.match(r"(?:Vice|Deputy)", m.group("office"), re.I) else "chair"
        register.add(m.group("name"), Span(start=m.start("name"), end=m.end("name")), role, "present", source="minutes")
    return said


_NAME_TAIL = re.compile(r"\s+(?:of|from|representing|who|whose|with|acting)\b.*$|,\s*$")


def _told_in_attendance(register: Register, names: str, base: int) -> None:
    """People said to be in attendance in a sentence: guests, unless already listed; a job written before a
    name is that name's job ("The Town Clerk, Mrs. L.M. Phillips, the Town Clerk's Assistant, Mrs. M.C. Vincent")."""
    roles = vocab.get("attendance").roles
    job: str | None = None
    previous: Attendee | None = None
    for written, offset in names_with_offsets(names, base):
        bare = re.sub(r"^(?:the|The|a|an)\s+", "", _NAME_TAIL.sub("", written.strip()))
        other_council = roles.regex("guest_title").match(bare)  # "District Cllrs Burley and Cawrey were present"
        name = parse_name(bare[other_council.end() :].strip() if other_council else bare)
        if previous is not None and not name.honorific and parse_name(previous.name).honorific and job is None:
            name = Name(full="")  # "Mr Tom Hale, Westbrook Ramblers": after a titled name, an untitled piece tells who he is
        if not is_personal_name(name.full, surname_only=bool(name.honorific)):
            if roles.regex("officer").search(bare) or roles.regex("guest_job").search(bare):
                if previous is not None and previous.job_title is None and job is None and previous.role == "guest":
                    previous.role, previous.job_title = role_of_job("guest", "present", bare)  # "Mrs Jen Stephenson, Head Teacher"
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
            previous.role, previous.job_title = role_of_job("guest", "present", job)
        job = None


_ELECTION = re.compile(r"\b(?:Election|Appointment) of (?:the )?(?P<office>(?:Vice|Deputy)[- ]?Chair(?:man|person)?|Chair(?:man|person)?)\b", re.I)


def elected_in_item(ctx: ExtractionContext, register: Register, item) -> None:
    """ "1. Election of Chairman. ... As there were no other proposals, Cllr M Cain was elected.": the office is in
    the item's title ("Election of Chair", "Appointment of Chair for the year"), the member elected in its minutes."""
    if item.title is None or item.minutes is None:
        return
    office = _ELECTION.search(ctx.text, item.block.start, item.title.end) or _ELECTION.match(ctx.text, item.minutes.start, item.minutes.end)
    if office is None:
        return
    role = "vice-chair" if re.match(r"(?:vice|deputy)", office.group("office"), re.I) else "chair"
    for m in _ELECTED.finditer(ctx.text, item.minutes.start, item.minutes.end):
        name = parse_name(m.group("name"))
        row = known_attendee(register, name)
        if row is None and not any(parse_name(a.name).surname.lower() == name.surname.lower() for a in register.rows):
            # "Councillor J Burnett was duly elected as Chair of the Authority": the chair elected chairs the rest of the
            # meeting, listed or not (and a vice-chair elected is there too, as the elected_office sentences read it); not
            # when the surname is listed already ("Cllr Peake" among Mick and Mandy Peake: one of them, which is not said)
            row = register.add(m.group("name"), Span(start=m.start("name"), end=m.end("name")), "chair", "present", source="minutes")
        if row is not None and row.status == "present" and row.role in ("member", "chair", "vice-chair"):
            row.role = role
        return


_ELECTED = re.compile(r"(?P<name>(?:Councillor|Cllr|Mr|Mrs|Ms|Miss|Dr)\.?\s+(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?:[A-Z][\w’'-]*\.?\s+){0,3}[A-Z][\w’'-]+)\s+(?:was|is)\s+(?:duly\s+|unanimously\s+)?(?:re-?)?elected\b")


def apologies_in(ctx: ExtractionContext, register: Register, span: Span) -> int:
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


def welcomed(ctx: ExtractionContext, register: Register, span: Span) -> int:
    """People the minutes say were welcomed ("he welcomed CClrs Bennet and Thomson", "County Councillor M Storey ... were
    welcomed to the meeting") were there: a councillor a member, another title a guest; returns how many sentences."""
    found = 0
    for m in vocab.regex("attendance", "sentences.welcomed").finditer(ctx.text, span.start, span.end):
        found += 1
        for written, offset in names_with_offsets(re.sub(r"\s*\n\s*", " ", m.group("names")), m.start("names")):
            name = parse_name(written)
            if known_attendee(register, name) is None:
                role = "member" if re.match(r"(?:Councillor|Cllr|CClr|Clr)\b", name.honorific or "", re.I) else "guest"
                register.add(written, Span(start=offset, end=offset + len(written)), role, "present", source="minutes")
    return found


def coming_late(ctx: ExtractionContext, register: Register, span: Span) -> int:
    """Members said to be coming later ("Councillor E Wilson will be attending in due course"), often in the apologies
    item: present, one row with any apology read for them before; returns how many were read."""
    found = 0
    for m in vocab.regex("attendance", "sentences.coming_late").finditer(ctx.text, span.start, span.end):
        found += 1
        register.add(m.group("name"), Span(start=m.start("name"), end=m.end("name")), "member", "present", source="minutes")
    return found


def speakers(ctx: ExtractionContext, register: Register, span: Span) -> int:
    """A speaker named in an item's title or minutes ("Presentation from Gavin Jones, Regional Engagement Manager"): a guest."""
    found = 0
    for m in vocab.regex("attendance", "sentences.speaker").finditer(ctx.text, span.start, span.end):
        found += 1
        if register.find(parse_name(m.group("name"))) is None:
            register.add(m.group("name"), Span(start=m.start("name"), end=m.end("name")), "guest", "present", source="minutes")
    return found


def meeting_remote(ctx: ExtractionContext, register: Register, head_end: int) -> None:
    """A meeting held wholly by video ("held ... remotely through Zoom", "Virtual Meeting"): everyone present was remote.

    Read in the text before the first item; a meeting held in a room as well ("at the Hall and via Zoom",
    "hybrid") is not one.
    """
    first_list = min((m.start() for pattern, _ in label_patterns() for m in [pattern.search(ctx.text, 0, head_end)] if m), default=head_end)
    # and the meeting's title line, wherever the head puts it: "PRESENT: Cllrs A, B" / ... / "Minutes of the Meeting of the FULL
    # COUNCIL held via Zoom on Monday 3rd August 2020"
    titles = [m.group(0) for m in vocab.regex("attendance", "sentences.meeting_title_line").finditer(ctx.text, first_list, head_end)]
    head = "\n".join([ctx.text[:first_list], *titles])
    if not vocab.regex("attendance", "sentences.meeting_remote").search(head):
        return
    if vocab.regex("attendance", "sentences.meeting_hybrid").search(head):
        return
    for row in register.rows:
        if row.status == "present":
            row.remote = True


def chair_welcomed(ctx: ExtractionContext, register: Register) -> None:
    """ "Cllr Marsh welcomed everyone to the meeting": with no chair named anywhere else, the one member present who
    welcomed the meeting chaired it (read last, so a chair listed or elected for the meeting is never overruled)."""
    if any(a.role == "chair" for a in register.rows):
        return
    welcomers = {id(row): row for m in vocab.regex("attendance", "sentences.chair_welcomed").finditer(ctx.text)
                 for row in [known_attendee(register, parse_name(m.group("name")))] if row is not None}
    if len(welcomers) == 1:
        row = next(iter(welcomers.values()))
        if row.status == "present" and row.role in ("member", "vice-chair"):
            row.role = "chair"
