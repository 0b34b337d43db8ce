"""Align stage: the tasks of two versions (``nodes.Node`` lists) -> a ``Matching`` (pairs,
merges, splits), found by content, never by number.

Generic diff tools align by position, so one inserted task makes every later task look
changed. Here tasks (leaf items, as ``tasks()`` lists them) are matched in passes, each
over what the passes before left:

1. exact: same title and same text once the numbering marker is cut from the heading,
   both folded (``fold``: width, whitespace, script, written counts), duplicates paired
   in document order;
2. similar: pairs scored ``SCORE = TITLE_WEIGHT·ratio(title) + (1-TITLE_WEIGHT)·ratio(text)``
   (``rapidfuzz.fuzz.ratio``, 0..1), accepted greedily from the best down when
   ``score >= THRESHOLD`` and the score beats the best rival still open for either task
   by ``MARGIN`` (templated wording must not pair unrelated tasks);
3. containment: an item left over whose text lies largely inside another item
   (``partial_ratio >= CONTAIN``, at least ``CONTAIN_MIN`` characters, clear of the next
   best by ``MARGIN``): several olds inside one new are a *merge*, one old holding several
   news a *split*; one left-over item inside one left-over item is a pair (text added);
4. loose: items still left that are each other's best match, in document order (the
   pair crosses no pair already made), with ``score >= LOOSE``; short heading-style
   items (``<= SHORT`` characters) weigh the title ``SHORT_TITLE_WEIGHT`` (a renamed item
   whose body was rewritten), and a heading of ``TITLE_MIN`` characters or more kept word
   for word scores at least ``LOOSE`` (a body rewritten under the same heading), as does
   any heading kept by an item alone between the same two pairs on both sides;
5. the rest are added (new side) or removed (old side).

The constants are measured by ``bench/measure_matching.py`` on the corpus notices:
THRESHOLD 0.6 keeps false pairs of one notice's tasks (20831 scored) to 10; with every pass,
a task with half its text rewritten is still paired 701 times in 713, none wrongly; MARGIN
0.05 leaves a merge whose halves tie (46 of 757) to the containment pass, which reports all
757 merges; no unrelated task put in a task's place is paired (0 of 269), and a deleted task
is merged into a neighbour once in 779 deletions (NEIGHBOUR 0.7).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from rapidfuzz.fuzz import partial_ratio, ratio

from .nodes import Node

THRESHOLD = 0.60
MARGIN = 0.05
TITLE_WEIGHT = 0.3
CONTAIN = 0.88
CONTAIN_MIN = 12
GRAMS = 0.5  # share of a part's bigrams a whole must hold before containment is scored (speed only)
NEIGHBOUR = 0.7  # partial ratio at which a left-over neighbour of a merge's part is its other part
ROOM = 1.5  # the parts of a merge or split together are at most this much longer than the whole
LOOSE = 0.45
SHORT = 60
SHORT_TITLE_WEIGHT = 0.6
TITLE_MIN = 4  # a heading this long kept word for word is evidence enough in the loose pass

@dataclass
class Matching:
    """What the passes found: one-to-one pairs, merges (olds -> new), splits (old -> news)."""

    pairs: list[tuple[int, int, float]] = field(default_factory=list)
    merges: list[tuple[list[int], int]] = field(default_factory=list)
    splits: list[tuple[int, list[int]]] = field(default_factory=list)

    def olds(self) -> set[int]:
        return {i for i, _, _ in self.pairs} | {i for g, _ in self.merges for i in g} | {i for i, _ in self.splits}

    def news(self) -> set[int]:
        return {j for _, j, _ in self.pairs} | {j for _, j in self.merges} | {j for _, g in self.splits for j in g}


# --- matching ----------------------------------------------------------------------

def score(a: Node, b: Node, weight: float | None = None) -> float:
    """Similarity of two tasks, 0..1: title and text ratios, weighted."""
    w = TITLE_WEIGHT if weight is None else weight
    return (w * ratio(a.title, b.title) + (1 - w) * ratio(a.text, b.text)) / 100


def match(old: list[Node], new: list[Node]) -> list[tuple[int, int, float]]:
    """One-to-one pairs ``(old index, new index, score)`` of the exact and similar passes."""
    pairs = _exact(old, new)
    left_o, left_n = _left(old, new, pairs)
    return sorted(pairs + _similar(old, new, left_o, left_n))


def align(old: list[Node], new: list[Node]) -> Matching:
    """Every pass in turn (see the module docstring)."""
    m = Matching(pairs=match(old, new))
    _contained(old, new, m)
    left_o, left_n = _left(old, new, m)
    m.pairs = sorted(m.pairs + _loose(old, new, left_o, left_n, m.pairs))
    return m


def _left(old, new, done) -> tuple[list[int], list[int]]:
    if isinstance(done, Matching):
        o, n = done.olds(), done.news()
    else:
        o, n = {p[0] for p in done}, {p[1] for p in done}
    return [i for i in range(len(old)) if i not in o], [j for j in range(len(new)) if j not in n]


def _exact(old: list[Node], new: list[Node]) -> list[tuple[int, int, float]]:
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


def inside(part: Node, whole: Node) -> float:
    """How much of ``part``'s text lies inside ``whole``'s, 0..1 (0 when it is not shorter)."""
    if len(part.text) < CONTAIN_MIN or len(part.text) > 1.05 * len(whole.text):
        return 0.0
    if len(part.grams & whole.grams) < GRAMS * len(part.grams):  # too few of its bigrams there at all
        return 0.0
    return partial_ratio(part.text, whole.text, score_cutoff=CONTAIN * 100 - 10) / 100


def _home(part: Node, wholes: list[Node]) -> int | None:
    """The one item ``part`` lies inside, clear of the next best by MARGIN."""
    scored = sorted(((inside(part, w), k) for k, w in enumerate(wholes)), reverse=True)
    if not scored or scored[0][0] < CONTAIN or (len(scored) > 1 and scored[0][0] - scored[1][0] < MARGIN):
        return None
    return scored[0][1]


def _contained(old, new, m: Matching) -> None:
    """Merges, splits and expanded items among what the first passes left."""
    left_o, left_n = _left(old, new, m)
    partner_n = {j: i for i, j, _ in m.pairs}
    partner_o = {i: j for i, j, _ in m.pairs}
    into: dict[int, list[int]] = {}
    for i in left_o:
        j = _home(old[i], new)
        if j is None:  # reworded: the item its neighbour went into, if it looks like part of it
            j = next((w for w in (partner_o.get(i - 1), partner_o.get(i + 1))
                      if w is not None and _part_of(old[i], new[w])), None)
        if j is not None:
            into.setdefault(j, []).append(i)
    out_of: dict[int, list[int]] = {}
    for j in left_n:
        i = _home(new[j], old)
        if i is not None and i not in {k for g in into.values() for k in g}:
            out_of.setdefault(i, []).append(j)
    homed_o = {k for g in into.values() for k in g}
    homed_n = {k for g in out_of.values() for k in g}
    for j, group in into.items():
        _group(m, group, j, partner_n, old, new, True, set(left_o) - homed_o)
    for i, group in out_of.items():
        _group(m, group, i, partner_o, new, old, False, set(left_n) - homed_n)


def _part_of(p: Node, whole: Node) -> bool:
    """A reworded part: the whole's heading, or inside it at NEIGHBOUR."""
    return (len(p.title) >= TITLE_MIN and p.title == whole.title) or \
        partial_ratio(p.text, whole.text) >= NEIGHBOUR * 100


