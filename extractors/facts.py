"""(being written)"""

from extractors.registry import ExtractionContext, extractor


@extractor("facts")
def extract_facts(ctx: ExtractionContext) -> list:
    return []
