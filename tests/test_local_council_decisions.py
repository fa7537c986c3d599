"""How parish, town and community clerks write decisions: narrative decisions beside formal ones, and their forms.

Small texts written for the test (invented councils and names) in the forms
clerks use, run through the resolutions extractor's functions; and the real
tuning documents (Stoke Ferry, Tintern, Wye Valley, Kent) through the whole
pipeline. The expected rows were read off the texts, not copied from output.
"""

from __future__ import annotations

import pytest

from extractors.registry import registered

registered()

from extractors.narrative_decisions import decision_sentences, outcome_of, stated_decisions  # noqa: E402
from extractors.resolutions import find_resolutions, item_resolutions, narrates_beside_formal  # noqa: E402
from pipeline.parse import parse_document  # noqa: E402
from schemas import Meeting  # noqa: E402
from schemas.provenance import Span  # noqa: E402
from tests.conftest import corpus, needs_shared  # noqa: E402


def meeting(council=None, code=None, committee=None):
    """The meeting record the meeting extractor stores, with only what tells a local council from a principal one."""
    return Meeting(id="test/meeting", document_id="test", extractor="meeting", council=council, council_code=code, committee=committee)


NARRATES_CASES = [
    ([meeting("Brackenfield Parish Council", committee="Parish Council")], True),
    ([meeting("Ashwell Town Council", committee="Planning Committee")], True),  # a local council's committee
    ([meeting(None, committee="Community Council")], True),
    ([meeting("Glenmoy & District Community Council", committee="Community Council")], True),  # a district in a local council's name
    ([], True),  # minutes that name neither council nor body: a clerk's plain minutes
    ([meeting("Northwold District Council", committee="Audit Committee")], False),
    ([meeting("Harrow Council", code="E09000015", committee="Cabinet")], False),  # a register's code: principal
    ([meeting("Royal Borough of Kingston upon Thames")], False),
    ([meeting(None, committee="Audit Committee")], False),  # a principal council's kind of body, council unread
]


@pytest.mark.parametrize("meetings, expected", NARRATES_CASES)
def test_narrative_decisions_count_beside_formal_ones_in_a_local_councils_minutes(meetings, expected):
    assert narrates_beside_formal(meetings) is expected


def test_a_narrative_decision_before_a_formal_one_keeps_its_place():
    text = (
        "The Parish Council noted that the auditor had raised no concerns.\n\n"
        "RESOLVED: That the Internal Audit report be noted.\n\n"
        "It was proposed for approval.\n\n"
        "RESOLVED: That the Annual Governance Statement be approved."
    )
    minutes = Span(start=0, end=len(text))
    local = [(text[s.start : s.end], explicit, outcome) for s, _, explicit, _, outcome in item_resolutions(text, None, minutes, narrative_beside_formal=True)]
    assert local == [
        ("The Parish Council noted that the auditor had raised no concerns", False, "noted"),
        ("That the Internal Audit report be noted.", True, None),
        ("That the Annual Governance Statement be approved.", True, None),
    ]
    # a principal council's minutes: the RESOLVED ones only
    principal = [text[s.start : s.end] for s, *_ in item_resolutions(text, None, minutes, narrative_beside_formal=False)]
    assert principal == ["That the Internal Audit report be noted.", "That the Annual Governance Statement be approved."]


def test_an_item_whose_heading_states_the_decision():
    text = "4. The minutes of the meeting held on 9 March were adopted and signed.\n5. Reports"
    title = Span(start=3, end=text.index(".\n"))
    minutes = Span(start=title.end, end=title.end + 1)  # only the heading's full stop follows it
    [(span, _, explicit, _, outcome)] = item_resolutions(text, None, minutes, narrative_beside_formal=True, title=title)
    assert (text[span.start : span.end], outcome, explicit) == ("The minutes of the meeting held on 9 March were adopted and signed", "adopted", False)
    # a principal council's item headings are not read as decisions
    assert item_resolutions(text, None, minutes, narrative_beside_formal=False, title=title) == []


