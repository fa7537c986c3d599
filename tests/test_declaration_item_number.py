"""``declarations.item_number``: the number of the item a declaration concerns, stored even when the document does not hold it.

Minutes of items 1-9 that record "declared an interest in agenda item 28", or an
excerpt whose declaration names "agenda item 17(13)", link the declaration to no
agenda item; the number is then the top-level number the reference names
(:func:`extractors.declarations.items.top_level_number`). A declaration linked to
an item takes that item's number as printed, even when its words gave another
(Kingston's "agenda 9" is minute 60). The migration that gives older databases
the column is tested in ``tests/test_store_migrations.py``.
"""

from __future__ import annotations

import pytest

from extractors.registry import registered

registered()

from extractors.declarations.items import number_in_reference, top_level_number  # noqa: E402
from pipeline.parse import parse_document  # noqa: E402
from tests.conftest import corpus, needs_shared  # noqa: E402

TOP_LEVEL_CASES = [
    ("28", "28"),
    ("17(13)", "17"),  # part 13 of item 17: a bracketed part is never an item's own number
    ("5 (b)", "5"),
    ("12(ii)", "12"),
    ("7a", "7a"),  # a lettered label can number an item of its own ("4, 4a, 4b, 5")
    ("103/20", "103/20"),  # minute 103 of 2020: the year is part of the number
    (" 9 ", "9"),
    ("", None),
    (None, None),
]


@pytest.mark.parametrize("number, expected", TOP_LEVEL_CASES)
def test_the_top_level_number_of_a_printed_reference(number, expected):
    assert top_level_number(number) == expected


REFERENCE_CASES = [
    ("agenda item 28", "28"),
    ("agenda item 17(13)", "17"),
    ("Item 6 (c)", "6"),
    ("item 7a", "7a"),
    ("minute number 103/20", "103/20"),
    ("Minute No. 41", "41"),
    ("agenda 9", "9"),
    ("Items 11 and 12", None),  # several items: the rows made from it do not say which is theirs
    ("items 3, 4 and 7", None),
    ("the Village Green Budget 2024/25", None),  # a quoted title: its digits are no item number
    ("the planning application", None),
    (None, None),
]


@pytest.mark.parametrize("reference, expected", REFERENCE_CASES)
def test_the_number_a_stored_reference_names(reference, expected):
    assert number_in_reference(reference) == expected


def excerpt(declarations: str) -> bytes:
    """Minutes of items 1-4 of a meeting whose agenda ran on past them (invented council and members)."""
    return (
        "ASHCOMBE PARVA PARISH COUNCIL\n"
        "Minutes of a meeting of the above Council held on Tuesday 3rd February 2026 at 7.30pm in the Reading Room.\n"
        "Present: Cllr E Frost (Chair), Cllr F Gale, Cllr G Hale and Mr H Irwin (Clerk)\n"
        "1. Apologies for absence: None.\n"
        f"2. Declarations of interest: {declarations}\n"
        "3. Minutes of the previous meeting: Approved and signed as correct.\n"
        "4. Footpaths: The stile on the bridleway was reported broken.\n"
    ).encode()


def stored(data: bytes) -> list[tuple]:
    result = parse_document(data, "minutes.txt")
    items = {i.id: i.number for i in result.records["agenda_items"]}
    return [(d.name, d.item_number, items.get(d.agenda_item_id)) for d in result.records["declarations"]]


EXCERPT_CASES = [
    # (the declaration, [(name, item_number, the linked item's number)])
    ("Cllr Gale declared a personal interest in agenda item 28 as a trustee of the hall.", [("F Gale", "28", None)]),
    ("Cllr Gale declared a personal interest in agenda item 17(13) (Motion on Notice 13 - Verges).", [("F Gale", "17", None)]),
    ("Cllr Hale declared a pecuniary interest in items 11 and 12.", [("G Hale", "11", None), ("G Hale", "12", None)]),
    ("Cllr Hale declared a prejudicial interest in minute 96/25 as the applicant's neighbour.", [("G Hale", "96/25", None)]),
    # an item the excerpt holds: its number as printed, from the linked item
    ("Cllr Gale declared a non-pecuniary interest in item 4 as a rambler.", [("F Gale", "4.", "4.")]),
    # names no item at all
    ("Cllr Gale declared a personal interest as a member of the hall committee.", [("F Gale", None, None)]),
]


@pytest.mark.parametrize("said, expected", EXCERPT_CASES)
def test_a_declaration_on_an_item_the_document_does_not_hold_keeps_its_number(said, expected):
    assert stored(excerpt(said)) == expected


@needs_shared
def test_kingston_the_linked_minute_number_wins_over_the_number_the_declaration_gives():
    """Kingston, 15 January 2026: "agenda 9" is minute 60 on the page; the quoted title links it, and the stored
    number is the minute's as printed."""
    path = corpus("html/kingston_north-kingston-nc_2026-01-15_ieListDocuments_agenda.html")
    assert stored(path.read_bytes()) == [("Bass", "60.", "60.")]


def prefixed(numbers: list[str], declaration: str) -> bytes:
    """Minutes whose items are numbered as ``numbers`` (a clerk's "16/01/1" = year, month, item), one declaration."""
    titles = ["Public forum", "Apologies for absence", "Declarations of interest", "Highways", "Cemetery", "Planning"]
    lines = [
        "ASHCOMBE PARVA PARISH COUNCIL",
        "Minutes of a meeting of the above Council held on Tuesday 5th January 2016 at 7.30pm in the Reading Room.",
        "Present: Cllr E Frost (Chair), Cllr F Gale, Cllr G Hale and Mr H Irwin (Clerk)",
    ]
    for n, number in enumerate(numbers):
        body = declaration if titles[n] == "Declarations of interest" else "The item was discussed."
        lines += [f"{number} {titles[n]}", body]
    return ("\n".join(lines) + "\n").encode()


@pytest.mark.parametrize(
    "numbers, expected",
    [
        (["16/01/7", "16/01/8", "16/01/9", "16/01/10", "16/01/11", "16/01/12"], "16/01/11"),  # one prefix: "Item 11" is 16/01/11
        (["16/01/1", "16/01/2", "16/01/3", "16/01/4", "16/01/5", "16/01/6"], None),  # no item 11 under the prefix
    ],
    ids=["prefixed-item-held", "prefixed-item-absent"],
)
def test_a_bare_item_number_names_the_item_whose_last_part_it_is(numbers, expected):
    data = prefixed(numbers, "Cllr G Hale declared a pecuniary interest in Item 11 as the applicant's neighbour.")
    assert [linked for _, _, linked in stored(data)] == [expected]
