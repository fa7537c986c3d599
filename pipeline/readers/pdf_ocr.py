"""Which PDF pages need OCR, and reading them: decided page by page, not document by document.

A pack with one scanned appendix keeps the text layer of its other pages; only
the pages whose text cannot be used are read from their picture
(:mod:`pipeline.readers.ocr`). A page needs OCR when

- it is **a picture with (almost) no text**: its text layer has fewer than
  :data:`FEW_CHARACTERS` characters and images cover at least
  :data:`IMAGE_COVER` of the page (a scanned page, perhaps with the pack's
  "Page 23" stamp on it), or, where the text layer has next to nothing
  (under :data:`BARE_CHARACTERS`: a page number), :data:`BARE_IMAGE_COVER`
  (a scanned letter pasted onto a page). A small logo on an otherwise empty
  page is not enough, nor is a chart under its title (its title is the page's
  text, and its labels would be noise), or
- its **text layer is mostly non-words** (:func:`extractors.text_layer.text_quality`:
  a font without a Unicode map).

Each page records how its text was obtained (``PageText.text_source``:
``pdf`` or ``ocr``) and, when OCR read it, Tesseract's confidence. OCR text is
judged like a text layer: when it is itself mostly non-words (a drawing, a
photograph) the page is not taken as read. A page that needs OCR and does not
get it (Tesseract missing, over its time budget, no words read) comes back in
the ``unread`` answer with the reason, so the reader can name it in its error
or warning; its text layer is left as it was for the reader to judge.
"""

from __future__ import annotations

from statistics import median

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from extractors.text_layer import text_quality
from schemas.source_document import PageText, RawTable
from pipeline.readers.ocr import OcrFailed, OcrPage, ocr_page, tesseract_missing
from pipeline.readers.ocr_rules import ruled_tables
from pipeline.readers.pdf_tables import find_tables_in_words, ruled_rows

IMAGE_COVER = 0.5  # share of the page's area images must cover for a page with a few words to be a picture of text
FEW_CHARACTERS = 100  # fewer characters than this in the text layer: a stamp, a title or a page number, not the page's text
BARE_CHARACTERS = 20  # fewer than this: a page number at most
BARE_IMAGE_COVER = 0.1  # ... and then a smaller picture is enough
LARGER = 1.4  # a line this much taller than the page's usual line reads as a heading (word boxes, ascenders and all: coarser than a font size)
BOLDER = 1.3  # a line whose strokes are this much thicker than the page's usual line's is set in bold
MIN_LETTERS = 4  # a shorter line says too little about its type


def needs_ocr(page: PageText) -> str | None:
    """Why ``page`` (as the text layer gave it) needs OCR — ``"no text"`` or ``"unreadable"`` — or None.

    ``"no text"`` is only a candidate: whether images cover the page is
    checked on the PDF page itself (:func:`image_cover`).
    """
    if len("".join(page.text.split())) < FEW_CHARACTERS:
        return "no text" if page.meta.get("images") else None
    return "unreadable" if text_quality(page.text).unreadable else None


def _cover_needed(page: PageText) -> float:
    return BARE_IMAGE_COVER if len("".join(page.text.split())) < BARE_CHARACTERS else IMAGE_COVER


def image_cover(page) -> float:
    """The share of the page's area covered by its images (overlaps counted twice; at most 1)."""
    width, height = page.get_size()
    area = 0.0
    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE]):
        left, bottom, right, top = obj.get_bounds()
        area += max(0.0, min(right, width) - max(left, 0.0)) * max(0.0, min(top, height) - max(bottom, 0.0))
    return min(area / (width * height), 1.0) if width and height else 0.0


