"""Extractors: one module per record type, registered by name and run in order.

An extractor is a function ``(ctx: ExtractionContext) -> list[record]``
registered with :func:`extractor`, the way spaCy registers pipeline
components::

    @extractor("resolutions", after=("agenda_items",))
    def extract_resolutions(ctx): ...

Extractors read the document, its outline and the records produced by the
extractors before them (``ctx.records``); they never touch the database.
"""

from extractors.registry import ExtractionContext, extractor, registered, run_extractors

__all__ = ["ExtractionContext", "extractor", "registered", "run_extractors"]
