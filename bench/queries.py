"""Queries at scale: every canned query and a full-text search on 10,000 meetings.

Builds (once, cached) a database with the real schema holding 10,000
synthetic meetings across 40 councils and 5 committees each, with their
agenda items, resolutions, actions, attendees, declarations, KPI tables and
values and facts, then runs every Datasette canned query with realistic
parameters and a full-text search, and prints the median time of each
(target: under 100 ms each).

    python bench/queries.py [--meetings 10000]
"""

from __future__ import annotations

import argparse
import hashlib
import datetime as dt
import os
import random
import sqlite3
import statistics
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from bench.common import WORK  # noqa: E402
from pipeline.store import open_database  # noqa: E402
from pipeline.publish.queries import canned_queries, changed_lines  # noqa: E402
from pipeline.store.summaries import refresh  # noqa: E402

DOMAIN = ("placement stability fostering adoption care leavers housing health assessment dental education virtual school "
          "participation advocacy missing children custody budget scorecard ofsted inspection sufficiency").split()
# A Zipf-like vocabulary of 3,000 words, as running text has: a few words very common, most rare.
VOCABULARY = [f"w{n}" for n in range(3000)] + DOMAIN
WEIGHTS = [1 / (rank + 1) for rank in range(len(VOCABULARY))]
random.Random(1).shuffle(WEIGHTS)


class _Words:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def __call__(self, n: int) -> str:
        return " ".join(self.rng.choices(VOCABULARY, WEIGHTS, k=n))
PARAMS = {
    "search": {"q": "placement"},
    "member_declarations": {"name": "Patel"},
    "attendance_by_member": {"council": "Council 7", "committee": ""},
    "resolutions_mentioning": {"word": "sufficiency"},
    "kpi_over_time": {"title_word": "Initial Health", "label": "within 20 days"},
    "next_meeting_followup": {"council": "Council 3", "committee": "Corporate Parenting Panel"},
    "pack_changes": {"source": "council-12"},
    "source_text": {"document_id": None, "char_start": 10, "char_end": 60},
}


# Datasette fills these "magic parameters" from the request (the feeds build absolute links from them).
MAGIC = {"_header_host": "localhost:8001", "_header_x_forwarded_proto": ""}

