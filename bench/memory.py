"""Memory: peak RSS while ingesting a 300-page pack (target: below 400 MB).

Runs ``councilpack ingest`` on a generated 300-page pack in a child process
and reports the peak resident set size of it and of the parser processes it
forks (``RUSAGE_CHILDREN``).

    python bench/memory.py [--pages 300]
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from bench.common import REPO, big_pack, fresh_db  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=300)
    args = parser.parse_args()
    pack = big_pack(args.pages, args.pages // 5, seed=7)
    db = fresh_db("memory.db")
    councilpack = [sys.executable, "-c", "from cli import app; app()"]
    subprocess.run([*councilpack, "ingest", str(pack), "--db", str(db), "--quiet"], check=True, cwd=REPO)
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(f"pack: {args.pages} pages ({pack.stat().st_size // 1024} KB)")
    print(f"peak RSS of ingest and its parser processes: {peak_kb / 1024:6.1f} MB   (target < 400 MB)")


if __name__ == "__main__":
    main()