def test_a_numbered_paragraph_whose_first_sentence_states_the_decision():
    """A clerk's paragraph read as an item titled by its first sentence, more text after it (a PDF's lines)."""
    text = "4. The minutes of the meeting of 2 May were approved.\nMatters arising from the minutes of 2 May"
    title = Span(start=3, end=text.index("\n"))
    minutes = Span(start=title.end + 1, end=len(text))
    [(span, _, explicit, _, outcome)] = item_resolutions(text, None, minutes, narrative_beside_formal=True, title=title)
    assert (text[span.start : span.end], explicit, outcome) == ("The minutes of the meeting of 2 May were approved", False, "approved")
    text = "8. Noted: that a complaint had been received about the hedge.\nResolved: Cllr Ode to investigate."
    title = Span(start=3, end=text.index("\n"))
    minutes = Span(start=title.end + 1, end=len(text))
    found = item_resolutions(text, None, minutes, narrative_beside_formal=True, title=title)
    assert [(text[s.start : s.end], explicit, outcome) for s, _, explicit, _, outcome in found] == [
        ("that a complaint had been received about the hedge.", True, "noted"),
        ("Cllr Ode to investigate.", True, None),
    ]
    # a principal council's headings are not read so
    assert item_resolutions(text, None, minutes, narrative_beside_formal=False, title=title) == [(Span(start=found[1][0].start, end=found[1][0].end), None, True, "minutes", None)]


