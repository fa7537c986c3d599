"""People: membership, attendance, substitutions, officers, people across meetings, mentions."""

from __future__ import annotations

import re

from extractors.names import is_personal_name, parse_name, split_names
from tests.conftest import needs_shared

M001 = "harrow-council/corporate-parenting-panel/2017-01-10"
M002 = "harrow-council/corporate-parenting-panel/2024-03-18"
KENT_OCT = "kent-county-council/corporate-parenting-panel/2024-10-29"
KENT_DEC = "kent-county-council/corporate-parenting-panel/2024-12-10"


def test_names_are_parsed_into_their_parts():
    n = parse_name("Councillor Simon Brown (VC)")
    assert (n.full, n.honorific, n.role_mark) == ("Simon Brown", "Councillor", "vice-chair")
    n = parse_name("Mr R Love OBE")
    assert (n.full, n.honorific, n.post_nominals, n.is_full) == ("R Love", "Mr", "OBE", False)
    assert parse_name("Sir Paul Carter, CBE").post_nominals == "CBE"
    assert split_names("A Smith (Chair), B Jones (Head of X, Y and Z) and C Brown") == ["A Smith (Chair)", "B Jones (Head of X, Y and Z)", "C Brown"]
    for not_a_name in ("Democratic Services Officer", "Labour Councillors", "Corporate Director", "Children Looked After", "The Panel"):
        assert not is_personal_name(parse_name(not_a_name).full), not_a_name
    assert is_personal_name("Mitzi Green") and is_personal_name("Brown", surname_only=True) and not is_personal_name("Brown")


@needs_shared
def test_seed_002_membership(seeds_db):
    rows = seeds_db.rows("select name, role, party, reserve_order, person_id from memberships where meeting_id = ? order by char_start", [M002])
    by_name = {r["name"]: r for r in rows}
    assert (by_name["Hitesh Karia"]["role"], by_name["Hitesh Karia"]["party"]) == ("chair", None)
    assert (by_name["Simon Brown"]["role"], by_name["Simon Brown"]["party"]) == ("vice-chair", "Labour")
    assert {n: (by_name[n]["role"], by_name[n]["party"]) for n in ("Matthew Goodwin-Freeman", "Chetna Halai", "Aneka Shah-Levy")} == {
        "Matthew Goodwin-Freeman": ("member", "Conservative"),
        "Chetna Halai": ("member", "Conservative"),
        "Aneka Shah-Levy": ("member", "Labour"),
    }
    assert by_name["Valerie Griffin"]["role"] == "advisory"
    reserves = [(r["name"], r["party"], r["reserve_order"]) for r in rows if r["role"] == "reserve"]
    assert reserves == [
        ("Vipin Mithani", "Conservative", 1),
        ("Govind Bharadia", "Conservative", 2),
        ("Zak Wagman", "Conservative", 3),
        ("Sasi Suresh", "Labour", 1),
        ("Krishna Suresh", "Labour", 2),
    ]
    assert seeds_db.value("select quorum from meetings where id = ?", [M002]) == 3


@needs_shared
def test_seed_001_substitutions_chair_and_officers(seeds_db):
    subs = seeds_db.rows("select name, substitute_for, role, status from attendees where meeting_id = ? and substitute_for is not null order by name", [M001])
    assert [(s["substitute_for"], s["name"]) for s in subs] == [("Christine Bednell", "Lynda Seymour"), ("Mitzi Green", "Michael Borio")]
    assert all((s["role"], s["status"]) == ("reserve", "present") for s in subs)
    chair = seeds_db.one("select name, status from attendees where meeting_id = ? and role = 'chair'", [M001])
    assert chair == {"name": "Janet Mote", "status": "present"}
    officers = seeds_db.rows("select name, job_title, organisation from attendees where meeting_id = ? and role = 'officer' order by char_start", [M001])
    assert len(officers) == 9
    assert officers[0] == {"name": "Chris Spencer", "job_title": "Corporate Director, People Services", "organisation": "Harrow Council"}
    assert officers[5]["name"] == "Tanju Mustafa"
    # the employer after the job title's last comma ("..., CNWL", spelt out in the minutes as an NHS trust)
    # is her organisation, not the group heading "Health Authority Representatives:" (eval truth seed_001)
    assert officers[-1] == {"name": "Zoe Sargent", "job_title": "Head of Children’s Services and Operations", "organisation": "CNWL"}


