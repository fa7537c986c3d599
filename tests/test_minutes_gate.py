"""The gate: a document whose text says it records a meeting always gets a minutes outline and its meeting.

Where the reader finds no body that met and no business (an excerpt, a web copy, a numbering it does not know),
the words that only minutes use still make the document minutes: "Minutes of the meeting held on ...", a bare
"Present" line over names, "Apologies were received from ...", "RESOLVED that ...". The meeting is dated when the
head gives a day (never the day of the meeting whose minutes it approves), else undated; no item is invented.
Agendas, summonses and reports stay what they are. Every text below is invented, each in a form councils print.
"""

import pytest

from extractors import vocab
from pipeline.parse import parse_document


def _read(text: str):
    result = parse_document(text.encode(), "gate.txt", {})
    return result.document.kind, result.records.get("meeting", [])


NAMES = "Cllr Ann Pell (Chair), Cllr Tom Reddy and Cllr Joan Ashe.\n\n"


@pytest.mark.parametrize(
    "text, date, time",
    [
        # the title line says minutes of a meeting held, no body named; the business in a numbering it may not know
        ("Minutes of the meeting held on Tuesday 4th March 2025 at 7pm in the chapel room.\n\n" + NAMES + "All business was deferred.\n", "2025-03-04", "19:00"),
        ("MINUTES OF THE MEETING HELD ON 9 OCTOBER 2023\n\n" + NAMES, "2023-10-09", None),
        ("Minutes of the monthly meeting held on Monday 2nd June 2014 at 7.30pm\n\nThe Chair opened the meeting.\n", "2014-06-02", "19:30"),
        # "Present" alone over names one a line, then bare headings: an excerpt, no day printed
        ("Present\nRuth Carew (Chair)\nOwen Lusk\nPeter Dray (Clerk)\nApologies\nMia Tallis\nMinutes\nThe minutes of the meeting held on 3rd May 2016 were agreed by all.\n", None, None),
        ("PRESENT\nR Carew\nO Lusk\n\nThe notes of last month were read.\n", None, None),
        ("Members present\nRuth Carew\nOwen Lusk\n", None, None),
        # the head never says minutes; what the first lines record does
        ("Summer meeting notes\n\nApologies were received from Cllr Lusk.\nIt was agreed to buy two new benches.\n", None, None),
        ("Village hall, 5th May 2021\n\nApologies were received from Cllr Lusk. RESOLVED that the grass contract be renewed.\n", "2021-05-05", None),
        # a news post telling of the meeting: a motion moved and seconded, the votes counted
        ("Ashby Town Council\n\nNews\n\nThe Council considered the precept. It was proposed by Cllr A Lee and seconded by Cllr B Holt that it rise by two per cent.\n", None, None),
        ("Ashby Town Council\n\nNews\n\nThe amendment to raise the precept by £3,000 was voted 2 for and 7 against and was lost.\n", None, None),
    ],
)
def test_minutes_always_record_a_meeting(text, date, time):
    kind, meetings = _read(text)
    assert kind == "printed_minutes"
    (meeting,) = meetings
    assert (meeting.date, meeting.start_time, meeting.status) == (date, time, "held")


@pytest.mark.parametrize(
    "text",
    [
        # an agenda, a summons, a report: what they are, never minutes
        "Agenda\n\nTo receive apologies for absence.\nTo approve the minutes of the meeting held on 3 May 2016.\n",
        "You are summoned to attend a meeting of the council on 5 June 2025.\nTo receive apologies.\n",
        "Report of the Head of Finance\n\nThe minutes of the meeting held on 3 May 2016 were agreed and this report follows them.\n",
        # nothing that says a meeting was held
        "Our village newsletter\n\nThe fete raised a good sum and the bunting is stored in the barn.\n",
        "Agenda\n\nTo consider a motion proposed by Cllr A Lee and seconded by Cllr B Holt on the precept.\n",  # an agenda names the mover too
    ],
)
def test_others_are_not_made_minutes(text):
    kind, _ = _read(text)
    assert kind != "printed_minutes"


