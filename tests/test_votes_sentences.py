"""Votes in the words minutes use (issue 15): one invented minute per form, and the votes it must give.

Each case is one item's minutes, written for this test in a form councils
use (names and business invented), with every vote it records: kind, result,
the three counts (None where not printed), proposer, seconder and the named
votes. The rules are ``extractors/votes.py`` and ``extractors/recorded_votes.py``
with their vocabulary ``extractors/vocab/votes.toml``.
"""

from __future__ import annotations

import re

import pytest

from extractors.votes import votes_in

N = (None, None, None)

CASES = [
    # a proposal confirmed by all present; a majority vote told of the members; a proposal seconded and approved
    ("Mr Dan Fell proposed, and Mrs Ann Roe seconded that the minutes were a true record, and this was confirmed by all present.",
     [("motion", "carried", N, "Mr Dan Fell", "Mrs Ann Roe")]),
    ("The Parish Councillors voted by majority to object to the application.", [("motion", "carried", N, None, None)]),
    # a seconder is the vote's even when no proposer is named; a proposer opening the sentence before is the same vote's
    ("This proposal was seconded by Cllr Ledger and approved.", [("motion", "carried", N, None, "Ledger")]),
    ("JF proposed that the verge be cut twice a year. This proposal was seconded by KL and approved.", [("motion", "carried", N, "JF", "KL")]),
    ("JF noted that the bench was rotten and requested that the council replace it. This proposal was seconded by KL and approved.",
     [("motion", "carried", N, "JF", "KL")]),
    # a suggestion "agreed" by the councillors is a decision, no vote ("agreed" without proposal or vote words)
    ("The warden suggested oiling the gates rather than painting them. This proposal was agreed by the Parish Councillors.", []),
    ("A notice of the proposed co-option of Ann Lark had been sent to all members. The proposal was agreed unanimously by the members present.",
     [("motion", "carried", N, None, None)]),
    ("Cllr A Dove was nominated by Cllr B Finch for the position of Chairman.  This was seconded by Cllr C Lamb and was unanimously agreed.",
     [("motion", "carried", N, "B Finch", "C Lamb")]),
    # a committee's amendment, counts in brackets after the result
    ("The amendment was put to the vote and LOST (3 for, 6 against).",
     [("amendment", "lost", (3, 6, None), None, None)]),
    # counts in words after "carried with"
    ("On being put to the vote it was carried with 4 for, 1 against and 4 abstentions.",
     [("motion", "carried", (4, 1, 4), None, None)]),
    # the proposer's office in the sentence; the vote said to follow, the formal resolution its outcome
    ("Councillor Dan Fell, as Chair, proposed and Councillor Ann Roe seconded and, following a vote, it was:\n\nRESOLVED: That the minutes be approved.",
     [("motion", "carried", N, "Dan Fell", "Ann Roe")]),
    # a Scottish community council's minutes approved by two members on a line of its own
    ("2. Minutes of last meeting\n\nApproved by A Hale  and  B Dunn\n\n3. Matters arising", [("motion", "carried", N, "A Hale", "B Dunn")]),
    # the meeting's unanimity minuted without a proposer: a vote, carried, nobody's proposal, a resolution (more in UNANIMITY)
    ("The risk register, as circulated to members, was unanimously approved.", [("resolution", "carried", N, None, None)]),
    ("It was unanimously agreed to appoint Ann Roe as treasurer.", [("resolution", "carried", N, None, None)]),
    # "agreed" alone is a decision, no vote
    ("It was agreed to appoint Ann Roe as treasurer.", []),
    # unanimous: carried, counts left empty
    ("The recommendation was CARRIED unanimously.",
     [("recommendation", "carried", N, None, None)]),
    # a parish proposal with its outcome in the same sentence
    ("It was proposed by Cllr Ann Fenwick, seconded by Cllr Bob Ledger, all in favour, that the grant of £200 be made.",
     [("motion", "carried", N, "Ann Fenwick", "Bob Ledger")]),
    # the proposal in one sentence, the result in the next: one vote
    ("Cllr Fenwick proposed that the hedge be cut, seconded by Cllr Ledger. Carried.",
     [("motion", "carried", N, "Fenwick", "Ledger")]),
    # Proposed: / Seconded: labels, the outcome on the next line
    ("Proposed: Cllr Fenwick Seconded: Cllr Ledger\nAll in favour.",
     [("motion", "carried", N, "Fenwick", "Ledger")]),
    # a tally after the seconder, and a dash before the result
    ("Cllr Fenwick proposed that the precept be set at £20,000 seconded by Cllr Ledger, 5 Votes for 3 Against - Carried",
     [("motion", "carried", (5, 3, None), "Fenwick", "Ledger")]),
    # "by N votes to M"
    ("The motion was carried by 6 votes to 2.",
     [("motion", "carried", (6, 2, None), None, None)]),
    # withdrawn, fell
    ("Cllr Pike withdrew the amendment.", [("amendment", "withdrawn", N, None, None)]),
    ("The amendment fell for want of a seconder.", [("amendment", "fell", N, None, None)]),
    # a full council's proposal, put and result in numbered paragraphs
    ("1) Mrs Olive Hart proposed, and Mr Ned Quill seconded the motion that\n“Council is asked to note the report.”\n"
     "2) Following the debate, the Chairman put the motion set out in paragraph 1\nand it was agreed unanimously.\n",
     [("motion", "carried", N, "Mrs Olive Hart", "Mr Ned Quill")]),
    # an amendment and the substantive motion: the put names which; the substantive motion is nobody's proposal
    ("1) Mr Hart proposed, and Mr Quill seconded the motion that\n“Council is asked to adopt the plan.”\n"
     "2) Mrs Vane proposed and Mr Orme seconded the following amendment:\n“Council is asked to defer the plan.”\n"
     "3) The Chairman put the amendment set out in paragraph 2 to the vote and the voting was as follows:\n"
     "For (2)\nMrs Vane, Mr Orme\nAgainst (3)\nMr Hart, Mr Quill, Mrs\nLamb\nAbstain (0)\nAmendment lost.\n"
     "4) The Chairman put the substantive motion to the vote.\nMotion carried.\n",
     [("amendment", "lost", (2, 3, 0), "Mrs Vane", "Mr Orme"), ("motion", "carried", N, None, None)]),
    # a procedural proposal ("that the motion be put to the vote") is its own question, not a put
    ("1) Mr Brand proposed and Ms Fry seconded that the motion be put to the vote.\nAgreed.\n",
     [("motion", "carried", N, "Mr Brand", "Ms Fry")]),
    # counts with one side missing, a no-seconder proposal, "Agreed by all present"
    ("Cllr Hale proposed accepting the revised Standing Orders seconded by Cllr Moss. 7 Votes for 1 Abstention - Carried.",
     [("motion", "carried", (7, None, 1), "Hale", "Moss")]),
    ("Cllr Hale proposed the plots should be 24\" x 24\". There was no seconder.\n\nNot carried\n",
     [("motion", "fell", N, "Hale", None)]),
    ("It was proposed by Cllr Hale seconded by Cllr Moss that the footpath be surveyed.\n\nAgreed by all present\n",
     [("motion", "carried", N, "Hale", "Moss")]),
    # a clerk's labels after the decision they moved
    ("The accounts were inspected by the Council and approved.\n\nProposer: Cllr R Hale\n\n2nd: Cllr T Moss.\n",
     [("motion", "carried", N, "R Hale", "T Moss")]),
    ("Cllr Hale was proposed as vice chair\n\nProposer: Cllr R Moss\n\n2nd: Cllr T Fry\n", []),
    # an election between two nominees
    ("Cllr Ives proposed Cllr Hale, seconded by Cllr Fry. Cllr Moss proposed Cllr Dunn seconded by Cllr Hale. "
     "Cllr Hale received 6 votes - Cllr Dunn received 2 votes. Cllr Hale therefore elected as Vice-Chair.",
     [("motion", "carried", (6, None, None), "Ives", "Fry"), ("motion", "lost", (2, None, None), "Moss", "Hale")]),
    # a count for one side and a member named as abstaining: the abstention is counted
    ("RESOLVED: That the minutes be approved. (Cllr Ann Hale proposed, Cllr Tom Moss seconded, five were in favour, Cllr Joe Fry abstained as he was absent).",
     [("motion", "carried", (5, None, 1), "Ann Hale", "Tom Moss")]),
    # a proposal whose outcome is the formal resolution it runs into, or that follows it in one paragraph
    ("It was moved by Councillor Orme seconded by Councillor Vane and\n\n \n\nRESOLVED – That the minutes be approved.",
     [("motion", "carried", N, "Orme", "Vane")]),
    ("RESOLVED: The schedule of meeting dates was agreed. This was proposed by Cllr Pike.",
     [("motion", "carried", N, "Pike", None)]),
    # words around the names: "Proposed as a true record by", a title with a full stop, "unanimously appointed"
    ("Proposed as a true record by Cllr Dunn seconded by Cllr Hale and unanimously approved.",
     [("motion", "carried", N, "Dunn", "Hale")]),
    ("Mrs. Ada Lamb proposed their approval, seconded by Mr. Ned Quill. The motion was unanimously carried.",
     [("motion", "carried", N, "Mrs. Ada Lamb", "Mr. Ned Quill")]),
    ("Jo Birch – proposed by Cllr Dunn seconded by Cllr Hale and unanimously appointed.",
     [("motion", "carried", N, "Dunn", "Hale")]),
    ("The Mayor put the minutes to the Council and they were declared an accurate record by 24 votes, to 10 votes, with 1 abstention.",
     [("motion", "carried", (24, 10, 1), None, None)]),
    # initials in brackets; a result that names the proposal in between ("the proposal by Cllr A ... was CARRIED")
    ("Minutes of 3 May - Proposed (RH) & Seconded (TM) that the minutes be approved as correct. Unanimously agreed and signed by the Chair.",
     [("motion", "carried", N, "RH", "TM")]),
    ("Councillor P.J. Hale proposed that the words be added to the minute.\n\nOn being put to the vote, the proposal by Councillor Hale to amend the minutes was CARRIED.",
     [("motion", "carried", N, "P.J. Hale", None)]),
    # a nomination seconded and carried on a majority with its counts
    ("Cllr Lamb nominated Cllr Orme as Vice Chairman, this was seconded by Cllr Pike and this was carried on a majority of 7 for and 1 against.",
     [("motion", "carried", (7, 1, None), "Lamb", "Pike")]),
    # "Proposed Cllr A, seconded Cllr B" without "by"; abbreviated labels
    ("Proposed Cllr Hale, seconded Cllr Moss. All in favour.", [("motion", "carried", N, "Hale", "Moss")]),
    ("Prop: Cllr A Hale Sec: Cllr B Moss\nCarried", [("motion", "carried", N, "A Hale", "B Moss")]),
    # a ModernGov page's "Recorded Vote" table: one vote a row; a row after the sentence minuting the same vote names it
    ("RESOLVED that the scheme be approved.\nRecorded Vote\nTitle\tType\tRecorded Vote text\tResult\nHigh Street Scheme: Resolution 1\tResolution\tCarried\n"
     "High Street Scheme: Resolution 2\tResolution\tLost\nView Recorded Vote for this item\n",
     [("resolution", "carried", N, None, None), ("resolution", "lost", N, None, None)]),
    ("A proposal was made by the Chair to defer the decision to March. The proposal was seconded by Councillor Pike, voted on and carried.\n\n"
     "Recorded Vote\nTitle\tType\tRecorded Vote text\tResult\nDeferral: Zebra Crossing\tAmendment\tCarried\nView Recorded Vote for this item\n",
     [("amendment", "carried", N, "Chair", "Pike")]),
    # an Irish council's forms: "Proposed by ...; / Seconded by ... (M); / And Resolved:", "On the proposal of ..."
    ("Proposed by Councillor Hale;\n\nSeconded by Councillor Moss (M);\n\nAnd Resolved:\n\n“That, the draft Minutes be adopted.”",
     [("motion", "carried", N, "Hale", "Moss")]),
    ("On the proposal of Councillor Hale, seconded by Councillor Moss (M), the\n\nRecommendation was agreed.",
     [("recommendation", "carried", N, "Hale", "Moss")]),
    # proposer and seconder in brackets beside a resolution
    ("RESOLVED (Proposed Cllr Hale, seconded Cllr Moss) that the budget be approved.", [("motion", "carried", N, "Hale", "Moss")]),
    ("It was RESOLVED (Cllr Hale/Cllr Moss) to approve the payments.", [("motion", "carried", N, "Hale", "Moss")]),
    ("Resolved (RH/TM): to approve the minutes of the last meeting.", [("motion", "carried", N, "RH", "TM")]),
    ("The minutes were approved (proposed Cllr Hale, seconded Cllr Moss, unanimous).", [("motion", "carried", N, "Hale", "Moss")]),
    ("RESOLVED to pay the invoice of £100 (VAT/NIC) to the contractor.", []),
    # "passed with a unanimous vote", "on being put to the vote was duly elected"
    ("Cllr Dunn nominated Cllr Hale to be elected as Chairman, seconded by Cllr Moss and passed with a unanimous vote.",
     [("motion", "carried", N, "Dunn", "Moss")]),
    ("Mr Ned Quill was duly proposed and seconded and on being put to the vote was duly elected to the Parish Council.",
     [("motion", "carried", N, None, None)]),
    # counts as figures beside their side or the result
    ("Cllr Hale proposed the grant, seconded by Cllr Moss. Voting: For 5, Against 2, Abstain 0.", [("motion", "carried", (5, 2, 0), "Hale", "Moss")]),
    ("Cllr Hale proposed the grant, seconded by Cllr Moss. Carried 5-2.", [("motion", "carried", (5, 2, None), "Hale", "Moss")]),
    ("The amendment was put to the meeting and agreed (4:1:1).", [("amendment", "carried", (4, 1, 1), None, None)]),
    # "moved" in its other sense is no proposal
    ("The Chair moved this item up the agenda. Agreed.", []),
    # no vote: a decision without vote words, a formal resolution, a proposal whose outcome is not minuted
    ("It was agreed that the clerk would write to the landowner.", []),
    ("RESOLVED that the report be noted.", []),
    ("Cllr Fenwick proposed that the Parish Council write to the county, seconded by Cllr Ledger.", []),
    ("The Committee agreed to defer the item.", []),
    ("6. Confirmation of the minutes of the meeting on 6th August – Agreed", []),
    # a survey's answers are not a vote; "the meeting closed" closes no proposal about something else
    ("The village survey returned 45 in favour and 12 against the new car park.", []),
    ("Cllr Hale proposed that the clerk write to the county council. The meeting closed at 9.15 pm.", []),
    # "agreed" far from a proposal is another decision
    ("Cllr Hale proposed that quotes be sought for the bench. " + "The clerk reported on the grass cutting and the state of the footpaths. " * 12 + "The new dates were agreed.", []),
    ("The resurfacing work was carried out in May and the grant was lost when the scheme closed.", []),
    # forms of councils nobody tuned on (votes2 development set): a proposal and its outcome with nobody named
    ("PROPOSED; SECONDED; RESOLVED to co-opt Mr Tom Weald to the council.", [("motion", "carried", N, None, None)]),
    ("It was proposed, seconded, and unanimously resolved to elect Cllr Ivy Marsh as Chair.", [("motion", "carried", N, None, None)]),
    ("It was RESOLVED by majority vote to accept the quotation for the bench.", [("motion", "carried", N, None, None)]),
    # ModernGov and Scottish minutes: the seconder named before "moved"; "declared to be carried"; a show of hands
    ("Councillor Ann Tarn, seconded by Councillor Rob Heald, moved that the order of business be changed.\n\n"
     "The procedural motion was put to the vote and declared to be carried.",
     [("motion", "carried", N, "Ann Tarn", "Rob Heald")]),
    ("Moved by Councillor Vera Lowe and seconded by Councillor Ian Pike that Councillor Jo Rand be elected Chair.\n\n"
     "Motion put and on a show of hands declared CARRIED.",
     [("motion", "carried", N, "Vera Lowe", "Ian Pike")]),
    # an office and the member in brackets (Northern Irish councils); "Resolved" after a blank line
    ("Moved by the Lord Mayor (Councillor Orr),\nSeconded by Councillor O\u2019Hare and\n\n      Resolved - That the minutes be taken as read.",
     [("motion", "carried", N, "Orr", "O\u2019Hare")]),
    ("Moved by Councillor Nye, Seconded by Alderman Pike;\n\u201cThat the motion be referred to the Council.\u201d\n"
     "On a vote, ten Members voted for the proposal and none against and it was declared carried.",
     [("motion", "carried", (10, 0, None), "Nye", "Pike")]),
    # a nomination seconded; all councillors voted in favour
    ("Cllr Dunn was nominated by Cllr Hale and seconded by Cllr Moss. All councillors voted in favour of Cllr Dunn being elected.",
     [("motion", "carried", N, "Hale", "Moss")]),
    ("It was proposed by Cllr Fry and seconded by Cllr Lamb that these were accepted. All Cllrs voted in favour.",
     [("motion", "carried", N, "Fry", "Lamb")]),
    # "At the proposal by"; "It was proposed Cllr. A and seconded Cllr. B" (no "by"); a dotted "Cllr." after "Seconded:"
    ("At the proposal by Cllr T Ware, seconded by Cllr B Nye, it was resolved that the minutes be accepted.",
     [("motion", "carried", N, "T Ware", "B Nye")]),
    ("It was proposed Cllr. Dan Orme and seconded Cllr. Eve Rudd that the notice be agreed. This was carried.",
     [("motion", "carried", N, "Dan Orme", "Eve Rudd")]),
    ("Proposed: Cllr. Hale Seconded: Cllr. Moss\nUnanimously agreed", [("motion", "carried", N, "Hale", "Moss")]),
    # "Proposer A" / "Seconded by B" on lines of their own, the resolution after the discussion
    ("Proposer T Weald\nSeconded by J. Marsh\nThe wording was discussed.\nIt was RESOLVED to accept the minutes as a correct record.",
     [("motion", "carried", N, "T Weald", "J. Marsh")]),
    # a resolution, then who proposed and seconded it on a line of labels
    ("It was RESOLVED that Cllr Hale be elected Chair of the Council.\n\nProposed by: Cllr Moss        Seconded by: Cllr Fry\n\nThe Chair took the seat.",
     [("motion", "carried", N, "Moss", "Fry")]),
    # the same parish recorded vote, as a vote: lost 2 to 3 (the larger side decides when no result is printed)
    ("Cllr Ann Hale proposed that the council object. This was seconded by Cllr Bob Moss and a recorded vote was requested.\n"
     "In favour of the proposal:  Councillors Ann Hale and Bob Moss. (2)\nAgainst the proposal:  Councillor Cy Fry, Di Lamb and Ed Rudd. (3)\n"
     "Abstentions: Councillor Flo Pike. (1)\n",
     [("motion", "lost", (2, 3, 1), "Ann Hale", "Bob Moss")]),
    # a Scottish council's division between the motion and an amendment: the amendment's vote, counted for the amendment
    ("The Convener moved, seconded by the Vice Convener:- that the report be noted.\n\nCouncillor Rudd then moved as an amendment, "
     "seconded by Councillor Lamb:- that the report be deferred.\n\nOn a division, there voted:- For the motion (7) - the Convener; "
     "the Vice Convener; and Councillors Fry, Hale, Moss, Nye and Orme; For the amendment (2) - Councillors Rudd and Lamb; "
     "Declined to vote (1) - Councillor Pike.",
     [("amendment", "lost", (2, 7, 1), "Rudd", "Lamb")]),
    # a tie decided by the chair's deciding vote
    ("On a vote, six Members voted for the proposal and six against and, there being an equality of votes, the Chairperson "
     "cast the deciding vote in favour of the proposal.",
     [("motion", "carried", (6, 6, None), None, None)]),
    # the deciding vote names what it carried
    ("On a vote, five Members voted for the amendment and five against and the Chair cast the deciding vote in favour of the amendment.",
     [("amendment", "carried", (5, 5, None), None, None)]),
    # the meeting body voting, with no proposal before it; a number of members voting is a count, not a second vote
    ("The Council voted in favour of buying a new noticeboard for the green.", [("motion", "carried", N, None, None)]),
    ("The Committee voted against the proposal to close the car park.", [("motion", "lost", N, None, None)]),
    ("On a vote, eight Members voted for the proposal and none against and it was declared carried.",
     [("motion", "carried", (8, 0, None), None, None)]),
    # "all Councillors were in favour" is a vote of its own; "all in favour" alone needs a proposal
    ("Cllr Pike had found a speed sign for £90. All Councillors were in favour of buying it.", [("motion", "carried", N, None, None)]),
    ("The clerk read the letter. All in favour of the idea of a fete.", []),
    # "On a proposition by ..., seconded by ... it was agreed that": the outcome runs on from the seconder
    ("On a proposition by Dr Vane, seconded by Mr Orme it was agreed that the Council buy the field.",
     [("motion", "carried", N, "Dr Vane", "Mr Orme")]),
    # "it was the unanimous decision"
    ("It was proposed by Cllr Rudd and seconded by Cllr Nye and it was the unanimous decision to let the allotment.",
     [("motion", "carried", N, "Rudd", "Nye")]),
    # the plural proposals put to the vote
    ("The proposals were put to the vote and carried unanimously.", [("motion", "carried", N, None, None)]),
    # proposer "supported by" the seconder, an office between
    ("Councillor Ann Hale, supported by the deputy leader, Councillor Bob Moss, proposed an amendment as follows: to defer it.\n\n"
     "On being put to the vote, the amendment was carried and became the substantive motion.\n\nFor 12\n\nAgainst 9\n",
     [("amendment", "carried", (12, 9, None), "Ann Hale", "Bob Moss")]),
    # "carried with" its counts, the question named in the plural
    ("On being put to the vote, the recommendations were carried with 6 for and 2 against.",
     [("recommendation", "carried", (6, 2, None), None, None)]),
    # an election told by the winner taking office after the clerk's Proposer: / 2nd: labels
    ("Cllr Ann Hale was proposed chairman\n\nProposer: Cllr B Moss\n\n2nd: Cllr C Fry.\n\nChairman Cllr Ann Hale signed declaration of acceptance of office.",
     [("motion", "carried", N, "B Moss", "C Fry")]),
    # the motion put after its amendment's vote is the motion proposed before the amendment; "put ... and the voting was as
    # follows" is one question put
    ("1. Mr Hart proposed, and Mr Quill seconded, the motion that the plan be adopted.\n"
     "2. Mrs Vane proposed, and Mr Orme seconded, an amendment that the plan be deferred.\n"
     "3. The Chair put the amendment to the vote and it was LOST (2 for, 3 against).\n"
     "4. The Chair put the motion to the vote and the voting was as follows:\nFor (3)\nMr Hart, Mr Quill, Mrs Lamb\nAgainst (2)\nMrs Vane, Mr Orme\n"
     "Motion carried.\n",
     [("amendment", "lost", (2, 3, None), "Mrs Vane", "Mr Orme"), ("motion", "carried", (3, 2, None), "Mr Hart", "Mr Quill")]),
    # a vote taken "on the amendment", "the vote on the recommendation was then taken"
    ("A vote was taken on the amendment, which was not carried.\n\nThe vote on the recommendation was then taken, and carried by "
     "11 votes to one, with two abstentions.",
     [("amendment", "lost", N, None, None), ("recommendation", "carried", (11, 1, 2), None, None)]),
    # "voting 5:2:1"; "defeated 3 votes to 5"; "12 Members voting for and 20 against"
    ("The application was approved, voting 5:2:1.", [("motion", "carried", (5, 2, 1), None, None)]),
    ("The proposal was defeated 3 votes to 5.", [("motion", "lost", (3, 5, None), None, None)]),
    ("On being put to the meeting the motion was declared lost, 9 Members voting for and 14 against.",
     [("motion", "lost", (9, 14, None), None, None)]),
    # one outcome told twice in a sentence is one vote
    ("There being an equality of votes, the Chair exercised her casting vote against the motion and it was lost.",
     [("motion", "lost", N, None, None)]),
    # "put and carried"; a show of hands; "the recommendation was approved" names its kind
    ("The substantive motion was then put and carried.", [("motion", "carried", N, None, None)]),
    ("Following a show of hands the recommendation was approved (8 for, 1 against).",
     [("recommendation", "carried", (8, 1, None), None, None)]),
    # "seconded by B and resolved that"; an outcome told again in the next sentence is the same vote
    ("It was proposed by Cllr J Rudd, seconded by Cllr P Nye and resolved that a grant be given.", [("motion", "carried", N, "J Rudd", "P Nye")]),
    ("Motion to close the meeting was proposed by Cllr. Hale, seconded by Cllr. Moss and agreed unanimously. Motion carried.",
     [("motion", "carried", N, "Hale", "Moss")]),
    ("The amendment was carried. The substantive motion was carried.",
     [("amendment", "carried", N, None, None), ("motion", "carried", N, None, None)]),
    # "All voted in favour"; "Vote: 4-2-1"; "tied (3-3)"; "24 votes being cast in favour and 18 against"
    ("All voted in favour.", [("motion", "carried", N, None, None)]),
    ("Vote: 4-2-1. Carried.", [("motion", "carried", (4, 2, 1), None, None)]),
    ("The vote was tied (3-3) and the Chairman used his casting vote against the proposal.", [("motion", "lost", (3, 3, None), None, None)]),
    ("The motion was put to the vote and was carried, 24 votes being cast in favour and 18 against.",
     [("motion", "carried", (24, 18, None), None, None)]),
    # a clerk's "Voting: Unanimous" after the labels; "approved by a show of hands"
    ("Proposed: Cllr Hale\nSeconded: Cllr Moss\nVoting: Unanimous", [("motion", "carried", N, "Hale", "Moss")]),
    ("The proposal was approved by a show of hands.", [("motion", "carried", N, None, None)]),
    # the outcome after the seconder ("... seconded by B and approved unanimously"); a proposal told by its outcome (a
    # community council's "The minutes were approved by A, seconded by B", "Adopted by A / Seconded by B"); not "carried out"
    ("Adoption of the minutes was proposed by Ann Hale, seconded by Bob Moss and approved unanimously.", [("motion", "carried", N, "Ann Hale", "Bob Moss")]),
    ("The minutes of the meeting held on 4th May were approved by Ian, seconded by Jo", [("motion", "carried", N, "Ian", "Jo")]),
    ("Minutes of Previous Meeting: Adopted by Ann Hale\nSeconded by Bob Moss\n\nMatters Arising:", [("motion", "carried", N, "Ann Hale", "Bob Moss")]),
    ("Cllr Hale proposed the scheme and carried out the survey.", []),
    # an amendment put "as the substantive motion" is a vote on the motion; "became the substantive motion" after its result is not
    ("Moved by Councillor Rudd, Seconded by Councillor Nye,\n\u201cThat the item be deferred.\u201d\nOn a vote, five Members voted for the "
     "amendment and four against and it was declared carried.\nThe amendment was then put to the Committee as the substantive motion "
     "and accordingly agreed.",
     [("amendment", "carried", (5, 4, None), "Rudd", "Nye"), ("motion", "carried", N, None, None)]),
    # "The proposed change" is nobody's proposal: the put and its counts belong to the proposal before it
    ("Councillor Hale moved and Councillor Moss seconded a proposal to change the order of business.\n\nThe proposed change was put "
     "to the vote, with the following result:\n\nFor: 20\n\nAgainst: 31\n\nAbstention: 0\n\nThe change was not agreed.",
     [("motion", "lost", (20, 31, 0), "Hale", "Moss")]),
    # session 5: forms of councils no set had taught (invented text in each form)
    # a result labelled on its own line after the proposal; the seconder's name stops at the line's end
    ("Proposed by Cllr. A Dove and seconded by Cllr. Mrs B Finch\nCARRIED: Unanimous\nTHAT THE CLERK WRITE TO THE COUNTY",
     [("motion", "carried", N, "A Dove", "Mrs B Finch")]),
    ("Proposed by Cllr. A Dove and seconded by Cllr. B Finch\nCARRIED: 5 for 0 against 1 abstentions\nTHAT THE GRANT BE PAID",
     [("motion", "carried", (5, 0, 1), "A Dove", "B Finch")]),
    # the meeting's unanimity as a noun: "unanimous agreement", "by unanimity"; a vote asked for
    ("MOTION To co-opt Ann Lark. Proposed by RT, seconded by GH. VOTE Unanimous agreement, AL co-opted.", [("motion", "carried", N, "RT", "GH")]),
    ("After the interviews the Chairman asked the members for a vote.\nThere was a unanimous agreement to co-opt Ann Lark.", [("resolution", "carried", N, None, None)]),
    ("Cllr. T. Oak proposed that Cllr. P. Reed be re-elected as Chair. The proposal was seconded by Cllr. S. Vale. The meeting duly "
     "elected Cllr. Reed by unanimity.", [("motion", "carried", N, "T. Oak", "S. Vale")]),
    ("There was no unanimous agreement on the colour of the benches.", []),
    # "put to a vote. The vote carried."; a comma between the proposer and "proposed"
    ("Councillor Ivy Hale, proposed that Councillor Tom Rudd be appointed Chair of the Panel. This was seconded by Councillor Bea Moss "
     "and was put to a vote. The vote carried.", [("motion", "carried", N, "Ivy Hale", "Bea Moss")]),
    ("It was put to the councillors in attendance to vote on.\n\nResolved: All councillors in attendance voted to accept the two applicants.",
     [("motion", "carried", N, None, None)]),
    # "Seconded by Councillor B." as a sentence of its own; "That the motion be carried." as the result
    ("Councillor R Dunn moved that items 6 and 7 be taken together.  Seconded by Councillor P Orme.\n\nThat the motion be carried.",
     [("motion", "carried", N, "R Dunn", "P Orme")]),
    # a proposal that a recommendation be amended is an amendment; "duly seconded and agreed", "seconded and approved by the meeting"
    ("Councillor T Pike proposed that recommendation (ii) be amended to read two members. These proposals were duly seconded and agreed.",
     [("amendment", "carried", N, "T Pike", None)]),
    ("The chairman said the name of Ann Lark had been put forward as clerk. This was seconded and approved by the meeting.",
     [("motion", "carried", N, None, None)]),
    # counts: "by 5 votes for and with one abstention", "voted 6 – 1", members counted in favour
    ("Cllr Hale proposed and Cllr Moss seconded \"That the draft orders be adopted\" - this was put to the meeting and was carried by 5 "
     "votes for and with one abstention.", [("motion", "carried", (5, None, 1), "Hale", "Moss")]),
    ("The precept was discussed and it was voted 6 \u2013 1 that it remain at \u00a33,000.", [("motion", "carried", (6, 1, None), None, None)]),
    ("It was agreed that \u00a3300 be given. 9 Councillors in favour, 2 against.", [("motion", "carried", (9, 2, None), None, None)]),
    # a bare "Proposed by A, seconded by B." after the decision it moved; "All agreed" on a line after a proposal
    ("Minutes of the last meeting\n\nHaving been read, were approved and signed. Proposed by Cllr A Dove, seconded by Cllr Mrs B Finch.\n",
     [("motion", "carried", N, "A Dove", "Mrs B Finch")]),
    ("Cllr A Dove proposed, seconded by Cllr B Finch the invoices be paid.\n\nAll agreed\n", [("motion", "carried", N, "A Dove", "B Finch")]),
    # a name with an accented capital ("Councillor Ó Briain"), the Lord Mayor's office before it
    ("Moved by the Right Honourable the Lord Mayor (Councillor Ó Briain),\n\nSeconded by Councillor Nye and\n\n      Resolved \u2013 That the "
     "minutes be taken as read.", [("motion", "carried", N, "Ó Briain", "Nye")]),
    # a member's rank and title ("Councillor Mrs. J. Wren")
    ("The following Motion was moved by Councillor Mrs. J. Wren, and seconded by Councillor Heath:\n\nThat the rules be suspended.\n\nMotion Carried.",
     [("motion", "carried", N, "Mrs. J. Wren", "Heath")]),
    # a paragraph number in the heading above is not the paragraph a put names
    ("Councillor Hale moved and Councillor Moss seconded a proposal under paragraph 4.1 of the rules to take item 9 next:\n\nItem 9: Depot\n\n"
     "The proposed change was put to the vote, with the following result:\n\nFor: 12\n\nAgainst: 20\n\nAbstention: 1",
     [("motion", "lost", (12, 20, 1), "Hale", "Moss")]),
    # a put on "the amendment" does not take a seconded proposal that is no amendment
    ("Councillor Rudd seconded the proposal.\n\nA vote was taken on the amendment, which was not carried.", [("amendment", "lost", N, None, None)]),
    # "He proposed the recommendation." is the member opening the paragraph; the seconder in the next paragraph takes it up, and
    # the recommendation's vote after the amendment's is that proposal's
    ("Councillor Vane presented the report, setting out the options. He proposed the recommendation.\n\nCouncillor Rudd seconded the "
     "proposal.\n\nA vote was taken on the amendment, which was not carried.\n\nThe vote on the recommendation was then taken, and "
     "carried by 12 votes to one, with two abstentions.",
     [("amendment", "lost", N, None, None), ("recommendation", "carried", (12, 1, 2), "Vane", "Rudd")]),
    ("It was RESOLVED by a majority of 4 in favour to 1 against to make no objection to the application.", [("motion", "carried", (4, 1, None), None, None)]),
    # no outcome, no vote: an item's line "– Agreed"; appointments proposed and seconded with no outcome minuted
    ("6. Confirmation of the minutes of the meeting on 3rd May \u2013 Agreed\n", []),
    ("3.1 Appointment of Chair The appointment of Jo Hale as Chair was proposed by Ann Moss and seconded by Ben Dunn;\n", []),
    # session 6 (check4's forms). Nominations one a line, each proposed and seconded, no outcome minuted: carried (a proposal
    # made and seconded and not minuted as failing carried); a name does not run on into the next line's words
    ("Chairperson Ann Hale proposed by Bob Moss and seconded by Cy Fry\nTreasurer Di Lamb proposed by Bob Moss and seconded by Ed Rudd\n"
     "The secretary stays in post.\n",
     [("motion", "carried", N, "Bob Moss", "Cy Fry"), ("motion", "carried", N, "Bob Moss", "Ed Rudd")]),
    ("Treasurer: Di Lamb, nominated by Cllr Bob Moss, seconded by Cllr Ed Rudd.\n", [("motion", "carried", N, "Bob Moss", "Ed Rudd")]),
    ("Mrs Flo Pike was proposed by Cllr Ann Hale and seconded by Cllr Cy Fry.\n", [("motion", "carried", N, "Ann Hale", "Cy Fry")]),
    ("Vice-Chair – Flo Pike (proposed by Cllr Ann Hale, seconded by Cllr Cy Fry)\n", [("motion", "carried", N, "Ann Hale", "Cy Fry")]),
    # ... but a clerk's sentence proposing something, with no outcome, stays no vote (the tuning minutes' truth)
    ("Cllr Hale proposed acceptance of the minutes, seconded by Cllr Moss\n", []),
    ("It was proposed by Cllr Hale that the fee be £50, seconded by Cllr Moss.\n", []),
    # ... and so does a nomination line where the minutes go on to put a question to the vote (the question put is the open one)
    ("Chairperson Ann Hale proposed by Bob Moss and seconded by Cy Fry\nChairperson Di Lamb proposed by Ed Rudd and seconded by Flo Pike\n"
     "The motion was put to the vote and carried.\n", [("motion", "carried", N, "Ed Rudd", "Flo Pike")]),
    # the outcome after a dash, in capitals or not
    ("The minutes were taken as read and accepted as a true record.  Proposed by Ann Hale, seconded by Bob Moss – Approved.",
     [("motion", "carried", N, "Ann Hale", "Bob Moss")]),
    ("The minutes were signed.  Proposed by Ann Hale, seconded by Bob Moss - APPROVED.", [("motion", "carried", N, "Ann Hale", "Bob Moss")]),
    # moved and seconded, and the body resolved in the paragraph after (a Northern Irish council's layout)
    ("Councillor Hale Moved, Councillor Moss Seconded and the Council\n\nRESOLVED that Standing Orders be suspended.",
     [("motion", "carried", N, "Hale", "Moss")]),
    ("It was\n\nPROPOSED by Councillor A B Hale Seconded by Councillor C Moss, and\n\nRESOLVED: that the minutes be signed as correct.",
     [("motion", "carried", N, "A B Hale", "C Moss")]),
    # a majority told after what was agreed, and the member who voted against
    ("Councillors agreed to co-opt Ann Hale to the council by a majority with Councillor Bob Moss voting against.",
     [("motion", "carried", N, None, None)]),
    ("It was resolved to accept the quote from Fenn Fencing by a majority.", [("motion", "carried", N, None, None)]),
    # a labelled pair under a heading that names an approval carried it
    ("Approval of the minutes of the AGM\nProposed: Ann Hale\nSeconded: Bob Moss\n", [("motion", "carried", N, "Ann Hale", "Bob Moss")]),
    ("The minutes were noted. They were proposed as a correct record by AH and this was seconded by BM. Carried.",
     [("motion", "carried", N, "AH", "BM")]),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:40] for c in CASES])