@needs_shared
def test_people_are_one_person_across_seeds(seeds_db):
    for name in ("Simon Brown", "Hitesh Karia"):
        assert seeds_db.value("select count(*) from people where name = ?", [name]) == 1
        documents = seeds_db.value(
            "select count(distinct evidence_document_id) from person_aliases a join people p on p.id = a.person_id where p.name = ?", [name]
        )
        assert documents == 2, name
    assert seeds_db.value("select honorific from people where name = 'Simon Brown'") == "Councillor"


@needs_shared
def test_kent_october_attendance(corpus_db):
    rows = corpus_db.rows("select * from attendees where meeting_id = ?", [KENT_OCT])
    present = [r for r in rows if r["status"] == "present" and r["role"] in ("chair", "vice-chair", "member")]
    assert len(present) == 14
    assert [r["name"] for r in present if r["role"] == "chair"] == ["Shellina Prendergast"]
    assert [r["name"] for r in present if r["role"] == "vice-chair"] == ["Paul Bartlett"]
    guest = corpus_db.one("select name, job_title from attendees where meeting_id = ? and role = 'guest'", [KENT_OCT])
    assert guest == {"name": "Sue Chandler", "job_title": "Cabinet Member for Integrated Children’s Services"}
    officers = [r for r in rows if r["role"] == "officer"]
    assert len(officers) == 11 and all(o["job_title"] for o in officers)
    assert {o["name"]: o["job_title"] for o in officers}["Gavin Swann"] == "Service Manager Safeguarding, Quality Assurance & Professional Standards"
    apologies = sorted(r["name"] for r in rows if r["status"] == "apologies")
    assert apologies == ["A Farmer", "K Leonard", "R Love"]
    remote = sorted((r["name"], r["status"], r["role"]) for r in rows if r["remote"])
    assert remote == [("Lesley Game", "present", "member"), ("Sue Chandler", "present", "guest"), ("Tracy Scott", "present", "member")]
    assert corpus_db.value("select count(*) from attendees where meeting_id = ? and remote and person_id is null", [KENT_OCT]) == 0


@needs_shared
def test_kent_december_substitute_and_attendance_rates(corpus_db):
    sub = corpus_db.one("select name, substitute_for from attendees where meeting_id = ? and substitute_for is not null", [KENT_DEC])
    assert sub == {"name": "Roxanne Hills", "substitute_for": "Nancy Sayer"}
    rates = {r["name"]: r for r in corpus_db.rows("select * from attendance_rates where council = 'Kent County Council'")}
    assert (rates["Shellina Prendergast"]["present"], rates["Shellina Prendergast"]["attendance_rate"]) == (2, 1.0)
    assert (rates["Nancy Sayer"]["present"], rates["Nancy Sayer"]["apologies"], rates["Nancy Sayer"]["attendance_rate"]) == (1, 1, 0.5)


@needs_shared
def test_manchester_expected_attendee(corpus_db):
    row = corpus_db.one(
        "select name, role, status, party, ward from attendees where meeting_id = 'manchester-city-council/audit-committee/2026-02-10'"
    )
    assert row == {"name": "Basil Curley", "role": "member", "status": "expected", "party": "Labour", "ward": "Charlestown"}


@needs_shared
def test_mentions_know_who_presented_and_asked(seeds_db):
    rows = seeds_db.rows(
        "select a.number, n.name, n.role_in_item, n.person_id from mentions n join agenda_items a on a.id = n.agenda_item_id where n.meeting_id = ?",
        [M001],
    )
    roles = {(r["number"], r["name"]): r["role_in_item"] for r in rows}
    assert roles[("128.", "Emma Hedley")] == "presenter"
    assert roles[("128.", "Robson")] == "questioner"
    assert roles[("128.", "Zoe Sargent")] == "speaker"
    assert roles[("132.", "Tanju Mustafa")] == "presenter"
    assert roles[("132.", "Michael Borio")] == "questioner"
    hedley = {r["person_id"] for r in rows if r["name"] == "Emma Hedley"}
    assert hedley == {"harrow-council/emma-hedley"}
    aliases = {a["alias"] for a in seeds_db.rows("select alias from person_aliases where person_id = 'harrow-council/emma-hedley'")}
    assert "Ms Hedley" in aliases  # linked because Emma Hedley is named in the same minutes


