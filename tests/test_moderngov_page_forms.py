"""ModernGov "Agenda and minutes" pages saved as text, in the forms other councils' sites give them (issue 14).

The council's name may stand above the page's heading, and items may carry the
council's own minute numbers ("77/21") instead of "123.". Texts invented in
those forms.
"""

from __future__ import annotations

import pytest

from extractors import vocab
from pipeline.parse import parse_document

PAGE = """{top}Agenda and minutes

Venue: Committee Room 2, Civic Offices

Contact: Ann Holt on 01234 567890

Items
No. Item

{first}

Apologies for Absence

Minutes:

There were none.

{second}

Declarations of Interest

Minutes:

Councillor Dean declared a personal interest in item {second}.
"""


@pytest.mark.parametrize(
    "top, first, second",
    [
        ("", "248.", "249."),
        ("Ashby District Council\n", "248.", "249."),  # the council's name above the heading
        ("", "77/21", "78/21"),  # the council's own minute numbers
        ("Ashby District Council\n", "CAB 12/21", "CAB 13/21"),
    ],
)
def test_the_items_of_a_moderngov_page(top, first, second):
    result = parse_document(PAGE.format(top=top, first=first, second=second).encode(), "page.txt", {})
    assert result.document.kind == "minutes_page"
    assert [(i.number, i.title) for i in result.records["agenda_items"]] == [(first, "Apologies for Absence"), (second, "Declarations of Interest")]


@pytest.mark.parametrize("line, is_number", [("248.", True), ("77/21", True), ("CAB 12/21", True), ("PC45", True), ("2021", False), ("Page 3", False), ("3", False)])
def test_an_item_number_alone_on_its_line(line, is_number):
    assert bool(vocab.regex("layout", "items.number_line").match(line)) is is_number
