"""An agenda that binds papers after its list of business (issue 14: any council's agenda packs).

A pack's agenda lists its items, often with each item's page in a column after
the title; the papers after it (the draft minutes of the last meeting, reports)
number their own items from 1 again and are another meeting's business. The
texts are invented; the Merton pack is the real case.
"""

from __future__ import annotations

from pipeline.outline.general import _longest_rising
from pipeline.parse import parse_document
from tests.conftest import SHARED, needs_shared

PACK = """Ashby Borough Council
Audit Committee
A meeting of the Audit Committee will be held:
Date: 22 October 2025
Time: 19:15
Venue: Committee Room 1, Civic Centre

Audit Committee
22 October 2025
1. Declarations of interest
2. Apologies for absence
3. Minutes of the meeting held on 24 September 2025 3
4. Annual complaints report 9
5. Internal audit progress report 23
6. Final Accounts Memorandum 2024/25 155
7. Work programme 169

AUDIT COMMITTEE
24 SEPTEMBER 2025
PRESENT: Councillors Ann Holt (Chair), Bob Dean and Cara Lee.
Apologies for absence were received from Councillor Dina Marsh.
1 DECLARATIONS OF INTEREST
Councillor Dean declared a personal interest as a leaseholder of a council property.
2 MINUTES OF THE MEETING HELD ON 23 JUNE 2025
RESOLVED: That the minutes of the meeting held on 23 June be agreed as a correct record.
3 WORK PROGRAMME
NOTED
"""


def test_a_pack_is_an_agenda_of_its_own_meeting_and_its_bound_minutes_add_nothing():
    result = parse_document(PACK.encode(), "pack.txt", {})
    (meeting,) = result.records["meeting"]
    assert (meeting.committee, meeting.date, meeting.status) == ("Audit Committee", "2025-10-22", "scheduled")
    items = [(i.number, i.title, i.page_start) for i in result.records["agenda_items"]]
    assert items == [
        ("1.", "Declarations of interest", None), ("2.", "Apologies for absence", None),
        ("3.", "Minutes of the meeting held on 24 September 2025", 3), ("4.", "Annual complaints report", 9),
        ("5.", "Internal audit progress report", 23), ("6.", "Final Accounts Memorandum 2024/25", 155),
        ("7.", "Work programme", 169),
    ]
    assert result.records["resolutions"] == [] and result.records["attendance"] == [] and result.records["declarations"] == []


def test_the_page_column_is_the_longest_run_of_numbers_that_never_goes_down():
    assert _longest_rising([1, 24, 9, 23, 53, 155, 169]) == [0, 2, 3, 4, 5, 6]  # "... held on 24" is the title's own
    assert _longest_rising([2025, 2024]) == [0]
    assert _longest_rising([]) == []


@needs_shared
def test_the_merton_pack_lists_its_eight_items_and_no_business_of_the_bound_minutes():
    data = (SHARED / "corpus" / "pdf" / "merton_audit-committee_2009-10-22_agenda-pack.pdf").read_bytes()
    result = parse_document(data, "merton.pdf", {})
    assert result.document.kind == "agenda"
    (meeting,) = result.records["meeting"]
    assert (meeting.date, meeting.status) == ("2009-10-22", "scheduled")
    items = result.records["agenda_items"]
    assert [i.number for i in items] == [f"{n}." for n in range(1, 9)]
    assert [(i.title, i.page_start) for i in items[3:]] == [
        ("Annual complaints report", 9), ("Internal audit progress report", 23), ("Managing the risk of fraud", 53),
        ("Final Accounts Memorandum 2008/09", 155), ("Work programme", 169),
    ]
    assert result.records["resolutions"] == [] and result.records["attendance"] == [] and result.records["declarations"] == []
