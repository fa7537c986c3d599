"""Attendance in every common form: the attendance extractor on small minutes written for the test, and on real ones.

Each case is a plain-text minutes document in the numbered-paragraph layout the printed-minutes
outliner reads ("12. Apologies for absence: ..."); the real reader, outliner and extractors run
on it. Rows are compared as (name as written, role, status, remote, job title, substitute for).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors.registry import ExtractionContext, registered, run_extractors

registered()

from pipeline.outline import outline_document  # noqa: E402
from pipeline.parse import parse_document  # noqa: E402
from pipeline.readers import read_document  # noqa: E402
from schemas.outline import Outline  # noqa: E402
from tests.conftest import SHARED, corpus, needs_shared  # noqa: E402

_TOP = "NORTHWOLD PARISH COUNCIL\nMinutes of a meeting of the above Council held on Monday 12th January 2026 at 7.00pm in the Village Hall.\n"
_ITEMS = (
    "101. Police Report: No report was received.\n"
    "102. Minutes of the previous meeting: Approved and signed as correct.\n"
    "103. Correspondence: A letter from the school was read out.\n"
)


def minutes(head: str, items: str = _ITEMS) -> bytes:
    return (_TOP + head.rstrip("\n") + "\n" + items).encode()


def attendees(data: bytes) -> list[tuple]:
    """The attendance extractor's own rows (before the people stage rewrites names)."""
    doc = read_document("t" * 64, "minutes.txt", data)
    outline = outline_document(doc)
    assert outline is not None and outline.kind in ("printed_minutes", "minutes_page") and outline.items  # read as minutes with items
    run = run_extractors(ExtractionContext(doc=doc, outline=outline), only={"meeting", "attendance"})
    return [(a.name, a.role, a.status, a.remote, a.job_title, a.substitute_for) for a in run.records["attendance"]]


def member(name, status="present", remote=False):
    return (name, "member", status, remote, None, None)


