"""Extraction quality: what the pipeline extracts against hand-checked ground truth.

``councilpack eval`` reads every ground-truth file in ``eval/truth/`` (one per
document, see ``eval/README.md`` for the format and the conventions), ingests
each document that is present into a fresh temporary database with the real
pipeline (:func:`pipeline.parse.parse_document` + :func:`pipeline.loader.load`),
matches the rows extracted from it to the truth rows per record type, and
prints precision, recall and F1 per record type, per document and per set
(``seeds``, ``corpus``, ``samples``), with every miss (in the truth, not
found) and every false find (found, not in the truth) when verbose.

Only the record types a truth file declares are compared: a truth file
without a ``facts`` key says nothing about facts, ``"facts": []`` says the
document has none (so every fact found is a false find).

Matching is one-to-one (a maximum matching of truth rows to extracted rows)
on a key per record type; the other columns the truth gives are then
compared on the matched pairs and listed as field mismatches (they do not
change the scores). The tolerances are documented in ``eval/README.md`` and
implemented by the ``norm_*`` functions below.

``--record`` writes ``eval/baseline.json``: F1 per record type per set and per
document. ``tests/test_eval.py`` fails when a set's F1 for a record type
drops below it. Without ``--record`` eval exits 1 when that happens.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
import tempfile
import time
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

REPO = Path(__file__).resolve().parents[1]
SETS = ("seeds", "corpus", "samples")
SLACK = 0.001  # float slack when comparing with the baseline

# ---------------------------------------------------------------------------
# Normalisation: the documented tolerances
# ---------------------------------------------------------------------------

_QUOTES = str.maketrans({"‘": "'", "’": "'", "‛": "'", "`": "'", "´": "'", "“": '"', "”": '"', "„": '"',
                         "–": "-", "—": "-", "‐": "-", "‑": "-", "−": "-", "\xa0": " ", "\u200b": ""})  # fmt: skip


def norm_text(value: Any) -> str | None:
    """Case, whitespace, quote/dash style and trailing punctuation do not count."""
    if value is None:
        return None
    text = unicodedata.normalize("NFKC", str(value)).translate(_QUOTES).casefold()
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"█+", "█", text)  # a redacted name, however long
    text = re.sub(r"\s+([,.;:)])", r"\1", text)
    text = re.sub(r"([(])\s+", r"\1", text)
    return re.sub(r"(?<=[^\s.,;:-])[\s.,;:-]+$", "", text)  # a lone "-" or "." stays (a cell that says so)


def norm_resolution(value: Any) -> str | None:
    """A resolution's wording without the formula around it.

    Drops a leading "RESOLVED", the "that" / "that:" of "RESOLVED that", a
    leading dash, and a closing ".", ";", "; and", "; or" or ":".
    """
    text = norm_text(value)
    if text is None:
        return None
    text = re.sub(r"^resolved\b\s*[:\-,]?\s*", "", text)
    text = re.sub(r"^[-:]\s*", "", text)
    text = re.sub(r"^that\b\s*:?\s*", "", text)
    text = re.sub(r"[;,]\s*(?:and|or)$", "", text)
    return text.rstrip(" .,;:-").strip()


def norm_number_label(value: Any) -> str | None:
    """An agenda item number as printed, less a closing full stop: "47." == "47"."""
    text = norm_text(value)
    return None if text is None else text.rstrip(".").strip() or None


def norm_part(value: Any) -> str | None:
    """A resolution part marker: "(1)" == "1." == "1)"; "a." == "(a)"."""
    text = norm_text(value)
    return None if text is None else re.sub(r"[().\s]", "", text) or None


_HONORIFICS = {"councillor", "councillors", "cllr", "cllrs", "mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "lord",
               "lady", "professor", "prof", "rev", "revd", "the", "county", "cc"}  # fmt: skip
_POST_NOMINALS = {"obe", "mbe", "cbe", "kbe", "dbe", "jp", "dl", "kc", "qc", "bem", "frsa", "mp", "mep", "phd", "msc", "ba", "bsc"}


def norm_name(value: Any) -> str | None:
    """A person's name without honorifics, post-nominals, role marks and punctuation."""
    text = norm_text(value)
    if text is None:
        return None
    text = re.sub(r"\((?:chair|chairman|vice[- ]chair|vc)\)", " ", text)
    words = [w for w in re.split(r"[\s,.]+", text) if w]
    while words and words[0] in _HONORIFICS:
        words.pop(0)
    while words and words[-1] in _POST_NOMINALS:
        words.pop()
    return " ".join(words) or None


