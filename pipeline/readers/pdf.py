"""PDF documents (agenda packs, printed minutes, reports).

The rest of the pipeline sees a PDF only through :func:`read_pdf`: page texts
with offsets, printed page numbers, per-page layout hints in ``PageText.meta``
and the tables found (``SourceDocument.tables``).

Speed by design: PDFium (pypdfium2) gives the text of every page, some
hundred times faster than pdfplumber, and tells which pages may hold a table.
Pages with six or more drawn paths may hold a ruled table: pdfplumber's table
finding runs on those pages only, on the characters and paths PDFium has
already parsed (:mod:`pipeline.readers.pdfium_page`), so pdfminer parses a
page only where that reading does not model the page (turned text, a rotated
or cropped page). Pages without rules whose text runs line up in columns may
hold a whitespace table: those are found from PDFium's character boxes, with
the same rules (:func:`find_tables_in_words`). Pages are opened, read and
closed one at a time so memory stays flat on long packs.
Setting ``COUNCILPACK_PDF_ENGINE=pdfplumber`` reads every page with pdfplumber
instead (the slower reference).

A file without PDF's end-of-file marker near its end is refused as
truncated: PDFium would otherwise read what survives of it as if it were
whole.

Pages without a usable text layer (a scanned page: a picture and no text; a
page set in a font without a Unicode map, whose codes are no letters:
:mod:`extractors.text_layer`) are read by OCR, page by page
(:mod:`pipeline.readers.pdf_ocr`); every page says how its text was obtained
(``PageText.text_source``). A page that needs OCR and cannot have it
(Tesseract missing, over its time budget, nothing readable found) is judged as
before: when most pages with text are unreadable, or every page is a picture,
the document is a read error naming the reason; otherwise each such page's
text is left out and the document gets an ``unreadable_text_page`` warning
naming the page and the reason, so a pack with one such page keeps its good
pages. Never an ``ok`` document made of garbage.

Printed page numbers: a page's first or last line that is only a number (or
"Page N", "Page N of M", "- N -") is a candidate; the offset between printed and physical numbers
that most pages agree on is then applied to every page, which also numbers
the blank pages a pack leaves unnumbered.
"""

from __future__ import annotations

import ctypes
import io
import os
import re
from collections import Counter
from statistics import median
from ctypes import c_double

import pdfplumber
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.psparser import PSException

from extractors.text_layer import text_quality
from schemas.documents import UNREADABLE_PAGE
from schemas.source_document import PageText, RawTable, SourceDocument
from pipeline.readers.base import ReadError
from pipeline.readers.pdf_tables import find_tables, find_tables_in_words
from pipeline.readers.pdf_ocr import ocr_where_needed
from pipeline.readers.pdf_typography import KEPT_HYPHEN, layout_lines, line_key, read_emphasis
from pipeline.readers.page_furniture import remove_furniture, remove_page_feet, remove_page_numbers
from pipeline.readers.pdfium_page import PdfiumPage, char_texts, open_page
from pipeline.readers.detect import PDF

#: A printed page number: "3", "Page 3", "Page 3 of 7", "- 3 -" (the dashes Word's page-number field is often typed between).
_PAGE_NUMBER = re.compile(r"^\s*(?:[-–—]\s*)?(?:Page\s+)?(?P<n>\d{1,4})(?:\s+of\s+\d{1,4})?(?:\s*[-–—])?\s*$", re.I)


MAX_PAGES = 5000  # an agenda pack is 50 to 300 pages; far more is an attack or an accident
RULED_MIN_PATHS = 6  # drawn path objects on a page before it may hold a ruled table


