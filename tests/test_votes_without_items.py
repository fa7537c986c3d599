"""Votes in minutes where no agenda item was found (issue 15): an excerpt, one item's page, a clerk's unnumbered minutes.

The votes extractor reads every item's minutes; where the outliner found no
item at all in a record of a meeting, it reads the whole text and stores the
votes under no item (``agenda_item_id`` null), rather than none. The texts are
invented, in forms councils use; they go through the whole pipeline
(``parse_document``: reader, outline, every extractor).
"""

from __future__ import annotations

from pipeline.parse import parse_document
from schemas.votes import Vote, VoteRecord


def _votes(text: str) -> tuple[list[Vote], list[VoteRecord]]:
    result = parse_document(text.encode(), "excerpt.txt")
    rows = result.records["votes"]
    return [r for r in rows if isinstance(r, Vote)], [r for r in rows if isinstance(r, VoteRecord)]


def test_a_motion_lost_in_an_excerpt_with_no_item():
    votes, _ = _votes(
        "The following motion was proposed by Councillor Hale and seconded by Councillor Moss \u2013\n\n"
        "\u201cThis Council resolves to keep the allotments open.\u201d\n\nMembers debated the motion.\n\n"
        "On being put to Council the motion was LOST.\n"
    )
    assert [(v.kind, v.result, v.proposer, v.seconder, v.agenda_item_id) for v in votes] == [("motion", "lost", "Hale", "Moss", None)]


def test_a_recorded_vote_in_an_excerpt_with_no_item():
    votes, records = _votes(
        "A recorded vote was requested.  Votes were recorded as follows:\n\nFOR the officer\u2019s recommendation (3)\n\n"
        "Fry, Nye and Orme\n\nAGAINST the officer\u2019s recommendation (1)\n\nPike\n\nThere were no abstentions.\n"
    )
    assert [(v.kind, v.result, v.for_count, v.against_count, v.abstain_count) for v in votes] == [("recommendation", "carried", 3, 1, 0)]
    assert [(r.name, r.vote) for r in records][:3] == [("Fry", "for"), ("Nye", "for"), ("Orme", "for")]


def test_a_lower_case_resolution_before_its_proposer_in_an_excerpt():
    """ "It was resolved to ..." and the proposer and seconder on the next line, "all in agreement": one vote."""
    votes, _ = _votes("It was resolved to approve the lease of the playing field.\nProposed Cllr Hale, seconded Cllr Moss all in agreement.\n")
    assert [(v.result, v.proposer, v.seconder) for v in votes] == [("carried", "Hale", "Moss")]


def test_text_that_only_mentions_voting_gives_no_vote():
    votes, _ = _votes(
        "1.9 Voting\n\n1.9.1 All questions shall be decided by a majority of the members present and voting.\n\n"
        "1.9.2 In the case of an equality of votes the Chair may give a casting vote.\n"
    )
    assert votes == []


def test_a_proposal_on_the_items_heading_line():
    """ "23. To confirm the minutes - PROPOSED; SECONDED; RESOLVED that ...": the minutes run on from the heading's line."""
    votes, _ = _votes(
        "22. To co-opt a councillor \u2013 One application had been received.  PROPOSED; SECONDED; RESOLVED to co-opt Ann Hale.\n\n"
        "23. To confirm and sign the minutes of the meeting held on 3rd May - PROPOSED; SECONDED; RESOLVED that the minutes be signed\n"
    )
    assert [(v.result, v.agenda_item_id is not None) for v in votes] == [("carried", True), ("carried", True)]


def test_a_long_text_with_no_item_is_not_read_whole():
    """Some forty pages with no item found are no meeting's minutes to read whole (and every vote rule would scan them)."""
    from extractors.votes import WHOLE_TEXT_LIMIT

    vote = "On being put to Council the motion was LOST.\n"
    filler = "The officer described the background to the scheme at some length.\n"
    short = filler * ((WHOLE_TEXT_LIMIT - 2 * len(vote)) // len(filler)) + vote
    long = filler * (WHOLE_TEXT_LIMIT // len(filler) + 1) + vote
    assert [v.result for v in _votes(short)[0]] == ["lost"]
    assert _votes(long)[0] == []
