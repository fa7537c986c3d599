"""Labelled attendance lists: ``PRESENT:``, ``Apologies``, ``In attendance`` ... (``[[label]]`` in attendance.toml).

A label's names run to the next label or the list's end (:mod:`.lists`); a piece that is only a
capacity ("Clerk", "Chairman") goes to the name before it; an item titled like a label ("To receive
apologies for absence: Cllr Morrison.") has its short minutes read as the list.
"""

from __future__ import annotations

import re
from functools import lru_cache

from extractors import vocab
from extractors.attendance.capacity import INITIALS_MARK, initials_only, is_councillor, role_of_job
from extractors.attendance.lists import ITEM_OPENING, list_end, names_with_offsets, one_per_line, other_label_line
from extractors.attendance.organisations import canonical_organisation, document_council, split_employer
from extractors.attendance.register import Register, council_job
from extractors.names import parse_name
from extractors.registry import ExtractionContext
from extractors.text import squash
from extractors.vocab.models import AttendanceLabel
from schemas.people import Attendee
from schemas.provenance import Span


@lru_cache(maxsize=1)
def label_patterns() -> list[tuple[re.Pattern[str], AttendanceLabel]]:
    return [(label.compiled("pattern"), label) for label in vocab.get("attendance").label]


def line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end < 0 else end


def attendance_head_end(ctx: ExtractionContext, outline) -> int:
    """Where the attendance head ends: the first item, unless its heading is an attendance label the outline took
    for an item ("Non-Members also present:-" read as item 1): then the first item that is not one."""
    if not outline.items:
        return min(len(ctx.text), 6000)
    for item in outline.items:
        title = item.title_text or (ctx.text[item.title.start : item.title.end] if item.title else "")
        heading = ctx.text[item.block.start : item.title.end] if item.title else title
        if not title or not any(pattern.match(squash(heading).rstrip(" :.-") + ":") for pattern, _ in label_patterns()):
            return item.block.start
    last = outline.items[-1]
    return last.minutes.end if last.minutes is not None else len(ctx.text)


