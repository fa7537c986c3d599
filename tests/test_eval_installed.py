"""``councilpack eval`` outside a checkout: its inputs are arguments, not paths guessed from the code's location.

The installed command is run as a real process from a directory that is not
the checkout, with ``--truth`` and ``--documents``, and must give the scores
the same evaluation gives in-process from the checkout. The document roots'
defaults and the skip messages that name them are checked directly.
"""

from __future__ import annotations

import json
import shutil
import subprocess

from pipeline import evaluate as ev
from tests.conftest import REPO, SAMPLES
from tests.processes import COUNCILPACK

REGISTRATION = REPO / "eval" / "truth" / "samples_eastbrook_2025-03-10_printed-minutes.json"
MINUTES = "2025-03-10_corporate-parenting-panel_printed-minutes.pdf"


def checkout_scores(tmp_path) -> dict:
    """The sample's scores per record type, evaluated in-process against the checkout."""
    truth = tmp_path / "checkout-truth"
    truth.mkdir()
    shutil.copy(REGISTRATION, truth)
    report = ev.evaluate(truth, roots=[REPO])
    assert [d.truth.document for d in report.documents] == [f"samples/eastbrook/{MINUTES}"]
    return {kind: score.as_dict() for kind, score in report.sets()["samples"].items()}


def test_eval_from_outside_the_checkout_gives_the_checkout_scores(tmp_path):
    # a self-contained copy: a truth directory, and a document root holding the registered truth beside its PDF
    truth, documents, elsewhere = tmp_path / "truth", tmp_path / "documents" / "samples" / "eastbrook", tmp_path / "elsewhere"
    for folder in (truth, documents, elsewhere):
        folder.mkdir(parents=True)
    shutil.copy(REGISTRATION, truth)
    shutil.copy(SAMPLES / MINUTES, documents)
    shutil.copy(SAMPLES / f"{MINUTES}.truth.json", documents)

    command = [str(COUNCILPACK), "eval", "--truth", "../truth", "--documents", "../documents", "--baseline", "baseline.json", "--record", "--quiet"]
    result = subprocess.run(command, cwd=elsewhere, capture_output=True, text=True, timeout=300)

    assert result.returncode == 0, result.stdout + result.stderr
    assert "== set samples (1 documents)" in result.stdout
    recorded = json.loads((elsewhere / "baseline.json").read_text())
    assert list(recorded["documents"]) == [f"samples/eastbrook/{MINUTES}"]
    scores = recorded["sets"]["samples"]
    assert scores == checkout_scores(tmp_path)
    # real scores, not an empty run: every declared record type was found, and found right
    assert {"meetings", "agenda_items", "resolutions", "attendees", "facts"} <= set(scores)
    assert scores["resolutions"]["tp"] > 0 and scores["resolutions"]["f1"] == 1.0
    assert scores["agenda_items"]["tp"] > 0 and scores["agenda_items"]["f1"] == 1.0


def test_default_roots_are_the_checkout_holding_the_truth_and_its_parent(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # not the checkout: eval/truth still names its checkout
    checkout = REPO.resolve()
    assert ev.default_roots(REPO / "eval" / "truth") == [checkout, checkout.parent]
    # any other truth directory is read against the current directory
    assert ev.default_roots(tmp_path / "my-truth") == [tmp_path.resolve(), tmp_path.resolve().parent]


def test_a_missing_document_names_every_root_looked_in(tmp_path):
    (tmp_path / "truth").mkdir()
    (tmp_path / "truth" / "missing.json").write_text(json.dumps({"document": "shared/seeds/no-such-document.txt", "facts": []}))
    shutil.copy(REGISTRATION, tmp_path / "truth")  # its registered truth is under none of the roots either
    roots = [tmp_path / "a", tmp_path / "b", tmp_path / "c"]
    lines: list[str] = []

    code = ev.main(tmp_path / "truth", baseline=tmp_path / "baseline.json", documents=roots, echo=lines.append)

    assert code == 2  # nothing left to evaluate
    looked_in = f"(looked in {roots[0]}, {roots[1]} and {roots[2]})"
    assert f"skip missing.json: document not found: shared/seeds/no-such-document.txt {looked_in}" in lines
    registered = f"samples/eastbrook/{MINUTES}.truth.json"
    assert f"skip {REGISTRATION.name}: registered truth not found: {registered} {looked_in}" in lines
