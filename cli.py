"""councilpack: UK council meeting documents into a queryable SQLite database.

Typical use::

    councilpack ingest samples/eastbrook          # files or directories
    councilpack stats                              # rows per table
    datasette data/councilpack.db                  # explore
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path
from typing import List, Optional

import typer

app = typer.Typer(
    help="Turn UK council meeting documents (agenda packs, ModernGov pages, minutes, "
    "web-service XML) into a SQLite database you can query and publish with Datasette.",
    no_args_is_help=True,
    add_completion=False,
    # plain help, as click prints it: flags without a "<bool>" beside them, and no rich import at start
    rich_markup_mode=None,
)

DEFAULT_DB = Path("data/councilpack.db")
DbOption = typer.Option(DEFAULT_DB, "--db", help="SQLite database to write (created if missing).", show_default=True)
ReadDbOption = typer.Option(DEFAULT_DB, "--db", help="SQLite database to read (made by `councilpack ingest`).", show_default=True)


def _version(value: bool) -> None:
    """Print the package version and the extractor version (part of every document's identity for re-runs)."""
    if not value:
        return
    from importlib.metadata import PackageNotFoundError, version

    from pipeline import EXTRACTOR_VERSION

    try:
        package = version("councilpack")
    except PackageNotFoundError:  # run from a checkout that was never installed
        package = "unknown"
    typer.echo(f"councilpack {package} (extractors {EXTRACTOR_VERSION})")
    raise typer.Exit()


@app.callback()
def main(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Print the version and exit."),
) -> None:
    """Turn UK council meeting documents (agenda packs, ModernGov pages, minutes,
    web-service XML) into a SQLite database you can query and publish with Datasette."""


@app.command()
def ingest(
    paths: List[Path] = typer.Argument(..., help="Files or directories of documents (PDF, ModernGov HTML, web-service XML, text).", exists=True),
    db: Path = DbOption,
    council: Optional[str] = typer.Option(None, help="Council name, when the documents do not say it themselves."),
    committee: Optional[str] = typer.Option(None, help="Committee name, when the documents do not say it themselves."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print only the summary line and errors."),
    jobs: int = typer.Option(1, "--jobs", "-j", min=1, help="Parse in this many worker processes (one writer loads, in input order)."),
    cluster: Optional[str] = typer.Option(None, "--cluster", help="Parse on Dask: 'local' for a LocalCluster, or a scheduler address (tcp://host:8786)."),
    time_budget: Optional[float] = typer.Option(None, "--time-budget", min=0.1, help="Seconds one document may take to parse before it is refused, wherever it is parsed [default: 120]."),
    strict: bool = typer.Option(False, "--strict", help="Fail (exit 1) when a document that should describe a meeting (minutes, an agenda, a pack, anything not recognised) yields none; the documents are still stored."),
) -> None:
    """Read documents and load what they say into the database.

    The format of each file is detected from its content. Every document is
    loaded in one transaction; a document that cannot be read is recorded in
    the documents table with its error and the rest of the batch goes on.
    An extractor that fails on a document costs only its own rows (and those
    of the extractors that need it): the document loads, names the failure in
    documents.extraction_errors, and counts as one "with extraction errors".
    Ingesting the same file again changes nothing (it is skipped by its
    sha256 before any parsing); a changed file with the same path replaces
    the rows of its previous version.

    In directories, files named README*, *.json, *.py, *.toml, database files
    and hidden files are skipped.

    Parsing can run on many cores (--jobs) or a Dask cluster (--cluster);
    the database comes out the same either way.

    The summary names every document from which no meeting was recognised
    although its kind describes one (minutes, agendas, packs, item pages and
    documents whose layout was not recognised; not ModernGov listings and
    rosters such as GetCouncillorsByWard or committee pages). Each is stored
    with documents.structure and a 'no_meeting' entry in documents.warnings.

    Exits with status 1 when any document failed, and with --strict also when
    any document yielded no meeting (they are loaded all the same).
    """
    handed_over = _hand_to_worker()
    if handed_over is not None:
        raise typer.Exit(code=handed_over)
    from pipeline.ingest import ingest as run_ingest

    options = {k: v for k, v in {"council": council, "committee": committee}.items() if v}
    if time_budget:
        options["time_budget"] = time_budget

    def progress(files):
        if len(files) < 2 or quiet or not sys.stderr.isatty():
            yield from files
            return
        with typer.progressbar(files, label="Ingesting", file=sys.stderr, item_show_func=lambda p: p.name[:40] if p else "") as bar:
            yield from bar

    from pipeline.ingest import expand

    if not expand(paths):
        typer.echo(
            "error: no documents found in " + ", ".join(map(str, paths))
            + " (in directories, README*, *.json, *.py, *.toml, database files and hidden files are skipped)",
            err=True,
        )
        raise typer.Exit(code=1)
    try:
        summary = run_ingest(paths, db, options, progress, jobs=jobs, cluster=cluster)
    except sqlite3.OperationalError as exc:  # a full disk, a read-only file: SQLite's own words, no traceback
        typer.echo(f"error: cannot write {db}: {exc}; the document being loaded was rolled back, those before it are kept", err=True)
        raise typer.Exit(code=2)
    typer.echo(summary.line())
    if not quiet:
        if summary.kinds:
            typer.echo("kinds: " + ", ".join(f"{k} {n}" for k, n in sorted(summary.kinds.items())))
        typer.echo("rows: " + (", ".join(f"{t} {n:+d}" for t, n in summary.added().items()) or "none added"))
        typer.echo(f"database: {db} ({summary.counts.get('documents', 0)} documents, {summary.counts.get('meetings', 0)} meetings in all)")
    for source, error in summary.errors:
        typer.echo(f"error: {source}: {error}", err=True)
    if summary.site_files_error:
        typer.echo(f"warning: {summary.site_files_error}", err=True)
    for source, error in summary.extraction_errors:
        typer.echo(f"extraction error: {source}: {error}", err=True)
    for source, kind in summary.no_meeting:
        typer.echo(f"{'error' if strict else 'warning'}: {source}: no meeting recognised (kind {kind})", err=True)
    if strict and summary.no_meeting:
        typer.echo(f"--strict: no meeting recognised in {len(summary.no_meeting)} document(s); they are stored, see documents.warnings", err=True)
    raise typer.Exit(code=1 if summary.failed or (strict and summary.no_meeting) else 0)


def _hand_to_worker() -> int | None:
    """The exit status of this very command run by a warm worker, or None to run it here.

    Only a command line typed as ``councilpack ingest ...`` is handed over (not
    one called from Python, whose sys.argv is someone else's).
    """
    if Path(sys.argv[0]).name != "councilpack" or sys.argv[1:2] != ["ingest"]:
        return None
    from pipeline import warm

    return warm.forward(sys.argv[1:])


def _run_in_worker(argv: list[str]) -> int:
    """Run one command line in a worker's child, as the console script would; its exit status."""
    try:
        app(args=argv, prog_name="councilpack")
    except SystemExit as exc:
        code = exc.code
        return code if isinstance(code, int) else (0 if code is None else 1)
    return 0


def _warm_worker() -> None:
    """Import and compile, before the first fork, what an ingest needs."""
    import pipeline.ingest  # noqa: F401 - the readers, extractors, store
    from pipeline import parse

    parse._warm_up()


@app.command()
def worker(
    idle: float = typer.Option(900.0, "--idle", min=1.0, help="Leave after this many seconds with no command to run."),
    where: bool = typer.Option(False, "--where", help="Print the socket path a worker of this code listens on, and exit."),
) -> None:
    """Keep a warm process that runs one-off ingests fast.

    A fresh `councilpack ingest pack.pdf` spends most of its time starting up
    (imports, the vocabulary's patterns). Started once, a worker pays that
    once: every `councilpack ingest` of the same user then hands its command
    to the worker, which runs it in a forked child with the caller's
    directory, environment, terminal and exit status. With no worker running,
    ingest runs in its own process as before. A worker serves only the code
    it was started from: after an upgrade or an edit, ingest runs cold until a
    new worker is started. Set COUNCILPACK_WORKER=0 to never use one.

        councilpack worker &              # or a systemd user service
        councilpack ingest new-pack.pdf   # served by the worker
    """
    from pipeline import warm

    if where:
        typer.echo(str(warm.socket_path()))
        return
    if not warm.available():
        typer.echo("error: a worker needs fork and Unix sockets (POSIX); ingest runs in its own process here", err=True)
        raise typer.Exit(code=1)
    try:
        warm.serve(_run_in_worker, _warm_worker, idle_seconds=idle, log=lambda s: typer.echo(s, err=True))
    except RuntimeError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(code=1)


DEFAULT_SOURCES = Path("councils.toml")
DEFAULT_DATA_DIR = Path("data")


def _site(value: str, flag: str = "--site") -> str:
    """A ModernGov site URL, or a usage error that says what was expected."""
    from pipeline.scrape.sources import normalise_site

    try:
        return normalise_site(value)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint=flag) from None


def _day(value: str | None, flag: str):
    """A date given as YYYY-MM-DD or day first (16/06/2025, 16 June 2025), or a usage error."""
    import datetime as dt

    import dateparser

    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        pass
    parsed = dateparser.parse(value, languages=["en"], settings={"DATE_ORDER": "DMY", "STRICT_PARSING": True, "PREFER_DATES_FROM": "past"})
    if parsed is None:
        raise typer.BadParameter(f"not a date: {value!r} (expected YYYY-MM-DD, e.g. 2026-01-01, or day first, e.g. 01/01/2026)", param_hint=flag)
    return parsed.date()


def _sources_of(path: Path):
    """The followed sources in ``path``, or exit with the file's problem (never a traceback)."""
    from pipeline.scrape.sources import SourcesFileError, load_sources

    try:
        return load_sources(path)
    except (SourcesFileError, ValueError, KeyError) as exc:
        typer.echo(f"error: {path}: {exc}", err=True)
        raise typer.Exit(code=1) from None


@app.command()
def scrape(
    site: Optional[str] = typer.Option(None, help="ModernGov site base URL, for a one-off run (e.g. https://moderngov.harrow.gov.uk)."),
    committee: Optional[int] = typer.Option(None, help="Committee id on that site (CId in ModernGov URLs)."),
    council: Optional[str] = typer.Option(None, help="Council name for a one-off run, when its documents do not say it."),
    since: Optional[str] = typer.Option(None, help="Start of the window, YYYY-MM-DD (default: weeks_back before today). Use for a backfill."),
    until: Optional[str] = typer.Option(None, help="End of the window, YYYY-MM-DD (default: weeks_forward after today)."),
    db: Path = DbOption,
    data_dir: Path = typer.Option(DEFAULT_DATA_DIR, "--data-dir", help="Where the raw archive of every response is kept."),
    sources: Path = typer.Option(DEFAULT_SOURCES, "--sources", help="The followed-sources file used when --site is not given."),
    delay: float = typer.Option(1.0, help="Seconds between two requests to the same host."),
    timeout: float = typer.Option(30.0, help="Seconds before a request is abandoned (then retried)."),
    retries: int = typer.Option(3, help="Retries after a 5xx answer, a timeout or a dropped connection."),
    max_bytes: int = typer.Option(50 * 1024 * 1024, "--max-bytes", help="Largest response accepted, in bytes."),
    backoff: float = typer.Option(2.0, help="First retry waits this many seconds, doubling each time."),
    no_robots: bool = typer.Option(False, "--ignore-robots", help="Do not read robots.txt (only for your own test servers)."),
) -> None:
    """Fetch new and changed meeting documents from ModernGov sites and ingest them.

    With --site and --committee, scrapes that one committee without touching
    the followed-sources file; otherwise scrapes every source in it (see
    `councilpack follow`). Discovery uses the ModernGov web service
    (mgWebService.asmx: GetMeetings, GetMeeting) and falls back to the HTML
    pages (ieListMeetings.aspx, ieListDocuments.aspx) where it is off.

    Runs are incremental and safe to repeat: conditional requests (ETag /
    Last-Modified) make unchanged pages cost a 304, unchanged documents are
    never parsed again, republished documents become new versions, and
    nothing is deleted. Every response is archived under DATA_DIR/raw, so
    `councilpack rebuild` can rebuild the database offline.

    Exits with status 1 if anything failed (everything that succeeded is kept).
    """
    from pipeline.scrape.run import scrape_source
    from pipeline.scrape.sources import Source

    window = {k: v for k, v in {"since": _day(since, "--since"), "until": _day(until, "--until")}.items() if v}
    if site or committee:
        if not (site and committee):
            raise typer.BadParameter("--site and --committee go together")
        chosen = [Source(site=_site(site), committee=committee, council=council)]
    else:
        chosen = _sources_of(sources)
        if not chosen:
            typer.echo(f"no sources followed in {sources}; add one with `councilpack follow --site URL --committee ID`", err=True)
            raise typer.Exit(code=1)
    fetch_options = {"delay": delay, "timeout": timeout, "retries": retries, "max_bytes": max_bytes, "backoff": backoff, "respect_robots": not no_robots}
    failed = False
    for source in chosen:
        typer.echo(f"scraping {source.site} committee {source.committee}" + (f" ({source.council})" if source.council else ""))
        try:
            summary = scrape_source(source, db, data_dir, fetch_options=fetch_options, progress=None if not sys.stderr.isatty() else (lambda m: typer.echo(f"  {m}", err=True)), **window)
        except sqlite3.OperationalError as exc:  # a full disk: SQLite's own words; every document loaded before it is kept
            typer.echo(f"error: cannot write {db}: {exc}; the document being loaded was rolled back, those before it are kept", err=True)
            raise typer.Exit(code=2)
        typer.echo(
            f"  run {summary.run_id}: {summary.meetings} meetings ({summary.discovery}), {summary.requests} requests, "
            f"{summary.not_modified} not modified; documents {summary.new} new, {summary.changed} changed, "
            f"{summary.unchanged} unchanged, {summary.failed} failed"
            + (f"; {summary.churned} churned (new bytes, the same rows: the current version kept)" if summary.churned else "")
        )
        for url, error in summary.errors:
            typer.echo(f"  error: {url}: {error}", err=True)
        failed = failed or not summary.ok
    raise typer.Exit(code=1 if failed else 0)


@app.command()
def follow(
    site: str = typer.Option(..., help="ModernGov site base URL."),
    committee: int = typer.Option(..., help="Committee id (CId)."),
    council: Optional[str] = typer.Option(None, help="Council name."),
    name: Optional[str] = typer.Option(None, help="Committee name, for people reading the file."),
    weeks_back: int = typer.Option(12, help="How many weeks back each nightly run looks."),
    weeks_forward: int = typer.Option(6, help="How many weeks ahead each nightly run looks."),
    sources: Path = typer.Option(DEFAULT_SOURCES, "--sources", help="The followed-sources file."),
) -> None:
    """Add a committee to the followed-sources file (comments in the file are kept)."""
    from pipeline.scrape.sources import Source, SourcesFileError, follow as add

    source = Source(site=_site(site), committee=committee, council=council, committee_name=name, weeks_back=weeks_back, weeks_forward=weeks_forward)
    try:
        added = add(sources, source)
    except SourcesFileError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(code=1) from None
    typer.echo(f"following {source.site} committee {committee}" if added else "already followed")


@app.command()
def unfollow(
    site: str = typer.Option(..., help="ModernGov site base URL."),
    committee: int = typer.Option(..., help="Committee id (CId)."),
    sources: Path = typer.Option(DEFAULT_SOURCES, "--sources", help="The followed-sources file."),
) -> None:
    """Remove a committee from the followed-sources file. Its data stays in the database."""
    from pipeline.scrape.sources import SourcesFileError, unfollow as remove

    try:
        removed = remove(sources, _site(site), committee)
    except SourcesFileError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(code=1) from None
    if not removed:
        typer.echo("not followed", err=True)
        raise typer.Exit(code=1)
    typer.echo(f"unfollowed {site} committee {committee}")


@app.command()
def rebuild(
    db: Path = typer.Option(..., "--db", help="Database to build (must not exist yet)."),
    data_dir: Path = typer.Option(DEFAULT_DATA_DIR, "--data-dir", help="The data directory whose raw archive to replay."),
) -> None:
    """Rebuild a database offline from the raw archive of every scrape.

    Replays every archived response in the order it was fetched, through the
    same ingest pipeline, with the council each scrape named. No network.
    """
    from pipeline.scrape.rebuild import rebuild as replay

    if db.exists():
        typer.echo(f"{db} exists: rebuild writes a new database", err=True)
        raise typer.Exit(code=1)
    if not (data_dir / "raw" / "index.db").is_file():
        typer.echo(f"{data_dir} holds no raw archive (no {data_dir / 'raw' / 'index.db'}); pass the --data-dir that `councilpack scrape` wrote", err=True)
        raise typer.Exit(code=1)
    summary = replay(data_dir, db)
    typer.echo(summary.line())
    raise typer.Exit(code=1 if summary.failed else 0)


@app.command()
def serve(
    db: Path = ReadDbOption,
    host: str = typer.Option("127.0.0.1", help="Address to listen on (0.0.0.0 to publish on your network)."),
    port: int = typer.Option(8001, help="Port to listen on."),
    memory_limit_mb: int = typer.Option(1024, "--memory-limit-mb", min=0, help="How much memory the server may grow by before a query fails (0: no limit)."),
) -> None:
    """Open the database in Datasette.

    With titles and descriptions for every table and column, facets, canned
    queries, full-text search, links back to every source page, and charts.

    Any visitor can run SQL, so it listens on 127.0.0.1 unless told otherwise.
    Before publishing with --host 0.0.0.0, know the limits every query runs
    under: 5 s of SQL time (sql_time_limit_ms), 1,000 rows (max_returned_rows),
    1 MB for one value and 512 MB of SQLite memory (a query past them fails
    with an error), and --memory-limit-mb for the whole server. The database
    is only read; one in a directory the server cannot write is opened
    immutable.

    The raw archive that `councilpack scrape` keeps (DATA_DIR/raw) holds the
    councils' documents as published, names of children included where a
    council published them; it is never served: only the database, whose
    text is masked, is.
    """
    import sqlite3

    from pipeline.publish import serve as run_datasette
    from pipeline.publish import writable
    from pipeline.store import open_database

    if not db.exists():
        typer.echo(f"no database at {db}; run `councilpack ingest` first", err=True)
        raise typer.Exit(code=1)
    if writable(db):
        try:
            open_database(db).conn.close()  # a database made by an earlier release is upgraded before it is served
        except sqlite3.OperationalError as error:
            typer.echo(f"note: {db} was not upgraded ({error}); serving it as it is", err=True)
    run_datasette(db, host=host, port=port, memory_limit=memory_limit_mb * 1024 * 1024)


@app.command()
def export(
    db: Path = ReadDbOption,
    out: Path = typer.Option(Path("export"), "--out", help="Directory to write into (created if missing)."),
    format: List[str] = typer.Option(["csv", "json"], "--format", help="csv and/or json (repeat the option for both)."),
) -> None:
    """Write every record table as CSV and JSON.

    With the JSON Schema of each record type, for people who do not use Datasette.
    """
    from pipeline.export import export as run_export

    if not db.exists():
        typer.echo(f"no database at {db}; run `councilpack ingest` first", err=True)
        raise typer.Exit(code=1)
    written = run_export(db, out, formats=set(format))
    typer.echo(f"wrote {len(written)} files to {out}")


@app.command(name="eval")
def evaluate(
    truth: Path = typer.Option(Path("eval/truth"), "--truth", help="Directory of ground-truth JSON files (one per document)."),
    record: bool = typer.Option(False, "--record", help="Write the scores as the new baseline (eval/baseline.json)."),
    baseline: Path = typer.Option(Path("eval/baseline.json"), "--baseline", help="The baseline scores the test suite holds the code to."),
    verbose: bool = typer.Option(True, "--verbose/--quiet", help="List every miss and every false find."),
    documents: Optional[List[Path]] = typer.Option(
        None,
        "--documents",
        help="A folder the truth files' document paths are relative to (repeatable, tried in order). "
        "Default: the checkout holding the truth directory (else the current directory), then the folder beside it.",
    ),
) -> None:
    """Measure extraction quality against ground truth.

    Ingests every document that has a ground-truth file and prints precision,
    recall and F1 per record type and per document, with each miss and each
    false find.
    """
    from pipeline.evaluate import main as run_eval

    code = run_eval(truth, baseline=baseline, record=record, verbose=verbose, echo=typer.echo, documents=documents)
    raise typer.Exit(code=code)


@app.command()
def metadata(db: Path = ReadDbOption) -> None:
    """Print the Datasette metadata of the database, as JSON.

    The same file is written beside the database on every ingest
    (metadata.json, with settings.json), so Datasette serves the site
    `councilpack serve` does::

        councilpack metadata > metadata.json
        datasette data/councilpack.db -m metadata.json
        datasette data/                  # the folder: database, metadata.json, settings.json

    The plugin (source links, charts, the stylesheet) comes with the package
    through Datasette's plugin entry point. See docs/publishing.md.
    """
    import json

    from pipeline.publish.metadata import site_metadata

    if not db.exists():
        typer.echo(f"no database at {db}; run `councilpack ingest` first", err=True)
        raise typer.Exit(code=1)
    typer.echo(json.dumps(site_metadata(db), indent=2, ensure_ascii=False))


@app.command()
def stats(db: Path = ReadDbOption) -> None:
    """Print the number of rows in each table of the database."""
    from pipeline.store import open_database, table_counts

    if not db.exists():
        typer.echo(f"no database at {db}; run `councilpack ingest` first", err=True)
        raise typer.Exit(code=1)
    database = open_database(db)
    for table, count in table_counts(database).items():
        typer.echo(f"{table:20} {count:>8}")
    failed = database["documents"].count_where("status = 'error'")
    if failed:
        typer.echo(f"{'(documents failed)':20} {failed:>8}")


@app.command()
def digest(
    db: Path = ReadDbOption,
    since: str = typer.Option("last", "--since", help="'last' (when the previous digest ran), a date (YYYY-MM-DD) or an ISO time."),
    format: str = typer.Option("markdown", "--format", help="markdown or json."),
    record: bool = typer.Option(True, "--record/--no-record", help="Note this digest's time, so the next '--since last' starts from it."),
) -> None:
    """Tell what is new since the last digest, as Markdown (or JSON).

    New and updated meetings, their resolutions, declarations of interest and
    votes, the actions promised for the next meeting and whether earlier ones
    came back, KPI ratings that moved, and what every saved search found
    (`councilpack watch add`). Made for cron to mail or a CI job to post
    after each scrape::

        councilpack scrape && councilpack digest | mail -s "council news" you@example.org

    See docs/digest.md.
    """
    import json

    from pipeline.digest import digest as make_digest
    from pipeline.digest import to_markdown
    from pipeline.store import open_database

    if format not in ("markdown", "json"):
        raise typer.BadParameter("markdown or json", param_hint="--format")
    if not db.exists():
        typer.echo(f"no database at {db}; run `councilpack ingest` first", err=True)
        raise typer.Exit(code=1)
    database = open_database(db)
    try:
        found = make_digest(database, since, record=record)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--since") from None
    finally:
        database.close()
    typer.echo(json.dumps(found, indent=2, ensure_ascii=False) if format == "json" else to_markdown(found))


watch_app = typer.Typer(help="Saved searches: words to look for in every new meeting's papers (reported by `councilpack digest`).", no_args_is_help=True)
app.add_typer(watch_app, name="watch")


@watch_app.command("add")
def watch_add(
    query: str = typer.Argument(..., help="Words to look for, as a phrase (e.g. \"parking levy\")."),
    council: Optional[str] = typer.Option(None, help="Only in this council's meetings (its name as stored)."),
    committee: Optional[str] = typer.Option(None, help="Only in this committee's meetings (its name as stored)."),
    db: Path = DbOption,
) -> None:
    """Save a search, kept in the database; each digest reports its new matches."""
    from pipeline.digest import add_watch
    from pipeline.store import open_database

    database = open_database(db)
    try:
        watch_id = add_watch(database, query, council, committee)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="QUERY") from None
    finally:
        database.close()
    typer.echo(f"watch {watch_id}: {query!r}" + (f" in {council}" if council else "") + (f" / {committee}" if committee else ""))


