"""Shared paths and helpers for the tests."""
from __future__ import annotations

from pathlib import Path

import pytest

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
