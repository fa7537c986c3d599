"""Extraction quality against ground truth (``councilpack eval``), and the matcher itself.

The regression guard runs the evaluation on every document with ground truth
in ``eval/truth`` and fails when a record type's F1 on a set (seeds, corpus,
samples) drops below ``eval/baseline.json``. Documents in ``../shared`` skip
cleanly when that folder is absent; the samples always run.
"""

from __future__ import annotations

import json

import pytest

from pipeline import evaluate as ev
from pipeline.evaluate.normalise import names_agree
from tests.conftest import REPO, run_cli

TRUTH = REPO / "eval" / "truth"
BASELINE = REPO / "eval" / "baseline.json"
METADATA_KEYS = {"document", "kind", "about", "page_numbering", "set"}
REGISTRATION_KEYS = {"truth", "set", "partial", "ignore", "why"}


# --- the regression guard ------------------------------------------------------


@pytest.fixture(scope="module")
def report() -> ev.Report:
    return ev.evaluate(TRUTH)


@pytest.mark.parametrize("set_name", ["samples", "seeds", "corpus"])
def test_no_record_type_falls_below_the_baseline(report, set_name):
    if set_name not in report.complete_sets():
        absent = [t.document for t, _ in report.skipped if t.set == set_name]
        pytest.skip(f"{set_name}: {len(absent)} documents with ground truth are absent (e.g. {absent[0] if absent else '-'})")
    recorded = json.loads(BASELINE.read_text(encoding="utf-8"))["sets"][set_name]
    scores = report.sets()[set_name]
    below = {
        kind: f"F1 {score.f1:.3f} < baseline {recorded[kind]['f1']:.3f}"
        for kind, score in scores.items()
        if kind in recorded and score.f1 < recorded[kind]["f1"] - ev.SLACK
    }
    assert below == {}, "extraction got worse; run `councilpack eval` to see every miss and false find"
    assert set(scores) <= set(recorded), "a record type with ground truth has no baseline yet: run `councilpack eval --record`"


def test_samples_are_always_evaluated(report):
    assert "samples" in report.complete_sets()
    assert sum(1 for d in report.documents if d.truth.set == "samples") == 6
    assert all(d.error is None for d in report.documents)


def test_truth_files_declare_only_known_record_types():
    for file in sorted(TRUTH.glob("*.json")):
        data = json.loads(file.read_text(encoding="utf-8"))
        if "truth" in data:
            assert set(data) <= REGISTRATION_KEYS, file.name
            assert (REPO / data["truth"]).is_file(), file.name
            assert set(data.get("partial", [])) | set(data.get("ignore", {})) <= set(ev.TYPE_ORDER), file.name
            data = json.loads((REPO / data["truth"]).read_text(encoding="utf-8"))
        else:
            named = data.get("set") or ev.set_of(data["document"])
            assert named in ev.SETS, f"{file.name}: document must start with shared/seeds/, shared/corpus/ or samples/, or the file name its set"
            assert data["document"].startswith(("shared/", "samples/")), file.name
        unknown = set(data) - METADATA_KEYS - set(ev.TYPE_ORDER)
        assert unknown == set(), f"{file.name}: unknown keys {unknown}"


def test_absent_documents_are_skipped_with_a_reason(tmp_path):
    (tmp_path / "missing.json").write_text(json.dumps({"document": "shared/seeds/no-such-document.txt", "facts": []}))
    lines: list[str] = []
    code = ev.main(tmp_path, baseline=tmp_path / "baseline.json", echo=lines.append)
    assert code == 2  # nothing left to evaluate
    assert any(line.startswith("skip missing.json: document not found: shared/seeds/no-such-document.txt") for line in lines)


def test_cli_eval_records_a_baseline(tmp_path):
    truth = tmp_path / "truth"
    truth.mkdir()
    (truth / "minutes.json").write_text((TRUTH / "samples_eastbrook_2025-03-10_printed-minutes.json").read_text())
    baseline = tmp_path / "baseline.json"
    documents = ["--documents", str(REPO)]  # the registered sample truth and its PDF are under the checkout
    result = run_cli("eval", "--truth", str(truth), *documents, "--baseline", str(baseline), "--record", "--quiet")
    assert result.exit_code == 0, result.output
    assert "== set samples (1 documents)" in result.output
    recorded = json.loads(baseline.read_text())
    assert recorded["sets"]["samples"]["resolutions"]["f1"] == 1.0
    assert list(recorded["documents"]) == ["samples/eastbrook/2025-03-10_corporate-parenting-panel_printed-minutes.pdf"]
    # the same code against its own baseline: no regression
    assert run_cli("eval", "--truth", str(truth), *documents, "--baseline", str(baseline), "--quiet").exit_code == 0