def norm_phone(value: Any) -> str | None:
    return None if value is None else re.sub(r"\D", "", str(value)) or None


def norm_unit(value: Any) -> str | None:
    text = norm_text(value)
    if text is None:
        return None
    return {"£": "gbp", "gbp": "gbp", "pounds": "gbp", "percent": "%", "per cent": "%", "number": "count"}.get(text, text)


def as_number(value: Any) -> float | None:
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value)
    try:
        return float(str(value).replace(",", "").strip())
    except ValueError:
        return None


def same_number(a: Any, b: Any) -> bool:
    """Numbers compare as numbers: 139 == 139.0 == "139"."""
    x, y = as_number(a), as_number(b)
    if x is None or y is None:
        return x is None and y is None and a in (None, "") and b in (None, "")
    return math.isclose(x, y, rel_tol=1e-9, abs_tol=1e-6)


def same_value(a: Any, b: Any, kind: str = "text") -> bool:
    """Compare one column's truth value with the extracted one."""
    if kind == "number":
        return same_number(a, b)
    if kind == "bool":
        return bool(a) == bool(b)
    if kind == "name":
        return norm_name(a) == norm_name(b)
    if kind == "phone":
        return norm_phone(a) == norm_phone(b)
    if kind == "part":
        return norm_part(a) == norm_part(b)
    if kind == "label":
        return norm_number_label(a) == norm_number_label(b)
    if kind == "unit":
        return norm_unit(a) == norm_unit(b)
    if kind == "list":
        a_list = [norm_text(x) for x in (json.loads(a) if isinstance(a, str) else a or [])]
        b_list = [norm_text(x) for x in (json.loads(b) if isinstance(b, str) else b or [])]
        return a_list == b_list
    return norm_text(a) == norm_text(b)


_STOP = set(
    "a an the of in on at to for from by with and or as is are was were be been being had has have who which that this these "
    "those their its it they them there than then into onto over under up down out all any each per our we our".split()
)  # fmt: skip


def subject_words(value: Any) -> set[str]:
    """Content words of a fact's subject, lower-cased, plural "s" dropped."""
    words = re.findall(r"[a-z0-9]+", norm_text(value) or "")
    out = set()
    for w in words:
        if w in _STOP:
            continue
        if len(w) > 3 and w.endswith("ies"):
            w = w[:-3] + "y"
        elif len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
            w = w[:-1]
        out.add(w)
    return out


# words that say who is counted but not what about them: sharing only these is not sharing a subject
GENERIC_SUBJECT_WORDS = {"young", "people", "person", "child", "children", "pupil", "student", "adult", "individual",
                         "case", "number", "total", "figure", "time", "year", "month", "so", "far"}  # fmt: skip


def subject_overlap(a: Any, b: Any) -> float:
    """Share of the shorter subject's content words found in the other (0..1).

    0 when the two share no word beyond the generic ones ("young people"): a
    subject that only says "young people" does not say which young people.
    """
    x, y = subject_words(a), subject_words(b)
    if not x or not y or not (x & y) - GENERIC_SUBJECT_WORDS:
        return 0.0
    return len(x & y) / min(len(x), len(y))


def text_similarity(a: Any, b: Any) -> float:
    """Jaccard similarity of two texts' word sets (for actions)."""
    x = set(re.findall(r"[a-z0-9]+", norm_text(a) or ""))
    y = set(re.findall(r"[a-z0-9]+", norm_text(b) or ""))
    return len(x & y) / len(x | y) if x and y else 0.0


FACT_SUBJECT_OVERLAP = 0.5
ACTION_SIMILARITY = 0.6

# ---------------------------------------------------------------------------
# Record types: how rows are fetched, keyed, compared and shown
# ---------------------------------------------------------------------------


def _titles(value: Any) -> list[str]:
    values = value if isinstance(value, list) else [value]
    return [norm_text(v) for v in values if v is not None]


