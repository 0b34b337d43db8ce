"""Who answers for a task, as the item's model says it (issue 11, items 4–5): standing rules in
their scope, and every role a unit is given with the clause it comes from."""
from __future__ import annotations

import plan_parser
from plan_parser.output.tasks import tasks
from plan_parser.output.units import unit_view
from plan_parser.output.tables import unit_records
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
    rows = [(r["path"], r["role"]) for r in unit_records(tasks(doc), False) if r["unit"] == "生态环境部"]
    assert rows[:2] == [([2, 1], "lead"), ([2, 1], "guide")]  # one row per unit, task and role


# --- units written in prose (item 6): real sentences from the bulk, kept apart as prose_units ---
PROSE = [
    # bulk b00022, b00067: the matter stands before 由, the unit after it
    ("本办法由市卫生健康行政主管部门负责组织实施。", [("市卫生健康行政主管部门", "responsible")]),
    ("部门管理机构由主管部门负责通知;驻济高校由省委教育工委负责通知;",
     [("主管部门", "responsible"), ("省委教育工委", "responsible")]),
    # bulk b00399, b00368: 负责人 is the person in charge, no verb
    ("组织部、纪委办联合基层相关部门负责人组成考察组，对55名人选进行专项考察", []),
    ("所属单位相关部门负责人参加，原则上各业务部门不再另行召开会议", []),
    # bulk b00019: two tiers share one organ
    ("市、区民政部门负责辖区内老年人助餐配餐服务的组织实施。", [("市、区民政部门", "responsible")]),
    ("交通部门负责对无道路运输证从事违法运输经营活动的行为进行查处；公安部门负责依法查处。",
     [("交通部门", "responsible"), ("公安部门", "responsible")]),
    ("省教育厅负责指导市、县(市、区)政府做好学校、幼儿园的供暖保障工作。", [("省教育厅", "responsible")]),
    ("市发展改革委为总牵头单位，各区政府负责具体实施。", [("市发展改革委", "lead"), ("各区政府", "responsible")]),
    # bulk b00097 (龙岩 三线整治 职责分工): a duty list whose unit carries its short name, or is a company
    ("市委文明办(创城办):根据创建全国文明城市测评标准参与现场整治指导", [("市委文明办", "responsible")]),
    ("国网龙岩供电公司:会同市通管办制定“三线”交越搭挂整治技术方案", [("国网龙岩供电公司", "responsible")]),
    # 国办函〔2014〕31号 (a national 分工 notice): 会同 joins a lead to the units it works with
    ("（二）关于“严守耕地保护红线”的问题，由国土资源部会同农业部等部门负责落实。",
     [("国土资源部", "lead"), ("农业部", "responsible")]),
    # bulk b00094 (山东 国有林场电网改造): the lead of a programme, its object between 为 and 牵头单位
    ("省发展改革委和省林业局为全省国有林场电网改造的总牵头单位，市县财政部门要做好资产注销。",
     [("省发展改革委", "lead"), ("省林业局", "lead")]),
    ("市工信局：负责制定工业企业培育方案。", [("市工信局", "responsible")]),
    ("所需资金由企业自主负责。", []),  # no authority
    ("各地要负责做好宣传。", []),
    ("医联体牵头医院牵头、成员单位共同参与。", []),  # corpus 21: not a clause
    # bulk b00034 (= corpus 17, 广东 公共数据管理办法), b00068: a matter's part closed by 由X负责
    ("（一）户籍登记数据，由公安机关负责；", [("公安机关", "responsible")]),
    ("（五）卫生健康数据，由卫生健康主管部门、乡镇人民政府、街道办事处负责；",
     [("卫生健康主管部门", "responsible"), ("乡镇人民政府", "responsible"), ("街道办事处", "responsible")]),
    ("(四)值班制度采暖季期间，实行24小时值班制度，由省住房城乡建设厅负责。", [("省住房城乡建设厅", "responsible")]),
    ("所需经费由你单位全部负责。", []),  # bulk b00091: the addressee, no unit
    ("由有权机关对直接负责的主管人员和其他直接责任人员依法给予处分。", []),  # 负责 closes no part
    # bulk b00071 (山东 防灾减灾 职责): a part that opens with 会同 names who leads with the item's unit
    ("省发展改革委:主要负责自然灾害防治重点项目的立项审批;会同省应急厅牵头负责地震易发区房屋设施加固工程。",
     [("省发展改革委", "responsible"), ("省应急厅", "lead")]),
    ("省工业和信息化厅:协调救灾物资生产;会同省科技厅、省应急厅牵头负责自然灾害防治技术装备现代化工程。",
     [("省工业和信息化厅", "responsible"), ("省科技厅", "lead"), ("省应急厅", "lead")]),
]


def test_prose_names():
    from plan_parser.parse.prose import prose_names

    for text, want in PROSE:
        assert [(n.name, n.role) for n in prose_names(text)] == want, text


def test_prose_units_only_where_a_task_has_no_clause():
    doc = plan_parser.parse_text(
        "养老服务工作方案\n一、工作任务\n（一）完善设施。发展改革部门负责统筹规划，民政部门负责养老服务设施建设。\n"
        "（二）加强监管。民政部门负责日常监管。（责任单位：市民政局）\n")
    first, second = tasks(doc)
    assert first.units == [] and [(u.name, u.source) for u in first.prose_units] == [
        ("发展改革部门", "prose"), ("民政部门", "prose")]
    assert [u.name for u in second.units] == ["市民政局"] and second.prose_units == []


def test_unit_table_shows_each_task_with_every_role():
    """The terminal view of ``planparse units``: a unit's tasks with the roles it has in each."""
    import io

    from rich.console import Console

    from plan_parser.cli.render import unit_table

    need(CORPUS)
    doc = plan_parser.extract(CORPUS / "raw" / "01_gwy-wufei-chengshi-shidian-2018.txt")
    out = io.StringIO()
    unit_table(unit_view([("01.txt", tasks(doc))]), console=Console(file=out, width=400))
    row = next(line for line in out.getvalue().splitlines() if "生态环境部" in line)
    assert "2.1（牵头、指导）；2.2（指导）" in row
