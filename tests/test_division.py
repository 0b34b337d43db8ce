"""The attached 任务分工表 (issue 11, item 1): its rows, their units by column, and how they
join the plan's tasks. Fixtures are shortened from corpus 21_… (a row per line) and bulk
b00005 (the same table copied a cell per line)."""
from __future__ import annotations

from hypothesis import given, settings, strategies as st

import plan_parser
from plan_parser.output.tasks import tasks
from plan_parser.parse.division import division_rows
from plan_parser.parse.lines import split_lines
from conftest import FIXTURES

TABLES = FIXTURES / "division"


def rows_of(name: str):
    return division_rows(split_lines((TABLES / name).read_text(encoding="utf-8")))


def names(row) -> list[tuple[str, str]]:
    return [(n.name, n.role) for n in row.names]


def test_cell_per_line_rows_continue_through_merged_cells():
    rows = rows_of("cell_lines.txt")
    assert [(r.number, r.task) for r in rows] == [(1, "有序扩大家庭医生来源。"), (2, "不断优化签约服务团队。"),
                                                  (23, "强化监管评价。")]
    # the continuation line (no 序号, fewer cells) adds 市人社局 to row 1
    assert names(rows[0]) == [("各区政府", "lead"), ("市卫生健康委", "support"), ("各区政府", "lead"),
                              ("市卫生健康委", "support"), ("市人社局", "support")]


def test_a_bureaus_internal_divisions_are_no_units():
    for row in rows_of("cell_lines.txt") + rows_of("tab_rows.txt"):
        assert not {n.name for n in row.names} & {"基层处", "医政处", "人事处", "考评处", "信统处", "宣传处"}


def test_tab_rows_read_the_time_column():
    rows = rows_of("tab_rows.txt")
    assert [r.number for r in rows] == [1, 2, 3, 4, 5]
    assert rows[0].deadline == "2025年底前" and rows[1].deadline is None and rows[4].deadline == "每年"


def test_rows_join_the_plans_tasks_by_text():
    doc = plan_parser.extract(TABLES / "tab_rows.txt")
    by_path = {(t.attachment, tuple(t.path)): t for t in tasks(doc)}
    first = by_path[(None, (1, 1, 1))]
    assert [(u.name, u.role, u.source) for u in first.units] == [
        ("各区政府", "lead", "table"), ("市卫生健康委", "support", "table"), ("市人社局", "support", "table")]
    assert first.deadline == "2025-12-31"
    # numbered 3 in the table, 二、(二)1. in the plan: joined by its text
    assert [u.name for u in by_path[(None, (1, 2, 1))].units] == ["市卫生健康委", "市财政局", "市医保局", "各区政府"]
    assert [u.name for u in by_path[(None, (2, 1))].units] == ["各区政府"]


def test_a_row_that_joins_no_task_stands_as_the_attachments_task():
    doc = plan_parser.extract(TABLES / "tab_rows.txt")
    (row,) = [t for t in tasks(doc) if t.attachment == 2]
    assert (row.path, row.title, row.recurrence) == ([5], "开展家庭医生宣传月活动", "annual")
    assert [(u.name, u.role) for u in row.units] == [("市卫生健康委", "lead"), ("各区政府", "support")]


def test_a_unit_keeps_every_role_its_rows_give():
    (row,) = [r for r in rows_of("cell_lines.txt") if r.number == 23]
    assert names(row) == [("市卫生健康委", "lead"), ("各区政府", "support"), ("各区政府", "lead"), ("市卫生健康委", "support")]


def test_no_table_no_rows():
    lines = split_lines("附件1\n指标体系\n序号\t指标\t目标值\n1\t签约率\t80%\n")
    assert division_rows(lines) == []


def test_a_grid_table_joins_the_tasks_in_order_when_its_numbers_run_over_them():
    # the row texts are not the items' titles; 序号 1–3 run over the plan's three tasks
    doc = plan_parser.extract(TABLES / "grid.txt")
    rows = tasks(doc)
    assert [(t.path, [u.name for u in t.units]) for t in rows] == [
        ([1, 1], ["市人力资源社会保障局", "市财政局", "市税务局"]),
        ([1, 2], ["市人力资源社会保障局", "市财政局"]),
        ([2, 3], ["市人力资源社会保障局", "各区人民政府"]),
    ]
    assert [t.deadline for t in rows[:2]] == ["2023-06-30", "2023-12-31"] and rows[2].recurrence == "ongoing"


