"""Word's list bullets, set in the Symbol or Wingdings font, read as bullets (issue 14: Word-made minutes PDFs).

PDFium reports such a glyph at its private-use code point (U+F0B7 for Symbol's
bullet), which reads as no bullet at all; a signature drawn in a symbol font
reads as control codes, which are no text.
"""

from __future__ import annotations

import pytest

from pipeline.readers.pdf import _clean_text


@pytest.mark.parametrize(
    "raw, clean",
    [
        ("RESOLVED: That the following action be taken:\r\n\uf0b7 That the Clerk obtains a quote", "RESOLVED: That the following action be taken:\n• That the Clerk obtains a quote"),
        ("\uf0a7 Waterfall area\n\uf0d8 Morpeth Gate", "• Waterfall area\n• Morpeth Gate"),
        ("Chairman\x01- \x03\x04\x05\x06 Date: 4 November 2025", "Chairman-  Date: 4 November 2025"),
        ("word\x02break", "word-break"),  # PDFium's soft hyphen
    ],
)
def test_symbol_font_bullets_and_control_codes(raw, clean):
    assert _clean_text(raw) == clean
