#!/usr/bin/env python3
"""Sanity-check the generated samples against their ground truth.

This checks the *generator*, not councilpack: it reads each generated PDF back
with pdfplumber (and the HTML page with the standard library) and asserts that
what the truth file promises is really printed where it says, e.g. every agenda
line, every table title and cell, every fact, and every printed page number.

Usage::

    python samples/check_generated.py [DIR]      # default: samples/eastbrook/

Exit status 0 when every check passes, 1 otherwise.
"""

from __future__ import annotations

import html
import json
import re
import sys
from pathlib import Path

import pdfplumber

DEFAULT_DIR = Path(__file__).resolve().parent / "eastbrook"


def norm(text: str) -> str:
    """Collapse whitespace so text wrapped over lines still matches."""
    return " ".join(text.split())


class Checker:
    def __init__(self, name: str):
        self.name, self.failures, self.passed = name, [], 0

    def expect(self, ok: bool, what: str) -> None:
        if ok:
            self.passed += 1
        else:
            self.failures.append(what)


def check_pdf(path: Path, truth: dict, c: Checker) -> None:
    with pdfplumber.open(path) as pdf:
        pages = [p.extract_text() or "" for p in pdf.pages]
    # Agenda packs: the cover is unnumbered and printed page 1 is physical page 2.
    offset = 1 if truth["kind"] == "agenda_pack" else 0
    c.expect(truth.get("page_numbering") == "printed", "page_numbering is 'printed'")

    def on_page(printed: int) -> str:
        return norm(pages[printed - 1 + offset])

    # Printed page numbers: the last line of every numbered page.
    for physical, text in enumerate(pages, 1):
        last = text.strip().splitlines()[-1].strip()
        printed = physical - offset
        if printed < 1:
            c.expect(not last.isdigit(), f"cover page {physical} carries no page number (found {last!r})")
        else:
            c.expect(last == str(printed), f"physical page {physical} shows printed number {printed} "
                                           f"(found {last!r})")

    all_lines = [line.strip() for text in pages for line in text.splitlines()]
    everything = norm(" ".join(pages))
    for item in truth.get("agenda_items", []):
        if truth["kind"] == "agenda_pack":
            if item["to_follow"]:
                label = " (To Follow)"
            elif item["page_start"]:
                label = f" (Pages {item['page_start']} - {item['page_end']})"
            else:
                label = ""
            line = f"{item['number']}. {item['title']}{label}"
            c.expect(line in all_lines, f"agenda line {line!r}")
            c.expect(item["description"] in all_lines, f"agenda description {item['description']!r}")
            if item["page_start"]:
                first = on_page(item["page_start"])
                c.expect(f"Agenda Item {item['number']}" in first and
                         f"Pages {item['page_start']} to {item['page_end']}" in first,
                         f"report stamp for item {item['number']} on page {item['page_start']}")
        elif truth["kind"] == "decision_notice":
            c.expect(f"Decision reference: {item['number']}" in all_lines, f"reference {item['number']!r}")
            c.expect(f"Subject: {item['title']}" in all_lines, f"subject {item['title']!r}")
        elif truth["kind"] == "officer_report":
            c.expect(f"Agenda item: {item['number']}" in all_lines, f"item number {item['number']!r}")
            c.expect(f"Title: {item['title']}" in all_lines, f"report title {item['title']!r}")
        else:
            c.expect(item["title"] in all_lines, f"item title {item['title']!r}")
            c.expect(f"(Item {item['number']})" in all_lines, f"(Item {item['number']}) line")
    for m in truth.get("meetings", []):
        if truth["kind"] in ("decision_notice", "officer_report"):
            c.expect(m["committee"] in everything and str(int(m["date"][8:])) in everything,
                     f"meeting {m['committee']} {m['date']}")
    for d in truth.get("declarations", []):
        c.expect(norm(d["description"]) in everything and d["name"] in everything, f"declaration by {d['name']!r}")

    for table in truth.get("kpi_tables", []):
        text = on_page(table["page"])
        c.expect(table["title"] in text, f"table title {table['title']!r} on page {table['page']}")
        for row in table["rows"]:
            line = norm(" ".join(cell for cell in row[1:] if cell))
            c.expect(line in text, f"row {row[0]!r} of {table['title']!r} reads {line!r}")
    for fact in truth.get("facts", []):
        c.expect(fact["raw"] in on_page(fact["page"]), f"fact {fact['raw']!r} on page {fact['page']}")
    for case in truth.get("case_studies", []):
        text = on_page(case["page"])
        c.expect(case["title"] in text, f"case study {case['title']!r} on page {case['page']}")
        if case["dob_year"]:
            c.expect(f"DOB {case['dob_year']} (" in text, f"DOB {case['dob_year']} on page {case['page']}")
    for term in truth.get("glossary", []):
        c.expect(f"{term['expansion']} ({term['term']})" in everything, f"glossary {term['term']}")
    for name in truth.get("young_person_names", []):
        c.expect(re.search(rf"\b{re.escape(name)}\b", everything) is not None, f"young person {name!r}")
    for r in truth.get("resolutions", []):
        c.expect(norm(r["text"]) in everything, f"resolution {r['text'][:50]!r}")
    for a in truth.get("actions", []):
        c.expect(norm(a["text"]) in everything, f"action {a['text'][:50]!r}")
    for m in truth.get("membership", []):
        c.expect(m["name"] in everything, f"member {m['name']!r}")
    check_votes(truth, everything, c)
    if truth["kind"] == "forward_plan":  # a row's cells wrap, so the page text interleaves them: read the table
        with pdfplumber.open(path) as pdf:
            rows = [[norm(cell or "") for cell in row] for p in pdf.pages for t in p.extract_tables() for row in t]
        for w in truth["work_programme"]:
            day = w["planned_date"]
            c.expect(any(row[0] == w["title"] and row[1] == w["decision_maker"] and row[2].endswith(day[:4])
                         and row[2].startswith(str(int(day[8:]))) for row in rows),
                     f"forward plan row {w['title']!r}, {w['decision_maker']!r}, {day}")
        return
    for w in truth.get("work_programme", []):
        c.expect(w["title"] in everything, f"work programme item {w['title']!r}")


