"""Declarations in layouts beyond the one-sentence form: the item named on a line above the entries, an entry opened by
its item, a member's name with the declarations listed under it, a note with no verb, unnamed members declaring.

Each case is a small minutes document written for the test in the numbered-paragraph layout the printed-minutes
outliner reads (invented council, names and words); the real reader, outliner and extractors run on it
(``parse_document``). Rows are compared as (name as the people stage links it, interest type, ``item_number`` - the
number of the item the declaration concerns, whether or not this document holds it), with a trailing full stop
dropped; the meeting's ``declarations_none`` as the link step sets it. The forms were first seen in East Devon
("Min 98. ..." above each entry), Southend (minutes of other bodies under each member), Dorstone ("Declaration of
Interest from Councillor ..."), Leicestershire ("Prof X CC declared ... (minute 28 below)") and Pembrey ("Members
confirmed their usual declarations of interest"); each is covered here in the other ways councils write it.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from extractors.registry import registered

registered()

from extractors.declarations.items import under_shared_prefix  # noqa: E402
from extractors.declarations.members import by_key  # noqa: E402
from pipeline.parse import parse_document  # noqa: E402

_TOP = (
    "WESTERLEIGH PARISH COUNCIL\nMinutes of a meeting of the above Council held on Tuesday 3rd March 2026 at 7.30pm in the Reading Room.\n"
    "Present: Cllr A Lee (Chair), Cllr B Khan, Cllr C Owen and Mrs D Price (Clerk)\n"
)


def minutes(declarations: str, heading: str = "202. Declarations of interest", later: str = "") -> bytes:
    """The declarations on lines of their own under the item's heading; ``later`` in the minutes of item 204."""
    return (
        _TOP
        + "201. Apologies for absence: None.\n"
        + (f"{heading}\n{declarations}\n" if declarations else f"{heading}\n")
        + "203. Minutes of the previous meeting: Approved and signed as correct.\n"
        + f"204. Planning applications: Two applications were considered. {later}\n"
        + "205. Allotments: The allotment rents were reviewed.\n"
    ).encode()


def read(data: bytes) -> tuple[list[tuple], bool | None]:
    result = parse_document(data, "minutes.txt")
    rows = [(d.name, d.interest_type, (d.item_number or "").rstrip(".") or None) for d in result.records["declarations"]]
    meetings = result.records.get("meeting") or []
    return rows, (meetings[0].declarations_none if meetings else "no meeting")


# A line naming the item (its minute number, any label), the declarations about it on the lines below.
ITEM_LINE_ABOVE_CASES = [
    ("Min 61. Village hall lease.\n\nCouncillor Khan, Other Registerable Interest, trustee of the hall.", [("B Khan", "other registrable", "61")]),
    ("Minute 61 – Village hall lease\nCllr Khan, Other Registerable Interest, trustee of the hall.", [("B Khan", "other registrable", "61")]),
    ("MIN. 61 VILLAGE HALL LEASE\nCllr Khan, personal interest, trustee of the hall", [("B Khan", "personal", "61")]),
    ("Minute No. 61: Village hall lease\n\nCllr Khan declared a personal interest as a trustee of the hall.", [("B Khan", "personal", "61")]),
    ("Agenda item 61 - Village hall lease\nCllr Owen declared a pecuniary interest as the tenant.", [("C Owen", "pecuniary", "61")]),
    ("Min. 25/61. Village hall lease.\nCllr Owen, Pecuniary Interest, the tenant.", [("C Owen", "pecuniary", "25/61")]),
    # two items, one member each; the same member under both
    ("Min 61. Village hall lease.\nCllr Khan, Personal Interest, trustee of the hall.\nMin 64. Playing field.\n"
     "Cllr Khan, Personal Interest, trustee of the hall.\nCllr Owen, Pecuniary Interest, neighbour.",
     [("B Khan", "personal", "61"), ("B Khan", "personal", "64"), ("C Owen", "pecuniary", "64")]),
]


