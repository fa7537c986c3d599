"""Declarations in the general forms first seen in check6 (session 8), each covered in the other ways councils write it.

Every case is a small minutes document written for the test (invented council, names and words) in the numbered
layout the printed-minutes outliner reads, or with no numbered items at all; the real reader, outliner and extractors
run on it (``parse_document``). Rows are compared as (name as the people stage links it, interest type, the number of
the item the declaration concerns, a trailing full stop dropped); the meeting's ``declarations_none`` as the link step
sets it.

The classes (MISSES.md at the top of the repository lists the documents they came from):

- **Nobody declared, in other words or under another label**: "Register of Interest – None" on a line of its own,
  "No issues were raised." under the declarations item, an item titled "Matters of Interest on Agenda as per Code of
  Conduct" whose answer a PDF print puts on the next line.
- **No declaration on an item where members declare**: a declaration naming a planning application is not linked to
  "Declarations of lobbying (... the planning process ...)" by that item's word "planning".
"""

from __future__ import annotations

import pytest

from extractors.registry import registered

registered()

from extractors.declarations.members import by_key  # noqa: E402
from tests.test_declarations_other_layouts import read  # noqa: E402

_TOP = (
    "ASHCOMBE MAGNA PARISH COUNCIL\nMinutes of a meeting of the above Council held on Tuesday 3rd March 2026 at 7.30pm in the Old School.\n"
    "Present: Cllr A Lee (Chair), Cllr B Khan, Cllr C Owen and Mrs D Price (Clerk)\n"
)


def minutes(declarations: str, heading: str = "302. Declarations of interest") -> bytes:
    """The declarations under the item's heading (on its line when ``heading`` ends with a space)."""
    sep = "" if heading.endswith(" ") else "\n"
    return (
        _TOP
        + "301. Apologies for absence: None.\n"
        + f"{heading}{sep}{declarations}\n"
        + "303. Minutes of the previous meeting: Approved and signed as correct.\n"
        + "304. Planning applications: Two applications were considered.\n"
        + "305. Allotments: The allotment rents were reviewed.\n"
    ).encode()


def unnumbered(block: str) -> bytes:
    """Minutes with no numbered items: the lines of ``block`` after the attendance lines."""
    return (
        "Minutes of the meeting of Ashcombe Magna Community Council held on Thursday 5th March 2026 at 7pm.\n\n"
        "Councillors present: A Lee; B Khan; C Owen (Chair)\n"
        "In attendance: Mrs D Price (Clerk)\n"
        f"{block}\n\n"
        "Chair's Welcome\nThe Chair welcomed everyone to the meeting.\n\n"
        "Minutes of the meeting held on 5th February 2026 were agreed as a true record.\n"
    ).encode()


# The declarations item's minutes say nobody declared, in other words than "declared".
NONE_IN_OTHER_WORDS_CASES = [
    "No issues were raised.",
    "No matters were raised.",
    "No issues raised",
    "Nothing was raised.",
    "None raised.",
    "No declarations were put forward.",
    "No DPIs were declared.",
    "No interests declared.",
    "Members' interests – none.",
]


@pytest.mark.parametrize("said", NONE_IN_OTHER_WORDS_CASES)
def test_nobody_declared_in_other_words(said):
    assert read(minutes(said)) == ([], True)


# A label line of its own (no numbered items), the answer after a dash or a colon.
NONE_ON_A_LABEL_LINE_CASES = [
    "Register of Interest – None",
    "Register of Interests - none.",
    "Register of Members' Interests: None",
    "Declarations of Interest – Nil",
    "Declarations of interest - None",
    "Disclosures of Interest—None",
    "Declarations of Interest. None.",
    "Interests: None",
    "Members' interests – nil",
    "No declarations received.",
    "No DPIs were declared",
]


@pytest.mark.parametrize("line", NONE_ON_A_LABEL_LINE_CASES)
def test_a_label_line_answered_none(line):
    assert read(unnumbered(line)) == ([], True)


def test_a_label_line_whose_none_opens_a_sentence_is_not_the_answer():
    """ "- none of the members present ..." is a sentence whose end says what happened, not the answer "None"."""
    assert read(unnumbered("Declarations of Interest – none of the members present had been sent the papers."))[1] is not True


# The declarations item titled without "declaration"; the answer on the heading's line or, as a PDF print breaks it, on
# the next line (then it is the item's minutes, not its heading).
TITLED_OTHERWISE_CASES = [
    ("302. Matters of Interest on Agenda as per Code of Conduct –", "None declared."),
    ("302. Matters of Interest on Agenda as per Code of Conduct – ", "None declared."),
    ("302. Register of Members' Interests", "None."),
    ("302. Register of Interests:", "Nil"),
    ("302. Interests in items on the agenda", "There were none."),
    ("302. Members' interests relating to the agenda", "None received."),
]


