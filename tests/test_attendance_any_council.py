"""Attendance as councils outside the corpus write it: labels, list layouts and roles seen across many councils' minutes.

Each case is a small minutes document written for the test (invented names) in a form real minutes use; the real
reader, outliner and extractors run on it (the helpers of tests/test_attendance_forms.py). Rows are compared as
(name as written, role, status, remote, job title, substitute for).
"""

from __future__ import annotations

import pytest

from tests.test_attendance_forms import attendees, member, minutes

_ITEMS = (
    "101. Police Report: No report was received.\n"
    "102. Minutes of the previous meeting: Approved and signed as correct.\n"
    "103. Correspondence: A letter from the school was read out.\n"
)


def officer(name, job, status="present"):
    return (name, "officer", status, False, job, None)


def guest(name, job=None, status="present"):
    return (name, "guest", status, False, job, None)


LIST_CASES = [
    # a table printed as text: cells parted by slashes, one name a line, no commas
    (
        "ATTENDING: / Cllr. Ann Lee\nCllr. Bilal Khan\nCara Owen\nDev Patel / Erin Shaw (Clerk)\nFinn Hale\nGwen Ivory\n",
        [member("Cllr. Ann Lee"), member("Cllr. Bilal Khan"), member("Cara Owen"), member("Dev Patel"), officer("Erin Shaw", "Clerk"),
         member("Finn Hale"), member("Gwen Ivory")],
    ),
    # a committee's members under a label of their own, one plural title for all
    (
        "Committee Members:\n\nCouncillors Lee (Chairman), Khan, Owen, M Patel and Webb\n",
        [("Councillor Lee (Chairman)", "chair", "present", False, None, None), member("Councillor Khan"), member("Councillor Owen"),
         member("Councillor M Patel"), member("Councillor Webb")],
    ),
    # a bilingual label with no colon, a role before the first title; the clerk and a county councillor in attendance
    (
        "Present / Bresennol Chair Cllr A Lee Cllr B Khan, Cllr C Owen, In attendance : Dora Hale, Clerk / RFO, County Cllr Moss and 1 member of the public\n",
        [("Cllr A Lee", "chair", "present", False, None, None), member("Cllr B Khan"), member("Cllr C Owen"),
         officer("Dora Hale", "Clerk / RFO"), guest("Cllr Moss", "County Councillor")],
    ),
    # "Present" and the first title with no colon; a role after a dash closes its name
    (
        "Present Cllr A Lee Cllr B Khan - Chair Cllr C Owen\n",
        [member("Cllr A Lee"), ("Cllr B Khan", "chair", "present", False, None, None), member("Cllr C Owen")],
    ),
    # the plural title opening the list's second line; councillors of the council there without a seat on the committee
    (
        "Present: Councillor Mrs Lee (Chairman)\nCouncillors Khan (Vice-Chairman), Owen, Dr Hale,\nPatel and Webb\n\n"
        "Other Members in Attendance: Councillors Moss and Rowe\n",
        [("Councillor Mrs Lee (Chairman)", "chair", "present", False, None, None),
         ("Councillor Khan (Vice-Chairman)", "vice-chair", "present", False, None, None), member("Councillor Owen"),
         member("Dr Hale"), member("Councillor Patel"), member("Councillor Webb"), guest("Councillor Moss"), guest("Councillor Rowe")],
    ),
    # after the members' list, "Attending:" lists guests; members of the public counted, then named
    (
        "Present: Ann Lee, Bilal Khan, Cara Owen\nAttending: Cllr Dev Patel and two members of the public – Erin Shaw and Finn Hale.\n",
        [member("Ann Lee"), member("Bilal Khan"), member("Cara Owen"), guest("Cllr Dev Patel"), guest("Erin Shaw"), guest("Finn Hale")],
    ),
    # the list goes on after a sentence under a plural title; the chair's office after a comma
    (
        "Present : Councillor Ann Lee, Chairman, Presided. Councillors B Khan, C Owen, Mrs D Patel.\n",
        [("Councillor Ann Lee", "chair", "present", False, None, None), member("Councillor B Khan"), member("Councillor C Owen"),
         member("Mrs D Patel")],
    ),
    # a role, a dash, then its holder
    (
        "Present:- Chairman - Cllr. A. Lee, Vice-Chairman - Cllr. B. Khan, Cllr. C. Owen and Cllr. D. Patel.\n",
        [("Cllr. A. Lee", "chair", "present", False, None, None), ("Cllr. B. Khan", "vice-chair", "present", False, None, None),
         member("Cllr. C. Owen"), member("Cllr. D. Patel")],
    ),
    # "The Clerk" after a name is the clerk, unnamed, not that member's job; apologies "Received from"
    (
        "Present: Ann Lee (Chairman), Bilal Khan, Sue Rowe, The Clerk.\nApologies: Received from S Hill, C Dunn\n",
        [("Ann Lee (Chairman)", "chair", "present", False, None, None), member("Bilal Khan"), member("Sue Rowe"),
         member("S Hill", "apologies"), member("C Dunn", "apologies")],
    ),
    # another council named in brackets or by its short name before the title; a late arrival's time in brackets
    (
        "Present: Cllr A Lee, Cllr B Khan, Cllr C Owen (Westshire Council)\nIn Attendance: Cllr Dora Moss (from 7:50 pm)\n"
        "Apologies: T&W Councillor Gita Hill\n",
        [member("Cllr A Lee"), member("Cllr B Khan"), guest("Cllr C Owen", "Westshire Council"), guest("Cllr Dora Moss"),
         guest("Councillor Gita Hill", "T&W", "apologies")],
    ),
    # two people of one surname are two rows
    (
        "Present: Jim Attwood, Jane Attwood, Cllr Ann Lee\n",
        [member("Jim Attwood"), member("Jane Attwood"), member("Cllr Ann Lee")],
    ),
    # a label that opens a sentence; online: remote
    (
        "On Line were Ann Lee, Bilal Khan, Cara Owen\nPresent were Dev Patel and Erin Shaw\n",
        [member("Ann Lee", remote=True), member("Bilal Khan", remote=True), member("Cara Owen", remote=True), member("Dev Patel"),
         member("Erin Shaw")],
    ),
    # the chair written into the list; apologies for "Absence" in capitals
    (
        "Present: Mr Dalby, Mrs Edge and, in the Chair, Mr Matt Prowse.\nApologies for Absence were received from Ms O’Hara and Mrs Glass.\n",
        [member("Mr Dalby"), member("Mrs Edge"), ("Mr Matt Prowse", "chair", "present", False, None, None), member("Ms O’Hara", "apologies"),
         member("Mrs Glass", "apologies")],
    ),
    # a count of people first under the label, then the names
    (
        "Present: Cllr A Lee, Cllr B Khan\nIn Attendance:\n\nOne member of the public\nMrs W Grove (Clerk)\n",
        [member("Cllr A Lee"), member("Cllr B Khan"), officer("Mrs W Grove", "Clerk")],
    ),
    # names run together with their initials in brackets and a role after a dash; "In attendance:" on the same line
    (
        "PRESENT (Five Councillors):- Ann Lee (AL) Bilal Khan (BK) - Chair, Cara Owen (CO) and Dev Patel (DP) In attendance: "
        "Erin Shaw, Parish Clerk, and 4 members of the public.\n",
        [member("Ann Lee"), ("Bilal Khan", "chair", "present", False, None, None), member("Cara Owen"), member("Dev Patel"),
         officer("Erin Shaw", "Parish Clerk")],
    ),
    # a remote list with a count in brackets and a space before ":-"
    (
        "Attending by Zoom (Two Councillors) :- Ann Lee (AL) and Bilal Khan (BK) Chair\n",
        [member("Ann Lee", remote=True), ("Bilal Khan", "chair", "present", True, None, None)],
    ),
    # one name a line, each ending in a full stop, no commas (a PDF's lines); a title's full stop does not end its name
    (
        "Present: Cllr A Lee, Cllr B Khan & Mrs.\nC. Owen.\nAlso in attendance:\nT&W Councillor Dora Moss.\nT&W Councillor Erin Shaw\n",
        [member("Cllr A Lee"), member("Cllr B Khan"), member("Mrs. C. Owen"), guest("Councillor Dora Moss", "T&W"),
         guest("Councillor Erin Shaw", "T&W")],
    ),
]


