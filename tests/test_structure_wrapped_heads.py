"""Item titles and meeting heads that the page's width (a PDF's line breaks) cut over two lines (issue 14, check3).

A title wrapped onto its next line carries on when that line opens on a joining word in lower case and then a word
in capitals ("Vote of Thanks" / "to Retiring Vice-Chair"); a line that opens the minutes ("to consider ...") stays
the minutes. A venue line under the time that says "Held at the ..." gives the place, not the words before it.
Each form is a table of cases in invented words; real documents are scored by ``councilpack eval``.
"""

import pytest

from pipeline.parse import parse_document

HEAD = "MINUTES of Eastwick Parish Council meeting held on 3 May 2021\nPresent: Cllr A Brook, Cllr C Dale\n\n1. Apologies\nNone were received.\n"


def _items(text: str):
    result = parse_document((HEAD + text).encode(), "minutes.txt", {})
    return [(i.number.rstrip("."), i.title) for i in result.records["agenda_items"]]


@pytest.mark.parametrize(
    "head, wrapped, title",
    [
        ("Vote of Thanks", "to Retiring Vice-Chair", "Vote of Thanks to Retiring Vice-Chair"),
        ("Reports", "from Members/items for the next agenda 1. Bins to be an item 2. The sign needs mending.", "Reports from Members/items for the next agenda"),
        ("Grant Application", "for Marsh Lane Playing Field", "Grant Application for Marsh Lane Playing Field"),
        ("Minutes", "of Finance Working Group", "Minutes of Finance Working Group"),
        ("Correspondence", "regarding Hollow Road Drainage", "Correspondence regarding Hollow Road Drainage"),
        ("Lease of Land", "& Pavilion Repairs", "Lease of Land & Pavilion Repairs"),
    ],
)
def test_a_title_wrapped_onto_a_line_that_opens_on_a_joining_word_carries_on(head, wrapped, title):
    items = _items(f"2. {head}\n{wrapped}\nIt was RESOLVED that the clerk writes.\n3. Close\nThe meeting closed at 9pm.\n")
    assert items[1] == ("2", title)
    assert items[2] == ("3", "Close")


@pytest.mark.parametrize(
    "head, minutes",
    [
        ("Planning", "to consider the applications received this month."),
        ("Finance", "to approve the payments listed."),
        ("Footpaths", "of the three stiles, two are mended."),
        ("Allotments", "for the coming year the rent stays at £20."),
    ],
)
def test_a_line_of_minutes_in_lower_case_is_not_the_titles(head, minutes):
    items = _items(f"2. {head}\n{minutes}\n3. Close\nThe meeting closed at 9pm.\n")
    assert items[1] == ("2", head)


@pytest.mark.parametrize(
    "time, place_line, venue",
    [
        ("7pm", "Held at the Bothy Hall, Westerly", "Bothy Hall, Westerly"),
        ("7.30 pm", "held in the Reading Room, Eastwick", "Reading Room, Eastwick"),
        ("19:00", "HELD AT THE SCOUT HUT, MARSHWOOD", "SCOUT HUT, MARSHWOOD"),
        ("7pm", "Held at Lowfield Village Hall", "Lowfield Village Hall"),
    ],
)
def test_a_place_line_under_the_time_that_says_held_at_gives_the_place(time, place_line, venue):
    text = f"Marshwood Community Council\nMinutes of Meeting – Tuesday 20th February 2024, {time}\n{place_line}\nPresent: A Brook, C Dale\n\n1. Welcome\nThe chair opened the meeting.\n"
    (meeting,) = parse_document(text.encode(), "minutes.txt", {}).records["meeting"]
    assert meeting.venue == venue


# --- an excerpt that stops after its first item ---------------------------------------------------------------------

EXCERPT_HEAD = "Marshwood Community Council\n4 Mill Row, Eastwick, EW1 2AB\n\nMINUTES of Marshwood Community Council meeting on Wednesday 25th August 2021 at 7.30pm held remotely.\n\n"


