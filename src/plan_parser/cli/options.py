"""The CLI's shared parts: the typer app (``new_app``), the options every command spells alike (-o,
--format, -j, --glob, --script), choosing the format, writing the output, and the one
translator of library errors into a message and an exit status.

Data goes to stdout or ``-o FILE``; messages and diagnostics to stderr. Exit codes:
0 ok, 1 unusable input, 2 usage error (``diff``: 2 for any trouble, as diff(1)).
"""
from __future__ import annotations

import gc
import os
import sys
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import Optional

import typer

from .. import __version__
from ..errors import PlanParseError
from .plain import PlainGroup



def new_app() -> typer.Typer:
    """The typer application, with no command yet (``cli.make_app`` registers them)."""
    app = typer.Typer(
        name="planparse",
        help="Turn Chinese government policy notices into validated, structured data.\n\n"
        "Example: planparse extract notice.txt -o notice.yaml",
        no_args_is_help=True,
        rich_markup_mode=None,
        pretty_exceptions_enable=False,
        cls=PlainGroup,  # usage errors in plain words
    )
    app.callback()(main_options)
    return app


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


OUT = typer.Option(None, "-o", "--output", metavar="FILE",
                   help="Output file, or - for stdout (default); its extension gives the format when --format is not given.")
GLOB = typer.Option("*.txt,*.docx,*.html,*.htm,*.pdf", "--glob", metavar="PATTERN",
                    help="Which files to take from directories (globs joined by commas).")
JOBS = typer.Option(None, "-j", "--jobs", min=1, metavar="N", help="Worker processes (default: the cores).")
SCRIPT = typer.Option(None, "--script", help="Write the output in one script, whatever the input used.")


class Lang(str, Enum):
    en = "en"
    zh = "zh"


LANG = typer.Option(Lang.en, "--lang", help="The table view's headers: en (default) or zh (中文).")


def say(message: str) -> None:
    """A message for the user: one line on stderr (data goes to stdout)."""
    typer.echo(f"planparse: {message}", err=True)


def fail(message: str, code: int = 1) -> None:
    say(message)
    raise typer.Exit(code)


@contextmanager
def translated(code: int = 1, internal: bool = False):
    """Library errors as one line on stderr and exit ``code``: unusable input (``PlanParseError``);
    with ``internal``, any other exception too (``diff``, whose 1 means "they differ")."""
    try:
        yield
    except typer.Exit:
        raise
    except PlanParseError as e:
        fail(str(e), code)
    except Exception as e:
        if not internal:
            raise
        fail(f"internal error: {e.__class__.__name__}: {str(e).splitlines()[0] if str(e) else ''}", code)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"planparse {__version__}")
        raise typer.Exit()


def main_options(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Show the version and exit."),
) -> None:
    """Turn Chinese government policy notices into validated, structured data."""


def loaded(path: str | Path):
    """The Document of a notice or of a file planparse wrote, or a one-line error and exit 1."""
    from ..output.load import load

    with translated():
        return load(path)


def document(path: str, stdin: bytes | None = None):
    """The Document of one input (``-``: the notice on stdin, read already or read here), or a
    one-line error and exit 1."""
    if path != "-":
        return loaded(path)
    from .. import parse_bytes

    with translated():
        return parse_bytes(sys.stdin.buffer.read() if stdin is None else stdin, "-")


def expanded(inputs: list[str], glob: str):
    """The files the inputs name (``batch.Inputs``); none at all is an error."""
    from ..batch import expand

    found = expand(inputs, glob)
    if not found.paths:
        fail(f"{' '.join(inputs)}: a directory with no {glob} files")
    if len(found.paths) > 1:
        gc.enable()  # a batch: the cycle collector paused for start-up (cli.main) runs again, in workers too
    return found


NAMED = 10  # files skipped that a message names; the rest are counted