@watch_app.command("list")
def watch_list(db: Path = ReadDbOption) -> None:
    """List the saved searches."""
    from pipeline.digest import watches
    from pipeline.store import open_database

    database = open_database(db)
    for w in watches(database):
        typer.echo(f"{w['id']:>4}  {w['query']}" + (f"  council={w['council']}" if w["council"] else "") + (f"  committee={w['committee']}" if w["committee"] else ""))
    database.close()


@watch_app.command("remove")
def watch_remove(watch_id: int = typer.Argument(..., help="The saved search's id (see `councilpack watch list`)."), db: Path = DbOption) -> None:
    """Remove a saved search."""
    from pipeline.digest import remove_watch
    from pipeline.store import open_database

    database = open_database(db)
    removed = remove_watch(database, watch_id)
    database.close()
    if not removed:
        typer.echo(f"no saved search {watch_id}", err=True)
        raise typer.Exit(code=1)
    typer.echo(f"removed watch {watch_id}")


councils_app = typer.Typer(help="The council register: every UK council's name, GSS code, domains and democracy site.", no_args_is_help=True)
app.add_typer(councils_app, name="councils")


@councils_app.command("build")
def councils_build(
    registers: Path = typer.Option(..., "--registers", help="Folder of the open registers (mySociety CSV, LGSF metadata, Directgov CSV; see its SOURCES.md).", exists=True, file_okay=False),
    out: Optional[Path] = typer.Option(None, "--out", help="File to write [default: extractors/vocab/councils_register.json]."),
) -> None:
    """Regenerate the council register from the open registers (then commit the file it writes)."""
    from pipeline.registers import OUT, write

    target = out or OUT
    try:
        count = write(registers, target)
    except (OSError, KeyError, ValueError) as exc:
        typer.echo(f"error: cannot build the register from {registers}: {exc}", err=True)
        raise typer.Exit(code=1) from None
    typer.echo(f"{count} councils written to {target}")


if __name__ == "__main__":
    app()
