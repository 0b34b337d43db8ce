"""The table commands: tasks (the 任务分工表), targets, units."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from .options import GLOB, JOBS, OUT, SCRIPT, RowFormat, Script, TaskFormat, converted, expanded, loaded, \
    pick_format, say, skipped_note, write


def tasks(
    inputs: list[str] = typer.Argument(..., help="Notices, YAML/JSON files planparse wrote, or directories."),
    fmt: Optional[TaskFormat] = typer.Option(
        None, "--format", "-f", help="table (default in a terminal), jsonl, csv, xlsx (needs -o) or markdown."),
    out: Optional[str] = OUT,
    glob: str = GLOB,
    jobs: Optional[int] = JOBS,
    script: Optional[Script] = SCRIPT,
) -> None:
    """List the tasks (任务分工表): each leaf item with its units, deadline and targets.

    Several notices give one table (the 来源/file column says where each task comes from).
    Example: planparse tasks notice.txt -o 任务分工表.xlsx
    """
    from ..output.tasks import tasks as lib_tasks

    paths = _inputs(inputs, glob)
    form = pick_format("tasks", fmt, out, "jsonl", terminal="table")
    if len(paths) == 1:
        rows = lib_tasks(loaded(paths[0]))
    else:
        rows = [row for _, found in _task_rows(paths, jobs) for row in found]
    rows = converted(rows, script)
    if form == "table":
        from .render import task_table

        task_table(rows)
    else:
        write("tasks", form, rows, out, paths)


def targets(
    file: Path = typer.Argument(..., help="A notice, or a YAML/JSON file planparse wrote."),
    fmt: Optional[RowFormat] = typer.Option(None, "--format", "-f", help="table (default in a terminal), jsonl or csv."),
    by: Optional[int] = typer.Option(None, "--by", help="Only what must hold by the end of this year (and yearly targets)."),
    out: Optional[str] = OUT,
) -> None:
    """List the quantitative targets: value, unit, comparator, deadline, task and units.

    Example: planparse targets notice.txt --by 2025
    """
    from ..output.tasks import target_rows
    from ..output.tasks import tasks as lib_tasks

    form = pick_format("targets", fmt, out, "jsonl", terminal="table")
    rows = target_rows(lib_tasks(loaded(file)), by=by)
    if form == "table":
        from .render import target_table

        target_table(rows)
    else:
        write("targets", form, rows, out, [file])


def units(
    inputs: list[str] = typer.Argument(..., help="Notices, YAML/JSON files planparse wrote, or directories."),
    fmt: Optional[RowFormat] = typer.Option(None, "--format", "-f", help="table (default in a terminal), jsonl or csv."),
    glob: str = GLOB,
    jobs: Optional[int] = JOBS,
    out: Optional[str] = OUT,
    script: Optional[Script] = SCRIPT,
) -> None:
    """For each responsible unit, the tasks it leads, supports or answers for, across notices.

    Names are compared after width, white space and traditional/simplified folding.
    Example: planparse units notices/ --format csv -o units.csv
    """
    from ..output.units import unit_view

    paths = _inputs(inputs, glob)
    form = pick_format("units", fmt, out, "jsonl", terminal="table")
    entries = converted(unit_view(_task_rows(paths, jobs)), script)
    if form == "table":
        from .render import unit_table

        unit_table(entries)
    else:
        write("units", form, entries, out, paths)


def _inputs(inputs: list[str], glob: str) -> list[str]:
    """The files to read; those the directories held that --glob left out are named on stderr."""
    found = expanded(inputs, glob)
    if found.skipped:
        say(skipped_note(found.skipped))
    return found.paths


def _task_rows(paths: list[str], jobs: Optional[int]):
    """(path, task rows) of each input (a notice or a file planparse wrote), read by the batch
    workers, in the order given. A file that fails is reported and left out."""
    from ..batch import run
    from ..models import Task

    for res in run(paths, "tasks", jobs):
        if res.error:
            say(res.error)
            continue
        yield res.path, [Task.model_validate_json(line) for line in res.text.splitlines()]
