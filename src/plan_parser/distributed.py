"""Distributed stage: notice paths -> the Parquet corpus tables, written by Dask workers.

The parse is a pure function of a file's bytes, so a corpus splits into partitions of files that
any worker can take: a ``dask.bag`` of partitions, each worker parsing its files and writing its
own part file of each table (``OUT/<table>/part-NNNNN.parquet``, one row group per batch), and
sending back only a small summary. Nothing large crosses the network but the files themselves,
which the workers read from storage they all see (a shared or network file system).

    from plan_parser.distributed import extract_parquet
    summary = extract_parquet(paths, "out/")                       # local processes
    summary = extract_parquet(paths, "out/", "tcp://10.0.0.5:8786")  # a running Dask cluster

Dask (the ``planparse[dask]`` extra) and pyarrow are imported only when this runs.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

PARTITION = 64  # notices per partition: enough to amortise a task, small enough to balance
LOCAL = ("processes", "threads", "synchronous", "sync", "single-threaded")


@dataclass(frozen=True)
class Summary:
    done: int = 0
    tasks: int = 0
    errors: tuple[str, ...] = field(default_factory=tuple)  # one line per file that failed

    def __add__(self, other: "Summary") -> "Summary":
        return Summary(self.done + other.done, self.tasks + other.tasks, self.errors + other.errors)


def extract_parquet(paths: list[str], out_dir: str | Path, scheduler: str | None = None,
                    partition: int = PARTITION, script: str | None = None) -> Summary:
    """Parse ``paths`` on Dask and write the tables under ``out_dir``.

    ``scheduler``: None for Dask's local processes, a local scheduler's name (``threads``…), or
    the address of a cluster's scheduler (``tcp://host:8786``).
    """
    import dask.bag as db

    from .output.parquet import existing

    found = existing(Path(out_dir))
    if found:  # a second run there would count every row twice
        raise FileExistsError(f"{out_dir} already holds Parquet tables ({', '.join(found)})")
    parts = [(f"{i:05d}", paths[i:i + partition]) for i in range(0, len(paths), partition)]
    if not parts:
        return Summary()
    bag = db.from_sequence(parts, npartitions=len(parts)).map(write_part, str(out_dir), script)
    if scheduler and scheduler not in LOCAL:
        from distributed import Client

        with Client(scheduler):
            results = bag.compute()
    else:
        results = bag.compute(scheduler=scheduler or "processes")
    return sum(results, Summary())


def write_part(part: tuple[str, list[str]], out_dir: str, script: str | None = None) -> Summary:
    """One partition on a worker: parse its files, write its part of every table."""
    import json

    from .batch import render
    from .output.parquet import Sink

    name, paths = part
    sink, summary = Sink(Path(out_dir), part=name), Summary()
    try:
        for path in paths:
            res = render(path, "rows", script)
            if res.error:
                summary += Summary(errors=(res.error,))
                continue
            sink.add(json.loads(res.text))
            summary += Summary(done=1, tasks=res.tasks)
        sink.close()
    except BaseException:
        sink.abort()
        raise
    return summary
