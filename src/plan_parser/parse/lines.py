"""Lines stage: cleaned text -> ``Lines`` (a ``list[Line]`` with the indexes of the lines with text), each
line with its offsets and folded view.

A document flattened onto one line (OCR'd circulars, scraped cells) is cut into
*virtual* lines where ``flatten.cuts`` says (``…建设。二、健全机制1.认真总结…``), and so is a
chapter's heading with its first article (``第一章　总则　　第一条　…``); virtual lines share the
physical line's number, and their offsets still point into the text.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from operator import itemgetter
from typing import NamedTuple

from .flat_search import signature_search
from .flatten import FLAT_ADDRESSEES, FLAT_LINE, cuts as flat_cuts
from . import patterns as P
from .patterns import fold

R = P.RE  # the line patterns matched at a line's start: by re where it reads them alike

HEAD_LINES = 5  # a 文号 run into the 主送 stands within this many non-blank lines
FLAT_LINES = 3  # a document of at most this many lines, one FLAT_LINE long or more, is flattened

_SPACE = " \t\u3000\u00a0\u2002\u2003\ufeff"
SPARSE_BLANKS = 1 << 16  # more empty lines than this: they are made on demand (``SparseLines``)
# a line with at least one character (stdlib re: a negated one-character set is a C scan); not
# an empty line, whose place the count of line breaks between two matches gives
_RAW_LINE = re.compile(r"[^\n]+")
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


def split_lines(text: str, folded: str | None = None) -> Lines:
    """Split cleaned text into lines (``\\n`` only; the read stage normalised the rest).

    A text of at most SPARSE_BLANKS lines has each made in one pass over its lines (``_every``).
    A longer one has only the lines with characters made here; the empty lines between them are
    filled in after (``_expand``), or made on demand when there are very many (``SparseLines``).
    All three give the same ``Line`` at each index, virtual lines cut from them too."""
    folded = fold(text) if folded is None else folded
    count = text.count("\n") + 1
    if count > SPARSE_BLANKS:  # (10 MB of blank lines: not a Line for each)
        stored, ends, chapters = _stored(text, folded)
        return _expand(_virtual(stored, chapters), ends, count)
    every, chapters = _every(text, folded)
    lines = _virtual(every, chapters)
    if lines is every:  # (most often no virtual line is cut: the lines as _every made and indexed them)
        return every
    out = Lines(lines)
    out.filled = [i for i, ln in enumerate(out) if ln.text]
    return out


def _virtual(lines: list[Line], chapters: bool) -> list[Line]:
    """The lines with the virtual lines cut from them: a chapter's heading apart from its first
    article (``chapters``: a line opens with 第), a flattened document's (when it has at most FLAT_LINES
    lines with text, one FLAT_LINE long or more), else a head's 文号 run into its 主送 and a
    last line's signature run on."""
    filled = [ln.text for ln in _first_filled(lines, FLAT_LINES + 1)]
    if chapters:
        lines = [piece for ln in lines for piece in _chapter_article(ln)]
    if len(filled) <= FLAT_LINES and max(map(len, filled), default=0) >= FLAT_LINE:
        return [piece for ln in lines for piece in _unflatten(ln)]
    return _tail_signature(_head_run_on(lines))


def _first_filled(lines: list[Line], n: int) -> list[Line]:
    """The first ``n`` lines with text (fewer when there are fewer)."""
    out = []
    for ln in lines:
        if ln.text:
            out.append(ln)
            if len(out) == n:
                break
    return out


def _every(text: str, folded: str) -> tuple[Lines, bool]:
    """Every line of the text, one ``Line`` each: split at once by ``str.split``, each then stripped
    of its white space (its view is the folded text's same stretch: folding keeps lengths and
    makes no white space of what was none); with the indexes of those with text (``filled``) and
    their views' first and last characters (``ends``, as ``regions.opening`` would make them, read
    off the views kept: one C pass each); and whether one opens with 第 (第一章　总则　　第一条 …:
    a view's first character is 第 where the text's is, as nothing folds to or from 第)."""
    out = Lines()
    found: list[int] = []
    views: list[str] = []
    append, note, keep = out.append, found.append, views.append
    tail = _SPACE + "\r"
    pos = 0  # where the line starts in the text
    for no, raw in enumerate(text.split("\n"), start=1):
        if not raw:
            append(_make(Line, (no, pos, "", "", False)))
            pos += 1
            continue
        body = raw.lstrip(_SPACE)
        start = pos + len(raw) - len(body)
        body = body.rstrip(tail)
        pos += len(raw) + 1
        if body:
            view = folded[start:start + len(body)]
            note(no - 1)
            keep(view)
            append(_make(Line, (no, start, body, view, "\t" in raw)))
        else:  # white space only
            append(_make(Line, (no, start, "", "", False)))
    firsts = "".join(map(_FIRST, views))
    out.filled, out.ends = found, (firsts, "".join(map(_LAST, views)))
    return out, "第" in firsts