_PLAUSIBLE = re.compile(r"^(?:[A-Z][a-zà-ÿ'’]+(?:-[A-Z][a-zà-ÿ'’]+)*|[A-Z]\.?|Mc[A-Z][a-z]+|O['’][A-Z][a-z]+|[A-Z][a-z]*[A-Z][a-z]+)(?: (?:[A-Z][a-zà-ÿ'’]+(?:-[A-Z][a-zà-ÿ'’]+)*|[A-Z]\.?|Mc[A-Z][a-z]+|O['’][A-Z][a-z]+|[A-Z][a-z]*[A-Z][a-z]+)){0,4}$")


@needs_shared
def test_no_job_title_party_or_phrase_is_stored_as_a_name(tmp_path_factory):
    """Every name in every people table, over all seeds, corpus documents and samples, is a plausible personal name."""
    from tests.conftest import CORPUS, SAMPLES, SEEDS, build

    db = build(tmp_path_factory, "everything", SEEDS, CORPUS, SAMPLES)
    names = set()
    for table in ("people", "attendees", "memberships", "declarations", "mentions"):
        names |= {r["name"] for r in db.rows(f"select distinct name from [{table}]")}
    assert len(names) > 150
    bad = sorted(n for n in names if not _PLAUSIBLE.match(n) or not is_personal_name(n, surname_only=True))
    assert bad == []


@needs_shared
def test_people_are_keyed_by_council_and_name_never_by_document(tmp_path_factory):
    """The same councillors present at two Kent meetings (two printed minutes) are one person each; a parish
    council's people are keyed by the parish council its heading names."""
    from tests.conftest import SHARED, build

    db = build(
        tmp_path_factory, "people_keys",
        SHARED / "corpus/pdf/kent_corporate-parenting-panel_2024-10-29_minutes.pdf",
        SHARED / "corpus/pdf/kent_corporate-parenting-panel_2024-12-10_minutes.pdf",
        SHARED / "corpus2/text/stoke-ferry-pc_parish-council_2020-06-03_draft-minutes-virtual.md",
    )  # fmt: skip
    both = ("Shellina Prendergast", "Paul Bartlett", "David Brazier", "Lesley Game", "Sarah Hamilton", "Tom Byrne", "Caroline Smith")
    for name in both:  # in both PRESENT lists
        ids = db.rows("select distinct person_id from attendees where name = ?", [name])
        assert ids == [{"person_id": f"kent-county-council/{name.lower().replace(' ', '-')}"}], name
        assert db.value("select count(distinct meeting_id) from attendees where person_id = ?", [ids[0]["person_id"]]) == 2, name
    assert db.value("select id from people where name = 'Trudy Mann'") == "stoke-ferry-parish-council/trudy-mann"
    assert db.value("select council from people where name = 'Trudy Mann'") == "Stoke Ferry Parish Council"
    assert db.value("select count(*) from people where id like '%document%' or council is null") == 0


def test_people_of_an_unknown_council_share_one_flagged_scope():
    """No council evidence: keyed by name under "unknown council" (the same in every such document), council left empty."""
    from extractors.people import PeopleIndex

    first, second = PeopleIndex(None, "a" * 64), PeopleIndex(None, "b" * 64)
    one, two = first.add_full(parse_name("Councillor Jane Marlow")), second.add_full(parse_name("Cllr Jane Marlow"))
    assert one.id == two.id == "unknown-council/jane-marlow"
    assert one.council is None and two.council is None
    known = PeopleIndex("Stoke Ferry Parish Council", "c" * 64).add_full(parse_name("Jane Marlow"))
    assert (known.id, known.council) == ("stoke-ferry-parish-council/jane-marlow", "Stoke Ferry Parish Council")
