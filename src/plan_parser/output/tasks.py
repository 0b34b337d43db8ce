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
        for item, above in _rows_of(top, ()):
            leaf = not item.children  # a section's row lists its own targets; its units are on its tasks
            rows.append(M.Task.model_construct(  # built from an Item already validated
                id=item.id, attachment=attachment, path=item.path, title=item.title,
                section=top.title, units=item.units if leaf else [], rule_units=item.rule_units if leaf else [],
                prose_units=item.prose_units if leaf else [], deadline=item.deadline if leaf else None,
                recurrence=item.recurrence if leaf else None, targets=item.targets, leaf=leaf,
                clauses=[c.text for c in item.clauses] if leaf else [], text=_text(item), line=item.span.line,
                file=file, sections=list(above), deadline_text=item.deadline_text if leaf else None,
            ))
    return rows


def _rows_of(item: M.Item, above: tuple[str, ...]):
    """(row, titles of the items above it) under ``item`` in order: the leaves, and before its
    children a section itself when its own text (the paragraph that opens it, a 主要目标
    paragraph, a list's lead) states targets."""
    if not item.children:
        yield item, above
        return
    if item.targets:
        yield item, above
    for child in item.children:
        yield from _rows_of(child, above + (item.title,))


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
                file=task.file, task=task.id, attachment=task.attachment, path=task.path, title=task.title,
                units=[u.name for u in task.units], indicator=t.indicator, value=t.value, unit=t.unit,
                comparator=t.comparator, deadline=t.deadline, deadline_text=t.deadline_text,
                recurrence=t.recurrence, text=t.text, line=t.span.line,
            ))
    return out
