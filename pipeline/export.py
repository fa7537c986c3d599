"""CSV / JSON export: ``councilpack export``, for people who do not use Datasette.

Writes, into ``out``:

- ``<table>.csv`` (a header row, then the values as stored in SQLite) and/or
  ``<table>.json`` (an array of objects) for every record table, the merged
  ``meetings``, the ``documents`` and their ``pages`` (so every row's source
  span can be checked offline), ``meeting_documents``, ``people`` and
  ``person_aliases``;
- ``schemas/<table>.schema.json``: the pydantic JSON Schema of the model of
  that table's spec (``Resolution`` for ``resolutions``, ...), with every
  column's description. JSON rows
  are typed to match it: booleans are ``true``/``false`` and columns stored as
  JSON text (``links``, ``header``, ``rows``, ``fields``) are arrays or objects;
- ``README.md``: what each file holds, the licence and a provenance note.

Rows are streamed, so a large database is not held in memory.
"""

from __future__ import annotations

import csv
import json
import sqlite3
import typing
from pathlib import Path
from typing import Any, Iterable, Iterator

from pydantic import BaseModel

from schemas import TABLES as SPECS

FORMATS = ("csv", "json")
SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"

# Exported tables, in the specs' order, with the model each table's rows follow.
TABLES: dict[str, type[BaseModel]] = {spec.name: spec.model for spec in SPECS if spec.exported}

ORDER_BY = {"pages": "document_id, page", "meetings": "date, id", "documents": "rowid"}


def export(db, out, formats=frozenset(FORMATS)) -> list[Path]:
    """Export the database at ``db`` into the directory ``out``; return the files written."""
    formats = {f.lower() for f in formats}
    unknown = formats - set(FORMATS)
    if unknown:
        raise ValueError(f"unknown export format {', '.join(sorted(unknown))}: use csv and/or json")
    out = Path(out)
    (out / "schemas").mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(f"file:{Path(db)}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    written: list[Path] = []
    counts: dict[str, int] = {}
    try:
        present = {r[0] for r in conn.execute("select name from sqlite_master where type = 'table'")}
        for table, model in TABLES.items():
            if table not in present:
                continue
            columns = [r[1] for r in conn.execute(f"pragma table_info([{table}])")]
            order = ORDER_BY.get(table, "rowid")
            sql = f"select * from [{table}] order by {order}"
            if "csv" in formats:
                counts[table] = _write_csv(out / f"{table}.csv", columns, conn.execute(sql))
                written.append(out / f"{table}.csv")
            if "json" in formats:
                convert = _converter(model, columns)
                counts[table] = _write_json(out / f"{table}.json", (convert(row) for row in conn.execute(sql)))
                written.append(out / f"{table}.json")
            path = out / "schemas" / f"{table}.schema.json"
            path.write_text(json.dumps(json_schema(model, table), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
            written.append(path)
    finally:
        conn.close()
    readme = out / "README.md"
    readme.write_text(_readme(counts, formats), encoding="utf-8")
    written.append(readme)
    return written


def json_schema(model: type[BaseModel], table: str) -> dict:
    """The JSON Schema of a record type, as pydantic generates it (each column's description included), with its dialect and table named."""
    schema = model.model_json_schema()
    return {"$schema": SCHEMA_DIALECT, "$id": f"{table}.schema.json", **schema, "x-table": table}


def _write_csv(path: Path, columns: list[str], rows: Iterable[sqlite3.Row]) -> int:
    count = 0
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(columns)
        for row in rows:
            writer.writerow(["" if v is None else v for v in row])
            count += 1
    return count


def _write_json(path: Path, rows: Iterator[dict]) -> int:
    count = 0
    with path.open("w", encoding="utf-8") as f:
        f.write("[")
        for row in rows:
            f.write(",\n " if count else "\n ")
            f.write(json.dumps(row, ensure_ascii=False))
            count += 1
        f.write("\n]\n" if count else "]\n")
    return count


def _kind(annotation: Any) -> str:
    """bool, json (list / dict) or plain, for a field's type."""
    args = [a for a in typing.get_args(annotation) if a is not type(None)] or [annotation]
    for arg in args:
        if arg is bool:
            return "bool"
        if typing.get_origin(arg) in (list, dict) or arg in (list, dict):
            return "json"
    return "plain"


def _converter(model: type[BaseModel], columns: list[str]):
    kinds = {name: _kind(f.annotation) for name, f in model.model_fields.items()}

    def convert(row: sqlite3.Row) -> dict:
        out = {}
        for column in columns:
            value = row[column]
            kind = kinds.get(column)
            if value is not None and kind == "bool":
                value = bool(value)
            elif isinstance(value, str) and kind == "json":
                try:
                    value = json.loads(value)
                except ValueError:
                    pass
            out[column] = value
        return out

    return convert


def _readme(counts: dict[str, int], formats: set[str]) -> str:
    from pipeline.publish.metadata import TABLE_TITLES, summary

    lines = [
        "# councilpack export",
        "",
        "UK council meeting documents turned into tables by councilpack. The documents are published by the",
        "councils (in England under the Open Government Licence v3.0:",
        "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/).",
        "",
        "**The data is extracted automatically: check every value against its source before relying on it.**",
        "Every extracted row carries `document_id`, `page`, `char_start` and `char_end`; the source text of a row is",
        "`pages.text[char_start - page.char_start : char_end - page.char_start]` for the page of that document.",
        "",
        f"Formats: {', '.join(sorted(formats))}. The JSON Schema of each record type is in `schemas/`.",
        "",
        "| file | rows | what |",
        "|---|---|---|",
    ]
    for table, count in counts.items():
        what = TABLE_TITLES.get(table, table)
        first = summary(table)
        lines.append(f"| `{table}` | {count} | {what}{': ' + first if first else ''} |")
    return "\n".join(lines) + "\n"
