"""The general structure reader on councils whose layout no outliner was written for (the tuning half).

Expected values are read from the documents (they are the tuning truth files'
values); the checking half is scored by ``councilpack eval`` only.
"""

import pytest

from pipeline.parse import parse_document
from tests.conftest import SHARED, needs_shared

CORPUS2 = SHARED / "corpus2"


def parse(path):
    return parse_document(path.read_bytes(), str(path), {})


def items(result):
    return [(i.number, i.title) for i in result.records["agenda_items"]]


@needs_shared
def test_running_minute_numbers_with_titles_run_into_the_minutes():
    result = parse(CORPUS2 / "text/stoke-ferry-pc_parish-council_2020-06-03_draft-minutes-virtual.md")
    got = items(result)
    assert [n for n, _ in got] == [f"{n}/20" for n in range(95, 107)]
    assert got[0] == ("95/20", "Openness and Transparency Notice")  # "... Notice The Chair read the notice."
    assert got[1] == ("96/20", "To Record Those Councillors Present who do not have a Video Link")
    (meeting,) = result.records["meeting"]
    # the web site's front matter ("date: 2020-08-10") is not the meeting's date
    assert (meeting.committee, meeting.date, meeting.start_time, meeting.status) == ("Parish Council", "2020-06-03", "19:00", "held")


@needs_shared
def test_headings_without_numbers():
    result = parse(CORPUS2 / "text/stoke-ferry-pc_parish-council_2012-10-10_draft-minutes.md")
    titles = [t for _, t in items(result)]
    assert titles[:3] == ["Minutes", "Matters Arising", "Election of Vice-Chair"]
    assert titles[-2:] == ["Public Any Other Business", "Date of Next Meeting"]
    assert "Those Attending" not in titles  # the attendance label of the head
    (meeting,) = result.records["meeting"]
    assert (meeting.date, meeting.start_time, meeting.venue) == ("2012-10-10", "19:30", "The Community Centre")


@needs_shared
def test_a_village_web_sites_minutes_page():
    result = parse(CORPUS2 / "html/stoke-ferry-pc_parish-council_2013-09-11_minutes_website-page.html")
    got = items(result)
    assert got[:2] == [("1.", "Those Attending"), ("2.", "To Consider Apologies for Absence")]
    assert ("15.", "Correspondence") in got
    (meeting,) = result.records["meeting"]
    assert (meeting.committee, meeting.date, meeting.start_time) == ("Parish Council", "2013-09-11", "19:30")


@needs_shared
def test_an_agenda_is_scheduled_and_minutes_are_held():
    agenda = parse(SHARED / "corpus/pdf/tintern-community-council_2019-02-25_agenda.pdf")
    (meeting,) = agenda.records["meeting"]
    assert (meeting.committee, meeting.date, meeting.start_time, meeting.status) == ("Community Council", "2019-02-25", "19:00", "scheduled")
    assert [n for n, _ in items(agenda)][:3] == ["2643.", "2644.", "2645."]  # as printed


