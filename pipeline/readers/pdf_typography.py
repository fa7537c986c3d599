"""Which lines of a PDF page are emphasised: set in bold, or larger than the page's body text.

Item headings are usually emphasised, and a heading's wrapped second line is
set like its first while the description under it is not. PDFium knows the
font of every character; reading it for a few characters of each line costs
a fraction of a millisecond per page, so every page gets it.

The result is a list of offsets into the page's text (the start of each
emphasised line), stored as ``PageText.meta["emphasised_lines"]`` for the
general structure reader.
"""

from __future__ import annotations

import ctypes
import re
from statistics import median

import pypdfium2.raw as pdfium_c

_BOLD_NAME = re.compile(rb"bold|black|heavy|semibold|demi", re.I)
LARGER = 1.15  # a line this much larger than the page's usual size reads as a heading


def emphasised_lines(textpage, text: str) -> list[int]:
    """Offsets in ``text`` (the page's cleaned text) of the lines PDFium sets in bold or a larger size."""
    full = textpage.get_text_range()
    if len(full) != textpage.count_chars():  # characters outside the BMP: indexes would not line up
        return []
    raw = textpage.raw
    name = ctypes.create_string_buffer(96)
    flags = ctypes.c_int()
    styles: list[tuple[str, float, bool]] = []  # (stripped line, size, bold)
    pos = 0
    for line in full.split("\n"):
        content = line.strip()
        if content:
            first = pos + (len(line) - len(line.lstrip()))
            samples = _sample(first, content)
            bold = 0
            size = 0.0
            for i in samples:
                pdfium_c.FPDFText_GetFontInfo(raw, i, name, len(name), ctypes.byref(flags))
                if _BOLD_NAME.search(name.value) or pdfium_c.FPDFText_GetFontWeight(raw, i) >= 600:
                    bold += 1
                size = max(size, float(pdfium_c.FPDFText_GetFontSize(raw, i)))
            styles.append((content, size, bold * 2 > len(samples)))
        pos += len(line) + 1
    if not styles:
        return []
    body = median(size for _, size, _ in styles)
    wanted: dict[str, list[bool]] = {}
    for content, size, bold in styles:
        wanted.setdefault(content, []).append(bold or size >= body * LARGER)
    offsets = []
    offset = 0
    for line in text.split("\n"):
        content = line.strip()
        marks = wanted.get(content)
        if marks:
            if marks.pop(0):
                offsets.append(offset + len(line) - len(line.lstrip()))
        offset += len(line) + 1
    return offsets


def _sample(first: int, content: str) -> list[int]:
    """A few character indexes of a line: its first letter, its middle and its last letter."""
    letters = [k for k, ch in enumerate(content) if ch.isalpha()]
    if not letters:
        return [first]
    picks = {letters[0], letters[len(letters) // 2], letters[-1]}
    return [first + k for k in sorted(picks)]
