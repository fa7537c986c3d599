"""Table specs: what a table of the database is, declared once beside its model.

A :class:`TableSpec` names a pydantic model and says everything the rest of
councilpack needs to know about the table that model's rows are stored in:

- the table's name and primary key;
- its foreign keys (``(column, other table, other column)``) and the extra
  indexes it needs (every foreign-key column is indexed unless told not to);
- the columns of its full-text index, if any;
- its title for Datasette (the description is the model's docstring, or
  ``description`` when the docstring reads badly out of context, followed by
  ``note``).

Column names, types and descriptions are the model's fields: a column is a
field, its SQLite type follows the annotation, its description is the
field's ``Field(description=...)`` (which also lands in the exported JSON
Schema). From the specs in :data:`schemas.TABLES`, the store creates the
tables (``pipeline/store/schema.py``) and upgrades old databases
(``pipeline/store/migrations.py``), Datasette's metadata describes them
(``pipeline/publish/metadata.py``) and ``councilpack export`` writes them
(``pipeline/export.py``). So a new field reaches all four with no other
change, and a new record type is one model and one spec.
"""

from __future__ import annotations

from dataclasses import dataclass
from pydantic import BaseModel

ForeignKey = tuple[str, str, str]

# The parents most extracted rows hang from.
DOCUMENT = ("document_id", "documents", "id")
MEETING = ("meeting_id", "meetings", "id")
AGENDA_ITEM = ("agenda_item_id", "agenda_items", "id")
PERSON = ("person_id", "people", "id")
ITEM_PARENTS: tuple[ForeignKey, ...] = (DOCUMENT, MEETING, AGENDA_ITEM)


# Where an extracted row came from: put after what the row says (its id stays first), so that a table page
# shows a resolution's text or a declaration's description before its document, page and span.
PROVENANCE_COLUMNS = ("document_id", "page", "char_start", "char_end", "extractor")


def column_order(model: type[BaseModel]) -> list[str]:
    """A model's fields as table columns: an extracted record's own fields first, then its provenance; any other
    model's (documents, pages, people) in field order."""
    from schemas.provenance import Extracted

    fields = list(model.model_fields)
    if not issubclass(model, Extracted):
        return fields
    return [f for f in fields if f not in PROVENANCE_COLUMNS] + [f for f in PROVENANCE_COLUMNS if f in fields]


@dataclass(frozen=True)
class TableSpec:
    """One table: its model, keys, indexes, full-text columns and how Datasette titles it."""

    model: type[BaseModel]
    title: str
    name: str = ""  # defaults to the model's ``table`` class variable
    primary_key: str | tuple[str, ...] = "id"
    foreign_keys: tuple[ForeignKey, ...] = ()
    index_foreign_keys: bool = True  # one index per foreign-key column, for the joins and the loader's deletes
    indexes: tuple[tuple[str, ...], ...] = ()
    fts: tuple[str, ...] = ()
    description: str | None = None  # instead of the model's docstring
    note: str | None = None  # said after the description
    exported: bool = True  # written by ``councilpack export``
    hidden: bool = False  # bookkeeping nobody needs to browse

    def __post_init__(self) -> None:
        if not self.name:
            object.__setattr__(self, "name", getattr(self.model, "table"))

    @property
    def columns(self) -> list[str]:
        """The table's columns in the order they are created: see :func:`column_order`."""
        return column_order(self.model)

    @property
    def all_indexes(self) -> list[tuple[str, ...]]:
        """Every index of the table, in creation order: foreign-key columns first."""
        fk = [(column,) for column, _, _ in self.foreign_keys] if self.index_foreign_keys else []
        return list(dict.fromkeys([*fk, *self.indexes]))

    def column_description(self, column: str) -> str | None:
        field = self.model.model_fields.get(column)
        return field.description if field else None
