"""Datasette publishing: ``councilpack serve``.

:func:`make_datasette` builds a real :class:`datasette.app.Datasette` for a
councilpack database, always named ``councilpack`` in URLs whatever the
file is called (``/councilpack/meetings``), and :func:`serve` runs it with
uvicorn as ``datasette serve`` does.

The pieces:

- :mod:`pipeline.publish.metadata`: titles and descriptions of the database,
  every table, view and column, derived from the pydantic models; default
  sorts, facets, hidden full-text and internal tables, licence and source;
- :mod:`pipeline.publish.queries`: the canned queries (search, declarations by
  member, attendance, resolutions mentioning a word, a KPI over time, actions
  promised for the next meeting, what changed between versions, the source
  text of a row);
- :mod:`pipeline.publish.plugin`: a small Datasette plugin, a package
  registered through the ``datasette`` entry point (so plain ``datasette``,
  ``datasette publish`` and ``datasette package`` load it too), that links every
  row to its source, serves the charts page, its stylesheet and the local
  source documents; its ``templates/`` and ``static/`` sit inside it;
- :mod:`pipeline.publish.charts`: server-side SVG charts (no JavaScript, no CDN);
- :func:`pipeline.publish.metadata.write_site_files`: ``metadata.json`` and
  ``settings.json`` beside the database, so ``datasette data/councilpack.db -m
  data/metadata.json`` (or ``datasette data/``, Datasette's configuration
  directory) serves the same site as ``councilpack serve``.

How a row links back to its source. Every extracted row carries
``document_id``, ``page``, ``char_start`` and ``char_end``. Two links are
made from them, in one place each:

- *the page*: a document read from the web links to its URL, with
  ``#page=N`` for a PDF (browsers open the PDF at that page); a local file
  cannot be linked from a browser, so this server serves it at
  ``/-/councilpack/document/<document id>`` (``#page=N`` again), but only
  while the file at the recorded path still has the sha256 that was
  ingested; otherwise the page says where the file was and which page to read;
- *the exact text*: the canned query ``source_text`` shows
  ``substr(pages.text, ...)`` for the row's span, with the text around it.

In HTML table and query pages the plugin's ``render_cell`` hook turns the
``page`` cell of any row that has a ``document_id`` into both links
("p. 5 ↗ · text"), and the ``source`` cell of documents into a link. Canned
queries also return the links as ``page_url`` and ``text_url`` columns
(:func:`pipeline.publish.queries.page_url_sql`), so JSON users get them too.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

HERE = Path(__file__).parent
DATABASE = "councilpack"
# Any visitor can run SQL (Datasette's /councilpack?sql=): time, rows and facets are bounded
# here, and the memory one query may take in plugin.limit_connection.
SETTINGS = {
    "sql_time_limit_ms": 5000,
    "max_returned_rows": 1000,
    "facet_time_limit_ms": 500,
    "truncate_cells_html": 400,
    "default_page_size": 50,
}


def columns_by_table(db_path: str | Path) -> dict[str, list[str]]:
    """Every table and view of the database with its columns."""
    mode = "mode=ro" if writable(Path(db_path)) else "immutable=1"
    conn = sqlite3.connect(f"file:{Path(db_path)}?{mode}", uri=True)
    try:
        return columns_of(conn)
    finally:
        conn.close()


def columns_of(conn: sqlite3.Connection) -> dict[str, list[str]]:
    """Every table and view on an open connection with its columns."""
    names = [r[0] for r in conn.execute("select name from sqlite_master where type in ('table', 'view') order by name")]
    return {name: [r[1] for r in conn.execute(f"pragma table_info([{name}])")] for name in names}


def make_datasette(db_path: str | Path):
    """A Datasette instance serving ``db_path`` as the ``councilpack`` database."""
    from datasette.app import Datasette
    from datasette.database import Database
    from datasette.plugins import pm

    from pipeline.publish import plugin
    from pipeline.publish.metadata import build_metadata

    if not pm.is_registered(plugin):  # installed, the entry point has registered it already
        pm.register(plugin, name="councilpack")
    db_path = Path(db_path).resolve()
    ds = Datasette(
        [],
        metadata=build_metadata(columns_by_table(db_path)),
        template_dir=str(HERE / "plugin" / "templates"),
        settings=SETTINGS,
    )
    ds.remove_database("_memory")
    ds.add_database(Database(ds, path=str(db_path), is_mutable=writable(db_path)), name=DATABASE)
    return ds


def writable(db_path: Path) -> bool:
    """Whether ``db_path`` can change under the server (so it must be read as a live database).

    A database in a directory or file this process cannot write cannot change
    through it either, and SQLite's read-only mode still needs to create the
    ``-shm`` and ``-journal`` files beside it; such a database is opened
    immutable (``?immutable=1``), which reads it without them.
    """
    import os

    return os.access(db_path, os.W_OK) and os.access(db_path.parent, os.W_OK)


# The address space the server may grow to: a query that would build a response larger than
# this fails with an error page instead of taking the machine's memory.
SERVER_MEMORY_LIMIT_BYTES = 1024**3


def limit_memory(limit: int = SERVER_MEMORY_LIMIT_BYTES) -> bool:
    """Cap this process's address space at ``limit`` bytes more than it has now; False where the OS does not say.

    The current size is read from ``/proc/self/statm`` (Linux), so a plain install
    (no test dependencies) gets the cap too; elsewhere the SQLite limits still hold.
    """
    try:
        import resource

        pages = int(Path("/proc/self/statm").read_text().split()[0])
    except (ImportError, OSError, ValueError, IndexError):
        return False
    ceiling = pages * os.sysconf("SC_PAGE_SIZE") + limit
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        ceiling = min(ceiling, hard)
    resource.setrlimit(resource.RLIMIT_AS, (ceiling, hard))
    return True


def serve(db, host: str = "127.0.0.1", port: int = 8001, memory_limit: int | None = SERVER_MEMORY_LIMIT_BYTES) -> None:
    """Serve the database with Datasette until interrupted."""
    import uvicorn

    if memory_limit:
        limit_memory(memory_limit)
    ds = make_datasette(db)
    _run(ds.invoke_startup())
    print(f"councilpack: serving {Path(db)} at http://{host}:{port}/{DATABASE}", flush=True)
    uvicorn.run(ds.app(), host=host, port=port, log_level="warning", lifespan="on", workers=1)


def _run(coroutine) -> None:
    import asyncio

    asyncio.run(coroutine)
