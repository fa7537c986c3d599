"""Page furniture: the running heads and feet a printer repeats on every page.

A browser prints the date, the page title, the URL and "1/4" on each page; a
council's Word template prints "Minute Book 1233" or "Chair's initials ……".
Left in the text they end up inside the paragraph that runs over the page
break ("... be approved. 07/12/2026, 09:14 Agenda and minutes for ...").

A line is furniture when it sits among the first or last few lines of its
page and the same line, digits aside, is there on most pages (at least two);
the first page keeps its head, which is the document's own title there,
unless the reader knows where and how large the lines are set
(``PageText.meta["edge_positions"]``, from the PDF reader) and the first
page's copy is set smaller than the page's text, where the other pages set
theirs: a Word running head ("Parish Council – 8 May 2012") printed above the
title, not the title.
Bare page numbers ("3", "Page 3", "- 3 -", "Page 3 of 7") are not removed:
they give the printed page numbers.

A page's foot needs no second page when the type shows it
(:func:`remove_page_feet`): the page's last line, set smaller than the
page's text, in the bottom tenth of the page, carrying the page's number
("Little Marsh Parish Council ... 1", "Minutes - Page 1"), is a footer even
on a document of one page, which has nothing to compare it with.
"""

from __future__ import annotations

import re
from schemas.source_document import PageText

LINE_MARKS = ("emphasised_lines", "emphasised_whole")  # per-page lists of line offsets kept right
EDGE_LINES = 3  # how far from the top or the foot of a page furniture sits
_DIGITS = re.compile(r"\d+")
_PAGE_NUMBER = re.compile(r"^\s*(?:[-–—]\s*)?(?:Page\s+)?\d{1,4}(?:\s+of\s+\d{1,4})?(?:\s*[-–—])?\s*$", re.I)


def _shape(line: str) -> str:
    return _DIGITS.sub("#", " ".join(line.split())).lower()


def _runs_with_pages(found: list[tuple[int, list[int]]]) -> bool:
    """Does each number in the line stay the same from page to page, or count the pages?

    A running head's date and a foot's "2/4" or "Minute Book 1234" do; the
    "(Item 3)" that happens to open several pages does not.
    """
    width = len(found[0][1])
    if any(len(numbers) != width for _, numbers in found):
        return False
    for k in range(width):
        values = [numbers[k] for _, numbers in found]
        steps = {numbers[k] - index for index, numbers in found}
        if len(set(values)) > 1 and len(steps) > 1:
            return False
    return True


