"""Throughput figures for bench.py: the library parse over the bulk set against a yardstick
pass, the serialisers against the parse, and the parse's stages summed over the set.

The yardstick does, per notice, the work no parse can avoid, with the library's own
functions and patterns: read and decode, clean (pinyin), split and fold every line, try
the marker patterns on it, split it into sentences, run the target number regex over
each sentence, scan it for brackets, then validate the very data the parse produced with
the same Pydantic model (``Document.model_validate``). Same files, same validation: the
ratio parse / yardstick is what the parse's own logic costs.
"""
from __future__ import annotations

import time
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared"
BULK = SHARED / "bulk" / "raw"


def bulk_files() -> list[tuple[str, bytes]]:
    return [(f"bulk/raw/{p.name}", p.read_bytes()) for p in sorted(BULK.glob("*.txt"))]


def _yardstick(files, dumped) -> None:
    from plan_parser.models import Document
    from plan_parser.parse import patterns as P
    from plan_parser.parse.clean import clean
    from plan_parser.parse.read import read_bytes

    markers = [pattern for _, pattern in P.MARKERS]
    sentence = P.regex.compile(r"[。；;！？!?]")
    bracket = P.regex.compile(r"[()]")
    for (name, data), dump in zip(files, dumped):
        try:
            text = clean(read_bytes(data, name).text).text
        except Exception:  # noqa: BLE001 - the parse refuses the same files
            continue
        for raw in text.split("\n"):
            view = P.fold(raw.strip())
            for pattern in markers:
                if pattern.match(view):
                    break
            for part in sentence.split(view):
                for _ in P.TARGET_NUMBER.finditer(part):
                    pass
            depth = 0
            for m in bracket.finditer(view):  # the bracket scan: depth at each ( and )
                depth += 1 if m.group() == "(" else -1
        if dump is not None:
            Document.model_validate(dump)


def _parse_all(files) -> list:
    from plan_parser import InputError, parse_bytes

    out = []
    for name, data in files:
        try:
            out.append(parse_bytes(data, name))
        except InputError:
            out.append(None)
    return out


def _dump_all(docs, fmt: str) -> None:
    from plan_parser.output.serialize import dumps

    for doc in docs:
        if doc is not None:
            dumps(doc, fmt)


def _timed(fn) -> float:
    import gc

    gc.collect()
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def throughput(runs: int) -> list[tuple[str, str, str]]:
    """Rounds of: yardstick, parse, each serialiser (interleaved; the best of each)."""
    files = bulk_files()
    docs = _parse_all(files)  # warm: dictionary loaded, patterns compiled
    dumped = [d.model_dump() if d is not None else None for d in docs]
    size = sum(len(d) for _, d in files)
    passes = {"yardstick": lambda: _yardstick(files, dumped), "parse": lambda: _parse_all(files)}
    passes |= {fmt: (lambda f=fmt: _dump_all(docs, f)) for fmt in ("json", "jsonl", "yaml")}
    times: dict[str, list[float]] = {k: [] for k in passes}
    for _ in range(runs):
        for name, fn in passes.items():
            times[name].append(_timed(fn))
    best = {k: min(v) for k, v in times.items()}
    parse, yard = best["parse"], best["yardstick"]
    rows = [(f"yardstick pass, bulk ({len(files)} files, {size / 1e6:.1f} MB)", f"{yard:.2f} s",
             f"{len(files) / yard:.0f} docs/s"),
            ("library parse, bulk", f"{parse:.2f} s",
             f"{len(files) / parse:.0f} docs/s, {size / parse / 1e6:.1f} MB/s; "
             f"{parse / yard:.2f}x the yardstick (goal <= 2.0)")]
    for fmt, goal in (("json", "(parse+json)/parse <= 1.3"), ("jsonl", "(parse+jsonl)/parse <= 1.3"),
                      ("yaml", "yaml/parse <= 1.0")):
        t = best[fmt]
        rows.append((f"serialise {fmt}, bulk", f"{t:.2f} s",
                     f"{fmt}/parse {t / parse:.2f}; (parse+{fmt})/parse {(parse + t) / parse:.2f} (goal {goal})"))
    return rows + stage_profile(files)


def stage_profile(files) -> list[tuple[str, str, str]]:
    """Each stage's share of the parse, summed over the bulk set (one timed pass)."""
    from collections import Counter

    from plan_parser import InputError
    from plan_parser.parse.build import Clock, parse
    from plan_parser.parse.read import read_bytes

    spent: Counter = Counter()
    for name, data in files:
        t = time.perf_counter()
        try:
            src = read_bytes(data, name)
        except InputError:
            continue
        spent["read"] += time.perf_counter() - t
        clock = Clock(on=True)
        parse(src, clock)
        spent.update(clock.spent)
    total = sum(spent.values())
    return [(f"stage over bulk: {name}", f"{t * 1000:.0f} ms", f"{t / total:.0%}") for name, t in spent.most_common()]
