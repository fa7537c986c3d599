"""pdfplumber's view of a page, read by PDFium.

pdfplumber finds tables from two things on a page: its *characters* (text
and box) and its *drawn paths* (rectangles, lines, curves, whose straight
sides become the edges of a grid). It reads both through pdfminer, in
Python, and on a table page that is most of the time councilpack spends.
PDFium (pypdfium2, already loaded to read every page's text) holds the same
objects in C. :class:`PdfiumPage` reads them there and hands them to
pdfplumber in pdfplumber's own shapes, so pdfplumber's table finder, word
grouping and text extraction run unchanged on top:

* **Characters** get pdfminer's box: across, PDFium's box of the glyph's
  advance; up, from the font's descent below the baseline to one font size
  above it (the descent the font descriptor gives, or for a standard font
  that is not embedded, the standard metrics pdfminer ships, because PDFium
  substitutes a font whose descent differs). Line breaks PDFium infers are
  left out; a space it infers between words becomes a zero-width space, as
  pdfminer there has a space glyph or a gap that splits the words anyway. A
  hyphen that ends a line, which PDFium reports apart, is kept as "-".
* **Paths** are split into subpaths and sorted into lines, rectangles and
  curves by pdfminer's own rules (a subpath ``m l`` is a line; ``m l l l h``
  with square corners a rectangle; anything else a curve through its points).
  Paths inside form XObjects are read with the form's matrix.

Pages this does not model answer ``None`` from :func:`open_page`, and the
reader leaves them to pdfplumber: a rotated page, a media box that does not
start at the origin, a crop box smaller than the media box, and text that is
turned or mirrored (pdfminer's box for a turned glyph needs the glyph's own
advance, which PDFium does not give). ``tests/test_pdfium_tables.py`` holds
the two readings to the same tables, cell for cell, on every real document
and the generated pack.
"""

from __future__ import annotations

from ctypes import CFUNCTYPE, c_double, c_float, c_int, c_uint, c_void_p, cast, create_string_buffer
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from pdfminer.fontmetrics import FONT_METRICS
from pdfplumber import utils
from pdfplumber.container import Container
from pdfplumber.table import TableFinder, TableSettings

_MOVE, _BEZIER = pdfium_c.FPDF_SEGMENT_MOVETO, pdfium_c.FPDF_SEGMENT_BEZIERTO
_PATH, _FORM = pdfium_c.FPDF_PAGEOBJ_PATH, pdfium_c.FPDF_PAGEOBJ_FORM
_IDENTITY = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def open_page(page: pdfium.PdfPage, textpage: pdfium.PdfTextPage) -> "PdfiumPage | None":
    """The page as pdfplumber would see it, or ``None`` where its geometry needs pdfplumber itself."""
    if page.get_rotation():
        return None
    mediabox = page.get_mediabox()
    if mediabox[0] or mediabox[1] or tuple(page.get_cropbox()) != tuple(mediabox):
        return None
    height = mediabox[3] - mediabox[1]
    chars = _chars(textpage, height)
    if chars is None:
        return None
    objects: dict[str, list[dict[str, Any]]] = {"char": chars}
    for kind, obj in _paths(page, height):
        objects.setdefault(kind, []).append(obj)
    return PdfiumPage(objects, mediabox[2] - mediabox[0], height)


class PdfiumPage(Container):
    """A page's characters, rectangles, lines and curves as pdfplumber's object dicts.

    Offers the part of ``pdfplumber.Page`` that table finding uses: ``chars``,
    ``rects``, ``lines``, ``curves``, ``edges``, ``bbox``, ``find_tables()``
    and ``extract_words()``.
    """

    def __init__(self, objects: dict[str, list[dict[str, Any]]], width: float, height: float) -> None:
        self._page_objects = objects  # read while PDFium's page was open; it may be closed now
        self.width, self.height = float(width), float(height)
        self.bbox = (0.0, 0.0, self.width, self.height)

    @property
    def objects(self) -> dict[str, list[dict[str, Any]]]:
        return self._page_objects

    def find_tables(self, table_settings: dict | None = None) -> list:
        return TableFinder(self, TableSettings.resolve(table_settings)).tables

    def extract_words(self, **kwargs: Any) -> list[dict[str, Any]]:
        return utils.extract_words(self.chars, **kwargs)


# -- characters --------------------------------------------------------------------------


# FPDFText_GetTextObject answering the object's address, a plain int: characters of one text
# object share its font, size and matrix, which are then read once per object, not per character.
_text_object_address = CFUNCTYPE(c_void_p, pdfium_c.FPDF_TEXTPAGE, c_int)(cast(pdfium_c.FPDFText_GetTextObject, c_void_p).value)


def char_texts(textpage: pdfium.PdfTextPage) -> str:
    """The page's characters, one per PDFium character index (``text[i]`` is character ``i``).

    PDFium's text comes as UTF-16, where a character beyond the Basic Multilingual Plane takes
    two units; such a page is read character by character instead, so the indexes still agree.
    """
    raw = textpage.raw
    count = max(pdfium_c.FPDFText_CountChars(raw), 0)
    text = textpage.get_text_range(0, count) if count else ""
    if len(text) != count:
        unicode_of = pdfium_c.FPDFText_GetUnicode
        text = "".join(_character(unicode_of(raw, i)) for i in range(count))
    return text


