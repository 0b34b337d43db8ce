"""Lines stage: cleaned text -> ``list[Line]``, each with its offsets and folded view.

A document flattened onto one line (OCR'd circulars, scraped cells) is cut into
*virtual* lines where ``flatten.cuts`` says (``…建设。二、健全机制1.认真总结…``), and so is a
chapter's heading with its first article (``第一章　总则　　第一条　…``); virtual lines share the
physical line's number, and their offsets still point into the text.
"""
from __future__ import annotations

from typing import NamedTuple

from .flatten import FLAT_ADDRESSEES, FLAT_LINE, cuts as flat_cuts
from . import patterns as P
from .patterns import fold

HEAD_LINES = 5  # a 文号 run into the 主送 stands within this many non-blank lines
FLAT_LINES = 3  # a document of at most this many lines, one FLAT_LINE long or more, is flattened

_SPACE = " \t\u3000\u00a0\u2002\u2003\ufeff"
_make = tuple.__new__  # a Line without the named tuple's Python-level __new__: twice as fast


class Line(NamedTuple):
    """One line of the cleaned text.

    ``no`` is 1-based and equals the line number in the input file (cleaning never
    removes a line break). ``text`` is the line without its surrounding white space,
    starting at offset ``start`` of the cleaned text; ``view`` is ``fold(text)``.

    A named tuple rather than a frozen dataclass: as immutable, and ten times faster to
    make (0.3 µs, not 3 µs), which counts with one per input line (10^7 for 10 MB of
    blank lines).
    """

    no: int
    start: int
    text: str
    view: str
    cell: bool = False  # the line holds a tab, even a trailing one: a table row or cell

    @property
    def end(self) -> int:
        return self.start + len(self.text)

    @property
    def blank(self) -> bool:
        return not self.text


def split_lines(text: str) -> list[Line]:
    """Split cleaned text into lines (``\\n`` only; the read stage normalised the rest)."""
    out: list[Line] = []
    append = out.append
    offset = filled = longest = 0  # lines with text, and the longest: is it a flattened document?
    chapters = False  # a line that opens with 第 (第一章　总则　　第一条 …)
    tail = _SPACE + "\r"
    folded = fold(text)  # once for the text (one character for one): each view is a slice of it
    for no, raw in enumerate(text.split("\n"), start=1):
        if not raw:  # an empty line: the common case made quick (10^7 of them in 10 MB)
            append(_make(Line, (no, offset, "", "", False)))
            offset += 1
            continue
        body = raw.lstrip(_SPACE)
        lead = len(raw) - len(body)
        body = body.rstrip(tail)
        if body:
            filled += 1
            longest = max(longest, len(body))
            chapters = chapters or body[0] == "第"
        start = offset + lead
        append(Line(no, start, body, folded[start:start + len(body)], "\t" in raw and bool(body)))
        offset += len(raw) + 1
    if chapters:
        out = [piece for ln in out for piece in _chapter_article(ln)]
    if filled <= FLAT_LINES and longest >= FLAT_LINE:
        return [piece for ln in out for piece in _unflatten(ln)]
    return _tail_signature(_head_run_on(out))


def _head_run_on(lines: list[Line]) -> list[Line]:
    """family: a Markdown or pasted copy whose 文号 runs into the 主送 and the body on one line
    (财库〔2019〕38号各中央预算单位，…财政局：为贯彻…): cut after the 文号 and the 主送 colon, in
    the head only (the first HEAD_LINES non-blank lines)."""
    seen = 0
    for pos, line in enumerate(lines):
        if not line.text:
            continue
        seen += 1
        if seen > HEAD_LINES:
            break
        m = P.DOC_NUMBER.match(line.view)
        if m and m.end() < len(line.view) and P.HAN_START.match(line.view, m.end()):
            colon = line.view.find(":", m.end(), m.end() + FLAT_ADDRESSEES)
            cuts = [0, m.end()] + ([colon + 1] if colon != -1 and "。" not in line.view[m.end():colon] else [])
            return lines[:pos] + _pieces(line, [c for c in cuts if c < len(line.text)]) + lines[pos + 1:]
    return lines


def _tail_signature(lines: list[Line]) -> list[Line]:
    """family: a pasted or Markdown copy whose signature and date run on after its last sentence
    (…本通知自2019年9月1日起施行。财政部2019年7月26日): the last line is cut before the
    issuer and before the date."""
    last = next((k for k in range(len(lines) - 1, -1, -1) if lines[k].text), None)
    if last is None:
        return lines
    view = lines[last].view
    m = P.FLAT_SIGNATURE.search(view)
    if m is None or m.end("date") != len(view) or m.start("issuer") == 0:
        return lines
    return lines[:last] + _pieces(lines[last], [0, m.start("issuer"), m.start("date")]) + lines[last + 1:]


def _chapter_article(line: Line) -> list[Line]:
    """``第一章　总则　　第一条　…``: the chapter's heading and its first article, two lines."""
    m = P.CHAPTER_ARTICLE.match(line.view) if line.view.startswith("第") else None
    return _pieces(line, [0, m.end()]) if m else [line]


def _unflatten(line: Line) -> list[Line]:
    """A flattened line cut into virtual lines (see ``flatten.cuts``)."""
    if len(line.text) < FLAT_LINE:
        return [line]
    return _pieces(line, flat_cuts(line.view))


def _pieces(line: Line, cuts: list[int]) -> list[Line]:
    """The virtual lines between the cuts (offsets in ``line``, ascending, the first 0)."""
    cuts.append(len(line.text))
    return [Line(line.no, line.start + a, line.text[a:b], line.view[a:b], line.cell)
            for a, b in zip(cuts, cuts[1:]) if b > a]
