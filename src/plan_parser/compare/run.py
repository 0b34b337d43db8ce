"""Diff stage: two ``Document``s -> ``Diff``: the tasks aligned (``align``), each record
labelled (``labels``), sentences that moved between tasks, sections and what lies
outside the items (``outside``).

A sentence taken out of one matched task and put into another is one move (from -> to),
not a deletion here and an insertion there: it is cut from both sides before their
labels are computed, so a task whose only change is that sentence has no record.
"""
from __future__ import annotations

import dataclasses
from collections import Counter
import re
from pathlib import Path

from rapidfuzz.fuzz import ratio

from .. import models as M
from ..errors import InputError
from .align import Matching, align
from .fold import fold, unit_key
from .labels import CONTENT, LABELS, Context, compare, content_labels, ref, structure_labels
from .models import Diff, SectionChange, SectionRef, SentenceMove, Summary, TaskChange
from .nodes import Node, nodes
from .outside import notice_changes
from ..output.load import load as load_side  # the one loader, under the name callers know  # noqa: F401

# A sentence: up to 。；！？ or a line end. family: prose of every task.
SENTENCE = re.compile(r"[^。；！？\n]+[。；！？]?")
SENTENCE_MIN = 8  # folded characters: shorter sentences (加强领导。) recur and say little
SENTENCE_SAME = 0.9  # a moved sentence may be touched up on the way (ratio)


def diff(old: M.Document, new: M.Document, aliases: dict[str, str] | None = None) -> Diff:
    """What changed from ``old`` to ``new``; ``aliases``: other names of units {old: new}."""
    old_t, old_c = nodes(old, aliases)
    new_t, new_c = nodes(new, aliases)
    m = align(old_t, new_t)
    ctx = Context(aliases or {}, _unit_keys(old_t, aliases), _unit_keys(new_t, aliases))
    sections = _pair_containers(old_c, new_c, m.pairs, old_t, new_t)
    moves, old_t2, new_t2 = _moves(m, old_t, new_t)
    summary = Summary(sentences_moved=len(moves))
    records: list[tuple[float, TaskChange]] = []
    for i, j, s in m.pairs:
        rec = compare(old_t2[i], new_t2[j], sections, s, ctx)
        _count(summary, rec)
        if rec.changes:
            records.append((j, rec))
    for group, j in m.merges:
        records.append((j, _merged(group, j, old_t, new_t, sections, ctx)))
    for i, group in m.splits:
        records.append((group[0], _split(i, group, old_t, new_t, sections, ctx)))
    summary.merged, summary.split = len(m.merges), len(m.splits)
    records += _unmatched(m, old_t, new_t, summary)
    records.sort(key=lambda r: r[0])
    return Diff(
        old_source=old.source.path, new_source=new.source.path, changes=[r for _, r in records],
        notice=notice_changes(old, new, old_t, new_t), sections=_section_changes(old_c, new_c, sections),
        moves=moves, summary=summary,
    )


def _unit_keys(tasks: list[Node], aliases) -> frozenset[str]:
    return frozenset(unit_key(u.name, aliases) for n in tasks for u in n.task.units)


def _unmatched(m: Matching, old_t, new_t, summary: Summary) -> list[tuple[float, TaskChange]]:
    out = []
    done_o, done_n = m.olds(), m.news()
    anchors = {i: j for i, j, _ in m.pairs} | {i: j for g, j in m.merges for i in g} \
        | {i: g[0] for i, g in m.splits}
    for j, n in enumerate(new_t):
        if j not in done_n:
            summary.added += 1
            out.append((j, TaskChange(kind="added", old=None, new=ref(n, holds=True))))
    for i, o in enumerate(old_t):
        if i not in done_o:
            summary.removed += 1
            out.append((_after(i, anchors), TaskChange(kind="removed", old=ref(o, holds=True), new=None)))
    return out


def _after(i: int, anchors: dict[int, int]) -> float:
    """Where a removed task goes in the new order: just after the last matched task before it."""
    before = [anchors[k] for k in range(i) if k in anchors]
    return (before[-1] if before else -1) + 0.5 + i / 10_000


def _count(summary: Summary, rec: TaskChange) -> None:
    summary.renumbered += "renumbered" in rec.changes
    summary.moved += "moved" in rec.changes
    summary.changed += bool(CONTENT & set(rec.changes))
    summary.unchanged += not rec.changes


# --- merges and splits: compared as the whole they make ----------------------------------

def _joined(parts: list[Node]) -> Node:
    """Several tasks read as one: the first's place and title, every text, unit and target."""
    first = parts[0]
    units, seen = [], set()
    for p in parts:
        for u in p.task.units:
            if fold(u.name) not in seen:
                seen.add(fold(u.name))
                units.append(u)
    task = first.task.model_copy(update={
        "units": units, "targets": [t for p in parts for t in p.task.targets],
        "deadline": max((p.task.deadline for p in parts if p.task.deadline), default=None)})
    return dataclasses.replace(first, task=task, text="".join(p.text for p in parts),
                               rest=first.rest + "".join(p.title + p.rest for p in parts[1:]), raw="\n".join(p.raw for p in parts))


