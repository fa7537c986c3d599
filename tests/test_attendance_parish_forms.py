"""Attendance as parish, town and community councils write it (issue 14: read ANY UK council's minutes).

Each case is a small minutes text written for the test in a form found in many councils' minutes
(names invented); the real reader, outliner and extractors run on it. Rows are compared as
(bare name, role, status, remote), the name without titles as the truth conventions write it.
Real tuning documents (Kent Cabinet, Stoke Ferry) check the same mechanisms on real values.
"""

from __future__ import annotations

import pytest

from extractors.names import parse_name
from tests.conftest import SHARED, corpus, needs_shared
from tests.test_attendance_forms import _ITEMS, attendees, minutes


def rows(data: bytes) -> list[tuple]:
    return [(parse_name(name).full, role, status, remote) for name, role, status, remote, _, _ in attendees(data)]


P, A = "present", "apologies"

LIST_CASES = [
    # two people run together in a list parted only by titles: the second, untitled, is the clerk
    ("Present: Cllr Ann Lee (Chair) Cllr Bilal Khan Cllr Cara Owen Dina Price (Parish Clerk)\n",
     [("Ann Lee", "chair", P, False), ("Bilal Khan", "member", P, False), ("Cara Owen", "member", P, False),
      ("Dina Price", "officer", P, False)]),
    # "Attendees:" and role marks "(Council Chair)", "(V/Chair)"; a title glued to the name
    ("Attendees: Cllr A Lee (Council Chair), Cllr B Khan (V/Chair), Cllr.Owen\n",
     [("A Lee", "chair", P, False), ("B Khan", "vice-chair", P, False), ("Owen", "member", P, False)]),
    # a semicolon closes a label; the clerk's own label; a count of the public in a column after a wide gap
    ("Councillors Present; Cllr A Lee, Cllr B Khan\nClerk and RFO: Mr D Price      Members of the public:  Two\n",
     [("A Lee", "member", P, False), ("B Khan", "member", P, False), ("D Price", "officer", P, False)]),
    # "Cllrs:" before the names; the clerk's job before her title, after "and"
    ("Councillor(s) Present:  Cllrs: A Lee, B Khan,     District Councillor C Owen & Clerk and RFO Mrs D Price\n",
     [("A Lee", "member", P, False), ("B Khan", "member", P, False), ("C Owen", "guest", P, False), ("D Price", "officer", P, False)]),
    # the clerk under a label of their own, on a line of its own or after the members' sentence
    ("Present: Cllr Ann Lee (Chair), Cllr Bilal Khan\nClerk: Mrs Dina Price\n\n",
     [("Ann Lee", "chair", P, False), ("Bilal Khan", "member", P, False), ("Dina Price", "officer", P, False)]),
    ("Present: Cllrs A Lee (Chair), B Khan and C Owen. Parish Clerk: Mrs D Price\n\n",
     [("A Lee", "chair", P, False), ("B Khan", "member", P, False), ("C Owen", "member", P, False), ("D Price", "officer", P, False)]),
    # a column of names, one a line, as a two-column table prints it: each line one person
    ("PRESENT: Ann Lee (Chair)\nBilal Khan (Vice-Chair)\nCara Owen\nCllr E Marsh\n\n",
     [("Ann Lee", "chair", P, False), ("Bilal Khan", "vice-chair", P, False), ("Cara Owen", "member", P, False),
      ("E Marsh", "member", P, False)]),
    # same initials and surname under a man's and a woman's title: two people
    ("Present: Ms J Reed, Mr J Reed, Mr K Dunn\n",
     [("J Reed", "member", P, False), ("J Reed", "member", P, False), ("K Dunn", "member", P, False)]),
    # in attendance: a job makes an officer, a councillor of another council a guest, no job a guest
    ("Present: Cllr A Lee\nIn Attendance: Cllr B. Baker (Ward Councillor) and J. Eva (Parish Clerk), Tom Hale and 3 residents\n",
     [("A Lee", "member", P, False), ("B. Baker", "guest", P, False), ("J. Eva", "officer", P, False), ("Tom Hale", "guest", P, False)]),
    # "Also present" with no colon; "acting as clerk"
    ("Present:- Cllrs P Dale, A Lee, and E Moss\n\nAlso present Mrs C Roe acting as clerk to the council and 17 Members of the public.\n",
     [("P Dale", "member", P, False), ("A Lee", "member", P, False), ("E Moss", "member", P, False), ("C Roe", "officer", P, False)]),
    # a named member of the public after the list's last sentence is a guest; a counted one is no one
    ("Present: Cllr A Lee, Cllr B Khan and the Clerk. Members of the public - Mr Tom Hale, Westbrook Ramblers.\n",
     [("A Lee", "member", P, False), ("B Khan", "member", P, False), ("Tom Hale", "guest", P, False)]),
    # one per line, each name then a comma and a job: the jobs never run into the next name
    ("Present:\nCllrs A Lee and B Khan\n\nOfficers:\nC Roe, Acting Town Clerk\nG Marsh, Neighbourhood Plan Officer\nA Fry, Committee Services Officer\n",
     [("A Lee", "member", P, False), ("B Khan", "member", P, False), ("C Roe", "officer", P, False), ("G Marsh", "officer", P, False),
      ("A Fry", "officer", P, False)]),
    # a table of capacities, cells parted by "|"; a remote member in brackets
    ("Chair: | Cllr Ann Lee |\nParish Councillors: | Cllrs Bilal Khan & Cara Owen (Cllr Dan Ross attended via Zoom) |\n"
     "Also in attendance: | Eve Hart (Parish Clerk) |\nCity & County Cllrs: | City Cllr Fay Gold |\nMembers of the public: | 1 member of the public |\n",
     [("Ann Lee", "chair", P, False), ("Bilal Khan", "member", P, False), ("Cara Owen", "member", P, False), ("Eve Hart", "officer", P, False),
      ("Fay Gold", "guest", P, False), ("Dan Ross", "member", P, True)]),
    # an ellipsis after the label; the job, a dash, then the name
    ("Present … Councillors: Ann Lee (In the Chair), Bilal Khan & Cara Owen.\n\nIn attendance … Eve Hart – Parish Clerk. Three members of the public.\n",
     [("Ann Lee", "chair", P, False), ("Bilal Khan", "member", P, False), ("Cara Owen", "member", P, False), ("Eve Hart", "officer", P, False)]),
    ("Present: Cllr Mr G. Lee – Chairman, Cllrs B Khan, C Owen and the Clerk – Eve Hart\n",
     [("G. Lee", "chair", P, False), ("B Khan", "member", P, False), ("C Owen", "member", P, False), ("Eve Hart", "officer", P, False)]),
    # a councillor in attendance beside the members' list is a guest; when it is the only list, a member
    ("Those present: Councillors A Lee (Chair), B Khan.\nIn attendance: C Roe (Clerk), Cllr Dunn, 5 members of the public.\n",
     [("A Lee", "chair", P, False), ("B Khan", "member", P, False), ("C Roe", "officer", P, False), ("Dunn", "guest", P, False)]),
    ("In Attendance: Councillors A Lee, B Khan\n",
     [("A Lee", "member", P, False), ("B Khan", "member", P, False)]),
    # the list ends where a sentence starts on the next line; the clerk named in it
    ("Present: Cllr A Lee (Chairman), Cllr B Khan\nThe Clerk, Mrs C Roe, took the minutes.\n",
     [("A Lee", "chair", P, False), ("B Khan", "member", P, False), ("C Roe", "officer", P, False)]),
    ("Present: Cllr A Lee (Chair), Cllr B Khan\nApologies were received and accepted from Cllr D Hale and Cllr E Gray.\n",
     [("A Lee", "chair", P, False), ("B Khan", "member", P, False), ("D Hale", "member", A, False), ("E Gray", "member", A, False)]),
    # "Also present:" after the members' list, on the same line
    ("Present: Cllr A Lee (Chair), Cllr B Khan. Also present: Mrs C Roe (Clerk) and County Councillor R Gold.\n",
     [("A Lee", "chair", P, False), ("B Khan", "member", P, False), ("C Roe", "officer", P, False), ("R Gold", "guest", P, False)]),
    # "Parish Councillors present:"; "(remote)" beside a name; one member joining remotely is not the whole meeting
    ("Parish Councillors present: Cllr A Lee (Chairman), Cllr B Khan (remote)\nCllr C Owen joined the meeting remotely.\n",
     [("A Lee", "chair", P, False), ("B Khan", "member", P, True), ("C Owen", "member", P, True)]),
    # a ward councillor is a guest, "(part)" is no job; an apology's reason after a dash
    ("Present: Cllr A Lee\nIn attendance: Mrs C Roe (Clerk), Ward Cllr R Gold (part)\nApologies: Cllr D Hale - work, Cllr E Gray - illness\n",
     [("A Lee", "member", P, False), ("C Roe", "officer", P, False), ("R Gold", "guest", P, False), ("D Hale", "member", A, False),
      ("E Gray", "member", A, False)]),
    # one per line, name then job: a county councillor's line is a guest's
    ("PRESENT\nCllr A Lee (Chair)\nCllr B Khan\nIN ATTENDANCE\nC Roe, Clerk\nR Gold, County Councillor\n",
     [("A Lee", "chair", P, False), ("B Khan", "member", P, False), ("C Roe", "officer", P, False), ("R Gold", "guest", P, False)]),
    # listed absent, then the apology accepted: one row, apologies; "Councillors not present"
    ("Present: Cllr A Lee\nAbsences: Cllr Nina Pell\nCouncillors not present: H. Filer (HF)\n",
     [("A Lee", "member", P, False), ("Nina Pell", "member", A, False), ("H. Filer", "member", "absent", False)]),
    # capacities written as labels inside the list: the chair's, and "Councillors:" giving bare surnames their title
    ("Present: Chairman: Cllr Mrs Lee Councillors: Mrs Khan, Owen, Marsh\n",
     [("Lee", "chair", P, False), ("Khan", "member", P, False), ("Owen", "member", P, False), ("Marsh", "member", P, False)]),
    # initials and surnames run together with no commas; a dash after the label's colon
    ("Councillors: A Lee B Khan C D Owen E Marsh\nApologies: - Nina Pell and Tom Hale\n",
     [("A Lee", "member", P, False), ("B Khan", "member", P, False), ("C D Owen", "member", P, False), ("E Marsh", "member", P, False),
      ("Nina Pell", "member", A, False), ("Tom Hale", "member", A, False)]),
    # initials in brackets after each name, the role after them unbracketed
    ("Present: Councillors A Lee (AL) Chair, B Khan (BK) Vice-Chair, C Owen (CO) E Marsh (EM)\n",
     [("A Lee", "chair", P, False), ("B Khan", "vice-chair", P, False), ("C Owen", "member", P, False), ("E Marsh", "member", P, False)]),
    # a community council's labels with a dash after the colon; "Councillors:" after the members' list are guests
    ("CC Members Present: - Ann Lee, Bilal Khan and Cara Owen\nApologies: - Dina Price\nMembers of Public: - Tom Hale\n"
     "Councillors: Cllr Gold, Cllr Ray\n",
     [("Ann Lee", "member", P, False), ("Bilal Khan", "member", P, False), ("Cara Owen", "member", P, False), ("Dina Price", "member", A, False),
      ("Tom Hale", "guest", P, False), ("Gold", "guest", P, False), ("Ray", "guest", P, False)]),
    # a table flattened with bars: the label in a cell, the names in the next, running on a row with an empty first cell
    ("|Present: |Ann Lee, Bilal Khan, |\n| |Cara Owen |\n|Apologies |Dina Price |\n|In attendance |Tom Hale |\n",
     [("Ann Lee", "member", P, False), ("Bilal Khan", "member", P, False), ("Cara Owen", "member", P, False), ("Dina Price", "member", A, False),
      ("Tom Hale", "guest", P, False)]),
    # a sub-label inside the list, office-bearers (members), initials in brackets, a time after a name, the minutes secretary
    ("Present: Elected members: Ann Lee, Chair (AL), Bilal Khan, Treasurer, (BK), Cara Owen\nAlso present: PC Tom Hale at 7.15pm\n"
     "Minutes Secretary: Dina Price (DP)\n",
     [("Ann Lee", "chair", P, False), ("Bilal Khan", "member", P, False), ("Cara Owen", "member", P, False), ("Tom Hale", "guest", P, False),
      ("Dina Price", "officer", P, False)]),
    # a heading line that opens with "Councillors" and no label; the vice-chair said to chair the meeting
    ("Councillors A. Lee, B. Khan, C. Owen.\nApologies were received from councillors D. Marsh and E. Gray.\n"
     "The Vice Chairman B. Khan acted as Chairman\n",
     [("A. Lee", "member", P, False), ("B. Khan", "chair", P, False), ("C. Owen", "member", P, False), ("D. Marsh", "member", A, False),
      ("E. Gray", "member", A, False)]),
    # visitors are guests; two untitled names run together are two people
    ("Members Present: Ann Lee, Bilal Khan\nApologies; Dina Price, Tom Hale Rose Gold\nVisitors: Sam Dale, Sgt Ann Ray (Police Scotland)\n",
     [("Ann Lee", "member", P, False), ("Bilal Khan", "member", P, False), ("Dina Price", "member", A, False), ("Tom Hale", "member", A, False),
      ("Rose Gold", "member", A, False), ("Sam Dale", "guest", P, False), ("Ann Ray", "guest", P, False)]),
    # one a line, bare names and "name, job" lines mixed; county councillors under a plural title
    ("Present: Cllr A Lee\nAPOLOGIES: Cllr B Khan\nCllr C Owen\nMr D Price, Town Chaplain\nCounty Cllr E Marsh\n\n"
     "County Cllrs F Gold and G Ray were in attendance.\n",
     [("A Lee", "member", P, False), ("B Khan", "member", A, False), ("C Owen", "member", A, False), ("D Price", "member", A, False),
      ("E Marsh", "guest", A, False), ("F Gold", "guest", P, False), ("G Ray", "guest", P, False)]),
    # a community council: members untitled, the area's councillors titled among them are guests; names parted only by
    # the brackets after them, one of them opened twice
    ("Present: Ann Lee (Chair) Bilal Khan (Vice (Chair) Cara Owen, Dina Price, Councillor Gold\nApologies: Cllr Ray, Tom Hale\n",
     [("Ann Lee", "chair", P, False), ("Bilal Khan", "vice-chair", P, False), ("Cara Owen", "member", P, False), ("Dina Price", "member", P, False),
      ("Gold", "guest", P, False), ("Ray", "guest", A, False), ("Tom Hale", "member", A, False)]),
    # a Scottish "Sederunt", Welsh "Yn bresennol" / "Ymddiheuriadau" labels
    ("Sederunt: Ann Lee (Chair), Bilal Khan\nApologies: Cara Owen\n",
     [("Ann Lee", "chair", P, False), ("Bilal Khan", "member", P, False), ("Cara Owen", "member", A, False)]),
    ("Yn bresennol: Cllr A Lee, Cllr B Khan\nYmddiheuriadau: Cllr C Owen\n",
     [("A Lee", "member", P, False), ("B Khan", "member", P, False), ("C Owen", "member", A, False)]),
    # the chairman's role before initials with no title; another list's label later on the clerk's line
    ("Present: Chairman C Wood, Cllr G Marsh (Vice Chairman), Cllr Jane Roe\nClerk: Mrs Price Members of public: 3\n",
     [("C Wood", "chair", P, False), ("G Marsh", "vice-chair", P, False), ("Jane Roe", "member", P, False), ("Price", "officer", P, False)]),
    # members untitled and a councillor of another council there as a guest: a titled councillor's apology is still a
    # member's (a principal council's minutes list their members untitled too)
    ("Present: Ann Lee (Chair), Bilal Khan, Cara Owen, Dina Price\nIn Attendance: Councillor Rose Gold\nApologies: Councillor Tom Hale, Sam Dale\n",
     [("Ann Lee", "chair", P, False), ("Bilal Khan", "member", P, False), ("Cara Owen", "member", P, False), ("Dina Price", "member", P, False),
      ("Rose Gold", "guest", P, False), ("Tom Hale", "member", A, False), ("Sam Dale", "member", A, False)]),
    # "In the Chair" before initials glued to the surname
    ("Present: In the Chair A.Lee, B.Khan,C.Owen and D.Price (clerk).\n",
     [("A. Lee", "chair", P, False), ("B. Khan", "member", P, False), ("C. Owen", "member", P, False), ("D. Price", "officer", P, False)]),
    # no label: a heading line of names, each with the initials the minutes use later
    ("Ann Lee (AL), Bilal Khan (BK), Cara Owen (CO)\n\nApologies: Dina Price\n",
     [("Ann Lee", "member", P, False), ("Bilal Khan", "member", P, False), ("Cara Owen", "member", P, False), ("Dina Price", "member", A, False)]),
    # one per line, a member's portfolio after a comma (brackets in it)
    ("PRESENT\nCouncillor Ann Lee, Leader (+ Housing and Planning)\nCouncillor Bilal Khan, Cabinet Member for Transport\n",
     [("Ann Lee", "member", P, False), ("Bilal Khan", "member", P, False)]),
]


