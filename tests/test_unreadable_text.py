"""A PDF whose text layer is garbage (fonts without a Unicode map) is a read error, not an empty ``ok`` document (issue 14).

The PDFs are real: ``tests/garbled_pdf.py`` writes pages in a Type 3 font
with unmappable glyph names and no ``/ToUnicode``, beside pages in Helvetica.
Judged page by page: most pages unreadable is a read error saying so (and why
OCR could not read them); fewer, and each such page's text is left out with a
warning that names it, the good pages kept. ``bench/text_layer.py`` prints the
figures for every real document (none is flagged).

These tests hold the reader to what it does without Tesseract
(``COUNCILPACK_TESSERACT`` names a command that does not exist, on every
machine); what OCR makes of such pages is ``tests/test_ocr.py``'s.
"""

from __future__ import annotations

import json
import sqlite3

import pytest

from conftest import SAMPLES, corpus, needs_shared, run_cli
from extractors.text_layer import text_quality, token_kind
from garbled_pdf import MINUTES, garbled_pdf
from pipeline.readers import ReadError, read_document
from pipeline.readers.pdf import read_pdf

NO_TESSERACT = "/nonexistent/tesseract"
MISSING = f"Tesseract is not installed (no '{NO_TESSERACT}' command; apt-get install tesseract-ocr tesseract-ocr-eng)"


@pytest.fixture(autouse=True)
def without_tesseract(monkeypatch):
    monkeypatch.setenv("COUNCILPACK_TESSERACT", NO_TESSERACT)


GARBAGE = 'Zv{$#r" |s #ur zrr#v{t |s #ur ]n!v"u P|${pvy uryq |{ a$r"qn( A Zn!pu ?=?A n# D;@= }z ' * 3


@pytest.mark.parametrize(
    ("token", "kind"),
    [
        ("meeting", "readable"), ("Councillors", "readable"), ("KPIs", "readable"), ("O'Neill", "readable"),
        ("81.25%", "readable"), ("£1.2m", "readable"), ("2024/25", "readable"), ("7.30pm", "readable"), ("(Chair),", "readable"),
        ("cymuned", "unknown"), ("xqzvk", "unknown"),
        ("zrr#v{t", "malformed"), ("?=?A", "malformed"), ("!\"#$", "malformed"), ("P|${pvy", "malformed"),
        ("(cid:42)", "garbled"), ("\ue012\ue013", "garbled"), ("ab\x01c", "garbled"), ("\ufffd", "garbled"),
    ],
)  # fmt: skip
def test_token_kinds(token, kind):
    assert token_kind(token) == kind


@pytest.mark.parametrize(
    ("text", "unreadable"),
    [
        (" ".join(MINUTES), False),
        (GARBAGE, True),  # a subset font's codes: symbols and letters mixed
        ("(cid:12)(cid:34)(cid:56) (cid:3)(cid:4) " * 10, True),  # pdfminer's placeholders for a CID font without a map
        ("\ue000\ue001\ue002 \ue003\ue004 " * 15, True),  # private-use characters
        # Welsh minutes are well-formed words, not English ones: readable
        ("Croeso i gyfarfod Cyngor Cymuned Tyndyrn. Ymddiheuriadau am absenoldeb gan y Cynghorydd Jones. Datganiadau o fuddiant: dim. "
         "Cofnodion y cyfarfod diwethaf: cytunwyd eu bod yn gywir. Cyllid: talwyd yr anfonebau canlynol i gyd.", False),
        ("Agenda Item 4 Page 12", False),  # too few words to judge
        (GARBAGE[:60], False),
    ],
)  # fmt: skip
def test_which_texts_are_unreadable(text, unreadable):
    assert text_quality(text).unreadable is unreadable


def test_a_pdf_set_in_a_font_without_a_unicode_map_is_a_read_error(tmp_path):
    pdf = garbled_pdf(tmp_path / "garbled.pdf", [False, False, True])
    with pytest.raises(ReadError) as caught:
        read_pdf("x", str(pdf), pdf.read_bytes())
    message = str(caught.value)
    assert message.startswith("unreadable text layer: 2 of the 3 pages with text are mostly non-words (page 1: 81% of its 111 words are not words")
    assert message.endswith(f"the text cannot be read without OCR, and {MISSING}")


