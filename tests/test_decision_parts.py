"""A decision's parts as clerks print them (issue 14: any council's decisions).

Bulleted lines after a stem, parts labelled inside a sentence ("namely (i) ...;
and (ii) ..."), a list whose last part runs on into the next label, a clerk's
note after the decision, a web table's cell rule; and what is not a decision's
part: the declarations a decision notes. Each text is written for the test in
a form found in real minutes (names invented); rows are (part, text).
"""

from __future__ import annotations

import pytest

from extractors.registry import registered

registered()

from extractors.resolutions import _clean_text, find_resolutions, successor  # noqa: E402
from schemas.provenance import Span  # noqa: E402


def parts(text: str) -> list[tuple[str | None, str]]:
    return [(marker, " ".join(text[s.start : s.end].split())) for s, marker, _ in find_resolutions(text, Span(start=0, end=len(text)))]


CASES = [
    # bulleted decisions after a stem (Word's Symbol-font bullets are read as "•")
    ("RESOLVED: That the following action should be taken:\n• That Councillor Lee is asked to obtain an estimate\n"
     "• That the Clerk should obtain a quote for\nrepainting the swings\n",
     [("1", "That Councillor Lee is asked to obtain an estimate"), ("2", "That the Clerk should obtain a quote for repainting the swings")]),
    # items for the newsletter: the bullets are what was decided, whatever they say
    ("RESOLVED: That the following items be included in the Newsletter:\n• Thanks to the dairy for its donation\n• Report on the bonfire\n",
     [("1", "Thanks to the dairy for its donation"), ("2", "Report on the bonfire")]),
    # the declarations a decision notes are declarations, not its parts
    ("RESOLVED: To note that the following interests were declared:\n• Councillor Lee declared a personal interest in item 5\n"
     "• Councillor Khan declared a prejudicial interest in item 7\n",
     [(None, "To note that the following interests were declared:")]),
    # parts labelled inside the sentence after a stem
    ("RESOLVED: That the Council has concerns about this application, namely (i) the scale of the development is\n"
     "inappropriate; and (ii) there may be light pollution.\n",
     [("(i)", "the scale of the development is inappropriate"), ("(ii)", "there may be light pollution.")]),
    # a lone label in a sentence is a reference, not a list
    ("RESOLVED: That the grant be paid under section (a) of the scheme.\n", [(None, "That the grant be paid under section (a) of the scheme.")]),
    # numbered lines whose last part runs on into the next label
    ("RESOLVED:\n(i) That the event be held on 1 November;\n(ii) That the risk assessment be adopted;\n"
     "(iii) That the turf be lifted in October, and (iv) that the Council offer Mr Wheeler £50.\n",
     [("(i)", "That the event be held on 1 November"), ("(ii)", "That the risk assessment be adopted"),
      ("(iii)", "That the turf be lifted in October"), ("(iv)", "that the Council offer Mr Wheeler £50.")]),
    # an ordered list written out ("1)", "2)") with no mark: parts worded as decisions are its rows ...
    ("The Committee received copies of the minutes.\n\n1)   the minutes of the Parks Panel held on 3 May be noted and accepted as a correct record;\n\n"
     "2)   the minutes of the Arts Panel held on 9 May be noted and accepted as a correct record.\n",
     [("1)", "the minutes of the Parks Panel held on 3 May be noted and accepted as a correct record"),
      ("2)", "the minutes of the Arts Panel held on 9 May be noted and accepted as a correct record.")]),
    # ... points made in a numbered list are not
    ("Members raised these points:\n1) the car park is often full\n2) the lighting on the path has failed\n", []),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_the_parts_of_a_decision(text, expected):
    assert parts(text) == expected


@pytest.mark.parametrize(
    "raw, clean",
    [
        ("to authorise the Clerk to order the mower. [Note: VAT can be reclaimed in due course.]", "to authorise the Clerk to order the mower."),
        ("Cllr Dean was elected Vice-Chairman unopposed. |", "Cllr Dean was elected Vice-Chairman unopposed."),
        ("That the accounts be approved.", "That the accounts be approved."),
    ],
)
def test_what_is_not_a_decisions_text(raw, clean):
    assert _clean_text(raw) == clean


@pytest.mark.parametrize("label, after", [("i", "ii"), ("iii", "iv"), ("ix", "x"), ("3", "4"), ("c", "d"), ("xii", None)])
def test_the_label_after(label, after):
    assert successor(label) == after


def test_the_closing_lines_of_printed_minutes_are_not_the_last_decisions_text():
    from pipeline.parse import parse_document

    text = (
        "ASHBY PARISH COUNCIL\nMINUTES OF THE PARISH COUNCIL MEETING HELD ON TUESDAY, 2 DECEMBER 2025\n"
        "Present: Miss Ann Lee, Mr Bob Dean and Mrs Cara Owen, Councillors, and Mrs Dina Price, Clerk\n"
        "1. Apologies\nThere were no apologies, all the members being present.\n"
        "2. Items for the next agenda\n"
        "RESOLVED: That the future of the village school be a standing item on the agenda until further\n"
        "resolution to the contrary.\n"
        "There being no further business, the meeting closed at 9.05 pm\n"
        "Date of the next meeting: Tuesday, 6 January 2026 at 8.00 pm in the Village Hall.\n"
        "Chairman: Ann Lee Date: 6 January 2026\n"
    )
    result = parse_document(text.encode(), "minutes.txt", {})
    assert [r.text for r in result.records["resolutions"]] == [
        "That the future of the village school be a standing item on the agenda until further resolution to the contrary."
    ]
    assert [(a.name, a.role) for a in result.records["attendance"]][-1] == ("Dina Price", "officer")
