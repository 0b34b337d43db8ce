"""Tree stage: the lines of one region -> ``Tree`` (preamble blocks and numbered items).

Levels follow the order in which marker styles appear, not a fixed table: a stack
holds the styles open above the current line; a marker whose style is on the stack
closes everything below that level and becomes a sibling there, a new style opens
a level below the current item. So ``一、`` → ``1.`` (a skipped ``（一）``) nests as
well as ``一、`` → ``（一）`` → ``1.``. Unnumbered paragraphs belong to the item before
them; tab-separated lines are kept as table rows.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import NamedTuple

from . import patterns as P
from .clause_units import clause_word
from .clauses import find_clauses
from .lazy_regex import twin
from .lines import Line
from .numbers import cn_int
from .patterns.tree import MARKER_FIRST, RUN_IN_TITLE, markers_for, may_mark

TRAIL = "。；;，,：: \t"
_make = tuple.__new__  # a Marker without the named tuple's Python-level __new__ (as lines' Line)


class Marker(NamedTuple):
    """A numbering marker. A named tuple rather than a frozen dataclass (as ``lines.Line``): as
    immutable, and several times faster to make, which counts with one per item."""

    style: str
    number: int
    text: str  # the marker as written (``（一）``)
    end: int  # where the heading text starts in the line
    parts: tuple[int, ...] = ()  # a decimal marker's components: 1.2.1 -> (1, 2, 1)


@dataclass(slots=True)
class Node:
    """An item while the tree is built (turned into ``models.Item`` by the pipeline)."""

    marker: Marker
    line: Line
    path: list[int]
    title: str
    body: list[Line] = field(default_factory=list)
    children: list[Node] = field(default_factory=list)
    parent: Node | None = None
    in_table: bool = False  # a numbered line inside a table cell (right after a row, or after such a line)
    title_end: int = 0  # where the heading's title ends in its line (numbers before it are no targets)


@dataclass
class Tree:
    preamble: list[Line] = field(default_factory=list)
    roots: list[Node] = field(default_factory=list)
    skipped: list[tuple[Line, int]] = field(default_factory=list)  # (line, the number expected)


def marker(line: Line, decimal_ok=lambda parts: True) -> Marker | None:
    """The numbering marker that opens ``line``, if any.

    ``decimal_ok(parts)`` says whether a decimal marker (``1.2``) fits where it
    stands; when it does not (``11.121人才…`` is item 11), the next style is tried.
    """
    if not may_mark(line.view):  # most lines: no pattern can match (and none after “ " 《 【)
        return None
    return _marker(line, decimal_ok)


def _marker(line: Line, decimal_ok) -> Marker | None:
    """``marker`` of a line ``may_mark`` lets through."""
    view = line.view
    for style, rx in markers_for(view[0]):
        m = rx.match(view)
        if m and style == "decimal" and not decimal_ok(tuple(int(x) for x in m.group("n").split("."))):
            return _run_on(line, m.group("n"))
        if not m:
            continue
        raw = m.group("n")
        number = _ordinal(style, raw)
        stop = m.end()
        end = _text_start(view, stop) if stop < len(view) and view[stop].isspace() else stop
        if number is None or (style in ("cn", "num") and end == len(view)):
            continue
        parts = tuple(int(x) for x in raw.split(".")) if style == "decimal" else ()
        if style == "decimal":
            style = f"decimal{len(parts)}"
        return _make(Marker, (style, number, line.text[:stop].strip(), end, parts))
    return None


def _text_start(view: str, i: int) -> int:
    """Where the text after a marker ending at ``i`` starts: past its white space (``str.isspace``,
    as ``lstrip`` skips it), without copying the rest of the line."""
    n = len(view)
    while i < n and view[i].isspace():
        i += 1
    return i


def _run_on(line: Line, raw: str) -> Marker | None:
    """``11.121人才梯队项目``: item 11 whose heading starts with a number."""
    first, _, rest = raw.partition(".")
    if "." in rest:
        return None
    return Marker("num", int(first), line.text[: len(first) + 1], len(first) + 1)


@functools.lru_cache(maxsize=4096)  # a marker's numeral: a few hundred distinct ones
def _ordinal(style: str, raw: str) -> int | None:
    if style == "decimal":
        return int(raw.rsplit(".", 1)[1])
    return cn_int(raw)


COLON_TITLE = 30  # a heading phrase closed by a colon is at most this long: （一）加强组织领导：各区要…
_TITLE_STOP = twin(P.TITLE_STOP)  # (a character set: stdlib re searches it faster per call)


def title_end(view: str, start: int = 0) -> int:
    """Where a heading's lead sentence ends: its 。 outside brackets, or a colon that closes a
    short heading phrase before any 。 (not the colon of a time, 上午9:00), or the end of the line.
    The heading starts at ``start`` of ``view`` (after its marker: no copy of the rest is made).

    Most headings end at their first stop character, a sentence's end (outside brackets, as none
    opened before it), or have none (the end of the line): one search tells, else ``_scan``."""
    m = _TITLE_STOP.search(view, start)
    if m is None:
        return len(view)
    return m.start() if m.group() in _ENDS else _scan(view, start)


_ENDS = "。！？!?"  # TITLE_STOP's sentence ends


def _scan(view: str, start: int) -> int:
    """``title_end``: one scan over the characters that matter (brackets, sentence ends, colons),
    linear in the line."""
    depth = 0
    for m in _TITLE_STOP.finditer(view, start):
        ch, i = m.group(), m.start()
        if ch in "()":
            depth += 1 if ch == "(" else -1
        elif depth <= 0 and (ch != ":" or _colon_closes(view, i, start)):
            return i
    return len(view)


def _colon_closes(view: str, i: int, start: int) -> bool:
    """A colon at ``i`` that closes a short heading phrase begun at ``start`` (not the last
    character, not 9:00)."""
    return (0 < i - start <= COLON_TITLE and i + 1 < len(view)
            and not (view[i - 1].isdigit() and view[i + 1].isdigit()))


def heading_title(text: str, view: str, end: int | None = None) -> str:
    """An item's heading phrase: its lead sentence, without clauses and closing punctuation.
    ``end`` is ``title_end(view)`` when the caller has it already."""
    end = title_end(view) if end is None else end
    return _title(text[:end], view[:end])


def _title(text: str, view: str) -> str:
    """A heading's lead sentence without its clauses and closing punctuation."""
    return _drop_clauses(text, view).strip().rstrip(TRAIL).strip()


