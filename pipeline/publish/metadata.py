"""Datasette metadata for a councilpack database, derived from the table specs.

One mechanism, no hand-written copy per column:

- a table's title comes from its spec (:mod:`schemas.tables`), its
  description from its model's docstring (or the spec's ``description``)
  and the spec's ``note``; a view's from the bullet of
  ``pipeline/store/views.py``'s docstring naming it;
- a column's description is its model field's ``Field(description=...)``
  (the same text the exported JSON Schema carries), with the choices of a
  ``Literal`` type appended ("one of: held, cancelled, ...");
- what has no model (computed columns of views and summary tables) is in
  :data:`COLUMN_NOTES` below; a view's other columns are described like the
  columns of the tables they come from.

Per table it also sets the default sort (newest meeting first), the facets,
hidden tables (full-text indexes and internal bookkeeping) and units.
"""

from __future__ import annotations

import html
import inspect
import re
import types
import typing
from typing import Any

from pydantic import BaseModel

from pipeline.publish import queries
from pipeline.store import views
from pipeline.store.schema import MIGRATIONS_TABLE
from schemas import SPECS, TABLES, Extracted

DATABASE = "councilpack"
OGL_URL = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"

# Every table backed by a model: the table specs (schemas/), which give titles, descriptions and column descriptions.
TABLE_MODELS: dict[str, type[BaseModel]] = {spec.name: spec.model for spec in TABLES}

# Shown on the database page in this order, then any other table.
DISPLAY_ORDER = (
    "meetings", "agenda_items", "resolutions", "votes", "vote_records", "actions", "work_programme", "attendees", "memberships", "declarations",
    "mentions", "people", "person_aliases", "kpi_tables", "kpi_values", "facts", "case_studies", "glossary", "documents",
    "pages", "meeting_documents", "meeting_records", "redactions", "meeting_attendance", "attendance_rates",
    "declarations_by_member", "document_versions", "version_page_changes", "attendance_summary", "action_followups",
)  # fmt: skip
# Titles of what has no spec: the views and the summary tables.
OTHER_TITLES = {
    "meeting_attendance": "Attendance by meeting",
    "attendance_rates": "Attendance rates",
    "declarations_by_member": "Declarations by member",
    "document_versions": "Document versions",
    "version_page_changes": "Page changes between versions",
    "attendance_summary": "Attendance rates by member and committee",
    "action_followups": "Actions promised for the next meeting, and whether they came back",
    "watches": "Saved searches",
}
_TITLES = {**{spec.name: spec.title for spec in TABLES if not spec.hidden}, **OTHER_TITLES}
TABLE_TITLES = {name: _TITLES[name] for name in [*DISPLAY_ORDER, *_TITLES] if name in _TITLES}