_FIRST, _LAST = itemgetter(0), itemgetter(-1)


def _stored(text: str, folded: str) -> tuple[list[Line], dict[int, int], bool]:
    """The lines that hold characters (white space only too), where each of their line breaks
    stands (line number -> offset), and whether one opens with 第."""
    out: list[Line] = []
    chapters = False
    append = out.append
    ends: dict[int, int] = {}
    no, pos = 1, 0
    tail = _SPACE + "\r"
    for m in _RAW_LINE.finditer(text):
        first, ends_at = m.span()
        no += first - pos  # what lies between two lines with characters is line breaks only
        pos = ends_at
        raw = m.group()
        body = raw.lstrip(_SPACE)
        start = first + len(raw) - len(body)
        body = body.rstrip(tail)
        if body:
            chapters = chapters or body[0] == "第"
            append(_make(Line, (no, start, body, folded[start:start + len(body)], "\t" in raw)))
        else:  # white space only
            append(_make(Line, (no, start, "", "", False)))
        ends[no] = ends_at
    return out, ends, chapters


def _expand(stored: list[Line], ends: dict[int, int], count: int) -> Lines:
    """All ``count`` input lines: the stored ones at their places, an empty ``Line`` for each
    empty input line between them (made on demand when there are more than SPARSE_BLANKS)."""
    if count - len(ends) > SPARSE_BLANKS:  # ends: one key per input line stored
        return SparseLines(stored, ends, count)
    out = Lines()
    append = out.append
    found = []
    no, end = 0, -1  # the last stored input line, and its line break
    for ln in stored:
        if ln.no != no:  # not a virtual line after another of its line: the empty lines before it
            for q in range(no + 1, ln.no):
                append(_make(Line, (q, end + q - no, "", "", False)))
            no, end = ln.no, ends[ln.no]
        if ln.text:
            found.append(len(out))
        append(ln)
    for q in range(no + 1, count + 1):
        append(_make(Line, (q, end + q - no, "", "", False)))
    out.filled = found
    return out


def _before(stored: list[Line], at: list[int], ends: dict[int, int], k: int) -> tuple[int, int, int]:
    """The number, line break offset and index of the stored line before stored line ``k``
    ((0, -1, -1) for none): the empty lines after it count on from them, one apiece."""
    if k == 0:
        return 0, -1, -1
    ln = stored[k - 1]
    return ln.no, ends[ln.no], at[k - 1]


class Lines(list):
    """``list[Line]``, and ``filled``: the indexes of the lines with text, ascending (the
    layout's passes go over those, skipping runs of blank lines at once); ``ends``, the first and
    the last characters of their views (made with the lines, or by ``regions.opening`` when first
    asked for)."""

    filled: list[int]
    ends: tuple[str, str]


class SparseLines(Sequence):
    """The lines of a text of very many empty lines (10 MB of them): the stored lines, and an
    empty ``Line`` made when asked for, equal to the one ``Lines`` would hold there."""

    def __init__(self, stored: list[Line], ends: dict[int, int], count: int):
        at, index, no = [], -1, 0
        for ln in stored:  # the index of each stored line: one on, or the empty lines before it too
            index += 1 if ln.no == no else ln.no - no
            at.append(index)
            no = ln.no
        self._stored, self._at, self._ends, self._total = stored, at, ends, index + 1 + count - no
        self.filled = [at[k] for k, ln in enumerate(stored) if ln.text]

    def __len__(self) -> int:
        return self._total

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(self._total))]
        if i < 0:
            i += self._total
        if not 0 <= i < self._total:
            raise IndexError("line index out of range")
        k = bisect.bisect_right(self._at, i)
        if k and self._at[k - 1] == i:
            return self._stored[k - 1]
        no, end, last = _before(self._stored, self._at, self._ends, k)
        return _make(Line, (no + i - last, end + i - last, "", "", False))


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
    m = signature_search(view, 0)
    if m is None or m.end("date") != len(view) or m.start("issuer") == 0:
        return lines
    return lines[:last] + _pieces(lines[last], [0, m.start("issuer"), m.start("date")]) + lines[last + 1:]


def _chapter_article(line: Line) -> list[Line]:
    """``第一章　总则　　第一条　…``: the chapter's heading and its first article, two lines."""
    m = R.CHAPTER_ARTICLE.match(line.view) if line.view.startswith("第") else None
    return _pieces(line, [0, m.end()]) if m else [line]


def _unflatten(line: Line) -> list[Line]:
    """A flattened line cut into virtual lines (see ``flatten.cuts``)."""
    if len(line.text) < FLAT_LINE:
        return [line]
    return _pieces(line, flat_cuts(line.view))


def _pieces(line: Line, cuts: list[int]) -> list[Line]:
    """The virtual lines between the cuts (offsets in ``line``, ascending, the first 0)."""
    cuts.append(len(line.text))
    no, start, text, view, cell = line
    return [_make(Line, (no, start + a, text[a:b], view[a:b], cell)) for a, b in zip(cuts, cuts[1:]) if b > a]
