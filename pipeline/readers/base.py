"""What a reader raises when it cannot read a document.

The document model readers produce (:class:`~schemas.source_document.SourceDocument`,
its pages and raw tables) lives in :mod:`schemas.source_document`, so that every stage
after reading can use it without importing the reading stage.
"""


class ReadError(Exception):
    """A document that cannot be read. The message is shown to users as is."""