@pytest.mark.parametrize(
    "rest, title",
    [
        ("APOLOGIES Apologies for absence were received from Councillors Brown and Dean", "APOLOGIES"),
        ("PUBLIC QUESTIONS Two residents asked about the playing field", "PUBLIC QUESTIONS"),
        ("TO RECEIVE A ROAD SAFETY TALK FROM ANN HOLT The Chairman welcomed Mrs Holt to the meeting", "TO RECEIVE A ROAD SAFETY TALK FROM ANN HOLT"),
        ("PRESENT Councillors: A Brown, C Dean", "PRESENT"),  # a heading in capitals, then a labelled list
        ("DECLARATIONS OF INTEREST (PECUNIARY AND NON-PECUNIARY) To receive declarations of interest in items", "DECLARATIONS OF INTEREST (PECUNIARY AND NON-PECUNIARY)"),
        ("CIL Payment and Village Planters", "CIL Payment and Village Planters"),  # an acronym starts a title
        ("UNESCO World Heritage Site", "UNESCO World Heritage Site"),  # title case, not a sentence
        ("Police Report: Attached.", "Police Report"),
        ("Matters arising • The fence was repaired. • The bench was painted.", "Matters arising"),  # a bullet starts its parts
        ("Reports 4.1 Chairman's Report The chairman had nothing to report.", "Reports"),  # a sub-item's number
        ("Items for the next agenda 1. Dog fouling 2. The footpath", "Items for the next agenda"),
        ("Minutes of the meeting held on 9 May 2023 Item 9.1 was amended", "Minutes of the meeting held on 9 May 2023 Item 9.1 was amended"),  # a reference
        ("Bridleway No 7. Resurfacing quotes and a grant application.", "Bridleway No 7. Resurfacing quotes and a grant application"),
        ("Date of Next Meeting: Thursday 8th June 2024.", "Date of Next Meeting: Thursday 8th June 2024"),  # the day is part of the title
        ("Bakery Supplies Co. Use of Recreation Ground Car Park.", "Bakery Supplies Co. Use of Recreation Ground Car Park"),  # an abbreviation, not a sentence's end
        ("APOLOGIES– CllrsAnn Holt, Bob Dean and Carys Lee.", "APOLOGIES"),  # a heading in capitals, a dash, its text
        ("MATTERS ARISING – (a) Bus Shelter at Fenby – The Clerk reported", "MATTERS ARISING"),
        ("DATE FOR NEXT MEETING –WEDNESDAY DECEMBER 19 2018 AND AGENDA ITEMS FOR IT", "DATE FOR NEXT MEETING –WEDNESDAY DECEMBER 19 2018 AND AGENDA ITEMS FOR IT"),
        ("To Approve: Payments and Accounts Reconciliation - May 2020 The payments were presented as follows", "To Approve: Payments and Accounts Reconciliation - May 2020"),
        ("Reports from outside bodies: Fenby Mill Preservation Trust –", "Reports from outside bodies"),  # a lead-in to the next line
        ("Village Sign (Quotes for Repair): Meeting of", "Village Sign (Quotes for Repair)"),  # text running on
        ("Corporate Parenting: Activity and Performance Report", "Corporate Parenting: Activity and Performance Report"),
        # a web table flattened to text: the cell's rule ends the title
        ("Matters arising | | Clerk |", "Matters arising"),
        # a dash, then what the meeting did
        ("Declarations of Interest – none", "Declarations of Interest"),
        ("Confirmation of the minutes of the meeting on 6th May 2021 – Agreed", "Confirmation of the minutes of the meeting on 6th May 2021"),
        ("Minutes of the meeting held on March the 4th 2020 Item 7.2 – – the lease has been signed.", "Minutes of the meeting held on March the 4th 2020"),
        ("To receive apologies for absence – apologies were received from Cllr Holt", "To receive apologies for absence"),
        ("Date of Next Meeting – AB noted that the next meeting is on 5 May", "Date of Next Meeting"),
        ("Planning – Applications Received", "Planning – Applications Received"),  # a dash inside a title
        # the names the item records, and "No declarations ..."
        ("Apologies for absence Parish Councillor Ann Holt and County Councillor Bob Dean", "Apologies for absence"),
        ("To Record Those Councillors Present who do not have a Video Link", "To Record Those Councillors Present who do not have a Video Link"),
        ("Declaration of Interest on agenda items No declarations were made.", "Declaration of Interest on agenda items"),
        # apologies and declarations, a dash, then who; other titles keep what follows their dash
        ("Apologies - Linda Gray", "Apologies"),
        ("Members Declaration of Interest – Julie Coxall, planning application New Road", "Members Declaration of Interest"),
        ("To receive declarations of interest under the Localism Act 2031 – being any pecuniary interest in agenda items – There were none", "To receive declarations of interest under the Localism Act 2031"),
        ("Apologies for absence and reasons given by members unable to attend tonight – Cllr Holt (work)", "Apologies for absence and reasons given by members unable to attend tonight"),
        ("Finance - Authorisation of Payments as presented by the clerk", "Finance - Authorisation of Payments as presented by the clerk"),
        # any title, a dash, then a sentence that tells what happened: the item's minutes
        ("Bank Accounts – Bank of Fenby, money cannot be withdrawn, no", "Bank Accounts"),
        ("Election of Chairman – Cllr A Holt was nominated by Cllr B Dean for the post", "Election of Chairman"),
        ("Village Fete – Stall holders asked for more space.  Council agreed to mark out the field", "Village Fete"),
        ("Finance – to approve the payments listed and the bank reconciliation for May", "Finance – to approve the payments listed and the bank reconciliation for May"),
        ("The Cemetery - Quotes for Extension to Roadway", "The Cemetery - Quotes for Extension to Roadway"),
        # an item headed by its decision: the decision's sentence is the title; a decision glued on ends it
        ("Noted: that the mower will be kept by the Hall Committee. Resolved: to buy a cover", "Noted: that the mower will be kept by the Hall Committee"),
        ("Remembrance Day Wreath.Resolved: to order a wreath", "Remembrance Day Wreath"),
        ("Welcome and Apologies (see above). The Chair opened the meeting.", "Welcome and Apologies"),  # a note pointing elsewhere
        ("Finance policies (attached)", "Finance policies (attached)"),  # the papers that come with it: still its title
        ("Planning (Appendix B)", "Planning (Appendix B)"),  # no pointer: part of the title
        # a title never ends on a preposition: "under The Relevant Authorities ..." is no sentence starting
        ("To receive declarations of interest under The Relevant Authorities Regulations 2012", "To receive declarations of interest under The Relevant Authorities Regulations 2012"),
        # a speaker's full name, then what they said
        ("Play Area Update: Carol Masters advised that the grant had been launched", "Play Area Update"),
        ("Police Report - PC Andrew Mason reported some details from the area", "Police Report"),
        ("Welcome - MT welcomed everyone. Nice to see Ann at the meeting", "Welcome"),
        # the speaker named straight after the colon: the minutes start there
        ("Police matters: PC Ann Holt presented the Police report. Two thefts were reported", "Police matters"),
        ("Play park: Cllr Dean reported that the swings were mended", "Play park"),
        # a full stop before a word in lower case ends no sentence
        ("Apologies for absence, Inc. acceptance of reasons", "Apologies for absence, Inc. acceptance of reasons"),
        # a part or paragraph number in brackets, then its text: the title ends before it
        ("ADOPTION OF MINUTES (a) Ordinary Meeting of 3 March", "ADOPTION OF MINUTES"),
        ("Matters Arising (i) Footpath signs were ordered", "Matters Arising"),
        ("Apologies/Personal matters (4) Cllr Ann Holt and Cllr Bob Dean", "Apologies/Personal matters"),
        ("Financial business (7) Items agreed for payment", "Financial business"),
        ("Finance policies (attached)", "Finance policies (attached)"),  # a note, not a part
        # a heading in capitals, then the decision word in capitals
        ("APOLOGIES RESOLVED to note that there were none", "APOLOGIES"),
        ("GRASS CUTTING AGREED: that the contract be renewed", "GRASS CUTTING"),
        ("PLAY AREA NOTED the inspection report", "PLAY AREA"),
        # a range's dash is inside the title
        ("ELECTION OF TOWN MAYOR 2031 - 2032 It was proposed by Ann Holt that Bob Dean be Mayor", "ELECTION OF TOWN MAYOR 2031 - 2032"),
        ("ELECTION OF DEPUTY MAYOR 2031–2032 It was proposed by Ann Holt that Cy Frost be Deputy", "ELECTION OF DEPUTY MAYOR 2031–2032"),
        ("DECLARATIONS – None were made", "DECLARATIONS"),
        # an attendance label's colon, then the names (an office word among them)
        ("MEMBERS PRESENT: Ann Holt Town Mayor Councillors Bob Dean, Cy Frost", "MEMBERS PRESENT"),
        ("Councillors present: Ann Holt (Chair), Bob Dean", "Councillors present"),
        ("In attendance: Cy Frost, Clerk", "In attendance"),
        # one word in capitals, then a sentence opening the minutes
        ("WELCOME The Mayor, Councillor Holt, welcomed Members to the meeting", "WELCOME"),
        ("CONGRATULATIONS Cllr Dean congratulated the school team", "CONGRATULATIONS"),
        # a clerk's opening phrase, capitalised, starts the minutes; in lower case it is the title's
        ("Election of Chair In accordance with Standing Orders, the Clerk presided", "Election of Chair"),
        ("Play Area Following consideration of the quotes, it was agreed", "Play Area"),
        ("Hall Lease With reference to the letter, members discussed", "Hall Lease"),
        ("Report in respect of the play area", "Report in respect of the play area"),
    ],
)
def test_where_a_title_ends(rest, title):
    from pipeline.outline.titles import title_cut

    assert rest[: title_cut(rest)].strip() == title


def _read(text):
    return [(i.number, i.title) for i in parse_document(text.encode(), "minutes.txt", {}).records["agenda_items"]]


HEAD = "Minutes of Ashby Parish Council Meeting held in the Village Hall\n\nAt 7.30pm on Wednesday 16 September 2009\n\n"


def test_runs_of_unnumbered_headings_between_numbered_items():
    """The clerk numbers the standing business and heads the rest with bare titles: both are items."""
    text = HEAD + (
        "1. Minutes of the last Meeting: approved.\n\n2. Matters Arising:\n\na) Police Matters - nothing to report.\n\n"
        "Mill Lane Drainage:\n\nThe Clerk had written to Highways.\n\nCarried\n\n"
        "Cemetery Sub Committee\n\nA meeting was held on 8 September.\n\n"
        "Bus Shelter:\n\nQuotes were received.\n\n"
        "3. Planning:\n\nApproved by the Borough\n\nA rear extension at 4 Mill Lane.\n\n"
        "4. Accounts for Approval\n\nThe accounts were approved.\n\n"
        "There being no further business the meeting closed at 10.00pm\n\n"
        "Next Meeting\n\nWednesday 28 October 2009.\n\n"
        "Personnel Matters (Standing Order 41)\n\nThe public left the meeting.\n\nParish Clerk\n"
    )
    assert _read(text) == [
        ("1.", "Minutes of the last Meeting"), ("2.", "Matters Arising"),
        (None, "Mill Lane Drainage"), (None, "Cemetery Sub Committee"), (None, "Bus Shelter"),  # "Carried" is a vote
        ("3.", "Planning"),  # one bare line inside an item is not a run
        ("4.", "Accounts for Approval"),
        (None, "Next Meeting"), (None, "Personnel Matters (Standing Order 41)"),  # the clerk's signature is not business
    ]


def test_bare_lines_one_after_another_are_a_list_not_headings():
    """The letters listed under "Correspondence:" are that item's text, however title-like each line is."""
    text = HEAD + (
        "Minutes:\n\nThe minutes were approved.\n\nMatters Arising:\n\nNone.\n\nCorrespondence:\n\n"
        "Highways - notice of road closure on the bypass for resurfacing\n\n"
        "Norfolk Police - Home Watch Meeting Invitation\n\n"
        "Fenby Hall - Date for Café Cluster Meeting\n\n"
        "Any Other Business:\n\nThe footpath was reported.\n\nDate of Next Meeting:\n\n14 November.\n"
    )
    assert [t for _, t in _read(text)] == ["Minutes", "Matters Arising", "Correspondence", "Any Other Business", "Date of Next Meeting"]