# Descriptions of the summary tables (a spec'd table's is its model's docstring or the spec's description).
TABLE_DESCRIPTIONS = {
    "attendance_summary": "Per member per committee: meetings present, apologies, absences and the attendance rate over "
    "the meetings whose attendance is recorded. Kept up to date by the loader (refreshed for a committee whenever one "
    "of its meetings changes); officers and guests left out.",
    "watches": "Phrases a follower asked to be told about (`councilpack watch add`): every `councilpack digest` reports "
    "their new matches, and each has an Atom feed (the canned query watch_feed).",
    "action_followups": "Every action due at 'the next meeting', joined to the same committee's next meeting by date "
    "(cancelled meetings skipped) and whether that meeting's minutes mention it: 'mentioned' when every key word of "
    "the action appears in the next minutes, 'partly mentioned' when at least half do. A heuristic to be checked by "
    "reading; kept up to date by the loader.",
}
# Columns of the views and summary tables (a spec'd table's columns are described by its model's fields).
COLUMN_NOTES: dict[str, dict[str, str]] = {
    "watches": {
        "id": "The saved search's id (the :watch of the watch_feed query).", "query": "The phrase looked for.",
        "council": "Only in this council's meetings (blank: any).", "committee": "Only in this committee's meetings (blank: any).",
        "created_at": "When it was saved (UTC).",
    },
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

# For views: which tables their other columns come from (descriptions are looked up there).
VIEW_SOURCES = {
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
    "agenda_items": {"sort_desc": "meeting_date"},
    "resolutions": {"sort_desc": "meeting_date"},
    "votes": {"sort_desc": "meeting_date"},
    "actions": {"sort_desc": "meeting_date"},
    "work_programme": {"sort_desc": "planned_date"},
    "attendees": {"sort_desc": "meeting_date"},
    "declarations": {"sort_desc": "meeting_date"},
    "kpi_values": {"sort": "table_id"},
}

FACETS = {
    "meetings": ["council", "committee", "status"],
    "agenda_items": ["restricted", "to_follow"],
    "resolutions": ["outcome"],
    "votes": ["kind", "result", "counts_from"],
    "vote_records": ["vote"],
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
    "votes": "subject",
}

UNITS = {"documents": {"size_bytes": "byte"}}

# Tables nobody needs to browse: full-text indexes (added below) and bookkeeping.
INTERNAL_TABLES = {spec.name for spec in TABLES if spec.hidden} | {MIGRATIONS_TABLE, "summary_pending", "digest_runs"}


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


def _shared_description(column: str) -> str | None:
    """A column every extracted row shares (provenance, meeting_id, person_id, ...), as the first record type describes it."""
    for spec in TABLES:
        text = spec.column_description(column) if issubclass(spec.model, Extracted) else None
        if text:
            return text
    return None


def _sentence(text: str) -> str:
    text = text.strip()
    first = text.split(" ", 1)[0] if text else ""
    if text and text[0].islower() and not re.search(r"[\d_:/]", first) and not text.startswith("e.g."):
        text = text[0].upper() + text[1:]
    return text


def column_descriptions(table: str, columns: list[str]) -> dict[str, str]:
    """Description of each column of ``table``: its model field's description, else COLUMN_NOTES, plus Literal choices.

    A view's column not in COLUMN_NOTES is described like the column of that name in
    the tables it comes from (VIEW_SOURCES), or like the provenance columns of every record.
    """
    spec = SPECS.get(table)
    notes = COLUMN_NOTES.get(table, {})
    descriptions: dict[str, str] = {}
    for column in columns:
        text = (spec.column_description(column) if spec else None) or notes.get(column)
        if text is None:
            for source in VIEW_SOURCES.get(table, []):
                text = column_descriptions(source, [column]).get(column)
                if text:
                    break
        if text is None and spec is None:
            text = _shared_description(column)
        field = spec.model.model_fields.get(column) if spec else None
        choices = _literal_choices(field.annotation) if field else None
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
    """The bullets of pipeline/store/views.py's docstring, by view name."""
    docs = {}
    for match in re.finditer(r"^- ``(\w+)``: (.+?)(?=^- ``|\Z)", views.__doc__ or "", re.M | re.S):
        docs[match.group(1)] = " ".join(match.group(2).split()).rstrip(";.") + "."
    return docs


def table_description(table: str) -> str | None:
    spec = SPECS.get(table)
    parts = []
    if table in TABLE_DESCRIPTIONS:
        parts.append(TABLE_DESCRIPTIONS[table])
    elif spec and (spec.description or spec.model.__doc__):
        parts.append(spec.description or spec.model.__doc__)
    if table in _view_docs():
        doc = _view_docs()[table]
        parts.append(doc[0].upper() + doc[1:])
    if spec and spec.note:
        parts.append(spec.note)
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


SITE_FILES = ("metadata.json", "settings.json")


def site_metadata(db_path) -> dict:
    """The metadata of the site for the database at ``db_path`` (its tables and views as they are now)."""
    from pipeline.publish import columns_by_table

    return build_metadata(columns_by_table(db_path))


def write_site_files(db_path, columns: dict[str, list[str]] | None = None) -> list:
    """Write ``metadata.json`` and ``settings.json`` beside the database; return their paths.

    With them, Datasette's own ways of serving give the site ``councilpack serve``
    gives (the plugin comes with the package, through its entry point)::

        datasette data/councilpack.db -m data/metadata.json
        datasette data/                      # configuration directory: the .db, metadata.json, settings.json
        datasette publish cloudrun data/councilpack.db -m data/metadata.json --install councilpack

    ``columns`` (table -> column names) saves opening the database again, when the caller has it open.
    """
    import json
    from pathlib import Path

    from pipeline.publish import SETTINGS

    folder = Path(db_path).parent
    written = []
    metadata = build_metadata(columns) if columns is not None else site_metadata(db_path)
    for name, content in zip(SITE_FILES, (metadata, SETTINGS)):
        path = folder / name
        path.write_text(json.dumps(content, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        written.append(path)
    return written
