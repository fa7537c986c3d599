"""An agenda line's title that wraps onto the next line with no page range after it (pipeline/outline/agenda_pack.py)."""

import pytest

from pipeline.outline.agenda_pack import _wraps_without_pages
from pipeline.parse import parse_document
from tests.conftest import SHARED, needs_shared


@pytest.mark.parametrize(
    "title, description, wraps",
    [
        ("Declarations of Disclosable Pecuniary Interests or Other", "Significant Interests in items on the agenda", True),
        ("Apologies for Absence", "Members unable to attend", False),  # a short title did not run out of width
        ("Declarations of Disclosable Pecuniary Interests or Other", "To receive any declarations of interest", False),  # a description
        ("Declarations of Disclosable Pecuniary Interests or Other", "Members are reminded to declare.", False),  # a sentence
        ("Declarations of Disclosable Pecuniary Interests or Other", "Members are reminded\nto declare any interest", False),  # two lines
    ],
)
def test_a_long_title_wraps_onto_one_short_line(title, description, wraps):
    assert _wraps_without_pages(title, description) is wraps


@needs_shared
def test_the_kent_frontsheets_declarations_item():
    path = SHARED / "corpus/pdf/kent_county-council_2025-03-13_agenda-frontsheet.pdf"
    titles = {i.number: i.title for i in parse_document(path.read_bytes(), str(path), {}).records["agenda_items"]}
    assert titles["2"] == "Declarations of Disclosable Pecuniary Interests or Other Significant Interests in items on the agenda"
    assert titles["1"] == "Apologies for Absence"
