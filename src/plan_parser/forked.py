"""Batch stage on Linux: chunks of notices -> their results, in order, over forked helper
processes, the calling process parsing its share itself.

``jobs - 1`` helpers are forked from the calling process once it is warm (the parser imported,
its patterns compiled, its models built: pages shared, nothing to start), so ``-j 2`` is the
caller and one helper. A helper knows the chunks (it is a copy of the caller): the caller hands
it a chunk's number through a pipe, at most ``DEPTH`` at a time, and reads back the chunk's
results (``render_many``'s tuples, pickled). The caller parses a chunk itself whenever every
helper has its fill, reading the helpers' results between its own notices; its own results
cross no pipe. Chunks are handed out in order and at most ``window`` past the first not yet
given back, so memory stays flat; the results come back in input order, whatever the timing.
The chunk holding stdin (``-``) is the caller's. A helper that dies (killed, out of memory)
loses the chunks it held: each of their notices comes back failed, and the batch goes on.
"""
from __future__ import annotations

import os
import pickle
import select
import signal
import struct
from collections import deque
from dataclasses import dataclass, field
from typing import Callable, Iterator

DEPTH = 3  # chunks a helper holds: one it parses, the next ones waiting (the caller may be busy)
PIPE = 1 << 20  # the results pipe's buffer (Linux's limit for a user): a helper seldom waits for the caller
HEADER = struct.Struct("<Q")  # a message: its length, then as many bytes (a chunk's number, or its results)

Render = Callable[[list[str], str, "str | None", "bytes | None"], list[tuple]]


@dataclass
class _Helper:
    pid: int
    tasks: int  # the pipe the caller writes chunk numbers to
    results: int  # the pipe the caller reads (number, results) from
    held: deque = field(default_factory=deque)  # numbers handed to it, results not read yet


@dataclass
class _Run:
    chunks: list[list[str]]
    window: int
    done: dict = field(default_factory=dict)  # number -> results, until given back in order
    out: int = 0  # the next chunk to give back
    given: int = 0  # the next chunk to hand out (to a helper or to the caller itself)

    def open(self) -> bool:
        return self.given < min(len(self.chunks), self.out + self.window)


def shared(chunks: list[list[str]], render_many: Render, fmt: str, jobs: int, script: str | None,
           stdin: bytes | None, window: int) -> Iterator[tuple[list[str], list[tuple]]]:
    """Each chunk with its results, in order, parsed by the caller and ``jobs - 1`` helpers."""
    run = _Run(chunks, window)
    helpers: list[_Helper] = []
    for _ in range(min(jobs - 1, len(chunks) - 1)):
        helpers.append(_fork(run, render_many, fmt, script, helpers))
    finished = False
    try:
        while run.out < len(chunks):
            _feed(helpers, run)
            if run.out in run.done:
                run.out += 1
                yield chunks[run.out - 1], run.done.pop(run.out - 1)
            elif run.open():
                _own(run, helpers, render_many, fmt, script, stdin)
            else:
                _receive(helpers, run, wait=True)
        finished = True
    finally:
        _stop(helpers, finished)


def _feed(helpers: list[_Helper], run: _Run) -> None:
    """Every helper given chunks up to ``DEPTH``, in order, as the window allows (not stdin's)."""
    for h in list(helpers):
        while len(h.held) < DEPTH and run.open() and "-" not in run.chunks[run.given]:
            try:
                _send(h.tasks, HEADER.pack(run.given))
            except BrokenPipeError:  # it died: its chunks' notices are failures
                _lost(h, run, helpers)
                break
            h.held.append(run.given)
            run.given += 1


def _own(run: _Run, helpers: list[_Helper], render_many: Render, fmt: str, script: str | None,
         stdin: bytes | None) -> None:
    """The next chunk parsed here, notice by notice, the helpers' results read (and the helpers
    fed) after each notice."""
    number = run.given
    run.given += 1
    results = []
    for path in run.chunks[number]:
        results += render_many([path], fmt, script, stdin if path == "-" else None)
        _receive(helpers, run, wait=False)
        _feed(helpers, run)
    run.done[number] = results


