"""The councilpack Datasette plugin, registered through the ``datasette`` entry point (pyproject.toml).

``councilpack serve`` registers it itself when councilpack is not installed
(run from a checkout); Datasette finds ``templates/`` and ``static/`` beside
this file either way.

- ``render_cell``: links every extracted row to its source page and exact
  text (see :mod:`pipeline.publish` for how), shows highlighted search
  snippets and version diffs;
- ``register_routes``: ``/-/councilpack/charts`` (KPI over time, attendance),
  ``/-/councilpack/document/<id>`` (a local source document, while its
  bytes are still the ones ingested) and ``/-/councilpack/static/<file>`` (the
  stylesheet the metadata names, at one address whoever serves the site);
- ``prepare_connection``: the SQL function ``councilpack_changed_lines``;
- ``menu_links``: search, charts, the Atom feeds and queries in Datasette's menu.
"""

from __future__ import annotations

import asyncio
import hashlib
import os
import re
import sqlite3
import time
import urllib.parse
from pathlib import Path

import markupsafe
from datasette import hookimpl
from datasette.utils import tilde_encode
from datasette.utils.asgi import Response

from pipeline.publish import charts
from pipeline.publish.queries import ATTENDANCE, DOCUMENT_ROUTE, KPI_OVER_TIME, SOURCE_TEXT, changed_lines

DATABASE = "councilpack"
MAX_VALUE_BYTES = 1024 * 1024  # the longest text councilpack stores is a page or an item's minutes, far below this
SQLITE_HEAP_LIMIT_BYTES = 512 * 1024 * 1024
_documents: dict[str, tuple[tuple[str, str | None, bool], float]] = {}
CURRENT_FOR = 60.0  # seconds a current document's row is trusted in the cache


@hookimpl
def prepare_connection(conn, database, datasette):
    conn.create_function("councilpack_changed_lines", 2, changed_lines, deterministic=True)
    limit_connection(conn)


def limit_connection(conn: sqlite3.Connection) -> None:
    """Bound what one query may make SQLite hold: any visitor can run arbitrary SQL.

    ``SQLITE_LIMIT_LENGTH`` caps one string or blob (``zeroblob(1e9)`` is an
    error, not a gigabyte cell to serialise); ``hard_heap_limit`` caps all the
    memory SQLite itself allocates in this process (sorts, ``group_concat``,
    recursive queries fail with "out of memory" instead of growing the
    server). Time is bounded by Datasette's ``sql_time_limit_ms`` and rows by
    ``max_returned_rows`` (:data:`pipeline.publish.SETTINGS`).
    """
    conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_VALUE_BYTES)
    conn.execute(f"pragma hard_heap_limit = {SQLITE_HEAP_LIMIT_BYTES}")


class _TemplateHelpers:
    """``councilpack`` in templates: table titles, one-sentence summaries and their order."""

    def __init__(self) -> None:
        from pipeline.publish.metadata import TABLE_TITLES, summary, table_order

        self.titles = TABLE_TITLES
        self.summaries = {name: summary(name) for name in TABLE_TITLES}
        self.order = table_order


@hookimpl
def extra_template_vars(template, database, datasette):
    if database == DATABASE or template.startswith("councilpack_"):
        return {"councilpack": _TemplateHelpers()}
    return {}


@hookimpl
def menu_links(datasette, actor, request):
    return [
        {"href": f"/{DATABASE}/search", "label": "Search everything"},
        {"href": "/-/councilpack/charts", "label": "Charts"},
        {"href": f"/{DATABASE}/committee_feed", "label": "A committee's Atom feed"},
        {"href": f"/{DATABASE}/watch_feed", "label": "A saved search's Atom feed"},
        {"href": f"/{DATABASE}#queries", "label": "Queries"},
    ]


def _get(row, key):
    try:
        value = row[key]
    except (IndexError, KeyError, TypeError):
        return None
    return value.get("value") if isinstance(value, dict) else value