def test_markdown_headings_with_an_ordinal_set_apart_and_lines_that_lead_into_a_list():
    """ "**To agree the minutes ... 13****th** **March 2012.**" is one bold heading; "The Council confirmed
    representatives for:" opens a list inside "Resolutions"."""
    text = (
        "**ASHBY PARISH COUNCIL**\n\n**Draft minutes of the Annual Meeting of the Parish Council held on Tuesday 8****th** **May 2012 at 7.00pm in Ashby village hall**\n\n"
        "**Election of chairman.**\n\nCllr A Brown was proposed chairman.\n\n"
        "**To agree the minutes from the last Parish Council meeting held on 13****th** **March 2012.**\n\nAll agreed.\n\n"
        "**Resolutions**\n\nThe Council confirmed representatives for:\n\nCemetery: Cllr C Dean\n\nPlay area: Cllr E Frost\n\n"
        "**Village hall annual report**\n\nA good year.\n"
    )
    assert [t.rstrip(".") for _, t in _read(text)] == [
        "Election of chairman", "To agree the minutes from the last Parish Council meeting held on 13th March 2012",
        "Resolutions", "Village hall annual report",
    ]


def test_a_misprinted_number_where_the_sequence_skips_one():
    """ "12. / 15. Planning / 14. / 15.": the clerk's slip fills the gap; a stray number elsewhere does not."""
    text = HEAD + (
        "11. Street Lighting\n\nQuotes received.\n\n12. Village Sign\n\nRepainted.\n\n15. To Consider Planning Applications\n\nNone.\n\n"
        "14. To Approve Payments to be Made\n\nApproved.\n\n15. Correspondence\n\nNone.\n"
    )
    assert [n for n, _ in _read(text)] == ["11.", "12.", "15.", "14.", "15."]


@needs_shared
def test_a_bold_heading_that_leads_into_its_next_line_ends_at_its_colon():
    result = parse(SHARED / "corpus/pdf/tintern-community-council_2019-02-25_minutes.pdf")
    assert ("2652.", "Reports from outside bodies") in items(result)  # "...: Lower Wye Valley Building Preservation Trust –"


def test_an_agendas_business_as_a_bulleted_list():
    """A web page's numbered list, flattened to "- " lines after "AGENDA"; a different bullet marks sub-items."""
    text = (
        "ASHBY PARISH COUNCIL\nYou are summoned to attend the meeting of Ashby Parish Council to be held on Thursday 4 March 2021 at the Parish Hall at 7.30pm.\n"
        "AGENDA\n- Apologies for absence\n- Declarations of Interest\n"
        "- To approve the minutes of the meeting held on 3 February 2021\n"
        "- PUBLIC SESSION – A chance for residents to raise matters –\n· Each speaker may talk for three minutes.\n"
        "- Letters and emails received\n"
    )
    assert [(n, t) for n, t in _read(text)] == [
        (None, "Apologies for absence"), (None, "Declarations of Interest"),
        (None, "To approve the minutes of the meeting held on 3 February 2021"), (None, "PUBLIC SESSION"),
        (None, "Letters and emails received"),
    ]


def test_paragraphs_that_open_with_their_subject_in_capitals():
    text = (
        "MINUTES of the meeting of ASHBY PARISH COUNCIL held on Tuesday 8th March 2022 at 7pm in the Village Hall.\n\n"
        "Present were Mr A Brown (Chairman) and Mrs C Dean.\n\n"
        "APOLOGIES AND ABSENCES were noted from Mr E Frost.\n\n"
        "LAST MONTH'S MINUTES were agreed and signed by the Chairman.\n\n"
        "ACCOUNTS. Two invoices were paid for hedge cutting.\n\n"
        "ROADS AND VERGES. The Clerk will report the pothole on Mill Lane.\n"
    )
    assert [t for _, t in _read(text)] == ["APOLOGIES AND ABSENCES", "LAST MONTH'S MINUTES", "ACCOUNTS", "ROADS AND VERGES"]


def test_the_minutes_running_number_in_brackets_is_not_in_the_title():
    text = HEAD + "1. Opening Remarks by the Chair (21/14)\nThe meeting opened.\n2. Apologies (21/15)\nNone.\n3. Budget (2023/24)\nAgreed.\n"
    assert [t for _, t in _read(text)] == ["Opening Remarks by the Chair", "Apologies", "Budget (2023/24)"]


def test_minutes_whose_business_is_not_found_still_give_their_meeting():
    """The head says which meeting; the items are numbered in a way no rule reads: the meeting, no items invented."""
    text = (
        "Minutes of a Meeting of the Council held at the Village Hall on Wednesday, 28 March 2007\n\n"
        "Councillors A Brown (Chairman), C Dean and E Frost\n\n"
        "1~0607/8 ~ Welcome and Apologies.\n\nThe Chairman welcomed Councillors.\n"
    )
    result = parse_document(text.encode(), "minutes.txt", {})
    (meeting,) = result.records["meeting"]
    assert (meeting.date, meeting.venue, meeting.status) == ("2007-03-28", "Village Hall", "held")
    assert result.records["agenda_items"] == []


NUMBERED_FORMS = {
    "24/112": ["24/112 Apologies for Absence", "24/113 Declarations of Interest", "24/114 Minutes of the last meeting", "24/115 Planning"],
    "112/24": ["112/24 Apologies for Absence", "113/24 Declarations of Interest", "114/24 Minutes of the last meeting", "115/24 Planning"],
    "2024/25.13": ["2024/25.13 Apologies for Absence", "2024/25.14 Declarations of Interest", "2024/25.15 Minutes of the last meeting", "2024/25.16 Planning"],
    "19.03.4": ["19.03.4 Apologies for Absence", "19.03.5 Declarations of Interest", "19.03.6 Minutes of the last meeting", "19.03.7 Planning"],
    "Minute 5": ["Minute 5 Apologies for Absence", "Minute 6 Declarations of Interest", "Minute 7 Minutes of the last meeting", "Minute 8 Planning"],
    "Item 5:": ["Item 5: Apologies for Absence", "Item 6: Declarations of Interest", "Item 7: Minutes of the last meeting", "Item 8: Planning"],
    "A.": ["A. Apologies for Absence", "B. Declarations of Interest", "C. Minutes of the last meeting", "D. Planning"],
    "(1)": ["(1) Apologies for Absence", "(2) Declarations of Interest", "(3) Minutes of the last meeting", "(4) Planning"],
    "Min 24/01": ["Min 24/01 Apologies for Absence", "Min 24/02 Declarations of Interest", "Min 24/03 Minutes of the last meeting", "Min 24/04 Planning"],
    "PC23/45": ["PC23/45 Apologies for Absence", "PC23/46 Declarations of Interest", "PC23/47 Minutes of the last meeting", "PC23/48 Planning"],
    "1.21": ["1.21 - Apologies for Absence", "2.21 - Declarations of Interest", "3.21 - Minutes of the last meeting", "4.21 - Planning"],
    # item 1 of the third meeting of '23, an extraordinary one ("E")
    "1.3/23E": ["1.3/23E Apologies for Absence", "2.3/23E Declarations of Interest", "3.3/23E Minutes of the last meeting", "4.3/23E Planning"],
    # the minute number with its paragraph zero, then the agenda's number
    "41.0 Agenda Item 1:": ["41.0. Agenda Item 1: Apologies for Absence", "42.0 Agenda Item 2 Declarations of Interest",
                            "43.0 Agenda Item 3. Minutes of the last meeting", "44.0 Agenda Item 4: Planning"],
}


