"""One table spec per record type: the database, the Datasette metadata and the export all follow the specs.

Adding a record type (or a field) touches its schema, its extractor and its
tests: these tests fail if a spec'd table is missing from a new database, lacks
its full-text index, or has a column Datasette cannot describe.
"""

from __future__ import annotations

from typing import ClassVar

import sqlite_utils
from pydantic import Field

from pipeline.export import TABLES as EXPORTED, json_schema
from pipeline.publish import metadata
from pipeline.store import open_database, schema
from pipeline.store.load import RECORD_TABLES
from schemas import RECORD_TYPES, SPECS, TABLES, Extracted
from schemas.tables import DOCUMENT, TableSpec


def test_every_spec_is_a_table_of_a_new_database_with_its_keys_indexes_and_full_text(tmp_path):
    db = open_database(tmp_path / "new.db")
    for spec in TABLES:
        table = db[spec.name]
        assert table.exists(), spec.name
        assert list(table.columns_dict) == spec.columns, spec.name
        pk = [spec.primary_key] if isinstance(spec.primary_key, str) else list(spec.primary_key)
        assert table.pks == pk, spec.name
        assert {(fk.column, fk.other_table, fk.other_column) for fk in table.foreign_keys} == set(spec.foreign_keys), spec.name
        assert {tuple(i.columns) for i in table.indexes if not i.name.startswith("sqlite_autoindex")} == set(spec.all_indexes), spec.name
        if spec.fts:
            fts = table.detect_fts()
            assert fts == f"{spec.name}_fts", spec.name
            assert list(db[fts].columns_dict) == list(spec.fts), spec.name
            triggers = {t.name for t in db.triggers if t.table == spec.name}
            assert {f"{spec.name}_ai", f"{spec.name}_ad", f"{spec.name}_au"} <= triggers, spec.name
        else:
            assert table.detect_fts() is None, spec.name


def test_every_column_of_every_table_and_view_has_a_datasette_description(tmp_path):
    db = open_database(tmp_path / "new.db")
    columns = {name: list(db[name].columns_dict) for name in [*db.table_names(), *db.view_names()]}
    tables = metadata.build_metadata(columns)["databases"]["councilpack"]["tables"]
    for name, cols in columns.items():
        entry = tables[name]
        if entry.get("hidden"):
            continue
        missing = [c for c in cols if not entry.get("columns", {}).get(c)]
        assert missing == [], f"{name}: no description for {missing}"
        assert entry.get("title") and entry.get("description"), name
    for spec in TABLES:  # and a spec'd column's description is its model field's
        for column in spec.columns:
            assert spec.column_description(column), f"{spec.name}.{column}: add Field(description=...) to {spec.model.__name__}"
            assert spec.column_description(column).rstrip(".") in metadata.column_descriptions(spec.name, [column])[column] or spec.hidden


def test_the_record_types_the_loader_and_the_export_come_from_the_specs():
    assert [m.table for m in RECORD_TYPES] == list(RECORD_TABLES)
    assert all(issubclass(m, Extracted) for m in RECORD_TYPES)
    assert set(EXPORTED) == {s.name for s in TABLES if s.exported}
    assert set(SPECS) == {s.name for s in TABLES}


class Petition(Extracted):
    """A petition presented to a meeting (a record type these tests invent)."""

    table: ClassVar[str] = "petitions"

    id: str = Field(description="Petition id.")
    text: str = Field(description="What the petition asks for.")
    signatures: int | None = Field(None, description="How many signed it.")


PETITIONS = TableSpec(Petition, "Petitions", foreign_keys=(DOCUMENT,), fts=("text",))


def test_a_new_record_type_needs_only_its_model_and_spec(monkeypatch):
    """Everything generated from a spec picks up a new type: DDL, full-text index, metadata, JSON Schema."""
    db = sqlite_utils.Database(memory=True)
    for spec in schema.creation_order((*TABLES, PETITIONS)):
        schema.create_table(db, spec)
    schema.create_fts(db, PETITIONS)
    assert db["petitions"].columns_dict == {**{c: t for c, t in schema.columns(Petition).items()}}
    assert db["petitions"].detect_fts() == "petitions_fts"
    monkeypatch.setitem(metadata.SPECS, "petitions", PETITIONS)
    described = metadata.column_descriptions("petitions", list(Petition.model_fields))
    assert described["signatures"] == "How many signed it." and described["document_id"].startswith("The source document")
    exported = json_schema(Petition, "petitions")
    assert exported["properties"]["signatures"]["description"] == "How many signed it."
    assert exported["properties"]["page"]["description"].startswith("Physical page")
