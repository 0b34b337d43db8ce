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