def check_votes(truth: dict, text: str, c: Checker) -> None:
    """Votes: counts and names are printed; records point at a vote of their item.
    ``text`` is the document's text with whitespace collapsed."""
    votes = {(v["item_number"], v["position"]): v for v in truth.get("votes", [])}
    c.expect(len(votes) == len(truth.get("votes", [])), "vote positions are unique within their item")
    for v in votes.values():
        for who in ("proposer", "seconder"):
            if v[who]:
                c.expect(v[who] in text, f"vote {v['subject'][:40]!r}: {who} {v[who]!r} printed")
        counts = (v["for_count"], v["against_count"], v["abstain_count"])
        if v["counts_from"] == "minutes":
            c.expect(all(n is None or str(n) in text for n in counts), f"vote {v['subject'][:40]!r}: counts {counts}")
        else:
            c.expect(counts == (None, None, None), f"vote {v['subject'][:40]!r}: counts only with counts_from")
        if v["amends_position"]:
            c.expect((v["item_number"], v["amends_position"]) in votes, f"amendment {v['subject'][:40]!r} links a vote")
    for r in truth.get("vote_records", []):
        c.expect((r["item_number"], r["vote_position"]) in votes and r["name"] in text,
                 f"vote record {r['name']!r} ({r['vote']}) on item {r['item_number']}")
    recorded = {}
    for r in truth.get("vote_records", []):
        recorded.setdefault((r["item_number"], r["vote_position"], r["vote"]), []).append(r["name"])
    for (item, pos, side), names in recorded.items():
        label = {"for": "For", "against": "Against", "abstain": "Abstain"}[side]
        if f"{label} ({len(names)}) " + ", ".join(names) in text:  # a recorded vote's list, as printed
            c.expect(votes[(item, pos)][f"{side}_count"] == len(names), f"{label} list of item {item} vote {pos}")


def check_html(path: Path, truth: dict, c: Checker) -> None:
    raw = path.read_text(encoding="utf-8")
    numbers = re.findall(r'<td class="mgItemNumberCell">.*?</a>([^<]+)</p>', raw)
    titles = [norm(html.unescape(re.sub(r"<span class=\"mgFileSize\">.*?</span>|<[^>]+>", "", t)))
              for t in re.findall(r'<td>\s*<p class="mgAiTitleTxt">(.*?)</p>', raw, re.S)]
    text = norm(html.unescape(re.sub(r"<[^>]+>", " ", raw)))
    items = truth["agenda_items"]
    c.expect(numbers == [i["number"] for i in items], f"item numbers {numbers}")
    c.expect(titles == [i["title"] for i in items], f"item titles {titles}")
    meeting = truth["meetings"][0]
    c.expect(meeting["venue"] in text and meeting["contact_email"] in text, "venue and contact")
    for key, field in (("resolutions", "text"), ("actions", "text"), ("work_programme", "title"),
                       ("attendees", "name"), ("declarations", "description")):
        for row in truth.get(key, []):
            c.expect(norm(row[field]) in text, f"{key}: {row[field][:50]!r}")
    for fact in truth.get("facts", []):
        c.expect(fact["raw"] in text, f"fact {fact['raw']!r}")
    check_votes(truth, text, c)


def main(argv: list[str]) -> int:
    folder = Path(argv[0]) if argv else DEFAULT_DIR
    failed = 0
    for truth_path in sorted(folder.glob("*.truth.json")):
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
        doc = truth_path.with_name(truth["document"])
        c = Checker(doc.name)
        (check_html if doc.suffix == ".html" else check_pdf)(doc, truth, c)
        status = "ok" if not c.failures else "FAILED"
        print(f"{status:6} {doc.name}: {c.passed} checks passed, {len(c.failures)} failed")
        for f in c.failures:
            print(f"       - {f}")
        failed += bool(c.failures)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
