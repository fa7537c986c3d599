"""Redaction rules, one row each: text in, masked text out (issue 17).

Each rule of :mod:`extractors.redaction` on a short text as a council document
writes it, and the negative cases it must leave alone: adults in their role,
"Hope Street", "May 2024 meeting", ordinary capitalised words at a sentence's
start. The probe harness (``tests/test_redaction_probes.py``) measures the same
rules end to end through ingest and scrape; these say which rule does what.
"""

from __future__ import annotations

import pytest

from extractors.redaction import apply, find, mask_listing_text

CASES = [
    # (form, text in, text out)
    ("numbered heading, first name after", "Case Study 2: Jordan Okafor\nJordan attends college.", "Case Study 2: ██████ ██████\n██████ attends college."),
    ("upper-case heading, en dash, apostrophe", "CASE STUDY – MIA O'NEILL\nMia O'Neill is settled.", "CASE STUDY – ███ █'█████\n███ █'█████ is settled."),
    ("possessive heading", "Tomasz's story\nTomasz likes football.", "██████'s story\n██████ likes football."),
    ("inner capital", "Case study: LeShay McKenna\nLeShay is 15.", "Case study: ██████ ███████\n██████ is 15."),
    ("known as", "The young person (known as Dev) is 16.", "The young person (known as ███) is 16."),
    ("care leaver appositive", "We thanked a care leaver, Ibrahim Sesay, for speaking.", "We thanked a care leaver, ███████ █████, for speaking."),
    ("labelled line", "Young person: Ola Adebayo\nAge: 15", "Young person: ███ ███████\nAge: 15"),
    ("sibling", "Case study: Nia Obi\nNia lives with her brother Kwame.", "Case study: ███ ███\n███ lives with her brother █████."),
    ("name with an age", "said Jaden, 15, at the event.", "said █████, 15, at the event."),
    ("recogniser after a month", "Case study\nIn June Rafferty, his carer and school agreed a plan.", "Case study\nIn June ████████, his carer and school agreed a plan."),
    ("YP in a listing", "Exempt appendix - YP Casimir Drozd placement update", "Exempt appendix - YP ███████ █████ placement update"),
    ("a word-name beside a street", "Case study of Hope Ndlovu\nHope moved to Hope Street.", "Case study of ████ ██████\n████ moved to Hope Street."),
    ("name before 'case study'", "Appendix B - Noor Haddad case study\nNoor is 12.", "Appendix B - ████ ██████ case study\n████ is 12."),
    ("spotlight heading, recogniser after it", "Spotlight on Tobias Wren\nIn April Tobias, his carer and school agreed.",
     "Spotlight on ██████ ████\nIn April ██████, his carer and school agreed."),
    ("case example heading", "Case example 3: Tobias Wren\nTobias is settled.", "Case example 3: ██████ ████\n██████ is settled."),
    ("nickname", "Case study\nKatarzyna, who prefers to be called Kasia, is 15.", "Case study\n█████████, who prefers to be called █████, is 15."),
    ("two siblings", "Her brothers Zoltan and Imre live nearby.", "Her brothers ██████ and ████ live nearby."),
    ("recogniser, a surname that is also a one-word council area", "Case study\nIn May Jordan Sutton and his carer met the team.",
     "Case study\nIn May ██████ ██████ and his carer met the team."),
    ("recogniser, name then 'and his'", "Case study\nIn May Radu and his carer met the team.", "Case study\nIn May ████ and his carer met the team."),
    ("a word-name beside a season", "Case study: Summer Osei\nSummer spent the Summer holidays at camp.", "Case study: ██████ ████\n██████ spent the Summer holidays at camp."),
    ("apostrophe first name repeated alone", "Case study: D'Arcy Fenwick and his sister LaVerne\nD'Arcy and LaVerne are settled.",
     "Case study: █'████ ███████ and his sister ███████\n█'████ and ███████ are settled."),
    ("possessive heading in capitals", "TEMITOPE'S STORY\nTemitope is 14.", "████████'S STORY\n████████ is 14."),
    ("a legal status as the label", "Looked after at home: Callum Baird (Compulsory Supervision Order)\nCallum is 12.",
     "Looked after at home: ██████ █████ (Compulsory Supervision Order)\n██████ is 12."),
    ("quoted nickname between names", 'Case study: Alexander ("Sandy") Kowalczyk\nSandy is 15.', 'Case study: █████████ ("█████") █████████\n█████ is 15.'),
    ("Welsh heading and DOB label", "Astudiaeth achos: Gwion Pritchard\nDyddiad geni: 09/09/2009", "Astudiaeth achos: █████ █████████\nDyddiad geni: ██/██/2009"),
    ("a verb that takes a person", "Case study\nThe Panel thanked Zainab Idowu for speaking.", "Case study\nThe Panel thanked ██████ █████ for speaking."),
    ("thanks to a child", "Case study\nThe Panel places on record its thanks to Tendai Moyo-Clarke for attending.",
     "Case study\nThe Panel places on record its thanks to ██████ ████-██████ for attending."),
    ("a list naming children", "Case study\nYoung people who attended: Kwabena, Ruby and Tendai.", "Case study\nYoung people who attended: ███████, ████ and ██████."),
    ("Latin Extended letters", "Case study: Łukasz Wójcik\nŁukasz is 15.", "Case study: ██████ ██████\n██████ is 15."),
    ("surname particles", "Case study: Sophie van der Berg\nSophie van der Berg moved in May.",
     "Case study: ██████ ███ ███ ████\n██████ ███ ███ ████ moved in May."),
    ("name before 'a care leaver'", "Kwesi Boateng, a care leaver, addressed the Panel.", "█████ ███████, a care leaver, addressed the Panel."),
    ("age before a name", "The Panel heard from 16-year-old Tendai Moyo about her placement.", "The Panel heard from 16-year-old ██████ ████ about her placement."),
    ("name with an age between dashes", "Tendai – aged 14 – lives in Leeds.", "██████ – aged 14 – lives in Leeds."),
    ("a name in capitals under a mixed-case heading", "Case study: MAYA-ROSE O'SULLIVAN\nMaya-Rose is 9.", "Case study: ████-████ █'████████\n████-████ is 9."),
    ("a possessive before a role word", "Case study: Kai Brennan\nKai's IRO, Deborah Lyle, chaired the review.",
     "Case study: ███ ███████\n███'s IRO, Deborah Lyle, chaired the review."),
    ("a word-name at a sentence start with what a person has", "Case study\nKai's Personal Adviser, Dev Shah, helps him.",
     "Case study\n███'s Personal Adviser, Dev Shah, helps him."),
    ("a word-name with 'aged'", "Case study\nRuby, aged 14, started Year 10.", "Case study\n████, aged 14, started Year 10."),
    ("whom we will call", "A girl, whom we will call Juniper, was placed with emergency carers.\nJuniper is 14.",
     "A girl, whom we will call ███████, was placed with emergency carers.\n███████ is 14."),
    ("a sibling named before who they are", "Case study\nAma, his sister, lives with their grandmother.", "Case study\n███, his sister, lives with their grandmother."),
    ("Irish particle, name before 'born'", "Ruairí Ó Ceallaigh, born 2 December 2011, is in foster care.", "██████ █ █████████, born █ ████████ 2011, is in foster care."),
    ("a name before 'was born'", "Case study\nAmarachi Obi was born 3 May 2010 in Leeds.", "Case study\n████████ ███ was born █ ███ 2010 in Leeds."),
    ("siblings listed after 'his brothers'", "Case study: Tiago\nTiago and his brothers Rui and Nuno moved.", "Case study: █████\n█████ and his brothers ███ and ████ moved."),
]