def is_web(source: str | None) -> bool:
    return bool(source) and source.startswith(("http://", "https://"))


def document_href(doc_id: str, source: str | None, media_type: str | None, page=None, superseded: bool = False) -> str:
    """Where a document (at a page) opens: its URL, or this server's copy of a local file or of a version the URL no
    longer serves (a superseded web document: its archived bytes)."""
    href = source if is_web(source) and not superseded else f"{DOCUMENT_ROUTE}{doc_id}"
    if media_type == "application/pdf" and page not in (None, ""):
        href += f"#page={page}"
    return href


def text_href(doc_id, char_start, char_end) -> str:
    query = urllib.parse.urlencode({"document_id": doc_id, "char_start": char_start, "char_end": char_end})
    return f"{SOURCE_TEXT}?{query}"


async def _document(datasette, doc_id: str) -> tuple[str, str | None, bool] | None:
    """A document's source, media type and whether a newer version superseded it.

    Cached: a superseded document stays so, a current one is looked up again after a minute (a nightly
    scrape may supersede it while the server runs)."""
    cached = _documents.get(doc_id)
    if cached is None or (not cached[0][2] and time.monotonic() - cached[1] > CURRENT_FOR):
        db = datasette.get_database(DATABASE)
        row = (await db.execute("select source, media_type, superseded_by from documents where id = ?", [doc_id])).first()
        if row is None:
            return None
        if len(_documents) > 10000:
            _documents.clear()
        _documents[doc_id] = cached = ((row["source"], row["media_type"], row["superseded_by"] is not None), time.monotonic())
    return cached[0]


def highlight(value: str, collapse: bool = False) -> markupsafe.Markup:
    """Escape a text and keep only its ``<mark>`` highlights (``collapse``: line breaks become spaces)."""
    escaped = str(markupsafe.escape(" ".join(value.split()) if collapse else value))
    escaped = escaped.replace("&lt;mark&gt;", "<mark>").replace("&lt;/mark&gt;", "</mark>")
    return markupsafe.Markup(f'<span class="cp-snippet">{escaped}</span>')


def _diff(value: str) -> markupsafe.Markup:
    lines = []
    for line in value.splitlines():
        css = "cp-del" if line.startswith("-") else "cp-add" if line.startswith("+") else "cp-more"
        lines.append(f'<span class="{css}">{markupsafe.escape(line)}</span>')
    return markupsafe.Markup('<pre class="cp-diff">' + "\n".join(lines) + "</pre>")


def _page_label(href: str) -> str:
    match = re.search(r"#page=(\d+)$", href)
    return f"p. {match.group(1)} ↗" if match else "open ↗"


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    if database != DATABASE or value is None:
        return None
    if isinstance(value, dict) and value.get("label") in (None, "") and column in LINKED_TABLES:
        return _unlabelled_link(datasette, column, value.get("value"))
    if column in ("snippet", "context") and isinstance(value, str):
        return highlight(value, collapse=column == "snippet")
    if column == "changed_lines" and isinstance(value, str):
        return _diff(value)
    if column == "page_url" and isinstance(value, str):
        return markupsafe.Markup(f'<a class="cp-page" href="{markupsafe.escape(value)}">{_page_label(value)}</a>')
    if column == "text_url" and isinstance(value, str):
        return markupsafe.Markup(f'<a class="cp-text" href="{markupsafe.escape(value)}">text</a>')
    if column == "page" and not isinstance(value, dict):
        doc_id = _get(row, "document_id")
        if not doc_id:
            return None
        return _page_cell(datasette, row, doc_id, value)
    if column == "source" and isinstance(value, str):
        doc_id = _get(row, "id") if table == "documents" else _get(row, "document_id")
        if not doc_id:
            return None
        return _source_cell(datasette, doc_id, value)
    return None


# Foreign-key columns whose rows Datasette labels by a column that may be empty (a document with no title of its own):
# the table they point at.
LINKED_TABLES = {"document_id": "documents", "meeting_id": "meetings", "agenda_item_id": "agenda_items", "person_id": "people"}


