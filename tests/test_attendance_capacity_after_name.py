"""A capacity written after a name in a list, parted by a comma (issue 14: parish minutes' present lists).

"Present: Miss A Lee, Mr B Khan, Councillors, and Mrs C Roe, Clerk" makes Mrs Roe
the clerk; "Councillors Ann Lee, Chairman, Bilal Khan" makes Ann Lee the chair.
Names invented; rows are (bare name, role).
"""

from __future__ import annotations

import pytest

from extractors.names import parse_name
from tests.test_attendance_forms import attendees, minutes

CASES = [
    ("Present: Miss Ann Lee, Mr Bilal Khan, Mrs Cara Owen and Mrs Dina\nPrice, Councillors, and Mrs Eve Roe, Clerk\n",
     [("Ann Lee", "member"), ("Bilal Khan", "member"), ("Cara Owen", "member"), ("Dina Price", "member"), ("Eve Roe", "officer")]),
    ("Members of the Council present were: Councillors Ann Lee, Chairman, Councillors Bilal Khan, Cara Owen\nand Dina Price, and Mrs Eve Roe, Clerk\n",
     [("Ann Lee", "chair"), ("Bilal Khan", "member"), ("Cara Owen", "member"), ("Dina Price", "member"), ("Eve Roe", "officer")]),
    # "Councillors" after the names changes nothing; a word that is no capacity is not read as one
    ("Present: Mr Bilal Khan, Mrs Cara Owen, Councillors\n", [("Bilal Khan", "member"), ("Cara Owen", "member")]),
]


@pytest.mark.parametrize("head, expected", CASES)
def test_a_capacity_after_the_name(head, expected):
    assert [(parse_name(name).full, role) for name, role, *_ in attendees(minutes(head))] == expected
