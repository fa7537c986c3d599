"""The extractor registry and the context extractors share."""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from typing import Any, Callable

from schemas.outline import Outline
from schemas.provenance import Extracted, Span
from schemas.source_document import SourceDocument

ExtractorFn = Callable[["ExtractionContext"], list[Extracted]]

# Modules that define extractors, in pipeline order. Importing one registers it.
EXTRACTOR_MODULES = (
    "extractors.meeting",
    "extractors.agenda_items",
    "extractors.resolutions",
    "extractors.actions",
    "extractors.work_programme",
    "extractors.membership",
    "extractors.attendance",
    "extractors.declarations",
    "extractors.people",
    "extractors.mentions",
    "extractors.kpi_tables",
    "extractors.facts",
    "extractors.glossary",
    "extractors.case_studies",
)

_REGISTRY: dict[str, ExtractorFn] = {}


def extractor(name: str) -> Callable[[ExtractorFn], ExtractorFn]:
    """Register ``fn`` as the extractor called ``name`` (the value of every row's ``extractor``)."""

    def decorator(fn: ExtractorFn) -> ExtractorFn:
        fn.extractor_name = name  # type: ignore[attr-defined]
        _REGISTRY[name] = fn
        return fn

    return decorator


def registered() -> dict[str, ExtractorFn]:
    """All extractors, in pipeline order (the order of EXTRACTOR_MODULES, whatever was imported first)."""
    for module in EXTRACTOR_MODULES:
        importlib.import_module(module)
    order = {module: i for i, module in enumerate(EXTRACTOR_MODULES)}
    return dict(sorted(_REGISTRY.items(), key=lambda item: order.get(item[1].__module__, len(order))))


@dataclass
class ExtractionContext:
    """What an extractor sees: the document, its outline and earlier records."""

    doc: SourceDocument
    outline: Outline | None
    records: dict[str, list[Extracted]] = field(default_factory=dict)
    options: dict[str, Any] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return self.doc.text

    def provenance(self, span: Span | None, extractor: str) -> dict[str, Any]:
        """The provenance fields for a record found at ``span``."""
        if span is None:
            return {"document_id": self.doc.id, "page": None, "char_start": None, "char_end": None, "extractor": extractor}
        return {
            "document_id": self.doc.id,
            "page": self.doc.page_at(span.start).index,
            "char_start": span.start,
            "char_end": span.end,
            "extractor": extractor,
        }

    def meeting_id(self) -> str | None:
        meetings = self.records.get("meeting") or []
        return meetings[0].id if meetings else None


def run_extractors(ctx: ExtractionContext, only: set[str] | None = None) -> dict[str, list[Extracted]]:
    """Run every registered extractor in order, collecting their records in ``ctx.records``."""
    for name, fn in registered().items():
        if only is not None and name not in only:
            continue
        ctx.records[name] = list(fn(ctx))
    return ctx.records