def test_each_form_gives_its_votes(text, expected):
    resolved = tuple(m.end() for m in re.finditer(r"(?i)\bRESOLVED\b[^\w“]*", text))  # where the resolutions extractor's rows start
    got = [(v["kind"], v["result"], v["counts"], v["proposer"], v["seconder"]) for v in votes_in(text, resolved)]
    assert got == expected


# Unanimity is minuted voting (the lead's ruling, session 5): the meeting's unanimity makes a vote though nobody proposed,
# carried, counts left empty, a resolution unless what was put is named; "RESOLVED" / "agreed" without it stays no vote.
UNANIMITY = [
    ("RESOLVED unanimously that the play area be reopened.", [("resolution", "carried", N, None, None)]),
    ("It was unanimously RESOLVED that the hedge on Mill Lane be cut.", [("resolution", "carried", N, None, None)]),
    ("5.1 4TH MARCH\n\nUNANIMOUSLY RESOLVED that the minutes of the meeting held on 4 March be signed as a correct record.\n\n"
     "5.2 8TH APRIL\n\nUNANIMOUSLY RESOLVED that the minutes of the meeting held on 8 April be signed as a correct record.",
     [("resolution", "carried", N, None, None)] * 2),
    ("3) Minutes \u2013 it was RESOLVED unanimously to agree and sign the minutes of 3 June as a true record.", [("resolution", "carried", N, None, None)]),
    ("RESOLVED: (Unanimously) That the accounts for the year be approved.", [("resolution", "carried", N, None, None)]),
    ("It was resolved nem con to write to the highways authority about the verge.", [("resolution", "carried", N, None, None)]),
    ("Members unanimously agreed to buy a new bench for the green.", [("resolution", "carried", N, None, None)]),
    ("- 21/0042/FULL 4 Elm Row\nErection of a porch.\nUnanimously AGREED to recommend APPROVAL", [("resolution", "carried", N, None, None)]),
    ("The council unanimously approved the application for a dropped kerb.", [("resolution", "carried", N, None, None)]),
    ("Ann Lark and Tom Weald were both unanimously co-opted onto the council.", [("resolution", "carried", N, None, None)]),
    # a suggestion far before it is not what was put ("agreed" far from a proposal is another decision: so is unanimity)
    ("Flowers were suggested, but Cllr Hale proposed something more lasting. " + "The clerk reported on the footpaths and the bus shelter. " * 16
     + "\n\n2. Co-option\nAnn Lark and Tom Weald were both unanimously co-opted onto the council.", [("resolution", "carried", N, None, None)]),
    ("The minutes of the meeting held on 2 March were agreed unanimously.", [("resolution", "carried", N, None, None)]),
    ("Members agreed unanimously that the clerk write to the county about the verge.", [("resolution", "carried", N, None, None)]),
    ("The council unanimously decided to buy a new bench for the green.", [("resolution", "carried", N, None, None)]),
    ("The accounts were approved nem con.", [("resolution", "carried", N, None, None)]),
    ("4. Grass cutting\nThe contract was discussed.\nAgreed unanimously.\n", [("resolution", "carried", N, None, None)]),
    ("2. Minutes: The minutes of the meeting held on 3 May were proposed for adoption, unanimously approved and signed.",
     [("motion", "carried", N, None, None)]),
    # what was put names its kind; a proposal before it is the same vote; a RESOLVED after a vote just minuted is that vote's
    ("The recommendation was put to the vote and it was RESOLVED unanimously that the report be approved.",
     [("recommendation", "carried", N, None, None)]),
    ("Cllr Hale proposed that the hedge be cut, seconded by Cllr Moss. RESOLVED unanimously that the hedge be cut.",
     [("motion", "carried", N, "Hale", "Moss")]),
    ("The motion was put to the vote and carried unanimously.\n\nRESOLVED unanimously that the hedge be cut.", [("motion", "carried", N, None, None)]),
    # no unanimity, count, proposal or vote words: a decision, no vote; another body's unanimity reported is not this meeting's
    ("RESOLVED that the play area be reopened.", []),
    ("It was RESOLVED to agree and sign the minutes of 3 June as a true record.", []),
    ("The minutes of the meeting held on 2 March were agreed.", []),
    ("Members agreed that the clerk write to the county about the verge.", []),
    ("The council decided to buy a new bench for the green.", []),
    ("The working group had agreed unanimously to recommend the contractor.", []),
    ("4. Grass cutting\nThe contract was discussed.\nAgreed.\n", []),
    ("The hall committee had unanimously agreed to raise the hire charge; the council noted this.", []),
    ("The clerk reported that the county's decision had been unanimous.", []),
    ("RESOLVED that the council welcomes the unanimous support of residents for the scheme.", []),
]


