"""Extraction quality: what the pipeline extracts against hand-checked ground truth.

``councilpack eval`` reads every ground-truth file in a truth directory
(``eval/truth/``, one per document; see ``eval/README.md`` for the format and
the conventions), ingests each document found under the document roots into
a fresh temporary database with the real pipeline
(:func:`pipeline.parse.parse_document` + :func:`pipeline.store.load.load`),
matches the rows extracted from it to the truth rows per record type, and
prints precision, recall and F1 per record type, per document and per set
(``seeds``, ``corpus``, ``samples``), with every miss (in the truth, not
found) and every false find (found, not in the truth) when verbose.

Only the record types a truth file declares are compared: a truth file
without a ``facts`` key says nothing about facts, ``"facts": []`` says the
document has none (so every fact found is a false find).

The package, in the order a run uses it:

- :mod:`~pipeline.evaluate.truth`: truth files, and the document roots their
  paths are relative to (arguments; :func:`default_roots` for a checkout);
- :mod:`~pipeline.evaluate.run`: the pipeline on each document, into a
  throw-away database, scored into a :class:`Report`;
- :mod:`~pipeline.evaluate.scored_records`: per record type, the SQL that
  reads rows back, their key and the columns compared (:data:`SCORED_RECORDS`);
- :mod:`~pipeline.evaluate.matching`: one-to-one maximum matching of truth
  rows to extracted rows, and the :class:`Score` it gives;
- :mod:`~pipeline.evaluate.normalise`: the documented tolerances (``norm_*``,
  :func:`same_value`);
- :mod:`~pipeline.evaluate.baseline`: ``eval/baseline.json`` and the
  regression check;
- :mod:`~pipeline.evaluate.report`: printing, and :func:`main` (the command).

``--record`` writes ``eval/baseline.json``: F1 per record type per set and per
document. ``tests/test_eval.py`` fails when a set's F1 for a record type
drops below it. Without ``--record`` eval exits 1 when that happens.
"""

from pipeline.evaluate.baseline import SLACK, baseline_data, dump_baseline, regressions
from pipeline.evaluate.matching import Score, maximum_matching, score_fields, score_meetings, score_rows
from pipeline.evaluate.normalise import (
    ACTION_SIMILARITY,
    FACT_SUBJECT_OVERLAP,
    norm_name,
    norm_number_label,
    norm_part,
    norm_phone,
    norm_resolution,
    norm_text,
    norm_unit,
    same_number,
    same_value,
    subject_overlap,
    text_similarity,
)
from pipeline.evaluate.report import main, print_report
from pipeline.evaluate.run import DocumentResult, Report, evaluate, evaluate_document
from pipeline.evaluate.scored_records import MEETING_FIELDS, SCORED_RECORDS, TYPE_ORDER, ScoredRecord
from pipeline.evaluate.truth import SETS, Truth, default_roots, load_truths, set_of

__all__ = [
    "ACTION_SIMILARITY", "FACT_SUBJECT_OVERLAP", "MEETING_FIELDS", "SCORED_RECORDS", "SETS", "SLACK", "TYPE_ORDER",
    "DocumentResult", "Report", "Score", "ScoredRecord", "Truth",
    "baseline_data", "default_roots", "dump_baseline", "evaluate", "evaluate_document", "load_truths", "main",
    "maximum_matching", "norm_name", "norm_number_label", "norm_part", "norm_phone", "norm_resolution", "norm_text",
    "norm_unit", "print_report", "regressions", "same_number", "same_value", "score_fields", "score_meetings",
    "score_rows", "set_of", "subject_overlap", "text_similarity",
]  # fmt: skip