def _character(code: int) -> str:
    return "\ufffd" if code > 0x10FFFF or 0xD800 <= code <= 0xDFFF else chr(code)


def _chars(textpage: pdfium.PdfTextPage, height: float) -> list[dict[str, Any]] | None:
    """The page's characters as pdfplumber's dicts, or ``None`` if any is not upright (pdfplumber reads those)."""
    raw = textpage.raw
    text = char_texts(textpage)
    count = len(text)
    generated, is_hyphen = pdfium_c.FPDFText_IsGenerated, pdfium_c.FPDFText_IsHyphen
    loose_box, origin_of = pdfium_c.FPDFText_GetLooseCharBox, pdfium_c.FPDFText_GetCharOrigin
    rect, ox, oy = pdfium_c.FS_RECTF(), c_double(), c_double()
    styles: dict[int, tuple[str, float, float] | None] = {}  # text object -> (font name, size, descent below the baseline)
    fonts: dict[int, tuple[str, float]] = {}
    chars: list[dict[str, Any]] = []
    for i in range(count):
        ch = text[i]
        if ch in " \r\n\ufffe\x02\x00":
            if ch in "\r\n":
                continue
            if ch == " " and generated(raw, i) == 1:
                # PDFium infers a space where words stand apart; pdfminer has a space glyph there, or
                # a gap that splits the words all the same. Kept as a zero-width space: the words split.
                if origin_of(raw, i, ox, oy):
                    chars.append(_space(ox.value, chars[-1] if chars else None, height))
                continue
            if ch != " ":
                if not is_hyphen(raw, i):
                    continue
                ch = "-"  # a hyphen that ends a line (PDFium reports it apart)
        address = _text_object_address(raw, i) or 0
        style = styles.get(address, False)
        if style is False:
            style = styles[address] = _style(raw, i, fonts)
        if style is None:
            return None  # rotated or mirrored text: its box needs pdfminer's full transform
        if not loose_box(raw, i, rect) or not origin_of(raw, i, ox, oy):
            raise pdfium.PdfiumError("Failed to read a character's box.")
        fontname, size, descent, white = style
        y0 = oy.value + descent  # pdfminer's box: from the font's descent, one font size high
        x0, x1 = rect.left, rect.right
        chars.append({
            "object_type": "char", "text": ch, "fontname": fontname, "size": size, "upright": True, "white": white,
            "x0": x0, "x1": x1, "y0": y0, "y1": y0 + size, "width": x1 - x0, "height": size,
            "top": height - y0 - size, "bottom": height - y0, "doctop": height - y0 - size,
        })  # fmt: skip
    return chars


def _style(raw, index: int, fonts: dict[int, tuple[str, float]]) -> tuple[str, float, float, bool] | None:
    """Font name, size on the page, descent and whiteness (filled white) of the text object holding
    character ``index``, or ``None`` when its text is not upright and unmirrored."""
    matrix = pdfium_c.FS_MATRIX()
    if not pdfium_c.FPDFText_GetMatrix(raw, index, matrix):
        raise pdfium.PdfiumError("Failed to read a character's matrix.")
    if matrix.b or matrix.c or matrix.a <= 0 or matrix.d <= 0:
        return None
    size = float(pdfium_c.FPDFText_GetFontSize(raw, index)) * matrix.d
    text_object = pdfium_c.FPDFText_GetTextObject(raw, index)
    fontname, descent = _font(text_object, fonts)
    return fontname, size, descent * size, _is_white(text_object)


def _is_white(page_object) -> bool:
    """True when the object is filled white (text printed white: invisible unless something dark is under it)."""
    r, g, b, a = c_uint(), c_uint(), c_uint(), c_uint()
    if not pdfium_c.FPDFPageObj_GetFillColor(page_object, r, g, b, a):
        return False
    return a.value > 0 and min(r.value, g.value, b.value) >= 250


def _space(x: float, previous: dict[str, Any] | None, height: float) -> dict[str, Any]:
    """A zero-width space at ``x`` on the line of the character before it."""
    space = dict(previous) if previous else {"object_type": "char", "fontname": "", "size": 0.0, "upright": True, "white": False, "y0": 0.0, "y1": 0.0, "height": 0.0}
    space.update(text=" ", x0=x, x1=x, width=0.0, top=height - space["y1"], bottom=height - space["y0"], doctop=height - space["y1"])
    return space


