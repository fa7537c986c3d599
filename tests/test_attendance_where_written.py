"""Attendance read wherever minutes write it, whatever structure the reader found around it (issue 14, check5's misses).

Each form is written here in invented words, with the variants other councils print: a label after its item's number
("2. PRESENT Mayor Cllr ...", "1/ Members present", "2010/01/01 PRESENT", glued as a PDF's hanging column prints it), a
minute number between the label and the names ("Present 21-101 Cllr ...", or at the line's end, the names below), a whole
head flattened into one run-on line or a PDF's lines wrapped from it ("... Westford Members Present: Councillor Lee, Chair
Councillors Khan, ... Officers in Mr H Ives, Chief Executive Attendance: Ms J Lamb, ... W10/26 Apologies Councillor M
Hale W11/26 ..."), officers written "Job – Name", an office before its holder in brackets ("Mayor (Councillor A Lee)"),
the ranks of a council listed apart ("Aldermen – ..." / "Councillors – ..."); attendance told in sentences ("X apologised",
"X also attended", "Apology received from", "Those Cllrs. present were:", "Cllr. A Lee (Mayor) in the Chair."); who is a
guest (another council's letters glued to the title or in brackets, a visitor); a meeting's title line saying it was
held by video after the lists.

The real reader, outliner and extractors run on each document; rows are compared as (name as written, role, status).
"""

from __future__ import annotations

import pytest

from extractors.registry import ExtractionContext, registered, run_extractors

registered()

from pipeline.outline import outline_document  # noqa: E402
from pipeline.readers import read_document  # noqa: E402


def rows(text: str, remote: bool = False) -> list[tuple]:
    """The attendance extractor's rows for the minutes ``text``: (name, role, status), with ``remote`` too if asked."""
    doc = read_document("w" * 64, "minutes.txt", text.encode())
    outline = outline_document(doc)
    run = run_extractors(ExtractionContext(doc=doc, outline=outline), only={"meeting", "attendance"})
    return [(a.name, a.role, a.status, a.remote) if remote else (a.name, a.role, a.status) for a in run.records["attendance"]]


def present(name, role="member"):
    return (name, role, "present")


def apologies(name, role="member"):
    return (name, role, "apologies")


_TOP = "WESTFORD TOWN COUNCIL\nMinutes of the monthly meeting held on Thursday 14th May 2026 at 7.30pm in the Town Hall.\n\n"