@pytest.mark.parametrize("head, expected", LIST_CASES)
def test_attendance_lists_of_any_council(head, expected):
    assert attendees(minutes(head, _ITEMS)) == expected


_COMMUNITY_TOP = "LOWTHORPE COMMUNITY COUNCIL\nMinutes of the meeting held on Monday 12th January 2026 at 7.00pm in the Village Hall.\n"


def test_a_community_councils_titled_councillors_sending_apologies_are_guests():
    """A community council writes its members untitled; a titled councillor sits on the area's council, a guest, even
    when none of them came."""
    head = "Present: Ann Lee (Chair), Bilal Khan, Cara Owen, Dev Patel.\nApologies: Erin Shaw, Cllr Finn Hale.\n"
    data = (_COMMUNITY_TOP + head + _ITEMS).encode()
    assert attendees(data) == [
        ("Ann Lee (Chair)", "chair", "present", False, None, None), member("Bilal Khan"), member("Cara Owen"), member("Dev Patel"),
        member("Erin Shaw", "apologies"), guest("Cllr Finn Hale", status="apologies"),
    ]  # fmt: skip


def test_a_parish_councils_titled_apology_beside_untitled_members_stays_a_member():
    """The same list in a parish council's minutes: no community council, no councillors of another council assumed."""
    head = "Present: Ann Lee (Chair), Bilal Khan, Cara Owen, Dev Patel.\nApologies: Erin Shaw, Cllr Finn Hale.\n"
    assert attendees(minutes(head, _ITEMS))[-1] == member("Cllr Finn Hale", "apologies")


