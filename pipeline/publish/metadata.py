"""Datasette metadata for a councilpack database, derived from the schema.

One mechanism, no hand-written copy per column:

- a table's title and description come from its pydantic model's docstring
  (a view's from the bullet of ``pipeline/views.py``'s docstring naming it);
- a column's description comes from its model field: ``Field(description=...)``,
  an attribute docstring, or the ``# comment`` after the field in the source,
  with the choices of a ``Literal`` type appended ("one of: held, cancelled, ...");
- what the models do not say (provenance columns every record shares, columns
  the loader adds to ``meetings``, computed view columns) is in
  :data:`COLUMN_NOTES` below, the single place to add a missing description.

Per table it also sets the default sort (newest meeting first), the facets,
hidden tables (full-text indexes and internal bookkeeping) and units.
"""

from __future__ import annotations

import ast
import html
import inspect
import io
import re
import textwrap
import tokenize
import types
import typing
from functools import lru_cache
from typing import Any

from pydantic import BaseModel

import pipeline.views
from schemas import RECORD_TYPES, Document, Meeting, Page, Person, PersonAlias, Redaction
from schemas.meetings import MeetingDocument

from pipeline.publish import queries

DATABASE = "councilpack"
OGL_URL = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"

# Every table backed by a model (each record type names its table; the loader uses the same).
TABLE_MODELS: dict[str, type[BaseModel]] = {
    "documents": Document,
    "pages": Page,
    "meetings": Meeting,
    "meeting_documents": MeetingDocument,
    "people": Person,
    "person_aliases": PersonAlias,
    **{model.table: model for model in RECORD_TYPES},
    "redactions": Redaction,
}

# Shown on the database page in this order, then any other table.
TABLE_TITLES = {
    "meetings": "Meetings",
    "agenda_items": "Agenda items",
    "resolutions": "Resolutions",
    "actions": "Actions promised",
    "work_programme": "Work programme",
    "attendees": "Attendance",
    "memberships": "Committee memberships",
    "declarations": "Declarations of interest",
    "mentions": "People named in the minutes",
    "people": "People",
    "person_aliases": "Name forms of people",
    "kpi_tables": "KPI tables",
    "kpi_values": "KPI values",
    "facts": "Figures in prose",
    "case_studies": "Case studies",
    "glossary": "Glossary",
    "documents": "Source documents",
    "pages": "Pages of the source documents",
    "meeting_documents": "Documents of each meeting",
    "meeting_records": "Each document's own description of a meeting",
    "redactions": "Redactions",
    "meeting_attendance": "Attendance by meeting (view)",
    "attendance_rates": "Attendance rates (view)",
    "declarations_by_member": "Declarations by member (view)",
    "document_versions": "Document versions (view)",
    "version_page_changes": "Page changes between versions (view)",
    "attendance_summary": "Attendance rates by member and committee",
    "action_followups": "Actions promised for the next meeting, and whether they came back",
}

# Said after the model's docstring; a table in TABLE_DESCRIPTIONS gets that instead of its model's docstring.
TABLE_DESCRIPTIONS = {
    "attendance_summary": "Per member per committee: meetings present, apologies, absences and the attendance rate over "
    "the meetings whose attendance is recorded. Kept up to date by the loader (refreshed for a committee whenever one "
    "of its meetings changes); officers and guests left out.",
    "action_followups": "Every action due at 'the next meeting', joined to the same committee's next meeting by date "
    "(cancelled meetings skipped) and whether that meeting's minutes mention it: 'mentioned' when every key word of "
    "the action appears in the next minutes, 'partly mentioned' when at least half do. A heuristic to be checked by "
    "reading; kept up to date by the loader.",
    "meetings": "One row per meeting, merged from every document that describes it (agenda pack, minutes page, "
    "web-service XML), the council's own documents before anyone else's. ``id`` is the ``council/committee/date`` "
    "slug; each document's own description is in ``meeting_records``.",
}
TABLE_NOTES = {
    "meeting_records": "The ``meetings`` row is merged from these.",
    "pages": "Offsets of every extracted row are into the document text: these pages joined with a line feed "
    "and a form feed.",
}

