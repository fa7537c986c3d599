"""The structure and meeting head of minutes written in forms no template covers (issue 14, check4's classes).

Each form is a table of cases in invented words: the ways other councils write the same thing (other labels,
separators, capitals, inline or one a line). Real documents are scored by ``councilpack eval``.
"""

import pytest

from extractors.meeting import council_of_its_place
from pipeline.parse import parse_document


def _parse(text: str):
    return parse_document(text.encode(), "minutes.txt", {})


def _items(result):
    return [(i.number, i.title) for i in result.records["agenda_items"]]


def _meeting(result):
    (meeting,) = result.records["meeting"]
    return meeting


# --- minutes known by what their body records, whatever their head calls them -------------------------------------

WEB_HEAD = "Meeting documents\n\nThe Council\nThursday, 5th March, 2015 7.00 pm\n\nPlace:\nAssembly Room, Town Hall, Eastwick\n\nPart I\n"


@pytest.mark.parametrize(
    "first",
    [
        "Apologies for absence were received from Councillors Amber and Brook.",
        "Apologies had been received from Councillor Amber.",
        "No apologies were received.",
        "It was agreed that the item be taken first.",
        "The minutes of the last meeting were approved as a correct record.",
    ],
)
def test_a_page_that_never_says_minutes_is_minutes_by_what_it_records(first):
    result = _parse(WEB_HEAD + f"211 Apologies for absence.\n{first}\n212 Declarations of Interest\nCouncillor Amber: a personal interest.\n")
    assert _items(result) == [("211", "Apologies for absence"), ("212", "Declarations of Interest")]
    meeting = _meeting(result)
    assert (meeting.committee, meeting.date, meeting.start_time, meeting.status) == ("Council", "2015-03-05", "19:00", "held")
    assert meeting.venue == "Assembly Room, Town Hall, Eastwick"


def test_an_agenda_that_asks_for_apologies_records_nothing():
    result = _parse(WEB_HEAD.replace("Meeting documents", "Agenda") + "211 Apologies for absence.\nTo receive apologies for absence.\n212 Declarations of Interest\nTo receive declarations.\n")
    assert _meeting(result).status == "scheduled"


@pytest.mark.parametrize(
    "head",
    [
        "PRESENT: A Brook, Chairman; C Dale, Secretary; E Ford.\nAPOLOGIES: G Hale; J King.\n",
        "Members present: A Brook (Chair), C Dale, E Ford\nIn attendance: Cllr G Hale\n",
        "Present; A Brook, C Dale\nApologies: E Ford\n",
    ],
)
def test_minutes_that_never_say_which_meeting_still_record_one_held(head):
    """An excerpt's minutes: who was present and who sent apologies, no date, no body, no business read."""
    result = _parse(head + "\nThe Chairman welcomed those present and the speaker.\n\nROAD SAFETY 2001: The speaker described the plans for the year at length.\n")
    meeting = _meeting(result)
    assert (meeting.date, meeting.committee, meeting.status) == (None, None, "held")


def test_a_report_with_no_attendance_gives_no_meeting():
    result = _parse("Report of the Head of Parks\n\nThe play area was inspected. It was agreed with the contractor that work starts in May.\n")
    assert result.records["meeting"] == []


def test_a_decision_told_deep_in_a_report_makes_no_minutes():
    """A performance report's "Subsequently it was agreed that ..." on a later page records no meeting."""
    text = (
        "Eastwick Council\nQuarterly Performance Report\nQuarter 3\n\nKey to ratings used\n\n"
        + "This report describes the indicators and how each is rated against its target for the year.\n" * 40
        + "1. Risks\nSubsequently it was agreed that the risk rating would reduce to medium.\n2. Targets\nAll met.\n"
    )
    assert _parse(text).records["meeting"] == []


# --- the body that met ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "title, committee, date, time",
    [
        ("Agenda for Council on Wednesday, 27th January, 2021, 6.00 pm", "Council", "2021-01-27", "18:00"),
        ("Agenda for Licensing Board on Tuesday 3 March 2020 10.00 am", "Licensing Board", "2020-03-03", "10:00"),
        ("Minutes for Planning Committee on Monday, 9th November, 2020", "Planning Committee", "2020-11-09", None),
        # named by its occasion: a meeting of the whole council
        ("Annual General Meeting\nMonday 20 May 2019 7.00 pm", "Council", "2019-05-20", "19:00"),
        ("Extraordinary Meeting\nThursday, 2nd July, 2020 2.00 pm", "Council", "2020-07-02", "14:00"),
        ("Annual Council Meeting\nWednesday 19 May 2021 6.30 pm", "Council", "2021-05-19", "18:30"),
    ],
)
def test_a_web_pages_title_gives_the_day(title, committee, date, time):
    text = f"{title}\n\nAgenda and minutes\n\nVenue: Civic Offices\n\nItems\nNo. Item\n\n14.\n\nApologies for absence\n\nMinutes:\n\nNone.\n\n15.\n\nMinutes\n\nMinutes:\n\nApproved.\n"
    meeting = _meeting(_parse(text))
    assert (meeting.committee, meeting.date, meeting.start_time) == (committee, date, time)


