"""Batch stage: many input paths -> ``Result`` per notice, in input order, over worker processes.

Each worker reads, parses and serialises a chunk of notices per task and hands back the
UTF-8 bytes to write (no models, no str to re-encode), so little crosses between
processes and the parent only writes; at most ``WINDOW`` tasks
per worker are in flight, so memory stays flat however many files go through. The
order and content of the results are the same for any number of workers.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

WINDOW = 4  # tasks in flight per worker
CHUNK = 8  # notices per task, at most
SMALL_BATCH = 4  # this many notices or fewer are parsed in the calling process


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


def expand(inputs: Iterable[str], pattern: str = "*.txt") -> list[str]:
    """Files as given, directories walked recursively for ``pattern`` (sorted); ``-`` kept for stdin."""
    out: list[str] = []
    for item in inputs:
        p = Path(item)
        if item != "-" and p.is_dir():
            out += sorted(str(f) for f in p.rglob(pattern) if f.is_file())
        else:
            out.append(item)
    return out


def render(path: str, fmt: str, script: str | None = None, data: bytes | None = None) -> Result:
    """Parse one notice and serialise it; never raises (errors come back in the Result)."""
    from . import parse_bytes
    from .errors import PlanParseError
    from .parse.read import read_path
    from .output.serialize import dumps

    try:
        if data is not None:
            doc = parse_bytes(data, path)
        else:
            from .parse.build import parse

            doc = parse(read_path(path))
        if fmt == "tasks":  # the task rows as JSON Lines (for views over many notices)
            from .output.export import jsonl
            from .output.tasks import tasks

            text = jsonl(tasks(doc))
        else:
            text = dumps(doc, fmt, script=script)
        data = text.encode("utf-8")
        return Result(path, data, diagnostics=len(doc.diagnostics), tasks=_count_tasks(doc))
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
    """Results for ``paths`` in order, computed by ``jobs`` worker processes (default: the cores)."""
    jobs = jobs or os.cpu_count() or 1
    if jobs <= 1 or len(paths) <= SMALL_BATCH:  # starting workers costs more than a few notices
        for p in paths:
            yield render(p, fmt, script, stdin if p == "-" else None)
        return
    from concurrent.futures import ProcessPoolExecutor

    _preload()  # forked workers start with the parser imported, not each importing it
    size = max(1, min(CHUNK, len(paths) // (jobs * WINDOW) or 1))  # a few notices per task: less IPC
    chunks = [paths[i:i + size] for i in range(0, len(paths), size)]
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        pending = []
        for chunk in chunks:
            data = stdin if "-" in chunk else None
            pending.append(pool.submit(render_many, chunk, fmt, script, data))
            if len(pending) >= jobs * WINDOW:
                yield from pending.pop(0).result()
        for fut in pending:
            yield from fut.result()


def _preload() -> None:
    from . import parse_bytes  # noqa: F401
    from .output import serialize  # noqa: F401
    from .parse import build  # noqa: F401


def render_many(paths: list[str], fmt: str, script: str | None, stdin: bytes | None) -> list[Result]:
    """``render`` for a few notices in one worker task."""
    return [render(p, fmt, script, stdin if p == "-" else None) for p in paths]