# Provenance columns shared by every extracted row, then per-table additions.
COLUMN_NOTES: dict[str, dict[str, str]] = {
    "*": {
        "document_id": "The source document (sha256 of its bytes).",
        "page": "Physical page of the source document (1-based; HTML, XML and text documents have one page). "
        "The link opens the document at that page; 'text' shows the exact source text of the row.",
        "char_start": "Start of the row's source text: offset into the document text (pages joined with \\n\\f).",
        "char_end": "End (exclusive) of the row's source text in the document text.",
        "extractor": "The extractor that produced the row.",
        "meeting_id": "The meeting: council/committee/date slug.",
        "agenda_item_id": "The agenda item the row belongs to.",
        "person_id": "The person (one row of people per person within a council).",
        "position": "1-based order within the document or item.",
        "printed_page": "The page number printed on the page (a pack's own numbering).",
    },
    "meetings": {
        "id": "The meeting: council/committee/date slug.",
        "source_kind": "primary: the council's own record; secondary: only someone else's summary describes it.",
        "document_count": "How many current documents describe the meeting.",
        "status_reason": "Why the status was overridden (the source withdrew or cancelled the meeting).",
        "last_seen_at": "When a scrape last saw the meeting listed.",
        "council": "The council, as its documents name it.",
        "committee": "The committee, panel or board.",
        "status": "Whether the meeting took place",
        "venue": "Where the meeting is held.",
        "contact_name": "Democratic services contact named on the agenda.",
        "contact_email": "E-mail of the contact.",
        "contact_phone": "Telephone of the contact.",
        "quorum": "Members needed for the meeting to go ahead (number of members).",
    },
    "meeting_records": {"id": "The meeting: council/committee/date slug."},
    "attendance_summary": {
        "council": "The council.", "committee": "The committee.", "person_key": "The person id, or the name where no person is linked.",
        "name": "The member.", "present": "Meetings the member was recorded present at.", "apologies": "Meetings they sent apologies to.",
        "absent": "Meetings they were recorded absent from.", "recorded_meetings": "Meetings whose attendance records them.",
        "attendance_rate": "present / recorded_meetings (0 to 1).", "attendance_percent": "The attendance rate as a percentage.",
    },
    "action_followups": {
        "action_id": "The action.", "date": "Date of the meeting that asked for it.", "council": "The council.", "committee": "The committee.",
        "action": "What was asked for.", "next_meeting_date": "Date of the committee's next meeting in the database.",
        "days_later": "Days between the two meetings (long: meetings in between are missing).",
        "followed_up": "mentioned / partly mentioned / not mentioned, or why it cannot be said.",
        "key_words": "The action's words looked for.", "key_words_found": "How many of them the next minutes contain.",
        "found_words": "Key words found in the next minutes.", "missing_words": "Key words not found.",
        "next_meeting_id": "The next meeting.",
    },
    "documents": {
        "id": "sha256 of the document's bytes.",
        "source": "Path or URL the document was read from. The link opens it.",
        "kind": "What the document is: agenda_pack, minutes_page, printed_minutes, agenda_item_page, webservice_meeting, ...",
        "media_type": "The format it was read as (application/pdf, text/html, ...).",
        "title": "The document's own title.",
        "page_count": "Number of physical pages.",
        "error": "Why the document could not be read (status = error).",
        "ingested_at": "When the document was first loaded (UTC).",
        "extractor_version": "Version of the extractors that read it.",
        "size_bytes": "Size of the file.",
        "superseded_by": "The newer version of the same source that replaced this one.",
        "status": "ok, or error when the document could not be read",
    },
    "pages": {
        "page": "Physical page number (1-based). The link opens the document at that page.",
        "char_start": "Where the page starts in the document text.",
        "char_end": "Where the page ends in the document text.",
        "text": "The page's text as extracted.",
    },
    "meeting_documents": {"role": "What the document is for this meeting (its kind: agenda_pack, minutes_page, ...)."},
    "people": {
        "id": "council-slug/name-slug.",
        "council": "The council the person is known in.",
        "name": "Full name, without honorific.",
        "honorific": "Councillor, Mr, Mrs, Dr, ...",
        "post_nominals": "Letters after the name (OBE, MBE, ...).",
    },
    "person_aliases": {
        "alias": "The name as written in the document.",
        "evidence_document_id": "The document that shows this written form.",
    },
    "agenda_items": {
        "id": "Item id: document prefix and position.",
        "title_inferred": "True where the title is not printed and was inferred.",
        "to_follow": "The agenda marks the item 'To Follow' (papers published later).",
        "restricted": "Part II / exempt item (press and public excluded).",
        "minutes_text": "What the minutes record for the item.",
        "links": "Documents linked from the item (JSON).",
        "number": "The item number exactly as printed (7, 47., ...).",
        "report_type": "The kind of report, as printed above its title",
        "title": "The item's title as printed.",
        "description": "The text under the title on the agenda.",
        "page_start": "First printed page of the item's papers in the pack.",
        "page_end": "Last printed page of the item's papers in the pack.",
    },
    "resolutions": {
        "id": "Resolution id.",
        "part": "Printed marker of a numbered part: (1), a., ...; empty for a single part.",
        "text": "The resolution's wording.",
        "outcome": "The key verb reduced to a word: noted, agreed, approved, endorsed, elected, ...",
        "explicit": "False where the minutes omit the word RESOLVED.",
    },
    "actions": {"id": "Action id.", "text": "The sentence recording what was asked for."},
    "work_programme": {"id": "Entry id.", "title": "The item planned."},
    "memberships": {
        "id": "Membership id.",
        "council": "The council.",
        "committee": "The committee.",
        "name": "The member's name.",
        "role": "The seat held.",
        "party": "Political group, as the front sheet heads it.",
        "reserve_order": "Order of a reserve member (1 = first reserve).",
    },
    "attendees": {
        "id": "Attendee id.",
        "name": "The person's name.",
        "role": "Capacity in which they attended.",
        "status": "Attendance as the document records it.",
        "remote": "Attended remotely / virtually.",
        "party": "Political group.",
        "ward": "Ward the councillor represents.",
        "job_title": "Officer's or guest's job title.",
        "organisation": "Officer's or guest's organisation.",
    },
    "declarations": {"id": "Declaration id.", "name": "Who declared.", "description": "What the interest is (the 'in that ...' reason)."},
    "mentions": {"id": "Mention id.", "name": "The person named."},
    "kpi_tables": {
        "id": "Table id.",
        "title": "The title printed above the table.",
        "n_rows": "Number of rows.",
        "n_cols": "Number of columns.",
        "header": "Column labels (JSON).",
        "rows": "Cell texts as printed (JSON).",
        "ruled": "True when the table has ruling lines.",
    },
    "kpi_values": {
        "id": "Cell id.",
        "table_id": "The KPI table the cell belongs to.",
        "row_index": "Row of the cell (0-based).",
        "col_index": "Column of the cell (0-based).",
        "row_label": "The row's label (first cell of the row).",
        "column_label": "The column's header.",
        "raw": "The cell as printed.",
        "value": "The number the cell states, in the cell's unit (empty for blank, n/a and suppressed cells).",
        "unit": "Unit of value: %, count, £, days, ...",
        "numerator": "Numerator where the cell gives one (8/17, 81.25% (13)).",
        "denominator": "Denominator where the cell gives one.",
        "period": "The period the cell is about: 2025-04 for April 2025, 2023/24 for a year.",
    },
    "facts": {
        "id": "Fact id.",
        "value": "The number stated, in the fact's unit.",
        "unit": "Unit of value: %, count, £, ...",
        "numerator": "Numerator where given.",
        "denominator": "Denominator where given.",
    },
    "case_studies": {
        "id": "Case study id.",
        "title": "Title of the case study.",
        "fields": "Its structure (JSON), dates of birth reduced to the year, children's names replaced.",
        "dob_year": "Year of birth of the child or young person, where given.",
    },
    "glossary": {"id": "Entry id.", "term": "The acronym.", "expansion": "What it stands for."},
    "redactions": {
        "page": "Physical page where the redacted text was.",
        "char_start": "Start of the redacted span in the document text.",
        "char_end": "End of the redacted span.",
        "replacement": "The placeholder written instead.",
        "rule": "The rule that found it.",
    },
    # views: computed columns (the others are described like the tables they come from)
    "meeting_attendance": {
        "person_key": "person_id, or the name where the person is not linked.",
        "status": "Best status any document gives: present, apologies, absent or expected.",
        "remote": "Attended remotely according to any document.",
        "roles": "Capacities recorded for the person at the meeting.",
    },
    "attendance_rates": {
        "present": "Meetings attended.",
        "apologies": "Meetings with apologies sent.",
        "absent": "Meetings missed without apologies.",
        "recorded_meetings": "Meetings whose attendance is recorded for the person.",
        "attendance_rate": "present / recorded_meetings (0 to 1).",
    },
    "declarations_by_member": {"item_title": "Title of the agenda item the interest relates to."},
    "document_versions": {"version": "1 for the first version of the source ingested, 2 for the next, ..."},
    "version_page_changes": {
        "old_document_id": "The older version.",
        "new_document_id": "The version that replaced it.",
        "page": "Physical page.",
        "change": "added / removed / changed / unchanged.",
    },
}

