"""Which council a document is from, and its GSS code: heading, domains, names, parish councils.

The expected councils below were read off the documents themselves (their
headings, contact e-mails, links), not copied from the resolver's output.
The documents are read as ingest reads them (reader, outline), and resolved
with the evidence ``extractors.meeting`` gives the resolver.
"""

from __future__ import annotations

import hashlib

import pytest

from conftest import SAMPLES, SHARED, build, needs_shared
from extractors.councils import resolve
from pipeline.outline import outline_document
from pipeline.readers import read_document

HARROW = ("Harrow Council", "E09000015")
KENT = ("Kent County Council", "E10000016")
KINGSTON = ("Royal Borough of Kingston upon Thames", "E09000021")
NONE = (None, None)

# (document under ../shared or samples/, (council, code)): every document of the seeds, corpus and
# corpus2 that the tuning side may read and that the readers can read.
DOCUMENTS = [
    ("seeds/000_aee6351d7e6ca395.txt", HARROW),  # "Venue: ... Harrow Council Hub"
    ("seeds/001_9f5fc55a5c3fe7a7.txt", HARROW),
    ("seeds/002_07e506edc1d4538d.txt", HARROW),  # "LONDON BOROUGH OF HARROW" on the pack's pages
    ("seeds/003_bccb8e1128e99236.txt", HARROW),  # a summary: "Harrow Council Corporate Parenting Panel met"
    ("seeds/004_4049bd61987f1355.txt", NONE),  # one item's page: "Harrow actual Q3" in a table, never the council
    ("corpus/html/kingston_mgCommitteeStructure.html", KINGSTON),  # links to moderngov.kingston.gov.uk
    ("corpus/html/kingston_north-kingston-nc_2025-11-18_ieListDocuments_agenda.html", KINGSTON),
    ("corpus/html/kingston_north-kingston-nc_2025-12-04_ieListDocuments_cancelled.html", KINGSTON),
    ("corpus/html/kingston_north-kingston-nc_2026-01-15_ieListDocuments_agenda.html", KINGSTON),
    ("corpus/html/kingston_north-kingston-nc_ieListMeetings.html", NONE),  # only a kingston.public-i.tv link: no register has it
    ("corpus/html/kingston_north-kingston-nc_mgCommitteeDetails.html", KINGSTON),
    ("corpus/pdf/kent_cabinet_2025-01-30_printed-minutes.pdf", KENT),  # "KENT COUNTY COUNCIL / CABINET / MINUTES"
    ("corpus/pdf/kent_cabinet_2025-01-30_supplement_18-25-transfer-report.pdf", KENT),  # "@kent.gov.uk", "Kent County Council (KCC)"
    ("corpus/pdf/kent_cabinet_2025-03-04_quarterly-performance-report-q3-kpis.pdf", KENT),
    ("corpus/pdf/kent_cabinet_2025-03-13_public-reports-pack.pdf", KENT),  # "Sessions House, County Hall, Maidstone", "@kent\n.gov.uk"
    ("corpus/pdf/kent_corporate-parenting-panel_2024-10-29_minutes.pdf", KENT),
    ("corpus/pdf/kent_corporate-parenting-panel_2024-12-10_minutes.pdf", KENT),
    ("corpus/pdf/kent_county-council_2025-02-13_budget-amendments-pack.pdf", KENT),
    ("corpus/pdf/kent_county-council_2025-03-13_agenda-frontsheet.pdf", KENT),  # "SESSIONS HOUSE / MAIDSTONE", "County Hall, Maidstone, Kent"
    ("corpus/pdf/kent_county-council_2025-03-13_printed-minutes.pdf", KENT),
    ("corpus/pdf/kent_county-council_2025-03-13_questions-and-answers.pdf", KENT),
    ("corpus/pdf/kent_county-council_2025-03-13_report_family-hubs-call-in.pdf", KENT),  # names Swale Borough Council once, KCC more
    ("corpus/pdf/kingston_north-kingston-nc_2026-01-15_report_manorgate-petition.pdf", KINGSTON),
    ("corpus/pdf/kingston_north-kingston-nc_2026-01-15_report_zebra-crossing.pdf", KINGSTON),
    ("corpus/pdf/tintern-community-council_2019-02-25_agenda.pdf", ("Tintern Community Council", None)),  # "TINTERN COMMUNITY COUNCIL"
    ("corpus/pdf/tintern-community-council_2019-02-25_minutes.pdf", ("Tintern Community Council", None)),
    ("corpus/pdf/us_chicago_lincoln-square-ssa21-commission_2018-01-29_minutes.pdf", NONE),  # not a UK council
    ("corpus/pdf/us_chicago_police-district-council-001_2023-06-06_notice-and-agenda.pdf", NONE),
    ("corpus/text/limerick_full-council_2025-03-31_minutes_extracted.md", ("Limerick City and County Council", None)),  # Irish: no GSS code
    ("corpus/text/wye-valley-community-council_2024-10-28_minutes.txt", ("Wye Valley Community Council", None)),  # starts at "Present:", names its council "WVCC" only
    ("corpus/xml/cardiff_mgWebService_GetCouncillorsByWard_2016.xml", ("City of Cardiff Council", "W06000015")),
    ("corpus/xml/eastherts_mgWebService_GetCouncillorsByWard_2016_empty.xml", NONE),  # an empty response
    ("corpus/xml/kingston_mgWebService_GetCouncillorsByWard_2016.xml", KINGSTON),
    ("corpus/xml/lambeth_mgWebService_GetCouncillorsByWard_2016.xml", ("London Borough of Lambeth", "E09000022")),
    ("corpus/xml/manchester_mgWebService_GetCommittees.xml", NONE),  # committee ids and titles only
    ("corpus/xml/manchester_mgWebService_GetMeeting_4966_cancelled.xml", ("Manchester City Council", "E08000003")),  # democracy.manchester.gov.uk
    ("corpus/xml/manchester_mgWebService_GetMeeting_4967_with_minutes.xml", ("Manchester City Council", "E08000003")),
    ("corpus/xml/manchester_mgWebService_GetMeetings_committee144.xml", NONE),  # dates and ids only: the scraper's site names it
    ("corpus2/pdf/west-sussex-cc_jsna_2016-08-25_children-young-people-outcomes-infographic.pdf", NONE),
    ("corpus2/pdf/west-sussex-cc_jsna_2016-10-10_lait-child-protection-plan-rate-vs-statistical-neighbours.pdf", NONE),  # charts: no name
    ("corpus2/pdf/west-sussex-cc_jsna_2016-10-10_lait-children-in-need-rate-vs-statistical-neighbours.pdf", NONE),
    ("corpus2/pdf/west-sussex-cc_jsna_2016-10-10_lait-children-looked-after-rate-vs-statistical-neighbours.pdf", NONE),
    ("corpus2/pdf/west-sussex-cc_public-health-research-unit_2013-04-01_quality-assurance-childrens-residential-care.pdf",
     ("West Sussex County Council", "E10000032")),  # fmt: skip
    ("corpus2/text/stoke-ferry-pc_parish-council_2009-09-16_draft-minutes.md", ("Stoke Ferry Parish Council", None)),
    ("corpus2/text/stoke-ferry-pc_parish-council_2012-10-10_draft-minutes.md", ("Stoke Ferry Parish Council", None)),
    ("corpus2/text/stoke-ferry-pc_parish-council_2020-06-03_draft-minutes-virtual.md", ("Stoke Ferry Parish Council", None)),  # names Norfolk County Council in the text
    ("corpus2/text/wereham-pc_annual-meeting_2012-05-08_draft-minutes.md", ("Wereham Parish Council", None)),  # "**WEREHAM PARISH COUNCIL**"
    ("corpus2/xml/argyll-and-bute_mgwebservice_2016-02-12_getcouncillorsbyward.xml", ("Argyll and Bute Council", "S12000035")),
    ("corpus2/xml/cheshire-east_mgwebservice_2016-02-12_getcouncillorsbyward.xml", ("Cheshire East Council", "E06000049")),
    ("corpus2/xml/greater-london-authority_mgwebservice_2016-02-12_getcouncillorsbyward.xml", ("Greater London Authority", "E61000001")),
    ("corpus2/xml/kirklees_mgwebservice_2016-02-12_getcouncillorsbyward.xml", ("Kirklees Council", "E08000034")),
    ("corpus2/xml/liverpool_mgwebservice_2016-02-12_getcouncillorsbyward.xml", ("Liverpool City Council", "E08000012")),  # lists "Southern Neighbourhood Council"
    ("corpus2/xml/southwark_mgwebservice_2016-02-12_getcouncillorsbyward.xml", ("London Borough of Southwark", "E09000028")),  # its community councils are committees
    ("corpus2/xml/staffordshire-cc_mgwebservice_2016-02-12_getcouncillorsbyward.xml", ("Staffordshire County Council", "E10000028")),
    ("corpus2/xml/torfaen_mgwebservice_2016-02-12_getcouncillorsbyward.xml", ("Torfaen County Borough Council", "W06000020")),
    ("samples/2025-03-10_corporate-parenting-panel_printed-minutes.pdf", ("Eastbrook Borough Council", None)),  # invented: in councils.toml
    ("samples/2025-06-16_corporate-parenting-panel_agenda-pack.pdf", ("Eastbrook Borough Council", None)),
    ("samples/2025-06-16_corporate-parenting-panel_minutes.html", ("Eastbrook Borough Council", None)),
]


