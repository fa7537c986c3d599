"""Which meeting a document's head describes, in the wordings councils use (vocab/structure.toml)."""

import pytest

from pipeline.parse import parse_document

from extractors import vocab
from extractors.meeting import date_in_file_name, whole_council


@pytest.mark.parametrize(
    "text, date, time",
    [
        ("Minutes of the Ordinary Meeting held on Wednesday 3 June 2020 at 7.00 pm, Virtually online via Zoom", "3 June 2020", "7.00 pm"),
        ("At 7.30pm on Wednesday 16 September 2009", "16 September 2009", None),
        ("held on Tuesday 8****th** **May 2012 at 7.00pm in Wereham village hall", "8****th** **May 2012", "7.00pm"),
        ("You are summoned ... on Monday 25th February 2019 at 7.00pm", "25th February 2019", "7.00pm"),
        ("held via Zoom on Wednesday 5 May 2021 commencing at 19:00.", "5 May 2021", "19:00"),  # a 24-hour time after "at"
        ("held on\nWednesday June 7th 2023 at 7.45 p.m. in the Old Forge", "June 7th 2023", "7.45 p.m."),  # the month first
        ("Draft Minutes of Meeting 6.45pm Monday 5th March 2018", "5th March 2018", None),  # the time before the day: time_before
        ("Minutes of Meeting held on Tuesday 7th February 2017 at 19.15", "7th February 2017", "19.15"),  # a 24-hour time with a dot
        ("was held Tuesday night March the 4th 2019 at 7.30pm in the Hall", "March the 4th 2019", "7.30pm"),  # "the" before the day
    ],
)
def test_held_on(text, date, time):
    m = vocab.regex("structure", "header.held_on").search(text)
    assert m.group("date") == date and (m.group("time") or None) == time
    if "6.45pm Monday" in text:
        assert m.group("time_before") == "6.45pm"


def test_a_meeting_will_be_held():
    text = "A meeting of the County Council will be held in the Council Chamber, County Hall,\nMaidstone, Kent, ME14 1XQ on Thursday, 13th March, 2025 at 10.00 am to deal with"
    m = vocab.regex("structure", "header.meeting_sentence").search(text)
    assert (m.group("committee"), m.group("date"), m.group("time")) == ("County Council", "13th March, 2025", "10.00 am")
    assert m.group("venue").split() == "Council Chamber, County Hall, Maidstone, Kent, ME14 1XQ".split()


@pytest.mark.parametrize(
    "text, council",
    [
        ("STOKE FERRY PARISH COUNCIL (Draft until approved)", "STOKE FERRY PARISH COUNCIL"),
        ("Minutes of Stoke Ferry Parish Council Meeting", "Stoke Ferry Parish Council"),
        ("Burton-cum-Walden Parish Council", "Burton-cum-Walden Parish Council"),
        ("Wye Valley Community Council", "Wye Valley Community Council"),
    ],
)
def test_council_line(text, council):
    assert vocab.regex("structure", "header.council_line").search(text).group("council") == council


@pytest.mark.parametrize(
    "committee, expected",
    [
        ("Tintern Community Council", "Community Council"),
        ("KENT COUNTY COUNCIL", "COUNCIL"),  # a principal council's whole meeting is "Council" (check4's convention)
        ("Magherafelt District Council", "Council"),
        ("the Borough of Eastwick Metropolitan Borough Council", "Council"),
        ("Argyll and Bute Council", "Council"),  # a register's name without a kind word
        ("The Council", "Council"),
        ("COUNTY COUNCIL", "COUNTY COUNCIL"),  # printed alone: the body as printed
        ("Audit Committee", "Audit Committee"),
        ("Stoke Ferry Parish Council", "Parish Council"),
        ("Fenby & District Parish Council", "Parish Council"),
        ("Corporate Parenting Panel", "Corporate Parenting Panel"),
        ("Council", "Council"),
    ],
)
def test_a_whole_council_is_its_kind(committee, expected):
    assert whole_council(committee) == expected


