"""Votes in the Kent full-council printed minutes of 13 March 2025 (issue 15), and none where there is none.

The Kent minutes print every recorded vote as "For (N)" / "Against (N)" /
"Abstain (N)" with the members under each side, and say "agreed unanimously"
or "Motion carried." for the rest. The values below were read from the PDF
by hand: every vote of the meeting with its three counts, its proposer and
seconder, and a sample of names on each side. The minutes' own
inconsistencies (a list shorter than its count, members named on both sides
of one vote, voters the present list does not name) must be warnings, not
silently data.
"""

from __future__ import annotations

import json
from collections import Counter

import jsonschema
import pytest

from conftest import CORPUS, SEEDS, build, needs_shared, seed
from pipeline.evaluate import evaluate
from pipeline.export import export
from pipeline.publish.queries import canned_queries

KENT = CORPUS / "pdf" / "kent_county-council_2025-03-13_printed-minutes.pdf"

# (minute, position in the item, kind, result, for, against, abstain, proposer, seconder)
VOTES = [
    ("296", 1, "motion", "carried", None, None, None, "Mr Sweetland", "Mr Ridgers"),
    ("299", 1, "motion", "carried", 52, 0, 11, "Mr Derek Murphy", "Mr Rob Thomas"),
    ("300", 1, "motion", "carried", None, None, None, "Mr Booth", "Mrs Binks"),
    ("301", 1, "motion", "carried", None, None, None, "Mr Richardson", "Mr Crow-Brown"),
    ("302", 1, "motion", "carried", 38, 5, 4, "Mr Gough", "Mr Oakford"),
    ("303", 1, "motion", "carried", None, None, None, "Mr Oakford", "Mr Rayner"),
    ("304", 1, "motion", "carried", None, None, None, "Mr Jeffrey", "Mr Bartlett"),
    ("305", 1, "motion", "carried", None, None, None, "Mr Jeffrey", "Mrs Binks"),
    ("306", 1, "motion", "carried", 39, 3, 0, "Chairman", "Vice-Chairman"),
    ("306", 2, "amendment", "carried", 32, 11, 0, "Mr Holden", "Mr Lewis"),
    ("306", 3, "motion", "carried", 36, 4, 0, None, None),
    ("306", 4, "motion", "carried", 37, 0, 2, None, None),
    ("307", 1, "motion", "carried", None, None, None, "Mr Brady", "Ms Meade"),
    ("307", 2, "motion", "carried", 32, 1, 2, "Mr Oakford", "Mr Jeffrey"),
    ("308", 1, "motion", "carried", 33, 2, 0, "Mr Rayner", "Mr Meade"),
    ("308", 2, "motion", "carried", 34, 0, 0, None, None),
]


@pytest.fixture(scope="module")
def kent(tmp_path_factory):
    if not KENT.is_file():
        pytest.skip(f"the Kent minutes are not at {KENT}")
    return build(tmp_path_factory, "kent-votes", KENT)


def _votes(db):
    return db.rows(
        "select v.*, rtrim(a.number, '.') as item from votes v join agenda_items a on a.id = v.agenda_item_id order by a.position, v.position"
    )


@needs_shared
def test_every_vote_with_its_counts_proposer_and_seconder(kent):
    got = [(v["item"], v["position"], v["kind"], v["result"], v["for_count"], v["against_count"], v["abstain_count"], v["proposer"], v["seconder"]) for v in _votes(kent)]
    assert got == VOTES
    printed = [v for v in _votes(kent) if v["for_count"] is not None]
    assert {v["counts_from"] for v in printed} == {"minutes"} and all(v["counts_from"] is None for v in _votes(kent) if v["for_count"] is None)


