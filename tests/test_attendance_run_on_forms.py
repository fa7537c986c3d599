"""Attendance written as printed minutes flatten it: run-on lines, labels set in a column of their own, semicolons.

Forms seen in Scottish community councils' and Northern Irish councils' minutes (check4 of issue 14), each written
here in invented words with the variants other councils print: a label in the middle of a flattened line ("... in the
Hall Present: Ann Lee, Chair (AL), ..."), a list that ends where the first item opens on the same line ("... (EM)
Item 1. Welcome"), a label with no colon before a name written with initials ("Other Members Present B J Khan C Owen"),
the member presiding ("Presiding A Lee"), people from outside bodies under their body's name, semicolon lists with an
office after a comma ("G Jack, Vice/Chair; Mrs C Jones, Treasurer"), aldermen and a mayor's style, a member said to be
coming later, and a surname that is a role word ("Councillor Mrs K F Mayor").

The real reader, outliner and extractors run on each document; rows are compared as (name as written, role, status).
"""

from __future__ import annotations

import pytest

from extractors.registry import ExtractionContext, registered, run_extractors

registered()

from pipeline.outline import outline_document  # noqa: E402
from pipeline.readers import read_document  # noqa: E402

_TOP = "ASHCOMBE COMMUNITY COUNCIL\nMinutes of a meeting of the above Council held on Monday 12th January 2026 at 7.00pm in the Village Hall.\n"
_ITEMS = (
    "101. Police Report: No report was received.\n"
    "102. Minutes of the previous meeting: Approved and signed as correct.\n"
    "103. Correspondence: A letter from the school was read out.\n"
)


def rows(head: str, items: str = _ITEMS, top: str = _TOP) -> list[tuple[str, str, str]]:
    """The attendance extractor's rows for minutes made of ``top``, ``head`` and ``items``: (name, role, status)."""
    doc = read_document("r" * 64, "minutes.txt", (top + head.rstrip("\n") + "\n" + items).encode())
    outline = outline_document(doc)
    assert outline is not None and outline.kind in ("printed_minutes", "minutes_page")
    run = run_extractors(ExtractionContext(doc=doc, outline=outline), only={"meeting", "attendance"})
    return [(a.name, a.role, a.status) for a in run.records["attendance"]]


def present(name, role="member"):
    return (name, role, "present")


def apologies(name, role="member"):
    return (name, role, "apologies")


RUN_ON_CASES = [
    # the whole head on one line, as a PDF's text without its line breaks: the label follows the venue, the offices
    # follow the names after a comma, the apologies follow the last name, the first item opens on the same line
    (
        "Ashcombe Hall Present: Ann Lee, Chair (AL), Bilal Khan, Vice Chair (BK), Cara Owen, Treasurer/Secretary (CO), "
        "Dan Price (DP), Eve Moss (EM) Apologies: Fay Grant (FG) Item 1. Welcome and apologies (as above). AL opened the meeting.\n",
        [present("Ann Lee", "chair"), present("Bilal Khan", "vice-chair"), present("Cara Owen"), present("Dan Price"),
         present("Eve Moss"), apologies("Fay Grant")],
    ),
    # the same, the PDF's line broken after the label; a numbered item without the word "Item"
    (
        "in the Ashcombe Hall Present:\nAnn Lee, Chair (AL), Bilal Khan (BK), Cara Owen, Secretary and Treasurer (CO), Dan Price\n"
        "(DP) Apologies: Eve Moss (EM) 1. Welcome from the Chair. AL opened the meeting.\n",
        [present("Ann Lee", "chair"), present("Bilal Khan"), present("Cara Owen"), present("Dan Price"), apologies("Eve Moss")],
    ),
    # "Agenda Item 1:" opening on the apologies' line
    (
        "at the School Present: Cllr Ann Lee, Cllr Bilal Khan, Cllr Cara Owen Apologies: Cllr Dan Price Agenda Item 1: Welcome.\n",
        [present("Cllr Ann Lee"), present("Cllr Bilal Khan"), present("Cllr Cara Owen"), apologies("Cllr Dan Price")],
    ),
]


