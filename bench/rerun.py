"""Unchanged input: re-running ingest on already-ingested documents.

Ingests a directory of documents (the samples, the seeds and the corpus when
present, and generated packs) into a fresh database, then ingests the same
directory again; prints both times and the ratio (target: the second run at
most 2 % of the first, decided from the sha256 before any parsing).

    python bench/rerun.py
"""

from __future__ import annotations

import os
import shutil
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from bench.common import REPO, WORK, big_pack, fresh_db  # noqa: E402
from pipeline.ingest import ingest  # noqa: E402


def main() -> None:
    folder = WORK / "rerun-input"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    for path in (REPO / "samples" / "eastbrook").glob("*.*"):
        if not path.name.endswith(".json"):
            shutil.copy(path, folder / path.name)
    shared = REPO.parent / "shared"
    for sub in ("seeds", "corpus/pdf", "corpus/html", "corpus/xml"):
        for path in sorted((shared / sub).glob("*")) if (shared / sub).is_dir() else []:
            if path.is_file() and path.suffix != ".md":
                shutil.copy(path, folder / f"{sub.replace('/', '-')}-{path.name}")
    for seed in range(3):
        shutil.copy(big_pack(64, 15, seed=seed + 10), folder / f"pack-{seed}.pdf")
    db = fresh_db("rerun.db")
    start = time.perf_counter()
    first = ingest([folder], db)
    t_first = time.perf_counter() - start
    start = time.perf_counter()
    second = ingest([folder], db)
    t_second = time.perf_counter() - start
    files = first.loaded + first.failed
    print(f"documents: {files} ({first.loaded} loaded, {first.failed} failed on the first run)")
    print(f"first run : {t_first:8.3f} s")
    print(f"second run: {t_second:8.3f} s  ({second.unchanged} unchanged, {second.loaded} re-parsed)")
    print(f"second / first = {100 * t_second / t_first:5.2f} %   (target <= 2 %)")


if __name__ == "__main__":
    main()