def resolved(relative: str):
    path = SAMPLES / relative.removeprefix("samples/") if relative.startswith("samples/") else SHARED / relative
    if not path.exists():
        pytest.skip(f"{path} not found")
    data = path.read_bytes()
    doc = read_document(hashlib.sha256(data).hexdigest(), str(path), data)
    outline = outline_document(doc)
    values = outline.values if outline else {}
    return resolve(doc.text, list(values.get("emails", [])) + list(values.get("hosts", [])))


@pytest.mark.parametrize("relative, expected", DOCUMENTS, ids=[d[0].rsplit("/", 1)[-1][:60] for d in DOCUMENTS])
def test_each_document_resolves_to_its_council_and_code(relative, expected):
    found = resolved(relative)
    assert ((found.name, found.code) if found else NONE) == expected


# (text, council, code, evidence): how a document shows its council.
CASES = [
    # domains: any subdomain, e-mail or web, even broken over a line as PDFs do
    ("Contact: jo.bloggs@kent.gov.uk", "Kent County Council", "E10000016", "domain"),
    ("See https://democracy.kent.gov.uk/ieListDocuments.aspx?CId=1", "Kent County Council", "E10000016", "domain"),
    ("Papers at https://moderngov.harrow.gov.uk/mgCommitteeDetails.aspx?ID=788", "Harrow Council", "E09000015", "domain"),
    ("Email:\ngeorgina.little@kent\n.gov.uk\n.", "Kent County Council", "E10000016", "domain"),
    ("Contact democratic.services@leeds.gov.uk", "Leeds City Council", "E08000035", "domain"),
    ("Visit www.argyll-bute.gov.uk for more", "Argyll and Bute Council", "S12000035", "domain"),
    ("Write to info@adur-worthing.gov.uk", None, None, None),  # one site for two councils: names neither
    ("See https://www.gov.uk/guidance", None, None, None),
    # names: full names anywhere; bare places only beside a council word; written as names
    ("Minutes of a meeting of Sheffield City Council", "Sheffield City Council", "E08000019", "heading"),
    ("LONDON BOROUGH OF HARROW", "Harrow Council", "E09000015", "heading"),  # our canonical name, the register's code
    ("Cyngor Sir Ddinbych", "Denbighshire County Council", "W06000004", "heading"),
    ("Borough Council of King's Lynn and West Norfolk", "Borough Council of Kings Lynn and West Norfolk", "E07000146", "heading"),
    ("Folkestone & Hythe District Council", "Folkestone and Hythe District Council", "E07000112", "heading"),
    ("Medway Council have agreed the same changes.", "Medway Council", "E06000035", "heading"),
    ("He took the train to Harrow.", None, None, None),  # a place, not a council
    ("after reading council papers the members", None, None, None),  # Reading Borough Council's place, in lower-case prose
    ("kent county council", None, None, None),
    ("Residents of Harrow. Council tax rose", None, None, None),  # a full stop between the words
    # parish, town and community councils: named in the heading, no code
    ("STOKE FERRY PARISH COUNCIL\nMinutes of the Ordinary Meeting", "Stoke Ferry Parish Council", None, "heading"),
    ("Minutes of the September meeting of Stoke Ferry Parish Council", "Stoke Ferry Parish Council", None, "heading"),
    ("STRATFORD-UPON-AVON TOWN COUNCIL\nMinutes", "Stratford-upon-Avon Town Council", None, "heading"),  # not the district council
    ("Cyngor Cymuned Llanbadoc\nCofnodion y cyfarfod", "Cyngor Cymuned Llanbadoc", None, "heading"),
    ("Minutes of the Annual Meeting of the Parish Council", None, None, None),  # no place named
    ("PLANNING COMMITTEE\nComments from Wye Parish Council: no objection", None, None, None),  # a consultee, not a title
    ("PLANNING COMMITTEE\nThe members of Wye Parish Council objected to the scheme", None, None, None),
    ("Minutes of the Annual Parish Council Meeting of Wereham Parish Council", "Wereham Parish Council", None, "heading"),
    ("WPC(24)M07 Minutes of the Statutory Annual Meeting of Wereham Parish Council", "Wereham Parish Council", None, "heading"),
    ("Stoke Ferry & Wretton Community Council", "Stoke Ferry & Wretton Community Council", None, "heading"),
    ("Title: \"Minutes of Wereham Parish Council Annual Meeting\"", "Wereham Parish Council", None, "heading"),
    ("KENT COUNTY COUNCIL\nCABINET\nemail: x@medway.gov.uk x@medway.gov.uk", "Kent County Council", "E10000016", "heading"),
    # a sentence that names the body meeting is as good as a title line
    ("As the law requires You are hereby summoned to attend a meeting of the Fenby Marsh Parish Council at Mill Lane",
     "Fenby Marsh Parish Council", None, "heading"),
    ("YOU ARE HEREBY SUMMONED TO ATTEND A MEETING OF ASHBY PARVA PARISH COUNCIL TO BE HELD", "Ashby Parva Parish Council", None, "heading"),
    ("To: all Members of Nettlebed Parish Council\nDate of issue", "Nettlebed Parish Council", None, "heading"),
    ("Minutes of the Annual Parish Assembly of Ashby Parish Council", "Ashby Parish Council", None, "heading"),
    ("CYNGOR CYMUNED NANTGARW COMMUNITY COUNCIL\nMINUTES", "Nantgarw Community Council", None, "heading"),  # the English name, as used
    ("Minutes of the Ninety-Ninth & Final Annual Meeting of the Ashby Parva Parish Council held in the Hall", "Ashby Parva Parish Council", None, "heading"),
    # a local council named for several places, listed with commas and "and"/"&"
    ("MINUTE of the MEETING of TOLLEY, FENBY, WYRE AND GAIRN COMMUNITY COUNCIL, held in the HALL", "Tolley, Fenby, Wyre and Gairn Community Council", None, "heading"),
    ("Minutes of Ashby, Fenby & Wyre Parish Council held on Monday", "Ashby, Fenby & Wyre Parish Council", None, "heading"),
    ("Minutes of Ashby Fenby Parish Council, the Clerk, Wyre Parish Council", "Ashby Fenby Parish Council", None, "heading"),
    ("Present: Cllr Brown, Fenby Parish Council", None, None, None),  # no list of places: a comma ends the place
    # an authority no register has, named by the document's first words (and only there)
    ("TOLLEYBRIDGE BOROUGH COUNCIL MINUTES OF COUNCIL MEETING HELD IN THE CHAMBER", "Tolleybridge Borough Council", None, "heading"),
    ("Fenby Marsh District Council\nMinutes of the Cabinet", "Fenby Marsh District Council", None, "heading"),
    ("GAIRNMORE NATIONAL PARK AUTHORITY MINUTES OF THE BOARD MEETING held at", "Gairnmore National Park Authority", None, "heading"),
    ("Wyreshire Fire and Rescue Authority - minutes of the annual meeting", "Wyreshire Fire and Rescue Authority", None, "heading"),
    ("Minutes of the Cabinet\nA letter from Tolleybridge Borough Council was read", None, None, None),  # not its first words
    ("Planning comments from Tolleybridge Borough Council", None, None, None),
    # a council the meeting heard from is not the one that met: its letters, listed or in a sentence
    ("Present: R Blake, J Orme\n\n(b)Kent County Council – Bus timetable\nAfter consideration of correspondence from Kent County Council regarding buses, it was noted.", None, None, None),
    ("Present: R Blake\n\nAfterconsiderationofcorrespondence from Kent County Council regarding the plan", None, None, None),
    ("Present: R Blake\n\n6. Correspondence\n  • Harrow Council - road closures in May\n  • Harrow Council - litter bins", None, None, None),
    ("Present: R Blake\n\nA letter had been received from Harrow Council about verges.\nAn email was sent to Harrow Council.", None, None, None),
    ("Present: R Blake\n\nConsultation responses: Reply to Kent County Council on the minerals plan", None, None, None),
    # named as a body that met, it still counts
    ("Present: R Blake\n\nKent County Council officers presented the budget.", "Kent County Council", "E10000016", "heading"),
    ("Harrow Council – Cabinet\nMinutes of the meeting held on 3 May", "Harrow Council", "E09000015", "heading"),
]


