"""The lines stage: offsets, folding, and flattened documents cut at run-on markers."""
from __future__ import annotations

import plan_parser
from plan_parser.parse.lines import split_lines

FILLER = "加强统筹协调，完善工作机制，确保各项任务落到实处" * 6


def test_offsets_and_view():
    text = "　　一、总体要求\r\n（一）目标。"
    lines = split_lines(text.replace("\r\n", "\n"))
    assert [(ln.no, ln.text) for ln in lines] == [(1, "一、总体要求"), (2, "（一）目标。")]
    assert lines[1].view == "(一)目标。"
    assert text.replace("\r\n", "\n")[lines[1].start:lines[1].end] == lines[1].text


def test_flattened_document_is_cut_at_run_on_markers():
    text = (f"关于印发工作方案的通知各市：现将方案印发给你们。一、加强建设1.建设水库。{FILLER}。"
            f"（责任单位：省水利厅）2.修复河道。{FILLER}。（责任单位：省财政厅）二、健全机制1.总结经验。{FILLER}。")
    doc = plan_parser.parse_text(text)
    got = [(t.path, t.title, [u.name for u in t.units]) for t in plan_parser.tasks(doc)]
    assert got == [([1, 1], "建设水库", ["省水利厅"]), ([1, 2], "修复河道", ["省财政厅"]), ([2, 1], "总结经验", [])]
    assert {s.line for s in [doc.plan.sections[0].span, doc.plan.sections[1].span]} == {1}


def test_numerals_in_running_text_are_no_run_on_markers():
    # 五一、 is a holiday and 一、二、三等奖 a list of prizes, not sections
    text = (f"关于做好节日工作的通知各单位：现将有关事项通知如下。一、做好值班清明、五一、端午期间安排值班。{FILLER}。"
            f"二、组织竞赛设团体一、二、三等奖。{FILLER}。三、加强宣传做好报道。{FILLER}。")
    doc = plan_parser.parse_text(text)
    assert [s.path for s in doc.plan.sections] == [[1], [2], [3]]


def test_an_ordinary_long_paragraph_is_not_cut():
    text = "XX方案\n一、总体要求\n" + f"{FILLER}，主要包括：1.建设水库。2.修复河道。{FILLER}" * 3 + "\n二、保障措施\n"
    doc = plan_parser.parse_text(text)
    assert [t.path for t in plan_parser.tasks(doc)] == [[1], [2]]


def test_flattened_head_gives_title_and_addressees():
    text = (f"关于印发工作方案的通知各市：现将方案印发给你们。一、加强建设1.建设水库。{FILLER}。"
            f"2.修复河道。{FILLER}。二、健全机制1.总结经验。{FILLER}。")
    doc = plan_parser.parse_text(text)
    assert doc.notice.title == "关于印发工作方案的通知"
    assert doc.notice.addressees == ["各市"]


def test_flattened_head_sets_the_document_number_apart():
    """The 版头 and the 文号 run into the title: 内部事项…文件设备输电〔2021〕14号国网设备部关于…;
    the 代字 runs into the authority's name: 山东省交通运输厅鲁交城市函（2020）39号关于…"""
    body = f"各单位：现将有关事项通知如下。一、加强管理1.建立台账。{FILLER}。2.开展检查。{FILLER}。" * 3
    doc = plan_parser.parse_text("内部事项国家电网有限公司部门文件设备输电〔2021〕14号国网设备部关于规范巡检管理的通知" + body)
    assert (doc.notice.title, doc.notice.doc_number) == ("国网设备部关于规范巡检管理的通知", "设备输电〔2021〕14号")
    doc = plan_parser.parse_text("山东省交通运输厅鲁交城市函（2020）39号关于商请会签应急预案的函" + body)
    assert (doc.notice.title, doc.notice.doc_number) == ("关于商请会签应急预案的函", "鲁交城市函（2020）39号")


def test_flattened_tail_gives_issuer_date_and_note():
    text = (f"关于加强设备管理的通知各单位：现将有关事项通知如下。一、加强管理1.建立台账。{FILLER}。"
            f"2.开展检查。{FILLER}。二、工作要求1.按时报送。{FILLER}。国网设备部2021年2月8日(此件发至各级单位)")
    doc = plan_parser.parse_text(text)
    assert (doc.notice.issuers, doc.notice.date) == (["国网设备部"], "2021-02-08")
    assert doc.notice.notes == ["(此件发至各级单位)"]
    assert plan_parser.tasks(doc)[-1].title == "按时报送"


