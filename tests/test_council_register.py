"""The council register: generated from the open registers in ../shared/registers, committed, credited.

``extractors/vocab/councils_register.json`` is what ``councilpack councils build``
writes from mySociety's list of local authorities (names, GSS codes), Democracy
Club's LGSF metadata (democracy sites) and the Directgov contact list (domains);
``extractors.councils.councils()`` merges it with ``councils.toml``.
"""

from __future__ import annotations

import json

import pytest

from conftest import REPO, SHARED, run_cli
from extractors.councils import council_named, councils
from pipeline.registers import OUT, build, to_json

REGISTERS = SHARED / "registers"
needs_registers = pytest.mark.skipif(not REGISTERS.is_dir(), reason=f"the open registers are not at {REGISTERS}")


def committed() -> dict:
    return json.loads(OUT.read_text("utf-8"))


def entry(code: str) -> dict:
    return next(c for c in committed()["councils"] if c["code"] == code)


@needs_registers
def test_the_committed_register_is_what_the_generator_writes(tmp_path):
    out = tmp_path / "councils_register.json"
    result = run_cli("councils", "build", "--registers", str(REGISTERS), "--out", str(out))
    assert result.exit_code == 0, result.output
    assert "397 councils written" in result.output
    assert out.read_text("utf-8") == OUT.read_text("utf-8"), "regenerate: councilpack councils build --registers ../shared/registers"
    assert to_json(build(REGISTERS)) == out.read_text("utf-8")


def test_a_council_has_its_official_name_code_domains_and_democracy_site():
    harrow = entry("E09000015")
    assert (harrow["register_code"], harrow["name"], harrow["places"]) == ("HRW", "London Borough of Harrow", ["Harrow"])
    assert harrow["domains"] == ["harrow.gov.uk", "moderngov.harrow.gov.uk"]
    assert (harrow["democracy_platform"], harrow["democracy_url"]) == ("ModernGov", "https://moderngov.harrow.gov.uk")
    kent = entry("E10000016")
    assert kent["name"] == "Kent County Council" and kent["domains"] == ["kent.gov.uk", "democracy.kent.gov.uk"]
    cardiff = entry("W06000015")
    assert cardiff["name"] == "City of Cardiff Council"
    assert {"Cardiff Council", "The City of Cardiff Council"} <= set(cardiff["names"]) and "Caerdydd" in cardiff["places"]
    assert entry("E06000038")["democracy_platform"] == "ModernGov"  # Reading


def test_alternative_names_split_on_bare_commas_only():
    armagh = entry("N09000002")
    assert armagh["name"] == "Armagh City, Banbridge and Craigavon Borough Council"
    assert "Armagh City, Banbridge and Craigavon" in armagh["places"]
    assert not any(p.lower() in ("armagh", "craigavon") for p in armagh["places"])
    assert not any("boro" in p.split() for c in committed()["councils"] for p in c.get("places", []))  # "harrow london boro"


def test_a_domain_two_councils_share_names_neither():
    for code in ("E07000223", "E07000229"):  # Adur, Worthing: one joint web site
        assert "adur-worthing.gov.uk" not in entry(code).get("domains", [])
    domains = [d for c in committed()["councils"] for d in c.get("domains", [])]
    assert len(domains) == len(set(domains))
    assert not {"gov.uk", "moderngov.co.uk", "cmis.uk.com", "public-i.tv"} & set(domains)


def test_only_current_councils_with_a_gss_code():
    entries = committed()["councils"]
    assert len(entries) == 397 and all(c["code"][:1] in "ESWNK" and len(c["code"]) == 9 for c in entries)
    names = {c["name"] for c in entries}
    assert "Allerdale Borough Council" not in names  # abolished 2023
    assert "Cumberland Council" in names and "Buckinghamshire Council" in names


def test_councils_toml_keeps_our_canonical_names_and_adds_its_own_councils():
    harrow = council_named("London Borough of Harrow")
    assert (harrow.name, harrow.code, harrow.official_name) == ("Harrow Council", "E09000015", "London Borough of Harrow")
    assert council_named("Merton Council").name == "London Borough of Merton"
    assert council_named("royal borough of  kingston upon thames").code == "E09000021"
    assert council_named("Cardiff Council").name == "City of Cardiff Council"  # no override: the official name
    eastbrook = council_named("Eastbrook Borough Council")
    assert (eastbrook.name, eastbrook.code) == ("Eastbrook Borough Council", None)
    assert council_named("Tintern Community Council").code is None
    assert len(councils()) == 397 + 4  # Tintern, Wye Valley, Limerick, Eastbrook


def test_the_data_is_credited_in_the_readme_and_the_file():
    credits = " ".join(committed()["credits"])
    for who in ("mySociety", "CC-BY-4.0", "Democracy Club", "MIT", "Directgov"):
        assert who in credits
    readme = (REPO / "README.md").read_text("utf-8")
    section = readme[readme.index("## Data credits") :]
    for who in ("mySociety", "CC-BY-4.0", "Democracy Club", "MIT licence", "Directgov"):
        assert who in section
