"""Rebuild a database from the raw archive alone (no network)."""

from __future__ import annotations

import json
from pathlib import Path

import sqlite_utils

from pipeline import EXTRACTOR_VERSION
from pipeline.ingest import IngestSummary, count_result
from pipeline.store import already_loaded, open_database, table_counts
from pipeline.store.load import load
from pipeline.parse import parse_document_safely


def rebuild(data_dir: Path, db_path: Path) -> IngestSummary:
    raw = Path(data_dir) / "raw"
    index = sqlite_utils.Database(raw / "index.db")
    db = open_database(db_path)
    summary = IngestSummary()
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
            load(db, result)
            count_result(result, summary)
        summary.counts = table_counts(db)
    finally:
        db.close()
        index.close()
    return summary