def test_a_head_that_says_which_meeting_is_no_web_title():
    """ "MINUTES OF THE PARISH COUNCIL MEETING HELD ON / TUESDAY, 1 OCTOBER 2024": not "Minutes of X on <date>"."""
    text = "ASHBY PARISH COUNCIL\nMINUTES OF THE PARISH COUNCIL MEETING HELD ON\nTUESDAY, 1 OCTOBER 2024\nPresent: A Brook, C Dale\n1. Apologies\nNone.\n2. Minutes\nApproved.\n"
    assert _meeting(_parse(text)).committee == "Parish Council"


# --- items numbered only by their paragraphs ------------------------------------------------------------------------

HELD = "Minutes of a Meeting of Eastwick District Council held in the Council Chamber on Tuesday, 9 October 2007.\n\nPresent: A Brook, C Dale\n\n"


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
def test_paragraph_numbers_without_headings_are_untitled_items(sep):
    body = sep.join([
        "1.1 It was agreed that the minutes be signed.",
        "2.1 The Chief Executive advised that there were no matters arising.",
        "2.2 Submitted letter of thanks from the rescue service.",
        "2.2.1 It was agreed to note the letter.",
        "3.1 Submitted the accounts for the quarter.",
        "3.2 It was agreed to pay the invoices.",
    ])
    assert _items(_parse(HELD + body + "\n")) == [("1", None), ("2", None), ("3", None)]


def test_paragraph_numbers_under_printed_headings_stay_parts():
    body = "1 Apologies\n1.1 None were received.\n1.2 The Chair welcomed members.\n2 Minutes\n2.1 It was agreed to sign them.\n2.2 Nothing arose.\n3 Planning\n3.1 No applications.\n"
    assert [n for n, _ in _items(_parse(HELD + body))] == ["1", "2", "3"]


# --- items run into a paragraph --------------------------------------------------------------------------------------

@pytest.mark.parametrize("word, stop", [("Item", "."), ("Item", ":"), ("ITEM", "."), ("Agenda Item", "."), ("Minute", ".")])
def test_items_run_into_text_that_lost_its_line_breaks(word, stop):
    text = (
        "OAKDALE COMMUNITY COUNCIL Minutes of meeting held on Tuesday 21st January 2020 at 7.30pm in Mill Inn, Oakdale "
        "Present: Ann Bell, Chair (AB), Carl Dunn (CD) Apologies: none. "
        f"{word} 1{stop} Welcome/apologies/Police report. The Chair opened the meeting. Two incidents were reported. "
        f"{word} 2{stop} Minutes of November meeting/matters arising. The Minutes were adopted. See item 7 of November. "
        f"{word} 3{stop} Planning. No applications.\n"
    )
    result = _parse(text)
    assert [(n.rstrip("."), t) for n, t in _items(result)] == [
        ("1", "Welcome/apologies/Police report"), ("2", "Minutes of November meeting/matters arising"), ("3", "Planning")]
    assert _meeting(result).venue == "Mill Inn, Oakdale"


# --- labels and their colons -----------------------------------------------------------------------------------------

KIRK = "Minutes of Meeting held on Thursday 1st November 2018 at the 'Old Kirk, Easter Balnain' at 7.30pm\n\nPresent: A Brook (Chair), C Dale\n\nApologies: E Ford\n\n"


@pytest.mark.parametrize("bullet", ["•", "-", "*"])
def test_labels_alone_over_bullets_and_labels_over_their_minutes_are_one_form(bullet):
    body = (
        "Police Scotland:  No officer attended. A poster was circulated.\n\n"
        f"Matters arising:\n\n  {bullet} Hall roof – quotes awaited.\n  {bullet} Path clearing done.\n\n"
        f"Chairman's Report:\n\n  {bullet} Verges to be cut.\n\n"
        "Vice Chairman's Report: No report\n\n"
        f"Treasurer's Report:\n\n  {bullet} Balance stands at £200.\n\n"
        "Next meeting: Thursday 6th December\n"
    )
    result = _parse(KIRK + body)
    assert [t for _, t in _items(result)] == [
        "Police Scotland", "Matters arising", "Chairman's Report", "Vice Chairman's Report", "Treasurer's Report", "Next meeting"]
    assert _meeting(result).venue == "Old Kirk, Easter Balnain"


