"""The attendees of one document, merged by person as each list and sentence adds them.

``Register.add`` reads the capacity written around a name (:mod:`.capacity`), refuses what is no
personal name, and merges a person listed twice (absent, then apologies; apologies, then present)
into one row with the status that says most; ``known_attendee`` finds the row a sentence's short
name ("Cllr Lee") refers to; ``give_fuller_names`` gives a short name the one fuller form the document prints.
"""

from __future__ import annotations

import re

from extractors import vocab
from extractors.attendance.capacity import INITIALS_MARK, capacity_around, initials_only, is_councillor, role_of_job
from extractors.attendance.organisations import canonical_organisation, document_council, split_employer
from extractors.names import Name, full_forms, fuller_name, is_personal_name, parse_name
from extractors.registry import ExtractionContext
from extractors.text import squash
from schemas.people import Attendee
from schemas.provenance import Span

NAME = "attendance"


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
        """The attendee this (possibly short) name refers to: same full name (initials with or without their full stops:
        "B. O'Meara" is "B O'Meara"), or a unique initials+surname match."""
        exact = [a for a in self.rows if _plain(parse_name(a.name).full) == _plain(name.full)]
        if exact:
            return exact[0]
        candidates = [a for a in self.rows if _compatible(parse_name(a.name), name)]
        return candidates[0] if len(candidates) == 1 else None

    def _shorter_listed(self, name: Name, role: str, status: str) -> Attendee | None:
        """The one member listed short under another status whom this full name may be ("J Marshall" present, then
        "Jim Marshall" among the apologies: one person, present); not someone of another capacity ("J Henly" a member,
        "Clerk: Jacquie Henly")."""
        if not name.is_full:
            return None
        same = [a for a in self.rows if a.role == role and a.status != status and _compatible(name, parse_name(a.name))]
        return same[0] if len(same) == 1 else None

    def add(self, written: str, span: Span, role: str, status: str, **fields) -> Attendee | None:
        written = _title_case_capitals(squash(written))  # "MRS WARRENER": a name in capitals, read as "Mrs Warrener"
        written = _keyed_capacity(written)  # "Colin Pike (CP) Planning": the capacity after the initials, into brackets
        written = INITIALS_MARK.sub(initials_only, written).strip(" ,;.")  # "C Burgess (CB)": the initials the minutes use later
        if status in ("apologies", "absent"):
            written = re.sub(r"\s+[-–—]\s+[a-z][\w ]*$", "", written)  # "Cllr D White - work": the reason
        job_title = fields.pop("job_title", None)
        unmarked_role = fields.pop("unmarked_role", None)
        members_listed = fields.pop("members_listed", True)
        listed_role = role
        written = _spaced_constable(written, self.ctx.text)
        written, role, job_title, titled = capacity_around(written, role, job_title)
        m = re.match(r"^(?P<name>[^()]+?)\s*\((?P<inner>[^()]*(?:\([^()]*\)[^()]*)*)\)\s*$", written)
        head, comma, tail = written.partition(",")
        if comma and "(" not in head and role in ("member", "reserve", "chair", "vice-chair") and is_personal_name(parse_name(head).full, surname_only=bool(parse_name(head).honorific)):
            # "Councillor Ann Lee, Leader (+ Housing and Planning)" one a line: the name, then her capacity
            mark = parse_name(f"X ({tail.strip()})").role_mark
            written, role = head.strip(), mark or role
            if not mark:
                job_title = job_title or squash(tail).strip(" ,")
                role, job_title = role_of_job(role, status, job_title)
        elif m and not parse_name(written).role_mark:
            written, job_title = m.group("name").strip(), job_title or squash(m.group("inner"))
            role, job_title = role_of_job(role, status, job_title)
        elif "," in written and role in ("guest", "officer"):
            head, _, tail = written.partition(",")
            if is_personal_name(parse_name(head).full):
                written, job_title = head.strip(), job_title or tail.strip()
                if role == "officer":  # "R Green, County Councillor" among officers: a guest (not the reverse: a guest's
                    role, job_title = role_of_job(role, status, job_title)  # "Senior Officer, Fire and Rescue Service")
        name = parse_name(written)
        if not is_personal_name(name.full, surname_only=bool(name.honorific) or titled) and not _named_anyway(name, self.ctx.text):
            return None
        if role in ("guest", "officer"):
            job_title, employer = split_employer(job_title, self.ctx.text)
            if employer:
                fields["organisation"] = employer
        if fields.get("organisation"):
            fields["organisation"] = canonical_organisation(fields["organisation"], document_council(self.ctx))
        if name.role_mark:
            role = name.role_mark
        elif unmarked_role and role == listed_role and job_title and vocab.regex("attendance", "roles.outside_body").search(job_title):
            role = unmarked_role  # "In attendance: Clerk and Jim Sandford (Eastnor Cricket Club)": from an outside body, a guest
        elif unmarked_role and role == listed_role and job_title and not _officers_job(job_title) and _local_council(self.ctx):
            # "In Attendance: John MacGregor (District Census Manager), Carol Masheter (Soirbheas)": a local council's officers
            # are its clerk and the like; another job or body beside a name there is a visitor's
            role = unmarked_role
        elif unmarked_role and not job_title and not titled and role == listed_role:
            # "In attendance: Tracy Knights": no job says she is an officer. A councillor is a guest beside the
            # members' own list, a member when it is the only list ("In Attendance: Councillors S Hughes, P March")
            role = "member" if is_councillor(name) and not members_listed else unmarked_role
        existing = self.find(name) or self._shorter_listed(name, role, status)
        if existing is not None and _other_person(parse_name(existing.name), name):
            existing = None
        if existing is not None and role == "officer" and existing.role in ("member", "chair", "vice-chair") and name.honorific and not is_councillor(name) and is_councillor(parse_name(existing.name)):
            existing = None  # "Councillors ..., Forde, ..." then "Officers: ... Mrs Forde, Member Support Officer": two people
        if existing is not None and is_councillor(name) and existing.role in ("guest", "officer") and parse_name(existing.name).honorific and not is_councillor(parse_name(existing.name)):
            existing = None  # "Mr Shane Devlin, Chief Executive" of a visiting body, then "apologies from Councillors ..., Devlin": two people
        if existing is not None and existing.status == status:
            if role in ("chair", "vice-chair") and existing.role == "member":
                existing.role = role  # listed among the members, then under "Chair:" (or with the office beside the name)
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