def read_pdf(doc_id: str, source: str, data: bytes) -> SourceDocument:
    """Page texts from PDFium for every page; pdfplumber only on the pages that may hold tables."""
    if b"%%EOF" not in data[-1024:]:
        # PDFium rebuilds a cut-off file from what is left and reads it without complaint; a
        # download cut short must fail instead, so the next run loads the whole document.
        raise ReadError("truncated PDF: no end-of-file marker (%%EOF) in its last 1,024 bytes, so the file was cut short")
    if os.environ.get("COUNCILPACK_PDF_ENGINE") == "pdfplumber":
        pages, tables, images, title = _read_with_pdfplumber(data)
    else:
        pages, tables, images, title = _read_with_pdfium(data)
    if not pages:
        raise ReadError("PDF has no pages")
    unread = ocr_where_needed(data, pages, tables)
    characters = sum(len(p.text.strip()) for p in pages)
    if characters < 20 * len(pages) and characters < 200:
        if images:
            why = next(iter(unread.values()), "its images are too small to be pages of text")
            raise ReadError(f"image-only PDF: {len(pages)} page(s) with {images} image(s) and no text layer; it needs OCR, and {why}")
        raise ReadError(f"PDF has no extractable text on any of its {len(pages)} page(s)")
    unreadable = _unreadable_pages(pages, unread)
    remove_furniture(pages)
    _number_pages(pages)
    remove_page_numbers(pages)
    remove_page_feet(pages)
    doc = SourceDocument(id=doc_id, source=source, media_type=PDF, pages=pages, tables=[t for t in tables if t.page not in unreadable])
    doc.title = title if isinstance(title, str) and title.strip() else None
    for index, why in unreadable.items():
        doc.warn(UNREADABLE_PAGE, f"page {index}: unreadable text layer ({why}); its text is left out: it needs OCR, and {unread[index]}", "pdf", page=index)
    for index in sorted(set(unread) - set(unreadable)):
        doc.warn(UNREADABLE_PAGE, f"page {index}: a picture without a text layer; it needs OCR, and {unread[index]}", "pdf", page=index)
    return doc


def _unreadable_pages(pages: list[PageText], unread: dict[int, str]) -> dict[int, str]:
    """The pages whose text layer is mostly non-words (their text emptied), with why; a read error when most pages are.

    OCR has already replaced the text of the pages it could read; what is
    left unreadable is a page it could not (``unread`` says why). Only pages
    with enough words to judge count: a pack's cover or divider pages neither
    make nor spare a document.
    """
    judged, unreadable = 0, {}
    for page in pages:
        quality = text_quality(page.text)
        judged += quality.judged
        if quality.unreadable:
            unreadable[page.index] = f"{quality.non_word_ratio:.0%} of its {quality.tokens} words are not words: a font without a Unicode map"
            unread.setdefault(page.index, "OCR did not read it")
    if unreadable and 2 * len(unreadable) > judged:
        first, why = next(iter(unreadable.items()))
        raise ReadError(
            f"unreadable text layer: {len(unreadable)} of the {judged} pages with text are mostly non-words (page {first}: {why}); "
            f"the text cannot be read without OCR, and {unread[first]}"
        )
    for page in pages:
        if page.index in unreadable:
            page.text = ""
    return unreadable


def _read_with_pdfium(data: bytes) -> tuple[list[PageText], list[RawTable], int, str | None]:
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise ReadError(_describe_pdfium(exc, data)) from exc
    try:
        if len(pdf) > MAX_PAGES:
            raise ReadError(f"refused: {len(pdf)} pages (the limit is {MAX_PAGES})")
        pages: list[PageText] = []
        ruled_pages: list[int] = []  # pages whose tables pdfplumber reads itself
        tables: list[RawTable] = []
        images = 0
        for i in range(len(pdf)):
            try:
                page = pdf[i]
            except pdfium.PdfiumError as exc:
                raise ReadError(f"corrupt PDF: page {i + 1} cannot be read ({exc})") from exc
            try:
                kinds = _object_kinds(page)
                paths, n_images = kinds.get(pdfium_c.FPDF_PAGEOBJ_PATH, 0), kinds.get(pdfium_c.FPDF_PAGEOBJ_IMAGE, 0)
                width, height = page.get_size()
                textpage = page.get_textpage()
                try:
                    text, emphasised, wholly = read_emphasis(textpage, _clean_text(textpage.get_text_bounded()))
                    edges = _edge_positions(textpage, text)
                    if paths >= RULED_MIN_PATHS:  # drawn rules: pdfplumber's table finder reads the grid
                        objects = _pdfium_objects(page, textpage)
                        if objects is None:
                            ruled_pages.append(i)
                        else:
                            tables += find_tables(objects, i + 1)
                    elif _looks_tabular(textpage):
                        tables += find_tables_in_words(_words(textpage, height), i + 1)
                finally:
                    textpage.close()
            finally:
                page.close()
            images += n_images
            meta = {"width": float(width), "height": float(height), "paths": paths, "images": n_images, "emphasised_lines": emphasised,
                    "emphasised_whole": wholly, "edge_positions": edges}
            pages.append(PageText(index=i + 1, text=text, meta=meta))
        metadata = pdf.get_metadata_dict()
        title = metadata.get("Title") if metadata else None
    finally:
        pdf.close()
    try:
        tables += _tables_on(data, ruled_pages)
    except Exception as exc:  # pdfminer/pdfplumber raise many types on damaged files
        raise ReadError(_describe(exc)) from exc
    tables.sort(key=lambda t: (t.page, t.bbox[1] if t.bbox else 0))
    return pages, tables, images, title


