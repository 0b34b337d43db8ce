"""Batch stage on Linux: chunks of notices -> their results, in order, parsed by the calling
process beside a pool of ``jobs - 1`` forked workers.

The workers are forked once the caller is warm (the parser imported, its patterns compiled, its
models built: pages shared, nothing to start), so ``-j 2`` is the caller and one worker. A chunk
goes to the pool while its workers hold fewer than ``DEPTH`` chunks each; otherwise the caller
parses it, so its own results cross no pipe, and the chunk holding stdin (``-``) is always the
caller's. At most ``window`` chunks are in flight, so memory stays flat; the results come back
in input order, whatever the timing. A worker that dies (killed, out of memory) breaks the pool:
the notices of the chunks it held are failures, each with a one-line reason, and a new pool
takes the rest. The pool is ``concurrent.futures``' own: this module only decides who parses what.
"""
from __future__ import annotations

import sys
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Callable, Iterator

DEPTH = 3  # chunks a worker holds: one it parses, the next ones waiting (the caller may be busy)
# The pool's threads in this process (one hands the workers their tasks, one takes their results)
# wait for the interpreter's lock while the caller parses: at the default 5 ms between switches a
# worker sat idle for ~15 % of the batch (-j 2 on the bulk set: 1.51x -j 1; at this, 1.59-1.65x).
SWITCH = 0.0005  # seconds between thread switches while a batch runs (sys.setswitchinterval)

Render = Callable[[list[str], str, "str | None", "bytes | None"], list[tuple]]


class _Pool:
    """The workers, made on first use and made anew when a worker died."""

    def __init__(self, workers: int, make: Callable[[int], ProcessPoolExecutor]) -> None:
        self.workers, self.make, self.pool = workers, make, None

    def submit(self, *task) -> Future:
        if self.pool is None:
            self.pool = self.make(self.workers)
        try:
            return self.pool.submit(*task)
        except BrokenProcessPool:  # a worker died: its chunks fail (``_results``); a new pool for the rest
            self.close()
            return self.submit(*task)

    def close(self, finished: bool = True) -> None:
        if self.pool is not None:  # unfinished (Ctrl-C, the caller stopped reading): queued chunks dropped
            self.pool.shutdown(wait=True, cancel_futures=not finished)
            self.pool = None


def shared(chunks: list[list[str]], render_many: Render, fmt: str, jobs: int, script: str | None,
           stdin: bytes | None, window: int, make: Callable[[int], ProcessPoolExecutor]
           ) -> Iterator[tuple[list[str], list[tuple]]]:
    """Each chunk with its results, in order, parsed by the caller and ``jobs - 1`` pool workers
    (``make(n)`` gives a pool of n)."""
    pool, pending, finished = _Pool(jobs - 1, make), deque(), False
    given = 0  # the chunks handed out so far (to the pool or to the caller), in order

    def feed() -> None:
        """The pool given chunks, in order, until its workers hold DEPTH each or the window is full."""
        nonlocal given
        while (given < len(chunks) and "-" not in chunks[given] and len(pending) < window
               and _held(pending) < pool.workers * DEPTH):
            pending.append((chunks[given], pool.submit(render_many, chunks[given], fmt, script, None)))
            given += 1

    was = sys.getswitchinterval()
    sys.setswitchinterval(SWITCH)
    try:
        while given < len(chunks) or pending:
            feed()
            while pending and not _busy(pending[0][1]):
                yield _results(*pending.popleft())
            if given < len(chunks) and len(pending) < window:  # the next chunk is the caller's
                chunk, own = chunks[given], []
                pending.append((chunk, own))
                given += 1
                for path in chunk:  # notice by notice, the pool fed between (a long notice here starves no worker)
                    own += render_many([path], fmt, script, stdin if path == "-" else None)
                    feed()
            elif pending:  # the window full, or every chunk handed out: wait for the first
                yield _results(*pending.popleft())
        finished = True
    finally:
        sys.setswitchinterval(was)
        pool.close(finished)


def _held(pending: deque) -> int:
    return sum(1 for _, got in pending if _busy(got))


def _busy(got) -> bool:
    return isinstance(got, Future) and not got.done()


def _results(chunk: list[str], got) -> tuple[list[str], list[tuple]]:
    if not isinstance(got, Future):
        return chunk, got
    try:
        return chunk, got.result()
    except BrokenProcessPool:  # the worker holding it died: its notices are failures, the batch goes on
        return chunk, [(None, f"{path}: not parsed: the worker process parsing it ended", 0, 0) for path in chunk]