def _merged(group, j, old_t, new_t, sections, ctx) -> TaskChange:
    whole = _joined([old_t[i] for i in group])
    rec = TaskChange(kind="merged", old=ref(old_t[group[0]]), new=ref(new_t[j]),
                     olds=[ref(old_t[i]) for i in group])
    found = structure_labels(whole, new_t[j], sections)
    content_labels(rec, whole, new_t[j], ctx, found)
    rec.changes = [x for x in LABELS if x in found]
    rec.text_diff = rec.text_diff or [(0, new_t[j].raw)]  # the redline shows the text
    return rec


def _split(i, group, old_t, new_t, sections, ctx) -> TaskChange:
    whole = _joined([new_t[j] for j in group])
    rec = TaskChange(kind="split", old=ref(old_t[i]), new=ref(new_t[group[0]]),
                     news=[ref(new_t[j]) for j in group])
    found = structure_labels(old_t[i], whole, sections)
    content_labels(rec, old_t[i], whole, ctx, found)
    rec.changes = [x for x in LABELS if x in found]
    rec.text_diff = rec.text_diff or [(0, whole.raw)]  # the redline shows the text
    return rec


# --- sentences that moved between matched tasks --------------------------------------

def _sentences(n: Node) -> list[str]:
    return [s.strip() for s in SENTENCE.findall(n.raw) if len(fold(s)) >= SENTENCE_MIN]


def _moves(m: Matching, old_t, new_t) -> tuple[list[SentenceMove], list[Node], list[Node]]:
    """The moves, and both sides' tasks with each moved sentence cut from where it was
    and from where it went."""
    gone, came = {}, {}
    for i, j, _ in m.pairs:
        if old_t[i].text != new_t[j].text:
            gone[(i, j)] = _missing(_sentences(old_t[i]), _sentences(new_t[j]))
            came[(i, j)] = _missing(_sentences(new_t[j]), _sentences(old_t[i]))
    moves, old2, new2 = [], list(old_t), list(new_t)
    for (i, j), sentences in gone.items():
        for s in sentences:
            hit = next(((pair, t) for pair, ts in came.items() if pair != (i, j) for t in ts
                        if ratio(fold(s), fold(t)) >= SENTENCE_SAME * 100), None)
            if hit is None:
                continue
            (_, j2), t = hit
            came[hit[0]].remove(t)
            moves.append(SentenceMove(text=t, old=ref(old_t[i]), new=ref(new_t[j2])))
            old2[i], new2[j2] = _cut(old2[i], s), _cut(new2[j2], t)
    return moves, old2, new2


def _missing(these: list[str], there: list[str]) -> list[str]:
    """The sentences of ``these`` that ``there`` lacks, counted (a sentence written twice
    where it was once is one more)."""
    left = Counter(fold(s) for s in there)
    out = []
    for s in these:
        if left[fold(s)]:
            left[fold(s)] -= 1
        else:
            out.append(s)
    return out


def _cut(n: Node, sentence: str) -> Node:
    raw = n.raw.replace(sentence, "", 1)
    f = fold(sentence)
    return dataclasses.replace(n, raw=raw, text=n.text.replace(f, "", 1), rest=n.rest.replace(f, "", 1))


# --- sections ---------------------------------------------------------------------

def _pair_containers(old_c, new_c, task_pairs, old_t, new_t) -> dict[str, str]:
    """Old container key -> new container key: same depth and title first, then by votes
    (where the tasks below each container went)."""
    pairs: dict[str, str] = {}
    taken: set[str] = set()
    for o in old_c:
        n = next((n for n in new_c if n.key not in taken and n.title == o.title
                  and len(n.parents) == len(o.parents) and n.root[0] == o.root[0]), None)
        if n:
            pairs[o.key] = n.key
            taken.add(n.key)
    votes: dict[tuple[str, str], int] = {}
    for i, j, _ in task_pairs:
        for a, b in zip(old_t[i].parents, new_t[j].parents):
            votes[(a, b)] = votes.get((a, b), 0) + 1
    for (a, b), _ in sorted(votes.items(), key=lambda v: -v[1]):
        if a not in pairs and b not in taken:
            pairs[a] = b
            taken.add(b)
    return pairs


def _section_changes(old_c, new_c, pairs: dict[str, str]) -> list[SectionChange]:
    by_key = {n.key: n for n in new_c}
    out = []
    for o in old_c:
        n = by_key.get(pairs.get(o.key, ""))
        if n is None:
            out.append(SectionChange(kind="removed", old=_sref(o), new=None))
            continue
        found = [label for label, hit in (("renumbered", o.item.path != n.item.path or o.attachment != n.attachment),
                                          ("title", o.title != n.title), ("text", o.rest != n.rest)) if hit]
        if found:
            out.append(SectionChange(kind="matched", old=_sref(o), new=_sref(n), changes=found))
    paired = set(pairs.values())
    out += [SectionChange(kind="added", old=None, new=_sref(n)) for n in new_c if n.key not in paired]
    return out


def _sref(n: Node) -> SectionRef:
    return SectionRef(path=n.item.path, attachment=n.attachment, title=n.item.title)