@pytest.mark.parametrize("form", NUMBERED_FORMS, ids=list(NUMBERED_FORMS))
def test_every_numbering_form_through_the_reader(form):
    """The same minutes numbered each way councils number them: four items, the present/apologies lines of the
    head not among them, the planning applications listed inside item 4 not items."""
    bodies = ["None were received.", "There were none.", "The minutes were approved and signed.",
              "a) 23/00123/F rear extension at 4 Mill Lane: no objection.\nb) 23/00456/F new garage: support."]
    head = "Minutes of Ashby Parish Council Meeting held in the Village Hall on Wednesday 16 September 2009 at 7.30pm\n\nPresent: Cllr A Brown (Chairman), Cllr C Dean\n\nApologies: Cllr E Frost\n\n"
    text = head + "\n\n".join(h + "\n\n" + b for h, b in zip(NUMBERED_FORMS[form], bodies)) + "\n"
    assert [t for _, t in _read(text)] == ["Apologies for Absence", "Declarations of Interest", "Minutes of the last meeting", "Planning"]


def test_headings_in_capitals_without_numbers():
    text = HEAD + (
        "Present: Cllr A Brown (Chairman)\n\nDECLARATIONS OF INTEREST\nNone.\n\nMINUTES\nThe minutes were approved.\n\n"
        "FINANCE\nPayments approved.\n\nTHE PUBLIC ARE WELCOME TO ATTEND\nTHE MEETING CLOSED AT 9PM\n"
    )
    assert [t for _, t in _read(text)] == ["DECLARATIONS OF INTEREST", "MINUTES", "FINANCE"]  # a run of capitals is a notice


def test_a_line_opening_a_list_inside_an_item_is_not_a_heading():
    text = HEAD + (
        "1. Apologies\nNone.\n2. Declarations of Interest\nNone.\n3. Minutes\nApproved.\n"
        "4. Finance\nThe following payments were approved:\nJ Smith Salary £500.00\n5. Planning\nNo objection.\n"
    )
    assert [n for n, _ in _read(text)] == ["1.", "2.", "3.", "4.", "5."]


def test_a_title_the_page_width_cut_on_a_word_that_cannot_end_it():
    text = HEAD + (
        "1. Apologies for Absence\nNone.\n2. To confirm the minutes of the Parish Council meeting held on\n"
        "2 February 2022\nConfirmed.\n3. To approve the minutes of the\nExtraordinary Meeting. They were approved.\n4. Planning\nNone.\n"
    )
    assert [t for _, t in _read(text)] == [
        "Apologies for Absence", "To confirm the minutes of the Parish Council meeting held on 2 February 2022",
        "To approve the minutes of the Extraordinary Meeting", "Planning",
    ]


def test_the_lines_after_the_last_item_that_end_the_minutes_are_not_business():
    text = HEAD + (
        "1. Apologies\n\nNone.\n\n2. Minutes\n\nApproved.\n\n3. Any Other Business\n\nNone.\n\n"
        "Officers present:\n\nJ Smith (Clerk)\n\nHealth Authority Representatives\n\nDr A Brown\n"
    )
    assert [n for n, _ in _read(text)] == ["1.", "2.", "3."]


def test_the_missing_number_itself_fills_its_gap_however_it_reads():
    """ "17. June 2nd Fete" opens with a month (a date, usually), but it is the item numbered between 16 and 18."""
    text = HEAD + "15. Allotments\n\n16. Play Area Inspection\n\n17. June 2nd Fete Arrangements. Stall bookings.\n\n18. Correspondence\n\n19. Date of Next Meeting\n"
    assert [n for n, _ in _read(text)] == ["15.", "16.", "17.", "18.", "19."]


def test_a_bold_title_in_the_head_alone_does_not_hide_labelled_headings():
    """A web page printed from a browser: the page's title is bold, its headings are plain lines ending in a colon."""
    from pipeline.outline.unnumbered import unnumbered_headings
    from schemas.outline import lines_of

    text = (
        "DRAFT\nMinutes of Ashcombe Parish Council Meeting held in The Village Hall\n"
        "Those Attending:\nCllr A Lee (Chair), Cllr B Khan\n"
        "Minutes:\nCllr Khan proposed acceptance of the minutes.\n"
        "Matters Arising:\nThe Clerk was still waiting for the figures.\n"
        "Allotments:\nTwo plots are vacant.\n"
    )
    lines = lines_of(text)
    start = lines[2].start  # the head ends before "Those Attending:"
    bold_title = {1}
    found = [lines[c.index].stripped for c in unnumbered_headings(lines, bold_title, start)]
    assert found == ["Minutes:", "Matters Arising:", "Allotments:"]
    assert [lines[c.index].stripped for c in unnumbered_headings(lines, {1, 2}, start)] == found  # a bold "Those Attending:" too
    bold_body = {1, 6}  # the body sets a line in bold: then a heading must be set apart too
    assert [lines[c.index].stripped for c in unnumbered_headings(lines, bold_body, start)] == ["Matters Arising:"]


def test_a_table_rule_after_the_number_and_a_sub_item_run_onto_the_heading():
    """ "2. | Election of Chairman:" (a web table flattened to text); "11. Correspondence 11.1 Letter ..." (the first
    sub-item run onto the item's line) is titled "Correspondence"."""
    text = HEAD + (
        "1. | Apologies for Absence: |\nCllr Holt sent apologies. |\n\n"
        "2. | Election of Chairman:\nCllr Dean was elected unopposed. |\n\n"
        "3. Correspondence 3.1 Letter from the Rural Transport Trust about the bus timetable.\n\n"
        "4. Reports 4.1 Chair's Report 4.1.1 The Chair thanked the litter pickers.\n"
    )
    assert _read(text) == [("1.", "Apologies for Absence"), ("2.", "Election of Chairman"), ("3.", "Correspondence"), ("4.", "Reports")]


def test_an_agenda_title_the_width_wrapped_over_three_lines():
    """A plain title wrapped to the measure of PDF text runs on while its lines are full."""
    body = "The Clerk reported that the grass had been cut and the play area inspected by the contractor this month."
    text = (
        "ASHBY PARISH COUNCIL\nAGENDA for the meeting to be held on Tuesday 7 October 2025 at 8.00 pm in the Village Hall\n"
        f"1. Apologies for absence\n2. Declarations of interest\n3. To confirm the minutes of the meeting held on 2 September 2025\n"
        "4. To consider any items of interest or concern to a member of the Council arising since the last\n"
        "meeting of the Council in any of (i) the County Parish Update, (ii) the Association White Rose Bulletin\n"
        "and (iii) the weekly news\n"
        "5. To receive a report from the Chairman about the proposal to close the village primary school\n"
        "6. Date of the next meeting\n" + (body + "\n") * 3
    )
    titles = dict(_read(text))
    assert titles["4."] == ("To consider any items of interest or concern to a member of the Council arising since the last meeting of "
                            "the Council in any of (i) the County Parish Update, (ii) the Association White Rose Bulletin and (iii) the weekly news")
    assert titles["5."] == "To receive a report from the Chairman about the proposal to close the village primary school"


def test_bare_headings_of_wrapped_text_without_blank_lines():
    """A browser-printed page's text has no blank lines: a short title-case line between a paragraph its writer
    ended and the next one is a heading, as it is between blank lines in the page's own text."""
    para = ("The Clerk reported that the contractor had inspected the area and would send a quotation for the work "
            "to the next meeting of the council.")
    words = para.split()
    wrapped = "\n".join(" ".join(words[i : i + 16]) for i in range(0, len(words), 16))
    text = (
        "Minutes of Ashby Parish Council Meeting held in the Village Hall at 7.30pm on Wednesday 16 September 2009\n"
        "1. Minutes of the last Meeting: approved.\n2. Matters Arising\n" + wrapped + "\n"
        "Mill Lane Drainage\n" + wrapped + "\nCemetery Sub Committee\n" + wrapped + "\nBus Shelter\n" + wrapped + "\n"
        "3. Planning\n" + wrapped + "\n"
    )
    assert [t for _, t in _read(text)] == ["Minutes of the last Meeting", "Matters Arising", "Mill Lane Drainage", "Cemetery Sub Committee", "Bus Shelter", "Planning"]


