"""Cross-checks of a vote's printed figures, as warnings: the data keeps what the minutes print.

Minutes do not always add up: a named list shorter than the count printed beside
it, a member listed on two sides, a printed total ("Totals: 29 For, 0 Against")
that the lists contradict, a named voter the present list does not name (Kent's
printed minutes have such a real inconsistency). Each becomes an entry in
``documents.warnings`` (``vote_count``, ``voter_twice``, ``voter_not_present``),
never a silent change to the rows.
"""

from __future__ import annotations

from extractors.names import parse_name
from extractors.recorded_votes import Tally
from extractors.registry import ExtractionContext
from schemas.documents import VOTE_COUNT, VOTER_TWICE
from schemas.provenance import Span


def present_surnames(attendance) -> set[str]:
    """The surnames of the members the present list names (lower case); empty when there is no present list."""
    return {parse_name(a.name).surname.lower() for a in attendance if a.status == "present" and a.role not in ("officer", "guest") and a.name}


def check_tally(ctx: ExtractionContext, tally: Tally) -> None:
    """Warn where a recorded vote does not add up: a list not as long as its count, a member on two sides."""
    if not tally.named:
        return
    for side in tally.sides:
        if side.count is not None and side.count != len(side.names):
            ctx.warn(VOTE_COUNT, f"{side.vote} ({side.count}) lists {len(side.names)} names", span=side.head)
    seen: dict[str, str] = {}
    for side in tally.sides:
        for name, s in side.names:
            key = " ".join(name.lower().split())
            if key in seen and seen[key] != side.vote:
                ctx.warn(VOTER_TWICE, f"{name} is listed both {seen[key]} and {side.vote}", span=s)
            seen.setdefault(key, side.vote)


def total_disagrees(counts: tuple[int | None, int | None, int | None] | None, tally: Tally | None) -> list[str]:
    """Where a vote's printed total (``counts``: for, against, abstain; "carried by 20 votes to 3") and its named
    lists disagree: one line per side whose list is not as long as the total says (empty when they agree, or either is missing)."""
    if not counts or tally is None or not tally.named:
        return []
    out = []
    for vote, printed in zip(("for", "against", "abstain"), counts):
        listed = [side for side in tally.sides if side.vote == vote]
        if printed is None or not listed:
            continue
        named = sum(len(side.names) if side.names else (side.count or 0) for side in listed)
        if named != printed:
            out.append(f"{vote}: the total says {printed}, the list names {named}")
    return out


def check_total(ctx: ExtractionContext, counts, tally: Tally | None, span: Span) -> None:
    """Warn where a vote's printed total and its named lists disagree (the data keeps both: the counts are the total's)."""
    for line in total_disagrees(counts, tally):
        ctx.warn(VOTE_COUNT, line, span=span)
