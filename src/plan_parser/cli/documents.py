"""The commands on one document: extract (and batches of them), clean, show, schema."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import typer

from .options import GLOB, JOBS, OUT, SCRIPT, DocFormat, Script, converted, document, emit, expanded, fail, \
    loaded, pick_format, report, translated, write, writable


def extract(
    inputs: list[str] = typer.Argument(..., metavar="INPUT", help="Notice files, directories (searched recursively) or - for stdin."),
    out: Optional[str] = OUT,
    fmt: Optional[DocFormat] = typer.Option(None, "--format", "-f",
                                            help="yaml (default), json, jsonl (one document a line) or parquet (tables, with --out-dir)."),
    out_dir: Optional[Path] = typer.Option(None, "--out-dir", help="Write one file per notice into this directory, "
                                           "mirroring the input tree."),
    overwrite: bool = typer.Option(False, "--overwrite", help="With --out-dir: replace files a former run wrote."),
    skip_existing: bool = typer.Option(False, "--skip-existing",
                                       help="With --out-dir: leave out notices whose file is there (resume a run)."),
    glob: str = GLOB,
    jobs: Optional[int] = JOBS,
    scheduler: Optional[str] = typer.Option(
        None, "--scheduler", metavar="ADDRESS",
        help="parquet: run on Dask, at a cluster's scheduler (tcp://host:8786) or 'processes' for local ones."),
    script: Optional[Script] = SCRIPT,
    quiet: bool = typer.Option(False, "-q", "--quiet", help="Do not print diagnostics or the summary."),
) -> None:
    """Parse notices into structured YAML or JSON, or a corpus into Parquet tables.

    Example: planparse extract data/raw/notice.txt -o notice.json

    Many at once: planparse extract notices/ --out-dir out/ -j 4, or
    planparse extract notices/ --format jsonl > all.jsonl, or
    planparse extract notices/ --format parquet --out-dir tables/ (documents, tasks, units, targets)
    """
    _refuse_mixed(out, out_dir, overwrite, skip_existing)
    found = expanded(inputs, glob)
    paths = found.paths
    if fmt is DocFormat.parquet or scheduler:
        _extract_parquet(paths, out, fmt, out_dir, jobs, scheduler, script and script.value, quiet)
        return
    form = pick_format("document", fmt, out, "yaml")
    script_name = script and script.value
    if len(paths) == 1 and out_dir is None and form != "jsonl":
        _extract_single(paths[0], out, form, script_name, quiet)
        return
    if out_dir is None and form != "jsonl":
        fail("several notices need --out-dir DIR, or --format jsonl", 2)
    if out not in (None, "-") and out_dir is None:
        writable(out, [Path(p) for p in paths])
    from .progress import Batch, run_batch

    batch = Batch(paths, form, out, out_dir, found.root, found.skipped, overwrite, skip_existing)
    stdin = sys.stdin.buffer.read() if "-" in paths else None
    if run_batch(batch, jobs, script_name, quiet, stdin):
        raise typer.Exit(1)


def _refuse_mixed(out: Optional[str], out_dir: Optional[Path], overwrite: bool, skip_existing: bool) -> None:
    """Options that cannot go together are refused (exit 2), not silently ignored."""
    if out is not None and out_dir is not None:
        fail("-o and --out-dir: give one (a JSON Lines stream, or a file per notice)", 2)
    if (overwrite or skip_existing) and out_dir is None:
        fail("--overwrite and --skip-existing go with --out-dir", 2)
    if overwrite and skip_existing:
        fail("--overwrite and --skip-existing: give one", 2)


def _extract_parquet(paths, out, fmt, out_dir, jobs, scheduler, script, quiet) -> None:
    """``--format parquet``: the corpus tables under ``--out-dir``, on local cores or on Dask."""
    from . import corpus

    if fmt is not DocFormat.parquet:
        fail("--scheduler goes with --format parquet", 2)
    if out not in (None, "-"):
        fail("--format parquet writes a folder of tables: use --out-dir DIR, not -o", 2)
    corpus.needs("pyarrow")
    out_dir = corpus.check_destination(out_dir)
    if scheduler:
        corpus.needs("dask")
        failed = corpus.run_dask(paths, out_dir, scheduler, script, quiet)
    else:
        stdin = sys.stdin.buffer.read() if "-" in paths else None
        failed = corpus.run_parquet(paths, out_dir, jobs, script, quiet, stdin)
    if failed:
        raise typer.Exit(1)


def _extract_single(name: str, out: Optional[str], fmt: str, script: Optional[str], quiet: bool) -> None:
    """One notice (a file, or ``-`` for stdin) to stdout or ``-o``; a file planparse wrote is read
    back (extract converts YAML <-> JSON)."""
    doc = document(name)
    if not quiet:
        report(doc, Path(name))
    write("document", fmt, doc, out, [name], script=script)


def clean(
    file: Path = typer.Argument(..., metavar="FILE", help="A notice text file."),
    out: Optional[str] = typer.Option(None, "-o", "--output", metavar="FILE",
                                      help="Output file, or - for stdout (default)."),
) -> None:
    """Strip inline pinyin annotations (濟南(nán)市 -> 濟南市) and print the text.

    Example: planparse clean notice.txt -o notice.clean.txt
    """
    from ..parse.clean import clean as lib_clean
    from ..parse.read import read_path

    with translated():
        cleaned = lib_clean(read_path(file).text, offsets=False)
    emit(cleaned.text, out, [file])
    typer.echo(f"{file}: {cleaned.removed} pinyin annotations removed", err=True)


def show(
    file: Path = typer.Argument(..., metavar="FILE", help="A notice, or a YAML/JSON file planparse wrote."),
    script: Optional[Script] = SCRIPT,
) -> None:
    """Show the document as a tree, with its diagnostics.

    Example: planparse show notice.txt --script simplified
    """
    from .render import document_tree

    document_tree(converted([loaded(file)], script)[0])


def schema(
    kind: str = typer.Option("document", "--kind", metavar="KIND",
                             help="document (extract), task (tasks) or target (targets)."),
    out: Optional[str] = typer.Option(None, "-o", "--output", metavar="FILE", help="Output file, or - for stdout."),
) -> None:
    """Print the JSON Schema of an output: a document, a task line or a target line.

    Example: planparse schema --kind task -o task.schema.json
    """
    from ..output.schema import KINDS, schema_json

    if kind not in KINDS:
        fail(f"unknown kind {kind!r} ({', '.join(KINDS)})", 2)
    emit(schema_json(kind), out, [])
