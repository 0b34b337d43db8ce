"""Diff models: what ``compare.run.diff`` returns — the records of ``planparse diff --format json``.

The fields CONTRACT.md names (``changes[].kind``, ``old``, ``new``, ``changes``, ``units``,
``targets``; ``notice``) and what else serves a reader (sections, character diffs, counts,
sentences moved). Beyond the contract's three kinds (added, removed, matched), a record may
be ``merged`` (``olds`` -> ``new``) or ``split`` (``old`` -> ``news``); ``old``/``new`` still
name one task each, so a reader of the three kinds finds the fields it expects.
"""
from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel

from .. import models as M


class RoleChange(BaseModel):
    name: str
    old: M.Role
    new: M.Role


class UnitRename(BaseModel):
    old: str
    new: str


class UnitChanges(BaseModel):
    added: list[str] = []
    removed: list[str] = []
    roles: list[RoleChange] = []
    reordered: bool = False
    renamed: list[UnitRename] = []  # a unit known by another name now (gone from the whole old side)


class TargetRef(BaseModel):
    value: int | float | list[int | float]
    unit: str
    comparator: M.Comparator
    deadline: str | None = None
    recurrence: Literal["annual"] | None = None
    text: str
    line: int
    indicator: str | None = None  # what the number measures (城镇新增就业)


class TaskRef(BaseModel):
    """A task on one side: ``path``, ``attachment``, ``title`` as ``tasks`` gives them."""

    path: list[int]
    attachment: int | None
    title: str
    id: str
    section: str | None = None
    line: int
    # what an added or removed task holds (empty on other records)
    units: list[str] = []
    targets: list[TargetRef] = []
    deadline: str | None = None
    text: str | None = None


class TargetChange(BaseModel):
    old: TargetRef | None
    new: TargetRef | None
    indicator: str | None = None


class ValueChange(BaseModel):
    old: Any = None
    new: Any = None


class TaskChange(BaseModel):
    kind: Literal["added", "removed", "matched", "merged", "split"]
    old: TaskRef | None  # merged: the first of the olds; split: the one old
    new: TaskRef | None  # merged: the one new; split: the first of the news
    olds: list[TaskRef] = []  # merged: every old task folded into ``new``
    news: list[TaskRef] = []  # split: every new task ``old`` was split into
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
    text_diff: list[tuple[int, str]] = []  # for running text (the preamble, the validity)


class SentenceMove(BaseModel):
    """A sentence taken out of one task and put into another (not a deletion and an insertion)."""

    text: str
    old: TaskRef  # the task it left (as it was)
    new: TaskRef  # the task it joined (as it is)


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
    merged: int = 0  # merge records (several old tasks -> one new)
    split: int = 0  # split records (one old task -> several new)
    sentences_moved: int = 0
    changed: int = 0  # matched tasks with a content change (title, text, units, targets, deadline)
    unchanged: int = 0


class Diff(BaseModel):
    """What changed from ``old`` to ``new``: tasks, sections and notice fields."""

    old_source: str | None = None
    new_source: str | None = None
    changes: list[TaskChange] = []
    notice: list[FieldChange] = []
    sections: list[SectionChange] = []
    moves: list[SentenceMove] = []
    summary: Summary = Summary()

    @property
    def same(self) -> bool:
        """True when nothing differs (``planparse diff`` exits 0)."""
        return not (self.changes or self.notice or self.sections or self.moves)