def test_two_lone_titles_over_their_paragraphs_are_the_items():
    text = (
        "Minutes of the Monthly Meeting of Council held in the Civic Centre, Eastwick, on Tuesday, 28 July, 2015 at 7:00 pm\n\n"
        "PRESENT: The Mayor Councillor A Brook\n\n"
        "Opening of the Meeting\n\nThe Mayor welcomed those present to the meeting.\n\n"
        "Prayers\n\nThe Reverend C Dale said a prayer.\n"
    )
    assert [t for _, t in _items(_parse(text))] == ["Opening of the Meeting", "Prayers"]


def test_a_web_pages_field_labels_are_not_business():
    text = (
        "Meeting documents\n\nCouncil\nThursday, 17th November, 2016 4.00 pm\n\nPlace:\nCouncil Chamber, Eastwick Hall\n\n"
        "Attendance Details\n\nPresent:\nCouncillor A Brook, Councillor C Dale\nApologies for absence:\nCouncillor E Ford\n\n"
        "Councillor Brook paid tribute to a former councillor.\n"
    )
    result = _parse(text)
    assert _items(result) == []
    assert _meeting(result).venue == "Council Chamber, Eastwick Hall"


# --- where a title ends -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "title, rest",
    [
        ("To consider the acceptance of apologies for absence from Councillors", "– Councillor E Brown will be attending in due course."),
        ("To accept the apologies of members", "- Cllr Smith sent apologies."),
        ("Co-option of a member", "— Mrs A Jones has applied to join the council."),
        ("Report of the Footpaths Officer", "– Parish Councillor D Grey is away this month."),
        # the page's width cut the name after its initial
        ("To consider the acceptance of apologies for absence from the members of the Council", "– Councillor E\nBrown will attend in due course."),
    ],
)
@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_dash_then_a_titled_name_is_the_minutes_not_the_title(title, rest, gap):
    text = HELD + gap.join(["1. Election of Chairman", "A Brook was elected.", f"2. {title} {rest}", "3. Minutes", "Approved."]) + "\n"
    assert _items(_parse(text))[1] == ("2.", title)


# --- the same forms printed to PDF, headings in bold -----------------------------------------------------------------

def _pdf_of(lines: list[tuple[str, bool]], bold_to_colon: frozenset[str] | set[str] = frozenset()) -> bytes:
    """A one-page PDF of ``(text, bold)`` lines drawn with reportlab (a dev dependency): bold lines in Times-Bold 12 pt,
    the rest in Times-Roman 11 pt; a line opening with a label in ``bold_to_colon`` has only that label in bold.
    (tests/test_general_structure.py draws its own in one size, Helvetica: another printed style on purpose.)"""
    import io

    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    page = canvas.Canvas(out)
    y = 800
    for line, bold in lines:
        label = next((b for b in bold_to_colon if line.startswith(b)), None)
        if label:
            page.setFont("Times-Bold", 12)
            page.drawString(60, y, label)
            x = 60 + page.stringWidth(label + " ", "Times-Bold", 12)
            page.setFont("Times-Roman", 11)
            page.drawString(x, y, line[len(label):].strip())
        else:
            page.setFont("Times-Bold" if bold else "Times-Roman", 12 if bold else 11)
            page.drawString(60, y, line)
        y -= 16
    page.save()
    return out.getvalue()