# Model docs that read badly out of their source context, replaced.
COLUMN_OVERRIDES: dict[str, dict[str, str]] = {
    "*": {
        "date": "Meeting date, YYYY-MM-DD.",
        "start_time": "Start time, HH:MM (24-hour).",
        "declarations_none": "1: the minutes say no interests were declared; 0 or empty: not known.",
        "part_pages": "Where in that pack: its physical pages, first-last.",
    },
}

# For views (and meeting_records): which tables their other columns come from (descriptions are looked up there).
VIEW_SOURCES = {
    "meeting_records": ["meetings"],
    "meeting_attendance": ["meetings", "attendees"],
    "attendance_rates": ["meetings", "attendees"],
    "declarations_by_member": ["meetings", "declarations"],
    "document_versions": ["documents"],
    "version_page_changes": ["documents"],
}

SORT = {
    "meetings": {"sort_desc": "date"},
    "meeting_attendance": {"sort_desc": "date"},
    "declarations_by_member": {"sort_desc": "date"},
    "documents": {"sort_desc": "ingested_at"},
    "attendance_rates": {"sort": "attendance_rate"},
    "agenda_items": {"sort_desc": "meeting_id"},
    "resolutions": {"sort_desc": "meeting_id"},
    "actions": {"sort_desc": "meeting_id"},
    "work_programme": {"sort_desc": "planned_date"},
    "attendees": {"sort_desc": "meeting_id"},
    "declarations": {"sort_desc": "meeting_id"},
    "kpi_values": {"sort": "table_id"},
}

