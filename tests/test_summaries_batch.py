"""A committee's summaries are recomputed once per batch, and never lost (issue 18, "stay fast").

Recomputing ``attendance_summary`` and ``action_followups`` costs the whole
committee's history, and ingest did it for every document: the thousandth
minutes of a committee loaded four times slower than the first. Now a load
marks the committee in ``summary_pending`` and the batch recomputes each
marked committee once at its end; a lone load (a scrape's document) still
recomputes in its own transaction, and a batch cut short is completed by the
next open of the database. The real samples, the real loader.
"""

from __future__ import annotations

from conftest import SAMPLES
from pipeline.ingest import ingest
from pipeline.parse import parse_document
from pipeline.store import open_database
from pipeline.store.load import finish_batch, load

MARCH = SAMPLES / "2025-03-10_corporate-parenting-panel_printed-minutes.pdf"
JUNE = SAMPLES / "2025-06-16_corporate-parenting-panel_minutes.html"
PANEL = ("Eastbrook Borough Council", "Corporate Parenting Panel")


def _summary(db) -> list[tuple]:
    return [tuple(r) for r in db.execute("select person_key, present, apologies, recorded_meetings from attendance_summary order by person_key").fetchall()]


def _pending(db) -> list[tuple]:
    return [tuple(r) for r in db.execute("select distinct council, committee from summary_pending").fetchall()]


def test_a_batch_leaves_no_mark_and_counts_every_meeting(tmp_path):
    path = tmp_path / "c.db"
    ingest([MARCH, JUNE], path)
    db = open_database(path)
    assert _pending(db) == []
    rows = _summary(db)
    assert rows and max(r[3] for r in rows) == 2  # a member recorded at both meetings of the batch
    assert db.execute("select count(*) from action_followups where committee = ?", [PANEL[1]]).fetchone()[0] == 3


def test_a_deferred_load_marks_its_committee_until_the_batch_ends(tmp_path):
    db = open_database(tmp_path / "c.db")
    load(db, parse_document(MARCH.read_bytes(), str(MARCH)))  # alone: recomputed at once
    assert _pending(db) == [] and _summary(db)
    one_meeting = _summary(db)
    load(db, parse_document(JUNE.read_bytes(), str(JUNE)), defer_summaries=True)
    assert PANEL in _pending(db)
    assert _summary(db) == one_meeting  # not yet: the batch has not ended
    marked = len(_pending(db))
    assert finish_batch(db) == marked  # each marked committee, once
    assert _pending(db) == [] and _summary(db) != one_meeting
    db.close()


def test_the_next_open_completes_a_batch_cut_short(tmp_path):
    path = tmp_path / "c.db"
    db = open_database(path)
    load(db, parse_document(MARCH.read_bytes(), str(MARCH)), defer_summaries=True)
    db.close()  # the batch never reached its end
    again = open_database(path)
    assert _pending(again) == [] and _summary(again)
