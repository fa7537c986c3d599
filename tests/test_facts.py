"""Figures in prose (facts) and acronym definitions (glossary).

Values asserted here are the ones the issue names (seeds 000, 001 and 003)
and the Eastbrook samples' ground truth; the last tests check properties
every fact and glossary row of every seed, corpus and sample document must
have.
"""

from __future__ import annotations

import json
import re

import pytest

from extractors.glossary import find_definitions, spells
from pipeline.parse import parse_document
from tests.conftest import SAMPLES, needs_shared, seed

MONTHS = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
STOP = {"a", "an", "the", "of", "in", "on", "for", "to", "with", "and", "or", "who", "had", "have", "has", "were", "was", "been", "at", "by"}


def parse(path):
    return parse_document(path.read_bytes(), str(path))


def parse_text(text: str):
    return parse_document(text.encode("utf-8"), "note.txt")


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def fact(result, raw: str):
    found = [f for f in result.records["facts"] if f.raw == raw]
    assert found, f"no fact {raw!r} in {[f.raw for f in result.records['facts']]}"
    return found[0]


def content_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in STOP}


def glossary(result) -> set[tuple[str, str]]:
    return {(g.term, g.expansion) for g in result.records["glossary"]}


# ---------------------------------------------------------------------------
# The seeds (the done-when values)
# ---------------------------------------------------------------------------


@needs_shared
def test_seed_003_missing_children_is_a_count_of_a_denominator():
    f = fact(parse(seed("003")), "22 of the 214")
    assert (f.value, f.unit, f.numerator, f.denominator) == (22, "count", 22, 214)
    assert f.subject == "children in care reported missing"
    assert "22 of the 214 children in care were reported missing" in f.text


@needs_shared
def test_seed_003_late_health_assessment_requests():
    r = parse(seed("003"))
    f = fact(r, "35/47 (74.5%)")
    assert (f.value, f.unit, f.numerator, f.denominator) == (74.5, "%", 35, 47)
    assert f.subject == "requests for IHA received outside timescales"
    late = fact(r, "9 of the 35")
    assert (late.value, late.denominator) == (9, 35)


@needs_shared
def test_seed_003_care_leavers_in_custody():
    r = parse(seed("003"))
    custody = [f for f in r.records["facts"] if f.raw == "13" and "custody" in (f.subject or "")]
    assert len(custody) == 2  # "There are currently 13 care leavers in custody ..." and "All 13 are male"
    f = custody[0]
    assert (f.value, f.unit, f.subject) == (13, "count", "care leavers in custody")
    assert f.text.startswith("There are currently 13 care leavers in custody")
    # "All 13 are male": the 13 leans on the sentence before; the truth (eval/README.md) counts it
    (male,) = [g for g in r.records["facts"] if g.text.startswith("All 13 are male") and g.raw == "13"]
    assert male.subject == "care leavers in custody who are male"
    (bame,) = [g for g in r.records["facts"] if g.raw == "75%"]
    assert bame.subject == "care leavers in custody who are from Black or minority ethnic backgrounds"


@needs_shared
def test_seed_000_percentages_with_counts():
    r = parse(seed("000"))
    ehcp = fact(r, "26% (25/97)")
    assert (ehcp.value, ehcp.unit, ehcp.numerator, ehcp.denominator) == (26, "%", 25, 97)
    assert ehcp.subject == "children of statutory school age with an EHCP"
    ks5 = fact(r, "22% (16/73)")
    assert (ks5.value, ks5.numerator, ks5.denominator) == (22, 16, 73)
    assert ks5.subject == "young people in Key Stage 5 with an EHCP"


@needs_shared
def test_seed_000_counts_in_minutes():
    r = parse(seed("000"))
    housed = fact(r, "39")
    assert (housed.value, housed.unit) == (39, "count")
    assert housed.subject == "care leavers housed into secure tenancies"
    gym = fact(r, "14")
    assert gym.subject == "young people who have taken up the offer"
    doc_text = "\n\f".join(p.text for p in r.pages)
    assert "gym memberships" in doc_text[gym.char_start - 200 : gym.char_start]  # the bullet on the gym offer
    # each fact knows its agenda item (the minutes of the item it is in)
    items = {i.id: i.title for i in r.records["agenda_items"]}
    assert items[housed.agenda_item_id] == "Housing Needs Update"
    assert items[gym.agenda_item_id].startswith("Update from the Participation Service")


