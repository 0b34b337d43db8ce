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

from .text import dotted, lead_names, numbered, other_names, target_text, value_text, when_text

__all__ = ["FORMATS", "Format", "format_of_suffix", "jsonl", "target_text", "targets_csv", "tasks_markdown",
           "value_text", "when_text"]

TARGET_COLUMNS = ("file", "task", "attachment", "path", "title", "units", "indicator", "value", "unit", "comparator",
                  "deadline", "deadline_text", "recurrence", "text", "line")


def jsonl(rows, with_file: bool = False) -> str:
    """One JSON object per row, in document order (the contract of ``planparse tasks``)."""
    return "".join(json.dumps(r.model_dump(mode="json"), ensure_ascii=False, separators=(",", ":")) + "\n" for r in rows)


def _csv(header, cells) -> str:
    """A header and rows as CSV, UTF-8 with a BOM so that spreadsheet programs read it right."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    w.writerows(cells)
    return "\ufeff" + buf.getvalue()


def targets_csv(rows, with_file: bool = False) -> str:
    """The target table as CSV."""
    return _csv(TARGET_COLUMNS, ([r.file or "", r.task, r.attachment or "", dotted(r.path), r.title, "、".join(r.units),
                                  r.indicator or "", value_text(r.value), r.unit or "", r.comparator, r.deadline or "",
                                  r.deadline_text or "", r.recurrence or "", r.text, r.line] for r in rows))


# the 任务分工表's columns that a Markdown table shows (the workbook itself: output/xlsx.py)
MARKDOWN_HEADER = ("序号", "任务", "牵头单位", "配合/责任单位", "完成时限", "目标")


def table_cells(r, source: str | None = None) -> list[str]:
    """A task as the cells of the 任务分工表 (the xlsx and Markdown tables)."""
    return [numbered(r.attachment, r.path), r.title, lead_names(r.units), other_names(r.units),
            when_text(r.deadline, r.recurrence), "；".join(target_text(t) for t in r.targets),
            f"{r.file or source or ''}:{r.line}"]


def tasks_markdown(rows, with_file: bool = False) -> str:
    """The task table as a Markdown table, for pasting into a report (the source column left out:
    a report quotes the notice it is about)."""
    header = MARKDOWN_HEADER
    lines = ["| " + " | ".join(header) + " |", "|" + " --- |" * len(header)]
    for r in rows:
        cells = table_cells(r)[:len(MARKDOWN_HEADER)]
        lines.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    return "\n".join(lines) + "\n"


def _document(fmt: str, doc, script: str | None = None) -> str:
    from .serialize import dumps

    return dumps(doc, fmt, script=script)


def _later(module: str, name: str) -> Callable:
    """The writer ``name`` of the output module ``module``, imported when it first writes:
    ``extract`` never loads the tables or the workbook (start-up)."""

    def writer(*args, **kwargs):
        from importlib import import_module

        return getattr(import_module(f"{__package__}.{module}"), name)(*args, **kwargs)

    writer.__name__ = writer.__qualname__ = name
    return writer


@dataclass(frozen=True)
class Format:
    suffixes: tuple[str, ...]  # the -o extensions that choose this format when --format is not given
    writers: Mapping[str, Callable]  # kind of data ("document", "tasks", "targets", "units") -> writer
    binary: bool = False  # bytes, never for a terminal: needs -o FILE


FORMATS: dict[str, Format] = {
    "yaml": Format((".yaml", ".yml"), {"document": partial(_document, "yaml")}),
    "json": Format((".json",), {"document": partial(_document, "json")}),
    "jsonl": Format((".jsonl", ".ndjson"), {"document": partial(_document, "jsonl"), "tasks": jsonl,
                                            "targets": jsonl, "units": _later("tables", "units_jsonl")}),
    "csv": Format((".csv",), {"tasks": _later("tables", "tasks_csv"), "targets": targets_csv,
                              "units": _later("tables", "units_csv")}),
    "xlsx": Format((".xlsx",), {"tasks": _later("xlsx", "workbook")}, binary=True),  # data: the sheets (xlsx.Sheet)
    "markdown": Format((".md", ".markdown"), {"tasks": tasks_markdown}),
}


def format_of_suffix(path: str) -> str | None:
    """The format a file name's extension names (``x.XLSX`` -> ``xlsx``), or None."""
    suffix = Path(path).suffix.lower()
    return next((name for name, f in FORMATS.items() if suffix in f.suffixes), None)
