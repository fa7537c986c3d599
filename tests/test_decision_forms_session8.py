"""Decision forms of session 8 (check6's councils), each class in invented words with the variants other councils print.

- a proposal whose result is a clause after it ("...; this was seconded by Cllr B and passed by a majority");
- an election declared ("Votes were counted and Cllr A was declared as the Deputy Mayor");
- a decision sentence that introduces a bulleted list (":-" then "·" lines): the list is its object, kept with it;
- a Scottish council's stem naming the body ("..., the Council:") and the decision under it led by "Noted that";
- a sentence cut by a blank line its source put inside it (a web page's <br><br>, a PDF's gap before a wrapped name);
- the same words decided again of another matter under the next sub-heading: each a row (only a page's "Decision:"
  and "Minutes:" copies are one);
- parts lettered with a bare capital run on ("It was resolved to: A Note ... B Confirm ..."), and a page's "Minutes:"
  copy flattened after them is not the last part's words;
- a decision marked inside minutes run on in one line ends before the next item's number ("... none. 2. MINUTES");
- "Agreed" / "Approved" opening a paragraph with its condition ("2. Agreed, subject to two changes ..."): the condition;
- an item heading in capitals whose sentence runs on in lower case ("2. MINUTES OF THE LAST MEETING held on 3 May were
  approved"): the heading's words open the decision;
- the outcome of minutes judged a record is the verb that judged them ("agreed as a true record" agreed, "accepted as
  a true and accurate representation" accepted, "confirmed as a true copy" approved); "To receive the minutes of ..."
  is noted.
Rows are compared whole: (text, outcome, explicit), in order, as a local council's minutes give them.
"""

from __future__ import annotations

import pytest

from extractors.registry import registered

registered()

from extractors.narrative_decisions import outcome_of  # noqa: E402
from extractors.resolutions import item_resolutions, marks  # noqa: E402
from extractors.text import squash  # noqa: E402
from schemas.provenance import Span  # noqa: E402


def local_rows(text: str) -> list[tuple[str, str | None, bool]]:
    found = item_resolutions(text, None, Span(start=0, end=len(text)), narrative_beside_formal=True)
    return [(squash(text[s.start : s.end]), outcome, explicit) for s, _, explicit, _, outcome in found]


PROPOSAL_RESULT_CASES = [
    ("Cllr Ann Vale proposed to accept the minutes as correct; this was seconded by Cllr Bob Pim and passed by a majority.",
     [("Cllr Ann Vale proposed to accept the minutes as correct; this was seconded by Cllr Bob Pim and passed by a majority", "approved", False)]),
    ("Cllr Vale proposed that the hall fees rise by £2, seconded by Cllr Pim and passed unanimously.",
     [("Cllr Vale proposed that the hall fees rise by £2, seconded by Cllr Pim and passed unanimously", "approved", False)]),
    ("Cllr Vale proposed that the verge be mown in May, seconded by Cllr Pim and passed nem con.",
     [("Cllr Vale proposed that the verge be mown in May, seconded by Cllr Pim and passed nem con", "approved", False)]),
    ("It was proposed by Cllr Vale and seconded by Cllr Pim that a second bin be bought and passed by 5 votes to 2.",
     [("It was proposed by Cllr Vale and seconded by Cllr Pim that a second bin be bought and passed by 5 votes to 2", "approved", False)]),
    # wrapped over printed lines (a PDF's)
    ("Cllr Ann Vale proposed to accept the minutes as correct; this was\nseconded by Cllr Bob Pim and passed by a majority.",
     [("Cllr Ann Vale proposed to accept the minutes as correct; this was seconded by Cllr Bob Pim and passed by a majority", "approved", False)]),
    # a bare proposal line says nothing of what was decided
    ("Proposed by Cllr Vale, seconded by Cllr Pim and passed.", []),
]

DECLARED_CASES = [
    ("Ballot papers were handed out. Votes were counted and Cllr Mrs Lund was declared as the Deputy Mayor.",
     [("Votes were counted and Cllr Mrs Lund was declared as the Deputy Mayor", "elected", False)]),
    ("Cllr Ann Vale was declared elected as Chairman for the ensuing year.",
     [("Cllr Ann Vale was declared elected as Chairman for the ensuing year", "elected", False)]),
    ("Following a ballot Cllr Pim was declared duly elected.", [("Following a ballot Cllr Pim was declared duly elected", "elected", False)]),
    ("Cllr Rowe was declared Vice-Chair for the year.", [("Cllr Rowe was declared Vice-Chair for the year", "elected", False)]),
    # an interest declared, or a result declared elsewhere, is no election by the meeting
    ("Cllr Rowe declared an interest in item 6 as a member of the hall committee.", []),
    ("The count had been declared at the district hall.", []),
]

