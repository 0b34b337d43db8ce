"""CLI: a thin typer layer over the library; the only module that imports typer.

rich is used only by the presentation modules it calls (render, diffreport, batchcli);
the library itself never prints.

Data goes to stdout or ``-o FILE``; messages and diagnostics to stderr. Exit codes:
0 ok, 1 unusable input, 2 usage error.
"""
from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Optional

import typer

from . import __version__
from .errors import PlanParseError

app = typer.Typer(
    name="planparse",
    help="Turn Chinese government policy notices into validated, structured data.\n\n"
    "Example: planparse extract notice.txt -o notice.yaml",
    no_args_is_help=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)


class DocFormat(str, Enum):
    yaml = "yaml"
    json = "json"
    jsonl = "jsonl"


class TaskFormat(str, Enum):
    table = "table"
    jsonl = "jsonl"
    csv = "csv"
    xlsx = "xlsx"
    markdown = "markdown"


class RowFormat(str, Enum):
    table = "table"
    jsonl = "jsonl"
    csv = "csv"


class Script(str, Enum):
    simplified = "simplified"
    traditional = "traditional"


SCRIPT = typer.Option(None, "--script", help="Write the output in one script, whatever the input used.")


def _fail(message: str, code: int = 1) -> None:
    typer.echo(f"planparse: {message}", err=True)
    raise typer.Exit(code)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"planparse {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Show the version and exit."),
) -> None:
    """Turn Chinese government policy notices into validated, structured data."""


def _load(path: Path):
    """A Document from a notice, or from a file planparse wrote (.yaml/.yml/.json)."""
    from .read import read_path
    from .serialize import loads

    if path.suffix.lower() in (".yaml", ".yml", ".json"):
        return loads(read_path(path).text, str(path))  # the read stage's checks and messages
    return _extract_one(path)


def _emit(text: str | bytes, out: Optional[str], inputs: list[Path]) -> None:
    from .serialize import write_atomic

    if out in (None, "-"):
        if isinstance(text, bytes):
            sys.stdout.buffer.write(text)
        else:
            sys.stdout.write(text)
        return
    target = Path(out)
    if any(_same_file(target, p) for p in inputs):
        _fail(f"refusing to write over the input file {out}", 2)
    if target.is_dir():
        _fail(f"{out} is a directory (use --out-dir)", 2)
    try:
        write_atomic(target, text)
    except OSError as e:
        _fail(f"cannot write {out}: {e.strerror or e}")


def _same_file(a: Path, b: Path) -> bool:
    """Whether ``a`` and ``b`` name one file (through ``..``, symbolic or hard links)."""
    try:
        return a.resolve() == b.resolve() or (a.exists() and b.exists() and a.samefile(b))
    except OSError:
        return False


def _report(doc, path: Path) -> None:
    """Diagnostics to stderr, one line each with the input line."""
    for d in doc.diagnostics:
        if d.severity == "warning" and d.code != "unparsed":
            typer.echo(f"{path}:{d.line or 0}: {d.code}: {d.message}", err=True)


@app.command()
def extract(
    inputs: list[str] = typer.Argument(..., help="Notice files, directories (searched recursively) or - for stdin."),
    out: Optional[str] = typer.Option(None, "-o", "--output", help="Output file, or - for stdout (default)."),
    fmt: DocFormat = typer.Option(DocFormat.yaml, "--format", "-f", help="yaml, json, or jsonl (one document a line)."),
    out_dir: Optional[Path] = typer.Option(None, "--out-dir", help="Write one file per notice into this directory."),
    glob: str = typer.Option("*.txt", "--glob", help="Which files to take from directories."),
    jobs: Optional[int] = typer.Option(None, "-j", "--jobs", min=1, help="Worker processes (default: the cores)."),
    script: Optional[Script] = SCRIPT,
    quiet: bool = typer.Option(False, "-q", "--quiet", help="Do not print diagnostics or the summary."),
) -> None:
    """Parse notices into structured YAML or JSON.

    Example: planparse extract data/raw/notice.txt --format json -o notice.json

    Many at once: planparse extract notices/ --out-dir out/ -j 4, or
    planparse extract notices/ --format jsonl > all.jsonl
    """
    from .batch import expand

    paths = expand(inputs, glob)
    if not paths:
        _fail(f"{' '.join(inputs)}: a directory with no {glob} files")
    if len(paths) == 1 and out_dir is None and fmt is not DocFormat.jsonl:
        _extract_single(paths[0], out, fmt.value, script and script.value, quiet)
        return
    if out_dir is None and fmt is not DocFormat.jsonl:
        _fail("several notices need --out-dir DIR, or --format jsonl", 2)
    stdin = sys.stdin.buffer.read() if "-" in paths else None
    from .batchcli import run_batch

    failed = run_batch(paths, fmt.value, out, out_dir, jobs, script and script.value, quiet, stdin)
    if failed:
        raise typer.Exit(1)


