"""Export stage: documents and rows -> text or bytes in a named format, through one table
(``FORMATS``: name -> the -o extensions that choose it and a writer per kind of data)."""
from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Callable, Mapping

from .text import dotted, lead_names, names, numbered, other_names, target_text, value_text, when_text

__all__ = ["FORMATS", "Format", "format_of_suffix", "jsonl", "target_text", "targets_csv", "tasks_csv",
           "tasks_markdown", "tasks_xlsx", "units_csv", "value_text", "when_text"]

CSV_COLUMNS = ("id", "attachment", "path", "section", "title", "lead", "support", "responsible", "guide",
               "deadline", "targets", "line", "file")
TARGET_COLUMNS = ("task", "attachment", "path", "title", "units", "value", "unit", "comparator", "deadline",
                  "recurrence", "text", "line")


def jsonl(rows) -> str:
    """One JSON object per row, in document order (the contract of ``planparse tasks``)."""
    return "".join(json.dumps(r.model_dump(mode="json"), ensure_ascii=False, separators=(",", ":")) + "\n" for r in rows)


def _csv(header, cells) -> str:
    """A header and rows as CSV, UTF-8 with a BOM so that spreadsheet programs read it right."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    w.writerows(cells)
    return "\ufeff" + buf.getvalue()


def tasks_csv(rows) -> str:
    """The task table as CSV: one column per role."""
    return _csv(CSV_COLUMNS, ([r.id, r.attachment or "", dotted(r.path), r.section or "", r.title,
                               *(names(r.units, (role,)) for role in ("lead", "support", "responsible", "guide")),
                               r.deadline or r.recurrence or "", len(r.targets), r.line, r.file or ""] for r in rows))


def targets_csv(rows) -> str:
    """The target table as CSV."""
    return _csv(TARGET_COLUMNS, ([r.task, r.attachment or "", dotted(r.path), r.title, "、".join(r.units),
                                  value_text(r.value), r.unit, r.comparator, r.deadline or "", r.recurrence or "",
                                  r.text, r.line] for r in rows))


# the 任务分工表 as people print it: (column, width in the spreadsheet); the cells of a task below
XLSX_COLUMNS = (("序号", 10), ("任务", 40), ("牵头单位", 24), ("配合/责任单位", 36), ("完成时限", 14),
                ("目标", 30), ("来源", 24))


def table_cells(r, source: str | None = None) -> list[str]:
    """A task as the cells of the 任务分工表 (the xlsx and Markdown tables)."""
    return [numbered(r.attachment, r.path), r.title, lead_names(r.units), other_names(r.units),
            when_text(r.deadline, r.recurrence), "；".join(target_text(t) for t in r.targets),
            f"{r.file or source or ''}:{r.line}"]


def tasks_xlsx(rows, source: str | None = None) -> bytes:
    """The 任务分工表 as a real spreadsheet: wrapped text, frozen header, widths that fit Chinese."""
    from openpyxl import Workbook  # lazily: only this export needs it
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    ws = wb.active
    ws.title = "任务分工表"
    ws.append([name for name, _ in XLSX_COLUMNS])
    for r in rows:
        ws.append(table_cells(r, source))
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


MARKDOWN_COLUMNS = 6  # the xlsx columns but the source (a report quotes the notice it is about)


def tasks_markdown(rows) -> str:
    """The task table as a Markdown table, for pasting into a report: the xlsx's cells."""
    header = [name for name, _ in XLSX_COLUMNS[:MARKDOWN_COLUMNS]]
    lines = ["| " + " | ".join(header) + " |", "|" + " --- |" * len(header)]
    for r in rows:
        cells = table_cells(r)[:MARKDOWN_COLUMNS]
        lines.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    return "\n".join(lines) + "\n"


UNIT_COLUMNS = ("unit", "spellings", "lead", "support", "guide", "responsible", "total", "tasks")


def units_csv(entries) -> str:
    """The unit view as CSV: one row per unit, its tasks listed in the last cell."""
    def task(t) -> str:
        return f"{Path(t.file).name if t.file else ''} {dotted(t.path)} {t.title}（{t.role}）"

    return _csv(UNIT_COLUMNS, ([e.name, "、".join(e.spellings), *(e.counts[k] for k in UNIT_COLUMNS[2:7]),
                                "；".join(map(task, e.tasks))] for e in entries))


def _document(fmt: str, doc, script: str | None = None) -> str:
    from .serialize import dumps

    return dumps(doc, fmt, script=script)


@dataclass(frozen=True)
class Format:
    suffixes: tuple[str, ...]  # the -o extensions that choose this format when --format is not given
    writers: Mapping[str, Callable]  # kind of data ("document", "tasks", "targets", "units") -> writer
    binary: bool = False  # bytes, never for a terminal: needs -o FILE


FORMATS: dict[str, Format] = {
    "yaml": Format((".yaml", ".yml"), {"document": partial(_document, "yaml")}),
    "json": Format((".json",), {"document": partial(_document, "json")}),
    "jsonl": Format((".jsonl", ".ndjson"), {"document": partial(_document, "jsonl"), "tasks": jsonl,
                                            "targets": jsonl, "units": jsonl}),
    "csv": Format((".csv",), {"tasks": tasks_csv, "targets": targets_csv, "units": units_csv}),
    "xlsx": Format((".xlsx",), {"tasks": tasks_xlsx}, binary=True),
    "markdown": Format((".md", ".markdown"), {"tasks": tasks_markdown}),
}


def format_of_suffix(path: str) -> str | None:
    """The format a file name's extension names (``x.XLSX`` -> ``xlsx``), or None."""
    suffix = Path(path).suffix.lower()
    return next((name for name, f in FORMATS.items() if suffix in f.suffixes), None)
