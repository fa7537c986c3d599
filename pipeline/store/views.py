"""SQL views users want first, created with the schema (this module is the one place that defines them).

- ``attendance_rates``: per person, council and committee, how many recorded
  meetings they were present at, sent apologies to or missed, and the rate;
- ``declarations_by_member``: per person, every declaration with its meeting;
- ``meeting_attendance``: one row per person per meeting, the best status
  any document gives (present beats apologies beats absent beats expected);
- ``document_versions``: every version of every source (path or URL), numbered;
- ``version_page_changes``: page by page, what changed between a document
  and the version that replaced it (added / removed / changed / unchanged).
"""

from __future__ import annotations

import sqlite_utils

VIEWS = {
    "meeting_attendance": """
select a.meeting_id, m.council, m.committee, m.date, coalesce(a.person_id, a.name) as person_key,
       a.person_id, a.name,
       case min(case a.status when 'present' then 0 when 'apologies' then 1 when 'absent' then 2 else 3 end)
            when 0 then 'present' when 1 then 'apologies' when 2 then 'absent' else 'expected' end as status,
       max(a.remote) as remote, group_concat(distinct a.role) as roles
from attendees a join meetings m on m.id = a.meeting_id
group by a.meeting_id, coalesce(a.person_id, a.name)
""",
    "attendance_rates": """
select council, committee, person_id, name,
       sum(status = 'present') as present,
       sum(status = 'apologies') as apologies,
       sum(status = 'absent') as absent,
       sum(status in ('present', 'apologies', 'absent')) as recorded_meetings,
       round(1.0 * sum(status = 'present') / nullif(sum(status in ('present', 'apologies', 'absent')), 0), 3) as attendance_rate
from meeting_attendance
where roles not in ('officer', 'guest')
group by council, committee, person_key
""",
    "document_versions": """
select d.source, d.id as document_id, d.ingested_at, d.superseded_by, d.page_count, d.size_bytes, d.kind,
       (select count(*) from documents o where o.source = d.source and o.status = 'ok' and o.rowid <= d.rowid) as version
from documents d where d.status = 'ok'
""",
    "version_page_changes": """
select o.source, o.id as old_document_id, n.id as new_document_id, p.page,
       case when po.text is null then 'added' when pn.text is null then 'removed'
            when po.text = pn.text then 'unchanged' else 'changed' end as change
from documents o join documents n on n.id = o.superseded_by
join pages p on p.document_id in (o.id, n.id)
left join pages po on po.document_id = o.id and po.page = p.page
left join pages pn on pn.document_id = n.id and pn.page = p.page
group by o.id, n.id, p.page
""",
    "declarations_by_member": """
select d.person_id, d.name, m.council, m.committee, m.date, d.interest_type, d.description, d.action,
       d.item_number, a.title as item_title, d.late, d.document_id, d.page
from declarations d left join meetings m on m.id = d.meeting_id left join agenda_items a on a.id = d.agenda_item_id
""",
}


def create_views(db: sqlite_utils.Database) -> None:
    for name, sql in VIEWS.items():
        db.create_view(name, sql.strip(), replace=True)
