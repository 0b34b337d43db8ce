"""Targets: number forms, comparators, deadlines and the traps that are not targets."""
from __future__ import annotations

import pytest
import yaml

from hypothesis import given, settings
from hypothesis import strategies as st

from plan_parser.parse.targets import Context, context_year, find_targets, scan
from conftest import FIXTURES

CASES = yaml.safe_load((FIXTURES / "targets.yaml").read_text(encoding="utf-8"))


def plain(v):
    if isinstance(v, tuple):
        return [plain(x) for x in v]
    return int(v) if float(v).is_integer() else v


@pytest.mark.parametrize("case", CASES, ids=[c["title"] for c in CASES])
def test_target(case):
    year = case.get("year", 2022)  # the year of the notice's date
    found = find_targets(case["text"], ctx=Context(year=year, since=year))
    got = [[plain(f.value), f.unit, f.comparator, f.deadline, f.recurrence] for f in found]
    assert got == case["want"]
    if "indicators" in case:
        assert [f.indicator for f in found] == case["indicators"]


def test_target_text_and_offsets():
    text = "到2025年，各类载体平台超过400家。"
    (f,) = find_targets(text, ctx=Context(year=2022))
    assert text[f.start:f.end] == f.text == "400家"
    assert f.deadline_text == "2025年"


def test_heading_title_numbers_are_skipped():
    text = "29.百名高端外国专家引进项目。5年内引进不少于200名专家。"
    found = find_targets(text, ctx=Context(year=2012), skip=text.index("。"))
    assert [(f.value, f.unit) for f in found] == [(200, "名")]


def test_change_is_told_from_level():
    (f,) = find_targets("营业收入增长30%。")
    assert f.change and f.verb == "增长"


def test_context_year():
    assert context_year("2022-07-11", "") == 2022
    assert context_year(None, "2012年起5年内，大力实施") == 2012
    assert context_year(None, "没有年份") is None


def test_a_section_about_the_past_gives_no_targets():
    """工作回顾 / 发展基础 report results; 夯实发展基础 is a task and keeps its targets."""
    import plan_parser
    from plan_parser.output.tasks import tasks

    text = ("XX市推进制造业发展实施方案\n"
            "一、发展基础\n2022年全市规上工业产值达到1000亿元，培育专精特新企业50家。\n"
            "二、主要目标\n到2025年，规上工业产值达到1500亿元。\n"
            "三、重点任务\n（一）夯实发展基础。到2024年，新建标准厂房20万平方米。\n"
            "（二）2023年工作回顾\n1.新增企业30家。\n")
    doc = plan_parser.parse_text(text)
    found = {(t.value, t.unit) for row in tasks(doc) for t in row.targets}
    items = list(_walk(doc.plan.sections))
    found |= {(t.value, t.unit) for i in items for t in i.targets}
    assert found == {(1.5e11, "元"), (2e5, "平方米")}


def test_an_unnumbered_review_heading_gives_no_targets_until_the_next_heading():
    """A work report's 2023年工作回顾 line stands above numbered 一、二、 (bulk b00104): their
    numbers are results; the 2024年重点工作 part after the next unnumbered heading holds targets."""
    import plan_parser

    text = ("各位代表：\n\n现在，我代表市人民政府向大会报告工作，请予审议。\n\n2023年工作回顾\n\n2023年，是全面贯彻党的二十大精神的开局之年。\n\n"
            "一、经济发展稳中有进\n\n全年空气质量优良天数达299天，新增企业120家。\n\n"
            "2024年重点工作\n\n一、着力推动经济高质量发展\n\n新增规上工业企业50家以上。\n")
    doc = plan_parser.parse_text(text)
    found = {(t.value, t.unit) for i in _walk(doc.plan.sections) for t in i.targets}
    assert found == {(50, "家")}
    assert context_year(None, "《加强煤炭储备能力建设工作方案(2021-2025年)》的函") == 2021


def _walk(items):
    for item in items:
        yield item
        yield from _walk(item.children)