def test_an_items_numbered_paragraphs_are_not_the_items():
    """ "Item 4 – Clerk's Report" then "4.1 ...", "4.2 ...": the paragraphs number under their item, however many."""
    report = "".join(f"4.{n} Liaised with Ashby Libraries regarding the Mobile Library Service in Ward {n}.\n" for n in range(1, 9))
    text = HEAD + (
        "Item 1 Apologies for absence\n1.1 Apologies were received from Cllr Holt.\n\n"
        "Item 2 – Declarations of Interest\n2.1 There were none.\n\n"
        "Item 3 – Minutes of the last meeting\n3.1 The minutes were approved.\n\n"
        "Item 4 – To discuss the Clerk's Report\n\n" + report
    )
    assert [t for _, t in _read(text)] == ["Apologies for absence", "Declarations of Interest", "Minutes of the last meeting", "To discuss the Clerk's Report"]


@pytest.mark.parametrize(
    "title, date",
    [
        ("Minutes of the meeting of Ashby Community Council 04-12-24", "2024-12-04"),
        ("Ashby Parish Council Minutes 12/03/2019", "2019-03-12"),
        ("Minutes of the meeting of Ashby Community Council", "2024-10-16"),  # no date on the title line: the one written out
        ("Ashby Parish Council.\nDraft minutes. AGM. 4.5.23.", "2023-05-04"),  # a full stop after the date
    ],
)
def test_a_date_in_figures_on_the_title_line(title, date):
    text = (
        f"{title}\n\nPRESENT\nCllrs. Ann Holt (Chairman), Bob Dean, Cara Lee.\n"
        "MINUTES\nThe minutes of the meeting held on October 16th 2024 were found to be correct.\n"
        "MATTERS ARISING\nThe bus shelter has been repaired.\nBUDGET PLAN\nThe budget was discussed.\nCORRESPONDENCE\nNone.\n"
    )
    (meeting,) = parse_document(text.encode(), "minutes.txt", {}).records["meeting"]
    assert meeting.date == date


@pytest.mark.parametrize("top", [[("Agenda and minutes", True)], []])  # without its heading, its "Minutes:" anchors make it minutes
def test_the_line_after_a_number_alone_is_its_title_not_a_heading_of_its_own(top):
    """A ModernGov page printed from a browser: "3." alone and its title "Minutes" in bold, then the "Minutes:"
    anchor. The bold title line is the item's title, not a heading of its own."""
    lines = top + [("Cabinet - Thursday, 3rd October, 2024 2.00 pm", True), ("Venue: the Council Chamber", False)]
    for number, title, minutes in [("1.", "Apologies", "Apologies were received from Councillor Dale."),
                                   ("2.", "Declarations of Interest", "There were no declarations of interest."),
                                   ("3.", "Minutes", "The minutes of the meeting held on 5 September 2024 were approved as a correct record.")]:
        lines += [(number, True), (title, True), ("To consider the item set out in the agenda for this meeting.", False),
                  ("Minutes:", True), (minutes, False)]
    result = parse_document(_pdf_of(lines), "page.pdf", {})
    assert [(i.number, i.title) for i in result.records["agenda_items"]] == [("1.", "Apologies"), ("2.", "Declarations of Interest"), ("3.", "Minutes")]


@pytest.mark.parametrize("raw, title", [("Chairman's Announcements (Agenda item 6))", "Chairman's Announcements"),
                                        ("Apologies and Declarations (Item 1)", "Apologies and Declarations"),
                                        ("Local Plan (Item 7 on the agenda)", "Local Plan (Item 7 on the agenda)")])
def test_the_minutes_reference_to_its_agenda_item_is_not_in_the_title(raw, title):
    from pipeline.outline.common import clean_title

    assert clean_title(raw)[0] == title


def test_items_numbered_by_the_meeting_then_the_item_and_a_first_item_that_records_who_was_there():
    """ "03/10/1 Present:", "03/10/2 Apologies:" ...: item 1, 2 ... of the meeting of 03/10; the head names only the
    council and the day, the first item ("Present:") shows the paper is minutes."""
    text = (
        "ASHBY PARISH COUNCIL\n8th March, 2010 AT 7.30 p.m. IN THE VILLAGE HALL, ASHBY.\n\n"
        "03/10/1   Present:\n          Councillors Ms. A. Holt (Chair), Mr. B. Dean.\n\n"
        "03/10/2   Apologies:\n          Apologies were received from Councillor Lee.\n\n"
        "03/10/3   Declarations of Interest:\n          No declarations were made.\n\n"
        "03/10/4   Minutes:\n          The minutes of the meeting held on 8th February 2010 were confirmed.\n"
    )
    assert _read(text) == [("03/10/1", "Present"), ("03/10/2", "Apologies"), ("03/10/3", "Declarations of Interest"), ("03/10/4", "Minutes")]


def test_a_table_flattened_with_slashes():
    """A minutes table printed as "Item / Notes / Action" rows (invented text): the title is the item's cell."""
    text = (
        "Minutes of the meeting held on Wednesday 5th July 2017\n\nItem / Notes / Action\n"
        "21.17/18 / Apologies for absence / Apologies were received and accepted from Cllr. Ann Holt.\n"
        "22.17/18 / Declarations of interest / There were no declarations of interest made.\n"
        "23.17/18 / Minutes of the meeting on June 7th / The minutes were agreed as a true record.\n"
    )
    assert items(parse_document(text.encode(), "minutes.txt", {})) == [("21.17/18", "Apologies for absence"), ("22.17/18", "Declarations of interest"), ("23.17/18", "Minutes of the meeting on June 7th")]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])  # a PDF's lines, a text's paragraphs
def test_a_heading_above_its_minute_number(gap):
    """Minutes that print each heading in capitals ABOVE its minute number (invented text, a district committee's form)."""
    text = gap.join([
        "LICENSING COMMITTEE\nMonday, 9 March 2015\n\nPresent: Councillor Holt (Chairman)",
        "APOLOGIES\nLIC12/14\nApologies for absence were recorded from Councillor Dean.",
        "DECLARATIONS OF INTEREST\nLIC13/14\nNo declarations of interest were made at the meeting.",
        "MINUTES OF THE MEETING HELD ON\n2 FEBRUARY 2015\nLIC14/14\nThe minutes were approved as a correct record.",
    ]) + "\n"
    assert items(parse_document(text.encode(), "minutes.txt", {})) == [
        ("LIC12/14", "APOLOGIES"), ("LIC13/14", "DECLARATIONS OF INTEREST"), ("LIC14/14", "MINUTES OF THE MEETING HELD ON 2 FEBRUARY 2015"),
    ]


def test_vote_lines_are_no_headings():
    """"Proposed by ...;", "Seconded by ...;", "And Resolved:" inside unnumbered items (invented text) head nothing."""
    vote = "Proposed by Councillor Holt;\nSeconded by Councillor Dean;\nAnd Resolved:\nThat the report be noted.\n\n"
    text = (
        "Minutes of the meeting of Ashby Town Council held on Monday 3 March 2025\n\n"
        "Planning:\nThe application for the mill was considered.\n" + vote
        + "Finance:\nThe accounts for February were presented.\n" + vote
        + "Highways:\nThe bridge repairs were reported.\n" + vote
    )
    assert [t for _, t in items(parse_document(text.encode(), "minutes.txt", {}))] == ["Planning", "Finance", "Highways"]