FACETS = {
    "meetings": ["council", "committee", "status"],
    "agenda_items": ["restricted", "to_follow"],
    "resolutions": ["outcome"],
    "actions": ["due"],
    "memberships": ["council", "committee", "role", "party"],
    "attendees": ["role", "status", "remote"],
    "declarations": ["interest_type", "action"],
    "mentions": ["role_in_item"],
    "kpi_tables": ["method"],
    "kpi_values": ["unit", "status"],
    "facts": ["unit"],
    "case_studies": ["kind"],
    "documents": ["kind", "status", "media_type"],
    "people": ["council"],
    "meeting_attendance": ["council", "committee", "status"],
    "attendance_rates": ["council", "committee"],
    "declarations_by_member": ["council", "committee", "interest_type"],
    "version_page_changes": ["change"],
}

LABEL_COLUMNS = {
    "agenda_items": "title",
    "people": "name",
    "documents": "title",
    "kpi_tables": "title",
}

UNITS = {"documents": {"size_bytes": "byte"}}

# Tables nobody needs to browse: full-text indexes (added below) and bookkeeping.
INTERNAL_TABLES = {"meeting_status_overrides"}


def _literal_choices(annotation: Any) -> list[str] | None:
    origin = typing.get_origin(annotation)
    if origin is typing.Literal:
        return [str(a) for a in typing.get_args(annotation)]
    if origin in (typing.Union, types.UnionType):
        for arg in typing.get_args(annotation):
            choices = _literal_choices(arg)
            if choices:
                return choices
    return None