def ocr_where_needed(data: bytes, pages: list[PageText], tables: list[RawTable]) -> dict[int, str]:
    """OCR the pages that need it, in place (text, text source, confidence, word boxes, tables).

    Every page gets ``text_source = "pdf"`` first. Returns the pages that
    needed OCR and did not get it, with the reason (for the reader's error
    or warning); ``tables`` loses the text layer's tables on OCR'd pages and
    gains the whitespace tables found among the OCR'd words.
    """
    for page in pages:
        page.text_source = "pdf"
    wanted = {page.index: why for page in pages if (why := needs_ocr(page))}
    if not wanted:
        return {}
    missing = tesseract_missing()
    unread: dict[int, str] = {}
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:  # the pdfplumber engine read a file PDFium cannot open
        return {index: f"PDFium cannot render the page for OCR ({exc})" for index in wanted}
    try:
        for page in pages:
            why = wanted.get(page.index)
            if why is None:
                continue
            pdf_page = pdf[page.index - 1]
            try:
                if why == "no text" and image_cover(pdf_page) < _cover_needed(page):
                    continue  # a logo, a photograph or a chart: nothing to read
                if missing:
                    unread[page.index] = missing
                    continue
                try:
                    read = ocr_page(pdf_page)
                except OcrFailed as exc:
                    unread[page.index] = str(exc)
                    continue
            finally:
                pdf_page.close()
            quality = text_quality(read.text)
            if not read.text.strip() or quality.unreadable:
                unread[page.index] = "OCR found no words on it" if not read.text.strip() else f"OCR read mostly non-words ({quality.non_word_ratio:.0%})"
                continue
            _take(page, read, tables)
    finally:
        pdf.close()
    return unread


def _take(page: PageText, read: OcrPage, tables: list[RawTable]) -> None:
    """Make ``read`` the page's text: its source, confidence and words; its tables found again from its rules and words."""
    page.text = read.text
    page.text_source = "ocr"
    page.ocr_confidence = read.confidence
    page.meta["ocr_words"] = read.words
    page.meta["emphasised_lines"] = emphasised_lines(read)
    page.meta["emphasised_whole"] = list(page.meta["emphasised_lines"])
    page.meta["edge_positions"] = {}  # the text layer's lines are gone; the furniture remover compares words alone
    tables[:] = [t for t in tables if t.page != page.index]
    ruled = ruled_tables(read.rules, read.words, page.index, keep=ruled_rows)  # rules drawn in the picture
    tables.extend(find_tables_in_words(read.words, page.index, ruled))


def emphasised_lines(read: OcrPage) -> list[int]:
    """Offsets of the OCR'd lines set in bold or larger than the page's usual line, as a text layer's emphasis gives them.

    A line is bold when the mean stroke of its letters (``stroke``, from the
    picture: :func:`pipeline.readers.ocr.mark_strokes`) is :data:`BOLDER`
    times the page's usual stroke (the median of its lines'), and larger when its
    tallest word's box is :data:`LARGER` times the usual line's. A line of
    fewer than :data:`MIN_LETTERS` letters (a page number, a bullet) is not judged.
    """
    lines: dict[int, list[dict]] = {}
    for word in read.words:
        lines.setdefault(read.text.rfind("\n", 0, word["start"]) + 1, []).append(word)
    judged = {start: ws for start, ws in lines.items() if sum(len(w["text"]) for w in ws) >= MIN_LETTERS}
    if len(judged) < 3:
        return []
    strokes = {start: _mean_stroke(ws) for start, ws in judged.items()}
    sizes = {start: max(w["bottom"] - w["top"] for w in ws) for start, ws in judged.items()}
    usual_stroke, usual_size = median(strokes.values()), median(sizes.values())
    return sorted(start for start in judged if strokes[start] >= usual_stroke * BOLDER or sizes[start] >= usual_size * LARGER)


def _mean_stroke(words: list[dict]) -> float:
    """The line's stroke: its words' strokes weighted by their length."""
    weights = [(w.get("stroke", 0.0), len(w["text"])) for w in words]
    total = sum(n for _, n in weights)
    return sum(s * n for s, n in weights) / total if total else 0.0