LIST_CASES = [
    # ":-" over bullets with blank lines between them (a web page's list)
    ("The minutes of the following meetings of the Council were confirmed as correct:-\n\n·       3 March 2031\n\n·       9 April 2031 (Extraordinary)\n",
     [("The minutes of the following meetings of the Council were confirmed as correct:- · 3 March 2031 · 9 April 2031 (Extraordinary)", "approved", False)]),
    # ":" over bullets one a line, then the next paragraph
    ("The following reports were noted:\n• Footpaths warden\n• Tree warden\nThe Clerk reported on the bus shelter.",
     [("The following reports were noted: • Footpaths warden • Tree warden", "noted", False)]),
    # dashes for bullets
    ("The following grants were approved:\n- Scout hut roof £200\n- Village show £50\n",
     [("The following grants were approved: - Scout hut roof £200 - Village show £50", "approved", False)]),
    # a numbered list after the colon is a record of its own (payments): the sentence is the decision
    ("The following payments were approved:\ni. Clerk's salary £450.00\nii. Hall hire £20.00\n",
     [("The following payments were approved:", "approved", False)]),
]

GAP_CASES = [
    # a blank line after "by": the sentence runs on
    ("The Minute of the Meeting held on 4 May was approved, being proposed by\n\nA Vale and seconded by B Pim.",
     [("The Minute of the Meeting held on 4 May was approved, being proposed by A Vale and seconded by B Pim", "approved", False)]),
    # after a comma, and after "and"
    ("The accounts for the year were approved,\n\nsubject to the audit.", [("The accounts for the year were approved, subject to the audit", "approved", False)]),
    ("The grass cutting contract was renewed and\n\nthe hedge contract was approved.",
     [("The grass cutting contract was renewed and the hedge contract was approved", "approved", False)]),
    # a blank line after a closed sentence ends its paragraph as ever
    ("The minutes of 4 May were approved.\n\nBy the next meeting the Clerk will have the quotes.",
     [("The minutes of 4 May were approved", "approved", False)]),
]

SAME_WORDS_CASES = [
    # the same decision of three matters, one under each lettered sub-heading: three rows
    ("(b) Ferry timetable\n\nAfter consideration of the letter, it was:-\n\nRESOLVED to note the contents of the correspondence.\n\n"
     "(c) Marine plan\n\nAfter consideration of the consultation, it was:-\n\nRESOLVED to note the contents of the correspondence.\n\n"
     "(d) Bus passes\n\nRESOLVED to note the contents of the correspondence.",
     [("to note the contents of the correspondence.", None, True)] * 3),  # (a formal row's outcome is read from its words: noted)
    # a page's decision printed under "Decision:" and again under "Minutes:" is one row
    ("Decision:\nThat the fees be reviewed in May.\nMinutes:\nThe officer explained the review.\nRESOLVED: That the fees be reviewed in May.",
     [("That the fees be reviewed in May.", None, True)]),
]


STEM_CASES = [
    # a Scottish council's stem naming the body, then the decision led by "Noted that" (its object one bullet)
    ("In terms of Standing Order 13.3, the Council:\n\nNoted that the Convener had allowed the following urgent item:\n\n• Ferry fares for islanders.",
     [("the Convener had allowed the following urgent item: • Ferry fares for islanders.", "noted", True)]),
    # one a line, no blank lines (a PDF's), the stem after a report named
    ("After consideration of a report by the Clerk, the Committee:\nNoted that the audit of the accounts was complete.",
     [("the audit of the accounts was complete.", "noted", True)]),
    ("The Sub-committee:-\nNOTED that the play area had been inspected.", [("the play area had been inspected.", "noted", True)]),
    ("The Panel:\n\nNOTED: that the hall roof was sound.", [("that the hall roof was sound.", "noted", True)]),
    # "Resolved" under the stem is a mark as ever; "Noted that" without a stem before it is what the meeting heard
    ("On the motion of Cllr Vale, the Board:\nResolved that the grant of £400 be paid.", [("that the grant of £400 be paid.", None, True)]),
    ("The Clerk read the letter.\nNoted that the bus will run on Sundays.", []),
    # the one bullet closed by its full stop, then a line that opens no entry (a PDF's running footer): not the list's
    ("In terms of Standing Order 13.3, the Council:\nNoted that the Convener had allowed the following urgent item:\n• Ferry fares for islanders.\nIsle Council 2021-03-04",
     [("the Convener had allowed the following urgent item: • Ferry fares for islanders.", "noted", True)]),
    ("The Board:\nNoted that the Chair had admitted the following late papers:\n- Harbour dues review.\nPage 3 of 7",
     [("the Chair had admitted the following late papers: - Harbour dues review.", "noted", True)]),
]