@lru_cache(maxsize=None)
def _source_docs(cls: type) -> dict[str, str]:
    """Attribute docstrings and trailing ``# comments`` of a class body, by field name."""
    try:
        source = textwrap.dedent(inspect.getsource(cls))
    except (OSError, TypeError):
        return {}
    comments: dict[int, str] = {}
    for tok in tokenize.generate_tokens(io.StringIO(source).readline):
        if tok.type == tokenize.COMMENT:
            comments[tok.start[0]] = tok.string.lstrip("#").strip()
    docs: dict[str, str] = {}
    body = ast.parse(source).body[0].body  # type: ignore[attr-defined]
    for node, following in zip(body, [*body[1:], None]):
        if not (isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name)):
            continue
        name = node.target.id
        if isinstance(following, ast.Expr) and isinstance(following.value, ast.Constant) and isinstance(following.value.value, str):
            docs[name] = inspect.cleandoc(following.value.value)
        elif node.lineno in comments and "fmt:" not in comments[node.lineno]:
            docs[name] = comments[node.lineno]
    return docs


def field_docs(model: type[BaseModel]) -> dict[str, str]:
    """Each field's documentation as the model gives it (own fields override inherited ones)."""
    docs: dict[str, str] = {}
    for cls in reversed(model.__mro__):
        if isinstance(cls, type) and issubclass(cls, BaseModel) and cls is not BaseModel:
            docs.update(_source_docs(cls))
    for name, field in model.model_fields.items():
        if field.description:
            docs[name] = field.description
    return docs


def _sentence(text: str) -> str:
    text = text.strip()
    first = text.split(" ", 1)[0] if text else ""
    if text and text[0].islower() and not re.search(r"[\d_:/]", first) and not text.startswith("e.g."):
        text = text[0].upper() + text[1:]
    return text


def column_descriptions(table: str, columns: list[str]) -> dict[str, str]:
    """Description of each column of ``table``: model field docs, then COLUMN_NOTES, plus Literal choices."""
    model = TABLE_MODELS.get(table)
    from_model = field_docs(model) if model else {}
    notes = {**COLUMN_NOTES["*"], **COLUMN_NOTES.get(table, {})}
    descriptions: dict[str, str] = {}
    for column in columns:
        overrides = {**COLUMN_OVERRIDES["*"], **COLUMN_OVERRIDES.get(table, {})}
        text = overrides.get(column) or from_model.get(column) or notes.get(column)
        if text and text.startswith("e.g.") and notes.get(column):  # an example only: say what it is first
            text = f"{notes[column].rstrip('.')}, {text}"
        if text is None:
            for source in VIEW_SOURCES.get(table, []):
                text = column_descriptions(source, [column]).get(column)
                if text:
                    break
        choices = _literal_choices(model.model_fields[column].annotation) if model and column in model.model_fields else None
        if choices:
            listed = "one of: " + ", ".join(choices)
            text = f"{_sentence(text).rstrip('.')}; {listed}." if text else listed[0].upper() + listed[1:] + "."
        if text:
            descriptions[column] = _sentence(text)
    return descriptions


def _rst_to_html(text: str) -> str:
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", inspect.cleandoc(text)) if p.strip()]
    out = []
    for paragraph in paragraphs:
        escaped = html.escape(" ".join(line.strip() for line in paragraph.splitlines()))
        escaped = re.sub(r"``(.+?)``", r"<code>\1</code>", escaped)
        escaped = re.sub(r":\w+:`([^`]+)`", r"<code>\1</code>", escaped)
        out.append(f"<p>{escaped}</p>")
    return "\n".join(out)


def _plain(text: str) -> str:
    text = " ".join(inspect.cleandoc(text).split())
    return re.sub(r":\w+:`([^`]+)`", r"\1", text).replace("``", "")


def _view_docs() -> dict[str, str]:
    """The bullets of pipeline/views.py's docstring, by view name."""
    docs = {}
    for match in re.finditer(r"^- ``(\w+)``: (.+?)(?=^- ``|\Z)", pipeline.views.__doc__ or "", re.M | re.S):
        docs[match.group(1)] = " ".join(match.group(2).split()).rstrip(";.") + "."
    return docs


