"""The numbering rules of the general structure reader, case by case (extractors/numbering.py)."""

import pytest

from extractors.numbering import Candidate, best_sequence, heading_score, read_label, read_trailing_label


@pytest.mark.parametrize(
    "line, text, value",
    [
        ("1. Apologies for absence", "1", 1),
        ("1 Apologies", "1", 1),
        ("(3) Minutes", "3", 3),
        ("Item 4 Declarations", "4", 4),
        ("123.", "123", 123),
        ("1\\. Minutes of the last Meeting:", "1", 1),  # markdown-escaped full stop
        ("**7. Finance**", "7", 7),
        ("2643. Police Report: Attached.", "2643", 2643),
        ("12a. Urgent business", "12a", 12),
        ("Minute no. 4 – Chairman’s Announcements", "4", 4),  # "no." in any case, a dash before the title
        ("12.PRESENT Councillors: A Brown", "12", 12),  # the heading printed against its number
        ("14.To note the clerk's report", "14", 14),
        ("3MINUTES To approve the minutes", "3", 3),  # a word in capitals against a bare number
        ("2010/01/02IN ATTENDANCE", "2010/01/02", 2),  # a heading in capitals opening on a two-letter word
        ("7AT THE MEETING", "7", 7),
        ("3.21- Other appointments", "3.21", 3),  # item 3 of 2021, a dash against the number
        ("9.2. 14 Mill Lane – new garage", "9.2", 2),  # a sub-item whose title starts with a house number
        ("6..Green waste collection", "6", 6),  # a doubled full stop against the title
        ("1/ Members present", "1", 1),  # a slash after the number
        ("12/ Any other business", "12", 12),
    ],
)
def test_plain_numbers(line, text, value):
    label = read_label(line)
    assert label is not None and label.text == text
    assert value in [v for _, v in label.schemes]


@pytest.mark.parametrize(
    "line, values",
    [
        ("95/20 Openness and Transparency Notice", {95, 20}),  # the sequence decides which half counts
        ("24/112 Planning", {24, 112}),
        ("CPP 23/4 Placement sufficiency", {23, 4}),
        ("19.03.4 Finance", {4}),
        ("F051/24   3.   PUBLIC QUESTIONS.", {51, 24, 3}),  # a minute reference, then the agenda number
        ("Min/112/24-25 Apologies", {112}),  # a year range never counts
        ("C 10/034 Election of Mayor", {10, 34}),  # a one-letter body code before the minute number
        ("301/14/15 DECLARATIONS OF INTEREST", {301}),  # minute 301 of the year 2014/15
        ("03/10/2   Apologies:", {3, 2}),  # item 2 of the meeting of 03/10 (or a minute 3 of 10/2): the sequence decides
        ("2023/24.41 Apologies for Absence", {41}),  # item 41 of the year 2023/24
        ("13.17/18 Apologies for absence", {13, 18}),  # item 13 of the year 2017/18 (or 18 of 13.17: the sequence says)
        ("03/10.2 Planning", {3, 2}),
        ("1/2. Welcome and Apologies", {1, 2}),  # items 1 and 2 together (2 as a plain number, then "3."), or 1 of /2  # item 2 of the meeting of 03/10, or 3 of 10.2: the sequence says
        ("1.21  - Chair", {21, 1}),  # part 21 of item 1, or item 1 of 2021: the sequence decides
        ("5.1 Grass cutting", {1}),  # a one-digit part is only a part
        ("2010/01/02 IN ATTENDANCE", {2010, 2}),  # item 2 of the year's first meeting, not a year range "01/02"
        ("18-252 Apologies for Absence", {18, 252}),  # minute 252 of 2018/19 with a hyphen, as "95/20" with a slash
        ("252-18 Apologies for Absence", {18, 252}),
    ],
)
def test_compound_numbers_offer_each_counting_part(line, values):
    assert {v for _, v in read_label(line).schemes} == values


@pytest.mark.parametrize(
    "line, alphabetic",
    [("a) Police Matters", True), ("(iv) That the report be noted", True), ("B. Finance", True)],
)
def test_letters_and_numerals(line, alphabetic):
    assert read_label(line).alphabetic is alphabetic


@pytest.mark.parametrize(
    "line",
    ["A Smith said", "Councillor Brown", "AB 12 Smith Road", "7.30pm the meeting closed", "The 3 items", "", "£500 was paid",
     "1ST FLOOR", "0DG", "3Dprinting", "2. 1 Bus shelter repairs were discussed"],  # part 1 of item 2, a space in "2.1"
)
def test_not_labels(line):
    assert read_label(line) is None


