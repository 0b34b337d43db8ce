"""The table commands: tasks (the 任务分工表), targets, units."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from .options import (
    SCRIPT,
    RowFormat,
    Script,
    TaskFormat,
    converted,
    emit,
    fail,
    loaded,
    to_terminal,
)


def tasks(
    inputs: list[str] = typer.Argument(..., help="Notices, YAML/JSON files planparse wrote, or directories."),
    fmt: Optional[TaskFormat] = typer.Option(
        None, "--format", "-f", help="table (default in a terminal), jsonl, csv, xlsx (needs -o) or markdown."),
    out: Optional[str] = typer.Option(None, "-o", "--output", help="Output file, or - for stdout (default)."),
    glob: str = typer.Option("*.txt", "--glob", help="Which files to take from directories."),
    script: Optional[Script] = SCRIPT,
) -> None:
    """List the tasks (任务分工表): each leaf item with its units, deadline and targets.

    Several notices give one table (the 来源/file column says where each task comes from).
    Example: planparse tasks notice.txt --format xlsx -o 任务分工表.xlsx
    """
    from ..output import export
    from ..batch import expand
    from ..output.tasks import tasks as lib_tasks

    paths = expand(inputs, glob)
    if not paths:
        fail(f"{' '.join(inputs)}: a directory with no {glob} files")
    if len(paths) == 1:
        rows = lib_tasks(loaded(Path(paths[0])))
    else:
        rows = [row for _, found in _task_rows(paths, None) for row in found]
    rows = converted(rows, script)
    fmt = fmt or (TaskFormat.table if to_terminal(out) else TaskFormat.jsonl)
    if fmt is TaskFormat.table:
        from .render import task_table

        task_table(rows)
    elif fmt is TaskFormat.xlsx:
        if out in (None, "-"):
            fail("--format xlsx needs -o FILE.xlsx", 2)
        emit(export.tasks_xlsx(rows), out, [Path(p) for p in paths])
    else:
        writers = {TaskFormat.jsonl: export.jsonl, TaskFormat.csv: export.tasks_csv,
                   TaskFormat.markdown: export.tasks_markdown}
        emit(writers[fmt](rows), out, [Path(p) for p in paths])


def targets(
    file: Path = typer.Argument(..., help="A notice, or a YAML/JSON file planparse wrote."),
    fmt: Optional[RowFormat] = typer.Option(None, "--format", "-f", help="table (default in a terminal), jsonl or csv."),
    by: Optional[int] = typer.Option(None, "--by", help="Only what must hold by the end of this year (and yearly targets)."),
    out: Optional[str] = typer.Option(None, "-o", "--output", help="Output file, or - for stdout (default)."),
) -> None:
    """List the quantitative targets: value, unit, comparator, deadline, task and units.

    Example: planparse targets notice.txt --by 2025
    """
    from ..output import export
    from ..output.tasks import target_rows
    from ..output.tasks import tasks as lib_tasks

    rows = target_rows(lib_tasks(loaded(file)), by=by)
    fmt = fmt or (RowFormat.table if to_terminal(out) else RowFormat.jsonl)
    if fmt is RowFormat.table:
        from .render import target_table

        target_table(rows)
    else:
        emit(export.jsonl(rows) if fmt is RowFormat.jsonl else export.targets_csv(rows), out, [file])


def units(
    inputs: list[str] = typer.Argument(..., help="Notices, YAML/JSON files planparse wrote, or directories."),
    fmt: Optional[RowFormat] = typer.Option(None, "--format", "-f", help="table (default in a terminal), jsonl or csv."),
    glob: str = typer.Option("*.txt", "--glob", help="Which files to take from directories."),
    jobs: Optional[int] = typer.Option(None, "-j", "--jobs", min=1, help="Worker processes (default: the cores)."),
    out: Optional[str] = typer.Option(None, "-o", "--output", help="Output file, or - for stdout (default)."),
    script: Optional[Script] = SCRIPT,
) -> None:
    """For each responsible unit, the tasks it leads, supports or answers for, across notices.

    Names are compared after width, white space and traditional/simplified folding.
    Example: planparse units notices/ --format csv -o units.csv
    """
    from ..output import export
    from ..batch import expand
    from ..output.units import unit_view

    entries = converted(unit_view(_task_rows(expand(inputs, glob), jobs)), script)
    fmt = fmt or (RowFormat.table if to_terminal(out) else RowFormat.jsonl)
    if fmt is RowFormat.table:
        from .render import unit_table

        unit_table(entries)
    else:
        emit(export.jsonl(entries) if fmt is RowFormat.jsonl else export.units_csv(entries), out, [])


def _task_rows(paths: list[str], jobs: Optional[int]):
    """(path, task rows) of each input, notices parsed by the batch workers; files that
    planparse wrote are read here. A file that fails is reported and skipped."""
    from ..batch import run
    from ..models import Task
    from ..output.tasks import tasks as lib_tasks

    written = {p for p in paths if Path(p).suffix.lower() in (".yaml", ".yml", ".json")}
    parsed = run([p for p in paths if p not in written], "tasks", jobs)
    for p in paths:  # in the order given
        if p in written:
            yield p, lib_tasks(loaded(Path(p)))
            continue
        res = next(parsed)
        if res.error:
            typer.echo(f"planparse: {res.error}", err=True)
            continue
        yield res.path, [Task.model_validate_json(line) for line in res.data.splitlines()]
