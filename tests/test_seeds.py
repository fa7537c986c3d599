"""The five seed documents: the values the spine issue promises."""

from __future__ import annotations

import pytest

from tests.conftest import needs_shared, seed

pytestmark = needs_shared

M000 = "harrow-council/corporate-parenting-panel/2023-03-27"
M001 = "harrow-council/corporate-parenting-panel/2017-01-10"
M002 = "harrow-council/corporate-parenting-panel/2024-03-18"
M003 = "harrow-council/corporate-parenting-panel/2025-10-23"


def items(db, meeting_id):
    return db.rows("select * from agenda_items where meeting_id = ? order by position", [meeting_id])


def test_seed_000_meeting(seeds_db):
    m = seeds_db.one("select * from meetings where id = ?", [M000])
    assert (m["council"], m["committee"], m["date"], m["start_time"]) == ("Harrow Council", "Corporate Parenting Panel", "2023-03-27", "18:00")
    assert "Harrow Council Hub" in m["venue"]
    assert m["status"] == "held" and m["source_kind"] == "primary"
    assert m["contact_name"] == "Sonia Karimzada"
    assert m["previous_minutes_date"] == "2023-01-31"


def test_seed_000_items_in_order_with_inferred_titles(seeds_db):
    titles = [(i["title"], i["title_inferred"]) for i in items(seeds_db, M000)]
    assert [t for t, _ in titles] == [
        "Attendance by Reserve Members",
        "Declarations of Interest",
        "Minutes",
        "Public Questions",
        "Petitions",
        "Deputations",
        "Update from the Participation Service and from a care experienced young people about their experiences",
        "Update and Performance for Corporate Parenting Service",
        "Housing Needs Update",
        "Virtual School Performance Update",
        "Update and Performance on Health for Children Looked After",
    ]
    assert dict(titles)["Petitions"] == 1 and dict(titles)["Deputations"] == 1
    assert dict(titles)["Minutes"] == 0


def test_seed_000_one_resolution_per_item_and_housing_in_two_parts(seeds_db):
    rows = seeds_db.rows(
        "select a.position as item, a.title, r.position, r.part, r.text, r.outcome, r.explicit "
        "from resolutions r join agenda_items a on a.id = r.agenda_item_id where a.meeting_id = ? order by a.position, r.position",
        [M000],
    )
    per_item = {}
    for r in rows:
        per_item.setdefault(r["item"], []).append(r)
    assert sorted(per_item) == list(range(1, 12))
    assert all(len(v) == 1 for k, v in per_item.items() if k != 9)
    housing = per_item[9]
    assert [(r["part"], r["text"], r["outcome"], r["explicit"]) for r in housing] == [
        ("(1)", "The update be noted", "noted", 0),
        ("(2)", "Detail regarding housing accommodation refusals be provided at the next Panel meeting.", "requested", 0),
    ]
    assert per_item[3][0]["outcome"] == "approved"
    assert per_item[6][0]["text"] == "To note that deputations were received."


def test_seed_000_actions(seeds_db):
    texts = [r["text"] for r in seeds_db.rows("select text from actions where meeting_id = ? order by char_start", [M000])]
    assert any(t.startswith("The Panel thanked the Participation Officer") and "requested that an invite be extended" in t for t in texts)
    assert "Detail regarding housing accommodation refusals be provided at the next Panel meeting." in texts
    housing = seeds_db.one(
        "select a.title from actions x join agenda_items a on a.id = x.agenda_item_id where x.text like 'Detail regarding%'"
    )
    assert housing["title"] == "Housing Needs Update"


def test_seed_001_numbered_items_and_report_types(seeds_db):
    rows = items(seeds_db, M001)
    assert [r["number"] for r in rows] == [f"{n}." for n in range(123, 135)]
    by_number = {r["number"]: r for r in rows}
    assert by_number["128."]["title"] == "Harrow Children Looked After Health Service: Annual Report 2015-16"
    assert by_number["128."]["report_type"] == "INFORMATION REPORT"
    assert by_number["124."]["title"] == "Chair"
    assert by_number["133."]["title"] == "Agenda Tracker"
    assert not any(r["title"].startswith("INFORMATION REPORT") for r in rows)


def test_seed_001_previous_minutes_and_work_programme(seeds_db):
    assert seeds_db.value("select previous_minutes_date from meetings where id = ?", [M001]) == "2016-10-25"
    programme = seeds_db.rows("select planned_date, title from work_programme where meeting_id = ? order by char_start", [M001])
    dates = {}
    for r in programme:
        dates.setdefault(r["planned_date"], []).append(r["title"])
    assert list(dates) == ["2017-03-28", "2017-06-14", "2017-10-31", "2018-01-09"]
    assert all(len(t) == 3 for t in dates.values())
    assert dates["2017-06-14"] == ["Adoption and Fostering: Regional Initiative", "Housing for Children Looked After", "Corporate Parenting Strategy"]


def test_seed_002_agenda_pack(seeds_db):
    m = seeds_db.one("select * from meetings where id = ?", [M002])
    assert (m["date"], m["start_time"], m["quorum"], m["published_on"]) == ("2024-03-18", "18:00", 3, "2024-03-08")
    assert m["contact_email"] == "sonia.karimzada@harrow.gov.uk"
    rows = items(seeds_db, M002)
    assert [r["number"] for r in rows] == [str(n) for n in range(1, 14)]
    by_number = {r["number"]: r for r in rows}
    assert (by_number["7"]["page_start"], by_number["7"]["page_end"]) == (5, 14)
    assert (by_number["12"]["page_start"], by_number["12"]["page_end"]) == (55, 64)
    assert by_number["8"]["to_follow"] == 1 and by_number["8"]["page_start"] is None
    assert by_number["7"]["title"] == "Update from Participation Service and Care Experienced Young People"
    assert not any(r["restricted"] for r in rows)


def test_seed_003_is_a_secondary_source(seeds_db):
    m = seeds_db.one("select * from meetings where id = ?", [M003])
    assert m["source_kind"] == "secondary"
    assert (m["date"], m["start_time"]) == ("2025-10-23", "18:00")
    assert m["contact_email"] is None  # the digest's own address is not the meeting's
    assert seeds_db.value("select count(*) from agenda_items where meeting_id = ?", [M003]) == 0


def test_seed_004_single_item_and_resolution(seeds_db):
    doc = seeds_db.one("select id, kind from documents where source like ?", [f"%{seed('004').name}"])
    assert doc["kind"] == "agenda_item_page"
    item = seeds_db.one("select * from agenda_items where document_id = ?", [doc["id"]])
    assert item["title"] == "Corporate Parenting Service Update and Corporate Parenting Strategy 2022 to 2025"
    assert item["description"] == "Report and Presentation - Corporate Director of People Services."
    resolution = seeds_db.one("select * from resolutions where agenda_item_id = ?", [item["id"]])
    assert resolution["text"] == "That the update and the Strategy be noted."
    assert resolution["outcome"] == "noted"


@pytest.mark.parametrize("number", ["000", "001", "002", "003", "004"])
def test_every_seed_loads_ok(seeds_db, number):
    row = seeds_db.one("select status, error from documents where source like ?", [f"%{seed(number).name}"])
    assert row == {"status": "ok", "error": None}
