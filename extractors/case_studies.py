"""(being written)"""

from extractors.registry import ExtractionContext, extractor


@extractor("case_studies")
def extract_case_studies(ctx: ExtractionContext) -> list:
    return []
