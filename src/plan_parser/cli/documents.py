"""The commands on one document: extract (and batches of them), clean, show, schema."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import typer

from ..errors import PlanParseError
from .options import SCRIPT, DocFormat, Script, emit, fail, load, report


def extract(
    inputs: list[str] = typer.Argument(..., help="Notice files, directories (searched recursively) or - for stdin."),
    out: Optional[str] = typer.Option(None, "-o", "--output", help="Output file, or - for stdout (default)."),
    fmt: DocFormat = typer.Option(DocFormat.yaml, "--format", "-f", help="yaml, json, or jsonl (one document a line)."),
    out_dir: Optional[Path] = typer.Option(None, "--out-dir", help="Write one file per notice into this directory."),
    glob: str = typer.Option("*.txt,*.docx,*.html,*.htm,*.pdf", "--glob", help="Which files to take from directories (globs joined by commas)."),
    jobs: Optional[int] = typer.Option(None, "-j", "--jobs", min=1, help="Worker processes (default: the cores)."),
    script: Optional[Script] = SCRIPT,
    quiet: bool = typer.Option(False, "-q", "--quiet", help="Do not print diagnostics or the summary."),
) -> None:
    """Parse notices into structured YAML or JSON.

    Example: planparse extract data/raw/notice.txt --format json -o notice.json

    Many at once: planparse extract notices/ --out-dir out/ -j 4, or
    planparse extract notices/ --format jsonl > all.jsonl
    """
    from ..batch import expand

    paths = expand(inputs, glob)
    if not paths:
        fail(f"{' '.join(inputs)}: a directory with no {glob} files")
    if len(paths) == 1 and out_dir is None and fmt is not DocFormat.jsonl:
        _extract_single(paths[0], out, fmt.value, script and script.value, quiet)
        return
    if out_dir is None and fmt is not DocFormat.jsonl:
        fail("several notices need --out-dir DIR, or --format jsonl", 2)
    stdin = sys.stdin.buffer.read() if "-" in paths else None
    from .progress import run_batch

    failed = run_batch(paths, fmt.value, out, out_dir, jobs, script and script.value, quiet, stdin)
    if failed:
        raise typer.Exit(1)


def _extract_single(name: str, out: Optional[str], fmt: str, script: Optional[str], quiet: bool) -> None:
    """One notice (a file, or ``-`` for stdin) to stdout or ``-o``."""
    from .. import parse_bytes
    from ..output.serialize import dumps

    try:
        # a file planparse wrote is read back (extract then converts YAML <-> JSON)
        doc = parse_bytes(sys.stdin.buffer.read(), "-") if name == "-" else load(Path(name))
    except PlanParseError as e:
        fail(str(e))
    if not quiet:
        report(doc, Path(name))
    emit(dumps(doc, fmt, script=script), out, [] if name == "-" else [Path(name)])


def clean(
    file: Path = typer.Argument(..., help="A notice text file."),
    out: Optional[str] = typer.Option(None, "-o", "--output", help="Output file, or - for stdout (default)."),
) -> None:
    """Strip inline pinyin annotations (濟南(nán)市 -> 濟南市) and print the text.

    Example: planparse clean notice.txt -o notice.clean.txt
    """
    from ..parse.clean import clean as lib_clean
    from ..parse.read import read_path

    try:
        cleaned = lib_clean(read_path(file).text, offsets=False)
    except PlanParseError as e:
        fail(str(e))
    emit(cleaned.text, out, [file])
    typer.echo(f"{file}: {cleaned.removed} pinyin annotations removed", err=True)


def show(file: Path = typer.Argument(..., help="A notice, or a YAML/JSON file planparse wrote.")) -> None:
    """Show the document as a tree, with its diagnostics.

    Example: planparse show notice.txt
    """
    from .render import document_tree

    try:
        doc = load(file)
    except PlanParseError as e:
        fail(str(e))
    document_tree(doc)


def schema(
    kind: str = typer.Option("document", "--kind", help="document (extract), task (tasks) or target (targets)."),
    out: Optional[str] = typer.Option(None, "-o", "--output", help="Output file, or - for stdout."),
) -> None:
    """Print the JSON Schema of an output: a document, a task line or a target line.

    Example: planparse schema --kind task -o task.schema.json
    """
    from ..output.schema import KINDS, schema_json

    if kind not in KINDS:
        fail(f"unknown kind {kind!r} ({', '.join(KINDS)})", 2)
    emit(schema_json(kind), out, [])
