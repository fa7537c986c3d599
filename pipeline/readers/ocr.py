"""OCR: the text of a PDF page that has no usable text layer, read from its picture by Tesseract.

A scanned page is an image and no text; a page set in a font without a
Unicode map has a text layer of codes, not letters (:mod:`extractors.text_layer`).
Either way the words are only in what the page looks like. :func:`ocr_page`
renders the page with PDFium (pypdfium2, which already reads every PDF) at
:data:`DPI` in grey, and hands the picture to Debian's ``tesseract`` command
(``tesseract-ocr`` with ``tesseract-ocr-eng``) on its standard input, asking
for TSV: one row per word with its box and confidence.

The page's text is made from those words: words of a line joined by a space,
lines and blocks (Tesseract's paragraphs) by a line break, so a line of OCR
text is a line of the page as a text layer gives it (a blank line between
paragraphs, which no text layer has, parted a minute's title from its
"(Item 6)"). Tesseract reads each line across the page (``--psm 4``, see
:data:`PSM`). A few misreads that every scan of council papers has are
mended as the words are joined, each on its own evidence: a list bullet read
as a letter ("e Fostering ..."), a roman "I" read as a bar ("Part |"), an
ordinal's superscript read as a quote ("10‘ December"), an e-mail address
split around its "@". Bold is read from the picture: each word's stroke
width (:func:`mark_strokes`).
Every word keeps its box (in PDF points, top-down, as pdfplumber gives words)
and its place in the page text (``OcrPage.words``), so a span of the text is a
place on the page, and the whitespace-table finder reads the words as it reads
PDFium's. The page's confidence is the mean of its words' confidences
(Tesseract's 0-100), weighted by their length.

The command is run once per page with a time budget (:data:`PAGE_SECONDS`,
``COUNCILPACK_OCR_PAGE_SECONDS``), on one thread (``OMP_THREAD_LIMIT=1``:
parallelism is councilpack's ``--jobs``, not Tesseract's), and dies with its
parent: it runs inside the parser's sandbox (:mod:`pipeline.sandbox`), whose
memory limit it inherits and whose time budget, when it kills the parser,
must not leave it running.

``COUNCILPACK_TESSERACT`` names the command (default ``tesseract`` on the
``PATH``); ``COUNCILPACK_TESSERACT=off`` turns OCR off. Where the command or
its English data is missing, :func:`tesseract_missing` says why, and the PDF
reader names that reason in its read error or warning: a page that needs OCR
is never passed off as read.
"""

from __future__ import annotations

import ctypes
import os
import re
import shutil
import signal
import subprocess
import sys
from dataclasses import dataclass, field
from functools import lru_cache

from pipeline.readers.ocr_rules import rules_in_picture

DPI = 300  # Tesseract's own advice; 200 is hardly faster (its time goes on the words, not the pixels)
PAGE_SECONDS = 60.0  # one page's budget: a dense A4 page takes 2-5 s on one core
LANGUAGE = "eng"
# Page segmentation: "a single column of text of variable sizes". Tesseract's default (3, full
# layout analysis) takes a column of item numbers ("1.", "2." down the margin) for a block of its
# own and reads it apart from, or sideways across, the paragraphs it numbers; 4 reads each line
# across the page, as a PDF's text layer gives it, and a heading larger than the text stays a line.
PSM = "4"
BLOCK_BREAK = "\n"  # between Tesseract's blocks (paragraphs, with --psm 4): a line break, as a text layer has it
INSTALL_HINT = "apt-get install tesseract-ocr tesseract-ocr-eng"


@dataclass
class OcrPage:
    """One page read by OCR: its text, its words with boxes, and how sure Tesseract was."""

    text: str
    confidence: float | None  # mean word confidence, 0-100; None when no word was found
    words: list[dict] = field(default_factory=list)  # pdfplumber-shaped words plus "start", "end" (offsets in text) and "conf"
    rules: list[dict] = field(default_factory=list)  # the table rules drawn on the page, as pdfplumber edges (ocr_rules)


class OcrFailed(Exception):
    """Tesseract did not read the page (over its time budget, or it failed); the message says why."""


def tesseract_command() -> str | None:
    """The Tesseract command to run, or None when there is none (or OCR is turned off)."""
    named = os.environ.get("COUNCILPACK_TESSERACT", "tesseract")
    if named.lower() in ("off", "no", "0", "none", ""):
        return None
    return shutil.which(named)