def test_a_due_date_in_a_task_text_is_its_deadline():
    """7月27日前报送 / 于2021年1月5日前 make a task's deadline when no clause gives one;
    到2025年 is a target's period, not the task's due date."""
    import plan_parser
    from plan_parser.output.tasks import tasks

    text = ("关于做好设备年报工作的通知\n各单位：\n现将有关事项通知如下。\n"
            "一、工作安排\n1.各单位于2021年1月5日前报送统计表。\n2.7月27日前将总结报送设备部。\n"
            "3.到2025年，建成示范点10个。\n4.做好年报工作（2021年底前完成）。\n"
            "5.落实《关于2021年底前完成整改的通知》要求。\n"
            "某某公司\n2021年2月8日\n")
    rows = tasks(plan_parser.parse_text(text))
    assert [r.deadline for r in rows] == ["2021-01-05", "2021-07-27", None, "2021-12-31", None]


def test_a_yearly_due_date_is_no_one_date_and_a_statistical_bulletin_has_no_targets():
    import plan_parser
    from plan_parser.output.tasks import tasks

    text = ("关于做好养老服务工作的通知\n各区：\n一、工作安排\n1.每年由指导单位于5月底前完成清算。\n"
            "2.于6月10日前报送总结。\n某某市民政局\n2024年1月2日\n")
    assert [r.deadline for r in tasks(plan_parser.parse_text(text))] == [None, "2024-06-10"]
    bulletin = ("某某市2023年国民经济和社会发展统计公报\n一、综合\n全年实现地区生产总值3473.12亿元，比上年增长5.3%。\n"
                "二、农业\n全年粮食产量达到120万吨。\n")
    assert all(not r.targets for r in tasks(plan_parser.parse_text(bulletin)))


def test_a_section_holds_the_targets_of_its_own_paragraph_at_its_path():
    """Issue 11 item 8: a 主要目标 paragraph that opens a section, and a list's lead
    (到2023年： then numbered items), hold targets; the section is listed with its path."""
    import plan_parser

    text = ("XX市推进制造业发展实施方案\n"
            "一、发展目标\n到2025年，全市规上工业产值达到1500亿元。（牵头单位：市工信局）\n"
            "（一）产业规模。培育专精特新企业50家。\n（二）创新能力。研发投入增长10%。\n"
            "二、重点任务\n到2023年：\n（一）新增高新技术企业100家。\n（二）建成标准厂房20万平方米。\n")
    rows = plan_parser.tasks(plan_parser.parse_text(text))
    got = {(tuple(r.path), r.leaf): [(t.value, t.unit, t.deadline) for t in r.targets] for r in rows}
    assert got[((1,), False)] == [(1.5e11, "元", "2025-12-31")]
    # a period phrase inside a section's paragraph governs that paragraph, not the items below
    assert got[((1, 1), True)] == [(50, "家", None)]
    # the lead of a list gives its period to the list's items
    assert got[((2, 1), True)] == [(100, "家", "2023-12-31")]
    assert got[((2, 2), True)] == [(200000, "平方米", "2023-12-31")]
    assert [r.path for r in rows if not r.leaf] == [[1]]  # 二、 states no target of its own
    # a section's units are on its tasks (the scorer and the task view count units per task)
    assert all(not r.units and not r.clauses for r in rows if not r.leaf)
    assert [u.name for u in rows[1].units] == ["市工信局"]


def test_the_numbers_of_a_title_are_read():
    """c2_01: items with no heading phrase, whose first sentence is the task's title and its target;
    gold 19: 百名…项目 names the task (a lone 百 is no number)."""
    import plan_parser

    text = ("济源示范区2023年政策措施\n一、扩大有效投资\n"
            "1.实施重大基础设施工程，深入推进重点项目攻坚行动，全年完成年度投资330亿元。（责任单位：示范区发展改革和统计局）\n"
            "2.百名高端外国专家引进项目。5年内引进不少于200名专家。\n"
            "济源产城融合示范区管理委员会\n2023年1月19日\n")
    rows = plan_parser.tasks(plan_parser.parse_text(text))
    assert [(t.value, t.unit, t.deadline) for t in rows[0].targets] == [(3.3e10, "元", "2023-12-31")]
    assert [(t.value, t.unit) for t in rows[1].targets] == [(200, "名")]