def _item_ref_matches(truth: dict, got: dict) -> bool:
    """The item a row belongs to: by printed number, else by position, else by title; null = no item."""
    if truth.get("item_number") is not None:
        return norm_number_label(truth["item_number"]) == norm_number_label(got.get("item_number"))
    if truth.get("item_position") is not None:
        return truth["item_position"] == got.get("item_position")
    if truth.get("item_title") is not None:
        return norm_text(truth["item_title"]) == norm_text(got.get("item_title"))
    if any(k in truth for k in ("item_number", "item_position", "item_title")):
        return got.get("item_number") is None and got.get("item_position") is None
    return True


def _item_ref(row: dict) -> str:
    if row.get("item_number") is not None:
        return f"item {row['item_number']}"
    if row.get("item_position") is not None:
        return f"item #{row['item_position']}"
    if row.get("item_title") is not None:
        return f"item '{row['item_title']}'"
    return "no item"


@dataclass
class RecordType:
    name: str  # the truth file's key
    fetch: Callable[[Any, str, dict], list[dict]]
    matches: Callable[[dict, dict], bool]  # the key: is this extracted row this truth row?
    show: Callable[[dict], str]
    attributes: dict[str, str] = field(default_factory=dict)  # column -> comparison kind, checked on matched pairs
    similarity: Callable[[dict, dict], float] | None = None  # preference among several candidates
    skip: Callable[[dict], bool] | None = None  # rows not compared at all (both sides)


def _rows(db, sql: str, params: Iterable) -> list[dict]:
    return [dict(r) for r in db.query(sql, list(params))]


_ITEM_JOIN = "left join agenda_items a on a.id = x.agenda_item_id"
_ITEM_COLS = "a.number as item_number, a.position as item_position, a.title as item_title"


def _fetch_agenda_items(db, doc_id, truth):
    return _rows(db, "select * from agenda_items where document_id = ? order by position", [doc_id])


def _agenda_item_matches(t, g):
    if t.get("number") is not None:
        if norm_number_label(t["number"]) != norm_number_label(g.get("number")):
            return False
    elif t.get("position") is not None and t["position"] != g.get("position"):
        return False
    return t.get("title") is None or norm_text(t["title"]) == norm_text(g.get("title"))


def _fetch_resolutions(db, doc_id, truth):
    return _rows(db, f"select x.*, {_ITEM_COLS} from resolutions x {_ITEM_JOIN} where x.document_id = ? order by a.position, x.position", [doc_id])


def _fetch_actions(db, doc_id, truth):
    return _rows(db, f"select x.*, {_ITEM_COLS} from actions x {_ITEM_JOIN} where x.document_id = ? order by x.char_start", [doc_id])


def _fetch_work_programme(db, doc_id, truth):
    return _rows(db, "select * from work_programme where document_id = ? order by char_start", [doc_id])


def _fetch_memberships(db, doc_id, truth):
    rows = _rows(db, "select * from memberships where document_id = ? order by char_start", [doc_id])
    for r in rows:
        r["order"] = r.get("reserve_order")
    return rows


def _fetch_attendees(db, doc_id, truth):
    return _rows(db, "select * from attendees where document_id = ? order by char_start", [doc_id])


def _fetch_declarations(db, doc_id, truth):
    return _rows(db, f"select x.*, {_ITEM_COLS} from declarations x {_ITEM_JOIN} where x.document_id = ? order by x.char_start", [doc_id])


def _page_column(truth: dict) -> str:
    return "printed_page" if truth.get("page_numbering") == "printed" else "page"


def _with_page(rows: list[dict], truth: dict) -> list[dict]:
    column = _page_column(truth)
    for r in rows:
        r["page_in_truth_numbering"] = r.get(column)
        if column == "printed_page" and r["page_in_truth_numbering"] is not None:
            r["page_in_truth_numbering"] = as_number(r["page_in_truth_numbering"])
    return rows


def _fetch_kpi_values(db, doc_id, truth):
    rows = _rows(
        db,
        "select v.*, t.title as table_title, t.printed_page as table_printed_page, t.page as table_page "
        "from kpi_values v join kpi_tables t on t.id = v.table_id where v.document_id = ? order by t.char_start, v.row_index, v.col_index",
        [doc_id],
    )
    return rows


def _fetch_kpi_tables(db, doc_id, truth):
    rows = _rows(db, "select * from kpi_tables where document_id = ? order by char_start", [doc_id])
    return _with_page(rows, truth)