@pytest.mark.parametrize("heading, said", TITLED_OTHERWISE_CASES)
def test_the_declarations_item_titled_otherwise(heading, said):
    assert read(minutes(said, heading=heading)) == ([], True)


# An item where members declare (lobbying, gifts) is no item a declaration is ON, whatever business its title names.
DECLARING_ITEMS = [
    "302. DECLARATIONS OF LOBBYING (IN ACCORDANCE WITH THE PROTOCOL FOR MEMBERS TAKING PART IN THE PLANNING PROCESS)",
    "302. Declarations of lobbying on planning matters",
    "302. Disclosures of gifts and hospitality (planning committee members)",
]


@pytest.mark.parametrize("heading", DECLARING_ITEMS)
def test_no_declaration_is_linked_to_an_item_where_members_declare(heading):
    data = (
        _TOP
        + "301. Declarations of interest\nCouncillor Mrs Khan declared a personal interest with reference to application 26/00412 as she was "
        "related to the applicant.\n"
        + f"{heading}\nNo declarations of lobbying were made.\n"
        + "303. Allotments: The allotment rents were reviewed.\n"
    ).encode()
    assert read(data) == ([("B Khan", "personal", None)], False)


def test_a_planning_item_still_takes_the_declaration_that_names_an_application():
    """The subject link stands where a real planning item is the one item about planning."""
    data = (
        _TOP
        + "301. Declarations of interest\nCouncillor Mrs Khan declared a personal interest with reference to application 26/00412 as she was "
        "related to the applicant.\n"
        + "302. DECLARATIONS OF LOBBYING\nNo declarations of lobbying were made.\n"
        + "303. Planning applications: One application was considered.\n"
    ).encode()
    assert read(data) == ([("B Khan", "personal", "303")], False)


# The members as a group the sentence's subject, their names AFTER the verb phrase: after a colon, a dash or in brackets at
# the sentence's end, or on the lines below a sentence ending with a colon; the kind may carry a comma inside it.
NAMED_AFTER_THE_VERB_CASES = [
    ("The following members appointed by Westshire County Council declared a personal, non-prejudicial interest in item 304 "
     "(Planning applications) in light of two sites being owned by the County Council:  Cllr A Lee and Cllr B Khan.",
     [("A Lee", "personal", "304"), ("B Khan", "personal", "304")]),
    ("The following Members declared a personal interest in item 305: Councillor Owen and Councillor Khan.",
     [("C Owen", "personal", "305"), ("B Khan", "personal", "305")]),
    ("Two councillors declared a pecuniary interest in Item 305 – Cllrs C Owen and B Khan",
     [("C Owen", "pecuniary", "305"), ("B Khan", "pecuniary", "305")]),
    ("Members declared a personal but not prejudicial interest in item 304 (Councillors Lee and Owen).",
     [("A Lee", "personal", "304"), ("C Owen", "personal", "304")]),
    ("Several members declared an interest in item 305 - Cllr Lee, Cllr Khan and Cllr Owen",
     [("A Lee", None, "305"), ("B Khan", None, "305"), ("C Owen", None, "305")]),
    # PDF line breaks inside the sentence and the names
    ("The following members declared a\npersonal, non-prejudicial interest in item 304 as members of the\nhall committee: Cllr A Lee and\nCllr C Owen.",
     [("A Lee", "personal", "304"), ("C Owen", "personal", "304")]),
    # the names one a line below, bulleted or not
    ("The following declared an interest in item 305:\n• Cllr A Lee\n• Cllr B Khan",
     [("A Lee", None, "305"), ("B Khan", None, "305")]),
    ("The following Members declared a pecuniary interest in item 304:\n\nCouncillor Lee\nCouncillor Owen",
     [("A Lee", "pecuniary", "304"), ("C Owen", "pecuniary", "304")]),
]


@pytest.mark.parametrize("said, expected", NAMED_AFTER_THE_VERB_CASES)
def test_members_named_after_the_verb(said, expected):
    assert read(minutes(said)) == (expected, False)


# Not a group subject, or words after the colon that are no names: nobody is named after the verb.
NOT_NAMED_AFTER_CASES = [
    "The following members declared a personal interest in item 304: the allotment society and the hall.",
    "The Clerk declared that the accounts were interest free: Cllr Lee asked about it.",
]


@pytest.mark.parametrize("said", NOT_NAMED_AFTER_CASES)
def test_no_members_named_after_the_verb(said):
    assert read(minutes(said))[0] == []