def labelled_lists(ctx: ExtractionContext, register: Register, start: int, end: int, head: bool = False, text: str | None = None) -> int:
    """Names under each attendance label in ``text[start:end]`` (``head``: the text before the first item; ``text``: the
    document's text relined for its labels, :mod:`.relined`); returns how many labels were found."""
    text = ctx.text if text is None else text
    found = []
    for pattern, label in label_patterns():
        if label.head_only and not head:
            continue
        for m in pattern.finditer(text, start, end):
            if any(a <= m.start() < b or m.start() <= a < line_end(text, m.end()) for a, b in register.read):
                continue
            found.append((m.start(), m.end(), label))
    found.sort(key=lambda f: f[0])
    kept = []
    for f in found:  # "IN ATTENDANCE VIRTUALLY" also matches "IN ATTENDANCE": keep the longer
        if kept and f[0] == kept[-1][0]:
            if f[1] > kept[-1][1]:
                kept[-1] = f
            continue
        if kept and f[0] < kept[-1][1]:
            continue  # "Officers Present:": the "Present:" inside a longer label is no label of its own
        if f[2].head_only and kept and not kept[-1][2].head_only and list_end(text, kept[-1][1], end) > f[0]:
            continue  # a line that only looks like a list of its own ("County Cllr A Tudor") inside a labelled list goes on with it
        kept.append(f)
    for n, (label_start, label_end, label) in enumerate(kept):
        # to the next label, or before it where a sentence or a heading ends the list ("... Mrs Forde, Member Support Officer" /
        # "The meeting commenced at 7pm" / "Apologies Councillor T Quinn")
        stop = list_end(text, label_end, kept[n + 1][0] if n + 1 < len(kept) else end, sublabels=label.outside)
        said = _SENTENCE_AFTER.search(text, label_end, stop)
        if said and said.start() < line_end(text, label_end):  # "Present:- ..., W Dargie. Meeting chaired by J Carr.": a sentence after the names on the label's line
            stop = said.start() + 1
        item = ITEM_OPENING.search(text, label_end, stop)
        if item:  # "... Apologies: Kirsteen Currie (KC) Item 1. Welcome ...": run-on text, the first item opens on the line
            stop = item.start()
        if label.head_only:  # a list with no label of its own ends at the sentence after it, before any next label
            stop = list_end(text, label_end, stop)
        if not label.outside:  # outside bodies' people each under their body's name ("Roads Service: Mr T Hale")
            stop = other_label_line(text, label_end, stop)  # "Public Attendance: 1 member of the public" is no name
        body = _LIST_MARKS.sub(lambda m: " " * len(m.group(0)), text[label_end:stop])  # same length: offsets hold
        previous: Attendee | None = None
        members_listed = register.members_listed() >= 1  # before this list (the chair alone, "In the Chair: X", is no members' list)
        role = label.after_members if label.after_members and register.members_listed() >= 2 else label.role
        job_before: str | None = None  # "..., and the Clerk, Mrs S Lee": a job written before its holder's name
        office_before: str | None = None  # "The Worshipful the Mayor, Councillor C Lee": an office before its holder's name
        listed: list[Attendee] = []
        pieces = one_per_line(body, label_end) or names_with_offsets(body, label_end)
        # "In Attendance: Mr C Quinn, Director of Housing Services, NIHE ...": jobs of another body, whose letters the list
        # writes; its people stay guests though the label is the officers' ("CNPA", the document's own body, does not count)
        other_body = _another_bodys_letters(ctx, [w for w, _ in pieces])
        for written, offset in pieces:
            job = _JOB_BEFORE.fullmatch(squash(written).strip(" ,."))
            if job:
                job_before = job.group("job")
                continue
            office = _office_before(squash(written).strip(" ,."), opening=previous is None)
            if office:
                office_before = office
                continue
            remote = label.remote or bool(vocab.regex("attendance", "sentences.remote_mark").search(written))
            written = vocab.regex("attendance", "sentences.remote_mark").sub("", written).strip()
            row = register.add(written, Span(start=offset, end=offset + len(written)), role, label.status, remote=remote, source="minutes", unmarked_role=label.unmarked_role, members_listed=members_listed)
            if row is not None and job_before and row.job_title is None and parse_name(written).honorific and not is_councillor(parse_name(written)):
                row.role, row.job_title = role_of_job(row.role, row.status, job_before)
            if row is not None and office_before and row.role in ("member", "chair", "vice-chair") and row.status == "present":
                row.role = office_before
            job_before = office_before = None
            if row is None and previous is not None and _capacity_after_name(previous, squash(written)):
                pass  # "Mrs Jane Roe, Clerk", "Councillors Ann Lee, Chairman, ...": the piece after the comma was her capacity
            elif row is None and previous is not None and previous.job_title is None and label.role in ("guest", "officer"):
                # "Sue Chandler, Cabinet Member for ...": the piece after the comma is her capacity
                previous.job_title, employer = split_employer(squash(written).strip("()"), text)
                previous.role, previous.job_title = role_of_job(previous.role, previous.status, previous.job_title)
                if label.role == "officer" and previous.role == label.unmarked_role and not other_body and council_job(ctx, previous.job_title):
                    previous.role = "officer"  # "In Attendance: Jane Roe, Interim Chief Executive": a guest only until her job came
                if employer and not previous.organisation:
                    previous.organisation = canonical_organisation(employer, document_council(ctx))
            previous = row
            if row is not None:
                listed.append(row)
        for row in listed if label.outside else []:
            if row.role == "officer":
                row.role = "guest"  # "DoE Planning Service: Ms Sandra Adams, Planning Officer": another body's officer
    return len(kept)


# a bullet or dash that opens a list line ("  • Cllr Mrs C Branford"): no part of the name
_LIST_MARKS = re.compile(r"(?m)^[ \t\xa0]*[•·▪●‣◦○■□➢►*-][ \t\xa0]+")

# a full stop after a word and a sentence opening on the label's own line (lists.list_end reads the lines after it)
# (or after a surname in capitals: "PRESENT CLLRS COOPER, WATERHOUSE. No members of the public were present")
_SENTENCE_AFTER = re.compile(r"(?:(?<=[a-z]{2})|(?<=[A-Z]{4}))(?<!\bMrs)(?<!\bMiss)(?<!\bRevd)(?<!\bProf)(?<!\bCllr)(?<!\bCllrs)(?<!\bCLLRS)\.[ \t]+(?=[A-Z][a-z]+\s+[a-z])")


# a list piece that is only a job with "the" before it, the name after it: "Cllrs A Deptford, C Campion, and the Clerk, Mrs S McIntyre"
_JOB_BEFORE = re.compile(r"(?:Councillor[ \t]+)?(?:the|The)[ \t]+(?P<job>(?:Parish |Town |Deputy |Assistant |Acting |Locum )?(?:Clerk(?:[ \t]+(?:and|&)[ \t]+RFO|/RFO)?|RFO))")


_LETTERS = re.compile(r"[A-Z]{2,6}")
_SMALL = {"of", "and", "the", "for", "&", "on", "in", "at"}


