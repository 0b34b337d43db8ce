"""The bulk set (../shared/bulk/raw, 415 notices without gold): every file parses.

One test for the whole set, so a run reports every file that fails (with its error)
and the slowest files, rather than 415 separate results. The time limit per file is a
hang guard, not a benchmark.
"""
from __future__ import annotations

import time

import plan_parser
from conftest import BULK, need
from plan_parser.models import Document

PER_FILE_SECONDS = 5.0


def test_every_bulk_notice_parses():
    need(BULK)
    files = sorted(p for p in BULK.iterdir() if p.is_file())
    assert len(files) >= 400, f"{BULK} holds {len(files)} files; expected the 415 of the bulk set"
    failures: list[str] = []
    times: list[tuple[float, str]] = []
    for path in files:
        started = time.perf_counter()
        try:
            doc = plan_parser.extract(path)
            rows = plan_parser.tasks(doc)
        except Exception as e:  # noqa: BLE001 - every failure is collected and reported
            failures.append(f"{path.name}: {e.__class__.__name__}: {e}")
            continue
        finally:
            times.append((time.perf_counter() - started, path.name))
        if not isinstance(doc, Document):
            failures.append(f"{path.name}: extract gave {type(doc).__name__}")
        elif len({r.id for r in rows}) != len(rows):
            failures.append(f"{path.name}: task ids repeat")
    slow = [f"{name}: {t:.1f} s" for t, name in sorted(times, reverse=True) if t > PER_FILE_SECONDS]
    assert not failures, f"{len(failures)} of {len(files)} files failed:\n" + "\n".join(failures)
    assert not slow, "slower than the hang guard:\n" + "\n".join(slow)
    print(f"{len(files)} files, {sum(t for t, _ in times):.1f} s; slowest: "
          + ", ".join(f"{name} {t:.2f} s" for t, name in sorted(times, reverse=True)[:3]))
