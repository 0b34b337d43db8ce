"""The item builder's shortcuts (issue 13) give the models the plain data gives: a field at its
default left out of an item's or a target's data is the same field validated from its default."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import plan_parser
from conftest import BULK, FIXTURES, SEED, corpus_files
from plan_parser import models as M
from plan_parser.parse import elements, items
from plan_parser.parse import patterns as P

TABLES = FIXTURES / "division"  # notices with a 任务分工表 (its rows join the plan's tasks)
NOTICES = [*(corpus_files() or [SEED]), *sorted(TABLES.glob("*.txt"))]


def _dump(doc: M.Document) -> str:
    return doc.model_dump_json()  # every field, spans too


def test_full_target_writes_every_field_of_a_target():
    assert set(elements.full_target({"value": 1, "unit": "个", "comparator": "=", "text": "1个", "span": {}})) \
        == set(M.Target.model_fields)


@pytest.mark.parametrize("path", NOTICES, ids=lambda p: p.stem)
def test_targets_without_their_defaults_are_the_targets_written_in_full(path, monkeypatch):
    slim = plan_parser.extract(path)
    plain = elements.targets
    monkeypatch.setattr(items, "targets", lambda read: [elements.full_target(t) for t in plain(read)])
    assert _dump(slim) == _dump(plan_parser.extract(path))


def _full_item(item: dict) -> dict:
    """An item's data with its due date's three fields written when none is given (as once made)."""
    return {"deadline": None, "recurrence": None, "deadline_text": None} | item


@pytest.mark.parametrize("path", NOTICES, ids=lambda p: p.stem)
def test_items_without_a_due_date_written_are_the_items_written_in_full(path, monkeypatch):
    slim = plan_parser.extract(path)
    plain = items.Builder._item
    monkeypatch.setattr(items.Builder, "_item", lambda self, *a, **k: _full_item(plain(self, *a, **k)))
    assert _dump(slim) == _dump(plan_parser.extract(path))


# a work report's two unnumbered parts (shortened from bulk b00104, 政府工作报告), its items numbered inside
WORK_REPORT = """各位代表：
现在，我代表市人民政府向大会报告工作，请予审议。
2023年工作回顾
2023年，全市地区生产总值增长6.5%。
一、社会大局和谐稳定
过去一年，我们全面推进依法治市，新增就业3万人。
二、经济运行回升向好
全年完成固定资产投资330亿元。
2024年工作安排
一、扩大有效投资
新增高新技术企业100家，到2025年建成5G基站1万个。
"""
BULK_REPORTS = sorted(BULK.glob("b0010[45].txt"))  # two more (where the shared bulk set is)


@pytest.mark.parametrize("path", [None, *NOTICES, *BULK_REPORTS], ids=lambda p: p.stem if p else "work-report")
def test_past_lines_read_as_without_its_gate(path, monkeypatch):
    """past_lines returns at once where no short line ends as a heading about what has been does:
    the trees' past lines are those the full reading finds."""
    from plan_parser.parse import grouping

    got: list[set] = []
    plain: list[set] = []
    gated = grouping.past_lines
    monkeypatch.setattr(items, "past_lines", lambda lines, roots: got.append(gated(lines, roots))
                        or plain.append(_past_lines_plainly(lines, roots)) or got[-1])
    if path is None:
        plan_parser.parse_text(WORK_REPORT)
        assert any(got)  # (the gate passes: past lines found)
    else:
        plan_parser.extract(path)
    assert got == plain


def _past_lines_plainly(lines, roots) -> set[int]:
    """grouping.past_lines as first written: every short line tried."""
    from plan_parser.parse import patterns as P
    from plan_parser.parse.tree import walk

    heads = {id(n.line) for n in walk(roots)}
    past, start, out = False, 0, set()
    for k, ln in enumerate(lines):
        text = ln.text.strip()
        if 2 <= len(text) <= 24 and id(ln) not in heads and P.STANDALONE_HEADING.fullmatch(text):
            if past:
                out.update(map(id, lines[start:k]))
            past, start = bool(P.PAST_SECTION.fullmatch(text)), k
    if past:
        out.update(map(id, lines[start:]))
    return out


def test_blocks_are_each_line_as_a_block():
    from plan_parser.parse.lines import split_lines

    text = "一、总体要求\n\n坚持稳中求进。\n序号\t任务\t牵头单位\n  \n1\t扩大内需\t市发展改革委\n"
    lines = split_lines(text, P.fold(text))
    assert elements.blocks(lines) == [elements.block(ln) for ln in lines]


def test_past_lines_on_every_bulk_tree_read_as_without_its_gates(monkeypatch):
    """past_lines' two gates (no line ending in the last character of one of PAST_ENDS; no short
    line about what has been, PAST_SECTION) return at once only where the plain reading finds no
    past line: every tree of the corpus and the bulk set (~550; 2 in 3 pass neither gate)."""
    from conftest import need
    from plan_parser.parse import grouping

    need(BULK)
    seen = []
    gated = grouping.past_lines
    monkeypatch.setattr(items, "past_lines", lambda lines, roots: seen.append(
        (gated(lines, roots), _past_lines_plainly(lines, roots))) or seen[-1][0])
    for path in [*(corpus_files() or []), *sorted(BULK.glob("*.txt"))]:
        try:
            plan_parser.extract(path)
        except plan_parser.InputError:
            continue
    assert len(seen) > 500 and any(got for got, _ in seen)  # (some trees with past lines)
    assert all(got == plain for got, plain in seen)


# lines a past heading may be among: itself with white space around it (a tab of a table's cell too),
# one joined to more words, a numbered heading about what has been, a task ending in one of PAST_ENDS
_PAST_PIECES = ["2023年工作回顾", "  发展基础与面临形势\t", "　主要成效　", "存在的问题", "一、存在问题", "2024年工作安排",
                "夯实发展基础", "加强环境", "新增就业3万人。", "（一）扩大有效投资", "背景", "题", "", "\t", "基本情况："]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PAST_PIECES), max_size=12))
def test_past_lines_read_as_without_its_gates_on_made_lines(pieces):
    from plan_parser.parse import grouping
    from plan_parser.parse.lines import split_lines
    from plan_parser.parse.tree import build

    text = "\n".join(pieces)
    lines = [ln for ln in split_lines(text, P.fold(text)) if ln.text]
    roots = build(lines).roots
    assert grouping.past_lines(lines, roots) == _past_lines_plainly(lines, roots)
