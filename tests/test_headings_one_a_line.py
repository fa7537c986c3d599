"""Headings in minutes printed one paragraph a line (a web page's text, an excerpt): bare headings of standard
business in sentence case, attendance lists before them, a list that restarts its numbers inside the last item, an
attendance label run into its names. Every text is invented, each in a form councils print."""

import pytest

from pipeline.parse import parse_document
from pipeline.outline.titles import title_cut


def _items(text: str) -> list[tuple[str | None, str | None]]:
    return [(i.number and i.number.rstrip("."), i.title) for i in parse_document(text.encode(), "minutes.txt", {}).records["agenda_items"]]


PRESENT_ONE_A_LINE = "Present\nRuth Carew (Chair)\nOwen Lusk\nPeter Dray (Clerk)\nApologies\nMia Tallis\n"
PRESENT_LABELLED = "Minutes of the Meeting held on Monday 3 March 2025\nPresent: Councillors Carew, Lusk and Dray.\nApologies for absence: Councillor Tallis\n"


@pytest.mark.parametrize(
    "headings",
    [
        ["Minutes", "Matters arising"],
        ["Minutes of last meeting", "Matters arising"],
        ["Minutes of the previous meeting", "Finance"],
        ["Matters arising from the minutes", "Correspondence"],
    ],
)
def test_sentence_case_headings_of_standard_business_one_a_line(headings):
    """Under names listed one a line ("Present" / "Ruth Carew (Chair)" ... "Apologies" / "Mia Tallis"), in text that
    keeps a paragraph a line, the bare lines of standard business head the items."""
    head = PRESENT_ONE_A_LINE
    body = (
        f"{headings[0]}\nThe minutes of the meeting held on 2nd February 2025 were agreed by all and signed by the Chair, "
        "after the Clerk had corrected the spelling of the new footpath officer's name and the date of the litter pick.\n"
        f"{headings[1]}\n- A letter from the bus company was read, in which the company said that the number 7 service "
        "would run every hour from April, and that the stop by the church would be moved to the green for the summer.\n"
        "- The bench will be repaired by the Clerk.\n- The Chair will write to the school.\n"
    )  # one paragraph a line: lines of any length, no measure
    assert [t for _, t in _items(head + body)] == headings


@pytest.mark.parametrize(
    "line",
    ["No declarations of interest given", "The accounts were approved", "Finance Report                  No change"],
)
def test_a_statement_or_a_table_row_is_no_heading(line):
    text = PRESENT_LABELLED + "Minutes\nThe minutes were agreed.\n\n" + line + "\n\nCorrespondence\nA letter was read.\n"
    assert line not in [t for _, t in _items(text)]


def test_a_section_label_over_the_first_heading_is_not_an_item():
    text = PRESENT_LABELLED + (
        "Minutes of last meeting\nThese were read and approved.\nAgenda Items\nTree Planting in the Churchyard\n"
        "Councillor Lusk reported that the saplings had arrived and would be planted in March.\n"
        "Bus Shelter\nThe Clerk reported that the glazing had been replaced at a cost of two hundred pounds.\n"
    )
    assert [t for _, t in _items(text)] == ["Minutes of last meeting", "Tree Planting in the Churchyard", "Bus Shelter"]


@pytest.mark.parametrize("form", ["{n}. {t}", "{n}) {t}", "({n}) {t}"])
def test_a_list_restarting_its_numbers_in_the_last_item_is_not_items(form):
    titles = ["Apologies for absence", "Declarations of interest", "Minutes", "Planning", "Finance"]
    payments = ["Village hall hire – £10.00", "Internal audit – £80.00", "Planters – £68.44"]
    text = PRESENT_LABELLED + "\n".join(form.format(n=n, t=t) for n, t in enumerate(titles, 1)) + "\n"
    text += "The following payments were approved:\n" + "\n".join(form.format(n=n, t=t) for n, t in enumerate(payments, 1)) + "\n"
    assert [t for _, t in _items(text)] == titles


@pytest.mark.parametrize(
    "rest, title",
    [
        ("PRESENT Mayor Cllr. Ann Pell; Deputy-Mayor Cllr Tom Reddy; Cllr Joan Ashe", "PRESENT"),
        ("Present Chairman Cllr Ann Pell, Cllr Tom Reddy", "Present"),
        ("Apologies Councillor T Reddy", "Apologies"),
        ("In attendance Cllr Ann Pell, Mr Tom Reddy", "In attendance"),
        ("Chair's Business Councillor Ashe requested that the hall be painted.", "Chair's Business"),
    ],
)
def test_an_attendance_label_run_into_its_names(rest, title):
    assert rest[: title_cut(rest)].strip() == title
