"""Ground truth: the ``<document>.truth.json`` written beside each document.

A truth file lists only what its document shows, one key per database table
(``meetings``, ``agenda_items``, ``resolutions``, ``kpi_values``, ``facts``,
...; ``samples/README.md`` describes every key).  It is read from the same
data model the renderers draw, never from the rendered files: the only thing
taken from rendering is page numbers, which the pack plans in advance
(:class:`~.render_pdf.Pack`) and the printed minutes record while drawn.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Iterable

from .blocks import Bullets, CaseStudyBlock, KpiTable, Para, ProseCaseStudy, TableBlock, period_of
from .june_minutes import (FIRST_AI_ID, HTML_FIRST_MINUTE, MODERNGOV_MEETING_ID, OFFICERS_PRESENT, SUBSTITUTIONS,
                           Action, DeclarationList, Item, Resolution, Vote, VoteMinuted, WorkProgrammeTable,
                           kent_list_name)
from .june_reports import WORK_PROGRAMME
from .march import (MARCH_APOLOGIES, MARCH_GUESTS, MARCH_IN_ATTENDANCE, MARCH_PRESENT, MARCH_REMOTE,
                    MARCH_SUBSTITUTES, MARCH_WORK_PROGRAMME, PrintedItem)
from .people import COMMITTEE, COUNCIL, EBC, GREAVES, MARCH, TEL, Meeting, Membership, Person
from .render_pdf import Pack
from .values import T, Value, as_t


def collect_text(blocks: Iterable) -> list[T]:
    """Every prose fragment (as T) in a list of blocks, in order."""
    out: list[T] = []
    for b in blocks:
        if isinstance(b, (Para, Action)):
            out.append(as_t(b.text))
        elif isinstance(b, TableBlock) and b.note:
            out.append(as_t(b.note))
        elif isinstance(b, Bullets):
            out += [as_t(i) for i in b.items]
        elif isinstance(b, ProseCaseStudy):
            out += [as_t(p) for p in b.paras]
        elif isinstance(b, str):
            out.append(T(b))
        elif isinstance(b, T):
            out.append(b)
    return out


def fact_row(v: Value, page: int | None) -> dict:
    return {"page": page, "raw": v.raw, "value": v.value, "unit": v.unit, "numerator": v.numerator,
            "denominator": v.denominator, "subject": v.subject}


def glossary_rows(texts: Iterable[T]) -> list[dict]:
    seen: dict[str, dict] = {}
    for t in texts:
        for term in t.terms():
            seen.setdefault(term.term, {"term": term.term, "expansion": term.expansion})
    return list(seen.values())


def kpi_rows(t: KpiTable, page: int) -> tuple[dict, list[dict]]:
    table = {"page": page, "title": t.title, "ruled": t.ruled, "header": t.header_text(),
             "rows": [[row[0]] + [c.raw for c in row[1:]] for row in t.rows]}
    values = []
    for row in t.rows:
        for col, cell in zip(t.header_text()[1:], row[1:]):
            values.append({"table_title": t.title, "row_label": row[0], "column_label": col, "raw": cell.raw,
                           "value": cell.value, "unit": cell.unit, "numerator": cell.numerator,
                           "denominator": cell.denominator,
                           "period": period_of(row[0], t.year, t.financial_year) or period_of(col, t.year, t.financial_year)})
    return table, values


def meeting_row(m: Meeting, **overrides) -> dict:
    row = {"council": COUNCIL, "committee": COMMITTEE, "date": m.date.isoformat(),
           "start_time": m.start.strftime("%H:%M") if m.start else None, "venue": m.venue, "status": "held",
           "quorum": None, "published_on": None, "contact_name": None, "contact_email": None,
           "contact_phone": None, "previous_minutes_date": m.previous.isoformat(), "source_meeting_id": None}
    row.update(overrides)
    return row


def membership_rows(ms: Membership, document_shows_chair_party: bool = False) -> list[dict]:
    rows = [{"name": ms.chair.name, "role": "chair",
             "party": ms.chair.party if document_shows_chair_party else None, "order": None}]
    for party, people in ms.groups:
        rows += [{"name": p.name, "role": "vice-chair" if p == ms.vice_chair else "member", "party": party,
                  "order": None} for p in people]
    rows.append({"name": ms.advisory.name, "role": "advisory", "party": None, "order": None})
    for party, people in ms.reserves:
        rows += [{"name": p.name, "role": "reserve", "party": party, "order": i} for i, p in enumerate(people, 1)]
    return rows


def pack_truth(pack: Pack, document: str) -> dict:
    """Truth for an agenda pack: front sheet, agenda and the report pages."""
    items, tables, values, facts, texts, cases, names = [], [], [], [], [], [], []
    for pos, item in enumerate(pack.items, 1):
        a, b = pack.ranges.get(item.key, (None, None))
        items.append({"number": pack.number(item), "position": pos, "title": item.title,
                      "description": item.description, "page_start": a, "page_end": b,
                      "to_follow": item.to_follow, "restricted": item.restricted})
        if item.key not in pack.ranges:
            continue
        for i, blocks in enumerate(item.report.pages):
            page = a + i
            page_texts = collect_text(blocks)
            texts += page_texts
            facts += [fact_row(f, page) for t in page_texts for f in t.facts()]
            for t in page_texts:
                names += [y.name for y in t.young_people() if y.name not in names]
            for blk in blocks:
                if isinstance(blk, TableBlock):
                    table, vals = kpi_rows(blk.table, page)
                    tables.append(table)
                    values += vals
                elif isinstance(blk, CaseStudyBlock):
                    cases.append({"page": page, "title": blk.case.title, "dob_year": blk.case.dob_year})
                elif isinstance(blk, ProseCaseStudy):
                    cases.append({"page": page, "title": blk.title, "dob_year": None})
    m = pack.meeting
    wp = []
    if any(i.key == "work-programme" for i in pack.items):  # the draft, without items added at the meeting
        wp = [{"planned_date": e.planned.isoformat(), "title": e.title}
              for e in WORK_PROGRAMME if not e.added_at_meeting]
    truth = {
        "document": document, "kind": "agenda_pack", "page_numbering": "printed",
        "meetings": [meeting_row(m, quorum=pack.membership.quorum, published_on=m.published_on.isoformat(),
                                 contact_name=pack.contact.name, contact_email=pack.contact.email,
                                 contact_phone=TEL)],
        "agenda_items": items, "work_programme": wp,
        "membership": membership_rows(pack.membership), "kpi_tables": tables, "kpi_values": values,
        "facts": facts, "glossary": glossary_rows(texts), "case_studies": cases, "young_person_names": names,
    }
    return {k: v for k, v in truth.items() if v != []}


def attendee(p: Person, role: str, status: str = "present", remote: bool = False,
             substitute_for: Person | None = None, job: bool = False, org: bool = False) -> dict:
    return {"name": p.name, "role": role, "status": status, "remote": remote, "party": None,
            "job_title": p.job_title if job else None, "organisation": p.organisation if org else None,
            "substitute_for": substitute_for.name if substitute_for else None}


def resolution_rows(item_number: str, blocks: list, markers: str = "()") -> list[dict]:
    """One row per resolved part.  ``part`` is the printed marker (``(1)`` on
    the HTML page, ``a.`` in Kent minutes) or None for a single part;
    ``explicit`` is False where the word RESOLVED is not printed."""
    rows = []
    for res in (b for b in blocks if isinstance(b, Resolution)):
        for i, p in enumerate(res.parts):
            marker = None if len(res.parts) == 1 else (f"({i + 1})" if markers == "()" else f"{'abcdefgh'[i]}.")
            rows.append({"item_number": item_number, "position": len(rows) + 1, "part": marker, "text": p.text,
                         "outcome": p.outcome, "explicit": res.lead is not None})
    return rows


def vote_rows(item_number: str, blocks: list) -> tuple[list[dict], list[dict]]:
    """The votes of one item, in the order their outcomes are printed, and one
    record per named voter: the names of a recorded vote's lists, and members
    who asked for their vote to be minuted.  Counts are as printed (null where
    the minutes give none, e.g. "carried unanimously"); names as printed,
    without "Councillor"."""
    votes = [b for b in blocks if isinstance(b, Vote)]
    position = {id(v): n for n, v in enumerate(votes, 1)}
    rows, records = [], []
    for v in votes:
        counts = v.printed_counts()
        rows.append({"item_number": item_number, "position": position[id(v)], "kind": v.kind, "subject": v.subject,
                     "for_count": counts[0], "against_count": counts[1], "abstain_count": counts[2],
                     "result": v.result, "proposer": v.printed_name(v.proposer) if v.proposer else None,
                     "seconder": v.printed_name(v.seconder) if v.seconder else None,
                     "counts_from": "minutes" if any(c is not None for c in counts) else None,
                     "amends_position": position[id(v.amends)] if v.amends else None})
        records += [{"item_number": item_number, "vote_position": position[id(v)], "name": kent_list_name(p),
                     "vote": how} for side in ("for", "against", "abstain") for p, how in v.recorded if how == side]
    for b in blocks:
        if isinstance(b, VoteMinuted):
            records.append({"item_number": item_number, "vote_position": position[id(b.vote)],
                            "name": b.person.name, "vote": b.how})
    return rows, records


def minutes_page_truth(items: list[Item], meeting: Meeting, contact: Person, document: str) -> dict:
    """Truth for the ModernGov page: items 41.-53., minutes, officers present."""
    number = {i.key: f"{HTML_FIRST_MINUTE + n}." for n, i in enumerate(items)}
    agenda, resolutions, actions, wp, texts, facts, decls, votes, records = [], [], [], [], [], [], [], [], []
    for pos, item in enumerate(items, 1):
        agenda.append({"number": number[item.key], "position": pos, "title": item.title,
                       "description": item.description, "page_start": None, "page_end": None,
                       "to_follow": False, "restricted": item.restricted,
                       "source_item_id": str(FIRST_AI_ID + pos - 1)})
        resolutions += resolution_rows(number[item.key], item.minutes)
        item_votes, item_records = vote_rows(number[item.key], item.minutes)
        votes += item_votes
        records += item_records
        item_texts = collect_text(item.minutes)
        texts += item_texts
        facts += [fact_row(f, None) for t in item_texts for f in t.facts()]
        for b in item.minutes:
            if isinstance(b, Action):
                actions.append({"item_number": number[item.key], "text": b.text, "due": b.due})
            elif isinstance(b, Resolution):
                # a resolved part that asks for something to come back is also a promise to follow up
                actions += [{"item_number": number[item.key], "text": f"{part.text}.", "due": "next meeting"}
                            for part in b.parts if part.outcome == "requested" and "next meeting" in part.text]
            elif isinstance(b, WorkProgrammeTable):
                wp += [{"planned_date": e.planned.isoformat(), "title": e.title} for e in b.entries]
            elif isinstance(b, DeclarationList):
                decls += [{"name": d.person.name, "item_number": number[d.item_key],
                           "interest_type": d.interest_type, "description": d.reason, "action": d.action}
                          for d in b.declarations]
    attendees = []
    for ordinary, reserve in SUBSTITUTIONS:
        attendees += [attendee(reserve, "reserve", substitute_for=ordinary), attendee(ordinary, "member", "absent")]
    # The page lists no members present (it links to the attendance page); the Chair is named as
    # chairing. Members who only declare or ask a question are mentions, not attendees
    # (eval/README.md, as in the Harrow seeds' truth).
    attendees.append(attendee(GREAVES, "chair"))
    for _, people in OFFICERS_PRESENT:
        attendees += [attendee(p, "officer", job=True, org=True) for p in people]
    return {
        "document": document, "kind": "minutes_page",
        "meetings": [meeting_row(meeting, contact_name=contact.name, contact_email=contact.email,
                                 contact_phone=TEL, source_meeting_id=str(MODERNGOV_MEETING_ID))],
        "agenda_items": agenda, "resolutions": resolutions, "actions": actions, "work_programme": wp,
        "attendees": attendees, "declarations": decls, "declarations_none": False, "facts": facts,
        "glossary": glossary_rows(texts), "votes": votes, "vote_records": records,
    }


def printed_minutes_truth(items: list[PrintedItem], pages: dict, document: str) -> dict:
    """Truth for the Kent-style printed minutes (printed page = physical page)."""
    agenda, resolutions, actions, texts, facts, votes, records = [], [], [], [], [], [], []
    for n, item in enumerate(items, 1):
        agenda.append({"number": str(n), "position": n, "title": item.title, "description": None,
                       "page_start": None, "page_end": None, "to_follow": False, "restricted": False})
        resolutions += resolution_rows(str(n), item.paras, markers="a.")
        item_votes, item_records = vote_rows(str(n), item.paras)
        votes += item_votes
        records += item_records
        actions += [{"item_number": str(n), "text": p.text, "due": p.due} for p in item.paras if isinstance(p, Action)]
        for j, p in enumerate(item.paras):
            if isinstance(p, (str, T, Action)):
                t = as_t(p.text if isinstance(p, Action) else p)
                texts.append(t)
                facts += [fact_row(f, pages[(n, j)]) for f in t.facts()]
    subs = dict(MARCH_SUBSTITUTES)
    attendees = [attendee(p, r, remote=p in MARCH_REMOTE, substitute_for=subs.get(p)) for p, r in MARCH_PRESENT]
    attendees += [attendee(p, "member", "apologies") for p in MARCH_APOLOGIES]
    attendees += [attendee(p, "guest", job=True) for p in MARCH_GUESTS]
    attendees += [attendee(p, "officer", job=True, org=p.organisation != EBC) for p in MARCH_IN_ATTENDANCE]
    return {
        "document": document, "kind": "printed_minutes", "page_numbering": "printed",
        "meetings": [meeting_row(MARCH)], "agenda_items": agenda, "resolutions": resolutions,
        "actions": actions,
        "work_programme": [{"planned_date": e.planned.isoformat(), "title": e.title} for e in MARCH_WORK_PROGRAMME],
        "attendees": attendees, "declarations_none": True, "facts": facts, "glossary": glossary_rows(texts),
        "votes": votes, "vote_records": records,
    }


def write_json(path: Path, data: dict) -> None:
    path.write_bytes((json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode("utf-8"))