def test_flattened_attachment_list_is_no_part_of_the_plan():
    text = (f"关于加强设备管理的通知各单位：现将有关事项通知如下。一、加强管理1.建立台账。{FILLER}。"
            f"2.开展检查。{FILLER}。3.及时整改。{FILLER}。联系人:XXX@sgcc.com.cn附件:1.设备台账模板2.检查情况统计表"
            "国网设备部2021年2月8日(此件发至各级单位)")
    doc = plan_parser.parse_text(text)
    assert [t.path for t in plan_parser.tasks(doc)] == [[1, 1], [1, 2], [1, 3]]
    assert [a.title for a in doc.notice.attachments] == ["设备台账模板", "检查情况统计表"]
    assert (doc.notice.issuers, doc.notice.date) == (["国网设备部"], "2021-02-08")


def test_flattened_included_attachment_after_the_signature():
    """…办公室2020年11月2日附件落实…分工方案一、…: the plan is attachment 1, and the 版记 is set apart."""
    text = (f"关于印发分工方案的通知各市：现将《分工方案》印发给你们，请抓好落实。附件:分工方案"
            f"某某省防汛抗旱指挥部办公室2020年11月2日(此件公开发布)附件分工方案一、加强工程建设1.加大投入。{FILLER}。"
            f"(责任单位:省水利厅)2.加快进度。{FILLER}。(责任单位:省财政厅)抄送:省委办公厅。某某省防汛抗旱指挥部办公室2020年11月3日印发")
    doc = plan_parser.parse_text(text)
    assert [(t.attachment, t.path, [u.name for u in t.units]) for t in plan_parser.tasks(doc)] == [
        (1, [1, 1], ["省水利厅"]), (1, [1, 2], ["省财政厅"])]
    assert (doc.notice.date, doc.notice.notes, doc.notice.cc) == ("2020-11-02", ["(此件公开发布)"], ["省委办公厅"])
    assert not [d for d in doc.diagnostics if d.code == "unparsed"]


def test_flattened_list_with_an_attachment_running_on_is_left_to_the_plan():
    """附件:1.…2.…方案(会签稿)1.总则…: no signature or heading sets the attachment's text apart, so
    its numbered items stay items rather than unparsed text."""
    text = (f"关于商请会签应急预案的函各有关部门：现请会签。附件:1.发文稿纸2.应急预案(会签稿)"
            f"1.总则{FILLER}。2.组织指挥体系{FILLER}。3.监测预警{FILLER}。")
    doc = plan_parser.parse_text(text)
    items = [(t.path, t.title.removesuffix(FILLER)) for t in plan_parser.tasks(doc) if t.title.endswith(FILLER)]
    assert items == [([1], "总则"), ([2], "组织指挥体系"), ([3], "监测预警")]  # each item whole, in order
    assert not [d for d in doc.diagnostics if d.code == "unparsed"]


def test_flattened_record_printed_then_reprinted():
    text = (f"关于做好村庄规划工作的通知各省、自治区、直辖市：现将有关事项通知如下。一、严格规划1.科学编制。{FILLER}。"
            f"2.严格审批。{FILLER}。二、加强领导1.压实责任。{FILLER}。中共中央办公厅国务院办公厅2020年12月18日"
            "(此件发至县团级)中共中央办公厅秘书局2020年12月19日印发中共山东省委办公厅2020年12月22日翻印")
    doc = plan_parser.parse_text(text)
    assert (doc.notice.date, doc.notice.printed) == ("2020-12-18", "中共中央办公厅秘书局2020年12月19日印发")
    assert not [d for d in doc.diagnostics if d.code == "unparsed"]


def test_flattened_item_number_with_a_typed_full_stop():
    """11。强化生态帮扶: item 11, where item 10 came before (not a restart at 1。)."""
    items = "".join(f"{n}{'。' if n == 3 else '.'}任务{n}。{FILLER}。(省直{n}厅负责)" for n in range(1, 5))
    doc = plan_parser.parse_text(f"关于印发工作方案的通知各市：现将方案印发给你们。一、重点任务{items}")
    assert [(t.path, [u.name for u in t.units]) for t in plan_parser.tasks(doc)] == [
        ([1, n], [f"省直{n}厅"]) for n in range(1, 5)]