def _fetch_facts(db, doc_id, truth):
    rows = _rows(db, "select * from facts where document_id = ? order by char_start", [doc_id])
    return _with_page(rows, truth)


def _fetch_case_studies(db, doc_id, truth):
    rows = _rows(db, "select * from case_studies where document_id = ? order by char_start", [doc_id])
    return _with_page(rows, truth)


def _fetch_glossary(db, doc_id, truth):
    return _rows(db, "select * from glossary where document_id = ? order by char_start", [doc_id])


def _kpi_cell_blank(row: dict) -> bool:
    return row.get("value") is None and not (norm_text(row.get("raw")) or "")


def _kpi_matches(t, g):
    if norm_text(g.get("table_title")) not in _titles(t.get("table_title")):
        return False
    if norm_text(t.get("row_label")) != norm_text(g.get("row_label")):
        return False
    if norm_text(t.get("column_label")) != norm_text(g.get("column_label")):
        return False
    if t.get("value") is not None:
        return same_number(t["value"], g.get("value"))
    return g.get("value") is None and norm_text(t.get("raw")) == norm_text(g.get("raw"))


def _fact_matches(t, g):
    if not same_number(t.get("value"), g.get("value")) or t.get("value") is None:
        return False
    if t.get("unit") is not None and g.get("unit") is not None and norm_unit(t["unit"]) != norm_unit(g["unit"]):
        return False  # a missing unit is a field mismatch, a different one another figure
    return subject_overlap(t.get("subject"), g.get("subject")) >= FACT_SUBJECT_OVERLAP


def _case_study_matches(t, g):
    if t.get("dob_year") != g.get("dob_year"):
        return False
    return t.get("title") is None or norm_text(t["title"]) == norm_text(g.get("title"))


def _num(v: Any) -> str:
    n = as_number(v)
    if n is None:
        return "None"
    return str(int(n)) if n == int(n) else f"{n:g}"