def _edge_positions(textpage, text: str, edge: int = 3) -> dict:
    """Where and how large the first and last few lines of the page are set, and the page's usual size.

    ``{"lines": {line text: [baseline, size]}, "body": median size}`` (points;
    baselines from the page's foot).  The furniture remover
    (:mod:`pipeline.readers.page_furniture`) compares them between pages: a
    running head set small where every page sets it is furniture on the first
    page too.
    """
    full = textpage.get_text_range()
    if len(full) != textpage.count_chars():  # characters outside the BMP: indexes would not line up
        return {}
    filled = [line.strip() for line in text.split("\n") if line.strip()]
    wanted = set(filled[:edge] + filled[-edge:])
    found: dict[str, list[float]] = {}
    sizes: list[float] = []
    x, y = c_double(), c_double()
    for line, pos in layout_lines(full):
        content = line_key(line.strip())
        if content:
            first = pos + len(line) - len(line.lstrip())
            size = float(pdfium_c.FPDFText_GetFontSize(textpage.raw, first))
            sizes.append(size)
            if content in wanted and content not in found and pdfium_c.FPDFText_GetCharOrigin(textpage.raw, first, ctypes.byref(x), ctypes.byref(y)):
                found[content] = [round(y.value, 1), round(size, 1)]
    return {"lines": found, "body": median(sizes)} if sizes else {}


def _pdfium_objects(page, textpage) -> PdfiumPage | None:
    """The page's characters and paths as pdfplumber sees them, read by PDFium; ``None`` leaves
    the page to pdfplumber (geometry PDFium's reading does not model, or objects it cannot read)."""
    try:
        return open_page(page, textpage)
    except pdfium.PdfiumError:
        return None


def _object_kinds(page) -> Counter:
    """How many page objects of each type (paths, images, text...) the page holds, not looking inside forms.

    The same count as ``Counter(obj.type for obj in page.get_objects(max_depth=1))``, from PDFium's
    own calls: no helper object per page object (a table page has hundreds of paths).
    """
    count = pdfium_c.FPDFPage_CountObjects(page.raw)
    if count < 0:
        raise pdfium.PdfiumError("Failed to get number of pageobjects.")
    get_object, get_type = pdfium_c.FPDFPage_GetObject, pdfium_c.FPDFPageObj_GetType
    return Counter(get_type(get_object(page.raw, j)) for j in range(count))