@pytest.mark.parametrize("text, expected", UNANIMITY, ids=[c[0][:40] for c in UNANIMITY])
def test_unanimity_is_minuted_voting(text, expected):
    resolved = tuple(m.end() for m in re.finditer(r"(?i)\bRESOLVED\b[^\w“]*", text))
    got = [(v["kind"], v["result"], v["counts"], v["proposer"], v["seconder"]) for v in votes_in(text, resolved)]
    assert got == expected


NAMED = [
    # a member's vote minuted at their request: a record on the vote before it
    ("The motion was carried by 6 votes to 2. Cllr Carter asked that it be minuted that he voted against.",
     [("Carter", "against")]),
    ("On a show of hands the proposal was carried. Cllr Dee requested that her abstention be recorded.",
     [("Dee", "abstain")]),
    # a recorded vote: names wrap over lines, "Cllr" dropped, post-nominals kept, "and" before the last name
    ("The motion was put to the vote and the voting was as follows:\nFor (3)\nCllr A Black, Cllr B Green OBE and Cllr\nC White\n"
     "Against (1)\nCllr D Grey\nAbstain (0)\nMotion carried.",
     [("A Black", "for"), ("B Green OBE", "for"), ("C White", "for"), ("D Grey", "against")]),
    # a parish's recorded vote: one line a side, the members then their count in brackets
    ("Cllr Ann Hale proposed that the council object. This was seconded by Cllr Bob Moss and a recorded vote was requested.\n"
     "In favour of the proposal:  Councillors Ann Hale and Bob Moss. (2)\nAgainst the proposal:  Councillor Cy Fry, Di Lamb and Ed Rudd. (3)\n"
     "Abstentions: Councillor Flo Pike. (1)\n",
     [("Ann Hale", "for"), ("Bob Moss", "for"), ("Cy Fry", "against"), ("Di Lamb", "against"), ("Ed Rudd", "against"), ("Flo Pike", "abstain")]),
]