LIST_CASES = [
    # names inline after the label, titles before, a role in brackets, the clerk with her job
    (
        "Present: Cllr A Lee (Chair), Cllr B Khan, Cllr Mrs C Owen and Mrs D Price (Clerk)\n",
        [("Cllr A Lee (Chair)", "chair", "present", False, None, None), member("Cllr B Khan"), member("Cllr Mrs C Owen"),
         ("Mrs D Price", "officer", "present", False, "Clerk", None)],
    ),
    # one plural title for the whole list, a count in brackets, ":-"
    (
        "PRESENT (Three Councillors):- Councillors Lee, Khan and Owen\n",
        [member("Councillor Lee"), member("Councillor Khan"), member("Councillor Owen")],
    ),
    # the label on its own line and the names one per line below it; a job after a dash; the RFO
    (
        "Members present:\n\nCllr A Lee (Vice-Chair)\nCllr B Khan\n\nIn attendance:\nMrs D Price – Clerk\nMr E Shaw (RFO)\n",
        [("Cllr A Lee (Vice-Chair)", "vice-chair", "present", False, None, None), member("Cllr B Khan"),
         ("Mrs D Price", "officer", "present", False, "Clerk", None), ("Mr E Shaw", "officer", "present", False, "RFO", None)],
    ),
    # one a line under the label, each line opened by a bullet or a dash, as a web page's list prints
    (
        "Present:\n\n  • Cllr Mrs A Lee\n  • Cllr B Khan (Mayor)\n  ▪ Cllr Ms C Owen (Deputy Mayor)\n  - Cllr D Price\n\nApologies:\n* Cllr E Moss\n",
        [member("Cllr Mrs A Lee"), ("Cllr B Khan (Mayor)", "chair", "present", False, None, None),
         ("Cllr Ms C Owen (Deputy Mayor)", "vice-chair", "present", False, None, None), member("Cllr D Price"), member("Cllr E Moss", "apologies")],
    ),
    # names run together, parted only by their titles; a Mayor chairs; a remote member
    (
        "Councillors present: Cllr Ann Lee (Mayor) Cllr Bilal Khan (attending remotely) Cllr Cara Owen\n",
        [("Cllr Ann Lee (Mayor)", "chair", "present", False, None, None), member("Cllr Bilal Khan", remote=True), member("Cllr Cara Owen")],
    ),
    # a role before the name; councillors of other councils and police are guests
    (
        "Present: Chairman Cllr Mrs Lee, Cllrs Khan and Owen, County Cllr Mrs Webb and PCSO Hart. Members of the public - Mr Roger Bell.\n",
        [("Cllr Mrs Lee", "chair", "present", False, None, None), member("Councillor Khan"), member("Councillor Owen"),
         ("Cllr Mrs Webb", "guest", "present", False, "County Councillor", None), ("Hart", "guest", "present", False, "PCSO", None),
         ("Mr Roger Bell", "guest", "present", False, None, None)],  # a member of the public named in attendance is a guest
    ),
    # also present, apologies and absent lists; an apology's reason is no job
    (
        "Present: Cllr A Lee, Cllr B Khan\nAlso present: District Cllr F Moss\nApologies: Cllr G Hill (illness), BC H Rowe\nAbsent: Cllr J Dunn\n",
        [member("Cllr A Lee"), member("Cllr B Khan"), ("Cllr F Moss", "guest", "present", False, "District Councillor", None),
         member("Cllr G Hill", "apologies"), ("H Rowe", "guest", "apologies", False, "Borough Councillor", None), member("Cllr J Dunn", "absent")],
    ),
    # a Welsh community council's labels: "Other apologies for absence received", "Other Members absent"; an untitled apology
    (
        "Attendance: Cllr A Lee, Cllr B Khan.\nApologies for absence approved by Council: None.\n"
        "Other apologies for absence received: C Owen, Cllr D Price.\nOther Members absent: Cllr E Moss.\n",
        [member("Cllr A Lee"), member("Cllr B Khan"), member("C Owen", "apologies"), member("Cllr D Price", "apologies"), member("Cllr E Moss", "absent")],
    ),
    # the chair named in a sentence after the list; a member listed short and sending apologies under the full name is one
    # person, present (not a clerk of the same initials and surname: another capacity)
    (
        "Present:- Cllrs. A Lee, J Khan, B Owen. Meeting chaired by A Lee.\nApologies: Jim Khan, Hal Rowe\n",
        [("Councillor A Lee", "chair", "present", False, None, None), member("Councillor Jim Khan"), member("Councillor B Owen"),
         member("Hal Rowe", "apologies")],
    ),
    # ... the sentence broken over two lines, as a PDF prints it
    (
        "Present:- Cllrs. A Lee, J Khan, B Owen. Meeting\nchaired by A Lee.\n",
        [("Councillor A Lee", "chair", "present", False, None, None), member("Councillor J Khan"), member("Councillor B Owen")],
    ),
    # a Scottish community council: members untitled, the area council's councillors after a name or under a label of their
    # own, the apologies after a full stop on the same line, a sentence after the last name on the label's line
    (
        "Present: Ann Lee (AL) Moorland Councillor, Bilal Khan (BK), Carys Owen (CO), Dai Price (DP), Eve Moss (EM).\n"
        "GCC Members Present: Fay Dunn, Gus Hill. GCC Members Apologies: Hal Rowe\n"
        "Moorland Council Members Present: Cllr Ian Tait. Moorland Council Members Apologies: None\n",
        [("Ann Lee", "guest", "present", False, "Moorland Councillor", None), member("Bilal Khan"), member("Carys Owen"),
         member("Dai Price"), member("Eve Moss"), member("Fay Dunn"), member("Gus Hill"), member("Hal Rowe", "apologies"),
         ("Cllr Ian Tait", "guest", "present", False, None, None)],
    ),
    # another council's councillors said to be present under their plural title
    (
        "Present: Cllrs A Lee, B Khan and C Owen.\nDistrict Cllrs Hill and Rowe were present\n",
        [member("Councillor A Lee"), member("Councillor B Khan"), member("Councillor C Owen"),
         ("Councillor Hill", "guest", "present", False, "District Councillor", None), ("Councillor Rowe", "guest", "present", False, "District Councillor", None)],
    ),
    # an English parish's heading: the clerk under "Present:" after the members on the same line, apologies under a label
    # with the law's reference, a county councillor on a line of his own after a dash
    (
        "Councillors present: Cllr. A. Lee – Chair (AL), Cllr. Bilal Khan (BK) & Cllr. Cara Owen (CO) Present: Dina Price – Clerk.\n"
        "Accepted Apologies for absence - LGA 1972, Section 85(1): Cllr. Eve Moss.\n\nMr F Hill – County Councillor 9 members of the public\n",
        [("Cllr. A. Lee", "chair", "present", False, None, None), member("Cllr. Bilal Khan"), member("Cllr. Cara Owen"),
         ("Dina Price", "officer", "present", False, "Clerk", None), member("Cllr. Eve Moss", "apologies"),
         ("Mr F Hill", "guest", "present", False, "County Councillor", None)],
    ),
    # a Welsh town council's one-line heading: the Deputy Mayor chairing, initials glued to surnames (two run together with no
    # comma), officers run on after the members each opened by a job, the apologies on the same line
    (
        "Present:- Deputy A. Lee–Khan (Chair) Councillors: B.Owen, C.Price D.Moss, E. Hill, Town Clerk F. Rowe "
        "Project Officer Gita Dunn Translator H.Tait-Bell Apologies:- J.Bell\n",
        [("A. Lee–Khan (Chair)", "chair", "present", False, None, None), member("Councillor B.Owen"), member("Councillor C.Price"),
         member("Councillor D.Moss"), member("Councillor E. Hill"), ("F. Rowe", "officer", "present", False, "Town Clerk", None),
         ("Gita Dunn", "officer", "present", False, "Project Officer", None), ("H.Tait-Bell", "officer", "present", False, "Translator", None),
         member("J.Bell", "apologies")],
    ),
    # a list of those attending by Zoom is remote; markdown bold around a label
    (
        "**Present:** Cllr A Lee\nAttending by Zoom: Cllr B Khan and Cllr C Owen\n",
        [member("Cllr A Lee"), member("Cllr B Khan", remote=True), member("Cllr C Owen", remote=True)],
    ),
]


