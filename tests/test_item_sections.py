"""Standard business, named in any wording, is recognised as such (agenda_items.section)."""

import pytest

from extractors.agenda_items import section_of


@pytest.mark.parametrize(
    "title, section",
    [
        ("Apologies for Absence", "apologies"),
        ("To receive apologies for absence", "apologies"),
        ("Attendance by Reserve Members", "apologies"),
        ("To Record Those Councillors Present who do not have a Video Link", "apologies"),
        ("Declarations of Disclosable Pecuniary Interests or Other Significant Interests", "declarations"),
        ("DECLARATIONS OF INTEREST", "declarations"),
        ("Minutes of the meeting held on 9 December 2024", "minutes"),
        ("Matters Arising", "minutes"),
        ("Public Questions", "public"),
        ("To receive petitions (if any)", "public"),
        ("Public Forum", "public"),
        ("Chairman's Announcements", "chair"),
        ("Election of Vice-Chair", "chair"),
        ("Exclusion of the Press and Public", "exclusion"),
        ("Work Programme 2025/26", "programme"),
        ("Any Other Urgent Business", "business"),
        ("Date of Next Meeting", "next_meeting"),
        ("Housing Needs Update", None),
        ("School Attendance Report", None),  # attendance at school, not at the meeting
        ("Conflicts of Interest Policy Review", None),
        ("Openness and Transparency Notice", None),
        (None, None),
    ],
)
def test_section_of(title, section):
    assert section_of(title) == section
