"""CLI: a thin typer layer over the library; the only module that imports typer or rich.

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


class TaskFormat(str, Enum):
    table = "table"
    jsonl = "jsonl"
    csv = "csv"


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


def _emit(text: str, out: Optional[str], inputs: list[Path]) -> None:
    from .serialize import write_atomic

    if out in (None, "-"):
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
    files: list[Path] = typer.Argument(..., help="Notice text files (UTF-8, UTF-16, GB18030, Big5)."),
    out: Optional[str] = typer.Option(None, "-o", "--output", help="Output file, or - for stdout (default)."),
    fmt: DocFormat = typer.Option(DocFormat.yaml, "--format", "-f", help="Output format."),
    out_dir: Optional[Path] = typer.Option(None, "--out-dir", help="Write one file per notice into this directory."),
    quiet: bool = typer.Option(False, "-q", "--quiet", help="Do not print diagnostics."),
) -> None:
    """Parse notices into structured YAML or JSON.

    Example: planparse extract data/raw/notice.txt --format json -o notice.json
    """
    from .serialize import dumps

    if len(files) > 1 and out_dir is None:
        _fail("several files need --out-dir DIR", 2)
    failed = 0
    for path in files:
        try:
            doc = _extract_one(path)
        except PlanParseError as e:
            typer.echo(f"planparse: {e}", err=True)
            failed += 1
            continue
        if not quiet:
            _report(doc, path)
        text = dumps(doc, fmt.value)
        if out_dir is not None:
            out_dir.mkdir(parents=True, exist_ok=True)
            _emit(text, str(_free_name(out_dir / f"{path.stem}.{fmt.value}")), files)
        else:
            _emit(text, out, files)
    if failed:
        raise typer.Exit(1)


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
    from .clean import clean as lib_clean
    from .read import read_path

    try:
        cleaned = lib_clean(read_path(file).text)
    except PlanParseError as e:
        _fail(str(e))
    _emit(cleaned.text, out, [file])
    typer.echo(f"{file}: {cleaned.removed} pinyin annotations removed", err=True)


@app.command()
def tasks(
    file: Path = typer.Argument(..., help="A notice, or a YAML/JSON file planparse wrote."),
    fmt: TaskFormat = typer.Option(None, "--format", "-f", help="table (default in a terminal), jsonl or csv."),
    out: Optional[str] = typer.Option(None, "-o", "--output", help="Output file, or - for stdout (default)."),
) -> None:
    """List the tasks (任务分工表): each leaf item with its units.

    Example: planparse tasks notice.txt --format jsonl
    """
    from .tasklist import tasks as lib_tasks

    try:
        rows = lib_tasks(_load(file))
    except PlanParseError as e:
        _fail(str(e))
    fmt = fmt or (TaskFormat.table if sys.stdout.isatty() and out in (None, "-") else TaskFormat.jsonl)
    if fmt is TaskFormat.table:
        from .render import task_table

        task_table(rows)
        return
    from .export import tasks_csv, tasks_jsonl

    _emit(tasks_jsonl(rows) if fmt is TaskFormat.jsonl else tasks_csv(rows), out, [file])


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
def schema(out: Optional[str] = typer.Option(None, "-o", "--output", help="Output file, or - for stdout.")) -> None:
    """Print the JSON Schema of the extract output.

    Example: planparse schema -o planparse.schema.json
    """
    from .schema import schema_json

    _emit(schema_json(), out, [])


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        typer.echo("planparse: interrupted", err=True)
        raise SystemExit(130)
