"""Attendance lists whose separators a mirror or a PDF's text lost, and labels written without a colon.

Forms of check6 (issue 14), each written here in invented words with the variants other councils print:

- untitled names run on with nothing between them ("Present: Ann Lee Carl Moss Dee Price"), with a middle initial, a
  role in brackets, Mc/O' surnames; junk after the last name (a file path a mirror kept);
- degrees after names in an initialled list ("J J Nelson MSc R A Harkness Pg Cert Ed K Savage"), after a comma too;
- officers written job first, holder in brackets, no comma ("Chief Executive (Mr R Colvin) Director of ... (Miss ...)");
- an office before its holder in the civic style ("The Worshipful the Mayor, Councillor ...", "The Deputy Mayor, ...");
- a label with no colon before a plural title ("Present Councillors A, B and C", "Apologies Cllrs D and E");
- a bullet for the label's colon, run on ("Clerk • Ann Roe, Head of Legal Services. In Attendance • ... Observing • ...
  Apology • Councillor ..."), other bullet glyphs;
- a council's senior staff under "In Attendance" by a job that is no "Officer" word ("Interim Chief Executive", "Head of
  Finance"): officers; an employer's letters before the next name ("..., Policy Lead, CNPA Nick Hale").

The real reader, outliner and extractors run on each document; rows are compared as (name as written, role, status).
"""

from __future__ import annotations

import pytest

from extractors.registry import ExtractionContext, registered, run_extractors

registered()

from pipeline.outline import outline_document  # noqa: E402
from pipeline.readers import read_document  # noqa: E402
from tests.test_attendance_run_on_forms import rows as attendance_rows  # noqa: E402

_TOP = "BRACKENFORD AUTHORITY\nMinutes of the meeting of the Board held on Tuesday 10 March 2026 at 10.00am in the Board Room.\n\n"
_ITEMS = (
    "\n1. Minutes of the previous meeting\nThe minutes were approved as a correct record.\n\n"
    "2. Correspondence\nA letter from the library was read out.\n\n"
    "3. Date of next meeting\nThe next meeting will be held on 14 April 2026.\n"
)


def rows(head: str, items: str = _ITEMS, top: str = _TOP) -> list[tuple[str, str, str]]:
    """The attendance extractor's rows for minutes made of ``top``, ``head`` and ``items``: (name, role, status)."""
    return attendance_rows(head, items, top)


def present(name, role="member"):
    return (name, role, "present")


def apologies(name, role="member"):
    return (name, role, "apologies")


RUN_ON_NAME_CASES = [
    # one a line, flattened: given name and surname pairs with nothing between
    ("Present: Ann Lee Carl Moss Dee Price Owen Rhys\n",
     [present("Ann Lee"), present("Carl Moss"), present("Dee Price"), present("Owen Rhys")]),
    # a middle initial, Mc and O' surnames, a role in brackets
    ("Present: Ann B Lee (Chair) Carl McBain Dee O’Hara Owen J Rhys\n",
     [present("Ann B Lee (Chair)", "chair"), present("Carl McBain"), present("Dee O’Hara"), present("Owen J Rhys")]),
    # the apologies the same way, a mirror's file path after the last name
    ("Present: Ann Lee Carl Moss Dee Price\nApologies: Fay Grant Gil Hart BRKADMIN L:\\Board\\minutes.doc 12/03/26\n",
     [present("Ann Lee"), present("Carl Moss"), present("Dee Price"), apologies("Fay Grant"), apologies("Gil Hart")]),
    # a three-word name among pairs can not be parted safely: the list stays as written (no row is invented)
    ("Present: Ann Lee Carl Moss Dee Ruth Price\n", []),
]


@pytest.mark.parametrize("head,expected", RUN_ON_NAME_CASES)
def test_untitled_names_run_on_are_parted_by_their_shape(head, expected):
    assert rows(head) == expected


