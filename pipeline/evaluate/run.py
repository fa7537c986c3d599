"""Running the real pipeline on each document with ground truth, and scoring what it stored.

Each document is parsed with :func:`pipeline.parse.parse_document` and
loaded with :func:`pipeline.store.load.load` into its own fresh temporary
database, exactly as ``councilpack ingest`` would, so eval measures the
pipeline users run, not a shortcut through the extractors. The rows are then
read back (:mod:`pipeline.evaluate.scored_records`) and scored against the
truth (:mod:`pipeline.evaluate.matching`), record type by record type, for
the record types the truth file declares only.

:func:`evaluate` does this for every truth file in a directory and returns a
:class:`Report`; a document under none of the roots is skipped with the
reason, and its set no longer counts as complete (see
:meth:`Report.complete_sets`).
"""

from __future__ import annotations

import re
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable

from pipeline.evaluate.matching import Score, score_fields, score_meetings, score_rows
from pipeline.evaluate.scored_records import SCORED_RECORDS, TYPE_ORDER, fetch_declarations_none, fetch_meetings, stored_texts
from pipeline.evaluate.truth import Truth, default_roots, load_truths, set_rank


@dataclass
class DocumentResult:
    truth: Truth
    scores: dict[str, Score]  # record type -> score, in TYPE_ORDER
    seconds: float
    error: str | None = None  # the error the pipeline recorded on the document, if any


def score_young_person_names(db, doc_id: str, names: list[str]) -> Score:
    """Children's names must not survive in any stored text of the document: each name still there is a miss."""
    score = Score()
    blob = "\n".join(stored_texts(db, doc_id))
    for name in names:
        if re.search(rf"\b{re.escape(name)}\b", blob):
            score.fn += 1
            score.misses.append(f"{name!r} is still in the stored text")
        else:
            score.tp += 1
    return score


def mask_names(row: dict, names: list[str]) -> dict:
    """A case study's title as stored: the young person's name replaced by the redaction mark."""
    title = row.get("title")
    for name in names:
        if title:
            title = re.sub(rf"\b{re.escape(name)}\b", "█", title)
    return {**row, "title": title}


def evaluate_document(truth: Truth, workdir: Path) -> DocumentResult:
    """Ingest one document into a fresh database in ``workdir`` and score it against its truth."""
    from pipeline.store import open_database
    from pipeline.store.load import load
    from pipeline.parse import parse_document

    started = time.perf_counter()
    data = truth.path.read_bytes()
    result = parse_document(data, str(truth.path))
    db_path = workdir / f"{truth.file.stem}.db"
    db = open_database(db_path)
    db.execute("pragma synchronous = off")  # a throw-away database
    try:
        load(db, result)
        doc_id = result.document.id
        scores: dict[str, Score] = {}
        for kind in TYPE_ORDER:
            if kind not in truth.data:
                continue
            ignore = truth.ignore.get(kind, [])
            if kind == "meetings":
                scores[kind] = score_meetings(truth.data[kind], fetch_meetings(db, doc_id), ignore)
            elif kind == "declarations_none":
                scores[kind] = score_fields({kind: truth.data[kind]}, {kind: fetch_declarations_none(db, doc_id)}, {kind: "bool"})
            elif kind == "young_person_names":
                scores[kind] = score_young_person_names(db, doc_id, truth.data[kind])
            else:
                spec = SCORED_RECORDS[kind]
                truth_rows = [{k: v for k, v in row.items() if k not in ignore} for row in truth.data[kind]]
                if kind == "case_studies":  # children's names are masked before anything is stored
                    truth_rows = [mask_names(row, truth.data.get("young_person_names", [])) for row in truth_rows]
                scores[kind] = score_rows(kind, truth_rows, spec.fetch(db, doc_id, truth.data), partial=kind in truth.partial)
        return DocumentResult(truth, scores, time.perf_counter() - started, error=result.document.error)
    finally:
        db.close()


@dataclass
class Report:
    documents: list[DocumentResult]
    skipped: list[tuple[Truth, str]]  # (truth, why its document was not evaluated)
    seconds: float

    def sets(self) -> dict[str, dict[str, Score]]:
        """Micro-averaged scores per set and record type (sum of TP/FP/FN over the set's documents)."""
        out: dict[str, dict[str, Score]] = {}
        for doc in self.documents:
            for kind, score in doc.scores.items():
                out.setdefault(doc.truth.set, {}).setdefault(kind, Score()).add(score)
        return {s: {k: out[s][k] for k in TYPE_ORDER if k in out[s]} for s in sorted(out, key=set_rank)}

    def complete_sets(self) -> set[str]:
        """Sets none of whose documents was skipped (only those are compared with, or recorded in, the baseline)."""
        skipped = {t.set for t, _ in self.skipped}
        return {d.truth.set for d in self.documents} - skipped


def evaluate(truth_dir: Path, roots: Iterable[Path] | None = None, echo: Callable[[str], Any] | None = None) -> Report:
    """Score every document with ground truth in ``truth_dir``; skip (with the reason) those under none of the roots.

    ``roots``: where the truth files' document paths are looked for, in order
    (default: :func:`~pipeline.evaluate.truth.default_roots`).
    """
    started = time.perf_counter()
    roots = [Path(r).resolve() for r in (default_roots(truth_dir) if roots is None else roots)]
    documents, skipped = [], []
    with tempfile.TemporaryDirectory(prefix="councilpack-eval-") as tmp:
        for truth in load_truths(truth_dir, roots):
            if truth.path is None:
                skipped.append((truth, truth.absent))
                if echo:
                    echo(f"skip {truth.file.name}: {truth.absent}")
                continue
            documents.append(evaluate_document(truth, Path(tmp)))
    return Report(documents, skipped, time.perf_counter() - started)
