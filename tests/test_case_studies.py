"""Case studies, and the redaction of children's names and dates of birth.

Synthetic documents check the redaction rules one by one; the samples, the
seeds and a database of every document check the done-when values of the
issue and that no child's name or full date of birth is stored anywhere.
"""

from __future__ import annotations

import json
import re

import pytest

from extractors.case_studies import dob_year, table_fields
from pipeline.parse import parse_document
from schemas.source_document import PageText, RawTable, SourceDocument
from pipeline.redact import mask, redact, used_for_adult
from tests.conftest import CORPUS, SAMPLES, SEEDS, build, needs_shared, seed

PACK = SAMPLES / "2025-06-16_corporate-parenting-panel_agenda-pack.pdf"
TRUTHS = sorted(SAMPLES.glob("*.truth.json"))
FULL_DOB = re.compile(
    r"(?i)\b(?:d\.?o\.?b|date of birth|birth ?date)\b\.?\W{0,12}"
    r"\d{1,2}(?:st|nd|rd|th)?[\s/.-]+(?:of\s+)?(?:\d{1,2}|[a-z]{3,9})\.?[\s/.,-]+\d{2,4}\b"
)


def make_doc(*pages: str, tables=(), title=None) -> SourceDocument:
    return SourceDocument(
        id="f" * 64, source="test.txt", media_type="text/plain",
        pages=[PageText(index=i, text=t) for i, t in enumerate(pages, start=1)], tables=list(tables), title=title,
    )


def parse_text(text: str):
    return parse_document(text.encode(), "test.txt")


# --- redaction, on synthetic documents -----------------------------------------------


def test_dates_of_birth_keep_only_the_year():
    doc = make_doc("DOB 12/03/2008 and D.O.B.: 4th of May, 2009.\nDate of birth: 4 May 2009", "born on May 4, 2009; DOB: March 2010")
    before = doc.text
    rows = redact(doc)
    assert doc.pages[0].text == "DOB ██/██/2008 and D.O.B.: ███ ██ ███, 2009.\nDate of birth: █ ███ 2009"
    assert doc.pages[1].text == "born on ███ █, 2009; DOB: █████ 2010"
    assert len(doc.text) == len(before) and doc.text == "\n\f".join(p.text for p in doc.pages)
    assert {r.kind for r in rows} == {"date of birth"} and len(rows) == 5
    for r in rows:  # each row points at its placeholder; the masked text is kept nowhere
        assert doc.text[r.char_start : r.char_end] == r.replacement
        assert doc.page_at(r.char_start).index == r.page
        assert not re.search(r"\d|May|March", r.replacement)


def test_a_year_alone_or_a_date_without_a_dob_label_is_kept():
    doc = make_doc("DOB\t2006 (18 years old)\nThe meeting on 12/03/2024 noted a date of 4 May 2009.")
    assert redact(doc) == []
    assert "2006 (18 years old)" in doc.text and "12/03/2024" in doc.text and "4 May 2009" in doc.text


def test_a_case_study_heading_names_a_child_and_every_other_occurrence_is_masked():
    doc = make_doc(
        "Case study: Kai\nKai moved into his first flat. The Personal Adviser, Marcus Bell, helped Kai.",
        "Kai's course; Kaiser and kaizen are other words.",
    )
    rows = redact(doc)
    assert doc.pages[0].text == "Case study: ███\n███ moved into his first flat. The Personal Adviser, Marcus Bell, helped ███."
    assert doc.pages[1].text == "███'s course; Kaiser and kaizen are other words."
    assert [r.rule for r in rows] == ["case study heading"] + ["repeat of a young person's name"] * 3
    assert all(r.kind == "young person's name" and r.replacement == "███" for r in rows)


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("The report included an anonymised case summary of a young person named Abena, which highlighted a gap.", "Abena"),
        ("A child known as Jay had three moves.", "Jay"),
        ("Amira (not her real name) is now at college.", "Amira"),
        ("Case Study - Tomasz (16)", "Tomasz"),
    ],
)
def test_naming_phrases(sentence, name):
    doc = make_doc(sentence + f"\nLater, {name} said thank you.")
    rows = redact(doc)
    assert name not in doc.text and len(rows) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Case study: Supported Lodgings\nSupported lodgings help.",
        "Case study: Housing\nHousing is a priority.",
        "A child known as Looked After is a legal term.",
        "The two case studies below show how the Virtual School supports young people.",
    ],
)
def test_headings_and_phrases_that_are_not_names_are_kept(text):
    doc = make_doc(text)
    assert redact(doc) == [] and doc.text == text


