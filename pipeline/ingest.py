"""Ingest: files and directories in, database rows out.

Parse-then-load: parsing (:func:`pipeline.parse.parse_document`) is a pure
function of a document's bytes, so it runs wherever there are cores — in
this process, in ``--jobs N`` worker processes, or on a Dask cluster — while
one writer (this process) loads the results in input order, one transaction
per document. The database is therefore the same whatever ran the parsing.

For each file: check it is a regular file (a named pipe would block forever)
and within the size limit before reading any of it; hash its bytes as a
stream; if this exact document was already loaded by this extractor version,
skip it before any parsing (re-runs are nearly free); otherwise parse it and
load it. The whole file is read only where it is parsed, never twice at once. A bad document is recorded with its error and
the batch goes on; a document on which some extractors failed is loaded
without their rows, and counted as one "with extraction errors".

A document whose kind describes a meeting but from which no meeting was
recognised (:func:`pipeline.structure.no_meeting_recognised`) is loaded like
any other, and named in ``IngestSummary.no_meeting``: the CLI lists them, and
``--strict`` fails the run on them.
"""

from __future__ import annotations

import fnmatch
import hashlib
import json
import os
import stat
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from pipeline import EXTRACTOR_VERSION
from pipeline.parse import MAX_BYTES, parse_document_safely, refused
from pipeline.publish import columns_of
from pipeline.publish.metadata import write_site_files
from pipeline.store import already_loaded, open_database, table_counts
from pipeline.store.load import finish_batch, load
from pipeline.structure import no_meeting_recognised, structure_of
from schemas.documents import Document
from schemas.parse_result import ParseResult

# Files in directories that are never documents (ground truth, code, notes, databases).
IGNORED = (".*", "_*", "*.truth.json", "*.json", "README*", "*.py", "*.toml", "*.db", "*.db-*", "*.sqlite*")


@dataclass
class IngestSummary:
    loaded: int = 0
    unchanged: int = 0
    failed: int = 0
    errors: list[tuple[str, str]] = field(default_factory=list)
    # Loaded (or unchanged) documents where some extractors failed: their other rows are in the database.
    with_extraction_errors: int = 0
    extraction_errors: list[tuple[str, str]] = field(default_factory=list)
    kinds: Counter = field(default_factory=Counter)
    counts: dict[str, int] = field(default_factory=dict)  # the database's rows per table after the run
    counts_before: dict[str, int] = field(default_factory=dict)  # ... and before it
    # Loaded (or unchanged) documents of a kind that describes a meeting, from which none was recognised: (source, kind).
    no_meeting: list[tuple[str, str]] = field(default_factory=list)
    # Why metadata.json / settings.json could not be written beside the database (the database itself is committed).
    site_files_error: str | None = None

    @property
    def ok(self) -> bool:
        return self.failed == 0

    def added(self) -> dict[str, int]:
        """Rows this run added per table (negative where a changed document's new version has fewer), changed tables only."""
        changed = {t: n - self.counts_before.get(t, 0) for t, n in self.counts.items()}
        return {t: n for t, n in changed.items() if n}

    def line(self) -> str:
        """The one-line summary the CLI prints."""
        return (
            f"documents: {self.loaded} loaded, {self.unchanged} unchanged, {self.failed} failed, "
            f"{self.with_extraction_errors} with extraction errors, {len(self.no_meeting)} with no meeting recognised"
        )


def expand(paths: Iterable[str | Path]) -> list[Path]:
    """Files named, and files found (recursively, sorted) in directories named."""
    out: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                rel = child.relative_to(path).parts
                if not any(fnmatch.fnmatch(part, pattern) for part in rel for pattern in IGNORED):
                    out.append(child)
        else:
            out.append(path)
    return out


class _NotADocument(Exception):
    """A path that is not a regular file (a named pipe, a device, a socket): never opened."""


def _regular_file_digest(path: Path) -> tuple[int, str]:
    """``(size, sha256)`` of a regular file, read in chunks; a named pipe or device is refused unopened."""
    mode = path.stat().st_mode
    if not stat.S_ISREG(mode):
        what = "a named pipe" if stat.S_ISFIFO(mode) else "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else "a socket" if stat.S_ISSOCK(mode) else "not a file"
        raise _NotADocument(f"not a regular file ({what}): not read")
    with path.open("rb") as f:
        digest = hashlib.file_digest(f, "sha256")
        return f.tell(), digest.hexdigest()


def parse_path(path: str, options: dict[str, Any] | None = None) -> ParseResult:
    """Read and parse one file, within the per-document limits (what a worker process runs)."""
    return parse_document_safely(Path(path).read_bytes(), str(path), options)