def _unlabelled_link(datasette, column: str, target):
    """A link to the row a foreign key names, labelled by what it is rather than "None": a document by its file name."""

    async def inner():
        label = str(target)
        if column == "document_id":
            document = await _document(datasette, str(target))
            if document is not None:
                label = document[0].rstrip("/").rsplit("/", 1)[-1] or document[0]
        href = f"/{DATABASE}/{LINKED_TABLES[column]}/{tilde_encode(str(target))}"
        return markupsafe.Markup(f'<a href="{markupsafe.escape(href)}">{markupsafe.escape(label)}</a>')

    return inner


def _page_cell(datasette, row, doc_id, page):
    async def inner():
        document = await _document(datasette, doc_id)
        if document is None:
            return None
        source, media_type, superseded = document
        href = document_href(doc_id, source, media_type, page, superseded)
        title = f"{source}, page {page}"
        html = f'<a class="cp-page" href="{markupsafe.escape(href)}" title="{markupsafe.escape(title)}">p.&nbsp;{page}&nbsp;↗</a>'
        start, end = _get(row, "char_start"), _get(row, "char_end")
        if start is not None and end is not None:
            html += f' <a class="cp-text" href="{markupsafe.escape(text_href(doc_id, start, end))}" title="The exact source text">text</a>'
        return markupsafe.Markup(html)

    return inner


def _source_cell(datasette, doc_id, source):
    async def inner():
        document = await _document(datasette, doc_id)
        media_type, superseded = (document[1], document[2]) if document else (None, False)
        href = document_href(doc_id, source, media_type, superseded=superseded)
        return markupsafe.Markup(f'<a class="cp-source" href="{markupsafe.escape(href)}">{markupsafe.escape(source)}</a>')

    return inner


# --- routes -----------------------------------------------------------------


@hookimpl
def register_routes(datasette):
    return [
        (r"^/-/councilpack/charts$", charts_view),
        (r"^/-/councilpack/document/(?P<document_id>[0-9a-f]{64})$", document_view),
        (r"^/-/councilpack/static/(?P<name>[\w.-]+\.css)$", static_view),
    ]


STATIC = Path(__file__).parent / "static"


async def static_view(request, datasette):
    """The plugin's stylesheet, by name; nothing outside ``static/`` (the name has no slash)."""
    path = STATIC / request.url_vars["name"]
    if not path.is_file():
        return Response.text("not found", status=404)
    return Response(path.read_text("utf-8"), content_type="text/css; charset=utf-8", headers={"cache-control": "max-age=3600"})


_hashes: dict[tuple[str, int, int], str] = {}


def _sha256(path: Path) -> str:
    stat = path.stat()
    key = (str(path), stat.st_size, stat.st_mtime_ns)
    if key not in _hashes:
        digest = hashlib.sha256()
        with path.open("rb") as f:
            for block in iter(lambda: f.read(1 << 20), b""):
                digest.update(block)
        _hashes[key] = digest.hexdigest()
    return _hashes[key]


def locate(source: str, db_path: str | None, local_path: str | None = None) -> list[Path]:
    """Where a local source may be now: where ingest found it relative to the database's folder
    (``documents.local_path``), then as recorded (absolute, or relative to the current
    directory), beside the database, or beside the database's folder."""
    path = Path(source)
    found = [Path(db_path).parent / local_path] if local_path and db_path else []
    if path.is_absolute():
        return found + [path]
    candidates = found + [Path.cwd() / path]
    if db_path:
        candidates += [Path(db_path).parent / path, Path(db_path).parent.parent / path]
    return candidates


async def _message(datasette, request, title: str, body: str, status: int = 404) -> Response:
    html = await datasette.render_template(
        "councilpack_message.html", {"title": title, "body": markupsafe.Markup(body)}, request=request
    )
    return Response.html(html, status=status)


