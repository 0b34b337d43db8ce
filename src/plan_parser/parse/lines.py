"""Lines stage: cleaned text -> ``list[Line]``, each with its offsets and folded view.

A document flattened onto one line (OCR'd circulars, scraped cells) is cut into
*virtual* lines where a numbering marker runs on inside it (``…建设。二、健全机制1.认真总结…``);
they share the physical line's number, and their offsets still point into the text.
Only a document of a few very long lines is cut, and only at markers that continue a
numbering sequence (一、 then 二、; 1. then 2.), so ordinary paragraphs are never split.
"""
from __future__ import annotations

from typing import NamedTuple

from . import patterns as P
from .numbers import cn_int
from .patterns import fold

FLAT_LINE = 400  # a line this long in a document of at most FLAT_LINES lines is a flattened document
FLAT_LINES = 3
FLAT_HEAD = 200  # a flattened notice's title ends within this many characters
FLAT_ADDRESSEES = 60  # and its 主送 colon within this many after the title

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
    tail = _SPACE + "\r"
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
        append(Line(no, offset + lead, body, fold(body) if body else "", "\t" in raw and bool(body)))
        offset += len(raw) + 1
    if filled <= FLAT_LINES and longest >= FLAT_LINE:
        out = [piece for ln in out for piece in _unflatten(ln)]
    return out


def _unflatten(line: Line) -> list[Line]:
    """A flattened line cut before each run-on marker that continues its numbering sequence,
    and around its head, its list of attachments and its signature."""
    if len(line.text) < FLAT_LINE:
        return [line]
    cuts = [0] + _head_cuts(line.view)
    last: dict[str, int] = {}
    restarts = []  # where a numbering starts (at 1)
    for m in P.RUN_ON_MARKER.finditer(line.view):
        style, number = _style_number(m)
        if number is None or not (number == 1 or number == last.get(style, 0) + 1):
            continue
        if number == 1 and m.group("stop") == "。":
            continue  # 11。 is item 11 where item 10 came before; 1。 starts nothing
        last[style] = number
        if m.start() > cuts[-1]:
            cuts.append(m.start())
            if number == 1:
                restarts.append(m.start())
    return _pieces(line, sorted({*cuts, *_tail_cuts(line.view, cuts, restarts)}))


def _tail_cuts(view: str, cuts: list[int], restarts: list[int]) -> list[int]:
    """Cuts before the list of attachments (附件:1.…2.…), around the signature and date, and
    around each included attachment's 附件 (N) after them.  A list after which a numbering
    starts again before any signature or attachment heading is left uncut (and so are the
    headings): an attachment's text runs on from it, and its items stay items."""
    listed = P.FLAT_ATTACHMENT_LIST.search(view, cuts[1] if len(cuts) > 1 else 0)
    signed = _signature_cuts(view, listed.start() if listed else cuts[-1])
    if not (signed or listed):
        return []
    after = signed[-1] if signed else listed.end()
    heads = list(P.FLAT_ATTACHMENT_HEAD.finditer(view, after))
    if listed and not signed:
        again = next((r for r in restarts if r > listed.end()), None)
        if again is not None and not (heads and heads[0].start() < again):
            return []
    records = [c for m in P.FLAT_RECORD.finditer(view, after) for c in (m.start(), m.end())
               if c == m.start() or view[m.end() - 1] in "发印"]  # 抄送: runs on into its names
    return (signed + _note_end(view, signed) + [c for m in heads for c in (m.start(), m.end())] + records
            + ([listed.start()] if listed else []))


def _note_end(view: str, signed: list[int]) -> list[int]:
    """A cut after the 附注 in brackets right after the date: (此件发至…)."""
    if not signed or signed[-1] >= len(view) or view[signed[-1]] != "(":
        return []
    close = view.find(")", signed[-1])
    return [close + 1] if close != -1 and close + 1 < len(view) else []


def _pieces(line: Line, cuts: list[int]) -> list[Line]:
    """The virtual lines between the cuts (offsets in ``line``, ascending, the first 0)."""
    cuts.append(len(line.text))
    return [Line(line.no, line.start + a, line.text[a:b], line.view[a:b], line.cell)
            for a, b in zip(cuts, cuts[1:]) if b > a]


def _signature_cuts(view: str, after: int) -> list[int]:
    """Cuts that set a flattened document's 署名 and 成文日期 apart: before the issuer, before
    and after the date (the first such signature after offset ``after``)."""
    found = P.FLAT_SIGNATURE.search(view, after)
    if found is None:
        return []
    return [c for c in (found.start("issuer"), found.start("date"), found.end("date")) if c < len(view)]


def _head_cuts(view: str) -> list[int]:
    """In a flattened head: cuts around a 发文字号 or after a 版头's …文件 before the title, after
    the title's 文种 (…的通知) and after the 主送 colon."""
    m = P.FLAT_TITLE_END.search(view, 0, FLAT_HEAD)
    if not m:
        return []
    colon = view.find(":", m.end(), m.end() + FLAT_ADDRESSEES)
    return _before_title(view, m.start()) + [m.end()] + ([colon + 1] if colon != -1 and colon + 1 < len(view) else [])


def _before_title(view: str, end: int) -> list[int]:
    """Cuts that set a flattened head's 发文字号 (or its 版头 …文件) apart from the title after it.

    The number's 代字 runs into the authority's name before it (山东省交通运输厅鲁交城市函（2020）
    39号): it starts after the last place where a name ends that leaves 2-8 characters of 代字."""
    m = P.DOC_NUMBER.search(view, 0, end)
    if m is None:
        mark = view.rfind("文件", 0, end)
        return [mark + 2] if mark >= 2 and end - mark > 6 else []
    bracket = min(i for i in (view.find(b, m.start(), m.end()) for b in "〔[［【(（") if i != -1)
    prefix = view[m.start():bracket]
    start = m.start()
    for q in range(len(prefix) - 2, 0, -1):
        if len(prefix) - q <= 8 and P.ORG_NAME_END.search(prefix, 0, q):
            start = m.start() + q
            break
    return [c for c in (start, m.end()) if 0 < c < end]


def _style_number(m) -> tuple[str, int | None]:
    for style in ("cn", "paren_cn", "num", "paren_num"):
        if m.group(style):
            return style, cn_int(m.group(style))
    return "", None
