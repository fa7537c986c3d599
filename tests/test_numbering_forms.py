"""Numbering forms read through the whole reader: a number before its heading in more shapes ("1/", "18-252"), a
minute number AFTER its heading ("Financial Matters 18-257"), and minute numbers run into one flattened line
("... C30/16 Apologies ... C31/16 Declarations ..."). Each form with invented minutes, in several variants."""

import pytest

from pipeline.parse import parse_document
from tests.test_general_structure import _pdf_of  # the one drawer of bold/plain Helvetica lines

HEAD = "Minutes of the meeting of Ashby Parish Council held on Tuesday 4th March 2025 at 7.30pm in the Old School.\n\n"
TITLES = ["Apologies for Absence", "Declarations of Interest", "Minutes of the last meeting", "Planning"]
BODIES = ["None were received.", "There were none.", "The minutes were approved and signed.", "No applications this month."]


def _items(text: str) -> list[tuple[str | None, str | None]]:
    return [(i.number and i.number.rstrip("."), i.title) for i in parse_document(text.encode(), "minutes.txt", {}).records["agenda_items"]]


LEADING = {
    "1/": (["1/", "2/", "3/", "4/"], ["1", "2", "3", "4"]),
    "1 -": (["1 -", "2 -", "3 -", "4 -"], ["1", "2", "3", "4"]),
    "1 –": (["1 –", "2 –", "3 –", "4 –"], ["1", "2", "3", "4"]),
    "Item 1:": (["Item 1:", "Item 2:", "Item 3:", "Item 4:"], ["1", "2", "3", "4"]),
    "Minute 12": (["Minute 12", "Minute 13", "Minute 14", "Minute 15"], ["12", "13", "14", "15"]),
    "C30/16": (["C30/16", "C31/16", "C32/16", "C33/16"], ["C30/16", "C31/16", "C32/16", "C33/16"]),
    "24/112": (["24/112", "24/113", "24/114", "24/115"], ["24/112", "24/113", "24/114", "24/115"]),
    "19.03.4": (["19.03.4", "19.03.5", "19.03.6", "19.03.7"], ["19.03.4", "19.03.5", "19.03.6", "19.03.7"]),
    "18-252": (["18-252", "18-253", "18-254", "18-255"], ["18-252", "18-253", "18-254", "18-255"]),
    "252-18": (["252-18", "253-18", "254-18", "255-18"], ["252-18", "253-18", "254-18", "255-18"]),
    # a reference of several parts that counts by its last: a year range and the body's code, an underscore
    "23-24/FRA/1": (["31-32/FRA/1", "31-32/FRA/2", "31-32/FRA/3", "31-32/FRA/4"], ["31-32/FRA/1", "31-32/FRA/2", "31-32/FRA/3", "31-32/FRA/4"]),
    "2031-32/AUD/7.": (["2031-32/AUD/7.", "2031-32/AUD/8.", "2031-32/AUD/9.", "2031-32/AUD/10."], ["2031-32/AUD/7", "2031-32/AUD/8", "2031-32/AUD/9", "2031-32/AUD/10"]),
    "FRA/31/1": (["FRA/31/1", "FRA/31/2", "FRA/31/3", "FRA/31/4"], ["FRA/31/1", "FRA/31/2", "FRA/31/3", "FRA/31/4"]),
    "2031-06_1.": (["2031-06_1.", "2031-06_2.", "2031-06_3.", "2031-06_4."], ["2031-06_1", "2031-06_2", "2031-06_3", "2031-06_4"]),
    "PC_2031_5": (["PC_2031_5", "PC_2031_6", "PC_2031_7", "PC_2031_8"], ["PC_2031_5", "PC_2031_6", "PC_2031_7", "PC_2031_8"]),
    "HB/31/12:": (["HB/31/12:", "HB/31/13:", "HB/31/14:", "HB/31/15:"], ["HB/31/12", "HB/31/13", "HB/31/14", "HB/31/15"]),
}