# family: a one-line OCR copy's standard heading run into its first sentence at any level
# (FLAT_RUN_IN_HEADING): bulk b00262 (一、培训时间3月1日…), b00275 ((一)培训时间2021年4月21日…),
# b00336 (一、基本情况按照…), b00342 (一、项目基本情况浠水…), b00295 ((一)竞赛内容竞赛内容主要包括…)

def _flat_sections(text: str) -> list[str]:
    doc = plan_parser.parse_text(text)
    return [s.title for s in doc.plan.sections] + [c.title for s in doc.plan.sections for c in s.children]


def test_flattened_standard_heading_at_any_level_is_cut_from_its_first_sentence():
    # b00262 and b00275, shortened
    text = ("关于组织开展网络专题培训的通知各单位党组织:为落实中央关于教育培训的有关要求，现组织开展网络专题培训，具体事宜通知如下:"
            "一、培训时间3月1日至3月31日。二、参训人员公司党组管理的领导人员。三、有关要求(一)培训时间2021年4月21日至4月30日。"
            "(二)培训地点国网大学(公司团校)。(三)其他事项请各单位认真组织，确保按时完成学习任务。" + FILLER)
    assert _flat_sections(text) == ["培训时间", "参训人员", "有关要求", "培训时间", "培训地点", "其他事项"]


def test_flattened_report_and_meeting_headings_are_cut():
    # b00369 (a 议题 report: 基本情况, 需要公司党委会决策事项) and b00263 (三、会议任务传达学习…), shortened
    text = ("关于为公司系统员工办理2021年度人身意外保险相关事项的报告公司党委:一、基本情况公司持续多年为长期员工投保了人身意外险。"
            + FILLER + "。二、需要公司党委会决策事项审议公司2021年长期员工人身意外险投保方案。三、会议任务传达学习会议精神。"
            "四、需要公司党委决策的事项以上事项提请公司党委会审议。")
    assert _flat_sections(text) == ["基本情况", "需要公司党委会决策事项", "会议任务", "需要公司党委决策的事项"]


def test_flattened_heading_its_first_sentence_repeats_is_cut_before_the_repeat():
    # b00295 and b00301, shortened: the first sentence opens with the heading's words again
    text = ("关于举办保密知识竞赛的通知各单位:为深入学习贯彻保密法律法规，决定举办保密知识竞赛，现将有关事项通知如下:"
            "一、竞赛内容(一)竞赛内容竞赛内容主要包括保密、国家安全有关法律法规。(二)竞赛方式本次竞赛由四个环节组成。"
            "二、培训内容培训内容涵盖带电检测基础知识和基本技能。" + FILLER)
    assert _flat_sections(text) == ["竞赛内容", "培训内容", "竞赛内容", "竞赛方式本次竞赛由四个环节组成"]


def test_flattened_basic_situation_heading_is_cut():
    # b00336 and b00342, shortened; 基本情况为满足… (为: a purpose) is cut too (b00385)
    text = ("关于新能源项目上网电价审核确认工作的报告省发展改革委:现将有关情况报告如下:"
            "一、基本情况按照鄂发改价管〔2019〕323号文件要求，公司扎实做好相关工作。"
            "二、项目基本情况浠水吉鑫风脉农光互补光伏发电项目位于黄冈浠水县竹瓦镇，装机容量10万千瓦。"
            "三、人员基本情况为满足业务运营需要，组织完成岗位竞聘考评工作。" + FILLER)
    assert _flat_sections(text) == ["基本情况", "项目基本情况", "人员基本情况"]


def test_flattened_heading_that_goes_on_is_not_cut():
    # near misses: the heading goes on (工作思路和目标, 存在的问题与不足, 下一步工作计划), 为 as a copula
    # (基本情况为：…), a word inside a sentence (摸清基本情况，…)
    text = ("关于报送工作总结的通知各单位:现将有关事项通知如下:一、工作思路和目标坚持稳中求进。二、存在的问题与不足。"
            "三、下一步工作计划。四、摸清基本情况，建立工作台账。五、基本情况为:已完成。" + FILLER)
    assert _flat_sections(text) == ["工作思路和目标坚持稳中求进", "存在的问题与不足", "下一步工作计划",
                                    "摸清基本情况，建立工作台账", "基本情况为"]


def test_run_in_heading_on_its_own_line_is_left_alone():
    # a document of many lines: its headings stand on their own lines, nothing is cut inside one
    text = "关于开展调研的通知\n各单位：\n一、调研时间\n3月25日至26日。\n二、基本情况按照要求开展。\n"
    assert [s.title for s in plan_parser.parse_text(text).plan.sections] == ["调研时间", "基本情况按照要求开展"]