_LOCAL_COUNCIL = re.compile(r"\b(?:Parish|Town|Community|Village|City and Parish)\s+Council\b|\bParish Meeting\b", re.I)


def council_job(ctx: ExtractionContext, job: str | None) -> bool:
    """A job that says its holder works for the council ("Interim Chief Executive", "Head of Finance", "Clerk"): not
    another council's title or an outside body ("County Councillor", "(Eastnor Cricket Club)"); at a parish, town or
    community council only an officer's job (its officers are a clerk and the like)."""
    if not job or vocab.regex("attendance", "roles.guest_job").search(job) or vocab.regex("attendance", "roles.outside_body").search(job):
        return False
    return _officers_job(job) or not _local_council(ctx)


def _officers_job(job: str) -> bool:
    """A council officer's job, in any case ("RFO", "Clerk", "temp. secretary")."""
    officer = vocab.regex("attendance", "roles.officer")
    return bool(officer.search(job) or officer.search(job.title()))


def _local_council(ctx: ExtractionContext) -> bool:
    """The document's council is a parish, town or community council (its officers are few: a clerk, an RFO)."""
    return bool(_LOCAL_COUNCIL.search(document_council(ctx) or ""))


def _title_case_capitals(written: str) -> str:
    """ "CLLR DAVISON", "MRS WARRENER": a name written all in capitals (a list in capitals), in title case ("Cllr Davison");
    initials ("J", "DB") stay, and so does anything with a small letter in it ("Cllr A McKay (RFO)")."""
    m = re.fullmatch(r"(?P<title>)(?P<caps>[A-Z][A-Z .’'-]*[A-Z]\.?)", written)  # all of it, the title too ("Cllr. Mrs JMS" stays)
    if not m or not re.search(r"[A-Z]{3}", m.group("caps")):
        return written
    def word(w: re.Match[str]) -> str:
        kept = len(w.group(0)) <= 2 and w.group(0) not in ("MR", "MS", "DR") or w.group(0) in _CAPITAL_WORDS
        return w.group(0) if kept else re.sub(r"(?<=[’'-])[a-z]", lambda c: c.group(0).upper(), w.group(0).capitalize())
    return m.group("title") + re.sub(r"[A-Z]{2,}(?:[’'-][A-Z]+)*", word, m.group("caps"))


_CAPITAL_WORDS = {"PCSO", "RFO", "MBE", "OBE", "CBE", "JP", "QC", "KC"}  # short forms that stay in capitals


