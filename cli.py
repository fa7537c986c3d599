"""councilpack: UK council meeting documents into a queryable SQLite database.

Typical use::

    councilpack ingest samples/eastbrook          # files or directories
    councilpack stats                              # rows per table
    datasette data/councilpack.db                  # explore
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import List, Optional

import typer

app = typer.Typer(
    help="Turn UK council meeting documents (agenda packs, ModernGov pages, minutes, "
    "web-service XML) into a SQLite database you can query and publish with Datasette.",
    no_args_is_help=True,
    add_completion=False,
)

DEFAULT_DB = Path("data/councilpack.db")
DbOption = typer.Option(DEFAULT_DB, "--db", help="SQLite database to write (created if missing).", show_default=True)


@app.command()
def ingest(
    paths: List[Path] = typer.Argument(..., help="Files or directories of documents (PDF, ModernGov HTML, web-service XML, text).", exists=True),
    db: Path = DbOption,
    council: Optional[str] = typer.Option(None, help="Council name, when the documents do not say it themselves."),
    committee: Optional[str] = typer.Option(None, help="Committee name, when the documents do not say it themselves."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print only the summary line and errors."),
) -> None:
    """Read documents and load what they say into the database.

    The format of each file is detected from its content. Every document is
    loaded in one transaction; a document that cannot be read is recorded in
    the documents table with its error and the rest of the batch goes on.
    Ingesting the same file again changes nothing (it is skipped by its
    sha256 before any parsing); a changed file with the same path replaces
    the rows of its previous version.

    In directories, files named README*, *.json, *.py, *.toml, database files
    and hidden files are skipped.

    Exits with status 1 when any document failed.
    """
    from pipeline.ingest import ingest as run_ingest

    options = {k: v for k, v in {"council": council, "committee": committee}.items() if v}

    def progress(files):
        if len(files) < 2 or quiet or not sys.stderr.isatty():
            yield from files
            return
        with typer.progressbar(files, label="Ingesting", file=sys.stderr, item_show_func=lambda p: p.name[:40] if p else "") as bar:
            yield from bar

    summary = run_ingest(paths, db, options, progress)
    typer.echo(f"documents: {summary.loaded} loaded, {summary.unchanged} unchanged, {summary.failed} failed")
    if not quiet:
        if summary.kinds:
            typer.echo("kinds: " + ", ".join(f"{k} {n}" for k, n in sorted(summary.kinds.items())))
        typer.echo("rows: " + ", ".join(f"{t} {n}" for t, n in summary.counts.items()))
    for source, error in summary.errors:
        typer.echo(f"error: {source}: {error}", err=True)
    raise typer.Exit(code=1 if summary.failed else 0)


@app.command()
def stats(db: Path = DbOption) -> None:
    """Print the number of rows in each table of the database."""
    from pipeline.loader import open_database, table_counts

    if not db.exists():
        typer.echo(f"no database at {db}; run `councilpack ingest` first", err=True)
        raise typer.Exit(code=1)
    database = open_database(db)
    for table, count in table_counts(database).items():
        typer.echo(f"{table:20} {count:>8}")
    failed = database["documents"].count_where("status = 'error'")
    if failed:
        typer.echo(f"{'(documents failed)':20} {failed:>8}")


if __name__ == "__main__":
    app()
