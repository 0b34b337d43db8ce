"""Shared paths and helpers for the tests."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

# A `planparse server` the developer left running must not answer the suite's commands
# (test_server.py starts its own, in a directory of its own).
os.environ["PLANPARSE_SERVER"] = "off"

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
SEED = ROOT / "data" / "raw" / "jinan-2022-shuangchuang.txt"
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"
BULK = SHARED / "bulk" / "raw"


def corpus_files() -> list[Path]:
    return sorted((CORPUS / "raw").glob("*.txt")) if (CORPUS / "raw").is_dir() else []


def need(path: Path) -> None:
    """Skip, saying why, when the shared material beside the project is absent."""
    if not path.exists():
        pytest.skip(f"{path} is absent: the shared corpus is not beside this checkout")
