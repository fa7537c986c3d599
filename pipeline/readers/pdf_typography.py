"""Which lines of a PDF page are emphasised: set in bold, or larger than the page's body text.

Item headings are usually emphasised, and a heading's wrapped second line is
set like its first while the description under it is not.  Bold is read from
the font (its name or weight) or from the way the text is painted: a word
processor sets a font that has no bold face in bold by stroking its letters
over their fill (:func:`_stroked_bold`). PDFium knows the
font of every character; reading it for a few characters of each line costs
a fraction of a millisecond per page, so every page gets it.

The result is a list of offsets into the page's text (the start of each
emphasised line), stored as ``PageText.meta["emphasised_lines"]`` for the
general structure reader.

A run-in heading (:func:`read_emphasis`) is a line that starts in
bold and runs on in regular type: "97/20 **To Receive Apologies** Apologies
were received from ...", the way clerks type a minute's heading and its first
sentence as one paragraph.  Where the bold run ends the heading ends, which
the words alone do not say once the paragraph wraps; the reader puts a line
break there, so the heading is a line of its own (set in bold throughout)
and the minute's text starts on the next.
"""

from __future__ import annotations

import ctypes
import re
from statistics import median
from typing import NamedTuple

import pypdfium2.raw as pdfium_c

_BOLD_NAME = re.compile(rb"bold|black|heavy|semibold|demi", re.I)

#: PDFium's mark for a hyphen ending a line (U+FFFE in ``get_text_range``, U+0002 in ``get_text_bounded``), where it
#: runs the next line on without a line break.  Before a lower-case letter it may be a word hyphenated to fit or a
#: compound ("co-|opted"): printed as "-", the line joined on.  Before anything else the line ended there after a printed
#: hyphen or dash ("-Continuation from Inaugural Meeting-" over "KK – newly appointed ..."; "UK-" over "France"): the
#: hyphen and the line break stay, so a heading is not glued to the next line ("Inaugural Meeting-KK").
#: Only after a letter: a symbol font's control codes ("Chairman\x01\x02", a drawn signature) are no hyphen.
KEPT_HYPHEN = re.compile("(?<=[^\\W\\d_])[\ufffe\x02](?![a-z\u00df-\u00ff]|[\x00-\x1f])")


def layout_lines(full: str) -> list[tuple[str, int]]:
    """The lines of PDFium's raw page text (``get_text_range``) as the cleaned page text has them, with the index
    of each line's first character in ``full``: split at line breaks and after a kept hyphen (:data:`KEPT_HYPHEN`).
    The lines keep PDFium's characters (indexes stay right); :func:`line_key` gives the text to match them by."""
    out: list[tuple[str, int]] = []
    pos = 0
    for line in full.split("\n"):
        start = 0
        for m in KEPT_HYPHEN.finditer(line):
            out.append((line[start : m.end()], pos + start))
            start = m.end()
        out.append((line[start:], pos + start))
        pos += len(line) + 1
    return out


def line_key(content: str) -> str:
    """A raw line's stripped text as the cleaned page text spells it: PDFium's hyphen marks printed as "-"."""
    return content.replace("\ufffe", "-").replace("\x02", "-")
LARGER = 1.15  # a line this much larger than the page's usual size reads as a heading


def emphasised_lines(textpage, text: str) -> tuple[list[int], list[int]]:
    """Offsets in ``text`` (the page's cleaned text) of the lines PDFium sets in bold or a larger size.

    Two lists: lines whose first letter is emphasised (a heading starts
    there), and lines emphasised throughout (first, middle and last letter):
    "2645. Apologies for absence: None." starts in bold but its minutes are
    not, so its title ends at the colon.
    """
    _, leads, wholes = read_emphasis(textpage, text, split=False)
    return leads, wholes


