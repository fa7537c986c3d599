"""HTML rendering: the ModernGov "Agenda and minutes" page (``ieListDocuments.aspx``).

The page copies what real ModernGov sites serve: an ``mgItemTable`` with one
row per item (``41.``, ``42.``, ... with ``AI`` anchors and document links),
descriptions and minutes in ``mgWordPara`` divs of Word-exported paragraphs
(named entities such as ``&rsquo;``, lines wrapped at 70 columns, spacer
paragraphs, list paragraphs with padding spans), borderless Word tables and
an "Officers present" block.  Text comes from the same minute blocks the
truth writer reads (:mod:`.june_minutes`).
"""

from __future__ import annotations

import html
import textwrap
from html.entities import codepoint2name
from pathlib import Path
from typing import Callable

from .blocks import Para
from .june_minutes import (FIRST_AI_ID, FIRST_DOC_ID, HTML_FIRST_MINUTE, MODERNGOV_MEETING_ID, OFFICERS_PRESENT,
                           Action, DeclarationList, Item, ReserveTable, Resolution, Vote, VoteMinuted,
                           WorkProgrammeTable, part_ending)
from .june_reports import grouped_by_date
from .people import COMMITTEE, COUNCIL, EBC, TEL, Meeting, Person, clock, day_month_year, long_date


def ent(text: str) -> str:
    """HTML-escape and turn non-ASCII characters into named entities, as
    Word-generated ModernGov pages do (``’`` -> ``&rsquo;``)."""
    out = html.escape(text, quote=False).replace("'", "&#39;")
    return "".join(f"&{codepoint2name[ord(ch)]};" if ord(ch) > 127 and ord(ch) in codepoint2name else ch
                   for ch in out)


def word_p(text: str, cls: str = "MsoNormal", style: str = "") -> str:
    """A Word-style paragraph, wrapped at 70 columns like real pages."""
    body = textwrap.fill(ent(text), 70, break_long_words=False, break_on_hyphens=False)
    attr = f' style="{style}"' if style else ""
    return f'<p class="{cls}"{attr}>{body}</p>'


SPACER_P = '<p class="MsoNormal">&nbsp;</p>'


def word_div(paragraphs: list[str]) -> str:
    """An ``mgWordPara`` block with spacer paragraphs between paragraphs."""
    inner = f"\n{SPACER_P}\n".join(paragraphs)
    return f'<div class="mgWordPara"><div class="WordSection1">\n{inner}\n</div>\n</div>'


def list_p(marker_html: str, text: str) -> str:
    """A Word list paragraph: marker, tab-like padding span, then the text."""
    pad = '<span style="font:7.0pt &quot;Times New Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp;</span>'
    body = textwrap.fill(ent(text), 70, break_long_words=False, break_on_hyphens=False)
    return (f'<p class="MsoListParagraph" style="margin-left:36.0pt;text-indent:-18.0pt">'
            f'{marker_html}{pad}\n{body}</p>')


def word_table(rows: list[list[list[str]]], header: list[str] | None = None) -> str:
    """A borderless Word table; each cell is a list of paragraph texts."""
    def cell(texts: list[str], bold: bool = False) -> str:
        ps = "".join(word_p(t) if not bold else f'<p class="MsoNormal"><b>{ent(t)}</b></p>' for t in texts)
        return f'<td width="300" valign="top" style="padding:0cm 5.4pt 0cm 5.4pt">{ps}</td>'
    trs = []
    if header:
        trs.append("<tr>" + "".join(cell([h], bold=True) for h in header) + "</tr>")
    trs += ["<tr>" + "".join(cell(c) for c in row) + "</tr>" for row in rows]
    return ('<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0">\n'
            + "\n".join(trs) + "\n</table>")