def test_a_bold_head_that_wraps_and_bold_labels_over_their_minutes():
    """The head's title wraps onto a second bold line ("... at the 'Old Kirk, Easter" / "Balnain' at 7.30pm"): no
    heading; the labels, bold to their colon or alone on their line, are the items."""
    lines = [
        ("Minutes of Meeting. 1st November 2018", True),
        ("Minutes of Meeting held on Thursday 1st November 2018 at the 'Old Kirk, Easter", True),
        ("Balnain' at 7.30pm", True),
        ("Present: A Brook (Chair), C Dale, E Ford", False),
        ("Apologies: G Hale", False),
        ("Police Scotland: No officer attended. A poster was circulated.", False),
        ("Matters arising:", True),
        ("• Hall roof – quotes awaited.", False),
        ("Chairman's Report:", True),
        ("• Verges to be cut.", False),
        ("Planning Matters: No report", False),
        ("Next meeting: Thursday 6th December", False),
    ]
    bold_to_colon = {"Police Scotland:", "Planning Matters:", "Next meeting:"}
    result = parse_document(_pdf_of(lines, bold_to_colon), "minutes.pdf", {})
    assert [t for _, t in _items(result)] == ["Police Scotland", "Matters arising", "Chairman's Report", "Planning Matters", "Next meeting"]
    meeting = _meeting(result)
    assert (meeting.date, meeting.start_time, meeting.venue) == ("2018-11-01", "19:30", "Old Kirk, Easter Balnain")


def test_two_bold_titles_over_their_paragraphs_are_the_items():
    lines = [
        ("Minutes of the Monthly Meeting of Council held in the Civic Centre, Eastwick,", True),
        ("on Tuesday, 28 July, 2015 at 7:00 pm", True),
        ("PRESENT: The Mayor Councillor A Brook", False),
        ("Councillors C Dale and E Ford", False),
        ("Opening of the Meeting", True),
        ("The Mayor welcomed those present to the meeting.", False),
        ("Prayers", True),
        ("The Reverend G Hale said a prayer.", False),
    ]
    assert [t for _, t in _items(parse_document(_pdf_of(lines), "minutes.pdf", {}))] == ["Opening of the Meeting", "Prayers"]


def test_a_web_pages_field_labels_printed_to_pdf_are_not_business():
    lines = [
        ("Meeting documents", True), ("Council", True), ("Thursday, 17th November, 2016 4.00 pm", False),
        ("Place:", False), ("Council Chamber, Eastwick Hall, Eastwick", False), ("Attendance Details", False),
        ("Present:", False), ("Councillor A Brook, Councillor C Dale", False), ("Apologies for absence:", False),
        ("Councillors Mrs Ford and Councillor Hale", False),
        ("Councillor Brook paid tribute to a former councillor who served the town for many years.", False),
    ]
    result = parse_document(_pdf_of(lines), "minutes.pdf", {})
    assert _items(result) == []
    assert _meeting(result).venue == "Council Chamber, Eastwick Hall, Eastwick"


# --- the council, where no register names it ---------------------------------------------------------------------------

@pytest.mark.parametrize(
    "committee, venue, council",
    [
        ("Parish Council", "Ashby Village Hall", "Ashby Parish Council"),
        ("Parish Council", "the Little Ashby Memorial Hall", "Little Ashby Parish Council"),
        ("Town Council", "The Meadow Centre, Eastwick", "Eastwick Town Council"),
        ("Community Council", "Church Rooms, Aber-on-Sea", "Aber-on-Sea Community Council"),
        ("Parish Council", "The Village Hall", None),  # no place named
        ("Parish Council", "Mill Lane Pavilion, Mill Lane", None),  # a street, not a place
        ("Cabinet", "Council Chamber, Eastwick", None),  # a principal council's body: its venue names no council
    ],
)
def test_a_local_council_that_prints_only_its_kind_is_named_by_its_place(committee, venue, council):
    assert council_of_its_place(committee, venue) == council


@pytest.mark.parametrize("body", ["Eastwick District Council", "Upper Marsh Town Council", "Aber and Coed Borough Council"])
def test_a_council_no_register_knows_is_the_body_printed(body):
    text = f"Minutes of Proceedings of a Meeting of {body} held in the Council Chamber, Eastwick on Tuesday, 9 October 2007.\n\nPresent: A Brook, C Dale\n\n1. Apologies\nNone.\n2. Minutes\nApproved.\n"
    meeting = _meeting(_parse(text))
    assert meeting.council == body
    assert meeting.committee in ("Council", "Town Council")


@pytest.mark.parametrize(
    "first, second",
    [
        ("Minutes of Previous Meeting: Adopted by A Brook", "Matters Arising:\n\nHall: Roof repaired\nPath: Cleared"),
        ("Minutes of the last meeting: approved", "Declarations of Interest: None"),
        ("Matters arising: none", "Declarations of interest: Cllr Dale, item 4"),
    ],
)
def test_two_labelled_lead_ins_naming_standard_business_after_the_attendance(first, second):
    text = (
        "Oakdale Community Council\nMinutes of meeting held at\nCommunity Hall Oakdale\nMonday 4th June 2012\n\n"
        "Present: A Brook (Chairman) C Dale\n\nIn Attendance: Councillor E Ford\n\nApologies: G Hale\n\n"
        f"{first}\nSeconded by C Dale\n\n{second}\n"
    )
    assert [t for _, t in _items(_parse(text))] == [first.split(":")[0], second.split(":")[0]]


