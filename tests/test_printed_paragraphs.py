"""Where a printed paragraph ends when the text has no blank lines (PDF text): by the shape of its lines.

A wrapped line is as full as the measure allows; a line with room left for the
next line's first word was ended by its writer (:func:`extractors.text.ends_short`).
"""

from __future__ import annotations

import pytest

from extractors.narrative_decisions import paragraphs, stated_decisions
from extractors.text import ends_short, full_line_length, measure_near
from schemas.provenance import Span

# an invented parish minute, wrapped at about 80 characters the way a PDF's text comes out
PRINTED = """\
It was proposed by Cllr Rina Tey and seconded by Cllr Otto Vale that the quote from
Greenway Fencing for the new allotment gates be accepted and the work be done in the
spring
Unanimously Carried
Cllr Amos Pell reported that the bus shelter on the green had been damaged again and
the insurers had been told; a new panel would cost about £400 and would be fitted in
March
Cllr Otto Vale proposed that the Clerk write to the bus company, seconded by Cllr Tey
5 members voted for the proposal 1 member voted against
Payments approved:
Greenway Fencing - £1,250 (Ch. No. 100231),
Clerk's salary - £310.20 (Ch. No. 100232),
Village Hall hire - £24 (Ch. No. 100233) – all approved.
"""


def test_wrapped_text_has_a_measure_and_one_paragraph_a_line_has_none():
    assert full_line_length(PRINTED) == 84
    one_a_line = "\n".join(["Short heading", "A paragraph kept on one line " * 8, "Another " * 3, "x " * 150])
    assert full_line_length(one_a_line) is None
    # one stray line of two columns run together does not unmake the measure; many such lines do
    assert full_line_length(PRINTED + "Chairman: A Lee" + " " * 40 + "Date: 6 January 2026 and the signature run across the page\n") == 84
    assert full_line_length(PRINTED + ("A paragraph kept on one line " * 8 + "\n") * 2) is None


@pytest.mark.parametrize(
    "line, next_line, ends",
    [
        ("spring", "Unanimously Carried", True),  # the proposal's last line
        ("Unanimously Carried", "Cllr Amos Pell reported that the bus shelter", True),
        ("the insurers had been told; a new panel would cost about £400 and would be fitted in", "March", False),  # full line
        ("Cllr Otto Vale proposed that the Clerk write to the bus company, seconded by Cllr Tey", "5 members voted", False),
        ("seconded by Cllr Tey", "5 members voted for the proposal", True),
        ("Greenway Fencing - £1,250 (Ch. No. 100231),", "Clerk's salary - £310.20", False),  # a list entry runs on
        ("the meeting of the", "Parish Council", False),  # a phrase cut short
        ("spring", "and the work", False),  # the next line goes on in lower case
        ("that the allotment be let;", "That the rent be £40", False),  # a semicolon: the list goes on
        ("•", "That the minutes be approved", False),  # a bullet alone introduces the next line
        ("12.", "Planning applications", False),  # so does a number alone
        ("(iv)", "That the grant be paid", False),
        ("3.2", "The Clerk reported", False),
        ("2026/27.", "Councillor Pell took the declaration of office.", True),  # a year that ends a sentence ends its paragraph
        ("£1,250.", "The Clerk reported", True),
    ],
)
def test_ends_short(line, next_line, ends):
    assert ends_short(line, next_line, 84) is ends


def test_no_measure_no_shape_rule():
    assert ends_short("spring", "Unanimously Carried", None) is False


def test_paragraphs_of_printed_minutes_end_at_short_lines():
    found = [p for _, p in paragraphs(PRINTED, Span(start=0, end=len(PRINTED)))]
    assert found[1] == "Unanimously Carried"
    assert found[0].endswith("be done in the spring")
    assert found[-1].startswith("Greenway Fencing") and found[-1].endswith("– all approved.")


def test_a_carried_proposal_printed_without_blank_lines_is_a_decision():
    rows = stated_decisions(PRINTED, Span(start=0, end=len(PRINTED)))
    texts = [PRINTED[s.start : s.end].replace("\n", " ") for s, *_ in rows]
    assert texts[0] == (
        "It was proposed by Cllr Rina Tey and seconded by Cllr Otto Vale that the quote from Greenway Fencing"
        " for the new allotment gates be accepted and the work be done in the spring"
    )


def test_an_indented_block_is_judged_by_its_own_lines():
    """A resolution indented under its number is narrower than the page: its own lines are its measure."""
    lines = [
        "The Chair opened the meeting and welcomed the members of the public who had come to hear",
        "1. RESOLVED",
        "that Mr D Osei be elected Vice-Chair of the Corporate",
        "Parenting Panel for the remainder of the 2024/25 year.",
    ]
    assert measure_near(lines, 2, 90) == len(lines[0])  # the paragraph above is within reach
    block = lines[1:]
    assert measure_near(block, 1, 90) == len(block[2])
    assert not ends_short(block[1], block[2], measure_near(block, 1, 90))
    assert measure_near(block, 1, None) is None


