"""The baseline: the scores the code is held to, and the check that none has dropped.

``councilpack eval --record`` writes ``eval/baseline.json`` from a
:class:`~pipeline.evaluate.run.Report` (:func:`baseline_data`,
:func:`dump_baseline`); without ``--record``, eval and ``tests/test_eval.py``
fail when a record type's F1 on a set is below it (:func:`regressions`).

Only *complete* sets are compared or recorded: a set with a skipped document
(a clone without ``../shared``) would score a different selection of
documents, so its recorded values are kept as they were.
"""

from __future__ import annotations

import datetime as dt
import json
import re

from pipeline.evaluate.run import Report
from pipeline.evaluate.truth import set_rank

SLACK = 0.001  # float slack when comparing with the baseline


def baseline_data(report: Report, previous: dict | None = None) -> dict:
    """The baseline: F1 (and counts) per set and record type, and per document.

    Sets with a skipped document and documents not evaluated keep their previous values.
    """
    from pipeline import EXTRACTOR_VERSION

    previous = previous or {}
    sets = dict(previous.get("sets", {}))
    complete = report.complete_sets()
    for name, kinds in report.sets().items():
        if name in complete:
            sets[name] = {kind: score.as_dict() for kind, score in kinds.items()}
    documents = dict(previous.get("documents", {}))
    for doc in report.documents:
        documents[doc.truth.document] = {
            "set": doc.truth.set,
            "truth": doc.truth.file.name,  # truth files share one directory: the name says which
            "f1": {kind: round(score.f1, 4) for kind, score in doc.scores.items()},
        }
    return {
        "about": "F1 per record type per set (seeds, corpus, samples) and per document, written by `councilpack eval --record`. "
        "tests/test_eval.py fails when a set's F1 drops below these values.",
        "recorded_on": dt.date.today().isoformat(),
        "extractor_version": EXTRACTOR_VERSION,
        "sets": {k: sets[k] for k in sorted(sets, key=set_rank)},
        "documents": dict(sorted(documents.items())),
    }


def dump_baseline(data: dict) -> str:
    """The baseline as JSON, one line per record type (readable diffs)."""
    text = json.dumps(data, indent=1, ensure_ascii=False)
    # fold the innermost objects (a record type's scores, a document's F1s) onto one line
    text = re.sub(r"\{\n\s+([^{}\[\]]*?)\n\s*\}", lambda m: "{" + re.sub(r"\n\s+", " ", m.group(1)) + "}", text)
    return text + "\n"


def regressions(report: Report, baseline: dict) -> list[str]:
    """Record types whose F1 on a (complete) set is below the baseline's."""
    out = []
    complete = report.complete_sets()
    for name, kinds in report.sets().items():
        if name not in complete:
            continue
        recorded = baseline.get("sets", {}).get(name, {})
        for kind, score in kinds.items():
            if kind in recorded and score.f1 < recorded[kind]["f1"] - SLACK:
                out.append(f"{name} / {kind}: F1 {score.f1:.3f} < baseline {recorded[kind]['f1']:.3f}")
    return out