@pytest.mark.parametrize("head, expected", LIST_CASES)
def test_parish_attendance_lists(head, expected):
    items = "101. Apologies: Apologies received and accepted from Cllr Nina Pell.\n102. Minutes: Approved and signed as correct.\n"
    assert rows(minutes(head, items if "Pell" in head else _ITEMS)) == expected


SENTENCE_CASES = [
    # full stops after titles and initials do not end the names
    ("Apologies of absence were received from Cllrs P. Hope and T. French.", [("P. Hope", "member", A, False), ("T. French", "member", A, False)]),
    ("The Clerk confirmed that he had received apologies from Cllr. Moss and Cllr. Hill who had given their reasons.",
     [("Moss", "member", A, False), ("Hill", "member", A, False)]),
    # two members, one verb
    ("Cllr I Wroth & Cllr H Wroth sent apologies.", [("I Wroth", "member", A, False), ("H Wroth", "member", A, False)]),
    # "had been received", and the sentence running on after the names
    ("As apologies for absence had been received from Councillors Amil, Kerr and Parrott, the meeting was inquorate.",
     [("Amil", "member", A, False), ("Kerr", "member", A, False), ("Parrott", "member", A, False)]),
    # a job before a name is its job
    ("The Town Clerk, Mrs. L.M. Ford, the Town Clerk's Assistant, Mrs. M.C. Vane and a member of the public were also present.",
     [("L. M. Ford", "officer", P, False), ("M. C. Vane", "officer", P, False)]),
    # a member listed, then said to preside
    ("Councillors: A Lee B Khan C Owen\n\nChairman Councillor A Lee presided over the meeting.",
     [("A Lee", "chair", P, False), ("B Khan", "member", P, False), ("C Owen", "member", P, False)]),
    ("Present: Cllr A Lee, Cllr B Khan\nAlso present the Clerk Dina Price.\n\nCllr Khan offered to chair – this was accepted by all.",
     [("A Lee", "member", P, False), ("B Khan", "chair", P, False), ("Dina Price", "officer", P, False)]),
    # "was in attendance with ...", "Also in attendance ... was ..."
    ("County Councillor Anne Dale was in attendance with 14 members of the public. Also in attendance for part of the meeting was Mr Colin Weir of the Bee Society who gave a talk.",
     [("Anne Dale", "guest", P, False), ("Colin Weir", "guest", P, False)]),
]