@pytest.mark.parametrize("label, number", [("1.0", "1.0"), ("1.", "1"), ("1", "1"), ("1)", "1"), ("Item 1.", "1")])
@pytest.mark.parametrize(
    "title, minutes",
    [
        ("Welcome, Attendance and Apologies for Absence: to record attendance.", "The Chairman welcomed all to the meeting."),
        ("APOLOGIES FOR ABSENCE", "Apologies were received from Cllr Amber."),
        ("Declarations of Interest", "There were none."),
        ("Public Participation", "No members of the public attended."),
        ("To agree the minutes of the Extraordinary meeting of the Council of 9th March 2020", "It was proposed that they be approved."),
    ],
)
def test_the_one_item_of_an_excerpt_that_names_standard_business_is_an_item(label, number, title, minutes):
    result = parse_document(f"{EXCERPT_HEAD}{label} {title}\n{minutes}\n".encode(), "minutes.txt", {})
    (item,) = result.records["agenda_items"]
    assert (item.number.rstrip("."), item.title) == (number, title.split(":")[0])


@pytest.mark.parametrize("venue_line", ["Microsoft Teams.", "Zoom.", "The Old School Room."])
@pytest.mark.parametrize(
    "line, title",
    [
        ("1. Urgent Item In terms of Standing Order 13.3, the Council:", "Urgent Item"),
        ("1. Urgent Business In accordance with Standing Order 9, the Chair allowed one item:", "Urgent Business"),
        ("1. Apologies for Absence Further to the notice, apologies were received:", "Apologies for Absence"),
    ],
)
def test_the_one_item_under_a_venue_line_set_apart(venue_line, line, title):
    """A short line set apart above the one numbered item (the venue under the date) belongs to the head; the item's
    title ends where the clerk's opening phrase ("In terms of ...", "Further to ...") starts its minutes."""
    head = "Minute General Meeting of the Council Tuesday, 8 March 2031, 10:30.\n\n" + venue_line + "\n\nPresent: Councillors A Brook and C Dale.\n\n"
    result = parse_document(f"{head}{line}\n\nNoted the matter.\n".encode(), "minutes.txt", {})
    assert [(i.number.rstrip("."), i.title) for i in result.records["agenda_items"]] == [("1", title)]


@pytest.mark.parametrize(
    "body",
    [
        "1. That the report be noted.\n",  # a decision's part, not business
        "1. Marsh Lane bins are overflowing again.\n",  # a point of a list, naming no standard business
        "1. apologies from two members were accepted by the meeting.\n",  # a sentence in lower case
    ],
)
def test_a_lone_numbered_line_that_is_no_standard_business_is_no_item(body):
    result = parse_document(f"{EXCERPT_HEAD}{body}".encode(), "minutes.txt", {})
    assert [i.title for i in result.records["agenda_items"]] == []


@pytest.mark.parametrize(
    "place, venue",
    [
        ("IN THE STAFF ROOM AT LOWFIELD PRIMARY SCHOOL", "STAFF ROOM AT LOWFIELD PRIMARY SCHOOL"),
        ("in the Committee Room at Eastwick Town Hall", "Committee Room at Eastwick Town Hall"),
        ("in the Lounge at the Marsh Lane Sports Club", "Lounge at the Marsh Lane Sports Club"),
        ("in the Village Hall at 7.30pm", "Village Hall"),
        ("at Eastwick Hall at 7 pm", "Eastwick Hall"),
    ],
)
def test_a_room_at_a_named_building_is_one_venue(place, venue):
    text = f"MINUTES OF MARSHWOOD PARISH COUNCIL MEETING HELD {place} ON WEDNESDAY 21 JUNE 2017\n\nPresent: A Brook, C Dale\n\n1. Apologies\nNone.\n2. Minutes\nApproved.\n"
    (meeting,) = parse_document(text.encode(), "minutes.txt", {}).records["meeting"]
    assert meeting.venue == venue


# --- a head whose words lost their spaces, over entries that name other meetings -----------------------------------


