"""The model of ``structure.toml``: what keys it may have and how its patterns compile."""

from extractors.vocab.fields import I, M, Patterns, VocabModel


class StructureSections(VocabModel):
    """Standard business by kind: a heading naming one is very likely an item heading."""

    apologies: Patterns(I)
    declarations: Patterns(I)
    minutes: Patterns(I)
    public: Patterns(I)
    chair: Patterns(I)
    exclusion: Patterns(I)
    programme: Patterns(I)
    business: Patterns(I)
    next_meeting: Patterns(I)
    finance: Patterns(I)
    reports: Patterns(I)


class StructureTitles(VocabModel):
    breaks: Patterns(0)  # case matters: a capitalised word opens the sentence after a title
    dangling: Patterns(I)
    wrapped_on: Patterns(0)  # case matters: the joining word in lower case, the next in capitals
    cross_reference: Patterns(I)


class StructureKinds(VocabModel):
    minutes: Patterns(I | M)
    agenda: Patterns(I | M)
    minutes_word: Patterns(I)
    minutes_body: Patterns(M)  # case matters where a pattern says so: RESOLVED in capitals
    resolved_mark: Patterns(M)  # "RESOLVED" as minutes print it, anywhere in the document
    paper: Patterns(I)
    summons: Patterns(I)  # a summons keeps a document an agenda whatever decisions its pack carries
    document_links: Patterns(I | M) = []  # a page's list of its documents: "Agenda" there is a link, not a heading


class StructureHeader(VocabModel):
    council_line: Patterns(0)
    whole_council: Patterns(I)
    committee_line: Patterns(0)
    held_on: Patterns(I)
    previous_record: Patterns(I)
    numeric_date: Patterns(0)
    meeting_sentence: Patterns(0)
    body_and_date: Patterns(0)
    starts_at: Patterns(I)
    minutes_of: Patterns(I)
    venue: Patterns(0)
    paper_date: Patterns(I)


class StructureUnnumbered(VocabModel):
    not_headings: Patterns(I)
    attendance_labels: Patterns(I)
    previous_minutes: Patterns(I)


class StructureDocuments(VocabModel):
    """Title lines that name a document other than minutes or an agenda."""

    decision_notice: Patterns(I | M)
    forward_plan: Patterns(I | M)
    form: Patterns(I | M)


class StructureFormLabels(VocabModel):
    """The labels of a form's fields, by what the field holds (matched whole, before the colon)."""

    body: Patterns(I)
    meeting_date: Patterns(I)
    date: Patterns(I)
    reference: Patterns(I)
    item: Patterns(I)
    subject: Patterns(I)
    published: Patterns(I)
    decision: Patterns(I)
    declarations: Patterns(I)
    other: Patterns(I)


class StructurePlanColumns(VocabModel):
    """A forward plan table's header cells, by what the column holds (tried in order)."""

    key: Patterns(I)
    exempt: Patterns(I)
    decision_maker: Patterns(I)
    date: Patterns(I)
    lead: Patterns(I)
    title: Patterns(I)


class Structure(VocabModel):
    unnumbered: StructureUnnumbered
    sections: StructureSections
    titles: StructureTitles
    kinds: StructureKinds
    header: StructureHeader
    documents: StructureDocuments
    form_labels: StructureFormLabels
    plan_columns: StructurePlanColumns