DEGREE_CASES = [
    # degrees after initialled names run on: each name ends at its degrees
    ("Present: Councillors J J Orme MSc R A Pike Pg Cert Ed K Lusk L Mabey BA (Hons) J K Tarn BA DipEd (5)\n",
     [present("Councillor J J Orme"), present("Councillor R A Pike"), present("Councillor K Lusk"), present("Councillor L Mabey"),
      present("Councillor J K Tarn")]),
    # after a comma, several
    ("Present: Councillor C M Dunn, LLB, CPLS, Councillor E Ford BSc, Mrs G Hale\n",
     [present("Councillor C M Dunn"), present("Councillor E Ford"), present("Mrs G Hale")]),
]


@pytest.mark.parametrize("head,expected", DEGREE_CASES)
def test_degrees_after_names_are_no_part_of_them(head, expected):
    assert rows(head) == expected


OFFICE_CASES = [
    # the civic style: the office, a comma, then its holder
    ("Present: The Worshipful the Mayor, Councillor A Lee, BA (Hons) The Deputy Mayor, Councillor Ms B Khan Councillors C Owen, D Price\n",
     [present("Councillor A Lee", "chair"), present("Councillor Ms B Khan", "vice-chair"), present("Councillor C Owen"),
      present("Councillor D Price")]),
    ("Present: His Worship the Mayor, Cllr E Moss, Cllr F Grant, Cllr G Hart\n",
     [present("Cllr E Moss", "chair"), present("Cllr F Grant"), present("Cllr G Hart")]),
    # a bare office AFTER a name is that name's, as before
    ("Present: Cllr E Moss, Chairman, Cllr F Grant, Cllr G Hart\n",
     [present("Cllr E Moss", "chair"), present("Cllr F Grant"), present("Cllr G Hart")]),
]


@pytest.mark.parametrize("head,expected", OFFICE_CASES)
def test_an_office_before_its_holder_is_the_holders(head, expected):
    assert rows(head) == expected


JOB_FIRST_CASES = [
    ("Present: Cllr A Lee, Cllr B Khan, Cllr C Owen\nIN ATTENDANCE: Chief Executive (Mr D Price) Director of Finance (Miss E Moss) "
     "Senior Democratic Services Officer (Mrs F Grant)\n",
     [present("Cllr A Lee"), present("Cllr B Khan"), present("Cllr C Owen"), present("Mr D Price", "officer"),
      present("Miss E Moss", "officer"), present("Mrs F Grant", "officer")]),
]


@pytest.mark.parametrize("head,expected", JOB_FIRST_CASES)
def test_officers_written_job_first_with_the_holder_in_brackets(head, expected):
    assert [(n, r, s) for n, r, s in rows(head)] == expected


NO_COLON_CASES = [
    ("Present Councillors A Lee, Bilal Khan, Cara M Owen and Dan Price.\n\n",
     [present("Councillor A Lee"), present("Councillor Bilal Khan"), present("Councillor Cara M Owen"), present("Councillor Dan Price")]),
    ("PRESENT Cllrs A Lee, B Khan and C Owen\nApologies Councillors D Price and E Moss\n",
     [present("Councillor A Lee"), present("Councillor B Khan"), present("Councillor C Owen"), apologies("Councillor D Price"),
      apologies("Councillor E Moss")]),
]


@pytest.mark.parametrize("head,expected", NO_COLON_CASES)
def test_a_label_without_a_colon_before_a_plural_title(head, expected):
    assert rows(head) == expected


BULLET_CASES = [
    # the bullets run on after each label, the jobs of the council's staff after a comma
    ("Present Councillors A Lee, B Khan and C Owen.\n\nClerk • Dan Price, Head of Legal Services. In Attendance • Eve Moss, "
     "Interim Chief Executive. • Fay Grant, Head of Finance (for Items 1 to 3). Observing • Gil Hart, Press Officer. Apology • "
     "Councillor H Ives. Declarations of Interest • Councillor B Khan – Item 2.\n\nChair • Councillor A Lee, Convener.\n",
     [present("Councillor A Lee", "chair"), present("Councillor B Khan"), present("Councillor C Owen"), present("Dan Price", "officer"),
      present("Eve Moss", "officer"), present("Fay Grant", "officer"), present("Gil Hart", "officer"), apologies("Councillor H Ives")]),
    # other glyphs, each label on its own line
    ("Present ▪ Cllr A Lee ▪ Cllr B Khan\nApologies ● Cllr C Owen\n",
     [present("Cllr A Lee"), present("Cllr B Khan"), apologies("Cllr C Owen")]),
]