@pytest.mark.parametrize("sentence, expected", SENTENCE_CASES)
def test_attendance_told_in_sentences(sentence, expected):
    assert rows(minutes(sentence + "\n")) == expected


def test_an_attendance_register_with_a_key_to_its_marks():
    """Rows of a name and a mark under an "Attendance" item, the key below them; the chairman away, the vice-chairman
    in the chair; another council's councillor who did not come is absent."""
    items = ("101. Attendance\nMr A Lee (Chairman) A\nMrs B Khan (Vice-Chairman) P (in the chair)\nMr CD Owen P\n"
             "County Councillor E Marsh N\nP = present, A = apology, N = non-attendance\n"
             "102. Minutes: Approved and signed as correct.\n103. Correspondence: None.\n")
    assert sorted(rows(minutes("", items))) == sorted([
        ("A Lee", "member", A, False), ("B Khan", "chair", P, False), ("CD Owen", "member", P, False), ("E Marsh", "guest", "absent", False)])


def test_a_list_ends_at_a_count_of_the_public_and_at_a_sentence_opening_with_the():
    head = ("Present:\n\nCllrs. Lee (Chairman), Khan & C Owen\nClerk – D Price\nCounty Cllr. E Marsh\n4 members of the public\n\n")
    assert rows(minutes(head)) == [("Lee", "chair", P, False), ("Khan", "member", P, False), ("C Owen", "member", P, False),
                                   ("D Price", "officer", P, False), ("E Marsh", "guest", P, False)]
    head = "Councillors A. Lee, B. Khan.\nLocum Clerk: Dina Price\nThe Vice Chairman B. Khan acted as Chairman\n"
    assert rows(minutes(head)) == [("A. Lee", "member", P, False), ("B. Khan", "chair", P, False), ("Dina Price", "officer", P, False)]


