"""ModernGov issue pages (pipeline/outline/moderngov_issue.py): the meeting and the one item they follow."""

import pytest

from pipeline.parse import parse_document

MEETINGS_VIEW = """Issue - meetings

Minutes of last Meeting

Meeting: 04/05/2023 - Licensing Committee (Item 12)

12 Minutes pdf icon PDF 120 KB

The minutes of the meeting held on 6th April 2023 were received.

RESOLVED that the minutes be approved as a correct record.

Meeting: 06/04/2023 - Licensing Committee (Item 3)

3 Minutes pdf icon PDF 98 KB
"""

DECISIONS_VIEW = """Decisions for issue To note the annual report

Issue - decisions

To note the annual report

14/09/2022 - To note the annual report

The annual report was submitted. Members noted the report.
"""


@pytest.mark.parametrize(
    "text, date, committee, item",
    [
        (MEETINGS_VIEW, "2023-05-04", "Licensing Committee", ("12", "Minutes")),  # the first meeting only
        (DECISIONS_VIEW, "2022-09-14", None, (None, "To note the annual report")),  # the decision line names the business
    ],
)
def test_an_issue_page_gives_its_meeting_and_item(text, date, committee, item):
    records = parse_document(text.encode(), "issue.txt", {}).records
    (meeting,) = records["meeting"]
    assert (str(meeting.date), meeting.committee, meeting.status) == (date, committee, "held")
    assert [(i.number, i.title) for i in records["agenda_items"]] == [item]