def test_group_rows_and_written_numbers():
    text = ("序号\t重点任务\t责任单位\t完成时限\n"
            "一、扩大签约服务供给\n"  # a group row across the table: no task
            "（一）\t有序扩大家庭医生来源\t各区政府\t2025年底前\n"
            "2.\t不断优化签约服务团队\t市卫生健康委\t/\n"
            "三\t完善培养培训体系\t市人社局\t长期坚持\n"
            "强化培训服务\t市卫生健康委\t/\n"  # its 序号 merged with the row above: continues it
            "\t加强宣传\t\n")  # a stray cell alone: no row
    rows = division_rows(split_lines(text))
    assert [(r.number, r.task, [n.name for n in r.names]) for r in rows] == [
        (1, "有序扩大家庭医生来源", ["各区政府"]), (2, "不断优化签约服务团队", ["市卫生健康委"]),
        (3, "完善培养培训体系", ["市人社局", "市卫生健康委"])]


CELL = st.sampled_from(["1", "2", "一", "/", "", "有序扩大家庭医生来源。", "各区政府", "市卫生健康委、市人社局",
                        "2025年底前", "序号", "工作任务", "牵头单位", "配合单位", "基层处"])
TABLE = st.lists(st.lists(CELL, min_size=1, max_size=7).map("\t".join), max_size=12).map("\n".join)


@settings(max_examples=150, deadline=None)
@given(TABLE)
def test_rows_hold_their_own_lines_and_names(text):
    lines = split_lines(text)
    rows = division_rows(lines)
    seen = [ln.no for r in rows for ln in r.lines]
    assert seen == sorted(set(seen))  # each line in one row at most, in order
    for row in rows:
        assert all(n.name in row.text for n in row.names)  # every name is written in its row
        assert all(n.role in ("lead", "support", "guide", "responsible") for n in row.names)


def test_header_words_in_other_forms():
    text = ("序 号\t重点工作\t牵头单位/部门\t责任单位（部门）\t时间安排\n"
            "1\t推进产业园区建设\t市发展改革委\t市工信局\t2024年底前\n")
    (row,) = division_rows(split_lines(text))
    assert (row.number, row.task, names(row), row.deadline) == (
        1, "推进产业园区建设", [("市发展改革委", "lead"), ("市工信局", "responsible")], "2024年底前")


def test_a_row_joins_the_task_its_words_nearly_match():
    from plan_parser.parse.division import DivisionRow, joined

    leaves = [{"title": "有序扩大家庭医生来源", "number": 1}, {"title": "不断优化签约服务团队", "number": 2},
              {"title": "完善家庭医生培养培训体系", "number": 3}]
    row = lambda task, n=9: DivisionRow(n, task, (), None, ())  # noqa: E731
    assert joined(row("扩大家庭医生来源"), leaves) is leaves[0]
    assert joined(row("优化签约服务团队建设"), leaves) is leaves[1]
    assert joined(row("加强宣传引导"), leaves) is None
    assert joined(row("加强宣传引导", 3), leaves) is leaves[2]  # by its number when one task has it


# family: 分工表 whose unit column marks the lead inside the cell, or writes the cell as a clause
# (a form issue 11 names: each row gives its task's units with their roles); shortened from the
# rows of corpus 21's 附件2 with the cells written in those ways
def test_a_cells_bracketed_role_or_verbs_give_the_role():
    text = ("序号\t工作事项\t责任单位\t完成时限\n"
            "1\t有序扩大家庭医生来源\t市卫生健康委（牵头）、市人社局\t2025年底前\n"
            "2\t不断优化签约服务团队\t各区政府牵头，市卫生健康委、市医保局配合\t2024年底前\n"
            "3\t强化监管评价\t市卫生健康委、各区政府按职责分工负责\t每年\n")
    rows = division_rows(split_lines(text))
    assert [names(r) for r in rows] == [
        [("市卫生健康委", "lead"), ("市人社局", "responsible")],
        [("各区政府", "lead"), ("市卫生健康委", "support"), ("市医保局", "support")],
        [("市卫生健康委", "responsible"), ("各区政府", "responsible")],
    ]


