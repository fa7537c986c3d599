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


NONE_CASES = ["None.", "There were none.", "No declarations were made.", "No declarations of interest.", "Nil.", "None declared.", "No declarations of interest given",
              "There were no declarations.", "None received."]


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


def minutes_under_heading(declarations: str, heading: str = "202. Declarations of interest") -> bytes:
    """The declarations on lines of their own under the item's heading (the heading line may carry the answer)."""
    return (
        _TOP
        + "201. Apologies for absence: None.\n"
        + (f"{heading}\n{declarations}\n" if declarations else f"{heading}\n")
        + "203. Minutes of the previous meeting: Approved and signed as correct.\n"
        + "204. Planning applications: Two applications were considered.\n"
        + "205. Allotments: The allotment rents were reviewed.\n"
    ).encode()


LISTED_CASES = [
    # a list entry with no verb: the member, a dash, the item and what the interest is
    ("Cllr Khan – item 205, member of the allotment society", [("B Khan", None, "205.")]),
    ("Cllr Owen: item 204 – non-pecuniary interest (neighbour of the applicant)", [("C Owen", "non-pecuniary", "204.")]),
    ("Cllr Owen, item 205, personal interest.", [("C Owen", "personal", "205.")]),
    ("Cllr Khan – Item 205 – Personal\nCllr Owen – Item 204 – Pecuniary", [("B Khan", "personal", "205."), ("C Owen", "pecuniary", "204.")]),
    # a table's rows: the items' numbers, the member, the kind of interest, in columns
    ("Item      Member              Interest\n204       Cllr Owen           Personal Interest\n204 & 205   Cllr Khan        Disclosable Pecuniary Interest",
     [("C Owen", "personal", "204."), ("B Khan", "disclosable pecuniary", "204."), ("B Khan", "disclosable pecuniary", "205.")]),
    # other verbs under the declarations heading
    ("Cllr Owen spoke to express a pecuniary interest in item 204.", [("C Owen", "pecuniary", "204.")]),
    ("Cllr Owen stated that she had a personal interest in item 205 as a plot holder.", [("C Owen", "personal", "205.")]),
    ("Cllr Khan has a pecuniary interest in item 204 and will leave the meeting.", [("B Khan", "pecuniary", "204.")]),
    ("Cllr Khan wished to declare a personal interest in item 205.", [("B Khan", "personal", "205.")]),
    # the item before the member; the item in brackets after the member's name; a line broken at "non-"
    ("Item 205: Cllr Khan declared a personal interest.", [("B Khan", "personal", "205.")]),
    ("Cllr Khan (item 205) – member of the allotment society", [("B Khan", None, "205.")]),
    ("Cllr Owen declared a non- pecuniary interest in item 204.", [("C Owen", "non-pecuniary", "204.")]),
    ("Cllr Owen declared a non-prejudicial interest in item 204.", [("C Owen", "personal", "204.")]),
    # the passive with "declaration(s) of interest" as the subject
    ("A declaration of interest was made by Cllr Owen in item 204.", [("C Owen", None, "204.")]),
    ("Declarations of interest were received from Cllr Khan (item 205).", [("B Khan", None, "205.")]),
    # Welsh minutes' "personal but not prejudicial"; a word between the member and the verb; the chair named in apposition
    ("Cllr Owen declared a personal but not prejudicial interest in item 204 as a county councillor.", [("C Owen", "personal", "204.")]),
    ("Cllr Owen similarly declared a prejudicial interest in item 204.", [("C Owen", "prejudicial", "204.")]),
    ("Councillors Khan and Owen all declared prejudicial interests in item 205 as plot holders.",
     [("B Khan", "prejudicial", "205."), ("C Owen", "prejudicial", "205.")]),
    ("The Chair, Councillor Lee, declared a personal interest in agenda item 205 (Allotments).", [("A Lee", "personal", "205.")]),
    # a table with the member first, then the item, then the kind; a flattened table's row, the kind straight after the name
    ("Member            Item     Interest\nCllr Owen         204      Personal\nCllr Khan         205      Pecuniary",
     [("C Owen", "personal", "204."), ("B Khan", "pecuniary", "205.")]),
    ("Cllr Lee Personal interest in item 205 (Allotments) as a plot holder.", [("A Lee", "personal", "205.")]),
    # the kind as its initials
    ("Cllr Khan had a DPI for item 204 and declared this at the start of the meeting.", [("B Khan", "disclosable pecuniary", "204.")]),
    ("Cllr Khan declared a DPI in item 204.", [("B Khan", "disclosable pecuniary", "204.")]),
    # "a similar interest": the item and kind of the declaration before
    ("Cllr Owen declared a personal interest in item 204 as a member of the society. Cllr Khan declared a similar interest.",
     [("C Owen", "personal", "204."), ("B Khan", "personal", "204.")]),
]