# In the declarations item: entries by several members under one plural title, and a flattened table's rows run on with
# nothing between them; the words after the names an organisation only (no item, no kind of interest).
SEVERAL_MEMBERS_ENTRY_CASES = [
    ("Cllrs A Lee, B Khan – Village Hall Committee", [("A Lee", None, None), ("B Khan", None, None)]),
    ("Councillors Lee and Khan – Ashcombe Allotment Society", [("A Lee", None, None), ("B Khan", None, None)]),
    ("Cllrs A Lee & C Owen: Parish Hall Trust", [("A Lee", None, None), ("C Owen", None, None)]),
    ("Cllrs A Lee, B Khan – Village Hall Committee; Cllr C Owen – Ashcombe Luncheon Club",
     [("A Lee", None, None), ("B Khan", None, None), ("C Owen", None, None)]),
    # a flattened table: rows run on, a comma between name and organisation, the last row's organisation lost
    ("Cllrs A Lee, B Khan, C Owen – School Parents and Friends Association Cllr A Lee, Ashcombe Luncheon Club Cllr C Owen,",
     [("A Lee", None, None), ("B Khan", None, None), ("C Owen", None, None), ("A Lee", None, None), ("C Owen", None, None)]),
    # the same wrapped by a PDF print
    ("Cllrs A Lee, B\nKhan – School Parents and Friends\nAssociation Cllr C Owen, Ashcombe Luncheon Club",
     [("A Lee", None, None), ("B Khan", None, None), ("C Owen", None, None)]),
    # bullets inside the line
    ("• Cllr A Lee – Village Hall Committee • Cllr C Owen – Ashcombe Allotment Society",
     [("A Lee", None, None), ("C Owen", None, None)]),
    # with items and kinds, as before
    ("Cllrs A Lee and B Khan – item 304, personal; Cllr C Owen – item 305, pecuniary",
     [("A Lee", "personal", "304"), ("B Khan", "personal", "304"), ("C Owen", "pecuniary", "305")]),
]


@pytest.mark.parametrize("said, expected", SEVERAL_MEMBERS_ENTRY_CASES)
def test_entries_of_several_members_and_flattened_tables(said, expected):
    assert read(minutes(said)) == (expected, False)


# Sentences in the declarations item that name members with words after a comma are no entries.
NO_ENTRY_CASES = [
    "Cllr Lee, Chairman, reminded members to declare any interests.",
    "The Clerk asked Cllr Owen, the tree warden, to report later.",
    "Cllrs Lee and Khan asked whether the register was up to date.",
]


@pytest.mark.parametrize("said", NO_ENTRY_CASES)
def test_sentences_naming_members_are_no_entries(said):
    assert read(minutes(said))[0] == []


# An unnumbered declarations label inside a paragraph (a header block run on), entries after bullets, a dash or a colon.
LABEL_IN_A_PARAGRAPH_CASES = [
    "Apology • Councillor D Grey. Declarations of Interest • Councillor B Khan – Item 14.1. • Councillor C Owen – Item 9.",
    "Apologies: Cllr D Grey. Declarations of interest: • Cllr B Khan – item 14 • Cllr C Owen – item 9",
    "Declarations of Interest – Cllr B Khan (Item 14). Cllr C Owen (Item 9).",
    "Apology • Councillor D Grey. Declarations of Interest • Councillor B\nKhan – Item 14.1. • Councillor C\nOwen – Item 9.",
    "Declarations of Interest · Cllr B Khan, item 14, personal · Cllr C Owen, item 9, personal",
]


@pytest.mark.parametrize("block", LABEL_IN_A_PARAGRAPH_CASES)
def test_entries_after_a_declarations_label_in_a_paragraph(block):
    rows, none = read(unnumbered(block))
    assert [(name, item) for name, _, item in rows] == [("B Khan", "14"), ("C Owen", "9")] and none is False


def test_members_after_the_declarations_entries_are_not_declarations():
    """ "Chair • Councillor C Owen, Convener." after the entries names the chair; "(for Items 1 to 3)" before the label is
    no item of the entries."""
    block = ("In Attendance • Mrs D Price, Clerk (for Items 1 to 3). Declarations of Interest • Councillor B Khan – Item 14.\n"
             "Chair • Councillor C Owen, Convener.")
    rows, _ = read(unnumbered(block))
    assert [(name, item) for name, _, item in rows] == [("B Khan", "14")]


