"""The schema, generated from the table specs, and new databases made from it at once.

:func:`create_table` turns one :class:`~schemas.tables.TableSpec` into SQLite:
the table (columns and types from the model's fields, primary and foreign
keys), its indexes and its full-text index with the triggers that keep it in
step. :func:`create_schema` does that for every spec, then adds what the store
itself owns: the views, the summary tables and the migrations ledger.

A new database is not built statement by statement: :func:`create_from_template`
writes the image of an in-memory database that already has the whole schema,
and hard-links it into place (see there why).
"""

from __future__ import annotations

import os
import sqlite3
import types
import typing
from pathlib import Path
from typing import Any

import sqlite_utils
from pydantic import BaseModel

from pipeline.store import summaries, views, watches
from schemas.tables import column_order
from schemas import TABLES, TableSpec

MIGRATIONS_TABLE = "_councilpack_migrations"
MIGRATIONS_COLUMNS = {"id": int, "name": str, "applied_at": str}


def sqlite_type(annotation: Any) -> type:
    """The Python type sqlite-utils maps to the column type: ``int`` (INTEGER, booleans too), ``float`` or ``str`` (TEXT).

    Lists and dicts are stored as JSON text; ``X | None`` is the type of ``X``.
    """
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        return sqlite_type(args[0]) if args else str
    if annotation is bool or annotation is int:
        return int
    if annotation is float:
        return float
    return str


def columns(model: type[BaseModel]) -> dict[str, type]:
    """A model's fields as sqlite-utils column types, in table order (an extracted row's provenance last)."""
    return {name: sqlite_type(model.model_fields[name].annotation) for name in column_order(model)}


def creation_order(specs: tuple[TableSpec, ...] = TABLES) -> list[TableSpec]:
    """The specs with every table a foreign key refers to before the table (sqlite-utils checks the other column exists)."""
    by_name = {spec.name: spec for spec in specs}
    ordered: dict[str, TableSpec] = {}

    def visit(spec: TableSpec) -> None:
        if spec.name in ordered:
            return
        for _, other, _ in spec.foreign_keys:
            if other != spec.name and other in by_name:
                visit(by_name[other])
        ordered[spec.name] = spec

    for spec in specs:
        visit(spec)
    return list(ordered.values())


def create_table(db: sqlite_utils.Database, spec: TableSpec) -> None:
    """Create ``spec``'s table and indexes (each only if missing); its full-text index goes in :func:`create_fts`."""
    db[spec.name].create(
        columns(spec.model), pk=spec.primary_key, foreign_keys=[tuple(fk) for fk in spec.foreign_keys], if_not_exists=True
    )
    for index in spec.all_indexes:
        db[spec.name].create_index(list(index), if_not_exists=True)


def create_fts(db: sqlite_utils.Database, spec: TableSpec) -> None:
    """Index ``spec``'s full-text columns (porter stemming), with triggers that keep the index in step; fills it from the rows already there."""
    db[spec.name].enable_fts(list(spec.fts), create_triggers=True, tokenize="porter")


def create_migrations_table(db: sqlite_utils.Database) -> None:
    db[MIGRATIONS_TABLE].create(MIGRATIONS_COLUMNS, pk="id", if_not_exists=True)


def create_schema(db: sqlite_utils.Database) -> None:
    """Create the whole schema in an empty database: every spec'd table, the full-text indexes, views, summaries."""
    for spec in creation_order():
        create_table(db, spec)
    for spec in TABLES:  # after every table: an index is filled from its table
        if spec.fts:
            create_fts(db, spec)
    views.create_views(db)
    summaries.ensure_summary_tables(db)
    watches.ensure_watch_tables(db)
    create_migrations_table(db)


_NEW_SCHEMA: list[str] = []
_TEMPLATE: list[bytes] = []


def new_schema() -> list[str]:
    """The statements that make a new database's schema, in creation order.

    :func:`create_schema` runs once per process on an in-memory database; a new
    database then gets the very same ``sqlite_master`` from those statements,
    without sqlite-utils introspecting after every table. Shadow tables of
    full-text indexes are left out: FTS5 creates them itself.
    """
    if not _NEW_SCHEMA:
        template = sqlite_utils.Database(memory=True)
        create_schema(template)
        rows = template.execute("select type, name, sql from sqlite_master where sql is not null order by rowid").fetchall()
        virtual = [name for kind, name, sql in rows if kind == "table" and sql.upper().startswith("CREATE VIRTUAL TABLE")]
        _NEW_SCHEMA.extend(sql for kind, name, sql in rows if not (kind == "table" and any(name.startswith(f"{v}_") for v in virtual)))
        template.close()
    return _NEW_SCHEMA


def create_from_template(path: Path) -> bool:
    """Create the database file at ``path`` with the whole schema in it, at once; False if it exists.

    The file is the image of an in-memory database made from :func:`new_schema`
    (once per process): written beside ``path``, synced, then hard-linked into
    place, which fails if ``path`` appeared meanwhile. So a new database either
    does not exist or has its complete schema, whoever else opens it and
    whenever the process is killed; and it costs one file write instead of a
    hundred and fifty schema statements.
    """
    if not _TEMPLATE:
        memory = sqlite3.connect(":memory:", isolation_level=None)
        memory.execute("begin")
        for statement in new_schema():
            memory.execute(statement)
        memory.execute("commit")
        _TEMPLATE.append(memory.serialize())
        memory.close()
    remove_abandoned_staging(path)
    staging = path.with_name(f".{path.name}.{os.getpid()}.new")
    try:
        with open(staging, "wb") as out:
            out.write(_TEMPLATE[0])
            out.flush()
            os.fsync(out.fileno())
        os.link(staging, path)
    except FileExistsError:
        return False
    except OSError:  # no hard links here (some network or FAT file systems): build the schema in the file
        return False
    finally:
        staging.unlink(missing_ok=True)
    return True


def remove_abandoned_staging(path: Path) -> None:
    """Delete staging files of ``path`` left by processes killed between writing and linking them."""
    for leftover in path.parent.glob(f".{path.name}.*.new"):
        pid = leftover.name[len(path.name) + 2 : -len(".new")]
        try:
            os.kill(int(pid), 0)  # still running: its file is in use
        except ProcessLookupError:
            leftover.unlink(missing_ok=True)
        except (ValueError, PermissionError):
            pass  # not ours, or another user's live process
