"""Start fast: whole processes, as a user runs them (issue 18).

Prints, each timed as a fresh process (best and median of ``--repeat`` rounds,
taken in turns so that the machine's drift hits all alike):

- floor: a fresh Python process doing the PDF floor for a generated 64-page
  agenda pack (pypdfium2 text of every page plus pdfplumber tables on the ruled
  pages, as ``bench/pack_one_core.py`` defines it), imports included;
- ingest: ``councilpack ingest pack.pdf`` into a fresh database, run cold
  (``COUNCILPACK_WORKER=0``: the process imports and compiles everything itself);
- warm: the same command with a ``councilpack worker`` listening (started
  before the rounds and not timed: the process hands its command over);
- tiny: ``councilpack ingest`` of a 2-byte text file, cold;
- help: ``councilpack --help``;

and the figures the issue sets: ingest / floor <= 1.5 (printed for the cold and
the warm process) and help <= 0.3 s.

    python bench/start_fast.py [--repeat 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from bench.common import big_pack  # noqa: E402

BIN = Path(sys.executable).parent
FLOOR = """
import io, sys
import pdfplumber, pypdfium2 as pdfium, pypdfium2.raw as c
data = open(sys.argv[1], "rb").read()
pdf = pdfium.PdfDocument(data)
ruled = []
for i in range(len(pdf)):
    page = pdf[i]
    page.get_textpage().get_text_bounded()
    if sum(1 for o in page.get_objects() if o.type == c.FPDF_PAGEOBJ_PATH) >= 6:
        ruled.append(i)
pdf.close()
with pdfplumber.open(io.BytesIO(data)) as plumber:
    for i in ruled:
        plumber.pages[i].extract_tables()
"""


def timed(argv: list[str], cwd: Path) -> float:
    start = time.perf_counter()
    done = subprocess.run(argv, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    elapsed = time.perf_counter() - start
    if done.returncode not in (0,):
        raise SystemExit(f"{' '.join(argv)} exited {done.returncode}: {done.stderr[-500:]}")
    return elapsed


def start_worker(councilpack: str, work: Path) -> subprocess.Popen:
    """A ``councilpack worker`` for this bench, started and listening before any round is timed."""
    log = open(work / "worker.log", "w")
    worker = subprocess.Popen([councilpack, "worker", "--idle", "600"], cwd=work, stdout=log, stderr=log)
    where = subprocess.run([councilpack, "worker", "--where"], capture_output=True, text=True, check=True).stdout.strip()
    deadline = time.monotonic() + 120
    while not os.path.exists(where):
        if worker.poll() is not None or time.monotonic() > deadline:
            raise SystemExit(f"the worker did not start: {(work / 'worker.log').read_text()[-500:]}")
        time.sleep(0.2)
    return worker


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    pack = big_pack(64, 15)
    work = Path(tempfile.mkdtemp(prefix="councilpack-start-"))
    tiny = work / "tiny.txt"
    tiny.write_bytes(b"ok")
    councilpack = str(BIN / "councilpack")
    cold = ["env", "COUNCILPACK_WORKER=0"]
    runs = {
        "floor": lambda n: [sys.executable, "-c", FLOOR, str(pack)],
        "ingest": lambda n: [*cold, councilpack, "ingest", str(pack), "--db", str(work / f"pack{n}.db"), "--quiet"],
        "warm": lambda n: [councilpack, "ingest", str(pack), "--db", str(work / f"warm{n}.db"), "--quiet"],
        "tiny": lambda n: [*cold, councilpack, "ingest", str(tiny), "--db", str(work / f"tiny{n}.db"), "--quiet"],
        "help": lambda n: [councilpack, "--help"],
    }
    os.environ["XDG_RUNTIME_DIR"] = str(work / "run")  # this bench's own worker, whatever else runs on the machine
    (work / "run").mkdir(mode=0o700)
    worker = start_worker(councilpack, work)
    try:
        for make in runs.values():  # the page cache warm for every contender: files, .pyc, shared libraries
            subprocess.run(make(-1), cwd=work, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times: dict[str, list[float]] = {name: [] for name in runs}
        for n in range(args.repeat):
            order = list(runs) if n % 2 == 0 else list(reversed(runs))
            for name in order:
                times[name].append(timed(runs[name](n), work))
        served = (work / "worker.log").read_text().count(": councilpack ingest")
    finally:
        worker.terminate()
        worker.wait()
    best = {name: min(ts) for name, ts in times.items()}
    median = {name: statistics.median(ts) for name, ts in times.items()}
    print(f"pack: {pack.name} (64 pages, 15 ruled), {args.repeat} rounds, each a fresh process")
    for name, what in (("floor", "python: pypdfium2 text + pdfplumber ruled tables"), ("ingest", "councilpack ingest pack.pdf, cold (fresh db)"),
                       ("warm", "the same, handed to a warm `councilpack worker`"),
                       ("tiny", "councilpack ingest of a 2-byte text file, cold"), ("help", "councilpack --help")):  # fmt: skip
        print(f"{name:7} ({what:50}): best {best[name]:6.3f} s  median {median[name]:6.3f} s")
    print(f"the worker served {served} of the {args.repeat + 1} warm runs")
    print(f"ingest / floor = {best['ingest'] / best['floor']:5.2f} best, {median['ingest'] / median['floor']:5.2f} median   cold process (target <= 1.5)")
    print(f"warm / floor   = {best['warm'] / best['floor']:5.2f} best, {median['warm'] / median['floor']:5.2f} median   with a worker (target <= 1.5)")
    print(f"help           = {best['help']:5.3f} s best   (target <= 0.3)")


if __name__ == "__main__":
    main()
