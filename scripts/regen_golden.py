#!/usr/bin/env python3
"""Regenerate tests/fixtures/golden_hashes.json: the SHA-256 of what planparse writes for
every notice of the shared corpus (json, jsonl, yaml) and of the bulk set (jsonl, yaml).

    python scripts/regen_golden.py          # rewrite the file
    python scripts/regen_golden.py --check  # list the outputs that changed; exit 1 if any

The outputs themselves (5 MB of JSON for the corpus alone) are too large to keep in the
repository; the hashes catch any change of a byte, and ``--check`` names the notices, so
the change can be looked at with ``planparse extract``. Regenerate only after reading
what changed: speed work must never change the output.
"""
from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
HASHES = ROOT / "tests" / "fixtures" / "golden_hashes.json"
SETS = (("corpus/raw", ("json", "jsonl", "yaml")), ("bulk/raw", ("jsonl", "yaml")))


def outputs() -> dict[str, str]:
    """``{"corpus/raw/NAME.txt:json": sha256, …}``; a notice that cannot be read maps to its error.
    Each notice is parsed from its bytes under its name relative to ../shared, so the
    hashes do not depend on where the project is checked out."""
    sys.path.insert(0, str(ROOT / "src"))
    import plan_parser
    from plan_parser.output.serialize import dumps

    out = {}
    for folder, formats in SETS:
        for path in sorted((SHARED / folder).glob("*.txt")):
            name = f"{folder}/{path.name}"
            try:
                doc = plan_parser.parse_bytes(path.read_bytes(), name)
            except plan_parser.InputError as e:
                out[name] = f"InputError: {e}"
                continue
            for fmt in formats:
                text = dumps(doc, fmt).encode("utf-8", "surrogatepass")
                out[f"{name}:{fmt}"] = hashlib.sha256(text).hexdigest()
    return out


def changed(expected: dict[str, str], actual: dict[str, str]) -> list[str]:
    return sorted(k for k in expected.keys() | actual.keys() if expected.get(k) != actual.get(k))


def main(argv: list[str]) -> int:
    actual = outputs()
    if "--check" in argv:
        expected = json.loads(HASHES.read_text(encoding="utf-8"))
        diff = changed(expected, actual)
        for key in diff:
            print(f"changed: {key}")
        return 1 if diff else 0
    HASHES.write_text(json.dumps(actual, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
