"""Batch stage: many input paths -> ``Result`` per notice, in input order, over several processes.

The calling process parses the first notice itself (importing the parser, compiling its
patterns, building its models), then parses its share of the rest beside a pool of ``jobs - 1``
workers (``forked.shared``), forked warm on Linux. A worker reads, parses and serialises a
chunk of notices per task and hands back the UTF-8 bytes to write (no models, no str to
re-encode, not even the paths), so little crosses between processes; at most ``WINDOW`` tasks
per process are in flight, so memory stays flat however many files go through. The order and
content of the results are the same for any number of processes.
"""
from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

WINDOW = 4  # tasks in flight per worker
CHUNK = 8  # notices per task, at most
SMALL_BATCH = 4  # this many notices or fewer are parsed in the calling process
WARM = 1 << 20  # a first notice of up to this many bytes is parsed in the calling process, warming it up


@dataclass(frozen=True)
class Result:
    path: str
    data: bytes | None  # the serialised output (UTF-8), or None when the notice failed
    error: str | None = None  # a one-line reason
    diagnostics: int = 0
    tasks: int = 0

    @property
    def text(self) -> str | None:
        return None if self.data is None else self.data.decode("utf-8")


@dataclass(frozen=True)
class Inputs:
    """What a run takes: the files, in order; the files of the directories given that the
    pattern leaves out (a batch names them in its summary); the directory ``--out-dir`` mirrors."""
    paths: list[str]
    skipped: list[str]
    root: str


NOTICES = "*.txt,*.docx,*.html,*.htm,*.pdf"  # the files a directory run takes: notices in every format read


def expand(inputs: Iterable[str], pattern: str = NOTICES) -> Inputs:
    """Files as given, directories walked recursively for ``pattern`` (globs joined by commas;
    sorted); ``-`` kept for stdin."""
    paths: list[str] = []
    skipped: list[str] = []
    globs = [g.strip() for g in pattern.split(",") if g.strip()]
    for item in inputs:
        p = Path(item)
        if item != "-" and p.is_dir():
            for f in sorted(map(Path, _files(item))):
                (paths if any(f.match(g) for g in globs) else skipped).append(str(f))
        else:
            paths.append(item)
    return Inputs(paths, skipped, _root(inputs))


def _files(top: str) -> Iterator[str]:
    """The files under ``top``, at any depth, as ``Path.rglob("*")`` with ``is_file()`` finds
    them (symbolic links to files taken, to directories not followed), without dot files and
    dot directories (``.git/…``: no document a run skips); one ``scandir`` per directory, the
    kind of each entry read from it (no ``stat`` per file). An unreadable directory is passed over."""
    try:
        with os.scandir(top) as found:
            entries = list(found)
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            if not entry.is_symlink():
                yield from _files(entry.path)
        elif entry.is_file():
            yield entry.path


def _root(inputs: Iterable[str]) -> str:
    """The deepest directory holding every input: each directory given, each file's own directory."""
    bases = [os.path.abspath(i if Path(i).is_dir() else os.path.dirname(i) or ".") for i in inputs if i != "-"]
    return os.path.commonpath(bases) if bases else os.getcwd()


def destination(path: str, root: str, out_dir: Path, suffix: str) -> Path:
    """Where ``--out-dir`` puts the output of ``path``: its place under ``root``, mirrored
    (``in/a/n.txt`` -> ``out/a/n.yaml``); stdin is ``stdin.yaml``."""
    if path == "-":
        return out_dir / f"stdin{suffix}"
    return (out_dir / os.path.relpath(os.path.abspath(path), root)).with_suffix(suffix)


def render(path: str, fmt: str, script: str | None = None, data: bytes | None = None) -> Result:
    """Parse one notice (or read back a file planparse wrote) and serialise it; never raises
    (errors come back in the Result)."""
    from .errors import PlanParseError
    from .output.load import load
    from .output.export import FORMATS

    try:
        if data is not None:
            from .parse.build import parse
            from .parse.read import read_bytes

            doc = parse(read_bytes(data, path))
        else:
            doc = load(path)
        if fmt == "tasks":  # the task rows as JSON Lines (for views over many notices)
            from .output.tasks import tasks

            text = FORMATS["jsonl"].writers["tasks"](tasks(doc))
        elif fmt == "rows":  # the Parquet tables' rows as one JSON line (extract --format parquet)
            from .output.parquet import records_json

            text = records_json(doc, script)
        else:
            text = FORMATS[fmt].writers["document"](doc, script=script)
        return Result(path, text.encode("utf-8"), diagnostics=len(doc.diagnostics), tasks=_count_tasks(doc))
    except PlanParseError as e:
        return Result(path, None, error=str(e))
    except RecursionError:
        return Result(path, None, error=f"{path}: nesting too deep to parse")
    except Exception as e:  # a parser bug must not stop a batch: report it as this file's failure
        return Result(path, None, error=f"{path}: internal error ({e.__class__.__name__}: {e})")