@needs_shared
def test_seed_000_no_date_or_time_is_a_fact():
    facts = parse(seed("000")).records["facts"]
    # "31st January 2023", "6.00 pm", "29th May 2023", "children aged 4-17", "Since 1st April 2020"
    assert not {f.raw for f in facts} & {"31", "2023", "29", "4", "2020", "6.00", "3.00"}
    # "a time limit of 15 minutes" is not a fact, "15 foster placements" is
    assert [f.subject for f in facts if f.raw == "15"] == ["foster placements"]


@needs_shared
def test_seed_glossaries():
    assert ("CAMHS", "Child and Adolescent Mental Health Services") in glossary(parse(seed("000")))
    assert ("CLA", "Children Looked After") in glossary(parse(seed("001")))
    # "Child and Adolescent Mental Health Service (CNWL)" names a trust, it does not define CNWL
    assert not [g for g in parse(seed("000")).records["glossary"] if g.term == "CNWL"]


@needs_shared
def test_seed_003_footnote_definitions():
    r = parse(seed("003"))
    found = glossary(r)
    assert ("DNA", "Did Not Attend") in found  # "DNA's6" and footnote 6
    assert ("CAMHS", "Child and Adolescent Mental Health Services") in found  # "CAMHS2"
    assert ("DfE", "Department for Education") in found
    dna = next(g for g in r.records["glossary"] if g.term == "DNA")
    doc_text = "\n\f".join(p.text for p in r.pages)
    assert doc_text[dna.char_start : dna.char_end] == "Did Not Attend"
    # footnote 1 defines "Local Offer", which is not an acronym
    assert not [g for g in r.records["glossary"] if "Local Offer" in g.expansion]


# ---------------------------------------------------------------------------
# The Eastbrook samples against their ground truth
# ---------------------------------------------------------------------------

TRUTHS = sorted(SAMPLES.glob("*.truth.json"))


@pytest.fixture(scope="module")
def parsed_samples() -> dict:
    return {t.name: (json.loads(t.read_text(encoding="utf-8")), parse(SAMPLES / json.loads(t.read_text(encoding="utf-8"))["document"])) for t in TRUTHS}


@pytest.mark.parametrize("name", [t.name for t in TRUTHS], ids=lambda n: n.split("_")[-1].replace(".truth.json", ""))
def test_sample_facts(parsed_samples, name):
    truth, result = parsed_samples[name]
    for expected in truth.get("facts", []):
        candidates = [f for f in result.records["facts"] if f.raw == expected["raw"]]
        if expected["page"] is not None:  # the printed page
            candidates = [f for f in candidates if f.printed_page == expected["page"]]
        assert len(candidates) == 1, (expected, [(f.raw, f.printed_page, f.subject) for f in result.records["facts"]])
        f = candidates[0]
        unit = {"GBP": "£"}.get(expected["unit"], expected["unit"])  # values.parse_figure writes money as "£"
        assert (f.value, f.unit, f.numerator, f.denominator) == (expected["value"], unit, expected["numerator"], expected["denominator"])
        # the subject is taken from the sentence, so it is worded as printed: most of the truth's words are in it
        want, got = content_words(expected["subject"]), content_words(f.subject)
        assert len(want & got) >= 0.6 * len(want), (expected["subject"], f.subject)
        assert f.agenda_item_id is not None


@pytest.mark.parametrize("name", [t.name for t in TRUTHS], ids=lambda n: n.split("_")[-1].replace(".truth.json", ""))
def test_sample_glossary(parsed_samples, name):
    truth, result = parsed_samples[name]
    expected = {(g["term"], g["expansion"]) for g in truth.get("glossary", [])}
    assert glossary(result) == expected


