"""Batch runs for the CLI: results of ``plan_parser.batch.run`` -> files or a JSON Lines
stream, with a rich progress bar on stderr (when it is a terminal) and a summary at the end."""
from __future__ import annotations

import sys
from pathlib import Path

from ..batch import Result, run


def run_batch(paths: list[str], fmt: str, out: str | None, out_dir: Path | None, jobs: int | None,
              script: str | None, quiet: bool, stdin: bytes | None) -> int:
    """Parse ``paths`` and write the results; returns how many failed."""
    stream = _Stream(out) if out_dir is None else None
    done = failed = with_diag = tasks = 0
    try:
        with _progress(len(paths), quiet) as advance:
            for res in run(paths, fmt, jobs, script, stdin):
                if res.error:
                    failed += 1
                    print(f"planparse: {res.error}", file=sys.stderr)
                else:
                    done += 1
                    with_diag += res.diagnostics > 0
                    tasks += res.tasks
                    _write(res, fmt, out_dir, stream)
                advance()
    finally:
        if stream:
            stream.close()
    if not quiet:
        print(f"planparse: {done} done ({tasks} tasks; {with_diag} with diagnostics), {failed} failed",
              file=sys.stderr)
    return failed


def _write(res: Result, fmt: str, out_dir: Path | None, stream) -> None:
    if stream is not None:
        stream.write(res.data)
        return
    from ..output.serialize import write_atomic

    out_dir.mkdir(parents=True, exist_ok=True)
    stem = "stdin" if res.path == "-" else Path(res.path).stem
    write_atomic(free_name(out_dir / f"{stem}.{'json' if fmt == 'jsonl' else fmt}"), res.data)


class _Stream:
    """JSON Lines to stdout, or to a file written through a temporary file renamed at the end."""

    def __init__(self, out: str | None):
        self.target = None if out in (None, "-") else Path(out)
        if self.target is None:
            sys.stdout.flush()
            self.fh = getattr(sys.stdout, "buffer", None)
            self.text = sys.stdout if self.fh is None else None  # a stdout without bytes (a test's capture)
        else:
            import tempfile

            self.tmp = tempfile.NamedTemporaryFile("wb", dir=self.target.parent or ".",
                                                   prefix=f".{self.target.name}.", suffix=".tmp", delete=False)
            self.fh, self.text = self.tmp, None

    def write(self, data: bytes) -> None:
        if self.text is not None:
            self.text.write(data.decode("utf-8"))
        else:
            self.fh.write(data)

    def close(self) -> None:
        if self.target is None:
            (self.text or self.fh).flush()
            return
        import os

        self.tmp.close()
        os.replace(self.tmp.name, self.target)


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


def free_name(target: Path) -> Path:
    """``target``, or ``name-2.ext``… when a file of that name exists (never overwrite)."""
    n = 2
    candidate = target
    while candidate.exists():
        candidate = target.with_name(f"{target.stem}-{n}{target.suffix}")
        n += 1
    return candidate