@pytest.mark.parametrize("labels, numbers", LEADING.values(), ids=list(LEADING))
@pytest.mark.parametrize("gap", ["\n", "\n\n"])  # a PDF's lines, a text's paragraphs
def test_a_number_before_its_heading(labels, numbers, gap):
    text = HEAD + gap.join(f"{label} {title}{gap}{body}" for label, title, body in zip(labels, TITLES, BODIES)) + "\n"
    assert _items(text) == list(zip(numbers, TITLES))


TRAILING = {
    # the number closing the heading line, the minutes under it
    "alone": ("{title} {number}\n{body}", ["18-252", "18-253", "18-254", "18-255"]),
    # the minutes run on after the number on the same line
    "run on": ("{title} {number} {body}", ["18-252", "18-253", "18-254", "18-255"]),
    "comma": ("{title} {number}, {body}", ["18-252", "18-253", "18-254", "18-255"]),
    "colon": ("{title} {number}: {body}", ["18-252", "18-253", "18-254", "18-255"]),
    "slash": ("{title} {number}\n\n{body}", ["95/20", "96/20", "97/20", "98/20"]),
    "letters": ("{title} {number} {body}", ["PC12/24", "PC13/24", "PC14/24", "PC15/24"]),
}


@pytest.mark.parametrize("form, numbers", TRAILING.values(), ids=list(TRAILING))
def test_a_minute_number_after_its_heading(form, numbers):
    text = HEAD + "\n\n".join(form.format(title=t, number=n, body=b) for t, n, b in zip(TITLES, numbers, BODIES)) + "\n"
    assert _items(text) == list(zip(numbers, TITLES))


def test_a_long_heading_before_its_number_and_a_date_inside_it():
    text = HEAD + (
        "Present 18-251 Cllr A Brown (Chair), Cllr C Dean\n\nApologies 18-252 Cllr E Frost\n\n"
        "Notes of the Parish Council Meeting held on the 4th June 2024 18-253\n\nThe notes were approved.\n\n"
        "Highways 18-254\n\nA pothole was reported.\n"
    )
    assert _items(text) == [("18-251", "Present"), ("18-252", "Apologies"),
                            ("18-253", "Notes of the Parish Council Meeting held on the 4th June 2024"), ("18-254", "Highways")]


def test_a_year_or_a_range_ending_lines_is_no_sequence():
    """ "Budget 2024/25" and "Precept 2025/26" name years; two such lines step by one but are not three items."""
    text = HEAD + "1. Finance\n\nBudget 2024/25\n\nThe budget was set.\n\nPrecept 2025/26\n\nThe precept was set.\n\n2. Planning\n\nNone.\n"
    assert _items(text) == [("1", "Finance"), ("2", "Planning")]


RUN_ON = {
    "letters": ["C30/16", "C31/16", "C32/16"],
    "plain": ["30/16", "31/16", "32/16"],
    "hyphen": ["18-30", "18-31", "18-32"],
    "stop": ["PC30/16.", "PC31/16.", "PC32/16."],
}


@pytest.mark.parametrize("numbers", RUN_ON.values(), ids=list(RUN_ON))
def test_minute_numbers_run_into_one_line(numbers):
    """A PDF's text layer read as one paragraph: the numbers, each then a capital, step forward one by one."""
    line = (
        "Members Present: Councillors Brown, Dean and Frost. The meeting commenced at 7pm "
        f"{numbers[0]} Apologies Councillor T Hale {numbers[1]} Declarations of Interest The Chair reminded Members of "
        f"their duty. {numbers[2]} Chair's Business Councillor Dean requested that the hall be painted."
    )
    got = _items(HEAD + line + "\n")
    assert got == [(numbers[0].rstrip("."), "Apologies"), (numbers[1].rstrip("."), "Declarations of Interest"),
                   (numbers[2].rstrip("."), "Chair's Business")]


