"""How close OCR'd documents come to the born-digital ones: F1 per record type on rasterised copies.

Documents whose truth is known (the sample agenda pack and printed minutes,
two Kent corpus minutes) are rendered page by page at 150 dpi and written
as image-only PDFs under the same paths in a scratch root; ``councilpack
eval`` then scores those copies (read through OCR) against the same truth
files, and the born-digital originals for comparison. Only these truth
files are copied: the checking half is never touched.

    .venv/bin/python bench/ocr_eval.py [--dpi 150]
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from ocr_speed import rasterise  # noqa: E402

TRUTHS = [
    "samples_eastbrook_2025-06-16_agenda-pack.json",
    "samples_eastbrook_2025-03-10_printed-minutes.json",
    "corpus_kent_cpp_2024-10-29_minutes.json",
    "corpus_kent_cpp_2024-12-10_minutes.json",
]
ROOTS = [REPO, REPO.parent]  # the samples in the checkout; shared/ beside it


def document_of(truth: dict) -> tuple[str, Path | None]:
    """The document a truth file scores (its path under a root) and its registered truth file, if any."""
    if "truth" in truth:  # a registered sample truth: the document is named inside it, beside it
        registered = REPO / truth["truth"]
        inner = json.loads(registered.read_text())
        return str(Path(truth["truth"]).parent / inner["document"]), registered
    return truth["document"], None


def build(scratch: Path, dpi: int) -> Path:
    """The truth folder for the rasterised copies; the copies and their registered truth under ``scratch``."""
    truth_dir = scratch / "truth"
    truth_dir.mkdir(parents=True)
    for name in TRUTHS:
        source = REPO / "eval" / "truth" / name
        truth = json.loads(source.read_text())
        relative, registered = document_of(truth)
        original = next((root / relative for root in ROOTS if (root / relative).exists()), None)
        if original is None:
            print(f"skipped {name}: {relative} not found")
            continue
        copy = scratch / "docs" / relative
        copy.parent.mkdir(parents=True, exist_ok=True)
        copy.write_bytes(rasterise(original, dpi))
        if registered:
            shutil.copy(registered, copy.parent / registered.name)
        shutil.copy(source, truth_dir / name)
    return truth_dir


def scores(truth_dir: Path, roots: list[Path]) -> str:
    args = [str(REPO / ".venv" / "bin" / "councilpack"), "eval", "--truth", str(truth_dir), "--quiet", "--baseline", str(truth_dir / "none.json")]
    for root in roots:
        args += ["--documents", str(root)]
    return subprocess.run(args, capture_output=True, text=True, cwd=REPO).stdout


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dpi", type=int, default=150, help="resolution of the rasterised copies")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp)
        truth_dir = build(scratch, args.dpi)
        print(f"== born-digital originals\n{scores(truth_dir, ROOTS)}")
        print(f"== rasterised at {args.dpi} dpi, read through OCR\n{scores(truth_dir, [scratch / 'docs'])}")


if __name__ == "__main__":
    main()