DOB_CASES = [
    ("DOB numeric", "DOB 12/03/2008", "DOB ██/██/2008"),
    ("D.O.B dotted", "D.O.B: 23.10.2008", "D.O.B: ██.██.2008"),
    ("d.o.b. lower case", "(d.o.b. 01.02.2007)", "(d.o.b. ██.██.2007)"),
    ("no-break space", "DOB\u00a003/06/2008", "DOB\u00a0██/██/2008"),
    ("two-digit year", "DOB 05/07/09", "DOB ██/██/09"),
    ("label then line break", "Date of Birth:\n17 September 2007", "Date of Birth:\n██ █████████ 2007"),
    ("inside a sentence", "her date of birth is 21 August 2006, so", "her date of birth is ██ ██████ 2006, so"),
    ("ISO", "born 2011-07-30.", "born 2011-██-██."),
    ("ordinal words", "born on the fourth of May 2009 and", "born on ███ ██████ ██ ███ 2009 and"),
    ("born in a place on", "was born in Swansea on 04/04/2004 and", "was born in Swansea on ██/██/2004 and"),
    ("month first", "DOB May 4, 2009", "DOB ███ █, 2009"),
    ("a PDF line break after 'on'", "was born in Swansea on\n04/04/2004 and", "was born in Swansea on\n██/██/2004 and"),
    ("a date on the next line is no DOB", "DOB\t2006 (18 years old)\nThe meeting on 12/03/2024", "DOB\t2006 (18 years old)\nThe meeting on 12/03/2024"),
    ("abbreviated month with dashes", "DOB: 12-Mar-2008", "DOB: ██-███-2008"),
    ("year first with slashes", "Date of birth 2008/03/12", "Date of birth 2008/██/██"),
    ("ordinal day, month first", "born on March 12th, 2008 in Leeds", "born on █████ ████, 2008 in Leeds"),
    ("a date in brackets after a child's name", "Case study: Emre Kaya (2009-04-17)", "Case study: ████ ████ (2009-██-██)"),
    ("a birthday without its year", "Her birthday is 4 July and", "Her birthday is █ ████ and"),
    ("a 'Birthday:' label", "Birthday: 3rd March", "Birthday: ███ █████"),
    ("plural cue, two dates", "Their dates of birth are 01/01/2012 and 02/02/2014.", "Their dates of birth are ██/██/2012 and ██/██/2014."),
    ("hyphenated cue", "Date-of-birth: 14/02/2011", "Date-of-birth: ██/██/2011"),
    ("'b.' before a date", "(b. 14/02/2011)", "(b. ██/██/2011)"),
    ("month and day, no year", "DOB: February 14th", "DOB: ████████ ████"),
    ("a later date after a DOB is no DOB", "born 3 May 2010, and on 4 June 2024 moved", "born █ ███ 2010, and on 4 June 2024 moved"),
    ("'b.' as a list letter", "Item b. 2 members", "Item b. 2 members"),
]