@pytest.mark.parametrize("head, expected", LIST_CASES)
def test_attendance_lists(head, expected):
    assert attendees(minutes(head)) == expected


PROSE_CASES = [
    ("Apologies were received from Cllr G Hill and Cllr H Rowe.", [member("Cllr G Hill", "apologies"), member("Cllr H Rowe", "apologies")]),
    ("Apologies were submitted by Councillor Hill.", [member("Councillor Hill", "apologies")]),
    ("Apologies were noted and accepted for Cllr Gita Hill (illness) and for Cllr Hal Rowe (work commitment).",
     [member("Cllr Gita Hill", "apologies"), member("Cllr Hal Rowe", "apologies")]),
    ("Cllr Hill sent apologies. Cllr Rowe attended as substitute for Cllr Dunn.",  # substitutions are read first
     [member("Cllr Dunn", "apologies"), ("Cllr Rowe", "reserve", "present", False, None, "Dunn"), member("Cllr Hill", "apologies")]),
    ("Cllr Dunn was substituted by Cllr Rowe.", [member("Cllr Dunn", "apologies"), ("Cllr Rowe", "reserve", "present", False, None, "Dunn")]),
    ("Cllr Rowe attended as a substitute.", [("Cllr Rowe", "reserve", "present", False, None, None)]),
    ("Apologies were received from Cllr Hill; Cllr Rowe attended as substitute.",
     [member("Cllr Hill", "apologies"), ("Cllr Rowe", "reserve", "present", False, None, None)]),
    ("An apology for absence was received from Councillor J Hill who was representing the Council elsewhere.",
     [member("Councillor J Hill", "apologies")]),
    ("Apologies for absence were received from Councillors Gita Hill and Hal Rowe. Apologies were also received from Cllr Dunn.",
     [member("Councillor Gita Hill", "apologies"), member("Councillor Hal Rowe", "apologies"), member("Cllr Dunn", "apologies")]),
    ("There were apologies for absence from Councillors Hill (on council business), and Rowe; and for lateness from Councillor Dunn.",
     [member("Councillor Hill", "apologies"), member("Councillor Rowe", "apologies")]),
    ("Councillor Khan gave his apologies for having to leave early.", []),
    ("There were no apologies.", []),
    ("Cllr. C Owen took the chair.", [("Cllr. C Owen", "chair", "present", False, None, None)]),
    ("Apologies from Borough Councillor C Owen noted.", [("Councillor C Owen", "guest", "apologies", False, "Borough Councillor", None)]),
    ("Moorland County Council Cllr. Hal Rowe sent his apologies.", [("Cllr. Hal Rowe", "guest", "apologies", False, None, None)]),
    ("These were received from Cllrs Gita Hill and Hal Rowe.", [member("Councillor Gita Hill", "apologies"), member("Councillor Hal Rowe", "apologies")]),
    ("Apologies were received from Cllr Dunn. Councillors Gita Hill and Hal Rowe were absent.",
     [member("Cllr Dunn", "apologies"), member("Councillor Gita Hill", "absent"), member("Councillor Hal Rowe", "absent")]),
    ("None.", []),
]


