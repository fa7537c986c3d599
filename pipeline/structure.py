"""How much structure was found in a document: the ``documents.structure`` column.

Computed from a document's parsed records when it is loaded (never by an
extractor), so every way a document reaches the database (ingest, scrape,
rebuild) records it the same way:

- ``meeting+items``: a meeting and at least one agenda item;
- ``meeting``: a meeting and no items (a cancelled meeting's page, a summary);
- ``items``: agenda items but no meeting (an item's page that names no date);
- ``programme``: neither, but planned decisions (a forward plan: ``work_programme``
  rows that belong to no meeting);
- ``none``: neither (a roster, a report, or a document that was not understood).

A document whose kind describes a meeting (:func:`extractors.meeting.meeting_expected`)
and whose structure has no meeting is one "from which no meeting was recognised":
the ingest summary lists it and ``councilpack ingest --strict`` fails on it.
"""

from __future__ import annotations

from typing import Any, Mapping

from extractors.meeting import meeting_expected


def structure_of(records: Mapping[str, list[Any]]) -> str:
    """The structure of a document from its records by kind (``meeting``, ``agenda_items``)."""
    meeting, items = bool(records.get("meeting")), bool(records.get("agenda_items"))
    if meeting:
        return "meeting+items" if items else "meeting"
    if items:
        return "items"
    return "programme" if records.get("work_programme") else "none"


def no_meeting_recognised(kind: str | None, structure: str | None) -> bool:
    """A document that should describe a meeting but from which none was read."""
    return structure in ("items", "none", "programme") and meeting_expected(kind)


# The same as :func:`structure_of`, in SQL over the stored rows: it fills the column for
# documents loaded before it existed (see :mod:`pipeline.store.migrations`).
STRUCTURE_SQL = """
update documents set structure = case
  when exists (select 1 from meeting_records m where m.document_id = documents.id)
    then case when exists (select 1 from agenda_items a where a.document_id = documents.id) then 'meeting+items' else 'meeting' end
  when exists (select 1 from agenda_items a where a.document_id = documents.id) then 'items'
  when exists (select 1 from work_programme w where w.document_id = documents.id) then 'programme'
  else 'none' end
where status = 'ok' and structure is null
"""
