"""The notices the profile scripts replay: the bulk set and the corpus, each parsed once."""
from __future__ import annotations

from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared"
SOURCES = (SHARED / "bulk" / "raw", SHARED / "corpus" / "raw")


def parse_every_source() -> None:
    """Parse every notice of SOURCES (the ones the parser refuses passed over), for a spy on the
    parse's calls to record them."""
    from plan_parser import InputError, parse_bytes

    for folder in SOURCES:
        for path in sorted(folder.glob("*.txt")):
            try:
                parse_bytes(path.read_bytes(), path.name)
            except InputError:
                pass
