"""Named (recorded) votes in the forms councils print them (issue 15): one invented block per form, and its sides.

Budget and council-tax votes of English principal councils are recorded by
name by law (since 2014), and each council prints its division list its own
way: a heading per side with the count before, after or around its
separator, the members on the heading's line or under it, the side told
after the members, a side nobody took printed as "None" or as a sentence of
its own. Every row below is one such form, written for this test with
invented names, and the sides (vote, printed count, names) the reader must
give. The rules are ``extractors/recorded_votes.py`` and the ``[recorded]``
table of ``extractors/vocab/votes.toml``; a last test runs the whole pipeline
on an invented minute whose lists do not add up.
"""

from __future__ import annotations

import json

import pytest

from conftest import build
from extractors.recorded_votes import recorded_votes
from extractors.votes import votes_in

AB = ["Abel", "Bryce", "C Dunn"]

SIDES = [
    # the count after its separator, the names on the heading's line
    ("Voting for 3 : Councillors Abel, Bryce, C Dunn\n\nAgainst : 0\n\nAbstentions: 0",
     [("for", 3, AB), ("against", 0, []), ("abstain", 0, [])]),
    ("FOR 3 - Abel, Bryce and C Dunn\nAGAINST 1 - Eyre", [("for", 3, AB), ("against", 1, ["Eyre"])]),
    # the count in brackets after the separator, or before it; the names in brackets
    ("FOR: (3): Abel, Bryce, C Dunn.\nAGAINST: (0)", [("for", 3, AB), ("against", 0, [])]),
    ("Voting For 3: (Abel, Bryce, C Dunn)\nVoting Against 1: (Eyre)", [("for", 3, AB), ("against", 1, ["Eyre"])]),
    ("For - (3) Abel, Bryce and C Dunn\nAgainst - (1) Eyre", [("for", 3, AB), ("against", 1, ["Eyre"])]),
    # who voted before the side, what was voted on after it, a label before the names, "None" for nobody
    ("Those voting FOR the MOTION: Councillors: Abel, Bryce, C Dunn.\nThose voting AGAINST the MOTION: None\nThose ABSTAINING from voting: None",
     [("for", None, AB), ("against", 0, []), ("abstain", 0, [])]),
    ("Voting for the motion: Councillors Abel, Bryce and C Dunn.\nVoting against the motion: None\nAbstained from voting on the motion: Nil",
     [("for", None, AB), ("against", 0, []), ("abstain", 0, [])]),
    ("Members voting in favour of the amendment: Abel, Bryce, C Dunn\nMembers voting against the amendment: Eyre",
     [("for", None, AB), ("against", None, ["Eyre"])]),
    # "The following Members voted ...:" and the list below; a side with an empty list is not printed
    ("The following Members voted in favour of the recommendation:\n\nCouncillors Abel, Bryce, C Dunn\n\n"
     "The following Members voted against the recommendation:\n\n\nThe following Members abstained from voting on the recommendation:\n\nCouncillors Eyre, Fox",
     [("for", None, AB), ("abstain", None, ["Eyre", "Fox"])]),
    ("The following councillors voted for the motion: Abel, Bryce and C Dunn\nThe following councillors voted against the motion: Eyre",
     [("for", None, AB), ("against", None, ["Eyre"])]),
    # the count first and the names under it, closed by a full stop; a side nobody took as a sentence of its own
    ("3 Councillors voted in favour of the amendment.\n\nCouncillors Abel, Bryce and\nC Dunn.\n\nNo Members voted against the amendment.\n\nNo Members abstained.",
     [("for", 3, AB), ("against", 0, []), ("abstain", 0, [])]),
    ("3 members voted for: Abel, Bryce, C Dunn\nNone voted against.", [("for", 3, AB), ("against", 0, [])]),
    # the list wrapped by a PDF after a comma, its last line ending the list with a full stop
    ("For (4)\nCouncillors Abel, Bryce, C Dunn,\n  Eyre.\nThe motion was carried.", [("for", 4, [*AB, "Eyre"])]),
    # the count after the names on the heading's line; every side on one line, cut at its semicolon or full stop
    ("For – Councillors Abel, Bryce and C Dunn (3)\nAgainst – Councillor Eyre (1)", [("for", 3, AB), ("against", 1, ["Eyre"])]),
    ("For: Cllrs Abel, Bryce and C Dunn; Against: Cllr Eyre; Abstained: Cllr Fox.",
     [("for", None, AB), ("against", None, ["Eyre"]), ("abstain", None, ["Fox"])]),
    ("In favour: Cllr Abel, Cllr Bryce, Cllr C Dunn. Against: Cllr Eyre, Cllr Fox.", [("for", None, AB), ("against", None, ["Eyre", "Fox"])]),
    ("Voted for: Abel, Bryce, C Dunn\nVoted against: Eyre, Fox", [("for", None, AB), ("against", None, ["Eyre", "Fox"])]),
    # one name a line, a title on each; the count on a line after the list ("Total 3"); a side with nobody under it
    ("For the Motion:\nCouncillor Abel\nCouncillor Bryce\nCouncillor C Dunn\n\nAgainst the Motion:\nCouncillor Eyre",
     [("for", None, AB), ("against", None, ["Eyre"])]),
    ("Members voting for the motion:\n\nCllr Abel, Cllr Bryce and Cllr C Dunn\n\nTotal 3\n\nMembers voting against the motion:\n\nCllr Eyre\n\n"
     "Total 1\n\nMembers abstaining:\n\n\n\nRESOLVED: That the budget be approved.",
     [("for", 3, AB), ("against", 1, ["Eyre"])]),
    # a voting record's table flattened to text, its cells run together; a party after each name
    ("ForA. Abel, B. Bryce and C. D. Dunn3\nAgainstCllr Eve Eyre OBE1\nAbstainNone0\nConflict Of InterestsNone0",
     [("for", 3, ["A. Abel", "B. Bryce", "C. D. Dunn"]), ("against", 1, ["Eve Eyre OBE"]), ("abstain", 0, [])]),
    ("For (3): Cllr Abel (Con), Cllr Bryce (Lab), Cllr C Dunn (Ind)\nAgainst (1): Cllr Eyre (Green Party)",
     [("for", 3, AB), ("against", 1, ["Eyre"])]),
    # the side told after the members, one sentence a side, with titles, apostrophes and an office beside a name
    ("Councillors Abel, Mrs Bryce, Mr Bryce and O’Dunn voted FOR the motion (4);\n\nCouncillors Eyre and Fox voted AGAINST the motion (2).\n\n"
     "Councillor Gale, as Mayor, abstained from voting.",
     [("for", 4, ["Abel", "Mrs Bryce", "Mr Bryce", "O’Dunn"]), ("against", 2, ["Eyre", "Fox"]), ("abstain", None, ["Gale"])]),
    ("Councillors Abel, Bryce and\nC Dunn voted for the motion (3).\nCouncillors Eyre and Fox abstained.",
     [("for", 3, AB), ("abstain", None, ["Eyre", "Fox"])]),
    # one named side with its count is a recorded vote; without it, a member's vote minuted (not a division list)
    ("Councillors Abel, Bryce and C Dunn voted against the motion (3).", [("against", 3, AB)]),
    ("Councillors Abel and Bryce voted against.", []),
    # prose that only looks like a side is none
    ("Those voting for the motion were thanked by the Chair.", []),
    ("Councillors discussed the budget and voted for the motion (12).", []),
]


