"""The text as the attendance labels read it: same length as the document's, lines where the labels need them.

Labels (``[[label]]`` in attendance.toml) are read at the start of a line. Minutes put them where a
line does not start:

- after the number of the item they are ("2. PRESENT Mayor Cllr A Lee; ...", "1/ Members present",
  "2010/01/01 PRESENT", "C30/16 Apologies Councillor T Quinn"), or with a minute number between the
  label and the names ("Present 18-251 Cllr K Jolley (Chair), ..."): the number is blanked out
  (``sentences.label_number``, a ``number`` group), but only where a label then opens the line;
- after a label, a bullet for its colon ("Clerk • Gavin Lee, Head of Legal Services. In Attendance • Ann Roe"):
  the bullet becomes a colon (``sentences.bullet_label``);
- inside one long run-on line (or a PDF's lines wrapped from one), a PDF's text flattened without its line breaks ("... Circular Road,
  Dungannon Members Present: Councillor Dillon, Chair ... Officers in Mr A Tohill, ... The meeting
  commenced at 7pm C30/16 Apologies Councillor T Quinn C31/16 Declarations ..."): the space before each
  place ``sentences.run_on_break`` names (a label, a minute number, a sentence opening) becomes a line
  break, so each label opens a line and each list ends where the next thing begins.

Both keep every character's offset (a blank for each number character, a line break for one space),
so spans read in this text are spans of the document's.
"""

from __future__ import annotations

import re

from extractors import vocab
from extractors.attendance.labels import label_patterns

# a paragraph longer than this may be run-on text (a line, or a PDF's lines wrapped from one); the parting only matters
# where a label follows, and a list's lines of names are parted only before another label
RUN_ON = 240


def relined(text: str, end: int | None = None) -> str:
    """``text`` with run-on lines parted before labels and minute numbers, and numbers before labels blanked."""
    end = len(text) if end is None else min(end, len(text))
    chars = list(text)
    for m in vocab.regex("attendance", "sentences.bullet_label").finditer(text, 0, end):
        chars[m.start("bullet")] = ":"  # "In Attendance • Ann Roe": the bullet is the label's colon
    text = "".join(chars)
    _part_run_on_lines(text, chars, end)
    for m in vocab.regex("attendance", "sentences.split_label_rest").finditer(text, 0, end):
        chars[m.start("rest") : m.end("rest")] = [" "] * (m.end("rest") - m.start("rest"))
    _blank_label_numbers(chars, end)
    return "".join(chars)


_WRAPPED = 70  # the mean length of a paragraph's lines when a PDF wrapped one run-on line into them

_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*")


def _part_run_on_lines(text: str, chars: list[str], end: int) -> None:
    """Each long paragraph (one run-on line, or a PDF's lines wrapped from it) is parted at ``run_on_break``."""
    for paragraph in _PARAGRAPH.finditer(text, 0, end):
        lines = paragraph.group(0).split("\n")
        # run-on: one long line, or long lines wrapped from one (not a list a name a line, nor a heading over it)
        if paragraph.end() - paragraph.start() > RUN_ON and (max(map(len, lines)) > RUN_ON or sum(map(len, lines)) >= _WRAPPED * len(lines)):
            # read as one line: a PDF wraps it anywhere, inside a label too ("... Mr R Tipper In" / "Attendance: ...",
            # "... Involvement Lead SC/35/2018" / "APOLOGIES AND ...")
            flat = text[: paragraph.start()] + paragraph.group(0).replace("\n", " ")
            for m in vocab.regex("attendance", "sentences.run_on_break").finditer(flat, paragraph.start(), paragraph.end()):
                if chars[m.start()] in " \t\n":
                    chars[m.start()] = "\n"
                    _unwrap_label(flat, chars, m.start() + 1, paragraph.end())


# how far a label (or a minute number and its heading's first word) may run past the break before it
_LABEL_REACH = re.compile(r"[^\n:]{0,40}?:|\S+[ \t\n]+\S+")


def _unwrap_label(flat: str, chars: list[str], start: int, end: int) -> None:
    """A line break a PDF put inside the label that now opens a line ("In" / "Attendance:") becomes a space again
    (``flat``: the text with the paragraph's line breaks read as spaces)."""
    m = _LABEL_REACH.match(flat, start, end)
    if not m:
        return
    for i in range(start, m.end()):
        if chars[i] == "\n":
            chars[i] = " "


def _blank_label_numbers(chars: list[str], end: int) -> None:
    text = "".join(chars)
    start = 0
    while start < end:
        stop = text.find("\n", start, end)
        stop = end if stop < 0 else stop
        line = text[start:stop]
        for m in vocab.regex("attendance", "sentences.label_number").finditer(line):
            a, b = m.span("number")
            blanked = line[:a] + " " * (b - a) + line[b:]
            if not any(pattern.match(line) for pattern, _ in label_patterns()) and any(pattern.match(blanked) for pattern, _ in label_patterns()):
                chars[start + a : start + b] = [" "] * (b - a)
                break
        start = stop + 1