@pytest.mark.parametrize(
    "source, date",
    [
        ("minutes/20241028.txt", "2024-10-28"),
        ("https://example.org/docs/minutes-2025-03-05.pdf", "2025-03-05"),
        ("wye-valley-community-council_2024-10-28_minutes.txt", "2024-10-28"),
        ("minutes-2024-13-05.pdf", None),
        ("report 123456789.pdf", None),
        ("", None),
    ],
)
def test_date_in_file_name(source, date):
    assert date_in_file_name(source) == date


@pytest.mark.parametrize(
    "text, committee",
    [
        ("Minutes of the Parish Council Meeting held in the Village Hall", "Parish Council"),
        ("MINUTES OF THE PARISH COUNCIL MEETING held on the 2nd", "PARISH COUNCIL"),
        ("Minutes of Parish Council 4 December 2024", "Parish Council"),
        ("Minutes of the Annual Meeting of the Town Council", "Town Council"),
        ("Minutes of the Statutory Annual Meeting of Ashby Parish Council held", "Ashby Parish Council"),
        ("Minutes of the Planning Committee held on", "Planning Committee"),
        ("Minutes of the Annual Parish Assembly of Ashby Parish Council held on", "Annual Parish Assembly"),  # the electors' meeting
        ("Minutes of the Annual Parish Meeting held on", "Annual Parish Meeting"),
        ("Minutes of the Fenby & District Parish Council Meeting held virtually", "Fenby & District Parish Council"),
    ],
)
def test_minutes_of(text, committee):
    assert vocab.regex("structure", "header.minutes_of").search(text).group("committee") == committee


@pytest.mark.parametrize(
    "text, committee",
    [
        ("Leeds & Wakefield City Council\nPolicy & Resources Committee\n", "Policy & Resources Committee"),
        ("Children and Young People Scrutiny Panel", "Children and Young People Scrutiny Panel"),
        ("AGENDA\nCABINET\nThursday, 13th March, 2025", "CABINET"),  # a title line that is the body alone, in capitals
        ("CABINET MEMBER DECISIONS", None),  # a line that only begins with the word is not the body
        ("Council\nTuesday, 11th", "Council"),  # a title line that is the body alone
        ("Cabinet\n", "Cabinet"),
    ],
)
def test_committee_line(text, committee):
    m = vocab.regex("structure", "header.committee_line").search(text)
    assert (m.group("committee") if m else None) == committee


@pytest.mark.parametrize(
    "committee, expected",
    [
        ("Minutes - Full Council", "Full Council"),
        ("Agenda: Planning Committee", "Planning Committee"),
        ("Agenda for Town Council Meeting", "Town Council"),  # a web page's title names its document
        ("Minutes of Parish Council Meeting", "Parish Council"),
        ("Approved Minutes of Meeting", ""),  # the document's name alone names no body
        ("Budget Meeting, Council", "Council"),  # a ModernGov title: the kind of meeting, then the body
        ("Minute of Meeting", ""),
    ],
)
def test_the_documents_own_name_is_not_the_committee(committee, expected):
    from extractors.meeting import _without_document_word

    assert _without_document_word(committee) == expected


@pytest.mark.parametrize(
    "committee, council, expected",
    [
        ("Council", "Nettlebed Community Council", "Community Council"),  # "MINUTES OF THE COUNCIL MEETING"
        ("Full Council", "Little Fenby Town Council", "Town Council"),
        ("Planning Committee", "Little Fenby Town Council", "Planning Committee"),
        ("Council", "Kent County Council", "Council"),  # a principal council's "Council" stays as printed
        ("Council", None, "Council"),
    ],
)
def test_the_whole_local_council_is_named_by_its_kind(committee, council, expected):
    from extractors.meeting import whole_local_council

    assert whole_local_council(committee, council) == expected


def test_an_unnamed_local_councils_kind_from_its_head():
    from extractors.meeting import whole_local_council

    head = "Minutes of the Monthly Meeting of the Council held on Tuesday 2nd May 2023.\nThese notes are to be confirmed at the next meeting of the Community Council."
    assert whole_local_council("Council", None, head) == "Community Council"
    assert whole_local_council("Council", "Kent County Council", head) == "Council"  # a named principal council: as printed
    assert whole_local_council(None, "Wye Valley Community Council") == "Community Council"  # minutes that name no body: the council's own
    assert whole_local_council(None, "Kent County Council") is None