RECORD_TYPES: dict[str, RecordType] = {
    t.name: t
    for t in [
        RecordType(
            "agenda_items",
            _fetch_agenda_items,
            _agenda_item_matches,
            lambda r: f"{r.get('number') or '#' + str(r.get('position'))} {r.get('title')!r}",
            {"position": "number", "description": "text", "page_start": "number", "page_end": "number", "to_follow": "bool",
             "restricted": "bool", "report_type": "text", "source_item_id": "text"},  # fmt: skip
        ),
        RecordType(
            "resolutions",
            _fetch_resolutions,
            lambda t, g: _item_ref_matches(t, g) and t.get("position") == g.get("position") and norm_resolution(t.get("text")) == norm_resolution(g.get("text")),
            lambda r: f"{_item_ref(r)} ({r.get('position')}) {r.get('text')!r}",
            {"part": "part", "outcome": "text", "explicit": "bool"},
        ),
        RecordType(
            "actions",
            _fetch_actions,
            lambda t, g: text_similarity(t.get("text"), g.get("text")) >= ACTION_SIMILARITY,
            lambda r: f"{_item_ref(r)} {r.get('text')!r}",
            {"due": "text", "item_number": "label"},
            similarity=lambda t, g: text_similarity(t.get("text"), g.get("text")),
        ),
        RecordType(
            "work_programme",
            _fetch_work_programme,
            lambda t, g: t.get("planned_date") == g.get("planned_date") and norm_text(t.get("title")) == norm_text(g.get("title")),
            lambda r: f"{r.get('planned_date')} {r.get('title')!r}",
        ),
        RecordType(
            "membership",
            _fetch_memberships,
            lambda t, g: norm_name(t.get("name")) == norm_name(g.get("name")) and t.get("role") == g.get("role"),
            lambda r: f"{r.get('name')} ({r.get('role')})",
            {"party": "text", "order": "number"},
        ),
        RecordType(
            "attendees",
            _fetch_attendees,
            lambda t, g: norm_name(t.get("name")) == norm_name(g.get("name")) and t.get("status") == g.get("status") and t.get("role") == g.get("role"),
            lambda r: f"{r.get('name')} ({r.get('role')}, {r.get('status')})",
            {"remote": "bool", "job_title": "text", "organisation": "text", "substitute_for": "name", "party": "text"},
        ),
        RecordType(
            "declarations",
            _fetch_declarations,
            lambda t, g: norm_name(t.get("name")) == norm_name(g.get("name")) and _item_ref_matches(t, g),
            lambda r: f"{r.get('name')} on {_item_ref(r)}",
            {"interest_type": "text", "description": "text", "action": "text", "item_reference": "text"},
        ),
        RecordType(
            "kpi_tables",
            _fetch_kpi_tables,
            lambda t, g: norm_text(g.get("title")) in _titles(t.get("title")),
            lambda r: f"{r.get('title')!r} (page {r.get('page', r.get('page_in_truth_numbering'))})",
            {"page": "number", "ruled": "bool", "header": "list"},
        ),
        RecordType(
            "kpi_values",
            _fetch_kpi_values,
            _kpi_matches,
            lambda r: f"[{(r.get('table_title')[0] if isinstance(r.get('table_title'), list) else r.get('table_title'))!r}] "
            f"{r.get('row_label')!r} x {r.get('column_label')!r} = {r.get('raw')!r}",
            {"raw": "text", "unit": "unit", "numerator": "number", "denominator": "number", "period": "text"},
            skip=_kpi_cell_blank,
        ),
        RecordType(
            "facts",
            _fetch_facts,
            _fact_matches,
            lambda r: f"{r.get('raw')!r} = {_num(r.get('value'))} {r.get('unit')}: {r.get('subject')!r}",
            {"raw": "text", "unit": "unit", "numerator": "number", "denominator": "number", "page": "number"},
            similarity=lambda t, g: subject_overlap(t.get("subject"), g.get("subject")),
        ),
        RecordType(
            "case_studies",
            _fetch_case_studies,
            _case_study_matches,
            lambda r: f"{r.get('kind') or 'case study'} {r.get('title')!r} dob {r.get('dob_year')}",
            {"kind": "text", "page": "number"},
        ),
        RecordType(
            "glossary",
            _fetch_glossary,
            lambda t, g: norm_text(t.get("term")) == norm_text(g.get("term")) and norm_text(t.get("expansion")) == norm_text(g.get("expansion")),
            lambda r: f"{r.get('term')} = {r.get('expansion')!r}",
        ),
    ]
}
# the column of the extracted row an attribute is compared with, where it differs from the truth's name
_ATTRIBUTE_SOURCE = {"page": "page_in_truth_numbering"}

# meeting fields: compared one by one (each non-null field is a unit)
MEETING_FIELDS = {
    "council": "text", "committee": "text", "date": "text", "start_time": "text", "venue": "text", "status": "text",
    "quorum": "number", "published_on": "text", "contact_name": "name", "contact_email": "text", "contact_phone": "phone",
    "previous_minutes_date": "text", "source_meeting_id": "text", "source_kind": "text",
}  # fmt: skip
# every record type eval knows, in the order they are printed
TYPE_ORDER = ["meetings", *list(RECORD_TYPES)[:7], "declarations_none", *list(RECORD_TYPES)[7:], "young_person_names"]

# ---------------------------------------------------------------------------
# Scores
# ---------------------------------------------------------------------------


@dataclass
class Score:
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


def _nearest(spec: RecordType, truth_row: dict, candidates: list[dict]) -> str:
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
    spec = RECORD_TYPES[kind]
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
            got_value = g.get(_ATTRIBUTE_SOURCE.get(column, column))
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


# ---------------------------------------------------------------------------
# Truth files
# ---------------------------------------------------------------------------


@dataclass
class Truth:
    file: Path  # the truth file in eval/truth
    document: str  # as named: relative to the repo or to its parent
    path: Path | None  # where it is, if present
    set: str
    data: dict
    partial: set[str] = field(default_factory=set)  # record types whose truth is a selection: false finds not counted
    ignore: dict[str, list[str]] = field(default_factory=dict)  # record type -> columns not compared


def _locate(document: str) -> Path | None:
    for base in (REPO, REPO.parent):
        candidate = base / document
        if candidate.is_file():
            return candidate
    return None


def _set_of(document: str) -> str:
    if document.startswith("shared/seeds/"):
        return "seeds"
    if document.startswith("shared/corpus/"):
        return "corpus"
    if document.startswith("samples/"):
        return "samples"
    return "other"