STATEMENT_CASES = [
    # passive decisions, the meeting the agent
    # apologies received and accepted are attendance business, not a decision (session-5 truth ruling)
    ("Apologies were received and accepted from Cllr Hollis and Cllr Dunne.", []),
    ("Apologies were noted and accepted for Cllr Pike (holiday).", []),
    ("There were no matters arising and the Clerk's report was noted.", [("There were no matters arising and the Clerk's report was noted", "noted", False)]),
    ("The minutes of the meeting held on 4 May were adopted and signed.", [("The minutes of the meeting held on 4 May were adopted and signed", "adopted", False)]),
    ("The latest planning decisions were noted.", [("The latest planning decisions were noted", "noted", False)]),
    ("Cllr Rowe was appointed to the Allotments Committee.", [("Cllr Rowe was appointed to the Allotments Committee", "appointed", False)]),
    # not decisions of this meeting: someone else's, an earlier one, a question, what was heard, a bare apology
    ("The application was approved by the District Council in March.", []),
    ("The budget had been approved at the last meeting.", []),
    ("Application 24/00123/FUL for a garage at Mill House was approved.", []),  # the district council's decision, reported
    ("Cllr Rowe asked whether the fence was approved.", []),
    ("It was noted that the hedge on Mill Lane was overgrown.", []),
    ("Apologies were received from Cllr Hollis.", []),
    # the decision word in lower case, after "and", with a manner before its text
    ("It was resolved by a show of hands to accept the apologies from Cllr Pike.", [("to accept the apologies from Cllr Pike", "accepted", True)]),
    (
        "A late request for a grant was considered and it was resolved that the request be declined.",
        [("the request be declined", "refused", True)],
    ),
    ("It was decided not to write to the MP.", [("It was decided not to write to the MP", "agreed", False)]),
    ("In view of the cost it was agreed that the bench be repaired.", [("the bench be repaired", "agreed", True)]),
    # a failed proposal told in a sentence of its own
    (
        "Cllr Dunne proposed that the car park be closed at night. There was no support for this proposal and it was not carried.",
        [("There was no support for this proposal and it was not carried", "refused", False)],
    ),
    # the body named by a pronoun after the reason
    (
        "As BPC had set aside £300 for the fete they agreed to give £300 to the fete committee.",
        [("As BPC had set aside £300 for the fete they agreed to give £300 to the fete committee", "agreed", False)],
    ),
    ("Agreed positioning of the new litter bins.", [("Agreed positioning of the new litter bins", "agreed", False)]),
    # elections stated with the office
    ("Ann Field elected Chairman.", [("Ann Field elected Chairman", "elected", False)]),
    (
        "Mr Tom Hale was duly proposed and seconded and on being put to the vote was duly elected to the Parish Council.",
        [("Mr Tom Hale was duly proposed and seconded and on being put to the vote was duly elected to the Parish Council", "elected", False)],
    ),
    # proposals whose outcome follows in the sentence (the whole sentence states the decision: session 4's
    # convention), or in the next one; an outcome word alone after a dash or comma, or a tally, is left out
    (
        "Proposal: Mrs Dale proposed and Mr Fenn seconded payment of the subscription and the meeting unanimously agreed.",
        [("Mrs Dale proposed and Mr Fenn seconded payment of the subscription and the meeting unanimously agreed", "agreed", False)],
    ),
    (
        "The minutes were then proposed by Cllr Hale, seconded by Cllr Rowe and all those at the meeting were in favour.",
        [("The minutes were then proposed by Cllr Hale, seconded by Cllr Rowe and all those at the meeting were in favour", "approved", False)],
    ),
    (
        "Cllr Pask proposed that Mrs Ode is co-opted to the vacant seat, Cllr Lund seconded, unanimous approval.",
        [("Cllr Pask proposed that Mrs Ode is co-opted to the vacant seat, Cllr Lund seconded, unanimous approval", "appointed", False)],
    ),
    (
        "Cllr Pask proposed that the verges be cut twice a year seconded by Cllr Lund - Agreed.",
        [("Cllr Pask proposed that the verges be cut twice a year seconded by Cllr Lund", "agreed", False)],
    ),
    (
        "Cllr Pask proposed that the hall fee be £12 seconded by Cllr Lund, 5 votes for, 1 against - Carried.",
        [("Cllr Pask proposed that the hall fee be £12 seconded by Cllr Lund", "approved", False)],
    ),
    (
        "Cllr. Rowe proposed, seconded by Cllr. Hale, that Cllr. Dunne be elected Vice Chairman. Cllr. Dunne was duly elected unanimously.",
        [("Cllr. Rowe proposed, seconded by Cllr. Hale, that Cllr. Dunne be elected Vice Chairman", "elected", False)],
    ),
    (
        "It was proposed by Cllr Rowe & Cllr Hale that Cllr Dunne be appointed as Vice-Chairman. Cllr Dunne was elected to the position of Vice-Chairman unopposed.",
        [("It was proposed by Cllr Rowe & Cllr Hale that Cllr Dunne be appointed as Vice-Chairman", "appointed", False)],
    ),
    (
        "She proposed that the wording should read 'the draft plan.' Approved unanimously.",
        [("She proposed that the wording should read 'the draft plan.'", "approved", False)],
    ),
    (
        "The Clerk put forward a suggestion to bank online at £5 a month. Agreed, clerk to arrange.",
        [("The Clerk put forward a suggestion to bank online at £5 a month", "agreed", False)],
    ),
    (
        "T. Lowe proposed acceptance of the accounts, seconded by R. Hale and unanimously agreed.",
        [("T. Lowe proposed acceptance of the accounts, seconded by R. Hale and unanimously agreed", "approved", False)],
    ),
    # planning comments
    ("There was no objection to these plans from the committee.", [("There was no objection to these plans from the committee", "approved", False)]),
    ("24/00123/FUL – Extension at Rose Cottage – No objection.", [("24/00123/FUL – Extension at Rose Cottage – No objection", "approved", False)]),
    ("Absent JB illness and KL holiday which was accepted.", [("Absent JB illness and KL holiday which was accepted", "accepted", False)]),
    ("Unanimously agree to purchase.", [("Unanimously agree to purchase", "agreed", False)]),
    (
        "In accordance with financial regulations it was agreed to transfer £500 to the deposit account.",
        [("In accordance with financial regulations it was agreed to transfer £500 to the deposit account", "agreed", False)],
    ),
    (
        "Proposed Cllr Hale, seconded Cllr Rowe and carried that the grass contract be renewed.",
        [("Proposed Cllr Hale, seconded Cllr Rowe and carried that the grass contract be renewed", None, False)],
    ),
    (
        "Members discussed the hedge and agreed that the clerk should write to the owner.",
        [("Members discussed the hedge and agreed that the clerk should write to the owner", "agreed", False)],
    ),
    # an outcome word alone: the sentence it settles
    ("The Clerk reported on the bank balance. Noted.", [("The Clerk reported on the bank balance", "noted", False)]),
    ("Cllr Hale suggested moving the bench. Agreed.", [("Cllr Hale suggested moving the bench", "agreed", False)]),
    # the minutes approved "by" their proposer, the seconder after (community councils)
    (
        "The minutes of the meeting held on 2 March were approved by Fiona, seconded by Gregor.",
        [("The minutes of the meeting held on 2 March were approved by Fiona, seconded by Gregor", "approved", False)],
    ),
    ("Mins were approved by FG and seconded by", [("Mins were approved by FG and seconded by", "approved", False)]),
    # the decision word in lower case closing a proposal; a nomination carried; members co-opted together
    (
        "It was Proposed by Cllr Lund, Seconded by Cllr Pask and unanimously resolved to elect Cllr Ode as chairman.",
        [("to elect Cllr Ode as chairman", "elected", True)],
    ),
    (
        "Cllr Ode nominated Cllr Lund as the Vice Chairman which was seconded by Cllr Pask and was unanimously agreed.",
        [("Cllr Ode nominated Cllr Lund as the Vice Chairman which was seconded by Cllr Pask and was unanimously agreed", "elected", False)],
    ),
    ("Ann Ode and Ben Lund were both unanimously co-opted onto the council.", [("Ann Ode and Ben Lund were both unanimously co-opted onto the council", "appointed", False)]),
    (
        "Cllr Ode was nominated by Cllr Lund for the position of Chairman. This was seconded by Cllr Pask and was unanimously agreed.",
        [("Cllr Ode was nominated by Cllr Lund for the position of Chairman", "agreed", False)],
    ),
    # minutes judged correct, or adopted after their proposal, in one sentence; a conclusion narrated
    ("The minutes of the meeting held on 9 May were found to be correct.", [("The minutes of the meeting held on 9 May were found to be correct", "approved", False)]),
    (
        "The minutes of the meeting held on 9 May were proposed for adoption, unanimously approved and signed by Mr Lund.",
        [("The minutes of the meeting held on 9 May were proposed for adoption, unanimously approved and signed by Mr Lund", "approved", False)],
    ),
    ("It was concluded to add the fete to the June agenda.", [("It was concluded to add the fete to the June agenda", "agreed", False)]),
    # a proposal whose sentence closes with "and this was confirmed by all present": the whole sentence
    (
        "The minutes were taken as read. Mr Tom Hale proposed, and Mrs Ann Ode seconded that the minutes were a true record, and this was confirmed by all present.",
        [("Mr Tom Hale proposed, and Mrs Ann Ode seconded that the minutes were a true record, and this was confirmed by all present", "approved", False)],
    ),
    # the name an entry is about, before the agreement that concerns it
    (
        "Cllr Lund – it was agreed by Members for Cllr Lund to sign the declaration at the next meeting.",
        [("it was agreed by Members for Cllr Lund to sign the declaration at the next meeting", "agreed", False)],
    ),
    ("It was agreed these hedges should be cut in March.", [("It was agreed these hedges should be cut in March", "agreed", False)]),
    # a proposal, its outcome and what was decided in one sentence, titles and initials with full stops inside it
    (
        "It was proposed by Cllr. T. Hale, seconded by Cllr. A. Ode and unanimously agreed that the minutes of the last meeting were correct.",
        [("It was proposed by Cllr. T. Hale, seconded by Cllr. A. Ode and unanimously agreed that the minutes of the last meeting were correct", "agreed", False)],
    ),
    (
        "It was proposed by Cllr. T. Hale, seconded by Cllr. A. Ode and unanimously agreed that the Annual Return be approved.",
        [("It was proposed by Cllr. T. Hale, seconded by Cllr. A. Ode and unanimously agreed that the Annual Return be approved", "approved", False)],
    ),
    # the verb agreed to is the key verb of the decision
    ("It was unanimously agreed to appoint Ann Ode as Treasurer.", [("It was unanimously agreed to appoint Ann Ode as Treasurer", "appointed", False)]),
    ("It was agreed to plant two oaks on the green.", [("It was agreed to plant two oaks on the green", "agreed", False)]),
    # passive decisions: of a named thing, after a check, of a list, an item put off
    ("This project was unanimously approved.", [("This project was unanimously approved", "approved", False)]),
    ("The invoices for March were scrutinised and approved.", [("The invoices for March were scrutinised and approved", "approved", False)]),
    ("Accounts were presented and accepted for payment.", [("Accounts were presented and accepted for payment", "accepted", False)]),
    ("The following payments were approved:", [("The following payments were approved:", "approved", False)]),
    ("Following the above correction, the minutes of 9 May were noted.", [("Following the above correction, the minutes of 9 May were noted", "noted", False)]),
    ("This was deferred to the next meeting as the quotes had not arrived.", [("This was deferred to the next meeting as the quotes had not arrived", "deferred", False)]),
    ("Item deferred until the meeting Mr Pask attends.", [("Item deferred until the meeting Mr Pask attends", "deferred", False)]),
    # a heading run in before a dash, then the formal "It was agreed that"
    ("Questions from the floor – It was agreed that £20 of the reserve would be returned.", [("£20 of the reserve would be returned", "agreed", True)]),
    # a clerk's note of an election's result alone
    ("T.Hale duly elected.", [("T.Hale duly elected", "elected", False)]),
    ("The Clerk said he was duly elected.", []),
    # a figure checked, a list of substitutes heard, what someone said happened after a meeting: no decisions
    ("The savings account balance was confirmed as £4,512.06 on 31 March.", []),
    ("The following Substitute Members were noted:", []),
    ("The Clerk said that following the meeting the fence was approved.", []),
    # a proposal that says nothing of its outcome
    ("The minutes were proposed by Cllr Lund and seconded by Cllr Pask.", []),
    # a vote count, a bare vote line, a member volunteering: no decisions
    ("Members voted for the proposal 3 votes to 2.", []),
    ("Proposed by Cllr Hale, seconded by Cllr Rowe, all in favour.", []),
    ("Proposed by Cllr Hale seconded by Cllr Rowe and unanimously approved.", []),
    (
        "Proposed as a true record by Cllr Hale seconded by Cllr Rowe and unanimously approved.",
        [("Proposed as a true record by Cllr Hale seconded by Cllr Rowe and unanimously approved", "approved", False)],
    ),
    ("Cllr Rowe agreed to look into the matter.", []),
]