def _drop_clauses(text: str, view: str) -> str:
    """``text`` without its clauses (the text outside their union), joined once, not rebuilt
    per clause (most headings hold none: ``find_clauses`` says so with one search)."""
    clauses = find_clauses(text, view)
    if not clauses:
        return text
    kept, pos = [], 0
    for found in sorted(clauses, key=lambda f: f.start):
        kept.append(text[pos:max(pos, found.start)])
        pos = max(pos, found.end)
    kept.append(text[pos:])
    return "".join(kept)


def build(lines: list[Line]) -> Tree:
    """Build the tree of one region's lines."""
    tree = Tree()
    stack: list[Node] = []
    styles: list[str] = []  # the style of each node on the stack
    last_number: dict[str, int] = {}  # the last number of each style, anywhere
    sibling_last: dict[tuple[int, str], int] = {}  # the last number of each style under each parent
    after_row = False  # the line before was a table row, or a numbered line inside a cell
    fits = lambda parts: _decimal_fits(parts, stack)  # noqa: E731 (``stack`` is changed in place, never rebound)
    for line in lines:
        if not line.text:
            continue
        first = line.view[0]  # may_mark written out: most lines open with no marker's first character
        markable = first in MARKER_FIRST or first.isdecimal() or first > "\uffff"
        mk = _marker(line, fits) if markable and not line.cell else None
        if mk is None:
            (stack[-1].body if stack else tree.preamble).append(line)
            after_row = line.cell
            continue
        style, number = mk[0], mk[1]  # (style, number: read once)
        if style in styles:  # a sibling at that level: close everything below it
            level = styles.index(style)
            del stack[level:], styles[level:]
        elif style in BODY_RANK and styles:  # a new style never nests under one it ranks above
            _close_below(style, stack, styles)
        parent = stack[-1] if stack else None
        key = (id(parent), style)
        if number != sibling_last.get(key, 0) + 1 and (key in sibling_last or number != last_number.get(style, 0) + 1):
            _skipped(sibling_last, key, line, tree)
        node = _node(mk, line, parent, after_row)
        (parent.children if parent else tree.roots).append(node)
        stack.append(node)
        styles.append(style)
        last_number[style] = sibling_last[key] = number
    return tree