def test_pdfplumber_reads_the_same_garbage_and_refuses_it_too(tmp_path, monkeypatch):
    pdf = garbled_pdf(tmp_path / "garbled.pdf", [False, True, False])
    monkeypatch.setenv("COUNCILPACK_PDF_ENGINE", "pdfplumber")
    with pytest.raises(ReadError, match=r"^unreadable text layer: 2 of the 3 pages"):
        read_document("x", str(pdf), pdf.read_bytes())


def test_a_pack_with_one_garbage_page_keeps_its_good_pages_and_names_the_bad_one(tmp_path):
    pdf = garbled_pdf(tmp_path / "pack.pdf", [True, True, False, True])
    doc = read_pdf("x", str(pdf), pdf.read_bytes())
    assert [bool(p.text) for p in doc.pages] == [True, True, False, True]
    assert "Apologies for absence were received from Councillor White." in doc.pages[3].text
    assert [w.as_dict() for w in doc.warnings] == [
        {
            "code": "unreadable_text_page",
            "message": "page 3: unreadable text layer (81% of its 111 words are not words: a font without a Unicode map); "
            f"its text is left out: it needs OCR, and {MISSING}",
            "by": "pdf",
            "page": 3,
        }
    ]


def test_half_the_pages_unreadable_is_not_most(tmp_path):
    pdf = garbled_pdf(tmp_path / "half.pdf", [True, False, False, True])
    doc = read_pdf("x", str(pdf), pdf.read_bytes())
    assert [w.page for w in doc.warnings] == [2, 3]


def test_through_councilpack_ingest(tmp_path):
    """The refused document is stored with its reason; the pack with one bad page loads with the warning in documents.warnings."""
    bad = garbled_pdf(tmp_path / "bad.pdf", [False, False, False, False])
    pack = garbled_pdf(tmp_path / "pack.pdf", [True, False, True])
    db_path = tmp_path / "g.db"
    result = run_cli("ingest", str(bad), str(pack), "--db", str(db_path))
    assert result.exit_code == 1
    assert f"error: {bad}: unreadable text layer: 4 of the 4 pages with text are mostly non-words" in result.output
    conn = sqlite3.connect(db_path)
    rows = {src.rsplit("/", 1)[-1]: (status, error, warnings) for src, status, error, warnings in conn.execute("select source, status, error, warnings from documents")}
    assert rows["bad.pdf"][0] == "error" and rows["bad.pdf"][1].endswith(MISSING)
    assert rows["pack.pdf"][0] == "ok"
    warnings = [(w["code"], w.get("page")) for w in json.loads(rows["pack.pdf"][2])]
    assert warnings[0] == ("unreadable_text_page", 2)
    # its readable pages are minutes the general reader understands (their meeting is found); the same
    # minutes printed twice are the document's own repeat, named as numbering slips
    assert ("no_meeting", None) not in warnings and {code for code, _ in warnings[1:]} <= {"item_numbering"}
    texts = dict(conn.execute("select page, text from pages where document_id = (select id from documents where source like '%pack.pdf')"))
    assert texts[2] == "" and "Declarations of interest" in texts[1] and "Declarations of interest" in texts[3]


def test_the_samples_are_not_flagged():
    for pdf in sorted(SAMPLES.glob("*.pdf")):
        doc = read_pdf("x", str(pdf), pdf.read_bytes())
        assert doc.warnings == [] and all(not text_quality(p.text).unreadable for p in doc.pages), pdf.name


@needs_shared
@pytest.mark.parametrize(
    "name",
    ["pdf/kent_cabinet_2025-03-04_quarterly-performance-report-q3-kpis.pdf", "pdf/tintern-community-council_2019-02-25_minutes.pdf",
     "pdf/kent_county-council_2025-03-13_agenda-frontsheet.pdf"],
)  # fmt: skip
def test_real_documents_are_not_flagged(name):
    """A KPI report of tables, bilingual community-council minutes, a front sheet of names: no page is unreadable."""
    path = corpus(name)
    doc = read_pdf("x", str(path), path.read_bytes())
    assert doc.warnings == []
    assert max(text_quality(p.text).non_word_ratio for p in doc.pages) < 0.2