@pytest.mark.parametrize(
    "head, expected",
    [
        ("(1) The July meeting of the above named community council was held at Ashby Hall.", "Community Council"),
        ("The meeting of the above-named Parish Council was held in the Hut.", "Parish Council"),
        ("These notes go to the next meeting of the said town council.", "Town Council"),
        ("The Council met in the Hall. A letter from the county council was read.", None),  # not a local council's kind
    ],
)
def test_a_local_councils_kind_in_its_head_in_any_case(head, expected):
    from extractors.meeting import whole_local_council

    assert whole_local_council(None, None, head) == expected


@pytest.mark.parametrize(
    "head, committee, expected",
    [
        ("<<\n\nTOWN COUNCIL\n\n3rd MARCH 2011\n\nAt a Meeting of the FULL COUNCIL held at the Hall", None, "Town Council"),
        ("Parish Council\nMinutes of the meeting held on 4 May 2020", "Council", "Parish Council"),
        ("TOWN COUNCIL OFFICES, HIGH STREET\nMinutes of the meeting", None, None),  # an address, not the kind alone
        ("COMMUNITY COUNCIL\nPlanning Committee", "Planning Committee", "Planning Committee"),
    ],
)
def test_a_local_councils_kind_alone_on_a_line_of_its_head(head, committee, expected):
    from extractors.meeting import whole_local_council

    assert whole_local_council(committee, None, head) == expected


