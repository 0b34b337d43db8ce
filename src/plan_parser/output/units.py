"""Unit view stage: tasks of many notices -> ``list[UnitEntry]``, what each unit answers for.

Unit names are compared after folding width (NFKC), white space and script
(traditional -> simplified, with OpenCC loaded lazily), so ``市發展改革委`` and
``市发展改革委`` are one unit; the spelling shown is the one written most often.
"""
from __future__ import annotations

import unicodedata
from collections import Counter
from functools import cache
from typing import Iterable

from ..models import Model, Task

ROLES = ("lead", "support", "guide", "responsible")


class UnitTask(Model):
    file: str | None
    task: str
    path: list[int]
    attachment: int | None
    title: str
    role: str  # the first role the task gives the unit
    roles: list[str] = []  # every role the task gives it (one per clause that names it), first first
    source: str = "clause"  # where the task names it: clause, table (an attached 任务分工表), prose


class UnitEntry(Model):
    name: str  # the spelling written most often
    key: str  # the folded name units are compared by
    spellings: list[str]
    counts: dict[str, int]  # lead, support, guide, responsible, total
    tasks: list[UnitTask]


@cache
def _converter():
    import opencc  # lazily: only the unit view and --script need it

    return opencc.OpenCC("t2s")


def fold_name(name: str) -> str:
    """The key a unit is compared by: width, white space and script folded."""
    flat = "".join(unicodedata.normalize("NFKC", name).split())
    return _converter().convert(flat)


def unit_view(files: Iterable[tuple[str | None, list[Task]]]) -> list[UnitEntry]:
    """For each unit, the tasks it leads, supports or answers for, across all the files given."""
    by_key: dict[str, dict] = {}
    for file, rows in files:
        for task in rows:
            for unit in task.units:
                key = fold_name(unit.name)
                entry = by_key.setdefault(key, {"spellings": Counter(), "tasks": []})
                entry["spellings"][unit.name] += 1
                roles = list(dict.fromkeys([unit.role] + [r.role for r in unit.roles]))
                entry["tasks"].append(UnitTask(file=file, task=task.id, path=task.path, attachment=task.attachment,
                                               title=task.title, role=unit.role, roles=roles, source=unit.source))
    out = []
    for key, entry in by_key.items():
        counts = Counter(t.role for t in entry["tasks"])
        out.append(UnitEntry(
            name=entry["spellings"].most_common(1)[0][0], key=key, spellings=sorted(entry["spellings"]),
            counts={r: counts.get(r, 0) for r in ROLES} | {"total": len(entry["tasks"])}, tasks=entry["tasks"],
        ))
    return sorted(out, key=lambda e: (-e.counts["total"], e.key))