def _another_bodys_letters(ctx: ExtractionContext, pieces: list[str]) -> bool:
    """A list piece that is only a body's letters ("NIHE"), not the document's own body's (the initials of its heading's
    words, "CAIRNGORMS NATIONAL PARK AUTHORITY" -> "CNPA", or of its council's name) nor a job or title written short."""
    letters = {p.strip(" ,.;()") for p in pieces if _LETTERS.fullmatch(p.strip(" ,.;()"))}
    roles = vocab.get("attendance").roles
    letters = {w for w in letters if not (roles.regex("officer").search(w) or roles.regex("not_initials").search(w) or roles.regex("guest_title").match(w + " X"))}
    if not letters:
        return False
    heading = ctx.text[:300].split("\n")
    names = [*heading[:3], document_council(ctx) or ""]
    own = set()
    for name in names:
        words = [w for w in re.findall(r"[A-Za-z][\w’'-]*", name) if w.lower() not in _SMALL]
        for a in range(len(words)):  # every run of words: "CAIRNGORMS NATIONAL PARK AUTHORITY MINUTES ..." holds CNPA
            own.update("".join(w[0].upper() for w in words[a:b]) for b in range(a + 2, min(len(words), a + 7) + 1))
    return bool(letters - own)


def _office_before(piece: str, opening: bool) -> str | None:
    """The role of an office written as a list piece of its own before its holder ("The Deputy Mayor, Councillor Ms B
    Khan": vice-chair), in the civic style ("The ...", "His Worship the ...") or opening the list; else None."""
    m = vocab.regex("attendance", "roles.office_before").match(piece)
    if not m or not (opening or m.group(0) != m.group("office")):
        return None
    office = re.sub(r"\bLord[ \t]+", "", m.group("office"))
    return parse_name(f"X ({office})").role_mark


def _capacity_after_name(previous: Attendee, piece: str) -> bool:
    """A list piece that is only a capacity gives it to the name before it; True when it did.

    Parish minutes write the capacity after the name, parted by a comma, in any
    list: "Present: Miss A Lee, Mr B Khan, Councillors, and Mrs C Roe, Clerk",
    "Councillors Ann Lee, Chairman, Bilal Khan". Only a role mark (chair,
    vice-chair) or an officer's job of a few words counts; "Councillors" (the
    members' own word) changes nothing.
    """
    piece = re.sub(r"^(?:Councillor|Cllr)\.?\s+", "", INITIALS_MARK.sub(initials_only, piece).strip(" ,;."))  # "Councillors A, Chairman, B": the title spread over the list; "Chair (DH)"
    if re.fullmatch(r"\([^()]+\)", piece):
        piece = piece[1:-1].strip()  # "J A McLaughlin, (Chief Executive)": the capacity in brackets after the comma
    if not piece or len(piece.split()) > 5 or piece[0].islower() or re.match(r"(?:The|the|A|An)\s", piece):
        return False  # "Sue Pickwoad, The Clerk": the clerk, unnamed, is someone else
    mark = parse_name(f"X ({piece})").role_mark
    if mark:
        previous.role = mark
        return True
    if previous.job_title is None and vocab.regex("attendance", "roles.officer").search(piece):
        previous.role, previous.job_title = role_of_job(previous.role, previous.status, piece)
        return True
    return False


def titled_list(ctx: ExtractionContext, register: Register, item) -> None:
    """An item titled like a label ("3787. To receive apologies for absence: Cllr Morrison."): its minutes are the list.

    Only short minutes that no attendance sentence explained are read so; what is
    not a name ("None.", "There were none") gives no row.
    """
    minutes = item.minutes
    if minutes.end - minutes.start > 400 or any(minutes.start <= a < minutes.end for a, _ in register.read):
        return
    label = titled_label(ctx, item)
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


def titled_label(ctx: ExtractionContext, item) -> AttendanceLabel | None:
    """The attendance label an item's title is ("Apologies for absence", "In Attendance"), or None."""
    title = item.title_text or (ctx.text[item.title.start : item.title.end] if item.title else "")
    if not title:
        return None
    title = re.sub(r"\s+(?:Ref|Min(?:ute)?)\.?\s*[\w/.-]+$", "", squash(title))  # "... for absence Ref 19/046"
    return next((lab for pattern, lab in label_patterns() if pattern.match(title.rstrip(" :.") + ":")), None)


_SUB_NUMBER = re.compile(r"[ \t]*\d{1,3}(?:\.\d{1,3})+\.?[ \t]+")


def _paragraphs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The first paragraph of an item's minutes, or each of its numbered sub-paragraphs ("1.1. It was RESOLVED to
    accept ..." / "1.2. Councillors Giselle Edgar (holiday), ..."), without their numbers."""
    spans = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+(?:\n(?![ \t]*\n|[ \t]*\d{1,3}(?:\.\d{1,3})+\.?[ \t])[^\n]+)*", text[start:end])]
    numbered = [(start + a, start + b) for a, b in spans if _SUB_NUMBER.match(text, start + a)]
    if not numbered:
        return [(start, end)]
    return [(_SUB_NUMBER.match(text, a).end(), b) for a, b in numbered]