NEGATIVE = [
    ("adult in role after a comma", "Case study: Kai\nHis Personal Adviser, Marcus Bell, says Kai is well."),
    ("named nurse", "Case study: Kai\nNamed Nurse Christine Nichols met Kai."),
    ("officer listed", "Report of: Rachel Whitmore, Director of Children's Services\nLead officer: Tom Hargreaves, Head of Corporate Parenting"),
    ("councillor", "Case study\nCouncillor Priya Shah (Chair) welcomed everyone."),
    ("Hope Street alone", "The office on Hope Street opened in May 2024."),
    ("May 2024 meeting", "At the May 2024 meeting Members noted the report."),
    ("a date that is no DOB", "The meeting on 12/03/2024 noted a date of 4 May 2009."),
    ("sentence-initial words", "Case study\nMembers welcomed the report. Overall, Housing and Education improved."),
    ("a police officer in role", "Case study\nDetective Sergeant Priya Natarajan presented the data for Westfield and Ashby\nPark."),
    ("a place wrapped across a line", "Case study\nThe group met at Kingsmead and Ashby\nPark in June."),
    ("weekdays in a list", "Case study\nZander attends college on Tuesdays and Thursdays."),
    ("a place after 'in'", "Case study\nThe family lives in Llanelli now."),
    ("a heading that names no one", "Case Study 2 - Moving on\nThe service helped young people move on."),
    ("thanking an adult in role", "Case study\nThe Panel thanked Marcus Bell, Personal Adviser, for the report."),
    ("quoted word between English words", 'Case study\nThe Bright ("Spark") Award went to the team.'),
    ("a list of places after 'in'", "Case study: Kai\nKai has lived in Harrow, Brent and Barnet."),
    ("a date after an adult's name", "Case study: Kai\nUpdated by Marcus Bell, Personal Adviser, 12/03/2024."),
    ("adults listed beside a child", "Case study: Kai\nKai, Marcus Bell and Priya Shah, Councillor, met."),
    ("a 'Case review' heading of a word", "Case review – Findings\nThe findings were noted."),
    ("thanking an officer for the report", "Case study: Kai\nThe Chair thanked Ruth Adams for the report."),
    ("a foster carer named in role", "Case study: Kai\nHis foster carer, Joan Okoro, said Kai is thriving."),
    ("a policy's date after a birthday", "Council tax exemption for care leavers until their 25th birthday was introduced in May 2024."),
    ("a stop word's possessive", "Case study\nEveryone's school was closed."),
    ("a word the document writes in lower case", "Case study\nRuby's foster carers love her. She has a ruby ring."),
    ("young inspectors listed", "Case study\nOur Young Inspectors, Kacper and Aleksandra, reviewed the homes."),
    ("a hall and a time after a comma", "Surgery: St Paulinus Parochial Hall, 7.00 - 8.00 pm"),
    ("house numbers after a comma", "Champion Hill 40-52, Langford Green, 2-8 Dog Kennel Hill"),
    ("a council's area of two words", "Case study\nThe children attended schools representing half of all West Sussex primaries."),
]