async def document_view(request, datasette):
    doc_id = request.url_vars["document_id"]
    db = datasette.get_database(DATABASE)
    row = (await db.execute("select * from documents where id = ?", [doc_id])).first()
    if row is None:
        return await _message(datasette, request, "No such document", f"<p>No document has the id <code>{doc_id}</code>.</p>")
    source, media_type = row["source"], row["media_type"]
    if is_web(source) and row["superseded_by"] is None:
        return Response.redirect(source)
    escaped = markupsafe.escape(source)
    if is_web(source):  # a version the URL no longer serves: the scrape's archived bytes, beside the database
        archived = archived_copy(db.path, doc_id)
        if archived is not None:
            return _file_response(await asyncio.to_thread(archived.read_bytes), archived.name, media_type)
        return await _message(
            datasette, request, "An earlier version",
            f"<p>This version of <a href=\"{escaped}\">{escaped}</a> was replaced by a newer one, which the address "
            f"now serves. Its archived copy (the scrape's <code>raw/</code> folder beside the database) is not on this "
            f"server; its text, page by page, is in {_pages_link(doc_id)}.</p>",
        )  # fmt: skip
    for path in locate(source, db.path, dict(row).get("local_path")):  # (a database from before local_path has none)
        if path.is_file():
            digest = await asyncio.to_thread(_sha256, path)
            if digest != doc_id:
                return await _message(
                    datasette, request, "The file has changed",
                    f"<p>The file <code>{escaped}</code> no longer has the bytes that were ingested (sha256 "
                    f"<code>{doc_id}</code>): it was replaced by a newer version. Find the version that was read in "
                    f"the database's {_pages_link(doc_id)}.</p>",
                    status=409,
                )  # fmt: skip
            return _file_response(await asyncio.to_thread(path.read_bytes), path.name, media_type)
    return await _message(
        datasette, request, "Source file not found",
        f"<p>The document was read from <code>{escaped}</code>, which this server cannot find (paths are "
        f"relative to where <code>councilpack ingest</code> ran). Its text, page by page, is in "
        f"{_pages_link(doc_id)}.</p>",
    )  # fmt: skip


def _pages_link(doc_id: str) -> str:
    """A link to the document's text, page by page: what a page about a missing source points to instead."""
    return f'<a href="/{DATABASE}/pages?document_id={doc_id}">pages</a>'


def _file_response(data: bytes, name: str, media_type: str | None) -> Response:
    headers = {"content-disposition": f'inline; filename="{name}"', "x-content-type-options": "nosniff"}
    if media_type != "application/pdf":
        headers["content-security-policy"] = "sandbox"  # a saved web page runs nothing here
    return Response(data, status=200, content_type=media_type or "application/octet-stream", headers=headers)


def archived_copy(db_path: str | None, doc_id: str) -> Path | None:
    """The scrape's archived body with these bytes (``raw/<2>/<sha256>`` beside the database), if it is there and whole."""
    if not db_path:
        return None
    path = Path(db_path).parent / "raw" / doc_id[:2] / doc_id
    return path if path.is_file() and _sha256(path) == doc_id else None


async def _rows(datasette, sql: str, params: dict) -> list[dict]:
    results = await datasette.get_database(DATABASE).execute(sql, params)
    return [dict(r) for r in results.rows]


SUGGESTIONS = """select t.title as title, case when v.column_label is not null and v.column_label != '' then v.column_label
       else v.row_label end as label, v.unit, coalesce(m.council, '') as council, count(distinct coalesce(v.period, '') || m.date) as points
from kpi_values v join kpi_tables t on t.id = v.table_id left join meetings m on m.id = t.meeting_id
where v.value is not null and t.title is not null and v.period is not null
group by 1, 2, 3, 4"""