def test_an_item_titled_in_attendance_whose_minutes_are_the_members_list():
    """ "1 In Attendance" / "Councillors A Lee (AL) Chair, B Khan ..." / "Mrs D Price The clerk was in attendance.": the
    councillors are the members (no other list names them), not guests of the closing sentence."""
    items = ("101. In Attendance\nCouncillors A Lee (AL) Chair, B Khan (BK), C Owen (CO)\nMrs D Price The clerk was in attendance.\n"
             "102. Apologies\nCouncillor E Marsh\n103. Minutes: Approved and signed as correct.\n")
    assert rows(minutes("", items))[:4] == [("A Lee", "chair", P, False), ("B Khan", "member", P, False), ("C Owen", "member", P, False),
                                           ("E Marsh", "member", A, False)]


def test_apologies_in_an_items_heading():
    """ "02/20 Apologies of Absence Cllr J Chanter," and "2) Apologies for Absence – Cllr Lake had work commitments." """
    items = "101. Police Report: None.\n102. Apologies of Absence Cllr J Rowe,\n103. Minutes: Approved and signed as correct.\n"
    assert rows(minutes("Present: Cllr A Lee\n", items))[-1] == ("J Rowe", "member", A, False)
    items = "101. Police Report: None.\n102. Apologies for Absence – Cllr Lake had work commitments.\n103. Minutes: Approved.\n"
    assert rows(minutes("Present: Cllr A Lee\n", items))[-1] == ("Lake", "member", A, False)


