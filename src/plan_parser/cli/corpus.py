"""Corpus runs to Parquet for the CLI: ``extract … --format parquet --out-dir OUT`` on local
worker processes or on Dask (``--scheduler``), with the progress bar and summary of a batch."""
from __future__ import annotations

import sys
from pathlib import Path

from .options import fail

EXTRA = {"pyarrow": "parquet", "dask": "dask", "distributed": "dask"}


def needs(module: str) -> None:
    """Stop with the command that installs ``module``'s extra when it is missing."""
    import importlib.util

    if importlib.util.find_spec(module) is None:
        fail(f"--format parquet needs {module}: pip install 'planparse[{EXTRA[module]}]'", 2)


def check_destination(out_dir: Path | None) -> Path:
    from ..output.parquet import existing

    if out_dir is None:
        fail("--format parquet needs --out-dir DIR (it writes a folder of tables)", 2)
    if out_dir.exists() and not out_dir.is_dir():
        fail(f"{out_dir} is not a directory", 2)
    found = existing(out_dir)
    if found:
        fail(f"{out_dir} already holds Parquet tables ({', '.join(found)}): choose a new directory", 2)
    return out_dir


def run_parquet(paths: list[str], out_dir: Path, jobs: int | None, script: str | None, quiet: bool,
                stdin: bytes | None) -> int:
    """The tables of ``paths`` written on this machine's cores; returns how many notices failed."""
    import json

    from ..batch import run
    from ..output.parquet import Sink
    from .progress import _progress

    sink, done, failed, tasks = Sink(out_dir), 0, 0, 0
    try:
        with _progress(len(paths), quiet) as advance:
            for res in run(paths, "rows", jobs, script, stdin):
                if res.error:
                    failed += 1
                    print(f"planparse: {res.error}", file=sys.stderr)
                else:
                    sink.add(json.loads(res.text))
                    done, tasks = done + 1, tasks + res.tasks
                advance()
        sink.close()
    except BaseException:
        sink.abort()
        raise
    _summary(done, tasks, failed, out_dir, quiet)
    return failed


def run_dask(paths: list[str], out_dir: Path, scheduler: str | None, script: str | None, quiet: bool) -> int:
    """The tables of ``paths`` written by Dask workers (local processes, or the cluster at ``scheduler``)."""
    from ..distributed import extract_parquet

    if "-" in paths:
        fail("--scheduler reads files, not standard input", 2)
    summary = extract_parquet(paths, out_dir, scheduler, script=script)
    for error in summary.errors:
        print(f"planparse: {error}", file=sys.stderr)
    _summary(summary.done, summary.tasks, len(summary.errors), out_dir, quiet)
    return len(summary.errors)


def _summary(done: int, tasks: int, failed: int, out_dir: Path, quiet: bool) -> None:
    if not quiet:
        print(f"planparse: {done} done ({tasks} tasks), {failed} failed; tables in {out_dir}/", file=sys.stderr)
