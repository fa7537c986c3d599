"""Detect a document's format from its bytes, never from its file name."""

from __future__ import annotations

import io
import re
import zipfile

PDF = "application/pdf"
HTML = "text/html"
XML = "application/xml"
TEXT = "text/plain"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
DOC = "application/msword"

_ZIP = b"PK\x03\x04"
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # a Compound File (old Office formats)
_WORD_STREAM = "WordDocument".encode("utf-16-le")  # the stream every binary Word file has, named in the directory

_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")
_HTML_MARKERS = re.compile(rb"<!doctype\s+html|<html[\s>]|<body[\s>]|<head[\s>]", re.I)
_XML_START = re.compile(rb"<\?xml[\s?]|<[A-Za-z_][\w.-]*[\s>/]|<!--")


def sniff(data: bytes) -> str | None:
    """Return the media type of ``data``, or None when it is not a format we read.

    PDFs are recognised by their ``%PDF-`` header (allowed within the first
    kilobyte, as readers do); HTML by a doctype or ``<html>``/``<body>`` tag in
    the first 4 KB; XML by a declaration or a leading element; anything else
    that decodes as mostly printable text is plain text (which covers Markdown).
    A Word ``.docx`` is a zip package holding ``word/document.xml``; an old
    binary ``.doc`` is an OLE2 compound file with a ``WordDocument`` stream (an
    Excel or Outlook file in the same container is not one).
    """
    head = data[:4096]
    if b"%PDF-" in data[:1024]:
        return PDF
    if data.startswith(_ZIP):
        return DOCX if _is_docx(data) else None
    if data.startswith(_OLE2):
        return DOC if _WORD_STREAM in data else None
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        # UTF-16 with a byte-order mark: look for the markers in the decoded text
        head = decode_text(data[:8192]).encode("utf-8", errors="replace")[:4096]
    stripped = head
    for bom in _BOMS:
        if stripped.startswith(bom):
            stripped = stripped[len(bom) :]
            break
    stripped = stripped.lstrip()
    if _HTML_MARKERS.search(head):
        return HTML
    if stripped.startswith(b"<") and _XML_START.match(stripped):
        return XML
    if _looks_like_text(head):
        return TEXT
    return None


def _is_docx(data: bytes) -> bool:
    """Is this zip a Word package (``word/document.xml`` in its directory)?"""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            return "word/document.xml" in package.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return False


def _looks_like_text(head: bytes) -> bool:
    if not head.strip():
        return bool(head) and not head.strip(b" \t\r\n\f\v")  # only whitespace: text (empty), not binary
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    text = decode_text(head)
    printable = sum(ch.isprintable() or ch in "\r\n\t\f" for ch in text)
    return printable / max(len(text), 1) > 0.95


def decode_text(data: bytes) -> str:
    """Decode bytes that claim to be text: BOM-aware UTF-8/16, then cp1252."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # mostly UTF-8 with a few stray bytes: keep the UTF-8 and mark the strays, rather than
    # decoding everything as cp1252 and corrupting every £, – and ’
    text = data.decode("utf-8", errors="replace")
    if text.count("\ufffd") <= max(3, len(data) // 1000):
        return text
    return data.decode("cp1252", errors="replace")