@pytest.mark.parametrize("head,expected", BULLET_CASES)
def test_a_bullet_after_a_label_is_its_colon(head, expected):
    assert rows(head) == expected


_PARK_TOP = "BRACKEN HILLS NATIONAL PARK AUTHORITY MINUTES OF THE BOARD MEETING held on 10 March 2026 at 10.00am\n\n"


STAFF_CASES = [
    # job after a comma, the employer's letters (the document's own body: its heading's initials), then the next name
    ("Present: Cllr A Lee, Cllr B Khan, Cllr C Owen\nIn Attendance: Dan Price, Interim Chief Executive, BHNPA Eve Moss, Policy & "
     "Projects, BHNPA Fay Grant, Head of Corporate Services\n",
     [present("Cllr A Lee"), present("Cllr B Khan"), present("Cllr C Owen"), present("Dan Price", "officer"),
      present("Eve Moss", "officer"), present("Fay Grant", "officer")]),
    # another body's letters: its people are guests
    ("Present: Cllr A Lee, Cllr B Khan, Cllr C Owen\nIn Attendance : Mr Dan Price, Director of Housing Services, NIHX Mr Eve Moss, "
     "Regional Manager, NIHX\n",
     [present("Cllr A Lee"), present("Cllr B Khan"), present("Cllr C Owen"), present("Mr Dan Price", "guest"), present("Mr Eve Moss", "guest")]),
    # a name with no job under the same label stays a guest
    ("Present: Cllr A Lee, Cllr B Khan, Cllr C Owen\nIn Attendance: Gil Hart\n",
     [present("Cllr A Lee"), present("Cllr B Khan"), present("Cllr C Owen"), present("Gil Hart", "guest")]),
]


@pytest.mark.parametrize("head,expected", STAFF_CASES)
def test_the_councils_staff_in_attendance_are_officers_by_their_job(head, expected):
    assert rows(head, top=_PARK_TOP) == expected


SAID_CASES = [
    # the chair first, then the members, in a sentence after the label; the titles in small letters
    ("Present: With councillor Abel in the Chair there were present councillor(s) Bain, Cole and Dunn. County Councillor Eve Fry "
     "and District councillor Gil Hart were also present.\n",
     [present("Councillor Abel (Chair)", "chair"), present("Councillor Bain"), present("Councillor Cole"), present("Councillor Dunn"),
      present("Councillor Eve Fry", "guest"), present("Councillor Gil Hart", "guest")]),
    ("Present: With Cllr A Lee in the chair, the following were present: Cllrs B Khan and C Owen\n",
     [present("Cllr A Lee (Chair)", "chair"), present("Councillor B Khan"), present("Councillor C Owen")]),
    ("Present: Councillor A Lee presiding, there were present Councillors B Khan and C Owen\n",
     [present("Councillor A Lee (Chair)", "chair"), present("Councillor B Khan"), present("Councillor C Owen")]),
    ("Present: There were present: Cllrs B Khan, C Owen and D Price\n",
     [present("Councillor B Khan"), present("Councillor C Owen"), present("Councillor D Price")]),
]


@pytest.mark.parametrize("head,expected", SAID_CASES)
def test_a_list_told_as_a_sentence_after_its_label(head, expected):
    assert rows(head) == expected


_RUN_ON_TOP = "BRACKENFORD DISTRICT COUNCIL\n"
_RUN_ON_ITEMS = "\n"