def test_an_item_to_accept_apologies_makes_the_absent_apologising():
    """ "Absent: Cllr C Owen" above the items, then "20. To accept apologies for absence." with her name below: she apologised."""
    head = "Present: Cllr A Lee, Cllr B Khan\nAbsent: Cllr C Owen\n"
    items = "100. To accept apologies for absence.\nCllr C Owen.\n" + _ITEMS
    assert attendees(minutes(head, items)) == [member("Cllr A Lee"), member("Cllr B Khan"), member("Cllr C Owen", "apologies")]


@pytest.mark.parametrize("said, expected", PROSE_CASES)
def test_attendance_sentences_under_an_apologies_item(said, expected):
    head = "Present: Cllr A Lee, Cllr B Khan\n"
    items = f"100. Apologies for absence: {said}\n" + _ITEMS
    assert attendees(minutes(head, items)) == [member("Cllr A Lee"), member("Cllr B Khan")] + expected


def test_arrivals_departures_and_remote_sentences_in_any_item():
    head = "Present: Cllr A Lee, Cllr B Khan\n"
    items = (
        "101. Police Report: Cllr K Moss arrived at 7.15pm. No report was received.\n"
        "102. Minutes of the previous meeting: Cllr B Khan attended remotely. Approved and signed as correct.\n"
        "103. Correspondence: Cllr Lee left the meeting at 8.40pm. Cllr Nia Ford joined the meeting during item 103.\n"
    )
    assert attendees(minutes(head, items)) == [
        member("Cllr A Lee"), ("Cllr B Khan", "member", "present", True, None, None), member("Cllr K Moss"), member("Cllr Nia Ford"),
    ]  # fmt: skip


def _head_only(path: Path) -> list[tuple]:
    """Attendance of a document read as all header: Stoke Ferry's and Wereham's minutes have no numbered
    items the outliners read yet, and their attendance is written before the first item."""
    doc = read_document("t" * 64, str(path), path.read_bytes())
    run = run_extractors(ExtractionContext(doc=doc, outline=Outline(kind="printed_minutes")), only={"attendance"})
    return [(a.name, a.role, a.status, a.job_title) for a in run.records["attendance"]]


CORPUS2 = SHARED / "corpus2" / "text"


