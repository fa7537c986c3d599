"""Decisions minuted before the first item: the opening business a clerk records in the head's paragraphs.

Minutes often settle the previous minutes, a ruling on urgent business or a deferral before the first
numbered or headed item ("The minutes of the last meeting were taken as read and accepted as a true
record. Proposed by A, seconded by B - Approved."). The resolutions extractor reads that text as it
reads an item (formal marks, decision sentences) and stores its rows under no item; the votes
extractor reads its votes there too. A heading the outline did not take as an item ("MINUTES",
"16/01/2") ends the opening: a decision after it belongs to that unfound item. The documents here
are invented minutes read by the real reader, outliner and extractors.
"""

from __future__ import annotations

import pytest

from extractors.registry import registered

registered()

from pipeline.parse import parse_document  # noqa: E402

_HEAD = (
    "Minutes of the Meeting of Ashcombe Parish Council held on Tuesday 4 March 2025 at 7.30pm in the Village Hall\n\n"
    "Present: Cllr Ann Hale (Chair), Cllr Bob Moss, Cllr Cy Fry\nApologies: Cllr Di Lamb\n\n"
)
_ITEMS = (
    "\n\n1. Footpaths\n\nCllr Moss reported on the stile at Mill Lane. It was agreed to ask the county council to repair it.\n\n"
    "2. Finance\n\nThe payments listed were approved.\n"
)


def rows(opening: str) -> tuple[list[tuple], list[tuple]]:
    """(resolutions under no item, votes under no item) of minutes whose opening business is ``opening``."""
    result = parse_document((_HEAD + opening + _ITEMS).encode(), "minutes.txt")
    decisions = [(r.text, r.outcome, r.explicit) for r in result.records["resolutions"] if r.agenda_item_id is None]
    votes = [(v.kind, v.result, v.proposer, v.seconder) for v in result.records["votes"] if v.agenda_item_id is None]
    return decisions, votes


CASES = [
    # the previous minutes accepted, and the vote that carried them
    ("The minutes of the meeting held on 4 February were taken as read and accepted as a true record. Proposed by Bob Moss, "
     "seconded by Cy Fry - Approved.",
     [("The minutes of the meeting held on 4 February were taken as read and accepted as a true record", "accepted", False)],
     [("motion", "carried", "Bob Moss", "Cy Fry")]),
    # a ruling the council agreed to, in a principal council's words
    ("The Chairman ruled, and the Council agreed, that the late report on flooding be taken as urgent business.",
     [("The Chairman ruled, and the Council agreed, that the late report on flooding be taken as urgent business", "agreed", False)], []),
    # the clerk's shorthand for a deferral
    ("The minutes of 4 February, agreed to defer.", [("The minutes of 4 February, agreed to defer", "deferred", False)], []),
    # a formal mark
    ("RESOLVED: That the order of business be varied to take item 2 first.",
     [("That the order of business be varied to take item 2 first.", "agreed", True)], []),
    # no decision: attendance and a welcome
    ("The Chair welcomed everyone to the meeting.", [], []),
    # apologies accepted are attendance business (session 5's truth ruling), wherever the sentence names them
    ("Cllrs Lamb and Pike sent their apologies, with reasons, and these were accepted.", [], []),
    # a heading the outline did not take as an item: what follows it is that item's, not the opening's
    ("MINUTES\nThe minutes of the meeting held on 4 February were found to be correct.", [], []),
]


@pytest.mark.parametrize("opening, decisions, votes", CASES, ids=[c[0][:40] for c in CASES])
def test_decisions_before_the_first_item(opening, decisions, votes):
    assert rows(opening) == (decisions, votes)


def test_an_agenda_has_no_opening_decisions():
    """An agenda's head is its notice: nothing there is decided."""
    text = (
        "Ashcombe Parish Council\n\nNotice is hereby given that a meeting of the Parish Council will be held on Tuesday 4 March 2025 "
        "at 7.30pm in the Village Hall.\n\nAGENDA\n\nThe Council agreed to meet in the Village Hall this year.\n\n"
        "1. Apologies for absence\n\n2. To approve the minutes of the meeting held on 4 February\n\n3. Finance\n"
    )
    result = parse_document(text.encode(), "agenda.txt")
    assert [r.text for r in result.records["resolutions"] if r.agenda_item_id is None] == []


# Minutes in which the outline finds no item at all (a clerk's unheaded paragraphs): the whole text is opening business.
_NO_ITEMS = (
    "Minutes of the Meeting of Oakridge Parish Council held on Tuesday 4 March 2025 at 7.30pm in the Village Hall\n\n"
    "Present: Cllr Ann Hale (Chair), Cllr Bob Moss, Cllr Cy Fry\n\n"
)

NO_ITEM_CASES = [
    # passive decision sentences, anywhere in the text
    ("The minutes of the last meeting were read, approved and signed by the Chair.",
     [("The minutes of the last meeting were read, approved and signed by the Chair", "approved", False)]),
    # a formal "it was agreed that" inside a sentence, after a reason
    ("The bench is rotten so it was agreed that the clerk order a new one. Cllr Fry will fetch it.",
     [("the clerk order a new one", "agreed", True)]),
    # a formal mark
    ("Grass cutting\nRESOLVED: That the contract be renewed for a year.", [("That the contract be renewed for a year.", "agreed", True)]),
    # the body asking for something
    ("The Council requested that the clerk seek two more quotes.", [("The Council requested that the clerk seek two more quotes", "requested", False)]),
    # nothing decided
    ("Cllr Moss reported on the state of the footpaths.", []),
]


@pytest.mark.parametrize("body, decisions", NO_ITEM_CASES, ids=[c[0][:40] for c in NO_ITEM_CASES])
def test_minutes_without_items_are_read_whole(body, decisions):
    result = parse_document((_NO_ITEMS + body + "\n").encode(), "minutes.txt")
    assert result.records["agenda_items"] == []
    assert [(r.text, r.outcome, r.explicit) for r in result.records["resolutions"] if r.agenda_item_id is None] == decisions
