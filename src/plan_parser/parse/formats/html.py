"""Read stage, web pages: saved .html/.htm bytes -> the page's main text, a block a line, table cells tab-joined.

The bytes are decoded as a text notice is (BOM, UTF-8, then GB18030/Big5: a page saved
from a Chinese government site is one of those whatever its ``<meta charset>`` says) and
parsed by lxml's HTML parser, which mends broken markup as browsers do. The page's
furniture is dropped (scripts, styles, navigation, the page-wide header and footer,
side bars, hidden elements); of what is left the ``<main>`` (or the one ``<article>``) is
read when the page marks one, else the whole body. Block elements (``<p>``, ``<div>``,
headings, list items) and ``<br>`` end a line; a table row is one line, its cells joined by
tabs, as a table copied out of a browser reads in a ``.txt`` notice. White space inside a
line collapses as a browser shows it (only ASCII white space: the ideographic space
U+3000 that indents Chinese paragraphs is text).
"""
from __future__ import annotations

import re

from plan_parser.errors import InputError

from . import Read

# Runs of the white space HTML collapses (ASCII only). Matches " \n\t "; must not match
# "\u3000" (an ideographic space is text) nor "\xa0" (&nbsp; is kept).
HTML_SPACE_RE = re.compile(r"[ \t\n\r\f]+")

# Elements that end a line before and after them.
BLOCKS = frozenset(
    "address article blockquote body caption center dd details dialog dir div dl dt fieldset figcaption figure"
    " footer form h1 h2 h3 h4 h5 h6 header hr li main menu ol p pre section summary table tbody tfoot thead ul"
    .split())
# Elements whose content is never the notice's text: code, controls, embedded media, navigation, side bars.
SKIPPED = frozenset(
    "script style noscript template head title nav aside button select option textarea input iframe object"
    " embed svg canvas audio video map".split())
# ARIA landmark roles of page furniture (role="navigation" on a <div> is a <nav>).
SKIPPED_ROLES = frozenset({"navigation", "banner", "contentinfo", "search", "complementary"})
# A <header> or <footer> is the page's own (site banner, copyright) unless inside one of these.
SECTIONING = frozenset({"article", "main", "section", "aside", "nav", "td", "th"})


def read(data: bytes, path: str | None) -> Read:
    """The main text of the page in ``data``; InputError when it has none."""
    import lxml.etree
    import lxml.html  # only web pages pay for lxml

    from ..read import decode

    text, encoding = decode(data, path)
    parser = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True)
    try:
        page = lxml.html.document_fromstring(text.encode("utf-8", "surrogatepass"), parser=parser)
    except (lxml.etree.ParserError, ValueError) as err:
        raise InputError(f"cannot read the web page ({err})", path=path) from None
    out = _Text()
    out.walk(_main(page))
    lines = out.lines()
    if not lines:
        raise InputError("the web page has no text to read", path=path)
    return Read(text="\n".join(lines), encoding=f"html:{encoding}")


def _main(page):
    """The element holding the page's main text: its one <main> or <article>, else its body."""
    for query in ("//main | //*[@role='main']", "//article"):
        found = [el for el in page.xpath(query) if not _furniture(el)]
        if len(found) == 1:
            return found[0]
    body = page.find("body")
    return body if body is not None else page


def _furniture(el) -> bool:
    """Whether ``el`` or an element around it is page furniture (never the notice's text)."""
    return any(_skipped(node) for node in el.iterancestors()) or _skipped(el)


def _skipped(el) -> bool:
    tag = el.tag if isinstance(el.tag, str) else ""
    if tag in SKIPPED or el.get("role") in SKIPPED_ROLES or el.get("hidden") is not None:
        return True
    if "display:none" in (el.get("style") or "").replace(" ", "").lower():
        return True
    if tag in ("header", "footer"):  # the page's banner or footer, not an article's
        return not any(a.tag in SECTIONING for a in el.iterancestors())
    return False


class _Text:
    """Text gathered from a walk over the tree: pieces, and line breaks that never repeat."""

    def __init__(self) -> None:
        self.pieces: list[str] = []

    def brk(self) -> None:
        if self.pieces and self.pieces[-1] != "\n":
            self.pieces.append("\n")

    def add(self, text: str | None, pre: bool) -> None:
        if not text:
            return
        if not pre:
            self.pieces.append(HTML_SPACE_RE.sub(" ", text))
            return
        for i, part in enumerate(text.split("\n")):
            if i:
                self.brk()
            self.pieces.append(part)

    def walk(self, el, pre: bool = False) -> None:
        """Gather the text of ``el``'s content (not its tail)."""
        pre = pre or el.tag == "pre"
        self.add(el.text, pre)
        for child in el.iterchildren():
            if not isinstance(child.tag, str) or _skipped(child):
                pass
            elif child.tag == "br":
                self.brk()
            elif child.tag == "tr":
                self.row(child)
            elif child.tag in BLOCKS:
                self.brk()
                self.walk(child, pre)
                self.brk()
            else:
                self.walk(child, pre)
            self.add(child.tail, pre)

    def row(self, tr) -> None:
        """A table row as one line: its cells' text joined by tabs (a cell's own lines kept)."""
        cells = []
        for cell in tr.iterchildren("td", "th"):
            inner = _Text()
            if not _skipped(cell):
                inner.walk(cell)
            cells.append("\n".join(inner.lines()))
        while cells and not cells[-1]:
            cells.pop()
        self.brk()
        self.pieces.append("\t".join(cells))
        self.brk()

    def lines(self) -> list[str]:
        """The gathered text as lines, ASCII spaces trimmed at both ends, blank lines left out."""
        lines = (line.strip(" ") for line in "".join(self.pieces).split("\n"))
        return [line for line in lines if line.strip()]