@needs_shared
def test_every_named_voter_on_each_side(kent):
    rows = kent.rows(
        "select rtrim(a.number, '.') as item, v.position, r.name, r.vote from vote_records r join votes v on v.id = r.vote_id "
        "join agenda_items a on a.id = v.agenda_item_id order by r.char_start"
    )
    sides = Counter((r["item"], r["position"], r["vote"]) for r in rows)
    # the lists as printed: two are shorter than their printed count (306 part 4: 35 of 36; the substantive motion: 35 of 37)
    assert sides == {
        ("299", 1, "for"): 52, ("299", 1, "abstain"): 11, ("300", 1, "against"): 1,
        ("302", 1, "for"): 38, ("302", 1, "against"): 5, ("302", 1, "abstain"): 4,
        ("306", 1, "for"): 39, ("306", 1, "against"): 3, ("306", 2, "for"): 32, ("306", 2, "against"): 11,
        ("306", 3, "for"): 35, ("306", 3, "against"): 4, ("306", 4, "for"): 35, ("306", 4, "abstain"): 2,
        ("307", 2, "for"): 32, ("307", 2, "against"): 1, ("307", 2, "abstain"): 2,
        ("308", 1, "for"): 33, ("308", 1, "against"): 2, ("308", 2, "for"): 34,
    }  # fmt: skip
    named = lambda item, position, vote: [r["name"] for r in rows if (r["item"], r["position"], r["vote"]) == (item, position, vote)]  # noqa: E731
    assert {"Mr Baker", "Sir Paul Carter CBE", "Mr Kite MBE", "Mr Booth", "Mrs Wright", "Mr Wright"} <= set(named("299", 1, "for"))
    assert named("299", 1, "abstain")[:3] == ["Mr Chittenden", "Mrs Dean MBE", "Mr Hook"] and named("299", 1, "abstain")[-1] == "Mr Streatfeild MBE"
    assert named("302", 1, "against") == ["Mr Baldock", "Mrs Dean MBE", "Mr Hood", "Mr Lehmann", "Mr Lewis"]
    assert named("302", 1, "abstain") == ["Ms Hawkins", "Mr Mallon", "Mr Shonk", "Mr Stepto"]
    assert named("306", 1, "against") == ["Mr Marsh", "Mr Rayner", "Mr Robey"]
    assert named("306", 4, "abstain") == ["Ms Constantine", "Ms Meade"]
    assert named("307", 2, "against") == ["Mr Booth"] and named("308", 1, "against") == ["Mr Baker", "Mr Lehmann"]
    # the member who asked for his vote to be recorded, on the motion of item 300
    assert named("300", 1, "against") == ["Rich Lehmann"]
    assert kent.value("select person_id from vote_records where name = 'Rich Lehmann'") == "kent-county-council/rich-lehmann"


@needs_shared
def test_the_amendment_links_to_the_motion_it_became_part_of_and_votes_to_their_resolutions(kent):
    votes = {(v["item"], v["position"]): v for v in _votes(kent)}
    assert votes[("306", 2)]["amends_vote_id"] == votes[("306", 4)]["id"]
    assert all(v["amends_vote_id"] is None for key, v in votes.items() if key != ("306", 2))
    resolution = kent.one("select r.agenda_item_id, r.text from resolutions r where r.id = ?", [votes[("299", 1)]["resolution_id"]])
    assert resolution["agenda_item_id"] == votes[("299", 1)]["agenda_item_id"] and resolution["text"].startswith("Notes the Inspector")
    # the substantive motion carried the RESOLVED of minute 306; the votes before it (extending the meeting, part 4) did not
    assert votes[("306", 4)]["resolution_id"] is not None and votes[("306", 1)]["resolution_id"] is None and votes[("306", 3)]["resolution_id"] is None


@needs_shared
def test_what_does_not_add_up_is_a_warning(kent):
    warnings = json.loads(kent.value("select warnings from documents"))
    said = lambda code: sorted(w["message"] for w in warnings if w["code"] == code)  # noqa: E731
    assert said("vote_count") == ["for (36) lists 35 names", "for (37) lists 35 names"]
    assert said("voter_twice") == ["Mr Hood is listed both for and against", "Mr Hook is listed both for and against", "Mr Lehmann is listed both for and against"]
    assert said("voter_not_present") == ["Mr Kennedy is named in a vote but not in the present list", "Mr Mallon is named in a vote but not in the present list"]


