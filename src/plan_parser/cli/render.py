"""Render stage: models -> rich terminal output (the tree of ``show``, the task table)."""
from __future__ import annotations

from itertools import groupby
from pathlib import Path
from typing import TYPE_CHECKING

from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.tree import Tree

from ..output.text import ROLE_LABELS, comparator_text, dotted, numbered, target_text, units_text, value_text, when_text

if TYPE_CHECKING:  # the diff's modules load rapidfuzz and diff-match-patch: only diff_report needs them
    from ..compare.models import Diff, TaskChange
    from ..models import Document, Item, TargetRow, Task


def _plain(text) -> str:
    """Document text shown as written: its square brackets are not rich markup."""
    return escape(str(text)) if text is not None else ""


# the table views' headers: English by default, the notices' own language with --lang zh
HEADERS = {
    "en": {"tasks": "{n} tasks", "units": "{n} units", "path": "path", "task": "task", "unit": "unit",
           "deadline": "deadline", "targets": "targets", "line": "line", "lead": "lead", "support": "support",
           "guide": "guide", "responsible": "responsible", "total": "total", "units_col": "units",
           "in_tasks": "tasks (roles)", "targets_n": "{n} targets", "file": "file", "indicator": "indicator",
           "target": "target"},
    "zh": {"tasks": "共{n}项任务", "units": "共{n}个单位", "path": "序号", "task": "任务", "unit": "单位",
           "deadline": "完成时限", "targets": "目标", "line": "行", "lead": "牵头", "support": "配合",
           "guide": "指导", "responsible": "责任", "total": "合计", "units_col": "责任单位",
           "in_tasks": "任务（角色）", "targets_n": "共{n}个目标", "file": "文件", "indicator": "指标",
           "target": "目标值"},
}


def task_table(rows: list[Task], console: Console | None = None, lang: str = "en") -> None:
    console = console or Console()
    h = HEADERS[lang]
    table = Table(title=h["tasks"].format(n=len(rows)), show_lines=False)
    for col in ("path", "task", "units_col", "deadline", "targets", "line"):
        table.add_column(h[col], overflow="fold")
    for r in rows:
        deadline = when_text(r.deadline, r.recurrence)
        table.add_row(numbered(r.attachment, r.path), _plain(r.title), _plain(units_text(r.units)), deadline,
                      str(len(r.targets)) if r.targets else "", str(r.line))
    console.print(table)


def target_table(rows: list[TargetRow], console: Console | None = None, lang: str = "en") -> None:
    console = console or Console()
    h = HEADERS[lang]
    table = Table(title=h["targets_n"].format(n=len(rows)))
    files = len({r.file for r in rows}) > 1
    for col in ("file",) * files + ("path", "task", "indicator", "target", "deadline", "units_col", "line"):
        table.add_column(h[col], overflow="fold")
    for r in rows:
        target = " ".join(filter(None, (comparator_text(r.comparator), value_text(r.value), r.unit)))
        deadline = when_text(r.deadline, r.recurrence)
        cells = [numbered(r.attachment, r.path), _plain(r.title), _plain(r.indicator or ""), _plain(target), deadline,
                 _plain("、".join(r.units)), str(r.line)]
        table.add_row(*([_plain(r.file or "")] * files + cells))
    console.print(table)


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
        label += f"  [dim]{_plain(units_text(item.units))}[/dim]"
    if item.deadline or item.recurrence:
        label += f"  [cyan]{when_text(item.deadline, item.recurrence)}[/cyan]"
    if item.targets:
        label += "  [green]" + _plain("；".join(target_text(t) for t in item.targets)) + "[/green]"
    node = branch.add(label)
    for child in item.children:
        _item(node, child)