@needs_shared
def test_stoke_ferry_2009_those_attending_and_apologies_with_other_councils_councillors():
    rows = _head_only(CORPUS2 / "stoke-ferry-pc_parish-council_2009-09-16_draft-minutes.md")
    assert rows[0] == ("Cllr Mrs T Mann (Chairman)", "chair", "present", None)
    assert rows[1] == ("Cllr Mrs S Lansdell-Williams (Vice-chair)", "vice-chair", "present", None)
    assert ("Mrs C Hardy", "officer", "present", "Clerk") in rows
    assert rows[-4:] == [
        ("Cllr J Fiedler", "member", "apologies", None), ("Cllr D Summers", "member", "apologies", None),
        ("C Sampson", "guest", "apologies", "Borough Councillor"), ("T White", "guest", "apologies", "County Councillor"),
    ]  # fmt: skip
    assert not any("public" in r[0].lower() for r in rows)


@needs_shared
def test_stoke_ferry_2012_the_list_under_a_label_on_its_own_line():
    rows = _head_only(CORPUS2 / "stoke-ferry-pc_parish-council_2012-10-10_draft-minutes.md")
    assert len([r for r in rows if r[2] == "present"]) == 9
    assert rows[:2] == [("Cllr R Bivon (Chair)", "chair", "present", None), ("Cllr T Ryves", "member", "present", None)]
    assert rows[-1] == ("Councillor C Sampson", "guest", "apologies", "Borough Councillor")  # after a no-break space


@needs_shared
def test_stoke_ferry_2020_names_parted_by_titles_and_apologies_with_reasons():
    rows = _head_only(CORPUS2 / "stoke-ferry-pc_parish-council_2020-06-03_draft-minutes-virtual.md")
    assert rows[:5] == [
        ("Cllr Sue Lintern (Chair)", "chair", "present", None), ("Cllr Kit Hesketh-Harvey (Vice-Chair)", "vice-chair", "present", None),
        ("Cllr Trudy Mann", "member", "present", None), ("Cllr Gail Reeve", "member", "present", None),
        ("Cllr Donna Stocking", "member", "present", None),
    ]  # fmt: skip
    assert rows[-2:] == [("Cllr Andy Hayward", "member", "apologies", None), ("Cllr Mandy Leamon", "member", "apologies", None)]


@needs_shared
def test_wereham_bold_label_and_a_late_arrival():
    rows = _head_only(CORPUS2 / "wereham-pc_annual-meeting_2012-05-08_draft-minutes.md")
    assert [r[0] for r in rows] == ["Cllr P Norris", "Cllr G Koopowitz", "Cllr C Humpries", "Cllr K Newell", "Cllr J Bruce", "Cllr D Deighton", "Cllr G Key"]
    # elected Chairman and vice chair at this annual meeting: they hold those roles in it
    assert [r[1] for r in rows] == ["chair", "vice-chair"] + ["member"] * 5 and {r[2] for r in rows} == {"present"}


def _parsed(path: Path) -> list[tuple]:
    result = parse_document(path.read_bytes(), str(path))
    return [(a.name, a.role, a.status, a.remote, a.job_title) for a in result.records["attendance"]]


@needs_shared
def test_tintern_chairman_before_the_name_and_a_county_councillor_guest():
    rows = _parsed(corpus("pdf/tintern-community-council_2019-02-25_minutes.pdf"))
    assert rows[0] == ("Shewell", "chair", "present", False, None)
    assert rows[-2] == ("Webb", "guest", "present", False, "County Councillor")
    # "... and the Clerk. Members of the public - Mr Roger Hoggins, MCC.": a named member of the public is a guest
    assert len(rows) == 10 and rows[-1] == ("Roger Hoggins", "guest", "present", False, "MCC")


@needs_shared
def test_wye_valley_remote_member_and_apologies_item_read_as_a_list():
    rows = _parsed(corpus("text/wye-valley-community-council_2024-10-28_minutes.txt"))
    assert rows[0] == ("Mawdsley", "member", "present", True, None)
    assert ("Webb", "guest", "present", False, "County Councillor") in rows
    assert ("Morrison", "member", "apologies", False, None) in rows
    assert rows[-1][:4] == ("Gavin Jones", "guest", "present", False)  # "3798. Presentation from Gavin Jones, Regional Engagement Manager"