def suggest(rows: list[dict], limit: int = 12) -> list[dict]:
    """KPIs worth charting: a label reported for several periods, across the tables whose titles share a start.

    Tables titled "KPIs for Harrow CLA Jan – Feb 2024" and "KPIs for Harrow CLA April 2025 – Sept 2025" give one
    suggestion, title_word "KPIs for Harrow CLA", so the chart runs across both meetings.
    """
    groups: dict[tuple, list[dict]] = {}
    for row in rows:
        groups.setdefault((row["label"], row["unit"], row.get("council") or ""), []).append(row)  # one council a chart
    out = []
    for (label, unit, council), members in groups.items():
        clusters: list[list[dict]] = []
        for row in sorted(members, key=lambda r: r["title"]):
            common = os.path.commonprefix([clusters[-1][0]["title"], row["title"]]) if clusters else ""
            if clusters and len(common.strip()) >= 10:
                clusters[-1].append(row)
            else:
                clusters.append([row])
        for cluster in clusters:
            title_word = os.path.commonprefix([r["title"] for r in cluster]).rstrip(" ,–-(")
            points = sum(r["points"] for r in cluster)
            if points >= 2 and label:
                out.append({"title": title_word, "label": label, "unit": unit, "council": council, "points": points, "tables": len(cluster)})
    out.sort(key=lambda s: ("target" in s["label"].lower(), -s["tables"], -s["points"], s["unit"] != "%", s["title"]))
    return out[:limit]


def one_council(rows: list[dict], asked: str = "") -> tuple[str, list[str]]:
    """The council a KPI chart shows, and the others whose rows matched: councils measure differently, so one axis
    never mixes them. The one asked for (part of its name), else the one with most values."""
    counts: dict[str, int] = {}
    for row in rows:
        counts[row.get("council") or ""] = counts.get(row.get("council") or "", 0) + 1
    if not counts:
        return asked, []
    named = [c for c in counts if asked and asked.lower() in c.lower()]
    chosen = named[0] if named else max(counts, key=lambda c: (counts[c], c))
    return chosen, sorted(c for c in counts if c != chosen)


async def charts_view(request, datasette):
    args = request.args
    suggestions = suggest(await _rows(datasette, SUGGESTIONS, {}))
    council, committee = args.get("council", ""), args.get("committee", "")
    if "title_word" in args or "label" in args:
        title_word, label = args.get("title_word", ""), args.get("label", "")
    elif suggestions:
        title_word, label = suggestions[0]["title"], suggestions[0]["label"]
        council = council or suggestions[0]["council"]
    else:
        title_word, label = "", ""
    kpi_rows = await _rows(datasette, KPI_OVER_TIME, {"title_word": title_word, "label": label})
    kpi_council, other_councils = one_council(kpi_rows, council)
    kpi_rows = [r for r in kpi_rows if (r.get("council") or "") == kpi_council]
    attendance_rows = await _rows(datasette, ATTENDANCE, {"council": council, "committee": committee})
    kpi_points = charts.kpi_points(kpi_rows)
    context = {
        "title_word": title_word,
        "label": label,
        "council": council,
        "committee": committee,
        "kpi_svg": charts.line_chart(kpi_points),
        "kpi_points": kpi_points,
        "kpi_query": "/councilpack/kpi_over_time?" + urllib.parse.urlencode({"title_word": title_word, "label": label}),
        "kpi_council": kpi_council,
        "other_councils": [
            {"name": c, "href": "?" + urllib.parse.urlencode({"title_word": title_word, "label": label, "council": c})} for c in other_councils
        ],
        "attendance": charts.attendance_charts(attendance_rows),
        "attendance_query": "/councilpack/attendance_by_member?"
        + urllib.parse.urlencode({"council": council, "committee": committee}),
        "suggestions": [
            {**s, "href": "?" + urllib.parse.urlencode({"title_word": s["title"], "label": s["label"], "council": s["council"]})}
            for s in suggestions
        ],
        "metadata": {"title": "Charts"},
    }
    html = await datasette.render_template("councilpack_charts.html", context, request=request)
    return Response.html(html)
