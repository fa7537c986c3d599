"""F1 on the KPI cells of whitespace-aligned tables (issue 16): row label, column label, value, unit and scale.

The truth is ``eval/truth/tables_*.json`` (record type ``table_cells``, read
by hand from the documents' layout text: three West Sussex LAIT
statistical-neighbour tables and the Kent budget amendments pack's
Appendix D). Each document is ingested with the real pipeline into a fresh
database and its cells are scored by eval's own ``table_cells`` scorer
(``pipeline/evaluate/scored_records.py``): a cell counts as found only when
its page, row label, column label, value, unit and scale all agree.

    .venv/bin/python bench/whitespace_tables.py [--documents DIR] [-v]

``--documents``: the folder holding ``shared/`` (default: beside the
checkout). ``-v`` prints every miss and false find.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from pipeline.evaluate.run import evaluate  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=Path, default=REPO.parent, help="the folder holding shared/ (default: beside the checkout)")
    parser.add_argument("-v", "--verbose", action="store_true", help="print every miss and false find")
    args = parser.parse_args()
    truths = sorted((REPO / "eval" / "truth").glob("tables_*.json"))
    with tempfile.TemporaryDirectory(prefix="councilpack-tables-") as tmp:
        for path in truths:
            shutil.copy(path, tmp)
        report = evaluate(Path(tmp), [args.documents.resolve(), REPO])
    for truth, why in report.skipped:
        print(f"skipped {truth.file.name}: {why}")
    tp = fp = fn = 0
    print(f"{'document':78} {'truth':>5} {'found':>5} {'tp':>4} {'prec':>6} {'recall':>6} {'F1':>6}")
    for doc in report.documents:
        score = doc.scores.get("table_cells")
        if score is None:
            continue
        tp, fp, fn = tp + score.tp, fp + score.fp, fn + score.fn
        print(f"{doc.truth.file.name:78} {score.tp + score.fn:5} {score.tp + score.fp:5} {score.tp:4} {_f(score.precision)} {_f(score.recall)} {_f(score.f1)}")
        if args.verbose:
            for line in score.misses + score.false_finds:
                print("   ", line)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(f"{'all cells':78} {tp + fn:5} {tp + fp:5} {tp:4} {_f(precision)} {_f(recall)} {_f(f1)}")
    return 0 if report.documents else 1


def _f(x: float | None) -> str:
    return f"{x:6.3f}" if x is not None else "     -"


if __name__ == "__main__":
    sys.exit(main())
