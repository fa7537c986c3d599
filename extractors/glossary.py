"""(being written)"""

from extractors.registry import ExtractionContext, extractor


@extractor("glossary")
def extract_glossary(ctx: ExtractionContext) -> list:
    return []
