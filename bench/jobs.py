"""Bench section jobs: ``extract DIR -j 2`` against ``-j 1`` on the bulk set, side by side, and
where each run's time goes (CPU of the parent before and during the batch, CPU of its worker:
the parent parses its share beside a pool of one worker, forked on Linux).

The walls are the best of several rounds, the two commands run in turn in each round (a slow
spell of the shared machine falls on both). A loaded machine depresses the -j 2 ratio (the
second core is not ours), so the section also prints what the CPU times say: how many cores
the batch kept busy, the parent's share, and the ratio the same work would give on two idle
cores (the parent's time before the first fork is serial; the helpers' and the parent's time
after it is spread over the cores).
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

BULK = Path(__file__).resolve().parents[2] / "shared" / "bulk" / "raw"

# the CLI run in a child process as ``planparse`` runs it, noting the CPU times when the batch
# starts and ends (os.times: the process's own, and its workers' once they have exited)
WRAPPER = """
import json, os, sys, time
import plan_parser.batch as batch  # (not the CLI: it loads as planparse loads it, after main starts)
marks = {}
def note(name):
    t = os.times()
    marks[name] = (time.perf_counter(), t.user + t.system, t.children_user + t.children_system)
real = batch.run
def run(*args, **kwargs):
    note("start")
    yield from real(*args, **kwargs)
    note("end")
batch.run = run  # cli.progress, loaded later, imports this one by name
fork = os.fork
def forked():  # the first worker forked: the parent's serial part ends here
    if "fork" not in marks:
        note("fork")
    return fork()
os.fork = forked
out, sys.argv = sys.argv[1], ["planparse"] + sys.argv[2:]
from plan_parser.entry import main
try:
    main()
except SystemExit:
    pass
note("exit")
with open(out, "w") as fh:
    json.dump(marks, fh)
"""


@dataclass(frozen=True)
class Run:
    wall: float  # the whole command, timed from outside
    before: float  # parent CPU until the batch starts (start-up, walking the folder, ...)
    serial: float  # parent CPU until the first worker is forked (nothing runs beside it)
    after: float  # parent CPU from then on (its own share of the notices, receiving, writing, exiting)
    workers: float  # CPU of the forked processes (the pool's workers)
    batch_wall: float  # wall time of the batch itself

    @property
    def cpu(self) -> float:
        return self.serial + self.after + self.workers


def measure(jobs: str, store: Path, folder: Path = BULK) -> Run:
    """One run of ``extract folder -j jobs``, its compiled patterns kept in ``store``."""
    with tempfile.NamedTemporaryFile(suffix=".json") as marks:
        args = [sys.executable, "-c", WRAPPER, marks.name, "extract", str(folder), "--format", "jsonl",
                "-j", jobs, "-o", os.devnull, "-q"]
        t = time.perf_counter()
        subprocess.run(args, check=True, stdout=subprocess.DEVNULL, env={**os.environ, "PLANPARSE_CACHE_DIR": str(store)})
        wall = time.perf_counter() - t
        m = json.loads(Path(marks.name).read_text())
    serial = m.get("fork", m["exit"])[1]  # -j 1 forks nothing: all of it is serial
    return Run(wall, m["start"][1], serial, m["exit"][1] - serial, m["exit"][2], m["end"][0] - m["start"][0])


def jobs(runs: int, tmp: Path) -> list[tuple[str, str, str]]:
    """The rows; the runs keep their compiled patterns in a store of their own under ``tmp``,
    filled by a first run that is not timed (as a user's first run fills ~/.cache/planparse), so
    the figures do not depend on what this machine's store holds."""
    store = tmp / "jobs-patterns"
    measure("1", store)
    load = os.getloadavg()[0]
    rounds = [(measure("1", store), measure("2", store)) for _ in range(runs)]
    one = min((r[0] for r in rounds), key=lambda r: r.wall)
    two = min((r[1] for r in rounds), key=lambda r: r.wall)
    t1 = min(r[0].cpu for r in rounds)  # one process: on an idle core its wall is its CPU time
    serial = min(r[1].serial for r in rounds)
    parallel = min(r[1].after + r[1].workers for r in rounds)
    return [
        ("bulk set, one call, -j 1", f"{one.wall:.2f} s", f"CPU {one.cpu:.2f} s"),
        ("bulk set, one call, -j 2", f"{two.wall:.2f} s",
         f"-j 2 vs -j 1: {one.wall / two.wall:.2f}x (goal >= 1.8); load average {load:.1f} -> {os.getloadavg()[0]:.1f}"),
        ("-j 2: batch CPU / batch wall", f"{(two.workers + two.after + two.serial - two.before) / two.batch_wall:.2f}",
         f"cores the batch kept busy (2.0 at most); its CPU {two.workers + two.after + two.serial - two.before:.2f} s "
         f"(helper {two.workers:.2f} s) against -j 1's batch {one.serial - one.before:.2f} s"),
        ("-j 2: parent CPU until the first fork", f"{two.serial:.2f} s",
         f"serial: start-up {two.before:.2f} s (-j 1: {one.before:.2f} s), then the batch's own"),
        ("-j 2: parent CPU after the fork", f"{two.after:.2f} s",
         f"its share of the notices, receiving and writing; the helper's {two.workers:.2f} s"),
        ("-j 2 vs -j 1 on two idle cores", f"{t1 / (serial + parallel / 2):.2f}x",
         f"from the CPU times: {t1:.2f} s / ({serial:.2f} s serial + {parallel:.2f} s / 2)"),
    ]
