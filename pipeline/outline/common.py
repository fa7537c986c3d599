"""Helpers shared by the text outliners: header fields, titles, page ranges."""

from __future__ import annotations

import re

from extractors import vocab
from schemas.outline import ItemBlock, Line, Outline, lines_of, trimmed
from schemas.provenance import Span

HEADER_FIELDS = ("venue", "date", "time", "contact", "published")


def find_header_fields(text: str, outline: Outline, start: int = 0, end: int | None = None) -> None:
    """Fill ``outline.fields`` from labelled lines (``Venue:``, ``Contact:`` ...) in ``text[start:end]``.

    The first match of each field wins; fields already set are kept.
    """
    end = len(text) if end is None else end
    for name in HEADER_FIELDS:
        if name in outline.fields:
            continue
        m = vocab.regex("layout", f"header.{name}").search(text, start, end)
        if m:
            outline.fields[name] = Span(start=m.start("value"), end=m.end("value"))
    for name in ("quorum", "email", "phone"):
        if name in outline.fields:
            continue
        m = vocab.regex("layout", f"header.{name}").search(text, start, end)
        if m:
            outline.fields[name] = Span(start=m.start("value"), end=m.end("value"))
    m = vocab.regex("layout", "header.meeting_title_line").search(text, start, end)
    if m:
        _set_groups(outline, m, ("committee", "date", "time"))
        if m.group("cancelled"):
            outline.values["status"] = "cancelled"


def _set_groups(outline: Outline, m: re.Match, names: tuple[str, ...]) -> None:
    for name in names:
        if m.group(name) and name not in outline.fields:
            outline.fields[name] = Span(start=m.start(name), end=m.end(name))


def clean_title(raw: str) -> tuple[str, str | None]:
    """Strip rendering noise (``pdf icon PDF 137 KB``, ``**``) and split off a report-type prefix."""
    title = vocab.regex("layout", "items.title_noise").sub("", raw).strip()
    report_type = None
    m = vocab.regex("layout", "items.report_type_prefix").match(title)
    if m:
        report_type = m.group("type").strip()
        title = title[m.end() :].strip()
    return title, report_type


def set_title(block: ItemBlock, text: str, span: Span | None) -> None:
    """Give ``block`` its title from ``span``, cleaned; fall back to inference."""
    block.title = span
    if span is not None:
        title, report_type = clean_title(text[span.start : span.end])
        page_range = vocab.regex("layout", "items.page_range").search(title)
        if page_range:
            apply_page_range(block, page_range)
            title = (title[: page_range.start()] + title[page_range.end() :]).strip()
        block.title_text = title or None
        block.report_type = report_type


def apply_page_range(block: ItemBlock, m: re.Match) -> None:
    if m.group("follow"):
        block.to_follow = True
    elif m.group("single"):
        block.page_start = block.page_end = int(m.group("single"))
    else:
        block.page_start, block.page_end = int(m.group("start")), int(m.group("end"))


def infer_title(block: ItemBlock, text: str) -> None:
    """Give an untitled standard item its usual title, from its description."""
    if block.title_text or block.description is None:
        return
    description = text[block.description.start : block.description.end]
    for rule in vocab.get("layout").inferred_titles:
        if rule.compiled("pattern").search(description):
            block.title_text = rule.title
            block.title_inferred = True
            return


def is_title_like(line: Line) -> bool:
    """A short line that reads like a heading rather than a sentence."""
    s = line.stripped
    if not s or len(s) > 160 or len(s.split()) > 20:
        return False
    if s[-1] in ".;:," or not (s[0].isupper() or s[0].isdigit()):
        return False
    if re.match(r"^(?:RESOLVED|\(?\d+[.)]|\(?[a-z][.)]|[•·\-–?*]|\(?[ivx]+\))", s):
        return False
    return True


def span_between(text: str, start: int, end: int) -> Span | None:
    return trimmed(text, start, end) if end > start else None


def header_fields(text: str, outline: Outline, header_end: int) -> None:
    """Committee, date and time from a minutes heading, its "MINUTES of a meeting of ..." line, or
    an agenda's summons ("You are summoned to a meeting of ... on ..."); fields already set are kept."""
    m = vocab.regex("layout", "header.minutes_heading").search(text, 0, header_end)
    if m is not None and re.fullmatch(r"\W*(?:draft\s+)?(?:minutes|agenda|notice)\W*", m.group("committee"), re.I):
        m = None  # "Agenda – 14 September 2022": a web page's title names the document, not the body
    if m is None:
        m = vocab.regex("layout", "header.minutes_of_meeting").search(text, 0, min(len(text), header_end + 400))
    if m is None:
        m = vocab.regex("layout", "header.summons").search(text, 0, header_end)
    if m is None:
        return
    had_committee = "committee" in outline.fields
    _set_groups(outline, m, tuple(name for name in ("committee", "date", "time") if name in m.groupdict()))
    if not had_committee and re.fullmatch(r"(?:the )?above (?:Council|Committee)", m.groupdict().get("committee") or "", re.I):
        # "a meeting of the above Council": the council named on the first line
        first = next((l for l in lines_of(text, 0, m.start()) if l.stripped), None)
        if first is not None:
            outline.fields["committee"] = first.span
