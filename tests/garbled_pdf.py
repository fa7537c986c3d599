"""Real PDFs whose text layer is garbage: pages set in a font without a Unicode map.

A Type 3 font whose glyphs are named ``g33`` ... ``g126`` (names no reader
can map to a character) and which has no ``/ToUnicode`` CMap: PDFium and
pdfminer can only give each glyph's code. The text is written through a
substitution (each printable character shifted 13 places, as a subset font's
codes are unrelated to its letters), so the text layer reads like
``Zv{$#r" |s #ur zrr#v{t``: what a PDF made with such a font gives every
reader. Good pages are set in Helvetica (WinAnsiEncoding), which every reader
maps. The file is written object by object with a correct cross-reference
table, so it is a well-formed PDF that only its fonts make unreadable.
"""

from __future__ import annotations

from pathlib import Path
from tests.pdf_bytes import pdf_file

CODES = range(33, 127)
MINUTES = [
    "Minutes of the meeting of the Parish Council held on Tuesday 4 March 2024 at 7.30 pm",
    "Present: Councillors Smith (Chair), Jones, Brown and Green. The Clerk attended.",
    "1. Apologies for absence were received from Councillor White.",
    "2. Declarations of interest: there were none.",
    "3. The minutes of the meeting held on 6 February 2024 were approved as a correct record.",
    "4. The Council considered the quotes for the repair of the bus shelter and agreed the lower one.",
    "5. Planning: the Council had no objection to the extension at the village hall.",
    "6. The next meeting will be held on Tuesday 1 April 2024 in the village hall.",
]


def _shifted(line: str) -> str:
    """The codes a subset font would use for ``line``: every printable character moved 13 places."""
    return "".join(ch if ch == " " else chr((ord(ch) - 33 + 13) % 94 + 33) for ch in line)


def _string(text: str) -> bytes:
    return b"(" + text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").encode("latin-1") + b")"


def _stream(data: bytes) -> bytes:
    return b"<< /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"


def garbled_pdf(path: Path, pages: list[bool], lines: list[str] = MINUTES) -> Path:
    """Write a PDF of ``len(pages)`` pages of ``lines``: page i is readable when ``pages[i]``, garbage otherwise."""
    objects: list[bytes] = [b"", b"", b"", b""]  # 1 catalog, 2 page tree, 3 Helvetica, 4 the Type 3 font
    procs = {}
    for code in CODES:  # every glyph a filled box: what is drawn does not matter, what it maps to does
        objects.append(_stream(b"500 0 0 0 400 600 d1 0 0 400 600 re f"))
        procs[code] = len(objects)
    kids = []
    for n, readable in enumerate(pages, start=1):
        font, text = (b"/F1", lines) if readable else (b"/F2", [_shifted(line) for line in lines])
        shown = b" ".join(_string(line) + b" '" for line in [f"Page {n}", *text])
        objects.append(_stream(b"BT " + font + b" 10 Tf 40 800 Td 14 TL " + shown + b" ET"))
        content = len(objects)
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>" % content)
        kids.append(len(objects))
    objects[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objects[1] = b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids) + b"] /Count %d >>" % len(kids)
    objects[2] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    names = b" ".join(b"/g%d" % c for c in CODES)
    charprocs = b" ".join(b"/g%d %d 0 R" % (c, procs[c]) for c in CODES)
    objects[3] = (
        b"<< /Type /Font /Subtype /Type3 /FontBBox [0 0 500 700] /FontMatrix [0.001 0 0 0.001 0 0] /CharProcs << " + charprocs
        + b" >> /Encoding << /Type /Encoding /Differences [33 " + names + b"] >> /FirstChar 33 /LastChar 126 /Widths ["
        + b" ".join(b"500" for _ in CODES) + b"] /Resources << >> >>"
    )  # fmt: skip
    path.write_bytes(pdf_file(objects, header=b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"))
    return path