def _receive(helpers: list[_Helper], run: _Run, wait: bool) -> None:
    """The results the helpers have sent (waiting for one at least, with ``wait``)."""
    busy = {h.results: h for h in helpers if h.held}
    if not busy:
        return
    poll = select.poll()
    for fd in busy:
        poll.register(fd, select.POLLIN)
    for fd, _ in poll.poll(None if wait else 0):
        h = busy[fd]
        message = _read(fd)
        if message is None:  # it died: its chunks' notices are failures
            _lost(h, run, helpers)
            continue
        number, results = pickle.loads(message)
        h.held.remove(number)
        run.done[number] = results


def _lost(h: _Helper, run: _Run, helpers: list[_Helper]) -> None:
    helpers.remove(h)
    os.close(h.tasks)
    os.close(h.results)
    _, status = os.waitpid(h.pid, 0)
    how = f"signal {-os.waitstatus_to_exitcode(status)}" if os.WIFSIGNALED(status) else \
        f"exit status {os.waitstatus_to_exitcode(status)}"
    for number in h.held:
        run.done[number] = [(None, f"{path}: not parsed: the worker process parsing it ended ({how})", 0, 0)
                            for path in run.chunks[number]]


def _fork(run: _Run, render_many: Render, fmt: str, script: str | None, others: list[_Helper]) -> _Helper:
    tasks_r, tasks_w = os.pipe()
    results_r, results_w = os.pipe()
    try:
        import fcntl

        fcntl.fcntl(results_w, fcntl.F_SETPIPE_SZ, PIPE)
    except (ImportError, AttributeError, OSError):  # a smaller pipe: the helper waits for the caller more often
        pass
    pid = os.fork()
    if pid == 0:  # the helper: it never returns into the caller's code
        code = 1
        try:
            signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the caller's to handle
            for fd in [tasks_w, results_r] + [fd for h in others for fd in (h.tasks, h.results)]:
                os.close(fd)
            _serve(tasks_r, results_w, run.chunks, render_many, fmt, script)
            code = 0
        except BrokenPipeError:  # the caller is gone (killed): nobody to tell
            pass
        except BaseException:
            import traceback

            traceback.print_exc()
        finally:
            os._exit(code)
    os.close(tasks_r)
    os.close(results_w)
    return _Helper(pid, tasks_w, results_r)


def _serve(tasks: int, results: int, chunks: list[list[str]], render_many: Render, fmt: str,
           script: str | None) -> None:
    """In a helper: parse each chunk the caller names and send its results, until the caller
    closes the pipe."""
    while (message := _read(tasks)) is not None:
        (number,) = HEADER.unpack(message)
        _send(results, pickle.dumps((number, render_many(chunks[number], fmt, script, None)), pickle.HIGHEST_PROTOCOL))


def _stop(helpers: list[_Helper], finished: bool) -> None:
    """The helpers told to end (their pipe closed) and waited for; ended at once when the batch
    did not finish (Ctrl-C, an error, the caller stopped reading)."""
    for h in helpers:
        os.close(h.tasks)
        os.close(h.results)
        if not finished:
            try:
                os.kill(h.pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
    for h in helpers:
        os.waitpid(h.pid, 0)
    helpers.clear()


def _send(fd: int, payload: bytes) -> None:
    view = memoryview(HEADER.pack(len(payload)) + payload)
    while view:
        view = view[os.write(fd, view):]


def _read(fd: int) -> bytearray | None:
    """One message, or None at the end of the pipe (the writer closed it or died)."""
    header = _exactly(fd, HEADER.size)
    if header is None:
        return None
    return _exactly(fd, HEADER.unpack(header)[0])


def _exactly(fd: int, size: int) -> bytearray | None:
    """``size`` bytes read into one buffer (no pieces to join), or None if the pipe ends first."""
    buffer = bytearray(size)
    view, got = memoryview(buffer), 0
    while got < size:
        n = os.readv(fd, [view[got:]])
        if not n:
            return None
        got += n
    return buffer
