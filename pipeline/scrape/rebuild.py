"""Rebuild a database from the raw archive alone (no network).

Every archived fetch is replayed in the order it was made, through the same
parse and load as ``scrape``, with the same version rules: a body the
database holds as current is unchanged; a body that says what the current
version of its URL says (it churned: :func:`pipeline.store.merge.records_digest`)
is no new version.
"""

from __future__ import annotations

import json
from pathlib import Path

import sqlite_utils

from pipeline import EXTRACTOR_VERSION
from pipeline.ingest import IngestSummary, count_result
from pipeline.store import already_loaded, merge, open_database, table_counts
from pipeline.store.load import finish_batch, load
from pipeline.parse import parse_document_safely


def rebuild(data_dir: Path, db_path: Path) -> IngestSummary:
    raw = Path(data_dir) / "raw"
    index = sqlite_utils.Database(raw / "index.db")
    db = open_database(db_path)
    summary = IngestSummary()
    current_digests: dict[str, tuple[str, str]] = {}  # url -> (the version loaded last, the digest of its rows)
    try:
        rows = index.query("select url, sha256, context from fetches where sha256 is not null and (status = 200 or status = 304) order by id")
        for row in rows:
            path = raw / row["sha256"][:2] / row["sha256"]
            if not path.exists() or already_loaded(db, row["sha256"], EXTRACTOR_VERSION):
                summary.unchanged += 1
                continue
            context = json.loads(row["context"] or "{}")
            options = {"site_council": context["council"]} if context.get("council") else {}
            result = parse_document_safely(path.read_bytes(), row["url"], options)
            if result.ok and _churned(db, current_digests, row["url"], merge.records_digest(result)):
                summary.unchanged += 1
                continue
            if result.ok:
                current_digests[row["url"]] = (result.document.id, merge.records_digest(result))
            load(db, result, defer_summaries=True)
            count_result(result, summary)
        finish_batch(db)
        summary.counts = table_counts(db)
    finally:
        db.close()
        index.close()
    return summary


def _churned(db: sqlite_utils.Database, current_digests: dict[str, tuple[str, str]], url: str, digest: str) -> bool:
    """The body says what the version of ``url`` loaded last says, and that version is still current."""
    loaded = current_digests.get(url)
    return loaded is not None and loaded[1] == digest and already_loaded(db, loaded[0], EXTRACTOR_VERSION)
