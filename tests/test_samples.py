"""The generated Eastbrook samples against their ground truth, document by document.

The truth files are written by ``samples/generate.py`` from the same data model
that renders the documents, so every difference here is an extraction error.
"""

from __future__ import annotations

import json
import re

import pytest

from tests.conftest import SAMPLES

TRUTHS = sorted(SAMPLES.glob("*.truth.json"))


def norm(text: str | None) -> str | None:
    """Compare resolution texts without the RESOLVED formula's "that" and final stop."""
    if text is None:
        return None
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"^that:?\s+", "", text, flags=re.I)  # "RESOLVED that ..." and a notice's "(1) That ..."
    return text.rstrip(".;: ")


def doc_id(db, truth: dict) -> str:
    return db.value("select id from documents where source like ?", [f"%{truth['document']}"])


@pytest.fixture(params=TRUTHS, ids=lambda p: p.name.split("_")[-1].replace(".truth.json", ""))
def truth(request) -> dict:
    return json.loads(request.param.read_text(encoding="utf-8"))


def test_samples_are_present():
    assert len(TRUTHS) == 6


def test_meeting(samples_db, truth):
    if not truth["meetings"]:  # a forward plan belongs to no meeting
        assert samples_db.value("select count(*) from meeting_records where document_id = ?", [doc_id(samples_db, truth)]) == 0
        return
    record = samples_db.one("select * from meeting_records where document_id = ?", [doc_id(samples_db, truth)])
    expected = truth["meetings"][0]
    for column, value in expected.items():
        if column == "status" and truth["kind"] == "agenda_pack":
            # an agenda says a meeting is planned; the minutes say it was held
            assert record["status"] == "scheduled"
            continue
        assert record[column] == value, column


def test_merged_meetings(samples_db):
    rows = samples_db.rows("select id, status, document_count from meetings order by date")
    assert rows == [
        # the decision notice (held) and the report to the same meeting (scheduled): holding wins
        {"id": "eastbrook-borough-council/cabinet/2025-01-30", "status": "held", "document_count": 2},
        {"id": "eastbrook-borough-council/corporate-parenting-panel/2025-03-10", "status": "held", "document_count": 1},
        {"id": "eastbrook-borough-council/corporate-parenting-panel/2025-06-16", "status": "held", "document_count": 2},
    ]


def test_agenda_items(samples_db, truth):
    got = samples_db.rows("select * from agenda_items where document_id = ? order by position", [doc_id(samples_db, truth)])
    expected = truth["agenda_items"]
    assert [g["number"] for g in got] == [e["number"] for e in expected]
    for g, e in zip(got, expected):
        for column in ("position", "title", "page_start", "page_end", "to_follow", "restricted", "description"):
            if column in e:
                value = bool(g[column]) if isinstance(e[column], bool) else g[column]
                assert value == e[column], (e["number"], column)


def test_resolutions(samples_db, truth):
    got = samples_db.rows(
        "select a.number, r.position, r.text, r.outcome from resolutions r join agenda_items a on a.id = r.agenda_item_id "
        "where r.document_id = ? order by a.position, r.position",
        [doc_id(samples_db, truth)],
    )
    assert [(g["number"], g["position"], norm(g["text"]), g["outcome"]) for g in got] == [
        (e["item_number"], e["position"], norm(e["text"]), e["outcome"]) for e in truth.get("resolutions", [])
    ]


def test_actions(samples_db, truth):
    got = {norm(r["text"]) for r in samples_db.rows("select text from actions where document_id = ?", [doc_id(samples_db, truth)])}
    for action in truth.get("actions", []):
        assert norm(action["text"]) in got


def test_work_programme(samples_db, truth):
    got = samples_db.rows("select planned_date, title, decision_maker from work_programme where document_id = ?", [doc_id(samples_db, truth)])
    assert sorted((g["planned_date"], g["title"]) for g in got) == sorted(
        (e["planned_date"], e["title"]) for e in truth.get("work_programme", [])
    )
    makers = {(e["title"], e["decision_maker"]) for e in truth.get("work_programme", []) if "decision_maker" in e}
    assert makers <= {(g["title"], g["decision_maker"]) for g in got}


def test_pack_pages_carry_printed_numbers(samples_db):
    pack = samples_db.one("select id, page_count from documents where kind = 'agenda_pack'")
    pages = samples_db.rows("select page, printed_page from pages where document_id = ? order by page", [pack["id"]])
    assert pack["page_count"] == 22
    assert pages[0]["printed_page"] is None
    assert all(p["printed_page"] == str(p["page"] - 1) for p in pages[1:])


def test_generator_is_deterministic(tmp_path):
    """Regenerating the samples gives the committed bytes (ground truth included)."""
    import subprocess
    import sys

    subprocess.run([sys.executable, str(SAMPLES.parent / "generate.py"), "--out", str(tmp_path)], check=True, capture_output=True)
    committed = {p.name: p.read_bytes() for p in SAMPLES.iterdir() if p.is_file()}
    regenerated = {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()}
    assert regenerated.keys() == committed.keys()
    assert [name for name in committed if committed[name] != regenerated[name]] == []
