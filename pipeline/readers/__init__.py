"""Readers: one per input format, chosen by sniffing the bytes.

:func:`read_document` is the single entry point: it detects the format from
the content (never the file name), runs the matching reader and returns a
:class:`~schemas.source_document.SourceDocument`, or raises
:class:`~pipeline.readers.base.ReadError` with a message fit for users.
"""

from __future__ import annotations

from schemas.source_document import PageText, SourceDocument
from pipeline.readers.base import ReadError
from pipeline.readers.detect import DOC, DOCX, HTML, PDF, TEXT, XML, sniff
from pipeline.readers.moderngov_html import read_moderngov_html
from pipeline.readers.moderngov_xml import read_moderngov_xml
from pipeline.readers.pdf import read_pdf
from pipeline.readers.text import read_text
from pipeline.readers.word import read_doc, read_docx

READERS = {PDF: read_pdf, HTML: read_moderngov_html, XML: read_moderngov_xml, TEXT: read_text, DOCX: read_docx, DOC: read_doc}


def read_document(doc_id: str, source: str, data: bytes) -> SourceDocument:
    if not data:
        raise ReadError("empty file: 0 bytes")
    if not data.strip(b" \t\r\n\f\v\x00") or (data.startswith((b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf")) and not data[3:].strip(b" \t\r\n\f\v\x00")):
        raise ReadError(f"empty file: {len(data)} bytes of whitespace only")
    media_type = sniff(data)
    if media_type is None:
        raise ReadError("unsupported format: not PDF, Word, HTML, XML or text (binary content of unknown type)")
    return READERS[media_type](doc_id, source, data)


__all__ = ["PageText", "ReadError", "SourceDocument", "read_document", "READERS"]
