#!/usr/bin/env python3
"""planparse benchmark: prints a table of figures measured on this machine, in one run.

    python bench/bench.py            # all five figures (a few minutes)
    python bench/bench.py --quick    # smaller samples

1. start-up: `planparse extract` on the seed, `--help` and `--version`, against the bare
   import of the stack (`python -c "import typer, rich, pydantic, yaml, regex"`), cold (a new
   process each run), with planparse's bytecode compiled first as an installed package has
   it (the stack's was compiled by pip; `PYTHONDONTWRITEBYTECODE=1` would otherwise make
   every run compile our modules from source); extract with the compiled patterns a first
   run keeps (and a first run, without them); wall-clock and processor-time ratios;
2. batch: 1,000 notices (the bulk documents, plus copies of the seed and the shared
   corpus with their numbers varied) in one call against separate calls (timed on a
   sample of separate calls, scaled to 1,000), and `-j 2` against `-j 1`;
3. scaling: the library's parse of a notice 10x as long against the notice itself;
4. `planparse clean` on 50 MB of annotated text against a `sed -E` one-liner that
   deletes every parenthesised lowercase word (fast and wrong);
5. per-stage times for the seed;
6. throughput (bench/throughput.py): the library parse over ../shared/bulk/raw against a
   yardstick pass, the json/jsonl/yaml writers against the parse, the stages over the set;
7. jobs: `extract DIR -j 2` against `-j 1` on the bulk set;
8. memory and hard inputs (bench/inputs.py): peak memory on the 22 MB synthetic notice,
   and time, memory and growth from 1x to 10x on five hard inputs.

    python bench/bench.py --only throughput,jobs,memory,hard   # some sections
Each timing is the best of several runs (the minimum is the least disturbed figure).
"""
from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "data" / "raw" / "jinan-2022-shuangchuang.txt"
SHARED = ROOT.parent / "shared"
PY = sys.executable
CLI = [PY, "-m", "plan_parser"]
if shutil.which("planparse") and Path(shutil.which("planparse")).parent == Path(PY).parent:
    CLI = [shutil.which("planparse")]