def _words(textpage, height: float) -> list[dict]:
    """Words with their boxes (top-down coordinates, as pdfplumber gives them), from PDFium's characters."""
    text = char_texts(textpage)
    words: list[dict] = []
    # PDFium's own calls on one reused box (``textpage.get_charbox(i, loose=True)`` makes one per
    # character); the word being read is kept in locals and becomes a dict when it ends.
    raw, rect = textpage.raw, pdfium_c.FS_RECTF()
    loose_box, font_size, font_weight = pdfium_c.FPDFText_GetLooseCharBox, pdfium_c.FPDFText_GetFontSize, pdfium_c.FPDFText_GetFontWeight
    chars: list[str] = []  # the current word's characters; empty between words
    x0 = x1 = w_top = w_bottom = size = 0.0
    fontname = ""
    for i, ch in enumerate(text):
        if ch.isspace() or ch in "\ufffe\x00":
            if chars:
                words.append({"text": "".join(chars), "x0": x0, "x1": x1, "top": w_top, "bottom": w_bottom, "size": size, "fontname": fontname, "upright": True})
                chars = []
            continue
        if not loose_box(raw, i, rect):  # loose: the font's full height, so "," lines up with "e"
            raise pdfium.PdfiumError("Failed to get charbox.")
        left, bottom, right, top = rect.left, rect.bottom, rect.right, rect.top
        box_top, box_bottom = height - top, height - bottom
        if chars and (left - x1 > 0.6 * size or abs(box_top - w_top) > 0.5 * size):
            words.append({"text": "".join(chars), "x0": x0, "x1": x1, "top": w_top, "bottom": w_bottom, "size": size, "fontname": fontname, "upright": True})
            chars = []
        if chars:
            if right > x1:
                x1 = right
            if box_top < w_top:
                w_top = box_top
            if box_bottom > w_bottom:
                w_bottom = box_bottom
        else:
            x0, x1, w_top, w_bottom = left, right, box_top, box_bottom
            size = float(font_size(raw, i) or (top - bottom) or 10.0)
            fontname = "Bold" if font_weight(raw, i) >= 600 else "Regular"
        chars.append(ch)
    if chars:
        words.append({"text": "".join(chars), "x0": x0, "x1": x1, "top": w_top, "bottom": w_bottom, "size": size, "fontname": fontname, "upright": True})
    return words


def _tables_on(data: bytes, page_indexes: list[int]) -> list[RawTable]:
    """pdfplumber's table finding, only on the given (0-based) pages, one page at a time."""
    if not page_indexes:
        return []
    tables: list[RawTable] = []
    # pdfplumber makes a Page only for the pages asked for (the others' offsets down the
    # document, ``doctop``, then differ, but neither table finding nor words use them).
    with pdfplumber.open(io.BytesIO(data), pages=[i + 1 for i in page_indexes]) as plumber:
        if len(plumber.pages) < len(page_indexes):  # pdfminer finds fewer pages than PDFium
            raise IndexError("list index out of range")
        for i, page in zip(page_indexes, plumber.pages):
            try:
                tables.extend(find_tables(page, i + 1))
            finally:
                page.close()
    return tables


# Word sets list bullets in the Symbol and Wingdings fonts, whose glyphs PDFium reports at their
# private-use code points (U+F0B7 is Symbol's bullet); read as text they are no bullet at all.
_SYMBOL_FONT_BULLETS = str.maketrans({chr(c): "•" for c in (0xF0B7, 0xF0A7, 0xF0A8, 0xF0D8, 0xF0D9, 0xF076, 0xF06E, 0xF0FC, 0xF0E0, 0xF0F0)})


_CONTROL_CHARACTERS = re.compile(r"[\x00\x01\x03-\x08\x0b\x0c\x0e-\x1f]")