def _edges(lines: list[str]) -> list[int]:
    """Indexes of the non-blank lines at the top and the foot of a page."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    return sorted(set(filled[:EDGE_LINES] + filled[-EDGE_LINES:]))


def remove_furniture(pages: list[PageText]) -> None:
    """Drop running heads and feet from the pages' texts, keeping each page's emphasised-line offsets right."""
    if len(pages) < 2:
        return
    split = [p.text.split("\n") for p in pages]
    seen: dict[str, list[tuple[int, list[int]]]] = {}
    for index, lines in enumerate(split):
        shapes = {}
        for i in _edges(lines):
            if not _PAGE_NUMBER.match(lines[i]) and re.search(r"[A-Za-z]", lines[i]):
                shapes.setdefault(_shape(lines[i]), [int(d) for d in _DIGITS.findall(lines[i])])
        for shape, numbers in shapes.items():
            seen.setdefault(shape, []).append((index, numbers))
    off_place = _copies_out_of_place(pages, split, seen)
    texty = sum(1 for p in pages if p.text.strip())
    repeated = set()
    for shape, found in seen.items():
        found = [(index, numbers) for index, numbers in found if (shape, index) not in off_place]
        if len(found) >= 2 and len(found) * 2 >= texty and _runs_with_pages(found):
            repeated.add(shape)
    if not repeated:
        return
    for number, (page, lines) in enumerate(zip(pages, split)):
        drop = {i for i in _edges(lines) if _shape(lines[i]) in repeated and not _PAGE_NUMBER.match(lines[i]) and (_shape(lines[i]), number) not in off_place}
        if number == 0:  # the first page's head is the document's own title ("COUNTY COUNCIL / 13 March 2025"): kept
            filled = [i for i, line in enumerate(lines) if line.strip()]
            drop -= {i for i in filled[:EDGE_LINES] if not _printed_in_place(pages, lines[i])}
        if not drop:
            continue
        _drop_lines(page, lines, drop)
        page.meta["furniture_removed"] = len(drop)


PLACE_TOLERANCE = 2.0  # points: the same running head sits at the same height on every page


def _place(page: PageText, line: str) -> tuple[str, float] | None:
    """Where ``line`` is set on its page: ``("head", points below the top)`` or ``("foot", points above the
    foot)``, measured from the page's nearer edge so a taller or a landscape page agrees; ``None`` when the
    reader did not record it (OCR, the pdfplumber engine, a page with characters outside the BMP)."""
    at = ((page.meta.get("edge_positions") or {}).get("lines") or {}).get(line.strip())
    height = page.meta.get("height")
    if at is None or not height:
        return None
    baseline = at[0]
    return ("head", height - baseline) if baseline > height / 2 else ("foot", baseline)


def _copies_out_of_place(pages: list[PageText], split: list[list[str]], seen: dict) -> set[tuple[str, int]]:
    """The copies of a repeated edge line (``(shape, page number)``) that are not set where its other copies are.

    A printer sets a running head or foot at one place on every page.  Body
    text that happens to repeat at a page break ("Min 102. UKSPF Programme
    amendment." closing one page and, a declaration later, near the top of
    the next) sits at the foot of one page and the head of the other: it is
    text, not furniture.  The place most copies share is the line's place; a
    copy set elsewhere is kept.  Copies whose place is not known agree with
    any place (the words alone decide, as before).
    """
    out: set[tuple[str, int]] = set()
    for shape, found in seen.items():
        if len(found) < 2:
            continue
        places: dict[int, tuple[str, float]] = {}
        for index, _ in found:
            line = next((l for l in split[index] if _shape(l) == shape), None)
            place = _place(pages[index], line) if line is not None else None
            if place is not None:
                places[index] = place
        if len(places) < 2:
            continue

        def agreeing(p: tuple[str, float]) -> int:
            return sum(1 for q in places.values() if q[0] == p[0] and abs(q[1] - p[1]) <= PLACE_TOLERANCE)

        home = max(places.values(), key=agreeing)
        if agreeing(home) < 2:
            out |= {(shape, index) for index in places}  # no two copies share a place: text that repeats
            continue
        out |= {(shape, index) for index, p in places.items() if not (p[0] == home[0] and abs(p[1] - home[1]) <= PLACE_TOLERANCE)}
    return out
SMALLER = 0.95  # a running head is set smaller than the page's text; a title repeated on every page is not


def _printed_in_place(pages: list[PageText], line: str) -> bool:
    """Is ``line`` on the first page a running head: set smaller than the page's text, at the height
    where every other page sets its copy?  (A title each page repeats, as on a decision notice's
    pages, is set large, and stays.)"""
    shape = _shape(line)
    edges = pages[0].meta.get("edge_positions") or {}
    first = edges.get("lines", {}).get(line.strip())
    if first is None or not first[1] < edges.get("body", 0) * SMALLER:
        return False
    heights = [at[0] for page in pages[1:] for text, at in (page.meta.get("edge_positions") or {}).get("lines", {}).items() if _shape(text) == shape]
    return bool(heights) and all(abs(y - first[0]) <= PLACE_TOLERANCE for y in heights)


def _drop_lines(page: PageText, lines: list[str], drop: set[int]) -> None:
    """Remove the lines ``drop`` from the page's text, moving its line-offset marks and OCR word offsets with the text."""
    marked = {key: set(page.meta.get(key, ())) for key in LINE_MARKS if key in page.meta}
    kept, moved, offset, old = [], {key: [] for key in marked}, 0, 0
    shifts: list[tuple[int, int, int]] = []  # kept lines: (old start, old end, how far they move back)
    for i, line in enumerate(lines):
        if i not in drop:
            lead = len(line) - len(line.lstrip())
            for key, offsets in marked.items():
                if old + lead in offsets:
                    moved[key].append(offset + lead)
            kept.append(line)
            shifts.append((old, old + len(line), old - offset))
            offset += len(line) + 1
        old += len(line) + 1
    joined = "\n".join(kept)
    page.text = joined.strip("\n")
    lead_blank = len(joined) - len(joined.lstrip("\n"))
    for key, offsets in moved.items():
        page.meta[key] = [o - lead_blank for o in offsets if o >= lead_blank]
    if "ocr_words" in page.meta:
        page.meta["ocr_words"] = _move_words(page.meta["ocr_words"], shifts, lead_blank)


