"""Batch runs for the CLI: results of ``plan_parser.batch.run`` -> files or a JSON Lines
stream, with a rich progress bar on stderr (when it is a terminal) and a summary at the end."""
from __future__ import annotations

import sys
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path

from ..batch import Result, destination, run
from .options import fail, same_file, say, skipped_note


@dataclass(frozen=True)
class Batch:
    """One batch run as asked: the notices, the format, and where the output goes (``-o``/stdout
    as one JSON Lines stream, or one file per notice under ``out_dir`` mirroring ``root``)."""
    paths: list[str]
    fmt: str
    out: str | None
    out_dir: Path | None
    root: str
    skipped: list[str] = field(default_factory=list)  # files of the directories given, not taken
    overwrite: bool = False
    skip_existing: bool = False

    def target(self, path: str) -> Path:
        return destination(path, self.root, self.out_dir, ".json" if self.fmt == "jsonl" else f".{self.fmt}")


@dataclass
class Tally:
    done: int = 0
    failed: int = 0
    with_diagnostics: int = 0
    tasks: int = 0
    resumed: int = 0  # left out by --skip-existing
    todo: int = 0  # notices this run parses

    def summary(self, batch: Batch, interrupted: bool) -> str:
        line = (f"{self.done} done ({self.tasks} tasks; {self.with_diagnostics} with diagnostics), "
                f"{self.failed} failed")
        if self.resumed:
            line += f", {self.resumed} already there"
        if batch.skipped:
            line += "; " + skipped_note(batch.skipped)
        if interrupted:
            line = f"interrupted after {self.done + self.failed} of {self.todo}: " + line
        return line


def run_batch(batch: Batch, jobs: int | None, script: str | None, quiet: bool, stdin: bytes | None) -> int:
    """Parse the notices and write the results; the summary, even on Ctrl-C (then exit 130);
    returns how many failed."""
    from ..output.serialize import atomic_file

    tally = Tally()
    todo = _todo(batch, tally)
    tally.todo = len(todo)
    try:
        with ExitStack() as stack, _progress(len(todo), quiet) as advance:
            stream = None
            if batch.out_dir is None:
                to_file = batch.out not in (None, "-")
                if to_file:
                    stream = stack.enter_context(atomic_file(batch.out, binary=True))
                else:  # the bytes the workers made, as they are (a test's captured stdout has no buffer)
                    sys.stdout.flush()
                    stream = getattr(sys.stdout, "buffer", None) or _Decoding(sys.stdout)
            for res in run(todo, batch.fmt, jobs, script, stdin):
                _count(res, tally)
                if res.data is not None:  # (not res.text: no decoding of what is written as it is)
                    _write(res, batch, stream)
                advance()
    except KeyboardInterrupt:
        if not quiet:
            say(tally.summary(batch, interrupted=True))
        fail("interrupted" + ("" if batch.out_dir or batch.out in (None, "-") else f"; {batch.out} not written"),
             130)
    if not quiet:
        say(tally.summary(batch, interrupted=False))
    return tally.failed


def _todo(batch: Batch, tally: Tally) -> list[str]:
    """The notices to parse: with --out-dir, none whose file exists unless --overwrite (refused,
    exit 2) or --skip-existing (left out); two notices never share an output file."""
    if batch.out_dir is None:
        return batch.paths
    seen: dict[Path, str] = {}
    todo = []
    for p in batch.paths:
        target = batch.target(p)
        if target in seen:
            fail(f"{seen[target]} and {p} would both be written to {target}", 2)
        seen[target] = p
        if same_file(target, Path(p)):  # notices/a.json read back and written as notices/a.json
            fail(f"refusing to write over the input file {p}", 2)
        if target.exists() and not batch.overwrite:
            if not batch.skip_existing:
                fail(f"{target} exists (--overwrite replaces it, --skip-existing resumes the run)", 2)
            tally.resumed += 1
            continue
        todo.append(p)
    return todo


def _count(res: Result, tally: Tally) -> None:
    if res.error:
        tally.failed += 1
        say(res.error)
        return
    tally.done += 1
    tally.with_diagnostics += res.diagnostics > 0
    tally.tasks += res.tasks


def _write(res: Result, batch: Batch, stream) -> None:
    if stream is not None:
        stream.write(res.data)
        return
    from ..output.serialize import write_atomic

    target = batch.target(res.path)
    target.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(target, res.data)


class _Decoding:
    """A text stream that takes bytes (UTF-8)."""

    def __init__(self, text):
        self.text = text

    def write(self, data: bytes) -> None:
        self.text.write(data.decode("utf-8"))


class _progress:
    """A rich progress bar on stderr when it is a terminal and there is more than one file."""

    def __init__(self, total: int, quiet: bool):
        self.total, self.bar = total, None
        if not quiet and total > 1 and sys.stderr.isatty():
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                ProgressColumn,
                TextColumn,
                TimeRemainingColumn,
            )
            from rich.text import Text

            class Rate(ProgressColumn):
                def render(self, task) -> Text:
                    return Text(f"{task.speed or 0:.1f} files/s")

            self.bar = Progress(TextColumn("extract"), BarColumn(), MofNCompleteColumn(), Rate(),
                                TimeRemainingColumn(), console=Console(stderr=True), transient=True)

    def __enter__(self):
        if self.bar is None:
            return lambda: None
        self.bar.start()
        task = self.bar.add_task("extract", total=self.total)
        return lambda: self.bar.advance(task)

    def __exit__(self, *exc) -> None:
        if self.bar is not None:
            self.bar.stop()