def ingested(n: int) -> str:
    """When document ``n`` arrived: nightly runs of a few documents each, as a scraper's database grows."""
    return (dt.datetime(2020, 1, 1, 2, 0, tzinfo=dt.timezone.utc) + dt.timedelta(days=n // 5, seconds=n % 5)).isoformat()


def build(path, meetings: int) -> None:
    rng = random.Random(7)
    words = _Words(rng)
    db = open_database(path)
    doc_rows, page_rows, meeting_rows, items, resolutions, actions, attendees, declarations, tables, values, facts = ([] for _ in range(11))
    surnames = ["Patel", "Smith", "Jones", "Khan", "Brown", "Osei", "Taylor", "Wilson"] + [f"Surname{n}" for n in range(400)]
    for m in range(meetings):
        council, committee = f"Council {m % 40}", ["Corporate Parenting Panel", "Cabinet", "Audit Committee", "Scrutiny", "Planning"][m // 40 % 5]
        date = (dt.date(2005, 1, 1) + dt.timedelta(days=(m * 7) % 7300)).isoformat()
        mid = f"council-{m % 40}/{committee.lower().replace(' ', '-')}/{date}-{m}"
        doc = hashlib.sha256(f"bench-{m}".encode()).hexdigest()
        text = words(400)
        doc_rows.append({"id": doc, "source": f"https://council-{m % 40}.example/doc/{m}.pdf", "kind": "minutes_page", "media_type": "application/pdf",
                         "page_count": 1, "status": "ok", "extractor_version": "bench", "ingested_at": ingested(m)})  # fmt: skip
        page_rows.append({"document_id": doc, "page": 1, "char_start": 0, "char_end": len(text), "text": text})
        meeting_rows.append({"id": mid, "council": council, "committee": committee, "date": date, "status": "held", "source_kind": "primary", "document_count": 1})
        prov = {"document_id": doc, "page": 1, "char_start": 0, "char_end": 40, "extractor": "bench", "meeting_id": mid}
        for p in range(10):
            iid = f"{doc[:16]}-i{p}"
            minutes = words(60)
            items.append({"id": iid, "position": p + 1, "number": str(p + 1), "title": words(4).title(), "minutes_text": minutes, **prov})
            resolutions.append({"id": f"{iid}-r1", "agenda_item_id": iid, "position": 1, "text": "That the " + words(8) + " be noted.", "outcome": "noted", **prov})
            if p == 3:
                actions.append({"id": f"{iid}-a1", "agenda_item_id": iid, "text": f"A report on {words(2)} be provided at the next meeting.", "due": "next meeting", **prov})
        for a in range(15):
            attendees.append({"id": f"{doc[:16]}-p{a}", "name": f"Member {rng.choice(surnames)}", "role": "member", "status": rng.choice(["present"] * 5 + ["apologies"]), **prov})
        if m % 5 == 0:
            declarations.append({"id": f"{doc[:16]}-d1", "name": f"Member {rng.choice(surnames)}", "interest_type": "non-pecuniary", "description": "a relative works for the council", **prov})
        if committee == "Corporate Parenting Panel":
            tid = f"{doc[:16]}-t1"
            tables.append({"id": tid, "title": "Initial Health Assessments completed", "n_rows": 2, "n_cols": 3, **prov})
            for r, month in enumerate(["January", "February"]):
                values.append({"id": f"{tid}-r{r}c1", "table_id": tid, "row_index": r, "col_index": 1, "row_label": month, "column_label": "IHA completed within 20 days",
                               "raw": "80%", "value": 80.0, "unit": "%", "status": "value", "period": f"{date[:4]}-{r + 1:02d}", **{k: v for k, v in prov.items() if k != "meeting_id"}})  # fmt: skip
        facts.append({"id": f"{doc[:16]}-f1", "text": f"{m % 50} of the 200 children in care were reported missing.", "raw": f"{m % 50} of the 200", "value": float(m % 50),
                      "unit": "count", "numerator": float(m % 50), "denominator": 200.0, "subject": "children in care reported missing", **prov})  # fmt: skip
    with db.conn:
        for table, rows in [("documents", doc_rows), ("pages", page_rows), ("meetings", meeting_rows), ("agenda_items", items), ("resolutions", resolutions),
                            ("actions", actions), ("attendees", attendees), ("declarations", declarations), ("kpi_tables", tables), ("kpi_values", values), ("facts", facts)]:  # fmt: skip
            db[table].insert_all(rows, batch_size=2000)
    with db.conn:  # what the loader keeps up to date as documents arrive
        refresh(db, {(r["council"], r["committee"]) for r in meeting_rows})
    db.execute("analyze")
    db.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--meetings", type=int, default=10_000)
    args = parser.parse_args()
    path = WORK / f"queries-{args.meetings}-v2.db"  # v2: documents arrive night by night (distinct ingested_at)
    if not path.exists():
        WORK.mkdir(parents=True, exist_ok=True)
        start = time.perf_counter()
        build(path, args.meetings)
        print(f"built {path.name} in {time.perf_counter() - start:.0f} s")
    conn = sqlite3.connect(path)
    conn.create_function("councilpack_changed_lines", 2, changed_lines)
    PARAMS["source_text"]["document_id"] = conn.execute("select id from documents limit 1").fetchone()[0]
    counts = {t: conn.execute(f"select count(*) from [{t}]").fetchone()[0] for t in ("meetings", "agenda_items", "resolutions", "attendees", "kpi_values")}
    print("rows: " + ", ".join(f"{t} {n}" for t, n in counts.items()))
    worst = 0.0
    for name, query in canned_queries().items():
        params = {p: PARAMS.get(name, {}).get(p, "") for p in query.get("params", [])} | MAGIC
        times = []
        for _ in range(5):
            start = time.perf_counter()
            rows = conn.execute(query["sql"], params).fetchmany(1001)  # as Datasette does: max_returned_rows + 1
            times.append((time.perf_counter() - start) * 1000)
        median = statistics.median(times)
        worst = max(worst, median)
        print(f"{name:24} {median:8.1f} ms  ({len(rows)} rows)")
    print(f"slowest: {worst:.1f} ms   (target < 100 ms each)")
    for name, params in [("attendance_by_member", {"council": "", "committee": ""}), ("next_meeting_followup", {"council": "", "committee": ""}),
                         ("search", {"q": "w1"}), ("resolutions_mentioning", {"word": "w1"})]:  # fmt: skip
        start = time.perf_counter()
        rows = conn.execute(canned_queries()[name]["sql"], params).fetchmany(1001)
        print(f"{name:24} {1000 * (time.perf_counter() - start):8.1f} ms  ({len(rows)} rows; blank filters or a very common word: every row)")


if __name__ == "__main__":
    main()