@pytest.mark.parametrize("said, expected", ITEM_LINE_ABOVE_CASES)
def test_the_item_named_on_a_line_above_the_entries(said, expected):
    assert read(minutes(said)) == (expected, False)


# The entry opened by the item it concerns, then the member.
ENTRY_OPENED_BY_ITEM_CASES = [
    ("Minute 61. Councillor Khan, Other Registerable Interest, trustee of the hall.", [("B Khan", "other registrable", "61")]),
    ("Item 204 – Cllr Owen – pecuniary interest", [("C Owen", "pecuniary", "204")]),
    ("Min 61: Councillor Owen, Personal Interest, neighbour of the hall", [("C Owen", "personal", "61")]),
    ("• Agenda item 205 - Cllr Khan - personal interest, plot holder", [("B Khan", "personal", "205")]),
]


@pytest.mark.parametrize("said, expected", ENTRY_OPENED_BY_ITEM_CASES)
def test_an_entry_opened_by_the_item_it_concerns(said, expected):
    assert read(minutes(said)) == (expected, False)


# A member's name on a line of its own, that member's declarations listed under it (minutes of other bodies' meetings,
# each line naming a minute and the kind of interest); lines naming neither are the bodies, not declarations.
GROUPED_CASES = [
    ("• Councillor Khan\n\nPlanning Committee held 3rd February 2026\nMinute 55(b) - 26/00012/FUL - Non-pecuniary interest - knows the applicant;\n\n"
     "Cabinet held on 10th February 2026\nMinute 12 - Review of Rents - Personal interest - plot holder;\n\n"
     "Scrutiny Committee held 17th February 2026\nInterest in the referred minutes; a dispensation was granted;\n\n"
     "• Councillor Owen\n\nPlanning Committee held 3rd February 2026\nMinute 55(c) - 26/00020/FUL - Pecuniary interest - owns the land;",
     [("B Khan", "non-pecuniary", "55"), ("B Khan", "personal", "12"), ("B Khan", None, None), ("C Owen", "pecuniary", "55")]),
    # two minutes of one item on one line: one declaration on that item
    ("Cllr Owen:\nMinute 55(h) - 26/00031/FUL & Minute 55(i) - 26/00032/ADV - Personal interest - a neighbour",
     [("C Owen", "personal", "55")]),
    # bulleted entries under a name with a colon, no blank lines
    ("Cllr Khan:\n- Item 7: personal interest, plot holder\n- Item 9: pecuniary interest, owns the shop\nCllr Owen:\n- Item 9: personal interest, customer",
     [("B Khan", "personal", "7"), ("B Khan", "pecuniary", "9"), ("C Owen", "personal", "9")]),
]


@pytest.mark.parametrize("said, expected", GROUPED_CASES)
def test_declarations_listed_under_each_members_name(said, expected):
    assert read(minutes(said)) == (expected, False)


def test_a_members_name_alone_outside_the_declarations_item_is_no_declaration():
    later = "\nCllr Khan\nMinute 12 - Review of Rents - a report was received."
    assert read(minutes("None.", later=later)) == ([], True)


# Several entries with no verb run on in one line, each opened by the member; the columns of a table with pipes or tabs.
RUN_ON_CASES = [
    ("Interests were declared as follows: Cllr Khan (item 204, personal), Cllr Owen (item 205, pecuniary).",
     [("B Khan", "personal", "204"), ("C Owen", "pecuniary", "205")]),
    ("The following declarations of interest were made: Cllr Khan, item 204, personal interest.", [("B Khan", "personal", "204")]),
    ("Members declared the following interests: Cllr Khan – item 204 personal; Cllr Owen – item 205 pecuniary.",
     [("B Khan", "personal", "204"), ("C Owen", "pecuniary", "205")]),
    ("Item 204: Cllr Khan (personal), Cllr Owen (pecuniary)", [("B Khan", "personal", "204"), ("C Owen", "pecuniary", "204")]),
    ("| Member | Item | Interest |\n|---|---|---|\n| Cllr Khan | 204 | Personal – plot holder |\n| Cllr Owen | 205 | Pecuniary |",
     [("B Khan", "personal", "204"), ("C Owen", "pecuniary", "205")]),
    ("Cllr Khan\titem 204\tPersonal interest\nCllr Owen\titem 205\tPecuniary interest", [("B Khan", "personal", "204"), ("C Owen", "pecuniary", "205")]),
    # the kind first, before a dash
    ("Cllr Khan – Personal – item 205, plot holder", [("B Khan", "personal", "205")]),
    # "the same interest" as the member before
    ("Cllr Khan declared a personal interest in item 205 as a plot holder. Cllr Owen declared the same interest.",
     [("B Khan", "personal", "205"), ("C Owen", "personal", "205")]),
]


