"""Stay fast as the database grows: per-document ingest time over a committee's history (issue 18).

Writes ``--documents`` weekly minutes of ONE committee (invented, as text: a
present list, apologies, declarations, four items with decisions and an
action for the next meeting), ingests them in batches of ``--batch`` into one
database, as a nightly run over years of a committee would, and prints the
per-document time of each batch and the ratio of the last batch to the first
(target: <= 1.2). Then times every canned query on the grown database
(target: under 100 ms each).

    python bench/growth.py [--documents 2000] [--batch 250]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sqlite3
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from bench.common import WORK, fresh_db  # noqa: E402
from pipeline.ingest import ingest  # noqa: E402
from pipeline.publish.queries import canned_queries, changed_lines  # noqa: E402

MEMBERS = ["Amina Clarke", "Brian Doyle", "Carys Evans", "David Fenwick", "Esther Grant", "Farid Hussain", "Gwen Ingram", "Harry Jones", "Isla Khan", "Jack Lowe"]
TOPICS = ["Street Trading Policy", "Taxi Licensing Fees", "Premises Licence Review", "Gambling Statement", "Sex Establishment Policy",
          "Scrap Metal Dealers", "Animal Welfare Licences", "Late Night Levy"]  # fmt: skip


# Datasette fills these "magic parameters" from the request (the feeds build absolute links from them).
MAGIC = {"_header_host": "localhost:8001", "_header_x_forwarded_proto": ""}


def minutes(n: int, day: dt.date) -> str:
    present = [MEMBERS[(n + i) % len(MEMBERS)] for i in range(7)]
    away = MEMBERS[(n + 7) % len(MEMBERS)]
    topics = [TOPICS[(n + i) % len(TOPICS)] for i in range(2)]
    return f"""EASTBROOK BOROUGH COUNCIL

Minutes of the meeting of the Licensing Committee held on {day:%A} {day.day} {day:%B %Y} at 7.00 pm in the Council Chamber, Civic Centre

Present: Councillors {", ".join(present[:-1])} and {present[-1]}

{100 + 4 * n}. Apologies for Absence

Apologies were received from Councillor {away}.

{101 + 4 * n}. Declarations of Interest

There were none.

{102 + 4 * n}. {topics[0]}

The Committee considered the report of the Licensing Manager on the {topics[0].lower()} (meeting {n}).

RESOLVED: That the {topics[0].lower()} be approved.

The Licensing Manager to report back on its first month at the next meeting.

{103 + 4 * n}. {topics[1]}

The Committee considered the report on the {topics[1].lower()}.

RESOLVED: That the report be noted.
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=2000)
    parser.add_argument("--batch", type=int, default=250)
    args = parser.parse_args()
    folder = WORK / f"growth-{args.documents}"
    folder.mkdir(parents=True, exist_ok=True)
    first = dt.date(1990, 1, 1)
    paths = []
    for n in range(args.documents):
        path = folder / f"{n:05d}.txt"
        if not path.exists():
            path.write_text(minutes(n, first + dt.timedelta(weeks=n)), encoding="utf-8")
        paths.append(path)
    warm = folder / "warm"
    warm.mkdir(exist_ok=True)
    (warm / "w.txt").write_text(minutes(0, first).replace("Licensing", "Warm-up"), encoding="utf-8")
    ingest([warm / "w.txt", warm / "w.txt"], fresh_db("growth-warm.db"))  # imports, the parent's warm-up: not part of any batch
    db = fresh_db("growth.db")
    per_document = []
    for start in range(0, len(paths), args.batch):
        batch = paths[start : start + args.batch]
        began = time.perf_counter()
        summary = ingest(batch, db)
        elapsed = time.perf_counter() - began
        per_document.append(1000 * elapsed / len(batch))
        print(f"documents {start + 1:>5}-{start + len(batch):<5}: {per_document[-1]:7.1f} ms a document ({summary.loaded} loaded, {summary.failed} failed)", flush=True)
    conn = sqlite3.connect(db)
    conn.create_function("councilpack_changed_lines", 2, changed_lines)
    meetings = conn.execute("select count(*) from meetings").fetchone()[0]
    print(f"{meetings} meetings of one committee; last batch / first batch = {per_document[-1] / per_document[0]:.2f}   (target <= 1.2)")
    slowest = 0.0
    for name, query in canned_queries().items():
        params = {p: "" for p in query.get("params", [])} | MAGIC
        times = []
        for _ in range(3):
            began = time.perf_counter()
            conn.execute(query["sql"], params).fetchall()
            times.append(1000 * (time.perf_counter() - began))
        slowest = max(slowest, statistics.median(times))
        print(f"  {name:28} {statistics.median(times):7.1f} ms")
    print(f"slowest canned query: {slowest:.1f} ms   (target < 100)")


if __name__ == "__main__":
    main()