def test_bold_capitals_headings_the_first_naming_apologies_and_one_running_on():
    """Headings in bold capitals: the first, "APOLOGIES FOR ABSENCE.", is an item set like the rest, not the head's
    label; a long line opening with its heading in bold runs on into its minutes after a dash."""
    lines = [
        ("PC Meeting 17th Sept 2019", True),
        ("MINUTES OF THE MEETING HELD ON SEPTEMBER 17th 2019 AT 7.45PM IN", True),
        ("THE VILLAGE HUT.", True),
        ("PRESENT: Cllr A Brook (Chairman) Cllrs C Dale, E Ford, and the Clerk", False),
        ("APOLOGIES FOR ABSENCE.", True),
        ("Cllr J King presented apologies, which were accepted.", False),
        ("DECLARATIONS OF INTEREST.", True),
        ("None were made.", False),
    ]
    import io

    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    page = canvas.Canvas(out)
    y = 800
    for line, bold in lines:
        page.setFont("Times-Bold" if bold else "Times-Roman", 12 if bold else 11)
        page.drawString(60, y, line)
        y -= 16
    head = "SIGNING OF THE MINUTES"
    page.setFont("Times-Bold", 12)
    page.drawString(60, y, head)
    page.setFont("Times-Roman", 11)
    page.drawString(60 + page.stringWidth(head + " ", "Times-Bold", 12), y, "- Clerk's notes from the meeting of July 16th, 2019. Cllr Dale proposed")
    y -= 16
    page.drawString(60, y, "and Cllr Ford seconded that these be approved as a true record.")
    y -= 16
    page.setFont("Times-Bold", 12)
    page.drawString(60, y, "COUNCILLOR VACANCY.")
    y -= 16
    page.setFont("Times-Roman", 11)
    page.drawString(60, y, "No election was called.")
    page.save()
    titles = [t for _, t in _items(parse_document(out.getvalue(), "minutes.pdf", {}))]
    assert titles == ["APOLOGIES FOR ABSENCE", "DECLARATIONS OF INTEREST", "SIGNING OF THE MINUTES", "COUNCILLOR VACANCY"]


# --- a list of documents is no meeting's minutes ------------------------------------------------------------------------

LISTING = (
    "# Meeting papers collected for testing\n\nEach file below was saved from a council's web site.\n\n"
    "| file | what it is | why it is useful |\n|---|---|---|\n"
    "| `eastwick_cabinet_2025-03-05_minutes.pdf` | Eastwick Council, Cabinet, 5 March 2025, printed minutes | PRESENT / IN ATTENDANCE blocks, {mark} and decision numbers |\n"
    "| `westwick_audit_2024-11-12_minutes.html` | Westwick Council, Audit Committee, 12 Nov 2024 | Members present: line, apologies |\n"
    "\n## Notes\n\n- Two files were renamed.\n\n## Added\n\n- A council's web-service responses.\n"
)


@pytest.mark.parametrize("mark", ["RESOLVED", "Resolved", "resolutions"])
def test_a_markdown_table_listing_minutes_is_not_minutes(mark):
    """The words of a table that describes other papers ("printed minutes", "IN ATTENDANCE blocks", "RESOLVED and
    decision numbers") say nothing of the document holding the table: no meeting, no items from its headings."""
    result = _parse(LISTING.format(mark=mark))
    assert result.records["meeting"] == [] and _items(result) == []
    assert result.document.kind == "unrecognised"


@pytest.mark.parametrize(
    "line",
    [
        "RESOLVED: That the report be noted.",
        "RESOLVED that the report be noted.",
        "It was RESOLVED to note the report.",
        "   RESOLVED – the report was noted.",
        "(a) RESOLVED unanimously that the report be noted.",
    ],
)
def test_resolved_as_minutes_print_it_makes_numbered_business_minutes(line):
    result = _parse(f"Eastwick Council\nCabinet\n5 March 2025\n\n1. Budget\n{line}\n2. Parks\nThe parks report was received.\n3. Close\nThe meeting closed at 8pm.\n")
    assert result.document.kind == "printed_minutes"
    assert [n for n, _ in _items(result)] == ["1.", "2.", "3."]