GROUPED_CASES = [
    # one run-on paragraph: the chair's label mid-line, groups in brackets, visitors' bodies and jobs run on, the next
    # minute (a code of letters, number and year) opening the apologies
    ("Minutes of Special Council Meeting held on 2 March 2026 at 6pm in the Council Chamber In the Chair: Councillor A Lee In "
     "attendance: (Councillors) Councillor B Khan Councillor C Owen Councillor D Price (Officials) Mr. E Moss, Chief Executive "
     "Mrs F Grant, Democratic Services Officer Also in attendance: Brackenford Water Trust Mr G Hart, Chief Executive Mrs H "
     "Ives, Director of Operations Brackenford Health and Care Trust Iona Jay, Director of Planning, Performance and Quality "
     "Kit Lowe, Director of Hospital Services Mae Nash, Planning Manager SC/12/2026 APOLOGIES Apologies were received from "
     "Councillors Hart, Quill and Ross. SC/13/2026 DECLARATIONS OF INTEREST There were none.\n",
     [present("Councillor A Lee", "chair"), present("Councillor B Khan"), present("Councillor C Owen"), present("Councillor D Price"),
      present("Mr. E Moss", "officer"), present("Mrs F Grant", "officer"), present("Mr G Hart", "guest"), present("Mrs H Ives", "guest"),
      present("Iona Jay", "guest"), present("Kit Lowe", "guest"), present("Mae Nash", "guest"), apologies("Councillor Hart"),
      apologies("Councillor Quill"), apologies("Councillor Ross")]),
]


@pytest.mark.parametrize("head,expected", GROUPED_CASES)
def test_groups_in_brackets_and_visitors_run_on(head, expected):
    assert rows(head, items=_RUN_ON_ITEMS, top=_RUN_ON_TOP) == expected


SUB_LABEL_CASES = [
    # sub-labels inside the list, the chair's name untitled, a county councillor by the short title on a line of its own
    ("Present: Chairman: Ann Lee. Cllrs: Bilal Khan, Cara Owen, Dev Patel\n\nCC E Moss\n",
     [present("Ann Lee (Chairman)", "chair"), present("Councillor Bilal Khan"), present("Councillor Cara Owen"),
      present("Councillor Dev Patel"), present("E Moss", "guest")]),
    ("Present: Chair: Ann Lee; Members: Bilal Khan, Cara Owen\n",
     [present("Ann Lee (Chair)", "chair"), present("Bilal Khan"), present("Cara Owen")]),
]


@pytest.mark.parametrize("head,expected", SUB_LABEL_CASES)
def test_sub_labels_inside_a_present_list(head, expected):
    assert rows(head) == expected


_NUMBERED_TOP = "BRACKENFORD TOWN COUNCIL\nMINUTES of the ANNUAL TOWN COUNCIL MEETING held at 7.30pm on Wednesday 20th May 2026 at the Hall. "


def test_a_numbered_members_present_minute_run_on_with_jobs_before_names():
    """ "AM26/004 MEMBERS PRESENT: Ann Lee Town Mayor Councillors ... IN ATTENDANCE: 5 members of the public Town Clerk Bob
    Khan Assistant Clerk Cara Owen Borough Councillors Dev Patel, Eve Moss AM26/005 APOLOGIES ...": one run-on line."""
    text = (
        "AM26/001 ELECTION OF TOWN MAYOR It was proposed by Fay Grant that Ann Lee be Town Mayor. It was AGREED. "
        "AM26/002 REPORT BY OUTGOING MAYOR The previous Mayor presented his report. "
        "AM26/003 MEMBERS PRESENT: Ann Lee Town Mayor Councillors Fay Grant, Gil Hart, Ivy Jones, Kit Lowe. IN ATTENDANCE: 5 member of "
        "the public Town Clerk Bob Khan Assistant Clerk Cara Owen Borough Councillors Dev Patel, Eve Moss AM26/004 APOLOGIES There "
        "were no apologies.\n"
    )
    assert rows("", items=text, top=_NUMBERED_TOP) == [
        present("Ann Lee", "chair"), present("Councillor Fay Grant"), present("Councillor Gil Hart"), present("Councillor Ivy Jones"),
        present("Councillor Kit Lowe"), present("Bob Khan", "officer"), present("Cara Owen", "officer"),
        present("Councillor Dev Patel", "guest"), present("Councillor Eve Moss", "guest"),
    ]


_NO_NAME_TOP = "FRIDAY, 13 MARCH 2026 at 6.45 p.m.\n\n"
_NO_NAME_ITEMS = "\n1. Minutes\nThe Minute of the Meeting held on 16 January was approved.\n\n2. Correspondence\nA letter was read out.\n"


