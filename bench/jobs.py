"""Many cores: ingest --jobs N on a directory of at least 100 packs.

Generates 100 distinct agenda packs, ingests them with 1 job and with 2 jobs
(one writer, workers parse) into fresh databases with a fixed load time, and
prints both times, the speed-up (target: at least 1.7x on 2 cores) and
whether the two databases are byte-identical in content (``iterdump``).

    python bench/jobs.py [--packs 100] [--pages 24]
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sqlite3
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
os.environ["SOURCE_DATE_EPOCH"] = "1767225600"

from bench.common import fresh_db, packs_dir  # noqa: E402
from pipeline.ingest import ingest  # noqa: E402


def content_hash(path) -> str:
    conn = sqlite3.connect(path)
    digest = hashlib.sha256("\n".join(conn.iterdump()).encode()).hexdigest()
    conn.close()
    return digest


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--packs", type=int, default=100)
    parser.add_argument("--pages", type=int, default=24)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    folder = packs_dir("packs", args.packs, args.pages, first_seed=1000)
    ingest([next(folder.glob("*.pdf"))], fresh_db("warm.db"))  # warm imports and caches
    results = {}
    for jobs in (1, args.jobs):
        db = fresh_db(f"jobs-{jobs}.db")
        start = time.perf_counter()
        summary = ingest([folder], db, jobs=jobs)
        results[jobs] = (time.perf_counter() - start, summary.loaded, content_hash(db))
    t1, n1, h1 = results[1]
    tn, nn, hn = results[args.jobs]
    print(f"packs: {args.packs} x {args.pages} pages ({n1} loaded)")
    print(f"--jobs 1: {t1:8.2f} s   {args.packs / t1:6.2f} packs/s")
    print(f"--jobs {args.jobs}: {tn:8.2f} s   {args.packs / tn:6.2f} packs/s")
    print(f"speed-up = {t1 / tn:4.2f}x   (target >= 1.7x on 2 cores)")
    print(f"byte-identical database content: {h1 == hn}  ({h1[:12]} / {hn[:12]})")


if __name__ == "__main__":
    main()