def load_truths(truth_dir: Path) -> list[Truth]:
    """Every ground-truth file in the directory (sorted), registrations of sample truth files resolved."""
    truths = []
    for file in sorted(Path(truth_dir).glob("*.json")):
        data = json.loads(file.read_text(encoding="utf-8"))
        options = data
        if "truth" in data:  # a registration: {"truth": "samples/eastbrook/x.pdf.truth.json", ...}
            target = REPO / data["truth"]
            data = json.loads(target.read_text(encoding="utf-8"))
            document = (target.parent.relative_to(REPO) / data["document"]).as_posix()
        else:
            document = data["document"]
        truths.append(
            Truth(
                file=file,
                document=document,
                path=_locate(document),
                set=options.get("set") or _set_of(document),
                data=data,
                partial=set(options.get("partial", [])),
                ignore=dict(options.get("ignore", {})),
            )
        )
    return truths


# ---------------------------------------------------------------------------
# Running the pipeline and scoring a document
# ---------------------------------------------------------------------------


@dataclass
class DocumentResult:
    truth: Truth
    scores: dict[str, Score]
    seconds: float
    error: str | None = None


def _young_person_names(db, doc_id: str, names: list[str]) -> Score:
    """Children's names must not survive in any stored text of the document."""
    score = Score()
    texts = [r["text"] or "" for r in db.query("select text from pages where document_id = ?", [doc_id])]
    for table in ("agenda_items", "resolutions", "actions", "facts", "case_studies", "kpi_tables", "kpi_values", "declarations", "mentions"):
        for row in db.query(f"select * from [{table}] where document_id = ?", [doc_id]):
            texts.extend(str(v) for v in row.values() if isinstance(v, str))
    blob = "\n".join(texts)
    for name in names:
        if re.search(rf"\b{re.escape(name)}\b", blob):
            score.fn += 1
            score.misses.append(f"{name!r} is still in the stored text")
        else:
            score.tp += 1
    return score


def _mask_names(row: dict, names: list[str]) -> dict:
    """A case study's title as stored: the young person's name replaced by the redaction mark."""
    title = row.get("title")
    for name in names:
        if title:
            title = re.sub(rf"\b{re.escape(name)}\b", "█", title)
    return {**row, "title": title}


def evaluate_document(truth: Truth, workdir: Path) -> DocumentResult:
    """Ingest one document into a fresh database and score it against its truth."""
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
                got = _rows(db, "select * from meeting_records where document_id = ? order by date", [doc_id])
                scores[kind] = score_meetings(truth.data[kind], got, ignore)
            elif kind == "declarations_none":
                got = _rows(db, "select declarations_none from meeting_records where document_id = ? order by date", [doc_id])
                value = got[0]["declarations_none"] if got else None
                value = None if value is None else bool(value)
                scores[kind] = score_fields({kind: truth.data[kind]}, {kind: value}, {kind: "bool"})
            elif kind == "young_person_names":
                scores[kind] = _young_person_names(db, doc_id, truth.data[kind])
            else:
                spec = RECORD_TYPES[kind]
                truth_rows = [{k: v for k, v in row.items() if k not in ignore} for row in truth.data[kind]]
                if kind == "case_studies":  # children's names are masked before anything is stored
                    truth_rows = [_mask_names(row, truth.data.get("young_person_names", [])) for row in truth_rows]
                scores[kind] = score_rows(kind, truth_rows, spec.fetch(db, doc_id, truth.data), partial=kind in truth.partial)
        return DocumentResult(truth, scores, time.perf_counter() - started, error=result.document.error)
    finally:
        db.close()


@dataclass
class Report:
    documents: list[DocumentResult]
    skipped: list[tuple[Truth, str]]
    seconds: float

    def sets(self) -> dict[str, dict[str, Score]]:
        """Micro-averaged scores per set and record type (sum of TP/FP/FN over the set's documents)."""
        out: dict[str, dict[str, Score]] = {}
        for doc in self.documents:
            for kind, score in doc.scores.items():
                out.setdefault(doc.truth.set, {}).setdefault(kind, Score()).add(score)
        return {s: {k: out[s][k] for k in TYPE_ORDER if k in out[s]} for s in sorted(out, key=lambda s: (s not in SETS, SETS.index(s) if s in SETS else 0, s))}

    def complete_sets(self) -> set[str]:
        """Sets none of whose documents was skipped (only those are compared with, or recorded in, the baseline)."""
        skipped = {t.set for t, _ in self.skipped}
        return {d.truth.set for d in self.documents} - skipped


