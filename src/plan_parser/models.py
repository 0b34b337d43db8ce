"""Output stage: the validated Pydantic models of a parsed notice (the public format).

Every element carries a ``span`` back to the input: 1-based line numbers in the
file the user has, and character offsets in the cleaned text. A span is never
part of equality, so two parses of the same text with different layout compare
equal, and ``diff`` ignores provenance.
"""
from __future__ import annotations

from typing import Annotated, Literal, Union

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.1"  # 1.1: Target.indicator (Target.unit may be null), Task.leaf, TargetRow.file/indicator/deadline_text; units[].roles and units[].source, Clause.scope "table", rule_units, prose_units

Role = Literal["lead", "support", "guide", "responsible"]
Comparator = Literal[">", ">=", "=", "<=", "<", "~", "range"]


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)


class Span(Model):
    """Where an element stands: lines ``line``..``end_line`` of the input (1-based,
    inclusive) and characters ``start``..``end`` of the cleaned text."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    line: int = Field(ge=1)
    end_line: int = Field(ge=1)
    start: int = Field(ge=0)
    end: int = Field(ge=0)

    def __eq__(self, other: object) -> bool:  # provenance is never part of equality
        return isinstance(other, Span)

    def __hash__(self) -> int:
        return 0


UnitSource = Literal["clause", "table", "prose", "rule"]


class RoleIn(Model):
    """One role a unit is given, and the clause that gives it: an index into the element's
    ``clauses`` (its item's, or its task's), or null for a clause of a heading above it."""

    model_config = ConfigDict(extra="forbid", frozen=True)  # one model for each value, shared (parse/sharing.py)

    role: Role
    clause: int | None = None


class Unit(Model):
    """A responsible unit as written (pinyin stripped, qualifiers kept apart).

    ``role`` is the first role it is given; ``roles`` every role, with the clause each comes
    from (a task whose measures each name their own lead); ``source`` says where it is
    written: ``clause`` (a bracketed or labelled responsibility clause), ``table`` (a row of
    an attached 任务分工表), ``prose`` (a sentence that says who is responsible), ``rule``
    (a standing rule: 以下均需A落实，不再列出)."""

    model_config = ConfigDict(extra="forbid", frozen=True)  # one model for each value, shared (parse/sharing.py)

    name: str
    role: Role
    qualifier: str | None = None
    roles: list[RoleIn] = []
    source: UnitSource = "clause"


class Clause(Model):
    """A responsibility clause: ``（牵头单位：A；配合单位：B）`` or a separate line."""

    text: str
    units: list[Unit]
    scope: Literal["item", "group", "table"] = "item"  # table: a row of an attached 任务分工表
    deadline_text: str | None = None  # a completion time written in the clause (2023年底前完成)
    span: Span


class Target(Model):
    """A quantitative target: what must be reached (value, unit, comparator), by when."""

    value: int | float | list[int | float]
    unit: str | None  # the measure word, or %; null for a bare magnitude (曝光量上百万)
    comparator: Comparator
    deadline: str | None = None  # YYYY-MM-DD, the end of the stated period
    recurrence: Literal["annual"] | None = None
    verb: str | None = None  # 新增, 累计, 增长 …
    change: bool = False  # 增长30% / 提高5个百分点: a change, not a level
    text: str  # the number as written
    deadline_text: str | None = None  # 到2025年, “十四五”末, 每年 …
    indicator: str | None = None  # what is measured: the words before the number (高技能人才总量)
    span: Span


class Paragraph(Model):
    kind: Literal["paragraph"] = "paragraph"
    text: str
    span: Span


class Row(Model):
    """A table row (tab-separated cells), kept as a row."""

    kind: Literal["row"] = "row"
    cells: list[str]
    span: Span


Block = Annotated[Union[Paragraph, Row], Field(discriminator="kind")]


class Item(Model):
    """A numbered element (一、 （一） 1. （1） ① 第一章 第一条 1.1 …) with its own text and children."""

    kind: Literal["item"] = "item"
    id: str
    marker: str
    style: str
    number: int
    path: list[int]
    title: str
    heading: str  # the marker line as written (marker, heading phrase, any run-on text)
    body: list[Block] = []
    clauses: list[Clause] = []
    units: list[Unit] = []
    rule_units: list[Unit] = []  # units a standing rule of an earlier clause gives (以下均需A落实，不再列出)
    prose_units: list[Unit] = []  # a task with no clause: units its sentences say are responsible (X部门负责…)
    deadline: str | None = None  # the task's own completion time, from its clauses (YYYY-MM-DD)
    recurrence: Literal["annual", "ongoing"] | None = None
    deadline_text: str | None = None
    targets: list[Target] = []
    children: list[Item] = []
    span: Span


class Plan(Model):
    """A document the notice issues (or the document itself): title, preamble, tree."""

    title: str | None = None
    period: str | None = None
    attachment: int | None = None  # the attachment number when the notice issues it as 附件N
    preamble: list[Block] = []
    sections: list[Item] = []
    span: Span | None = None


class Attachment(Model):
    """An attachment the file includes (附件2 and its text), with its own tree."""

    number: int
    title: str | None = None
    preamble: list[Block] = []
    sections: list[Item] = []
    span: Span


class AttachmentRef(Model):
    """One entry of the attachment list (附件说明)."""

    number: int
    title: str
    extension: str | None = None


PartKind = Literal[
    "publication", "page_title", "issuer_mark", "title", "doc_number", "order_mark", "addressees", "body",
    "issuer", "signer", "date", "note", "attachment_list", "cc", "printed", "trailer", "contents", "head_mark",
]


class Part(Model):
    """One element of the notice, as it stands in the text."""

    kind: PartKind
    text: str
    span: Span


class Notice(Model):
    """The notice around the plan, per GB/T 9704. Fields are null or empty when absent."""

    kind: str | None = None
    title: str | None = None
    issuer: str | None = None
    issuers: list[str] = []
    doc_number: str | None = None
    addressees: list[str] = []
    date: str | None = None
    date_text: str | None = None
    signers: list[str] = []
    notes: list[str] = []
    attachments: list[AttachmentRef] = []
    cc: list[str] = []
    printed: str | None = None
    parts: list[Part] = []


class Diagnostic(Model):
    """Something odd but recoverable, with the input line it concerns."""

    code: str
    message: str
    line: int | None = None
    severity: Literal["warning"] = "warning"
    span: Span | None = None


class SourceInfo(Model):
    path: str | None = None
    encoding: str
    newline: str
    size: int
    lines: int
    sha256: str
    pinyin_annotations_removed: int


class Document(Model):
    """A parsed notice: the whole output of ``planparse extract``."""

    schema_version: str = SCHEMA_VERSION
    source: SourceInfo
    publication: dict[str, str] = {}
    notice: Notice
    plan: Plan | None = None
    plans: list[Plan] = []
    attachments: list[Attachment] = []
    diagnostics: list[Diagnostic] = []


class Task(Model):
    """One row of the task-division table (任务分工表): a leaf item of a tree."""

    id: str
    attachment: int | None
    path: list[int]
    title: str
    section: str | None = None
    units: list[Unit]
    rule_units: list[Unit] = []  # units a standing rule gives this task (not in ``units``)
    prose_units: list[Unit] = []  # units its sentences name (X部门负责…) when it has no clause (not in ``units``)
    deadline: str | None = None
    recurrence: Literal["annual", "ongoing"] | None = None
    targets: list[Target] = []
    clauses: list[str] = []
    text: str
    line: int
    file: str | None = None  # the notice it comes from, as given
    sections: list[str] = []  # the titles above the task, from its top-level section down to its parent
    deadline_text: str | None = None  # the completion time as written (2023年底前, 持续推进)
    leaf: bool = True  # false: a section listed for the targets its own text states (主要目标, a list's
    # lead), with no units, clauses or deadline of its own (those are on the tasks below it)


class TargetRow(Model):
    """One row of ``planparse targets``: a target with its task and the units that answer for it."""

    file: str | None = None  # the notice it comes from, as given
    task: str  # the task's id
    attachment: int | None
    path: list[int]
    title: str  # the task's title
    units: list[str]
    indicator: str | None = None  # what is measured (高技能人才总量)
    value: int | float | list[int | float]
    unit: str | None
    comparator: Comparator
    deadline: str | None
    deadline_text: str | None = None  # the period as written (到2025年, 全年, 每年)
    recurrence: Literal["annual"] | None
    text: str
    line: int