def test_apologies_recorded_from():
    items = "100. Apologies: Apologies for absence were recorded from Councillor Hill.\n" + _ITEMS
    assert attendees(minutes("Present: Cllr A Lee, Cllr B Khan\n", items))[-1] == member("Councillor Hill", "apologies")


def test_a_meeting_held_by_video_conference_makes_everyone_present_remote():
    top = "NORTHWOLD PARISH COUNCIL\nMinutes of the meeting\nHeld 7.00pm on 12 January 2026 by video conference\n"
    data = (top + "Present: Cllr A Lee, Cllr B Khan\nApologies: Cllr C Owen\n" + _ITEMS).encode()
    assert attendees(data) == [member("Cllr A Lee", remote=True), member("Cllr B Khan", remote=True), member("Cllr C Owen", "apologies")]


def test_a_community_councils_area_councillors_as_many_as_its_members_are_guests():
    head = "Present: Ann Lee, Bilal Khan, Cara Owen, Dev Patel, Cllr Erin Shaw, Cllr Finn Hale, Cllr Gwen Ivory\n"
    rows = attendees((_COMMUNITY_TOP + head + _ITEMS).encode())
    assert [r[1] for r in rows] == ["member"] * 4 + ["guest"] * 3


def test_apologies_and_a_title_with_no_colon_end_the_list_above():
    head = "On Line were Ann Lee, Bilal Khan, Cllr Cara\nOwen\nApologies Cllr Dunn\n"
    assert attendees(minutes(head, _ITEMS))[-1] == member("Cllr Dunn", "apologies")


def test_an_absent_member_elected_at_the_meeting_stays_absent():
    """ "Apologies for absence and reasons given" titles the list; "Cllr B. O'Hara" elected later is "Cllr B O'Hara" who
    sent apologies, not a second person present, nor the other O'Hara."""
    head = "Present:\n\nCllrs. Lee (Chairman), Khan & C O'Hara\nClerk – D Rowe\n"
    items = (
        "22.1 Chairman's remarks\n\nThe Chairman thanked everyone.\n\n"
        "22.3 Apologies for absence and reasons given\n\nCllr B O'Hara – currently in hospital\n\n"
        "22.4 Public Participation\n\nThere were no comments from the public.\n\n"
        "22.5 To elect a Vice Chairman\n\nIt was resolved to elect Cllr B. O'Hara as Vice-Chairman.\n\n"
        "22.6 Correspondence\n\nNone.\n"
    )
    assert attendees(minutes(head, items)) == [
        ("Councillor Lee (Chairman)", "chair", "present", False, None, None), member("Councillor Khan"), member("Councillor C O'Hara"),
        ("D Rowe", "officer", "present", False, None, None), member("Cllr B O'Hara", "apologies"),
    ]  # fmt: skip


def test_a_virtual_meeting_named_in_the_heading_makes_everyone_present_remote():
    top = "DRAFT MINUTES OF A VIRTUAL NORTHWOLD PARISH COUNCIL MEETING HELD at 7.00pm On MONDAY 12th JANUARY 2026\n"
    data = (top + "Present: Cllr A Lee, Cllr B Khan\nIn attendance: Mrs C Owen (Clerk)\n" + _ITEMS).encode()
    assert [row[3] for row in attendees(data)] == [True, True, True]


def test_a_heading_line_of_other_councils_councillors_are_guests_but_not_inside_a_list():
    """ "County Councillor W. Newby. District Councillor N. Cole." under the members' list: guests. The same title on a
    line of an apologies list one name a line is that list going on."""
    head = "Present: Cllr A Lee, Cllr B Khan\n\nCounty Councillor W. Newby. District Councillor N. Cole.\n\n"
    assert attendees(minutes(head, _ITEMS))[2:] == [
        guest("Councillor W. Newby", "County Councillor"), guest("Councillor N. Cole", "District Councillor"),
    ]  # fmt: skip
    head = "PRESENT: Cllr A Lee\nCllr B Khan\n\nAPOLOGIES: Cllr C Owen\nCllr D Patel\nCounty Cllr E Shaw\n\n"
    assert attendees(minutes(head, _ITEMS))[-1] == guest("Cllr E Shaw", "County Councillor", "apologies")