@needs_shared
def test_minutes_without_a_vote_give_no_vote_row(seeds_db):
    """The Harrow seeds (minutes pages, an agenda pack, a summary) record decisions but no vote."""
    assert seeds_db.value("select count(*) from documents") >= 5
    assert seeds_db.value("select count(*) from votes") == 0
    assert seeds_db.value("select count(*) from vote_records") == 0


@needs_shared
def test_eval_scores_votes_only_where_the_truth_has_the_key(tmp_path):
    """A truth file without "votes" (an older one) is not scored for votes; "votes": [] is a real zero and is."""
    document = f"shared/seeds/{seed('000').name}"
    (tmp_path / "without.json").write_text(json.dumps({"document": document}))
    (tmp_path / "with.json").write_text(json.dumps({"document": document, "votes": [], "vote_records": []}))
    report = evaluate(tmp_path, roots=[SEEDS.parents[1]])
    scores = {d.truth.file.name: d.scores for d in report.documents}
    assert "votes" not in scores["without.json"] and "vote_records" not in scores["without.json"]
    assert (scores["with.json"]["votes"].tp, scores["with.json"]["votes"].fp, scores["with.json"]["votes"].f1) == (0, 0, 1.0)


def _query(db, query: str, **params) -> list[dict]:
    """A canned query of ``councilpack serve``, run on the database as Datasette runs it (named parameters)."""
    return [dict(r) for r in db.conn.execute(canned_queries()[query]["sql"], params)]


@needs_shared
def test_how_did_a_member_vote(kent):
    rows = _query(kent, "member_votes", name="Booth")
    assert [(r["item_number"], r["vote"], r["result"]) for r in rows] == [
        ("299.", "for", "carried"), ("300.", "proposed", "carried"), ("302.", "for", "carried"), ("306.", "for", "carried"),
        ("306.", "for", "carried"), ("306.", "against", "carried"), ("306.", "for", "carried"), ("307.", "against", "carried"),
        ("308.", "for", "carried"), ("308.", "for", "carried"),
    ]  # fmt: skip
    against = next(r for r in rows if r["vote"] == "against" and r["item_number"] == "307.")
    assert (against["for_count"], against["against_count"], against["abstain_count"], against["kind"]) == (32, 1, 2, "motion")
    assert against["motion"].startswith("“Council is asked to endorse the attached Pay Policy Statement")
    record = kent.one("select document_id, char_start, char_end from vote_records where name = 'Mr Booth' and vote = 'against' order by char_start desc limit 1")
    assert against["text_url"] == f"/councilpack/source_text?document_id={record['document_id']}&char_start={record['char_start']}&char_end={record['char_end']}"
    assert _query(kent, "member_votes", name="Nobody Atall") == []


@needs_shared
def test_close_votes(kent):
    # no vote of this meeting was within 2: the closest were 33 to 2 and 32 to 1
    assert _query(kent, "close_votes", council="", committee="") == []
    kent.conn.execute("update votes set against_count = 31 where for_count = 32 and against_count = 1")
    rows = _query(kent, "close_votes", council="Kent", committee="")
    kent.conn.rollback()
    assert [(r["item_number"], r["for_count"], r["against_count"], r["margin"], r["named_votes"]) for r in rows] == [("307.", 32, 31, 1, 35)]


@needs_shared
def test_export_writes_the_votes_valid_against_their_json_schema(kent, tmp_path):
    export(kent.path, tmp_path)
    for table, count in (("votes", 16), ("vote_records", 376)):
        schema = json.loads((tmp_path / "schemas" / f"{table}.schema.json").read_text(encoding="utf-8"))
        rows = json.loads((tmp_path / f"{table}.json").read_text(encoding="utf-8"))
        assert len(rows) == count
        validator = jsonschema.Draft202012Validator(schema)
        assert [e.message for row in rows for e in validator.iter_errors(row)] == []
    schema = json.loads((tmp_path / "schemas" / "votes.schema.json").read_text(encoding="utf-8"))
    assert set(schema["properties"]["result"]["enum"]) == {"carried", "lost", "fell", "withdrawn"}
    assert {"for_count", "against_count", "abstain_count", "proposer_id", "amends_vote_id"} <= set(schema["properties"])