@pytest.mark.parametrize("said, expected", LISTED_CASES)
def test_declarations_listed_or_worded_otherwise_under_the_heading(said, expected):
    assert read(minutes_under_heading(said)) == (expected, False)


@pytest.mark.parametrize(
    "said, heading",
    [
        ("No conflicts of interest reported.", "202. Declaration of any Conflicts of Interest to Agenda Items"),
        ("There were no interests received.", "202. To receive declarations of interest on any item on the agenda"),
        ("No pecuniary interests declared.", "202. Declarations of interest"),
        ("", "202. Declarations of Interest – none"),  # the answer on the heading line, no minutes under it
        ("", "202. Declarations of interest - None declared."),
        ("All councillors present signed the register and declared no interests.", "202. Declarations of interest"),
        ("The councillors confirmed that they had no personal interests in items on the agenda.", "202. To receive declarations of interest"),
        ("There were no requests for dispensations or declarations of pecuniary or personal interests.", "202. Declarations of interest and dispensations"),
        ("There were no items on the agenda that would require members to declare personal or pecuniary interests.", "202. Declarations of interest"),
        ("", "202. Matters of Interest on the Agenda as per the Code of Conduct – None declared."),  # the answer after a dash
        ("Members were reminded of the code. None of the councillors present declared an interest in the items.", "202. Declarations of interest"),
        ("Members are asked to declare any interests they may have.\nMinutes:\nNone.", "202. Declarations of interest"),  # a page printed to PDF
        ("None.", "202. Datgan Buddiannau"),  # the Welsh heading alone
    ],
)
def test_nobody_declared_in_other_words(said, heading):
    assert read(minutes_under_heading(said, heading)) == ([], True)


ITEM_ELSEWHERE_CASES = [
    # a line naming the item, the declarations about it below
    ("Item 204 – Planning applications\n\nCllr Khan declared a pecuniary interest as the applicant and left the meeting.\n\n"
     "Cllr Owen declared a personal interest as a neighbour.\n\nItem 205: Allotments\n\nCllr Lee declared a personal interest as a plot holder.",
     [("B Khan", "pecuniary", "204."), ("C Owen", "personal", "204."), ("A Lee", "personal", "205.")]),
    # "in the same item" as the declaration before
    ("Cllr Khan declared a prejudicial interest in agenda item 204. Cllr Owen declared a personal interest in the same item as a neighbour.",
     [("B Khan", "prejudicial", "204."), ("C Owen", "personal", "204.")]),
    # "(minute no. 204 refers)" at the end; the item's minute named before the member
    ("Cllr Khan declared a personal interest in this matter by virtue of being a trustee (minute no. 204 (b) refers).",
     [("B Khan", "personal", "204.")]),
    ("During discussion of the motion (minute no. 205 refers), Cllr Lee declared a personal interest in the item as a plot holder.",
     [("A Lee", "personal", "205.")]),
    # the item named at the start of the sentence, "the item" after the verb
    ("Prior to consideration of agenda item 205, Allotments, Cllr Lee declared a personal interest in the item as a plot holder.",
     [("A Lee", "personal", "205.")]),
    # the item's number as a bullet's label, a full stop after it
    ("• Agenda Item 205. Cllr Owen declared a personal interest in relation to her allotment.", [("C Owen", "personal", "205.")]),
    # sub-items of one item: one declaration on the item that holds them
    ("Cllr Owen declared a personal interest in agenda item 205(2) (Allotment rents) as a plot holder.\n"
     "Cllr Owen declared a personal interest in agenda item 205(4) (Allotment water) as a plot holder.", [("C Owen", "personal", "205.")]),
    # a lead-in naming the item, the declarations listed after it
    ("A number of councillors declared an interest in Item 205 – Allotments as follows:\n\nCllr Owen declared a personal interest as a plot "
     "holder.\n\nCllr Khan declared a pecuniary interest as the society's treasurer.", [("C Owen", "personal", "205."), ("B Khan", "pecuniary", "205.")]),
]