# family: a one-line OCR copy's 一、 or (一) right after a time or a masked number (RUN_ON_MARKER):
# bulk b00254, b00258, b00263, b00296 (上午9:30二、召开形式和地点), b00335 (8856XXXX十二、), b00277
# (010-66597XXXX(三)请…); not 4.3.2一、二级预警行动 (b00259: a numeral follows)

def test_flattened_marker_after_a_time_or_a_masked_number_is_cut():
    # b00254, shortened
    text = ("关于召开工作安排电视电话会议的通知各分部，各省公司:定于2月20日上午召开电视电话会议，现将有关事项通知如下:"
            "一、会议时间2021年2月20日(星期六)上午9:30二、召开形式和地点1.形式:视频会议2.地点:主会场:总部西单办公区"
            "三、会议任务贯彻落实公司工作会议精神。四、有关工作要求(一)请国网信通公司做好设备调试工作。联系人:XXX，电话:010-66597XXXX"
            "(二)请严格落实各项防疫要求。" + FILLER)
    doc = plan_parser.parse_text(text)
    assert [s.marker for s in doc.plan.sections] == ["一、", "二、", "三、", "四、"]
    assert [c.marker for c in doc.plan.sections[3].children] == ["(一)", "(二)"]


def test_numeral_list_after_a_decimal_number_is_no_marker():
    # b00259, shortened: 4.3.2一、二级预警行动 is a decimal heading then 一、二级 (a list of levels)
    text = ("关于印发突发事件应急预案的通知各单位:现将预案印发给你们，请认真贯彻执行。一、总则1.目的为有效预防突发事件，制定本预案。"
            "2.分级预警分为四级。4.3.2一、二级预警行动发布一级、二级预警信息后，立即启动应急响应。二、组织体系设立应急领导小组。" + FILLER)
    doc = plan_parser.parse_text(text)
    assert [s.marker for s in doc.plan.sections] == ["一、", "二、"]


# family: a one-line OCR copy whose numbering lost a marker (flatten._hole): bulk b00045 (。五、申报材料和
# 程序 after 三、), b00361 (。三、下阶段工作安排 after 一、), b00057/b00067 (2，参会人员… typed with a comma,
# then 。3.…); not after a Han character (b00319: 举一反三、立即开展…)

def test_flattened_numbering_with_a_hole_keeps_its_later_sections():
    text = ("关于做好X工作的通知各区:现通知如下。一、明确目标推进工作。" + FILLER + "。二、强化措施落实责任。" + FILLER +
            "。三、加强督查开展检查。" + FILLER + "。五、严格考核严肃问责。" + FILLER + "。六、加强宣传营造氛围。" + FILLER + "。")
    doc = plan_parser.parse_text(text)
    assert [s.path for s in doc.plan.sections] == [[1], [2], [3], [5], [6]]
    skipped = [d for d in doc.diagnostics if d.code == "skipped-number"]
    assert len(skipped) == 1 and "expected 4" in skipped[0].message


def test_flattened_list_item_after_a_misread_marker_is_cut():
    # b00067, shortened: 2， (OCR for 2.) is no marker, 3. after it still is
    text = ("关于召开全省会议的通知各市:现将有关事项通知如下:一、会议内容部署全年工作。" + FILLER + "。二、有关事项1.参会人员一律不带随员。"
            "2，参会人员请持参会凭证提前15分钟入场就座完毕。3.参会人员着正装、戴口罩。")
    doc = plan_parser.parse_text(text)
    assert [c.path for c in doc.plan.sections[1].children] == [[2, 1], [2, 3]]


def test_an_idiom_with_a_numeral_is_no_hole():
    # b00319, shortened: 举一反三、 after 一、 is a word, not section 3
    text = ("关于开展隐患排查的通知各单位:现通知如下。一、提高认识切实加强领导。" + FILLER + "。要深入开展隐患排查，举一反三、"
            "立即开展重点客户用电情况排查。" + FILLER + "。二、落实责任强化考核。" + FILLER + "。")
    doc = plan_parser.parse_text(text)
    assert [s.path for s in doc.plan.sections] == [[1], [2]]


# family: a flattened list of attachments whose titles open with a year (附件:1.2021年…表2.2021年…表):
# bulk b00321, b00387, b00392, b00315, b00284 (RUN_ON_MARKER's 1. before a year)