def _count_tasks(doc) -> int:
    """How many leaf items (tasks) the document has, without building the rows."""
    def leaves(items) -> int:
        return sum(leaves(i.children) if i.children else 1 for i in items)

    return sum(leaves(p.sections) for p in doc.plans) + sum(leaves(a.sections) for a in doc.attachments)


def run(paths: list[str], fmt: str, jobs: int | None = None, script: str | None = None,
        stdin: bytes | None = None) -> Iterator[Result]:
    """Results for ``paths`` in order, computed by ``jobs`` processes (default: the cores)."""
    jobs = jobs or os.cpu_count() or 1
    if jobs <= 1 or len(paths) <= SMALL_BATCH:  # starting workers costs more than a few notices
        for p in paths:
            yield render(p, fmt, script, stdin if p == "-" else None)
        return
    _preload()
    if _small(paths[0], stdin):  # the first notice warms this process up: the workers are forked warm
        yield render(paths[0], fmt, script, stdin if paths[0] == "-" else None)
        paths = paths[1:]
    from .forked import shared

    for chunk, results in shared(chunks(paths, jobs), render_many, fmt, jobs, script, stdin, jobs * WINDOW, _pool):
        yield from _results(chunk, results)


def _pool(workers: int):
    """A pool of ``workers`` processes (``forked.shared``'s), forked where ``_context`` says."""
    from concurrent.futures import ProcessPoolExecutor

    pool = ProcessPoolExecutor(max_workers=workers, mp_context=_context(), initializer=_ignore_interrupts)
    _widen_results_pipe(pool)
    return pool


RESULTS_PIPE = 1 << 20  # bytes the pipe the workers' results come back through may hold (Linux: 64 KB)


def _widen_results_pipe(pool) -> None:
    """Let the pipe the workers' results come back through hold a task's results (~0.3 MB of JSON
    Lines a chunk of the bulk set). At Linux's 64 KB a worker waits at every 64 KB for this
    process's reader thread, which gets the interpreter's lock only between the caller's thread
    switches: on the bulk set the worker sat idle ~20 % of the batch (-j 2: 1.43-1.50x -j 1; with
    1 MB, 1.56-1.57x, the two processes' CPU times even). Linux only (F_SETPIPE_SZ), through the
    pool's own result queue (a private attribute of concurrent.futures): where it is not there or
    the system refuses the size (``/proc/sys/fs/pipe-max-size``), nothing changes but the speed."""
    if sys.platform != "linux":
        return
    import fcntl

    try:
        fcntl.fcntl(pool._result_queue._reader.fileno(), fcntl.F_SETPIPE_SZ, RESULTS_PIPE)
    except (AttributeError, OSError, ValueError):
        pass


def chunks(paths: list[str], jobs: int) -> list[list[str]]:
    """The tasks, in order: up to ``CHUNK`` notices each (fewer crossings between processes),
    shrinking to one near the end, so that the workers run out of work together."""
    tasks, i = [], 0
    while i < len(paths):
        size = max(1, min(CHUNK, (len(paths) - i) // (jobs * 2)))
        tasks.append(paths[i:i + size])
        i += size
    return tasks


def _results(chunk: list[str], results: list[tuple]) -> Iterator[Result]:
    for path, (data, error, diagnostics, tasks) in zip(chunk, results, strict=True):
        yield Result(path, data, error, diagnostics, tasks)


def _small(path: str, stdin: bytes | None) -> bool:
    """Whether the first notice is small enough to parse here while no worker runs."""
    try:
        return (len(stdin or b"") if path == "-" else os.path.getsize(path)) <= WARM
    except OSError:
        return False


def _context():
    """Workers are forked (on Linux): each starts as a copy of this process, the parser imported
    and warmed up (its patterns compiled, its models built, the writers imported), in a few
    milliseconds, sharing those pages. spawn and forkserver (the default from Python 3.14)
    start a fresh interpreter that imports and warms the parser again in every worker (~0.3 s
    of CPU each). Elsewhere (macOS, Windows) the platform's default: fork is unsafe there."""
    import multiprocessing

    return multiprocessing.get_context("fork") if sys.platform == "linux" else None


def _ignore_interrupts() -> None:
    """In a worker: Ctrl-C is the calling process's to handle (no traceback from each worker)."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _preload() -> None:
    from .output import serialize  # noqa: F401
    from .parse import build  # noqa: F401


def render_many(paths: list[str], fmt: str, script: str | None, stdin: bytes | None) -> list[tuple]:
    """``render`` for a few notices in one worker task, each as ``(data, error, diagnostics,
    tasks)``: the caller knows the paths, so only what it writes and counts comes back."""
    results = [render(p, fmt, script, stdin if p == "-" else None) for p in paths]
    return [(r.data, r.error, r.diagnostics, r.tasks) for r in results]
