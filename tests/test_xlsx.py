"""The 任务分工表 workbook (tasks --format xlsx), read back with openpyxl: title row, header,
role columns, date cells, autofilter, frozen header, print setup, one sheet per notice."""
from __future__ import annotations

import datetime as dt
import shutil

import openpyxl
from typer.testing import CliRunner

import plan_parser
from conftest import CORPUS, SEED, need
from plan_parser.cli import app
from plan_parser.models import Span, Target, Task, Unit
from plan_parser.output.tables import deadline_note
from plan_parser.output.text import date_words, target_words
from plan_parser.output.xlsx import Sheet, workbook

runner = CliRunner(env={"COLUMNS": "200"})
WUFEI = CORPUS / "raw" / "01_gwy-wufei-chengshi-shidian-2018.txt"  # lead, support, guide; 2 dated tasks; 文号
JIUYE = CORPUS / "raw" / "03_gwy-cujin-jiuye-yijian-2018.txt"  # 牵头 and 配合 on every task
JIYUAN = CORPUS / "raw" / "c2_01_jiyuan-tizhen-xinxin-2023.txt"  # dated tasks


def xlsx(tmp_path, *args):
    out = tmp_path / "t.xlsx"
    result = runner.invoke(app, ["tasks", *map(str, args), "--format", "xlsx", "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    return openpyxl.load_workbook(out)


def table(ws) -> list[dict]:
    header = [c.value for c in ws[2]]
    return [dict(zip(header, (c.value for c in row))) for row in ws.iter_rows(min_row=3)]


def test_title_row_header_frozen_filter_and_print_setup(tmp_path):
    need(WUFEI)
    ws = xlsx(tmp_path, WUFEI).active
    assert ws["A1"].value == "国务院办公厅关于印发“无废城市”建设试点工作方案的通知（国办发〔2018〕128号）"
    assert any(str(r).startswith("A1:") for r in ws.merged_cells.ranges)
    header = [c.value for c in ws[2]]
    assert header == ["序号", "编号", "一级任务", "二级任务", "具体措施", "牵头单位", "配合单位", "指导单位", "责任单位",
                      "完成时限", "时限说明", "目标", "来源"]
    assert ws.freeze_panes == "A3"
    assert ws.auto_filter.ref == f"A2:M{ws.max_row}"
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.fitToWidth == 1
    assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.print_title_rows == "$2:$2"
    assert ws["E3"].alignment.wrap_text and ws["E3"].border.left.style == "thin"


def test_role_columns_are_separate(tmp_path):
    need(JIUYE)
    rows = table(xlsx(tmp_path, JIUYE).active)
    tasks = plan_parser.tasks(plan_parser.extract(JIUYE))
    assert len(rows) == len(tasks) == 15
    for row, task in zip(rows, tasks):
        assert (row["牵头单位"] or "") == "、".join(u.name for u in task.units if u.role == "lead")
        assert (row["配合单位"] or "") == "、".join(u.name for u in task.units if u.role == "support")
    assert all(row["牵头单位"] for row in rows) and sum(bool(row["配合单位"]) for row in rows) > 10
    assert "指导单位" not in rows[0]  # shown only when some task has a guiding unit


def test_deadlines_are_date_cells(tmp_path):
    need(JIYUAN)
    ws = xlsx(tmp_path, JIYUAN).active
    rows = table(ws)
    dated = [t for t in plan_parser.tasks(plan_parser.extract(JIYUAN)) if t.deadline]
    cells = [r["完成时限"] for r in rows if r["完成时限"]]
    assert len(cells) == len(dated) >= 3
    assert all(isinstance(c, dt.datetime) for c in cells)
    assert [c.date().isoformat() for c in cells] == [t.deadline for t in dated]
    column = [c.value for c in ws[2]].index("完成时限")
    date_cells = [row[column] for row in ws.iter_rows(min_row=3) if isinstance(row[column].value, dt.datetime)]
    assert date_cells and all("年" in c.number_format for c in date_cells)


def test_guiding_items_are_left_out_unless_all(tmp_path):
    rows = table(xlsx(tmp_path, SEED).active)
    assert "總體要求" not in [r["一级任务"] for r in rows]  # 指导思想-like items carry no unit or target
    everything = table(xlsx(tmp_path, SEED, "--all").active)
    assert len(everything) == len(plan_parser.tasks(plan_parser.extract(SEED))) > len(rows)
    assert everything[0]["一级任务"] == "總體要求"


def test_levels_text_targets_and_source(tmp_path):
    rows = table(xlsx(tmp_path, SEED.resolve()).active)  # an absolute path in, a file name out
    first = rows[0]
    assert first["序号"] == 1 and first["编号"] == "2.1.1"
    assert first["一级任务"] == "重點任務" and first["二级任务"] == "建設創業創新平台,增強支撐能力"
    assert first["具体措施"].startswith("1.打造創業創新公共服務平台。") and "(責任單位:" not in first["具体措施"]
    assert first["具体措施"].endswith("争取“科創中國”服務示範項目不少于10個。")  # the clause has its columns
    assert first["目标"].startswith("超过400家（2025年底）；不少于10000人；不少于3000家（2023年底）")
    assert first["来源"] == f"{SEED.name} 第35行"


def test_several_notices_give_a_sheet_each_and_an_index(tmp_path):
    need(WUFEI)
    folder = tmp_path / "in"
    folder.mkdir()
    for f in (SEED, WUFEI, JIUYE):
        shutil.copy(f, folder / f.name)
    wb = xlsx(tmp_path, folder)
    assert wb.sheetnames[0] == "目录" and len(wb.sheetnames) == 4
    index = list(wb["目录"].iter_rows(min_row=2, values_only=True))
    assert [r[1] for r in index] == sorted(f.name for f in (SEED, WUFEI, JIUYE))
    assert wb["目录"]["C2"].hyperlink.location or wb["目录"]["C2"].hyperlink.target
    assert all(len(name) <= 31 for name in wb.sheetnames)
    assert wb[wb.sheetnames[1]]["A1"].value.startswith("国务院办公厅关于印发“无废城市”建设试点工作方案的通知")
    assert wb[wb.sheetnames[2]]["A1"].value.startswith("国务院关于做好当前和今后一个时期促进就业工作的若干意见")


def test_a_notice_with_no_unit_anywhere_keeps_its_tasks():
    task = Task(id="1", attachment=None, path=[1], title="总体要求", units=[], text="一、总体要求", line=3)
    wb = openpyxl.load_workbook(__import__("io").BytesIO(workbook([Sheet("a.txt", "某方案", None, (task,))])))
    assert wb.active.max_row == 3 and wb.active["A1"].value == "某方案"


def test_targets_and_times_in_words():
    span = Span(line=1, end_line=1, start=0, end=1)

    def target(value, comparator, deadline=None, recurrence=None, unit="家"):
        return Target(value=value, unit=unit, comparator=comparator, deadline=deadline, recurrence=recurrence,
                      text="x", span=span)

    assert target_words(target(3000, ">=", "2023-12-31")) == "不少于3000家（2023年底）"
    assert target_words(target(400, ">", "2025-12-31")) == "超过400家（2025年底）"
    assert target_words(target([3, 5], "range", unit="个")) == "3–5个"
    assert target_words(target(30.0, "~", unit="%")) == "30%左右"
    assert target_words(target(1000, ">=", recurrence="annual", unit="人")) == "不少于1000人（每年）"
    assert target_words(target(5, "<=", "2024-06-30", unit="天")) == "不超过5天（2024年6月底）"
    assert date_words("2024-02-29") == "2024年2月底" and date_words("2023-07-27") == "2023年7月27日"

    def task(deadline, text):
        return Task(id="1", attachment=None, path=[1], title="t", units=[Unit(name="市科技局", role="lead")],
                    deadline=deadline, deadline_text=text, text="t", line=1)

    assert deadline_note(task("2023-12-31", "2023年底前")) == ""
    assert deadline_note(task("2023-09-30", "2023年9月30日以前")) == ""
    assert deadline_note(task(None, "持续推进")) == "持续推进"
    assert deadline_note(task("2024-03-31", "2024年3月底前并长期坚持")) == "2024年3月底前并长期坚持"