# --- the matcher ---------------------------------------------------------------


ITEMS = [
    {"number": "47.", "position": 1, "title": "Corporate Parenting Update", "to_follow": False},
    {"number": "48.", "position": 2, "title": "Health of Children Looked After", "to_follow": False},
    {"number": "49.", "position": 3, "title": "Any Other Urgent Business", "to_follow": False},
]


def test_a_perfect_match_scores_one():
    score = ev.score_rows("agenda_items", ITEMS, [dict(r) for r in ITEMS])
    assert (score.tp, score.fp, score.fn) == (3, 0, 0)
    assert score.precision == score.recall == score.f1 == 1.0


def test_a_missing_row_lowers_recall_only():
    score = ev.score_rows("agenda_items", ITEMS, ITEMS[:2])
    assert score.precision == 1.0 and score.recall == pytest.approx(2 / 3)
    assert score.misses == ["49. 'Any Other Urgent Business'"]
    assert score.f1 == pytest.approx(0.8)


def test_an_extra_row_lowers_precision_only():
    extra = {"number": "50.", "position": 4, "title": "Exclusion of the Press and Public"}
    score = ev.score_rows("agenda_items", ITEMS, [*ITEMS, extra])
    assert score.recall == 1.0 and score.precision == pytest.approx(3 / 4)
    assert score.false_finds == ["50. 'Exclusion of the Press and Public'"]


def test_wrong_columns_of_matched_rows_are_listed_not_scored():
    got = [dict(r) for r in ITEMS]
    got[0]["to_follow"] = 1
    score = ev.score_rows("agenda_items", ITEMS, got)
    assert score.f1 == 1.0 and (score.checked, score.wrong) == (6, 1)
    assert "to_follow" in score.mismatches[0]


def test_empty_truth_makes_every_find_false():
    assert ev.score_rows("case_studies", [], []).f1 == 1.0
    score = ev.score_rows("case_studies", [], [{"title": "Case Study", "dob_year": 2008}])
    assert (score.fp, score.f1, score.recall) == (1, 0.0, None)


def test_partial_truth_does_not_count_finds_beyond_it():
    truth = [{"raw": "27", "value": 27, "unit": "count", "subject": "care leavers housed into secure tenancies"}]
    got = [{**truth[0]}, {"raw": "15", "value": 15.0, "unit": "count", "subject": "interviews took place within 72 hours"}]
    score = ev.score_rows("facts", truth, got, partial=True)
    assert score.f1 == 1.0 and len(score.unjudged) == 1


def test_resolution_text_tolerances():
    truth = [{"item_number": "4", "position": 1, "text": "the minutes of the meeting held on 9 December 2024 were a correct record", "outcome": "approved"}]
    for printed in (
        "That the minutes of the meeting held on 9 December 2024 were a correct record.",
        "RESOLVED that  the Minutes of the meeting held on 9 December 2024 were a correct record;",
        "that: the minutes of the meeting held on 9 December 2024 were a correct record; and",
    ):
        got = [{"item_number": "4.", "position": 1, "text": printed, "outcome": "approved"}]
        assert ev.score_rows("resolutions", truth, got).f1 == 1.0, printed
    other_item = [{"item_number": "5", "position": 1, "text": truth[0]["text"], "outcome": "approved"}]
    assert ev.score_rows("resolutions", truth, other_item).f1 == 0.0
    extra_words = [{"item_number": "4", "position": 1, "text": truth[0]["text"] + "; and Voting: unanimous"}]
    assert ev.score_rows("resolutions", truth, extra_words).f1 == 0.0


def test_facts_match_on_value_unit_and_subject_words():
    truth = [
        {"raw": "30%", "value": 30, "unit": "%", "subject": "CLA requiring SEN support"},
        {"raw": "30", "value": 30, "unit": "count", "subject": "school placements supported"},
        {"raw": "22", "value": 22, "unit": "count", "subject": "young people provided with advocacy in Harrow"},
    ]
    got = [
        {"raw": "30", "value": 30.0, "unit": "count", "subject": "school placements supported by the intervention"},
        {"raw": "30 %", "value": "30", "unit": "%", "subject": "CLA require SEN support"},
        {"raw": "22", "value": 22, "unit": "count", "subject": "young people"},  # says who, not what: no match
    ]
    score = ev.score_rows("facts", truth, got)
    assert (score.tp, score.fp, score.fn) == (2, 1, 1)