def test_a_minute_referred_to_in_passing_is_not_a_run():
    line = "Members Present: Councillors Brown and Dean. Further to minute C12/16 Councillor Dean reported on the hall. All agreed."
    assert _items(HEAD + line + "\n") == []




def _pdf_items(lines: list[tuple[str, bool]]) -> list[tuple[str | None, str | None]]:
    return [(i.number and i.number.rstrip("."), i.title) for i in parse_document(_pdf_of(lines), "minutes.pdf", {}).records["agenda_items"]]


def test_bold_headings_with_their_number_after_the_title():
    """In a PDF the headings are bold, and would be read as bare headings: the numbers after them are theirs."""
    lines = [("Minutes of the meeting of Ashby Parish Council held on Tuesday 4th March 2025 at 7.30pm", False)]
    for title, number, body in zip(TITLES, ["18-252", "18-253", "18-254", "18-255"], BODIES):
        lines += [(f"{title} {number}", True), (body, False)]
    assert _pdf_items(lines) == list(zip(["18-252", "18-253", "18-254", "18-255"], TITLES))


def test_run_on_minute_numbers_wrapped_by_the_page():
    """The run-on line wrapped at the page's width, a name cut in two: the title stops at the next number."""
    lines = [
        ("Minutes of the meeting of Ashby Parish Council held on Tuesday 4th March 2025 at 7.30pm", False),
        ("Members Present: Councillors Brown, Dean and Frost. The meeting commenced at 7pm C30/16 Apologies Councillor T", False),
        ("Hale C31/16 Declarations of Interest The Chair reminded Members of their duty to declare. C32/16", False),
        ("Chair's Business Councillor Dean requested that the hall be painted before the summer fete.", False),
    ]
    assert _pdf_items(lines) == [("C30/16", "Apologies"), ("C31/16", "Declarations of Interest"), ("C32/16", "Chair's Business")]


@pytest.mark.parametrize("note", ["(Agenda", "(see", "(Item 2"])
def test_a_bracketed_note_broken_by_the_line_is_not_the_title(note):
    text = HEAD + f"01/26 APOLOGIES\nNone.\n02/26 ELECTION OF MAYOR{note}\nitem 2)\nCllr Brown was elected.\n03/26 FINANCE\nPaid.\n"
    assert [t for _, t in _items(text)] == ["APOLOGIES", "ELECTION OF MAYOR", "FINANCE"]


def test_a_web_pages_items_without_numbers_over_their_minutes_lines():
    """A ModernGov page copied without its numbers: each item a paragraph, the title first, "Minutes:" over the minutes."""
    text = (
        "Venue: Room 4, Civic Centre\nContact: Democratic Services\n\nNo. Item\n\n"
        "Welcome and Evacuation Procedure\nIn the event of an alarm leave by the nearest exit.\nMinutes:\nThe Chair welcomed everyone.\n\n"
        "Declarations of Interest\nTo receive any declarations.\nMinutes:\nThere were none.\n\n"
        "Any other urgent items\nMinutes:\nNone.\n"
    )
    assert [t for _, t in _items(text)] == ["Welcome and Evacuation Procedure", "Declarations of Interest", "Any other urgent items"]


CONTENTS = {
    # the order of business run together on one line, as a PDF's text layer or a web copy gives it
    "run together": "1. Apologies ...... 2 2. Declarations of Interest ...... 2 3. Minutes of the last meeting ...... 2 4. Planning ...... 3 5. Highways ...... 4 6. Date of Next Meeting ...... 5\n",
    # one entry a line, a title wrapped by the page
    "one a line": "1. Apologies ...... 2\n2. Declarations of Interest ...... 2\n3. Minutes of the last meeting ...... 2\n4. Planning ...... 3\n5. Highways ...... 4\n6. Date of Next\nMeeting ...... 5\n",
    "no stops": "1 Apologies .......... 2\n2 Declarations of Interest .......... 2\n3 Minutes of the last meeting .......... 2\n4 Planning .......... 3\n5 Highways .......... 4\n6 Date of Next Meeting .......... 5\n",
}


