"""`councilpack export`: every record table as CSV and JSON, and the JSON Schema of each record type."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import jsonschema
import pytest

from conftest import SAMPLES, run_cli
from pipeline.export import TABLES, export
from pipeline.store.load import RECORD_TABLES
from schemas import RECORD_TYPES

PACK = SAMPLES / "2025-06-16_corporate-parenting-panel_agenda-pack.pdf"
MARCH = SAMPLES / "2025-03-10_corporate-parenting-panel_printed-minutes.pdf"


def truth(path: Path) -> dict:
    return json.loads(Path(f"{path}.truth.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def exported(samples_db, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("export")
    result = run_cli("export", "--db", str(samples_db.path), "--out", str(out), "--format", "csv", "--format", "json")
    assert result.exit_code == 0, result.output
    assert "files to" in result.output
    return out


def read_csv(path: Path) -> list[dict]:
    with path.open(newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def test_every_record_table_and_the_people_tables_are_written(exported, samples_db):
    for table in [*RECORD_TABLES, "meetings", "documents", "pages", "people", "person_aliases"]:
        rows_json = json.loads((exported / f"{table}.json").read_text(encoding="utf-8"))
        rows_csv = read_csv(exported / f"{table}.csv")
        count = samples_db.value(f"select count(*) from [{table}]")
        assert len(rows_json) == len(rows_csv) == count, table
        columns = [r["name"] for r in samples_db.rows(f"pragma table_info([{table}])")]
        header = (exported / f"{table}.csv").read_text(encoding="utf-8").splitlines()[0].split(",")
        assert header == columns, table
        assert all(list(row) == columns for row in rows_json), table
    readme = (exported / "README.md").read_text(encoding="utf-8")
    assert "Open Government Licence" in readme and "check every value against its source" in readme


def test_real_values_in_csv_and_json(exported):
    meetings = json.loads((exported / "meetings.json").read_text(encoding="utf-8"))
    june = next(m for m in meetings if m["date"] == "2025-06-16")
    expected = truth(PACK)["meetings"][0]
    assert (june["start_time"], june["quorum"], june["contact_email"]) == (expected["start_time"], 3, expected["contact_email"])

    resolutions = read_csv(exported / "resolutions.csv")
    protocol = next(r for r in resolutions if "Protocol" in r["text"])
    assert protocol["text"].rstrip(".") == "the Care Leavers Accommodation Protocol be approved"
    assert (protocol["outcome"], protocol["part"], protocol["explicit"], protocol["page"]) == ("approved", "b.", "1", "2")

    values = json.loads((exported / "kpi_values.json").read_text(encoding="utf-8"))
    iha = sorted((v["period"], v["value"], v["numerator"]) for v in values if "within 20 days" in (v["column_label"] or ""))
    assert iha == [("2025-04", 81.25, 13.0), ("2025-05", 66.67, 6.0)]

    items = json.loads((exported / "agenda_items.json").read_text(encoding="utf-8"))
    to_follow = [i["title"] for i in items if i["to_follow"] is True]  # booleans are JSON booleans
    assert to_follow == ["Update from the Participation Service"]
    tables = json.loads((exported / "kpi_tables.json").read_text(encoding="utf-8"))
    assert all(isinstance(t["header"], list) for t in tables if t["header"] is not None)  # JSON columns are arrays

    attendees = read_csv(exported / "attendees.csv")
    grace = next(a for a in attendees if a["name"] == "Grace Whitfield" and a["status"] == "apologies")
    assert grace["meeting_id"].endswith("2025-03-10") and grace["remote"] == "0"
    aliases = json.loads((exported / "person_aliases.json").read_text(encoding="utf-8"))
    assert any(a["alias"] == "Mr S Patel" and a["person_id"] == "eastbrook-borough-council/sunil-patel" for a in aliases)


def test_spans_can_be_checked_from_the_export_alone(exported):
    pages = {(p["document_id"], p["page"]): p for p in json.loads((exported / "pages.json").read_text(encoding="utf-8"))}
    action = json.loads((exported / "actions.json").read_text(encoding="utf-8"))
    march = next(a for a in action if a["meeting_id"].endswith("2025-03-10"))
    page = pages[(march["document_id"], march["page"])]
    text = page["text"][march["char_start"] - page["char_start"] : march["char_end"] - page["char_start"]]
    assert " ".join(text.split()) == truth(MARCH)["actions"][0]["text"]


def test_schema_files_are_json_schema_of_each_record_type(exported):
    models = {model.table: model for model in RECORD_TYPES}
    assert set(models) <= {p.name.removesuffix(".schema.json") for p in (exported / "schemas").glob("*.schema.json")}
    for table, model in TABLES.items():
        schema = json.loads((exported / "schemas" / f"{table}.schema.json").read_text(encoding="utf-8"))
        jsonschema.Draft202012Validator.check_schema(schema)
        assert schema["title"] == model.__name__
        assert set(schema["properties"]) == set(model.model_fields), table
        # every column is described in the schema itself (Field(description=...) on the model)
        undescribed = [name for name, prop in schema["properties"].items() if not prop.get("description")]
        assert undescribed == [], f"{table}: columns without a description: {undescribed}"
        # and every exported row is valid against it
        validator = jsonschema.Draft202012Validator(schema)
        rows = json.loads((exported / f"{table}.json").read_text(encoding="utf-8"))
        errors = [f"{e.json_path}: {e.message}" for row in rows for e in validator.iter_errors(row)]
        assert errors == [], f"{table}: {errors[:3]}"
    resolution = json.loads((exported / "schemas" / "resolutions.schema.json").read_text(encoding="utf-8"))
    assert {"text", "outcome", "explicit", "document_id", "char_start"} <= set(resolution["properties"])
    assert "text" in resolution["required"]
    assert resolution["properties"]["outcome"]["description"].startswith("The key verb reduced to a word")
    meetings = json.loads((exported / "schemas" / "meetings.schema.json").read_text(encoding="utf-8"))
    assert meetings["properties"]["document_count"]["description"] == "How many current documents describe the meeting."


def test_one_format_only_and_bad_format(samples_db, tmp_path):
    written = export(samples_db.path, tmp_path / "csv", formats={"csv"})
    assert (tmp_path / "csv" / "resolutions.csv").exists() and not (tmp_path / "csv" / "resolutions.json").exists()
    assert (tmp_path / "csv" / "schemas" / "resolutions.schema.json") in written
    with pytest.raises(ValueError, match="xml"):
        export(samples_db.path, tmp_path / "bad", formats={"xml"})
