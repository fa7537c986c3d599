"""People: one person per name within a council (never per document), linked conservatively.

Runs after every extractor that names people (membership, attendance,
declarations) and links their written names to persons:

1. a full name ("Simon Brown", "Councillor Simon Brown (VC)") is a person,
   identified by council and name, so the same name in another document of
   the same council is the same person;
2. a short form ("Ms Hedley", "Mr S Brown", "Cllr Brown") is linked to the one
   full-named person of this document it can be (same surname, compatible
   initial); when there are two candidates it is left unlinked: a wrong
   merge is worse than a missed one;
3. honorifics, post-nominals and role marks are kept on the person, not in
   the name; every written form becomes an alias with this document as its
   evidence.

People changes no record it did not make: for each named record it returns a
:class:`~extractors.link.PersonLink` (the person, or nobody, and the name in
its canonical form), and the link step (:mod:`extractors.link`) gives the
record its ``person_id`` and ``name`` once every extractor has run. Later
extractors rebuild the index from the ``people`` records
(:meth:`PeopleIndex.from_records`) to resolve the names they meet.
"""

from __future__ import annotations

from extractors.councils import council_options, resolve_council
from extractors.link import PersonLink
from extractors.names import Name, is_personal_name, parse_name, person_key
from extractors.registry import ExtractionContext, ExtractorOutput, extractor
from schemas.people import Person, PersonAlias

NAME = "people"
NAMED_RECORDS = ("membership", "attendance", "declarations")


# What people are keyed under when their document's council is unknown (ids ``unknown-council/...``,
# ``council`` empty): one shared scope, not the document. See :func:`council_scope` for why.
UNKNOWN_COUNCIL = "unknown council"


def council_scope(ctx: ExtractionContext) -> str | None:
    """The council people are identified within; ``None`` when the document does not show it.

    People are keyed by council and name, never by document: the same
    councillor named in two documents of one council is one person. A parish,
    town or community council is a council like any other here (its name
    from the document's heading: "Stoke Ferry Parish Council").

    When no evidence names the council (no heading, domain or name, no
    ``--council``), the person is keyed by name under one shared
    "unknown council" and their ``council`` is left empty, which flags them.
    Keying them by document instead would make the same person a new row in
    every such document, forever; keying by name merges two people of the
    same full name from two unknown councils, which is rarer (only full
    names, first name and surname, are keyed; a surname alone is linked
    within its document only) and visible (``people.council is null``), and
    ingesting with ``--council`` separates them.
    """
    meeting = (ctx.records.get("meeting") or [None])[0]
    return (meeting.council if meeting else None) or resolve_council(ctx.text, None, **council_options(ctx.options))


class PeopleIndex:
    """The persons of one document and how written names resolve to them."""

    def __init__(self, council: str | None, document_id: str) -> None:
        self.council = council  # None: unknown (keyed under UNKNOWN_COUNCIL)
        self.document_id = document_id
        self.persons: dict[str, Person] = {}
        self.aliases: dict[tuple[str, str], PersonAlias] = {}

    @classmethod
    def from_records(cls, council: str | None, document_id: str, people: tuple | list) -> PeopleIndex:
        """An index holding copies of ``people`` (persons and aliases), free to grow without touching them."""
        index = cls(council, document_id)
        for record in people:
            if isinstance(record, Person):
                index.persons[record.id] = record.model_copy()
            elif isinstance(record, PersonAlias):
                index.aliases[(record.person_id, record.alias)] = record.model_copy()
        return index

    def records(self) -> list[Person | PersonAlias]:
        """The persons, then the aliases, in the order they were first met."""
        return [*self.persons.values(), *self.aliases.values()]

    def add_full(self, name: Name) -> Person | None:
        if not (name.is_full and is_personal_name(name.full)):
            return None
        key = person_key(self.council or UNKNOWN_COUNCIL, name.full)
        person = self.persons.get(key)
        if person is None:
            person = self.persons[key] = Person(id=key, council=self.council, name=name.full)
        if name.honorific and not person.honorific:
            person.honorific = name.honorific
        if name.post_nominals and not person.post_nominals:
            person.post_nominals = name.post_nominals
        return person

    def resolve(self, written: str) -> tuple[Person | None, str]:
        """The person a written name refers to, and the evidence for the link."""
        name = parse_name(written)
        if name.is_full:
            return self.add_full(name), "full name"
        if not is_personal_name(name.full, surname_only=True):
            return None, "not a name"
        candidates = [p for p in self.persons.values() if _compatible(parse_name(p.name), name)]
        if len(candidates) == 1:
            person = candidates[0]
            if name.honorific and not person.honorific:
                person.honorific = name.honorific
            how = "initials and surname" if name.initials else "surname"
            return person, f"{how} match, unique in document"
        return None, "ambiguous" if candidates else "no full name in document"

    def alias(self, person: Person, written: str, evidence: str) -> None:
        written = written.strip(" ,;.")
        self.aliases.setdefault((person.id, written), PersonAlias(person_id=person.id, alias=written, evidence_document_id=self.document_id, evidence=evidence))


def _compatible(full: Name, short: Name) -> bool:
    if full.surname.lower() != short.surname.lower():
        return False
    return not short.initials or full.initials.startswith(short.initials[:1])


@extractor(NAME, requires=("meeting", *NAMED_RECORDS), produces=(Person, PersonAlias))
def extract_people(ctx: ExtractionContext) -> ExtractorOutput:
    index = PeopleIndex(council_scope(ctx), ctx.doc.id)
    named = [(kind, i, record.name) for kind in NAMED_RECORDS for i, record in enumerate(ctx.records[kind])]
    for _, _, written in named:  # full names first, so short forms can find them
        index.add_full(parse_name(written))
    # each attendance row of a document is one person: a short name ("Cllr Stephenson") is never another
    # row's full-named person ("Mrs Jen Stephenson, Head Teacher", also present)
    listed: dict[str, set[int]] = {}
    for kind, i, written in named:
        name = parse_name(written)
        if kind == "attendance" and name.is_full and is_personal_name(name.full):
            listed.setdefault(person_key(index.council or UNKNOWN_COUNCIL, name.full), set()).add(i)
    links = []
    for kind, i, written in named:
        person, evidence = index.resolve(written)
        if person is not None and kind == "attendance" and listed.get(person.id, {i}) != {i} and i not in listed[person.id]:
            person = None
        if person is None:
            links.append(PersonLink(kind, i, None, parse_name(written).full or written))
            continue
        index.alias(person, written, evidence)
        links.append(PersonLink(kind, i, person.id, person.name))
    return ExtractorOutput(index.records(), links)
