"""Declarations of interest: who declared what, in which item, what they did, and declarations_none.

Values are asserted at the parse level (``parse_document``). The ``people``
stage that runs after the declarations extractor rewrites ``name`` to the
linked person's name, so names are compared bare (``parse_name(name).full``)
there, and as written (with honorific) on the extractor's own output
(:func:`extracted`).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from extractors.registry import ExtractionContext, ExtractionRun, registered, run_extractors

# Import every extractor in pipeline order before naming one: the registry runs
# extractors in the order they were first imported (see extractors/registry.py).
registered()

from extractors.declarations import Region, find_declarations, says_none  # noqa: E402
from extractors.names import is_personal_name, parse_name  # noqa: E402
from pipeline.outline import outline_document  # noqa: E402
from pipeline.parse import document_id, parse_document  # noqa: E402
from pipeline.readers import read_document  # noqa: E402
from schemas import Meeting  # noqa: E402
from schemas.provenance import Span  # noqa: E402
from tests.conftest import CORPUS, SAMPLES, SEEDS, corpus, needs_shared, seed  # noqa: E402

EASTBROOK_MINUTES = SAMPLES / "2025-06-16_corporate-parenting-panel_minutes.html"
EASTBROOK_PRINTED = SAMPLES / "2025-03-10_corporate-parenting-panel_printed-minutes.pdf"
KINGSTON_JAN = "html/kingston_north-kingston-nc_2026-01-15_ieListDocuments_agenda.html"
KINGSTON_NOV = "html/kingston_north-kingston-nc_2025-11-18_ieListDocuments_agenda.html"
KENT_COUNCIL = "pdf/kent_county-council_2025-03-13_printed-minutes.pdf"
KENT_CABINET = "pdf/kent_cabinet_2025-01-30_printed-minutes.pdf"
MERTON = "pdf/merton_audit-committee_2009-10-22_agenda-pack.pdf"
TINTERN = "pdf/tintern-community-council_2019-02-25_minutes.pdf"
WYE = "text/wye-valley-community-council_2024-10-28_minutes.txt"
LIMERICK = "text/limerick_full-council_2025-03-31_minutes_extracted.md"


@lru_cache(maxsize=None)
def parsed(path: Path):
    return parse_document(path.read_bytes(), str(path))


def declarations(path: Path) -> list:
    return parsed(path).records.get("declarations", [])


def declarations_none(path: Path):
    meetings = parsed(path).records.get("meeting") or []
    return meetings[0].declarations_none if meetings else "no meeting"


def item_title(path: Path, agenda_item_id: str | None) -> str | None:
    items = {i.id: i for i in parsed(path).records.get("agenda_items", [])}
    item = items.get(agenda_item_id)
    return item.title if item else None


def _text(path: Path) -> str:
    return "\n\f".join(p.text for p in parsed(path).pages)


def span_text(path: Path, record) -> str:
    return _text(path)[record.char_start : record.char_end]


def extracted(path: Path, stub_meeting: bool = False) -> ExtractionRun:
    """The declarations extractor's own output (names as written), without the people linking after it.

    ``stub_meeting`` supplies a meeting record when the meeting extractor finds
    none, so that ``declarations_none`` can be checked on its own.
    """
    data = path.read_bytes()
    doc = read_document(document_id(data), str(path), data)
    outline = outline_document(doc)
    records = run_extractors(ExtractionContext(doc=doc, outline=outline), only={"meeting", "agenda_items"}).records
    if stub_meeting and not records.get("meeting"):
        records["meeting"] = [Meeting(id="test/meeting/date", document_id=doc.id, extractor="meeting")]
    return run_extractors(ExtractionContext(doc=doc, outline=outline, records=records), only={"declarations"})


def as_written(path: Path) -> list[str]:
    return [d.name for d in extracted(path).records["declarations"]]


# --- the generated samples (always present) ---------------------------------


def test_eastbrook_minutes_two_declarations_linked_to_their_items():
    rows = declarations(EASTBROOK_MINUTES)
    assert len(rows) == 2
    osei, patel = rows
    assert parse_name(osei.name).full == "Daniel Osei"
    assert (osei.interest_type, osei.action, osei.item_reference, osei.late) == ("non-pecuniary", "remained", "item 48", False)
    assert osei.description == "his sister worked for Eastbrook Community Health NHS Trust"
    assert item_title(EASTBROOK_MINUTES, osei.agenda_item_id) == "Update on Health for Children Looked After"
    assert parse_name(patel.name).full == "Sunil Patel"
    assert (patel.interest_type, patel.action, patel.item_reference) == ("prejudicial", "left and did not vote", "item 53")
    assert patel.description == "he was a director of a company that provided supported accommodation to the Council"
    assert item_title(EASTBROOK_MINUTES, patel.agenda_item_id) == "Placement Sufficiency Commissioning"
    assert all(d.meeting_id == "eastbrook-borough-council/corporate-parenting-panel/2025-06-16" for d in rows)
    assert all(d.person_id is None or d.person_id.endswith(parse_name(d.name).full.lower().replace(" ", "-")) for d in rows)
    # the span is the declaration and the sentence saying what the member did
    assert span_text(EASTBROOK_MINUTES, patel).endswith("He left the room while the item was discussed and did not vote.")
    assert as_written(EASTBROOK_MINUTES) == ["Councillor Daniel Osei", "Councillor Sunil Patel"]
    assert declarations_none(EASTBROOK_MINUTES) is False


def test_eastbrook_declarations_ids_belong_to_the_declarations_item():
    rows = declarations(EASTBROOK_MINUTES)
    items = parsed(EASTBROOK_MINUTES).records["agenda_items"]
    declarations_item = next(i for i in items if i.title == "Declarations of Interest")
    assert [d.id for d in rows] == [f"{declarations_item.id}-d1", f"{declarations_item.id}-d2"]
    assert all(d.extractor == "declarations" and d.page == 1 for d in rows)


def test_eastbrook_printed_minutes_say_none():
    assert declarations(EASTBROOK_PRINTED) == []
    assert declarations_none(EASTBROOK_PRINTED) is True


def test_eastbrook_agenda_pack_does_not_say():
    pack = SAMPLES / "2025-06-16_corporate-parenting-panel_agenda-pack.pdf"
    assert declarations(pack) == []
    assert declarations_none(pack) is None


# --- the seeds --------------------------------------------------------------


@needs_shared
def test_seed_000_two_non_pecuniary_interests():
    path = seed("000")
    rows = declarations(path)
    assert [parse_name(d.name).full for d in rows] == ["Simon Brown", "Hitesh Karia"]
    assert as_written(path) == ["Councillor Simon Brown", "Councillor Hitesh Karia"]
    brown, karia = rows
    assert brown.description == "his daughter had started working for Child and Adolescent Mental Health Service (CNWL)"
    assert karia.description == "he worked for an organisation that provided care services"
    assert all((d.interest_type, d.action, d.late, d.agenda_item_id, d.item_reference) == ("non-pecuniary", "remained", False, None, None) for d in rows)
    assert all(d.meeting_id == "harrow-council/corporate-parenting-panel/2023-03-27" for d in rows)
    assert "He remained in the meeting" in span_text(path, brown)
    assert declarations_none(path) is False


@needs_shared
def test_seed_001_no_declarations_were_made():
    assert declarations(seed("001")) == []
    assert declarations_none(seed("001")) is True


@needs_shared
@pytest.mark.parametrize("number", ["002", "003"])
def test_seed_agenda_and_summary_do_not_say(number):
    assert declarations(seed(number)) == []
    assert declarations_none(seed(number)) is None


@needs_shared
def test_seed_004_single_item_page_has_no_declarations():
    assert declarations(seed("004")) == []
    assert declarations_none(seed("004")) in (None, "no meeting")


# --- the corpus -------------------------------------------------------------


@needs_shared
def test_kingston_january_interest_linked_by_title_not_number():
    path = corpus(KINGSTON_JAN)
    rows = declarations(path)
    assert len(rows) == 1
    bass = rows[0]
    assert as_written(path) == ["Councillor Bass"]
    assert (bass.interest_type, bass.item_reference, bass.description, bass.late) == (None, "agenda 9", "she lived on Dickerage Road", False)
    # "agenda 9" is minute 60 on this page: the quoted title decides
    assert item_title(path, bass.agenda_item_id) == "Coombe Lane West Zebra Crossing - Local Consultation Results"
    assert declarations_none(path) is False


@needs_shared
def test_kingston_november_no_declarations():
    assert declarations(corpus(KINGSTON_NOV)) == []
    assert declarations_none(corpus(KINGSTON_NOV)) is True


@needs_shared
def test_kent_council_late_declaration_counted_once():
    path = corpus(KENT_COUNCIL)
    rows = declarations(path)
    # recorded under Item 2 ("Later in the meeting ...") and again under Item 16: one declaration
    assert len(rows) == 1
    sole = rows[0]
    assert as_written(path) == ["Mr Sole"]
    assert parse_name(sole.name).surname == "Sole"
    assert (sole.item_reference, sole.description, sole.late, sole.interest_type) == ("Item 16", "a family member worked for KCC", True, None)
    assert item_title(path, sole.agenda_item_id).replace("P ay", "Pay") == "Pay Policy Statement 2025/26"
    # "There were no declarations of interest." is overridden by the later declaration
    assert extracted(path, stub_meeting=True).records["meeting"][0].declarations_none is False
    assert declarations_none(path) in (False, "no meeting")  # the meeting extractor misses this header's date


@needs_shared
def test_kent_cabinet_no_declarations_received():
    path = corpus(KENT_CABINET)
    assert declarations(path) == []
    assert extracted(path, stub_meeting=True).records["meeting"][0].declarations_none is True
    assert declarations_none(path) in (True, "no meeting")


@needs_shared
def test_the_merton_pack_records_no_declarations_of_its_own_meeting():
    """An agenda records nothing: the pack binds the draft minutes of the 24 September meeting, whose declarations
    ("The Chair declared a personal interest ...", "Danny Connellan indicated a personal interest ...") are that
    meeting's, not the 22 October meeting's the pack summons (eval's truth for the pack agrees)."""
    path = corpus(MERTON)
    assert parsed(path).document.kind == "agenda"
    assert declarations(path) == []


@needs_shared
@pytest.mark.parametrize("relative", [TINTERN, WYE, LIMERICK])
def test_community_and_irish_minutes_say_none(relative):
    path = corpus(relative)
    assert declarations(path) == []
    text = _text(path)
    assert says_none(text, Region(Span(start=0, end=len(text)), None, False, True))
    # the outline does not recognise these documents, so there is no meeting record to mark
    assert declarations_none(path) in (True, "no meeting")


# --- every document ---------------------------------------------------------


def _all_documents() -> list[Path]:
    paths = sorted(p for p in SAMPLES.iterdir() if p.is_file() and not p.name.endswith(".json"))
    if SEEDS.is_dir():
        paths += sorted(p for p in SEEDS.glob("*.txt"))
    if CORPUS.is_dir():
        paths += sorted(p for p in CORPUS.rglob("*") if p.is_file() and p.name != "SOURCES.md")
    return paths


def test_every_declaration_is_a_person_declaring():
    emitted = 0
    for path in _all_documents():
        for d in declarations(path):
            emitted += 1
            assert is_personal_name(parse_name(d.name).full, surname_only=True), (path.name, d.name)
            # "declar" in the sentence, or (for "indicated a personal interest") just before it
            context = _text(path)[max(0, d.char_start - 400) : d.char_start]
            assert "declar" in span_text(path, d).lower() or "declar" in context.lower(), (path.name, span_text(path, d))
            assert d.interest_type in (None, "disclosable pecuniary", "pecuniary", "non-pecuniary", "personal", "prejudicial",
                                       "other significant", "other registrable", "non-registrable", "other")
            assert d.action in (None, "remained", "left", "did not vote", "left and did not vote", "took no part")
    assert emitted >= 2


def test_agenda_guidance_is_not_a_declaration():
    text = (
        "Declarations of Interest\n"
        "Members are asked to declare any disclosable pecuniary interests or any other registrable interests.\n"
        "If there are no declarations of interest the Chair will move to the next item.\n"
        "The Chairman declared the meeting closed at 9.15 pm.\n"
    )
    region = Region(Span(start=0, end=len(text)), 1, True, True)
    assert find_declarations(text, region) == []
    assert not says_none(text, region)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "A personal interest was declared by Councillor Mary O'Neill in Agenda Item 9 as she is a governor of the school.",
            [("Councillor Mary O'Neill", "personal", "Agenda Item 9", "she is a governor of the school", None)],
        ),
        (
            "Councillors Ahmed and Clarke declared non-pecuniary interests in item 5 as members of the Friends of the Park.",
            [("Councillor Ahmed", "non-pecuniary", "item 5", "members of the Friends of the Park", None),
             ("Councillor Clarke", "non-pecuniary", "item 5", "members of the Friends of the Park", None)],
        ),
        (
            "Cllr Jones declared a disclosable pecuniary interest in item 7 because she owned land next to the site. "
            "She left the meeting and took no part in the discussion or vote.",
            [("Cllr Jones", "disclosable pecuniary", "item 7", "she owned land next to the site", "left and did not vote")],
        ),
    ],
)
def test_other_ways_councils_write_declarations(sentence, expected):
    found = find_declarations(sentence, Region(Span(start=0, end=len(sentence)), None, False, False))
    got = [(name, f.interest_type, f.reference, f.description, f.action) for f in found for name in f.names]
    assert got == expected