def test_apologies_item_with_a_reference_and_a_chair_elected_in_an_election_item():
    items = ("101. To receive apologies and reasons for absence Ref 19/046\nCllr Indian, Cllr Lawrence.\n"
             "102. Election of Chairman. Cllr Khan proposed Cllr Bilal Lee. As there were no other proposals, Cllr B Lee was elected.\n"
             "103. Election of Vice Chairman. Cllr C Owen was re-elected.\n104. Minutes: Approved.\n")
    got = rows(minutes("Present: Cllrs B Lee, C Owen, D Khan\n", items))
    assert got == [("B Lee", "chair", P, False), ("C Owen", "vice-chair", P, False), ("D Khan", "member", P, False),
                   ("Indian", "member", A, False), ("Lawrence", "member", A, False)]


def test_apologies_in_a_numbered_sub_paragraph_and_a_police_rank():
    items = ("101. Apologies for absence\n1.1. It was RESOLVED to accept Dan Ross's request for leave of absence.\n"
             "1.2. Councillors Eve Hart (holiday), Fay Gold (prior engagement)\n102. Minutes: Approved.\n")
    head = ("Present: Cllr A Lee\nAlso in attendance:\nChief Superintendent P Mair, Divisional Commander, Police Scotland\n"
            "Mr G Lowe, Local Senior Officer, Fire and Rescue Service\n")
    got = rows(minutes(head, items))
    assert got == [("A Lee", "member", P, False), ("P Mair", "guest", P, False), ("G Lowe", "guest", P, False),
                   ("Eve Hart", "member", A, False), ("Fay Gold", "member", A, False)]


