"""Render every source in every style, ingest each set with the real pipeline, compare rows.

:func:`build` writes, under one work folder, each source's text form
(``text/<source>.txt``) and its renderings (``<style>/<source>.pdf``), then
loads each folder with one real ``councilpack ingest`` into its own database
(``<folder>.db``: the four sources are four different meetings, so nothing
merges across them; a style's renderings never meet the text forms).

:func:`rows` reads the four record types the issue names from one document's
rows; :func:`score` compares a rendering's rows with its text form's as
multisets: precision (of the rendering's rows, how many the text form also
has), recall (of the text form's rows, how many the rendering has) and F1.

What counts as the same row (:func:`same_text`): the same words after NFKC,
with one kind of dash, quote and blank, case and trailing punctuation ignored.
An agenda number is compared by its letters and digits ("123." = "123" =
"(Item 123)"): how a number is dressed is typography, not content.  A
resolution is keyed by its item's number (its title where the item has none)
and its text.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from tests.renderings.render import STYLES, render
from tests.renderings.sources import Source

RECORD_TYPES = ("meetings", "agenda_items", "attendees", "resolutions")
TEXT = "text"


def same_text(s: str | None) -> str | None:
    if s is None:
        return None
    s = unicodedata.normalize("NFKC", s)
    s = re.sub(r"[\u2010-\u2015\u2212]", "-", s).replace("\u2018", "'").replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"')
    s = re.sub(r"\s+", " ", s).strip().rstrip(".;:, ").casefold()
    return s


def same_number(s: str | None) -> str | None:
    if not s:
        return None
    s = re.sub(r"(?i)^\(?item\s+", "", s)
    return re.sub(r"[^\w]", "", s).lower() or None


@dataclass
class Built:
    """Where each rendering went: ``pdfs[style][source]`` and ``dbs[style or TEXT]``."""

    folder: Path
    texts: dict[str, Path]
    pdfs: dict[str, dict[str, Path]]
    dbs: dict[str, Path]


def build(folder: Path, sources: list[Source], styles: list[str] | None = None, ingest=None,
          styles_of: dict[str, list[str]] | None = None) -> Built:
    """Render and ingest. ``ingest(paths, db)`` loads files (default: the real CLI, in process).

    Every source is drawn in every one of ``styles`` (default: all), except a source named in
    ``styles_of``, which is drawn only in the styles listed there.
    """
    styles = list(styles or STYLES)
    styles_of = styles_of or {}
    ingest = ingest or ingest_with_cli
    folder.mkdir(parents=True, exist_ok=True)
    texts, pdfs, dbs = {}, {s: {} for s in styles}, {}
    (folder / TEXT).mkdir(exist_ok=True)
    for source in sources:
        minutes = source.minutes()
        texts[source.name] = folder / TEXT / f"{source.name}.txt"
        texts[source.name].write_text(source.text(), encoding="utf-8")
        for style in styles:
            if source.name in styles_of and style not in styles_of[source.name]:
                continue
            (folder / style).mkdir(exist_ok=True)
            pdfs[style][source.name] = render(minutes, style, folder / style / f"{source.name}.pdf")
    for name in [TEXT, *styles]:
        dbs[name] = folder / f"{name}.db"
        if not dbs[name].exists() and (folder / name).is_dir():
            ingest(folder / name, dbs[name])
    return Built(folder, texts, pdfs, dbs)


def ingest_with_cli(path: Path, db: Path) -> None:
    """``councilpack ingest <path> --db <db> --quiet``, the command a user runs, in this process."""
    from typer.testing import CliRunner

    from cli import app

    result = CliRunner().invoke(app, ["ingest", str(path), "--db", str(db), "--quiet"])
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    if result.exit_code not in (0, None):
        raise RuntimeError(f"councilpack ingest {path} exited {result.exit_code}: {result.output}")


def rows(db: Path, document: Path) -> dict[str, Counter]:
    """The four record types of one document, as comparable tuples."""
    conn = sqlite3.connect(db)
    try:
        found = conn.execute("select id, status, error from documents where source = ? and superseded_by is null",
                             (str(document),)).fetchone()
        if found is None:
            raise LookupError(f"{document} is not in {db}")
        doc, status, error = found
        if status != "ok":
            raise RuntimeError(f"{document} did not load: {status} {error}")
        out = {
            "meetings": Counter(
                (same_text(c), same_text(k), d)
                for c, k, d in conn.execute(
                    "select m.council, m.committee, m.date from meetings m join meeting_documents md on md.meeting_id = m.id"
                    " where md.document_id = ?", (doc,))),
            "agenda_items": Counter(
                (same_number(n), same_text(t))
                for n, t in conn.execute("select number, title from agenda_items where document_id = ?", (doc,))),
            "attendees": Counter(
                (same_text(n), r, s)
                for n, r, s in conn.execute("select name, role, status from attendees where document_id = ?", (doc,))),
            "resolutions": Counter(
                (same_number(n) or same_text(t), same_text(x))
                for n, t, x in conn.execute(
                    "select a.number, a.title, r.text from resolutions r left join agenda_items a on a.id = r.agenda_item_id"
                    " where r.document_id = ?", (doc,))),
        }
    finally:
        conn.close()
    return out


@dataclass
class Score:
    expected: int  # rows of the text form
    got: int  # rows of the rendering
    matched: int
    missing: list  # text-form rows the rendering lacks
    extra: list  # rendering rows the text form lacks

    @property
    def precision(self) -> float:
        return self.matched / self.got if self.got else (1.0 if not self.expected else 0.0)

    @property
    def recall(self) -> float:
        return self.matched / self.expected if self.expected else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def score(text_rows: Counter, rendered_rows: Counter) -> Score:
    both = text_rows & rendered_rows
    return Score(
        expected=sum(text_rows.values()),
        got=sum(rendered_rows.values()),
        matched=sum(both.values()),
        missing=sorted((text_rows - rendered_rows).elements(), key=repr),
        extra=sorted((rendered_rows - text_rows).elements(), key=repr),
    )


def compare(built: Built, source: str, style: str) -> dict[str, Score]:
    """Each record type's score of ``source`` rendered in ``style`` against its text form."""
    expected = rows(built.dbs[TEXT], built.texts[source])
    got = rows(built.dbs[style], built.pdfs[style][source])
    return {kind: score(expected[kind], got[kind]) for kind in RECORD_TYPES}
