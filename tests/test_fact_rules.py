"""Facts' rules tested directly: text in, facts out, from the table in ``tests/fact_cases.toml``.

``test_facts.py`` holds the whole pipeline to the seeds' and samples' values;
here each subject rule, each exclusion and the spelled-out numbers are held
to short phrases, read by :func:`extractors.facts.extract.read_facts` with no
document around them. A failing case prints the text and both fact lists.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from extractors.facts.extract import read_facts
from extractors.facts.subjects import SUBJECT_RULES
from extractors.facts.words import classes_of, word_is
from extractors.figures import find_figures, parse_figure

CASES = tomllib.loads((Path(__file__).parent / "fact_cases.toml").read_text("utf-8"))["case"]


def read(text: str) -> list[dict]:
    """The facts of ``text`` as the case table writes them."""
    out = []
    for reading in read_facts(text):
        value, unit, numerator, denominator = reading.values
        fact = {"raw": reading.found.candidate.raw, "value": value, "unit": unit}
        if numerator is not None:
            fact["numerator"] = numerator
        if denominator is not None:
            fact["denominator"] = denominator
        fact |= {"subject": reading.subject, "rule": reading.found.rule}
        out.append(fact)
    return out


@pytest.mark.parametrize("case", CASES, ids=[c["form"][:60] for c in CASES])
def test_case(case):
    assert read(case["text"]) == case["facts"], case["text"]


def test_every_subject_rule_has_a_case():
    """A rule with no case is a rule nobody checks: each of SUBJECT_RULES (and the list rules) reads some case."""
    used = {fact["rule"].split("+")[0] for case in CASES for fact in case["facts"]}
    named = {rule.__name__ for rule in SUBJECT_RULES if rule.__name__ != "figure_of_nothing"}  # an exclusion: its case has no fact
    assert named | {"label_line", "list_item", "list_population"} <= used


def test_spelled_numbers_have_positive_and_negative_cases():
    spelled = [c for c in CASES if "spelled" in c["form"]]
    assert any(c["facts"] for c in spelled) and any(not c["facts"] for c in spelled)


@pytest.mark.parametrize(
    "text",
    [
        "22 of the 214 children",
        "26% (25/97) of pupils",
        "35/47 (74.5%) requests",
        "8/17 = 47% of cases",
        "81.25% (13) of reviews",
        "13 (81.25%) reviews",
        "1 out of 3 = 33% of schools",
        "spend reached £1.2m and £3 million",
        "47 per cent of pupils",
        "1,204 children and 3.5 posts",
    ],
)
def test_a_figure_found_in_prose_reads_as_the_same_cell(text):
    """One grammar: a figure found in prose and the same text read as a table cell are the same figure."""
    found = find_figures(text)
    assert found
    for figure in found:
        assert figure.figure == parse_figure(figure.raw), figure.raw


def test_word_classes_come_from_the_attribute_ruler():
    assert {"determiner", "pronoun"} <= classes_of("that")
    assert word_is("Days", "unit") and word_is("children", "irregular_plural") and word_is("twelve", "number_word")
    assert not classes_of("councillor") and not classes_of("")
