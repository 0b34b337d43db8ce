"""data/structured/ is what `planparse extract` makes of data/raw/ (golden files, checked by hand).

When the parser's output changes on purpose, regenerate with
``python scripts/regen_structured.py``, read the diff, and commit both.
"""
from __future__ import annotations

import sys

import yaml

from conftest import ROOT, SEED

sys.path.insert(0, str(ROOT / "scripts"))
import regen_golden  # noqa: E402,F401
import regen_structured  # noqa: E402


def test_structured_files_are_current():
    stale = [p.name for p, text in regen_structured.expected().items()
             if not p.exists() or p.read_text(encoding="utf-8") != text]
    assert not stale, f"stale: {stale}; run python scripts/regen_structured.py"


def test_seed_golden_facts():
    """Facts about the seed checked by hand against the notice itself."""
    data = yaml.safe_load((ROOT / "data" / "structured" / f"{SEED.stem}.yaml").read_text(encoding="utf-8"))
    assert data["source"]["pinyin_annotations_removed"] == 808
    notice = data["notice"]
    assert notice["issuer"] == "濟南市人民政府辦公廳"
    assert notice["date"] == "2022-07-11"
    assert notice["addressees"] == ["各區縣人民政府", "市政府有關部門(單位)"]
    assert [a["number"] for a in notice["attachments"]] == [1, 2, 3]
    assert data["plan"]["title"] == "濟南市加快推進大衆創業萬衆創新工作方案(2022-2025年)"
    assert data["plan"]["period"] == "2022-2025"
    assert [s["title"] for s in data["plan"]["sections"]] == ["總體要求", "重點任務", "保障措施"]
    task_2_3 = data["plan"]["sections"][1]["children"][2]
    assert task_2_3["title"] == "創新體制機制,優化創業創新環境"
    assert [c["number"] for c in task_2_3["children"]] == [8, 9, 10, 11, 12]
    assert [a["number"] for a in data["attachments"]] == [2]



def test_corpus_and_bulk_output_is_byte_identical_to_the_golden_hashes():
    """Every byte planparse writes for the shared corpus (json, jsonl, yaml) and the bulk set
    (jsonl, yaml), against tests/fixtures/golden_hashes.json: speed work must not change
    output silently. When output changes on purpose, read the change, then run
    ``python scripts/regen_golden.py``."""
    import json

    from conftest import BULK, CORPUS, need

    need(CORPUS)
    need(BULK)

    expected = json.loads(regen_golden.HASHES.read_text(encoding="utf-8"))
    changed = regen_golden.changed(expected, regen_golden.outputs())
    assert not changed, (f"{len(changed)} outputs differ from the golden hashes (first: {changed[:5]}); "
                         "if on purpose, run python scripts/regen_golden.py")
