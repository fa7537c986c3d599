"""Pages without a usable text layer are read by OCR, page by page, and say so (issue 16).

The documents are real PDFs: a page of the sample printed minutes rendered by
PDFium and written back as a picture (an image-only PDF, as a scanner makes),
that picture put into a pack beside born-digital pages, and the broken-font
PDF of ``tests/garbled_pdf.py`` with its glyphs drawn as the letters they
stand for. Tesseract reads them (``tesseract-ocr`` and ``tesseract-ocr-eng``;
the tests that need it skip where it is missing); without it the reader's
error names what is missing, on every machine (``COUNCILPACK_TESSERACT``
pointed at a command that does not exist).
"""

from __future__ import annotations

import io
import re
import sqlite3

import pypdfium2 as pdfium
import pytest

from conftest import SAMPLES, run_cli
from garbled_pdf import garbled_pdf
from pipeline.readers import ReadError, read_document
from pipeline.readers.ocr import tesseract_missing, words_to_page
from pipeline.readers.page_furniture import remove_furniture
from schemas.source_document import PageText
from pipeline.store import open_database
from pipeline.store.migrations import applied

MARCH = SAMPLES / "2025-03-10_corporate-parenting-panel_printed-minutes.pdf"
NO_TESSERACT = "/nonexistent/tesseract"
MISSING = f"Tesseract is not installed (no '{NO_TESSERACT}' command; apt-get install tesseract-ocr tesseract-ocr-eng)"

needs_tesseract = pytest.mark.skipif(
    tesseract_missing() is not None, reason=f"OCR tests need Tesseract: {tesseract_missing()} (apt-get install tesseract-ocr tesseract-ocr-eng)"
)


def rasterised(path, pages: list[int], dpi: int = 150) -> bytes:
    """An image-only PDF of the given (0-based) pages of ``path``: each page a grey picture, no text layer."""
    pdf = pdfium.PdfDocument(str(path))
    try:
        images = [pdf[i].render(scale=dpi / 72, grayscale=True).to_pil() for i in pages]
    finally:
        pdf.close()
    out = io.BytesIO()
    images[0].save(out, "PDF", resolution=dpi, save_all=True, append_images=images[1:])
    return out.getvalue()


def words(text: str) -> list[str]:
    return re.findall(r"[A-Za-z]{3,}", text)


@pytest.fixture(scope="module")
def scanned_march():
    """The first page of the sample printed minutes as a scan, read (once for the module)."""
    data = rasterised(MARCH, [0])
    return read_document("x", "scan.pdf", data)


@needs_tesseract
def test_a_scanned_page_is_read_by_ocr_and_gives_the_pages_words(scanned_march):
    born = read_document("x", str(MARCH), MARCH.read_bytes()).pages[0]
    page = scanned_march.pages[0]
    assert page.text_source == "ocr" and born.text_source == "pdf"
    assert page.ocr_confidence > 85
    # the page's words, nearly all of them, as the text layer has them
    have = set(words(page.text))
    assert sum(w in have for w in words(born.text)) / len(words(born.text)) > 0.95
    for line in ["PRESENT: Hannah Greaves (Chair), Daniel Osei (Vice-Chair), Martin Ashdown, Sunil", "Apologies were received from Councillor Grace Whitfield.",
                 "3. RESOLVED that Mr D Osei be elected Vice-Chair of the Corporate Parenting Panel"]:  # fmt: skip
        assert line in page.text.splitlines()
    assert scanned_march.warnings == []


@needs_tesseract
def test_every_ocr_word_keeps_its_box_and_its_place_in_the_text(scanned_march):
    page = scanned_march.pages[0]
    found = page.meta["ocr_words"]
    assert len(found) > 150
    assert all(page.text[w["start"] : w["end"]] == w["text"] for w in found)
    # "Whitfield" is where the text layer sets it: its box within two points of PDFium's
    pdf = pdfium.PdfDocument(str(MARCH))
    textpage = pdf[0].get_textpage()
    height = pdf[0].get_size()[1]
    word = next(w for w in found if w["text"] == "Whitfield.")
    at = textpage.get_text_range().index("Whitfield.")
    left, _, _, top = textpage.get_charbox(at)
    right = textpage.get_charbox(at + len(word["text"]) - 1)[2]
    pdf.close()
    assert abs(word["x0"] - left) < 2 and abs(word["x1"] - right) < 2 and abs(word["top"] - (height - top)) < 2


