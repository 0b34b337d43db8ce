"""Diff models: what ``compare.diff`` returns — the records of ``planparse diff --format json``.

The fields CONTRACT.md names (``changes[].kind``, ``old``, ``new``, ``changes``, ``units``,
``targets``; ``notice``) and what else serves a reader (sections, character diffs, counts).
"""
from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel

from .. import models as M


class TaskRef(BaseModel):
    """A task on one side: ``path``, ``attachment``, ``title`` as ``tasks`` gives them."""

    path: list[int]
    attachment: int | None
    title: str
    id: str
    section: str | None = None
    line: int


class RoleChange(BaseModel):
    name: str
    old: M.Role
    new: M.Role


class UnitChanges(BaseModel):
    added: list[str] = []
    removed: list[str] = []
    roles: list[RoleChange] = []
    reordered: bool = False


class TargetRef(BaseModel):
    value: int | float | list[int | float]
    unit: str
    comparator: M.Comparator
    deadline: str | None = None
    recurrence: Literal["annual"] | None = None
    text: str
    line: int


class TargetChange(BaseModel):
    old: TargetRef | None
    new: TargetRef | None


class ValueChange(BaseModel):
    old: Any = None
    new: Any = None


class TaskChange(BaseModel):
    kind: Literal["added", "removed", "matched"]
    old: TaskRef | None
    new: TaskRef | None
    changes: list[str] = []
    units: UnitChanges = UnitChanges()
    targets: list[TargetChange] = []
    deadline: ValueChange | None = None
    score: float | None = None  # similarity of a matched pair; 1.0 for an exact match
    text_diff: list[tuple[int, str]] = []  # diff-match-patch: (-1 deleted | 0 kept | 1 inserted, text)


class FieldChange(BaseModel):
    field: str
    old: Any = None
    new: Any = None


class SectionRef(BaseModel):
    path: list[int]
    attachment: int | None
    title: str


class SectionChange(BaseModel):
    """A numbered item that holds tasks (一、 （一） …): added, removed, renamed, renumbered."""

    kind: Literal["added", "removed", "matched"]
    old: SectionRef | None
    new: SectionRef | None
    changes: list[str] = []


class Summary(BaseModel):
    added: int = 0
    removed: int = 0
    renumbered: int = 0
    moved: int = 0
    changed: int = 0  # matched tasks with a content change (title, text, units, targets, deadline)
    unchanged: int = 0


class Diff(BaseModel):
    """What changed from ``old`` to ``new``: tasks, sections and notice fields."""

    old_source: str | None = None
    new_source: str | None = None
    changes: list[TaskChange] = []
    notice: list[FieldChange] = []
    sections: list[SectionChange] = []
    summary: Summary = Summary()

    @property
    def same(self) -> bool:
        """True when nothing differs (``planparse diff`` exits 0)."""
        return not (self.changes or self.notice or self.sections)


# --- reading one side ------------------------------------------------------------