@pytest.mark.parametrize("text, expected", NAMED, ids=[c[0][:40] for c in NAMED])
def test_named_votes_are_read_with_their_side(text, expected):
    votes = votes_in(text)
    assert len(votes) == 1
    assert votes[0]["records"] == expected


def test_a_proposal_a_paragraph_away_from_a_resolution_is_not_its_vote():
    """A register of decisions taken elsewhere names a proposer; the RESOLVED two paragraphs on is another decision."""
    text = "Co-option of a member (Proposed by Cllr Pike, Seconded by Cllr Dunn) and the payments list.\n\nRESOLVED: That the register be approved."
    assert votes_in(text, (text.index("That"),)) == []


def test_members_named_as_voting_against_or_abstaining_are_records_of_the_vote():
    votes = votes_in("The motion was carried by 5 votes to 3. Cllrs Hale, Moss and Fry voted against. Cllr Dunn abstained.")
    assert votes[0]["records"] == [("Hale", "against"), ("Moss", "against"), ("Fry", "against"), ("Dunn", "abstain")]
    # "1 Member voted against" names nobody
    votes = votes_in("Cllr Lamb proposed the plots be 20 inches, seconded by Cllr Pike\n\n5 Members Voted for the proposal 1 Member voted against.\n\nThe proposal was therefore carried.")
    assert [(v["counts"], v["records"]) for v in votes] == [((5, 1, None), [])]


