"""What eval scores for each record type: how rows are fetched, keyed, compared and shown.

One :class:`ScoredRecord` per record type a truth file can list as rows
(``agenda_items``, ``resolutions``, ``facts``, ...), all in
:data:`SCORED_RECORDS`, keyed by the truth file's key. Each says

- ``fetch``: the SQL that reads one document's extracted rows back from the
  database, shaped like the truth's rows (an item's number joined in, the
  page in the truth's numbering);
- ``matches``: the key -- is this extracted row this truth row? (the
  "matched on" column of the table in ``eval/README.md``);
- ``attributes``: the other columns, compared on matched pairs only, each
  with its comparison kind from :mod:`pipeline.evaluate.normalise`;
- ``show``: one line naming a row in misses and false finds.

This is eval's own view of the tables, not ``schemas.RECORD_TYPES`` (the
pydantic models the pipeline stores). Meetings, ``declarations_none`` and
``young_person_names`` are scored field by field or by search, not as
matched rows (their SQL is at the end); :data:`TYPE_ORDER` lists every key
eval knows, in the order they are printed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Iterable

from pipeline.evaluate.normalise import (
    ACTION_SIMILARITY,
    FACT_SUBJECT_OVERLAP,
    as_number,
    names_agree,
    norm_name,
    norm_number_label,
    norm_resolution,
    norm_text,
    norm_unit,
    same_number,
    subject_overlap,
    text_similarity,
)


def _titles(value: Any) -> list[str]:
    """A KPI table's titles, normalised: the truth may give several (a heading and a caption)."""
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
    """How a row names its agenda item in misses and false finds."""
    if row.get("item_number") is not None:
        return f"item {row['item_number']}"
    if row.get("item_position") is not None:
        return f"item #{row['item_position']}"
    if row.get("item_title") is not None:
        return f"item '{row['item_title']}'"
    return "no item"


@dataclass
class ScoredRecord:
    """How one record type is scored: the rows of a document, their key, the columns checked on pairs."""

    name: str  # the truth file's key
    fetch: Callable[[Any, str, dict], list[dict]]
    matches: Callable[[dict, dict], bool]  # the key: is this extracted row this truth row?
    show: Callable[[dict], str]
    attributes: dict[str, str] = field(default_factory=dict)  # column -> comparison kind, checked on matched pairs
    similarity: Callable[[dict, dict], float] | None = None  # preference among several candidates
    skip: Callable[[dict], bool] | None = None  # rows not compared at all (both sides)


def fetch_rows(db, sql: str, params: Iterable) -> list[dict]:
    """The rows of a query as plain dicts (the matchers read them like truth rows)."""
    return [dict(r) for r in db.query(sql, list(params))]


_ITEM_JOIN = "left join agenda_items a on a.id = x.agenda_item_id"
_ITEM_COLS = "a.number as item_number, a.position as item_position, a.title as item_title"


def _fetch_agenda_items(db, doc_id, truth):
    return fetch_rows(db, "select * from agenda_items where document_id = ? order by position", [doc_id])


def _agenda_item_matches(t, g):
    if t.get("number") is not None:
        if norm_number_label(t["number"]) != norm_number_label(g.get("number")):
            return False
    elif t.get("position") is not None and t["position"] != g.get("position"):
        return False
    return t.get("title") is None or norm_text(t["title"]) == norm_text(g.get("title"))


def _fetch_resolutions(db, doc_id, truth):
    return fetch_rows(db, f"select x.*, {_ITEM_COLS} from resolutions x {_ITEM_JOIN} where x.document_id = ? order by a.position, x.position", [doc_id])


def _fetch_actions(db, doc_id, truth):
    return fetch_rows(db, f"select x.*, {_ITEM_COLS} from actions x {_ITEM_JOIN} where x.document_id = ? order by x.char_start", [doc_id])


def _fetch_work_programme(db, doc_id, truth):
    return fetch_rows(db, "select * from work_programme where document_id = ? order by char_start", [doc_id])


def _fetch_memberships(db, doc_id, truth):
    rows = fetch_rows(db, "select * from memberships where document_id = ? order by char_start", [doc_id])
    for r in rows:
        r["order"] = r.get("reserve_order")
    return rows