@pytest.mark.parametrize("text, expected", STATEMENT_CASES)
def test_local_council_statements(text, expected):
    found = stated_decisions(text, Span(start=0, end=len(text)))
    assert [(text[s.start : s.end], outcome, explicit) for s, _, explicit, _, outcome in found] == expected


def test_a_list_closed_by_its_total_ends_before_the_next_decision():
    """Payment lists closed by "TOTAL £..." with no full stop: the next list's "The following payments were approved:" is a sentence of its own."""
    text = (
        "The following payments were approved:\ni. Hale Mowers, grass cutting, Chq No 101 £300.00\nii. Ann Roe, Clerk's salary, Chq No 102 £450.00\n"
        "TOTAL £750.00\nThe following payments were approved:\ni. Fell Audit, internal audit, Chq No 103 £150.00\nTOTAL £150.00\n"
    )
    found = item_resolutions(text, None, Span(start=0, end=len(text)), narrative_beside_formal=True)
    assert [text[s.start : s.end] for s, *_ in found] == ["The following payments were approved:", "The following payments were approved:"]


def test_a_proposal_recorded_by_a_resolved_after_it_is_no_row_of_its_own():
    """"Proposed ... seconded ..." then "RESOLVED: ..." then "Carried": the RESOLVED is the record, "Carried" its vote."""
    text = "The minutes were proposed by Cllr Lund and seconded by Cllr Pask.\n\nRESOLVED: That the minutes be approved.\n\nCarried"
    found = item_resolutions(text, None, Span(start=0, end=len(text)), narrative_beside_formal=True)
    assert [(text[s.start : s.end], explicit) for s, _, explicit, _, _ in found] == [("That the minutes be approved.", True)]