def masked(text: str) -> str:
    return apply(text, find(text).spans)


@pytest.mark.parametrize("form,text,expected", CASES + DOB_CASES, ids=[c[0] for c in CASES + DOB_CASES])
def test_rule_masks(form, text, expected):
    assert masked(text) == expected


@pytest.mark.parametrize("form,text", NEGATIVE, ids=[c[0] for c in NEGATIVE])
def test_nothing_to_mask_but_the_child(form, text):
    out = masked(text)
    for adult_or_word in ("Marcus Bell", "Christine Nichols", "Rachel Whitmore", "Tom Hargreaves", "Priya Shah", "Hope Street",
                          "May 2024", "12/03/2024", "4 May 2009", "Members", "Overall", "Housing", "Education", "Llanelli", "Moving",
                          "Bright", "Spark", "Award", "Brent", "Barnet", "Findings", "Ruth Adams", "Joan Okoro", "Paulinus Parochial",
                          "Langford Green", "West Sussex", "Young Inspectors", "Everyone", "Ruby's", "Deborah Lyle", "Dev Shah"):
        if adult_or_word in text:
            assert adult_or_word in out, (form, out)


@pytest.mark.parametrize("title,expected", [
    ("Case study - Freddie Okafor (DOB 02/02/2010)", "Case study - ███████ ██████ (DOB ██/██/2010)"),
    ("Case Study 2: Jordan Okafor PDF 120 KB", "Case Study 2: ██████ ██████ PDF 120 KB"),
    ("Appendix 2 – Case Study: Lily-Rose Hart, aged 14", "Appendix 2 – Case Study: ████-████ ████, aged 14"),
    ("Nadia's story", "█████'s story"),
    ("Link to document 'Case Study 2: Jordan Okafor' pdf file", "Link to document 'Case Study 2: ██████ ██████' pdf file"),
    ("Appendix 3 - Placement sufficiency strategy", "Appendix 3 - Placement sufficiency strategy"),
    ("Case study - Fostering", "Case study - Fostering"),
    ("Appendix 2 - Case study", "Appendix 2 - Case study"),
    ("Case studies from the Virtual School", "Case studies from the Virtual School"),
    ("Appendix C: Rosa-Lee's story", "Appendix C: ████-███'s story"),
    ("Update - young person Dawit Haile - education", "Update - young person █████ █████ - education"),
    ("Case review: Niamh Gallagher, born 3 June 2009", "Case review: █████ █████████, born █ ████ 2009"),
    ("Young person Engagement Plan", "Young person Engagement Plan"),
    ("Care leaver Offer 2025", "Care leaver Offer 2025"),
    ("Exempt - Tomasz Wrona placement report", "Exempt - ██████ █████ placement report"),
    ("Letter from Amara Nwosu (care leaver)", "Letter from █████ █████ (care leaver)"),
    ("Amara's Pathway Plan", "█████'s Pathway Plan"),
    ("Pathway Plan - Amara Nwosu DOB 01/02/2008", "Pathway Plan - █████ █████ DOB ██/██/2008"),
    ("Case Study Two - Aisling Doherty", "Case Study Two - ███████ ███████"),
    ("Disabled Children's Placement and Support", "Disabled Children's Placement and Support"),
    ("Disabled Children's Care Plan", "Disabled Children's Care Plan"),
    ("Children's Services", "Children's Services"),
    ("Case Study: Tariq H", "Case Study: █████ H"),
    ("Case Study 3 Tariq Haddad PDF 120 KB", "Case Study 3 █████ ██████ PDF 120 KB"),
    ("Appendix 1 - Young Person's Voice - Tariq Haddad", "Appendix 1 - Young Person's Voice - █████ ██████"),
    ("Tariq Haddad - My Story", "█████ ██████ - My Story"),
    ("The story of Tariq Haddad", "The story of █████ ██████"),
    ("My journey by Tariq Haddad", "My journey by █████ ██████"),
    ("Voice of the child - Annual Report", "Voice of the child - Annual Report"),
    ("Case study - Annual Report", "Case study - Annual Report"),
    ("Case Study 3 Summary", "Case Study 3 Summary"),
    ("Poem by Anonymous", "Poem by Anonymous"),
    ("The Story of Corporate Parenting", "The Story of Corporate Parenting"),
])
def test_listing_titles(title, expected):
    assert mask_listing_text(title) == expected


