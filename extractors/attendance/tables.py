"""Attendance laid out as a table or in groups rather than a list.

Harrow's "Ordinary Member / Reserve Member" substitutions, a register of names and marks above a key
("P = present, A = apology"), "Officers present" grouped by organisation after the items, and the web
service's expected attendees.
"""

from __future__ import annotations

import re

from extractors import vocab
from extractors.attendance.register import Register
from extractors.names import is_personal_name, parse_name
from extractors.registry import ExtractionContext
from extractors.text import squash
from schemas.outline import lines_of
from schemas.provenance import Span

_PARTIES = {"LAB": "Labour", "CON": "Conservative", "LD": "Liberal Democrat", "LIBDEM": "Liberal Democrat", "GRN": "Green", "IND": "Independent", "REF": "Reform UK"}



def reserve_table(ctx: ExtractionContext, register: Register, minutes: Span) -> None:
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


def register_with_a_key(ctx: ExtractionContext, register: Register) -> None:
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


def grouped_officers(ctx: ExtractionContext, register: Register, tail: Span) -> None:
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


def webservice_attendees(ctx: ExtractionContext, register: Register) -> None:
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
