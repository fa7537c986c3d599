"""Attendance: who was at the meeting, in what capacity, and who was not.

Sources, all in ``vocab/attendance.toml``:

- labelled lists at the head of minutes: ``PRESENT:`` (members, with
  ``(Chair)``/``(Vice-Chair)`` marks), ``ALSO PRESENT:`` (guests with their
  capacity), ``IN ATTENDANCE:`` (officers with job titles in brackets),
  ``Apologies:``;
- sentences in the minutes: apologies received, members attending virtually
  (linked to the same person in the present list), "X who was substituted by
  Y", a chair elected for the meeting;
- Harrow's "Ordinary Member / Reserve Member" table of substitutions;
- "Officers present" lists grouped by organisation after the items;
- the web service's expected attendees (role, party, ward, attendance).

A job title that ends in its holder's employer ("Designated Nurse for CLA,
CNWL") gives the organisation; an organisation that names the document's
council by a short form ("Eastbrook Council Officers:") is recorded under the
council's canonical name.
"""

from __future__ import annotations

import re
from functools import lru_cache

from extractors import vocab
from extractors.councils import council_named
from extractors.vocab.models import AttendanceLabel
from extractors.names import Name, is_personal_name, parse_name, split_names
from extractors.registry import ExtractionContext, extractor
from extractors.text import squash
from schemas.outline import lines_of
from schemas.people import Attendee
from schemas.provenance import Span

NAME = "attendance"
_HONORIFIC_PLURAL = re.compile(r"^(?:Councillors|Cllrs)\s+", re.I)
_PARTIES = {"LAB": "Labour", "CON": "Conservative", "LD": "Liberal Democrat", "LIBDEM": "Liberal Democrat", "GRN": "Green", "IND": "Independent", "REF": "Reform UK"}


@lru_cache(maxsize=1)
def _labels() -> list[tuple[re.Pattern[str], AttendanceLabel]]:
    return [(label.compiled("pattern"), label) for label in vocab.get("attendance").label]


class Register:
    """The attendees found so far in one document, merged by person."""

    def __init__(self, ctx: ExtractionContext) -> None:
        self.ctx = ctx
        self.rows: list[Attendee] = []

    def find(self, name: Name) -> Attendee | None:
        """The attendee this (possibly short) name refers to: same full name, or a unique initials+surname match."""
        exact = [a for a in self.rows if parse_name(a.name).full.lower() == name.full.lower()]
        if exact:
            return exact[0]
        candidates = [a for a in self.rows if _compatible(parse_name(a.name), name)]
        return candidates[0] if len(candidates) == 1 else None

    def add(self, written: str, span: Span, role: str, status: str, **fields) -> Attendee | None:
        written = squash(written).strip(" ,;.")
        job_title = fields.pop("job_title", None)
        m = re.match(r"^(?P<name>[^()]+?)\s*\((?P<inner>[^()]*(?:\([^()]*\)[^()]*)*)\)\s*$", written)
        if m and not parse_name(written).role_mark:
            written, job_title = m.group("name").strip(), job_title or squash(m.group("inner"))
        elif "," in written and role in ("guest", "officer"):
            head, _, tail = written.partition(",")
            if is_personal_name(parse_name(head).full):
                written, job_title = head.strip(), job_title or tail.strip()
        name = parse_name(written)
        if not is_personal_name(name.full, surname_only=bool(name.honorific)):
            return None
        if role in ("guest", "officer"):
            job_title, employer = split_employer(job_title, self.ctx.text)
            if employer:
                fields["organisation"] = employer
        if fields.get("organisation"):
            fields["organisation"] = canonical_organisation(fields["organisation"], _document_council(self.ctx))
        if name.role_mark:
            role = name.role_mark
        existing = self.find(name)
        if existing is not None and existing.status == status:
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
    head_end = outline.items[0].block.start if outline.items else min(len(ctx.text), 6000)
    _labelled_lists(ctx, register, 0, head_end)
    for item in outline.items:
        if item.minutes is not None:
            _sentences(ctx, register, item.minutes)
            _reserve_table(ctx, register, item.minutes)
    if outline.tail is not None:
        _grouped_officers(ctx, register, outline.tail)
        _labelled_lists(ctx, register, outline.tail.start, outline.tail.end)
    return register.rows