SEMICOLON_CASES = [
    # no space after the colon, the office after a comma, a stray full stop closing the list
    (
        "PRESENT:A Lee, Chairman; B Khan, Secretary; Mrs C Owen; D Price; .\n"
        "IN ATTENDANCE:Cllr E Moss; Mrs F Grant (Eastfield Residents Association).\n"
        "APOLOGIES:G Hale, Vice/Chair; Mrs H Ives, Treasurer; J Lamb.\n",
        [present("A Lee", "chair"), present("B Khan"), present("Mrs C Owen"), present("D Price"), present("Cllr E Moss", "guest"),
         present("Mrs F Grant", "guest"), apologies("G Hale", "vice-chair"), apologies("Mrs H Ives"), apologies("J Lamb")],
    ),
    # the same with a space after the colon and "Vice Chair" / "Vice-Chairman"
    (
        "Present: A Lee, Vice Chair; B Khan; C Owen.\nApologies: D Price, Vice-Chairman; E Moss.\n",
        [present("A Lee", "vice-chair"), present("B Khan"), present("C Owen"), apologies("D Price", "vice-chair"), apologies("E Moss")],
    ),
]


COLUMN_LABEL_CASES = [
    # Northern Irish printed minutes: the label in a column of its own, flattened onto the names' line, no colon, the
    # names parted only by spaces; the one presiding, then the other members; officers with their jobs in brackets;
    # another body's officer under the body's name
    (
        "Presiding A Lee\n\n"
        "Other Members Present B J Khan C Owen Mrs D E Price Miss F Grant G H Ives\n\n"
        "Officers Present J K Lamb, (Chief Executive) L Moss (Director of Finance) Mrs N Hale (Town Clerk)\n\n"
        "Representatives from Other Bodies in Attendance\n\n"
        "Roads Service: Mr Tom Hale, Network Officer\n",
        [present("A Lee", "chair"), present("B J Khan"), present("C Owen"), present("Mrs D E Price"), present("Miss F Grant"),
         present("G H Ives"), present("J K Lamb", "officer"), present("L Moss", "officer"), present("Mrs N Hale", "officer"),
         present("Mr Tom Hale", "guest")],
    ),
    # "Presiding:" with a colon and a title; "Members Present" and "Apologies" without a colon
    (
        "Presiding: Alderman A Lee\nMembers Present B Khan, C Owen\nApologies D Price\n",
        [present("Alderman A Lee", "chair"), present("B Khan"), present("C Owen"), apologies("D Price")],
    ),
    # after a committee's own list, "Other Members in attendance" are councillors who do not sit on it: guests
    (
        "Present: Cllr A Lee (Chair), Cllr B Khan, Cllr C Owen\nOther Members in attendance: Cllr D Price\n",
        [present("Cllr A Lee (Chair)", "chair"), present("Cllr B Khan"), present("Cllr C Owen"), present("Cllr D Price", "guest")],
    ),
    # outside bodies under another heading
    (
        "Present: Cllr A Lee, Cllr B Khan\nOutside Bodies Represented:\nMs Cara Owen, Housing Officer (Eastfield Homes)\n",
        [present("Cllr A Lee"), present("Cllr B Khan"), present("Ms Cara Owen", "guest")],
    ),
]