def evaluate(truth_dir: Path, echo: Callable[[str], Any] | None = None) -> Report:
    """Score every document with ground truth; skip (with the reason) those that are absent."""
    started = time.perf_counter()
    truths = load_truths(truth_dir)
    documents, skipped = [], []
    with tempfile.TemporaryDirectory(prefix="councilpack-eval-") as tmp:
        for truth in truths:
            if truth.path is None:
                reason = f"document not found: {truth.document} (looked in {REPO} and {REPO.parent})"
                skipped.append((truth, reason))
                if echo:
                    echo(f"skip {truth.file.name}: {reason}")
                continue
            documents.append(evaluate_document(truth, Path(tmp)))
    return Report(documents, skipped, time.perf_counter() - started)


# ---------------------------------------------------------------------------
# Baseline
# ---------------------------------------------------------------------------


def baseline_data(report: Report, previous: dict | None = None) -> dict:
    """The baseline: F1 (and counts) per set and record type, and per document.

    Sets with a skipped document and documents not evaluated keep their previous values.
    """
    previous = previous or {}
    sets = {k: v for k, v in previous.get("sets", {}).items()}
    complete = report.complete_sets()
    for name, kinds in report.sets().items():
        if name in complete:
            sets[name] = {kind: score.as_dict() for kind, score in kinds.items()}
    documents = dict(previous.get("documents", {}))
    for doc in report.documents:
        documents[doc.truth.document] = {
            "set": doc.truth.set,
            "truth": doc.truth.file.relative_to(REPO).as_posix() if doc.truth.file.is_relative_to(REPO) else doc.truth.file.name,
            "f1": {kind: round(score.f1, 4) for kind, score in doc.scores.items()},
        }
    from pipeline import EXTRACTOR_VERSION

    return {
        "about": "F1 per record type per set (seeds, corpus, samples) and per document, written by `councilpack eval --record`. "
        "tests/test_eval.py fails when a set's F1 drops below these values.",
        "recorded_on": dt.date.today().isoformat(),
        "extractor_version": EXTRACTOR_VERSION,
        "sets": {k: sets[k] for k in sorted(sets, key=lambda s: (s not in SETS, SETS.index(s) if s in SETS else 0, s))},
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


# ---------------------------------------------------------------------------
# Printing
# ---------------------------------------------------------------------------


def _fmt(v: float | None) -> str:
    return "    -" if v is None else f"{v:5.3f}"


def _table(scores: dict[str, Score], echo, indent: str = "  ") -> None:
    echo(f"{indent}{'record type':<18} {'truth':>5} {'found':>5} {'tp':>4} {'fp':>4} {'fn':>4}  {'prec':>5} {'recall':>6} {'F1':>5}  fields")
    for kind, s in scores.items():
        fields = f"{s.checked - s.wrong}/{s.checked}" if s.checked else "-"
        echo(f"{indent}{kind:<18} {s.tp + s.fn:>5} {s.tp + s.fp:>5} {s.tp:>4} {s.fp:>4} {s.fn:>4}  {_fmt(s.precision)} {_fmt(s.recall):>6} {_fmt(s.f1)}  {fields}")


def _set_rank(name: str) -> tuple:
    return (SETS.index(name) if name in SETS else len(SETS), name)


def print_report(report: Report, echo, verbose: bool = True) -> None:
    for doc in sorted(report.documents, key=lambda d: (_set_rank(d.truth.set), d.truth.document)):
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


def _resolve(path: Path) -> Path:
    path = Path(path)
    if path.is_absolute() or path.exists():
        return path
    return REPO / path


def main(truth, baseline, record: bool = False, verbose: bool = True, echo=print) -> int:
    """``councilpack eval``: print the scores; with ``record`` write the baseline. Returns the exit code."""
    truth_dir, baseline_path = _resolve(truth), _resolve(baseline)
    if not truth_dir.is_dir():
        echo(f"no ground-truth directory at {truth_dir}")
        return 2
    report = evaluate(truth_dir, echo=echo)
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