@pytest.mark.parametrize(
    "text, venue",
    [
        ("Minutes of the meeting held at the School on Tuesday, 11th May 2011", "School"),
        ("MINUTES OF ASHBY PARISH COUNCIL MEETING HELD AT THE CHAPEL TUESDAY 9th JUNE 2015", "CHAPEL"),  # the date in capitals, no "on"
        ("Held on the 3rd of June 2015 at 7.15 pm at The Old Forge, Ashby Parva\n", "The Old Forge, Ashby Parva"),
        ("will be held on Monday, 6 March 2017 in the Council Chamber, Council Offices, Mill Street, Ashby, AB1 2CD starting at 19:30 hrs.",
         "Council Chamber, Council Offices, Mill Street, Ashby, AB1 2CD"),
        ("to be held at 7.00pm on Thursday February 9th, 2017 at Ashby Community Centre, followed by a meeting of the Footpaths Committee.", "Ashby Community Centre"),
        ("to be held on Monday 4 April 2016 at the Reading Room at 7.30pm", "Reading Room"),
        ("MINUTES OF THE COUNCIL MEETING HELD ON 11th JULY 2018, AT GEORGE ELLIS HALL, .", "GEORGE ELLIS HALL"),
        ("A MEETING of the PARISH COUNCIL will take place on FRIDAY, AND WILL BE HELD IN THE READING ROOM, TO START AT 7.45pm", "READING ROOM"),
        ("a meeting of Fenby Parish Council which will take place at The Pavilion on Thursday 3rd December 2020", "The Pavilion"),
        ("a meeting of the Fenby Marsh Parish Council at Mill Lane Community House on Monday 9th October 2017", "Mill Lane Community House"),
        ("held on9 June 2022 in Fenby Parish Hall AT 7.20pm", "Fenby Parish Hall"),
        ("To be held on Friday, 4th June 2021, 18.45, via Zoom", None),
        ("Draft Minutes of Meeting held on Tuesday 7th February 2017\n\n   Fenby Community Centre at 19.15\n", "Fenby Community Centre"),  # a line of its own
        ("Minutes of the meeting at 7.30pm\n", None),
        ("Minutes of the Meeting held in the church room\non Wednesday 3rd April 2013 at 7.00p.m.", "church room"),  # a building's word
        ("Minutes of the meeting held in the evening of Monday", None),
        ("NOTICE OF MEETING\nLICENSING COMMITTEE\nTUESDAY, 9 MARCH 2021 AT 2.00 PM\nCOMMITTEE ROOM 2 - FIRST FLOOR, THE CIVIC CENTRE\nMembers:", "COMMITTEE ROOM 2 - FIRST FLOOR, THE CIVIC CENTRE"),
        ("MINUTES OF THE COUNCIL MEETING HELD ON 11th JULY 2018, AT GEORGE ELLIS\nHALL, .\n", "GEORGE ELLIS\nHALL"),  # wrapped in a PDF
        ("a meeting of Fenby Parish Council which will take place at The\nPavilion on Thursday 3rd December 2020 at 7.15pm.", "The\nPavilion"),
        ("Minutes of the meeting held in the Village Hall\nPresent: Cllr A Brown, Cllr C Dean\n", "Village Hall"),  # the next line is another field
        ("Agenda for Town Council Meeting – 6 March 2017\n\nPosted on 1st March, 2017 in Agendas – Town Council\n", None),  # a web page's furniture
        ("Minutes of the Ordinary Meeting held on Wednesday 3 June 2020 at 7.00 pm, Virtually online via Zoom\n", "Virtually online via Zoom"),
        ("Minutes of the meeting of Ashby Community Council held in the Council Chamber, the Corn Hall, Ashby on Thursday 3rd May 2012", "Council Chamber, the Corn Hall, Ashby"),
        ("held on Tuesday 20th August 2019 at 7.15pm at the Parish Office at 12 Mill Lane, Ashby\n", "Parish Office at 12 Mill Lane, Ashby"),  # a street number
        ("MINUTES OF THE PARISH COUNCIL MEETING\nMonday 4 March 2013 at 7.30 p.m.\nAshby Junior School\n", "Ashby Junior School"),  # not the date line
        ("Minutes of Meeting held on Monday 16th August 2010\nAshby Academy Library\n", "Ashby Academy Library"),  # after the date
        ("9th May 2019 at 7pm Ashby Community Centre\n", "Ashby Community Centre"),  # after the time on its line
        ("MINUTES of MEETING – 15th April 2019 @ RED LION INN.\n", "RED LION INN"),
        ("Minute of Meeting 4th May 2021 Mill Hall, Kirkton of Ashby\n", "Mill Hall, Kirkton of Ashby"),  # after the day on its line
        ("ASHBY COMMUNITY COUNCIL\nANNUAL GENERAL MEETING\nASHBY VILLAGE HALL\nMONDAY 5 JUNE 2023\n7.30pm\n", "ASHBY VILLAGE HALL"),  # above the day
        ("HELD ON WEDNESDAY 20th SEPTEMBER 2017 AT 7PM\nIN THE COUNCIL CHAMBER, MILL HOUSE, ASHBY\nPRESENT: Cllr A Brown\n", "COUNCIL CHAMBER, MILL HOUSE, ASHBY"),
        ("Minutes of the meeting of the Ashby Community Council held at Ashby C.P. School on Monday, 13th March, 2017", "Ashby C.P. School"),  # initials
        ("Parish Council Meeting Monday 22nd February 2021, held remotely via ZOOM, 7.30pm\n", "remotely via ZOOM"),
        ("Ashby Town Council Monthly Meeting\n\n(Former Scout Hut, Memorial Hall, Ashby, 7.00pm – 9.00pm)\n", "Former Scout Hut, Memorial Hall, Ashby"),
        ("MINUTES OF MEETING OF ASHBY PARISH COUNCIL HELD On Monday 22 July in Ashby Church\n", "Ashby Church"),  # the day without its year
        ("Minutes of the Extraordinary Parish Council Meeting\nAshby Village Hall Meeting Room 16 September 2023 at 17:00hrs\n", "Ashby Village Hall Meeting Room"),
        ("Meeting of the Parish Council at 8:45PM on Monday 25th June 2018 in Ashby Village Hall\n", "Ashby Village Hall"),  # "meeting of", not "held"
        ("A meeting of the Town Council on Tuesday 4 March 2025 at the Corn Exchange, Ashby\n", "Corn Exchange, Ashby"),
        # "St." inside a place; a comma after the time; the "In the Chair:" label or a clause after the place ends it
        ("Minutes of the meeting which took place on 5th June 2031, 7pm, at Y Neuadd Fach, Heol Fawr, St. Tolley\n\nPresent:", "Y Neuadd Fach, Heol Fawr, St. Tolley"),
        ("Minutes of the meeting held on 5 June 2031, 7.30pm in St. Mary's Hall, Ashby\n", "St. Mary's Hall, Ashby"),
        ("Minutes of Special Council Meeting held on 5 June 2031 at 6pm in the Lake Room, Civic Centre, Ashby In the Chair: Councillor A Brook", "Lake Room, Civic Centre, Ashby"),
        ("Minutes of Special Council Meeting held on 5 June 2031 at 6pm in the Lake Room, Civic Centre, Ashby In\nthe Chair: Councillor A Brook", "Lake Room, Civic Centre, Ashby"),
        ("Minutes of the annual meeting held on Wednesday 5th June 2031 at 7:30pm in the Ashby village hall after the annual parish meeting.", "Ashby village hall"),
        ("Minutes of the meeting held on 5 June 2031 at 7pm in the Old School following the planning meeting.", "Old School"),
    ],
)
def test_venue(text, venue):
    m = vocab.regex("structure", "header.venue").search(text)
    assert (m.group("venue") if m else None) == venue