def _move_words(words: list[dict], shifts: list[tuple[int, int, int]], lead_blank: int) -> list[dict]:
    """OCR words (``start``/``end`` offsets in the page text) on the kept lines, at their new offsets; words of dropped lines go."""
    moved = []
    for word in words:
        for start, end, back in shifts:
            if start <= word["start"] and word["end"] <= end:
                moved.append({**word, "start": word["start"] - back - lead_blank, "end": word["end"] - back - lead_blank})
                break
    return moved


def remove_page_numbers(pages: list[PageText]) -> None:
    """Drop the printed page-number line ("3", "Page 3 of 7", "- 3 -") from the top or foot of each page.

    Run after the printed numbers are read (``PageText.printed`` keeps them):
    left in the text, "Page 2" ends up inside the resolution that runs over
    the page break.
    """
    for page in pages:
        if page.printed is None:
            continue
        lines = page.text.split("\n")
        filled = [i for i, line in enumerate(lines) if line.strip()]
        edges = filled[:1] + filled[-1:]
        drop = {i for i in edges if _PAGE_NUMBER.match(lines[i]) and page.printed in _DIGITS.findall(lines[i])}
        if drop:
            _drop_lines(page, lines, drop)


FOOT_ZONE = 0.1  # a footer sits in the bottom tenth of the page (A4: the lowest 84 points)
_NUMBER_WORD = re.compile(r"(?<![\w/.,:-])\d{1,4}(?![\w/]|[.,:-]\d)")


def remove_page_feet(pages: list[PageText]) -> None:
    """Drop each page's footer that the type shows without repetition, and read the page number it carries.

    The last line of a page (in the text's order: or its first, a footer a
    template draws before the body) is a footer when the reader recorded it
    (``edge_positions``) set smaller than the page's text, in the bottom
    tenth of the page, and a number of its own in it is the page's number
    (its printed number when known, else its place in the document): a
    one-page document's "Little Marsh Parish Council ... 1" would otherwise
    end the last paragraph ("... be cut. Little Marsh Parish Council 1").
    A registration number or a date in the foot is not the page's number:
    the line stays.
    """
    for page in pages:
        lines = page.text.split("\n")
        filled = [i for i, line in enumerate(lines) if line.strip()]
        if len(filled) < 2:
            continue
        # the last line in the text, or the first: a footer drawn before the body comes first in the text
        found = next(((i, n) for i in (filled[-1], filled[0]) if (n := _page_number_in_foot(page, lines[i])) is not None), None)
        if found is None:
            continue
        index, number = found
        _drop_lines(page, lines, {index})
        page.meta["furniture_removed"] = page.meta.get("furniture_removed", 0) + 1
        if page.printed is None:
            page.printed = number


def _page_number_in_foot(page: PageText, line: str) -> str | None:
    """The page's number when ``line`` is set as a footer (small, at the foot) and carries it, else None."""
    edges = page.meta.get("edge_positions") or {}
    at = edges.get("lines", {}).get(line.strip())
    height = page.meta.get("height")
    if at is None or not height or not at[1] < edges.get("body", 0) * SMALLER or at[0] > height * FOOT_ZONE:
        return None
    wanted = page.printed or str(page.index)
    return wanted if wanted in _NUMBER_WORD.findall(line) else None