def test_adults_in_their_role_are_never_masked():
    text = (
        "Case study: Jordan\nJordan lives with foster carers.\n"
        "Councillor Jordan Smith asked about it. Named Nurse Christine Nichols and Marcus Bell (Personal Adviser) attended."
    )
    doc = make_doc(text)
    rows = redact(doc)
    # the heading names the child; "Jordan" is also an adult's name here, so it is masked only where it
    # stands alone for the child, never in "Councillor Jordan Smith" (issue 17)
    assert [r.rule for r in rows] == ["case study heading", "repeat of a young person's name"]
    assert doc.text.startswith("Case study: ██████\n██████ lives")
    assert "Councillor Jordan Smith" in doc.text and "Christine Nichols" in doc.text and "Marcus Bell" in doc.text
    assert used_for_adult(text, "Marcus") and used_for_adult(text, "Christine") and not used_for_adult(text, "Kai")
    assert used_for_adult("The Personal Adviser, Marcus Bell, helped.", "Marcus")
    assert used_for_adult("Kai Jones, Participation Officer, presented.", "Kai")


def test_table_name_and_dob_rows_are_masked_in_cells_and_text():
    text = "Case Study\t\nName\tAmira\nDOB\t03/11/2007 (16 years old)\nPost 16\tAmira is at college."
    rows = [["Case Study", ""], ["Name", "Amira"], ["DOB", "03/11/2007 (16 years old)"], ["Post 16", "Amira is at college."]]
    doc = make_doc(text, tables=[RawTable(page=1, rows=[list(r) for r in rows], source="tsv")], title="Amira")
    found = redact(doc)
    assert "Amira" not in doc.text and "03/11" not in doc.text and "2007" in doc.text
    assert doc.tables[0].rows[1] == ["Name", "█████"] and doc.tables[0].rows[2] == ["DOB", "██/██/2007 (16 years old)"]
    assert doc.tables[0].rows[3] == ["Post 16", "█████ is at college."]
    assert doc.title == "█████"
    assert {(r.kind, r.rule) for r in found} == {
        ("young person's name", "case study table name row"), ("date of birth", "dob numeric")}


@pytest.mark.parametrize("date, masked", [("4 May 2009", "█ ███ 2009"), ("03/11/2009", "██/██/2009")])
def test_pdf_table_dob_cell_is_masked_in_the_page_text(date, masked):
    # a PDF layout may part the label from its date; the date of the DOB cell is masked where it stands
    text = f"Case Study\nDOB\nKey Stage 4 outcomes GCSE Art\n{date} (16 years old)"
    rows = [["Case Study", None], ["DOB", f"{date} (16 years old)"], ["Key Stage 4 outcomes", "GCSE Art"]]
    doc = make_doc(text, tables=[RawTable(page=1, rows=rows, source="pdf-lines", ruled=True)])
    found = redact(doc)
    assert doc.text.endswith(f"{masked} (16 years old)") and [r.rule for r in found] == ["dob table cell"]
    assert doc.tables[0].rows[1][1] == f"{masked} (16 years old)"


# --- case studies, on synthetic documents ------------------------------------------


def test_table_fields_keep_the_year_of_birth_and_strip_html():
    title, fields, year = table_fields([
        ["Case Study", ""], ["DOB", "2006 (18 years old)"], ["Name", "Sam"],
        ["Post 16", '<ul style="list-style-type: none"> Enrolled at college</ul>'],
    ])
    assert (title, year) == ("Case Study", 2006)
    assert fields == {"DOB": "2006", "Name": "███", "Post 16": "Enrolled at college"}
    assert dob_year("██/██/08") == 2008 and dob_year("") is None