def unit_table(entries, console: Console | None = None, lang: str = "en") -> None:
    console = console or Console()
    h = HEADERS[lang]
    table = Table(title=h["units"].format(n=len(entries)))
    for col in ("unit", "lead", "support", "guide", "responsible", "total", "in_tasks"):
        table.add_column(h[col], overflow="fold")
    several = len({t.file for e in entries for t in e.tasks}) > 1
    for e in entries:
        c = e.counts
        table.add_row(_plain(e.name), *(str(c[k]) for k in ("lead", "support", "guide", "responsible", "total")),
                      _plain("；".join(_task_roles(t, several) for t in e.tasks)))
    console.print(table)


def _task_roles(t, several: bool) -> str:
    """A unit's task and every role it has there: ``2.1（牵头、指导）`` (with its file when several)."""
    where = f"{Path(t.file).name} " if several and t.file else ""
    return f"{where}{numbered(t.attachment, t.path)}（{'、'.join(ROLE_LABELS[r] for r in t.roles or [t.role])}）"


def diff_report(diff: Diff, console: Console | None = None) -> None:
    """Print the report on a rich ``Console`` (a new one on stdout by default)."""
    from rich.text import Text

    from ..compare.report import MARK, detail_rows, move_line, section_of, summary_line, value, where

    console = console or Console(highlight=False)

    if diff.old_source or diff.new_source:
        console.print(Text(f"--- {diff.old_source or 'old'}\n+++ {diff.new_source or 'new'}", style="bold"))
    if diff.notice:
        table = Table(title="notice", title_justify="left", show_edge=False)
        for col in ("field", "old", "new"):
            table.add_column(col, overflow="fold")
        for f in diff.notice:
            table.add_row(f.field, value(f.old), value(f.new))
        console.print(table)
        for f in diff.notice:
            if f.text_diff:
                console.print(_inline(Text(f"~ {f.field}: ", style="yellow"), f.text_diff))
    for m in diff.moves:
        console.print(Text(f"~ sentence moved: {move_line(m)}", style="yellow"))
    for s in diff.sections:
        ref = s.new or s.old
        line = f"{MARK[s.kind]} section {dotted(ref.path)} {ref.title}"
        if s.kind == "matched":
            line += f"  ({', '.join(s.changes)})" + (f"  was: {s.old.title}" if "title" in s.changes else "")
        console.print(Text(line, style={"added": "green", "removed": "red"}.get(s.kind, "yellow")))
    details = Table(title="units and targets", title_justify="left", show_edge=False)
    for col in ("task", "what", "old", "new"):
        details.add_column(col, overflow="fold")
    for section, recs in groupby(diff.changes, key=section_of):
        console.rule(Text(section or "(no section)", style="bold"), align="left")
        for rec in recs:
            console.print(_text_record(rec, Text))
            for what, old, new in detail_rows(rec):
                details.add_row(where(rec.new or rec.old), what, old, new)
    if details.row_count:
        console.print(details)
    console.print(Text(summary_line(diff), style="bold"))


def _text_record(rec: TaskChange, Text):
    from ..compare.report import MARK, label

    style = {"added": "green", "removed": "red"}.get(rec.kind, "yellow")
    out = Text(f"{MARK[rec.kind]} {label(rec)} ", style=style)
    out.append((rec.new or rec.old).title, style="bold")
    if rec.kind not in ("added", "removed"):
        out.append(f"  ({', '.join([rec.kind] * (rec.kind != 'matched') + rec.changes)})", style="dim")
        if "title" in rec.changes:
            out.append(f"\n    was: {rec.old.title}", style="dim")
    if rec.text_diff and ({"text", "title", "targets", "units"} & set(rec.changes)):
        out.append("\n    ")
        _inline(out, rec.text_diff)
    return out


def _inline(out, ops):
    """``out`` (a rich Text) with the character diff appended: [-deleted-]{+inserted+}."""
    from ..compare.report import snippets

    for op, piece in snippets(ops):
        if op == 0:
            out.append(piece)
        elif op < 0:
            out.append(f"[-{piece}-]", style="red strike")
        else:
            out.append(f"{{+{piece}+}}", style="green bold")
    return out
