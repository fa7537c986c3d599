"""What is written around a name in an attendance list: its role, its job, its title.

"Chairman Cllr Mrs Shewell" is the chair, "County Cllr Mrs Webb" a guest, "Mrs D Jones – Clerk" and
"Mrs C Hardy (Clerk)" officers, "S Hughes (SH) Chair" the chair written without brackets; initials in
brackets ("(CB)") are dropped, a job written short ("(RFO)") is kept. The words come from
``vocab/attendance.toml`` (``[roles]``) and the role marks of ``people.toml``.
"""

from __future__ import annotations

import re

from extractors import vocab
from extractors.names import Name, is_personal_name, parse_name
from extractors.text import squash

def is_councillor(name: Name) -> bool:
    """Titled a councillor: "In Attendance: Councillors S Hughes, P March" lists the members."""
    return bool(name.honorific) and bool(re.search(r"\b(?:Councillor|Cllr)\b", name.honorific, re.I))


_BARE_JOB = re.compile(r"^(?P<name>(?:(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\.?\s+)?(?:[A-Z]\.?\s+){1,3}[A-Z][\w’\x27-]+)\s+(?P<job>[A-Z][\w/&’\x27 -]{2,80})$")


# initials in brackets after a name, anywhere in it: "S Hughes (SH) Chair"
INITIALS_MARK = re.compile(r"\s*\((?:[A-Z]{2,4}|[A-Z][a-z][A-Z]|[A-Z]{2}[a-z])\)(?=[\s,]|$)")  # "(MMIL)": four, two names alike
def initials_only(m: re.Match[str]) -> str:
    """Initials in brackets are dropped; a job or role mark written short is kept ("(RFO)", "(VC)")."""
    inner = m.group(0).strip(" ()")
    roles = vocab.get("attendance").roles
    if roles.regex("officer").search(inner) or roles.regex("guest_job").search(inner) or parse_name(f"X ({inner})").role_mark:
        return m.group(0)
    return ""


# a titled name, then a job "of" or "for" something with nothing between: "Mr Moffett Head of Democratic Services",
# "Ms A Lee Director of Finance" (read only in a list of officers or guests)
_TITLED_NAME_JOB = re.compile(r"^(?P<name>(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+(?:[A-Z]\.?\s+){0,3}(?:Mc|Mac|O’|O\x27)?[A-Z][\w’\x27-]+)\s+(?P<job>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,3}\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w’\x27&, -]{2,60})$")


# ("Denis Bown Town Mayor", "Ann Lee chairman": the office after the name, no bracket, either case)
_TRAILING_MARK = re.compile(r"^(?P<name>.*?\S)\s+(?P<mark>(?:[Vv]ice[- ]|[Dd]eputy )?[Cc]hair(?:man|person|woman)?|(?:Deputy |Town )?Mayor)$")


# a name, then a job in small letters: "George Carr temp. secretary", "Ann Lee minute taker"
_LOWER_CASE_JOB = re.compile(r"^(?P<name>(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?[A-Z][\w’\x27-]+(?:\s+[A-Z][\w’\x27-]+){1,2})\s+(?P<job>[a-z][a-z. ]{2,40})$")


# a count of people written on after a job: no part of it (the blanks before it taken once, from the first: tried
# at every blank of a long line the scan was quadratic)
_COUNT_AFTER = re.compile(r"(?<!\s)\s++(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:members?\s+of\s+(?:the\s+)?public|residents?|parishioners?)\b.*$", re.I)


def capacity_around(written: str, role: str, job_title: str | None) -> tuple[str, str, str | None, bool]:
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
        office = "Deputy Mayor" if lead.group("role") == "Deputy" else lead.group("role")  # "Deputy" alone: the Deputy Mayor
        mark = parse_name(f"X ({office})").role_mark
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
        role, job_title = role_of_job(role, "present", job_title)
    titled_job = _TITLED_NAME_JOB.match(written)
    if titled_job and role in ("officer", "guest") and job_title is None:
        # "Mr Moffett Head of Democratic Services": among officers, a titled surname, then a job "of" something
        written, job_title = titled_job.group("name"), titled_job.group("job")
    clerk = roles.regex("trailing_job").match(written)
    if clerk and is_personal_name(parse_name(clerk.group("name")).full):
        # "Llew Thomas Clerk to the Council": a full name, then the clerk's job with nothing between
        written, job_title = clerk.group("name").strip(), job_title or clerk.group("job")
        role, job_title = role_of_job(role, "present", job_title)
    lower = _LOWER_CASE_JOB.match(written)
    if lower and is_personal_name(parse_name(lower.group("name")).full) and roles.regex("officer").search(lower.group("job").title()):
        # "George Carr temp. secretary": a full name, then the job in small letters
        written, job_title = lower.group("name"), job_title or lower.group("job")
        role, job_title = role_of_job(role, "present", job_title.title())
        job_title = lower.group("job")
    dash = roles.regex("dash_job").match(written)
    if dash and "(" not in dash.group("job"):
        job = _COUNT_AFTER.sub("", dash.group("job")).strip()  # "Mr M Storey – County Councillor 9 members of the public"
        mark = parse_name(f"X ({job})").role_mark
        if mark or roles.regex("officer").search(job) or roles.regex("guest_job").search(job):
            written = dash.group("name").strip()
            role = mark or role
            if not mark:
                role, job_title = role_of_job(role, "present", job)
    councillor = roles.regex("trailing_guest_job").match(written)
    if councillor and role in ("member", "guest") and is_personal_name(parse_name(councillor.group("name")).full):
        written, role, job_title = councillor.group("name"), "guest", job_title or councillor.group("job")
    return written, role, job_title, titled


def role_of_job(role: str, status: str, job: str | None) -> tuple[str, str | None]:
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