@pytest.mark.parametrize(
    "title, at_least, at_most",
    [
        ("Apologies for Absence", 2.0, 9),
        ("DECLARATIONS OF INTEREST", 2.0, 9),
        ("Minutes of the last Meeting: Cllr Mrs Mendoza proposed acceptance", 2.0, 9),
        ("That the report be noted;", -9, 0.0),
        ("September 2009 the meeting", -9, -2.0),  # a date, not a heading
        ("minutes were spent on it", -9, 0.0),
        ("4.4.5viii) Cllr. O. Brown was asking about websites.", -9, 0.0),  # a reference to an earlier minute's part
        ("3.2.1 The footpath was repaired", -9, 0.0),
        ("the Clerk was asked to write to the owner of the hedge and report back to the next meeting of the council in due course", -9, 0.0),
    ],
)
def test_heading_score(title, at_least, at_most):
    assert at_least <= heading_score(title) <= at_most


def _candidates(lines: list[str]) -> list[Candidate]:
    out = []
    for i, line in enumerate(lines):
        label = read_label(line)
        if label:
            out.append(Candidate(i, label, heading_score(line[label.end :])))
    return out


def test_the_sequence_skips_restarting_lists():
    lines = [
        "1. Apologies for absence", "None.",
        "2. Minutes", "RESOLVED:", "1. That the minutes be approved;", "2. That the Chair sign them.",
        "3. Finance report", "1. That the report be noted.",
        "4. Any other business",
    ]  # fmt: skip
    seq = best_sequence(_candidates(lines))
    assert [lines[c.index].split()[0] for c, _ in seq.members] == ["1.", "2.", "3.", "4."]
    assert [c.index for c, _ in seq.members] == [0, 2, 6, 8]


def test_the_counting_half_of_a_minute_number_is_found():
    lines = ["95/20 Openness Notice", "text", "96/20 Apologies", "text", "97/20 Declarations of Interest", "98/20 Minutes"]
    seq = best_sequence(_candidates(lines))
    assert seq.scheme[:2] == ("/", "right") and [v for _, v in seq.members] == [95, 96, 97, 98]


def test_a_clerks_repeated_or_skipped_number_stays_in_the_sequence():
    lines = ["3786 Apologies", "3787 Declarations of interest", "3787 Minutes", "3789 Finance", "3790 Planning"]
    seq = best_sequence(_candidates(lines))
    assert len(seq.members) == 5


def test_lower_case_letters_never_number_items():
    lines = ["a) Police Matters - reported", "b) Parking Lynn Road - improved", "c) Speed Limits - advised"]
    assert best_sequence(_candidates(lines)) is None


def test_the_title_follows_both_labels():
    line = "F051/24      3.         PUBLIC QUESTIONS."
    label = read_label(line)
    assert label.text == "F051/24" and line[label.end :] == "PUBLIC QUESTIONS."


def test_lettered_sub_minutes_run_in_the_sequence():
    lines = ["41a/19 Apologies: None received", "41b/19 Declarations of Interest: None declared",
             "41c/19 Reports from the Police", "42/19 Actions from the last meeting", "43/19 Finance"]  # fmt: skip
    seq = best_sequence(_candidates(lines))
    assert [c.label.text for c, _ in seq.members] == ["41a/19", "41b/19", "41c/19", "42/19", "43/19"]


def test_numbers_of_the_year_run_in_sequence():
    """ "1.21 - Election of Chair / 2.21 – Election of Vice Chair / 3.21- Representatives": items 1, 2, 3 of 2021."""
    lines = ["1.21  - Election of Chair", "2.21 – Election of Vice Chair", "3.21- Representatives"]
    candidates = [Candidate(i, read_label(l), heading_score(l[read_label(l).end :])) for i, l in enumerate(lines)]
    sequence = best_sequence(candidates)
    assert [v for _, v in sequence.members] == [1, 2, 3]


@pytest.mark.parametrize(
    "line, title, number",
    [
        ("Apologies for Absence 18-252 Cllr C Vane", "Apologies for Absence", "18-252"),
        ("Financial Matters 18-257", "Financial Matters", "18-257"),
        ("Report from the County Councillor 18-255, Issues raised by residents;", "Report from the County Councillor", "18-255"),
        ("Minutes 95/20: approved", "Minutes", "95/20"),
        ("Planning PC14/24 No applications", "Planning", "PC14/24"),
        ("Notes of the meeting held on the 4th June 2019 18-256", "Notes of the meeting held on the 4th June 2019", "18-256"),
        ("18-252 Apologies", None, None),  # the number first: read_label's
        ("Financial Matters 7", None, None),  # a plain number ending a line: a page column or the title's own
        ("the cost was 1/2 of the grant", None, None),  # no capitalised heading before it
        ("A very long sentence that runs on and on with many words before a number appears at last here 18-252", None, None),
    ],
)
def test_a_number_after_its_heading(line, title, number):
    label = read_trailing_label(line)
    assert ((line[: label.start].strip(), label.text) if label else (None, None)) == (title, number)
