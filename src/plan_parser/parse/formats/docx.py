"""Read stage, .docx: Word package bytes -> plain text, a paragraph a line, a table row a line of cells.

The body is read in document order with python-docx: each paragraph is a line (a manual
line break inside it stays a line break); each table row is a line whose cells are joined
by tabs, a cell's own paragraphs joined by line breaks, as a table copied out of Word or a
web page reads in a ``.txt`` notice. A cell merged across columns or down rows is read
once, in the first row it covers, as a copied table gives it. Page headers and footers
(page numbers, running titles) are page furniture and are left out.
"""
from __future__ import annotations

import io
import zipfile

from plan_parser.errors import InputError

from . import Read


def read(data: bytes, path: str | None) -> Read:
    """The text of the .docx in ``data``; InputError when it cannot be opened or holds no text."""
    import docx  # python-docx: only .docx input pays for it
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as err:
        raise InputError(f"cannot open the .docx file ({err.__class__.__name__}: {err})".strip(), path=path) from None
    text = "\n".join(_blocks(document))
    if not text.strip():
        raise InputError("the .docx file has no text to read", path=path)
    return Read(text=text, encoding="docx")


def _blocks(container) -> list[str]:
    """The lines of a document body or table cell: its paragraphs and table rows, in order."""
    from docx.table import Table

    lines: list[str] = []
    for block in container.iter_inner_content():
        if isinstance(block, Table):
            lines += _rows(block)
        else:
            lines.append(block.text)
    return lines


def _rows(table) -> list[str]:
    """A line per table row: the cells met for the first time, joined by tabs."""
    seen = set()  # cell elements, kept alive so that lxml hands back the same proxy for one cell
    rows = []
    for row in table.rows:
        cells = []
        for cell in row.cells:
            if cell._tc not in seen:  # a merged cell comes back in every grid position it covers
                seen.add(cell._tc)
                cells.append("\n".join(_blocks(cell)).strip("\n"))
        rows.append("\t".join(_trimmed(cells)))
    return rows


def _trimmed(cells: list[str]) -> list[str]:
    """The cells without the empty ones at the row's end (they hold nothing a reader sees)."""
    end = len(cells)
    while end and not cells[end - 1].strip():
        end -= 1
    return cells[:end]
