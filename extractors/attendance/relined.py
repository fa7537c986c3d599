"""The text as the attendance labels read it: same length as the document's, lines where the labels need them.

Labels (``[[label]]`` in attendance.toml) are read at the start of a line. Minutes put them where a
line does not start:

- after the number of the item they are ("2. PRESENT Mayor Cllr A Lee; ...", "1/ Members present",
  "2010/01/01 PRESENT", "C30/16 Apologies Councillor T Quinn"), or with a minute number between the
  label and the names ("Present 18-251 Cllr K Jolley (Chair), ..."): the number is blanked out
  (``sentences.label_number``, a ``number`` group), but only where a label then opens the line;
- inside one long run-on line, a PDF's text flattened without its line breaks ("... Circular Road,
  Dungannon Members Present: Councillor Dillon, Chair ... Officers in Mr A Tohill, ... The meeting
  commenced at 7pm C30/16 Apologies Councillor T Quinn C31/16 Declarations ..."): the space before each
  place ``sentences.run_on_break`` names (a label, a minute number, a sentence opening) becomes a line
  break, so each label opens a line and each list ends where the next thing begins.

Both keep every character's offset (a blank for each number character, a line break for one space),
so spans read in this text are spans of the document's.
"""

from __future__ import annotations

from extractors import vocab
from extractors.attendance.labels import label_patterns

# a line longer than this is a run-on line (a paragraph of minutes prose is rarely this long without a label in it;
# the parting only matters where a label follows)
RUN_ON = 240


def relined(text: str, end: int | None = None) -> str:
    """``text`` with run-on lines parted before labels and minute numbers, and numbers before labels blanked."""
    end = len(text) if end is None else min(end, len(text))
    chars = list(text)
    _part_run_on_lines(text, chars, end)
    _blank_label_numbers(chars, end)
    return "".join(chars)


def _part_run_on_lines(text: str, chars: list[str], end: int) -> None:
    start = 0
    while start < end:
        stop = text.find("\n", start, end)
        stop = end if stop < 0 else stop
        if stop - start > RUN_ON:
            for m in vocab.regex("attendance", "sentences.run_on_break").finditer(text, start, stop):
                if chars[m.start()] in " \t":
                    chars[m.start()] = "\n"
        start = stop + 1


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