def test_sample_pack_subjects_read_well(parsed_samples):
    _, pack = parsed_samples["2025-06-16_corporate-parenting-panel_agenda-pack.pdf.truth.json"]
    subjects = {f.raw: f.subject for f in pack.records["facts"]}
    assert subjects["18 of the 146"].startswith("children in care reported missing")
    assert subjects["27"] == "care leavers housed into secure tenancies since April 2023"
    assert subjects["26% (25/97)"] == "children of statutory school age with an EHCP"
    assert subjects["£1.2m"] == "Spend on supported accommodation in 2024/25"
    # "146 ..., compared with 139 at the end of March 2024": the second figure inherits the first's subject
    assert subjects["139"] == "children in the care of Eastbrook Borough Council at the end of March 2024"
    # table cells are the tables extractor's: the scorecard's "81.25% (13)" is not a prose fact
    assert "81.25% (13)" not in subjects and "8/17 = 47%" not in subjects


# ---------------------------------------------------------------------------
# Rules, on small texts
# ---------------------------------------------------------------------------


def test_references_dates_and_labels_are_not_facts():
    text = (
        "Agenda\n\n"
        "7. Update from the Participation Service (Pages 5 - 14)\n\n"
        "The report was published on 1 April 2022 and considered at Item 7 at 6.00 pm.\n\n"
        "It contains exempt information under paragraph 3 of Schedule 12A.\n\n"
        "There were 3 pupils in Year 6 and the deadline is 20 days.\n\n"
        "A caseload of up to 70 children was agreed against a target of 700 households.\n"
    )
    facts = parse_text(text).records["facts"]
    # "up to 70 children" is the most there were, a figure (seed 001's truth); the target is not
    assert [(f.raw, f.subject) for f in facts] == [("3", "pupils in Year 6"), ("70", "children agreed (up to)")]


def test_n_of_m_convention_and_provenance():
    text = "Housing update\n\nIn April, 11 out of the 12 late requests were completed in timescales.\n"
    r = parse_text(text)
    (f,) = r.records["facts"]
    assert (f.raw, f.value, f.unit, f.numerator, f.denominator) == ("11 out of the 12", 11, "count", 11, 12)
    assert f.subject == "late requests completed in timescales in April"
    assert text[f.char_start : f.char_end] == "11 out of the 12"  # the span is the figure
    assert f.text == "In April, 11 out of the 12 late requests were completed in timescales."
    assert f.id.endswith("-f1") and f.extractor == "facts"


def test_percentages_need_a_subject():
    text = (
        "Performance\n\n"
        "The proportion of children with three or more placements was 10.27% in May 2025, just above the 10% target.\n\n"
        "Harrow (50%) is above the England average (32%) for reading. "
        "Conversations also yielded suspected gang activity (5%) and mental health concerns (2%).\n"
    )
    subjects = {f.raw: f.subject for f in parse_text(text).records["facts"]}
    assert subjects == {
        "10.27%": "children with three or more placements in May 2025",
        "50%": "Harrow for reading",  # a place's figure is about what the sentence says it is for
        "32%": "England average",
        "5%": "suspected gang activity",
        "2%": "mental health concerns",
    }


def test_spelling_check():
    assert spells("CAMHS", "Child and Adolescent Mental Health Services".split())
    assert spells("UASC", ["Unaccompanied", "Asylum", "Seeking", "Children"])
    assert spells("DfE", "Department for Education".split())
    assert spells("NEET", "Not in Education Employment or Training".split())
    assert not spells("CNWL", "Child and Adolescent Mental Health Service".split())
    assert not spells("OBR", "of Budget Responsibility".split())  # a fragment never starts with a small word


def test_definition_styles_and_rejections():
    text = (
        "Children Looked After (CLA) and care leavers.\n"
        "UASC (Unaccompanied Asylum-Seeking Children) were discussed.\n"
        "Abbreviations:\n"
        "(IHA) Initial Health Assessment\n"
        "RHA - Review Health Assessment\n"
        "Councillor Simon Brown (VC) chaired Item 4 (Pages 5 - 14) with the Mayor (Chair), "
        "Mr R Love (OBE) and Councillor Lisa Davies (LD).\n"
        "Councillor Jane Smith (JS) attended.\n"
    )
    found = {(d.term, d.expansion) for d in find_definitions(text)}
    assert found == {
        ("CLA", "Children Looked After"),
        ("UASC", "Unaccompanied Asylum-Seeking Children"),
        ("IHA", "Initial Health Assessment"),
        ("RHA", "Review Health Assessment"),
    }
    r = parse_text(text)
    rows = r.records["glossary"]
    assert len(rows) == 4 and len({g.id for g in rows}) == 4
    cla = next(g for g in rows if g.term == "CLA")
    assert text[cla.char_start : cla.char_end] == "Children Looked After (CLA)"