@pytest.mark.parametrize("contents", CONTENTS.values(), ids=list(CONTENTS))
def test_an_order_of_business_with_pages_over_an_excerpt(contents):
    """Minutes cut short after item 3 (an excerpt): the order of business printed with its pages names the rest; a
    body title run on into its minutes is the listed title."""
    body = (
        "1. Apologies Resolved to note the apologies of Cllr Frost.\n\n2. Declarations of Interest None were made.\n\n"
        "3. Minutes of the last meeting The minutes of 4 February were approved and signed.\n"
    )
    text = HEAD + "Order of Business.\n\n" + contents + "\n" + body
    assert [t for _, t in _items(text)] == ["Apologies", "Declarations of Interest", "Minutes of the last meeting", "Planning", "Highways", "Date of Next Meeting"]


def test_a_whole_document_under_its_order_of_business_keeps_its_own_items():
    body = "".join(f"{n}. {t}\n{b}\n\n" for n, t, b in zip(range(1, 5), TITLES, BODIES))
    contents = "".join(f"{n}. {t} ...... {n + 1}\n" for n, t in zip(range(1, 5), TITLES))
    assert _items(HEAD + "Contents\n" + contents + "\n" + body) == list(zip(["1", "2", "3", "4"], TITLES))


REFERENCES = [["31-32/FRA/1", "31-32/FRA/2", "31-32/FRA/3"], ["2031-06_1.", "2031-06_2.", "2031-06_3."], ["PB/31/4", "PB/31/5", "PB/31/6"]]


@pytest.mark.parametrize("numbers", REFERENCES, ids=[n[0] for n in REFERENCES])
def test_a_web_pages_reference_numbers_alone_on_their_lines(numbers):
    """A ModernGov "Agenda and minutes" page copied as text: each number alone on its line over its title, whatever
    its parts (a year range, the body's code, an underscore)."""
    text = "Agenda and minutes\n\nVenue: Tolley Drill Hall, Upper Room\n\nItems\nNo. Item\n\n" + "\n\n".join(
        f"{n}\n\n{t}\n\nMinutes:\n\n{b}" for n, t, b in zip(numbers, TITLES, BODIES)
    ) + "\n"
    assert _items(text) == [(n.rstrip("."), t) for n, t in zip(numbers, TITLES)]


RUN_ON_CAPITALS = {
    "plain stop": ["1.", "2.", "3."],
    "plain bracket": ["1)", "2)", "3)"],
    "two minutes": ["C240/2031", "C241/2031"],
    "code and year": ["SC/35/2031", "SC/36/2031"],
}


@pytest.mark.parametrize("wrap", [None, 60, 75], ids=["one line", "wrapped at 60", "wrapped at 75"])
@pytest.mark.parametrize("labels", RUN_ON_CAPITALS.values(), ids=list(RUN_ON_CAPITALS))
def test_items_in_capitals_run_into_one_paragraph(labels, wrap):
    """Minutes stored as one run-on paragraph, each item a number (plain, or a minute number; two are enough) before a
    heading in capitals, then its minutes."""
    titles = ["APOLOGIES", "ADOPTION OF MINUTES", "MATTERS ARISING"][: len(labels)]
    bodies = [
        "RESOLVED to note that there were none.",
        "(a) Ordinary Meeting of 3 March RESOLVED that the Minute was approved, being proposed by Ms Holt.",
        "(a) Hall Roof The Clerk reported that the roof was mended, and it was:- RESOLVED to note the report.",
    ]
    line = "MINUTE of the MEETING of TOLLEY COMMUNITY COUNCIL held in the HALL on MONDAY, 3 MARCH 2031 at 7 p.m. Present: Ms A Holt, Mr B Dean "
    line += " ".join(f"{n} {t} {b}" for n, t, b in zip(labels, titles, bodies))
    if wrap:  # a PDF's lines: the page's width breaks the paragraph anywhere, a number from its heading too
        import textwrap

        line = "\n".join(textwrap.wrap(line, wrap, break_long_words=False, break_on_hyphens=False))
    assert _items(line + "\n") == [(n.rstrip(".)"), t) for n, t in zip(labels, titles)]