def tesseract_missing() -> str | None:
    """Why OCR cannot run here (a sentence for users), or None when it can."""
    named = os.environ.get("COUNCILPACK_TESSERACT", "tesseract")
    command = tesseract_command()
    if command is None:
        if named.lower() in ("off", "no", "0", "none", ""):
            return "OCR is turned off (COUNCILPACK_TESSERACT=off)"
        return f"Tesseract is not installed (no '{named}' command; {INSTALL_HINT})"
    languages = _languages(command)
    if languages is None:
        return f"Tesseract ('{command}') does not run"
    if LANGUAGE not in languages:
        return f"Tesseract has no English data ({INSTALL_HINT})"
    return None


@lru_cache(maxsize=8)
def _languages(command: str) -> frozenset[str] | None:
    try:
        done = subprocess.run([command, "--list-langs"], capture_output=True, timeout=30, check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    if done.returncode != 0:
        return None
    # "List of available languages in "/usr/share/tesseract-ocr/5/tessdata/" (3):" then one per line
    return frozenset(line.strip() for line in done.stdout.decode("utf-8", "replace").splitlines()[1:] if line.strip())


def page_seconds() -> float:
    """The time budget of one page's OCR (``COUNCILPACK_OCR_PAGE_SECONDS``, default :data:`PAGE_SECONDS`)."""
    try:
        return float(os.environ.get("COUNCILPACK_OCR_PAGE_SECONDS", PAGE_SECONDS))
    except ValueError:
        return PAGE_SECONDS


def render_page(page, dpi: int = DPI) -> bytes:
    """The page rendered in grey at ``dpi``, as a binary PGM (which Tesseract reads from a pipe without decoding)."""
    bitmap = page.render(scale=dpi / 72, grayscale=True)
    try:
        image = bitmap.to_pil()
        header = b"P5\n%d %d\n255\n" % image.size
        return header + image.tobytes()
    finally:
        bitmap.close()


def ocr_page(page, dpi: int = DPI, seconds: float | None = None) -> OcrPage:
    """Read an open pypdfium2 page by OCR (see the module docstring); :class:`OcrFailed` when Tesseract does not."""
    command = tesseract_command()
    if command is None:
        raise OcrFailed(tesseract_missing() or "Tesseract is not installed")
    image = render_page(page, dpi)
    tsv = run_tesseract(command, image, dpi, page_seconds() if seconds is None else seconds)
    read = words_to_page(tsv, 72 / dpi)
    mark_strokes(read.words, image, dpi / 72)
    read.rules = rules_in_picture(image, 72 / dpi)
    return read


def run_tesseract(command: str, image: bytes, dpi: int, seconds: float) -> str:
    """Tesseract's TSV for ``image`` (read from stdin), within ``seconds``."""
    args = [command, "stdin", "stdout", "-l", LANGUAGE, "--dpi", str(dpi), "--psm", PSM, "tsv"]
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    try:
        done = subprocess.run(args, input=image, capture_output=True, timeout=seconds, env=env, preexec_fn=_die_with_parent, check=False)
    except subprocess.TimeoutExpired as exc:
        raise OcrFailed(f"OCR took longer than its {seconds:g} s budget for one page") from exc
    except OSError as exc:
        raise OcrFailed(f"Tesseract could not be run: {exc}") from exc
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise OcrFailed(f"Tesseract failed (exit {done.returncode}): {message[-1] if message else 'no message'}")
    return done.stdout.decode("utf-8", "replace")


def _die_with_parent() -> None:  # pragma: no cover - runs in the child between fork and exec
    """Linux: Tesseract gets SIGKILL when the parser that started it dies (its sandbox's time budget ran out)."""
    if sys.platform.startswith("linux"):
        try:
            ctypes.CDLL(None).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass


def words_to_page(tsv: str, scale: float) -> OcrPage:
    """Build the page text from Tesseract's TSV rows (level 5: words), keeping each word's box and offsets.

    ``scale`` turns pixels into PDF points (72 / dpi).
    """
    read: list[tuple[tuple[str, str], tuple[str, ...], str, list[float]]] = []  # (block, line, text, box and confidence)
    for row in tsv.splitlines()[1:]:
        cells = row.split("\t")
        if len(cells) < 12 or cells[0] != "5" or not cells[11].strip():
            continue
        read.append(((cells[1], cells[2]), (cells[1], cells[2], cells[3], cells[4]), cells[11].strip(), [float(c) for c in cells[6:11]]))
    texts = mend([[text for _, line_key, text, _ in read if line_key == key] for key in dict.fromkeys(r[1] for r in read)])
    mended = iter(word for line in texts for word in line)
    parts: list[str] = []
    length = 0
    words: list[dict] = []
    weighted = chars = 0.0
    last_block = last_line = None
    for block, line, _, (left, top, width, height, conf) in read:
        text = next(mended)
        if last_line is not None:
            separator = BLOCK_BREAK if block != last_block else "\n" if line != last_line else " "
            if separator == " " and (text.startswith("@") or words[-1]["text"].endswith("@")):
                separator = ""  # an e-mail address Tesseract splits around its "@" ("name @ council.gov.uk")
            parts.append(separator)
            length += len(separator)
        last_block, last_line = block, line
        words.append({
            "text": text, "x0": left * scale, "x1": (left + width) * scale, "top": top * scale, "bottom": (top + height) * scale,
            "size": height * scale, "fontname": "Regular", "upright": True, "start": length, "end": length + len(text), "conf": conf,
        })  # fmt: skip
        parts.append(text)
        length += len(text)
        if conf >= 0:
            weighted += conf * len(text)
            chars += len(text)
    return OcrPage(text="".join(parts), confidence=round(weighted / chars, 1) if chars else None, words=words)


def mend(lines: list[list[str]]) -> list[list[str]]:
    """The words of each line with a scan's usual misreads mended, each only where its neighbours show it:

    - a bullet read as a letter or a sign (:data:`BULLET_MISREADS`) that opens a line: "•";
    - a roman I read as a bar or an l ("Part |", "Part Il") after a word, ending the line or
      before a dash or a colon: the capitals;
    - a day with its superscript "th" read as a quote or a degree sign ("10‘") before a month: the day.
    """
    out = []
    for line in lines:
        mended = list(line)
        for i, word in enumerate(line):
            before, after = line[i - 1] if i else None, line[i + 1] if i + 1 < len(line) else None
            if i == 0 and word in BULLET_MISREADS and after is not None:
                mended[i] = "•"
            elif before and before.isalpha() and _ROMAN_MISREAD.fullmatch(word) and (after is None or after[:1] in "-–—:"):
                mended[i] = word.replace("|", "I").replace("l", "I")
            elif _DAY_MARK.fullmatch(word) and after and _MONTH.match(after):
                mended[i] = word[:-1]
        out.append(mended)
    return out


# What Tesseract makes of a round list bullet ("•") that opens a line: a letter or a sign alone,
# which no English line starts with as a word of its own.
BULLET_MISREADS = frozenset({"e", "©", "«", "»", "°", "¢", "®", "o", "@", "*", "+"})


# A day of the month with its superscript ordinal ("10th") read as a quote or a degree sign.
_DAY_MARK = re.compile(r"(?:[1-9]|[12]\d|3[01])[‘’'`°”“\"]")
_MONTH = re.compile(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b")
# A capital I read as a bar or an l, alone or doubled ("Part |", "Part Il"), as a word after a word.
_ROMAN_MISREAD = re.compile(r"[|Il]*\|[|Il]*|[I|]l|l[I|]|ll")


def mark_strokes(words: list[dict], image: bytes, scale: float) -> None:
    """Give each word its ``stroke``: the median width, in pixels, of the dark runs across its box.

    Bold type is set with thicker strokes than regular type of the same size,
    so a line whose words' strokes are well above the page's usual stroke is
    bold: the emphasis a text layer gives from the font's name, read from the
    picture (:func:`pipeline.readers.pdf_ocr.emphasised_lines`). ``image`` is the
    page's PGM, ``scale`` pixels per point.
    """
    import numpy as np  # imported here: only OCR'd pages need it

    header_end = image.index(b"\n", image.index(b"\n") + 1)  # "P5\nW H\n255\n"
    width, height = (int(v) for v in image[3:header_end].split())
    pixels = np.frombuffer(image, dtype=np.uint8, offset=len(image) - width * height).reshape(height, width)
    dark = pixels < 128
    for word in words:
        x0, x1 = int(word["x0"] * scale), int(word["x1"] * scale) + 1
        y0, y1 = int(word["top"] * scale), int(word["bottom"] * scale) + 1
        box = dark[y0:y1, x0:x1]
        if box.size == 0:
            continue
        edges = np.diff(np.pad(box, ((0, 0), (1, 1))).astype(np.int8), axis=1)
        rows_start, starts = np.nonzero(edges == 1)  # a dark run starts (row by row, left to right)
        _, ends = np.nonzero(edges == -1)  # ... and ends, in the same order
        # the median run: a letter's upright strokes; a bar across ("T", "e") is a long run, and rare
        word["stroke"] = float(np.median(ends - starts)) if len(starts) else 0.0