def read_emphasis(textpage, text: str, split: bool = True) -> tuple[str, list[int], list[int]]:
    """The page's text with its run-in headings split (``split``), and :func:`emphasised_lines`'s two lists for it.

    A run-in heading's bold lead becomes a line emphasised throughout, the
    regular text after it a plain line (see the module docstring).
    """
    full = textpage.get_text_range()
    if len(full) != textpage.count_chars():  # characters outside the BMP: indexes would not line up
        return text, [], []
    raw = textpage.raw
    name = ctypes.create_string_buffer(96)
    flags = ctypes.c_int()

    def is_bold(i: int) -> bool:
        pdfium_c.FPDFText_GetFontInfo(raw, i, name, len(name), ctypes.byref(flags))
        return bool(_BOLD_NAME.search(name.value)) or pdfium_c.FPDFText_GetFontWeight(raw, i) >= 600 or _stroked_bold(raw, i)

    styles: list[tuple[str, float, bool, bool, int]] = []  # (stripped line, size, first letter bold, all bold, run-in end)
    boxes: list[_LineBox | None] = []  # where each line is set, for the wraps of a heading
    for line, pos in layout_lines(full):
        content = line.strip()
        if content:
            first = pos + (len(line) - len(line.lstrip()))
            samples, number = _sample(first, content)
            bold = [is_bold(i) for i in samples]
            size = max(float(pdfium_c.FPDFText_GetFontSize(raw, i)) for i in samples)
            run_in = _run_in_end(content, first, is_bold) if split and not all(bold) else 0
            lead = bold[0] or (number is not None and is_bold(number))  # "12." in bold before a plain title still leads
            styles.append((line_key(content), size, lead, all(bold), run_in))
            boxes.append(_line_box(raw, first, content, size) if split else None)
    if not styles:
        return text, [], []
    body = median(size for _, size, _, _, _ in styles)
    right = max((b.right for b in boxes if b is not None), default=0.0)  # the measure's right edge on this page
    wraps = _heading_wraps(styles, boxes, body, right)
    wanted: dict[str, list[tuple[bool, bool, int, bool]]] = {}
    for k, (content, size, first, whole, run_in) in enumerate(styles):
        larger = size >= body * LARGER
        wanted.setdefault(content, []).append((first or larger, whole or larger, run_in, k in wraps))
    out: list[str] = []
    leads, wholes = [], []
    offset = 0

    def add(line: str, first: bool, whole: bool) -> None:
        nonlocal offset
        start = offset + len(line) - len(line.lstrip())
        if first:
            leads.append(start)
        if whole:
            wholes.append(start)
        out.append(line)
        offset += len(line) + 1

    for line in text.split("\n"):
        content = line.strip()
        marks = wanted.get(content)
        if not marks:
            add(line, False, False)
            continue
        first, whole, run_in, wrapped = marks.pop(0)
        if wrapped and out and out[-1].strip():
            # a heading's wrapped line: on the heading's line, as a text file prints it
            out[-1] += " " + content
            offset += 1 + len(content)
            continue
        if run_in:
            indent = line[: len(line) - len(line.lstrip())]
            add(indent + content[:run_in].rstrip(), True, True)
            add(indent + content[run_in:].lstrip(), False, False)
        else:
            add(line, first, whole)
    return "\n".join(out), leads, wholes


MAX_JOINED = 2  # a heading wraps onto one or two more lines; a longer bold passage is a paragraph, left as printed
WRAP_LEADING = 1.6  # a wrapped line follows at the usual leading (at most this many font sizes lower)


class _LineBox(NamedTuple):
    """Where a line is set: its left and right edges, where its first word ends, its baseline (points)."""

    left: float
    right: float
    first_word_right: float
    baseline: float
    size: float


def _line_box(raw, first: int, content: str, size: float) -> "_LineBox | None":
    """The line starting at character ``first`` (text ``content``): its box from PDFium's character boxes."""
    l, r, b, t = (ctypes.c_double() for _ in range(4))
    x, y = ctypes.c_double(), ctypes.c_double()

    def box(i: int) -> tuple[float, float] | None:
        if not pdfium_c.FPDFText_GetCharBox(raw, i, ctypes.byref(l), ctypes.byref(r), ctypes.byref(b), ctypes.byref(t)):
            return None
        return l.value, r.value

    space = content.find(" ")
    start, end, word_end = box(first), box(first + len(content) - 1), box(first + (space if space > 0 else len(content)) - 1)
    if start is None or end is None or word_end is None or not pdfium_c.FPDFText_GetCharOrigin(raw, first, ctypes.byref(x), ctypes.byref(y)):
        return None
    return _LineBox(start[0], end[1], word_end[1], y.value, size)


def _heading_wraps(styles: list, boxes: list, body: float, right: float) -> set[int]:
    """The lines (indexes into ``styles``) that continue the emphasised line before them, wrapped by the measure.

    An item's heading (numbered) set in bold or larger that the page's width
    wrapped is one line in the text, as a text file prints it: "5. To consider
    the minutes of the meeting on the 24th May" / "2018." (a year alone on its
    line reads as a number, not as the title's end).  Only item headings: an
    emphasised passage of more than ``MAX_JOINED + 1`` lines is a paragraph set
    in bold, and a document's unnumbered head lines ("MINUTES OF THE MEETING
    HELD AT ..." / "... ON MONDAY") are left as printed, where the head reader
    already follows a place or a date onto the next line.
    """

    def emphasised(k: int) -> bool:
        _, size, _, whole, run_in = styles[k]
        return (whole or size >= body * LARGER) and not run_in

    wraps: set[int] = set()
    chain: list[int] = []
    for k in range(1, len(styles) + 1):
        if k < len(styles) and emphasised(k) and emphasised(k - 1) and abs(styles[k - 1][1] - styles[k][1]) < 0.5 and _wraps(boxes[k - 1], boxes[k], right):
            chain.append(k)
            continue
        if chain and len(chain) <= MAX_JOINED and _LEADING_NUMBER.match(styles[chain[0] - 1][0]):
            wraps.update(chain)
        chain = []
    return wraps