def test_a_numbered_list_in_prose_is_no_run_of_items():
    """Numbers in prose before words in title case or lower case are a list, not headings in capitals."""
    line = HEAD + "Present: Cllrs Holt and Dean. The clerk listed the jobs: 1. Mend the gate. 2. Paint the bench. 3. clear the drain.\n"
    assert _items(line) == []


GAP_FILLERS = {
    # the missing numbers run into the paragraph of the item before, after a sentence or after names
    "after names": ("1. Apologies (3) Cllr Ann Holt and PC Bob Dean 2. To disclose interests in items below 3. Confirmation of minutes (4) The minutes were signed.",
                    [("1", "Apologies"), ("2", "To disclose interests in items below"), ("3", "Confirmation of minutes"), ("4", "Finance")]),
    "after a sentence": ("1. Apologies None were received. 2. Declarations There were none. 3. Minutes The minutes were signed.",
                         [("1", "Apologies"), ("2", "Declarations"), ("3", "Minutes"), ("4", "Finance")]),
    # a number a word refers to is no item: the gap stays
    "referred to": ("1. Apologies The clerk read paragraph 2. The Chair noted section 3. The minutes were signed.",
                    [("1", "Apologies"), ("4", "Finance")]),
}


@pytest.mark.parametrize("first, items", GAP_FILLERS.values(), ids=list(GAP_FILLERS))
def test_numbers_a_sequence_skips_run_into_the_item_before(first, items):
    text = HEAD + first + "\n\n4. Finance (5) Items agreed for payment: £12 to the Clerk.\n"
    assert _items(text) == items


@pytest.mark.parametrize("mark", ["1.", "1)", "1"])
@pytest.mark.parametrize("indent", ["", "  ", "\t"])
def test_a_web_list_that_restarts_every_entry_at_one(mark, indent):
    """A web page's numbered list saved as text: every entry printed "1." (the page restarts each entry). Each entry
    is an item, numbered as printed; colons or none."""
    titles = ["Present:", "Apologies:", "Minutes of last meeting", "Tolley Lane Drainage", "Village Green Lease"]
    bodies = ["A Brook (Chair), C Dale", "Cllr E Frost", "Approved and signed", "The clerk reported on the drains.", "The lease was discussed."]
    text = HEAD + "".join(f"{indent}{mark} {t}\n\n{b}\n\n" for t, b in zip(titles, bodies))
    assert _items(text) == [("1", t.rstrip(":")) for t in titles]


def test_decisions_that_restart_in_each_item_are_no_list_of_items():
    """ "1. That ..." opening each item's decision is a list inside an item; the items count on."""
    text = HEAD + "".join(f"{n}. {t}\n\n1. That the {t.lower()} be noted.\n\n" for n, t in enumerate(["Apologies", "Planning", "Finance", "Highways"], 1))
    assert _items(text) == [("1", "Apologies"), ("2", "Planning"), ("3", "Finance"), ("4", "Highways")]


def test_a_restarting_list_under_a_heading_of_its_own_is_that_items_entries():
    """Under a bare heading ("Matters arising from previous minutes;") the entries all numbered "1." are its parts."""
    text = HEAD + "Chair's Welcome\n\nThe Chair welcomed all.\n\nMatters arising from previous minutes;\n\n" + "".join(
        f"  1. {t}\n{b}\n\n" for t, b in [("Tolley Pledge", "A letter was sent."), ("Hall training", "Training was held."), ("Bench", "The bench was mended.")]
    )
    assert _items(text) == [(None, "Chair's Welcome"), (None, "Matters arising from previous minutes")]  # no semicolon
