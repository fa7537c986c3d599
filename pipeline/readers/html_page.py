"""Any other HTML page: a council's or a village web site's page carrying minutes or an agenda.

The page is rendered to the text a reader sees: the main content only (the
``<main>``/``<article>`` element, or the body without navigation, header,
footer, sidebars, forms and comments), one line per block element, table
cells tab-separated. The element tree gives what text cannot: lines that are
wholly a heading (``<h1>``–``<h6>``) or wholly bold (``<strong>``, ``<b>``)
are recorded as emphasised (``PageText.meta["emphasised_lines"]``, offsets
of their first character), the typography the general structure reader
(:mod:`pipeline.outline.general`) weighs like a PDF's bold lines.
"""

from __future__ import annotations

import re

import lxml.html
from lxml import etree

from schemas.source_document import PageText, SourceDocument
from pipeline.readers.base import ReadError
from pipeline.readers.detect import HTML, decode_text
from pipeline.readers.text_tables import find_text_tables

_BLOCK = {"p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "caption", "section", "article", "blockquote", "dd", "dt", "pre", "header", "main"}
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_BOLD = {"strong", "b"}
_CELLS = {"td", "th"}
_CHROME = "//nav|//footer|//aside|//form|//script|//style|//noscript|//*[@role='navigation']|//*[@id='comments' or contains(@class,'comments') or contains(@class,'sidebar') or contains(@class,'navbar') or contains(@class,'site-header') or contains(@class,'site-footer') or contains(@class,'breadcrumb')]"
_WS = re.compile(r"[ \t\r\n\xa0]+")


def read_html_page(doc_id: str, source: str, data: bytes, root=None) -> SourceDocument:
    """The visible main text of an HTML page, with its emphasised lines."""
    if root is None:
        try:
            root = lxml.html.document_fromstring(decode_text(data))
        except (etree.ParserError, ValueError) as exc:
            raise ReadError(f"malformed HTML: {exc}") from exc
    title = " ".join(" ".join(root.xpath("//title//text()")).split())
    for chrome in root.xpath(_CHROME):
        if chrome.getparent() is not None:
            chrome.drop_tree()
    main = (root.xpath("//main") or root.xpath("//article") or root.xpath("//body") or [root])[0]
    lines: list[tuple[str, bool]] = []
    _render(main, lines)
    text_lines: list[str] = []
    emphasised: list[int] = []
    offset = 0
    for line, strong in lines:
        if not line and (not text_lines or not text_lines[-1]):
            continue
        if strong and line:
            emphasised.append(offset)
        text_lines.append(line)
        offset += len(line) + 1
    text = "\n".join(text_lines).strip("\n")
    if not text.strip():
        raise ReadError(f"HTML page has no visible text{f' (page title: {title[:80]!r})' if title else ''}")
    page = PageText(index=1, text=text, meta={"emphasised_lines": emphasised, "emphasised_whole": emphasised})
    doc = SourceDocument(id=doc_id, source=source, media_type=HTML, pages=[page], tables=find_text_tables(text))
    doc.title = title or None
    return doc


def _render(root, lines: list[tuple[str, bool]]) -> None:
    """Append (line, wholly emphasised) pairs for the block structure under ``root``."""
    current: list[tuple[str, bool]] = []  # text runs of the line being built, with their emphasis

    def flush() -> None:
        if current:
            text = _WS.sub(" ", "".join(t for t, _ in current)).strip()
            visible = [(t, e) for t, e in current if t.strip()]
            strong = bool(visible) and all(e for _, e in visible)
            lines.append((text, strong))
            current.clear()
        lines.append(("", False))

    def walk(node, emphasis: bool) -> None:
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag in _BLOCK:
            flush()
        if tag == "br":
            flush()
        strong = emphasis or tag in _HEADINGS or tag in _BOLD
        if node.text and tag:
            current.append((node.text, strong))
        for child in node:
            walk(child, strong)
            if isinstance(child.tag, str) and child.tag in _CELLS:
                current.append(("\t", strong))
            if child.tail:
                current.append((child.tail, emphasis))
        if tag in _BLOCK:
            flush()

    walk(root, False)
    flush()
