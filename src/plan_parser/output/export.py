"""Export stage: task and target rows -> JSON Lines or CSV text for other tools."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from ..models import TargetRow, Task
from .text import ROLE_LABELS

CSV_COLUMNS = ("id", "attachment", "path", "section", "title", "lead", "support", "responsible", "guide",
               "deadline", "targets", "line", "file")
TARGET_COLUMNS = ("task", "attachment", "path", "title", "units", "value", "unit", "comparator", "deadline",
                  "recurrence", "text", "line")


def jsonl(rows) -> str:
    """One JSON object per row, in document order (the contract of ``planparse tasks``)."""
    return "".join(json.dumps(r.model_dump(mode="json"), ensure_ascii=False, separators=(",", ":")) + "\n" for r in rows)


tasks_jsonl = jsonl


def tasks_csv(rows: list[Task]) -> str:
    """The task table as CSV (UTF-8 with BOM, so spreadsheet programs read it right)."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(CSV_COLUMNS)
    for r in rows:
        by_role = {role: "、".join(u.name for u in r.units if u.role == role) for role in ("lead", "support", "responsible", "guide")}
        w.writerow([r.id, r.attachment or "", ".".join(map(str, r.path)), r.section or "", r.title,
                    by_role["lead"], by_role["support"], by_role["responsible"], by_role["guide"],
                    r.deadline or r.recurrence or "", len(r.targets), r.line, r.file or ""])
    return "\ufeff" + buf.getvalue()


def targets_csv(rows: list[TargetRow]) -> str:
    """The target table as CSV (UTF-8 with BOM)."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(TARGET_COLUMNS)
    for r in rows:
        value = value_text(r.value)
        w.writerow([r.task, r.attachment or "", ".".join(map(str, r.path)), r.title, "、".join(r.units), value,
                    r.unit, r.comparator, r.deadline or "", r.recurrence or "", r.text, r.line])
    return "\ufeff" + buf.getvalue()


XLSX_COLUMNS = (("序号", 10), ("任务", 40), ("牵头单位", 24), ("配合/责任单位", 36), ("完成时限", 14),
                ("目标", 30), ("来源", 24))


def tasks_xlsx(rows: list[Task], source: str | None = None) -> bytes:
    """The 任务分工表 as a real spreadsheet: wrapped text, frozen header, widths that fit Chinese."""
    from openpyxl import Workbook  # lazily: only this export needs it
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    ws = wb.active
    ws.title = "任务分工表"
    ws.append([name for name, _ in XLSX_COLUMNS])
    for r in rows:
        lead = "、".join(u.name for u in r.units if u.role == "lead")
        others = "、".join(u.name for u in r.units if u.role != "lead")
        deadline = when_text(r.deadline, r.recurrence)
        targets = "；".join(target_text(t) for t in r.targets)
        number = ".".join(map(str, r.path)) if not r.attachment else f"附件{r.attachment} " + ".".join(map(str, r.path))
        ws.append([number, r.title, lead, others, deadline, targets, f"{r.file or source or ''}:{r.line}"])
    for col, (_, width) in enumerate(XLSX_COLUMNS, start=1):
        ws.column_dimensions[ws.cell(row=1, column=col).column_letter].width = width
    wrap = Alignment(wrap_text=True, vertical="top")
    for row in ws.iter_rows():
        for cell in row:
            cell.alignment = wrap
    for cell in ws[1]:
        cell.font = Font(bold=True)
    ws.freeze_panes = "A2"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def tasks_markdown(rows: list[Task]) -> str:
    """The task table as a Markdown table, for pasting into a report."""
    lines = ["| 序号 | 任务 | 牵头单位 | 配合/责任单位 | 完成时限 | 目标 |", "| --- | --- | --- | --- | --- | --- |"]
    for r in rows:
        cells = [".".join(map(str, r.path)), r.title,
                 "、".join(u.name for u in r.units if u.role == "lead"),
                 "、".join(u.name for u in r.units if u.role != "lead"),
                 r.deadline or "", "；".join(target_text(t) for t in r.targets)]
        lines.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    return "\n".join(lines) + "\n"


RECURRENCE_TEXT = {"annual": "每年", "ongoing": "长期"}


def value_text(value) -> str:
    """A target's value as people write it: ``400``, a range ``3–5``."""
    return "–".join(map(str, value)) if isinstance(value, list) else str(value)


def when_text(deadline: str | None, recurrence: str | None) -> str:
    """A task's completion time for a table cell: its date, 每年 or 长期, or nothing."""
    return deadline or RECURRENCE_TEXT.get(recurrence or "", "")


def target_text(t) -> str:
    """A target in a few characters: ``>=3000家（2023）``."""
    value = value_text(t.value)
    comp = "" if t.comparator in ("=", "range") else t.comparator
    when = f"（{t.deadline[:4]}）" if t.deadline else ("（每年）" if t.recurrence else "")
    return f"{comp}{value}{t.unit}{when}"


UNIT_COLUMNS = ("unit", "spellings", "lead", "support", "guide", "responsible", "total", "tasks")


def units_csv(entries) -> str:
    """The unit view as CSV (UTF-8 with BOM): one row per unit, its tasks listed in the last cell."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(UNIT_COLUMNS)
    for e in entries:
        tasks = "；".join(f"{Path(t.file).name if t.file else ''} {'.'.join(map(str, t.path))} {t.title}"
                         f"（{'、'.join(ROLE_LABELS[r] for r in t.roles or [t.role])}）" for t in e.tasks)
        w.writerow([e.name, "、".join(e.spellings), e.counts["lead"], e.counts["support"], e.counts["guide"],
                    e.counts["responsible"], e.counts["total"], tasks])
    return "\ufeff" + buf.getvalue()
