"""Extractors: rules that turn a document and its outline into records, one module per record kind.

An extractor is a function ``(ctx: ExtractionContext) -> list[record]``
registered with :func:`extractor`, the way spaCy registers pipeline
components, saying which record kinds it reads and which types it makes::

    @extractor("resolutions", requires=("meeting",), produces=Resolution)
    def extract_resolutions(ctx): ...

The run order is computed from ``requires`` (:func:`extractors.registry.run_order`);
a requirement nobody makes, or a cycle, fails when the extractor modules are
imported. While it runs, an extractor reads ``ctx.records`` — only the kinds it
required, as read-only tuples — and never changes them: what it learns about
others' records (a person a name refers to, a flag on the meeting) it returns
as links beside its own records, and the link step (:mod:`extractors.link`)
applies them once all extractors have run. An extractor that raises loses only
its own rows and those of the extractors requiring it; the document still
loads, naming it in ``documents.extraction_errors``. Extractors never touch
the database.

A new extractor is a new module in this package (every module is imported to
find them, :func:`extractors.registry.discover`); the full contract is in
:mod:`extractors.registry`.
"""

from extractors.registry import ExtractionContext, ExtractorOutput, extractor, registered, run_extractors

__all__ = ["ExtractionContext", "ExtractorOutput", "extractor", "registered", "run_extractors"]