def ingest(
    paths: Iterable[str | Path],
    db_path: str | Path,
    options: dict[str, Any] | None = None,
    progress: Callable[[Iterable[Path]], Iterator[Path]] | None = None,
    jobs: int = 1,
    cluster: str | None = None,
) -> IngestSummary:
    """Ingest ``paths`` into the database at ``db_path``.

    ``jobs`` > 1 parses in that many worker processes; ``cluster`` parses on
    Dask (``"local"`` for a LocalCluster, or a scheduler address such as
    ``tcp://scheduler:8786``). Loading always happens here, in input order.
    """
    files = expand(paths)
    db = open_database(db_path)
    summary = IngestSummary(counts_before=table_counts(db))
    try:
        todo: list[Path] = []
        for path in progress(files) if progress else files:
            try:
                size, doc_id = _regular_file_digest(path)
            except OSError as exc:
                summary.failed += 1
                summary.errors.append((str(path), f"cannot read file: {exc.strerror or exc}"))
                continue
            except _NotADocument as exc:
                summary.failed += 1
                summary.errors.append((str(path), str(exc)))
                continue
            if size and already_loaded(db, doc_id, EXTRACTOR_VERSION):
                _count_unchanged(db, doc_id, str(path), summary)
                continue
            if size > MAX_BYTES:  # recorded with its error, never read whole
                result = refused(doc_id, str(path), size, f"too large: {size} bytes (the limit is {MAX_BYTES})")
                load(db, result, defer_summaries=True)
                count_result(result, summary)
                continue
            todo.append(path)
        for result in _parse_all(todo, options or {}, jobs, cluster):
            result.document = with_local_path(result.document, db_path)
            load(db, result, defer_summaries=True)  # a committee's summaries cost its whole history: once per batch, below
            count_result(result, summary)
        finish_batch(db)
        summary.counts = table_counts(db)
        columns = columns_of(db.conn)
    finally:
        db.close()
    try:
        write_site_files(db_path, columns)  # the Datasette metadata and settings beside the database, for plain `datasette`
    except OSError as exc:  # the rows are committed: say what is missing, lose nothing
        summary.site_files_error = (f"the database is written, but not the Datasette files beside it: {exc.strerror or exc}: "
                                    f"{exc.filename or Path(db_path).parent} (`councilpack metadata > metadata.json` writes them elsewhere)")  # fmt: skip
    return summary


def with_local_path(document: Document, db_path: str | Path) -> Document:
    """The document with ``local_path``: its file relative to the database's folder, so a server started anywhere finds it."""
    source = Path(document.source)
    if "://" in document.source or not source.is_file():
        return document
    try:
        relative = os.path.relpath(source.resolve(), Path(db_path).resolve().parent)
    except ValueError:  # another drive (Windows): no relative path
        relative = str(source.resolve())
    return document.model_copy(update={"local_path": relative})


def _parse_all(paths: list[Path], options: dict[str, Any], jobs: int, cluster: str | None) -> Iterator[ParseResult]:
    """Parse results in input order, from wherever the parsing runs."""
    if cluster:
        yield from _parse_on_dask(paths, options, cluster)
    elif jobs > 1 and len(paths) > 1:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            yield from pool.map(parse_path, map(str, paths), [options] * len(paths), chunksize=1)
    else:
        one = {**options, "warm_up": False} if len(paths) == 1 else options  # one child: warming the parent first only adds
        for path in paths:
            yield parse_path(str(path), one)


def _parse_on_dask(paths: list[Path], options: dict[str, Any], cluster: str) -> Iterator[ParseResult]:
    """Parse on a Dask cluster; documents travel as bytes, so workers need no shared disk."""
    from dask.distributed import Client, LocalCluster

    workers = int(os.environ.get("COUNCILPACK_DASK_WORKERS", os.cpu_count() or 1))
    local = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None) if cluster == "local" else None
    client = Client(local if local is not None else cluster)
    try:
        window = max(2 * len(client.scheduler_info().get("workers", {})), 2)
        futures = []
        for path in paths:
            # the same sandbox as here (time budget, memory cap, crash isolation), in the worker
            futures.append((path, client.submit(parse_document_safely, path.read_bytes(), str(path), options, pure=False)))
            if len(futures) >= window:  # keep a bounded number of documents in flight
                yield _dask_result(*futures.pop(0))
        for path, future in futures:
            yield _dask_result(path, future)
    finally:
        client.close()
        if local is not None:
            local.close()


def _dask_result(path: Path, future) -> ParseResult:
    """A worker's result, or the document recorded as failed when its worker was lost: the batch goes on."""
    try:
        return future.result()
    except Exception as exc:  # KilledWorker, a lost connection: this document, not the batch
        size, doc_id = _regular_file_digest(path)
        return refused(doc_id, str(path), size, f"refused: the parse worker was lost ({type(exc).__name__}: {exc})")


def count_result(result: ParseResult, summary: IngestSummary) -> None:
    """Count one loaded result: loaded (noting extraction errors) or failed."""
    if result.ok:
        summary.loaded += 1
        summary.kinds[result.document.kind] += 1
        _count_extraction_errors(result.document.source, result.document.extraction_errors, summary)
        if no_meeting_recognised(result.document.kind, structure_of(result.records)):
            summary.no_meeting.append((result.document.source, result.document.kind or "unrecognised"))
    else:
        summary.failed += 1
        summary.errors.append((result.document.source, result.document.error or "unknown error"))


def _count_unchanged(db, doc_id: str, source: str, summary: IngestSummary) -> None:
    """An unchanged document: unchanged if it loaded before, failed (once, not both) if it failed before."""
    row = next(db.query("select status, error, extraction_errors, kind, structure from documents where id = ?", [doc_id]), None)
    if row and row["status"] == "error":
        summary.failed += 1
        summary.errors.append((source, f"{row['error']} (unchanged since it failed)"))
        return
    summary.unchanged += 1
    if row:
        _count_extraction_errors(source, row["extraction_errors"], summary)
        if no_meeting_recognised(row["kind"], row["structure"]):
            summary.no_meeting.append((source, row["kind"] or "unrecognised"))


def _count_extraction_errors(source: str, errors: str | None, summary: IngestSummary) -> None:
    """A document some extractors failed on: counted once, each failure kept for the CLI to print."""
    if not errors:
        return
    summary.with_extraction_errors += 1
    summary.extraction_errors += [(source, f"{e['extractor']}: {e['error']}") for e in json.loads(errors)]
