"""Which meeting a document's head describes, in the wordings councils use (vocab/structure.toml)."""

import pytest

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
        ("held on\nTuesday May 16th 2023 at 7.15 p.m. in the Old School", "May 16th 2023", "7.15 p.m."),  # the month first
        ("Amended Draft Minutes of Meeting 7.30pm Monday 12th November 2018", "12th November 2018", None),  # the time before the day: time_before
        ("Minutes of Meeting held on Thursday 12th January 2012 at 19.30", "12th January 2012", "19.30"),  # a 24-hour time with a dot
    ],
)
def test_held_on(text, date, time):
    m = vocab.regex("structure", "header.held_on").search(text)
    assert m.group("date") == date and (m.group("time") or None) == time
    if "7.30pm Monday" in text:
        assert m.group("time_before") == "7.30pm"


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
        ("KENT COUNTY COUNCIL", "COUNTY COUNCIL"),
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
        ("CABINET", None),  # capitals: the minutes_of or council lines say it
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

    head = "Minutes of the Ordinary Meeting of the Council held on Monday 11th November 2024.\nDraft minutes are subject to approval at the next ordinary meeting of the Community Council."
    assert whole_local_council("Council", None, head) == "Community Council"
    assert whole_local_council("Council", "Kent County Council", head) == "Council"  # a named principal council: as printed
    assert whole_local_council(None, "Wye Valley Community Council") == "Community Council"  # minutes that name no body: the council's own
    assert whole_local_council(None, "Kent County Council") is None


@pytest.mark.parametrize(
    "text, venue",
    [
        ("Minutes of the meeting held at the School on Tuesday, 11th May 2011", "School"),
        ("Held on the 14th of May 2014 at 7.00 pm at The Old Forge, Ashby Parva\n", "The Old Forge, Ashby Parva"),
        ("will be held on Tuesday, 23 October 2018 in the Council Chamber, Council Offices, Mill Street, Ashby, AB1 2CD starting at 19:30 hrs.",
         "Council Chamber, Council Offices, Mill Street, Ashby, AB1 2CD"),
        ("to be held at 7.30pm on Wednesday January 16th, 2019 at Ashby Community Centre, followed by a meeting of the Planning Committee.", "Ashby Community Centre"),
        ("to be held on Tuesday 15 October 2019 at the Reading Room at 7.30pm", "Reading Room"),
        ("MINUTES OF THE COUNCIL MEETING HELD ON 24th SEPTEMBER 2019, AT GEORGE ELLIS HALL, .", "GEORGE ELLIS HALL"),
        ("A MEETING of the PARISH COUNCIL will take place on MONDAY, AND WILL BE HELD IN THE VILLAGE HALL, TO START AT 7.30pm", "VILLAGE HALL"),
        ("a meeting of Fenby Parish Council which will take place at The Pavilion on Wednesday 7th October 2020", "The Pavilion"),
        ("a meeting of the Fenby Marsh Parish Council at Mill Lane Community House on Tuesday 12th September 2017", "Mill Lane Community House"),
        ("held on16 May 2023 in Fenby Parish Hall AT 7.25pm", "Fenby Parish Hall"),
        ("To be held on Tuesday, 1st December 2020, 18.30, via Zoom", None),
        ("Draft Minutes of Meeting held on Thursday 12th January 2012\n\n   Fenby Community Centre at 19.30\n", "Fenby Community Centre"),  # a line of its own
        ("Minutes of the meeting at 7.30pm\n", None),
        ("Minutes of the Meeting held in the village hall\non Thursday 6th December 2012 at 7.30p.m.", "village hall"),  # a building's word
        ("Minutes of the meeting held in the evening of Monday", None),
        ("NOTICE OF MEETING\nPLANNING COMMITTEE\nWEDNESDAY, 4 DECEMBER 2019 AT 10.00 AM\nTHE EXECUTIVE ROOM - THIRD FLOOR, THE GUILDHALL\nMembers:", "THE EXECUTIVE ROOM - THIRD FLOOR, THE GUILDHALL"),
        ("MINUTES OF THE COUNCIL MEETING HELD ON 24th SEPTEMBER 2019, AT GEORGE ELLIS\nHALL, .\n", "GEORGE ELLIS\nHALL"),  # wrapped in a PDF
        ("a meeting of Fenby Parish Council which will take place at The\nPavilion on Wednesday 7th October 2020 at 7.30pm.", "The\nPavilion"),
        ("Minutes of the meeting held in the Village Hall\nPresent: Cllr A Brown, Cllr C Dean\n", "Village Hall"),  # the next line is another field
        ("Agenda for Town Council Meeting – 23 October 2018\n\nPosted on 18th October, 2018 in Agendas – Town Council\n", None),  # a web page's furniture
        ("Minutes of the Ordinary Meeting held on Wednesday 3 June 2020 at 7.00 pm, Virtually online via Zoom\n", "Virtually online via Zoom"),
    ],
)
def test_venue(text, venue):
    m = vocab.regex("structure", "header.venue").search(text)
    assert (m.group("venue") if m else None) == venue


