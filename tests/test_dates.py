"""Dates as minutes print them (extractors/dates.py): UK day-first, ordinals, with or without a space."""

from __future__ import annotations

import pytest

from extractors.dates import parse_date


@pytest.mark.parametrize(
    "text, iso",
    [
        ("15th May 2019", "2019-05-15"),
        ("15thMay 2019", "2019-05-15"),  # the ordinal run into the month
        ("1st of June 2020", "2020-06-01"),
        ("Wednesday 3rd March, 2021", "2021-03-03"),
        ("04/12/2024", "2024-12-04"),  # day first
        ("04-12-24", "2024-12-04"),
        ("21st", None),  # a day alone is no date
        ("", None),
    ],
)
def test_parse_date(text, iso):
    assert parse_date(text) == iso
