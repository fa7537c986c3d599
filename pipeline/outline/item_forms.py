"""Forms of item headings the general reader (:mod:`pipeline.outline.general`) tries where no line opens with its number.

- a minute number printed AFTER its heading ("Apologies for Absence 18-252 Cllr ...", "Financial Matters 18-257"),
  read by :func:`extractors.numbering.read_trailing_label` and scored as a sequence;
- items run into one flattened paragraph: "... Item 2. Minutes of ...", "... 2. ADOPTION OF MINUTES (a) ...";
- compound minute numbers run into one flattened line ("... 7pm C30/16 Apologies ... C31/16 Declarations ...");
- a ModernGov page copied without its numbers: paragraphs over "Minutes:" lines;
- an order of business printed with its pages ("1. Apologies ...... 2 2. Adoption of Minutes ...... 2"), which
  names the titles and, in an excerpt, the items the text never reaches.
"""

from __future__ import annotations

import re
from dataclasses import replace

from extractors import vocab
from extractors.numbering import Candidate, Label, best_sequence, heading_score, read_label, read_trailing_label
from schemas.outline import ItemBlock, Line, Outline
from schemas.provenance import Span

MINUTES_ANCHORS = 2  # "Minutes:" lines that make a page of titled paragraphs
CONTENTS_WINDOW = 8000  # characters from the top of the document where an order of business is looked for


TRAILING_SEQUENCE = 3  # numbers after their headings: rarer than before them, so a longer run is asked for


def trailing_heads(lines: list[Line], emphasised: set[int], body: int) -> list[Candidate]:
    """Headings that print their minute number after the title ("Apologies for Absence 18-252 Cllr ...", "Financial
    Matters 18-257"), read where no line opens with its number: the numbers must run in sequence like leading ones,
    at least ``TRAILING_SEQUENCE`` of them."""
    candidates = []
    for i, line in enumerate(lines):
        if line.end <= body or read_label(line.text) is not None:
            continue
        label = read_trailing_label(line.text)
        if label is not None:
            candidates.append(Candidate(i, label, heading_score(line.text[: label.start], emphasised=i in emphasised), {"title_first": True}))
    sequence = best_sequence(candidates, TRAILING_SEQUENCE)
    return [c for c, _ in sequence.members] if sequence is not None and sequence.score >= 2.0 else []


# Items run into one another in text that lost its line breaks: "... Item 2. Minutes of ..." after a sentence ends, or a
# plain number with its full stop or bracket before a heading in capitals ("... 1 Member of the Public 1. APOLOGIES
# RESOLVED ... 2. ADOPTION OF MINUTES (a) ..."): a number inside prose before a word in capitals is rarely anything else.
_INLINE_ITEM = re.compile(r"(?<=[.!?)][ \t])(?:(?i:agenda[ \t]+item|item|minute)[ \t]+(?:(?i:no)\.?[ \t]*)?)(?P<n>\d{1,3})(?P<stop>[.:])?[ \t]+(?=[A-Z])")
_INLINE_CAPITALS = re.compile(r"(?<![\w.,/£$€-])(?P<n>\d{1,2})(?P<stop>[.)])[ \t]+(?=[A-Z][A-Z’\x27&/-]{2,}(?:[ \t,]|$))")
_INLINE_CAPITALS_AT_END = re.compile(r"(?<![\w.,/£$€-])(?P<n>\d{1,2})(?P<stop>[.)])[ \t]*$")
_CAPITALS_START = re.compile(r"[ \t]*[A-Z][A-Z’\x27&/-]{2,}(?:[ \t,]|$)")
INLINE_RUN = 2  # items that must run in sequence


def inline_items(lines: list[Line], body: int) -> list[Candidate]:
    """Items run into one another in text that lost its line breaks (a PDF or a web page read as one paragraph):
    "Item 1. Welcome/apologies ... Item 2. Minutes of ...", each after a sentence ends, or "1. APOLOGIES ... 2.
    ADOPTION OF MINUTES ..." with the heading in capitals. The numbers must run in sequence from near one (a
    reference to "item 7" stands alone); read where no heading starts a line. The longer run of the two forms wins."""
    runs = []
    for form in (_INLINE_ITEM, _INLINE_CAPITALS):
        candidates = []
        for i, line in enumerate(lines):
            if line.end <= body:
                continue
            found = list(form.finditer(line.text))
            if form is _INLINE_CAPITALS and i + 1 < len(lines) and _CAPITALS_START.match(lines[i + 1].text):
                found += list(_INLINE_CAPITALS_AT_END.finditer(line.text))  # "... no apologies. 2." / "ADOPTION OF MINUTES ...": the page's width
            for m in found:
                if line.start + m.start() < body:
                    continue
                label = Label(text=m.group("n"), start=m.start("n"), end=m.end(), schemes=((("", "n", False), int(m.group("n"))),), stop=m.group("stop") == ".")
                candidates.append(Candidate(i, label, 1.0, {"run_in": True}))
        run: list[Candidate] = []  # the numbers one after another from near one ("Item 1.", "Item 2." ...); others are references
        for c in candidates:
            value = int(c.label.text)
            if (not run and value <= 3) or (run and value == int(run[-1].label.text) + 1):
                run.append(c)
        runs.append(run)
    best = max(runs, key=len)
    return best if len(best) >= INLINE_RUN else []


