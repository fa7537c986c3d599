"""Scoring one record type of one document: matching truth rows to extracted rows.

A truth row and an extracted row are the same record when the record type's
key holds (``ScoredRecord.matches``). Several truth rows can fit one
extracted row and the other way round (two attendees both "S Brown"), so
rows are paired one to one by a *maximum* matching (:func:`maximum_matching`,
Kuhn's augmenting paths): the order of the rows never changes a score, and a
greedy first fit never steals the only partner of a later row.

The pairs are true positives; truth rows left over are misses (false
negatives), extracted rows left over are false finds (false positives)
unless the truth is a selection (``partial``), when they are listed as
unjudged. The other columns of matched pairs are compared and listed as
field mismatches; they do not change the scores, so a wrong page number
does not hide a found row.

A meeting is not a set of rows but one record of fields:
:func:`score_fields` counts each non-null field as a unit and
:func:`score_meetings` pairs truth meetings with meeting records by date.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable

from pipeline.evaluate.normalise import same_value, text_similarity
from pipeline.evaluate.scored_records import ATTRIBUTE_SOURCE, MEETING_FIELDS, SCORED_RECORDS, ScoredRecord


@dataclass
class Score:
    """True positives, false positives and false negatives, with the lines that explain them."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)
    false_finds: list[str] = field(default_factory=list)
    unjudged: list[str] = field(default_factory=list)  # found where the truth is a selection (not counted)
    mismatches: list[str] = field(default_factory=list)  # wrong columns on matched rows (not counted)
    checked: int = 0  # columns compared on matched rows
    wrong: int = 0

    def add(self, other: "Score") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.checked += other.checked
        self.wrong += other.wrong

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float:
        """2TP / (2TP + FP + FN); 1.0 when there was nothing to find and nothing was found."""
        total = 2 * self.tp + self.fp + self.fn
        return 1.0 if total == 0 else 2 * self.tp / total

    def as_dict(self) -> dict:
        r = lambda v: None if v is None else round(v, 4)  # noqa: E731
        return {"f1": r(self.f1), "precision": r(self.precision), "recall": r(self.recall), "tp": self.tp, "fp": self.fp, "fn": self.fn}


def maximum_matching(truth: list[dict], got: list[dict], matches, similarity=None) -> dict[int, int]:
    """Truth index -> extracted index, one-to-one, as many pairs as possible.

    Kuhn's augmenting paths; each truth row tries its candidates best first
    (by ``similarity`` where given, else in document order).
    """
    candidates: list[list[int]] = []
    for t in truth:
        cands = [j for j, g in enumerate(got) if matches(t, g)]
        if similarity:
            cands.sort(key=lambda j: -similarity(t, got[j]))
        candidates.append(cands)
    owner: dict[int, int] = {}  # got index -> truth index

    def augment(i: int, seen: set[int]) -> bool:
        for j in candidates[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(truth)):
        augment(i, set())
    return {i: j for j, i in owner.items()}


def _nearest(spec: ScoredRecord, truth_row: dict, candidates: list[dict]) -> str:
    """The unmatched extracted row most like a missed truth row, to show why it did not match."""
    shown = spec.show(truth_row)
    best, best_sim = None, 0.5
    for g in candidates:
        sim = text_similarity(shown, spec.show(g))
        if sim > best_sim:
            best, best_sim = g, sim
    return f"  <- nearest found: {spec.show(best)}" if best is not None else ""


def score_rows(kind: str, truth_rows: list[dict], got_rows: list[dict], partial: bool = False) -> Score:
    """Match extracted rows to truth rows for one record type of one document."""
    spec = SCORED_RECORDS[kind]
    if spec.skip:
        truth_rows = [t for t in truth_rows if not spec.skip(t)]
        got_rows = [g for g in got_rows if not spec.skip(g)]
    pairs = maximum_matching(truth_rows, got_rows, spec.matches, spec.similarity)
    score = Score(tp=len(pairs))
    matched = set(pairs.values())
    unmatched = [got_rows[j] for j in range(len(got_rows)) if j not in matched]
    for i, t in enumerate(truth_rows):
        if i not in pairs:
            score.fn += 1
            score.misses.append(spec.show(t) + _nearest(spec, t, unmatched))
            continue
        g = got_rows[pairs[i]]
        for column, how in spec.attributes.items():
            if column not in t or (t[column] is None and how != "bool" and column not in ("part",)):
                continue  # a column the truth does not give (or gives as unknown) is not judged
            got_value = g.get(ATTRIBUTE_SOURCE.get(column, column))
            score.checked += 1
            if not same_value(t[column], got_value, how):
                score.wrong += 1
                score.mismatches.append(f"{spec.show(t)}: {column} {got_value!r}, truth {t[column]!r}")
    for j, g in enumerate(got_rows):
        if j in matched:
            continue
        if partial:
            score.unjudged.append(spec.show(g))
        else:
            score.fp += 1
            score.false_finds.append(spec.show(g))
    return score


def score_fields(truth_fields: dict, got_fields: dict | None, kinds: dict[str, str], label: str = "") -> Score:
    """Field-by-field score of one record (a meeting): every non-null value is a unit."""
    score = Score()
    got_fields = got_fields or {}
    prefix = f"{label} " if label else ""
    for column, truth_value in truth_fields.items():
        if column not in kinds:
            continue
        how = kinds[column]
        got_value = got_fields.get(column)
        got_null = got_value is None or (how != "bool" and str(got_value).strip() == "")
        if truth_value is None:
            if not got_null:
                score.fp += 1
                score.false_finds.append(f"{prefix}{column} = {got_value!r} (the document does not say)")
            continue
        if got_null:
            score.fn += 1
            score.misses.append(f"{prefix}{column} = {truth_value!r} (not found)")
        elif same_value(truth_value, got_value, how):
            score.tp += 1
        else:
            score.fn += 1
            score.fp += 1
            score.misses.append(f"{prefix}{column} = {truth_value!r} (found {got_value!r})")
            score.false_finds.append(f"{prefix}{column} = {got_value!r} (truth {truth_value!r})")
    return score


def score_meetings(truth_meetings: list[dict], got_meetings: list[dict], ignore: Iterable[str] = ()) -> Score:
    """Pair each truth meeting with the document's meeting record of the same date (else the first left)."""
    ignore = set(ignore)
    kinds = {k: v for k, v in MEETING_FIELDS.items() if k not in ignore}
    left = list(got_meetings)
    total = Score()
    for t in truth_meetings:
        pick = next((g for g in left if t.get("date") and g.get("date") == t.get("date")), left[0] if left else None)
        if pick is not None:
            left.remove(pick)
        s = score_fields(t, pick, kinds, label=f"meeting {t.get('date')}")
        total.add(s)
        total.misses += s.misses
        total.false_finds += s.false_finds
    declared = {k for t in truth_meetings for k in t} or set(kinds)
    for g in left:  # a meeting the document does not describe: each of its declared fields is a false find
        s = score_fields({k: None for k in kinds if k in declared}, g, kinds, label=f"extra meeting {g.get('date')}")
        total.add(s)
        total.false_finds += s.false_finds
    return total

