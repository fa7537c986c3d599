"""(being written)"""

from extractors.registry import ExtractionContext, extractor


@extractor("kpi_tables")
def extract_kpi_tables(ctx: ExtractionContext) -> list:
    return []