def _held(where: str, head: str = "Present: Cllr A Lee (Chair), Cllr B Khan\nIn attendance: Mrs D Price (Clerk)\n") -> bytes:
    top = f"NORTHWOLD PARISH COUNCIL\nMinutes of the meeting of the Parish Council held on Monday 12th January 2026 at 7.00pm {where}.\n"
    return (top + head + "101. Apologies: Apologies were received from Cllr E Moss.\n102. Minutes: Approved and signed as correct.\n").encode()


@pytest.mark.parametrize(
    "where, remote",
    [
        ("remotely through Zoom", True),
        ("via Microsoft Teams", True),
        ("by Zoom Conference Call", True),
        ("in the Village Hall", False),
        ("at the Village Hall and via Zoom", False),  # hybrid: only those marked attended remotely
        ("as a hybrid meeting in the Village Hall", False),
    ],
)
def test_a_meeting_held_by_video_makes_everyone_present_remote(where, remote):
    got = rows(_held(where))
    assert [r[3] for r in got if r[2] == P] == [remote] * 3
    assert [r[3] for r in got if r[2] == A] == [False]  # an apology is no remote attendance


def test_an_online_zoom_meeting_heading():
    data = ("EASTWOLD COMMUNITY COUNCIL\nMinutes of the meeting\nTuesday 12th January 2026 7.00pm Online Zoom Meeting\n"
            "Members Present: Ann Lee, Bilal Khan\n" + _ITEMS).encode()
    assert rows(data) == [("Ann Lee", "member", P, True), ("Bilal Khan", "member", P, True)]