@pytest.mark.parametrize("said, expected", ITEM_ELSEWHERE_CASES)
def test_the_item_named_elsewhere_than_in_the_declaration(said, expected):
    rows, none = read(minutes_under_heading(said))
    # the outline may take "Item 204 – ..." for an item of its own: the printed number is what is compared
    assert ([(n, t, (i or "").rstrip(".")) for n, t, i in rows], none) == ([(n, t, i.rstrip(".")) for n, t, i in expected], False)


@pytest.mark.parametrize(
    "said, heading, expected",
    [
        # the business named, not the item: the one item whose title names that business
        ("Cllr Khan declared a personal interest in the planning application for Mill Farm as a neighbour.", "202. Declarations of interest",
         ([("B Khan", "personal", "204.")], False)),
        # a parish's terse note on the heading line: the member's name without a title, then what it concerns
        ("", "202. Members Declaration of Interest – Cara Owen planning application in New Road", ([("Cara Owen", None, "204.")], False)),
        # a name and words that tell of no interest, no item and no business: nothing
        ("Tom Jones asked whether members had read the code.", "202. Declarations of interest", ([], None)),
    ],
)
def test_a_declaration_on_the_business_an_item_is_about(said, heading, expected):
    assert read(minutes_under_heading(said, heading)) == expected


def test_a_bare_name_is_a_declaration_only_under_the_declarations_heading():
    """Near a declarations item but under another one, a line starting with a name is minutes, not a declaration."""
    later = "Cllr Lee declared a personal interest in this item.\nJohn Smith planning application at Mill Farm was supported."
    assert read(minutes("None.", later=later)) == ([("A Lee", "personal", "204.")], False)


def test_one_member_declaring_on_two_items_for_the_same_reason_is_two_declarations():
    said = ("Cllr Khan declared a personal interest in agenda item 204 as he is a plot holder.\n"
            "Cllr Khan declared a personal interest in agenda item 205 as he is a plot holder.")
    assert read(minutes_under_heading(said)) == ([("B Khan", "personal", "204."), ("B Khan", "personal", "205.")], False)


def test_a_declaration_made_later_under_the_item_concerned():
    rows, none = read(minutes("None.", later="Cllr Lee declared a pecuniary interest in this item and left the meeting."))
    assert rows == [("A Lee", "pecuniary", "204.")] and none is False


CORPUS2 = SHARED / "corpus2" / "text"


@needs_shared
def test_west_dereham_councillors_confirming_they_had_no_interests_is_none_declared():
    """The declarations item reads "The Parish Councillors confirmed that they had no personal interests for items ..."."""
    rows, none = read((CORPUS2 / "west-dereham-pc_parish-council_2020-10-01_draft-minutes-virtual.md").read_bytes())
    assert (rows, none) == ([], True)


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


def test_an_unnumbered_declarations_heading_with_none_on_the_next_line():
    data = (
        "EASTWOLD COMMUNITY COUNCIL\nMinutes of the meeting held on Tuesday 13th January 2026 at 7.00pm in the Hall\n"
        "Members Present: Ann Lee, Bilal Khan and Cara Owen\nApologies: Dina Price\n\n"
        "Minutes of December 2025\nThe minutes were approved.\n\nDeclarations of Interest\nNone\n\n"
        "Planning\nNo applications had been received.\n"
    ).encode()
    assert read(data) == ([], True)