@pytest.mark.parametrize("text, records", [
    ("The motion was carried. Councillors Hale and Moss requested that their votes against the motion be recorded.",
     [("Hale", "against"), ("Moss", "against")]),
    ("The motion was carried, Cllr Dunn voting against.", [("Dunn", "against")]),
    ("Members agreed to co-opt Ann Hale by a majority with Cllr Dunn voting against.", [("Dunn", "against")]),
    ("The recommendations were agreed (Cllr Dunn abstaining).", [("Dunn", "abstain")]),
    ("A recorded vote was requested.\nThose voting in favour: Cllrs Fry, Nye and Orme.\nThose voting against: Cllrs Dunn and Lamb.\n"
     "The motion was carried.", [("Fry", "for"), ("Nye", "for"), ("Orme", "for"), ("Dunn", "against"), ("Lamb", "against")]),
    ("The motion was carried by 5 votes to 2. Cllr Fry asked for her vote against to be recorded.", [("Fry", "against")]),
])
def test_members_asking_for_their_votes_to_be_recorded(text, records):
    assert [v["records"] for v in votes_in(text)] == [records]


def test_there_voted_for_lists_with_a_dotted_leader_and_count():
    """A principal council's recorded vote: "There voted for ...:", "Councillors A, B ... ...... 3", "There abstained from voting:"."""
    text = ("The Mayor put the motion to the Council and it was declared carried by 3 votes to 2, with 1 abstention.\n\n"
            "There voted for the motion:\n\nCouncillors Hale, Moss and\nA B Fry ............................  3\n\n"
            "There voted against the motion:\n\nCouncillors Dunn and Lamb ......................  2\n\n"
            "There abstained from voting:\n\nCouncillor Pike ..................................  1\n\nResolved - That the motion be adopted.")
    votes = votes_in(text)
    assert [(v["result"], v["counts"]) for v in votes] == [("carried", (3, 2, 1))]
    assert votes[0]["records"] == [("Hale", "for"), ("Moss", "for"), ("A B Fry", "for"), ("Dunn", "against"), ("Lamb", "against"), ("Pike", "abstain")]