@pytest.mark.parametrize(
    "text, time",
    [
        ("held on9 June 2022 in Fenby Parish Hall AT 7.20pm", "7.20pm"),
        ("AND WILL BE HELD IN THE READING ROOM, TO START AT 7.45pm", "7.45pm"),
        ("Held at the School on Tuesday, 11th May 2011, starting at 7.15pm", "7.15pm"),
        ("Tuesday 7th February 2017\n\n   Fenby Community Centre at 19.15\n", "19.15"),
        ("a meeting in the Reading Room on Monday April 10th 2023 commencing at approx. 7.15 p.m.", "7.15 p.m."),
        ("Minute of Ashby Community Council meeting\nHeld 7.00pm on 20 October 2020 by video conference", "7.00pm"),
        ("Minutes of the Annual Meeting of Ashby Parish Council\nat 7.00 pm at Ashby Social Club on Thursday 19 May 2022", "7.00 pm"),
        ("Parish Council Meeting Monday 22nd February 2021, held remotely via ZOOM, 7.30pm\n", "7.30pm"),  # closing the line
        ("(Former Scout Hut, Memorial Hall, Ashby, 7.00pm – 9.00pm)\n", "7.00pm"),  # the hours in brackets after the place
        ("held at Ashby C.P. School on Monday, 13th March, 2017, commencing at 7.00.p.m.", "7.00.p.m."),  # a stop before the pm
    ],
)
def test_starts_at(text, time):
    assert vocab.regex("structure", "header.starts_at").search(text).group("time") == time


def test_a_time_after_the_day_with_only_a_comma():
    m = vocab.regex("structure", "header.held_on").search("To be held on Friday, 4th June 2021, 18.45, via Zoom")
    assert (m.group("date"), m.group("time")) == ("4th June 2021", "18.45")


@pytest.mark.parametrize(
    "text, committee, date",
    [
        ("You are summoned to attend a meeting of Fenby Parish Council which will take place at The Pavilion on Thursday 3rd December 2020 at 7.15pm.",
         "Fenby Parish Council", "3rd December 2020"),
        ("You are hereby summoned to attend a meeting of the Fenby Marsh Parish Council at Mill Lane Community House on Monday 9th October 2017 at 7.30pm.",
         "Fenby Marsh Parish Council", "9th October 2017"),
        ("You are summoned to attend the meeting of Ashby Parish Council to be held on Monday 4 April 2016 at the Parish Hall", "Ashby Parish Council", "4 April 2016"),
        ("You are summoned to a meeting of the above Council on Monday 25th February 2019 at 7.00pm", "above Council", "25th February 2019"),
        ("You are summoned to attend a meeting of Ashby Parish Council, to be held at 7.00pm on Thursday February 9th, 2017 at Ashby Community Centre",
         "Ashby Parish Council", "February 9th, 2017"),  # the month first, a time before the day
        ("You are hereby summoned to attend the meetingof Ashby Parish Council on Friday 12th March 2021 at 7.30pm", "Ashby Parish Council", "12th March 2021"),
    ],
)
def test_summons(text, committee, date):
    m = vocab.regex("layout", "header.summons").search(text)
    assert (m.group("committee"), m.group("date")) == (committee, date)


