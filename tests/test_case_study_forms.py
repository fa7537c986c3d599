"""Which texts are a child's case study (issue 14): a heading or a table, or a sentence about a child, never the words alone.

A table of cases, text in, case studies out, each read by the real case-studies
extractor on the text as a document (redaction first, as in ingest).
"A good case study of partnership working" is an example, not a child's case
study; "a positive case study where a Young Person received ..." (seed 000) is
one, and so is a heading "Case study: Moving on".
"""

from __future__ import annotations

import pytest

from extractors import ExtractionContext, run_extractors
from pipeline.outline import outline_document
from pipeline.readers import read_document
from pipeline.redact import redact

CASES = [
    # (form, text, [(kind, title)])
    ("seed 000: a case study told in minutes, about a young person",
     "The Named Nurse also informed the Panel of a positive case study where a Young Person received a major improvement following a review.",
     [("mention", "Positive case study")]),
    ("seed 003: an anonymised case summary of a young person",
     "The report included an anonymised case summary of a young person named Kai, which highlighted a gap in communication.",
     [("case summary", "Anonymised case summary")]),
    ("a care leaver's case study in a sentence",
     "Members heard a moving case study about a 19-year-old care leaver who had found a flat.",
     [("mention", "Moving case study")]),
    ("an example of good practice, no child: not a case study",
     "The scheme was described as a good case study of partnership working between the council and the police.",
     []),
    ("an example about a service, no child: not a case study",
     "Officers said the new depot was an excellent case study in value for money.",
     []),
    ("children's services are no child",
     "The inspection called it a useful case study for children's services across the region.",
     []),
    ("a heading is structure enough, no child named",
     "Case study: Moving on\nThe young person moved to a new flat in June.",
     [("case study", "Case study: Moving on")]),
    ("plural references never count",
     "The two case studies below show how young people were supported.",
     []),
]  # fmt: skip


def case_studies(text: str) -> list[tuple[str, str]]:
    doc = read_document("t" * 64, "case.txt", text.encode("utf-8"))
    redact(doc)
    ctx = ExtractionContext(doc=doc, outline=outline_document(doc))
    run = run_extractors(ctx, only={"case_studies"})
    assert not run.errors, run.errors
    return [(c.kind, c.title) for c in run.records["case_studies"]]


@pytest.mark.parametrize(("form", "text", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_case(form, text, expected):
    assert case_studies(text) == expected, text