# An invented parish council's minutes as a PDF's text comes out: wrapped at the measure, no blank lines.
WRAPPED_MINUTES = """\
ASHCOMBE PARISH COUNCIL
Minutes of the Meeting of Ashcombe Parish Council held on Tuesday 8 May 2012 at 7.30pm in
the Village Hall, Ashcombe.
Present: Cllr J Bishop (Chair), Cllr R Parker, Cllr H Evans, Cllr M Dunn and Mrs P Lowe (Clerk).
1. Apologies.
Apologies for absence were received from Cllr S Harding who was away on holiday this week.
2. Election of Chair.
Cllr. Parker was unanimously elected Chairman of the Parish Council (Proposer: Cllr.
Bishop, seconder: Cllr. Evans).
3. TO RECEIVE AND NOTE THE MINUTES OF THE ALLOTMENTS AND OPEN SPACES WORKING GROUP MEETING
HELD ON 6TH MARCH 2012
Members received and noted the minutes of the working group without further comment.
4. Internal Audit.
The Clerk reported that the report had been circulated before the meeting as usual. It was
Resolved by a show of hands that the same internal auditor should again be approached to
take up this role. Clerk to action. There were no other queries raised by the members.
"""


def _rows(text: str) -> dict:
    from pipeline.parse import parse_document

    result = parse_document(text.encode(), "ashcombe.txt", {})
    items = {i.id: i for i in result.records["agenda_items"]}
    return {
        "items": [(i.number, i.title) for i in result.records["agenda_items"]],
        "resolutions": [(items[r.agenda_item_id].number, r.explicit, r.text) for r in result.records["resolutions"]],
    }


def test_a_title_s_full_stop_does_not_end_a_wrapped_sentence():
    rows = _rows(WRAPPED_MINUTES)
    assert ("2.", False, "Cllr. Parker was unanimously elected Chairman of the Parish Council (Proposer: Cllr. Bishop, seconder: Cllr. Evans)") in rows["resolutions"]


def test_a_heading_in_capitals_wraps_onto_a_line_in_capitals():
    rows = _rows(WRAPPED_MINUTES)
    title = "TO RECEIVE AND NOTE THE MINUTES OF THE ALLOTMENTS AND OPEN SPACES WORKING GROUP MEETING HELD ON 6TH MARCH 2012"
    assert ("3.", title) in rows["items"]
    assert ("3.", False, "Members received and noted the minutes of the working group without further comment") in rows["resolutions"]


def test_a_decision_word_the_width_put_at_a_line_s_start_is_no_formal_mark():
    """'It was / Resolved by a show of hands that ...': the sentence says the decision; it is not a RESOLVED
    paragraph running on into 'Clerk to action.', and 'It was' (a line's tail) is no sentence of its own."""
    rows = _rows(WRAPPED_MINUTES)
    item4 = [r for r in rows["resolutions"] if r[0] == "4."]
    assert item4 == [("4.", True, "the same internal auditor should again be approached to take up this role")]


def test_a_long_title_the_width_cut_goes_on_to_the_next_line():
    """'1. Welcome by the chair of the committee to all councillors and members of the public / sitting in
    observation': wrapped text without typography, the title's line full to the measure."""
    text = WRAPPED_MINUTES.replace(
        "4. Internal Audit.",
        "4. Internal Audit report on the accounts for the year and the governance statement by the Clerk\nand Responsible Financial Officer\n"
        "The report was received.",
    )
    titles = dict(_rows(text)["items"])
    assert titles["4."] == "Internal Audit report on the accounts for the year and the governance statement by the Clerk and Responsible Financial Officer"
    assert titles["1."] == "Apologies"  # a short heading's line is not full: the next line is its minutes


def test_parts_in_one_wrapped_paragraph_are_rows_of_their_own():
    from extractors.resolutions import find_resolutions

    text = (
        "The Clerk presented the schedule of payments and the bank reconciliation for the month. RESOLVED:\n"
        "(a) To approve the payments listed in the schedule of accounts presented to the meeting. (b) To\n"
        "note the bank reconciliation for the month of March.\n"
    )
    parts = [(marker, text[s.start : s.end].replace("\n", " ")) for s, marker, _ in find_resolutions(text, Span(start=0, end=len(text)))]
    assert parts == [
        ("(a)", "To approve the payments listed in the schedule of accounts presented to the meeting."),
        ("(b)", "To note the bank reconciliation for the month of March."),
    ]