@pytest.mark.parametrize(
    "text, time",
    [
        ("held on16 May 2023 in Fenby Parish Hall AT 7.25pm", "7.25pm"),
        ("AND WILL BE HELD IN THE VILLAGE HALL, TO START AT 7.30pm", "7.30pm"),
        ("Held at the School on Tuesday, 11th May 2011, starting at 7.15pm", "7.15pm"),
        ("Thursday 12th January 2012\n\n   Fenby Community Centre at 19.30\n", "19.30"),
        ("a meeting in the Village Hall on Tuesday March 14th 2023 commencing at approx. 7.30 p.m.", "7.30 p.m."),
    ],
)
def test_starts_at(text, time):
    assert vocab.regex("structure", "header.starts_at").search(text).group("time") == time


def test_a_time_after_the_day_with_only_a_comma():
    m = vocab.regex("structure", "header.held_on").search("To be held on Tuesday, 1st December 2020, 18.30, via Zoom")
    assert (m.group("date"), m.group("time")) == ("1st December 2020", "18.30")


@pytest.mark.parametrize(
    "text, committee, date",
    [
        ("You are summoned to attend a meeting of Fenby Parish Council which will take place at The Pavilion on Wednesday 7th October 2020 at 7.30pm.",
         "Fenby Parish Council", "7th October 2020"),
        ("You are hereby summoned to attend a meeting of the Fenby Marsh Parish Council at Mill Lane Community House on Tuesday 12th September 2017 at 7.30pm.",
         "Fenby Marsh Parish Council", "12th September 2017"),
        ("You are summoned to attend the meeting of Ashby Parish Council to be held on Tuesday 15 October 2019 at the Parish Hall", "Ashby Parish Council", "15 October 2019"),
        ("You are summoned to a meeting of the above Council on Monday 25th February 2019 at 7.00pm", "above Council", "25th February 2019"),
        ("You are summoned to attend a meeting of Ashby Parish Council, to be held at 7.30pm on Wednesday January 16th, 2019 at Ashby Community Centre",
         "Ashby Parish Council", "January 16th, 2019"),  # the month first, a time before the day
        ("You are hereby summoned to attend the meetingof Ashby Parish Council on Wednesday 10th November 2021 at 7.30pm", "Ashby Parish Council", "10th November 2021"),
    ],
)
def test_summons(text, committee, date):
    m = vocab.regex("layout", "header.summons").search(text)
    assert (m.group("committee"), m.group("date")) == (committee, date)


@pytest.mark.parametrize(
    "head, council, committee, date, time, venue",
    [
        ("FENBY PARISH COUNCIL\nYou are summoned to attend a meeting of Fenby Parish Council which will take place at The Pavilion on Wednesday 7th October 2020 at 7.30pm.\nAGENDA\n",
         "Fenby Parish Council", "Parish Council", "2020-10-07", "19:30", "The Pavilion"),
        ("CYNGOR CYMUNED NANTGARW COMMUNITY COUNCIL\n\nMINUTES OF THE COUNCIL MEETING HELD ON 24th SEPTEMBER 2019, AT GEORGE ELLIS HALL, .\n\n",
         "Nantgarw Community Council", "Community Council", "2019-09-24", None, "GEORGE ELLIS HALL"),
        ("A MEETING of the PARISH COUNCIL will take place on WEDNESDAY 21 NOVEMBER 2018, AND WILL BE HELD IN THE VILLAGE HALL, TO START AT 7.30pm\nAGENDA\n",
         None, "Parish Council", "2018-11-21", "19:30", "VILLAGE HALL"),
        ("Friday, December 14, 2012\n\nParish Council Minutes 6th December 2012\n\nMinutes of the Meeting held in the village hall\non Thursday 6th December 2012 at 7.30p.m.\n",
         None, "Parish Council", "2012-12-06", "19:30", "village hall"),  # a blog's posting date first
        ("Agenda – 20 July 2023\nNOTICE IS HEREBY GIVEN that a meeting of ASHBY COMMUNITY COUNCIL will be held at Ashby Community Centre, on Thursday 20 July 2023 at 7.00pm.\n",
         "Ashby Community Council", "Community Council", "2023-07-20", "19:00", "Ashby Community Centre"),  # the page title names the document
        ("Agenda for Town Council Meeting – 23 October 2018\n\nA meeting of the Town Council will be held on Tuesday, 23 October 2018 in the Council Chamber, Council Offices, Mill Street, Ashby starting at 19:30 hrs.\n\nAGENDA\n\n",
         None, "Town Council", "2018-10-23", "19:30", "Council Chamber, Council Offices, Mill Street, Ashby"),
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
        ("Planning Committee - Thursday, 2nd July, 2020 6.00 pm, NEW\n", "Planning Committee", "Thursday, 2nd July, 2020", "6.00 pm"),  # the site's note
        ("Licensing Committee (expired)\nThursday, 22nd May, 2008 7.30 pm\n", "Licensing Committee", "Thursday, 22nd May, 2008", "7.30 pm"),
        ("DEMOCRATIC SERVICES\nMAIDSTONE\nWednesday, 5 March 2025\n", None, None, None),  # an address and a letter's date
    ],
)
def test_meeting_title_line(text, committee, date, time):
    m = vocab.regex("layout", "header.meeting_title_line").search(text)
    assert ((m.group("committee"), m.group("date"), m.group("time")) if m else (None, None, None)) == (committee, date, time)
