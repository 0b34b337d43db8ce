"""Test helper: every pattern of ``parse/patterns`` by a stable key, with its source and flags.

Run as a script it freezes them into ``tests/fixtures/patterns_before.json``; that was done once,
on main's one-line patterns (a760e87), before they were rewritten in verbose mode, and must
never be redone: ``test_patterns_verbose.py`` proves the rewrite against that frozen copy.
"""
from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path

MODULES = ("text", "tree", "lines", "layout", "clauses", "targets")
FROZEN = Path(__file__).resolve().parent / "fixtures" / "patterns_before.json"


def _source(value) -> tuple[str, int] | None:
    how = getattr(value, "_how", None)
    if how is not None:  # a LazyPattern not compiled yet
        return value.pattern, how[0]
    if hasattr(value, "pattern") and hasattr(value, "finditer"):  # compiled already
        return value.pattern, value.flags
    return None


def pattern_sources() -> dict[str, dict]:
    """{"layout.DOC_NUMBER": {"pattern": …, "flags": …}, "tree.MARKERS[4]": …} in a fresh import."""
    out = {}
    for name in MODULES:
        module = importlib.import_module(f"plan_parser.parse.patterns.{name}")
        for attr, value in vars(module).items():
            if not attr.isupper():
                continue
            found = _source(value)
            if found is not None:
                out[f"{name}.{attr}"] = {"pattern": found[0], "flags": found[1]}
            elif isinstance(value, tuple):  # (style, pattern) rows: tree.MARKERS
                for i, row in enumerate(value):
                    found = _source(row[1]) if isinstance(row, tuple) and len(row) == 2 else None
                    if found is not None:
                        out[f"{name}.{attr}[{i}]"] = {"pattern": found[0], "flags": found[1]}
    return out


if __name__ == "__main__":
    if FROZEN.exists() and "--force" not in sys.argv:
        sys.exit(f"{FROZEN} exists: it is the frozen copy of main's patterns, not to be regenerated")
    FROZEN.write_text(json.dumps(pattern_sources(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