def resolution_html(res: Resolution) -> list[str]:
    if len(res.parts) == 1 and res.lead:
        end = ":" if res.colon else "."
        return [f'<p class="MsoNormal"><b>{ent(res.lead)}</b>&nbsp; {ent(res.parts[0].text + end)}</p>']
    out = []
    if res.lead:
        lead, _, rest = res.lead.partition(":")
        out.append(f'<p class="MsoNormal"><b>{ent(lead)}:</b>{ent(rest)}</p>')
    for i, part in enumerate(res.parts):
        out.append(list_p(f"({i + 1})", part.text + part_ending(i, len(res.parts))))
    return out


def minutes_html(blocks: list, items_by_key: dict, number_of: Callable) -> str:
    paras: list[str] = []
    for b in blocks:
        if isinstance(b, Resolution):
            paras += resolution_html(b)
        elif isinstance(b, (Para, Action)):
            paras.append(word_p(str(b.text)))
        elif isinstance(b, Vote):
            paras += [word_p(line) for line in b.outcome()]
        elif isinstance(b, VoteMinuted):
            paras.append(word_p(b.sentence()))
        elif isinstance(b, ReserveTable):
            paras.append(word_table([[[o.cllr], [r.cllr]] for o, r in b.pairs],
                                    header=["Ordinary Member", "Reserve Member"]))
        elif isinstance(b, DeclarationList):
            for d in b.declarations:
                item = items_by_key[d.item_key]
                paras.append(list_p('<span style="font-family:Symbol">&middot;</span>',
                                    d.sentence(number_of(item).rstrip("."), item.title)))
        elif isinstance(b, WorkProgrammeTable):
            paras.append(word_table([[[day_month_year(d)], titles] for d, titles in grouped_by_date(b.entries)],
                                    header=["Meeting", "Item"]))
        else:
            raise TypeError(b)
    return word_div(paras)


def item_row_html(item: Item, number: str, anchor: int, doc_id: int) -> str:
    """One ``<tr>`` of the mgItemTable."""
    if item.linked:
        kb = 96 + 37 * (len(item.report.pages) if item.report else 2)
        title = (f'<a class="mgAiTitleLnk" href="documents/s{doc_id}/{ent(item.title)}.pdf" '
                 f'title="Link&#32;to&#32;document&#32;&#39;{ent(item.title)}&#39;&#32;pdf&#32;file">'
                 f'{ent(item.title)} <span class="mgFileSize"><img height="12" src="mgimages/logo-pdf-1.gif" '
                 f'width="12" alt="pdf icon" /> PDF {kb} KB</span> </a>')
    else:
        title = ent(item.title)
    return f"""
		<tr>
			<td class="mgItemNumberCell"><p class="mgAiTitleTxt"><a name="AI{anchor}" aria-disabled="true"></a>{number}</p></td>
		<td>
					<p class="mgAiTitleTxt">{title}</p>
{word_div([word_p(item.description)])}
<p class="mgSubItemTitleTxt">Minutes:</p>
{{minutes}}
        </td>
		</tr>"""


def officers_html() -> str:
    """The "Officers present" block after the items table, grouped like seed 001."""
    rows = [word_p("Officers present:")]
    for group, people in OFFICERS_PRESENT:
        rows.append(f'<p class="MsoNormal"><b>{ent(group)}</b></p>')
        org = lambda p: f", {p.organisation}" if p.organisation != EBC else ""
        rows.append(word_table([[[p.name], [f"-     {p.job_title}{org(p)}"]] for p in people]))
    return word_div(rows)


def render_minutes_page(items: list[Item], meeting: Meeting, contact: Person, path: Path) -> None:
    when = f"{long_date(meeting.date)} {clock(meeting.start)}"
    title = f"Agenda and minutes for {COMMITTEE} on {long_date(meeting.date)}, {clock(meeting.start)} - {COUNCIL}"
    by_key = {i.key: i for i in items}
    number_of = lambda item: f"{HTML_FIRST_MINUTE + items.index(item)}."
    rows = []
    for n, item in enumerate(items):
        row = item_row_html(item, number_of(item), FIRST_AI_ID + n, FIRST_DOC_ID + n)
        rows.append(row.replace("{minutes}", minutes_html(item.minutes, by_key, number_of)))
    page = PAGE_TEMPLATE.format(
        title=ent(title), dc_title=ent(title.rsplit(" - ", 1)[0]), date=meeting.date.isoformat(),
        council=ent(COUNCIL), committee=ent(COMMITTEE), subtitle=ent(f"{COMMITTEE} - {when}"),
        venue=ent(meeting.venue), contact=ent(f"{contact.name}, {contact.job_title}"), tel=ent(TEL),
        email=ent(contact.email), rows="".join(rows), officers=officers_html(),
        stamp=f"{meeting.date:%d-%b-%Y} {meeting.start:%H.%M}", mid=MODERNGOV_MEETING_ID)
    path.write_bytes(page.encode("utf-8"))


