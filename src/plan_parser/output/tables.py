"""Tidy tables stage: ``list[Task]`` -> one flat record per fact (a task; a unit in a task with
its role), and those records as CSV or JSON Lines for pandas, R and DuckDB.

A record is a plain dict of strings, numbers, lists and None (JSON Lines keeps lists, CSV joins
them). Comparators are symbols in the records programs read (``comparator``) and words in the
columns people read (``targets``: ``不少于3000家（2023年底）``).
"""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from ..models import Task
from ..parse import patterns as P
from .text import ROLE_LABELS, target_words

ROLES = tuple(ROLE_LABELS)  # lead, support, guide, responsible
SECTION_SEPARATOR = " > "


def deadline_note(task: Task) -> str:
    """The completion time as written, when it says more than the date cell beside it (else empty)."""
    text = (task.deadline_text or "").strip()
    if not text or (task.deadline and P.DATE_ONLY.fullmatch(text)):
        return ""
    return text


def _names(task: Task, role: str) -> list[str]:
    return [u.name for u in task.units if u.role == role]


def source_name(file: str | None) -> str:
    """The file name alone (never an absolute path), or empty."""
    return Path(file).name if file and file != "-" else (file or "")


def task_record(task: Task, with_file: bool) -> dict:
    """One task as a flat record: its place, its text, its units by role, its time and targets."""
    rec = {"file": task.file} if with_file else {}
    rec |= {"id": task.id, "attachment": task.attachment, "path": task.path, "sections": task.sections,
            "section": task.section, "title": task.title, "text": task.text}
    rec |= {role: _names(task, role) for role in ROLES}
    rec |= {"deadline": task.deadline, "deadline_text": task.deadline_text, "recurrence": task.recurrence,
            "targets": [target_words(t) for t in task.targets], "line": task.line}
    return rec


def unit_records(rows: list[Task], with_file: bool) -> list[dict]:
    """One record per unit, task and role, in document order: a unit given several roles in one
    task (each measure naming its own lead) has a record for each, with ``source`` (clause,
    table, prose, rule); a unit named twice in one role counts once."""
    from .units import fold_name  # OpenCC, loaded lazily

    out = []
    for task in rows:
        seen = set()
        for u in task.units:
            for role in [r.role for r in u.roles] or [u.role]:
                if (u.name, role) in seen:
                    continue
                seen.add((u.name, role))
                rec = {"file": task.file} if with_file else {}
                rec |= {"unit": u.name, "unit_key": fold_name(u.name), "role": role, "qualifier": u.qualifier,
                        "source": u.source, "task": task.id, "attachment": task.attachment, "path": task.path,
                        "sections": task.sections, "title": task.title, "deadline": task.deadline,
                        "line": task.line}
                out.append(rec)
    return out


def records_jsonl(records: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n" for r in records)


def records_csv(records: list[dict], columns: tuple[str, ...] = ()) -> str:
    """Records as CSV (UTF-8 with BOM, so spreadsheet programs read it right); lists joined:
    a path with ``.``, section titles with `` > ``, names and targets with ``、``/``；``."""
    columns = columns or (tuple(records[0]) if records else ())
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(columns)
    for rec in records:
        w.writerow([_cell(col, rec.get(col)) for col in columns])
    return "\ufeff" + buf.getvalue()


def _cell(column: str, value) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        sep = {"path": ".", "sections": SECTION_SEPARATOR, "targets": "；"}.get(column, "、")
        return sep.join(map(str, value))
    return str(value)


TASK_COLUMNS = ("id", "attachment", "path", "sections", "section", "title", "text", *ROLES, "deadline",
                "deadline_text", "recurrence", "targets", "line")
UNIT_COLUMNS = ("unit", "unit_key", "role", "qualifier", "source", "task", "attachment", "path", "sections", "title",
                "deadline", "line")


def tasks_csv(rows: list[Task], with_file: bool = False) -> str:
    """The task table, one row per task, with its text and full section path."""
    cols = (("file",) if with_file else ()) + TASK_COLUMNS
    return records_csv([task_record(t, with_file) for t in rows], cols)


def units_csv(rows: list[Task], with_file: bool = False) -> str:
    """One row per unit, task and role."""
    cols = (("file",) if with_file else ()) + UNIT_COLUMNS
    return records_csv(unit_records(rows, with_file), cols)


def units_jsonl(rows: list[Task], with_file: bool = False) -> str:
    return records_jsonl(unit_records(rows, with_file))


def select(rows: list[Task], with_units: bool = False, section: str | None = None,
           attachment: int | None = None) -> list[Task]:
    """The tasks that name a unit (``with_units``), stand under a section whose title contains
    ``section`` (width, white space and script folded: 創業 finds 创业), or belong to attachment
    ``attachment`` (0: the notice's own text)."""
    if section:
        from .units import fold_name

        wanted = fold_name(section)
    out = []
    for t in rows:
        if with_units and not t.units:
            continue
        if attachment is not None and (t.attachment or 0) != attachment:
            continue
        if section and not any(wanted in fold_name(s) for s in [*t.sections, t.section or ""]):
            continue
        out.append(t)
    return out