@pytest.mark.parametrize(
    "written, is_name",
    [("DB Wilcox", True), ("PCO Lowri Anderson", False), ("RFO Smith", False), ("A Tickle Cllr D Chapman", False), ("AB", False)],
)
def test_initials_run_together_make_a_name_and_a_title_inside_makes_two(written, is_name):
    from extractors.names import is_personal_name

    assert is_personal_name(written) is is_name


def test_a_declaration_by_a_member_written_with_initials_run_together():
    rows, _ = read(minutes_under_heading("Councillor DB Wilcox declared a pecuniary interest in item 204 as the applicant."))
    assert [(n.split()[-1], t, i) for n, t, i in rows] == [("Wilcox", "pecuniary", "204.")]


def test_a_member_declaring_by_initials_is_the_attendee_they_stand_for():
    """Parish minutes that use initials after the present list: "BK and Clerk declared ..." is Cllr B Khan (the clerk,
    unnamed, is not recorded); initials no attendee has are no one."""
    assert read(minutes_under_heading("BK and Clerk declared a personal interest in item 205.")) == ([("B Khan", "personal", "205.")], False)
    assert read(minutes_under_heading("ZZ declared a personal interest in item 205."))[0] == []


def test_initials_match_given_initials_before_initials_with_the_surname():
    from extractors.declarations import by_initials

    assert by_initials("JB", ["Mr JB Adams", "Mrs J Booth"]) == "JB Adams"
    assert by_initials("JB", ["Mrs J Booth", "Mr K Lee"]) == "J Booth"
    assert by_initials("JB", ["Mrs J Booth", "Mr J Brown"]) is None


def test_an_item_heading_that_says_no_declarations_were_made():
    """ "4. No Declarations of Interest made.": the item's own heading is the answer (no "were")."""
    data = (
        _TOP + "201. Apologies for absence: None.\n" + "202. No Declarations of Interest made.\n"
        + "203. Minutes of the previous meeting: Approved and signed as correct.\n" + "204. Allotments: The rents were reviewed.\n"
    ).encode()
    assert read(data) == ([], True)


@pytest.mark.parametrize(
    "said, heading, expected",
    [
        # "in the interests of transparency": a declaration of no named kind, on the item named before the member
        ("In relation to Item 204, Councillor Khan declared in the interests of transparency that he chairs the allotment society.",
         "202. Declarations by Members of Disclosable Pecuniary Interests and Registerable Interests in Matters on this Agenda",
         [("B Khan", None, "204.")]),
        # a heading whose kinds of interest are numbered inside it is the declarations item
        ("Cllr Owen declared a personal interest as a plot holder.", "202. Declarations of i) Disclosable Pecuniary and ii) Personal Interests",
         [("C Owen", "personal", None)]),
    ],
)
def test_declarations_under_headings_worded_otherwise(said, heading, expected):
    assert read(minutes_under_heading(said, heading)) == (expected, False)


def test_an_item_this_excerpt_does_not_hold_is_not_the_declarations_item():
    """ "declared an interest in item 9" of minutes whose items stop at 205's numbering: item "9", not item 202."""
    rows, none = read(minutes_under_heading("Cllr Owen declared an interest in item 9.", "202. Declarations of i) Disclosable Pecuniary and ii) Personal Interests"))
    assert rows == [("C Owen", None, None)] and none is False


def test_a_reference_finishing_the_line_above_is_no_heading():
    """ "... declared a personal interest in" / "item 205, the allotment rents.": one sentence over two lines."""
    said = "As a plot holder, Cllr Owen declared a personal interest in\nitem 205, the allotment rents.\nAs a neighbour, Cllr Owen declared a personal interest in item 204."
    assert read(minutes_under_heading(said)) == ([("C Owen", "personal", "205."), ("C Owen", "personal", "204.")], False)


def test_none_declared_after_the_agendas_words_on_the_items_line():
    """A sub-item of the opening business, the agenda's words and the answer on one line."""
    said = "202.2 COUNCILLORS' INTERESTS To receive declarations of personal or prejudicial interests in relation to any agenda items. None declared"
    assert read(minutes_under_heading(said, "202. Opening business")) == ([], True)


