"""Who answers for a task, as the item's model says it (issue 11, items 4–5): standing rules in
their scope, and every role a unit is given with the clause it comes from."""
from __future__ import annotations

import plan_parser
from plan_parser.output.tasks import tasks
from plan_parser.output.units import unit_view
from plan_parser.output.export import units_csv
from conftest import CORPUS, FIXTURES, need

LOCAL = ["各省辖市政府", "济源示范区", "航空港区管委会"]


def test_standing_rule_gives_its_units_to_every_later_task_apart():
    # shortened from corpus c2_20 (河南 服务业): the rule in item 1's clause
    rows = tasks(plan_parser.extract(FIXTURES / "division" / "standing_rule.txt"))
    first, *later = rows
    assert [u.name for u in first.units][-3:] == LOCAL and first.rule_units == []
    for row in later:
        assert [(u.name, u.source) for u in row.rule_units] == [(n, "rule") for n in LOCAL]
        assert not {u.name for u in row.units} & set(LOCAL)  # the units the clause writes stay as written


def test_standing_rule_holds_only_in_its_own_tree():
    text = (FIXTURES / "division" / "standing_rule.txt").read_text(encoding="utf-8")
    doc = plan_parser.parse_text(text + "\n附件\n另一方案\n一、加强保障\n（一）强化资金支持。（省财政厅负责）\n")
    att = [t for t in tasks(doc) if t.attachment]
    assert att and all(t.rule_units == [] for t in att)


def test_a_unit_keeps_each_role_with_its_clause():
    need(CORPUS / "raw")
    doc = plan_parser.extract(CORPUS / "raw" / "01_gwy-wufei-chengshi-shidian-2018.txt")
    (task,) = [t for t in tasks(doc) if t.path == [2, 1]]
    (unit,) = [u for u in task.units if u.name == "生态环境部"]
    assert unit.role == "lead"  # the first role named, as before
    assert [(r.role, r.clause) for r in unit.roles] == [("lead", 0), ("guide", 1), ("guide", 2), ("guide", 3)]
    assert all(r.clause < len(task.clauses) for r in unit.roles)


def test_units_view_shows_each_tasks_roles():
    need(CORPUS / "raw")
    doc = plan_parser.extract(CORPUS / "raw" / "01_gwy-wufei-chengshi-shidian-2018.txt")
    view = unit_view([("01.txt", tasks(doc))])
    (entry,) = [e for e in view if e.name == "生态环境部"]
    first = entry.tasks[0]
    assert (first.path, first.role, first.roles) == ([2, 1], "lead", ["lead", "guide"])
    assert "强化顶层设计引领，发挥政府宏观指导作用（牵头、指导）" in units_csv(view)
