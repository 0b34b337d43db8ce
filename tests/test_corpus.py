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


def unbracket(s):
    return None if s is None else s.translate(str.maketrans("", "", "()[]【】〔〕"))


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
        elif key == "doc_number":  # 令（第290号） and 令第290号 are the same number
            assert unbracket(norm(got)) == unbracket(norm(want)), key
        else:
            assert norm(got) == norm(want), key


def test_plan(pair):
    """As the scorer reads it: the gold plan is the one of ``plans`` with its title, else ``plan``;
    a title the gold omits (a text with no title line) is not compared."""
    gold, doc = pair
    want = gold.get("plan") or {}
    plan = next((p for p in doc.plans if "title" in want and norm(p.title) == norm(want["title"])), doc.plan)
    if "title" in want:
        assert norm(plan.title) == norm(want["title"])
    if "sections" in want:
        assert [norm(s.title) for s in plan.sections] == [norm(s) for s in want["sections"]]


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


def test_targets(pair):
    """Every gold target (path, value, unit) is found with the year of its deadline, and no other."""
    gold, doc = pair
    if "targets" not in gold:
        pytest.skip("this gold file lists no targets")

    def year(d):
        return None if d is None else str(d)[:4]

    def value(v):
        if isinstance(v, (list, tuple)):
            return tuple(float(x) for x in v)
        try:
            return float(v)
        except (TypeError, ValueError):
            return str(v)

    want = sorted([(g.get("attachment") or 0, tuple(g["path"]), value(g["value"]), norm(g["unit"]),
                   "annual" if g.get("deadline") == "annual" else year(g.get("deadline"))) for g in gold["targets"]], key=repr)
    got = sorted([(t.attachment or 0, tuple(t.path), value(g.value), norm(g.unit),
                  "annual" if g.recurrence == "annual" and not g.deadline else year(g.deadline))
                 for t in plan_parser.tasks(doc) for g in t.targets], key=repr)
    assert got == want


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
