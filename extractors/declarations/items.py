"""Which agenda item a declaration concerns: by the title words it quotes, else by the printed number; and the number
stored for it (:func:`top_level_number`) when the document does not hold the item (minutes of items 1-9 with "declared
an interest in agenda item 28", an excerpt)."""

from __future__ import annotations

import re

from extractors.declarations.regions import _undrop
from extractors.declarations.rules import rules
from extractors.text import squash


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", text.lower()) if len(w) > 1 and w not in {"and", "of", "the", "for", "on", "in", "to", "a"}}


def link_item(items: list, number: str | None, title: str | None) -> int | None:
    """Position of the item a declaration names: by quoted title words, else by printed number; a sub-item ("agenda
    item 17(13)", "item 3a") is declared on the top-level item that holds it when no item is printed with that number."""
    by_title = _item_by_title(items, title) if title else None
    if by_title is not None:
        return by_title
    if number:
        bare = re.sub(r"\s+", "", number).lower()
        top = re.match(r"\d+", bare)
        for wanted in dict.fromkeys([bare, top.group(0) if top else bare]):
            for position, block in enumerate(items, start=1):
                printed = re.sub(r"\s+", "", block.number_text or "").lower()
                if printed and (printed == wanted or printed.rstrip(".") == wanted):
                    return position
        return _by_last_part(items, bare)
    return None


def _by_last_part(items: list, wanted: str) -> int | None:
    """ "declared an interest in Item 11" where every item is numbered under one prefix ("16/01/1" ... "16/01/11": the
    meeting's year and month): the item whose last part is the number. Not minutes numbered "95/20", "96/20" (a
    minute and its year: no shared prefix)."""
    printed = [(position, re.sub(r"\s+", "", block.number_text or "").rstrip(".")) for position, block in enumerate(items, start=1)]
    parts = [(position, re.match(r"^(?P<prefix>.+[/.])(?P<last>[^/.]+)$", number)) for position, number in printed if number]
    if len(parts) < 2 or not all(m for _, m in parts) or len({m.group("prefix") for _, m in parts}) != 1:
        return None
    found = [position for position, m in parts if m.group("last").lower() == wanted]
    return found[0] if len(found) == 1 else None


def under_shared_prefix(items: list, number: str | None) -> str | None:
    """ "declared an interest in Item 11" in minutes whose every item is numbered under one prefix of two or more parts
    ("16/01/4", "16/01/6": the meeting's year and month) names item "16/01/11", even when this document (an excerpt, an
    outline that missed it) does not hold it. None when the items share no such prefix or the number is no bare number."""
    if not number or not re.fullmatch(r"\d{1,3}", number.strip()):
        return None
    printed = [re.sub(r"\s+", "", block.number_text or "").rstrip(".") for block in items]
    parts = [re.match(r"^(?P<prefix>(?:[^/.]+[/.]){2,})(?P<last>\d{1,3})$", n) for n in printed if n]
    if len(parts) < 2 or not all(parts) or len({m.group("prefix") for m in parts if m}) != 1:
        return None
    return f"{parts[0].group('prefix')}{number.strip()}" if parts[0] else None


def whole_number_part(items: list, number: str | None) -> str | None:
    """ "Agenda Item 6.2" in minutes whose items are numbered with whole numbers ("1.", "2.", "3.") names a part of item
    6: "6". None when the number is no dotted one, or the document numbers its items with dots itself ("19.03.4", "4.1")
    or not at all (then the reference is kept as printed)."""
    m = re.fullmatch(r"(\d{1,3})\.\d{1,3}", (number or "").strip())
    printed = [re.sub(r"\s+", "", block.number_text or "").rstrip(".") for block in items]
    if m is None or not printed or not all(re.fullmatch(r"\d{1,3}", n) for n in printed):
        return None
    return m.group(1)


# What the reference vocabulary captures as one item's number: "17", "103/20" (a minute and its year), "7a", "17(13)", "5 (b)".
_ONE_NUMBER = re.compile(r"\d{1,4}(?:/\d{2,4})?[a-z]?(?:\s*\((?:[a-z]|\d{1,2})\))?", re.I)
_BRACKETED_PART = re.compile(r"\s*\([^()]*\)\s*$")


def top_level_number(number: str | None) -> str | None:
    """The top-level item a printed reference's number names, as the minutes print item numbers.

    A bracketed part is a part *within* an item, never an item's own number
    (:mod:`extractors.numbering` reads no label of that form): "17(13)" -> "17",
    "5 (b)" -> "5". A letter stays: "7a" -> "7a", since a lettered label can
    number an item of its own in a document's sequence ("4, 4a, 4b, 5" is one
    chain of items in :func:`extractors.numbering.step_score`), and when the
    document prints only "7", :func:`link_item` has already linked the
    declaration to it. A minute's year stays: "103/20" is one item's number.
    """
    if not number:
        return None
    bare = _BRACKETED_PART.sub("", number).strip()
    return re.sub(r"\s+", "", bare) or None


def number_in_reference(reference: str | None) -> str | None:
    """The top-level number of the one item a stored ``item_reference`` names ("agenda item 17(13)" -> "17");
    None when it names several ("Items 11 and 12": which row is which is not in the text) or quotes only a title
    ("the Budget 2024/25": its digits are no item number)."""
    m = rules().reference.search(reference or "")
    if not m:
        return None
    listed = _ONE_NUMBER.findall(m.group("ref"))
    return top_level_number(m.group("number")) if len(listed) == 1 else None


def _item_by_title(items: list, title: str) -> int | None:
    quoted = _words(title)
    if len(quoted) < 2:
        return None
    scored = []
    for position, block in enumerate(items, start=1):
        words = _words(_undrop(squash(block.title_text or "")))
        if words:
            scored.append((len(quoted & words) / len(quoted), len(quoted & words) / len(words), position))
    scored.sort(reverse=True)
    if scored and scored[0][0] >= 0.8 and scored[0][1] >= 0.5 and (len(scored) == 1 or scored[1][:2] < scored[0][:2]):
        return scored[0][2]
    return None


def names_subject(words: str) -> bool:
    """Do these words name a kind of business the vocabulary knows an item for ("planning application ...")?"""
    return any(about.search(words) for about, _ in rules().subjects)


# An item where members declare (interests, lobbying, gifts): a declaration is never ON it, whatever business its title
# names ("DECLARATIONS OF LOBBYING (... MEMBERS TAKING PART IN THE PLANNING PROCESS ...)" is no planning item).
_DECLARING_ITEM = re.compile(r"^\W*(?:\d[\w./-]*\s+)?(?:declarations?|disclosures?)\b", re.I)


def link_by_subject(items: list, words: str) -> int | None:
    """Position of the one item whose title names the business the declaration's words name, or None (an item where
    members declare does not count)."""
    for about, title in rules().subjects:
        if about.search(words):
            found = [
                p
                for p, block in enumerate(items, start=1)
                if title.search(t := _undrop(squash(block.title_text or ""))) and not _DECLARING_ITEM.match(t)
            ]
            if len(found) == 1:
                return found[0]
    return None
