"""Third-party summaries of a meeting (news sites, digests such as seed 003).

They are not the council's record: the outline marks them ``secondary`` and
keeps only the meeting header (committee, date, time); their items are topics
written by someone else, so none are recorded as agenda items.
"""

from __future__ import annotations

from extractors import vocab
from schemas.outline import Outline
from pipeline.outline.base import register_outliner
from pipeline.outline.common import find_header_fields
from pipeline.readers.detect import TEXT



def _score(doc) -> float:
    if doc.media_type != TEXT:
        return 0.0
    head = doc.text[:3000]
    # "Subscribe to updates", "View on council website" ... (layout.toml [summary])
    if len(vocab.regex("layout", "summary.secondary").findall(head)) >= 2 and vocab.regex("layout", "header.meeting_title_line").search(head):
        return 0.95
    return 0.0


@register_outliner("summary", _score)
def outline_summary(doc) -> Outline:
    outline = Outline(kind="meeting_summary", source_kind="secondary")
    outline.values["status"] = "held"  # a summary reports on a meeting that took place
    find_header_fields(doc.text, outline, 0, min(len(doc.text), 3000))
    # a digest's own e-mail and phone are not the meeting's contact
    for name in ("email", "phone", "contact"):
        outline.fields.pop(name, None)
    return outline