def test_a_moderngov_voting_record_table():
    """ModernGov's voting record page: "Motion status: Carried" and a row per side, the names and the count after them."""
    text = ("Motion status:\nCarried\n| Vote | Councillors | Count |\n|---|---|---|\n| For | A Hale, B Moss and C Fry | 3 |\n"
            "| Against | None | 0 |\n| Abstain | Mrs D Dunn | 1 |\n| Conflict Of Interests | None | 0 |")
    votes = votes_in(text)
    assert [(v["kind"], v["result"], v["counts"]) for v in votes] == [("motion", "carried", (3, 0, 1))]
    assert votes[0]["records"] == [("A Hale", "for"), ("B Moss", "for"), ("C Fry", "for"), ("Mrs D Dunn", "abstain")]
    tabbed = "Resolution status:Carried\nFor\tAnn Hale and Bob Moss\t2\nAgainst\tCy Fry\t1\nAbstain\tNone\t0\n"
    assert [(v["kind"], v["counts"], len(v["records"])) for v in votes_in(tabbed)] == [("resolution", (2, 1, 0), 3)]


def test_a_recorded_vote_on_the_officers_recommendation():
    """A committee's recorded vote: "FOR the officer's recommendation (4)", the names a blank line below, "There were no
    abstentions." (a side of 0); the heading names what was put."""
    text = ("A recorded vote was requested.  Votes were recorded as follows:\n\nFOR the officer\u2019s recommendation (4)\n\n"
            "Hale, Moss, Fry and Nye\n\nAGAINST the officer\u2019s recommendation (2)\n\nDunn and Lamb\n\nThere were no abstentions.\n\n"
            "The Committee:\n\n1.    Noted the report.")
    votes = votes_in(text)
    assert [(v["kind"], v["result"], v["counts"]) for v in votes] == [("recommendation", "carried", (4, 2, 0))]
    assert votes[0]["records"] == [("Hale", "for"), ("Moss", "for"), ("Fry", "for"), ("Nye", "for"), ("Dunn", "against"), ("Lamb", "against")]