def table_description(table: str) -> str | None:
    model = TABLE_MODELS.get(table)
    parts = []
    if table in TABLE_DESCRIPTIONS:
        parts.append(TABLE_DESCRIPTIONS[table])
    elif model and model.__doc__:
        parts.append(model.__doc__)
    if table in _view_docs():
        doc = _view_docs()[table]
        parts.append(doc[0].upper() + doc[1:])
    if table in TABLE_NOTES:
        parts.append(TABLE_NOTES[table])
    return "\n\n".join(inspect.cleandoc(p) for p in parts) or None


DATABASE_DESCRIPTION = """
<p>What UK councils' committees put on their agendas, resolved, promised and reported, extracted from
their published meeting documents (agenda packs, minutes, ModernGov pages and web-service XML) by
<strong>councilpack</strong>.</p>
<p><strong>Extracted automatically: check every value against its source before you rely on it.</strong>
Every extracted row names its document, page and character span: in the tables, the <em>page</em> column
links to the page of the source document and <em>text</em> shows the exact source text.</p>
<p>Start with the <a href="#queries">queries</a>, the <a href="/-/councilpack/charts">charts</a> or
<a href="/councilpack/search">search everything</a>.</p>
"""

LICENCE = "Open Government Licence v3.0"
SOURCE = (
    "meeting documents published by each council (in England under the Open Government Licence; every row links to "
    "its document). Extracted automatically by councilpack: check against the source"
)

INSTANCE_DESCRIPTION = (
    "Council meeting documents turned into tables: meetings, agenda items, resolutions, actions, attendance, "
    "declarations of interest and KPIs, each row linked to the page it came from."
)


def build_metadata(columns_by_table: dict[str, list[str]]) -> dict:
    """Datasette metadata for a database whose tables and views have these columns."""
    tables: dict[str, dict] = {}
    for table, columns in columns_by_table.items():
        entry: dict[str, Any] = {}
        if table.endswith("_fts") or "_fts_" in table or table in INTERNAL_TABLES:
            tables[table] = {"hidden": True}
            continue
        if table in TABLE_TITLES:
            entry["title"] = TABLE_TITLES[table]
        description = table_description(table)
        if description:
            entry["description_html"] = _rst_to_html(description)
            entry["description"] = _plain(description)
        descriptions = column_descriptions(table, columns)
        if descriptions:
            entry["columns"] = descriptions
        entry.update({k: v for k, v in SORT.get(table, {}).items() if v in columns})
        facets = [f for f in FACETS.get(table, []) if f in columns]
        if facets:
            entry["facets"] = facets
        if table in LABEL_COLUMNS and LABEL_COLUMNS[table] in columns:
            entry["label_column"] = LABEL_COLUMNS[table]
        if table in UNITS:
            entry["units"] = UNITS[table]
        if f"{table}_fts" in columns_by_table:
            entry["fts_table"] = f"{table}_fts"
        tables[table] = entry
    return {
        "title": "councilpack: UK council meetings",
        "description": INSTANCE_DESCRIPTION,
        "license": LICENCE,
        "license_url": OGL_URL,
        "source": SOURCE,
        "extra_css_urls": ["/-/councilpack/static/councilpack.css"],
        "databases": {
            DATABASE: {
                "title": "Council meetings",
                "description_html": DATABASE_DESCRIPTION.strip(),
                "license": LICENCE,
                "license_url": OGL_URL,
                "source": SOURCE,
                "tables": tables,
                "queries": queries.canned_queries(),
            }
        },
    }


def summary(table: str) -> str | None:
    """The first sentence of a table's description, for the database page."""
    description = table_description(table)
    if not description:
        return None
    first = _plain(re.split(r"\n\s*\n", description)[0])
    return re.split(r"(?<=[a-z)])\. ", first)[0].rstrip(".") + "."


def table_order(tables: list[dict]) -> list[str]:
    """Table names for the database page: the titled tables in TABLE_TITLES order, then the rest, hidden last."""
    rank = {name: i for i, name in enumerate(TABLE_TITLES)}
    return [t["name"] for t in sorted(tables, key=lambda t: (t.get("hidden", False), rank.get(t["name"], len(rank)), t["name"]))]
