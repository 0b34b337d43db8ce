"""Tasks stage: ``Document`` -> ``list[Task]``, the task-division table (任务分工表),
and ``list[Task]`` -> ``list[TargetRow]``, what must be reached by when.

A task is a numbered item with no numbered items below it (a leaf), in the plan(s)
or in an attachment the file includes, in document order.
"""
from __future__ import annotations

from .. import models as M


def tasks(doc: M.Document) -> list[M.Task]:
    """Every leaf item of the document, as a task row."""
    from ..parse.build import gc_paused
    from .serialize import encodable

    out: list[M.Task] = []
    file = encodable(doc.source.path) if doc.source.path else None  # a name any output can hold
    with gc_paused():
        for plan in doc.plans:
            out += _rows(plan.sections, plan.attachment, file)
        for att in doc.attachments:
            out += _rows(att.sections, att.number, file)
    return out


def _rows(sections: list[M.Item], attachment: int | None, file: str | None) -> list[M.Task]:
    rows = []
    for top in sections:
        for item in _leaves(top):
            rows.append(M.Task.model_construct(  # built from an Item already validated
                id=item.id, attachment=attachment, path=item.path, title=item.title,
                section=top.title, units=item.units, rule_units=item.rule_units, prose_units=item.prose_units,
                deadline=item.deadline, recurrence=item.recurrence,
                targets=item.targets,
                clauses=[c.text for c in item.clauses], text=_text(item), line=item.span.line, file=file,
            ))
    return rows


def _leaves(item: M.Item):
    if not item.children:
        yield item
        return
    for child in item.children:
        yield from _leaves(child)


def _text(item: M.Item) -> str:
    """The task's whole text: its heading line and the paragraphs and rows below it."""
    lines = [item.heading]
    for block in item.body:
        lines.append(block.text if block.kind == "paragraph" else "\t".join(block.cells))
    return "\n".join(lines)


def target_rows(rows: list[M.Task], by: int | None = None) -> list[M.TargetRow]:
    """Every target with its task; ``by=2025``: only what must hold by the end of 2025
    (a deadline in or before that year, or a yearly target)."""
    out = []
    for task in rows:
        for t in task.targets:
            if by is not None and not (t.recurrence == "annual" or (t.deadline and int(t.deadline[:4]) <= by)):
                continue
            out.append(M.TargetRow(
                task=task.id, attachment=task.attachment, path=task.path, title=task.title,
                units=[u.name for u in task.units], value=t.value, unit=t.unit, comparator=t.comparator,
                deadline=t.deadline, recurrence=t.recurrence, text=t.text, line=t.span.line,
            ))
    return out