def _pdf_of(lines: list[tuple[str, bool]]) -> bytes:
    """A one-page PDF of ``(text, bold)`` lines, drawn with reportlab (a dev dependency)."""
    import io

    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    page = canvas.Canvas(out)
    y = 800
    for line, bold in lines:
        page.setFont("Helvetica-Bold" if bold else "Helvetica", 10)
        page.drawString(60, y, line)
        y -= 14
    page.save()
    return out.getvalue()


def test_bare_numbers_with_bold_titles_are_one_sequence():
    """A ModernGov page printed to PDF, its headings in bold (invented text): two numbers alone on their lines, each
    with its bold title below, are the items; those titles (and a bold "Venue:" line) are no rival headings."""
    lines = [
        ("Agenda and minutes", True), ("Council - Thursday 25th September 2008 7.30 pm", True),
        ("Venue: Council Chamber - Civic Offices.", True), ("Contact: Council Secretary: Ann Holt Tel: 01234 567890", False),
        ("Items", True), ("No. Item", True),
        ("71.", False), ("WEBCASTING INTRODUCTION", True),
        ("1. This meeting is to be webcast. Members are reminded to use their microphones.", False),
        ("2. The Chairman will read the following announcement about the broadcast.", False),
        ("Minutes:", False), ("The Chairman reminded everyone present that the meeting was broadcast.", False),
        ("72.", False), ("FORMER COUNCILLOR BOB DEAN", True),
        ("Minutes:", False), ("The Council stood for a minute in tribute to his memory.", False),
    ]
    result = parse_document(_pdf_of(lines), "page.pdf", {})
    assert items(result) == [("71.", "WEBCASTING INTRODUCTION"), ("72.", "FORMER COUNCILLOR BOB DEAN")]


@pytest.mark.parametrize(
    "head",
    [
        "4 May 2021\n\nAshby Community Council held their meeting remotely at 7.30pm on the 4th May 2021.\n\nPRESENT\nCouncillors A Brown and C Dale.\n\n",
        "Ashby Community Council\n\nA meeting of the Community Council was held Tuesday night May the 4th 2021 at 7.30pm in the Hall.\n\n",
    ],
)
def test_a_head_that_tells_of_the_meeting_in_a_sentence_makes_minutes(head):
    """No "Minutes" heading, no "Present:" colon: the sentence saying the meeting was held (or a bare PRESENT) is enough."""
    text = head + "1. WELCOME AND APOLOGIES\nApologies from Cllr E Fox.\n\n2. CORRESPONDENCE\nNone.\n\n3. FINANCE\nPayments approved.\n"
    result = parse_document(text.encode(), "minutes.txt", {})
    assert [(i.number, i.title) for i in result.records["agenda_items"]] == [("1.", "WELCOME AND APOLOGIES"), ("2.", "CORRESPONDENCE"), ("3.", "FINANCE")]
    assert str(result.records["meeting"][0].date) == "2021-05-04"


def test_the_lines_of_a_planning_application_in_capitals_are_not_headings():
    """A postcode and "NO OBJECTIONS" go on the application's block (the line above them runs on): no headings in item 2."""
    text = HEAD + (
        "1. APOLOGIES\nNone.\n\n2. PLANNING\nE/10001\nRear Extension\nHill Farm\nAshby\nAB12 3CD\nJ Smith\nNO OBJECTIONS\n\n"
        "E/10002\nNew Porch\nMill House\nAB12 4EF\nP Jones\nNO OBSERVATIONS\n\nE/10003\nGarage\nLow Farm\nAB12 5GH\nK Lee\nNO OBJECTIONS\n\n"
        "E/10005\nStable Block\nHigh Barn\nAB12 6JK\nM Ray\nNO OBJECTIONS\n\nE/10006 and E/10007\nTree Works\nNO OBSERVATIONS\n\n"
        "3. FINANCE\nPayments approved.\n"
    )
    assert _read(text) == [("1.", "APOLOGIES"), ("2.", "PLANNING"), ("3.", "FINANCE")]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_paragraphs_that_open_with_their_subject_and_a_colon(gap):
    """A community council's minutes with no numbers: "Subject: what happened." paragraphs are the items; the
    labelled lines that list who was there are not, and the subjects under a label alone on its line are its parts."""
    text = gap.join([
        "Minute of Meeting 3rd March 2022 Village Hall, Ashby", "Present: Ann Brown (chair), Colin Dale",
        "Apologies: Eve Fox", "Police: None",
        "Minute of last meeting: Approved.", "Police Report: No officer attended. A report was received.",
        "Footpaths: The stile at Mill Lane is broken. The clerk will write to the council.",
        "Other business:", "Bus Shelter: The roof leaks.", "Hall Lights: New lights were fitted.",
        "Planning Applications:", "• APP/1 New porch, 4 Mill Lane. No comment",
    ]) + "\n"
    assert _read(text) == [
        (None, "Minute of last meeting"), (None, "Police Report"), (None, "Footpaths"), (None, "Other business"), (None, "Planning Applications"),
    ]


def test_a_head_of_draft_minutes_and_a_date_in_figures_alone_gives_the_meeting():
    """No item found, no "held on": the head "Draft minutes. AGM. 4.5.23." still says minutes, of which meeting."""
    text = "Ashby Parish Council.\n\nDraft minutes. AGM. 4.5.23.\n\nCllr Smith was welcomed.\n\nApologies. None received.\n"
    (meeting,) = parse_document(text.encode(), "minutes.txt", {}).records["meeting"]
    assert (meeting.date, meeting.status) == ("2023-05-04", "held")


def test_item_numbers_run_into_the_text_before_them():
    """Flattened text runs items on after a sentence ends: the numbers the sequence skips are found there."""
    text = HEAD + (
        "1. Apologies None received.\n\n2. Election of Vice-Chairman Cllr Brown was duly elected. 3. The minutes of the last "
        "meeting were agreed.\n\n4. Matters arising • The bench was painted. 5. Reports 5.1 Clerk's Report Nothing to report.\n\n"
        "6. Correspondence None.\n\n7. Planning No applications.\n"
    )
    assert [n for n, _ in _read(text)] == ["1.", "2.", "3.", "4.", "5.", "6.", "7."]
    assert _read(text)[2:5] == [("3.", "The minutes of the last meeting were agreed"), ("4.", "Matters arising"), ("5.", "Reports")]


def test_a_headings_full_stop_is_not_in_its_title():
    """Unnumbered bold headings each ending in a full stop (a PDF, invented text): the stop is not the title's."""
    lines = [
        ("Ashby Parish Council.", True), ("Draft minutes. AGM. 4.5.23.", False), ("", False),
        ("Election of Officers.", True), ("Cllr Brown was elected chairman.", False), ("", False),
        ("Financial Report.", True), ("The accounts were adopted by the council.", False), ("", False),
        ("Open Questions.", True), ("None were asked by the public present.", False),
    ]
    records = parse_document(_pdf_of(lines), "minutes.pdf", {}).records
    assert [i.title for i in records["agenda_items"]] == ["Election of Officers", "Financial Report", "Open Questions"]


def test_minutes_whose_business_is_a_bulleted_list():
    """Each bullet at the margin heads its minutes; the labelled lines under them ("Proposed:") and the entries of
    a list a line ending in a colon opens are not business."""
    text = (
        "ASHBY COMMUNITY COUNCIL\nANNUAL GENERAL MEETING\nMONDAY 5 JUNE 2023\n7.30pm\nMembers Present: Ann Holt, Bob Dean\n"
        "- Approval of minutes of AGM 2022\nProposed: Ann Holt\nSeconded: Bob Dean\n- Chairperson's Annual Report\nReport appended.\n"
        "- Financial Statement\nIndependently examined.\nAdoption of the Financial Statement:\nProposed: Bob Dean\n"
        "- Election of Office Bearers\nAll stood down.\nAdditional roles agreed:\n- Roads Lead – Ann Holt\n- Planning Lead – Bob Dean\n"
    )
    assert [t for _, t in _read(text)] == ["Approval of minutes of AGM 2022", "Chairperson's Annual Report", "Financial Statement", "Election of Office Bearers"]


