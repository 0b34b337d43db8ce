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
# Elements that may be a menu (a list or block of links, see ``_menu``).
MENU_TAGS = frozenset({"ul", "ol", "div"})
# ARIA landmark roles of page furniture (role="navigation" on a <div> is a <nav>).
SKIPPED_ROLES = frozenset({"navigation", "banner", "contentinfo", "search", "complementary"})
# Class and id words of page furniture in sites built of <div>s (family: government CMS templates,
# whose banner, menus, breadcrumb, share bar and footer carry no semantic tag): a word alone, or
# joined by - or _ to words none of which is in CONTENT_WORDS (``site-header`` goes,
# ``article-header`` stays). Matches class="header", id="topNav" (as topnav), class="foot_wrap".
FURNITURE_WORDS = frozenset(
    "header head top topbar topnav banner logo nav navbar mainnav subnav sitenav menu submenu footer foot"
    " bottom copyright breadcrumb breadcrumbs crumb crumbs position location currentpos sidebar side share"
    " bdshare toolbar tools search login links friendlink related qrcode".split())
CONTENT_WORDS = frozenset("article content main text title detail details zoom con info doc body wz ucap".split())
# Splits a class or id value into its words: "site-header main_nav x" -> site, header, main, nav, x.
ATTR_WORD_RE = re.compile(r"[\s_\-]+")
# A list or block of at least this many short links, whose text is nearly all theirs, is a menu.
MENU_LINKS = 3
MENU_LINK_SHARE = 0.8
MENU_LINK_CHARS = 10  # characters a menu's link holds on average, at most
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
    return _furniture_named(el) or (tag in MENU_TAGS and _menu(el))


def _furniture_named(el) -> bool:
    """Whether the element's class or id names page furniture (``class="site-header"``, ``id="nav"``)."""
    for value in (el.get("class"), el.get("id")):
        words = {w for w in ATTR_WORD_RE.split((value or "").lower()) if w}
        if words & FURNITURE_WORDS and not words & CONTENT_WORDS:
            return True
    return False


def _menu(el) -> bool:
    """Whether ``el`` is a menu: several short links (``首页``, ``政务公开``; not an attachment's long
    title), and next to no text besides theirs."""
    links = [_chars(a) for a in el.iter("a")]
    if len(links) < MENU_LINKS or sum(links) > MENU_LINK_CHARS * len(links):
        return False
    return sum(links) >= MENU_LINK_SHARE * _chars(el)


def _chars(el) -> int:
    """How many characters of text ``el`` holds, white space aside."""
    return sum(len("".join(t.split())) for t in el.itertext())


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
        """A table row as one line: its cells' text joined by tabs (a cell's own lines kept; empty cells
        kept too, so that ``1.推进…<tab>`` stays a table row and never becomes an item)."""
        cells = []
        for cell in tr.iterchildren("td", "th"):
            inner = _Text()
            if not _skipped(cell):
                inner.walk(cell)
            cells.append("\n".join(inner.lines()))
        filled = [cell for cell in cells if cell]
        if len(filled) == 1 and "\n" in filled[0]:
            # family: table-built pages of older government sites, the article in one cell of a
            # layout table: its paragraphs are lines of text, not cells of a row
            cells = filled
        self.brk()
        self.pieces.append("\t".join(cells))
        self.brk()

    def lines(self) -> list[str]:
        """The gathered text as lines, ASCII spaces trimmed at both ends, blank lines left out."""
        lines = (line.strip(" ") for line in "".join(self.pieces).split("\n"))
        return [line for line in lines if line.strip()]