def test_a_roll_with_marks_of_video_substitutes_and_half_days_and_the_chair_on_a_line_of_its_own():
    """Scottish council minutes: "(v/c)" is by video conference, "(substitute)" and "(pm only)" are no jobs, "Mr A Lee in
    the Chair" says who chaired, apologies are "intimated on behalf of"."""
    head = (
        "Present:\n\nMr A Lee, Mrs B Khan (v/c), Mr C Owen (substitute), Ms D Patel (pm only)\n\nMr A Lee in the Chair\n\n"
        "Apologies for absence were intimated on behalf of Mr E Shaw and Mrs F Hale.\n\n"
    )
    assert attendees(minutes(head, _ITEMS)) == [
        ("Mr A Lee", "chair", "present", False, None, None), member("Mrs B Khan", remote=True), member("Mr C Owen"), member("Ms D Patel"),
        member("Mr E Shaw", "apologies"), member("Mrs F Hale", "apologies"),
    ]  # fmt: skip


# Forms read from councils no set had taught (issue 14, session 5): each a small invented minutes head.
UNTAUGHT_CASES = [
    # a bulleted line opens each label; "Others:" lists who else came, a job after the name with no comma
    (
        "• Members: Cllrs Ann Lee (Chair), Bilal Khan and Cara Owen\n• Others: Dev Patel Clerk to the Council, Mr Erin Shaw, Translator.\n"
        "• Apologies for absence: Cllrs Finn Hale and Gwen Ivory.\n",
        [("Councillor Ann Lee (Chair)", "chair", "present", False, None, None), member("Councillor Bilal Khan"), member("Councillor Cara Owen"),
         officer("Dev Patel", "Clerk to the Council"), guest("Mr Erin Shaw", "Translator"), member("Councillor Finn Hale", "apologies"),
         member("Councillor Gwen Ivory", "apologies")],
    ),
    # one titled name a line and no label at all
    (
        "Cllr Lee\nCllr Khan\nCllr Owen\n",
        [member("Cllr Lee"), member("Cllr Khan"), member("Cllr Owen")],
    ),
    # the mayor on a line of her own over the members' line, no label
    (
        "Councillor Ann Lee (Mayor)\nCouncillors Bilal Khan, Cara Owen and Mrs Dev Patel\n",
        [("Councillor Ann Lee (Mayor)", "chair", "present", False, None, None), member("Councillor Bilal Khan"), member("Councillor Cara Owen"),
         member("Mrs Dev Patel")],
    ),
    # one singular title over surnames parted only by their brackets; a capacity before a guest's title
    (
        "Present: Councillor Lee (Chair) Khan (Opposition Spokesperson) and Owen (Group Spokesperson).\n"
        "Also present via Teams virtually: Standing Invitee Dr Dev Patel\n",
        [("Councillor Lee (Chair)", "chair", "present", False, None, None),
         ("Councillor Khan", "member", "present", False, "Opposition Spokesperson", None),
         ("Councillor Owen", "member", "present", False, "Group Spokesperson", None),
         ("Dr Dev Patel", "guest", "present", True, "Standing Invitee", None)],
    ),
    # a bare surname after a titled one shares the title; Scottish "CClrs", another council's "Clrs" by its short name
    (
        "Present: Cllr A Lee, Cllr B Khan\nApologies were received from Cllr Owen and Patel.\n",
        [member("Cllr A Lee"), member("Cllr B Khan"), member("Cllr Owen", "apologies"), member("Cllr Patel", "apologies")],
    ),
    (
        "Present: CClrs Lee, Khan and Owen.\nApologies were received from CClrs Patel and Shaw, and from WKC Clrs Hale and Ivory.\n",
        [member("Councillor Lee"), member("Councillor Khan"), member("Councillor Owen"), member("Councillor Patel", "apologies"),
         member("Councillor Shaw", "apologies"), guest("Councillor Hale", "WKC", "apologies"), guest("Councillor Ivory", "WKC", "apologies")],
    ),
    # an organisation in brackets under "In attendance" is no officer's job: a guest; the clerk's job makes an officer
    (
        "Present: Ann Lee, Bilal Khan, Cara Owen\nIn attendance: Mrs Dev Patel (Clerk) and Erin Shaw (Westbrook Cricket Club)\n",
        [member("Ann Lee"), member("Bilal Khan"), member("Cara Owen"), officer("Mrs Dev Patel", "Clerk"),
         guest("Erin Shaw", "Westbrook Cricket Club")],
    ),


    # a bilingual list: the Welsh label before the English, the title and "and" in both languages
    (
        "Presennol / Present: Cyng/Cllrs.: A. Lee (chair) B. Khan, C. Owen a/and D. Patel.\n"
        "Ymddiheuriadau / Apologies: Cllr E. Shaw\n",
        [("Councillor A. Lee (chair)", "chair", "present", False, None, None), member("Councillor B. Khan"), member("Councillor C. Owen"),
         member("Councillor D. Patel"), member("Cllr E. Shaw", "apologies")],
    ),
    # the clerk's job before her name inside the members' list; a titled surname that is also a word; semicolons
    (
        "PRESENT: Cllr A Lee (Chairman) Cllrs B Khan, C Owen, and the Clerk, Mrs D Patel\nApologies; Cllrs Young; Head\n",
        [("Cllr A Lee (Chairman)", "chair", "present", False, None, None), member("Councillor B Khan"), member("Councillor C Owen"),
         officer("Mrs D Patel", "Clerk"), member("Councillor Young", "apologies"), member("Councillor Head", "apologies")],
    ),
    # a list all in capitals with no colon, ended by a sentence
    (
        "PRESENT CLLRS LEE , MRS KHAN, CLLR OWEN, PATEL. No members of the public were present\n",
        [member("Councillor Lee"), member("Mrs Khan"), member("Cllr Owen"), member("Councillor Patel")],
    ),
]