@pytest.mark.parametrize("text, name, code, evidence", CASES, ids=[c[0][:40] for c in CASES])
def test_evidence_cases(text, name, code, evidence):
    found = resolve(text)
    assert ((found.name, found.code, found.evidence) if found else (None, None, None)) == (name, code, evidence)


def test_a_parish_council_in_the_body_is_not_the_documents_council():
    heading = "KINGSTON AND NORTH KINGSTON NEIGHBOURHOOD COMMITTEE\n" + "Minutes of the meeting.\n" * 60
    found = resolve(heading + "A letter from Sandgate Parish Council was noted. Contact: a.b@kingston.gov.uk")
    assert (found.name, found.evidence) == ("Royal Borough of Kingston upon Thames", "domain")


def test_the_site_and_the_user_name_the_council_with_its_code():
    assert resolve("no evidence at all", authoritative="Manchester City Council") == resolve("x", authoritative="manchester city council")
    assert resolve("no evidence", authoritative="Manchester City Council").code == "E08000003"
    assert resolve("KENT COUNTY COUNCIL", authoritative="Harrow Council").name == "Harrow Council"  # the site wins
    given = resolve("no evidence", fallback="London Borough of Harrow")
    assert (given.name, given.code, given.evidence) == ("Harrow Council", "E09000015", "given")
    assert resolve("KENT COUNTY COUNCIL", fallback="Harrow Council").name == "Kent County Council"  # only when the document names none
    unknown = resolve("no evidence", fallback="Little Snoring Parish Council")
    assert (unknown.name, unknown.code) == ("Little Snoring Parish Council", None)


@needs_shared
def test_meetings_carry_the_council_code(tmp_path_factory):
    """Every reader's meetings: printed minutes (PDF), a ModernGov page (HTML), a web-service meeting (XML), a text page."""
    db = build(
        tmp_path_factory, "council_codes",
        SHARED / "corpus/pdf/kent_corporate-parenting-panel_2024-10-29_minutes.pdf",
        SHARED / "corpus/html/kingston_north-kingston-nc_2026-01-15_ieListDocuments_agenda.html",
        SHARED / "corpus/xml/manchester_mgWebService_GetMeeting_4967_with_minutes.xml",
        SHARED / "seeds/001_9f5fc55a5c3fe7a7.txt",
        SHARED / "corpus/pdf/tintern-community-council_2019-02-25_minutes.pdf",
    )  # fmt: skip
    rows = {r["council"]: r["council_code"] for r in db.rows("select council, council_code from meetings")}
    assert rows == {
        "Kent County Council": "E10000016",
        "Royal Borough of Kingston upon Thames": "E09000021",
        "Manchester City Council": "E08000003",
        "Harrow Council": "E09000015",
        "Tintern Community Council": None,
    }
    assert db.value("select count(*) from meeting_records where council_code is null and council != 'Tintern Community Council'") == 0
