"""The organisation an attendee works for: the employer at the end of a job title, a council's canonical name."""

from __future__ import annotations

import re

from extractors import vocab
from extractors.councils import council_named
from extractors.registry import ExtractionContext
from extractors.text import squash

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


def document_council(ctx: ExtractionContext) -> str | None:
    meetings = ctx.records.get("meeting") or []
    return next((m.council for m in meetings if getattr(m, "council", None)), None)