RUN_ON_CASES = [
    # minutes flattened to one line: a decision marked inside the run ends with its sentence, before the next item's number
    ("1. APOLOGIES RESOLVED to note that there were none. 2. MINUTES (a) Meeting of 4 May RESOLVED that the Minute of 4 May was "
     "approved, being proposed by Mr Hale and seconded by Mr Dunn. 3. MATTERS ARISING (a) Hall roof Members heard that the roof "
     "leaked, and it was:- RESOLVED to note the report.",
     [("to note that there were none.", None, True),
      ("that the Minute of 4 May was approved, being proposed by Mr Hale and seconded by Mr Dunn.", None, True),
      ("to note the report.", None, True)]),
    ("4.1 Grants It was RESOLVED that £50 be paid to the scouts. 4.2 Hall It was RESOLVED that the hire charge stay at £10.",
     [("that £50 be paid to the scouts.", None, True), ("that the hire charge stay at £10.", None, True)]),
    # ... but a first sentence that introduces a list is not cut at a full stop inside the list (the list of payments
    # is a record of its own: the sentence is the decision)
    ("5. Payments It was RESOLVED that the following be paid:\n- Clerk A. Hale £450\n- Hall £20\n6. Close",
     [("that the following be paid:", None, True)]),
    # a mark opening its line (a PDF's), the next sub-item's label run on after the decision's full stop: "(b)" with no "(a)"
    # inside the decision is the next heading; "(a) ... (b) ..." inside it are its parts
    ("Members heard the Clerk had applied for the grant, and it was:-\nRESOLVED to note the report. (b) School Prizes 2013\n(4.5.13 para 2) Members heard that ...",
     [("to note the report.", None, True)]),
    ("Members heard the hall was booked, and it was:-\nRESOLVED that the fee be waived; (ii) Bus Shelter Repairs\nThe Clerk reported ...",
     [("that the fee be waived", None, True)]),
    ("RESOLVED to pay the invoice. (3) Footpaths Cllr Hale reported a fallen tree.", [("to pay the invoice.", None, True)]),
    ("RESOLVED: (a) To approve the accounts. (b) To note the audit report.", [("To approve the accounts.", None, True), ("To note the audit report.", None, True)]),
]

# "Resolved" in title case after a word on its line and before "to" / "that": an item's heading run into its minute, or the body
# named before it. Lower case ("the matter was resolved") and "Resolved" before anything else are no mark here.
TITLE_CASE_MARK_CASES = [
    ("1. Apologies Resolved to note that apologies had been sent by Councillor Tait.", [("to note that apologies had been sent by Councillor Tait.", None, True)]),
    ("7. Grass Cutting Contract Resolved that the quote from A Mower be accepted.", [("that the quote from A Mower be accepted.", None, True)]),
    ("(4) Village Hall Lease Resolved to renew the lease for five years.", [("to renew the lease for five years.", None, True)]),
    ("The Council Resolved to pay the invoice.", [("to pay the invoice.", None, True)]),
    ("3. Hall Repairs The Clerk said the leak was resolved to everyone's relief.", []),
    ("5. Drains The flooding Resolved itself by morning.", []),
]


@pytest.mark.parametrize("text, expected", TITLE_CASE_MARK_CASES)
def test_resolved_in_title_case_after_a_run_in_heading(text, expected):
    assert local_rows(text) == expected

CAPITAL_PARTS_CASES = [
    # parts lettered with a bare capital, run on (a web table's list flattened); the page's "Minutes:" copy after them is
    # not the last part's words
    ("Decision: It was resolved to: A Note the members named in Appendix A B Confirm that the Fire Authority be a co-opted member. "
     "C Agree that late notices take effect at once. Minutes: On being proposed by the Chair, it was resolved to: A Note the members",
     [("Note the members named in Appendix A", None, True), ("Confirm that the Fire Authority be a co-opted member.", None, True),
      ("Agree that late notices take effect at once.", None, True)]),
    ("RESOLVED to:\nA Approve the budget for 2031/32;\nB Delegate the final figures to the Treasurer.",
     [("Approve the budget for 2031/32", None, True), ("Delegate the final figures to the Treasurer.", None, True)]),
    # a capital that is a word or an initial is no label
    ("RESOLVED that A Hale be thanked and B Dunn be asked to write to the owner.",
     [("that A Hale be thanked and B Dunn be asked to write to the owner.", None, True)]),
]

