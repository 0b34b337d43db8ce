"""Read stage, .docx: Word package bytes -> plain text, a paragraph a line, a table row a line of cells.

python-docx opens the package and resolves merged table cells; the body is walked in
document order. Each paragraph is a line: its runs' text wherever they sit (inside
hyperlinks, fields, content controls, tracked insertions; not deleted text nor floating
text boxes), a manual line break kept as a line break and a tab as an ideographic space
(in our text a tab separates table cells: ``（一）<tab>加强领导`` is no table row). Each table
row is a line whose cells are joined by tabs, a cell's own paragraphs joined by line
breaks (empty cells kept), as a table copied out of Word or a web page reads in a ``.txt`` notice. A cell
merged across columns or down rows is read once, in the first row it covers, as a copied
table gives it. A paragraph Word numbers itself gets its number written in (``numbering``).
Page headers and footers (page numbers, running titles) are left out.
"""
from __future__ import annotations

import io
import zipfile

from plan_parser.errors import InputError

from . import Read

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# Block-level containers whose paragraphs are the document's own (content controls, custom XML).
WRAPPERS = frozenset(W + tag for tag in ("sdt", "sdtContent", "customXml"))
# What never holds the paragraph's text: properties, deleted or moved-away text, floating text boxes, field codes.
LEFT_OUT = frozenset(W + tag for tag in ("pPr", "rPr", "del", "moveFrom", "txbxContent", "instrText", "delText"))


def read(data: bytes, path: str | None) -> Read:
    """The text of the .docx in ``data``; InputError when it cannot be opened or holds no text."""
    import docx  # python-docx: only .docx input pays for it
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as err:
        raise InputError(f"cannot open the .docx file ({err.__class__.__name__}: {err})", path=path) from None
    from .numbering import Numbering

    text = "\n".join(_blocks(document.element.body, document, Numbering(document)))
    if not text.strip():
        raise InputError("the .docx file has no text to read", path=path)
    return Read(text=text, encoding="docx")


def _blocks(element, parent, numbering) -> list[str]:
    """The lines of a body or table cell: its paragraphs (with their list numbers) and table rows, in order."""
    from docx.table import Table

    lines: list[str] = []
    for child in element.iterchildren():
        if child.tag == W + "p":
            lines.append(numbering.label(child) + _paragraph(child))
        elif child.tag == W + "tbl":
            lines += _rows(Table(child, parent), numbering)
        elif child.tag in WRAPPERS:  # a block-level content control or custom XML: its paragraphs
            lines += _blocks(child, parent, numbering)
    return lines


def _paragraph(p) -> str:
    out: list[str] = []
    _runs(p, out)
    return "".join(out)


def _runs(element, out: list[str]) -> None:
    """Append the text under ``element``: text, tabs (as ideographic spaces) and line breaks."""
    for child in element.iterchildren():
        tag = child.tag
        if tag == W + "t":
            out.append(child.text or "")
        elif tag in (W + "tab", W + "ptab"):
            out.append("\u3000")
        elif tag in (W + "br", W + "cr"):
            out.append("\n" if child.get(W + "type") in (None, "textWrapping") else "")
        elif tag == W + "noBreakHyphen":
            out.append("-")
        elif tag not in LEFT_OUT and isinstance(tag, str):
            _runs(child, out)


def _rows(table, numbering) -> list[str]:
    """A line per table row: the cells met for the first time, joined by tabs."""
    seen = set()  # cell elements, kept alive so that lxml hands back the same proxy for one cell
    rows = []
    for row in table.rows:
        cells = []
        for cell in row.cells:
            if cell._tc not in seen:  # a merged cell comes back in every grid position it covers
                seen.add(cell._tc)
                cells.append("\n".join(_blocks(cell._tc, cell, numbering)).strip("\n"))
        rows.append("\t".join(cells))  # empty cells kept: "1.推进…<tab>" stays a table row, never an item
    return rows