def _clean_text(text: str) -> str:
    """PDFium text with plain line breaks and no trailing blanks, like pdfplumber's; Symbol-font bullets as "•";
    a printed hyphen ending a line kept, with its line break (:data:`~pipeline.readers.pdf_typography.KEPT_HYPHEN`)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = KEPT_HYPHEN.sub("-\n", text).replace("\ufffe", "").replace("\x02", "-").translate(_SYMBOL_FONT_BULLETS)
    text = _CONTROL_CHARACTERS.sub("", text)  # a signature drawn in a symbol font reads as control codes
    return "\n".join(line.rstrip() for line in text.split("\n")).strip("\n")


def _looks_tabular(textpage, min_rows: int = 3, gap: float = 14.0) -> bool:
    """Do at least ``min_rows`` text lines split into two or more runs with wide gaps between them?

    PDFium groups a page's characters into rectangles of continuous text; a
    whitespace-aligned table shows as lines of several rectangles far apart.
    """
    lines: dict[int, list[tuple[float, float]]] = {}
    raw, get_rect = textpage.raw, pdfium_c.FPDFText_GetRect  # textpage.get_rect(i), four numbers reused
    box = c_double(), c_double(), c_double(), c_double()  # left, top, right, bottom
    for i in range(textpage.count_rects()):
        if not get_rect(raw, i, *box):
            raise pdfium.PdfiumError("Failed to get rectangle.")
        left, right, bottom = box[0].value, box[2].value, box[3].value
        lines.setdefault(round(bottom / 3), []).append((left, right))
    rows = 0
    for runs in lines.values():
        runs.sort()
        if any(b[0] - a[1] >= gap for a, b in zip(runs, runs[1:])):
            rows += 1
            if rows >= min_rows:
                return True
    return False


def _read_with_pdfplumber(data: bytes) -> tuple[list[PageText], list[RawTable], int, str | None]:
    """The slower reference reader: pdfplumber text and tables on every page."""
    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except Exception as exc:  # pdfplumber wraps pdfminer's errors in its own types
        raise ReadError(_describe(exc)) from exc
    try:
        if len(pdf.pages) > MAX_PAGES:
            raise ReadError(f"refused: {len(pdf.pages)} pages (the limit is {MAX_PAGES})")
        pages: list[PageText] = []
        tables: list[RawTable] = []
        images = 0
        for i, page in enumerate(pdf.pages, start=1):
            try:
                text = page.extract_text() or ""
                tables.extend(find_tables(page, i))
                meta = {"width": float(page.width), "height": float(page.height), "paths": len(page.lines) + len(page.rects), "images": len(page.images)}
            finally:
                page.close()
            images += meta["images"]
            pages.append(PageText(index=i, text=text, meta=meta))
        title = (pdf.metadata or {}).get("Title")
    except ReadError:
        raise
    except Exception as exc:
        raise ReadError(_describe(exc)) from exc
    finally:
        pdf.close()
    return pages, tables, images, title


def _describe_pdfium(exc: Exception, data: bytes) -> str:
    message = str(exc)
    if "password" in message.lower() or "security" in message.lower():
        return "encrypted PDF: it needs a password (or uses unsupported encryption) and cannot be read"
    return f"corrupt PDF: {message}"


def _number_pages(pages: list[PageText]) -> None:
    """Set ``printed`` on every page from the offset most pages agree on."""
    offsets: Counter[int] = Counter()
    for page in pages:
        n = _page_number_of(page.text)
        if n is not None:
            offsets[n - page.index] += 1
    if not offsets:
        return
    offset, votes = offsets.most_common(1)[0]
    if votes < 2 and len(pages) > 2:
        return
    for page in pages:
        if page.index + offset >= 1:
            page.printed = str(page.index + offset)


def _page_number_of(text: str) -> int | None:
    """The number a page prints as its page number, from its first or last two lines; None if it prints none.

    A number said to be a page's ("Page 2", "- 2 -", "2 of 7") wins over a bare
    number anywhere in those lines: a title's second line may be a year alone
    ("... HELD ON MONDAY 13th MAY" / "2015") and a minute book prints its own
    folio under the heading ("33"), above the page's "Page 1" footer.
    """
    lines = [l for l in text.splitlines() if l.strip()]
    found = [m for m in (_PAGE_NUMBER.match(line) for line in (lines[:2] + lines[-2:])) if m]
    said = [m for m in found if m.group(0).strip() != m.group("n")]
    return int((said or found)[0].group("n")) if found else None


def _describe(exc: Exception) -> str:
    """A readable reason for a PDF that cannot be opened."""
    chain = [exc] + [e for e in (exc.__cause__, exc.__context__) if e is not None]
    for e in chain:
        inner = e.args[0] if e.args and isinstance(e.args[0], Exception) else e
        if isinstance(inner, (PDFPasswordIncorrect, PDFEncryptionError)):
            return "encrypted PDF: it needs a password (or uses unsupported encryption) and cannot be read"
        if isinstance(inner, PSException):
            return f"corrupt PDF: {type(inner).__name__}: {inner}"
    name = type(exc).__name__
    message = str(exc) or repr(exc)
    if "password" in message.lower() or "encrypt" in message.lower():
        return "encrypted PDF: it needs a password and cannot be read"
    return f"unreadable PDF ({name}): {message}"[:500]