def best(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def sh(args: list[str], **kw) -> None:
    subprocess.run(args, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kw)


def interleaved(commands: dict[str, tuple[list[str], dict | None]], runs: int,
                cpu: dict[str, float] | None = None) -> dict[str, float]:
    """The best time of each command, run in turn round after round, so that a slow spell
    of the shared machine falls on all of them alike; ``cpu`` receives the best processor
    time (user + system) of each, which a busy machine disturbs less than the wall clock."""
    import resource

    times: dict[str, list[float]] = {name: [] for name in commands}
    used: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, (args, env) in commands.items():
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            t = time.perf_counter()
            sh(args, env=env)
            times[name].append(time.perf_counter() - t)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            used[name].append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    if cpu is not None:
        cpu.update((name, min(ts)) for name, ts in used.items())
    return {name: min(ts) for name, ts in times.items()}


def compiled_bytecode() -> None:
    """Compile planparse's modules to bytecode once, as an installed package has them.

    An editable install (``pip install -e``) under ``PYTHONDONTWRITEBYTECODE=1`` (this machine's
    environment) never writes ``__pycache__``, so every run would compile our modules from
    source (~70 ms) while the baseline's packages, installed by pip, load compiled. Compiled
    here, both sides start as a user's installed copy does; the children keep the environment."""
    code = "import os, plan_parser; print(os.path.dirname(plan_parser.__file__))"
    package = subprocess.run([PY, "-c", code], check=True, capture_output=True, text=True).stdout.strip()
    sh([PY, "-m", "compileall", "-q", package])


def startup(runs: int, tmp: Path) -> list[tuple[str, str, str]]:
    """Cold start (every command loads the stack itself, from bytecode compiled beforehand for
    both sides); the baseline runs in the same rounds. ``extract`` keeps its compiled patterns
    in a store of its own here (``PLANPARSE_CACHE_DIR``), filled by its first run as a user's
    first run fills ``~/.cache/planparse``; the ``first run`` line runs without a store."""
    compiled_bytecode()
    base_args = [PY, "-c", "import typer, rich, pydantic, yaml, regex"]
    extract = CLI + ["extract", str(SEED), "-o", os.devnull]
    store = {**os.environ, "PLANPARSE_CACHE_DIR": str(tmp / "cache")}
    cpu: dict[str, float] = {}
    cold = interleaved({"base": (base_args, None), "extract": (extract, store), "help": (CLI + ["--help"], None),
                        "version": (CLI + ["--version"], None),
                        "first": (extract, {**os.environ, "PLANPARSE_CACHE_DIR": ""})}, runs, cpu)
    rows = [("import typer, rich, pydantic, yaml, regex", f"{cold['base'] * 1000:.0f} ms", "baseline (all bytecode compiled)")]
    for name, label, goal in (("extract", "planparse extract seed", 1.6), ("first", "planparse extract seed, first run", 1.6),
                              ("help", "planparse --help", 0.8), ("version", "planparse --version", 0.8)):
        t = cold[name]
        rows.append((label if name == "first" else f"{label}, cold", f"{t * 1000:.0f} ms",
                     f"ratio {t / cold['base']:.2f} (goal <= {goal}); processor time {cpu[name] / cpu['base']:.2f}"))
    return rows


def corpus(tmp: Path, n: int) -> Path:
    """``n`` notices: the bulk documents, then copies of the seed and corpus with numbers varied."""
    out = tmp / "notices"
    out.mkdir()
    sources = sorted((SHARED / "bulk" / "raw").glob("*.txt"))
    for src in sources[:n]:
        shutil.copy(src, out / src.name)
    extra = [SEED] + sorted((SHARED / "corpus" / "raw").glob("*.txt"))
    rng = random.Random(7)
    i = 0
    while len(list(out.iterdir())) < n:
        src = extra[i % len(extra)]
        text = re.sub(r"(?<=[^\d])(\d{2,3})(?=[家人个名%])", lambda m: str(int(m.group(1)) + rng.randint(1, 9)),
                      src.read_text(encoding="utf-8"))
        (out / f"copy{i:04d}-{src.name}").write_text(text, encoding="utf-8")
        i += 1
    return out


def batch(tmp: Path, n: int, sample: int) -> list[tuple[str, str, str]]:
    folder = corpus(tmp, n)
    files = sorted(folder.iterdir())
    runs = interleaved({j: (CLI + ["extract", str(folder), "--format", "jsonl", "-j", j, "-o", os.devnull], None)
                        for j in ("1", "2")}, 2)  # two rounds: a busy spell of the shared machine hits both
    one, two = runs["1"], runs["2"]
    picked = random.Random(1).sample(files, min(sample, len(files)))
    t = time.perf_counter()
    for f in picked:
        sh(CLI + ["extract", str(f), "--format", "json", "-o", os.devnull])
    separate = (time.perf_counter() - t) / len(picked) * len(files)
    return [
        (f"{len(files)} notices, one call, -j 1", f"{one:.1f} s", ""),
        (f"{len(files)} notices, one call, -j 2", f"{two:.1f} s", f"-j 2 vs -j 1: {one / two:.2f}x (goal >= 1.6)"),
        (f"{len(files)} separate calls (from {len(picked)})", f"{separate:.1f} s",
         f"one call (-j 2) is {separate / two:.0f}x faster (goal >= 30)"),
    ]


def best_kept(fn, runs: int) -> float:
    """Like ``best``, but the result is freed outside the timed part (a large document's
    teardown is not the parse's cost), and the collector starts clean each time."""
    import gc

    times = []
    for _ in range(runs):
        gc.collect()
        t = time.perf_counter()
        kept = fn()
        times.append(time.perf_counter() - t)
        del kept
    return min(times)


def scaling(runs: int) -> list[tuple[str, str, str]]:
    import plan_parser

    text = SEED.read_text(encoding="utf-8")
    long = _lengthen(text, 10)
    size = len(long) / len(text)
    plan_parser.parse_text(text)  # load the pinyin dictionary and compile the patterns first
    t1 = best_kept(lambda: plan_parser.parse_text(text), runs)
    t10 = best_kept(lambda: plan_parser.parse_text(long), runs)
    return [("parse seed (library)", f"{t1 * 1000:.0f} ms", ""),
            (f"parse seed x{size:.1f} long (library)", f"{t10 * 1000:.0f} ms",
             f"{t10 / t1:.1f}x the time for {size:.1f}x the text (goal: <= 1.1x the size ratio)")]


def _lengthen(text: str, k: int) -> str:
    """The seed with its plan and attachment repeated ``k`` times, numbered on: a notice ``k``
    times as long (the notice's head stays one)."""
    from inputs import repeat_plan

    return repeat_plan(text, k, tails=k)


def clean_vs_sed(tmp: Path, mb: int) -> list[tuple[str, str, str]]:
    seed = SEED.read_text(encoding="utf-8")
    big = tmp / "annotated.txt"
    with big.open("w", encoding="utf-8") as fh:
        size = 0
        while size < mb * 1_000_000:
            fh.write(seed)
            size += len(seed.encode("utf-8"))
    ours = best(lambda: sh(CLI + ["clean", str(big), "-o", str(tmp / "clean.txt")]), 2)
    sed = best(lambda: subprocess.run(["sed", "-E", r"s/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)//g", str(big)],
                                      check=True, stdout=subprocess.DEVNULL), 2)
    return [(f"sed -E on {mb} MB", f"{sed:.2f} s", "fast and wrong"),
            (f"planparse clean on {mb} MB", f"{ours:.2f} s", f"{ours / sed:.2f}x sed (goal <= 3"
             + (")" if mb >= 50 else " on 50 MB; start-up weighs more on a smaller file)"))]


def stages(runs: int) -> list[tuple[str, str, str]]:
    from plan_parser.parse import build as pipeline
    from plan_parser.parse.clean import clean
    from plan_parser.parse.read import read_path
    from plan_parser.output.serialize import dumps

    timings = pipeline.stage_times(read_path(SEED), runs)
    src = read_path(SEED)
    doc = pipeline.parse(src)
    rows = [(f"stage: {name}", f"{t * 1000:.1f} ms", "") for name, t in timings.items()]
    rows.append(("stage: read", f"{best(lambda: read_path(SEED), runs) * 1000:.1f} ms", ""))
    rows.append(("stage: clean (dictionary loaded)", f"{best(lambda: clean(src.text), runs) * 1000:.1f} ms", ""))
    rows.append(("stage: serialise yaml", f"{best(lambda: dumps(doc, 'yaml'), runs) * 1000:.1f} ms", ""))
    rows.append(("stage: serialise json", f"{best(lambda: dumps(doc, 'json'), runs) * 1000:.1f} ms", ""))
    return rows


def _throughput(tmp, runs, quick):
    from throughput import throughput

    return throughput(2 if quick else 3)


def _jobs(tmp, runs, quick):
    from jobs import jobs

    compiled_bytecode()  # both sides load our modules compiled, as an installed copy does
    return jobs(3 if quick else 5, tmp)


def _memory(tmp, runs, quick):
    from inputs import memory

    return memory(tmp)


def _hard(tmp, runs, quick):
    from inputs import hard

    return hard(tmp)


SECTIONS = {
    "startup": lambda tmp, runs, quick: startup(runs * 3, tmp),  # short and noisy: more runs
    "batch": lambda tmp, runs, quick: batch(tmp, 200 if quick else 1000, 10 if quick else 40),
    "scaling": lambda tmp, runs, quick: scaling(runs),
    "clean": lambda tmp, runs, quick: clean_vs_sed(tmp, 5 if quick else 50),
    "stages": lambda tmp, runs, quick: stages(runs),
    "throughput": _throughput,
    "jobs": _jobs,
    "memory": _memory,
    "hard": _hard,
}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="smaller samples")
    ap.add_argument("--only", default="", help="comma-separated sections: " + ",".join(SECTIONS))
    args = ap.parse_args()
    runs = 3 if args.quick else 7
    rows: list[tuple[str, str, str]] = []
    sys.path.insert(0, str(Path(__file__).parent))
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        for name in args.only.split(",") if args.only else SECTIONS:
            rows += SECTIONS[name](tmp, runs, args.quick)
    width = max(len(r[0]) for r in rows)
    print(f"planparse benchmark on {os.cpu_count()} cores, Python {sys.version.split()[0]}")
    for name, value, note in rows:
        print(f"{name:<{width}}  {value:>10}  {note}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
