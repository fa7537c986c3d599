"""Declarations of interest (being written: see extractors/declarations.py owner)."""

from __future__ import annotations

from extractors.registry import ExtractionContext, extractor

NAME = "declarations"


@extractor(NAME)
def extract_declarations(ctx: ExtractionContext) -> list:
    return []