def test_a_virtual_meeting_heading():
    data = b"HIGHBURY PARISH COUNCIL\nMINUTES Parish Council Meeting Wednesday 24th June 2020 Virtual Meeting ~ 7.30 pm\n" \
           b"Attendees: Cllr G. Cross (Chairman) Cllr C. Watt (Vice-Chair) Cllr G. Jarvis Mrs J. Allen (Clerk)\n" + _ITEMS.encode()
    assert rows(data) == [("G. Cross", "chair", P, True), ("C. Watt", "vice-chair", P, True), ("G. Jarvis", "member", P, True),
                          ("J. Allen", "officer", P, True)]


ELECTION_CASES = [
    ("101. Election of Chairman: Cllr B Khan was proposed chairman. Proposer: Cllr A Lee.\n"
     "102. Declaration: Chairman Cllr B Khan signed declaration of acceptance of office.\n", {"B Khan": "chair", "A Lee": "member"}),
    ("101. Vice-Chairman: In the absence of the Vice Chairman the Council RESOLVED to elect Councillor Lee as Vice Chairman for the meeting.\n",
     {"A Lee": "vice-chair", "B Khan": "member"}),
    ("101. Chair: He suggested that Cllr Khan be elected to chair the evening’s meeting.\n", {"B Khan": "chair", "A Lee": "member"}),
    # the chair of another body is no office in this meeting
    ("101. Committees: Cllr A Lee was elected Chair of the Planning Committee.\n", {"A Lee": "member", "B Khan": "member"}),
]