def test_prose_kinds_and_what_never_counts():
    text = (
        "Minutes\n\nThe Named Nurse also informed the Panel of a positive case study where a Young Person improved.\n\n"
        "The report used a case study approach. The two case studies below were shared.\n\n"
        "The report included an anonymised case summary of a young person named Abena, which highlighted a gap.\n\n"
        "Housing remains a priority.\n"
        "Case study: Kai\nKai moved into his first flat.\n"
    )
    result = parse_text(text)
    rows = result.records["case_studies"]
    assert [(r.kind, r.title) for r in rows] == [
        ("mention", "Positive case study"),
        ("case summary", "Anonymised case summary"),
        ("case study", "Case study: ███"),
    ]
    assert rows[0].fields == {"told_by": "Named Nurse", "about": "a Young Person"}
    assert rows[1].fields == {"told_by": "report", "about": "a young person"}
    assert [r.id for r in rows] == [f"{result.document.id[:16]}-c{n}" for n in (1, 2, 3)]
    stored = json.dumps([r.row() for r in rows] + [p.text for p in result.pages])
    assert "Abena" not in stored and "Kai" not in stored
    assert {r.kind for r in result.redactions} == {"young person's name"} and len(result.redactions) == 3


def test_a_sentence_introducing_a_case_study_is_not_counted_again():
    text = "Below is a case study of a young person supported by the team.\nCase study: Kai\nKai is doing well.\n"
    rows = parse_text(text).records["case_studies"]
    assert [(r.kind, r.title) for r in rows] == [("case study", "Case study: ███")]


# --- the samples: the pack's truth ---------------------------------------------------


@pytest.fixture(scope="module")
def pack():
    return parse_document(PACK.read_bytes(), str(PACK))


def test_sample_pack_case_studies_match_the_truth(pack):
    truth = json.loads(PACK.with_name(PACK.name + ".truth.json").read_text())
    names = truth["young_person_names"]
    expected = []
    for case in truth["case_studies"]:
        title = case["title"]
        for name in names:
            title = re.sub(rf"\b{re.escape(name)}\b", mask(name), title)
        expected.append((case["page"], title, case["dob_year"]))
    rows = pack.records["case_studies"]
    assert sorted((r.printed_page, r.title, r.dob_year) for r in rows) == sorted(expected)
    items = {i.id: i.title for i in pack.records["agenda_items"]}
    assert [items[r.agenda_item_id] for r in rows] == ["Corporate Parenting Update and Scorecard", "Virtual School Update", "Virtual School Update"]
    tables = [r for r in rows if r.dob_year]
    assert all(r.fields["DOB"] == str(r.dob_year) and "Signposted Destination" in r.fields for r in tables)
    for r in rows:  # the provenance span is the heading or the table
        text = "\n\f".join(p.text for p in pack.pages)[r.char_start : r.char_end]
        assert text.startswith("Case "), text


def test_sample_pack_redacts_kai_not_marcus_bell(pack):
    text = "\n".join(p.text for p in pack.pages)
    assert not re.search(r"\bKai\b", text)
    assert "The Personal\nAdviser, Marcus Bell, helped him" in text
    assert "Case study: ███\n███ moved into his first flat" in text
    assert [(r.page, r.kind, r.replacement) for r in pack.redactions] == [(6, "young person's name", "███")] * 3


def test_samples_db_has_case_studies_and_redactions(samples_db):
    assert samples_db.value("select count(*) from case_studies") == 3
    assert samples_db.value("select count(*) from case_studies where meeting_id = 'eastbrook-borough-council/corporate-parenting-panel/2025-06-16'") == 3
    rows = samples_db.rows("select r.*, p.text from redactions r join pages p on p.document_id = r.document_id and p.page = r.page")
    assert len(rows) == 3
    for r in rows:
        start = r["char_start"] - samples_db.value("select char_start from pages where document_id = ? and page = ?", [r["document_id"], r["page"]])
        assert r["text"][start : start + r["char_end"] - r["char_start"]] == r["replacement"] == "███"


# --- the seeds -----------------------------------------------------------------------