@pytest.mark.parametrize("said, expected", RUN_ON_CASES)
def test_entries_run_on_in_one_line_or_in_table_columns(said, expected):
    assert read(minutes(said)) == (expected, False)


def test_entries_on_the_line_the_declarations_heading_opens_inside_another_item():
    data = minutes("", heading="202. Apologies and declarations\nApologies: none.\nDeclarations of Interest: Cllr Khan – item 204, personal interest")
    assert read(data) == ([("B Khan", "personal", "204")], False)


@pytest.mark.parametrize(
    "said",
    [
        "Signed the register: Cllr Khan, Cllr Owen, Cllr Lee.\nNone.",  # names with no item and no interest
        "Cllr Lee reminded members of their interests.\nNone.",  # a sentence about interests, no entry
    ],
)
def test_names_that_open_no_entry_are_no_declaration(said):
    assert read(minutes(said)) == ([], True)


# A note with no verb: "Declaration of interest from/by Cllr X ...", "Personal interest declared by Cllr X ...".
NOTE_CASES = [
    ("Declaration of Interest from Councillor Khan on the application by Mr Hart to join the council.", [("B Khan", None, None)]),
    ("Declaration of a personal interest by Cllr Owen in item 204.", [("C Owen", "personal", "204")]),
    ("Pecuniary interest declared by Cllr Khan in item 205.", [("B Khan", "pecuniary", "205")]),
    ("Disclosure of interest from Councillor Owen (item 204) as a neighbour.", [("C Owen", None, "204")]),
]


@pytest.mark.parametrize("said, expected", NOTE_CASES)
def test_a_declaration_written_as_a_note_with_no_verb(said, expected):
    assert read(minutes(said)) == (expected, False)


def test_the_agendas_invitation_to_declare_is_no_declaration():
    assert read(minutes("To receive declarations of interest from Councillors on items on the agenda.\nNone.")) == ([], True)


# The item in brackets at the end; letters after the member's name; another noun for "interest".
OTHER_WORDING_CASES = [
    ("Cllr Owen declared a personal interest in the report on allowances (minute 28 below).", [("C Owen", "personal", "28")]),
    ("Cllr Owen declared a personal interest in the report on allowances (see minute 28).", [("C Owen", "personal", "28")]),
    ("Cllr Owen declared a personal interest in the report on allowances (Min. 28 refers).", [("C Owen", "personal", "28")]),
    ("Prof B Khan CC declared a personal non prejudicial interest in item 204 as a referee for the applicant.", [("B Khan", "personal", "204")]),
    ("Cllr Owen declared a personal but not prejudicial role in item 204 through her work.", [("C Owen", "personal", "204")]),
    ("Cllr Khan declared a pecuniary connection with item 205 as the treasurer.", [("B Khan", "pecuniary", "205")]),
    # a phrase set off by commas between the member and the verb
    ("Councillor Khan, Chair of the Allotment Society, declared a personal interest in item 205.", [("B Khan", "personal", "205")]),
    ("Cllr B Khan, a Trustee of the Village Hall, also declared a personal interest in item 205.", [("B Khan", "personal", "205")]),
    ("Cllr Khan, as a member of the allotment society, declared a personal interest in item 205.", [("B Khan", "personal", "205")]),
]