def test_an_items_numbered_paragraphs_under_two_items_are_not_the_items():
    """ "1 Procedural Business" then "1.1" to "1.4", then "2 Minutes": the paragraphs of item 1, though the
    document holds only two items (the next number after them closes the first)."""
    text = (
        "Ashby Borough Council\nAudit Committee\n4.00pm 1 July 2021\nTown Hall\nMINUTES\n"
        "Present: Councillor Holt (Chair), Dean and Lee.\n"
        "1 Procedural Business\n(a) Declarations of Substitutes\n1.1 There were no substitutes.\n"
        "(b) Declarations of Interest\n1.2 There were no declarations of interests.\n"
        "1.3 The Committee considered whether to exclude the press and public.\n"
        "1.4 RESOLVED: That the press and public be excluded for part two.\n"
        "2 Minutes\n2.1 The minutes of the last meeting were approved.\n"
    )
    assert _read(text) == [("1", "Procedural Business"), ("2", "Minutes")]


def test_paragraphs_in_capitals_with_a_dash_after_the_subject():
    text = (
        "MINUTES OF THE PARISH COUNCIL MEETING - HELD ON MAY 4th 2021 AT 7.30PM IN THE CHURCH ROOM.\n\n"
        "PRESENT: Cllr A Holt (Chairman), Cllrs B Dean and C Lee\n\n"
        "APOLOGIES FOR ABSENCE.  Cllr Frost sent her apologies.\n\n"
        "SIGNING OF THE MINUTES - Notes from the meeting of March 2nd were approved as a true record.\n\n"
        "HIGHWAYS MATTERS.  The pothole on Mill Lane was reported again.\n"
    )
    assert [t for _, t in _read(text)] == ["APOLOGIES FOR ABSENCE", "SIGNING OF THE MINUTES", "HIGHWAYS MATTERS"]


def test_a_head_sentence_the_page_width_cut_is_not_a_heading():
    """A PDF's head line "... HELD ON MAY 4th 2021 AT 7.30PM IN" / "THE CHURCH ROOM.", no blank lines, the headings
    set in bold: the second line finishes the first, it heads no item."""
    from pipeline.outline.unnumbered import unnumbered_headings
    from schemas.outline import lines_of

    text = (
        "MINUTES OF THE PARISH COUNCIL MEETING - HELD ON MAY 4th 2021 AT 7.30PM IN\nTHE CHURCH ROOM.\n"
        "PRESENT: Cllr A Holt (Chairman), Cllrs B Dean and C Lee\n"
        "DECLARATIONS OF INTEREST.\nNone were made.\nHIGHWAYS MATTERS.\nThe pothole was reported.\n"
        "FINANCE.\nTwo invoices were paid.\n"
    )
    lines = lines_of(text)
    bold = {i for i, line in enumerate(lines) if line.stripped.isupper()}
    heads = unnumbered_headings(lines, bold, lines[1].start)
    assert [lines[c.index].stripped for c in heads] == ["DECLARATIONS OF INTEREST.", "HIGHWAYS MATTERS.", "FINANCE."]


def test_a_venue_with_initials_and_a_time_with_a_stop_before_pm():
    text = (
        "Minutes of the meeting of the Ashby Community Council held at Ashby C.P. School on Monday, 13th March, 2017, at 7.00.p.m.\n\n"
        "1. Apologies\nNone.\n2. Declarations of Interest\nNone.\n3. Planning\nNo applications.\n"
    )
    (meeting,) = parse_document(text.encode(), "minutes.txt", {}).records["meeting"]
    assert (meeting.venue, meeting.start_time) == ("Ashby C.P. School", "19:00")


def test_a_moderngov_page_printed_to_pdf_is_read_as_the_page():
    """ "Agenda and draft minutes" printed from the browser (invented text): its numbers alone on their lines, a bold
    title wrapped over two lines kept whole, "Supporting documents:" inside an item and a date's year wrapped onto a
    line of its own ("2012.") are no ends of the items nor items."""
    lines = [
        ("Agenda and draft minutes", True), ("Licensing Sub-Committee - Monday, 3 October 2022 10.00 a.m.", True),
        ("Venue: Council Chamber, Ashby House, Ashby", False), ("Contact: Committee Services", False),
        ("Items", True), ("No. Item", True),
        ("AS/25", False), ("Election of Chairman", True), ("To elect a Chairman for the meeting.", False),
        ("Minutes:", False), ("RESOLVED – That Councillor Ann Holt be elected Chairman for the meeting.", False),
        ("AS/26", False), ("Minutes of the meeting held on 13 November", True), ("2012 and matters arising from them", True),
        ("To approve the minutes of the last meeting held on 13 November", False), ("2012.", False),
        ("Supporting documents:", False), ("Minutes:", False), ("The minutes were approved.", False),
        ("AS/27", False), ("Declarations of Interest", True), ("Minutes:", False), ("There were none.", False),
    ]
    result = parse_document(_pdf_of(lines), "page.pdf", {})
    assert items(result) == [("AS/25", "Election of Chairman"), ("AS/26", "Minutes of the meeting held on 13 November 2012 and matters arising from them"),
                             ("AS/27", "Declarations of Interest")]
    (meeting,) = result.records["meeting"]
    assert (meeting.committee, meeting.date, meeting.status) == ("Licensing Sub-Committee", "2022-10-03", "held")


def test_the_lettered_parts_of_an_item_are_not_items():
    """ "6. FINANCE" then "6.a ...", "6b ...", "6c ...": the parts of item 6; a lone "7a" after "7." stays an item."""
    text = HEAD + (
        "1. APOLOGIES FOR ABSENCE\nNone.\n\n2. MINUTES OF THE LAST MEETING\nApproved.\n\n"
        "3. FINANCE AND GENERAL PURPOSES 6.a Bank Report. The clerk circulated the statement.\n"
        "3b Confirm dates of next meetings - 2 September and 14 October\n3c A resident asked about the grass cutting.\n\n"
        "4. PLANNING\nNo applications.\n\n4a. Urgent business\nThe bus shelter glass was broken.\n"
    ).replace("6.a", "3.a")
    assert _read(text) == [("1.", "APOLOGIES FOR ABSENCE"), ("2.", "MINUTES OF THE LAST MEETING"), ("3.", "FINANCE AND GENERAL PURPOSES"),
                           ("4.", "PLANNING"), ("4a.", "Urgent business")]


def test_a_web_posts_title_gives_the_meeting_its_text_never_repeats():
    """A site's post, the meeting named only in its front matter's title (the post's own date is not the meeting's)."""
    text = (
        '---\ntitle: "MINUTES OF THE ASHBY PARISH COUNCIL MEETING HELD AT ASHBY VILLAGE HALL AT 7.30 pm  ON THURSDAY 04 APRIL 2019"\n'
        'date: "2019-08-26"\n---\n\n'
        "Present: Cllr A Holt (Chair), Cllr B Dean\n\n1. Apologies for absence\nNone.\n\n2. Declarations of interest\nNone.\n\n3. Planning\nNo applications.\n"
    )
    (meeting,) = parse_document(text.encode(), "post.md", {}).records["meeting"]
    assert (meeting.date, meeting.start_time, meeting.venue) == ("2019-04-04", "19:30", "ASHBY VILLAGE HALL")


_STOPPED_HEAD = "Ashby Parish Council.\n\nDraft minutes. 3.6.19.\n\nTwo members of the public attended.\n\n"