def test_context_year_of_an_undated_work_report_is_the_year_after_the_one_it_reviews():
    # bulk b00108, b00202 (一、2023年工作回顾 … 二、2024年主要目标和重点任务: 今年 is 2024, though 2023 is named most)
    report = "各位代表：\n\n一、2023年工作回顾\n\n2023年，全市生产总值增长6%。2023年新增企业100家。\n\n二、2024年主要目标和重点任务\n\n今年新增企业200家。\n"
    assert context_year(None, report) == 2024
    assert context_year(None, "2023年工作回顾\n过去一年…\n") == 2024  # (b00193: the heading without its number)
    assert context_year("2024-02-01", report) == 2024  # a date comes first
    # not a review named inside a sentence, nor one with no year
    assert context_year(None, "认真做好2023年工作回顾和总结。2022年新增企业100家。") == 2023
    assert context_year(None, "一、过去五年工作回顾\n2022年新增企业100家。\n") == 2022
    # run together: the heading after a sentence's end (b00172)
    assert context_year(None, "请予审议。2023年工作回顾2023年是开局之年。2023年新增企业100家。") == 2024
    # no review heading: the numbered heading of the year it plans (b00161, b00194), not 一、2023年主要工作
    planned = "一、2023年主要工作\n2023年新增企业100家，2023年开工项目50个。\n二、2024年主要目标和重点工作\n今年新增企业200家。\n"
    assert context_year(None, planned) == 2024
    assert context_year(None, "2023年，新增企业100家。\n二、2024年工作安排\n今年新增企业200家。\n") == 2024


def test_context_year_of_a_headerless_text_is_the_year_it_names_most():
    assert context_year(None, "2023年全国击剑锦标赛，2023深圳购物季，到2025年建成") == 2023
    assert context_year(None, "到2025年建成，2024年开工") == 2025  # a tie: the latest
    assert context_year(None, "建设高标准农田2000亩，新增投资2000万元") is None  # numbers, not years


TARGET_PIECES = [*"新增建成企业人才达到增长给予补贴对的", "到2025年", "2023年底前", "全年", "每年", "“十四五”末",
                 "5年内", "较2019年", "自2022年起至2023年6月底", "截至2022年", "不少于", "超过", "以上", "左右",
                 "以下的", "一批", "加快", "推进", "等", "8类", *"0123456789", ".", "万", "亿", "%", "个", "家",
                 "元", "元/人", "吨/年", "G", "上百万", "一个", "两万", "翻一番", "百分之三十", "—", "(", ")",
                 "，", "、", "。", "；", "：", "“", "”", "《", "》"]


@given(st.lists(st.sampled_from(TARGET_PIECES), max_size=60).map("".join), st.integers(2000, 2030))
@settings(max_examples=200, deadline=None)
def test_scan_never_fails_and_every_target_slices_its_text(text, year):
    import datetime

    found, carry = scan(text, ctx=Context(year=year, since=year))
    for f in found:
        assert text[f.start:f.end] == f.text and f.start < f.end
        assert f.comparator in (">", ">=", "=", "<=", "<", "~", "range")
        if f.deadline:
            assert datetime.date.fromisoformat(f.deadline).year >= year
        if f.indicator is not None:
            assert f.indicator and set(f.indicator) <= set(text)  # words of the text (before, after the number)
    assert carry is None or carry.deadline


def test_a_bulletin_whose_title_is_missing_is_known_by_its_issuers():
    """bulk b00037: a 统计公报 scraped without its title opens with 万载县统计局 国家统计局万载调查队."""
    import plan_parser

    text = ("万载县统计局    国家统计局万载调查队\n（2023年5月）\n"
            "一、综合\n全年实现地区生产总值262.6亿元，同比增长5.3％。\n二、农业\n全年粮食产量达到30万吨。\n")
    assert all(not r.targets for r in plan_parser.tasks(plan_parser.parse_text(text)))
