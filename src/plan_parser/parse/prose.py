"""Prose stage: a task's sentences -> ``list[Name]``, the units they say are responsible
(issue 11, item 6), for a task that has no responsibility clause (``source: prose``)."""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache

from . import patterns as P
from .clause_gates import may_duty
from .lazy_regex import twin
from .names import INNER_CLOSE, INNER_OPEN, Name, segments, split_huitong, split_names, unitlike


def _holds(word: str):
    """A rule's quick test: the part holds ``word``."""
    return lambda view: word in view


# Prose forms that say who is responsible (issue 11, item 6), a table of named rules:
# (name, pattern on one sentence part, the role it gives, its quick test: a part that fails it is
# not tried, as the pattern cannot match it). Read only where a task has no clause; the units
# they give carry ``source: prose``.
PROSE_RULES = (
    # family: 办法 and 方案 that give each department its duty: 发展改革部门负责…，民政部门负责…
    ("duty-sentence", P.PROSE_DUTY, None, may_duty),
    # family: 方案 that name the overall lead in a sentence: 市发展改革委为总牵头单位
    ("lead-sentence", P.PROSE_LEAD, "lead", _holds("牵头")),
    # family: duty lists whose items open with the unit: （一）市工信局：负责…
    ("duty-head", P.DUTY_HEAD, "responsible", _holds(":")),
    # family: 办法 that close a matter's part with its units: （一）户籍登记数据，由公安机关负责；
    ("duty-by", P.PROSE_BY, None, lambda view: view.startswith("由") and view.endswith("负责")),
)


# the last characters DUTY_HEAD's names end in before their colon: 局 委 厅 办 中心 政府 部门 公司 集团 办公室,
# or the bracket closing a short name
HEAD_ENDS = frozenset("局委厅办心府门司团室)")
PART_SEPS = "。;,"  # what a sentence part is read between (``segments``)
_SEP = re.compile("[。;,]")  # a separator of PART_SEPS
_INNER = re.compile("[" + re.escape(INNER_OPEN + INNER_CLOSE) + "]")  # an inner bracket, which ``segments`` splits around


def prose_names(text: str, view: str | None = None) -> list[Name]:
    """The units a paragraph's sentences say are responsible, with the role each is given."""
    view = P.fold(text) if view is None else view
    hints = _hints(view)
    if not hints:  # most paragraphs say nothing of who answers
        return []
    out: list[Name] = []
    for a, b in hinted_parts(view, hints):
        t, v = text[a:b], view[a:b]
        lead = len(v) - len(v.lstrip())
        t, v = t[lead:], v[lead:]
        for _, pattern, role, may in PROSE_RULES:
            if not may(v):
                continue
            if m := pattern.match(v):
                given = role or P.VERB_ROLES.get(m.group("verb"), "responsible")
                # family: national 分工 notices, 由国土资源部会同农业部等部门负责落实 (A leads)
                a = m.start("names")
                lead, nt, nv = split_huitong(t[a : m.end("names")], v[a : m.end("names")])
                names = [(n, "lead") for n, _ in lead] + [(n, given) for n, _ in split_names(nt, nv)]
                if names and all(unitlike(n) for n, _ in names):
                    out += [Name(n, role, None) for n, role in names]
                break
    return out


def _hints(view: str) -> list[int]:
    """Where the rules' words stand (PROSE_HINT: 负责 牵头 配合 ：), found once: every rule needs one
    in the part it reads (no word ends where another starts, so each is found; none holds a
    separator or a space). A colon counts only after the end of a unit's name or a space (DUTY_HEAD,
    the one rule that needs it: 市工信局： / 市委文明办(创城办)：; not 主要目标：)."""
    out = []
    for m in _hint().finditer(view):
        i = m.start()
        if view[i] != ":" or (i > 0 and (view[i - 1] in HEAD_ENDS or view[i - 1].isspace())):
            out.append(i)
    return out


@cache
def _hint() -> re.Pattern:
    """PROSE_HINT compiled by re on first use (lazy_regex.twin): plain words, found faster."""
    return twin(P.PROSE_HINT)


def hinted_parts(view: str, hints: list[int]) -> list[tuple[int, int]]:
    """The parts of ``view`` (``segments`` at 。;,) that hold a hint, in order, each once. With no
    inner bracket (most paragraphs: every separator splits, ``segments``), a hint's part runs from
    the separator before it (``str.rfind`` back to the last part's end) to the one after it (one search)
    (not every part of a long paragraph made to look up a few); else ``_hinted`` of its parts."""
    if _INNER.search(view):
        return _hinted(segments(view, PART_SEPS), hints)
    out: list[tuple[int, int]] = []
    end = -1
    n = len(view)
    for h in hints:
        if h < end:  # (in the part before: a hint is no separator)
            continue
        # (the separator before it lies after the last part's end: each character looked at once, in all)
        start = max(view.rfind("。", end + 1, h), view.rfind(";", end + 1, h), view.rfind(",", end + 1, h), end) + 1
        end = m.start() if (m := _SEP.search(view, h)) else n
        out.append((start, end))
    return out


def _hinted(parts: list[tuple[int, int]], hints: list[int]) -> list[tuple[int, int]]:
    """The parts that hold a hint, in order: each hint's part, once (a hint is no separator, so it
    lies inside the last part that starts at or before it)."""
    starts = [a for a, _ in parts]
    out, last = [], -1
    for h in hints:
        k = bisect_right(starts, h) - 1
        if k != last:
            out.append(parts[k])
            last = k
    return out