@pytest.mark.parametrize(
    "body, titles",
    [
        # titles alone between blank lines, each ended with a full stop as a sentence would be
        ("Election of Officers.\n\nA Holt elected.\n\nCharitable Donations.\n\nThe bucket raised £30.\n\nOpen Questions.\n\nNone asked.\n",
         ["Election of Officers", "Charitable Donations", "Open Questions"]),
        # standard business run in: a title, its full stop, then the minutes (after a gap, or a sentence)
        ("Apologies. None were received.\n\nMatters arising.        There were none.\n\nFinancial Report.\n\nAccounts adopted.\n",
         ["Apologies", "Matters arising", "Financial Report"]),
        # a few words of standard business in lower case
        ("Play Area Inspection.\n\nAll sound.\n\nBus Shelter Repairs.\n\nQuotes sought.\n\nDate of next meeting.\n\nMonday 1st July.\n",
         ["Play Area Inspection", "Bus Shelter Repairs", "Date of next meeting"]),
        # labels inside an item set with a gap before their values, one-word notes and "Meeting Closed." are no titles
        ("Standard Forms Review.\n\nAsset Register.      No change.\n\nChairman.     A Holt, proposed by B Dean.\n\nAgreed.\n\n"
         "Litter Bins Review.\n\nTwo more bins.\n\nMeeting Closed.\n\nOpen Questions.\n\nNone asked.\n",
         ["Standard Forms Review", "Litter Bins Review", "Open Questions"]),
    ],
)
def test_titles_ended_with_a_full_stop_in_minutes_that_number_nothing(body, titles):
    assert [t for _, t in _read(_STOPPED_HEAD + body)] == titles


def test_a_numbering_clerks_stopped_lines_are_not_titles_between_items():
    """Between numbered items, "Meeting Adjourned Briefly." alone on its line is a note, not an unnumbered item."""
    text = (
        "Minutes of Ashby Parish Council held on 3 June 2019 in the Village Hall\n\nPresent: Cllrs Holt, Dean and Lee\n\n"
        "1. Apologies\n\nNone.\n\n2. Minutes\n\nApproved.\n\nPublic Questions Answered.\n\nPlay Area Inspection.\n\n"
        "Bus Shelter Repairs.\n\n3. Finance\n\nPayments approved.\n"
    )
    assert [n for n, _ in _read(text)] == ["1.", "2.", "3."]


def test_dated_minutes_with_the_clerks_stray_stop_head_an_item():
    """ "Minutes of Meeting on 6th May. 2019.": standard business with a date, a stop before the year. (Its title
    is cut at that stop for now: the title reader takes ". 2019" for a sentence's end.)"""
    body = "Play Area Inspection.\n\nAll sound.\n\nMinutes of Meeting on 6th May. 2019.\n\nSigned as a true record.\n\nDate of next meeting.\n\nMonday 1st July.\n"
    titles = [t for _, t in _read(_STOPPED_HEAD + body)]
    assert len(titles) == 3 and titles[1].startswith("Minutes of Meeting on 6th May")


DECISION_LEAD_INS = ["RESOLVED to note the {x}.", "AGREED that the {x} be noted.", "RESOLVED: to note the {x}.", "DECIDED to note the {x}.", "NOTED the {x}."]


@pytest.mark.parametrize("form", DECISION_LEAD_INS)
def test_paragraphs_opening_on_a_decision_word_are_no_headings(form):
    """A page that lost its headings keeps its decisions, each a paragraph opening on the decision word in capitals:
    they are decisions, not subjects in capitals (the paragraphs that open with a subject in capitals are)."""
    text = "TUESDAY, 3 MARCH 2031 at 7 p.m.\n\nPresent: A Holt, B Dean\n\n" + "\n\n".join(
        f"After reading the letter about the {x}, it was:-\n\n" + form.format(x=x) for x in ("pier", "ferry", "bus", "hall")
    ) + "\n"
    assert _read(text) == []


@pytest.mark.parametrize("end", ["by", "of", "to the", "with"])
def test_a_wrapped_line_set_apart_by_a_blank_line_is_no_heading(end):
    """A stored page that set every wrapped line apart: the line after one ending on "by" finishes its sentence."""
    text = "TUESDAY, 3 MARCH 2031 at 7 p.m.\n\nPresent: A Holt, B Dean\n\n" + "\n\n".join(
        f"({k})Minute of Meeting held on {d}\n\nThe Minute of the Meeting held on {d} was approved, being proposed {end}\n\nA Holt and seconded by B Dean."
        for k, d in (("a", "4 January 2031"), ("b", "1 February 2031"))
    ) + "\n"
    assert all("seconded" not in (t or "") for _, t in _read(text))


@pytest.mark.parametrize("first", ["Chair's Welcome", "Welcome and Introductions", "Chairman's Welcome"])
@pytest.mark.parametrize("second, gap", [("Matters arising from previous minutes;", "\n\n"), ("Matters Arising", "\n"), ("Tolley Green Lease", "\n")])
def test_bare_headings_right_over_their_paragraphs_after_a_blank_line(first, second, gap):
    """A saved blog page: each heading a short line after a blank line, its paragraph on the very next line (no blank
    between), in text wrapped to a measure; a welcome is standard business."""
    para = "The Chair welcomed all Councillors to the meeting and thanked the hall committee for the use of the room tonight, as the heating had been mended."
    text = (
        "Minutes of meeting held by Tolley Community Council on Thursday 14th December 2031.\n\n"
        "Councillors present: A Brook; C Dale; E Frost (Chair)\nApologies: G Hale\n\n"
        f"{first}\n{para}\n\nMinutes of the meeting held on 23rd November 2031 were agreed as a true record.\nProposed by A Brook\n\n"
        f"{second}{gap}The clerk reported that the lease of the green had been renewed for another year with the same terms and that the rent was paid.\n"
    )
    assert [t for _, t in _read(text)] == [first, second.rstrip(";")]


@pytest.mark.parametrize("sub", ["Defibrillator for the village update", "Street Lighting", "Tolley Green Lease"])
def test_in_numbered_minutes_a_short_line_over_its_paragraph_heads_a_part(sub):
    """The same shape inside numbered minutes ("4/ Matters arising" over "Street Lighting" / "Devon Highways met ...")
    is a part of the item, not an item of its own (text wrapped to a measure, as a saved page's is)."""
    para = (
        "The clerk reported that the lease of the green had been renewed for another year with the same\n"
        "terms and that the rent was paid in full by the tenant at the end of the month as had been agreed.\n"
        "Councillors thanked the clerk for her work on the lease and asked that the new terms be filed."
    )
    text = (
        "Minutes of the meeting held on Thursday 13th September 2031 at 7.30pm at the village hall.\n\n"
        "1/ Members present\n\nCouncillor A Brook and Councillor C Dale.\n\n2/ Minutes of the last meeting\n\nThe minutes were agreed as correct\n\n"
        f"3/ Matters arising from the minutes\n\n{sub}\n{para}\n\nBus Shelter Paint\n{para}\n"
    )
    assert [t for _, t in _read(text)] == ["Members present", "Minutes of the last meeting", "Matters arising from the minutes"]


@pytest.mark.parametrize("title", ["Minutes of August 2031", "Budget 2031", "Minutes of the AGM 2031"])
def test_a_bare_heading_ending_in_a_year(title):
    """A year ending a bare heading ("Minutes of August 2020") keeps it a heading; other figures do not ("£250")."""
    text = (
        "Minutes of Tolley Community Council Meeting\nTuesday 22nd September 2031 7.00pm Online Zoom Meeting\n\n"
        "Members Present: - A Brook, C Dale\nApologies: - E Frost\n\n"
        f"{title}\nThe clerk will amend the minute.\nProposed: A Brook Seconded: C Dale\n\nDeclarations of Interest\nNone\n"
    )
    assert [t for _, t in _read(text)] == [title, "Declarations of Interest"]