def _wraps(above: "_LineBox | None", below: "_LineBox | None", right: float) -> bool:
    """Is ``below`` the line ``above`` wrapped onto: set just under it, not outdented (a hanging number's title
    indent allowed), its first word too long for the room ``above`` left before the measure's right edge?"""
    if above is None or below is None:
        return False
    step = above.baseline - below.baseline
    if not 0 < step <= WRAP_LEADING * max(above.size, below.size):
        return False
    if below.left < above.left - 1 or below.left > above.left + 5 * above.size:
        return False
    word = below.first_word_right - below.left
    return above.right + 0.25 * above.size + word > right - 1


#: Text painted filled AND stroked: the bold a word processor makes for a font that has no bold face (its outline
#: drawn over its fill thickens the letters).  The font is the regular one, so neither its name nor its weight says bold.
_STROKED = {pdfium_c.FPDF_TEXTRENDERMODE_FILL_STROKE, pdfium_c.FPDF_TEXTRENDERMODE_FILL_STROKE_CLIP}


def _stroked_bold(raw, index: int) -> bool:
    """Is character ``index`` set in a word processor's synthetic bold (painted filled and stroked)?"""
    text_object = pdfium_c.FPDFText_GetTextObject(raw, index)
    return bool(text_object) and pdfium_c.FPDFTextObj_GetTextRenderMode(text_object) in _STROKED


#: A minute or item number before a heading ("97/20", "3786.", "12.", "(a)", "19.03.4"): may be set in regular type.
_LEADING_NUMBER = re.compile(r"^(?:\(?[0-9]{1,4}[a-z]?(?:[./][0-9]{1,4}[a-z]?)*[.):]?|\(?[a-z]\))\s+", re.I)
MIN_RUN_IN = 3  # letters a bold lead needs to be a heading, not a stray bold character


def _run_in_end(content: str, first: int, bold) -> int:
    """Where the regular text after a line's bold lead starts (0: no run-in heading on this line)."""
    number = _LEADING_NUMBER.match(content)
    start = number.end() if number else 0
    letters = [k for k in range(start, len(content)) if content[k].isalnum()]
    if len(letters) <= MIN_RUN_IN or not bold(first + letters[0]):
        return 0
    for n, k in enumerate(letters):
        if not bold(first + k):
            if n < MIN_RUN_IN or not content[k - 1].isspace() and content[k - 1] not in "\"'‘“(":
                return 0
            cut = k
            while cut > 0 and not content[cut - 1].isspace():  # an opening quote or bracket goes with its word
                cut -= 1
            return cut if _is_run_in(content[:cut].strip(), numbered=start > 0) else 0
    return 0  # bold throughout


def _is_run_in(lead: str, numbered: bool) -> bool:
    """Is this bold lead a heading whose end only the type shows?

    Not when it ends in a colon ("Police Report: Attached.", "RESOLVED: That
    ..."): the words show that end, and a label or decision word stays on the
    line it introduces.  A lead that ends in a dash is a heading when it is
    numbered or set in capitals ("4. Open Forum – A resident asked ...",
    "SIGNING OF THE MINUTES - Cllr Amos proposed ...", two words at least):
    the dash joins the heading to its first sentence, and once the paragraph
    wraps the sentence must start a line of its own.  Not a single word
    ("RESOLVED – That ...") nor a bold phrase in a sentence ("Cllr Pell
    – the Chair – said ...").  Not one bare word without a number
    ("MINUTES of a meeting ...", "RESOLVED that ..."): a word set in bold, not a
    heading.
    """
    if not lead or lead.endswith((":", ":-")):
        return False
    if lead.endswith(_DASHES):
        words = lead.rstrip("".join(_DASHES) + " ").split()
        return numbered or (len(words) >= 2 and _in_capitals(words))
    return numbered or len(lead.split()) >= 2


_DASHES = ("-", "\u2013", "\u2014")


def _in_capitals(words: list[str]) -> bool:
    """Are these words set in capitals ("SIGNING OF THE MINUTES"): a heading, not a sentence's bold words?"""
    return all(not any(ch.islower() for ch in w) for w in words) and any(ch.isupper() for w in words for ch in w)


def _sample(first: int, content: str) -> tuple[list[int], int | None]:
    """A few character indexes of a line (its first letter or digit, its middle and its last), and its number's.

    A leading item number ("97/20 To Receive ...") is left out of the samples
    when text follows it: a clerk may type the number in regular type before
    a bold heading, and the heading is what is emphasised.
    """
    number = _LEADING_NUMBER.match(content)
    start = number.end() if number and number.end() < len(content) else 0
    letters = [k for k in range(start, len(content)) if content[k].isalnum()] or [k for k, ch in enumerate(content) if ch.isalnum()]
    if not letters:
        return [first], None
    picks = {letters[0], letters[len(letters) // 2], letters[-1]}
    return [first + k for k in sorted(picks)], (first if start else None)
