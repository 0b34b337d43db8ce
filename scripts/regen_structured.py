#!/usr/bin/env python3
"""Regenerate data/structured/ from data/raw/: what `planparse extract` makes of each notice.

    python scripts/regen_structured.py          # rewrite the files
    python scripts/regen_structured.py --check  # exit 1 if any is stale (what the test does)

Paths are written relative to the project root, so the files do not depend on where
the project is checked out.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def expected() -> dict[Path, str]:
    """The structured files data/raw/ should give: {path: text}."""
    sys.path.insert(0, str(ROOT / "src"))
    import plan_parser
    from plan_parser.output.serialize import dumps

    out = {}
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        for raw in sorted(Path("data/raw").glob("*.txt")):
            doc = plan_parser.extract(raw)
            for fmt in ("yaml", "json"):
                out[ROOT / "data" / "structured" / f"{raw.stem}.{fmt}"] = dumps(doc, fmt)
    finally:
        os.chdir(cwd)
    return out


def main(argv: list[str]) -> int:
    stale = []
    for path, text in expected().items():
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            stale.append(path)
            if "--check" not in argv:
                path.write_text(text, encoding="utf-8")
    verb = "stale" if "--check" in argv else "rewritten"
    for path in stale:
        print(f"{verb}: {path.relative_to(ROOT)}")
    return 1 if stale and "--check" in argv else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
