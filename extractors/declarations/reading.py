"""What a declaration says after the member: the kind of interest, the item it concerns, the reason and
what the member did, read from the rest of the sentence (:func:`read_tail`) or from a list entry
(:func:`read_entry`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.declarations.items import names_subject
from extractors.declarations.regions import Region
from extractors.declarations.rules import rules
from extractors.names import parse_name
from extractors.text import squash
from schemas.provenance import Span


@dataclass
class Found:
    """A declaration as read from the text, before it becomes a record."""

    span: Span
    names: list[str]
    interest_type: str | None = None
    description: str | None = None
    action: str | None = None
    reference: str | None = None  # "item 48" / the quoted title
    number: str | None = None  # "48"
    numbers: list[str] | None = None  # "Items 11 and 12": each item named, when there are several
    title: str | None = None  # the title words the declaration quotes
    titles: list[str] | None = None  # "in the items on A and B": each item's business, when it names several
    late: bool = False
    region: Region | None = None
    item_position: int | None = None
    tail: str = ""  # the sentence after "... interest"


def interest_type(words: str | None) -> str | None:
    """``"a non pecuniary "`` -> ``"non-pecuniary"``; no type words -> None."""
    words = squash(words or "")
    for name, pattern in rules().types:
        if pattern.search(words):
            return name
    return None


_TYPE_WORDS = re.compile(r"(?P<type>(?:[\w'’]+(?:-\s?[\w'’]+)*\s+){0,4}?)interests?\b", re.I)  # a lone dash is a separator
_NO_KIND = re.compile(r"\b(?:any|their|his|her|no|all|declare|of)\s+$", re.I)  # words before "interests" that name no kind
_FIRST_WORDS = re.compile(r"^[\s,;:–—-]*+(?P<words>[\w'’-]+(?:\s+[\w'’-]+){0,3}?)\s*(?:[–—,;:(]|\s-\s)")  # the words before a separator
_DOUBLED_SEPARATOR = re.compile(r"\s[–—-](?:\s+[–—-])+\s")


_LISTED_NUMBER = re.compile(r"\d{1,4}(?:/\d{2,4})?[a-z]?(?:\s*\((?:[a-z]|\d{1,2})\))?")


def set_reference(f: Found, ref: re.Match[str]) -> None:
    """The item(s) a match of the ``reference`` vocabulary names: one number ("item 48"), or each of several ("Items 11
    and 12")."""
    listed = _LISTED_NUMBER.findall(ref.group("ref"))
    f.reference = ref.group("ref")
    f.number = ref.group("number") if len(listed) == 1 else None
    f.numbers = listed if len(listed) > 1 else None


def read_entry(tail: str, f: Found) -> bool:
    """Fill item, type, reason and action from a list entry's words after the name ("item 7 – non-pecuniary
    interest (plot holder)", "Church House", "Item 7 – Personal"); False when they tell nothing of an interest
    (a sentence about something else: lower-case words with no item and no kind of interest)."""
    r = rules()
    body = squash(tail).rstrip(" .;")
    f.action = _action_of(body)
    ref = r.reference.search(body)
    if ref:
        set_reference(f, ref)
        body = f"{body[: ref.start()]} {body[ref.end() :]}"
    kind = _TYPE_WORDS.search(body)
    general = bool(kind and _NO_KIND.search(kind.group("type")))
    if general:
        kind = None  # "Chairman, reminded members to declare any interests": a sentence about interests, no entry
    if kind:
        f.interest_type = interest_type(kind.group("type"))
        body = f"{body[: kind.start()]} {body[kind.end() :]}"
    elif len(body.split()) <= 3 and interest_type(body):  # "Item 7 – Personal"
        f.interest_type, body = interest_type(body), ""
    elif (first := _FIRST_WORDS.match(body)) and interest_type(first.group("words")):  # "Personal – plot holder"
        f.interest_type, body = interest_type(first.group("words")), body[first.end("words") :]
    body = re.sub(r"^[\s,;:–—()-]+|[\s,;:–—()-]+$", "", _DOUBLED_SEPARATOR.sub(" – ", squash(body)))
    start_reason = r.reason_at_start.match(body)
    description = _clean(body[start_reason.end() :] if start_reason else body)
    f.description = description or None
    if f.number or f.numbers or f.interest_type or kind or names_subject(description):
        return True
    return not general and bool(description) and description[0].isupper() and len(description.split()) <= 8


def _reference_before(text: str, start: int, f: Found) -> None:
    """ "Item 7: Cllr B Jones declared a personal interest", "Prior to consideration of agenda item 14 ..., Councillor
    X declared a personal interest in the item": the item named before the member, in the same sentence."""
    lead = text[start : f.span.start]
    if len(lead) > 160:
        return
    refs = list(rules().reference.finditer(lead))  # "During discussion of notice of motion no. 8 (minute no. 6 refers), Cllr X"
    ref = refs[-1] if refs else None
    if ref:
        set_reference(f, ref)


def read_tail(tail: str, f: Found) -> None:
    """Fill item reference, title, reason and action from what follows "... interest"."""
    r = rules()
    body = squash(tail).rstrip(" .;")
    f.action = _action_of(body)
    start_reason = r.reason_at_start.match(body)
    if start_reason:
        f.description = _clean(body[start_reason.end() :])
        return
    ref = r.reference.search(body)
    if ref and ref.start() <= 40:
        set_reference(f, ref)
        rest = body[ref.end() :]
        start_reason = r.reason_at_start.match(rest)
        if start_reason:  # "in item 5 as he ..."
            f.description = _clean(rest[start_reason.end() :])
            return
        reason = r.reason_after_separator.search(rest) or r.reason_strong.search(rest)
        if re.match(r"[\s\xa0]*[A-Z(“\"'‘,:;–—-]", rest):  # the item's title follows its number
            f.title = _clean(rest[: reason.start()] if reason else rest) or None
        if reason:
            f.description = _clean(rest[reason.end() :])
        return
    refers = _REFERS.search(body)
    if refers:  # "... in this matter by virtue of ... (minute no. 16 (b) refers)"
        f.reference, f.number = refers.group("ref"), refers.group("number")
        body = body[: refers.start()].rstrip(" ,;.")
    about = r.about_at_start.match(body)
    reason = r.reason_after_separator.search(body) or r.reason_strong.search(body)
    if about:
        f.title = _clean(body[about.end() : reason.start() if reason else len(body)]) or None
        if f.title and _THE_ITEM.fullmatch(f.title):
            f.title = None  # "in the item", "in this item": the item is named elsewhere (before, or by where it is said)
    if reason:
        f.description = _clean(body[reason.end() :])
    _several_subjects(f)


# "in the items on Whitsun Week and the lottery licence": several items named by what they are about, each a declaration.
_ITEMS_ON = re.compile(r"^the\s+items\s+(?:on|of|about|concerning|regarding|relating\s+to)\s+(?P<list>.+)$", re.I)
# "..., and one item of planning on the basis ...": one more item, named after the reason of the first.
_ONE_MORE_ITEM = re.compile(
    r"(?:,\s*|\s+)and\s+(?:one|an|another|a\s+further)\s+item\s+(?:on|of|about|concerning|regarding|relating\s+to)\s+(?P<subject>.+?)"
    r"(?=\s+(?:on\s+the\s+basis|as|because|since|in\s+that|due\s+to)\b|[,;.]|$)",
    re.I,
)


def _several_subjects(f: Found) -> None:
    """The items a declaration names by their business, when it names several: ``f.titles``, one declaration each."""
    subjects: list[str] = []
    many = _ITEMS_ON.match(f.title or "")
    if many:
        subjects = [s for s in re.split(r"\s*,\s*|\s+and\s+", many.group("list")) if s.strip()]
    more = _ONE_MORE_ITEM.search(f.description or "")
    if more:
        subjects = subjects or ([f.title] if f.title else [])
        subjects.append(more.group("subject"))
        f.description = _clean(f.description[: more.start()])
    if len(subjects) > 1:
        f.titles = subjects


# The item named in brackets at the end: "(minute no. 16 (b) refers)", "(minute 28 below)", "(see item 7)", "(Min. 24/113)".
_REFERS = re.compile(
    r"\(\s*(?:see\s+)?(?P<ref>(?:minute|item|agenda\s+item|min\.?)s?\s*(?:no\.?\s*)?(?P<number>\d{1,4}(?:/\d{2,4})?[a-z]?)(?:\s*\((?:[a-z]|\d{1,2})\))?)"
    r"(?:\s+(?:below|above|overleaf|later|refers?))*\s*\)",
    re.I,
)
_THE_ITEM = re.compile(r"(?:the|this|that)\s+(?:same\s+)?(?:item|matter|agenda\s+item)", re.I)


_ACTION_CLAUSE = re.compile(
    r"(?:,\s*|\s+)(?:and|but)\s+(?:(?:he|she|they)\s+)?(?=(?:left|withdrew|did|took|remained|stayed|abstained)\b).*$", re.I
)


def _clean(text: str) -> str:
    text = _ACTION_CLAUSE.sub("", squash(text))
    text = text.strip(" ,;:.–—-\"'“”‘’")
    if text.startswith("(") and text.endswith(")") and text.count("(") == 1:
        text = text[1:-1]
    return re.sub(r"\s*[–—-]$", "", text).strip()


def _action_of(text: str) -> str | None:
    """What the member did: remained / left / did not vote / left and did not vote / took no part."""
    acts = rules().actions
    has = {k: any(p.search(text) for p in ps) for k, ps in acts.items()}
    if has["left"] and (has["did_not_vote"] or has["took_no_part"]):
        return "left and did not vote"
    if has["left"]:
        return "left"
    if has["did_not_vote"]:
        return "did not vote"
    if has["took_no_part"]:
        return "took no part"
    if has["remained"]:
        return "remained"
    return None


def _refers_back(sentence: str, names: list[str]) -> bool:
    """Does a following sentence speak of the member who declared ("He remained ...")?"""
    first = sentence.strip().split(" ")[0].lower() if sentence.strip() else ""
    if first in ("he", "she", "they", "the"):
        return True
    surnames = {parse_name(n).surname.lower() for n in names}
    return any(w.strip(".,").lower() in surnames for w in sentence.split()[:4])