@pytest.mark.parametrize("text, sides", SIDES)
def test_each_form_gives_its_sides(text, sides):
    got = [(s.vote, s.count, [n for n, _ in s.names]) for t in recorded_votes(text, 0, len(text)) for s in t.sides]
    assert got == sides


def test_a_side_told_after_the_members_is_one_vote_not_also_each_members_own():
    text = ("It was moved by Councillor Abel and seconded by Councillor Bryce that the budget be approved.\n\n"
            "Councillors Abel, Bryce and C Dunn voted for the motion (3).\n\nCouncillors Eyre and Fox voted against the motion (2).\n\n"
            "The motion was carried.")
    [vote] = votes_in(text)
    assert (vote["result"], vote["counts"], vote["proposer"], vote["seconder"]) == ("carried", (3, 2, None), "Abel", "Bryce")
    assert vote["records"] == [("Abel", "for"), ("Bryce", "for"), ("C Dunn", "for"), ("Eyre", "against"), ("Fox", "against")]


def test_a_parish_recorded_vote_on_one_line_after_its_proposal():
    text = "Cllr Abel proposed that the bench be replaced, seconded by Cllr Bryce. For: Cllrs Abel, Bryce and Dunn; Against: Cllr Eyre. Carried."
    [vote] = votes_in(text)
    assert (vote["result"], vote["proposer"], vote["seconder"]) == ("carried", "Abel", "Bryce")
    assert vote["records"] == [("Abel", "for"), ("Bryce", "for"), ("Dunn", "for"), ("Eyre", "against")]


def test_a_motion_declared_to_have_been_carried_after_a_roll_call():
    text = ("The Leader MOVED, seconded by Councillor Abel:\nThat the recommendations be ADOPTED.\n"
            "Those voting FOR the MOTION: Councillors: Abel, Bryce, C Dunn.\nThose voting AGAINST the MOTION: None\n"
            "Those ABSTAINING from voting: None\n\nThe MOTION was declared to have been CARRIED.")
    [vote] = votes_in(text)
    assert (vote["result"], vote["counts"], vote["seconder"]) == ("carried", (None, 0, 0), "Abel")
    assert [n for n, _ in vote["records"]] == AB


MINUTES = """MINUTES of a meeting of the Council held on 26 February 2025 at the Guildhall, Eastmere.

PRESENT: Councillors Ann Abel, Ben Bryce, Cara Dunn and Dev Eyre.

1. Budget 2025/26

It was moved by Councillor Abel and seconded by Councillor Bryce that the budget be approved.

Councillors Abel, Bryce and Dunn voted FOR the motion (4);

Councillors Eyre and Frost voted AGAINST the motion (2).

The motion was therefore declared CARRIED.
"""


def test_lists_that_do_not_add_up_and_voters_not_present_are_warnings(tmp_path, tmp_path_factory):
    """Issue 15's cross-checks on a side told after its members: a count the list is not as long as, a voter the present
    list does not name (Frost), go into documents.warnings, and the names are stored as printed."""
    path = tmp_path / "eastmere_council_2025-02-26_minutes.txt"
    path.write_text(MINUTES, encoding="utf-8")
    db = build(tmp_path_factory, "recorded-forms", path)
    warnings = json.loads(db.value("select warnings from documents"))
    said = lambda code: sorted(w["message"] for w in warnings if w["code"] == code)  # noqa: E731
    assert said("vote_count") == ["for (4) lists 3 names"]
    assert said("voter_not_present") == ["Frost is named in a vote but not in the present list"]
    assert db.value("select count(*) from vote_records") == 5
    assert db.value("select for_count || '/' || against_count from votes") == "4/2"