@needs_tesseract
def test_ocr_is_decided_page_by_page(tmp_path):
    """A pack of born-digital pages with one scanned page: only that page is OCR'd."""
    pack = pdfium.PdfDocument.new()
    born = pdfium.PdfDocument(str(MARCH))
    scan = pdfium.PdfDocument(rasterised(MARCH, [1]))
    pack.import_pages(born, [0])
    pack.import_pages(scan, [0])
    pack.import_pages(born, [2])
    out = io.BytesIO()
    pack.save(out)
    for pdf in (pack, born, scan):
        pdf.close()
    doc = read_document("x", "pack.pdf", out.getvalue())
    assert [p.text_source for p in doc.pages] == ["pdf", "ocr", "pdf"]
    assert [p.ocr_confidence is not None for p in doc.pages] == [False, True, False]
    assert "Care Leavers Accommodation Update" in doc.pages[1].text and doc.warnings == []


@needs_tesseract
def test_a_page_set_in_a_font_without_a_unicode_map_is_read_by_ocr(tmp_path):
    pdf = garbled_pdf(tmp_path / "pack.pdf", [True, False], letters=True)
    doc = read_document("x", str(pdf), pdf.read_bytes())
    assert [p.text_source for p in doc.pages] == ["pdf", "ocr"]
    assert "1. Apologies for absence were received from Councillor White." in doc.pages[1].text.splitlines()
    assert doc.warnings == []


def test_without_tesseract_the_broken_font_is_a_read_error_naming_the_reason(tmp_path, monkeypatch):
    monkeypatch.setenv("COUNCILPACK_TESSERACT", NO_TESSERACT)
    pdf = garbled_pdf(tmp_path / "garbled.pdf", [False, False], letters=True)
    with pytest.raises(ReadError) as caught:
        read_document("x", str(pdf), pdf.read_bytes())
    assert str(caught.value).startswith("unreadable text layer: 2 of the 2 pages with text are mostly non-words")
    assert str(caught.value).endswith(f"the text cannot be read without OCR, and {MISSING}")


def test_without_tesseract_a_scan_is_a_read_error_naming_the_reason(monkeypatch):
    monkeypatch.setenv("COUNCILPACK_TESSERACT", NO_TESSERACT)
    with pytest.raises(ReadError) as caught:
        read_document("x", "scan.pdf", rasterised(MARCH, [0, 1]))
    assert str(caught.value) == f"image-only PDF: 2 page(s) with 2 image(s) and no text layer; it needs OCR, and {MISSING}"


@needs_tesseract
def test_a_page_over_its_time_budget_is_not_taken_as_read(monkeypatch, tmp_path):
    """Tesseract cannot read a page in a hundredth of a second: the page is left out with the reason, its pack kept."""
    monkeypatch.setenv("COUNCILPACK_OCR_PAGE_SECONDS", "0.01")
    pdf = garbled_pdf(tmp_path / "pack.pdf", [True, False, True], letters=True)
    doc = read_document("x", str(pdf), pdf.read_bytes())
    assert doc.pages[1].text == "" and doc.pages[1].text_source == "pdf"
    assert [w.page for w in doc.warnings] == [2]
    assert doc.warnings[0].message.endswith("its text is left out: it needs OCR, and OCR took longer than its 0.01 s budget for one page")


@needs_tesseract
def test_through_ingest_pages_say_how_their_text_was_obtained(tmp_path):
    pdf = garbled_pdf(tmp_path / "pack.pdf", [True, False], letters=True)
    db_path = tmp_path / "o.db"
    result = run_cli("ingest", str(pdf), "--db", str(db_path))
    assert result.exit_code == 0, result.output
    conn = sqlite3.connect(db_path)
    pages = conn.execute("select page, text_source, ocr_confidence, text from pages order by page").fetchall()
    assert [(p, source) for p, source, _, _ in pages] == [(1, "pdf"), (2, "ocr")]
    assert pages[0][2] is None and pages[1][2] > 85
    assert "Declarations of interest: there were none." in pages[1][3]