def test_kpi_cells_compare_numbers_as_numbers_and_skip_blank_cells():
    truth = [
        {"table_title": ["Summary of reasons for late IHA's", "Reasons for Late Completion of IHAs"], "row_label": "January",
         "column_label": "No of requests received", "raw": "2", "value": 2, "unit": "count"},
        {"table_title": "Scorecard", "row_label": "Children in care", "column_label": "RAG", "raw": "n/a", "value": None},
        {"table_title": "Scorecard", "row_label": "Adoptions", "column_label": "Target", "raw": "", "value": None},
    ]  # fmt: skip
    got = [
        {"table_title": "Reasons for late completion of IHAs", "row_label": "January", "column_label": "No of requests  received", "raw": "2", "value": 2.0, "unit": "count"},
        {"table_title": "Scorecard", "row_label": "Children in care", "column_label": "RAG", "raw": "N/A", "value": None},
    ]  # fmt: skip
    assert ev.score_rows("kpi_values", truth, got).f1 == 1.0
    got[0]["value"] = 3.0
    assert ev.score_rows("kpi_values", truth, got).recall == 0.5


def test_attendee_names_ignore_honorifics_and_post_nominals():
    truth = [{"name": "R Love", "role": "member", "status": "apologies"}]
    assert ev.score_rows("attendees", truth, [{"name": "Mr R Love OBE", "role": "member", "status": "apologies"}]).f1 == 1.0
    assert ev.score_rows("attendees", truth, [{"name": "R Love", "role": "member", "status": "present"}]).f1 == 0.0


def test_meeting_fields_each_count_once():
    truth = {"date": "2024-10-29", "start_time": None, "venue": "Darent Room, Sessions House", "quorum": 3, "contact_phone": "020 8424 1263"}
    got = {"date": "2024-10-29", "start_time": "10:00", "venue": "darent room,  sessions house.", "quorum": 3.0, "contact_phone": "02084241263"}
    score = ev.score_meetings([truth], [got])
    assert (score.tp, score.fp, score.fn) == (4, 1, 0)  # a start time the document does not give is a false find
    assert ev.score_meetings([truth], []).recall == 0.0


def test_matching_is_maximal_not_greedy():
    # the first truth row fits both extracted rows, the second only the first one:
    # taking the first fit for the first row would leave the second unmatched
    truth = [{"name": "S Brown"}, {"name": "Simon Brown"}]
    pairs = ev.maximum_matching(truth, [{"k": 1}, {"k": 2}], lambda t, g: t["name"] == "S Brown" or g["k"] == 1)
    assert sorted(pairs.items()) == [(0, 1), (1, 0)]


@pytest.mark.parametrize(
    "truth, found, same",
    [
        ("the Scout Hut, Balintore", "Scout Hut, Balintore", True),
        ("THE CHURCH", "Church", True),
        ("Village Hall", "the Village Hall", True),
        ("The Kirk, Wester Balblair", "Kirk, Wester Balblair", True),
        ("Theatre Royal", "Royal", False),  # a word that starts with "the" is no article
        ("Village Hall", "Church Hall", False),
    ],
)
def test_a_venues_leading_article_does_not_count(truth, found, same):
    from pipeline.evaluate.normalise import same_value

    assert same_value(truth, found, "place") is same


@pytest.mark.parametrize(
    "truth, found, same",
    [
        ("B Rees", "Beryl Rees", True),  # the minutes' short form, the attendance list's full one
        ("Armstrong", "Diana Armstrong", True),
        ("Cllr M J Sole", "Sole", True),
        ("Beryl Ann Rees", "B Rees", True),
        ("B Rees", "Tom Rees", False),
        ("Rory Love", "Ruth Love", False),
        ("Beryl Rees", "Beryl Reese", False),
        ("Mary-Jane Cole", "M Cole", True),
    ],
)
def test_a_declarant_matches_a_fuller_or_briefer_form_of_the_same_name(truth, found, same):
    assert names_agree(truth, found) is same
    assert names_agree(found, truth) is same