def test_a_seconder_in_the_next_sentence_and_the_chairs_casting_vote():
    text = ("Councillor Hale proposed that the paragraph be amended. The proposal was duly seconded by Councillor Moss. On being put to the "
            "vote there was an equality of voting and the Chairman used his casting vote to vote against the amendment.")
    assert [(v["result"], v["proposer"], v["seconder"]) for v in votes_in(text)] == [("lost", "Hale", "Moss")]
    assert [v["result"] for v in votes_in("The amendment was declared lost.")] == ["lost"]


def test_a_question_put_without_a_result_carries_when_a_resolution_follows():
    """ "The Chairman put the motion set out in paragraph 3." and then RESOLVED: the minutes record what carried."""
    text = "3) Mr Hart proposed, and Mr Quill seconded the motion that\n“Members note the report.”\n4) The Chairman put the motion set out in paragraph 3.\n5) RESOLVED that Members note the report.\n"
    resolved = text.index("RESOLVED")
    assert [(v["result"], v["proposer"]) for v in votes_in(text, (resolved,))] == [("carried", "Mr Hart")]
    assert votes_in(text) == []  # nothing says it carried


@pytest.mark.parametrize("text, subject", [
    ("Cllr Hale proposed acceptance of the Minutes seconded by Cllr Moss. Unanimously Carried", "acceptance of the Minutes"),
    ("1) Mr Hart proposed, and Mr Quill seconded the motion that\n“Council is asked to note the report.”\n2) Agreed.", "“Council is asked to note the report.”"),
    ("Cllr Hale proposed, Cllr Moss seconded, all were in favour.", None),
])
def test_the_subject_is_what_was_put_not_its_outcome_or_names(text, subject):
    assert [v["subject"] for v in votes_in(text)] == [subject]


# Session 7 (check5's councils): a decision whose proposal is told after its verb in the same sentence ("approved on the motion
# of A and seconded by B", "approved, being proposed by A and seconded by B"), and what was proposed before its proposer
# ("Proposed to approve the minutes by Cllr A. Seconded by Cllr B."), each with its variants.
SESSION7 = [
    ("The Minutes of the last meeting were approved on the motion of Mr A Hale and seconded by Mr B Dunn.",
     [("motion", "carried", N, "Mr A Hale", "Mr B Dunn")]),
    ("The minute of the meeting held on 4 May was approved, being proposed by Mrs C Fry and seconded by Mrs D Lamb.",
     [("motion", "carried", N, "Mrs C Fry", "Mrs D Lamb")]),
    ("The accounts were adopted on the proposal of Mr A Hale, seconded by Mrs B Dunn.", [("motion", "carried", N, "Mr A Hale", "Mrs B Dunn")]),
    ("The minutes were agreed, having been proposed by Ann Hale and seconded by Bob Dunn.", [("motion", "carried", N, "Ann Hale", "Bob Dunn")]),
    ("The minutes were confirmed upon the motion of Cllr Hale, seconded by Cllr Dunn.", [("motion", "carried", N, "Hale", "Dunn")]),
    # another body's decision "on the motion of" someone names no vote of this meeting
    ("The plan was approved by the district council on the motion of its leader.", []),
    ("Proposed to approve the minutes by Cllr Hale. Seconded by Cllr Dunn. All in favour.", [("motion", "carried", N, "Hale", "Dunn")]),
    ("Moved that the grant be paid by Councillor Hale and seconded by Councillor Dunn. Carried.", [("motion", "carried", N, "Hale", "Dunn")]),
    # "by" a date names nobody
    ("It was proposed to resurface the path by the end of March. Carried.", [("motion", "carried", N, None, None)]),
    # several proposals in one sentence, then each vote told by the sum it proposed ("was therefore lost / carried")
    ("It was proposed by Cllr Ann Hale and seconded by Cllr Bob Dunn that the grant be £500, Cllr Cy Fry proposed an amendment "
     "seconded by Cllr Di Lamb that the grant be £750, Cllr Ed Moss proposed amendment that the grant be £300 seconded by Cllr Flo Pym.\n\n"
     "The amended proposal for a grant of £300 was voted 2 For and 7 Against and was therefore lost.\n\n"
     "The amended proposal for a grant of £750 was voted 6 For and 3 Against and was therefore carried.",
     [("amendment", "lost", (2, 7, None), "Ed Moss", "Flo Pym"), ("amendment", "carried", (6, 3, None), "Cy Fry", "Di Lamb")]),
    # ... in the order the votes come, whatever the order of the proposals
    ("Cllr Cy Fry proposed an amendment seconded by Cllr Di Lamb that the budget rise by 3%, Cllr Ed Moss proposed an amendment "
     "seconded by Cllr Flo Pym that it rise by 5%.\n\nThe amendment to raise it by 3% was voted 4 For and 5 Against and was therefore lost.",
     [("amendment", "lost", (4, 5, None), "Cy Fry", "Di Lamb")]),
]


@pytest.mark.parametrize("text, expected", SESSION7, ids=[c[0][:40] for c in SESSION7])
def test_proposals_told_after_the_decision_or_after_what_they_propose(text, expected):
    got = [(v["kind"], v["result"], v["counts"], v["proposer"], v["seconder"]) for v in votes_in(text)]
    assert got == expected


# Session 8 (check6's councils): a decision stated, then its mover and seconder one a line under it, no result words (the
# decision is the result), the seconder's line followed by another line of the minutes; and its variants.
SESSION8 = [
    ("Minutes of the meeting held on 3 May were agreed as a true record.\nProposed by Ann Hale\nSeconded by Bob Dunn\nSigned by the Chair after the meeting.",
     [("motion", "carried", N, "Ann Hale", "Bob Dunn")]),
    ("The accounts were approved.\nProposed by Cllr Hale\nSeconded by Cllr Dunn\n", [("motion", "carried", N, "Hale", "Dunn")]),
    ("The minutes were accepted as a correct record. Proposed by Ann Hale, seconded by Bob Dunn.\nThe Clerk read the letter.",
     [("motion", "carried", N, "Ann Hale", "Bob Dunn")]),
    # the pair under a sentence that decides nothing is no vote
    ("The Clerk read a letter from the bus company.\nProposed by Ann Hale\nSeconded by Bob Dunn\nSigned by the Chair.", []),
    # an election by ballot and its winner declared
    ("There were two nominations and ballot papers were distributed.\n\nVotes were counted and Cllr Mrs Hale was declared as the Deputy Mayor.",
     [("motion", "carried", N, None, None)]),
    ("A secret ballot was held. Cllr Dunn was declared elected as Chairman for the year.", [("motion", "carried", N, None, None)]),
    ("The votes were counted and Cllr Fry was declared the new Vice-Chair.", [("motion", "carried", N, None, None)]),
    # a winner declared with no ballot or nomination put is the election's record, not a vote
    ("Cllr Fry was declared Chair for the year.", []),
]