GLUED_CASES = [
    # a mirror glued the words; the list goes on past a blank line after "and"; the apologies name the members and the
    # area council's councillors together (the council's name is not printed: its heading was lost)
    ("Present:AHale, B Khan, C Owen, D Price, E Moss and\n\nF Grant\n\nInAttendance: MrsGLee,Clerk\n\n"
     "RESOLVED to note that apologies for absence had been intimated on behalf of H Ives, and Councillors J Jay and K Lowe.\n",
     [present("A Hale"), present("B Khan"), present("C Owen"), present("D Price"), present("E Moss"), present("F Grant"),
      present("Mrs G Lee", "officer"), apologies("H Ives"), apologies("Councillor J Jay", "guest"), apologies("Councillor K Lowe", "guest")]),
    # the same in a list
    ("Present: Ann Hale, Bob Khan, Cara Owen, Dev Price\nApologies: Eve Moss, Cllr Fay Grant, Cllr Gil Hart\n",
     [present("Ann Hale"), present("Bob Khan"), present("Cara Owen"), present("Dev Price"), apologies("Eve Moss"),
      apologies("Cllr Fay Grant", "guest"), apologies("Cllr Gil Hart", "guest")]),
]


@pytest.mark.parametrize("head,expected", GLUED_CASES)
def test_glued_words_and_another_councils_councillors_among_the_apologies(head, expected):
    assert rows(head, items=_NO_NAME_ITEMS, top=_NO_NAME_TOP) == expected


_MODERNGOV_TOP = "Agenda and minutes\n\nBrackenford Panel - Friday, 19th June, 2026 10.00 am\n\nItems\nNo. Item\n\n"


SUBSTITUTE_CASES = [
    # the substitute in brackets after the member sent apologies, in the forms councils use
    ("1.\n\nApologies for Absence\n\nMinutes:\n\nApologies for absence had been received from Cllr Ann Lee (Cllr Bob Khan attended as "
     "substitute) and Cllr Cara Owen (Cllr Dev Patel attended as substitute).\n\n",
     [apologies("Cllr Ann Lee"), ("Cllr Bob Khan", "reserve", "present", "Ann Lee"), apologies("Cllr Cara Owen"),
      ("Cllr Dev Patel", "reserve", "present", "Cara Owen")]),
    ("1.\n\nApologies\n\nMinutes:\n\nApologies for absence were received from Eve Moss and Fay Grant (Gil Hart substituting).\n\n",
     [apologies("Eve Moss"), apologies("Fay Grant"), ("Gil Hart", "reserve", "present", "Fay Grant")]),
]


@pytest.mark.parametrize("items,expected", SUBSTITUTE_CASES)
def test_a_substitute_in_brackets_stands_in_for_the_member_before_it(items, expected):
    doc = read_document("s" * 64, "minutes.txt", (_MODERNGOV_TOP + items + "2.\n\nMinutes\n\nMinutes:\n\nThe minutes were approved.\n").encode())
    run = run_extractors(ExtractionContext(doc=doc, outline=outline_document(doc)), only={"meeting", "attendance"})
    got = [(a.name, a.role, a.status, a.substitute_for) if a.substitute_for else (a.name, a.role, a.status) for a in run.records["attendance"]]
    assert sorted(got, key=str) == sorted(expected, key=str)


ELECTED_CASES = [
    # the chair elected in the meeting's first item chairs it, listed or not (and the vice-chair elected is there)
    ("1.\n\nAppointment of Chair for the 2026/27 Municipal Year\n\nMinutes:\n\nMr Ian Jay was elected as Chair of the Panel for the "
     "2026/27 Municipal Year.\n\n2.\n\nAppointment of Deputy Chair\n\nMinutes:\n\nMiss Kay Lowe was elected as Deputy Chair for the "
     "2026/27 Municipal Year.\n\n", [present("Mr Ian Jay", "chair"), present("Miss Kay Lowe", "vice-chair")]),
    ("1.\n\nElection of Chair 2026/27\n\nMinutes:\n\nCouncillor J Burr was nominated by Councillor M Hale and seconded by Councillor "
     "A Sim. As there were no other nominations, Councillor J Burr was duly elected as Chair of the Authority for 2026/27.\n\n",
     [present("Councillor J Burr", "chair")]),
]