CONDITIONAL_CASES = [
    # "Agreed" opening a numbered paragraph with its condition: the decision is the condition, its first sentence
    ("Minutes of Last Meeting\n2. Agreed, subject to two changes to paragraph 15, changing \"may\" to \"will\". This makes the point clearer.",
     [('subject to two changes to paragraph 15, changing "may" to "will".', "agreed", True)]),
    ("The minutes of 3 May were read.\nApproved, with the amendment that Cllr Hale was present.", [("with the amendment that Cllr Hale was present.", "approved", True)]),
    ("Minutes of the last meeting. AGREED, as amended.", [("as amended.", "agreed", True)]),
]


@pytest.mark.parametrize("text", ["Agreed, all in favour.", "Approved, 5 votes to 2.", "Agreed, unanimously."])
def test_agreed_with_a_comma_and_no_condition_is_no_mark(text):
    """"Agreed," then no condition: the vote on the motion before, no decision of its own."""
    assert marks(text) == []


@pytest.mark.parametrize(
    "text, title_words, expected",
    [
        # a heading in capitals whose sentence runs on in lower case: the heading's words open the decision
        ("2. MINUTES OF THE LAST MEETING held on 3 May were approved and signed as a true record.", "MINUTES OF THE LAST MEETING",
         "MINUTES OF THE LAST MEETING held on 3 May were approved and signed as a true record"),
        ("4. THE ACCOUNTS for the year were approved.", "THE ACCOUNTS", "THE ACCOUNTS for the year were approved"),
        # a heading in capitals or in title case over a sentence of its own stays the heading
        ("2. MINUTES. The minutes of 3 May were approved.", "MINUTES", "The minutes of 3 May were approved"),
        ("5. Finance the accounts were approved.", "Finance", "the accounts were approved"),
        ("6. MINUTES\nthe minutes of 3 May were approved.", "MINUTES", "the minutes of 3 May were approved"),
    ],
)
def test_a_heading_in_capitals_that_opens_the_decision_sentence(text, title_words, expected):
    start = text.index(title_words)
    title = Span(start=start, end=start + len(title_words))
    minutes = Span(start=title.end + (1 if text[title.end] == "." else 0), end=len(text))
    found = item_resolutions(text, None, minutes, narrative_beside_formal=True, title=title)
    assert [squash(text[s.start : s.end]) for s, *_ in found] == [expected]


@pytest.mark.parametrize("text, expected", PROPOSAL_RESULT_CASES + DECLARED_CASES + LIST_CASES + GAP_CASES + SAME_WORDS_CASES + STEM_CASES + CONDITIONAL_CASES + RUN_ON_CASES + CAPITAL_PARTS_CASES)
def test_decision_forms_of_session_eight(text, expected):
    assert local_rows(text) == expected


@pytest.mark.parametrize(
    "text, outcome",
    [
        ("Minutes of the meeting held on 4 May were agreed as a true record", "agreed"),
        ("The minutes were agreed as a true and accurate record and signed by the Chair", "agreed"),
        ("Minutes for the AGM agreed as correct", "agreed"),
        ("Minutes accepted as a true and accurate representation of the meeting", "accepted"),
        ("The minutes of the last meeting were accepted as a true record", "accepted"),
        ("The minutes were taken as read and accepted as a true record", "accepted"),
        ("The minutes were confirmed as a correct record", "approved"),
        ("The minutes of the following meetings were confirmed as correct:-", "approved"),
        ("The minutes of 4 May, having been circulated, were confirmed as a true copy, and duly signed by the Chairman", "approved"),
        ("That the minutes be approved as a correct record", "approved"),
        ("Minutes of meeting held on 11 March were agreed and signed", "agreed"),
        ("To receive the minutes of the Audit Committee held on 6 June", "noted"),
        ("To receive the Treasurer's report", "noted"),
    ],
)
def test_the_verb_that_judged_the_minutes_is_the_outcome(text, outcome):
    assert outcome_of(text) == outcome