PAGE_TEMPLATE = """<!DOCTYPE html>
<html lang="en">
	<head>
		<meta charset="utf-8">
		<meta name="viewport" content="width=device-width, initial-scale=1">
		<meta name="DC.title" content="{dc_title}"/>
		<meta name="DC.date" scheme="W3CDTF" content="{date}"/>
		<title>{title}</title>
		<link href="sitespecific/ssMgStyles.css" rel="stylesheet" type="text/css" />
		<link href="sitespecific/ssWordStyles.css" rel="stylesheet" type="text/css" />
	</head>
	<body>
		<header class="header"><p class="site-title">{council}</p></header>
		<div class="section">
			<nav aria-label="Breadcrumb" class="breadcrumb" id="breadcrumb-holder"><ul><li><a href="/">Home</a></li><li><a href="mgListCommittees.aspx?bcr=1">Committees</a></li><li><a href="mgCommitteeDetails.aspx?ID=301">Committee details</a></li><li><a href="ieListMeetings.aspx?CommitteeId=301">Meetings</a></li><li>Agenda and minutes</li></ul></nav>
			<div id="modgov"><div class="mgHeader"><h1 class="mgMainTitleTxt">Agenda and minutes</h1></div>
			<div class="mgSubTitle">
				<h2 class="mgSubTitleTxt"><a href="mgCommitteeDetails.aspx?ID=301" title="Link&#32;to&#32;{committee}">{subtitle}</a></h2>
			</div>
	<div class="mgLinks">
<ul class="mgActionList">
		<li><a href="mgMeetingAttendance.aspx?ID={mid}" title="Link&#32;to&#32;attendance&#32;details">Attendance details</a></li>
		<li><a href="documents/g{mid}/Public reports pack {stamp} {committee}.pdf?T=10" title="Link&#32;to&#32;reports&#32;pack">Agenda reports pack <span class="mgFileSize"><img src="mgimages/logo-pdf-1.gif" alt="" /> PDF 1 MB</span> </a></li>
		<li><a href="documents/g{mid}/Printed minutes {stamp} {committee}.pdf?T=1" title="Link&#32;to&#32;printed&#32;minutes&#32;pdf&#32;file">Printed minutes <span class="mgFileSize"><img src="mgimages/logo-pdf-1.gif" alt="" /> PDF 142 KB</span> </a></li>
</ul>
</div>
<div class="mgContent">
		<p><span class="mgLabel">Venue: </span>{venue}. <a href="mgLocationDetails.aspx?RID=12" title="Link&#32;to&#32;directions"> View directions</a></p>
		<p><span class="mgLabel">Contact: </span>{contact}&nbsp;
		Tel: {tel} / Email: &nbsp;<a href="mailto:{email}">{email}</a>
		</p>
		<table class="mgItemTable" summary="Table of agenda items" id="mgItemTable">
		<caption class="mgSectionTitle">Items</caption>
     <tr>
            <th class="mgHide" abbr="No" scope="col">No.</th>
            <th class="mgHide" abbr="Item" scope="col">Item</th>
    </tr>{rows}
	</table>
{officers}
<div class="mgHelpLine">
</div>
</div>
<div class="mgFooter">
	<p>&nbsp;</p>
</div>
</div>
		</div>
		<footer id="page-footer" class="footer"><small>&copy; 2025 {council}. All fictional.</small></footer>
	</body>
</html>
"""