@pytest.mark.parametrize("items,expected", ELECTED_CASES)
def test_the_chair_elected_at_the_meeting_chairs_it(items, expected):
    doc = read_document("e" * 64, "minutes.txt", (_MODERNGOV_TOP + items + "3.\n\nMinutes\n\nMinutes:\n\nThe minutes were approved.\n").encode())
    run = run_extractors(ExtractionContext(doc=doc, outline=outline_document(doc)), only={"meeting", "attendance"})
    assert [(a.name, a.role, a.status) for a in run.records["attendance"]] == expected


MORE_CASES = [
    # a given name after the first initial under a plural title is one name ("J Harvey Johnston"), and the meeting held
    # on Teams, said on a line of its own in the heading, makes everyone present remote
    ("Microsoft Teams.\n\nPresent Councillors J Bryn Lee, Cara Owen, Dev Patel and Eve Moss.\n",
     [("Councillor J Bryn Lee", True), ("Councillor Cara Owen", True), ("Councillor Dev Patel", True), ("Councillor Eve Moss", True)]),
    ("Via Zoom\n\nPresent: Cllr A Lee, Cllr B Khan\n", [("Cllr A Lee", True), ("Cllr B Khan", True)]),
]


@pytest.mark.parametrize("head,expected", MORE_CASES)
def test_a_meeting_said_to_be_on_teams_on_a_line_of_its_own(head, expected):
    doc = read_document("m" * 64, "minutes.txt", (_TOP + head + _ITEMS).encode())
    run = run_extractors(ExtractionContext(doc=doc, outline=outline_document(doc)), only={"meeting", "attendance"})
    assert [(a.name, a.remote) for a in run.records["attendance"]] == expected


ROLE_AFTER_CASES = [
    # the office after the name in small letters, the initials the minutes use after it (four letters)
    ("Present: Ann Lee chairman (ALEE), Bob Khan (BK), Cara Owen (CO), Dev Patel (DP)\n",
     [present("Ann Lee", "chair"), present("Bob Khan"), present("Cara Owen"), present("Dev Patel")]),
    # a community paper's paragraph number in brackets ends the list on its line
    ("Present: Cllr Ann Lee Cllr Bob Khan Cllr Cara Owen (2) Concerns had been raised about the length of meetings.\n",
     [present("Cllr Ann Lee"), present("Cllr Bob Khan"), present("Cllr Cara Owen")]),
]


@pytest.mark.parametrize("head,expected", ROLE_AFTER_CASES)
def test_an_office_after_the_name_and_a_paragraph_number_after_the_list(head, expected):
    assert rows(head) == expected


_WRAPPED_TOP = "BRACKEN HILLS COMMUNITY COUNCIL\n"


WRAPPED_CASES = [
    # one run-on paragraph wrapped by a PDF at any word: inside a label ("In" / "Attendance:"), after a minute code, and a
    # job's comma before the line break
    ("MINUTE of the MEETING of BRACKEN HILLS COMMUNITY COUNCIL, held in the CHURCH HALL on SATURDAY, 14 MARCH 2026 at\n"
     "10.15 a.m. Present: Mr A Lee, Ms B Khan, Mr C Owen, Mr Dev Patel and Mr E Moss In\n"
     "Attendance: Councillor F Grant Mrs G Hart, Community Council Liaison Officer Mrs H Ives,\n"
     "Clerk 1 Member of the Public 1. APOLOGIES RESOLVED to note that there were no apologies. 2.\n"
     "ADOPTION OF MINUTES RESOLVED that the Minute of the Meeting held on 10 January 2026 was approved.\n",
     [present("Mr A Lee"), present("Ms B Khan"), present("Mr C Owen"), present("Mr Dev Patel"), present("Mr E Moss"),
      present("Councillor F Grant", "guest"), present("Mrs G Hart", "officer"), present("Mrs H Ives", "officer")]),
]


@pytest.mark.parametrize("text,expected", WRAPPED_CASES)
def test_a_run_on_paragraph_wrapped_anywhere(text, expected):
    assert rows("", items=text, top=_WRAPPED_TOP) == expected


