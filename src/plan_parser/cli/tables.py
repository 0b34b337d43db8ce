"""The table commands: tasks (the 任务分工表), targets, units."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import typer

from ..errors import PlanParseError
from .options import (
    LANG,
    SCRIPT,
    Lang,
    RowFormat,
    Script,
    TaskFormat,
    converted,
    converted_text,
    emit,
    fail,
    loaded,
    to_terminal,
)


def tasks(
    inputs: list[str] = typer.Argument(..., metavar="INPUT",
                                       help="Notices, YAML/JSON files planparse wrote, directories, or - for stdin."),
    fmt: Optional[TaskFormat] = typer.Option(
        None, "--format", "-f", help="table (default in a terminal), jsonl, csv, xlsx (needs -o) or markdown."),
    out: Optional[str] = typer.Option(None, "-o", "--output", metavar="FILE",
                                      help="Output file, or - for stdout (default)."),
    glob: str = typer.Option("*.txt", "--glob", metavar="PATTERN", help="Which files to take from directories."),
    with_units: bool = typer.Option(False, "--with-units", help="Only tasks that name a responsible unit."),
    section: Optional[str] = typer.Option(None, "--section", metavar="TEXT",
                                          help="Only tasks under a section whose title contains TEXT."),
    attachment: Optional[int] = typer.Option(None, "--attachment", metavar="N", min=0,
                                             help="Only tasks of attachment N (0: the notice's own text)."),
    everything: bool = typer.Option(False, "--all",
                                    help="xlsx: keep items with no unit, target or time (指导思想, 基本原则)."),
    lang: Lang = LANG,
    script: Optional[Script] = SCRIPT,
) -> None:
    """List the tasks (任务分工表): each leaf item with its units, deadline and targets.

    Several notices give one table (the file column says where each task comes from);
    --format xlsx gives one sheet per notice. Example:
    planparse tasks notice.txt --format xlsx -o 任务分工表.xlsx
    """
    from ..batch import expand
    from ..output.tables import select

    paths = expand(inputs, glob)
    if not paths:
        fail(f"{' '.join(inputs)}: a directory with no {glob} files")
    fmt = fmt or (TaskFormat.table if to_terminal(out) else TaskFormat.jsonl)
    if fmt is TaskFormat.xlsx and out in (None, "-"):
        fail("--format xlsx needs -o FILE.xlsx", 2)
    keep = dict(with_units=with_units, section=section, attachment=attachment)
    stdin = sys.stdin.buffer.read() if "-" in paths else None
    if fmt is TaskFormat.xlsx:
        _write_xlsx(paths, stdin, keep, everything, script, out)
        return
    found = _task_rows(paths, None, stdin) if len(paths) > 1 else [(paths[0], _single_rows(paths[0], stdin))]
    rows = converted(select([r for _, got in found for r in got], **keep), script)
    _write_tasks(rows, fmt, out, paths, lang)


def _write_tasks(rows, fmt: TaskFormat, out: Optional[str], paths: list[str], lang: Lang) -> None:
    from ..output import export, tables

    if fmt is TaskFormat.table:
        from .render import task_table

        task_table(rows, lang=lang.value)
        return
    several = len(paths) > 1
    writers = {TaskFormat.jsonl: export.jsonl, TaskFormat.csv: lambda r: tables.tasks_csv(r, several),
               TaskFormat.markdown: export.tasks_markdown}
    emit(writers[fmt](rows), out, _files(paths))


def _write_xlsx(paths, stdin, keep: dict, everything: bool, script, out: str) -> None:
    """One sheet per notice, with its title and 文号 (each notice read here, in the order given)."""
    from ..output.tables import select
    from ..output.tasks import tasks as lib_tasks
    from ..output.xlsx import Sheet, workbook

    sheets = []
    for p in paths:
        doc = _single_doc(p, stdin)
        title = doc.notice.title or (doc.plan.title if doc.plan else None)
        rows = converted(select(lib_tasks(doc), **keep), script)
        head = converted_text([title or "", doc.notice.doc_number or ""], script)
        sheets.append(Sheet(file=p, title=head[0] or None, doc_number=head[1] or None, tasks=tuple(rows)))
    emit(workbook(sheets, everything), out, _files(paths))


def _single_doc(path: str, stdin: bytes | None):
    if path != "-":
        return loaded(Path(path))
    from .. import parse_bytes

    try:
        return parse_bytes(stdin or b"", "-")
    except PlanParseError as e:
        fail(str(e))


def _single_rows(path: str, stdin: bytes | None):
    from ..output.tasks import tasks as lib_tasks

    return lib_tasks(_single_doc(path, stdin))


def _files(paths: list[str]) -> list[Path]:
    return [Path(p) for p in paths if p != "-"]


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
    inputs: list[str] = typer.Argument(..., metavar="INPUT",
                                       help="Notices, YAML/JSON files planparse wrote, directories, or - for stdin."),
    fmt: Optional[RowFormat] = typer.Option(
        None, "--format", "-f", help="table (default in a terminal: one line per unit), or one row per unit, "
                                     "task and role: jsonl or csv."),
    glob: str = typer.Option("*.txt", "--glob", metavar="PATTERN", help="Which files to take from directories."),
    jobs: Optional[int] = typer.Option(None, "-j", "--jobs", min=1, metavar="N",
                                       help="Worker processes (default: the cores)."),
    out: Optional[str] = typer.Option(None, "-o", "--output", metavar="FILE",
                                      help="Output file, or - for stdout (default)."),
    lang: Lang = LANG,
    script: Optional[Script] = SCRIPT,
) -> None:
    """For each responsible unit, the tasks it leads, supports or answers for, across notices.

    The table groups tasks by unit (names compared after width, white space and
    traditional/simplified folding: the unit_key column of csv and jsonl); csv and jsonl
    give one row per unit, task and role, for pandas, R or DuckDB.
    Example: planparse units notices/ --format csv -o units.csv
    """
    from ..batch import expand

    paths = expand(inputs, glob)
    stdin = sys.stdin.buffer.read() if "-" in paths else None
    found = [(p, converted(rows, script)) for p, rows in _task_rows(paths, jobs, stdin)]
    fmt = fmt or (RowFormat.table if to_terminal(out) else RowFormat.jsonl)
    if fmt is RowFormat.table:
        from ..output.units import unit_view
        from .render import unit_table

        unit_table(unit_view(found), lang=lang.value)
        return
    from ..output import tables

    rows = [r for _, got in found for r in got]
    write = tables.units_jsonl if fmt is RowFormat.jsonl else tables.units_csv
    emit(write(rows, len(paths) > 1), out, _files(paths))


def _task_rows(paths: list[str], jobs: Optional[int], stdin: bytes | None = None):
    """(path, task rows) of each input, notices parsed by the batch workers; files that
    planparse wrote are read here. A file that fails is reported and skipped."""
    from ..batch import run
    from ..models import Task
    from ..output.tasks import tasks as lib_tasks

    written = {p for p in paths if Path(p).suffix.lower() in (".yaml", ".yml", ".json")}
    parsed = run([p for p in paths if p not in written], "tasks", jobs, stdin=stdin)
    for p in paths:  # in the order given
        if p in written:
            yield p, lib_tasks(loaded(Path(p)))
            continue
        res = next(parsed)
        if res.error:
            typer.echo(f"planparse: {res.error}", err=True)
            continue
        yield res.path, [Task.model_validate_json(line) for line in res.text.splitlines()]
