"""Outlining: find the meeting header and the agenda-item blocks in a document.

Structured readers (ModernGov HTML and XML) produce their outline themselves.
For text and PDF documents an *outliner* is chosen by :func:`outline_document`:
each registered outliner scores how well the document fits its layout and the
best one segments the text. Layout differences between councils belong in the
pattern files under ``extractors/vocab/``, not in new outliners.
"""

from schemas.outline import ItemBlock, Outline

# importing the modules registers the outliners
from pipeline.outline.base import outline_document, register_outliner

# importing the modules registers the outliners
from pipeline.outline import agenda_pack, general, moderngov_issue, moderngov_page, printed_minutes, summary  # noqa: E402,F401
from pipeline.outline import decision_notice, form, forward_plan, officer_report  # noqa: E402,F401

__all__ = ["ItemBlock", "Outline", "outline_document", "register_outliner"]
