"""The outliner registry: each outliner scores how well a document fits its layout."""

from __future__ import annotations

from typing import Callable

from schemas.source_document import SourceDocument
from schemas.outline import Outline

Scorer = Callable[[SourceDocument], float]
Builder = Callable[[SourceDocument], Outline]

_OUTLINERS: dict[str, tuple[Scorer, Builder]] = {}


def register_outliner(name: str, score: Scorer):
    """Register an outliner under ``name``; ``score(doc)`` says how well it fits (0..1)."""

    def decorator(build: Builder) -> Builder:
        _OUTLINERS[name] = (score, build)
        return build

    return decorator


def outline_document(doc: SourceDocument) -> Outline | None:
    """Outline ``doc`` with the best-fitting outliner (ties go to registration order)."""
    if doc.outline is not None:
        return doc.outline
    best: tuple[float, str] | None = None
    for name, (score, _) in _OUTLINERS.items():
        s = score(doc)
        if s > 0 and (best is None or s > best[0]):
            best = (s, name)
    if best is None:
        return None
    outline = _OUTLINERS[best[1]][1](doc)
    from pipeline.outline.general import complete_head  # the general reader registers itself here

    complete_head(doc, outline)
    return outline