def test_apologies_and_a_substitute_told_in_a_moderngov_item():
    """The issue's failure: prose attendance on a web page gave no attendee."""
    from tests.test_decision_forms import moderngov_page

    data = moderngov_page("<p>Apologies for absence were received from Councillor Hill; Councillor Rowe attended as substitute.</p>")
    result = parse_document(data, "page.html")
    rows = [(a.name, a.role, a.status) for a in result.records["attendance"]]
    assert rows == [("Hill", "member", "apologies"), ("Rowe", "reserve", "present")]


@pytest.mark.parametrize(
    "written, full, role",
    [
        ("R. Hale (RH)(Chairman)", "R. Hale", "chair"),  # the short form the minutes use later, then the role
        ("B.Orme (BOr)", "B. Orme", None),  # an initial glued to the surname
        ("K Dunn (KD)", "K Dunn", None),
    ],
)
def test_initials_in_brackets_are_the_short_form_not_the_name(written, full, role):
    from extractors.names import parse_name

    name = parse_name(written)
    assert (name.full, name.role_mark) == (full, role)


def test_a_job_after_initials_and_a_surname_with_nothing_between():
    """An "In attendance" list that runs job titles on after the names: "Mr D L Hart Deputy Parish Clerk"."""
    text = (
        "WESTBURY PARISH COUNCIL\nMinutes of the meeting of the Parish Council held on Monday 3 March 2025 at 7pm\n"
        "Present: Cllr A Moss (Chair), Cllr B Lane\n"
        "In attendance: Mrs C Dale, Parish Clerk, Mr D L Hart Deputy Parish Clerk\n"
        "1. Apologies for absence: None.\n2. Declarations of interest: None.\n3. Minutes: approved.\n"
    ).encode()
    rows = [(a.name, a.role, a.job_title) for a in parse_document(text, "minutes.txt").records["attendance"] if a.role == "officer"]
    assert rows == [("C Dale", "officer", "Parish Clerk"), ("D L Hart", "officer", "Deputy Parish Clerk")]



def test_employees_and_named_visitors_in_their_own_lists():
    text = (
        "Minutes of the Ordinary Meeting of Pentre Community Council held on Thursday 9 January 2025 at the Hall, commencing at 6.30 pm\n"
        "Present: Chair Cllr. D Rees, Cllr. E Lloyd, Cllr. F Hall\n"
        "Council Employees Present: RFO Gareth Price, Clerk Mair Jones\n"
        "Members of the Public Present: Cllr T Bowen\n"
        "01/25 Apologies: None.\n02/25 Declarations of Interest: None.\n03/25 Minutes: approved.\n"
    ).encode()
    result = parse_document(text, "minutes.txt")
    rows = [(a.name, a.role, a.job_title) for a in result.records["attendance"] if a.role != "member" and a.role != "chair"]
    assert rows == [("Gareth Price", "officer", "RFO"), ("Mair Jones", "officer", "Clerk"), ("T Bowen", "guest", None)]
    assert result.records["meeting"][0].start_time == "18:30"  # "commencing at 6.30 pm", apart from the date



def test_people_in_attendance_told_in_a_sentence():
    text = (
        "Minutes of a meeting of Full Council held on Wednesday 5 March 2025 at 7pm\n"
        "PRESENT: Cllr A Buckley (Mayor) Cllr B Cole Cllr C Dean\n"
        "The Town Clerk was in attendance. Mr D Ellis, Police Link Officer, was in attendance. No members of the public were present.\n"
        "101 APOLOGIES\nNone.\n102 DECLARATIONS OF INTEREST\nNone.\n103 MINUTES\nRESOLVED: That the minutes be approved.\n"
    ).encode()
    rows = [(a.name, a.role, a.status, a.job_title) for a in parse_document(text, "minutes.txt").records["attendance"]]
    # the list ends where the next line opens a sentence; "The Town Clerk" and "No members of the public" are no one
    assert rows == [
        ("A Buckley", "chair", "present", None),
        ("B Cole", "member", "present", None),
        ("C Dean", "member", "present", None),
        ("D Ellis", "guest", "present", "Police Link Officer"),
    ]
