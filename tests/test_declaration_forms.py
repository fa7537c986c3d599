"""Declarations in every common form: the declarations extractor on small minutes written for the test, and on real ones.

Each case is a plain-text minutes document in the numbered-paragraph layout the printed-minutes
outliner reads; the real reader, outliner and extractors run on it (``parse_document``). Rows are
compared as (name as the people stage links it, interest type, printed number of the item it concerns); the meeting's
``declarations_none`` as the link step sets it.
"""

from __future__ import annotations

import pytest

from extractors.registry import registered

registered()

from pipeline.parse import parse_document  # noqa: E402
from tests.conftest import SHARED, corpus, needs_shared  # noqa: E402

_TOP = (
    "NORTHWOLD PARISH COUNCIL\nMinutes of a meeting of the above Council held on Monday 12th January 2026 at 7.00pm in the Village Hall.\n"
    "Present: Cllr A Lee (Chair), Cllr B Khan, Cllr C Owen and Mrs D Price (Clerk)\n"
)


def minutes(declarations: str, later: str = "") -> bytes:
    return (
        _TOP
        + "201. Apologies for absence: None.\n"
        + f"202. Declarations of interest: {declarations}\n"
        + "203. Minutes of the previous meeting: Approved and signed as correct.\n"
        + f"204. Planning applications: Two applications were considered. {later}\n"
        + "205. Allotments: The allotment rents were reviewed.\n"
    ).encode()


def read(data: bytes) -> tuple[list[tuple], bool | None]:
    result = parse_document(data, "minutes.txt")
    items = {i.id: i.number for i in result.records["agenda_items"]}
    rows = [(d.name, d.interest_type, items.get(d.agenda_item_id)) for d in result.records["declarations"]]
    meetings = result.records.get("meeting") or []
    return rows, (meetings[0].declarations_none if meetings else "no meeting")


NONE_CASES = ["None.", "There were none.", "No declarations were made.", "No declarations of interest.", "Nil.", "None declared."]


@pytest.mark.parametrize("said", NONE_CASES)
def test_nobody_declared(said):
    assert read(minutes(said)) == ([], True)


NAMED_CASES = [
    ("Cllr Khan declared a pecuniary interest in Items 204 and 205.", [("B Khan", "pecuniary", "204."), ("B Khan", "pecuniary", "205.")]),
    ("Cllr Khan declared a pecuniary interest in items 203, 204 and 205.",
     [("B Khan", "pecuniary", "203."), ("B Khan", "pecuniary", "204."), ("B Khan", "pecuniary", "205.")]),
    ("Cllr Owen declared a non-pecuniary interest in item 204 as a neighbour of the applicant.", [("C Owen", "non-pecuniary", "204.")]),
    ("Cllr Owen declared a personal interest in item 205.", [("C Owen", "personal", "205.")]),
    ("Cllr Owen declared a personal and prejudicial interest in item 205 and left the room.", [("C Owen", "prejudicial", "205.")]),
    ("Cllr Owen declared an other registrable interest in item 204.", [("C Owen", "other registrable", "204.")]),
    ("Councillors Khan and Owen declared personal interests in item 205 as allotment holders.",
     [("B Khan", "personal", "205."), ("C Owen", "personal", "205.")]),
]


@pytest.mark.parametrize("said, expected", NAMED_CASES)
def test_named_declarations_with_the_items_they_concern(said, expected):
    assert read(minutes(said)) == (expected, False)


def test_a_declaration_made_later_under_the_item_concerned():
    rows, none = read(minutes("None.", later="Cllr Lee declared a pecuniary interest in this item and left the meeting."))
    assert rows == [("A Lee", "pecuniary", "204.")] and none is False


CORPUS2 = SHARED / "corpus2" / "text"


@needs_shared
def test_tintern_declarations_none():
    assert read(corpus("pdf/tintern-community-council_2019-02-25_minutes.pdf").read_bytes()) == ([], True)


@pytest.mark.parametrize(
    "name, attendees, expected",
    [
        ("Mr Sole", ["M J Sole", "J Meade", "R Love"], "M J Sole"),  # Kent: "Mr Sole declared ..."; PRESENT: "Mr M J Sole"
        ("Sole", ["M J Sole"], "M J Sole"),
        ("Meade", ["J Meade", "K Meade"], "Meade"),  # two attendees of that surname: left as written
        ("Councillor Brown", [], "Councillor Brown"),
        ("Andrew Landau", ["Andrew Landau", "A Smith"], "Andrew Landau"),  # already full
    ],
)
def test_a_surname_takes_the_attendance_lists_fuller_name(name, attendees, expected):
    from extractors.declarations import fuller_name

    assert fuller_name(name, attendees) == expected