def test_an_outcome_alone_points_back_to_the_item():
    text = "To Confirm the Date of the Next Meeting – Monday 3 March at 7 pm. It was confirmed."
    title = Span(start=0, end=text.index(". It"))
    minutes = Span(start=title.end, end=len(text))
    [(span, _, explicit, _, outcome)] = stated_decisions(text, minutes, title=title)
    assert (text[span.start : span.end], outcome, explicit) == ("To Confirm the Date of the Next Meeting – Monday 3 March at 7 pm", "approved", False)
    text = "Cllr Hale suggested a second bench by the pond. This was agreed by all."
    [(span, _, _, _, outcome)] = stated_decisions(text, Span(start=0, end=len(text)))
    assert (text[span.start : span.end], outcome) == ("Cllr Hale suggested a second bench by the pond", "agreed")


SENTENCE_CASES = [
    ("Council agreed to plant two oaks on the green.", ["Council agreed to plant two oaks on the green"]),
    ("Council resolved to co-opt Mr Barber.", ["Council resolved to co-opt Mr Barber"]),
    ("Members received and noted the minutes.", ["Members received and noted the minutes"]),
    ("Cllrs agreed that the council would buy sandbags.", ["Cllrs agreed that the council would buy sandbags"]),
    ("The meeting accepted these as proper reasons for absence.", ["The meeting accepted these as proper reasons for absence"]),
    ("The Parish Council noted that there had been no discrepancies.", ["The Parish Council noted that there had been no discrepancies"]),
    ("Council noted that item 12 can be removed from the log.", ["Council noted that item 12 can be removed from the log"]),
    ("BPC agreed to pay the invoice.", ["BPC agreed to pay the invoice"]),
    ("Council authorised payment of the grass-cutting invoice.", ["Council authorised payment of the grass-cutting invoice"]),
    ("a) To Consider the Audit Report The Parish Council noted the report.", ["The Parish Council noted the report"]),
    ("4.2 Cllrs approved payments as follows:", ["Cllrs approved payments as follows:"]),
    # two spaces after a full stop, as typed minutes print them
    ("The date was confirmed as Sunday.  Council resolved to set a budget of £150.", ["Council resolved to set a budget of £150"]),
    # what members heard, and a proposal's vote, are no decisions
    ("Members noted that the audit had started.", []),
    ("The Clerk told the Parish Council agreed terms were near.", []),
]


