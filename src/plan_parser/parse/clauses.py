"""Clauses stage: an item's text -> ``list[Found]`` responsibility clauses with their units.

Forms read (full- or half-width, simplified or traditional):
``（责任单位：A、B按职能分工负责）``, ``（牵头单位：A；配合单位：B、C）``, ``（A牵头，B、C配合）``,
``（A牵头，B参与）``, ``（A负责）``, ``（A指导，B负责落实）``, ``（负责部门：A、B）``, a
separate line ``牵头单位：A`` / ``责任单位：A``, labels glued to the name before them in one-line
copies (``责任单位：A完成时限：…``), and a sentence that opens with its units outside brackets
(``A牵头，B、C配合，…``; names sharing an ending, ``山东、江苏公司``, are one unit). Names are split on ``、，,；`` and on
``及``/``和``/``与`` only between two units (``工业和信息化部`` is one name), and after ``等``
(``A等和B负责``: two units). Qualifiers (``按职能分工负责``) and a trailing ``等``/``等单位`` are
kept apart. Brackets: ``（）`` ``【】`` ``[ ]`` ``〔〕``; inner brackets (``各县[市、区]人民政府``,
``各县级市<区>政府``, ``〈…〉``) stay inside a name. Standing rules (``STANDING_RULES``) are read
apart from the units of the clause that states them. One clause's text is read in clause_units.py,
its names split in names.py.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from itertools import accumulate
from typing import Callable, NamedTuple

import regex

from . import patterns as P
from .clause_gates import LABEL_STARTS, may_label, may_lead
from .clause_units import STANDING_RULES, Parsed, clause_word, parse_clause
from .names import Name, split_names, unitlike

MAX_CLAUSE = 600  # longest parenthesised clause we look into (characters)
OPEN, CLOSE = "(【[〔", ")】]〕"  # clause brackets, in the folded view (（ ［ fold to ( [)
_BRACKET = re.compile(r"[(【\[〔)】\]〕\n]")  # what _pairs looks at (a plain class: re finds it faster)
_SENTENCE_END = regex.compile("。")  # (a sentence of a run-on clause starts after one: _Known)
REMARK_SPAN = 16  # a sentence's head where a remark (CLAUSE_REMARK: 下同, 以下…) is looked for
_CLOSING = re.compile("[" + re.escape(CLOSE) + "]")  # a closing bracket: a line without one has no pair
_OPENING = re.compile("[" + re.escape(OPEN) + "]")  # an opening bracket


class Found(NamedTuple):
    """A clause found at ``start``..``end`` of the text it was looked for in.

    A named tuple rather than a frozen dataclass (as ``lines.Line``): as immutable, and several
    times faster to make, which counts with one per clause (10^5 on one line)."""

    start: int
    end: int
    text: str
    names: tuple[Name, ...]
    lead_first_rule: bool = False
    deadline: str | None = None  # a completion time written in the clause: 2023年底前完成
    standing: tuple[Name, ...] = ()  # units a standing rule gives every later task (以下均需A落实)

# What ``clauses_in`` gives a line without a clause word (the empty tuple; else a list): no clause,
# and no prose units either (prose.PROSE_HINT's words are all clause words)
NO_CLAUSE_WORD: tuple[Found, ...] = ()


def clauses_in(text: str, view: str) -> list[Found] | tuple[Found, ...]:
    """A line's clauses: the clause alone on it (``line_clause``), else those of its paragraph
    (``find_clauses``). A line without a clause word holds none (most lines): one search says
    so, and ``NO_CLAUSE_WORD`` is returned."""
    if not clause_word().search(view):
        return NO_CLAUSE_WORD
    return worded_clauses(text, view)


def worded_clauses(text: str, view: str) -> list[Found]:
    """``clauses_in`` of a line known to hold a clause word. Every form needs a colon (a label:
    ROLE_LABEL, may_label), a closing bracket (a bracketed clause, or a line that is one: _pairs)
    or 牵头 (a lead sentence: may_lead): a line with none (~2 in 5 of the lines with a clause
    word: 负责, 落实 in a sentence) holds no clause, said at once."""
    if ":" not in view and "牵头" not in view and not _CLOSING.search(view):
        return []
    alone = _line_clause(text, view)
    return [alone] if alone else _find_clauses(text, view)


def find_clauses(text: str, view: str | None = None) -> list[Found]:
    """Every responsibility clause in ``text`` (one paragraph), by the forms of CLAUSE_FORMS in
    order (a later form skips what an earlier one found). Every form reads a clause word
    (``CLAUSE_WORD``: a bracket's text without one is no clause, a run-on label holds its colon,
    a lead sentence its 牵头), so a text without one holds no clause."""
    view = P.fold(text) if view is None else view
    return _find_clauses(text, view) if clause_word().search(view) else []


def _find_clauses(text: str, view: str) -> list[Found]:
    found: list[Found] = []
    for form in CLAUSE_FORMS:
        found += form.find(text, view, found)
    return found


def _bracketed(text: str, view: str, found: list[Found]) -> list[Found]:
    """Clauses in brackets: the outermost pair that reads as a clause."""
    word = clause_word().search
    if not _may_hold_worded_pair(view, word):
        return []
    out: list[Found] = []
    done = 0
    for i, j in _pairs(view):
        if i < done:
            continue  # inside a clause already read (各县（市、区）人民政府)
        if not word(view, i + 1, j):
            continue  # no clause word inside: no clause (parse_clause), and no text cut out to say so
        clause = parse_clause(text[i + 1:j], view[i + 1:j])
        if clause is not None and (clause.names or clause.standing):
            out.append(_found(i, j + 1, text[i:j + 1], clause))
            done = j + 1
    return out


def _may_hold_worded_pair(view: str, word) -> bool:
    """Whether a bracket pair of ``view`` may hold a clause word (``word``: clause_word's search),
    as ``_bracketed`` needs: some opening bracket, a clause word starting after the first one,
    and a closing bracket after that word's start. A pair (i, j) with a word inside has all three:
    the search from the first opening bracket finds a word starting at or before the pair's, and
    j lies after it. Two in three lines with brackets fail it (（一）…负责… with no word inside
    a pair): their pairs are not made, nor each looked into."""
    first = _OPENING.search(view)
    if first is None:
        return False
    w = word(view, first.start() + 1)
    return w is not None and _CLOSING.search(view, w.start() + 1) is not None


def _run_on(text: str, view: str, found: list[Found]) -> list[Found]:
    """A labelled clause after a sentence's end, outside brackets, running to the line's end.
    A label whose clause is known to name no unit from one read before is not read (``_Known``)."""
    if not may_label(view):
        return []
    inside, known = _covered(found), _Known(view)
    for m in P.ROLE_LABEL.finditer(view):
        i = m.start()
        # family: one-line enterprise copies whose content list was lost (改造内容具体如下：责任单位：A)
        if i == 0 or (prev := view[i - 1]) not in "。.;:":
            continue
        glued = prev in ":." and bool(P.GLUED_LABEL.match(m.group("label")))  # (after 。 and ; it counts for none)
        if (prev == ":" and not glued) or inside(i):
            continue
        if known.empty(i, glued):
            continue
        clause = parse_clause(text[i:].rstrip("。. "), view[i:].rstrip("。. "))
        if clause is not None and clause.names:
            return [_found(i, len(text), text[i:], clause)]
        known.failed(i)
    return []


class _Known:
    """Which run-on labels of a line name no unit, known from the labels read before (a line of
    10^5 labels was read in time quadratic, then cubic, in its length). The clause at label ``i``
    is read from ``i`` to the line's end, sentence by sentence (split at 。), each sentence's
    names from its labels' parts; so when the clause at ``f`` names no unit, neither does one at
    a later ``i``:

    - ``i`` starts a sentence and so did ``f`` (its sentences are some of ``f``'s), no standing
      rule reaching past ``f`` (下同 in a sentence between them changes how it is read);
    - ``i`` is in ``f``'s sentence and its label starts a part there (after ``,;、 ``, or glued:
      ``_label_starts``), no standing rule at or after ``f`` (which would cut the text apart);
    - ``i`` follows a separator, a sentence start ``f`` failed before it, no standing rule
      reaching past ``f``.
    """

    def __init__(self, view: str):
        self.view = view
        self.last: int | None = None  # the last label known to name no unit
        self.sentence: int | None = None  # the last label at a sentence's start that named none
        self._reach: int | None = None

    def reach(self) -> int:
        """The farthest end of any standing rule's match, from whatever position it is looked for,
        or of a remark opening a sentence (下同；…: a reading through it is no clause at all)."""
        if self._reach is None:
            view = self.view
            ends = [m.end() for r in STANDING_RULES for m in r.pattern.finditer(view, overlapped=True)]
            for s in [0, *(m.end() for m in _SENTENCE_END.finditer(view))]:
                head = view[s:s + REMARK_SPAN]
                remark = P.CLAUSE_REMARK.match(head.lstrip())
                if remark:
                    ends.append(s + len(head) - len(head.lstrip()) + remark.end())
            self._reach = max(ends, default=0)
        return self._reach

    def failed(self, i: int) -> None:
        self.last = i
        if self.view[i - 1] == "。":
            self.sentence = i

    def empty(self, i: int, glued: bool) -> bool:
        prev = self.view[i - 1]
        if prev == "。":
            known = self.sentence is not None and self.sentence >= self.reach()
        elif self.last is None:
            return False
        elif (prev in ",;、 " or glued) and self.view.find("。", self.last, i) < 0:
            known = self.last >= self.reach()
        else:
            known = prev in ",;、 " and self.sentence is not None and self.sentence >= self.reach()
        if known:
            self.failed(i)
        return known


def _lead_sentence(text: str, view: str, found: list[Found]) -> list[Found]:
    """A sentence that opens with its units and their verbs, outside brackets (A牵头，B、C配合，…)."""
    if not may_lead(view):
        return []
    inside = _covered(found)
    out: list[Found] = []
    for m in P.SENTENCE_LEAD.finditer(view):
        if inside(m.start("lead")):
            continue
        names = _part_names(text, view, m.span("lead"), "lead")
        if not names:
            continue
        if m.group("support") and (support := _part_names(text, view, m.span("support"), "support")):
            names += support
            end = m.end()
        else:
            end = view.index("牵头", m.end("lead")) + 2
        out.append(Found(m.start("lead"), end, text[m.start("lead"):end], tuple(names)))
    return out


def _covered(found: list[Found]) -> Callable[[int], bool]:
    """Whether a position lies inside a clause found already: a binary search over the clauses
    by start, with the farthest end reached so far (not a scan of every clause per position);
    the index is made on the first question (most lines ask none)."""
    index: list[list[int]] = []

    def inside(i: int) -> bool:
        if not index:
            spans = sorted((f.start, f.end) for f in found)
            index[:] = [[a for a, _ in spans], list(accumulate((b for _, b in spans), max))]
        starts, reach = index
        k = bisect_right(starts, i)
        return k > 0 and reach[k - 1] > i

    return inside


def _part_names(text: str, view: str, span: tuple[int, int], role: str) -> list[Name]:
    """The names of one part of a sentence clause, when every one reads as a unit."""
    a, b = span
    names = split_names(text[a:b], view[a:b])
    if not names or "牵头" in text[a:b]:
        return []
    if not all(unitlike(n) for n, _ in names):  # (names sharing an ending are joined: 山东、江苏公司)
        return []
    return [Name(n, role, q) for n, q in names]


@dataclass(frozen=True)
class ClauseForm:
    """A way a clause is written in a paragraph: ``find(text, view, found so far)``."""

    name: str
    find: Callable[[str, str, list[Found]], list[Found]]
    example: str


# The forms of a clause inside a paragraph, in the order they are read. (A clause alone on
# its line, ``牵头单位：A`` or ``（责任单位：A）``, is ``line_clause``'s.)
CLAUSE_FORMS = (
    # family: every 实施方案/若干措施 that closes an item with its units:
    # （责任单位：A、B）, （A牵头，B配合）, 〔责任单位：A〕, [责任单位:A], 【牵头单位：A】
    ClauseForm("bracketed", _bracketed, "推进建设。（牵头单位：市发展改革委；配合单位：市财政局）"),
    # family: plans that run the label on after the item's last sentence, without brackets
    ClauseForm("run-on", _run_on, "推进建设。牵头单位：市发展改革委；配合单位：市财政局。"),
    # family: work plans that open a measure's sentence with its units, outside brackets
    ClauseForm("lead-sentence", _lead_sentence, "完善工作细则。山东公司牵头，山西、江苏公司配合，修订细则。"),
)


def _found(start: int, end: int, text: str, clause: Parsed) -> Found:
    return Found(start, end, text, clause.names, clause.lead_first_rule, clause.deadline, clause.standing)


def _pairs(view: str) -> list[tuple[int, int]]:
    """Matching bracket pairs no longer than MAX_CLAUSE, by opening position (one linear pass
    over the brackets alone: most lines hold none, and are passed over at once)."""
    if not _CLOSING.search(view):
        return []
    opened: list[int] = []
    pairs = []
    for m in _BRACKET.finditer(view):
        j, ch = m.start(), m.group()
        if ch in OPEN:
            opened.append(j)
        elif ch == "\n":
            opened.clear()
        elif opened:
            i = opened.pop()
            if j - i <= MAX_CLAUSE:
                pairs.append((i, j))
    pairs.sort()
    return pairs


def line_clause(text: str, view: str | None = None) -> Found | None:
    """A separate responsibility line (``牵头单位：A；配合单位：B``) or a clause alone on its line
    (none without a clause word: ``find_clauses``)."""
    view = P.fold(text) if view is None else view
    return _line_clause(text, view) if clause_word().search(view) else None


def _line_clause(text: str, view: str) -> Found | None:
    body, bview = text, view
    if view[:1] in OPEN and view[-1:] in CLOSE and len(view) - 1 <= MAX_CLAUSE and (0, len(view) - 1) in _pairs(view):
        body, bview = text[1:-1], view[1:-1]
    elif view[:1] not in LABEL_STARTS or not P.ROLE_LABEL.match(view):
        return None
    clause = parse_clause(body, bview)
    if clause is None:
        return None
    return _found(0, len(text), text, clause)

