"""Clause splitting, role assignment and unit names: a table of real forms and traps."""
from __future__ import annotations

import pytest
import yaml

from plan_parser.parse.clauses import find_clauses
from conftest import FIXTURES

CASES = yaml.safe_load((FIXTURES / "clauses.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["title"] for c in CASES])
def test_clause(case):
    found = find_clauses(case["text"])
    got = [[n.name, n.role] for f in found for n in f.names]
    assert got == case["units"]


def test_qualifier_kept_apart():
    (found,) = find_clauses("（责任单位：市发展改革委、市科协等单位按职能分工负责）")
    assert [n.name for n in found.names] == ["市发展改革委", "市科协"]
    assert found.names[-1].qualifier == "按职能分工负责"


def test_standing_rule_is_flagged():
    (found,) = find_clauses("（人力资源社会保障部、财政部负责。列第一位者为牵头单位，下同）")
    assert found.lead_first_rule
    assert [n.name for n in found.names] == ["人力资源社会保障部", "财政部"]


def test_ten_thousand_open_parentheses():
    text = "（" * 10_000 + "责任单位：市科技局）" + "）" * 3
    (found,) = find_clauses(text)  # one linear pass; only the innermost pair is a clause
    assert [n.name for n in found.names] == ["市科技局"]


def test_lead_first_rule_in_its_other_words():
    for rule in ("排在首位的单位为牵头单位", "列第一位者为牵头单位，下同", "排名第一的为牵头单位",
                 "列在首位的部门为牵头部门"):
        (found,) = find_clauses(f"（市发展改革委、市财政局负责。{rule}）")
        assert found.lead_first_rule, rule
    (found,) = find_clauses("（市发展改革委负责。在全省考核中排名第一）")
    assert not found.lead_first_rule


def test_standing_units_are_read_apart_from_the_clause():
    # bulk b00074 (山东 大气污染防治): the rule after the clause's own units
    text = ("(省发展改革委、省工业和信息化厅、省能源局按职责分工负责，各市党委、政府负责落实。"
            "以下各项任务均需各市党委、政府落实，不再一一列出)")
    (found,) = find_clauses(text)
    assert [n.name for n in found.names] == ["省发展改革委", "省工业和信息化厅", "省能源局", "各市党委、政府"]
    assert [(n.name, n.role) for n in found.standing] == [("各市党委、政府", "responsible")]


def test_a_label_line_after_the_item():
    from plan_parser.parse.clauses import line_clause

    # corpus c2_24 (西藏): each item closes with label lines of its own
    found = line_clause("属地责任:各地(市)行署(人民政府)")
    assert [(n.name, n.role) for n in found.names] == [("各地(市)行署(人民政府)", "responsible")]
    found = line_clause("责任单位:各地(市)住建局、自然资源局、财政局、税务局,各地(市)金融机构")
    assert [n.name for n in found.names] == ["各地(市)住建局", "自然资源局", "财政局", "税务局", "各地(市)金融机构"]


def test_lines_without_a_bracket_are_passed_over():
    from plan_parser.parse.clauses import _pairs
    from plan_parser.parse.patterns import fold

    assert _pairs("推进项目建设，加快形成新质生产力。" * 50) == []
    view = fold("推进建设。[责任单位:市财政局]（牵头单位：市发改委〔2023〕）")
    assert [view[i:j + 1] for i, j in _pairs(view)] == ["[责任单位:市财政局]", "(牵头单位:市发改委〔2023〕)", "〔2023〕"]


def test_one_role_table_for_patterns_and_reader():
    from plan_parser.parse import patterns as P

    for verb in P.VERB_ROLES:  # every verb the pattern matches has a role, and the reverse
        if verb != "会同":
            assert P.ROLE_VERB.search("市财政局" + verb).group("verb") == verb