def _labelled_lists(ctx: ExtractionContext, register: Register, start: int, end: int) -> None:
    text = ctx.text
    found = []
    for pattern, label in _labels():
        for m in pattern.finditer(text, start, end):
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
        stop = kept[n + 1][0] if n + 1 < len(kept) else _list_end(text, label_end, end)
        body = text[label_end:stop]
        previous: Attendee | None = None
        for written, offset in _names_with_offsets(body, label_end):
            remote = label.remote or bool(vocab.regex("attendance", "sentences.remote_mark").search(written))
            written = vocab.regex("attendance", "sentences.remote_mark").sub("", written).strip()
            row = register.add(written, Span(start=offset, end=offset + len(written)), label.role, label.status, remote=remote, source="minutes")
            if row is None and previous is not None and previous.job_title is None and label.role in ("guest", "officer"):
                # "Sue Chandler, Cabinet Member for ...": the piece after the comma is her capacity
                previous.job_title, employer = split_employer(squash(written), text)
                if employer and not previous.organisation:
                    previous.organisation = canonical_organisation(employer, _document_council(ctx))
            previous = row


def _list_end(text: str, start: int, limit: int) -> int:
    """A labelled list runs to a blank line, an all-capitals heading or the limit."""
    for line in lines_of(text, start, limit):
        s = line.stripped
        if line.start > start and (not s or (s.isupper() and len(s.split()) <= 4 and not s.endswith(","))):
            return line.start
    return limit


def _names_with_offsets(body: str, base: int) -> list[tuple[str, int]]:
    flat = re.sub(r"\s*\n\s*", " ", body)
    out = []
    honorific = ""
    cursor = 0
    for piece in split_names(flat.rstrip(" .")):
        if _HONORIFIC_PLURAL.match(piece):
            honorific = "Councillor "
            piece = _HONORIFIC_PLURAL.sub("", piece)
        words = piece.split()
        offset = _find_in(body, words[0] if words else piece, cursor)
        cursor = offset + 1
        written = piece if parse_name(piece).honorific else honorific + piece
        out.append((written, base + offset))
    return out


def _find_in(body: str, word: str, cursor: int) -> int:
    i = body.find(word, cursor)
    return i if i >= 0 else cursor


def _sentences(ctx: ExtractionContext, register: Register, minutes: Span) -> None:
    text = ctx.text
    flat = lambda s: re.sub(r"\s*\n\s*", " ", s)  # noqa: E731
    for m in vocab.regex("attendance", "sentences.substituted").finditer(text, minutes.start, minutes.end):
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
    for m in vocab.regex("attendance", "sentences.apologies").finditer(text, minutes.start, minutes.end):
        names = flat(m.group("names"))
        names = vocab.regex("attendance", "sentences.substituted").sub(lambda s: s.group("absent"), names)
        for written, offset in _names_with_offsets(names, m.start("names")):
            register.add(written, Span(start=offset, end=offset + len(written)), "member", "apologies", source="minutes")
    for m in vocab.regex("attendance", "sentences.remote").finditer(text, minutes.start, minutes.end):
        for written, offset in _names_with_offsets(flat(m.group("names")), m.start("names")):
            name = parse_name(written)
            match = register.find(name)
            if match is not None and match.status == "present":
                match.remote = True
            elif is_personal_name(name.full, surname_only=bool(name.honorific)):
                register.add(written, Span(start=offset, end=offset + len(written)), "member", "present", remote=True, source="minutes")
    for m in vocab.regex("attendance", "sentences.chair_for_meeting").finditer(text, minutes.start, minutes.end):
        register.add(m.group("name"), Span(start=m.start("name"), end=m.end("name")), "chair", "present", source="minutes")
    for m in vocab.regex("attendance", "sentences.chair_named").finditer(text, minutes.start, minutes.end):
        # "The Chair, Councillor Hannah Greaves, welcomed ...": who chaired this meeting
        role = "vice-chair" if re.match(r"(?:Vice|Deputy)", m.group("office"), re.I) else "chair"
        register.add(m.group("name"), Span(start=m.start("name"), end=m.end("name")), role, "present", source="minutes")


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