WRAPPED_LIST_CASES = [
    # bullets run on, a name broken over the line
    ("Present Councillors A Lee, B Khan and C Owen.\nClerk • Dan Price, Head of Legal Services. In Attendance • Eve Moss, Interim Chief\n"
     "Executive. • Fay Grant, Executive Director of Education, Leisure and Housing (for Items 1 to 3). • Gil\n"
     "Hart, Head of Finance. • Ian Jay, Senior Committees Officer (for Items 1 to 3). Observing • Kit\n"
     "Lowe, Press Officer (for Items 1 to 3). • Mae Nash, Press Officer (for Items 1 to 3), Head of Communications.\n",
     [present("Councillor A Lee"), present("Councillor B Khan"), present("Councillor C Owen"), present("Dan Price", "officer"),
      present("Eve Moss", "officer"), present("Fay Grant", "officer"), present("Gil Hart", "officer"), present("Ian Jay", "officer"),
      present("Kit Lowe", "officer"), present("Mae Nash", "officer")]),
    # a county councillor's short title opening the next line of the list
    ("Present: Chairman: Ann Lee. Cllrs: Bob Khan, Cara\nOwen, Dev Patel\nCC E Moss\nMembers of the public: 5\n",
     [present("Ann Lee (Chairman)", "chair"), present("Councillor Bob Khan"), present("Councillor Cara Owen"),
      present("Councillor Dev Patel"), present("E Moss", "guest")]),
    # a sentence saying who else was present, wrapped before "also present"
    ("Present: Cllr A Lee, Cllr B Khan, Cllr C Owen. County Councillor Dan Price and District councillor Eve Moss were\n"
     "also present.\n",
     [present("Cllr A Lee"), present("Cllr B Khan"), present("Cllr C Owen"), present("Councillor Dan Price", "guest"),
      present("Councillor Eve Moss", "guest")]),
    # the apologies next to a "Register of Interest – None" line with no blank line between
    ("Councillors present: A Lee; B Khan; C Owen; D Patel (Chair)\nApologies: E Moss; F Grant\nRegister of Interest – None\n",
     [present("A Lee"), present("B Khan"), present("C Owen"), present("D Patel (Chair)", "chair"), apologies("E Moss"), apologies("F Grant")]),
]


@pytest.mark.parametrize("head,expected", WRAPPED_LIST_CASES)
def test_lists_wrapped_by_a_pdf(head, expected):
    assert rows(head) == expected


def test_a_sentence_of_apologies_wrapped_before_a_plural_title_is_no_list():
    head = ("Present:A Hale, B Khan, C Owen, D Price, E Moss\n\nRESOLVED to note that apologies for absence had been intimated on "
            "behalf of H Ives, and\nCouncillors J Jay, K Lowe and L Marr.\n")
    assert rows(head, items=_NO_NAME_ITEMS, top=_NO_NAME_TOP)[-3:] == [
        apologies("Councillor J Jay", "guest"), apologies("Councillor K Lowe", "guest"), apologies("Councillor L Marr", "guest")]


def test_an_election_naming_a_surname_two_members_share_adds_no_one():
    """ "Cllr Peal was duly elected" with Mick and Mandy Peal named: one of them, which the minutes do not say; no row added."""
    items = ("1.\n\nApologies\n\nMinutes:\n\nApologies were received from Cllr Mick Peal and Cllr Mandy Peal.\n\n"
             "2.\n\nElection of Vice-Chairman\n\nMinutes:\n\nIt was proposed and seconded that Cllr M Peal should remain as "
             "Vice-Chairman. With no other nominations Cllr Peal was duly elected.\n\n3.\n\nMinutes\n\nMinutes:\n\nApproved.\n")
    doc = read_document("v" * 64, "minutes.txt", (_MODERNGOV_TOP + items).encode())
    run = run_extractors(ExtractionContext(doc=doc, outline=outline_document(doc)), only={"meeting", "attendance"})
    assert [(a.name, a.role, a.status) for a in run.records["attendance"]] == [apologies("Cllr Mick Peal"), apologies("Cllr Mandy Peal")]
