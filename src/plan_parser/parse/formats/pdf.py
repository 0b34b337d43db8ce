"""Read stage, PDF: a PDF's text layer -> plain text, a paragraph a line, a table row a line of cells.

pdfplumber (over pdfminer.six) gives each page's text lines with their positions, and
finds ruled tables. A PDF breaks a paragraph into lines as wide as the page, so lines are
joined back into the paragraph they came from: a line that reaches the right margin runs
on into the next one, unless that one is indented (a new paragraph's first line) or opens
with a numbering marker (``（二）``, ``3.``). A ruled table is read row by row, its cells
(their wrapped lines joined) separated by tabs, as a table copied out of Word reads in a
``.txt`` notice. Page numbers in the top and bottom margins are left out. A PDF with no
text layer (a scan: pages of images) raises InputError: there is nothing to read.
"""
from __future__ import annotations

import io
import logging
import re
import unicodedata
from dataclasses import dataclass

from plan_parser.errors import InputError

from ..patterns import MARKERS, fold
from . import Read

# A page number alone on a line, as GB/T 9704 notices print them and office suites number
# pages: "— 3 —", "- 12 -", "3", "第 3 页", "第3页 共10页", "3/10"; not "2023", not "3.加强…".
PAGE_NUMBER_RE = re.compile(
    r"[-—–－\s]*\d{1,3}[-—–－\s]*|第\s*\d{1,3}\s*页(\s*[,，/]?\s*共\s*\d{1,3}\s*页)?|\d{1,3}\s*/\s*\d{1,3}")

# Punctuation a line never starts with (Chinese line breaking moves the character before it down too).
NO_LINE_START = frozenset("，。、；：！？）》」』”’〕】,.;:!?)]%")
# What a paragraph's last line ends with (a line wrapped mid-sentence ends with none of these).
SENTENCE_ENDS = tuple("。；：！？;:!?”’）)")
# Marker styles that open an item even after a line ending mid-sentence (see ``_opens_item``).
ITEM_MARKERS = frozenset({"cn", "paren_cn", "paren_num", "circled"})
# Quotation marks, which a line breaks neither before nor after (Unicode line breaking's class QU).
QUOTES = frozenset("“”‘’\"'")
# Punctuation a line never ends with (the character after it goes down with it).
NO_LINE_END = frozenset("（《「『“‘〔【([")

MARGIN = 0.1  # page numbers sit in this share of the page height at its top or bottom
FULL = 1.0  # a line ending within this many character widths of the right margin is full
RIGHT_QUANTILE = 0.95  # the share of a document's lines that end left of its right margin
INDENT = 0.5  # a line starting this many character widths right of the left margin is indented


@dataclass(frozen=True)
class Block:
    """A line of a page, or a table row (``row``), with where it sits."""

    text: str
    page: int
    top: float
    x0: float
    x1: float
    size: float  # the height of the line's characters
    width: float  # the page's width (pages of one width share their margins)
    lead: float = 0.0  # the width of the line's first unbreakable run (a Latin word, a number, a character)
    row: bool = False


def read(data: bytes, path: str | None) -> Read:
    """The text of the PDF in ``data``; InputError when it cannot be opened or has no text layer."""
    import pdfplumber  # only PDF input pays for pdfplumber and pdfminer
    from pdfplumber.utils.exceptions import PdfminerException

    for name in ("pdfminer", "pdfplumber"):  # their warnings are theirs to log, never printed by us
        logging.getLogger(name).addHandler(logging.NullHandler())
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            blocks = [b for number, page in enumerate(pdf.pages) for b in _page(page, number)]
    except PdfminerException as err:
        cause = err.args[0] if err.args else err
        what = "it is password-protected" if "Password" in type(cause).__name__ else str(cause) or type(cause).__name__
        raise InputError(f"cannot open the PDF ({what})", path=path) from None
    if not any(b.text.strip() for b in blocks):
        raise InputError("a PDF with no text layer (a scan?): there is no text to read (run OCR on it first)",
                         path=path)
    return Read(text="\n".join(_paragraphs(blocks)), encoding="pdf")


def _page(page, number: int) -> list[Block]:
    """The page's lines outside tables and its tables' rows, top to bottom."""
    tables = page.find_tables()
    boxes = [t.bbox for t in tables]

    def outside(obj) -> bool:  # a character whose centre is in a table is the table's
        x, y = (obj["x0"] + obj["x1"]) / 2, (obj["top"] + obj["bottom"]) / 2
        return not any(x0 <= x <= x1 and top <= y <= bottom for x0, top, x1, bottom in boxes)

    blocks = [_line(line, page, number) for line in page.filter(outside).extract_text_lines(return_chars=True)]
    blocks = [b for b in blocks if not _page_number(b, page.height)]
    for table in tables:
        top = table.bbox[1]
        blocks += [Block(text, number, top + i * 1e-3, table.bbox[0], table.bbox[2], 0.0, page.width, row=True)
                   for i, text in enumerate(_rows(table))]
    return sorted(blocks, key=lambda b: b.top)