@needs_shared
def test_seed_002_two_case_study_tables_in_item_11(seeds_db):
    doc = seeds_db.value("select id from documents where source like ?", [f"%{seed('002').name}"])
    rows = seeds_db.rows(
        "select c.*, a.number, a.title as item from case_studies c left join agenda_items a on a.id = c.agenda_item_id "
        "where c.document_id = ? order by c.char_start", [doc])
    assert [(r["kind"], r["title"], r["dob_year"], r["number"], r["item"]) for r in rows] == [
        ("case study", "Case Study", 2006, "11", "Virtual School Performance Update"),
        ("case study", "Case Study", 2007, "11", "Virtual School Performance Update"),
    ]
    fields = json.loads(rows[0]["fields"])
    assert fields["DOB"] == "2006" and fields["Signposted Destination"].startswith("West Thames College")
    assert "<" not in rows[0]["fields"]
    assert rows[0]["meeting_id"] == "harrow-council/corporate-parenting-panel/2024-03-18"


@needs_shared
def test_seed_000_positive_case_study_told_by_the_named_nurse(seeds_db):
    doc = seeds_db.value("select id from documents where source like ?", [f"%{seed('000').name}"])
    row = seeds_db.one(
        "select c.*, a.title as item from case_studies c left join agenda_items a on a.id = c.agenda_item_id where c.document_id = ?", [doc])
    assert (row["kind"], row["title"], row["item"]) == ("mention", "Positive case study", "Update and Performance on Health for Children Looked After")
    assert json.loads(row["fields"])["told_by"] == "Named Nurse"
    assert row["meeting_id"] == "harrow-council/corporate-parenting-panel/2023-03-27"


@needs_shared
def test_seed_003_anonymised_case_summary_and_abena_redacted(seeds_db):
    doc = seeds_db.value("select id from documents where source like ?", [f"%{seed('003').name}"])
    row = seeds_db.one("select * from case_studies where document_id = ?", [doc])
    assert (row["kind"], row["title"]) == ("case summary", "Anonymised case summary")
    assert row["meeting_id"] == "harrow-council/corporate-parenting-panel/2025-10-23"
    page = seeds_db.value("select text from pages where document_id = ?", [doc])
    assert "Abena" not in page and "a young person named █████, which highlighted" in page
    red = seeds_db.one("select * from redactions where document_id = ?", [doc])
    assert (red["kind"], red["replacement"], red["rule"]) == ("young person's name", "█████", "named young person")


@needs_shared
def test_seeds_and_corpus_have_no_other_case_studies(everything_db):
    def count(table, folder):
        return everything_db.value(
            f"select count(*) from {table} t join documents d on d.id = t.document_id where d.source like ?", [f"%/{folder}/%"])

    assert count("case_studies", "seeds") == 4 and count("redactions", "seeds") == 1
    assert count("case_studies", "corpus") == 0 and count("redactions", "corpus") == 0


# --- nothing personal is stored anywhere ---------------------------------------------


@pytest.fixture(scope="module")
def everything_db(tmp_path_factory):
    paths = [SAMPLES] + [p for p in (SEEDS, CORPUS) if p.is_dir()]
    return build(tmp_path_factory, "everything", *paths)


def test_no_child_name_or_full_date_of_birth_in_any_text_column(everything_db):
    names = {"Abena"}
    for path in TRUTHS:
        names.update(json.loads(path.read_text()).get("young_person_names", []))
    assert "Kai" in names
    name_re = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(names))) + r")\b")
    db = everything_db
    tables = [r["name"] for r in db.rows("select name from sqlite_master where type = 'table'")]
    scanned = 0
    for table in tables:
        columns = [c["name"] for c in db.rows(f"pragma table_info('{table}')")]
        for column in columns:
            for (value,) in db.conn.execute(f'select "{column}" from "{table}" where "{column}" is not null'):
                if not isinstance(value, str):
                    continue
                scanned += 1
                assert not name_re.search(value), f"{table}.{column}: {name_re.search(value).group(0)!r}"
                assert not FULL_DOB.search(value), f"{table}.{column}: a full date of birth"
    assert scanned > 1000
    assert db.value("select count(*) from redactions") >= 3
    assert db.value("select count(*) from pages where text like '%Marcus Bell%'") >= 1
