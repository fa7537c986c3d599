"""Mentions: who presented, asked or spoke under each agenda item.

spaCy as a rule engine on a blank English pipeline (no model to download):

- a ``PhraseMatcher`` seeded from the people this document lists (full names,
  and "Ms Hedley"-style short forms when the surname is unique);
- the shared pipeline's ``EntityRuler`` (:mod:`extractors.nlp`) for titled
  names the lists do not give ("Councillor Robson's question");
- the sentence around each mention decides the role: presenter ("X
  introduced the report"), questioner ("In response to Councillor X's
  question", "X asked"), speaker ("X added", "X advised") or mentioned.

One row per person per item, with the strongest role found.

Mentions can name people and written forms the lists did not give: they are
returned as a :class:`~extractors.link.MorePeople` link, which the link step
merges into the ``people`` records.
"""

from __future__ import annotations

import re

import spacy
from spacy.matcher import PhraseMatcher

from extractors import vocab
from extractors.agenda_items import item_id
from extractors.link import MorePeople
from extractors.names import is_personal_name, parse_name
from extractors.nlp import english
from extractors.people import PeopleIndex, council_scope
from extractors.registry import ExtractionContext, ExtractorOutput, extractor
from schemas.people import Mention, Person
from schemas.provenance import Span

NAME = "mentions"
_ROLES = {"presenter": 0, "questioner": 1, "speaker": 2, "mentioned": 3}
_PRESENTER = re.compile(r"^\W*(?:,[^,]*,\s*)?(?:introduced|presented|gave|provided|outlined|delivered|led)\b", re.I)
_QUESTION_BEFORE = re.compile(r"(?:in response to|following|responding to)\s+$", re.I)
_QUESTIONER = re.compile(r"^(?:['’]s?\s+)?(?:question|query|queries|questions|asked|questioned|queried|inquired|enquired|sought)\b", re.I)
_SPEAKER = re.compile(r"^\W*(?:,[^,]*,\s*)?(?:said|added|reported|advised|confirmed|explained|noted|stated|highlighted|shared|clarified|agreed|responded|replied|commented|emphasised|informed|suggested|thanked|welcomed|underlined|acknowledged)\b", re.I)


@extractor(NAME, requires=("meeting", "people"), produces=Mention)
def extract_mentions(ctx: ExtractionContext) -> ExtractorOutput:
    if ctx.outline is None or not ctx.outline.items:
        return ExtractorOutput([])
    index = PeopleIndex.from_records(council_scope(ctx), ctx.doc.id, ctx.records["people"])
    nlp = english()
    matcher = PhraseMatcher(nlp.vocab)
    forms: dict[str, Person] = {}
    surnames: dict[str, list[Person]] = {}
    for person in index.persons.values():
        forms[person.name] = person
        surnames.setdefault(person.name.split()[-1], []).append(person)
    for surname, people in surnames.items():
        if len(people) == 1:
            for title in vocab.get("common").honorifics.common:
                forms[f"{title} {surname}"] = people[0]
    matcher.add("KNOWN", [nlp.make_doc(form) for form in forms])
    rows: dict[tuple[int, str], Mention] = {}
    for position, block in enumerate(ctx.outline.items, start=1):
        if block.minutes is None:
            continue
        base = block.minutes.start
        doc = nlp(ctx.text[block.minutes.start : block.minutes.end])
        spans = [doc[s:e] for _, s, e in matcher(doc)]
        spans += [e for e in doc.ents if e.label_ == "PERSON"]
        for span in spacy.util.filter_spans(spans):
            written = span.text
            person = forms.get(written)
            if person is None:
                person, _ = index.resolve(written)
            name = person.name if person else parse_name(written).full
            if not is_personal_name(parse_name(written).full, surname_only=True):
                continue
            if person is not None:
                index.alias(person, written, "named in the minutes")
            role = _role(span)
            key = (position, person.id if person else name)
            existing = rows.get(key)
            if existing is not None and _ROLES[existing.role_in_item] <= _ROLES[role]:
                continue
            rows[key] = Mention(
                id="",  # numbered below, once each person's strongest role is known
                meeting_id=ctx.meeting_id(),
                agenda_item_id=item_id(ctx.doc.id, position),
                person_id=person.id if person else None,
                name=name,
                role_in_item=role,
                **ctx.provenance(Span(start=base + span.start_char, end=base + span.end_char), NAME),
            )
    mentions = sorted(rows.values(), key=lambda m: (m.char_start, m.name))
    counters: dict[str, int] = {}
    for mention in mentions:
        counters[mention.agenda_item_id] = counters.get(mention.agenda_item_id, 0) + 1
        mention.id = f"{mention.agenda_item_id}-n{counters[mention.agenda_item_id]}"
    # mentions can name people and forms the lists did not: the link step merges them into people
    return ExtractorOutput(mentions, [MorePeople(tuple(index.persons.values()), tuple(index.aliases.values()))])


def _role(span) -> str:
    sentence = span.sent
    before = sentence.doc.text[sentence.start_char : span.start_char]
    after = sentence.doc.text[span.end_char : sentence.end_char]
    if _QUESTION_BEFORE.search(before) and _QUESTIONER.match(after) or re.match(r"^\s*(?:asked|questioned|queried|inquired|enquired)\b", after):
        return "questioner"
    if _PRESENTER.match(after):
        return "presenter"
    if _SPEAKER.match(after):
        return "speaker"
    return "mentioned"
