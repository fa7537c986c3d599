"""The model of ``layout.toml``: what keys it may have and how its patterns compile."""

from extractors.vocab.fields import I, M, Pattern, Patterns, VocabModel


class Header(VocabModel):
    meeting_title_line: Patterns(I | M)
    minutes_heading: Patterns(I | M)
    venue: Patterns(I | M)
    minutes_of_meeting: Patterns(M)
    summons: Patterns(M)
    venue_minutes: Patterns(I | M)
    date: Patterns(I | M)
    time: Patterns(I | M)
    contact: Patterns(I | M)
    email: Patterns(I | M)
    phone: Patterns(I | M)
    quorum: Patterns(I | M)
    published: Patterns(I | M)
    previous_minutes: Patterns(I | M)
    previous_minutes_body: Patterns(I | M)


class Items(VocabModel):
    number_line: Patterns(I | M)
    minutes_anchor: Patterns(I | M)
    documents_anchor: Patterns(I | M)
    agenda_line: Patterns(I | M)
    page_range: Patterns(I | M)
    minute_line: Patterns(I | M)
    item_marker_line: Patterns(I | M)
    report_header: Patterns(I | M)
    title_noise: Patterns(I | M)
    report_type_prefix: Patterns(M)


class Sections(VocabModel):
    headings: Patterns(I | M)
    part_one: Patterns(I | M)
    part_two: Patterns(I | M)
    part_two_nil: Patterns(I | M)
    agenda_end: Patterns(I | M)
    tail: Patterns(I | M)
    closing: Patterns(I | M)


class InferredTitle(VocabModel):
    pattern: Pattern(I)
    title: str


class Restricted(VocabModel):
    markers: Patterns(I | M)


class Descriptions(VocabModel):
    starts: Patterns(I | M)


class Pack(VocabModel):
    committee_line: Patterns(I | M)
    signals: Patterns(I | M)


class ModernGovPage(VocabModel):
    page_head: Patterns(I | M)
    item_table_head: Patterns(M)
    anchor_line: Patterns(M)
    minutes_line: Patterns(M)
    issue_head: Patterns(I | M)
    issue_meeting: Patterns(M)


class Summary(VocabModel):
    secondary: Patterns(I)


class Layout(VocabModel):
    header: Header
    items: Items
    sections: Sections
    inferred_titles: list[InferredTitle]
    restricted: Restricted
    descriptions: Descriptions
    pack: Pack
    moderngov_page: ModernGovPage
    summary: Summary
