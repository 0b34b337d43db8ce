"""The shared corpus: every notice against its hand-checked gold (../shared/corpus/gold).

Compared as ../shared/tools/score.py compares them (width forms, white space and
closing punctuation aside), but exactly: every gold task, unit and notice field.
"""
from __future__ import annotations

import unicodedata

import pytest
import yaml

import plan_parser
from conftest import CORPUS

GOLDS = sorted((CORPUS / "gold").glob("*.yaml")) if (CORPUS / "gold").is_dir() else []


def norm(s):
    if s is None:
        return None
    s = "".join(unicodedata.normalize("NFKC", str(s)).split())
    return s.strip("。；;，,：:、 \t")


@pytest.fixture(scope="module", params=GOLDS, ids=lambda p: p.stem)
def pair(request):
    gold = yaml.safe_load(request.param.read_text(encoding="utf-8"))
    doc = plan_parser.extract(CORPUS / "raw" / gold.get("file", request.param.stem + ".txt"))
    return gold, doc


def test_corpus_present():
    if not GOLDS:
        pytest.skip(f"{CORPUS} is absent: the shared corpus is not beside this checkout")


def test_notice_fields(pair):
    gold, doc = pair
    for key, want in (gold.get("notice") or {}).items():
        got = getattr(doc.notice, key)
        if key == "attachments":
            assert [(a.number, norm(a.title)) for a in got] == [(a["number"], norm(a["title"])) for a in want]
        elif key == "addressees":
            assert [norm(a) for a in got] == [norm(a) for a in want]
        else:
            assert norm(got) == norm(want), key


def test_plan(pair):
    gold, doc = pair
    assert norm(doc.plan.title) == norm(gold["plan"]["title"])
    assert [norm(s.title) for s in doc.plan.sections] == [norm(s) for s in gold["plan"]["sections"]]


def test_pinyin(pair):
    gold, doc = pair
    if "pinyin_annotations" in gold:
        assert doc.source.pinyin_annotations_removed == gold["pinyin_annotations"]


def test_tasks_and_units(pair):
    gold, doc = pair
    found = {(t.attachment, tuple(t.path)): t for t in plan_parser.tasks(doc)}
    for g in gold.get("tasks") or []:
        t = found.get((g.get("attachment"), tuple(g["path"])))
        assert t is not None, f"missing task {g['path']}"
        assert norm(t.title) == norm(g["title"])
        assert [norm(u.name) for u in t.units] == [norm(u) for u in g["units"]], g["path"]
    labelled = {(g.get("attachment"), tuple(g["path"])) for g in gold.get("tasks") or []}
    extra = [k for k, t in found.items() if t.units and k not in labelled]
    assert not extra, f"tasks with units that gold does not list: {extra}"


def test_same_notice_from_another_source_gives_the_same_targets():
    """bulk/raw/b00005.txt is corpus 21 scraped from another page: its tables come one cell a
    line (a trailing tab), its title line is missing. Tasks and targets must not change."""
    from conftest import BULK

    other = BULK / "b00005.txt"
    ours = CORPUS / "raw" / "21_guangzhou-jiating-yisheng-qianyue-2023.txt"
    if not (other.exists() and ours.exists()):
        pytest.skip("the shared corpus and bulk documents are not beside this checkout")

    def targets(path):
        return [(t.attachment, t.path, g.value, g.unit, g.comparator, g.deadline)
                for t in plan_parser.tasks(plan_parser.extract(path)) for g in t.targets]

    assert targets(other) == targets(ours)