def test_a_members_initials_take_the_one_full_name_the_minutes_write():
    """ "Cllr T Dale declared ..." where the minutes write "Tomos Dale" once (the attendance list has initials only)."""
    data = minutes("Cllr T Dale declared a personal interest in item 204.", later="Mr Tomos Dale was co-opted onto the council.")
    rows, _ = read(data)
    assert rows == [("Tomos Dale", "personal", "204.")]


# Session 7 (check5's councils): declarations listed by the item they concern, the members after it and no verb, one a line
# or parted by semicolons, with and without the item's title, after a lead-in or on the heading's line; a list of entries
# after a lead-in that says declarations follow, whatever the entries' words; "Member Interests" as the heading.
BY_ITEM_CASES = [
    ("Declarations of interest were made as follows: Agenda Item 204: Planning applications - Councillor Owen; "
     "Agenda Item 205: Allotments - Councillors Khan and Lee",
     [("C Owen", None, "204."), ("B Khan", None, "205."), ("A Lee", None, "205.")]),
    ("Item 205 (Allotments) – Cllrs Khan and Owen", [("B Khan", None, "205."), ("C Owen", None, "205.")]),
    ("Item 204: Cllr Lee, Cllr Owen\nMinute 205 – Cllr Khan", [("A Lee", None, "204."), ("C Owen", None, "204."), ("B Khan", None, "205.")]),
    ("Interests were conveyed as follows: ITEM 204 – PLANNING – Cllr Owen.", [("C Owen", None, "204.")]),
    # someone named by office only is no member
    ("Interests were conveyed as follows: Item 204: Planning applications - Councillor Owen; and Item 205: Allotments - Chief Executive",
     [("C Owen", None, "204.")]),
    # entries after a lead-in: declarations whatever their words
    ("The following declarations of interest were made:\nCllr Owen – had worked with the applicant on the plan.\n"
     "Cllr Khan – was asked a question about the allotments.",
     [("C Owen", None, None), ("B Khan", None, None)]),
    ("Interests were declared as follows:\nCouncillor Lee – lives next to the site", [("A Lee", None, None)]),
]


@pytest.mark.parametrize("said, expected", BY_ITEM_CASES)
def test_declarations_listed_by_item_or_after_a_lead_in(said, expected):
    assert read(minutes_under_heading(said)) == (expected, False)


def test_an_entry_with_no_lead_in_and_no_interest_words_is_no_declaration():
    """Without the lead-in, "Cllr Owen – reported on the footpaths" under the heading tells nothing of an interest."""
    assert read(minutes_under_heading("Cllr Owen – reported on the footpaths."))[0] == []


@pytest.mark.parametrize("heading", ["202. MEMBER INTERESTS", "202. Members’ Interests", "202. Councillors' Interests", "202. Member's interests"])
def test_member_interests_is_the_declarations_heading(heading):
    """A declaration made under it is on the item its words name (here by its business), never on the heading's own item."""
    said = "A personal interest was declared by Cllr Owen in Planning Application 24/0001/FUL."
    assert read(minutes_under_heading(said, heading)) == ([("C Owen", "personal", "204.")], False)


def test_declarations_in_minutes_where_no_item_was_found():
    """Minutes whose outline finds no item still declare: each declaration names the item its words name, else none."""
    text = (
        "Minutes of the Meeting of Oakridge Parish Council held on Tuesday 4 March 2025 at 7.30pm in the Village Hall\n\n"
        "Present: Cllr Ann Hale (Chair), Cllr Bob Moss, Cllr Cy Fry\n\n"
        "Cllr Moss declared a pecuniary interest in item 6 as the owner of the land.\n\n"
        "The hedge on Mill Lane was discussed. Cllr Fry declared a personal interest in the allotments.\n"
    )
    result = parse_document(text.encode(), "minutes.txt")
    assert result.records["agenda_items"] == []
    assert [(d.name, d.interest_type, d.item_number) for d in result.records["declarations"]] == [
        ("Bob Moss", "pecuniary", "6"),
        ("Cy Fry", "personal", None),
    ]
    assert result.records["meeting"][0].declarations_none is False
