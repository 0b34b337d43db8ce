"""Render stage: models -> rich terminal output (the tree of ``show``, the task table)."""
from __future__ import annotations

from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.tree import Tree

from .export import target_text, value_text, when_text
from .models import Document, Item, TargetRow, Task

_ROLE = {"lead": "牵头", "support": "配合", "guide": "指导", "responsible": "责任"}


def _units(units) -> str:
    return "；".join(f"{u.name}（{_ROLE[u.role]}）" if u.role != "responsible" else u.name for u in units)


def _plain(text) -> str:
    """Document text shown as written: its square brackets are not rich markup."""
    return escape(str(text)) if text is not None else ""


def task_table(rows: list[Task], console: Console | None = None) -> None:
    console = console or Console()
    table = Table(title=f"{len(rows)} tasks", show_lines=False)
    for col in ("path", "task", "units", "deadline", "targets", "line"):
        table.add_column(col, overflow="fold")
    for r in rows:
        deadline = when_text(r.deadline, r.recurrence)
        table.add_row(_path(r.attachment, r.path), _plain(r.title), _plain(_units(r.units)), deadline,
                      str(len(r.targets)) if r.targets else "", str(r.line))
    console.print(table)


def target_table(rows: list[TargetRow], console: Console | None = None) -> None:
    console = console or Console()
    table = Table(title=f"{len(rows)} targets")
    for col in ("path", "task", "target", "deadline", "units", "line"):
        table.add_column(col, overflow="fold")
    for r in rows:
        value = value_text(r.value)
        comp = "" if r.comparator in ("=", "range") else r.comparator + " "
        deadline = when_text(r.deadline, r.recurrence)
        table.add_row(_path(r.attachment, r.path), _plain(r.title), _plain(f"{comp}{value} {r.unit}"), deadline,
                      _plain("、".join(r.units)), str(r.line))
    console.print(table)


def _path(attachment: int | None, path: list[int]) -> str:
    dotted = ".".join(map(str, path))
    return f"附件{attachment} {dotted}" if attachment else dotted


def document_tree(doc: Document, console: Console | None = None) -> None:
    console = console or Console()
    n = doc.notice
    root = Tree(f"[bold]{_plain(n.title or (doc.plan.title if doc.plan else doc.source.path))}[/bold]")
    meta = root.add("notice")
    for key in ("doc_number", "issuer", "date"):
        if getattr(n, key):
            meta.add(f"{key}: {_plain(getattr(n, key))}")
    if n.addressees:
        meta.add("addressees: " + _plain("，".join(n.addressees)))
    for a in n.attachments:
        meta.add(f"附件{a.number}: {_plain(a.title)}")
    for plan in doc.plans:
        branch = root.add(f"[bold]plan: {_plain(plan.title)}[/bold]")
        for item in plan.sections:
            _item(branch, item)
    for att in doc.attachments:
        branch = root.add(f"[bold]附件{att.number}: {_plain(att.title)}[/bold]")
        for item in att.sections:
            _item(branch, item)
    console.print(root)
    for d in doc.diagnostics:
        console.print(f"[yellow]line {d.line}: {d.code}: {_plain(d.message)}[/yellow]")


def _item(branch: Tree, item: Item) -> None:
    label = _plain(f"{item.marker} {item.title}")
    if item.units:
        label += f"  [dim]{_plain(_units(item.units))}[/dim]"
    if item.deadline or item.recurrence:
        label += f"  [cyan]{when_text(item.deadline, item.recurrence)}[/cyan]"
    if item.targets:
        label += "  [green]" + _plain("；".join(target_text(t) for t in item.targets)) + "[/green]"
    node = branch.add(label)
    for child in item.children:
        _item(node, child)


def unit_table(entries, console: Console | None = None) -> None:
    console = console or Console()
    table = Table(title=f"{len(entries)} units")
    for col in ("unit", "lead", "support", "guide", "responsible", "total"):
        table.add_column(col, overflow="fold")
    for e in entries:
        c = e.counts
        table.add_row(_plain(e.name), *(str(c[k]) for k in ("lead", "support", "guide", "responsible", "total")))
    console.print(table)