@pytest.mark.parametrize(
    "first_line, date, time",
    [
        ("FRIDAY, 13 NOVEMBER2031at6.45 p.m.", "2031-11-13", "18:45"),
        ("Friday, 13 November2031 at 6.45 pm", "2031-11-13", "18:45"),
        ("13th November 2031at7pm", "2031-11-13", "19:00"),
        ("FRIDAY, 13 NOVEMBER 2031 at 6.45 p.m.", "2031-11-13", "18:45"),
    ],
)
@pytest.mark.parametrize("entry", ["(a)Minute of Meeting held on 29 August 2031", "a) Minutes of the meeting held on 29 August 2031", "• Minute of Meeting held on 29 August 2031"])
def test_a_glued_date_before_entries_naming_other_meetings(first_line, date, time, entry):
    """A stored page lost its headings and its spaces: the date on its first line is the meeting's, not the day an
    entry below names ("(a) Minute of Meeting held on ...": the minutes of another meeting, approved)."""
    text = (
        f"{first_line}\n\nPresent: A Brook, C Dale\n\nRESOLVED to note the apologies.\n\n{entry}\n\n"
        "The Minute of the Meeting held on 29 August was approved, being proposed by A Brook.\n"
    )
    (meeting,) = parse_document(text.encode(), "minutes.txt", {}).records["meeting"]
    assert (meeting.date, meeting.start_time) == (date, time)


# --- a meeting page: its body's name, the times it ran, and the list of its documents ------------------------------


@pytest.mark.parametrize("body", ["Full Authority", "Fire Authority", "Police and Crime Panel", "Audit Committee"])
@pytest.mark.parametrize("times, start", [("10:00 to 11:30", "10:00"), ("14.00 - 16.15", "14:00"), ("9:30 – 12:00", "09:30")])
@pytest.mark.parametrize("links", ["Documents\n\nAgenda\n\n", "Documents:\nAgenda frontsheet\nPrinted minutes\n\n", "Meeting documents\n\nAgenda\nReports pack\n\n"])
def test_a_meeting_pages_body_times_and_document_links(body, times, start, links):
    """A committee system's "Meeting Details" page: the body's name alone on its line, the day and the times it ran,
    then its documents listed ("Agenda" there is a link, not this paper's heading) over the minuted items."""
    text = (
        f"Meeting Details\n\n{body}\n4 June 2031 - {times}\n\n{links}Agenda Items\n"
        "1 Election of Chair\nTo elect a Chair.\n\nRESOLVED that Mr A Brook be elected as Chair.\n\n"
        "2 Apologies for Absence\nTo receive any apologies.\n\nApologies were received from Cllr C Dale.\n"
    )
    (meeting,) = parse_document(text.encode(), "minutes.txt", {}).records["meeting"]
    assert (meeting.committee, meeting.date, meeting.start_time, meeting.status) == (body, "2031-06-04", start, "held")


def test_an_agenda_headed_so_under_its_documents_list_is_still_an_agenda():
    """Only a link in the documents list is no heading: an "Agenda" heading over the business keeps an agenda one."""
    text = "Audit Committee\n4 June 2031 - 10:00\n\nAGENDA\n\n1 Apologies for Absence\nTo receive any apologies.\n\n2 Minutes\nTo confirm the minutes.\n"
    (meeting,) = parse_document(text.encode(), "agenda.txt", {}).records["meeting"]
    assert meeting.status == "scheduled"


@pytest.mark.parametrize("gap", [" ", "\n"])
def test_the_minutes_own_numbered_first_paragraph_gives_the_day(gap):
    """ "(1) The July meeting of the council was held at ... on" / "Tuesday 14th July ...": a numbered paragraph that
    says when this meeting was held is no list entry naming another meeting's minutes."""
    text = (
        f"(1) The July meeting of the above named community council was held at Tolley Village Hall on{gap}Tuesday 14th July 2031 at 6:30pm. "
        "The Chairman presided.\nPresent: Cllr A Brook Cllr C Dale\n\n1. Apologies None.\n\n2. Minutes Approved.\n"
    )
    (meeting,) = parse_document(text.encode(), "minutes.txt", {}).records["meeting"]
    assert (meeting.date, meeting.start_time) == ("2031-07-14", "18:30")