def _font(text_object, cache: dict[int, tuple[str, float]]) -> tuple[str, float]:
    """A text object's font name and descent (a fraction of the font size), once per font.

    The descent is pdfminer's: the font descriptor's, which PDFium reads too, or for one of the
    standard fonts a PDF need not embed, the standard metrics pdfminer ships (PDFium substitutes
    its own font for those, whose descent differs).
    """
    font = pdfium_c.FPDFTextObj_GetFont(text_object)
    key = cast(font, c_void_p).value or 0
    if key not in cache:
        length = pdfium_c.FPDFFont_GetBaseFontName(font, None, 0)
        buffer = create_string_buffer(max(length, 1))
        pdfium_c.FPDFFont_GetBaseFontName(font, buffer, length)
        name = buffer.value.decode("utf-8", "replace")
        if not pdfium_c.FPDFFont_GetIsEmbedded(font) and name in FONT_METRICS:
            descent = (FONT_METRICS[name][0].get("Descent") or 0.0) / 1000.0
        else:
            value = c_float()
            descent = value.value / 1000.0 if pdfium_c.FPDFFont_GetDescent(font, c_float(1000.0), value) else 0.0
        cache[key] = (name, descent)
    return cache[key]


# -- paths -------------------------------------------------------------------------------


def _paths(page: pdfium.PdfPage, height: float):
    """(kind, object dict) for every painted subpath on the page, forms included."""
    stack = [(pdfium_c.FPDFPage_CountObjects(page.raw), lambda j: pdfium_c.FPDFPage_GetObject(page.raw, j), _IDENTITY)]
    matrix = pdfium_c.FS_MATRIX()
    while stack:
        count, get, outer = stack.pop()
        for j in range(count):
            obj = get(j)
            kind = pdfium_c.FPDFPageObj_GetType(obj)
            if kind not in (_PATH, _FORM):
                continue
            if not pdfium_c.FPDFPageObj_GetMatrix(obj, matrix):
                raise pdfium.PdfiumError("Failed to read an object's matrix.")
            m = _multiply((matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f), outer)
            if kind == _FORM:
                stack.append((pdfium_c.FPDFFormObj_CountObjects(obj), lambda k, form=obj: pdfium_c.FPDFFormObj_GetObject(form, k), m))
                continue
            fill, stroke = c_int(), c_int()
            pdfium_c.FPDFPath_GetDrawMode(obj, fill, stroke)
            if not fill.value and not stroke.value:
                continue
            dark = bool(fill.value) and not _is_white(obj)  # a fill that white text on it shows against
            for ops in _subpaths(obj, m):
                kind, shape = _classify(ops, height)
                shape["dark_fill"] = dark
                yield kind, shape


def _multiply(m: tuple, n: tuple) -> tuple:
    """``m`` then ``n`` (PDF's row-vector convention)."""
    a, b, c, d, e, f = m
    A, B, C, D, E, F = n
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F)


def _subpaths(obj, m: tuple) -> list[list[tuple[str, tuple[float, float]]]]:
    """The path's subpaths as pdfminer's operators (m, l, c, h), each with its end point in page space."""
    a, b, c, d, e, f = m
    x, y = c_float(), c_float()
    subpaths: list[list[tuple[str, tuple[float, float]]]] = []
    ops: list[tuple[str, tuple[float, float]]] = []
    bezier = 0
    for k in range(pdfium_c.FPDFPath_CountSegments(obj)):
        segment = pdfium_c.FPDFPath_GetPathSegment(obj, k)
        pdfium_c.FPDFPathSegment_GetPoint(segment, x, y)
        point = (a * x.value + c * y.value + e, b * x.value + d * y.value + f)
        kind = pdfium_c.FPDFPathSegment_GetType(segment)
        if kind == _MOVE:
            ops = [("m", point)]
            subpaths.append(ops)
        elif kind == _BEZIER:  # three points per curve; pdfminer keeps the last
            bezier += 1
            if bezier % 3 == 0:
                ops.append(("c", point))
        else:
            ops.append(("l", point))
        if pdfium_c.FPDFPathSegment_GetClose(segment) and ops:
            if len(ops) > 2 and ops[-1][0] == "l" and ops[-1][1] == ops[0][1]:
                ops.pop()  # a line back to the start before "h" says nothing more (pdfminer drops it too)
            ops.append(("h", ops[0][1]))
    return subpaths


def _classify(ops: list[tuple[str, tuple[float, float]]], height: float) -> tuple[str, dict[str, Any]]:
    """pdfminer's reading of one subpath: a line, a rectangle or a curve, as pdfplumber's dict."""
    shape = "".join(op for op, _ in ops)
    pts = [p for _, p in ops]
    if shape in ("mlh", "ml"):
        kind, pts = "line", pts[:2]
    elif shape in ("mlllh", "mllll") and pts[0] == pts[4]:
        (x0, y0), (x1, y1), (x2, y2), (x3, y3), _ = pts
        square = (x0 == x1 and y1 == y2 and x2 == x3 and y3 == y0) or (y0 == y1 and x1 == x2 and y2 == y3 and x3 == x0)
        kind = "rect" if square else "curve"
        if square:
            pts = [pts[0], pts[2]]
    else:
        kind = "curve"
    xs, ys = [p[0] for p in pts], [p[1] for p in pts]
    x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
    obj = {"object_type": kind, "x0": x0, "x1": x1, "y0": y0, "y1": y1, "width": x1 - x0, "height": y1 - y0,
           "top": height - y1, "bottom": height - y0, "doctop": height - y1}  # fmt: skip
    if kind == "curve":
        obj["pts"] = [(px, height - py) for px, py in pts]
    return kind, obj
