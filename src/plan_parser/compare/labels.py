"""Labels stage: a matched pair of ``Node``s -> a ``TaskChange`` saying what changed
(``renumbered``, ``moved``, ``title``, ``text``, ``units``, ``targets``, ``deadline``),
and the character diff shown for it.

``renumbered``: path or attachment number changed; ``moved``: a container above it is
not the counterpart of the old one (containers are paired by title, then by where their
tasks went, never by number); ``title``; ``text``: the prose changed beyond the title,
the responsibility clauses and the target numbers, which have labels of their own;
``units``: names added, removed or renamed, role or order changes (names compared as
``fold.unit_key`` gives them, so a known other name is no change); ``targets``: value,
unit, comparator, deadline, recurrence, paired by measure unit then position, each
naming its indicator; ``deadline``: the task's own deadline or recurrence.
Provenance (spans, line numbers) never counts.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from diff_match_patch import diff_match_patch

from .. import models as M
from .fold import fold, unit_key
from .models import RoleChange, TargetChange, TargetRef, TaskChange, TaskRef, UnitChanges, UnitRename, ValueChange
from .nodes import Node

LABELS = ("renumbered", "moved", "title", "text", "units", "targets", "deadline")
CONTENT = {"title", "text", "units", "targets", "deadline"}

# A number as one token of the character diff: 3.09万, 2025, 1,200, 30%. So a changed
# number shows whole (3.09万 -> 4.53万), never as 3[-.09-]{+4.53+}.
NUMBER = re.compile(r"\d+(?:[.,，]\d+)*(?:万|亿)?%?")
# Where an indicator's name starts: after the last punctuation before the number.
CLAUSE_BREAK = re.compile(r"[，。；：,;:\n（(、]")
# Words between an indicator's name and its number (城镇新增就业[达到]3万人): not the name.
# Both scripts: 超过/超過, 达到/達到.
LEAD_IN = re.compile(r"(?:力[争爭]|[确確]保|累[计計]|[达達]到|超[过過]|不少[于於]|不低[于於]|不超[过過]|保持在|控制在|"
                     r"[稳穩]定在|提[高升][到至]|增[长長]|[达達])+$")


@dataclass(frozen=True)
class Context:
    """What a comparison needs beyond the pair: user aliases, every unit key of each side."""

    aliases: dict[str, str] = field(default_factory=dict)
    old_units: frozenset[str] = frozenset()
    new_units: frozenset[str] = frozenset()


def ref(n: Node, holds: bool = False) -> TaskRef:
    """The task as a reference; ``holds``: with its units, targets and deadline (added, removed)."""
    t = n.task
    out = TaskRef(path=t.path, attachment=t.attachment, title=t.title, id=t.id, section=t.section, line=t.line)
    if holds:
        out.units = [u.name for u in t.units]
        out.targets = [_tref(x, n.raw) for x in t.targets]
        out.deadline = t.deadline or t.recurrence
        out.text = n.raw
    return out


def compare(o: Node, n: Node, sections: dict[str, str], s: float, ctx: Context) -> TaskChange:
    """The labelled record of a matched pair."""
    rec = TaskChange(kind="matched", old=ref(o), new=ref(n), score=s)
    found = structure_labels(o, n, sections)
    content_labels(rec, o, n, ctx, found)
    rec.changes = [label for label in LABELS if label in found]
    return rec


def structure_labels(o: Node, n: Node, sections: dict[str, str]) -> set[str]:
    found = set()
    if o.task.path != n.task.path or o.task.attachment != n.task.attachment:
        found.add("renumbered")
    if len(o.parents) != len(n.parents) or any(sections.get(a) != b for a, b in zip(o.parents, n.parents)):
        found.add("moved")
    return found


def content_labels(rec: TaskChange, o: Node, n: Node, ctx: Context, found: set[str]) -> None:
    """The content labels; none when the folded texts are the same (the text is the truth:
    units and targets read differently from one text written in two scripts are no change)."""
    if o.text == n.text and o.title == n.title:
        return
    ot, nt = o.task, n.task
    if o.title != n.title:
        found.add("title")
    rec.units = units(ot.units, nt.units, ctx)
    if rec.units != UnitChanges():
        found.add("units")
    rec.targets = targets(ot.targets, nt.targets, o.raw, n.raw)
    if rec.targets:
        found.add("targets")
    if (ot.deadline, ot.recurrence) != (nt.deadline, nt.recurrence):
        found.add("deadline")
        rec.deadline = ValueChange(old=ot.deadline or ot.recurrence, new=nt.deadline or nt.recurrence)
    if o.rest != n.rest or (o.text != n.text and not found & CONTENT):
        found.add("text")  # the prose, or a change no other label explains
    if o.text != n.text:
        rec.text_diff = char_diff(o.raw, n.raw)


def char_diff(a: str, b: str) -> list[tuple[int, str]]:
    """Character-level diff (Chinese has no spaces to split words on), numbers kept whole,
    semantically cleaned."""
    table: dict[str, str] = {}
    back: list[str] = []

    def encode(text: str) -> str:
        out, at = [], 0
        for m in NUMBER.finditer(text):
            out.append(text[at:m.start()])
            if m.group() not in table:
                table[m.group()] = chr(0xF0000 + len(back))  # a private-use character per number
                back.append(m.group())
            out.append(table[m.group()])
            at = m.end()
        return "".join(out) + text[at:]

    dmp = diff_match_patch()
    dmp.Diff_Timeout = 0
    ops = dmp.diff_main(encode(a), encode(b))
    dmp.diff_cleanupSemantic(ops)
    decode = {v: k for k, v in table.items()}
    return [(op, "".join(decode.get(ch, ch) for ch in text)) for op, text in ops]


def units(old: list[M.Unit], new: list[M.Unit], ctx: Context = Context()) -> UnitChanges:
    """Names added, removed, renamed (gone from the whole old side, new to the whole new side,
    at the same place in the list), role and order changes."""
    o = {unit_key(u.name, ctx.aliases): u for u in old}
    n = {unit_key(u.name, ctx.aliases): u for u in new}
    gone = [k for k in o if k not in n]
    came = [k for k in n if k not in o]
    renamed = []
    for k in list(gone):
        at = list(o).index(k)
        k2 = list(n)[at] if at < len(n) else None
        if k2 in came and k not in ctx.new_units and k2 not in ctx.old_units and o[k].role == n[k2].role:
            renamed.append(UnitRename(old=o[k].name, new=n[k2].name))
            gone.remove(k)
            came.remove(k2)
    common_o = [k for k in o if k in n]
    common_n = [k for k in n if k in o]
    return UnitChanges(
        added=[n[k].name for k in came], removed=[o[k].name for k in gone], renamed=renamed,
        roles=[RoleChange(name=n[k].name, old=o[k].role, new=n[k].role) for k in common_n if o[k].role != n[k].role],
        reordered=common_o != common_n,
    )


def _tkey(t: M.Target) -> tuple:
    value = [float(v) for v in t.value] if isinstance(t.value, list) else float(t.value)
    return value, fold(t.unit), t.comparator, t.deadline, t.recurrence, t.change


def targets(old: list[M.Target], new: list[M.Target], old_raw: str = "", new_raw: str = "") -> list[TargetChange]:
    """Changed targets, paired by measure unit and position, then a unit change at equal value."""
    pairs: list[tuple[M.Target | None, M.Target | None]] = []
    left_o, left_n = list(old), list(new)
    for unit in dict.fromkeys(fold(t.unit) for t in old):
        same_o = [t for t in left_o if fold(t.unit) == unit]
        same_n = [t for t in left_n if fold(t.unit) == unit]
        for a, b in zip(same_o, same_n):
            pairs.append((a, b))
            left_o.remove(a)
            left_n.remove(b)
    for a in list(left_o):
        b = next((b for b in left_n if _tkey(b)[0] == _tkey(a)[0] and b.comparator == a.comparator), None)
        if b is not None:
            pairs.append((a, b))
            left_o.remove(a)
            left_n.remove(b)
    pairs += [(a, None) for a in left_o] + [(None, b) for b in left_n]
    return [TargetChange(old=_tref(a, old_raw), new=_tref(b, new_raw),
                         indicator=indicator(b, new_raw) if b else indicator(a, old_raw))
            for a, b in pairs if a is None or b is None or _tkey(a) != _tkey(b)]


def indicator(t: M.Target | None, raw: str) -> str | None:
    """What the number measures: the words before it back to the last break
    (城镇新增就业达到3.09万人 -> 城镇新增就业)."""
    if t is None or not raw:
        return None
    at = raw.find(t.text)
    if at < 0:
        return None
    head = raw[:at]
    cut = max((m.end() for m in CLAUSE_BREAK.finditer(head)), default=0)
    name = LEAD_IN.sub("", head[cut:]).strip()
    return name[-24:] or None


def _tref(t: M.Target | None, raw: str = "") -> TargetRef | None:
    if t is None:
        return None
    return TargetRef(value=t.value, unit=t.unit, comparator=t.comparator, deadline=t.deadline,
                     recurrence=t.recurrence, text=t.text, line=t.span.line, indicator=indicator(t, raw))