RESTARTED_ITEMS = 3  # headings all numbered "1." that make a web list's entries


def restarting_list(lines: list[Line], candidates: list[Candidate]) -> list[Candidate]:
    """A web page's numbered list saved as text that restarts at "1." for every entry ("  1. Present:", "  1.
    Apologies:", "  1. Minutes of last meeting:" ...): each entry is an item, numbered as printed. Only where at least
    ``RESTARTED_ITEMS`` lines open with the same label at the same indent, most reading as headings, and no line at
    that indent goes on to "2." (then the list counts, and the sequence reads it)."""
    ones = [c for c in candidates if not c.label.alphabetic and not c.label.lettered and c.label.text == "1"]
    if len(ones) < RESTARTED_ITEMS:
        return []
    indent = {lines[c.index].text[: c.label.start] for c in ones}
    stops = {c.label.stop for c in ones}
    if len(indent) != 1 or len(stops) != 1:
        return []
    lead = indent.pop()
    if any(c.label.text != "1" and lines[c.index].text[: c.label.start] == lead and not c.label.alphabetic for c in candidates):
        return []  # "1." then "2.": a counted list
    if sum(c.score > 0 for c in ones) * 3 < len(ones) * 2:
        return []  # lines of prose or decisions ("1. That the report be noted") restarting in each item
    return ones


# A minute number of a compound form inside a line ("... commenced at 7pm C30/16 Apologies Councillor T Quinn C31/16
# Declarations of Interest ..."): a body's letters or none, the minute, a slash or hyphen and the year, then a capital
# (or the end of the line, where the page's width broke it from its title)
_INLINE_MINUTE = re.compile(r"(?<![\w/.,-])(?:[A-Z]{1,3}/?)?\d{1,4}[/-]\d{2,4}(?![\d/-]|\.\d)[.:]?(?:[ \t]+(?=[A-Z])|[ \t]*$)")
INLINE_MINUTES = 3
# ... or two, each before a heading in capitals ("C140/2015 WELCOME ... C141/2015 CONGRATULATIONS ..."): an excerpt's
# first items; a minute referred to in passing is followed by prose, not capitals
INLINE_MINUTES_CAPITALS = 2
_CAPITALS_HEADING = re.compile(r"[ \t]*[A-Z][A-Z’\x27&/-]{2,}(?:[ \t,]|$)")


def inline_minute_numbers(lines: list[Line], body: int) -> list[Candidate]:
    """Minutes flattened into one run-on line (a PDF's text layer read as one paragraph): "C30/16 Apologies ...
    C31/16 Declarations of Interest ... C32/16 Chair's Business ...". A compound minute number is rarely anything
    else, so it is read wherever it stands in a line, but only as a run of at least ``INLINE_MINUTES`` numbers that
    step forward one by one in one scheme (a reference to "minute C12/16" stands alone)."""
    candidates = []
    for i, line in enumerate(lines):
        if line.end <= body:
            continue
        for m in _INLINE_MINUTE.finditer(line.text, 1):
            label = read_label(line.text[m.start() :])
            if label is None or label.start != 0:
                continue
            label = replace(label, start=m.start(), end=m.start() + label.end)
            candidates.append(Candidate(i, label, 1.0, {"run_in": True}))
    runs: list[tuple[tuple, list[Candidate], int]] = []  # (scheme, its numbers so far, the last value)
    for c in candidates:
        for scheme, value in c.label.schemes:
            run = next((r for r in runs if r[0] == scheme and r[2] == value - 1), None)
            if run is not None:
                runs[runs.index(run)] = (scheme, run[1] + [c], value)  # the next number of a run
            else:
                runs.append((scheme, [c], value))  # a number no run wants: a run of its own, or a stray reference
    best = max((r[1] for r in runs), key=len, default=[])
    if len(best) >= INLINE_MINUTES_CAPITALS and all(_before_capitals(lines, c) for c in best):
        return best
    return best if len(best) >= INLINE_MINUTES else []


