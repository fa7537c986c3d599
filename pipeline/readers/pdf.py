"""PDF documents (agenda packs, printed minutes, reports) with pdfplumber.

The rest of the pipeline sees a PDF only through :func:`read_pdf`: page texts
with offsets, printed page numbers, and per-page layout hints in
``PageText.meta`` (counts of drawn lines and rectangles, used to decide which
pages may hold ruled tables). Pages are opened, read and closed one at a time
so memory stays flat on long packs.

Printed page numbers: a page's first or last line that is only a number (or
"Page N") is a candidate; the offset between printed and physical numbers
that most pages agree on is then applied to every page, which also numbers
the blank pages a pack leaves unnumbered.
"""

from __future__ import annotations

import io
import re
from collections import Counter

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.psparser import PSException

from pipeline.readers.base import PageText, RawTable, ReadError, SourceDocument
from pipeline.readers.pdf_tables import find_tables
from pipeline.readers.detect import PDF

_PAGE_NUMBER = re.compile(r"^\s*(?:Page\s+)?(?P<n>\d{1,4})(?:\s+of\s+\d{1,4})?\s*$", re.I)


MAX_PAGES = 5000  # an agenda pack is 50 to 300 pages; far more is an attack or an accident


def read_pdf(doc_id: str, source: str, data: bytes) -> SourceDocument:
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
                meta = {
                    "width": float(page.width),
                    "height": float(page.height),
                    "lines": len(page.lines),
                    "rects": len(page.rects),
                    "images": len(page.images),
                }
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

    if not pages:
        raise ReadError("PDF has no pages")
    characters = sum(len(p.text.strip()) for p in pages)
    if characters < 20 * len(pages) and characters < 200:
        if images:
            raise ReadError(
                f"image-only PDF: {len(pages)} page(s) with {images} image(s) and no text layer; "
                "it needs OCR before councilpack can read it"
            )
        raise ReadError(f"PDF has no extractable text on any of its {len(pages)} page(s)")
    _number_pages(pages)
    doc = SourceDocument(id=doc_id, source=source, media_type=PDF, pages=pages, tables=tables)
    doc.title = title if isinstance(title, str) and title.strip() else None
    return doc


def _number_pages(pages: list[PageText]) -> None:
    """Set ``printed`` on every page from the offset most pages agree on."""
    offsets: Counter[int] = Counter()
    for page in pages:
        lines = [l for l in page.text.splitlines() if l.strip()]
        for line in (lines[:1] + lines[-1:]) if lines else []:
            m = _PAGE_NUMBER.match(line)
            if m:
                offsets[int(m.group("n")) - page.index] += 1
                break
    if not offsets:
        return
    offset, votes = offsets.most_common(1)[0]
    if votes < 2 and len(pages) > 2:
        return
    for page in pages:
        if page.index + offset >= 1:
            page.printed = str(page.index + offset)


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