# family: GB/T 9704's order of the body's numbering, 一、 > (一) > 1. > (1): a style met for the first
# time below one it ranks above is no level under it (a work report's review numbered (一)…(五), then
# its plan 一、…八、; a lost 一、, then 二、 after (八)); it closes the levels from the first style it
# ranks above. Levels may still be skipped (一、 then 1.), and styles outside this order (第一章, 1.1,
# ①) nest as they come.
BODY_RANK = {"cn": 0, "paren_cn": 1, "num": 2, "paren_num": 3}


def _close_below(style: str, stack: list[Node], styles: list[str]) -> None:
    """Close the open levels from the first whose style ``style`` ranks above (BODY_RANK)."""
    rank = BODY_RANK[style]
    level = next((k for k, s in enumerate(styles) if BODY_RANK.get(s, -1) > rank), None)
    if level is not None:
        del stack[level:], styles[level:]


def _decimal_fits(parts: tuple[int, ...], stack: list[Node]) -> bool:
    """``a.b`` opens a list (b is 1), continues one (``a.(b-1)`` is open) or sits under item
    ``a`` numbered ``a.`` or ``a 总则`` (under （一）, ``1.3人户家庭`` is item 1)."""
    if parts[-1] == 1:
        return True
    prefix = parts[:-1]
    for node in stack:
        mk = node.marker
        if mk.parts[:-1] == prefix or mk.parts == prefix or (mk.style in ("num", "bare") and (mk.number,) == prefix):
            return True
    return False


def _node(mk: Marker, line: Line, parent: Node | None, in_table: bool) -> Node:
    a, view = mk.end, line.view
    end = title_end(view, a)  # (in the line: the heading's text is never copied whole)
    # ``_title`` written out: most headings hold no clause word, which find_clauses looks for first
    # (plain words: the heading's stretch of the view searched in place finds one where its copy does)
    text = line.text[a:_run_in_end(view, a, end)]
    if clause_word().search(view, a, end):
        text = _drop_clauses(text, view[a:a + len(text)])
    path = (parent.path if parent else []) + [mk.number]
    return Node(mk, line, path, text.strip().rstrip(TRAIL).strip(), [], [], parent, in_table, end)


RUN_IN_REACH = 40  # a heading run into its first sentence ends at most this far after its marker
RUN_IN_CUES = ("一是", "新时代", "《", "贯彻", "情况", "建议", "进展", "成效", "做法", "背景")  # each RUN_IN_TITLE
# match holds one of these
RUN_IN_MIN = 8  # a shorter lead sentence is a heading alone (a heading of 2 and a cue and its sentence are longer)


def _run_in_end(view: str, a: int, end: int) -> int:
    """Where a heading's title ends: ``end``, or before the first sentence it runs into
    (RUN_IN_TITLE: 二、存在问题和工作难点|一是…); its text (``end``) stays the lead sentence's. Only a
    heading with one of RUN_IN_CUES in reach is matched."""
    if end - a < RUN_IN_MIN:
        return end
    reach = min(end, a + RUN_IN_REACH)
    cue, title = _run_in()
    if cue.search(view, a, reach) is None:
        return end
    m = title.match(view, a, reach)
    return m.end() if m else end


@functools.cache
def _run_in():
    """RUN_IN_CUES searched at once (one stdlib re alternation of the literals), and RUN_IN_TITLE
    by re (``twin``: it reads it alike, a match costs a fraction of regex's); compiled on first use."""
    return re.compile("|".join(RUN_IN_CUES)), twin(RUN_IN_TITLE)


def _skipped(sibling_last: dict, key: tuple[int, str], line: Line, tree: Tree) -> None:
    """A number that does not follow its previous sibling (or, first in its group, is neither 1
    nor the run-on of the style's last number, which the caller tells) reported as skipped, with
    the number expected."""
    tree.skipped.append((line, sibling_last[key] + 1 if key in sibling_last else 1))


def leaves(nodes: list[Node]):
    """Items with no numbered items below them, in document order (one generator over a stack of
    the nodes still to see, not one generator per node)."""
    stack = nodes[::-1]
    while stack:
        n = stack.pop()
        if n.children:
            stack += n.children[::-1]
        else:
            yield n


def walk(nodes: list[Node]):
    """Every item, each before the items below it, in document order (as ``leaves``: one generator)."""
    stack = nodes[::-1]
    while stack:
        n = stack.pop()
        yield n
        stack += n.children[::-1]