# Several items named by their business in one declaration: a declaration each (on the item whose title the words name,
# else on no item).
SEVERAL_SUBJECTS_CASES = [
    ("Cllr Khan declared an interest in the items on the village fete and the lottery licence on the basis he was on the fete committee.",
     [("B Khan", None, None), ("B Khan", None, None)]),
    ("Cllr Khan declared an interest in the items on the village fete, the lottery licence and the planning applications as he was on the "
     "fete committee.", [("B Khan", None, None), ("B Khan", None, None), ("B Khan", None, "204")]),
    ("Cllr Owen declared an interest in the item on the lottery licence on the basis she was on the fete committee, and one item of "
     "planning on the basis she knew the applicant.", [("C Owen", None, None), ("C Owen", None, None)]),
    ("Cllr Owen declared an interest in the item on the lottery licence as she sells tickets.", [("C Owen", None, None)]),
]


@pytest.mark.parametrize("said, expected", SEVERAL_SUBJECTS_CASES)
def test_several_items_named_by_their_business(said, expected):
    assert read(minutes(said)) == (expected, False)


@pytest.mark.parametrize("said, expected", OTHER_WORDING_CASES)
def test_other_wordings_of_a_named_declaration(said, expected):
    assert read(minutes(said)) == (expected, False)


# Members declared, but nobody is named: no row, and the meeting did not go without declarations.
UNNAMED_CASES = [
    "Members confirmed their usual declarations of interest.",
    "Councillors restated their standing interests as members of the district council.",
    "All members of the Council declared a personal interest in item 205 as plot holders.",
    "All councillors present declared an interest in item 204.",
]


@pytest.mark.parametrize("said", UNNAMED_CASES)
def test_members_declaring_without_being_named(said):
    assert read(minutes(said)) == ([], False)


def test_all_members_declaring_no_interest_is_none():
    assert read(minutes("All members declared that they had no interests.")) == ([], True)


@pytest.mark.parametrize(
    "said, heading",
    [
        ("None.", "202. To receive declarations of interest."),  # the heading's full stop before the answer
        ("Nil.", "202. Declarations of interest:"),
        ("Nothing declared.", "202. Declarations of interest"),
        ("No Member declared an interest.", "202. Declarations of interest"),
        ("No councillor declared any interest in the items on the agenda.", "202. Declarations of interest"),
        ("Nobody declared an interest.", "202. Declarations of interest"),
        ("Members had no interests to declare.", "202. Declarations of interest"),
        ("No disclosable pecuniary interests or other interests were declared.", "202. Declarations of interest"),
        ("Nothing to declare.", "202. Declarations of interest"),
        ("", "202. COUNCILLORS' INTERESTS To receive declarations of personal or prejudicial interests in relation to any\nAgenda items. None declared"),
    ],
)
def test_none_in_other_words_or_after_the_headings_punctuation(said, heading):
    assert read(minutes(said, heading)) == ([], True)


def test_a_declaration_naming_another_items_number_is_not_put_on_the_item_it_is_minuted_under():
    later = "Cllr Owen declared a personal interest in item 27 as a plot holder."
    assert read(minutes("None.", later=later))[0] == [("C Owen", "personal", "27")]


def test_an_item_named_inside_the_sentence_before_is_not_the_declarations_item():
    """ "... before Item 205. Cllr Owen declared ...": the full stop ends a sentence (only an item's number opening an
    entry, "• Agenda Item 205. Cllr Owen declared", runs on); the declaration is on the item it is minuted under."""
    later = "This item was taken after Item 203 and before Item 205. Cllr Owen declared an interest that her son is the applicant."
    assert read(minutes("None.", later=later))[0] == [("C Owen", None, "204")]


def _items(*numbers):
    return [SimpleNamespace(number_text=n) for n in numbers]