def test_an_older_database_gets_the_columns_and_its_pdf_pages_marked_as_read_from_the_text_layer(tmp_path):
    """A database from before OCR: the sample minutes (PDF) and minutes page (HTML) loaded, the two columns not yet there."""
    db_path = tmp_path / "old.db"
    assert run_cli("ingest", str(MARCH), str(SAMPLES / "2025-06-16_corporate-parenting-panel_minutes.html"), "--db", str(db_path)).exit_code == 0
    conn = sqlite3.connect(db_path)
    conn.executescript("alter table pages drop column text_source; alter table pages drop column ocr_confidence;")
    conn.close()
    db = open_database(db_path)
    steps = applied(db)
    assert steps.index("fill pages.text_source") > steps.index("add column pages.text_source") and "add column pages.ocr_confidence" in steps
    sources = db.execute("select d.media_type, p.text_source, p.ocr_confidence, count(*) from pages p join documents d on d.id = p.document_id group by 1, 2, 3")
    assert sorted(sources.fetchall()) == [("application/pdf", "pdf", None, 3), ("text/html", None, None, 1)]


def tsv(*lines: list[str]) -> str:
    """Tesseract's TSV for the given lines of words (one block, one line each, boxes 10 px apart)."""
    rows = ["level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"]
    for n, line in enumerate(lines, start=1):
        rows += [f"5\t1\t1\t1\t{n}\t{i}\t{i * 60}\t{n * 30}\t50\t20\t91.5\t{word}" for i, word in enumerate(line, start=1)]
    return "\n".join(rows)


@pytest.mark.parametrize(
    ("lines", "text"),
    [
        ([["e", "Fostering", "Recruitment", "Update"]], "• Fostering Recruitment Update"),  # a bullet read as a letter
        ([["©", "Virtual", "School"], ["«", "Care", "Leavers"]], "• Virtual School\n• Care Leavers"),
        ([["Agenda", "-", "Part", "|"]], "Agenda - Part I"),  # a roman I read as a bar, or as an l
        ([["Agenda", "-", "Part", "Il"]], "Agenda - Part II"),
        ([["PANEL", "—", "10‘", "December", "2024"]], "PANEL — 10 December 2024"),  # "10th" with its "th" read as a quote
        ([["E-mail:", "jo.fenwick", "@", "eastbrook.gov.uk"]], "E-mail: jo.fenwick@eastbrook.gov.uk"),
        # what is no misread stays as read: a letter inside a line, a bar in a table, a figure with its unit
        ([["Schedule", "e", "of", "the", "lease"], ["Total", "|", "42"], ["a", "10'", "pole"]], "Schedule e of the lease\nTotal | 42\na 10' pole"),
    ],
)  # fmt: skip
def test_the_misreads_every_scan_has_are_mended_as_the_words_are_joined(lines, text):
    read = words_to_page(tsv(*lines), 0.24)
    assert read.text == text
    assert all(read.text[w["start"] : w["end"]] == w["text"] for w in read.words) and read.confidence == 91.5


def test_ocr_word_offsets_move_with_the_text_when_a_running_head_is_removed():
    pages = []
    for n, body in enumerate(["Apologies were received.", "The minutes were approved.", "The report was noted."], start=1):
        read = words_to_page(tsv(["Parish", "Council", "-", "Minute", "Book"], body.split()), 0.24)
        pages.append(PageText(index=n, text=read.text, meta={"ocr_words": read.words}))
    remove_furniture(pages)
    assert pages[1].text == "The minutes were approved."
    assert [w["text"] for w in pages[1].meta["ocr_words"]] == ["The", "minutes", "were", "approved."]
    assert all(p.text[w["start"] : w["end"]] == w["text"] for p in pages for w in p.meta["ocr_words"])