# Attendance told in sentences, as councils no set had taught write it: (the minutes of an item, the rows it gives).
UNTAUGHT_SENTENCES = [
    ("Apologies were received from Cllr. A. Lee with Cllr B. Khan attending as his substitute.",
     [member("Cllr. A. Lee", "apologies"), ("Cllr B. Khan", "reserve", "present", False, None, "A. Lee")]),
    ("Councillor C. Owen confirmed he was attending as a substitute for Councillor D. Patel.",
     [member("Councillor D. Patel", "apologies"), ("Councillor C. Owen", "reserve", "present", False, None, "D. Patel")]),
    ("The Committee noted the following substitutions:\n(i)  Cllr A Lee for Cllr B Khan; and\n(ii) Cllr C Owen for Cllr D Patel.",
     [member("Cllr B Khan", "apologies"), ("Cllr A Lee", "reserve", "present", False, None, "B Khan"),
      member("Cllr D Patel", "apologies"), ("Cllr C Owen", "reserve", "present", False, None, "D Patel")]),
    ("Apologies and valid reasons for absence were received from Cllr Lee, and these were accepted.", [member("Cllr Lee", "apologies")]),
    ("Cllrs Mrs Lee and Mrs Khan presented their apologies, with reasons.", [member("Mrs Lee", "apologies"), member("Mrs Khan", "apologies")]),
    ("PCSO Ann Lee was in attendance at the meeting.", [guest("Ann Lee", "PCSO")]),
    ("The meeting was also attended in part by Bob Khan (BK) and Cara Owen (CO), District Councillors, and 6 members of the public.",
     [guest("Bob Khan"), guest("Cara Owen")]),
]


@pytest.mark.parametrize("said, expected", UNTAUGHT_SENTENCES)
def test_attendance_sentences_no_set_had_taught(said, expected):
    items = "101. Apologies and substitutions\n" + said + "\n" + _ITEMS.replace("101.", "104.")
    assert attendees(minutes("Present: Cllr Z Young, Cllr Y Xu\n", items))[2:] == expected


@pytest.mark.parametrize("head, expected", UNTAUGHT_CASES)
def test_attendance_forms_no_set_had_taught(head, expected):
    assert attendees(minutes(head, _ITEMS)) == expected


def test_the_one_who_welcomed_the_meeting_chairs_it_unless_a_chair_is_named():
    items = "101. Chairman's remarks\nCllr Khan welcomed everyone to the meeting.\n" + _ITEMS
    assert attendees(minutes("Cllr Lee\nCllr Khan\nCllr Owen\n", items))[1] == ("Cllr Khan", "chair", "present", False, None, None)
    items = ("101. Welcome\nCllr Khan welcomed everyone to the meeting and proposed that Cllr Owen be elected to chair the meeting.\n"
             + _ITEMS)
    assert [r[1] for r in attendees(minutes("Cllr Lee\nCllr Khan\nCllr Owen\n", items))] == ["member", "member", "chair"]
