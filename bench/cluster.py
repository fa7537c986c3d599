"""Beyond one machine: throughput per Dask worker.

Ingests a directory of generated packs with ``--cluster local`` (a Dask
LocalCluster of N single-threaded worker processes) for N = 1 and N = 2 and
prints documents per second and pages per second per worker, the figures a
national backfill is planned from (see bench/README.md).

    python bench/cluster.py [--packs 24] [--pages 24]
"""

from __future__ import annotations

import argparse
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from bench.common import fresh_db, packs_dir  # noqa: E402
from pipeline import ingest as ingest_module  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--packs", type=int, default=24)
    parser.add_argument("--pages", type=int, default=24)
    args = parser.parse_args()
    folder = packs_dir("cluster", args.packs, args.pages, first_seed=2000)
    for workers in (1, 2):
        os.environ["COUNCILPACK_DASK_WORKERS"] = str(workers)
        db = fresh_db(f"cluster-{workers}.db")
        start = time.perf_counter()
        summary = ingest_module.ingest([folder], db, cluster="local")
        elapsed = time.perf_counter() - start
        pages = args.packs * args.pages
        print(f"{workers} worker(s): {elapsed:7.2f} s for {summary.loaded} packs, "
              f"{summary.loaded / elapsed / workers:5.2f} packs/s/worker, {pages / elapsed / workers:6.1f} pages/s/worker (cluster start-up included)")  # fmt: skip


if __name__ == "__main__":
    main()