def _fetch_attendees(db, doc_id, truth):
    return fetch_rows(db, "select * from attendees where document_id = ? order by char_start", [doc_id])


def _fetch_declarations(db, doc_id, truth):
    """A declaration's item: the linked item's number, else the stored ``item_number`` (the item the declaration
    names when the document does not hold it: minutes of items 1-9 declaring on "agenda item 28")."""
    return fetch_rows(
        db,
        "select x.*, coalesce(a.number, x.item_number) as item_number, a.position as item_position, a.title as item_title "
        f"from declarations x {_ITEM_JOIN} where x.document_id = ? order by x.char_start",
        [doc_id],
    )


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
    rows = fetch_rows(
        db,
        "select v.*, t.title as table_title, t.printed_page as table_printed_page, t.page as table_page "
        "from kpi_values v join kpi_tables t on t.id = v.table_id where v.document_id = ? order by t.char_start, v.row_index, v.col_index",
        [doc_id],
    )
    return rows


def _fetch_table_cells(db, doc_id, truth):
    """The document's KPI cells inside the grid the truth covers: on its pages, in its rows and columns.

    The truth of ``table_cells`` names the cells of some tables (the figures of
    a page's table, not every label column or check row around it), so a cell
    is fetched only when its page, row label and column label all occur in the
    truth for that page; any other cell is neither a hit nor a false find.
    """
    grid: dict[int, tuple[set, set]] = {}
    for t in truth.get("table_cells") or []:
        rows, columns = grid.setdefault(t.get("page"), (set(), set()))
        rows.add(norm_text(t.get("row_label")))
        columns.add(norm_text(t.get("column_label")))
    got = fetch_rows(db, "select * from kpi_values where document_id = ? order by page, table_id, row_index, col_index", [doc_id])
    return [
        g for g in got
        if g.get("page") in grid and norm_text(g.get("row_label")) in grid[g["page"]][0] and norm_text(g.get("column_label")) in grid[g["page"]][1]
    ]  # fmt: skip


def _table_cell_matches(t, g):
    """A cell is right when all of it is: page, row label, column label, value, unit and scale."""
    return (
        t.get("page") == g.get("page")
        and norm_text(t.get("row_label")) == norm_text(g.get("row_label"))
        and norm_text(t.get("column_label")) == norm_text(g.get("column_label"))
        and same_number(t.get("value"), g.get("value"))
        and (t.get("value") is None or norm_unit(t.get("unit")) == norm_unit(g.get("unit")))
        and (t.get("value") is None or same_number(t.get("scale") or 1, g.get("scale") or 1))
    )


def _fetch_kpi_tables(db, doc_id, truth):
    rows = fetch_rows(db, "select * from kpi_tables where document_id = ? order by char_start", [doc_id])
    return _with_page(rows, truth)


def _fetch_facts(db, doc_id, truth):
    rows = fetch_rows(db, "select * from facts where document_id = ? order by char_start", [doc_id])
    return _with_page(rows, truth)


def _fetch_case_studies(db, doc_id, truth):
    rows = fetch_rows(db, "select * from case_studies where document_id = ? order by char_start", [doc_id])
    return _with_page(rows, truth)


def _fetch_glossary(db, doc_id, truth):
    return fetch_rows(db, "select * from glossary where document_id = ? order by char_start", [doc_id])


def _fetch_votes(db, doc_id, truth):
    return fetch_rows(
        db,
        f"select x.*, {_ITEM_COLS}, amended.position as amends_position from votes x {_ITEM_JOIN} "
        "left join votes amended on amended.id = x.amends_vote_id where x.document_id = ? order by a.position, x.position",
        [doc_id],
    )


def _fetch_vote_records(db, doc_id, truth):
    return fetch_rows(
        db,
        f"select x.*, v.position as vote_position, {_ITEM_COLS} from vote_records x join votes v on v.id = x.vote_id "
        "left join agenda_items a on a.id = v.agenda_item_id where x.document_id = ? order by a.position, v.position, x.char_start",
        [doc_id],
    )


def _vote_matches(t, g):
    """A vote is the same vote when it is under the same item with the same result and the same three counts (null = not printed)."""
    if not _item_ref_matches(t, g) or t.get("result") != g.get("result"):
        return False
    return all(t.get(c) == g.get(c) for c in ("for_count", "against_count", "abstain_count"))