# family: a 分工表 copied a cell a line without tabs (a docx or PDF table as text), a form issue 11
# names ("one cell per line"); the rows of corpus 21's 附件2 shortened, with section rows between them
def test_bare_cell_lines_read_by_their_numbers():
    rows = rows_of("bare_cells.txt")
    assert [(r.number, r.task, r.deadline) for r in rows] == [
        (1, "开展汽车促销活动", "2023年6月"), (2, "优化二手车交易", "2023年12月"), (3, "举办美食节", "长期")]
    assert names(rows[0]) == [("市商务局", "lead"), ("市财政局", "support"), ("各区人民政府", "support")]
    doc = plan_parser.extract(TABLES / "bare_cells.txt")
    assert [[u.name for u in t.units] for t in tasks(doc) if t.attachment is None] == [
        ["市商务局", "市财政局", "各区人民政府"], ["市公安局", "市商务局"], ["市商务局", "市文化广电旅游局"]]


def test_bare_cell_lines_that_cannot_be_placed_are_left_out():
    header = "序号\n重点任务\n牵头单位\n配合单位\n完成时限\n"
    # row 1 lost its empty 配合单位 cell: four lines for five columns
    text = header + "1\n开展汽车促销活动\n市商务局\n2023年6月\n2\n优化二手车交易\n市公安局\n市商务局\n2023年12月\n"
    assert [r.number for r in division_rows(split_lines(text))] == [2]
    # no 序号 column: short lines are not read as a table
    assert division_rows(split_lines("重点任务\n牵头单位\n配合单位\n开展汽车促销活动\n市商务局\n市财政局\n")) == []


# family: 分工表 whose 责任单位 spans 牵头单位 and 配合单位 in a second header row (the row's leading
# tabs are lost with the line's white space), and 分工表 with one unit column under a standing rule
# (issue 11 item 4: 排在首位的单位为牵头单位) in a note or in the header; rows of corpus 21's 附件2
def test_a_second_header_row_splits_a_spanning_unit_column():
    text = ("序号\t工作事项\t责任单位\t\t完成时限\n"
            "\t\t牵头单位\t配合单位\t\n"
            "1\t有序扩大家庭医生来源\t各区政府\t市卫生健康委、市人社局\t2025年底前\n"
            "2\t不断优化签约服务团队\t市卫生健康委\t各区政府\t2024年底前\n")
    rows = division_rows(split_lines(text))
    assert [names(r) for r in rows] == [
        [("各区政府", "lead"), ("市卫生健康委", "support"), ("市人社局", "support")],
        [("市卫生健康委", "lead"), ("各区政府", "support")]]


def test_a_lead_first_rule_gives_each_rows_first_unit_the_lead():
    rows_text = ("1\t有序扩大家庭医生来源\t各区政府、市卫生健康委、市人社局\t2025年底前\n"
                 "2\t不断优化签约服务团队\t市卫生健康委（牵头）、各区政府\t2024年底前\n")
    for header, note in (("责任单位", "注：排在首位的单位为牵头单位。\n"), ("责任单位（列第一位者为牵头单位）", "")):
        text = f"序号\t工作事项\t{header}\t完成时限\n" + rows_text + note
        rows = division_rows(split_lines(text))
        assert [names(r) for r in rows] == [
            [("各区政府", "lead"), ("市卫生健康委", "support"), ("市人社局", "support")],
            [("市卫生健康委", "lead"), ("各区政府", "responsible")]]  # a role of its own: kept
    # no rule: the column's role
    rows = division_rows(split_lines("序号\t工作事项\t责任单位\t完成时限\n" + rows_text))
    assert names(rows[0]) == [("各区政府", "responsible"), ("市卫生健康委", "responsible"), ("市人社局", "responsible")]