@pytest.mark.parametrize(
    "head, council, committee, date, time, venue",
    [
        ("FENBY PARISH COUNCIL\nYou are summoned to attend a meeting of Fenby Parish Council which will take place at The Pavilion on Thursday 3rd December 2020 at 7.15pm.\nAGENDA\n",
         "Fenby Parish Council", "Parish Council", "2020-12-03", "19:15", "The Pavilion"),
        ("CYNGOR CYMUNED NANTGARW COMMUNITY COUNCIL\n\nMINUTES OF THE COUNCIL MEETING HELD ON 11th JULY 2018, AT GEORGE ELLIS HALL, .\n\n",
         "Nantgarw Community Council", "Community Council", "2018-07-11", None, "GEORGE ELLIS HALL"),
        ("A MEETING of the PARISH COUNCIL will take place on FRIDAY 9 MARCH 2018, AND WILL BE HELD IN THE READING ROOM, TO START AT 7.45pm\nAGENDA\n",
         None, "Parish Council", "2018-03-09", "19:45", "READING ROOM"),
        ("Monday, April 15, 2013\n\nParish Council Minutes 3rd April 2013\n\nMinutes of the Meeting held in the church room\non Wednesday 3rd April 2013 at 7.00p.m.\n",
         None, "Parish Council", "2013-04-03", "19:00", "church room"),  # a blog's posting date first
        ("Agenda – 14 September 2022\nNOTICE IS HEREBY GIVEN that a meeting of ASHBY COMMUNITY COUNCIL will be held at Ashby Community Centre, on Wednesday 14 September 2022 at 7.00pm.\n",
         "Ashby Community Council", "Community Council", "2022-09-14", "19:00", "Ashby Community Centre"),  # the page title names the document
        ("Agenda for Town Council Meeting – 6 March 2017\n\nA meeting of the Town Council will be held on Monday, 6 March 2017 in the Council Chamber, Council Offices, Mill Street, Ashby starting at 19:30 hrs.\n\nAGENDA\n\n",
         "Ashby Town Council", "Town Council", "2017-03-06", "19:30", "Council Chamber, Council Offices, Mill Street, Ashby"),  # the kind alone, its place the venue's
    ],
)
def test_whole_heads(head, council, committee, date, time, venue):
    """A head in each of these forms, then the same three invented items, read end to end."""
    from pipeline.parse import parse_document

    body = "1. Apologies for Absence\nNone.\n2. Declarations of Interest\nNone.\n3. Minutes of the last meeting\nApproved.\n"
    (meeting,) = parse_document((head + body).encode(), "head.txt", {}).records["meeting"]
    assert (meeting.council, meeting.committee, meeting.date, meeting.start_time, meeting.venue) == (council, committee, date, time, venue)


@pytest.mark.parametrize(
    "text, committee, date, time",
    [
        ("Audit Committee - Tuesday, 5th May, 2015 5.30 pm, NEW\n", "Audit Committee", "Tuesday, 5th May, 2015", "5.30 pm"),  # the site's note
        ("Licensing Committee (archived)\nMonday, 3rd March, 2014 6.30 pm\n", "Licensing Committee", "Monday, 3rd March, 2014", "6.30 pm"),
        ("DEMOCRATIC SERVICES\nMAIDSTONE\nWednesday, 5 March 2025\n", None, None, None),  # an address and a letter's date
    ],
)
def test_meeting_title_line(text, committee, date, time):
    m = vocab.regex("layout", "header.meeting_title_line").search(text)
    assert ((m.group("committee"), m.group("date"), m.group("time")) if m else (None, None, None)) == (committee, date, time)


@pytest.mark.parametrize(
    "text, committee",
    [
        ("To approve the minutes of the meeting of the Cabinet held on 5 May 2024.", "Cabinet"),
        ("Minutes of the ordinary meeting of Council on 11 July 2011.", "Council"),
        ("The Minutes of the Licensing Sub-Committee meeting held on 30 March 2021 were approved.", "Licensing Sub-Committee"),
        ("The minutes of the meeting of the Scrutiny Board for Health and Care, held on 3 June 2022", "Scrutiny Board for Health and Care"),
        ("The Minutes of the Previous Meeting held on 3 March 2021 were approved.", None),  # names no body
        ("To approve the minutes of the last meeting on 3 March 2021.", None),
    ],
)
def test_the_body_whose_minutes_are_approved(text, committee):
    m = vocab.regex("layout", "header.previous_minutes_body").search(text)
    assert (m.group("committee") if m else None) == committee