def _vote_record_matches(t, g):
    """A named vote: the same item, the same vote of it (by position), the same name (normalised) and the same side."""
    return (
        _item_ref_matches(t, g)
        and t.get("vote_position") == g.get("vote_position")
        and norm_name(t.get("name")) == norm_name(g.get("name"))
        and t.get("vote") == g.get("vote")
    )


def _counts(r: dict) -> str:
    return "/".join("-" if r.get(c) is None else str(r.get(c)) for c in ("for_count", "against_count", "abstain_count"))


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


SCORED_RECORDS: dict[str, ScoredRecord] = {
    t.name: t
    for t in [
        ScoredRecord(
            "agenda_items",
            _fetch_agenda_items,
            _agenda_item_matches,
            lambda r: f"{r.get('number') or '#' + str(r.get('position'))} {r.get('title')!r}",
            {"position": "number", "description": "text", "page_start": "number", "page_end": "number", "to_follow": "bool",
             "restricted": "bool", "report_type": "text", "source_item_id": "text"},  # fmt: skip
        ),
        ScoredRecord(
            "resolutions",
            _fetch_resolutions,
            lambda t, g: _item_ref_matches(t, g) and norm_resolution(t.get("text")) == norm_resolution(g.get("text")),
            lambda r: f"{_item_ref(r)} ({r.get('position')}) {r.get('text')!r}",
            {"position": "number", "part": "part", "outcome": "text", "explicit": "bool"},
        ),
        ScoredRecord(
            "actions",
            _fetch_actions,
            lambda t, g: text_similarity(t.get("text"), g.get("text")) >= ACTION_SIMILARITY,
            lambda r: f"{_item_ref(r)} {r.get('text')!r}",
            {"due": "text", "item_number": "label"},
            similarity=lambda t, g: text_similarity(t.get("text"), g.get("text")),
        ),
        ScoredRecord(
            "work_programme",
            _fetch_work_programme,
            lambda t, g: t.get("planned_date") == g.get("planned_date") and norm_text(t.get("title")) == norm_text(g.get("title")),
            lambda r: f"{r.get('planned_date')} {r.get('title')!r}",
            {"decision_maker": "text"},
        ),
        ScoredRecord(
            "membership",
            _fetch_memberships,
            lambda t, g: norm_name(t.get("name")) == norm_name(g.get("name")) and t.get("role") == g.get("role"),
            lambda r: f"{r.get('name')} ({r.get('role')})",
            {"party": "text", "order": "number"},
        ),
        ScoredRecord(
            "attendees",
            _fetch_attendees,
            lambda t, g: norm_name(t.get("name")) == norm_name(g.get("name")) and t.get("status") == g.get("status") and t.get("role") == g.get("role"),
            lambda r: f"{r.get('name')} ({r.get('role')}, {r.get('status')})",
            {"remote": "bool", "job_title": "text", "organisation": "text", "substitute_for": "name", "party": "text"},
        ),
        ScoredRecord(
            "declarations",
            _fetch_declarations,
            lambda t, g: names_agree(t.get("name"), g.get("name")) and _item_ref_matches(t, g),
            lambda r: f"{r.get('name')} on {_item_ref(r)}",
            {"interest_type": "text", "description": "text", "action": "text", "item_reference": "text"},
        ),
        ScoredRecord(
            "kpi_tables",
            _fetch_kpi_tables,
            lambda t, g: norm_text(g.get("title")) in _titles(t.get("title")),
            lambda r: f"{r.get('title')!r} (page {r.get('page', r.get('page_in_truth_numbering'))})",
            {"page": "number", "ruled": "bool", "header": "list"},
        ),
        ScoredRecord(
            "kpi_values",
            _fetch_kpi_values,
            _kpi_matches,
            lambda r: f"[{(r.get('table_title')[0] if isinstance(r.get('table_title'), list) else r.get('table_title'))!r}] "
            f"{r.get('row_label')!r} x {r.get('column_label')!r} = {r.get('raw')!r}",
            {"raw": "text", "unit": "unit", "numerator": "number", "denominator": "number", "period": "text"},
            skip=_kpi_cell_blank,
        ),
        ScoredRecord(
            "table_cells",
            _fetch_table_cells,
            _table_cell_matches,
            lambda r: f"p{r.get('page')} {r.get('row_label')!r} x {r.get('column_label')!r} = {_num(r.get('value'))} {r.get('unit')} x{_num(r.get('scale'))}",
        ),
        ScoredRecord(
            "facts",
            _fetch_facts,
            _fact_matches,
            lambda r: f"{r.get('raw')!r} = {_num(r.get('value'))} {r.get('unit')}: {r.get('subject')!r}",
            {"raw": "text", "unit": "unit", "numerator": "number", "denominator": "number", "page": "number"},
            similarity=lambda t, g: subject_overlap(t.get("subject"), g.get("subject")),
        ),
        ScoredRecord(
            "case_studies",
            _fetch_case_studies,
            _case_study_matches,
            lambda r: f"{r.get('kind') or 'case study'} {r.get('title')!r} dob {r.get('dob_year')}",
            {"kind": "text", "page": "number"},
        ),
        ScoredRecord(
            "votes",
            _fetch_votes,
            _vote_matches,
            lambda r: f"{_item_ref(r)} ({r.get('position')}) {r.get('kind')} {r.get('result')} {_counts(r)} proposed {r.get('proposer')}",
            {"kind": "text", "proposer": "name", "seconder": "name", "counts_from": "text", "amends_position": "number"},
            similarity=lambda t, g: 1.0 if t.get("position") == g.get("position") else 0.0,
        ),
        ScoredRecord(
            "vote_records",
            _fetch_vote_records,
            _vote_record_matches,
            lambda r: f"{_item_ref(r)} vote {r.get('vote_position')}: {r.get('name')} {r.get('vote')}",
        ),
        ScoredRecord(
            "glossary",
            _fetch_glossary,
            lambda t, g: norm_text(t.get("term")) == norm_text(g.get("term")) and norm_text(t.get("expansion")) == norm_text(g.get("expansion")),
            lambda r: f"{r.get('term')} = {r.get('expansion')!r}",
        ),
    ]
}
# the column of the extracted row an attribute is compared with, where it differs from the truth's name
ATTRIBUTE_SOURCE = {"page": "page_in_truth_numbering"}

