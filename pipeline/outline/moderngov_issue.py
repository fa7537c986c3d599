"""Text renderings of ModernGov issue pages: one business item followed to the meeting that took it.

A saved ``mgIssueHistoryHome.aspx`` page ("Issue - meetings") or its decisions view
("Decisions for issue ...") reads::

    Issue - meetings
    Minutes of last Meeting
    Meeting: 07/03/2022 - Planning Committee (Item 73)
    73 Minutes pdf icon PDF 402 KB
    <minutes>

or ``24/06/2021 - To confirm the minutes of the meeting held on 18 March 2021``
over the decision. The dated line gives the meeting (its day, and the body when
labelled "Meeting:") and the one item: its number from "(Item 73)", its title from
the line that repeats that number, or the decision line's words. Only the first
meeting is read: the page's later meetings are other days' business.
"""

from __future__ import annotations

from extractors import vocab
from schemas.outline import ItemBlock, Outline, lines_of
from schemas.provenance import Span
from pipeline.outline.base import register_outliner
from pipeline.outline.common import set_title, span_between
from pipeline.readers.detect import HTML, PDF, TEXT

HEAD = 600  # characters: the page heading comes first


def _score(doc) -> float:
    if doc.media_type not in (TEXT, HTML, PDF) or not vocab.regex("layout", "moderngov_page.issue_head").match(doc.text[:HEAD]):
        return 0.0
    return 0.95 if vocab.regex("layout", "moderngov_page.issue_meeting").search(doc.text) else 0.0


@register_outliner("moderngov_issue", _score)
def outline_moderngov_issue(doc) -> Outline:
    text = doc.text
    pattern = vocab.regex("layout", "moderngov_page.issue_meeting")
    meetings = list(pattern.finditer(text))
    m = meetings[0]
    outline = Outline(kind="minutes_page")
    outline.fields["date"] = Span(start=m.start("date"), end=m.end("date"))
    if m.group("meeting"):
        outline.fields["committee"] = Span(start=m.start("what"), end=m.end("what"))
    end = meetings[1].start() if len(meetings) > 1 else len(text)
    block = ItemBlock(block=Span(start=m.start(), end=end))
    body_start = m.end()
    number = m.group("number")
    if number:
        block.number = Span(start=m.start("number"), end=m.end("number"))
        block.number_text = number
    if m.group("meeting"):
        following = next((l for l in lines_of(text, m.end(), end) if l.stripped), None)
        if following is not None and number and following.stripped.startswith(number + " "):
            start = following.start + following.text.index(number) + len(number)
            set_title(block, text, span_between(text, start, following.end))  # "73 Minutes pdf icon PDF 402 KB"
            body_start = following.end
        elif following is not None and number and _short_heading(following.stripped):
            # the minutes' heading printed without its number ("Declarations of interest." over the minutes)
            set_title(block, text, span_between(text, following.start, following.end))
            if block.title_text:
                block.title_text = block.title_text.rstrip(" .") or None
            body_start = following.end
    else:
        set_title(block, text, Span(start=m.start("what"), end=m.end("what")))  # the decision line names the business
    block.minutes = span_between(text, body_start, end)
    outline.items.append(block)
    return outline


HEADING_WORDS = 12


def _short_heading(line: str) -> bool:
    """A line that reads as a heading, not the minutes' first sentence: a few words, capitalised, ending on no
    comma or colon and holding one sentence at most ("Declarations of interest.", "Minutes")."""
    words = line.split()
    return 0 < len(words) <= HEADING_WORDS and line[:1].isupper() and not line.endswith((":", ",", ";")) and ". " not in line