NUMBERED_LABEL_CASES = [
    # the list is item 2, its label after the number, the names on the label's line; a town's mayor and deputy mayor
    (
        _TOP + "1. WELCOME The Mayor welcomed all present.\n\n"
        "2. PRESENT Mayor Cllr. Ann Lee; Deputy-Mayor Cllr Bilal Khan; Cllr Cara Owen; & Cllr Dan Price.\n\n"
        "APOLOGIES FOR ABSENCE were received from: Cllr Eve Moss; & Cllr Fay Grant.\n\n"
        "3. MINUTES The minutes of the last meeting were approved.\n\n4. FINANCE The accounts were noted.\n",
        [present("Cllr. Ann Lee", "chair"), present("Cllr Bilal Khan", "vice-chair"), present("Cllr Cara Owen"), present("Cllr Dan Price"),
         apologies("Cllr Eve Moss"), apologies("Cllr Fay Grant")],
    ),
    # item numbers written "1/", the label alone on its line, the names a paragraph below; an apology and a county
    # councillor told in sentences after them
    (
        "Minutes of the meeting held on Thursday 13th May 2026 at 7.30pm at the village hall.\n\n1/ Members present\n\n"
        "Chairman Councillor Ann Lee, Councillor Bilal Khan (who joined at 8pm),  Councillor Cara Owen and Councillor Dan Price.\n\n"
        "Councillor Eve Moss apologised. Westshire County Councillor Fay Grant also attended.\n\n"
        "2/ Public Questions\n\nNo members of the public present.\n\n3/ Minutes of the last meeting\n\nThe minutes were agreed as correct.\n",
        [present("Councillor Ann Lee", "chair"), present("Councillor Bilal Khan"), present("Councillor Cara Owen"),
         present("Councillor Dan Price"), apologies("Councillor Eve Moss"), present("Councillor Fay Grant", "guest")],
    ),
    # minute numbers "2026/01/01", the labels in capitals alone on their lines; the chair's office after the first name's
    # comma, the names then parted only by their titles
    (
        "Eastmoor Community Council\n\nMINUTES OF A MEETING HELD IN THE SCHOOL ON THURSDAY 4TH JUNE 2026\n\n2026/01/01 PRESENT\n\n"
        "Mr A Lee, Chairman Mr B Khan Mr C Owen Mrs D Price\n\n2026/01/02 IN ATTENDANCE\n\nMr E Moss Mrs F Grant, Clerk\n\n"
        "2026/01/03 CIRCULAR\n\nThe circular calling the meeting was held as read.\n\n2026/01/04 APOLOGIES\n\n"
        "Apologies for absence were intimated on behalf of Mr G Hale and Mrs H Ives.\n",
        [present("Mr A Lee (Chairman)", "chair"), present("Mr B Khan"), present("Mr C Owen"), present("Mrs D Price"),
         present("Mr E Moss", "guest"), present("Mrs F Grant", "officer"), apologies("Mr G Hale"), apologies("Mrs H Ives")],
    ),
    # the same as a PDF's hanging column prints it: the number glued to the label, no blank lines
    (
        "Eastmoor Community Council\nMINUTES OF A MEETING HELD IN THE SCHOOL ON THURSDAY 4TH JUNE 2026\n2026/01/01PRESENT\n"
        "Mr A Lee, Chairman Mr B Khan Mr C Owen\n2026/01/02IN ATTENDANCE\nMrs F Grant, Clerk\n2026/01/03CIRCULAR\n"
        "The circular calling the meeting was held as read.\n",
        [present("Mr A Lee (Chairman)", "chair"), present("Mr B Khan"), present("Mr C Owen"), present("Mrs F Grant", "officer")],
    ),
    # a minute number between the label and the names; another council's letters glued to the title ("WCCllr/EDCllr",
    # "EDCllr"); a surname that is also a word of councils ("Parish")
    (
        "Minutes of the Parish Council Meeting held on Tues 2nd June 2026 at 7.30pm\n\n"
        "Present 21-101 Cllr A Lee (Chair), Cllr B Khan (Vice Chair), Cllr C Parish, WCCllr/EDCllr D Price, EDCllr E Moss, "
        "Mrs F Grant (parish clerk)\n\nApologies for Absence 21-102 Cllr G Hale, Cllr H Ives\n\nPublic Forum 21-103 none\n\n"
        "Receive Declaration of Interests 21-104 none\n",
        [present("Cllr A Lee (Chair)", "chair"), present("Cllr B Khan (Vice Chair)", "vice-chair"), present("Cllr C Parish"),
         present("D Price", "guest"), present("E Moss", "guest"), present("Mrs F Grant", "officer"), apologies("Cllr G Hale"),
         apologies("Cllr H Ives")],
    ),
    # the same with the minute numbers at the label's line end, the names below (a PDF's lines)
    (
        "Minutes of the Parish Council Meeting held on Tues 2nd June 2026 at 7.30pm\nPresent 21-101\n"
        "Cllr A Lee (Chair), Cllr B Khan, Cllr C\nParish, Mrs F Grant (parish clerk)\nApologies for Absence 21-102\n"
        "Cllr G Hale, Cllr H Ives\nPublic Forum 21-103\nnone\n",
        [present("Cllr A Lee (Chair)", "chair"), present("Cllr B Khan"), present("Cllr C Parish"), present("Mrs F Grant", "officer"),
         apologies("Cllr G Hale"), apologies("Cllr H Ives")],
    ),
    # no item numbers at all, one name a line under "Present", roles and visitors in brackets
    (
        "Present\nAnn Lee (Chair)\nBilal Khan\nCara Owen (Clerk)\nDan Price (Visitor)\nApologies\nEve Moss\nMinutes\n"
        "The minutes of the meeting held on 2nd May 2026 were agreed by all and signed by the Chair.\n",
        [present("Ann Lee (Chair)", "chair"), present("Bilal Khan"), present("Cara Owen", "officer"), present("Dan Price", "guest"),
         apologies("Eve Moss")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), NUMBERED_LABEL_CASES)
def test_a_label_after_an_item_or_minute_number_is_read(text, expected):
    assert rows(text) == expected


_RUN_ON = (
    "A Minutes of Meeting of Westford District Council held on Thursday 5 March 2026 in the Civic Centre, Market Road, "
    "Westford Members Present: Councillor Lee, Chair Councillors Khan, Owen, Price (7.15pm), Moss and Grant Officers in "
    "Mr H Ives, Chief Executive Attendance: Ms J Lamb, Director of Finance Mr K Nash Head of Legal Services Mrs L Moss, "
    "Committee Officer The meeting commenced at 7pm W10/26 Apologies Councillor M Hale W11/26 Declarations of Interest The "
    "Chair reminded Members of their responsibility with regard to declarations of interest. W12/26 Chair’s Business "
    "Councillor Owen requested that the youth choir be considered for a civic reception.\n"
)


def _wrapped(text: str, width: int = 95) -> str:
    """``text`` wrapped at ``width`` characters, as a PDF prints a run-on paragraph."""
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    return "\n".join([*lines, line]) + "\n"


RUN_ON_EXPECTED = [
    present("Councillor Lee (Chair)", "chair"), present("Councillor Khan"), present("Councillor Owen"), present("Councillor Price"),
    present("Councillor Moss"), present("Councillor Grant"), present("Mr H Ives", "officer"), present("Ms J Lamb", "officer"),
    present("Mr K Nash", "officer"), present("Mrs L Moss", "officer"), apologies("Councillor M Hale"),
]


@pytest.mark.parametrize("text", [_RUN_ON, _wrapped(_RUN_ON)], ids=["one line", "wrapped"])
def test_a_run_on_head_parts_at_its_labels_numbers_and_sentences(text):
    # the label "Officers in / Attendance:" was printed in a column of its own: its second half lies among the names;
    # "Councillor Moss" sits on the council, "Mrs L Moss" is its officer: two people
    assert rows(text) == RUN_ON_EXPECTED


RANKS_AND_JOBS_CASES = [
    # the office before its holder in brackets, a space before each colon, the ranks apart, each officer "Job – Name"
    (
        "MINUTES OF THE PROCEEDINGS OF THE MEETING OF THE COUNCIL HELD AT THE GUILDHALL ON MONDAY 2 MARCH 2026 AT 6.30 PM\n\n"
        "In the Chair : Mayor (Councillor A Lee)\n\nMembers Present : Aldermen – B Khan, C Owen and D Price\n\n"
        "Councillors – E Moss, F Grant and G Hale\n\n"
        "Officers Present : Chief Executive - H Ives Director of Operations – J Lamb ICT Projects Officer – K Nash\n\n"
        "1 PRAYER AND WELCOME\n\nThe Mayor welcomed all present to the meeting.\n\n2 APOLOGIES\n\nNone.\n",
        [present("Councillor A Lee (Mayor)", "chair"), present("Alderman B Khan"), present("Alderman C Owen"), present("Alderman D Price"),
         present("Councillor E Moss"), present("Councillor F Grant"), present("Councillor G Hale"), present("H Ives", "officer"),
         present("J Lamb", "officer"), present("K Nash", "officer")],
    ),
    # an employer's letters after each guest's job, the next guest's title straight after them
    (
        _TOP + "Present: Cllr A Lee (Chair), Cllr B Khan, Cllr C Owen\n\n"
        "In Attendance: Mr D Price, Director of Housing, WHA Ms E Moss, Head of Lettings, WHA\n\n"
        "1. Minutes. The minutes were approved.\n",
        [present("Cllr A Lee (Chair)", "chair"), present("Cllr B Khan"), present("Cllr C Owen"), present("Mr D Price", "guest"),
         present("Ms E Moss", "guest")],
    ),
    # the clerk on a line of her own, untitled, her qualifications after her name
    (
        _TOP + "Present:- Chairman - Cllr. A. Lee, Vice-Chairman - Cllr. B. Khan, Cllr. C. Owen and Cllr. D. Price.\n\n"
        "County Councillor E. Moss.\n\nFay Grant MILCM - Clerk.\n\nTwo members of the public also attended the meeting.\n\n"
        "1. APOLOGIES FOR ABSENCE\n\nApologies for absence were received from Cllr. G. Hale.\n\n2. MINUTES\n\nApproved.\n",
        [present("Cllr. A. Lee", "chair"), present("Cllr. B. Khan", "vice-chair"), present("Cllr. C. Owen"), present("Cllr. D. Price"),
         present("Councillor E. Moss", "guest"), present("Fay Grant MILCM", "officer"), apologies("Cllr. G. Hale")],
    ),
    # the mayor's office after the first name's comma with no space; the apologies ended by a heading with no number
    (
        _TOP + "PRESENT: Councillor A.B. Lee,Mayor Councillors C. Khan, Mrs. D. Owen, E.F. Price.\n\n"
        "Apologies for absence: Chairman Mr L. Nash and Councillor Judge\nMinutes of last meeting\nThese were read and approved.\n",
        [present("Councillor A.B. Lee (Mayor)", "chair"), present("Councillor C. Khan"), present("Mrs. D. Owen"), present("Councillor E.F. Price"),
         apologies("Mr L. Nash", "chair"), apologies("Councillor Judge")],
    ),
    # a member who also sits on the county ("Town & County Cllr"), another council's councillor, one attending by video
    # told after the list
    (
        _TOP + "PRESENT:  Cllrs:  A Lee; B Khan; Town & County Cllr C Owen; D Price and County Cllr Moss.  Cllr E Grant attended "
        "the meeting via Zoom.\n\n01/26    APOLOGIES\n\nNone.\n",
        [present("Councillor A Lee"), present("Councillor B Khan"), present("Cllr C Owen"), present("Councillor D Price"),
         present("Cllr Moss", "guest"), present("Cllr E Grant")],
    ),
    # another council's officer by its letters before the job; in a community council's "In Attendance" list a job that is
    # no council officer's, or a body in brackets, is a visitor's
    (
        "Eastmoor Community Council\nMinutes of the meeting held on Monday 4 May 2026 at 7pm in the Hall.\n\n"
        "Present: Ann Lee (Chair), Bilal Khan, Cara Owen, Dan Price\n\n"
        "In Attendance: Cllr Eve Moss, Fay Grant (Westglen Broadband), Gus Hale (District Census Manager), Mr H Ives, WCC Link Officer.\n\n"
        "1. Minutes. The minutes were approved.\n",
        [present("Ann Lee (Chair)", "chair"), present("Bilal Khan"), present("Cara Owen"), present("Dan Price"), present("Cllr Eve Moss", "guest"),
         present("Fay Grant", "guest"), present("Gus Hale", "guest"), present("Mr H Ives", "guest")],
    ),
    # one more titled name after a full stop goes on with the list ("... D Price. Cllr. E Moss, & 8 Members of the public")
    (
        "Westglen and District Community Council\nMinutes of AGM\nMay 5th 2026 7.30pm\n"
        "1. Attending: A Lee, B Khan, C Owen, D Price. Cllr. E Moss, &\n8 Members of the public\nApologies: F Grant\n"
        "2. Minutes: Minutes of the 2025 AGM were read, approved, and signed off.\n3. Chair’s Report: The Chair reported.\n",
        [present("A Lee"), present("B Khan"), present("C Owen"), present("D Price"), present("Cllr. E Moss", "guest"), apologies("F Grant")],
    ),
    # bullets run on in one line after a full stop
    (
        _TOP + "Present:\n\nMr A Lee, Mrs B Khan and Mr C Owen.\n\nIn Attendance:\n\n• Councillor Dan Price. • Mrs E Moss, Interim Clerk.\n\n"
        "1. Minutes. The minutes were approved.\n",
        [present("Mr A Lee"), present("Mrs B Khan"), present("Mr C Owen"), present("Councillor Dan Price", "guest"), present("Mrs E Moss", "officer")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), RANKS_AND_JOBS_CASES)
def test_ranks_offices_and_jobs_around_the_names(text, expected):
    assert rows(text) == expected


SENTENCE_CASES = [
    # one apology, not "An apology"; another council's councillors in brackets by its letters
    (
        _TOP + "Present: Cllr A Lee (Chairman), Cllr B Khan and Cllr C Owen\n\n"
        "In Attendance: Dan Price (Clerk), Cllr E Moss (WCC), and 1 member of the public\n\n"
        "100/26 Apologies\n\nApology received from F Grant & Cllr G Hale. Resolved to accept these apologies.\n\n"
        "Apologies also received from Cllr H Ives (WCC) and Cllr J Lamb (EDDC)\n\n101/26 Minutes\n\nThe minutes were approved.\n",
        [present("Cllr A Lee (Chairman)", "chair"), present("Cllr B Khan"), present("Cllr C Owen"), present("Dan Price", "officer"),
         present("Cllr E Moss", "guest"), apologies("F Grant"), apologies("Cllr G Hale"), apologies("Cllr H Ives", "guest"),
         apologies("Cllr J Lamb", "guest")],
    ),
    # the chair in a line of its own with the office in brackets; the apologies and those present told in one paragraph of
    # the apologies item: a county councillor glued ("C.Cllr."), others by their council's letters after the name
    (
        "AND TOWN COUNCIL\n\nThe MINUTES of the full Town Council Meeting\n\nheld in the Town Hall, Westford on Tuesday 4th April 2026 at 7pm\n\n"
        "Cllr. Ann Lee (Mayor) in the Chair.\n\n"
        "60/26 APOLOGIES: ALL To formally record apologies for absence and to record the attendance of Town Councillors: "
        "Apologies were received from: Cllr. Khan, C.Cllr. C Owen, Dan Price WCC and Eve Moss WCC. Those Cllrs. present were: "
        "Cllrs. Grant, Lee, Hale and Ives.\n\n61/26 MINUTES: ALL To record the previous meeting minutes. Approved.\n",
        [present("Cllr. Ann Lee", "chair"), apologies("Cllr. Khan"), apologies("C Owen", "guest"), apologies("Dan Price", "guest"),
         apologies("Eve Moss", "guest"), present("Councillor Grant"), present("Councillor Hale"), present("Councillor Ives")],
    ),
]


APOLOGIES_ITEM_CASES = [
    # the item's title runs on into its names on its line: a council's word before a member's title, two councils' before
    # a guest's; the prose after the names is no part of them
    (
        _TOP + "PRESENT (Five Councillors):- Ann Lee (AL) - Chair, Bilal Khan (BK), Cara Owen (CO), Dan Price (DP) and Eve Moss (EM)\n\n"
        "1\\. Apologies for absence Parish Councillor Fay Grant and Borough/County Councillor Gus Hale (GH). The Clerk reported "
        "that Councillor Hale sent his best wishes to the Parish Council.\n\n2\\. Declaration of Interest No declarations were made.\n",
        [present("Ann Lee", "chair"), present("Bilal Khan"), present("Cara Owen"), present("Dan Price"), present("Eve Moss"),
         apologies("Councillor Fay Grant"), apologies("Councillor Gus Hale", "guest")],
    ),
    # an agenda's wording as the title ("To receive Apologies for Absence", capitalised), the reason in brackets holding a
    # title of its own ("(on a Councillor training course)")
    (
        _TOP + "Present: Cllr Ann Lee (Chair), Cllr Bilal Khan, Cllr Cara Owen\n\n"
        "1. To receive Apologies for Absence: Councillor Dan Price (on a Councillor training course).\n\n"
        "2. To receive Declarations of Interest: None.\n",
        [present("Cllr Ann Lee (Chair)", "chair"), present("Cllr Bilal Khan"), present("Cllr Cara Owen"), apologies("Councillor Dan Price")],
    ),
    # the names one a line below the title, a reason after a dash: the next line is the next name, not the reason's
    (
        "Minutes of Annual Parish Council Meeting held on Thurs 14th May 2026\n\nPresent:\n\n"
        "Cllrs. Lee (Chairman), Khan, Owen, Price & Moss\nClerk – E Grant\n\n"
        "22.1                 Chairman's remarks\n\nCllr Lee thanked fellow councillors for their work.\n\n"
        "22.2                  Apologies for absence and reasons given\n\nCllr F Hale – currently in hospital\nBorough Cllr. Ives\n\n"
        "22.3                 Public Participation\n\nNone.\n",
        [present("Councillor Lee (Chairman)", "chair"), present("Councillor Khan"), present("Councillor Owen"), present("Councillor Price"),
         present("Councillor Moss"), present("E Grant", "officer"), apologies("Cllr F Hale"), apologies("Cllr. Ives", "guest")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), APOLOGIES_ITEM_CASES)
def test_an_apologies_item_whose_names_run_on_from_its_title(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), SENTENCE_CASES)
def test_attendance_told_in_sentences(text, expected):
    assert rows(text) == expected


def test_a_community_councils_titled_councillors_are_guests_even_among_members_titled_mr_and_mrs():
    text = (
        "Minute of the Meeting of Eastmoor Community Council held in the School, on Wednesday, 4 March 2026 at 18:30\n\n"
        "Present:\n\nMr A Lee, Mrs B Khan, Mr C Owen, Mrs D Price and Mr E Moss.\n\nIn Attendance:\n\n"
        "• Councillor Fay Grant. • Mrs G Hale, Community Council Liaison Officer/Interim Clerk.\n\n"
        "1. Apologies Resolved to note that apologies for absence had been intimated on behalf of Councillors H Ives and J Lamb.\n\n"
        "2. Adoption of Minutes The minute of the last meeting was approved.\n"
    )
    assert rows(text) == [
        present("Mr A Lee"), present("Mrs B Khan"), present("Mr C Owen"), present("Mrs D Price"), present("Mr E Moss"),
        present("Councillor Fay Grant", "guest"), present("Mrs G Hale", "officer"), apologies("Councillor H Ives", "guest"),
        apologies("Councillor J Lamb", "guest"),
    ]


def test_a_meeting_title_after_the_lists_says_it_was_held_by_video():
    text = (
        "PRESENT: Cllrs Lee, Khan, Owen\nStaff: Dan Price\nAlso attended: D/Cllr Moss\n"
        "Minutes of the Meeting of the FULL COUNCIL held via Zoom on Monday 3rd August 2026\n"
        "1. Apologies for absence: Cllr. Grant, Hale\n2. Declarations of Interest: None\n3. Minutes: approved.\n"
    )
    assert rows(text, remote=True) == [
        ("Councillor Lee", "member", "present", True), ("Councillor Khan", "member", "present", True),
        ("Councillor Owen", "member", "present", True), ("Dan Price", "officer", "present", True),
        ("Moss", "guest", "present", True), ("Cllr. Grant", "member", "apologies", False), ("Cllr. Hale", "member", "apologies", False),
    ]


def test_a_numbered_apologies_item_is_not_read_as_a_list_of_names():
    # "2. Apologies for absence: Derek ..., A letter of resignation had ...": prose after the label, no row for its words
    text = (
        _TOP + "Present : Ann Lee, Bilal Khan, Cara Owen,\n"
        "1. Welcome by the Chairman: AL opened the meeting.\n"
        "2. Apologies for absence: Dan Price, Cllr Eve Moss, A letter of resignation had also been received from Cllr Fay Grant.\n"
        "3. Minutes of the previous meeting were approved.\n"
    )
    names = [name for name, _, _ in rows(text)]
    assert "Cllr Fay Grant" not in names and "Dan Price" in names
