"""The link step: the one place where records of one kind are changed by what another extractor found.

Extractors never change records they did not make (:mod:`extractors.registry`
hands them read-only views). What one of them learns about another's records
it returns as *links*, and this step applies them all, once every extractor
has run, in run order and, within one extractor, in the order it returned
them — so the outcome depends on the declarations only.

Three links exist, one per cross-record fact councilpack keeps:

- :class:`PersonLink` — ``people`` resolved the name written on a
  membership, attendance or declaration record to a person (or to nobody):
  the record gets ``person_id`` and the name in its canonical form;
- :class:`MorePeople` — ``mentions`` met persons and written forms the lists
  did not give: they join the ``people`` records (a person already there
  keeps its fields and gains only those it lacked, an alias already there is
  kept as it was);
- :class:`MeetingFlag` — ``declarations`` read whether the minutes declared
  any interest: a field of the document's one meeting record is set.

A link may only touch a kind its extractor declared in ``requires``
(:func:`check_links`, run as each extractor returns): anything else is that
extractor's error, like an exception it raised.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from extractors.registry import ExtractorContractError
from schemas.people import Person, PersonAlias

if TYPE_CHECKING:
    from extractors.registry import ExtractorSpec


@dataclass(frozen=True)
class PersonLink:
    """``records[record_kind][index]`` names ``person_id`` (None: nobody known) and is written ``name``."""

    record_kind: str
    index: int
    person_id: str | None
    name: str


@dataclass(frozen=True)
class MorePeople:
    """Persons and aliases to merge into the ``people`` records."""

    persons: tuple[Person, ...]
    aliases: tuple[PersonAlias, ...]


@dataclass(frozen=True)
class MeetingFlag:
    """Set ``field`` of the document's meeting to ``value`` (when the document describes one meeting)."""

    field: str
    value: Any


def check_links(spec: ExtractorSpec, links: list[Any]) -> None:
    """Refuse a link that is not one, or that touches a kind ``spec`` did not require (the runner calls this
    as soon as the extractor returns, so a bad link costs that extractor's output only)."""
    for link in links:
        kind = _target(link)
        if kind not in spec.requires:
            raise ExtractorContractError(f"extractor {spec.name!r} links {kind!r} records but does not list {kind!r} in requires")


def apply_links(records: dict[str, list[Any]], links: list[tuple[ExtractorSpec, list[Any]]]) -> None:
    """Apply each extractor's (checked) links to ``records``, in place, in the order given (run order)."""
    for _spec, found in links:
        for link in found:
            if isinstance(link, PersonLink):
                _link_person(records, link)
            elif isinstance(link, MorePeople):
                records["people"] = _merge_people(records.get("people", []), link)
            elif isinstance(link, MeetingFlag):
                _flag_meeting(records, link)


def _target(link: Any) -> str:
    if isinstance(link, PersonLink):
        return link.record_kind
    if isinstance(link, MorePeople):
        return "people"
    if isinstance(link, MeetingFlag):
        return "meeting"
    raise ExtractorContractError(f"not a link: {link!r}")


def _link_person(records: dict[str, list[Any]], link: PersonLink) -> None:
    record = records[link.record_kind][link.index]
    if link.person_id is not None:
        record.person_id = link.person_id
    record.name = link.name


def _merge_people(people: list[Any], more: MorePeople) -> list[Any]:
    """``people`` with ``more`` merged in: persons first, then aliases, each in first-seen order."""
    persons = {p.id: p for p in people if isinstance(p, Person)}
    aliases = {(a.person_id, a.alias): a for a in people if isinstance(a, PersonAlias)}
    for person in more.persons:
        known = persons.setdefault(person.id, person)
        if known is not person:
            if person.honorific and not known.honorific:
                known.honorific = person.honorific
            if person.post_nominals and not known.post_nominals:
                known.post_nominals = person.post_nominals
    for alias in more.aliases:
        aliases.setdefault((alias.person_id, alias.alias), alias)
    return [*persons.values(), *aliases.values()]


def _flag_meeting(records: dict[str, list[Any]], link: MeetingFlag) -> None:
    meetings = records.get("meeting") or []
    if len(meetings) == 1:  # a list of meetings (web service) is not one meeting's minutes
        setattr(meetings[0], link.field, link.value)