def test_no_item_is_invented():
    """Minutes whose business the reader cannot find: the meeting, and no item."""
    result = parse_document(("Minutes of the meeting held on Tuesday 4th March 2025.\n\n" + NAMES).encode(), "gate.txt", {})
    assert result.records["agenda_items"] == []


@pytest.mark.parametrize(
    "text, previous",
    [
        ("The minutes of the meeting held on 2nd May 2017 were agreed by all.", True),
        ("Minutes of the meeting held on 4 June 2019 be signed as a correct record.", True),
        ("the meeting held on 4 June 2019 was duly approved", True),
        ("Minutes of the meeting held on Thursday 13th September 2018 at 7.30pm at the village hall.", False),
        ("Minutes of the meeting held on 4 June 2019. The minutes were approved.", False),  # another sentence's verb
    ],
)
def test_the_day_of_a_meeting_whose_minutes_are_approved(text, previous):
    m = vocab.regex("structure", "header.held_on").search(text)
    after = vocab.regex("structure", "header.previous_record").match(text, m.end())
    assert (after is not None) == previous


ITEMS_DECIDED = (
    "1 Apologies for Absence\nTo receive any apologies.\nApologies were received from Cllr Ned Ware.\n\n"
    "2 Minutes\nTo confirm the minutes of the last meeting.\nRESOLVED that the minutes be confirmed as a correct record.\n\n"
    "3 Play Area\nTo consider the quotes.\nRESOLVED: that the lower quote be accepted.\n"
)


@pytest.mark.parametrize(
    "head, kind",
    [
        # a meeting's web page keeps its agenda words over what the meeting decided: the body says it is minutes
        ("Meeting Details\n\nPlanning Board\n4 June 2019 - 18:00 to 19:30\n\nAgenda Items\n", "printed_minutes"),
        ("Agenda and decisions\n\nHousing Panel, 4 June 2019\n\n", "printed_minutes"),
        ("AGENDA\n\nLicensing Sub-Committee\nTuesday 4 June 2019\n\n", "printed_minutes"),
        ("Notice of Motion: Pavement Parking\n\nCouncil, 4 June 2019\n\n", "printed_minutes"),
        # a summons stays an agenda: its pack carries the last meeting's minutes and their decisions
        ("Agenda\n\nYou are summoned to attend a meeting of the Council on 4 June 2019.\n\n", "agenda"),
        ("NOTICE IS HEREBY GIVEN that a meeting of the Council will be held on 4 June 2019.\n\n", "agenda"),
    ],
)
def test_agenda_words_give_way_to_a_record_of_decisions(head, kind):
    assert _read(head + ITEMS_DECIDED)[0] == kind


def test_an_agenda_listing_decisions_to_take_stays_an_agenda():
    """Apologies received and a decision asked for are both needed: an agenda's "RESOLVED that ..." recommendation
    alone does not make it the record."""
    text = "Agenda\n\nParish Council, 4 June 2019\n\n1 Apologies\nTo receive apologies.\n\n2 Budget\nRecommended: RESOLVED that the budget be set.\n\n3 Any other business\n"
    assert _read(text)[0] == "agenda"


@pytest.mark.parametrize("title", ["Agenda and decisions", "AGENDA AND DECISIONS", "Minutes and decisions", "Decisions", "Agenda, and decisions"])
def test_a_page_of_decisions_is_the_record(title):
    """A meeting's page that prints each item's "Decision:" (no RESOLVED, no present list) records the meeting."""
    text = (
        f"{title}\n\nHousing Panel, Tuesday 4 June 2019\n\n"
        "1. Allotment rents\nDecision:\nThe rents were raised by two per cent.\n\n"
        "2. Street lighting\nDecision:\nThe contract was awarded to the lowest tender.\n"
    )
    kind, meetings = _read(text)
    assert kind == "printed_minutes"
    assert [m.status for m in meetings] == ["held"]
