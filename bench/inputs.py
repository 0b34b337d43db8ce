"""Memory and hard inputs for bench.py: each parse runs in a child process that reports its
own time and peak memory (its resident high-water mark, less what it held before ``extract`` read
the file: ``VmHWM`` of /proc/self/status where there is one, else ``ru_maxrss``, which Linux carries
over ``exec`` from the forking process: a child of a large bench process would seem to need less).

* the 22 MB synthetic notice: the seed's plan items repeated 1,000 times, numbered on;
* five hard inputs, each at a tenth of its size and at full size (growth should be ~10x):
  10 MB of blank lines, 10 MB of one character, 10^5 nested brackets, 10^5 clauses on one
  line, and the synthetic notice itself at 100x.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "data" / "raw" / "jinan-2022-shuangchuang.txt"
HEAD = "关于印发某市工作方案的通知\n"

_CHILD = r"""
import gc, json, resource, sys, time
import plan_parser
def high_water():  # kB: this process's own (not the forking process's: ru_maxrss survives exec)
    try:
        with open("/proc/self/status") as fh:
            return next(int(ln.split()[1]) for ln in fh if ln.startswith("VmHWM:"))
    except (OSError, StopIteration):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
plan_parser.parse_text("关于印发某市工作方案的通知\n一、总体要求\n（一）加强领导。（牵头单位：市发展改革委）\n")
path = sys.argv[1]
with open(path, encoding="utf-8") as fh:  # counted a megabyte at a time: the peak is the parse's
    chars = sum(len(block) for block in iter(lambda: fh.read(1 << 20), ""))
before = high_water()
t = time.perf_counter()
doc = plan_parser.extract(path)  # as the CLI reads a file
parse = time.perf_counter() - t
t = time.perf_counter()
junk = [[] for _ in range(300_000)]  # allocations after the parse: the collections they set off
collect = time.perf_counter() - t
peak = high_water()
print(json.dumps({"seconds": parse, "collect": collect, "peak_kb": peak - before, "chars": chars}))
"""


def repeat_plan(text: str, k: int, tails: int = 1) -> str:
    """``text`` (the seed) with its plan (一、 … before 附件) repeated ``k`` times, items numbered
    on, and what follows the plan (its attachments) ``tails`` times."""
    import re

    lines = text.split("\n")
    start = next(i for i, ln in enumerate(lines) if re.match(r"^一(\(yī\))?、", ln))
    end = next(i for i, ln in enumerate(lines) if ln.startswith("附件"))
    body = lines[start:end]
    out = lines[:start]
    for r in range(k):
        out += [re.sub(r"^(\d+)\.", lambda m: f"{int(m.group(1)) + 25 * r}.", ln) for ln in body]
    return "\n".join(out + lines[end:] * tails)


def synthetic(k: int) -> str:
    """The seed with its plan repeated ``k`` times, items numbered on (the attachments once)."""
    return repeat_plan(SEED.read_text(encoding="utf-8"), k)


def hard_inputs(scale: float) -> dict[str, str]:
    """The hard inputs at ``scale`` (1.0 = full size)."""
    n = int(100_000 * scale)
    return {
        "10 MB of blank lines": HEAD + "\n" * int(10_000_000 * scale) + "一、总体要求\n",
        "10 MB of one character": HEAD + "一、总体要求\n" + "好" * int(10_000_000 * scale / 3) + "\n",
        "10^5 nested brackets": HEAD + "一、总体要求\n" + "(" * n + "加强" + ")" * n + "\n",
        "10^5 clauses on one line": HEAD + "一、总体要求\n（一）加强领导。" + "（牵头单位：市发展改革委）" * n + "\n",
    }


def child(path: Path, timeout: float) -> dict | None:
    try:
        run = subprocess.run([sys.executable, "-c", _CHILD, str(path)], capture_output=True, text=True,
                             timeout=timeout, check=True)
    except subprocess.TimeoutExpired:
        return None
    return json.loads(run.stdout.strip().splitlines()[-1])


def memory(tmp: Path) -> list[tuple[str, str, str]]:
    path = tmp / "synthetic.txt"
    path.write_text(synthetic(1000), encoding="utf-8")
    r = child(path, 600)
    if r is None:
        return [("22 MB synthetic notice", "timeout", "")]
    mb = path.stat().st_size / 1e6
    per_char = r["peak_kb"] * 1024 / r["chars"]
    return [(f"synthetic notice ({mb:.0f} MB, {r['chars'] / 1e6:.1f} M chars): parse", f"{r['seconds']:.1f} s",
             f"300k allocations after it {r['collect']:.2f} s (the collections they set off)"),
            ("synthetic notice: peak memory", f"{r['peak_kb'] / 1024:.0f} MB",
             f"{per_char:.0f} bytes per input character (goal <= 40)")]


def hard(tmp: Path, timeout: float = 120) -> list[tuple[str, str, str]]:
    rows = []
    small, full = hard_inputs(0.1), hard_inputs(1.0)
    for name in full:
        results = []
        for scale, text in (("1x", small[name]), ("10x", full[name])):
            path = tmp / f"hard-{scale}.txt"
            path.write_text(text, encoding="utf-8")
            results.append(child(path, timeout))
        a, b = results
        if b is None:
            rows.append((name, f"> {timeout:.0f} s", "timeout (goal < 2 s, < 500 MB)"))
            continue
        growth = f"growth 1x->10x: {b['seconds'] / a['seconds']:.1f}x" if a else ""
        rows.append((name, f"{b['seconds']:.2f} s", f"peak {b['peak_kb'] / 1024:.0f} MB; {growth} "
                                                     "(goal < 2 s, < 500 MB, growth ~10x)"))
    return rows