# --- tables: a header row names the columns ---------------------------------------------


def table_doc(rows: list[list[str]], prose: str = ""):
    from schemas.source_document import PageText, RawTable, SourceDocument

    text = "\n".join(" | ".join(r) for r in rows) + ("\n" + prose if prose else "")
    return SourceDocument(id="f" * 64, source="t.md", media_type="text/markdown", pages=[PageText(index=1, text=text)],
                          tables=[RawTable(page=1, rows=[list(r) for r in rows], source="markdown")])  # fmt: skip


@pytest.mark.parametrize("rows,prose,gone,kept", [
    ([["Name", "DOB", "Placement"], ["Kai", "12/03/2008", "Foster care"], ["Hope", "1 May 2009", "Residential"]],
     "Kai moved in May.", ["Kai", "Hope", "12/03/2008", "1 May 2009"], ["Foster care", "Residential", "2008", "2009"]),
    ([["Child", "Date of birth", "Legal status"], ["Tomasz Wrona", "6 June 2012", "Section 20"]],
     "", ["Tomasz", "Wrona", "6 June 2012"], ["Section 20", "2012"]),
    ([["Child", "Count"], ["Looked After", "12"], ["Care Leavers", "3"]], "", [], ["Looked After", "Care Leavers", "12"]),
    ([["Quarter", "Date"], ["Q1", "12/03/2024"]], "", [], ["12/03/2024"]),
    ([["Forename", "Surname", "D.O.B."], ["Kacper", "Nowak", "03.04.2010"]], "Kacper Nowak moved.", ["Kacper", "Nowak", "03.04"], ["2010"]),
    ([["Name", "Role"], ["Sarah Whitfield", "Head of Service"], ["Tom Reid", "Personal Adviser"]], "", [], ["Sarah Whitfield", "Tom Reid"]),
    ([["Sibling group", "Ages", "Plan"], ["Kayden, Jaxon and Lacey Thwaite", "9, 7 and 4", "Long-term fostering together"]],
     "Jaxon started school.", ["Kayden", "Jaxon", "Lacey", "Thwaite"], ["Long-term fostering together", "9, 7 and 4"]),
], ids=["name and DOB columns", "child column, date in words", "a 'Child' column of words", "a date column that is no DOB",
        "a Surname column", "a Name column beside a Role column: adults", "a sibling group in one cell"])
def test_tables_by_header(rows, prose, gone, kept):
    from pipeline.redact import redact

    doc = table_doc(rows, prose)
    redact(doc)
    cells = " ".join(c for r in doc.tables[0].rows for c in r)
    for value in gone:
        assert value not in doc.text and value not in cells, value
    for value in kept:
        assert value in doc.text and value in cells, value
