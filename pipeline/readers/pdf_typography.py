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


def emphasised_lines(textpage, text: str) -> tuple[list[int], list[int]]:
    """Offsets in ``text`` (the page's cleaned text) of the lines PDFium sets in bold or a larger size.

    Two lists: lines whose first letter is emphasised (a heading starts
    there), and lines emphasised throughout (first, middle and last letter):
    "2645. Apologies for absence: None." starts in bold but its minutes are
    not, so its title ends at the colon.
    """
    full = textpage.get_text_range()
    if len(full) != textpage.count_chars():  # characters outside the BMP: indexes would not line up
        return [], []
    raw = textpage.raw
    name = ctypes.create_string_buffer(96)
    flags = ctypes.c_int()
    styles: list[tuple[str, float, bool, bool]] = []  # (stripped line, size, first letter bold, all bold)
    pos = 0
    for line in full.split("\n"):
        content = line.strip()
        if content:
            first = pos + (len(line) - len(line.lstrip()))
            samples = _sample(first, content)
            bold = []
            size = 0.0
            for i in samples:
                pdfium_c.FPDFText_GetFontInfo(raw, i, name, len(name), ctypes.byref(flags))
                bold.append(bool(_BOLD_NAME.search(name.value)) or pdfium_c.FPDFText_GetFontWeight(raw, i) >= 600)
                size = max(size, float(pdfium_c.FPDFText_GetFontSize(raw, i)))
            styles.append((content, size, bold[0], all(bold)))
        pos += len(line) + 1
    if not styles:
        return [], []
    body = median(size for _, size, _, _ in styles)
    wanted: dict[str, list[tuple[bool, bool]]] = {}
    for content, size, first, whole in styles:
        larger = size >= body * LARGER
        wanted.setdefault(content, []).append((first or larger, whole or larger))
    leads, wholes = [], []
    offset = 0
    for line in text.split("\n"):
        content = line.strip()
        marks = wanted.get(content)
        if marks:
            first, whole = marks.pop(0)
            start = offset + len(line) - len(line.lstrip())
            if first:
                leads.append(start)
            if whole:
                wholes.append(start)
        offset += len(line) + 1
    return leads, wholes


def _sample(first: int, content: str) -> list[int]:
    """A few character indexes of a line: its first letter or digit, its middle and its last."""
    letters = [k for k, ch in enumerate(content) if ch.isalnum()]
    if not letters:
        return [first]
    picks = {letters[0], letters[len(letters) // 2], letters[-1]}
    return [first + k for k in sorted(picks)]