@pytest.mark.parametrize("text, sentences", SENTENCE_CASES)
def test_decision_sentences_of_local_councils(text, sentences):
    found = decision_sentences(text, Span(start=0, end=len(text)))
    assert [text[s.start : s.end] for s, _ in found] == sentences


OUTCOME_CASES = [
    ("To accept the apologies from Cllr Pike", "accepted"),
    ("Notes the Inspector's Report and the recommended modifications", "noted"),
    ("Delegates authority to the Director to approve minor changes", "delegated"),
    ("Adopt the Delivery Plan on behalf of the Council", "adopted"),
    ("Members note the work done and agree the priorities", "noted"),
    ("Cabinet considered the amendments and endorsed the draft budget to be presented to Council", "endorsed"),
    ("Cllr Reed proposed approval for payment seconded by Cllr Fox", "approved"),
    ("the Town Council accepts the proposal and that the Minutes of 4 April be confirmed as an accurate record", "approved"),
    ("Cllr Reed proposed accepting the amended Standing Orders seconded by Cllr Fox", "accepted"),
    ("Cllr Reed proposed acceptance of the minutes seconded by Cllr Fox", "approved"),
    ("the request be declined", "refused"),
    ("It was agreed to accept the quote from Hale Builders", "accepted"),
    ("It was unanimously agreed to approve the renewal of the insurance", "approved"),
    ("That the bank reconciliation be received and adopted", "adopted"),
    ("the Council's sincere thanks be recorded to the retiring Clerk", "agreed"),
    # a matter sent on to a later meeting: deferred, before any other verb the text has
    ("that the draft policy is re-submitted to a future meeting of this Committee", "deferred"),
    ("That the minutes be not approved but brought back to the next meeting", "deferred"),
    ("That the accounts be approved and submitted to the auditor", "approved"),
]


@pytest.mark.parametrize("text, outcome", OUTCOME_CASES)
def test_outcome_words(text, outcome):
    assert outcome_of(text) == outcome


