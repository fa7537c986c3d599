"""Ingest: files and directories in, database rows out.

For each file: hash the bytes; if this exact document was already loaded by
this extractor version, skip it before any parsing (re-runs are nearly free);
otherwise parse it and load it in its own transaction. A bad document is
recorded with its error and the batch goes on.
"""

from __future__ import annotations

import fnmatch
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from pipeline import EXTRACTOR_VERSION
from pipeline.loader import already_loaded, load, open_database, table_counts
from pipeline.parse import ParseResult, document_id, parse_document

# Files in directories that are never documents (ground truth, code, notes, databases).
IGNORED = (".*", "_*", "*.truth.json", "*.json", "README*", "*.py", "*.toml", "*.db", "*.db-*", "*.sqlite*")


@dataclass
class IngestSummary:
    loaded: int = 0
    unchanged: int = 0
    failed: int = 0
    errors: list[tuple[str, str]] = field(default_factory=list)
    kinds: Counter = field(default_factory=Counter)
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.failed == 0


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


def ingest(
    paths: Iterable[str | Path],
    db_path: str | Path,
    options: dict[str, Any] | None = None,
    progress: Callable[[Iterable[Path]], Iterator[Path]] | None = None,
) -> IngestSummary:
    files = expand(paths)
    db = open_database(db_path)
    summary = IngestSummary()
    try:
        for path in progress(files) if progress else files:
            try:
                data = path.read_bytes()
            except OSError as exc:
                summary.failed += 1
                summary.errors.append((str(path), f"cannot read file: {exc.strerror or exc}"))
                continue
            if data and already_loaded(db, document_id(data), EXTRACTOR_VERSION):
                summary.unchanged += 1
                _count_previous_failure(db, document_id(data), str(path), summary)
                continue
            result = parse_document(data, str(path), options)
            load(db, result)
            _count(result, summary)
        summary.counts = table_counts(db)
    finally:
        db.close()
    return summary


def _count(result: ParseResult, summary: IngestSummary) -> None:
    if result.ok:
        summary.loaded += 1
        summary.kinds[result.document.kind] += 1
    else:
        summary.failed += 1
        summary.errors.append((result.document.source, result.document.error or "unknown error"))


def _count_previous_failure(db, doc_id: str, source: str, summary: IngestSummary) -> None:
    """An unchanged document that failed before still counts as failed."""
    row = next(db.query("select status, error from documents where id = ?", [doc_id]), None)
    if row and row["status"] == "error":
        summary.failed += 1
        summary.errors.append((source, row["error"]))
