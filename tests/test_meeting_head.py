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
    ],
)
def test_held_on(text, date, time):
    m = vocab.regex("structure", "header.held_on").search(text)
    assert m.group("date") == date and (m.group("time") or None) == time


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


@pytest.mark.parametrize("committee, expected", [("Minutes - Full Council", "Full Council"), ("Agenda: Planning Committee", "Planning Committee")])
def test_the_documents_own_name_is_not_the_committee(committee, expected):
    from extractors.meeting import _without_document_word

    assert _without_document_word(committee) == expected