def _extract_single(name: str, out: Optional[str], fmt: str, script: Optional[str], quiet: bool) -> None:
    """One notice (a file, or ``-`` for stdin) to stdout or ``-o``."""
    from . import parse_bytes
    from .serialize import dumps

    try:
        # a file planparse wrote is read back (extract then converts YAML <-> JSON)
        doc = parse_bytes(sys.stdin.buffer.read(), "-") if name == "-" else _load(Path(name))
    except PlanParseError as e:
        _fail(str(e))
    if not quiet:
        _report(doc, Path(name))
    _emit(dumps(doc, fmt, script=script), out, [] if name == "-" else [Path(name)])


def _extract_one(path: Path):
    from . import extract as lib_extract

    try:
        return lib_extract(path)
    except PlanParseError:
        raise
    except RecursionError:
        raise PlanParseError(f"{path}: nesting too deep to parse") from None


def _free_name(target: Path) -> Path:
    """``target``, or ``name-2.ext``… when a file of that name exists (never overwrite)."""
    n = 2
    candidate = target
    while candidate.exists():
        candidate = target.with_name(f"{target.stem}-{n}{target.suffix}")
        n += 1
    return candidate


@app.command()
def clean(
    file: Path = typer.Argument(..., help="A notice text file."),
    out: Optional[str] = typer.Option(None, "-o", "--output", help="Output file, or - for stdout (default)."),
) -> None:
    """Strip inline pinyin annotations (濟南(nán)市 -> 濟南市) and print the text.

    Example: planparse clean notice.txt -o notice.clean.txt
    """
    from .pinyin import clean as lib_clean
    from .read import read_path

    try:
        cleaned = lib_clean(read_path(file).text)
    except PlanParseError as e:
        _fail(str(e))
    _emit(cleaned.text, out, [file])
    typer.echo(f"{file}: {cleaned.removed} pinyin annotations removed", err=True)


@app.command()
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
    from . import export
    from .batch import expand
    from .tasklist import tasks as lib_tasks

    paths = expand(inputs, glob)
    if not paths:
        _fail(f"{' '.join(inputs)}: a directory with no {glob} files")
    if len(paths) == 1:
        rows = lib_tasks(_loaded(Path(paths[0])))
    else:
        rows = [row for _, found in _task_rows(paths, None) for row in found]
    rows = _converted(rows, script)
    fmt = fmt or (TaskFormat.table if _to_terminal(out) else TaskFormat.jsonl)
    if fmt is TaskFormat.table:
        from .render import task_table

        task_table(rows)
    elif fmt is TaskFormat.xlsx:
        if out in (None, "-"):
            _fail("--format xlsx needs -o FILE.xlsx", 2)
        _emit(export.tasks_xlsx(rows), out, [Path(p) for p in paths])
    else:
        writers = {TaskFormat.jsonl: export.jsonl, TaskFormat.csv: export.tasks_csv,
                   TaskFormat.markdown: export.tasks_markdown}
        _emit(writers[fmt](rows), out, [Path(p) for p in paths])


