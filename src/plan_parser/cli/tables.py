"""The table commands: tasks (the 任务分工表), targets, units."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import typer

from .options import GLOB, JOBS, LANG, OUT, SCRIPT, Lang, RowFormat, Script, TaskFormat, converted, \
    converted_text, document, expanded, pick_format, say, skipped_note, write

INPUTS_HELP = "Notices, YAML/JSON files planparse wrote, directories, or - for stdin."
WITH_UNITS = typer.Option(False, "--with-units", help="Only tasks that name a responsible unit.")
SECTION = typer.Option(None, "--section", metavar="TEXT", help="Only tasks under a section whose title contains TEXT.")
ATTACHMENT = typer.Option(None, "--attachment", metavar="N", min=0,
                          help="Only tasks of attachment N (0: the notice's own text).")


def tasks(
    inputs: list[str] = typer.Argument(..., metavar="INPUT", help=INPUTS_HELP),
    fmt: Optional[TaskFormat] = typer.Option(
        None, "--format", "-f", help="table (default in a terminal), jsonl, csv, xlsx (needs -o) or markdown."),
    out: Optional[str] = OUT,
    glob: str = GLOB,
    jobs: Optional[int] = JOBS,
    with_units: bool = WITH_UNITS,
    section: Optional[str] = SECTION,
    attachment: Optional[int] = ATTACHMENT,
    everything: bool = typer.Option(False, "--all",
                                    help="xlsx: keep items with no unit, target or time (指导思想, 基本原则)."),
    lang: Lang = LANG,
    script: Optional[Script] = SCRIPT,
) -> None:
    """List the tasks (任务分工表): each leaf item with its units, deadline and targets.

    Several notices give one table (the file column says where each task comes from);
    an xlsx has one sheet per notice. Example: planparse tasks notice.txt -o 任务分工表.xlsx
    """
    from ..output.tables import select
    from ..output.tasks import tasks as lib_tasks

    paths = _inputs(inputs, glob)
    form = pick_format("tasks", fmt, out, "jsonl", terminal="table")
    keep = dict(with_units=with_units, section=section, attachment=attachment)
    stdin = sys.stdin.buffer.read() if "-" in paths else None
    if form == "xlsx":
        write("tasks", form, _sheets(paths, stdin, jobs, keep, script), out, paths, everything=everything)
        return
    if len(paths) == 1:  # an unusable input is an error (exit 1), not a file left out
        found = [lib_tasks(document(paths[0], stdin))]
    else:
        found = [got for _, got in _task_rows(paths, jobs, stdin)]
    rows = converted(select([r for got in found for r in got], **keep), script)
    if form == "table":
        from .render import task_table

        task_table(rows, lang=lang.value)
    else:
        write("tasks", form, rows, out, paths, with_file=len(paths) > 1)


def _sheets(paths: list[str], stdin: bytes | None, jobs: Optional[int], keep: dict, script) -> list:
    """One sheet of the 任务分工表 per notice, with its title and 文号."""
    from ..batch import run
    from ..output.tables import select
    from ..output.tasks import tasks as lib_tasks
    from ..output.xlsx import Sheet
    from ..output.serialize import loads

    sheets = []
    for res in run(paths, "json", jobs, stdin=stdin):
        if res.error:
            say(res.error)
            continue
        doc = loads(res.text, res.path)
        title = doc.notice.title or (doc.plan.title if doc.plan else None)
        head = converted_text([title or "", doc.notice.doc_number or ""], script)
        rows = converted(select(lib_tasks(doc), **keep), script)
        sheets.append(Sheet(file=res.path, title=head[0] or None, doc_number=head[1] or None, tasks=tuple(rows)))
    return sheets


def _year(value: Optional[int]) -> Optional[int]:
    if value is not None and not FIRST_YEAR <= value <= LAST_YEAR:
        raise typer.BadParameter(f"{value} is not a year (give four digits, e.g. 2025)")
    return value


FIRST_YEAR, LAST_YEAR = 1900, 2200  # a plan's deadline year lies in here


def targets(
    inputs: list[str] = typer.Argument(..., metavar="INPUT", help=INPUTS_HELP),
    fmt: Optional[RowFormat] = typer.Option(None, "--format", "-f", help="table (default in a terminal), jsonl or csv."),
    by: Optional[int] = typer.Option(None, "--by", callback=_year, metavar="YEAR",
                                     help="Only what must hold by the end of this year (and yearly targets)."),
    glob: str = GLOB,
    jobs: Optional[int] = JOBS,
    out: Optional[str] = OUT,
    with_units: bool = WITH_UNITS,
    section: Optional[str] = SECTION,
    attachment: Optional[int] = ATTACHMENT,
    lang: Lang = LANG,
) -> None:
    """List the quantitative targets: what is measured, value, unit, comparator, deadline, task and units.

    One row per target; several notices give one table (the file column says where each
    comes from). Example: planparse targets notices/ --by 2025 --format csv -o targets.csv
    """
    from ..output.tables import select
    from ..output.tasks import target_rows
    from ..output.tasks import tasks as lib_tasks

    paths = _inputs(inputs, glob)
    form = pick_format("targets", fmt, out, "jsonl", terminal="table")
    keep = dict(with_units=with_units, section=section, attachment=attachment)
    stdin = sys.stdin.buffer.read() if "-" in paths else None
    if len(paths) == 1:  # an unusable input is an error (exit 1), not a file left out
        found = [lib_tasks(document(paths[0], stdin))]
    else:
        found = [got for _, got in _task_rows(paths, jobs, stdin)]
    rows = [row for got in found for row in target_rows(select(got, **keep), by=by)]
    if form == "table":
        from .render import target_table

        target_table(rows, lang=lang.value)
    else:
        write("targets", form, rows, out, paths, with_file=len(paths) > 1)


def units(
    inputs: list[str] = typer.Argument(..., metavar="INPUT", help=INPUTS_HELP),
    fmt: Optional[RowFormat] = typer.Option(
        None, "--format", "-f", help="table (default in a terminal: one line per unit), or one row per unit, "
                                     "task and role: jsonl or csv."),
    glob: str = GLOB,
    jobs: Optional[int] = JOBS,
    out: Optional[str] = OUT,
    lang: Lang = LANG,
    script: Optional[Script] = SCRIPT,
) -> None:
    """For each responsible unit, the tasks it leads, supports or answers for, across notices.

    The table groups tasks by unit (names compared after width, white space and
    traditional/simplified folding: the unit_key column of csv and jsonl); csv and jsonl
    give one row per unit, task and role, for pandas, R or DuckDB.
    Example: planparse units notices/ --format csv -o units.csv
    """
    paths = _inputs(inputs, glob)
    form = pick_format("units", fmt, out, "jsonl", terminal="table")
    stdin = sys.stdin.buffer.read() if "-" in paths else None
    found = [(p, converted(rows, script)) for p, rows in _task_rows(paths, jobs, stdin)]
    if form == "table":
        from ..output.units import unit_view
        from .render import unit_table

        unit_table(unit_view(found), lang=lang.value)
    else:
        write("units", form, [r for _, got in found for r in got], out, paths, with_file=len(paths) > 1)


def _inputs(inputs: list[str], glob: str) -> list[str]:
    """The files to read; those the directories held that --glob left out are named on stderr."""
    found = expanded(inputs, glob)
    if found.skipped:
        say(skipped_note(found.skipped))
    return found.paths


def _task_rows(paths: list[str], jobs: Optional[int], stdin: bytes | None = None):
    """(path, task rows) of each input (a notice, a file planparse wrote, or - for stdin), read
    by the batch workers, in the order given. A file that fails is reported and left out."""
    from ..batch import run
    from ..models import Task

    for res in run(paths, "tasks", jobs, stdin=stdin):
        if res.error:
            say(res.error)
            continue
        yield res.path, [Task.model_validate_json(line) for line in res.data.splitlines()]
