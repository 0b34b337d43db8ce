#!/usr/bin/env python3
"""A finer profile of the structure and tree stages: the cleaned text of every bulk and corpus
file (the structure stage's input) and every region's lines ``tree.build`` is given, recorded
once from real parses, then replayed alone and timed, or under cProfile.

    python bench/structure_profile.py             # time both replays (best of 5)
    python bench/structure_profile.py --profile   # cProfile of one replay of each, top functions
    python bench/structure_profile.py --only tree # one of the two (structure, tree)

The structure replay runs exactly the stage's work of build.py (``fold``, ``split_lines``,
``layout``); the tree replay ``tree.build`` per region. ``--record FILE`` / ``--compare FILE``
pickle the results (lines, layouts and trees, made plain) to check two versions of the stages
give the same answers call for call.
"""
from __future__ import annotations

import argparse
import pickle
import sys
import time
from pathlib import Path

from sources import parse_every_source


def record() -> tuple[list[str], list[list]]:
    """The cleaned text of each parse, and the lines of each ``tree.build`` call."""
    from plan_parser.parse import build, items

    texts: list[str] = []
    regions: list[list] = []
    real_split, real_build = build.split_lines, items.build

    def split_spy(text, folded=None):
        texts.append(text)
        return real_split(text, folded)

    def build_spy(lines):
        regions.append(lines)
        return real_build(lines)

    build.split_lines, items.build = split_spy, build_spy
    try:
        parse_every_source()
    finally:
        build.split_lines, items.build = real_split, real_build
    return texts, regions


def structure(texts: list[str]) -> list:
    from plan_parser.parse import patterns as P
    from plan_parser.parse.clock import gc_paused
    from plan_parser.parse.layout import layout
    from plan_parser.parse.lines import split_lines

    out = []
    for text in texts:
        with gc_paused():  # as the parse runs
            lines = split_lines(text, P.fold(text))
            out.append((lines, layout(lines)))
    return out


def trees(regions: list[list]) -> list:
    from plan_parser.parse.clock import gc_paused
    from plan_parser.parse.tree import build

    out = []
    for lines in regions:
        with gc_paused():  # as the parse runs
            out.append(build(lines))
    return out


def plain_structure(results) -> list:
    return [(list(lines), list(lines.filled) if hasattr(lines, "filled") else None, lay) for lines, lay in results]


def plain_trees(results) -> list:
    def node(n):  # the marker as a plain tuple: the same whatever type holds it
        mk = n.marker
        return ((mk.style, mk.number, mk.text, mk.end, mk.parts), n.line, n.path, n.title, n.body, n.in_table, n.title_end, [node(c) for c in n.children])

    return [(t.preamble, [node(n) for n in t.roots], t.skipped) for t in results]


def best_of(fn, arg, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn(arg)
        times.append(time.perf_counter() - t)
    return times


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--profile", action="store_true")
    ap.add_argument("--only", choices=("structure", "tree"))
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--record")
    ap.add_argument("--compare")
    args = ap.parse_args()
    texts, regions = record()
    print(f"{len(texts)} texts, {sum(map(len, texts)) / 1e6:.2f} M characters; {len(regions)} regions, "
          f"{sum(map(len, regions))} lines")
    plain = (plain_structure(structure(texts)), plain_trees(trees(regions)))
    if args.record:
        Path(args.record).write_bytes(pickle.dumps(plain))
    if args.compare:
        old = pickle.loads(Path(args.compare).read_bytes())
        for name, a, b in (("structure", old[0], plain[0]), ("tree", old[1], plain[1])):
            bad = [k for k, (x, y) in enumerate(zip(a, b)) if x != y]
            print(f"compare {name}: {len(bad)} of {len(b)} differ" + (f", first #{bad[0]}" if bad else ""))
            if bad or len(a) != len(b):
                return 1
    stages = [("structure", structure, texts), ("tree", trees, regions)]
    stages = [s for s in stages if args.only in (None, s[0])]
    if args.profile:
        import cProfile
        import pstats

        for name, fn, arg in stages:
            prof = cProfile.Profile()
            prof.runcall(fn, arg)
            print(f"--- {name}")
            pstats.Stats(prof).sort_stats("tottime").print_stats(35)
    for name, fn, arg in stages:
        times = best_of(fn, arg, args.runs)
        print(f"{name} replay: best {min(times) * 1000:.0f} ms of {args.runs} "
              f"({', '.join(f'{x * 1000:.0f}' for x in times)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
