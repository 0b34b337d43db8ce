"""Clauses stage, unit names: a clause part's text -> ``Name``s (split on 、，；及和与等, names sharing an ending joined)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from . import patterns as P
from .pattern_store import compiled_re

R = P.RE  # the patterns matched at a place per name, clause and cell: by re where it reads them alike
# (a match is all call; so is a search of a name's few characters: re's costs ~0.4 of regex's there)

INNER_OPEN, INNER_CLOSE = "([〈‹<", ")]〉›>"  # brackets inside a name: 各县[市、区] / 各县级市<区>


@dataclass(frozen=True)
class Name:
    name: str
    role: str
    qualifier: str | None = None


def split_huitong(text: str, view: str) -> tuple[list[tuple[str, str | None]], str, str]:
    """``A会同B负责``: A leads; the rest is read on. A part that opens with 会同 has lost its A to
    the sentence before it: the rest is read on without it."""
    i = view.find("会同")
    if i == 0:
        # family: duty lists whose unit heads the item and a later part adds who it works with,
        # （四）省发展改革委：…；会同省应急厅牵头负责… (bulk b00071): 省应急厅 leads with it (not a
        # name 会同省应急厅)
        return [], text[2:], view[2:]
    if i < 0:
        return [], text, view
    return split_names(text[:i], view[:i]), text[i + 2:], view[i + 2:]


def segments(view: str, seps: str) -> list[tuple[int, int]]:
    """Spans of ``view`` between separators, not splitting inside inner brackets (各县[市、区])."""
    inner, marks, alone = _classes(seps)
    if not inner.search(view):  # no inner bracket: every separator splits (found in one pass)
        cuts = [m.start() for m in alone.finditer(view)]
        return list(zip([0, *[c + 1 for c in cuts]], [*cuts, len(view)]))
    out, start, depth = [], 0, 0
    for m in marks.finditer(view):
        i, ch = m.start(), m.group()
        if ch in INNER_OPEN:
            depth += 1
        elif ch in INNER_CLOSE:
            depth -= 1
        elif ch in seps and depth <= 0:
            out.append((start, i))
            start = i + 1
    out.append((start, len(view)))
    return out


@cache
def _classes(seps: str) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """What ``segments`` looks for, compiled once a set of separators (by re: plain classes):
    an inner bracket; an inner bracket or a separator; a separator."""
    inner = re.escape(INNER_OPEN + INNER_CLOSE)
    return (compiled_re(f"[{inner}]"), compiled_re(f"[{inner}{re.escape(seps)}]"),
            compiled_re(f"[{re.escape(seps)}]"))


def split_names(text: str, view: str) -> list[tuple[str, str | None]]:
    """``A、B及C等单位按职能分工负责`` -> [(A, None), (B, None), (C, qualifier)]."""
    qualifier = None
    if q := P.QUALIFIER.search(view):
        qualifier = text[q.start():]
        text, view = text[: q.start()], view[: q.start()]
    parts: list[tuple[str, str]] = []
    tier = ("", "")  # bare tiers waiting for the organ they share: 市、区民政部门
    for a, b in segments(view, "、,;"):
        t, v = text[a:b].strip(), view[a:b].strip()
        if not v:
            continue
        if R.BARE_TIER.match(v) and (sep := view[b : b + 1]) == "、":
            tier = (f"{tier[0]}{t}{sep}", f"{tier[1]}{v}{sep}")
            continue
        t, v, tier = tier[0] + t, tier[1] + v, ("", "")
        if parts and R.TIER_ONLY.match(v) and parts[-1][1].startswith("各"):
            pt, pv = parts.pop()
            t, v = f"{pt}、{t}", f"{pv}、{v}"
        for et, ev in _split_etc(t, v):
            parts += _split_conj(et, ev)
    parts = _join_shared(parts)
    out = []
    for t, v in parts:
        if m := R.TRAILING_ETC.search(v):
            if m.start() > 0:
                t, v = t[: m.start()], v[: m.start()]
        t = t.strip().removeprefix("由")
        if aside := R.NAME_ASIDE.search(P.fold(t)):  # 各区人民政府〈含开发区…，下同〉
            t = t[: aside.start()].rstrip()
        folded = P.fold(t)
        if (t and not R.GENERIC_UNIT.match(folded) and not P.NOT_A_NAME.search(folded) and len(t) <= 60
                and not R.CLAUSE_REMARK.match(folded)):
            role = R.NAME_ROLE.search(folded)
            out.append((t[: role.start()].rstrip(), t[role.start():]) if role and role.start() else (t, None))
    if out and qualifier:
        out[-1] = (out[-1][0], qualifier)
    return out


def _join_shared(parts: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Names that share the next unit's ending join it, one unit as written: 山东、江苏、浙江公司."""
    out: list[tuple[str, str]] = []
    run: list[tuple[str, str]] = []
    for t, v in parts:
        if R.ELIDED_NAME.fullmatch(v) and not unitlike(v):
            run.append((t, v))
            continue
        if run and all(shares_ending(rv, v) for _, rv in run):
            t, v = "、".join([rt for rt, _ in run] + [t]), "、".join([rv for _, rv in run] + [v])
        else:
            out += run
        out.append((t, v))
        run = []
    return out + run


def shares_ending(first: str, name: str) -> bool:
    """Does ``first`` (山东, 建设: no unit alone) share the ending of the unit ``name`` after it
    (浙江公司, 信通公司)? Only when it is as long as ``name``'s stem (not 服务商、南瑞信通公司).
    family: enterprise plans that name sister companies by place: 山东、江苏、浙江公司."""
    if unitlike(first) or not R.ELIDED_NAME.fullmatch(first) or not (end := R.UNIT_END.search(name)):
        return False
    return len(name) - len(end.group()) == len(first)


def _split_etc(text: str, view: str) -> list[tuple[str, str]]:
    """``工业和信息化部等和各有关地方人民政府``: the names before ``等和`` and after it."""
    m = R.ETC_JOIN.search(view)
    if m is None or m.start() == 0:
        return [(text, view)]
    return [(text[: m.start()], view[: m.start()])] + _split_etc(text[m.end():], view[m.end():])


def _split_conj(text: str, view: str) -> list[tuple[str, str]]:
    """Split on 及/和/与 only where both sides are units."""
    for m in R.UNIT_CONJ.finditer(view):
        left, right = view[: m.start()], view[m.end():]
        if not right or R.GENERIC_UNIT.match(right) or len(right) < 2:
            continue
        if (R.UNIT_END.search(left) or left.startswith("各")) and unitlike(right):
            return [(text[: m.start()], left)] + _split_conj(text[m.end():], right)
    return [(text, view)]


def unitlike(name: str) -> bool:
    """Does a name read like an authority (ends like one, or is a collective 各…)?"""
    v = P.fold(name)
    return bool(R.UNIT_END.search(v)) or v.startswith(("各", "有关", "相关")) or v.endswith("单位")

