"""Plain text and Markdown: one page, line endings normalised to ``\\n``."""

from __future__ import annotations

from schemas.source_document import PageText, SourceDocument
from pipeline.readers.base import ReadError
from pipeline.readers.detect import TEXT, decode_text
from pipeline.readers.text_tables import find_text_tables


def read_text(doc_id: str, source: str, data: bytes) -> SourceDocument:
    text = decode_text(data).replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise ReadError("empty text document: no characters other than whitespace")
    return SourceDocument(id=doc_id, source=source, media_type=TEXT, pages=[PageText(index=1, text=text)], tables=find_text_tables(text))