STYLE_CASES = [
    # a city's mayor with the style of the office, aldermen under their plural title, councillors under theirs
    (
        "PRESENT: The Right Worshipful the Mayor Councillor A B Lee\n\nAldermen C Khan, D E Owen and F Price\n\n"
        "Councillors G Grant and H Ives\n",
        [present("Councillor A B Lee", "chair"), present("Alderman C Khan"), present("Alderman D E Owen"), present("Alderman F Price"),
         present("Councillor G Grant"), present("Councillor H Ives")],
    ),
    (
        "Present: His Worship the Mayor Cllr A Lee, Cllr B Khan, Cllr C Owen\n",
        [present("Cllr A Lee", "chair"), present("Cllr B Khan"), present("Cllr C Owen")],
    ),
    (
        "Present: The Mayor Councillor A Lee, Councillor B Khan, Councillor C Owen\n",
        [present("Councillor A Lee", "chair"), present("Councillor B Khan"), present("Councillor C Owen")],
    ),
    # a surname that is also a role word
    (
        "Present: Councillor Mrs K F Mayor, Councillor A Lee, Councillor Mayor-Hale\n",
        [present("Councillor Mrs K F Mayor"), present("Councillor A Lee"), present("Councillor Mayor-Hale")],
    ),
    # officers' jobs before their names, one written short
    (
        "Present: Cllr A Lee, Cllr B Khan\nAlso present the Clerk Cara Owen and CDO Dale Moss-Price.\n",
        [present("Cllr A Lee"), present("Cllr B Khan"), present("Cara Owen", "officer"), present("Dale Moss-Price", "officer")],
    ),
    # the clerk's job before her name after "Also Present", no colon
    (
        "Present: Councillors\nA Lee B Khan\nC Owen\nAlso Present Clerk to the Council D Price\n",
        [present("Councillor A Lee"), present("Councillor B Khan"), present("Councillor C Owen"), present("D Price", "officer")],
    ),
]


@pytest.mark.parametrize("head, expected", RUN_ON_CASES + SEMICOLON_CASES + COLUMN_LABEL_CASES + STYLE_CASES)
def test_attendance_as_printed_minutes_flatten_it(head, expected):
    assert rows(head) == expected


COMING_LATE_CASES = [
    ("To consider apologies for absence from Councillors – Councillor E Wilson will be attending in due course.", [present("Councillor E Wilson")]),
    ("Apologies: Cllr D Price. Cllr E Moss would be arriving late.", [apologies("Cllr D Price"), present("Cllr E Moss")]),
    ("Apologies were received from Cllr D Price. Mrs E Moss is running late.", [apologies("Cllr D Price"), present("Mrs E Moss")]),
    ("Apologies: Cllr D Price. Cllr E Moss will join the meeting later.", [apologies("Cllr D Price"), present("Cllr E Moss")]),
    ("Apologies were received from Cllr D Price, who will be attending a training course.", [apologies("Cllr D Price")]),
]


@pytest.mark.parametrize("said, expected", COMING_LATE_CASES)
def test_a_member_said_to_be_coming_later_is_present(said, expected):
    """A member the apologies item says will come later is present (late), not apologising (rows compared in any order)."""
    head = "Present: Cllr A Lee, Cllr B Khan\n"
    items = f"100. {said}\n" + _ITEMS
    assert sorted(rows(head, items)) == sorted([present("Cllr A Lee"), present("Cllr B Khan")] + expected)


def test_a_constable_written_with_a_space_is_the_constable_the_minutes_name_later():
    """ "P C Hale" in the list is the police constable when an item writes "PC Hale"; a full stop after the clerk's job
    parts it from the next name."""
    head = "Present: Cllr A Lee, Cllr B Khan\nIn Attendance: Jo Green, Clerk. P C Hale.\n"
    items = "101. Police Report: PC Hale reported two incidents.\n" + _ITEMS[_ITEMS.index("102.") :]
    assert rows(head, items) == [present("Cllr A Lee"), present("Cllr B Khan"), present("Jo Green", "officer"), present("Hale", "guest")]


def test_initials_that_only_look_like_a_constable_stay_a_name():
    """ "P C Hale" with no "PC Hale" anywhere else: a name written with initials."""
    head = "Present: Cllr A Lee, Cllr B Khan\nIn Attendance: Jo Green, Clerk. P C Hale.\n"
    assert rows(head) == [present("Cllr A Lee"), present("Cllr B Khan"), present("Jo Green", "officer"), present("P C Hale", "guest")]


def test_visitors_present_none_is_no_list():
    """ "Visitors Present: None" holds no one: the "Present:" inside it opens no list of members."""
    head = "Councillors Present\n\nA Lee, B Khan, C Owen\nClerk: Jo Green\n\nVisitors Present: None\n"
    assert rows(head) == [present("A Lee"), present("B Khan"), present("C Owen"), present("Jo Green", "officer")]
