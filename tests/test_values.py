"""Figure normalisation: every format the report-content issue names."""

from __future__ import annotations

import pytest

from extractors.figures import parse_figure


@pytest.mark.parametrize(
    "raw, value, unit, numerator, denominator, status",
    [
        ("81.25% (13)", 81.25, "%", 13, None, "value"),
        ("8/17 = 47%", 47, "%", 8, 17, "value"),
        ("7/ 17= 47%", 47, "%", 7, 17, "value"),
        ("26% (25/97)", 26, "%", 25, 97, "value"),
        ("35/47 (74.5%)", 74.5, "%", 35, 47, "value"),
        ("1 out of 3 = 33%", 33, "%", 1, 3, "value"),
        ("£1.2m", 1_200_000, "£", None, None, "value"),
        ("£25,000", 25_000, "£", None, None, "value"),
        ("1,204", 1204, "count", None, None, "value"),
        ("12 days", 12, "days", None, None, "value"),
        ("", None, None, None, None, "blank"),
        (None, None, None, None, None, "blank"),
        ("-", None, None, None, None, "not applicable"),
        ("n/a", None, None, None, None, "not applicable"),
        ("<5", None, None, None, None, "suppressed"),
        ("*", None, None, None, None, "suppressed"),
        ("Green", None, None, None, None, "rag"),
        ("Placement moves", None, None, None, None, "text"),
        ("2023/24", None, None, None, None, "text"),
    ],
)
def test_figures(raw, value, unit, numerator, denominator, status):
    f = parse_figure(raw)
    assert (f.value, f.unit, f.numerator, f.denominator, f.status) == (value, unit, numerator, denominator, status)


def test_suppressed_and_blank_are_never_zero():
    for raw in ("<5", "*", "-", "n/a", "", "x"):
        assert parse_figure(raw).value is None