def skipped_note(skipped: list[str]) -> str:
    """The files of the directories given that --glob left out, counted and named (the first few)."""
    more = f" and {len(skipped) - NAMED} more" if len(skipped) > NAMED else ""
    files = "file" if len(skipped) == 1 else "files"
    return f"{len(skipped)} {files} skipped (not matching --glob): {', '.join(skipped[:NAMED])}{more}"


def pick_format(kind: str, fmt: Optional[Enum], out: Optional[str], default: str, terminal: str | None = None) -> str:
    """The format to write: ``--format``, else the one ``-o``'s extension names, else ``terminal``
    on a terminal, else ``default``. A contradiction, or a format ``kind`` has not, is refused (exit 2)."""
    from ..output.export import FORMATS, format_of_suffix

    named = format_of_suffix(out) if out not in (None, "-") else None
    if fmt is not None and named and fmt.value != named:
        fail(f"--format {fmt.value} contradicts -o {out} (a {named} file); drop one", 2)
    chosen = fmt.value if fmt is not None else named
    if chosen and chosen != terminal and kind not in FORMATS[chosen].writers:
        have = ", ".join(name for name, f in FORMATS.items() if kind in f.writers)
        fail(f"{out}: there is no {chosen} output of {kind} ({have})", 2)
    return chosen or (terminal if terminal and to_terminal(out) else default)


def write(kind: str, fmt: str, data, out: Optional[str], inputs: list, **options) -> None:
    """``data`` written by the ``fmt`` writer of ``kind`` (export.FORMATS) to ``out``."""
    from ..output.export import FORMATS

    form = FORMATS[fmt]
    if form.binary and out in (None, "-"):
        fail(f"--format {fmt} needs -o FILE{form.suffixes[0]}", 2)
    emit(form.writers[kind](data, **options), out, [Path(p) for p in inputs if p != "-"])


def emit(text: str | bytes, out: Optional[str], inputs: list[Path], code: int = 1) -> None:
    """``text`` to stdout, or atomically to the file ``out`` (never over an input, exit 2; a
    failed write exits ``code``)."""
    from ..output.serialize import write_atomic

    if out in (None, "-"):
        if isinstance(text, str):  # encoded at once: the text layer writes a long text slowly
            text = text.encode(sys.stdout.encoding or "utf-8", sys.stdout.errors or "strict")
        sys.stdout.flush()
        sys.stdout.buffer.write(text)
        return
    writable(out, inputs)
    try:
        write_atomic(out, text)
    except OSError as e:
        fail(f"cannot write {out}: {e.strerror or e}", code)


def writable(out: str, inputs: list[Path]) -> None:
    """Refuse (exit 2) an output file that is one of the inputs, or a directory."""
    target = Path(out)
    if _names_an_input(target, [p for p in inputs if str(p) != "-"]):
        fail(f"refusing to write over the input file {out}", 2)
    if target.is_dir():
        fail(f"{out} is a directory (use --out-dir)", 2)


def _names_an_input(target: Path, inputs: list[Path]) -> bool:
    """Whether ``same_file(target, p)`` for some input ``p``, with one ``stat`` per input (a
    directory's hundreds of notices): an existing target is an input when both are one file
    (device and inode); one that does not exist yet only when an input that does not exist
    either resolves to the same path."""
    try:
        mine = os.stat(target)
    except OSError:
        return any(not p.exists() and same_file(target, p) for p in inputs)
    for p in inputs:
        try:
            theirs = os.stat(p)
        except OSError:
            continue
        if (theirs.st_dev, theirs.st_ino) == (mine.st_dev, mine.st_ino):
            return True
    return False


def same_file(a: Path, b: Path) -> bool:
    """Whether ``a`` and ``b`` name one file (through ``..``, symbolic or hard links)."""
    try:
        return a.resolve() == b.resolve() or (a.exists() and b.exists() and a.samefile(b))
    except OSError:
        return False


def report(doc, path: Path) -> None:
    """Diagnostics to stderr, one line each with the input line."""
    for d in doc.diagnostics:
        if d.code != "unparsed":
            typer.echo(f"{path}:{d.line or 0}: {d.code}: {d.message}", err=True)


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
