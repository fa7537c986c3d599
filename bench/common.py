"""Helpers shared by the benchmarks: generated inputs, timing, a fresh database."""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
WORK = Path(tempfile.gettempdir()) / "councilpack-bench"


def big_pack(pages: int, table_pages: int, seed: int = 1) -> Path:
    """A generated agenda pack (cached between runs)."""
    WORK.mkdir(parents=True, exist_ok=True)
    path = WORK / f"pack-{pages}p-{table_pages}t-{seed}.pdf"
    if not path.exists():
        subprocess.run(
            [sys.executable, str(REPO / "samples" / "generate.py"), "--big-pack", str(path), "--pages", str(pages), "--table-pages", str(table_pages), "--seed", str(seed)],
            check=True,
        )
    return path


def timed(fn, repeat: int = 3) -> float:
    """The median wall time of ``fn()`` over ``repeat`` runs, in seconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def timed_round_robin(fns: dict, repeat: int = 3, pair: tuple[str, str] | None = None) -> dict[str, list[float]]:
    """Wall times of each of ``fns`` (name -> function), run in turn ``repeat`` times: one
    round runs every function once. Functions compared with each other are so timed under
    the same conditions (a shared machine's speed drifts over the seconds a script runs);
    the two named in ``pair`` take turns to go first."""
    times: dict[str, list[float]] = {name: [] for name in fns}
    for r in range(repeat):
        order = list(fns)
        if pair and r % 2:
            a, b = order.index(pair[0]), order.index(pair[1])
            order[a], order[b] = order[b], order[a]
        for name in order:
            start = time.perf_counter()
            fns[name]()
            times[name].append(time.perf_counter() - start)
    return times


def fresh_db(name: str) -> Path:
    WORK.mkdir(parents=True, exist_ok=True)
    path = WORK / name
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    return path


def packs_dir(name: str, count: int, pages: int, first_seed: int) -> Path:
    """A directory of ``count`` distinct generated packs (cached between runs)."""
    import shutil

    folder = WORK / f"{name}-{count}x{pages}"
    if not folder.exists() or len(list(folder.glob("*.pdf"))) != count:
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        for n in range(count):
            shutil.copy(big_pack(pages, max(1, pages // 4), seed=first_seed + n), folder / f"pack-{n:03d}.pdf")
    return folder
