"""Build stage, reading a region's tree: ``Node``s -> group clauses (``Groups``), past-section lines and titles, due dates, list leads."""
from __future__ import annotations

from operator import attrgetter, itemgetter

from . import patterns as P
from .clause_gates import preceded
from .clauses import Found, line_clause
from .clauses import clauses_in as _clauses_in
from .cuts import mask
from .lines import Line
from .tree import Node, walk

HEADING_LONGEST = 24  # the longest STANDALONE_HEADING


# what a heading about what has been ends in (PAST_SECTION: each of its nouns, _PAST, ends so):
# 回顾, 基础(条件), 现状(分析), 成效, 成绩, 基本情况, 背景, 环境, 形势, 问题; a title ending otherwise is none
PAST_ENDS = ("回顾", "基础", "条件", "现状", "分析", "成效", "成绩", "情况", "背景", "环境", "形势", "问题")
PAST_LAST = frozenset(e[-1] for e in PAST_ENDS)  # the last character of each
_TEXT, _LAST = attrgetter("text"), itemgetter(slice(-1, None))  # (a line's text; a text's last character, "" if none)
DUE_BEFORE = frozenset("以之底末年月日号")  # what stands before the 前 of a due date (TASK_DUE), but a space


def ends_list_lead(view: str) -> bool:
    """Does the line lead a list (LIST_LEAD: it ends in a colon)? Only a line whose last character
    that is no space is a colon may (every space LIST_LEAD skips is one to ``str.rstrip``), and
    LIST_LEAD is tried there alone."""
    if view[-1:] not in ":：" and not view[-1:].isspace():  # (most lines: no space to skip, no colon)
        return False
    last = len(view.rstrip()) - 1
    return last >= 0 and view[last] in ":：" and bool(P.LIST_LEAD.search(view, last))


def unlink(roots: list[Node]) -> None:
    """Drop each node's link to its parent once the tree is read: the tree is then freed as
    soon as it is dropped, not left as cycles for the collector."""
    stack = list(roots)
    while stack:
        node = stack.pop()
        node.parent = None
        stack.extend(node.children)


def due_in_text(lines: list[Line]) -> str | None:
    """A task's due date written in its text (7月27日前报送), when no clause gives one."""
    for ln in lines:
        if "前" not in ln.view or not _may_be_due(ln.view):  # most lines hold none
            continue
        view = mask(ln.view)  # not a date in 《a title》
        for m in P.TASK_DUE.finditer(view):
            sentence = view[:m.start()].rsplit("。", 1)[-1]
            if not P.RECURRING.search(sentence):  # 每年…5月底前: every year's, no one date
                return ln.text[m.start():m.end()]
    return None


def _may_be_due(view: str) -> bool:
    """Whether a due date (TASK_DUE) may end in ``view``: it ends in 前 / 以前 / 之前, the 前 after
    以 or 之, a space, 底 / 末, or its date's 年 / 月 / 日 / 号 (each 前 of the line tried: 目前, 前提 are none)."""
    return preceded(view, "前", DUE_BEFORE, space=True)


def past_title(title: str) -> bool:
    """Is a heading's title about what has been (PAST_SECTION: 2023年工作回顾, 发展基础)? Tried only
    on a title ending as one of its nouns does (PAST_ENDS)."""
    return title.endswith(PAST_ENDS) and bool(P.PAST_SECTION.fullmatch(title))


def past_lines(lines: list[Line], roots: list[Node]) -> set[int]:
    """Lines under an unnumbered heading about what has been (a work report's ``2023年工作回顾``
    line above its numbered 一、二、…), up to the next unnumbered heading (``2024年工作安排``).
    family: 政府工作报告 whose two parts are unnumbered headings, their items numbered inside."""
    # (no line whose text ends, white space aside, in the last character of one of PAST_ENDS, as a heading
    # about what has been, PAST_SECTION, does: 2 trees in 3, told in one pass of C calls, no text stripped)
    if PAST_LAST.isdisjoint(map(_LAST, map(str.rstrip, map(_TEXT, lines)))):
        return set()
    # (a heading is 2 to 24 characters: STANDALONE_HEADING; most lines are longer, passed over in one comprehension)
    short = [(k, text) for k, ln in enumerate(lines) if 2 <= len(text := ln.text.strip()) <= HEADING_LONGEST]
    # (no short line about what has been, that could open a past part below: most trees left)
    if not any(text.endswith(PAST_ENDS) and P.PAST_SECTION.fullmatch(text) for _, text in short):
        return set()
    heads = {id(n.line) for n in walk(roots)}
    past, start, out = False, 0, set()
    for k, text in short:
        ln = lines[k]
        if id(ln) not in heads and P.STANDALONE_HEADING.fullmatch(text):
            if past:
                out.update(map(id, lines[start:k]))
            past, start = bool(P.PAST_SECTION.fullmatch(text)), k
    if past:
        out.update(map(id, lines[start:]))
    return out


def clauses_in(line: Line) -> list[Found]:
    """The line's clauses (clauses.clauses_in)."""
    return _clauses_in(line.text, line.view)



Groups = dict[int, tuple[Line, Node, Found]]  # id(clause line) -> (line, the group's node, clause)


def group_clauses(roots: list[Node], clauses_in=clauses_in) -> Groups:
    """A clause alone on its line after a group's last item applies to the whole group.

    It does when the item it follows is the last of its siblings (the next marker is
    of a higher level, or none follows), the group has two or more items, and none of
    them carries a clause of its own; otherwise it is the item's own clause.
    """
    out: Groups = {}
    for parent in walk(roots):  # (every item, as the parent of a group)
        if len(parent.children) < 2 or not (last := parent.children[-1]).body:
            continue
        tail = last.body[-1]
        found = line_clause(tail.text, tail.view)
        if found is None or any(_has_clause(s, tail, clauses_in) for s in parent.children):
            continue
        out[id(tail)] = (tail, parent, found)
    return out


def _has_clause(node: Node, skip: Line, clauses_in=clauses_in) -> bool:
    for n in walk([node]):
        for ln in [n.line] + n.body:
            if ln is not skip and clauses_in(ln):
                return True
    return False

