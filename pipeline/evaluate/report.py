"""``councilpack eval``: run the evaluation, print the scores, hold them to the baseline.

:func:`main` is the command (``cli.py`` only parses its options): it takes the
truth directory, the baseline file and the document roots as arguments, so
it runs the same from a checkout, from any other directory, or from an
installed package given ``--truth`` and ``--documents``. Relative paths are
relative to the current directory, like every other command's.

:func:`print_report` prints one table per document (with every miss, false
find and field mismatch when verbose), then one per set.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Iterable

from pipeline.evaluate.baseline import baseline_data, dump_baseline, regressions
from pipeline.evaluate.matching import Score
from pipeline.evaluate.run import Report, evaluate
from pipeline.evaluate.truth import set_rank


def _fmt(v: float | None) -> str:
    return "    -" if v is None else f"{v:5.3f}"


def _table(scores: dict[str, Score], echo, indent: str = "  ") -> None:
    echo(f"{indent}{'record type':<18} {'truth':>5} {'found':>5} {'tp':>4} {'fp':>4} {'fn':>4}  {'prec':>5} {'recall':>6} {'F1':>5}  fields")
    for kind, s in scores.items():
        fields = f"{s.checked - s.wrong}/{s.checked}" if s.checked else "-"
        echo(f"{indent}{kind:<18} {s.tp + s.fn:>5} {s.tp + s.fp:>5} {s.tp:>4} {s.fp:>4} {s.fn:>4}  {_fmt(s.precision)} {_fmt(s.recall):>6} {_fmt(s.f1)}  {fields}")


def print_report(report: Report, echo, verbose: bool = True) -> None:
    """Per document (by set, then path) a table of scores, and when ``verbose`` every line behind them; then per set."""
    for doc in sorted(report.documents, key=lambda d: (set_rank(d.truth.set), d.truth.document)):
        echo("")
        echo(f"== {doc.truth.document}  [{doc.truth.set}]  ({doc.seconds:.1f}s, truth {doc.truth.file.name})")
        if doc.error:
            echo(f"  document failed: {doc.error}")
        _table(doc.scores, echo)
        if not verbose:
            continue
        for kind, s in doc.scores.items():
            for line in s.misses:
                echo(f"  MISS   {kind}: {line}")
            for line in s.false_finds:
                echo(f"  FALSE  {kind}: {line}")
            for line in s.mismatches:
                echo(f"  FIELD  {kind}: {line}")
            if s.unjudged:
                echo(f"  ({len(s.unjudged)} {kind} found beyond the truth's selection, not counted: " + "; ".join(s.unjudged[:5]) + (" ..." if len(s.unjudged) > 5 else "") + ")")
    for name, kinds in report.sets().items():
        count = sum(1 for d in report.documents if d.truth.set == name)
        echo("")
        echo(f"== set {name} ({count} documents" + ("" if name in report.complete_sets() else ", some skipped") + ")")
        _table(kinds, echo)
    if report.skipped:
        echo("")
        echo(f"skipped {len(report.skipped)} truth files whose document is absent")
    echo(f"evaluated {len(report.documents)} documents in {report.seconds:.1f}s")


def main(
    truth: Path,
    baseline: Path,
    record: bool = False,
    verbose: bool = True,
    echo=print,
    documents: Iterable[Path] | None = None,
) -> int:
    """``councilpack eval``: print the scores; with ``record`` write the baseline. Returns the exit code.

    ``documents``: the roots the truth files' document paths are relative to,
    in order (default: :func:`~pipeline.evaluate.truth.default_roots`).
    """
    truth_dir, baseline_path = Path(truth), Path(baseline)
    if not truth_dir.is_dir():
        echo(f"no ground-truth directory at {truth_dir}")
        return 2
    report = evaluate(truth_dir, roots=documents or None, echo=echo)
    if not report.documents:
        echo("no document with ground truth was found")
        return 2
    print_report(report, echo, verbose=verbose)
    previous = json.loads(baseline_path.read_text(encoding="utf-8")) if baseline_path.is_file() else None
    if record:
        data = baseline_data(report, previous)
        baseline_path.parent.mkdir(parents=True, exist_ok=True)
        baseline_path.write_text(dump_baseline(data), encoding="utf-8")
        echo(f"baseline written to {baseline_path} (sets: {', '.join(sorted(report.complete_sets()))})")
        return 0
    if previous:
        dropped = regressions(report, previous)
        for line in dropped:
            echo(f"REGRESSION {line}")
        if dropped:
            return 1
    return 0
