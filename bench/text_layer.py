"""How readable is every real document's text layer? The figures behind the unreadable-text check.

For each document of the seeds, corpus, corpus2 and the samples (never the
checking half: every Burton-cum-Walden and West Dereham file and the Merton
2009 pack are skipped by name, unopened), reads its pages as councilpack does
(PDF pages with PDFium, other formats with their reader) and prints, with
:func:`extractors.text_layer.text_quality`:

- ``pages``: pages, and how many have enough tokens to be judged;
- ``non-word``: the share of the document's tokens that are no word, name or
  figure (over the tokens each page is judged by), and the highest share of any
  judged page;
- ``malformed``: the same for garbled or malformed tokens (the first test of
  an unreadable page);
- ``unreadable``: the pages the reader would call unreadable (none, for a real
  document).

Run: ``.venv/bin/python bench/text_layer.py [PATH ...]`` (default: the folders above).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from extractors.text_layer import TextQuality, text_quality  # noqa: E402
from pipeline.readers import ReadError, read_document  # noqa: E402
from pipeline.readers.detect import PDF, sniff  # noqa: E402
from pipeline.readers.pdf import _read_with_pdfium  # noqa: E402

SHARED = REPO.parent / "shared"
DEFAULT = [SHARED / "seeds", SHARED / "corpus", SHARED / "corpus2", REPO / "samples" / "eastbrook"]
CHECKING_HALF = re.compile(r"burton-cum-walden|west-dereham|merton_audit-committee_2009-10-22_agenda-pack", re.I)
SKIP = re.compile(r"\.(?:json|py|toml)$|(?:^|/)(?:README|SOURCES)[^/]*$")


def page_texts(path: Path) -> list[str]:
    """The page texts councilpack reads from ``path`` (PDF pages before any readability check)."""
    data = path.read_bytes()
    if sniff(data) == PDF:
        pages, _tables, _images, _title = _read_with_pdfium(data)
        return [p.text for p in pages]
    return [p.text for p in read_document("bench", str(path), data).pages]


def main(paths: list[Path]) -> None:
    files = sorted(f for p in paths for f in (p.rglob("*") if p.is_dir() else [p]) if f.is_file() and not SKIP.search(str(f)))
    print(f"{'document':<78} {'pages':>9} {'non-word':>13} {'malformed':>13} unreadable")
    print(f"{'':<78} {'all/judged':>9} {'doc / max':>13} {'doc / max':>13}")
    worst = 0.0
    for f in files:
        name = str(f.relative_to(SHARED) if f.is_relative_to(SHARED) else f.relative_to(REPO))
        if CHECKING_HALF.search(f.name):
            continue  # the checking half: never opened
        try:
            texts = page_texts(f)
        except ReadError as exc:
            print(f"{name[:78]:<78} not read: {str(exc)[:60]}")
            continue
        qualities = [text_quality(t) for t in texts]
        judged = [q for q in qualities if q.judged]
        whole = TextQuality(*(sum(getattr(q, f) for q in qualities) for f in ("tokens", "readable", "garbled", "malformed")))  # every page as judged
        top_nw = max((q.non_word_ratio for q in judged), default=0.0)
        top_mf = max((q.malformed_ratio for q in judged), default=0.0)
        bad = [i for i, q in enumerate(qualities, start=1) if q.unreadable]
        worst = max(worst, top_nw)
        print(f"{name[:78]:<78} {len(texts):>4}/{len(judged):<4} {whole.non_word_ratio:>5.2f} / {top_nw:<5.2f} {whole.malformed_ratio:>5.2f} / {top_mf:<5.2f} {bad or '-'}")
    print(f"highest page non-word ratio: {worst:.2f}")


if __name__ == "__main__":
    main([Path(a) for a in sys.argv[1:]] or DEFAULT)
