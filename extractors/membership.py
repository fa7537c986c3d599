"""Membership: who sits on the committee, as an agenda front sheet lists it.

A front sheet reads::

    Membership (Quorum 3)
    Chair: Councillor Hitesh Karia
    Conservative Councillors: Matthew Goodwin-Freeman
                              Chetna Halai
    Labour Councillors: Simon Brown (VC)
    Non-Voting Advisory Member: Valerie Griffin
    Reserve Members:
    Conservative Reserve Members:
    1. Vipin Mithani

Group labels (``vocab/attendance.toml``, ``[membership]``) give each name its
role and party; a role mark beside a name ("(VC)") overrides the group's role;
reserves keep their printed order.
"""

from __future__ import annotations

import re
from functools import lru_cache

from extractors import vocab
from extractors.councils import council_options, resolve_council
from extractors.names import is_personal_name, parse_name
from extractors.registry import ExtractionContext, extractor
from schemas.outline import lines_of
from schemas.people import Membership
from schemas.provenance import Span

NAME = "membership"
_LABEL = re.compile(r"^\s*(?P<label>[A-Z][\w&’' -]{1,60}?)\s*:\s*(?P<rest>.*)$")
_ORDERED = re.compile(r"^\s*(?P<order>\d{1,2})[.)]\s+(?P<name>.+)$")


@lru_cache(maxsize=1)
def _groups() -> list[tuple[re.Pattern[str], str]]:
    return [(g.compiled("pattern"), g.role) for g in vocab.get("attendance").membership.group]


def group_of(label: str) -> tuple[str, str | None] | None:
    """The role and party a group label gives ("Labour Councillors" -> member, Labour)."""
    for pattern, role in _groups():
        m = pattern.match(label.strip())
        if m:
            party = m.groupdict().get("party")
            if party and party.lower() in ("non-voting", "the", "other", "all"):
                party = None
            return role, party
    return None


@extractor(NAME, requires=("meeting",), produces=Membership)
def extract_membership(ctx: ExtractionContext) -> list[Membership]:
    if ctx.outline is None or not ctx.outline.kind.startswith("agenda"):
        return []
    block = _membership_block(ctx.text)
    if block is None:
        return []
    meeting = (ctx.records.get("meeting") or [None])[0]
    council = meeting.council if meeting else resolve_council(ctx.text, None, **council_options(ctx.options))
    committee = meeting.committee if meeting else None
    rows: list[Membership] = []
    role, party = None, None
    for line in lines_of(ctx.text, block.start, block.end):
        text = line.text.strip()
        if not text:
            continue
        m = _LABEL.match(line.text)
        if m and group_of(m.group("label")):
            role, party = group_of(m.group("label"))
            if role == "reserve" and party is None and not m.group("rest").strip():
                continue
            text = m.group("rest").strip()
            offset = line.start + m.start("rest")
            if not text:
                continue
        elif m:  # a label we do not know ("Officers:") ends the list
            if rows:
                break
            continue
        else:
            offset = line.start + (len(line.text) - len(line.text.lstrip()))
        if role is None:
            continue
        order = None
        ordered = _ORDERED.match(text)
        if ordered:
            order = int(ordered.group("order"))
            offset += ordered.start("name")
            text = ordered.group("name")
        name = parse_name(text)
        if not is_personal_name(name.full):
            continue
        rows.append(
            Membership(
                id=f"{ctx.doc.id[:16]}-m{len(rows) + 1}",
                meeting_id=ctx.meeting_id(),
                council=council,
                committee=committee,
                name=text.strip(),
                role=name.role_mark or role,
                party=party,
                reserve_order=order if role == "reserve" else None,
                **ctx.provenance(Span(start=offset, end=offset + len(text.rstrip())), NAME),
            )
        )
    return rows


def _membership_block(text: str) -> Span | None:
    start = vocab.regex("attendance", "membership.start").search(text, 0, min(len(text), 20000))
    if start is None:
        return None
    end = vocab.regex("attendance", "membership.end").search(text, start.end(), min(len(text), start.end() + 5000))
    return Span(start=start.end(), end=end.start() if end else min(len(text), start.end() + 3000))