# A member by the key the attendance line defines in brackets after the name, a key that need not be the name's plain
# initials ("Mark Millmore chairman (MMIL)"), with or without a role between; glued to a colon before it.
KEY_CASES = [
    ("MMIL", "In attendance: Mark Millmore chairman (MMIL), Marc Mohan (MMO) Dawn Arbuthnott (DA)", "Mark Millmore"),
    ("MMO", "In attendance: Mark Millmore chairman (MMIL), Marc Mohan (MMO) Dawn Arbuthnott (DA)", "Marc Mohan"),
    ("JBL", "Present: Jo Bloggs (JBL), Jane Black (JBA)", "Jo Bloggs"),
    ("AVC", "Present: Ann Vale, Clerk (AVC); Tom Reed (TR)", "Ann Vale"),
    ("EW", "Present: Emma Wood vice chair (EW)", "Emma Wood"),
    ("MMIL", "Present: Mark Millmore (MMO)", None),  # the key printed is another
    ("KX", "Present: Kim Lowe (KX)", None),  # no surname initial in the key: not read as a key
]


@pytest.mark.parametrize("initials, text, expected", KEY_CASES)
def test_a_key_in_brackets_after_the_name(initials, text, expected):
    assert by_key(initials, text) == expected


KEYED_DECLARATION_CASES = [
    "• disclosable pecuniary interests:PJOW declares an interest in item 304 planning app 26/0101 land at Mill Lane.",
    "PJOW declared an interest in item 304.",
    "• PJOW: item 304, planning application at Mill Lane",
    "PJOW – item 304 planning app 26/0101",
]


@pytest.mark.parametrize("said", KEYED_DECLARATION_CASES)
def test_a_declaration_by_a_key_the_attendance_line_defines(said):
    data = minutes(said).replace(
        b"Present: Cllr A Lee (Chair), Cllr B Khan, Cllr C Owen and Mrs D Price (Clerk)",
        b"In attendance: Paul Jowett chairman (PJOW), Alan Lee (AL) Beth Khan (BK)\nPresent: Mrs D Price (Clerk)",
    )
    assert read(data) == ([("Paul Jowett", None, "304")], False)


# Entries listed by the item, the members after it, wrapped across lines as a PDF prints them.
BY_ITEM_WRAPPED_CASES = [
    "Declarations of Interest were conveyed as follows: Agenda Item 304: Planning applications - Councillor Lee; Agenda Item 305:\n"
    "Allotments -\nCouncillors Khan and\nOwen; and Agenda Item 303: Minutes - Clerk.",
    "Interests were declared as follows: Agenda Item 304: Planning applications - Councillor\nLee; Agenda Item 305: Allotments -"
    " Councillors Khan, Owen",
    "Item 304 (Planning applications) – Cllr Lee;\nItem 305 (Allotments) – Cllrs Khan and\nOwen",
]


@pytest.mark.parametrize("said", BY_ITEM_WRAPPED_CASES)
def test_entries_by_item_wrapped_across_lines(said):
    assert read(minutes(said)) == ([("A Lee", None, "304"), ("B Khan", None, "305"), ("C Owen", None, "305")], False)


# In the passive, several members after "declared by" / "received from", each with an item of their own.
DECLARED_BY_EACH_CASES = [
    ("Interests were declared by Cllr Lee (item 304) and Cllr Khan (item 305).", [("A Lee", None, "304"), ("B Khan", None, "305")]),
    ("Personal interests were declared by Cllr Lee, item 304, and Cllr Khan, item 305.",
     [("A Lee", "personal", "304"), ("B Khan", "personal", "305")]),
    ("Declarations of interest were made by Cllr Lee (item 304), Cllr Khan (item 305) and Cllr Owen (item 304).",
     [("A Lee", None, "304"), ("B Khan", None, "305"), ("C Owen", None, "304")]),
    ("Declarations of interest were received from Councillor Lee (Item 304) &\nCouncillor Owen (Item 305).",
     [("A Lee", None, "304"), ("C Owen", None, "305")]),
    # one item for all: read as before
    ("Declarations of interest were received from Cllrs Lee and Khan (item 304).", [("A Lee", None, "304"), ("B Khan", None, "304")]),
    ("Interests were declared by Cllr Lee and Cllr Khan in item 305.", [("A Lee", None, "305"), ("B Khan", None, "305")]),
]


@pytest.mark.parametrize("said, expected", DECLARED_BY_EACH_CASES)
def test_several_members_after_declared_by_each_with_an_item(said, expected):
    assert read(minutes(said)) == (expected, False)


def test_the_verb_in_the_present_participle():
    """ "... with Cllr Lee declaring a personal interest in item 304": the declaration the sentence reports."""
    assert read(minutes("The item was taken first, with Cllr Lee declaring a personal interest in item 304.")) == ([("A Lee", "personal", "304")], False)