def _before_capitals(lines: list[Line], c: Candidate) -> bool:
    """Is a run-in number followed by a heading in capitals, on its line or, where it ends the line, on the next?"""
    line = lines[c.index].text
    if line[c.label.end :].strip():
        return _CAPITALS_HEADING.match(line, c.label.end) is not None
    return c.index + 1 < len(lines) and _CAPITALS_HEADING.match(lines[c.index + 1].text) is not None


def titled_minutes_blocks(lines: list[Line], body: int) -> list[Candidate]:
    """A ModernGov page copied without its item numbers: each item a paragraph, its title on the first line, what the
    agenda said under it, then "Minutes:" alone on a line over what was minuted. The "Minutes:" lines (at least
    ``MINUTES_ANCHORS``) anchor the items; the first line of each one's paragraph is the title."""
    anchor = vocab.regex("layout", "moderngov_page.minutes_line")
    anchors = [i for i, line in enumerate(lines) if line.start >= body and anchor.match(line.text)]
    if len(anchors) < MINUTES_ANCHORS:
        return []
    heads: list[Candidate] = []
    floor = -1
    for a in anchors:
        k = a
        while k - 1 > floor and lines[k - 1].stripped and lines[k - 1].start >= body:
            k -= 1  # up to the blank line (or the last block's anchor) that opens this item's paragraph
        if k == a or k - 1 == floor or (heads and k <= heads[-1].index):
            return []  # a "Minutes:" with no title over it, or no blank line apart from the last minutes: not this form
        heads.append(Candidate(k, Label(text="", start=0, end=0, schemes=()), 1.0, {"unnumbered": True}))
        floor = a
    return heads


# "1. Apologies ...... 2 2. Adoption of Minutes ...... 2 3. Grass Cutting Contracts 2019 ...... 2": an order of
# business printed with its page numbers after dotted leaders, one entry a line or run together (a title may wrap)
_CONTENTS_ENTRY = re.compile(r"(?<![\w.])(?P<n>\d{1,3})\.?[ \t]+(?P<title>[A-Z][^.\n]*?(?:\n[^.\n]*?)?)[ \t]*\.{3,}[ \t]*(?P<page>\d{1,3})(?!\d)")
CONTENTS_ENTRIES = 3


def contents_list(text: str, body: int) -> list[re.Match]:
    """The entries of an order of business printed with page numbers (numbered 1, 2, 3 ... in order, at least
    ``CONTENTS_ENTRIES``), in the first part of the document, or []."""
    entries: list[re.Match] = []
    for m in _CONTENTS_ENTRY.finditer(text, body, min(len(text), body + CONTENTS_WINDOW)):
        if int(m.group("n")) == len(entries) + 1:
            entries.append(m)
        elif entries:
            break
    return entries if len(entries) >= CONTENTS_ENTRIES else []


def with_contents(outline: Outline, text: str, contents: list[re.Match]) -> None:
    """Minutes that print their order of business with its pages: a body title run on into its minutes ("3. Grass
    Cutting Contracts 2019 Members considered ...") is the listed title, and the items listed after the last one the
    text reaches (an excerpt, a copy cut short) are items too, titled and numbered as listed, with no minutes."""
    listed = {m.group("n"): re.sub(r"\s+", " ", m.group("title")).strip() for m in contents}
    reached = 0
    for item in outline.items:
        number = (item.number_text or "").rstrip(".")
        title = listed.get(number)
        if title is None:
            continue
        reached = max(reached, int(number))
        got = item.title_text if item.title_text is not None else (text[item.title.start : item.title.end] if item.title else "")
        if got and got.lower().startswith(title.lower()) and len(got) > len(title):
            item.title_text = title
    if not outline.items or reached == 0:
        return
    for m in contents:
        if int(m.group("n")) <= reached:
            continue
        item = ItemBlock(block=Span(start=m.start(), end=m.end()))
        item.number = Span(start=m.start("n"), end=m.end("n"))
        item.number_text = m.group("n") + ("." if text[m.end("n") : m.end("n") + 1] == "." else "")
        item.title = Span(start=m.start("title"), end=m.end("title"))
        item.title_text = listed[m.group("n")]
        outline.items.append(item)
