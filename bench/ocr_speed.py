"""OCR pages per second on one core: rasterised sample pages read back through councilpack's PDF reader.

Every page of the sample printed minutes and agenda pack is rendered by
PDFium at 150 dpi and written as an image-only PDF (what a scanner gives);
the reader then finds no text layer, renders each page again at 300 dpi and
has Tesseract read it (one thread: ``OMP_THREAD_LIMIT=1``). Prints pages per
second for the whole read (render + Tesseract + page text and tables), best
and median of a few rounds, and Tesseract's version.

    .venv/bin/python bench/ocr_speed.py [--rounds 3] [--pages 8]
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

import pypdfium2 as pdfium

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from pipeline.readers import read_document  # noqa: E402
from pipeline.readers.ocr import tesseract_command, tesseract_missing  # noqa: E402

SAMPLES = REPO / "samples" / "eastbrook"
SOURCES = ["2025-03-10_corporate-parenting-panel_printed-minutes.pdf", "2025-06-16_corporate-parenting-panel_agenda-pack.pdf"]


def rasterise(path: Path, dpi: int = 150, limit: int | None = None) -> bytes:
    """An image-only PDF of ``path``'s pages (the first ``limit``), each a grey picture at ``dpi``."""
    pdf = pdfium.PdfDocument(str(path))
    try:
        count = len(pdf) if limit is None else min(limit, len(pdf))
        images = [pdf[i].render(scale=dpi / 72, grayscale=True).to_pil() for i in range(count)]
    finally:
        pdf.close()
    out = io.BytesIO()
    images[0].save(out, "PDF", resolution=dpi, save_all=True, append_images=images[1:])
    return out.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--pages", type=int, default=8, help="pages of each sample to rasterise")
    args = parser.parse_args()
    if tesseract_missing():
        sys.exit(f"no OCR here: {tesseract_missing()}")
    os.environ["OMP_THREAD_LIMIT"] = "1"
    version = subprocess.run([tesseract_command(), "--version"], capture_output=True, text=True).stdout.splitlines()[0]
    scans = [rasterise(SAMPLES / name, limit=args.pages) for name in SOURCES]
    rates = []
    for _ in range(args.rounds):
        pages, start = 0, time.perf_counter()
        for data in scans:
            doc = read_document("x", "scan.pdf", data)
            assert all(p.text_source == "ocr" for p in doc.pages), "a page was not OCR'd"
            pages += len(doc.pages)
        rates.append(pages / (time.perf_counter() - start))
    print(f"{version}, one thread; {pages} rasterised sample pages a round, {args.rounds} rounds")
    print(f"OCR pages per second on one core: best {max(rates):.2f}, median {statistics.median(rates):.2f} "
          f"({1 / max(rates):.2f} s a page at best)")


if __name__ == "__main__":
    main()