def test_one_row_per_term_and_expansion():
    text = "Initial Health Assessment (IHA) is due. An Initial Health Assessment (IHA) was late. Initial health assessment (IHA).\n"
    rows = parse_text(text).records["glossary"]
    assert [(g.term, g.expansion) for g in rows] == [("IHA", "Initial Health Assessment")]


# ---------------------------------------------------------------------------
# Every document: provenance and precision properties
# ---------------------------------------------------------------------------

SPAN_SQL = """
    select f.*, substr(p.text, f.char_start - p.char_start + 1, f.char_end - f.char_start) as span_text,
           substr(p.text, max(1, f.char_start - p.char_start - 24), min(25, f.char_start - p.char_start + 1)) as before_text,
           substr(p.text, f.char_end - p.char_start + 1, 25) as after_text
    from {table} f join pages p on p.document_id = f.document_id and p.page = f.page
"""


def _check_facts(db) -> int:
    rows = db.rows(SPAN_SQL.format(table="facts"))
    for r in rows:
        raw, span = r["raw"], squash(r["span_text"])
        assert span == raw, r
        assert raw in r["text"], r
        assert r["subject"] and re.search(r"[A-Za-z]", r["subject"]), r
        before, after = r["before_text"].lower(), r["after_text"].lower()
        assert not re.fullmatch(r"(?:19|20)\d\d", raw), r  # a year
        assert not re.match(rf"\s*{MONTHS}\b", after) or "%" in raw, r  # "1 April 2022"
        assert not re.search(rf"\b{MONTHS}\s*$", before), r  # "April 2022"
        assert not re.search(r"\b(?:pages?|items?|paragraph|schedule|year)\s*$", before), r
        label_line = re.fullmatch(r"[^\d]*[A-Za-z]{3}.*[ \t][-–][ \t]*" + re.escape(raw) + r"(?:[ \t]*\([^()]*\))?[.;]?", r["text"])
        assert not re.match(r"[ \t]*[-–][ \t]*\d", after), r  # a range
        assert label_line or not re.search(r"\d[ \t]*[-–][ \t]*$", before), r  # a range, unless "between day 21- 30 - 1"
        assert not re.match(r"\s*(?:am|pm)\b|[.:]\d\d\s*(?:am|pm)", after), r  # a time
    return len(rows)


def _check_glossary(db) -> int:
    rows = db.rows(SPAN_SQL.format(table="glossary"))
    for r in rows:
        assert r["expansion"].lower() in squash(r["span_text"]).lower().replace("’", "'").replace("‘", "'") or r["expansion"] in squash(r["span_text"]), r
        letters = [c.lower() for c in r["term"] if c.isalpha()]
        initials = [w[0].lower() for w in re.findall(r"[A-Za-z][A-Za-z'’]*", r["expansion"])]
        assert initials[0] == letters[0], r
        assert not re.fullmatch(r"(?:VC|OBE|MBE|Chair|Con|Lab|LD)", r["term"]), r
    keys = [(r["document_id"], r["term"], r["expansion"].lower()) for r in rows]
    assert len(keys) == len(set(keys))
    return len(rows)


def test_every_sample_fact_points_at_its_figure(samples_db):
    assert _check_facts(samples_db) >= 12
    assert _check_glossary(samples_db) == 9


@needs_shared
def test_every_seed_fact_points_at_its_figure(seeds_db):
    assert _check_facts(seeds_db) >= 60
    assert _check_glossary(seeds_db) >= 30


@needs_shared
def test_every_corpus_fact_points_at_its_figure(corpus_db):
    assert _check_facts(corpus_db) >= 100
    assert _check_glossary(corpus_db) >= 100


