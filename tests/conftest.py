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


# Cases of the shared corpus that the parser does not read right yet, each a strict expected
# failure naming its cause (the issue that covers it): when a fix makes one pass, the suite
# fails until its line is removed here. The comparisons themselves are never weakened.
KNOWN_FAILURES = {
    "test_variants.py::test_variants_give_the_same_tasks[c2_01_jiyuan-tizhen-xinxin-2023]":
        "OpenCC's script round trip writes 俱 as 具 in a task title, so the variant's title differs",
    "test_diff.py::test_corpus_revisions[insert-c2_32_mee-paiwu-xuke-zhifa-2022.txt]":
        "#12: a corpus revision the diff misreads (needs the notice read right, #10)",
    "test_diff.py::test_corpus_revisions[delete-c2_32_mee-paiwu-xuke-zhifa-2022.txt]":
        "#12: a corpus revision the diff misreads (needs the notice read right, #10)",
    "test_diff.py::test_corpus_revisions[swap-c2_32_mee-paiwu-xuke-zhifa-2022.txt]":
        "#12: a corpus revision the diff misreads (needs the notice read right, #10)",
    "test_diff.py::test_corpus_restructuring[merge-c2_32_mee-paiwu-xuke-zhifa-2022.txt]":
        "#10: the notice is read as one flattened line, so its revision cannot be built item by item",
    "test_diff.py::test_corpus_restructuring[split-c2_32_mee-paiwu-xuke-zhifa-2022.txt]":
        "#10: the notice is read as one flattened line, so its revision cannot be built item by item",
    "test_diff.py::test_corpus_restructuring[move-c2_32_mee-paiwu-xuke-zhifa-2022.txt]":
        "#10: the notice is read as one flattened line, so its revision cannot be built item by item",
}


def pytest_collection_modifyitems(config, items):
    for item in items:
        cause = KNOWN_FAILURES.get(f"{item.path.name}::{item.name}")
        if cause:
            item.add_marker(pytest.mark.xfail(strict=True, reason=cause))
