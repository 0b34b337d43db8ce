#!/usr/bin/env python3
"""The parse's stages over the bulk set, this tree's against another's, measured side by side:
on a shared machine absolute times drift by a third between minutes, ratios do not.

    git archive main src | tar -x -C /tmp/base      # the other tree's sources
    python bench/stages_compare.py /tmp/base/src     # rounds of: other, this (best of each)
    python bench/stages_compare.py /tmp/base/src --rounds 4

Each round runs a fresh process per tree (``--child SRC``: bench/throughput.py's stage profile,
best of two passes) and keeps the best of each stage; it prints each stage for both trees and
their ratio. The answers themselves are checked by ``scripts/regen_golden.py --check``.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
THIS = HERE.parent / "src"


def child(src: str) -> None:
    sys.path.insert(0, src)
    sys.path.insert(1, str(HERE))
    import plan_parser
    from throughput import bulk_files, stage_profile

    assert plan_parser.__file__.startswith(src), plan_parser.__file__
    files = bulk_files()
    stage_profile(files)  # warm: patterns compiled, dictionary loaded
    best: dict[str, float] = {}
    for _ in range(2):
        for name, ms, _ in stage_profile(files):
            stage = name.split(": ", 1)[1]
            best[stage] = min(best.get(stage, float("inf")), float(ms.split()[0]))
    print(json.dumps(best))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("other", nargs="?", help="the other tree's src folder")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--child", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        return child(args.child)
    if not args.other:
        ap.error("give the other tree's src folder")
    best: dict[str, dict[str, float]] = {"other": {}, "this": {}}
    for _ in range(args.rounds):
        for who, src in (("other", args.other), ("this", str(THIS))):
            run = subprocess.run([sys.executable, __file__, "--child", src], capture_output=True, text=True, check=True)
            for stage, ms in json.loads(run.stdout.strip().splitlines()[-1]).items():
                best[who][stage] = min(best[who].get(stage, float("inf")), ms)
    print(f"{'stage over bulk (best, ms)':28} {'other':>8} {'this':>8} {'this/other':>10}")
    for stage in sorted(best["other"], key=lambda s: -best["other"][s]):
        a, b = best["other"][stage], best["this"].get(stage, float("nan"))
        print(f"{stage:28} {a:8.0f} {b:8.0f} {b / a if a else float('nan'):10.2f}")


if __name__ == "__main__":
    main()