FORMAL_CASES = [
    # a manner after the mark belongs to it
    ("Resolved unanimously to approve the payments listed.", ["to approve the payments listed."]),
    # a DECISION heading (a Scottish council's minute) and the decision after it
    ("Copies had been circulated.\n\nDECISION\nAPPROVED the Minute.\n", ["APPROVED the Minute."]),
    # "Resolved that" after a sentence on the same line
    ("5. Signing of the Minutes. Resolved that the minutes be signed as a true record.", ["that the minutes be signed as a true record."]),  # "that" is dropped when scored
    # a bulleted entry after a closed sentence, and a line that opens the next decision, end a resolution
    (
        "It was AGREED to recommend refusal on policy ENV28.\n- 24/00321/FUL Mill House\nThis is a prior notification.",
        ["to recommend refusal on policy ENV28."],
    ),
    (
        "It was RESOLVED to approve the minutes.\nIt was agreed that the Clerk write to the school.",
        ["to approve the minutes."],
    ),
    # a clerk's resolution number after the mark, glued to it or not: the text starts after the number
    (
        "The Clerk presented two quotes. Resolved 21/03/7.2 It was agreed to accept the lower quote.\n\nPlay Area Resolved21/03/8.1 That the swings be painted.",
        ["It was agreed to accept the lower quote.", "That the swings be painted."],
    ),
    # ... and at the end of a printed line that runs on (a PDF's wrapped paragraph): still a mark
    (
        "The Clerk presented the invoices for\nMarch and April. Resolved 21/03/7.2\nIt was agreed to pay the\ninvoices listed.",
        ["It was agreed to pay the\ninvoices listed."],
    ),
    # lettered paragraphs, each with its own mark
    (
        "a) It was unanimously RESOLVED to approve the audit report.\nb) It was unanimously RESOLVED to approve the accounts.",
        ["to approve the audit report.", "to approve the accounts."],
    ),
]


@pytest.mark.parametrize("text, expected", FORMAL_CASES)
def test_formal_marks_of_local_councils(text, expected):
    found = find_resolutions(text, Span(start=0, end=len(text)))
    assert [text[s.start : s.end] for s, *_ in found] == expected


def _rows(path):
    result = parse_document(path.read_bytes(), str(path))
    items = {i.id: i.number for i in result.records["agenda_items"]}
    return [(items[r.agenda_item_id], r.position, r.part, r.text, r.outcome, r.explicit) for r in result.records["resolutions"]]


@needs_shared
def test_stoke_ferry_narrative_decisions_beside_the_resolved_ones():
    rows = _rows(corpus("../corpus2/text/stoke-ferry-pc_parish-council_2020-06-03_draft-minutes-virtual.md"))
    by_item = {}
    for number, position, part, text, outcome, explicit in rows:
        by_item.setdefault(number, []).append((position, part, text[:40], outcome, explicit))
    assert "97/20" not in by_item  # "Apologies were noted and accepted ...": attendance business, no decision
    assert by_item["99/20"] == [
        (1, "1", "That the minutes of the Ordinary meeting", "approved", True),
        (2, "2", "That the minutes of the Extraordinary me", "approved", True),
    ]
    assert [r[2][:40] for r in by_item["102/20"]] == [
        "The Parish Council noted that there had ",  # the sub-item's heading "a) To Consider ..." left out
        "That the Internal Audit report be noted.",
        "That the Annual Return Governance Statem",
        "That the Annual Return Accounting Statem",
    ]
    assert by_item["106/20"] == [(1, None, "To Confirm the Date of the Next Ordinary", "approved", False)]  # "It was confirmed."


@needs_shared
def test_tintern_and_wye_valley_narrative_decisions():
    tintern = _rows(corpus("pdf/tintern-community-council_2019-02-25_minutes.pdf"))
    assert any(r[3].startswith("As TCC had set aside £500 in the 2019/20 Budget for Fetes they agreed") and r[4] == "agreed" for r in tintern)
    wye = _rows(corpus("text/wye-valley-community-council_2024-10-28_minutes.txt"))
    assert ("3794.", 1, None, "There was no support for this proposal and it was not carried", "refused", False) in wye


@needs_shared
def test_kent_council_numbered_bullets_and_leading_verbs():
    rows = _rows(corpus("pdf/kent_county-council_2025-03-13_printed-minutes.pdf"))
    assert [(r[2], r[4]) for r in rows if r[0] == "304."] == [("1", "agreed"), ("2", "delegated")]
    [notes] = [r for r in rows if r[0] == "299." and r[3].startswith("Notes the Inspector")]
    assert notes[4] == "noted"  # not "recommended", a word later in the part