@pytest.mark.parametrize("text, expected", SESSION8, ids=[c[0][:40] for c in SESSION8])
def test_a_mover_and_seconder_under_the_decision_they_moved(text, expected):
    got = [(v["kind"], v["result"], v["counts"], v["proposer"], v["seconder"]) for v in votes_in(text)]
    assert got == expected


# Counts that name no side ("by 54 votes to 2"): the first figure is the majority's, so with "lost" / "defeated" it is the
# side against; with "carried" (or no result word) it is the side for. Where the question is named before its verb, the
# words saying where it is printed do not hide its kind ("the recommendation in the report was unanimously CARRIED").
UNSIDED = [
    ("On a show of hands the Mayor declared that the Motion was lost by 41 votes to 3 with 6 abstentions.", [("motion", "lost", (3, 41, 6))]),
    ("The amendment was defeated by 19 votes to 11.", [("amendment", "lost", (11, 19, None))]),
    ("The motion was LOST by twelve votes to four.", [("motion", "lost", (4, 12, None))]),
    ("Upon a vote the amendment was declared lost by 30 votes to 25, 2 abstaining.", [("amendment", "lost", (25, 30, 2))]),
    ("The motion was carried by 20 votes to 3.", [("motion", "carried", (20, 3, None))]),
    # sides named: the figures stay where the words put them
    ("The motion was lost, 4 votes for and 9 against.", [("motion", "lost", (4, 9, None))]),
    ("Upon a vote the recommendation in the report was unanimously CARRIED.", [("recommendation", "carried", N)]),
    ("The recommendations set out in the Cabinet's report were carried unanimously.", [("recommendation", "carried", N)]),
    ("The motion as printed in the agenda was put to the vote and LOST.", [("motion", "lost", N)]),
    ("On a vote the Amendment contained in the order paper was declared LOST.", [("amendment", "lost", N)]),
    # unanimity alone, nothing put named: a resolution
    ("It was unanimously RESOLVED that the grant be paid.", [("resolution", "carried", N)]),
]


@pytest.mark.parametrize("text, expected", UNSIDED, ids=[c[0][:40] for c in UNSIDED])
def test_counts_that_name_no_side_and_a_question_named_with_its_paper(text, expected):
    got = [(v["kind"], v["result"], v["counts"]) for v in votes_in(text)]
    assert got == expected


# A printed total beside the named lists is checked against them ("Totals: 29 For, 0 Against"): a side whose list is not as
# long as its total is told (extract_votes warns vote_count); the counts stored are the total's.
TOTALS = [
    ("For: Councillors Abel, Bryce and Cole.\nAgainst: Councillor Dunn.\nAbstain: None.\nTotals: 3 For, 1 Against and 0 Abstained.\nThe MOTION was CARRIED.",
     (3, 1, 0), []),
    ("For: Councillors Abel, Bryce and Cole.\nAgainst: Councillor Dunn.\nAbstain: None.\nTotals: 3 For, 2 Against and 0 Abstained.\nThe MOTION was CARRIED.",
     (3, 2, 0), ["against: the total says 2, the list names 1"]),
    ("Those voting FOR the motion: Cllrs Abel, Bryce.\nThose voting AGAINST the motion: Cllr Cole.\nTOTAL: For 4, Against 1.\nThe motion was carried.",
     (4, 1, None), ["for: the total says 4, the list names 2"]),
]


@pytest.mark.parametrize("text, counts, disagreements", TOTALS, ids=[c[0][-60:-20] for c in TOTALS])
def test_a_printed_total_is_checked_against_the_named_lists(text, counts, disagreements):
    (vote,) = votes_in(text)
    assert vote["counts"] == counts
    assert vote["total_disagrees"] == disagreements


# A proposal told of the decision in the sentence before it, by a pronoun ("They were proposed as a correct record by A and this
# was seconded by B"): that decision carried, moved by them. Not after a sentence that decides nothing, nor a proposal that
# says what it proposes with no outcome.
POINTS_BACK = [
    ("After the correction the minutes of 4 March were noted. They were proposed as a correct record by KL and this was seconded by MN.",
     [("motion", "carried", N, "KL", "MN")]),
    ("The accounts for the year were approved.  This was proposed by Cllr Hale and seconded by Cllr Dunn.",
     [("motion", "carried", N, "Hale", "Dunn")]),
    ("The minutes were signed as a true record. It was moved by Ann Hale, seconded by Bob Dunn.", [("motion", "carried", N, "Ann Hale", "Bob Dunn")]),
    ("The notes of the walk were accepted. These were duly proposed by PQ and seconded by RS.", [("motion", "carried", N, "PQ", "RS")]),
    ("The Clerk read a letter from the school. They were proposed by Ann Hale and seconded by Bob Dunn.", []),
    ("The hedge was discussed. It was proposed by Cllr Hale, seconded by Cllr Dunn, that the clerk write to the owner.", []),
]


@pytest.mark.parametrize("text, expected", POINTS_BACK, ids=[c[0][:40] for c in POINTS_BACK])
def test_a_proposal_pointing_back_at_the_decision_before_it(text, expected):
    got = [(v["kind"], v["result"], v["counts"], v["proposer"], v["seconder"]) for v in votes_in(text)]
    assert got == expected


# A table of nominations flattened to text: a heading row naming the proposers' and seconders' columns, a row per office, each
# a nomination carried (cells divided by " / ", "|" or tabs; the first row glued to the last heading as scraped pages run it).
NOMINATION_TABLES = [
    ("Office / Nominee / Proposed By: / Seconded By:Chair / Ann Hale / Bob Dunn / Carl Fry\nTreasurer / Dan Ives / Ann Hale / Eve Moss\nOther roles agreed:",
     [("Chair: Ann Hale", "Bob Dunn", "Carl Fry"), ("Treasurer: Dan Ives", "Ann Hale", "Eve Moss")]),
    ("Election of Office Bearers\nOffice | Nominee | Proposed by | Seconded by\nChair | Ann Hale | Bob Dunn | Carl Fry\nSecretary | Gil Roe | Eve Moss | Dan Ives\n\nThe meeting closed.",
     [("Chair: Ann Hale", "Bob Dunn", "Carl Fry"), ("Secretary: Gil Roe", "Eve Moss", "Dan Ives")]),
    ("Post\tCandidate\tProposer\tSeconder\nVice-Chair\tJo Lamb\tKim Pike\tLee Bass\n", [("Vice-Chair: Jo Lamb", "Kim Pike", "Lee Bass")]),
    # a PDF wraps a long row after a separator
    ("Office / Nominee / Proposed By: / Seconded By:Chair / Ann Hale / Bob Dunn /\nCarl Fry\nTreasurer / Dan Ives / Ann Hale / Eve Moss\n",
     [("Chair: Ann Hale", "Bob Dunn", "Carl Fry"), ("Treasurer: Dan Ives", "Ann Hale", "Eve Moss")]),
    # a table with no proposers' column is no record of nominations
    ("Office / Holder / Term\nChair / Ann Hale / 2024-25\n", []),
]


@pytest.mark.parametrize("text, expected", NOMINATION_TABLES, ids=[c[0][:40] for c in NOMINATION_TABLES])
def test_a_table_of_nominations_is_a_vote_a_row(text, expected):
    got = votes_in(text)
    assert [(v["subject"], v["proposer"], v["seconder"]) for v in got] == expected
    assert all((v["kind"], v["result"], v["counts"]) == ("motion", "carried", N) for v in got)
