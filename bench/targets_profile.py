#!/usr/bin/env python3
"""A finer profile of the targets stage: every ``targets.scan`` call the parse makes over the
bulk set (and the corpus), recorded once, then replayed alone and timed, or under cProfile.

    python bench/targets_profile.py            # time the replay (best of 5)
    python bench/targets_profile.py --profile  # cProfile of one replay, top functions
    python bench/targets_profile.py --calls    # how often each pattern is searched

The replay runs exactly the stage's work (``scan`` per paragraph, with the parse's context
and carried period), so its time is the ``targets`` figure of bench.py without the rest of
the parse around it. ``--record FILE`` / ``--compare FILE`` pickle the results to check two
versions of the stage give the same answers call for call.
"""
from __future__ import annotations

import argparse
import pickle
import sys
import time
from pathlib import Path

from sources import parse_every_source


def record_calls() -> list[tuple]:
    """The arguments of every ``scan`` call of a parse of each bulk and corpus file."""
    from plan_parser.parse import items

    calls: list[tuple] = []
    real = items.scan

    def spy(*args):
        calls.append(args)
        return real(*args)

    items.scan = spy
    try:
        parse_every_source()
    finally:
        items.scan = real
    return calls


def replay(calls: list[tuple]) -> list:
    """Every call replayed, the cycle collector paused as the parse pauses it (clock.gc_paused):
    the collections a replay would run otherwise are no part of the stage's time."""
    from plan_parser.parse.clock import gc_paused
    from plan_parser.parse.targets import scan

    with gc_paused():
        return [scan(*args) for args in calls]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--profile", action="store_true")
    ap.add_argument("--calls", action="store_true")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--record")
    ap.add_argument("--compare")
    args = ap.parse_args()
    calls = record_calls()
    chars = sum(len(c[0]) for c in calls)
    print(f"{len(calls)} scan calls, {chars / 1e6:.2f} M characters")
    results = replay(calls)  # warm: patterns compiled
    if args.record:
        Path(args.record).write_bytes(pickle.dumps(results))
    if args.compare:
        old = pickle.loads(Path(args.compare).read_bytes())
        bad = [k for k, (a, b) in enumerate(zip(old, results)) if a != b]
        print(f"compare: {len(bad)} of {len(results)} calls differ" + (f", first {calls[bad[0]][0]!r}" if bad else ""))
        if bad or len(old) != len(results):
            return 1
    if args.profile:
        import cProfile
        import pstats

        prof = cProfile.Profile()
        prof.runcall(replay, calls)
        pstats.Stats(prof).sort_stats("tottime").print_stats(30)
    if args.calls:
        _count_pattern_calls(calls)
    times = []
    for _ in range(args.runs):
        t = time.perf_counter()
        replay(calls)
        times.append(time.perf_counter() - t)
    print(f"targets replay: best {min(times) * 1000:.0f} ms of {args.runs} ({', '.join(f'{x * 1000:.0f}' for x in times)})")
    return 0


def _count_pattern_calls(calls) -> None:
    """Searches per pattern in one replay (by wrapping each pattern of the patterns package)."""
    from collections import Counter

    from plan_parser.parse import patterns as P

    count: Counter = Counter()
    saved = {}
    for name in dir(P):
        rx = getattr(P, name)
        if hasattr(rx, "finditer") and hasattr(rx, "pattern") and not isinstance(rx, type(sys)):
            saved[name] = rx
            setattr(P, name, _Counting(name, rx, count))
    try:
        replay(calls)
    finally:
        for name, rx in saved.items():
            setattr(P, name, rx)
    for (name, how), n in count.most_common(40):
        print(f"{n:>9}  {name}.{how}")


class _Counting:
    def __init__(self, name, rx, count):
        self._name, self._rx, self._count = name, rx, count

    def __getattr__(self, how):
        attr = getattr(self._rx, how)
        if not callable(attr):
            return attr

        def call(*a, **k):
            self._count[(self._name, how)] += 1
            return attr(*a, **k)

        return call


if __name__ == "__main__":
    sys.exit(main())