# meeting fields: compared one by one (each non-null field is a unit)
MEETING_FIELDS = {
    "council": "text", "committee": "text", "date": "text", "start_time": "text", "venue": "place", "status": "text",
    "quorum": "number", "published_on": "text", "contact_name": "name", "contact_email": "text", "contact_phone": "phone",
    "previous_minutes_date": "text", "source_meeting_id": "text", "source_kind": "text",
}  # fmt: skip
# every record type eval knows, in the order they are printed
TYPE_ORDER = ["meetings", *list(SCORED_RECORDS)[:7], "declarations_none", *list(SCORED_RECORDS)[7:], "young_person_names"]


def fetch_meetings(db, doc_id: str) -> list[dict]:
    """The document's meeting records, by date (scored field by field against the truth's ``meetings``)."""
    return fetch_rows(db, "select * from meeting_records where document_id = ? order by date", [doc_id])


def fetch_declarations_none(db, doc_id: str) -> bool | None:
    """Whether the document says nobody declared an interest (its first meeting record's flag); None: it does not say."""
    got = fetch_rows(db, "select declarations_none from meeting_records where document_id = ? order by date", [doc_id])
    value = got[0]["declarations_none"] if got else None
    return None if value is None else bool(value)


# the tables whose text could still carry a child's name (besides the pages themselves)
TEXT_TABLES = ("agenda_items", "resolutions", "actions", "facts", "case_studies", "kpi_tables", "kpi_values", "declarations", "mentions", "votes", "vote_records")


def stored_texts(db, doc_id: str) -> list[str]:
    """Every text the database holds for one document: its pages, then every string column of its rows."""
    texts = [r["text"] or "" for r in db.query("select text from pages where document_id = ?", [doc_id])]
    for table in TEXT_TABLES:
        for row in db.query(f"select * from [{table}] where document_id = ?", [doc_id]):
            texts.extend(str(v) for v in row.values() if isinstance(v, str))
    return texts