def test_undated_minutes_record_a_held_meeting():
    """A minutes page whose text never gives the date (invented wording in ModernGov's page form): the meeting is
    still stored, held, with its venue and the body whose last minutes it approves; its id is the document's own."""
    from pipeline.parse import parse_document

    page = (
        "Agenda and minutes\n\nVenue: Room 4, Ashby Civic Centre.\n\nContact: Democratic Services\n\nItems\nNo. Item\n\n"
        "1.\n\nApologies\n\nMinutes:\n\nNone were received.\n\n"
        "2.\n\nMinutes\n\nMinutes:\n\nRESOLVED that the minutes of the meeting of the Scrutiny Panel held on 4 March 2024 be approved.\n"
    )
    result = parse_document(page.encode(), "page.txt", {})
    (meeting,) = result.records["meeting"]
    assert (meeting.committee, meeting.date, meeting.venue, meeting.status) == ("Scrutiny Panel", None, "Room 4, Ashby Civic Centre", "held")
    assert meeting.id.endswith("/undated-" + result.document.id[:12])


@pytest.mark.parametrize(
    "title, committee",
    [
        ("Minute General Meeting of the Council Tuesday, 8 March 2031, 10:30.", "Council"),
        ("Minute Special Meeting of the Policy and Resources Committee Tuesday, 8 March 2031, 10:30.", "Policy and Resources Committee"),
        ("Minutes Ordinary Meeting of the Fire Authority Tuesday, 8 March 2031, 10:30.", "Fire Authority"),
    ],
)
def test_a_scottish_minute_names_its_body_and_an_officer_is_none(title, committee):
    """"Minute General Meeting of the Council": the kind of meeting, then its body; the "Chief Executive" attending
    is an officer, not the body that met."""
    text = f"{title}\n\nPresent Councillors A Brook and C Dale.\n\nIn Attendance • Ann Holt, Interim Chief Executive. • Bob Dean, Clerk.\n\n1. Apologies There were none.\n\n2. Minutes Approved.\n"
    (meeting,) = parse_document(text.encode(), "minutes.txt", {}).records["meeting"]
    assert meeting.committee == committee


@pytest.mark.parametrize(
    "written, body",
    [
        ("Planning, Highways and Transport Committee", "Planning, Highways and Transport Committee"),  # a body's own commas
        ("virtually via Zoom, Isle of Tolley County Council", "Isle of Tolley County Council"),
        ("Council Chamber, Audit Committee", "Audit Committee"),
        ("Tolley County Council Meeting, Council Chamber, Council Offices, Tolley and virtually via Zoom, Tolley County Council", "Tolley County Council"),
        ("Village Hall, Main Street, Tolley", None),  # a place only
    ],
)
def test_the_body_after_a_title_lines_place(written, body):
    from extractors.meeting import _body_of_long_title

    assert _body_of_long_title(written) == body


def test_a_web_pages_long_title_line_gives_its_day_time_and_body():
    """A ModernGov page's title naming the meeting and its place before the body, longer than any body's name."""
    text = (
        "Agenda, decisions and minutes\n\nTolley County Council Meeting, Council Chamber, Council Offices, Tolley and virtually via Zoom, "
        "Tolley County Council - Tuesday, 3rd December, 2031 2.00 pm\n\nVenue: Council Chamber, Tolley\n\nItems\nNo. Item\n\n"
        "1.\n\nMinutes\n\nMinutes:\n\nThe minutes were confirmed.\n\n2.\n\nDeclaration of Interest\n\nMinutes:\n\nNone.\n"
    )
    (meeting,) = parse_document(text.encode(), "page.txt", {}).records["meeting"]
    assert (meeting.date, meeting.start_time, meeting.committee) == ("2031-12-03", "14:00", "Council")  # the whole council (whole_council)
