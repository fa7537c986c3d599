"""A proposal whose sentence ends with the formal mark: the proposal is the decision, the mark its outcome.

"Proposed by Cllr A that Cllr B be Chairman which was seconded by Cllr C and RESOLVED. Cllr B accepted ..." and
"It was Proposed by A that B be appointed Deputy Mayor - AGREED Unanimously The Deputy Mayor signed ..." (a text
flattened to one line) record the proposal as carried: a narrative decision (the session-4 truth convention), text the
whole sentence, less a tail that is only an outcome word after a dash. The mark does not open a decision, so the
sentence after it is no resolution. A mark followed by what was resolved ("... and RESOLVED that the minutes be
signed") opens a formal decision as ever. Every text is invented, each in a form clerks print.
"""

from __future__ import annotations

import re

import pytest

from extractors.registry import registered

registered()

from extractors.resolutions import closes_proposal, item_resolutions, marks  # noqa: E402
from schemas.provenance import Span  # noqa: E402


def rows(text: str, local: bool = True) -> list[tuple[str, bool, str | None]]:
    found = item_resolutions(text, None, Span(start=0, end=len(text)), narrative_beside_formal=local)
    return [(text[s.start : s.end], explicit, outcome) for s, _, explicit, _, outcome in found]


CASES = [
    # the mark after "and", a full stop, then the next sentence (one a line)
    (
        "Proposed by Councillor Ferne that Councillor Holloway be Chairman which was seconded by Councillor Marsh and RESOLVED. "
        "Councillor Holloway accepted the office.",
        [("Proposed by Councillor Ferne that Councillor Holloway be Chairman which was seconded by Councillor Marsh and RESOLVED", False, "elected")],
    ),
    # title case, "which was", and a manner after the mark
    (
        "It was proposed by Cllr Ferne that the verge be cut in March, which was Agreed unanimously.\nThe Clerk will tell the contractor.",
        [("It was proposed by Cllr Ferne that the verge be cut in March, which was Agreed unanimously", False, "agreed")],
    ),
    # a dash and the mark in capitals, run on into the next sentence without a full stop (a text flattened to one line):
    # the bare outcome after the dash is no part of the text
    (
        "It was Proposed by Ann Ferne that Joe Holloway be appointed Deputy Mayor for the year - AGREED Unanimously The Deputy Mayor signed the book",
        [("It was Proposed by Ann Ferne that Joe Holloway be appointed Deputy Mayor for the year", False, "appointed")],
    ),
    # ... and the same wrapped over printed lines (a PDF of the flattened text)
    (
        "It was Proposed by Ann Ferne that Joe Holloway be appointed Deputy Mayor for the\nyear - AGREED Unanimously The Deputy Mayor signed the\nbook",
        [("It was Proposed by Ann Ferne that Joe Holloway be appointed Deputy Mayor for the\nyear", False, "appointed")],
    ),
    # a heading run in before the proposal in a flattened text
    (
        "AB12/003 ELECTION OF DEPUTY MAYOR 2031 – 2032 It was proposed by Ann Ferne that Joe Holloway be appointed Deputy Mayor - AGREED",
        [("It was proposed by Ann Ferne that Joe Holloway be appointed Deputy Mayor", False, "appointed")],
    ),
    # "and it was RESOLVED" closing the sentence, wrapped over printed lines (a PDF's)
    (
        "Proposed by Cllr Ferne and seconded by Cllr Marsh that the bench on the green be\nreplaced with a recycled one, and it was\nRESOLVED.\nThe Clerk reported on the footpath.",
        [("Proposed by Cllr Ferne and seconded by Cllr Marsh that the bench on the green be\nreplaced with a recycled one, and it was\nRESOLVED", False, "agreed")],
    ),
    # the mark followed by what was resolved opens a formal decision
    (
        "Proposed by Cllr Ferne and seconded by Cllr Marsh and RESOLVED that the minutes be signed as a true record.",
        # (the outcome, None here, is read from the words when the row is made: approved)
        [("that the minutes be signed as a true record.", True, None)],
    ),
    (
        "It was proposed by Cllr Ferne that the hall be hired. RESOLVED: That the hall be hired for the fete.",
        [("That the hall be hired for the fete.", True, None)],
    ),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_a_proposal_closed_by_its_mark_is_the_decision(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text, closing",
    [
        ("Proposed by Cllr Ferne that Cllr Holloway be Chairman, seconded by Cllr Marsh and RESOLVED.", True),
        ("It was proposed by Cllr Ferne to buy a bin – AGREED\n", True),
        ("It was proposed by Cllr Ferne to buy a bin, RESOLVED unanimously.", True),
        ("It was moved by Cllr Ferne that a bin be bought and Resolved (nem con).\nThe Clerk to order it.", True),
        ("Proposed by Cllr Ferne and seconded by Cllr Marsh and RESOLVED that the bin be bought.", False),
        ("Proposed by Cllr Ferne and seconded by Cllr Marsh and RESOLVED: to buy a bin.", False),
        ("It was proposed by Cllr Ferne that a bin be bought, seconded by Cllr Marsh, and RESOLVED that the bin be bought by May.", False),
        ("On the motion of Cllr Ferne that the bin be moved, seconded by Cllr Marsh, it was\nRESOLVED that the bin be moved.", False),
        # the proposal does not say what it proposed: the mark's words after it are the decision
        ("Proposed by Cllr Ferne and seconded by Cllr Marsh and RESOLVED. The bin be bought.", False),
        # a mark opening its own sentence after the proposal
        ("It was proposed by Cllr Ferne that a bin be bought. RESOLVED. The Clerk to order it.", False),
    ],
)
def test_which_marks_close_a_proposal(text, closing):
    found = list(re.finditer(r"RESOLVED|AGREED|Resolved", text))
    assert found, text
    assert any(closes_proposal(text, m) for m in found) is closing
    if closing:
        assert marks(text) == []  # the mark is the proposal's outcome: no formal decision opens there