def _line(line: dict, page, number: int) -> Block:
    chars = line["chars"]
    size = max((c["bottom"] - c["top"] for c in chars), default=0.0)
    text = _ideographic_spaces(line["text"])
    return Block(text, number, line["top"], line["x0"], line["x1"], size, page.width, _lead(chars))


def _ideographic_spaces(text: str) -> str:
    """``text`` with a gap between Chinese characters written as the ideographic space it stands for
    (``省长　马兴瑞``, ``第一条　为了``): the PDF holds a gap, which the text layer reads as " "."""
    return "".join("\u3000" if c == " " and 0 < i < len(text) - 1 and _wide(text[i - 1]) and _wide(text[i + 1])
                   else c for i, c in enumerate(text))


def _lead(chars: list[dict]) -> float:
    """The width of the first run a line cannot be broken inside: a Latin word or number, or one
    Chinese character, with what cannot be parted from it (``行“欠``, ``达”机``, ``元、100``)."""
    if not chars:
        return 0.0
    text = [c["text"] for c in chars]
    end = 1
    while end < len(text) and _glued(text[end - 1], text[end]):
        end += 1
    return chars[end - 1]["x1"] - chars[0]["x0"]


def _glued(before: str, char: str) -> bool:
    """Whether a line can never break between ``before`` and ``char``."""
    if char.isspace():
        return False
    latin = not _wide(char)
    return (char in NO_LINE_START or before in NO_LINE_END or char in QUOTES or before in QUOTES
            or (latin and (not _wide(before) or before in NO_LINE_START)))


def _wide(char: str) -> bool:
    """A Chinese (full-width) character: a line may break before or after it."""
    return unicodedata.east_asian_width(char[:1]) in ("W", "F")


def _page_number(block: Block, height: float) -> bool:
    in_margin = block.top < height * MARGIN or block.top > height * (1 - MARGIN)
    return in_margin and PAGE_NUMBER_RE.fullmatch(block.text.strip()) is not None


def _rows(table) -> list[str]:
    """A line per table row: its cells, wrapped lines joined, separated by tabs."""
    rows = []
    for cells in table.extract():  # None: a grid position a merged cell covers, read once already
        texts = [_unwrap(cell.split("\n")) for cell in cells if cell is not None]
        if any(texts):
            rows.append("\t".join(texts))  # empty cells kept: "1.推进…<tab>" stays a table row
    return rows


def _paragraphs(blocks: list[Block]) -> list[str]:
    """The blocks' text, the lines of one paragraph joined into one line."""
    ends: dict[float, list[float]] = {}  # where lines end, by page width
    for b in blocks:
        if not b.row:
            ends.setdefault(b.width, []).append(b.x1)
    # the right margin: where nearly all lines end before (a few hang a comma past it)
    right = {width: sorted(xs)[int(len(xs) * RIGHT_QUANTILE)] for width, xs in ends.items()}
    left: dict[float, float] = {}
    for b in blocks:
        if not b.row:
            left[b.width] = min(left.get(b.width, b.x0), b.x0)
    out: list[list[str]] = []
    prev: Block | None = None
    for b in blocks:
        if prev is not None and _runs_on(prev, b, left[b.width] if not b.row else 0.0, right.get(prev.width, 0.0)):
            out[-1].append(b.text)
        else:
            out.append([b.text])
        prev = b
    return [_unwrap(lines) for lines in out]


def _runs_on(prev: Block, b: Block, left: float, right: float) -> bool:
    """Whether ``b`` continues the paragraph whose line ``prev`` is."""
    if prev.row or b.row or b.page - prev.page > 1 or prev.size <= 0:
        return False
    gap = right - prev.x1  # full: the next line's first run would not have fitted in what is left
    full = gap <= max(FULL * prev.size, b.lead + prev.size / 4)
    indented = b.x0 > left + INDENT * b.size
    return full and not indented and not _opens_item(b.text, prev.text.rstrip().endswith(SENTENCE_ENDS))


def _opens_item(text: str, after_sentence: bool) -> bool:
    """Whether ``text`` starts with a numbering marker, so opens a new item rather than going on with
    a wrapped line: a bracketed or listed number (``（二）``, ``三、``) always, other markers
    (``第二十三条``, ``3.``, often cited inside a sentence) only after a sentence's end."""
    view = fold(text).lstrip()
    return any(rx.match(view) for style, rx in MARKERS if after_sentence or style in ITEM_MARKERS)


def _unwrap(lines: list[str]) -> str:
    """Wrapped lines joined: directly between Chinese characters, with a space between two Latin words."""
    text = ""
    for line in (ln.strip() for ln in lines):
        if text and line and text[-1].isascii() and text[-1].isalpha() and line[0].isascii() and line[0].isalpha():
            text += " "
        text += line
    return text
