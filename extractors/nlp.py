"""The one spaCy pipeline every extractor shares.

spaCy is used as a rule engine: a blank English pipeline (tokenizer, no
model to download) with a rule-based ``sentencizer`` and an ``entity_ruler``
that marks titled names ("Councillor Robson", "Ms L Game") as PERSON.
Building a blank pipeline costs a third of a second, so it is built once per
process and shared; extractors add their own ``Matcher``/``PhraseMatcher``
over its vocabulary.
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

from extractors import vocab

@lru_cache(maxsize=1)
def english() -> Language:
    titles = [t.lower() for t in vocab.get("common").honorifics.common]  # the titles a councillor or officer is named with
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns(
        [
            {"label": "PERSON", "pattern": [{"LOWER": {"IN": titles}}, {"IS_TITLE": True}, {"IS_TITLE": True, "OP": "?"}]},
            {"label": "PERSON", "pattern": [{"LOWER": {"IN": titles}}, {"TEXT": {"REGEX": r"^[A-Z]$"}}, {"IS_TITLE": True}]},
        ]
    )
    return nlp


def first_match_per_sentence(doc, matcher) -> list[tuple[int, int, int, object]]:
    """``(match_id, start, end, sentence)`` of the first (longest) Matcher match in each sentence of ``doc``.

    A sentence can match several patterns, or one pattern at several
    lengths; the rules that read a sentence as one fact (a decision, a case
    study) want it once.
    """
    seen: set[int] = set()
    out = []
    for match_id, start, end in sorted(matcher(doc), key=lambda m: (m[1], -m[2])):
        sentence = doc[start:end].sent
        if sentence.start in seen:
            continue
        seen.add(sentence.start)
        out.append((match_id, start, end, sentence))
    return out