@app.command()
def targets(
    file: Path = typer.Argument(..., help="A notice, or a YAML/JSON file planparse wrote."),
    fmt: Optional[RowFormat] = typer.Option(None, "--format", "-f", help="table (default in a terminal), jsonl or csv."),
    by: Optional[int] = typer.Option(None, "--by", help="Only what must hold by the end of this year (and yearly targets)."),
    out: Optional[str] = typer.Option(None, "-o", "--output", help="Output file, or - for stdout (default)."),
) -> None:
    """List the quantitative targets: value, unit, comparator, deadline, task and units.

    Example: planparse targets notice.txt --by 2025
    """
    from . import export
    from .tasklist import target_rows, tasks as lib_tasks

    rows = target_rows(lib_tasks(_loaded(file)), by=by)
    fmt = fmt or (RowFormat.table if _to_terminal(out) else RowFormat.jsonl)
    if fmt is RowFormat.table:
        from .render import target_table

        target_table(rows)
    else:
        _emit(export.jsonl(rows) if fmt is RowFormat.jsonl else export.targets_csv(rows), out, [file])


@app.command()
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
    from . import export
    from .batch import expand
    from .unitview import unit_view

    entries = _converted(unit_view(_task_rows(expand(inputs, glob), jobs)), script)
    fmt = fmt or (RowFormat.table if _to_terminal(out) else RowFormat.jsonl)
    if fmt is RowFormat.table:
        from .render import unit_table

        unit_table(entries)
    else:
        _emit(export.jsonl(entries) if fmt is RowFormat.jsonl else export.units_csv(entries), out, [])


def _task_rows(paths: list[str], jobs: Optional[int]):
    """(path, task rows) of each input, notices parsed by the batch workers; files that
    planparse wrote are read here. A file that fails is reported and skipped."""
    from .batch import run
    from .models import Task
    from .tasklist import tasks as lib_tasks

    written = {p for p in paths if Path(p).suffix.lower() in (".yaml", ".yml", ".json")}
    parsed = run([p for p in paths if p not in written], "tasks", jobs)
    for p in paths:  # in the order given
        if p in written:
            yield p, lib_tasks(_loaded(Path(p)))
            continue
        res = next(parsed)
        if res.error:
            typer.echo(f"planparse: {res.error}", err=True)
            continue
        yield res.path, [Task.model_validate_json(line) for line in res.text.splitlines()]


def _loaded(path: Path):
    """``_load``, with an unusable input turned into a one-line error and exit 1."""
    try:
        return _load(path)
    except PlanParseError as e:
        _fail(str(e))


def _converted(rows: list, script: Optional[Script]) -> list:
    """Rows rewritten in one script (their strings converted), or as they are."""
    if not script:
        return list(rows)
    from .script import convert

    return [type(r).model_validate(convert(r.model_dump(mode="json"), script.value)) for r in rows]


def _to_terminal(out: Optional[str]) -> bool:
    return out in (None, "-") and sys.stdout.isatty()


@app.command()
def show(file: Path = typer.Argument(..., help="A notice, or a YAML/JSON file planparse wrote.")) -> None:
    """Show the document as a tree, with its diagnostics.

    Example: planparse show notice.txt
    """
    from .render import document_tree

    try:
        doc = _load(file)
    except PlanParseError as e:
        _fail(str(e))
    document_tree(doc)


@app.command()
def diff(
    old: Path = typer.Argument(..., help="The earlier version: a notice, or a YAML/JSON file planparse wrote."),
    new: Path = typer.Argument(..., help="The later version: a notice, or a YAML/JSON file planparse wrote."),
    fmt: str = typer.Option("text", "--format", "-f", help="text (a report for the terminal), json or markdown."),
    out: Optional[str] = typer.Option(None, "-o", "--output", help="Output file, or - for stdout (default)."),
) -> None:
    """Show what changed between two versions of a plan, task by task.

    Tasks are matched by content, not by number: a task that only shifted because
    another was inserted before it is reported as renumbered, never as changed.
    Exit status as diff(1): 0 no change, 1 changes, 2 trouble.

    Example: planparse diff plan-2022.txt plan-2023.yaml --format markdown -o changes.md
    """
    if fmt not in ("text", "json", "markdown"):
        _fail(f"unknown format {fmt!r} (text, json or markdown)", 2)
    try:
        result = _diff_write(old, new, fmt, out)
    except typer.Exit:
        raise
    except PlanParseError as e:
        _fail(str(e), 2)
    except RecursionError:
        _fail("nesting too deep to parse", 2)
    except OSError as e:  # reading is InputError already: this is writing -o
        _fail(f"cannot write {out}: {e.strerror or e.__class__.__name__}", 2)
    except Exception as e:  # diff(1): trouble is 2, never 1 (1 means "they differ")
        _fail(f"internal error: {e.__class__.__name__}: {str(e).splitlines()[0] if str(e) else ''}", 2)
    raise typer.Exit(0 if result.same else 1)


