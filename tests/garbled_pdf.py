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

By default every glyph is drawn as a filled box: the page shows nothing to
read either. With ``letters=True`` each glyph is drawn as the letter it stands
for (Bitstream Vera, which reportlab ships, as an image mask), so the page
looks right and only its text layer is garbage: the case OCR reads.
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


def _letter(code: int) -> tuple[int, bytes]:
    """The width (glyph units) and drawing of the character that font code ``code`` stands for: an image mask of it in Vera."""
    from PIL import Image, ImageDraw, ImageFont
    from reportlab import rl_config  # noqa: F401  (reportlab is a dev dependency; its fonts folder ships Vera)
    import reportlab

    font = ImageFont.truetype(str(Path(reportlab.__file__).parent / "fonts" / "Vera.ttf"), 100)
    char = chr((code - 33 - 13) % 94 + 33)  # the inverse of _shifted
    width = round(font.getlength(char) * 10)  # 100 px to the em, 1000 glyph units to the em
    left, top, right, bottom = font.getbbox(char)
    ascent, descent = font.getmetrics()
    image = Image.new("1", (max(right - left, 1), max(bottom - top, 1)), 1)
    ImageDraw.Draw(image).text((-left, -top), char, font=font, fill=0)
    x, y, w, h = left * 10, (ascent - bottom) * 10, image.width * 10, image.height * 10  # glyph units, y up from the baseline
    data = image.tobytes().hex().encode() + b">"
    drawing = (
        b"%d 0 %d %d %d %d d1 q %d 0 0 %d %d %d cm BI /IM true /W %d /H %d /BPC 1 /F /AHx ID "
        % (width, x, y, x + w, y + h, w, h, x, y, image.width, image.height) + data + b" EI Q"
    )  # fmt: skip
    return width, drawing


def garbled_pdf(path: Path, pages: list[bool], lines: list[str] = MINUTES, letters: bool = False) -> Path:
    """Write a PDF of ``len(pages)`` pages of ``lines``: page i is readable when ``pages[i]``, garbage otherwise.

    ``letters``: the garbage pages show the letters (see the module docstring), set at 11 points.
    """
    objects: list[bytes] = [b"", b"", b"", b""]  # 1 catalog, 2 page tree, 3 Helvetica, 4 the Type 3 font
    procs, widths = {}, {}
    for code in CODES:  # every glyph a filled box (what is drawn does not matter, what it maps to does), or its letter
        widths[code], drawing = _letter(code) if letters else (500, b"500 0 0 0 400 600 d1 0 0 400 600 re f")
        objects.append(_stream(drawing))
        procs[code] = len(objects)
    kids = []
    for n, readable in enumerate(pages, start=1):
        font, text = (b"/F1", lines) if readable else (b"/F2", [_shifted(line) for line in lines])
        shown = b" ".join(_string(line) + b" '" for line in [f"Page {n}", *text])
        size = b" 11 Tf 30 800 Td 16 TL " if letters else b" 10 Tf 40 800 Td 14 TL "
        objects.append(_stream(b"BT " + font + size + shown + b" ET"))
        content = len(objects)
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>" % content)
        kids.append(len(objects))
    objects[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objects[1] = b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids) + b"] /Count %d >>" % len(kids)
    objects[2] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    first = 33
    if letters:  # a space the width Vera gives it, so that the words the page shows stand apart
        objects.append(_stream(b"318 0 0 0 0 0 d1"))
        first, procs[32], widths[32] = 32, len(objects), 318
    codes = range(first, 127)
    names = b" ".join(b"/g%d" % c for c in codes)
    charprocs = b" ".join(b"/g%d %d 0 R" % (c, procs[c]) for c in codes)
    objects[3] = (
        b"<< /Type /Font /Subtype /Type3 /FontBBox [0 0 500 700] /FontMatrix [0.001 0 0 0.001 0 0] /CharProcs << " + charprocs
        + b" >> /Encoding << /Type /Encoding /Differences [%d " % first + names + b"] >> /FirstChar %d /LastChar 126 /Widths [" % first
        + b" ".join(b"%d" % widths[c] for c in codes) + b"] /Resources << >> >>"
    )  # fmt: skip
    path.write_bytes(pdf_file(objects, header=b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"))
    return path