@pytest.mark.parametrize("items, roles", ELECTION_CASES)
def test_a_member_elected_chair_at_the_meeting_holds_the_role(items, roles):
    got = rows(minutes("Present: Cllr A Lee, Cllr B Khan\n", items + "103. Minutes: Approved and signed as correct.\n"))
    assert {name: role for name, role, _, _ in got} == roles


FULLER_CASES = [
    # the same document prints the fuller name of an officer listed by initial: it is used
    ("IN ATTENDANCE: Dr A Ghani (Director of Public Health)\n", "101. Health: Asha Ghani (Director of Public Health) presented the report.\n",
     "Asha Ghani"),
    # a bare surname in a list, named in full later
    ("IN ATTENDANCE: Mr B Cole (Head of Finance) and Pryce (Acting Chief Accountant)\n",
     "101. Budget: Tom Pryce (Acting Chief Accountant) was in attendance for this item.\n", "Tom Pryce"),
    # a vote is no attendance: the list's short form stays
    ("Present: Mr D Moss, Mr E Hart\n", "101. Motion: Mr Derek Moss proposed and Mr E Hart seconded the motion.\n", "D Moss"),
    # two full names fit: none is taken
    ("IN ATTENDANCE: Dr A Ghani (Director of Public Health)\n",
     "101. Health: Asha Ghani (Director) and Amir Ghani (Deputy Director) presented the report.\n", "A Ghani"),
]


@pytest.mark.parametrize("head, items, name", FULLER_CASES)
def test_a_short_name_takes_the_fuller_name_the_document_prints(head, items, name):
    assert name in [r[0] for r in rows(minutes(head, items + "102. Minutes: Approved and signed as correct.\n"))]


@needs_shared
def test_kent_cabinet_officers_take_their_fuller_names():
    from pipeline.parse import parse_document

    path = corpus("pdf/kent_cabinet_2025-01-30_printed-minutes.pdf")
    result = parse_document(path.read_bytes(), str(path))
    officers = {a.name for a in result.records["attendance"] if a.role == "officer"}
    # "Dr A Ghosh", "Mrs C Head", "... and McKay (Acting Chief Accountant)" in the list; fuller in later items
    assert {"Anjan Ghosh", "Cath Head", "Joe McKay", "Sarah Hammond", "Mike Gogarty"} <= officers
    assert "A Beer" in officers  # printed nowhere more fully: stays as listed


@needs_shared
def test_stoke_ferry_zoom_meeting_two_names_on_one_line():
    from pipeline.parse import parse_document

    path = SHARED / "corpus2" / "text" / "stoke-ferry-pc_parish-council_2020-06-03_draft-minutes-virtual.md"
    result = parse_document(path.read_bytes(), str(path))
    got = [(a.name, a.role, a.status, a.remote) for a in result.records["attendance"]]
    assert ("Janet Taylor", "member", P, True) in got and ("Helen Richardson", "officer", P, True) in got
    assert {a[3] for a in got if a[2] == P} == {True} and {a[3] for a in got if a[2] == A} == {False}