def _diff_write(old: Path, new: Path, fmt: str, out: Optional[str]):
    """Diff ``old`` against ``new`` and write the report; returns the ``Diff``."""
    from .compare import diff as lib_diff, load_side
    from .diffreport import to_json, to_markdown, to_text

    result = lib_diff(load_side(old), load_side(new))
    to_stdout = out in (None, "-")
    if fmt == "text":
        import io

        from rich.console import Console

        buf = None if to_stdout else io.StringIO()
        console = Console(highlight=False) if to_stdout else Console(file=buf, width=100, color_system=None, highlight=False)
        to_text(result, console)
        if to_stdout:
            return result
        text = buf.getvalue()
    else:
        text = to_json(result) if fmt == "json" else to_markdown(result)
    if to_stdout:
        sys.stdout.write(text)
        return result
    target = Path(out)
    if any(_same_file(target, p) for p in (old, new)):
        _fail(f"refusing to write over the input file {out}", 2)
    if target.is_dir():
        _fail(f"{out} is a directory", 2)
    from .serialize import write_atomic

    write_atomic(target, text)
    return result


@app.command()
def schema(
    kind: str = typer.Option("document", "--kind", help="document (extract), task (tasks) or target (targets)."),
    out: Optional[str] = typer.Option(None, "-o", "--output", help="Output file, or - for stdout."),
) -> None:
    """Print the JSON Schema of an output: a document, a task line or a target line.

    Example: planparse schema --kind task -o task.schema.json
    """
    from .schema import KINDS, schema_json

    if kind not in KINDS:
        _fail(f"unknown kind {kind!r} ({', '.join(KINDS)})", 2)
    _emit(schema_json(kind), out, [])


server_app = typer.Typer(
    help="A warm background process that runs planparse commands, so that each starts fast.\n\n"
    "While it runs, every planparse command of this installation goes through it (same output, same exit "
    "status); PLANPARSE_SERVER=off runs a command without it.\n\n"
    "Example: planparse server start, then planparse extract notice.txt as usual; planparse server stop",
    no_args_is_help=True,
)
app.add_typer(server_app, name="server")


@server_app.command("start")
def server_start(
    idle: int = typer.Option(1800, "--idle", min=1, help="Stop after this many seconds without a command."),
) -> None:
    """Start the server in the background (or say that it runs)."""
    from .server import start

    try:
        typer.echo(start(idle))
    except OSError as e:
        _fail(str(e))


@server_app.command("stop")
def server_stop() -> None:
    """Stop the server."""
    from .server import stop

    typer.echo(stop())


@server_app.command("status")
def server_status() -> None:
    """Say whether a server runs, since when and how many commands it ran."""
    from .server import status

    typer.echo(status())


def main() -> None:
    import errno
    import os

    # pydantic looks up plugin entry points when it builds the first model (~20 ms of
    # importlib.metadata); planparse uses none. Only for this process, and only if unset.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    try:
        app(prog_name="planparse")
    except KeyboardInterrupt:
        typer.echo("planparse: interrupted", err=True)
        raise SystemExit(130)
    except OSError as e:  # standard output failed: a full disk, or the reader left (| head)
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # nothing more to flush at exit
        if e.errno != errno.EPIPE:
            typer.echo(f"planparse: cannot write the output: {e.strerror or e}", err=True)
        raise SystemExit(1)