def test_flattened_attachment_titles_opening_with_a_year_are_each_listed():
    # b00392, shortened
    text = ("关于2021年度本部各部门业绩考核、薪酬兑现情况的汇报公司党委:现将有关情况汇报如下。一、基本情况按照公司考核办法组织考核。"
            + FILLER + "。二、需要公司党委会决策事项公司本部2021年度考核及兑现结果。附件:1.2021年度东区各部门业绩考核结果明细表"
            "2.2021年度南区各部门业绩考核结果明细表3.2021年度本部各部门党政负责人考核兑现情况表")
    doc = plan_parser.parse_text(text)
    assert [(a.number, a.title) for a in doc.notice.attachments] == [
        (1, "2021年度东区各部门业绩考核结果明细表"), (2, "2021年度南区各部门业绩考核结果明细表"),
        (3, "2021年度本部各部门党政负责人考核兑现情况表")]


# family: a copy whose paragraphs run on after a space (bulk b00160, b00184: 。 一、2023年工作回顾 2023 年是…,
# 。 （一）聚力推动经济平稳增长。…): its markers after a sentence end and a space are cut (RUN_ON_MARKER),
# and a heading ends at its first space (FLAT_SPACED_HEADING); not in a copy whose spaces stand inside
# names (b00377: 秘书组组  长) or numbers (b00412: 2022 年)

def test_flattened_copy_with_paragraphs_joined_by_spaces():
    # b00184, shortened
    text = ("各位代表： 现在，我代表市人民政府向大会报告工作，请予审议。一、2023年工作回顾 过去的一年，极不寻常，极不容易。"
            " 全市地区生产总值增长5.1%。 二、2024年政府工作安排 2024年政府工作总的要求是：稳中求进。 按照以上目标要求，"
            "聚力抓好以下工作： （一）聚力推动经济平稳增长。把扩大内需摆在更加突出的位置。 （二）聚力促进产业做优做强。"
            "坚持高端化优结构。 三、全面加强政府自身建设 新形势新任务，对政府自身建设提出了新的更高要求。")
    doc = plan_parser.parse_text(text)
    assert [s.title for s in doc.plan.sections] == ["2023年工作回顾", "2024年政府工作安排", "全面加强政府自身建设"]
    assert [c.title for c in doc.plan.sections[1].children] == ["聚力推动经济平稳增长", "聚力促进产业做优做强"]


def test_spaces_inside_names_end_no_heading():
    # b00377, shortened: a list of names with spaced titles (组  长), in a copy not joined by spaces
    text = ("关于成立工会换届筹备工作机构的通知各单位:为做好换届工作，成立筹备工作机构。一、筹备工作机构(一)秘书组组  长:XXX"
            "成员:XXX、XXX(二)会务组组  长:XXX成员:XXX、XXX二、工作要求各单位要高度重视，认真做好各项筹备工作。" + FILLER)
    doc = plan_parser.parse_text(text)
    assert [c.title for c in doc.plan.sections[0].children] == ["秘书组组  长", "会务组组  长"]


# family: a 规则/办法 flattened onto one line, its articles run on (bulk b00071: 一、机构设置第一条省委…
# 。第二条领导小组…; the orders and 办法 by chapter and article in a one-line copy): each 第N条
# that continues the article sequence after a sentence end or its section's heading is an article;
# not a reference in running text (依照本规则第二条规定, 第三条的)

def test_flattened_rules_by_article_keep_their_articles():
    # b00071, shortened
    text = ("山东省应急管理厅关于商请会签《领导小组工作规则》的函各成员单位:现发贵单位进行会签。领导小组工作规则为规范领导小组工作，"
            "制定本规则。一、机构设置第一条领导小组是议事协调机构。第二条领导小组设组长1人，副组长4人。" + FILLER +
            "。第三条领导小组下设办公室，依照本规则第二条规定承担日常工作。二、议事规则第四条领导小组实行集体研究重要事项制度。"
            + FILLER + "。第五条会议确定的事项由领导小组办公室落实，第三条的规定同样适用。" + FILLER + "。")
    doc = plan_parser.parse_text(text)
    got = [(s.path, [(c.path, c.marker) for c in s.children]) for s in doc.plan.sections]
    assert got == [([1], [([1, 1], "第一条"), ([1, 2], "第二条"), ([1, 3], "第三条")]),
                   ([2], [([2, 4], "第四条"), ([2, 5], "第五条")])]
    assert [s.title for s in doc.plan.sections] == ["机构设置", "议事规则"]
    assert not [d for d in doc.diagnostics if d.code == "skipped-number"]