@pytest.mark.parametrize(
    "numbers, named, expected",
    [
        (("16/01/4", "16/01/6"), "11", "16/01/11"),  # minutes numbered under the meeting's year and month
        (("2026.03.2", "2026.03.5"), "9", "2026.03.9"),
        (("16/01/4", "16/01/6"), "11a", None),  # not a bare number
        (("16/01/4",), "11", None),  # one item tells no shared prefix
        (("16/01/4", "16/02/6"), "11", None),
        (("95/20", "96/20"), "11", None),  # a minute and its year: no shared prefix
        (("1.1", "1.2"), "3", None),  # one part before the number is a sub-item's label, not a prefix
        (("4", "5"), "11", None),
        (("16/01/4", "16/01/6"), None, None),
    ],
)
def test_an_item_number_under_the_prefix_every_item_shares(numbers, named, expected):
    assert under_shared_prefix(_items(*numbers), named) == expected


_KEYED_TOP = (
    "WESTERLEIGH PARISH COUNCIL\nMinutes of a meeting of the above Council held on Tuesday 3rd March 2026 at 7.30pm in the Reading Room.\n"
    "Present: Cllr Ann Vale (AV), Cllr Jo Bloggs (JB), Cllr Emma Wood (EW) and Mrs D Price (Clerk)\n"
)


def keyed_minutes(declarations: str) -> bytes:
    """Minutes that write members by the initials their attendance list gives them."""
    return (
        _KEYED_TOP
        + "201. Apologies for absence: None.\n"
        + f"202. Declarations of interest\n{declarations}\n"
        + "203. Minutes of the previous meeting: Approved and signed as correct.\n"
        + "204. Planning applications: Two applications were considered.\n"
        + "205. Allotments: The allotment rents were reviewed.\n"
    ).encode()


@pytest.mark.parametrize(
    "said, expected",
    [
        # entries numbered under the item and run on in one paragraph
        ("2.1 AV – Invoice submitted for the costs under item 205. 2.2 JB – Planning Application 26/0012 Mill Lane",
         [("Ann Vale", None, "205"), ("Jo Bloggs", None, "204")]),
        # the same broken across lines as a PDF prints it, the dash at a line's end
        ("2.1 AV – Invoice submitted for\nthe costs under item 205. 2.2 EW –\nPlanning Application 26/0012 Mill Lane",
         [("Ann Vale", None, "205"), ("Emma Wood", None, "204")]),
        # one a line, bulleted, a colon after the initials
        ("• EW: item 205, personal interest\n• JB: item 204 – pecuniary interest", [("Emma Wood", "personal", "205"), ("Jo Bloggs", "pecuniary", "204")]),
    ],
)
def test_entries_by_members_initials(said, expected):
    assert read(keyed_minutes(said)) == (expected, False)


def test_initials_outside_the_declarations_item_are_no_declaration():
    data = keyed_minutes("None.").replace(b"205. Allotments: The allotment rents were reviewed.", b"205. Allotments\nAV - rents reviewed, no change.")
    assert read(data) == ([], True)


@pytest.mark.parametrize(
    "initials, text, expected",
    [
        ("AV", "Present Jo Bloggs JB Ann Vale AV Emma Wood (Vice-Chairman and Chairman of this meeting) EW Eric Ward EMW", "Ann Vale"),
        ("EW", "Present Jo Bloggs JB Ann Vale AV Emma Wood (Vice-Chairman and Chairman of this meeting) EW Eric Ward EMW", "Emma Wood"),
        ("GLL", "County Cllr. Gareth Lloyd Lewis GLL Diane Roe DR", "Gareth Lloyd Lewis"),
        ("AM", "Councillors present: Cllr. R. Crisp – Chair (RC), Cllr. Alan Moss (AM), Cllr. Frank Eden (FE)", "Alan Moss"),
        ("EW", "Present: Emma Wood (EW), Eric West (EW)", None),  # two members keyed alike: nobody
        ("ZZ", "Present: Emma Wood (EW)", None),
    ],
)
def test_initials_resolved_by_the_key_the_minutes_print(initials, text, expected):
    assert by_key(initials, text) == expected