def _plain(full: str) -> str:
    return " ".join(full.replace(".", " ").lower().split())


def _named_anyway(name: Name, text: str) -> bool:
    """A bare surname ``is_personal_name`` refuses without a title that is a name all the same, in a list: one
    the document writes elsewhere with a given name, once ("... and McKay (Acting Chief Accountant)" where the
    minutes later say "Joe McKay (Acting Chief Analyst)")."""
    words = name.full.split()
    if len(words) != 1 or name.honorific or not re.fullmatch(r"[A-Z][a-z’'-]+|Mc[A-Z][a-z]+|Mac[A-Z][a-z]+", words[0]):
        return False
    return len(full_forms(text, words[0], vocab.regex("attendance", "sentences.fuller_context"))) == 1


def give_fuller_names(ctx: ExtractionContext, register: Register) -> None:
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


# present outranks apologies (a late arrival, an apology withdrawn), an apology outranks a bare "absent"
# a name, the initials the minutes use for it in brackets, then a capacity: "Drew Russell (DR) Chair", "Sharon Park (SP)
# Secretary", "Colin Pike (CP) Planning"
_KEYED = re.compile(r"^(?P<name>[^()]+?)[ \t]*\((?P<initials>[A-Z]{2,4})\)[ \t]+(?P<rest>[A-Z][A-Za-z/&’\x27 -]{1,60})$")


def _keyed_capacity(written: str) -> str:
    """ "Drew Russell (DR) Chair" is "Drew Russell (Chair)": the capacity after the initials, in brackets as lists write it;
    the initials must be the name's (first and last letters: "HIF" for "Henry Irvine-Fortescue")."""
    m = _KEYED.match(written)
    if not m:
        return written
    words = [w for w in re.split(r"[ \t-]+", parse_name(m.group("name")).full) if w]
    initials = m.group("initials")
    if not words or initials[0] != words[0][0] or initials[-1] not in {w[0] for w in words[1:]}:
        return written
    if parse_name(f"X ({m.group('rest').strip()})").role_mark:
        return written  # "S Hughes (SH) Chair": a role mark unbracketed, read as written (capacity.capacity_around)
    return f"{m.group('name').strip()} ({m.group('rest').strip()})"


# "P C Elson" in a list: initials, or a police constable written with a space; the document says which when it also
# writes "PC Elson" or "P.C. Elson"
_SPACED_PC = re.compile(r"^P[ \t]C[ \t]+(?P<surname>[A-Z][a-z’\x27-]+)$")


def _spaced_constable(written: str, text: str) -> str:
    """ "P C Elson" is "PC Elson", a police constable (a guest), when the same document writes "PC Elson" elsewhere."""
    m = _SPACED_PC.match(written)
    if m and re.search(r"\bP\.?C\.?[ \t]+" + re.escape(m.group("surname")) + r"\b", text):
        return "PC " + m.group("surname")
    return written


_STATUS_RANK = {"absent": 0, "apologies": 1, "present": 2}
_SEXES = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f"}


def _other_person(known: Name, new: Name) -> bool:
    """ "Ms J Meade, Mr J Meade": the same initials and surname under titles of different sexes are two people."""
    a = {_SEXES[w] for w in (known.honorific or "").lower().replace(".", "").split() if w in _SEXES}
    b = {_SEXES[w] for w in (new.honorific or "").lower().replace(".", "").split() if w in _SEXES}
    return bool(a and b and a != b) and known.full.lower() == new.full.lower()


def _compatible(full: Name, short: Name) -> bool:
    """A short name that may be this full one: same surname, initials that fit; two full names must share the given
    name ("Jane Attwood" is not "Jim Attwood")."""
    if full.surname.lower() != short.surname.lower() or not full.is_full:
        return False
    if short.is_full and len(short.given[0].rstrip(".")) > 1 and len(full.given[0].rstrip(".")) > 1:
        return short.given[0].lower() == full.given[0].lower()
    return not short.initials or full.initials.startswith(short.initials[:1])


def known_attendee(register: Register, name: Name) -> Attendee | None:
    """The attendee a sentence names by title and surname ("Cllr Lee left the meeting"), when only one has that surname."""
    found = register.find(name)
    if found is not None:
        return found
    same = [a for a in register.rows if parse_name(a.name).surname.lower() == name.surname.lower()]
    return same[0] if len(same) == 1 else None