def test_label_lines_take_their_lead_in():
    text = (
        "Initial health assessments\n\n"
        "Time scales from CYP identified as CLA to completion of IHA\n\n"
        "Total Number of CYP = 12\n\n"
        "- within 20 days - 7\n"
        "- between day 21- 30 - 1\n\n"
        "What issues do young people want support with in Harrow?\n\n"
        "1. Housing (5) and Homelessness (2)\n\n"
        "Meeting starts\n\nTime: 6.00 pm\n\nPages 5-14\n"
    )
    got = [(f.raw, f.subject) for f in parse_text(text).records["facts"]]
    assert got == [
        ("12", "Time scales from CYP identified as CLA to completion of IHA: Total Number of CYP"),
        ("7", "Time scales from CYP identified as CLA to completion of IHA: within 20 days"),
        ("1", "Time scales from CYP identified as CLA to completion of IHA: between day 21- 30"),
        ("5", "What issues do young people want support with in Harrow: Housing"),
        ("2", "What issues do young people want support with in Harrow: Homelessness"),
    ]


def test_list_items_slides_and_continuations():
    text = (
        "Advocacy\n\n"
        "We have provided advocacy for **22 young people** in Harrow so far\n\n"
        "20\n\n"
        "- 21 Advocates empower children to be heard.\n"
        "- 9 identified themselves as having a disability\n"
        "- 15 identified as male, 7 as female\n\n"
        "Higher Education\n\n"
        "2 Students\n\n"
        "Organisation start date 2022\n\n"
        "Please:\n\n- (1) Stay seated.\n"
    )
    got = [(f.raw, f.subject) for f in parse_text(text).records["facts"]]
    assert got == [
        ("22", "young people in Harrow"),
        ("9", "We have provided advocacy for young people in Harrow so far: identified themselves as having a disability"),
        ("15", "We have provided advocacy for young people in Harrow so far: identified as male"),
        ("7", "We have provided advocacy for young people in Harrow so far: as female"),
        ("2", "Students Organisation start date 2022"),
    ]  # "21" continues the page numbering (a slide number); "(1)" numbers an item


def test_figures_that_lean_on_others():
    text = (
        "Looked After population\n\n"
        "In the period 2019/20 the number of the Looked After population was between 175 and 193. "
        "August 2020 saw a rise in the number, with a figure of 202, reaching 207 in December 2020. "
        "On 31 March 2023 this number dropped to 179.\n\n"
        "A total of 542 Reviews were Chaired by IROs in the year showing a slight decrease of 3.7%.\n\n"
        "There had been an increase in Asian CLA from 15% to 26%.\n\n"
        "There are currently 13 care leavers in custody. All 13 are male, and over 75% are from minority ethnic backgrounds.\n"
    )
    got = {(f.raw, f.subject) for f in parse_text(text).records["facts"]}
    assert got == {
        ("202", "Looked After population"),
        ("207", "Looked After population in December 2020"),
        ("179", "Looked After population on 31 March 2023"),
        ("542", "Reviews Chaired by IROs in the year"),
        ("3.7%", "decrease in Reviews Chaired by IROs in the year"),
        ("15%", "increase in Asian CLA"),
        ("26%", "increase in Asian CLA"),
        ("13", "care leavers in custody"),
        ("13", "care leavers in custody who are male"),
        ("75%", "care leavers in custody who are from minority ethnic backgrounds"),
    }


def test_sums_of_money_say_what_they_pay_for():
    text = (
        "Finance\n\n"
        "Improving the offer, increasing the £250 allowance to £350, in recognition of the average lesson fee of £25/hour.\n\n"
        "If the application was successful, there would be £775 remaining for the rest of the year. "
        "(£20,000 + £989 returned NCG funds from Dowler court)\n\n"
        "The land was sold for the sum of €1.00.\n"
    )
    got = [(f.raw, f.subject) for f in parse_text(text).records["facts"]]
    assert got == [
        ("£250", "allowance"),
        ("£350", "allowance"),
        ("£25", "average lesson fee"),
        ("£775", "remaining for the rest of the year"),
        ("£20,000", "NCG funds"),
        ("£989", "returned NCG funds from Dowler court"),
    ]  # "the sum of €1.00" says nothing about what the sum is