def _neighbour(k: int, whole: Node, parts: list[Node], free: set[int]) -> int | None:
    """The item next to part ``k`` (left over too) that is the whole's other part, reworded:
    it has the whole's heading, or lies inside it at NEIGHBOUR."""
    for n in (k - 1, k + 1):
        if n in free and n >= 0 and n < len(parts):
            if _part_of(parts[n], whole) and len(parts[n].text) + len(parts[k].text) <= ROOM * len(whole.text):
                return n
    return None


def _group(m: Matching, group, whole, partner, parts, wholes, merge: bool, free: set[int] = frozenset()) -> None:
    mate = partner.get(whole)  # already paired with the whole: it is one of the parts (reworded, maybe)
    if mate is not None:
        group = sorted(group + [mate])
    if len(group) > 1 and sum(len(parts[k].text) for k in group) > ROOM * len(wholes[whole].text):
        return  # the whole cannot hold them all: look-alikes, not a merge
    if mate is not None:
        m.pairs = [p for p in m.pairs if (p[1] if merge else p[0]) != whole]
    elif len(group) == 1 and (k := _neighbour(group[0], wholes[whole], parts, free)) is not None:
        group = sorted(group + [k])  # its neighbour, reworded, is the other part
    elif len(group) == 1:  # one part in a whole: an expanded item
        i, j = (group[0], whole) if merge else (whole, group[0])
        m.pairs.append((i, j, round(score(parts[group[0]], wholes[whole]), 3)))
        return
    if merge:
        m.merges.append((sorted(group), whole))
    else:
        m.splits.append((whole, sorted(group)))


def _loose(old, new, left_o, left_n, pairs) -> list[tuple[int, int, float]]:
    """Left-over items that are each other's best, in document order, above LOOSE."""
    def loose_score(a: Node, b: Node) -> float:
        short = a.title and b.title and max(len(a.text), len(b.text)) <= SHORT
        s = score(a, b, SHORT_TITLE_WEIGHT if short else None)
        return max(s, LOOSE) if len(a.title) >= TITLE_MIN and a.title == b.title else s  # the same heading kept

    scores = {(i, j): loose_score(old[i], new[j]) for i in left_o for j in left_n
              if old[i].root[0] == new[j].root[0]}
    paired = {(i, j) for i, j, _ in pairs}
    for (i, j), s in scores.items():  # alone between the same neighbours, under the same heading
        if old[i].title and old[i].title == new[j].title and _gap(i, j, paired, len(old), len(new)):
            scores[(i, j)] = max(s, LOOSE)
    best_o = {i: max(left_n, key=lambda j: scores.get((i, j), 0.0)) for i in left_o} if left_n else {}
    best_n = {j: max(left_o, key=lambda i: scores.get((i, j), 0.0)) for j in left_n} if left_o else {}
    out = []
    for i, j in sorted(best_o.items()):
        s = scores.get((i, j), 0.0)
        if best_n.get(j) != i or s < LOOSE or _crosses(i, j, pairs + out):
            continue
        rival = max([scores.get((i, b), 0.0) for b in left_n if b != j]
                    + [scores.get((a, j), 0.0) for a in left_o if a != i], default=0.0)
        if s - rival >= MARGIN:
            out.append((i, j, round(s, 3)))
    return out


def _gap(i: int, j: int, paired: set, n_old: int, n_new: int) -> bool:
    """Whether old ``i`` and new ``j`` are alone between two pairs (or a pair and an end)."""
    before = (i == 0 and j == 0) or (i - 1, j - 1) in paired
    after = (i == n_old - 1 and j == n_new - 1) or (i + 1, j + 1) in paired
    return before and after


def _crosses(i: int, j: int, pairs) -> bool:
    return any((a < i) != (b < j) for a, b, _ in pairs)
