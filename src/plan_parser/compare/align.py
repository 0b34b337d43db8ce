"""Diff stage: two ``Document``s -> ``Diff``, what changed between two versions, task by task.

Generic diff tools align by position, so one inserted task makes every later task look
changed. Here tasks (leaf items, as ``tasks()`` lists them) are matched by content,
one to one:

1. exact: same title and same text once the numbering marker is cut from the heading,
   both folded (NFKC, whitespace removed), so ``（一）``/``(一)`` or ``，``/``,`` never count;
   duplicates pair in document order;
2. similar: the remaining pairs scored ``SCORE = 0.3·ratio(title) + 0.7·ratio(text)``
   (``rapidfuzz.fuzz.ratio`` on the folded strings, scaled to 0..1), accepted greedily
   from the best score down when ``score >= THRESHOLD`` and the score beats the best
   rival pair still open for either task by ``MARGIN`` (templated wording — many tasks
   that open alike or share a clause — must not pair unrelated tasks);
3. the rest are ``added`` (new side) or ``removed`` (old side).

Measured on the six corpus notices (``tests/fixtures/diff/measure_matching.py`` prints
these numbers; rewritten = a share of a task's text replaced, in 1–3 spans, by other
notices' prose, every task of a notice at once, 3 per notice swapped for unrelated tasks):

* false pairs (two different tasks of one notice, as when one is deleted and the other
  inserted in its place): 7122, 99 % score below 0.417; 21 reach 0.5, 14 reach 0.55 and
  8 reach 0.6 (0.11 %), all short enumerated clauses of the 办法 (17_…, ``本机构公共数据的
  共享和开放`` / ``…的安全管理``), the best 0.816;
* edited pairs at THRESHOLD 0.5 / 0.55 / **0.6** / 0.65, of 230 tasks: 30 % rewritten
  matches 230 / 228 / **227** / 221, 40 % rewritten 228 / 226 / **210** / 176; 10 %
  and 20 % rewritten match 230 and 229 at 0.6; no run paired a task wrongly or accepted
  an unrelated task (0 of 18 at every threshold);
* 0.6 keeps the false pairs to 0.11 % and still matches tasks with up to a third of the
  text rewritten (a task rewritten further is reported removed + added, which is fair);
* MARGIN 0.05 decides merges: of 242 pairs of neighbouring tasks merged into one, 220
  match one half and 22, whose halves score within 0.05, stay unmatched rather than
  pair by chance;
* TITLE_WEIGHT 0 / **0.3** / 0.5: half the title and 20 % of the text rewritten matches
  152 / **144** / 130 tasks, 30 % of the text 230 / **227** / 220, half the text (title
  kept) 91 / **162** / 160: 0.3 lets a kept title count without ruling a rewritten one.

For a matched pair the labels are, in this order: ``renumbered`` (path or attachment
number changed), ``moved`` (a container above it is not the counterpart of the old
one: containers are paired by title, then by where their tasks went, never by number),
``title``, ``text`` (the prose changed beyond the title, the responsibility clauses and
the target numbers, which have labels of their own; never the numbering alone),
``units`` (names added or removed, role changes, order changes), ``targets`` (value,
unit, comparator, deadline, recurrence, paired by measure unit then position) and
``deadline`` (the task's own deadline or recurrence). Provenance (spans, line numbers)
never counts.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from diff_match_patch import diff_match_patch
from rapidfuzz.fuzz import ratio

from .. import models as M
from .models import (Diff, FieldChange, RoleChange, SectionChange, SectionRef, Summary, TargetChange,
                         TargetRef, TaskChange, TaskRef, UnitChanges, ValueChange)
from ..output.load import load as load_side  # the one loader, under the name callers know

THRESHOLD = 0.60
MARGIN = 0.05
TITLE_WEIGHT = 0.3
LABELS = ("renumbered", "moved", "title", "text", "units", "targets", "deadline")
CONTENT = {"title", "text", "units", "targets", "deadline"}


# --- the nodes compared ------------------------------------------------------------

def fold(text: str | None) -> str:
    """Width and whitespace folded: ``（一） 加强，`` and ``(一)加强,`` compare equal."""
    return "".join(unicodedata.normalize("NFKC", text or "").split())


@dataclass(frozen=True)
class _Node:
    """A numbered item of one side, with its folded forms computed once."""

    item: M.Item
    task: M.Task | None  # None for a container (an item with children)
    root: str  # "p0" for the first plan, "a2" for attachment 2
    attachment: int | None
    parents: tuple[str, ...]  # keys of the containers above, top first
    key: str
    title: str  # folded
    text: str  # folded text without the numbering marker
    rest: str  # folded text without marker, title, clauses and target numbers
    raw: str  # text as written without the marker


def _nodes(doc: M.Document) -> tuple[list[_Node], list[_Node]]:
    """(tasks, containers) of ``doc`` in document order."""
    from ..output.tasks import tasks

    rows: dict[str, list[M.Task]] = {}
    for row in tasks(doc):
        rows.setdefault(row.id, []).append(row)
    leaves: list[_Node] = []
    containers: list[_Node] = []
    roots = [(f"p{i}", p.attachment, p.sections) for i, p in enumerate(doc.plans)]
    roots += [(f"a{a.number}", a.number, a.sections) for a in doc.attachments]
    for root, attachment, sections in roots:
        stack = [(item, ()) for item in reversed(sections)]
        while stack:
            item, parents = stack.pop()
            key = f"{root}/{len(leaves) + len(containers)}"
            if item.children:
                containers.append(_node(item, None, root, attachment, parents, key))
                stack += [(child, parents + (key,)) for child in reversed(item.children)]
            elif rows.get(item.id):  # a leaf that ``tasks`` lists
                leaves.append(_node(item, rows[item.id].pop(0), root, attachment, parents, key))
    return leaves, containers


def _node(item, task, root, attachment, parents, key) -> _Node:
    head = item.heading[len(item.marker):] if item.heading.startswith(item.marker) else item.heading
    lines = [head] + [b.text if b.kind == "paragraph" else "\t".join(b.cells) for b in item.body]
    raw = "\n".join(lines)
    text, title = fold(raw), fold(item.title)
    rest = text[len(title):] if text.startswith(title) else text
    for clause in (task.clauses if task else []):
        rest = rest.replace(fold(clause), "\x00", 1)
    at = 0
    for target in (task.targets if task else []):  # in order of appearance; first hit from there
        found = rest.find(fold(target.text), at)
        if found >= 0:
            rest = rest[:found] + "\x01" + rest[found + len(fold(target.text)):]
            at = found + 1
    return _Node(item, task, root, attachment, parents, key, title, text, rest, raw)


# --- matching ----------------------------------------------------------------------

def score(a: _Node, b: _Node) -> float:
    """Similarity of two tasks, 0..1: title and text ratios, weighted."""
    return (TITLE_WEIGHT * ratio(a.title, b.title) + (1 - TITLE_WEIGHT) * ratio(a.text, b.text)) / 100


def match(old: list[_Node], new: list[_Node]) -> list[tuple[int, int, float]]:
    """One-to-one pairs ``(old index, new index, score)``: exact first, then similar."""
    pairs = _exact(old, new)
    done_o, done_n = {p[0] for p in pairs}, {p[1] for p in pairs}
    left_o = [i for i in range(len(old)) if i not in done_o]
    left_n = [j for j in range(len(new)) if j not in done_n]
    return sorted(pairs + _similar(old, new, left_o, left_n))


def _exact(old: list[_Node], new: list[_Node]) -> list[tuple[int, int, float]]:
    waiting: dict[tuple[str, str], list[int]] = {}
    for j, n in enumerate(new):
        waiting.setdefault((n.title, n.text), []).append(j)
    pairs = []
    for i, o in enumerate(old):
        queue = waiting.get((o.title, o.text))
        if queue:
            pairs.append((i, queue.pop(0), 1.0))
    return pairs


def _similar(old, new, left_o, left_n) -> list[tuple[int, int, float]]:
    floor = THRESHOLD - MARGIN  # a pair below this can be neither chosen nor a rival
    cands = [(s, i, j) for i in left_o for j in left_n if (s := score(old[i], new[j])) >= floor]
    cands.sort(key=lambda c: (-c[0], c[1], c[2]))
    taken_o: set[int] = set()
    taken_n: set[int] = set()
    pairs = []
    while True:
        open_ = [c for c in cands if c[1] not in taken_o and c[2] not in taken_n]
        top = _top_two(open_)
        best = next((c for c in open_ if c[0] >= THRESHOLD and _clear(c, top)), None)
        if best is None:
            return pairs
        pairs.append((best[1], best[2], round(best[0], 3)))
        taken_o.add(best[1])
        taken_n.add(best[2])


def _top_two(open_) -> dict[tuple[str, int], list[tuple[float, int, int]]]:
    """The two best open pairs of each old and each new task (``open_`` is sorted best first)."""
    top: dict[tuple[str, int], list] = {}
    for cand in open_:
        for side in (("old", cand[1]), ("new", cand[2])):
            if len(top.setdefault(side, [])) < 2:
                top[side].append(cand)
    return top


def _clear(cand, top) -> bool:
    """Whether ``cand`` beats every open rival of its old and of its new task by MARGIN."""
    s, i, j = cand
    rival = max((c[0] for side in (("old", i), ("new", j)) for c in top[side] if c != cand), default=0.0)
    return s - rival >= MARGIN


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


# --- comparing ---------------------------------------------------------------------

def diff(old: M.Document, new: M.Document) -> Diff:
    """What changed from ``old`` to ``new`` (see the module docstring for how)."""
    old_t, old_c = _nodes(old)
    new_t, new_c = _nodes(new)
    task_pairs = match(old_t, new_t)
    sections = _pair_containers(old_c, new_c, task_pairs, old_t, new_t)
    records: list[tuple[float, TaskChange]] = []
    summary = Summary()
    paired_o = {i: j for i, j, _ in task_pairs}
    paired_n = {j for _, j, _ in task_pairs}
    for i, j, s in task_pairs:
        rec = _compare(old_t[i], new_t[j], sections, s)
        _count(summary, rec)
        if rec.changes:
            records.append((j, rec))
    for j, n in enumerate(new_t):
        if j not in paired_n:
            summary.added += 1
            records.append((j, TaskChange(kind="added", old=None, new=_ref(n))))
    for i, o in enumerate(old_t):
        if i not in paired_o:
            summary.removed += 1
            records.append((_after(i, paired_o), TaskChange(kind="removed", old=_ref(o), new=None)))
    records.sort(key=lambda r: r[0])
    return Diff(
        old_source=old.source.path, new_source=new.source.path, changes=[r for _, r in records],
        notice=notice_changes(old, new), sections=_section_changes(old_c, new_c, sections), summary=summary,
    )


def _after(i: int, paired_o: dict[int, int]) -> float:
    """Where a removed task goes in the new order: just after the last matched task before it."""
    before = [paired_o[k] for k in range(i) if k in paired_o]
    return (before[-1] if before else -1) + 0.5 + i / 10_000


def _count(summary: Summary, rec: TaskChange) -> None:
    summary.renumbered += "renumbered" in rec.changes
    summary.moved += "moved" in rec.changes
    summary.changed += bool(CONTENT & set(rec.changes))
    summary.unchanged += not rec.changes


def _ref(n: _Node) -> TaskRef:
    t = n.task
    return TaskRef(path=t.path, attachment=t.attachment, title=t.title, id=t.id, section=t.section, line=t.line)


def _compare(o: _Node, n: _Node, sections: dict[str, str], s: float) -> TaskChange:
    rec = TaskChange(kind="matched", old=_ref(o), new=_ref(n), score=s)
    ot, nt = o.task, n.task
    found = set()
    if ot.path != nt.path or ot.attachment != nt.attachment:
        found.add("renumbered")
    if len(o.parents) != len(n.parents) or any(sections.get(a) != b for a, b in zip(o.parents, n.parents)):
        found.add("moved")
    if o.title != n.title:
        found.add("title")
    rec.units = _units(ot.units, nt.units)
    if rec.units != UnitChanges():
        found.add("units")
    rec.targets = _targets(ot.targets, nt.targets)
    if rec.targets:
        found.add("targets")
    if (ot.deadline, ot.recurrence) != (nt.deadline, nt.recurrence):
        found.add("deadline")
        rec.deadline = ValueChange(old=ot.deadline or ot.recurrence, new=nt.deadline or nt.recurrence)
    if o.rest != n.rest or (o.text != n.text and not found & CONTENT):
        found.add("text")  # the prose, or a change no other label explains
    if o.text != n.text:
        rec.text_diff = char_diff(o.raw, n.raw)
    rec.changes = [label for label in LABELS if label in found]
    return rec


def char_diff(a: str, b: str) -> list[tuple[int, str]]:
    """Character-level diff (Chinese has no spaces to split words on), semantically cleaned."""
    dmp = diff_match_patch()
    dmp.Diff_Timeout = 0
    ops = dmp.diff_main(a, b)
    dmp.diff_cleanupSemantic(ops)
    return [(op, text) for op, text in ops]


def _units(old: list[M.Unit], new: list[M.Unit]) -> UnitChanges:
    o = {fold(u.name): u for u in old}
    n = {fold(u.name): u for u in new}
    common_o = [k for k in o if k in n]
    common_n = [k for k in n if k in o]
    return UnitChanges(
        added=[u.name for k, u in n.items() if k not in o],
        removed=[u.name for k, u in o.items() if k not in n],
        roles=[RoleChange(name=n[k].name, old=o[k].role, new=n[k].role) for k in common_n if o[k].role != n[k].role],
        reordered=common_o != common_n,
    )


def _tkey(t: M.Target) -> tuple:
    value = [float(v) for v in t.value] if isinstance(t.value, list) else float(t.value)
    return value, fold(t.unit), t.comparator, t.deadline, t.recurrence, t.change


def _targets(old: list[M.Target], new: list[M.Target]) -> list[TargetChange]:
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
    return [TargetChange(old=_tref(a), new=_tref(b)) for a, b in pairs
            if a is None or b is None or _tkey(a) != _tkey(b)]


def _tref(t: M.Target | None) -> TargetRef | None:
    if t is None:
        return None
    return TargetRef(value=t.value, unit=t.unit, comparator=t.comparator, deadline=t.deadline,
                     recurrence=t.recurrence, text=t.text, line=t.span.line)


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


def _sref(n: _Node) -> SectionRef:
    return SectionRef(path=n.item.path, attachment=n.attachment, title=n.item.title)


NOTICE_FIELDS = ("title", "issuer", "doc_number", "date", "addressees")


def notice_changes(old: M.Document, new: M.Document) -> list[FieldChange]:
    """Changed notice fields and plan titles, compared folded, reported as written."""
    out = []
    for name in NOTICE_FIELDS:
        a, b = getattr(old.notice, name), getattr(new.notice, name)
        out.append(FieldChange(field=f"notice.{name}", old=a, new=b))
    out.append(FieldChange(field="notice.attachments", old=_atts(old), new=_atts(new)))
    for k in range(max(len(old.plans), len(new.plans))):
        a = old.plans[k].title if k < len(old.plans) else None
        b = new.plans[k].title if k < len(new.plans) else None
        out.append(FieldChange(field="plan.title" if k == 0 else f"plans[{k}].title", old=a, new=b))
    return [f for f in out if _folded(f.old) != _folded(f.new)]


def _atts(doc: M.Document) -> list[dict]:
    return [{"number": a.number, "title": a.title} for a in doc.notice.attachments]


def _folded(value):
    if isinstance(value, str):
        return fold(value)
    if isinstance(value, list):
        return [_folded(v) for v in value]
    if isinstance(value, dict):
        return {k: _folded(v) for k, v in value.items()}
    return value
