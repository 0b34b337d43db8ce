"""The CLI's shared parts: the typer app, option types, and reading/writing helpers.

Data goes to stdout or ``-o FILE``; messages and diagnostics to stderr. Exit codes:
0 ok, 1 unusable input, 2 usage error.
"""
from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Optional

import typer

from .. import __version__
from ..errors import PlanParseError
from .plain import PlainGroup

app = typer.Typer(
    name="planparse",
    help="Turn Chinese government policy notices into validated, structured data.\n\n"
    "Example: planparse extract notice.txt -o notice.yaml",
    no_args_is_help=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    cls=PlainGroup,  # usage errors in plain words
)


class DocFormat(str, Enum):
    yaml = "yaml"
    json = "json"
    jsonl = "jsonl"
    parquet = "parquet"


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


class Lang(str, Enum):
    en = "en"
    zh = "zh"


LANG = typer.Option(Lang.en, "--lang", help="The table view's headers: en (default) or zh (中文).")


def fail(message: str, code: int = 1) -> None:
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


def load(path: Path):
    """A Document from a notice, or from a file planparse wrote (.yaml/.yml/.json)."""
    from ..parse.read import read_path
    from ..output.serialize import loads

    if path.suffix.lower() in (".yaml", ".yml", ".json"):
        return loads(read_path(path).text, str(path))  # the read stage's checks and messages
    return extract_one(path)


def emit(text: str | bytes, out: Optional[str], inputs: list[Path]) -> None:
    from ..output.serialize import write_atomic

    if out in (None, "-"):
        if isinstance(text, str):  # encoded at once: the text layer writes a long text slowly
            text = text.encode(sys.stdout.encoding or "utf-8", sys.stdout.errors or "strict")
        sys.stdout.flush()
        sys.stdout.buffer.write(text)
        return
    target = Path(out)
    if any(same_file(target, p) for p in inputs):
        fail(f"refusing to write over the input file {out}", 2)
    if target.is_dir():
        fail(f"{out} is a directory (use --out-dir)", 2)
    try:
        write_atomic(target, text)
    except OSError as e:
        fail(f"cannot write {out}: {e.strerror or e}")


def same_file(a: Path, b: Path) -> bool:
    """Whether ``a`` and ``b`` name one file (through ``..``, symbolic or hard links)."""
    try:
        return a.resolve() == b.resolve() or (a.exists() and b.exists() and a.samefile(b))
    except OSError:
        return False


def report(doc, path: Path) -> None:
    """Diagnostics to stderr, one line each with the input line."""
    for d in doc.diagnostics:
        if d.severity == "warning" and d.code != "unparsed":
            typer.echo(f"{path}:{d.line or 0}: {d.code}: {d.message}", err=True)


def loaded(path: Path):
    """``load``, with an unusable input turned into a one-line error and exit 1."""
    try:
        return load(path)
    except PlanParseError as e:
        fail(str(e))


def converted(rows: list, script: Optional[Script]) -> list:
    """Rows rewritten in one script (their strings converted), or as they are."""
    if not script:
        return list(rows)
    from ..output.script import convert

    return [type(r).model_validate(convert(r.model_dump(mode="json"), script.value)) for r in rows]


def converted_text(texts: list[str], script: Optional[Script]) -> list[str]:
    """Strings written in one script, or as they are."""
    if not script:
        return list(texts)
    from ..output.script import convert

    return convert(list(texts), script.value)


def to_terminal(out: Optional[str]) -> bool:
    return out in (None, "-") and sys.stdout.isatty()

def extract_one(path: Path):
    from .. import extract as lib_extract

    try:
        return lib_extract(path)
    except PlanParseError:
        raise
    except RecursionError:
        raise PlanParseError(f"{path}: nesting too deep to parse") from None
