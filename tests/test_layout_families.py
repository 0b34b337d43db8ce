"""The layouts a notice comes in (issue 10): one test or more per family, each on a real or
faithfully shortened example from ../shared/corpus or ../shared/bulk (named in the test)."""
from __future__ import annotations

import plan_parser
from plan_parser.parse.signature import joint_names


def parse(text: str):
    return plan_parser.parse_text(text)


def kinds(doc) -> list[str]:
    return [p.kind for p in doc.notice.parts]


def sections(plan) -> list[str]:
    return [s.title for s in plan.sections]


# --- 1. export copies from legal databases and portals ------------------------------------

EXPORT = """【法宝引证码】CLI.12.5123456
原文链接：https://www.pkulaw.com/lar/xxx.html
山东省人民政府办公厅关于印发山东省制造业数字化转型行动方案(2022—2025年)的通知
山东省人民政府办公厅关于印发山东省制造业数字化转型行动方案（2022-2025年）的通知
（鲁政办发〔2022〕7号）
各市人民政府，各县（市、区）人民政府，省政府各部门、各直属机构：
　　《山东省制造业数字化转型行动方案（2022—2025年）》已经省政府同意，现印发给你们，请认真贯彻执行。
　　山东省人民政府办公厅
　　　　　　　　　　　　　　　　2022年7月1日
　　（此件公开发布）
山东省制造业数字化转型行动方案（2022—2025年）
　　为加快制造业数字化转型，制定本方案。
　　一、总体要求
　　（一）指导思想。坚持以习近平新时代中国特色社会主义思想为指导。
　　二、重点任务
　　（二）推进设备数字化改造。实施设备更新。（责任单位：省工业和信息化厅）
"""


def test_export_copy_page_title_bracketed_number_and_export_header():
    doc = parse(EXPORT)
    n = doc.notice
    assert kinds(doc)[:4] == ["publication", "publication", "page_title", "title"]
    assert n.title == "山东省人民政府办公厅关于印发山东省制造业数字化转型行动方案（2022-2025年）的通知"
    assert n.doc_number == "鲁政办发〔2022〕7号"
    assert n.addressees == ["各市人民政府", "各县（市、区）人民政府", "省政府各部门、各直属机构"]
    assert (n.issuer, n.date) == ("山东省人民政府办公厅", "2022-07-01")
    assert {"法宝引证码", "原文链接"} <= set(doc.publication)
    assert doc.plan.title == "山东省制造业数字化转型行动方案（2022—2025年）"
    assert sections(doc.plan) == ["总体要求", "重点任务"]


def test_bare_doc_number_alone_after_the_title():
    doc = parse("榆林市人民政府办公室关于印发榆林市稳经济若干措施的通知\n榆政办发〔2023〕15号\n各县市区人民政府：\n"
                "现将《榆林市稳经济若干措施》印发给你们。\n榆林市人民政府办公室\n2023年3月1日\n"
                "榆林市稳经济若干措施\n一、加大财政支持\n（一）落实减税降费。\n")
    assert doc.notice.doc_number == "榆政办发〔2023〕15号"
    assert doc.plan.title == "榆林市稳经济若干措施"


# --- 2. texts that start late or early ------------------------------------------------------

def test_publication_line_in_brackets_gives_the_doc_number():
    # c2_06_suzhou-jingji-haozhuan-2023, shortened
    doc = parse("市政府印发关于推动经济运行率先整体好转的若干政策措施的通知\n"
                "(2023年1月30日苏州市人民政府苏府规字〔2023〕1号文发布)\n"
                "各县级市(区)人民政府,苏州工业园区管委会;市各委办局,各直属单位:\n\n"
                "《关于推动经济运行率先整体好转的若干政策措施》已经市政府第31次常务会议审议通过,现印发给你们。\n\n"
                "苏州市人民政府 \n\n2023年1月30日\n\n关于推动经济运行率先整体好转\n\n的若干政策措施\n\n"
                "一、加强财税政策支持\n\n(一)市级科技创新专项资金安排14亿元。\n")
    n = doc.notice
    assert n.doc_number == "苏府规字〔2023〕1号"
    assert n.addressees == ["各县级市(区)人民政府", "苏州工业园区管委会", "市各委办局", "各直属单位"]
    assert doc.plan.title == "关于推动经济运行率先整体好转的若干政策措施"  # a title split over two lines


def test_no_title_line_and_a_plan_title_over_two_lines():
    # c2_30_henan-shengyu-zhichi-2025, shortened: the text starts at 主送
    doc = parse("各省辖市人民政府,济源示范区、航空港区管委会,省人民政府各部门:\n\n"
                "《河南省加快完善生育支持政策体系推动建设生育友好型社会若干政策措施》已经省政府同意,现印发给你们。\n\n"
                "河南省人民政府办公厅\n\n2025年12月10日\n\n河南省加快完善生育支持政策体系\n\n"
                "推动建设生育友好型社会若干政策措施\n\n一、强化生育服务支持\n\n(一)扩大生育保险保障范围。持续扩大覆盖面。\n")
    assert doc.notice.title is None
    assert doc.notice.issuer == "河南省人民政府办公厅"
    assert doc.plan.title == "河南省加快完善生育支持政策体系推动建设生育友好型社会若干政策措施"


def test_a_notice_that_is_its_own_list_of_measures_keeps_its_title():
    # c2_24_xizang-loushi-zhengce-2023, shortened: no head, no signature
    doc = parse("关于进一步贯彻落实国家支持楼市政策的通知\n\n党中央、国务院高度重视房地产市场平稳健康发展工作。\n\n"
                "一、加快推动实施自治区楼市政策\n\n各地(市)、各部门高度重视。\n\n二、支持刚性和改善性住房需求\n\n落实首付比例政策。\n")
    assert doc.notice.title == "关于进一步贯彻落实国家支持楼市政策的通知"
    assert doc.plan.title == "关于进一步贯彻落实国家支持楼市政策的通知"
    assert len(doc.plan.sections) == 2


def test_a_plan_with_no_notice_has_no_notice_title():
    # 19_guangzhou-rencai-jiju-gongcheng-2012, shortened: an 意见 is the plan itself
    doc = parse("关于推进人才集聚工程的实施意见\n为深入贯彻科学发展观，制定本意见。\n一、总体目标\n到2020年，集聚人才。\n")
    assert doc.notice.title is None
    assert doc.plan.title == "关于推进人才集聚工程的实施意见"


def test_date_alone_under_the_body_takes_the_issuer_from_the_title():
    # c2_01_jiyuan-tizhen-xinxin-2023, shortened: the signature is the date alone
    doc = parse("济源产城融合示范区管理委员会关于印发济源示范区2023年大力提振市场信心促进经济稳定向好政策措施的通知\n"
                "各开发区管理办公室,各镇人民政府,各街道办事处,区管委会各相关部门:\n\n"
                "《济源示范区2023年大力提振市场信心促进经济稳定向好政策措施》已经示范区管委会同意,现印发给你们。\n\n"
                "2023年1月19日 \n\n济源示范区2023年大力提振市场信心促进经济稳定向好政策措施\n\n一、全面释放消费潜力\n\n"
                "(一)持续恢复传统消费\n\n1.出台促进汽车消费的惠民政策。\n")
    assert (doc.notice.issuer, doc.notice.issuers) == ("济源产城融合示范区管理委员会", ["济源产城融合示范区管理委员会"])
    assert doc.notice.date == "2023-01-19"


def test_chinese_numeral_date_and_spaced_doc_number():
    doc = parse("国务院关于促进稀土行业持续健康发展的若干意见\n国发 〔2011〕 12 号\n各省、自治区、直辖市人民政府：\n"
                "为促进稀土行业持续健康发展，现提出以下意见：\n一、充分认识重要意义\n稀土是不可再生资源。\n"
                "二、加强资源保护\n严格控制开采总量。\n国务院\n二○一一年五月十日\n")
    assert doc.notice.doc_number == "国发 〔2011〕 12 号"
    assert (doc.notice.issuer, doc.notice.date) == ("国务院", "2011-05-10")


def test_chinese_numeral_date_with_zero_typed_as_the_letter_o():
    """Family: 〇 typed as a letter O, full-width or not (二ＯＯ八年, 二O一一年): in the date under
    the signature, beside the issuer, and in a flattened copy's signature."""
    body = ("国务院关于促进稀土行业持续健康发展的若干意见\n各省、自治区、直辖市人民政府：\n"
            "为促进稀土行业持续健康发展，现提出以下意见：\n一、充分认识重要意义\n稀土是不可再生资源。\n")
    for date, iso in (("二Ｏ一一年五月十日", "2011-05-10"), ("二ＯＯ八年四月二十八日", "2008-04-28"),
                      ("二O一一年五月十日", "2011-05-10")):
        assert parse(body + "国务院\n" + date + "\n").notice.date == iso
        assert parse(body + "国务院    " + date + "\n").notice.date == iso
    from plan_parser.parse.patterns import FLAT_NAMED_DATE, FLAT_SIGNATURE, fold

    flat = fold("。国务院二ＯＯ八年四月二十八日(此件公开发布)")
    assert FLAT_SIGNATURE.search(flat).group("date") == "二OO八年四月二十八日"
    assert FLAT_NAMED_DATE.search(flat).group("date") == "二OO八年四月二十八日"


def test_markdown_copy_front_matter_quote_and_heading_mark():
    # b00433, shortened
    doc = parse("---\n标题: 关于印发《上海市零碳园区建设工作方案》的通知\n文号: 沪发改环资〔2026〕130号\n"
                "发布单位: 上海市发展和改革委员会\n发布日期: 2026-09-07\n状态: 有效\n---\n\n"
                "> 本文正文由脚本自上海市官方公开页面提取，仅供检索查阅。\n\n"
                "# 关于印发《上海市零碳园区建设工作方案》的通知\n\n各有关单位：\n\n"
                "现将《上海市零碳园区建设工作方案》印发给你们，请认真贯彻落实。\n\n上海市发展和改革委员会\n\n2026年9月1日\n\n"
                "上海市零碳园区建设工作方案\n\n一、总体要求\n\n到2030年，建成一批零碳园区。\n")
    n = doc.notice
    assert n.title == "关于印发《上海市零碳园区建设工作方案》的通知"
    assert n.addressees == ["各有关单位"]
    assert (n.issuer, n.date) == ("上海市发展和改革委员会", "2026-09-01")
    assert doc.publication["文号"] == "沪发改环资〔2026〕130号"
    assert doc.plan.title == "上海市零碳园区建设工作方案"
    assert not [d for d in doc.diagnostics if d.code == "unparsed"]


# --- 3. joint issuers --------------------------------------------------------------------

def test_joint_issuers_on_one_line_and_one_a_line():
    one_line = parse("关于加强X工作的意见\n各省、自治区、直辖市党委和人民政府：\n现提出如下意见。\n一、总体要求\n加强领导。\n"
                     "中共中央办公厅　国务院办公厅\n2021年3月1日\n")
    assert one_line.notice.issuers == ["中共中央办公厅", "国务院办公厅"]
    assert one_line.notice.issuer == "中共中央办公厅、国务院办公厅"
    seven = ["教育部", "国家发展改革委", "财政部", "人力资源社会保障部", "自然资源部", "住房城乡建设部", "国家卫生健康委"]
    block = parse("关于推进X工作的通知\n各省、自治区、直辖市有关部门：\n现就有关事项通知如下。\n一、明确目标\n推进工作。\n"
                  + "\n".join(seven) + "\n2022年5月6日\n")
    assert block.notice.issuers == seven
    assert block.notice.issuer == "、".join(seven)


def test_joint_issuers_run_together_are_cut_apart():
    # b00054 (中共山东省委办公厅山东省人民政府办公厅), b00064, 21_guangzhou (four authorities)
    assert joint_names("中共山东省委办公厅山东省人民政府办公厅") == ["中共山东省委办公厅", "山东省人民政府办公厅"]
    assert joint_names("中共中央办公厅国务院办公厅") == ["中共中央办公厅", "国务院办公厅"]
    assert joint_names("广州市卫生健康委员会广州市财政局") == ["广州市卫生健康委员会", "广州市财政局"]
    for one in ("中共国网渭南供电公司委员会", "国家电网有限公司疫情防控专项工作组", "中央纪委国家监委驻国家电网有限公司纪检监察组",
                "济源产城融合示范区管理委员会", "生态环境部办公厅"):
        assert joint_names(one) == [one]


# --- 4. a notice that issues two documents --------------------------------------------------

def test_a_notice_issuing_two_documents_gives_two_plans():
    doc = parse("关于印发《若干政策》和《行动计划》的通知\n各区人民政府：\n现将《若干政策》和《行动计划》印发给你们。\n"
                "某某市人民政府\n2023年2月1日\n若干政策\n一、加大支持\n（一）给予补贴。\n二、优化服务\n（二）简化流程。\n"
                "行动计划\n一、总体要求\n（一）明确目标。\n")
    assert [p.title for p in doc.plans] == ["若干政策", "行动计划"]
    assert [sections(p) for p in doc.plans] == [["加大支持", "优化服务"], ["总体要求"]]


# --- 5. orders and 办法 by chapter and article ------------------------------------------------

def test_chapter_and_its_first_article_on_one_line():
    doc = parse("广东省公共数据管理办法\n第一章　总则　　第一条　为了规范公共数据管理，制定本办法。\n"
                "第二条　本办法适用于本省行政区域内公共数据的管理。\n第二章　数据采集　　第三条　公共管理和服务机构应当采集数据。\n")
    assert sections(doc.plan) == ["总则", "数据采集"]
    assert [c.marker for c in doc.plan.sections[0].children] == ["第一条", "第二条"]
    assert doc.plan.sections[1].children[0].title == "公共管理和服务机构应当采集数据"


# --- 6. one-line OCR copies --------------------------------------------------------------------

FLAT_HEAD = ("中共山东省委保密委员会办公室山东省国家保密局鲁密办(局)函〔2021〕5号关于组织开展保密知识竞赛活动的通知"
             "各市党委保密委员会办公室(保密局)，省委各部委、省政府各部门、各人民团体、各高等院校保密委员会(保密工作领导小组)办公室:"
             "为庆祝中国共产党成立100周年，经研究，决定组织开展保密知识竞赛活动。现将有关事项通知如下:"
             "一、活动主题以“光辉历程，保密有我”为主题，深入开展保密知识教育。二、参赛对象全省各级机关单位工作人员。"
             "三、工作要求各单位要高度重视，认真组织。")


def test_flattened_head_keeps_the_whole_doc_number_and_cuts_the_banner():
    # b00062, shortened
    doc = parse(FLAT_HEAD)
    n = doc.notice
    assert n.doc_number == "鲁密办(局)函〔2021〕5号"
    assert n.title == "关于组织开展保密知识竞赛活动的通知"
    assert n.addressees[0] == "各市党委保密委员会办公室(保密局)"
    assert kinds(doc)[0] == "issuer_mark"
    assert len(doc.plan.sections) == 3


def test_flattened_signature_after_the_last_attachment_title():
    # b00050, shortened: the signature glued after the list of attachments
    doc = parse("共青团山东省省直机关工作委员会文件鲁直机团工字〔2021〕7号关于开展第20届全国青年文明号申报工作的通知"
                "省直各部门各单位机关团委、直属团总支(支部):近期，全国创建青年文明号活动组委会下发通知，启动申报工作。"
                "现就省直机关具体工作通知如下:一、星级认定省直各部门单位要全面梳理本部门单位的全国青年文明号集体。"
                "二、申报推荐各单位要严格标准，认真做好推荐工作。三、工作要求1.加强组织领导。2.按时报送材料。"
                "附件:1.往届全国青年文明号集体复核审查表2.第20届全国青年文明号申报表共青团山东省省直机关工作委员会2021年3月1日"
                "附件1往届全国青年文明号集体复核审查表填表说明:1.青年集体名称:应参考单位组织机构代码证规范名称。")
    n = doc.notice
    assert (n.issuer, n.date) == ("共青团山东省省直机关工作委员会", "2021-03-01")
    assert n.doc_number == "鲁直机团工字〔2021〕7号"
    assert [a.title for a in n.attachments] == ["往届全国青年文明号集体复核审查表", "第20届全国青年文明号申报表"]


def test_flattened_notice_issuing_a_plan_printed_after_its_signature():
    # c2_32_mee-paiwu-xuke-zhifa-2022, shortened; its page trailer (解读：…字号) is family 8
    doc = parse("关于印发《关于加强排污许可执法监管的指导意见》的通知各省、自治区、直辖市人民政府，中央和国家机关有关部门和单位："
                "《关于加强排污许可执法监管的指导意见》已经中央全面深化改革委员会审议通过。现印发给你们，请结合实际认真贯彻落实。"
                "生态环境部2022年3月28日（此件社会公开）生态环境部办公厅2022年3月29日印发"
                "关于加强排污许可执法监管的指导意见为贯彻落实党中央、国务院有关决策部署，提出以下意见。"
                "一、总体要求以习近平新时代中国特色社会主义思想为指导，全面贯彻党的十九大精神。"
                "二、全面落实责任（一）压实地方政府属地责任。设区的市级以上地方人民政府全面负责。（地方人民政府负责落实）"
                "（二）加强普法宣传。建立排污许可普法长效机制。（生态环境部负责）"
                "解读：1.生态环境部执法局负责同志就出台《关于加强排污许可执法监管的指导意见》答记者问2.一图读懂《关于加强排污许可执法监管的指导意见》字号")
    n = doc.notice
    assert (n.issuer, n.date, n.notes) == ("生态环境部", "2022-03-28", ["（此件社会公开）"])
    assert n.printed == "生态环境部办公厅2022年3月29日印发"
    assert doc.plan.title == "关于加强排污许可执法监管的指导意见"
    assert sections(doc.plan) == ["总体要求", "全面落实责任"]
    assert [c.title for c in doc.plan.sections[1].children] == ["压实地方政府属地责任", "加强普法宣传"]
    assert doc.plan.sections[1].children[1].children == []
    assert "trailer" in kinds(doc)


# --- 7. numbering with a hole --------------------------------------------------------------

def test_a_lost_number_is_still_a_section_with_a_diagnostic():
    doc = parse("关于做好X工作的通知\n各区：\n现通知如下。\n一、明确目标\n推进。\n二、强化措施\n落实。\n三、加强督查\n检查。\n"
                "五、严格考核\n考核。\n某某市人民政府办公室\n2023年1月5日\n")
    assert sections(doc.plan) == ["明确目标", "强化措施", "加强督查", "严格考核"]
    skipped = [d for d in doc.diagnostics if d.code == "skipped-number"]
    assert len(skipped) == 1 and "expected 4" in skipped[0].message and "五、" in skipped[0].message


def test_fujian_numbers_and_yishi_erhsi_are_no_markers():
    flat = ("关于报送X材料的通知各区县:现将有关事项通知如下:一、报送内容各单位填写附件1、附件3并盖章。二、报送时间请于3月1日前报送，"
            "一是按时，二是完整。三、联系方式联系人张三。" + "请各单位认真组织，确保材料真实准确完整，按时报送，逾期不再受理。" * 4)
    doc = parse(flat)
    assert [s.marker for s in doc.plan.sections] == ["一、", "二、", "三、"]  # 附件1、附件3 cut nothing
    first = doc.plan.sections[0]  # the heading 报送内容 is cut from its first sentence (family 6)
    assert first.title == "报送内容" and first.body[0].text.endswith("附件1、附件3并盖章。")
    assert all(not s.children for s in doc.plan.sections)  # 一是…二是… is no numbering


# --- 8. page leftovers at the end --------------------------------------------------------------

def test_page_trailer_is_set_apart():
    doc = parse("关于做好X工作的通知\n各区：\n现通知如下。\n一、明确目标\n推进。\n二、强化措施\n落实。\n"
                "某某市人民政府办公室\n2023年1月5日\n相关链接：\n政策解读：https://www.example.gov.cn/zcjd/1.html\n"
                "字号：大 中 小\n打印本页\n")
    assert kinds(doc)[-1] == "trailer"
    assert doc.notice.parts[-1].text.startswith("相关链接：")
    assert sections(doc.plan) == ["明确目标", "强化措施"]
    assert doc.plan.sections[-1].body[-1].text == "落实。"
    assert not doc.attachments


def test_head_chrome_is_no_trailer():
    doc = parse("字号：大 中 小\n关于做好X工作的通知\n各区：\n现通知如下。\n一、明确目标\n推进。\n二、强化措施\n落实。\n"
                "三、加强督查\n检查。\n四、严格考核\n考核。\n某某市人民政府办公室\n2023年1月5日\n")
    assert "trailer" not in kinds(doc)
    assert len(doc.plan.sections) == 4


def test_table_of_contents_is_no_second_set_of_sections():
    doc = parse("某某市突发公共卫生事件应急预案\n目　录\n1　总则……………………………………1\n1.1　编制目的………………………………1\n"
                "2　组织体系………………………………2\n1　总则\n1.1　编制目的\n为有效预防和处置突发公共卫生事件，制定本预案。\n"
                "2　组织体系\n市政府设立应急指挥部。\n")
    assert sections(doc.plan) == ["总则", "组织体系"]
    assert [c.title for c in doc.plan.sections[0].children] == ["编制目的"]
    contents = [p for p in doc.notice.parts if p.kind == "contents"]
    assert len(contents) == 1 and contents[0].text.startswith("目　录")
    assert not [d for d in doc.diagnostics if d.code == "skipped-number"]


def test_two_complete_notices_in_one_text():
    text = ("某某市人民政府办公室关于做好春节期间安全生产工作的通知\n各区人民政府，市政府各部门：\n"
            "为做好春节期间安全生产工作，现通知如下：\n一、加强隐患排查\n各区要开展隐患排查。\n二、强化值班值守\n各部门要严格值班。\n"
            "某某市人民政府办公室\n2023年1月10日\n"
            "某某市人民政府办公室关于做好春节期间森林防火工作的通知\n各区人民政府，市政府各部门：\n"
            "为做好春节期间森林防火工作，现通知如下：\n一、落实防火责任\n各区要落实责任。\n二、加强火源管控\n严禁野外用火。\n"
            "三、做好应急准备\n备足物资。\n某某市人民政府办公室\n2023年1月12日\n")
    doc = parse(text)
    assert (doc.notice.title, doc.notice.date) == ("某某市人民政府办公室关于做好春节期间安全生产工作的通知", "2023-01-10")
    assert [p.title for p in doc.plans] == ["某某市人民政府办公室关于做好春节期间安全生产工作的通知",
                                            "某某市人民政府办公室关于做好春节期间森林防火工作的通知"]
    assert [sections(p) for p in doc.plans] == [["加强隐患排查", "强化值班值守"], ["落实防火责任", "加强火源管控", "做好应急准备"]]
    second = [d for d in doc.diagnostics if d.code == "second-notice"]
    assert len(second) == 1 and second[0].line == 10 and "2023-01-12" in second[0].message
    assert "严禁野外用火。" not in [b.text for s in doc.plans[0].sections for b in s.body]


def test_head_marks_above_the_title_are_no_title():
    # GB/T 9704 版头: 份号, 密级, 紧急程度, then the issuer mark and the 文号; the title wrapped after its issuer
    doc = parse("000123\n机密★1年\n特急\n济南市人民政府办公厅文件\n济政办字〔2022〕15号\n济南市人民政府办公厅\n"
                "关于印发济南市加快推进大众创业工作方案的通知\n各区县人民政府：\n现将《济南市加快推进大众创业工作方案》印发给你们。\n"
                "济南市人民政府办公厅\n2022年7月11日\n济南市加快推进大众创业工作方案\n一、总体要求\n坚持创新。\n")
    assert kinds(doc)[:5] == ["head_mark", "head_mark", "head_mark", "issuer_mark", "doc_number"]
    assert doc.notice.title == "济南市人民政府办公厅关于印发济南市加快推进大众创业工作方案的通知"
    assert doc.notice.doc_number == "济政办字〔2022〕15号"
    assert doc.plan.title == "济南市加快推进大众创业工作方案"


def test_consultation_phone_is_a_trailer_after_the_items_and_a_note_under_the_date():
    body = "关于做好X工作的通知\n各区：\n现通知如下。\n一、明确目标\n推进。\n二、强化措施\n落实。\n"
    page = parse(body + "某某市人民政府办公室\n2023年1月5日\n（此件公开发布）\n相关链接：\n咨询电话：0531-12345\n")
    assert kinds(page)[-1] == "trailer" and page.notice.parts[-1].text.startswith("相关链接")
    assert page.notice.notes == ["（此件公开发布）"]
    noted = parse(body + "某某市人民政府办公室\n2023年1月5日\n咨询电话：0531-12345\n")
    assert noted.notice.notes == ["咨询电话：0531-12345"] and "trailer" not in kinds(noted)
    unsigned = parse(body + "咨询电话：0531-12345\n")
    assert kinds(unsigned)[-1] == "trailer"
    assert unsigned.plan.sections[-1].body[-1].text == "落实。"


def test_markdown_copy_with_number_run_into_the_addressees_and_signature_run_into_the_last_sentence():
    # b00431, shortened
    doc = parse("# 关于促进政府采购公平竞争优化营商环境的通知\n\n"
                "财库〔2019〕38号各中央预算单位，各省、自治区、直辖市、计划单列市财政厅（局），新疆生产建设兵团财政局："
                "为贯彻落实《深化政府采购制度改革方案》有关要求，现就有关事项通知如下：\n\n"
                "一、全面清理政府采购领域妨碍公平竞争的规定和做法\n\n（一）以供应商的所有制形式实施差别待遇；\n\n"
                "二、严格执行公平竞争审查制度\n\n各地区、各部门要加强组织领导。本通知自2019年9月1日起施行。财政部2019年7月26日")
    n = doc.notice
    assert n.title == "关于促进政府采购公平竞争优化营商环境的通知"
    assert n.doc_number == "财库〔2019〕38号"
    assert n.addressees == ["各中央预算单位", "各省、自治区、直辖市、计划单列市财政厅（局）", "新疆生产建设兵团财政局"]
    assert (n.issuer, n.date) == ("财政部", "2019-07-26")
    assert doc.plan.sections[-1].body[-1].text == "各地区、各部门要加强组织领导。本通知自2019年9月1日起施行。"


def test_seven_authorities_in_a_red_head_over_lines_name_the_issuers_of_a_dated_signature():
    doc = parse("教育部　国家发展改革委　财政部\n人力资源社会保障部　自然资源部　住房城乡建设部\n国家卫生健康委文件\n"
                "教发〔2022〕3号\n教育部等七部门关于推进职业教育工作的通知\n各省、自治区、直辖市教育厅（教委）：\n"
                "现就有关事项通知如下。\n一、明确目标\n推进工作。\n二、强化保障\n落实经费。\n2022年5月6日\n")
    seven = ["教育部", "国家发展改革委", "财政部", "人力资源社会保障部", "自然资源部", "住房城乡建设部", "国家卫生健康委"]
    n = doc.notice
    assert kinds(doc)[:4] == ["issuer_mark", "doc_number", "title", "addressees"]
    assert (n.title, n.doc_number) == ("教育部等七部门关于推进职业教育工作的通知", "教发〔2022〕3号")
    assert n.issuers == seven and n.issuer == "、".join(seven)
    assert sections(doc.plan) == ["明确目标", "强化保障"]


# --- audit of held-out-like bulk copies (one-line OCR, family 6; joint issuers, family 3) ----

def test_telegram_head_urgency_and_confidential_number_are_cut_from_the_number_and_title():
    # b00044, shortened: 等级特急·明电 before the 代字, 鲁机发454号 between the 文号 and the title,
    # and the signature glued after the last attachment's title (入场凭证|中共山东省委办公厅)
    doc = parse("等级特急·明电鲁办发电〔2022〕20号鲁机发454号中共山东省委办公厅关于召开全省2021年工作动员大会的通知"
                "各市党委，省有关部门、单位党组(党委):经省委同意，定于2月18日召开全省工作动员大会。现将有关事项通知如下:"
                "一、会议内容以习近平新时代中国特色社会主义思想为指导，动员部署工作。二、地点及形式会议采用视频形式。"
                "三、参会人员省委常委，省人大常委会主任。四、会议报名请省有关部门、单位将参会人员名单于2月10日前报送。"
                "附件:1.主会场参会人员所在部门、单位2.主会场报名回执3.主会场入场凭证中共山东省委办公厅2021年2月7日")
    n = doc.notice
    assert n.doc_number == "鲁办发电〔2022〕20号"
    assert n.title == "中共山东省委办公厅关于召开全省2021年工作动员大会的通知"
    assert (n.issuer, n.date) == ("中共山东省委办公厅", "2021-02-07")
    assert [a.title for a in n.attachments][-1] == "主会场入场凭证"


def test_telegram_head_without_doc_number_keeps_its_title_clean():
    # b00046, shortened: 发电单位…等级特急·明电 and 鲁机发532号, no 文号
    doc = parse("发电单位中共山东省委办公厅等级特急·明电鲁机发532号中共山东省委办公厅关于进一步规范向省委报送请示报告有关事宜的通知"
                "各市党委，省委各部委:为进一步规范向省委报送请示报告工作，提高报送质量和效率，现就有关事宜通知如下。"
                "一、省委议事协调机构向省委请示报告工作，原则上以省委议事协调机构名义报送。二、对省委领导同志批示的件，要及时办理。"
                "三、报送请示报告要严格把关，确保质量，杜绝差错，不得多头报送，切实提高工作质量和效率，按规定程序办理。"
                "中共山东省委办公厅2021年2月21日")
    n = doc.notice
    assert n.title == "中共山东省委办公厅关于进一步规范向省委报送请示报告有关事宜的通知"
    assert n.doc_number is None
    assert (n.issuer, n.date) == ("中共山东省委办公厅", "2021-02-21")


def test_flattened_signature_named_in_the_head_after_a_title_of_another_kind():
    # b00042, shortened: the last attachment title (…报名回执) ends in no word of its kind; the
    # signature is the authority the title opens with
    doc = parse("山东省扶贫开发领导组文件鲁扶贫组字〔2021〕1号山东省扶贫开发领导小组关于召开全省巩固拓展脱贫攻坚成果同乡村振兴有效衔接工作会议的通知"
                "各市扶贫开发领导小组，省扶贫开发领导小组各成员单位:经研究，决定召开全省工作会议。现将有关事项通知如下:"
                "一、会议主题以习近平新时代中国特色社会主义思想为指导，总结脱贫攻坚工作。二、时间地点2021年1月17日19:30，济南市南郊宾馆。"
                "三、与会人员省委、省政府分管领导同志。四、有关事项请于1月15日前报送参会回执。联系人:XXX联系方式:0531-5177XXXX"
                "附件:1.省扶贫开发领导小组成员单位2.报名回执山东省扶贫开发领导小组2021年1月13日"
                "附件1省扶贫开发领导小组成员单位(34个)省委组织部、省委宣传部、省总工会")
    n = doc.notice
    assert (n.issuer, n.date) == ("山东省扶贫开发领导小组", "2021-01-13")
    assert [a.title for a in n.attachments] == ["省扶贫开发领导小组成员单位", "报名回执"]


def test_flattened_joint_signature_before_the_issued_plan_title():
    # b00097, shortened: four issuers (the red head's names) signed before the issued document's “title”
    doc = parse("龙岩市工业和信息化局中共龙岩市委精神文明建设办公室龙岩市城市管理局文件龙工信能源〔2022〕9号"
                "龙岩市工业和信息化局中共龙岩市委文明办龙岩市城市管理局关于印发《“三线”交越搭挂整治工作方案》的通知"
                "各县(市、区)委文明办，国网龙岩供电公司:现将《“三线”交越搭挂整治工作方案》印发给你们，请认真贯彻落实。"
                "龙岩市工业和信息化局中共龙岩市委精神文明建设办公室龙岩市城市管理局2022年4月19日"
                "“三线”交越搭挂整治工作方案因历史遗留原因，我市部分通信线路搭挂在电力杆塔上，存在安全隐患。"
                "一、工作目标全面排查整治交越搭挂隐患，确保电力线路安全运行。二、工作职责(一)市工信局:落实电力设施保护工作。(二)供电公司:负责排查电力线路隐患。"
                "三、时间安排2022年12月底前完成整治。四、工作要求各单位要高度重视，加强协调配合，确保整治取得实效。")
    n = doc.notice
    assert n.issuer == "龙岩市工业和信息化局、中共龙岩市委精神文明建设办公室、龙岩市城市管理局"
    assert n.date == "2022-04-19"
    assert doc.plan.title == "“三线”交越搭挂整治工作方案"
    assert sections(doc.plan) == ["工作目标", "工作职责", "时间安排", "工作要求"]


def test_letter_spaced_issuer_under_another_is_one_name():
    # b00430, shortened: 国家发展改革委 / 国 家 数 据 局 signed one under the other
    doc = parse("国家发展改革委 国家数据局关于建立公共数据资源授权运营价格形成机制的通知\n发改价格〔2025〕65号\n"
                "中央有关部门，国务院各部委、各直属机构：\n为贯彻落实有关决策部署，现就有关事项通知如下。\n"
                "一、明确定价范围和管理权限。\n二、规范定价程序。\n本通知自2025年3月1日起施行。\n"
                "国家发展改革委\n国 家 数 据 局\n2025年1月16日\n")
    assert doc.notice.issuers == ["国家发展改革委", "国家数据局"]
    assert doc.notice.issuer == "国家发展改革委、国家数据局"


def test_issuing_title_broken_after_a_word_of_its_kind_inside_the_issued_title():
    # b00023, shortened: 关于印发广州市引进人才入户管理办法 / 实施细则的通知 (办法 is not the end)
    doc = parse("穗人社规字〔2022〕2号\n广州市人力资源和社会保障局 广州市公安局\n关于印发广州市引进人才入户管理办法\n"
                "实施细则的通知\n各有关单位：\n为进一步贯彻落实《广州市引进人才入户管理办法》，现将实施细则印发给你们，请遵照执行。\n"
                "广州市人力资源和社会保障局    广州市公安局\n2022年7月7日\n"
                "广州市引进人才入户管理办法实施细则\n第一章　总则\n第一条　为规范引进人才入户工作，制定本细则。\n")
    n = doc.notice
    assert n.title == "广州市人力资源和社会保障局 广州市公安局关于印发广州市引进人才入户管理办法实施细则的通知"
    assert n.addressees == ["各有关单位"]
    assert doc.plan.title == "广州市引进人才入户管理办法实施细则"


def test_flattened_title_ending_with_its_kind_before_a_spaced_doc_number():
    # b00428, shortened: …的若干意见|国发 〔2011〕 12 号|各省…：, and 统一、 inside a sentence is no item
    doc = parse("国务院关于促进稀土行业持续健康发展的若干意见国发 〔2011〕 12 号各省、自治区、直辖市人民政府，国务院各部委、各直属机构："
                "稀土是不可再生的重要战略资源，在新能源、新材料等领域的应用日益广泛。现提出以下意见："
                "一、明确指导思想、基本原则和发展目标（一）指导思想。以科学发展观为指导，加快转变稀土行业发展方式。"
                "（二）发展目标。用1-2年时间，初步建立统一、规范、高效的稀土行业管理体系，有关政策和法律法规进一步完善。"
                "二、建立健全行业监管体系，加强和改善行业管理（一）完善稀土管理法律法规。加快制定稀土行业管理条例。"
                "三、依法开展稀土专项整治，切实维护良好的行业秩序。各地区要加强组织领导，认真落实。国务院二○一一年五月十日")
    n = doc.notice
    assert n.title == "国务院关于促进稀土行业持续健康发展的若干意见"
    assert n.doc_number == "国发 〔2011〕 12 号"
    assert n.addressees == ["各省、自治区、直辖市人民政府", "国务院各部委、各直属机构"]
    assert (n.issuer, n.date) == ("国务院", "2011-05-10")
    assert sections(doc.plan) == ["明确指导思想、基本原则和发展目标", "建立健全行业监管体系，加强和改善行业管理",
                                  "依法开展稀土专项整治，切实维护良好的行业秩序"]


def test_flattened_attachment_list_after_a_phone_number_and_the_issued_plan_as_attachment():
    # b00425, shortened: …电话：（010）66556824附件：…计划 ; 附件|the issued plan's title run into its text
    doc = parse("关于印发《生态环境监测质量监督检查三年行动计划（2018-2020年）》的通知"
                "各省、自治区、直辖市环境保护厅（局），新疆生产建设兵团环境保护局：为深入贯彻有关意见，我部制订了"
                "《生态环境监测质量监督检查三年行动计划（2018-2020年）》。现印发给你们，并就有关事项通知如下："
                "一、结合已开展的监督检查工作，制定本行政区域三年行动计划。二、每年12月31日前报送我部。"
                "三、典型案例要及时报送我部。联系人：生态环境部 杨嘉玥电话：（010）66556824"
                "附件：生态环境监测质量监督检查三年行动计划（2018-2020年）生态环境部办公厅2018年8月3日"
                "抄送：市场监管总局办公厅。附件生态环境监测质量监督检查三年行动计划（2018-2020年）"
                "生态环境监测质量是生态环境监测工作的生命线。一、指导思想全面贯彻党的十九大精神。"
                "二、工作目标用三年时间，基本建立监督检查机制。三、重点任务严厉打击监测数据弄虚作假行为。")
    n = doc.notice
    assert (n.issuer, n.date) == ("生态环境部办公厅", "2018-08-03")
    assert [a.title for a in n.attachments] == ["生态环境监测质量监督检查三年行动计划（2018-2020年）"]
    assert doc.plan.title == "生态环境监测质量监督检查三年行动计划（2018-2020年）"
    assert sections(doc.plan) == ["指导思想", "工作目标", "重点任务"]


def test_markdown_heading_repeats_the_title_line_under_it():
    # b00443, shortened: # 标题 (the page's), then the document's title, 文号 and 主送
    doc = parse("# 上海市住房和城乡建设管理委员会关于印发《上海市CIM底座建设三年行动计划（2025-2027年）》的通知\n\n"
                "上海市住房和城乡建设管理委员会关于印发《上海市CIM底座建设三年行动计划（2025-2027年）》的通知\n\n"
                "沪建科信〔2025〕394号\n\n各有关单位：\n\n"
                "现将《上海市CIM底座建设三年行动计划（2025-2027年）》印发给你们，请遵照执行。\n\n"
                "上海市住房和城乡建设管理委员会\n\n2025年8月12日\n\n"
                "上海市CIM底座建设三年行动计划（2025-2027年）\n\n一、建立数字基座\n\n二、深化平台功能\n")
    n = doc.notice
    assert n.title == "上海市住房和城乡建设管理委员会关于印发《上海市CIM底座建设三年行动计划（2025-2027年）》的通知"
    assert (n.doc_number, n.addressees) == ("沪建科信〔2025〕394号", ["各有关单位"])
    assert "page_title" in kinds(doc)


def test_included_attachment_title_wrapped_under_its_head_as_listed():
    # b00429, shortened: 附件：…职责分工 listed; 附件 / 促进3岁以下婴幼儿照护服务发展 / 工作部门职责分工
    doc = parse("江西省人民政府办公厅关于促进3岁以下婴幼儿照护服务发展的实施意见\n各市、县（区）人民政府，省政府各部门：\n"
                "为促进3岁以下婴幼儿照护服务发展，提出如下意见。\n一、总体要求\n坚持家庭为主，托育补充。\n二、主要任务\n"
                "加强家庭照护支持。\n附件：促进3岁以下婴幼儿照护服务发展工作部门职责分工\n江西省人民政府办公厅\n2020年2月21日\n"
                "附件\n促进3岁以下婴幼儿照护服务发展\n工作部门职责分工\n省发展改革委负责将婴幼儿照护服务纳入经济社会发展相关规划。\n")
    assert [a.title for a in doc.attachments] == ["促进3岁以下婴幼儿照护服务发展工作部门职责分工"]
    assert sections(doc.plan) == ["总体要求", "主要任务"]


def test_page_title_over_the_documents_own_title_with_its_issuers_named_otherwise():
    # b00446, shortened: the page's title, then the document's title over three lines
    doc = parse("# 上海市交通委员会、上海海事局 关于印发《上海港提高靠港船舶岸电使用率实施方案（2023年）》的通知\n\n"
                "市交通委、上海海事局\n关于印发《上海港提高靠港船舶岸电\n使用率实施方案（2023年）》的通知\n\n"
                "市交通委执法总队，各区交通主管部门：\n为提高上海港靠港船舶岸电使用率，现印发给你们，请贯彻执行。\n\n"
                "上海市交通委员会 上海海事局\n2023年4月17日\n\n"
                "上海港提高靠港船舶岸电使用率实施方案（2023年）\n\n一、发展目标\n\n二、主要任务\n")
    n = doc.notice
    assert n.title == "市交通委、上海海事局关于印发《上海港提高靠港船舶岸电使用率实施方案（2023年）》的通知"
    assert n.addressees == ["市交通委执法总队", "各区交通主管部门"]
    assert kinds(doc)[:2] == ["page_title", "title"]
    assert doc.plan.title == "上海港提高靠港船舶岸电使用率实施方案（2023年）"


def test_flattened_meeting_notice_headings_run_into_their_first_sentence():
    # b00042, shortened: 一、会议主题以…二、时间地点2021年…三、与会人员… (and 一、会议时间安排 stays whole)
    doc = parse("山东省扶贫开发领导小组关于召开全省脱贫攻坚工作会议的通知各市扶贫开发领导小组，省扶贫开发领导小组各成员单位:"
                "经研究，决定召开全省工作会议。现将有关事项通知如下:一、会议主题以习近平新时代中国特色社会主义思想为指导，"
                "总结脱贫攻坚工作。二、时间地点2021年1月17日19:30，济南市南郊宾馆俱乐部礼堂。三、与会人员省委、省政府分管领导同志。"
                "四、会议时间安排上午报到，下午开会，会期半天，请各单位合理安排行程，按时参会。山东省扶贫开发领导小组2021年1月13日")
    assert sections(doc.plan) == ["会议主题", "时间地点", "与会人员", "会议时间安排上午报到，下午开会，会期半天，请各单位合理安排行程，按时参会"]


def test_portal_list_of_files_each_repeating_its_attachment_number():
    # b00001, shortened: 附件：附件1 …计划表.xls / 附件2 …计划.xls — a list, not included attachments
    doc = parse("　　一、申请资格及学位情况\n　　2026年我区积分入学招生计划总数为1023个，详见附件。\n"
                "　　二、申请方式及流程\n　　申请人登录系统填报志愿。\n"
                "　　区教育局中学教育科联系电话：38622522\n"
                "　　附件：附件1 2026年公办小学积分入学招生计划表.xls\n"
                "　　附件2 2026年天河区公办初中积分入学招生计划.xls\n"
                "　　附件3 2026年天河区民办中小学积分入学招生计划.xlsx\n")
    assert [(a.number, a.title, a.extension) for a in doc.notice.attachments] == [
        (1, "2026年公办小学积分入学招生计划表", "xls"), (2, "2026年天河区公办初中积分入学招生计划", "xls"),
        (3, "2026年天河区民办中小学积分入学招生计划", "xlsx")]
    assert doc.attachments == []
    assert sections(doc.plan) == ["申请资格及学位情况", "申请方式及流程"]


def test_flattened_list_of_files_each_repeating_its_attachment_number_run_together():
    # b00381, shortened: 附件：附件1  …汇总表附件2  …调整计划抄送：… on the one line
    doc = parse("关于印发《陕西省地方电力（集团）有限公司2021年电网投资调整计划》的通知各市分公司、直属中心："
                "《陕西省地方电力（集团）有限公司2021年电网投资调整计划》经公司2021年第4次总经理办公会议审议通过，"
                "现印发给你们，请遵照执行。 陕西省地方电力（集团）有限公司2021年8月3日     "
                "陕西省地方电力（集团）有限公司2021年电网投资调整计划陕西省地方电力（集团）有限公司2021年8月"
                "第一部分  总说明一、编制依据1.《陕西省省属企业投资监督管理办法》，公司《投资管理办法》等。"
                "三、营销项目调整后投资2.70亿元。主要调整内容：1.调整项目2项，终端电能表轮换项目，原计划3082.51万元。"
                "2.新增供电所抢修车辆项目1项，调整后增加投资80万元。"
                "附件：附件1  2021年电网投资调整计划汇总表附件2  2021年基本建设调整计划附件3  2021年技术改造调整计划"
                "抄送： 陕西省地方电力全过程工程咨询有限公司,陕西省地方电力物资有限公司。")
    assert [(a.number, a.title) for a in doc.notice.attachments] == [
        (1, "2021年电网投资调整计划汇总表"), (2, "2021年基本建设调整计划"), (3, "2021年技术改造调整计划")]


def test_regulation_under_the_bracketed_order_that_published_it():
    # b00026, shortened: （2021年7月27日中华人民共和国国务院令第746号公布）, then 第一章　总则 and its articles
    doc = parse("　　（2021年7月27日中华人民共和国国务院令第746号公布）\n\n第一章　总则\n"
                "　　第一条　为了规范市场主体登记管理行为，推进法治化市场建设，制定本条例。\n"
                "　　第二条　本条例所称市场主体，是指在中华人民共和国境内以营利为目的从事经营活动的下列自然人、法人及非法人组织。\n"
                "第二章　登记事项\n　　第八条　市场主体的一般登记事项包括名称、主体类型、经营范围、住所或者主要经营场所。\n")
    assert doc.notice.doc_number == "中华人民共和国国务院令第746号"
    assert doc.plan.preamble == []
    assert sections(doc.plan) == ["总则", "登记事项"]


# --- probe-head: a one-line OCR copy's signature glued after its contact line (family 6) ------

def test_flattened_signature_glued_after_the_contact_address_before_the_draft_it_sends():
    # b00068, shortened: …邮箱:XXX@126.com。|山东省住房和城乡建设厅|2020年11月2日|山东省住房和城乡… (the
    # draft to co-sign runs on after the date: no note, no end)
    doc = parse("山东省住房和城乡建设厅关于会签《关于成立省保障群众温暖过冬办公室的通知》的函"
                "省清洁取暖建设推进办公室成员单位:根据省委、省政府关于今冬明春供暖保障工作的部署要求，拟成立省保障群众温暖过冬办公室。"
                "现将《关于成立省保障群众温暖过冬办公室的通知》送你单位会签，请于11月3日前反馈。"
                "联系人:XXX，电话:0531-8708XXXX，邮箱:XXX@126.com。山东省住房和城乡建设厅2020年11月2日"
                "山东省住房和城乡建设厅关于成立省保障群众温暖过冬办公室的通知各市住房城乡建设局:为做好今冬明春供暖保障工作，"
                "经研究，成立省保障群众温暖过冬办公室。一、主要职责统筹协调全省供暖保障工作。二、组成人员由省有关部门分管负责同志组成。")
    n = doc.notice
    assert (n.issuer, n.date) == ("山东省住房和城乡建设厅", "2020-11-02")


def test_flattened_signature_glued_after_a_phone_number_at_the_end():
    # b00085, shortened: …传真:5178XXXX|省发展改革委|2021年7月9日 (an abbreviated name the head does not write)
    doc = parse("山东省发展和改革委员会关于进一步征求“十四五”规划《纲要》实施机制意见的函各有关部门：省“十四五”规划纲要已于今年4月印发，"
                "为贯彻落实省委、省政府部署要求，明确责任分工，抓好规划实施，省发展改革委牵头起草了《关于建立健全规划纲要实施机制的意见》。"
                "6月，送各有关部门征求意见。各部门高度重视，提出了修改建议。现再次征求意见，请各部门认真研究，于7月15日前将意见反馈我委。联系人:XXX电话:1865310XXXX 传真:5178XXXX省发展改革委2021年7月9日")
    n = doc.notice
    assert (n.issuer, n.date) == ("省发展改革委", "2021-07-09")


def test_flattened_signature_after_the_listed_draft_in_brackets():
    # b00070, shortened: 附件:《…的通知》(会签稿)|山东省能源局|2020年10月28日|山东省发展和改革委员会公文稿纸…
    doc = parse("山东省能源局关于商请会签《关于印发<山东省煤电应急备用电源方案>的通知》的函省发展改革委、省生态环境厅，国网山东省电力公司:"
                "为加强煤电应急备用电源监督管理，规范运行管理，我局起草了《山东省煤电应急备用电源方案》，现送你单位会签，请于11月2日前反馈意见。"
                "联系人:XXX电话:0531-6862XXXX传真:05316862XXXX附件:《关于印发<山东省煤电应急备用电源方案>的通知》(会签稿)"
                "山东省能源局2020年10月28日山东省发展和改革委员会公文稿纸关于印发山东省煤电应急备用电源方案的通知")
    n = doc.notice
    assert (n.issuer, n.date) == ("山东省能源局", "2020-10-28")


def test_a_date_in_the_last_sentence_after_a_contact_line_is_no_signature():
    # near misses: a date that a verb or a particle follows (…2021年4月1日召开, …前, …印发) is none
    from plan_parser.parse import patterns as P
    for text in ("联系电话:0531-8708XXXX。省政府2021年4月1日召开会议",
                 "邮箱:XXX@shandong.cn。省住房城乡建设厅2021年4月1日前报送",
                 "联系人:XXX电话:0531-8708XXXX省政府办公厅2021年4月1日印发",
                 "附件:1.国家电网公司人资部2022年1月7日邮件"):  # b00388: 2. of a list, not a signature
        assert P.FLAT_GLUED_SIGNATURE.search(P.fold(text)) is None, text


def test_flattened_meeting_notice_signed_before_its_receipt_keeps_its_items():
    # b00063, shortened: the 会议报名回执 after the signature has no title and no 附件 head: the
    # notice's own items stay the plan
    doc = parse("山东省人民政府办公厅关于召开清洁取暖建设推进会议的通知省发展改革委、省财政厅、省能源局:"
                "省政府定于2021年4月1日(星期四)下午14:00召开清洁取暖建设推进会议。现就有关事项通知如下:"
                "一、会议内容贯彻落实省政府主要领导同志有关指示精神，研究下步具体推进措施。二、会议地点省政府西会议楼第一会议室。"
                "三、与会人员省住房城乡建设厅主要负责同志参加会议。四、会议报名请将与会人员名单报省住房城乡建设厅。"
                "联系人:XXX,联系电话:0531-8708XXXX(兼传真)山东省人民政府办公厅2021年4月1日会议报名回执会议时间:2021年4月1日(星期四)下午2时"
                "单位(盖章)1.带车参会者，可凭加盖单位公章的报名回执原件带车进入省政府机关大院。2.不带车参会人员可凭出入证进入省政府机关大院。")
    n = doc.notice
    assert (n.issuer, n.date) == ("山东省人民政府办公厅", "2021-04-01")
    assert doc.plan.title == n.title
    assert sections(doc.plan)[:4] == ["会议内容", "会议地点", "与会人员", "会议报名"]


def test_doc_number_only_in_the_front_matter_is_the_notice_s():
    # b00432, shortened: a Markdown copy whose 文号 stands only in its front matter
    text = ("---\n标题: 上海市人民政府办公厅关于印发《本市系统化全域推进海绵城市建设的实施意见》的通知\n文号: 沪府办发〔2024〕3号\n"
            "发布单位: 上海市人民政府办公厅\n发布日期: 2024-02-05\n---\n\n> 本文正文由脚本自上海市官方公开页面提取，仅供检索查阅。\n\n"
            "# 上海市人民政府办公厅关于印发《本市系统化全域推进海绵城市建设的实施意见》的通知\n\n各区人民政府，市政府各委、办、局：\n\n"
            "现将《本市系统化全域推进海绵城市建设的实施意见》印发给你们，请认真按照执行。\n\n上海市人民政府办公厅\n\n2024年2月4日\n\n"
            "本市系统化全域推进海绵城市建设的实施意见\n\n一、总体要求\n\n到2025年，城市建成区40%以上的面积达到海绵城市建设要求。\n")
    assert parse(text).notice.doc_number == "沪府办发〔2024〕3号"
    # near misses: a panel's 文号: 无 is no number, and the head's own number is kept
    assert parse(text.replace("文号: 沪府办发〔2024〕3号", "文号: 无")).notice.doc_number is None
    own = text.replace("各区人民政府，", "沪府办发〔2024〕9号\n\n各区人民政府，")
    assert parse(own).notice.doc_number == "沪府办发〔2024〕9号"


def test_flattened_report_head_with_its_signer_and_its_addressee():
    # b00333, shortened: …文件|鄂电司财〔2021〕8号签发人：XXX|国网湖北省电力有限公司关于…的报告|国网财务部：
    # (a 报告's title ends in a kind the 通知's rule does not know; the 代字 after 文件 holds 司)
    doc = parse("内部事项国网湖北省电力有限公司文件鄂电司财〔2021〕8号签发人：XXX国网湖北省电力有限公司关于2020年度内控体系工作的报告"
                "国网财务部：按照《国家电网有限公司关于做好2021年度风险评估及2020年度内控体系报告编报工作有关事项的通知》要求，"
                "国网湖北省电力有限公司认真开展内控体系工作，现将有关情况报告如下：一、内控体系建设情况公司持续完善内控制度，"
                "全面梳理业务流程。二、风险评估情况公司组织开展年度风险评估，识别重大风险4项。三、下一步工作安排持续深化内控体系建设。"
                "国网湖北省电力有限公司2021年1月29日（联系人：XXX，联系电话：027-8856XXXX）")
    n = doc.notice
    assert n.title == "国网湖北省电力有限公司关于2020年度内控体系工作的报告"
    assert n.doc_number == "鄂电司财〔2021〕8号"
    assert n.addressees == ["国网财务部"]
    assert (n.issuer, n.date) == ("国网湖北省电力有限公司", "2021-01-29")


def test_flattened_request_and_urgent_notice_heads():
    # b00341 (…的请示|湖北省发展和改革委员会：) and b00257 (…的紧急通知|各省(自治区、直辖市)电力公司:), shortened
    doc = parse("国网湖北省电力有限公司鄂电司函〔2021〕10号国网湖北省电力有限公司关于明确农网维护费标准的请示湖北省发展和改革委员会："
                "为更好地落实《湖北电网2020-2022年输配电价和销售电价有关事项的通知》文件精神，现就有关事项请示如下。"
                "一直以来，根据《国家计委关于加快实施城乡用电同价工作的通知》，我省农网维护费标准由省物价局核定。"
                "为保障农网维护工作正常开展，建议明确农网维护费标准。妥否，请批示。国网湖北省电力有限公司2021年3月2日")
    assert (doc.notice.title, doc.notice.addressees) == ("国网湖北省电力有限公司关于明确农网维护费标准的请示", ["湖北省发展和改革委员会"])
    doc = parse("内部事项加急国家电网有限公司部门文件设备输电〔2021〕25号国网设备部关于加强春季输电线路山火防范工作的紧急通知"
                "各省(自治区、直辖市)电力公司:开春以来，全国大部地区持续升温，多地气温突破2月历史极值，提前进入山火高发期。"
                "为做好春季输电线路山火防范工作，现将有关要求通知如下:一、提高思想认识各单位要高度重视山火防范工作。"
                "二、强化隐患排查全面排查线路通道山火隐患。工作联系人:XXX国网设备部2021年2月23日(此件不公开发布)")
    n = doc.notice
    assert (n.title, n.doc_number) == ("国网设备部关于加强春季输电线路山火防范工作的紧急通知", "设备输电〔2021〕25号")
    assert n.addressees == ["各省(自治区、直辖市)电力公司"]


def test_a_report_with_no_addressee_keeps_its_title_as_the_plan_s():
    # near miss, b00367 shortened: …有关情况的报告|一、基本情况… (no 主送: the report is the plan itself)
    doc = parse("关于公司省管产业单位2020年财务预算调整建议和2021年财务与投资预算计划有关情况的报告一、基本情况按照《国网产业部关于开展省管产业"
                "2020年预算调整和2021年预算编制工作的通知》要求，在统筹考虑公司省管产业单位经营实际、疫情影响、产业升级等因素的基础上，"
                "编制了预算调整建议，并经公司专题会议研究，形成了2021年财务与投资预算计划。二、预算调整建议（一）收入预算调整为12亿元。（二）利润预算调整为0.5亿元。三、有关建议请审议。")
    assert doc.notice.title is None and doc.notice.addressees == []
    assert doc.plan.title == "关于公司省管产业单位2020年财务预算调整建议和2021年财务与投资预算计划有关情况的报告"


def test_flattened_signature_sealed_by_another_body():
    # b00061, shortened: …成员表|山东省…专项小组办公室（山东省住房和城乡建设厅代章）|2021年3月29日|附件…
    doc = parse("山东省优化提升工程建设项目审批制度改革专项小组办公室关于调整省优化提升工程建设项目审批制度改革专项小组成员的通知各成员单位:"
                "去年以来，省优化提升工程建设项目审批制度改革专项小组部分组成单位人员发生了变动，按照有关要求，经研究，对专项小组成员进行调整。"
                "现将调整后的名单印发给你们。联系人:XXX电话:0531-8706XXXX邮箱:XXX@shandong.cn。附件:省优化提升工程建设项目审批制度改革专项小组成员表"
                "山东省优化提升工程建设项目审批制度改革专项小组办公室（山东省住房和城乡建设厅代章）2021年3月29日附件省优化提升工程建设项目审批制度改革专项小组成员表组长:XXX")
    n = doc.notice
    assert n.date == "2021-03-29"
    assert [a.title for a in n.attachments] == ["省优化提升工程建设项目审批制度改革专项小组成员表"]


def test_flattened_signature_after_an_attachment_title_ending_in_a_bracket_and_a_table():
    # b00353, shortened: 附件：…（南区）办公区…配置表|国网陕西省电力有限公司|2021年8月11日（联系人…): the
    # issuer is the tail the 版头 writes, not the title's end after its bracket
    doc = parse("国网陕西省电力有限公司文件国网陕电后勤〔2021〕1号签发人：XXX国网陕西省电力有限公司关于两网融合过渡期间部分领导人员办公用房配置使用的请示"
                "国家电网有限公司后勤工作部：8月6日，国网陕西省电力有限公司挂牌成立，目前办公区域分为柿园路办公区（东区）、唐延路办公区（南区）两个办公区，"
                "为方便开展工作，申请为公司部分新任领导人员过渡期间配置另一处办公用房。妥否，请批示。"
                "附件：国网陕西省电力有限公司柿园路（东区）、唐延路（南区）办公区过渡期间部分领导人员办公用房配置表"
                "国网陕西省电力有限公司2021年8月11日（联系人：XXX，联系电话：029-8100XXXX）")
    n = doc.notice
    assert (n.issuer, n.date) == ("国网陕西省电力有限公司", "2021-08-11")
    assert [a.title for a in n.attachments] == [
        "国网陕西省电力有限公司柿园路（东区）、唐延路（南区）办公区过渡期间部分领导人员办公用房配置表"]


def test_flattened_enterprise_banner_without_doc_number_is_cut_from_the_title():
    # b00274, shortened: 国家电网有限公司内部事项|国网设备部关于…的通知|各分部…: (no 文号, no 文件)
    doc = parse("国家电网有限公司内部事项国网设备部关于开展2021年电网实物资产评价工作的通知各分部，各省(自治区、直辖市)电力公司:"
                "为深入贯彻公司战略目标，全面掌握电网实物资产状况，决定开展2021年电网实物资产评价工作。现将有关事项通知如下:"
                "一、工作内容各单位开展电网实物资产规模、质量、效能等方面的分析评价。二、工作要求各单位要高度重视，按时报送评价报告。"
                "联系人:XXX电话:010-6659XXXX国网设备部2021年3月30日(此件不公开发布)")
    assert doc.notice.title == "国网设备部关于开展2021年电网实物资产评价工作的通知"
    assert "head_mark" in kinds(doc)
    # b00273, shortened: 国家电网有限公司内部事项加急|关于填报…的通知 (with its urgency)
    doc = parse("国家电网有限公司内部事项加急关于填报信息公开全覆盖月度推进计划表的通知各分部，公司各单位:为推进公司信息公开全覆盖工作，"
                "请各单位按照要求填报月度推进计划表，明确责任部门和完成时限，于每月5日前报送。一、填报内容各单位信息公开工作推进情况及下月工作计划。二、报送要求按时报送，确保数据准确。"
                "联系人:XXX电话:010-6659XXXX邮箱:XXX@sgcc.com.cn附件:1.信息公开全覆盖月度推进计划表")
    assert doc.notice.title == "关于填报信息公开全覆盖月度推进计划表的通知"


def test_flattened_signature_of_a_group_glued_after_the_contact_address():
    # b00271, shortened: …联系人:XXX/91812XXXX/XXX@sgcc.com.cn|…纪检监察组|2021年3月30日|(此件不公开发布…)
    doc = parse("内部事项中央纪委国家监委驻国家电网有限公司纪检监察组驻国网纪监发〔2021〕12号关于2021年清明五一端午期间深入落实中央八项规定精神"
                "严肃查纠“四风”的通知总部纪委，各分部、各单位纪委:2021年清明、五一、端午将至，为持续巩固拓展落实中央八项规定精神成果，"
                "现就有关事项通知如下:一、提高政治站位各单位要把落实中央八项规定精神作为重要政治任务。二、严明纪律要求严禁公款吃喝、公款旅游。"
                "各单位纪委落实情况，请按要求报送驻公司纪检监察组。联系人:XXX/91812XXXX/XXX@sgcc.com.cn"
                "中央纪委国家监委驻国家电网有限公司纪检监察组2021年3月30日(此件不公开发布，发至收文单位本部。)")
    n = doc.notice
    assert (n.issuer, n.date) == ("中央纪委国家监委驻国家电网有限公司纪检监察组", "2021-03-30")


def test_issuer_mark_without_wenjian_over_a_title_that_opens_with_it():
    # b00073, shortened: 山东省住房和城乡建设厅|山东省住房和城乡建设厅关于会签《…》的函|省委网信办…: (one line)
    doc = parse("山东省住房和城乡建设厅山东省住房和城乡建设厅关于会签《关于印发<2021年度清洁取暖工作包市督导方案>的通知》的函"
                "省委网信办、省发展改革委、省教育厅:为做好2021年度清洁取暖工作，我厅起草了《2021年度清洁取暖工作包市督导方案》，"
                "现送你单位会签，请于8月20日前反馈意见，逾期视为无意见。联系人:XXX电话:0531-8708XXXX邮箱:XXX@shandong.cn."
                "山东省住房和城乡建设厅2021年8月17日山东省清洁取暖建设推进办公室关于印发<2021年度清洁取暖工作包市督导方案>的通知")
    n = doc.notice
    assert n.title == "山东省住房和城乡建设厅关于会签《关于印发<2021年度清洁取暖工作包市督导方案>的通知》的函"
    assert "issuer_mark" in kinds(doc)
    # b00055, the same on lines of their own, the title opening with two names (joint)
    doc = parse("山东省档案局\n山东省档案局山东省档案馆关于开展2021年国家档案局科技项目立项申报工作的通知\n各市档案局，省各部门(单位):\n"
                "一、项目申报\n各市档案局负责本行政区域内项目申报组织工作。\n山东省档案局　山东省档案馆\n2021年3月2日\n")
    assert doc.notice.title == "山东省档案局山东省档案馆关于开展2021年国家档案局科技项目立项申报工作的通知"
    # near miss: a title that opens with the authority said once keeps it (山东省交通运输厅关于…)
    doc = parse("山东省交通运输厅关于做好春运工作的通知\n各市交通运输局:\n一、加强组织领导\n各市要高度重视。\n山东省交通运输厅\n2021年1月5日\n")
    assert doc.notice.title == "山东省交通运输厅关于做好春运工作的通知"


def test_flattened_signature_of_a_party_group_after_a_title_ending_in_a_kind_word():
    # b00288, shortened: …2.…考核情况统计表|中共国家电网有限公司党组|2020年12月14日(此件…): the issuer is the
    # 版头's 党组, not the title's tail read from 党委书|记… (书 a kind word)
    doc = parse("内部事项中共国家电网有限公司党组文件国家电网党〔2020〕90号中共国家电网有限公司党组关于开展2020年度党委书记抓基层党建工作述职评议考核的通知"
                "各分部党委，公司各单位党组织:为深入学习贯彻党的十九届五中全会精神，推动全面从严治党向基层延伸，现就有关事项通知如下:"
                "一、述职评议范围公司各单位党委书记。二、有关要求请于2021年2月10日前报国网党建部。联系人:XXX;邮箱:XXX@sgcc.com.cn。"
                "附件:1.党委书记抓基层党建工作综合评价意见表2.2020年度党委书记抓基层党建工作述职评议考核情况统计表"
                "中共国家电网有限公司党组2020年12月14日(此件不公开发布，发至收文单位本部。)")
    n = doc.notice
    assert (n.issuer, n.date) == ("中共国家电网有限公司党组", "2020-12-14")


def test_flattened_attachment_list_items_run_together():
    # b00392 (…明细表2.2021年度…), b00294 (…征订单2.《…》…) and b00416 (…汇报2. 原南区…), shortened: the
    # next item's title opens with a digit, a 《 or a space, so no run-on cut fell between them
    doc = parse("关于2021年度本部各部门业绩考核情况的通知各部门:现将有关情况通知如下。一、考核情况按照公司考核办法，组织各执考部门进行了年度业绩考核。"
                "二、兑现情况核算了各部门年度考核兑现，请各部门认真核对，如有异议于3日内反馈。三、有关要求各部门要认真分析考核结果，查找差距，持续改进。"
                "附件:1.2021年度东区各部门业绩考核结果明细表2.2021年度南区各部门业绩考核结果明细表3.2021年度本部各部门党政负责人考核兑现情况表")
    assert [(a.number, a.title) for a in doc.notice.attachments] == [
        (1, "2021年度东区各部门业绩考核结果明细表"), (2, "2021年度南区各部门业绩考核结果明细表"),
        (3, "2021年度本部各部门党政负责人考核兑现情况表")]
    doc = parse("附件：1.《中国审计》《审计观察》征订单2.《中国内部审计》订阅回执(含一户多投信息表)\n")
    assert [a.title for a in doc.notice.attachments] == ["《中国审计》《审计观察》征订单", "《中国内部审计》订阅回执(含一户多投信息表)"]
    # near misses: a number inside a title (V2.0, 第1.5版) or out of turn (3. after 1.) splits nothing
    doc = parse("附件：1.数据接口规范V2.0及说明\n")
    assert [a.title for a in doc.notice.attachments] == ["数据接口规范V2.0及说明"]
    doc = parse("附件：1.申报表3.汇总表\n")
    assert [a.title for a in doc.notice.attachments] == ["申报表3.汇总表"]


def test_a_speech_s_salutation_is_no_addressee():
    # b00098, shortened: a 政府工作报告 opens with 各位代表：, an address in the hall, not a 主送机关
    doc = parse("各位代表：\n现在，我代表市人民政府向大会报告工作，请予审议。\n一、2023年工作回顾\n全市地区生产总值增长5%。\n")
    assert doc.notice.addressees == []
    doc = parse("各位主任、委员：\n下面，我代表行署作工作报告。\n一、2023年工作回顾\n全区经济稳中向好。\n")  # b00221
    assert doc.notice.addressees == []
    # near miss: organs with 各 are addressees (各区人民政府，市政府各部门：)
    doc = parse("关于做好春运工作的通知\n各区人民政府，市政府各部门：\n一、加强组织领导\n各区要高度重视。\n")
    assert doc.notice.addressees == ["各区人民政府", "市政府各部门"]


def test_flattened_signature_of_an_archive_glued_after_the_phone_numbers():
    # b00084, shortened: …联系电话:6860XXXX 5176XXXX|山东省档案馆|2021年7月24日 (a 馆 signs too)
    doc = parse("山东省档案馆关于邀请参观“百年恰是风华正茂”主题档案文献展的函省直部门(单位):为深入学习贯彻习近平总书记在庆祝中国共产党成立100周年"
                "大会上的重要讲话精神，服务党史学习教育走深走实，由山东省档案馆主办的主题档案文献展正在展出，欢迎各单位组织党员干部前来参观学习，接受红色教育。"
                "请各单位扫描下方二维码预约团体参观。联系人:XXX 联系电话:6860XXXX 5176XXXX山东省档案馆2021年7月24日")
    assert (doc.notice.issuer, doc.notice.date) == ("山东省档案馆", "2021-07-24")


def test_flattened_advance_notice_head_with_several_addressees():
    # b00051, shortened: …工作台账的预备通知|省直有关部门(单位)，中央驻鲁有关单位:|按照…
    doc = parse("山东省人民政府办公厅办公厅便函〔2021〕68号山东省人民政府办公厅关于建立深化“放管服”改革优化营商环境2021年重点任务工作台账的预备通知"
                "省直有关部门(单位)，中央驻鲁有关单位:按照省委、省政府深化“放管服”改革优化营商环境统一部署，今年拟建立省级和各市重点任务工作台账，"
                "实行月调度、月通报，有关情况适时形成专题报告报送省委、省政府领导。现将有关要求通知如下:一、明确台账内容请各部门认真梳理今年牵头的重点任务。二、有关要求重点任务要覆盖全部任务。")
    n = doc.notice
    assert n.title == "山东省人民政府办公厅关于建立深化“放管服”改革优化营商环境2021年重点任务工作台账的预备通知"
    assert n.addressees == ["省直有关部门(单位)", "中央驻鲁有关单位"]
    # near miss: a report with no 主送 whose first sentence holds commas and a colon stays the plan's title
    doc = parse("关于公司2021年预算执行及2022年预算草案的报告根据国家电网公司批复下达的预算调整方案和预算工作安排，财务部组织相关部门对公司2021年预算指标预计完成情况进行了测算，"
                "结合2022年重点工作安排，编制了2022年预算草案，现简要汇报如下:一、2021年预算预计完成情况利润总额预计完成0.32亿元。二、2022年预算草案利润总额安排0.5亿元。"
                "三、有关建议请审议，并按程序报国家电网公司批复后下达执行。")
    assert doc.notice.title is None


def test_a_title_wrapped_after_a_word_ending_in_shixiang_is_no_banner():
    # near miss of the enterprise banner: a title broken after …内部事项 (关于… is a title's)
    doc = parse("关于进一步规范公司内部事项\n管理工作的通知\n各部门：\n一、加强管理\n各部门要规范办理。\n")
    assert doc.notice.title == "关于进一步规范公司内部事项管理工作的通知"


def test_a_forwarding_title_wrapped_before_the_forwarded_authority_is_no_issuer_mark():
    # near miss of the 版头 name over a title that opens with it: the title's own first line
    doc = parse("广州市人民政府办公厅关于转发市财政局\n市财政局关于加强预算管理的通知的通知\n各区人民政府：\n一、加强管理\n各区要规范办理。\n")
    assert doc.notice.title == "广州市人民政府办公厅关于转发市财政局市财政局关于加强预算管理的通知的通知"


# --- probe-head2: a one-line copy's 印发 line glued after the last attachment's title (family 6) ---

def test_flattened_printed_line_glued_after_the_last_attachment_title():
    # b00096, shortened: …2.高压用户侧电力设施专项检查表|龙岩市工业和信息化局2022年3月4日印发 (no signature)
    doc = parse("龙岩市工业和信息化局文件龙工信能源〔2022〕4号龙岩市工业和信息化局关于加强龙岩电网并网用户侧电力设施管理的通知"
                "各县(市、区)工信科技局，国网龙岩供电公司，有关发电企业:为进一步加强并网用户侧电力设施管理，现就有关事项通知如下:"
                "一、全面排查各供电企业要组织开展并网用户侧电力设施专项检查，建立隐患清单。二、闭环管理供电企业每季向属地工信部门报送用户侧设备隐患整治情况。"
                "附件:1.并网用户设备台账2.高压用户侧电力设施专项检查表龙岩市工业和信息化局2022年3月4日印发")
    n = doc.notice
    assert [a.title for a in n.attachments] == ["并网用户设备台账", "高压用户侧电力设施专项检查表"]
    assert n.printed is not None and n.printed.startswith("龙岩市工业和信息化局")
    # b00283, shortened: the included attachment's title ends where the 版头's authority's office begins
    # (…报名回执|国家电网有限公司办公室2020年12月21日印发), the authority written after 加急 in the head
    doc = parse("内部事项加急国家电网有限公司保密委员会办公室文件保密办〔2020〕6号国网保密办关于召开国家电网有限公司2020年保密工作会议的通知"
                "总部各部门，各分部，公司各单位:经公司研究，决定召开2020年保密工作会议，现将有关事项通知如下:一、会议时间2020年12月24日。"
                "二、会议地点公司总部。联系人:XXX联系电话:010-6341XXXX附件:参会回执国网保密办2020年12月21日(此件不公开发布，发至收文单位本部。)"
                "附件国家电网有限公司2020年保密工作会议报名回执国家电网有限公司办公室2020年12月21日印发")
    assert [a.title for a in doc.attachments] == ["国家电网有限公司2020年保密工作会议报名回执"]
    assert doc.notice.printed.startswith("国家电网有限公司办公室")


def test_a_printed_line_after_a_signature_keeps_its_whole_name():
    # near misses: b00043 (…2021年1月19日|中共山东省委省直机关工作委员会办公室…印发: the head names
    # 共青团山东省省直机关工作委员会, whose tail 省直机关… is no whole name) and b00271 (…)|驻公司纪检监察组办公室
    # …印发, 公司纪检监察组 the tail of …有限公司纪检监察组): the 印发 line is left whole
    doc = parse("共青团山东省省直机关工作委员会文件鲁直机团工字〔2021〕3号关于落实全面从严治团要求进一步规范团费收缴工作的通知"
                "省直各部门单位机关团委、直属团总支（支部）：为贯彻落实全面从严治团要求，现就有关事项通知如下：一、收缴标准按照团章规定执行。"
                "二、收缴方式各团组织按季度收缴团费。联系人：XXX 电话：0531-8609XXXX共青团山东省省直机关工作委员会2021年1月19日"
                "中共山东省委省直机关工作委员会办公室2021年1月19日印发")
    assert doc.notice.printed.startswith("中共山东省委省直机关工作委员会办公室")


# --- probe-head2: a 会议纪要's head in a one-line copy (its 版头 …纪要, its number, its title 关于…纪要) ---

def test_flattened_minutes_head_with_its_number_and_its_title():
    # b00092, shortened: 泉州市自然资源和规划局会议纪要|泉资规纪〔2022〕48号|关于…讨论会纪要|2022年07月21日，…
    doc = parse("泉州市自然资源和规划局会议纪要泉资规纪〔2022〕48号关于港湾街(东滨大道)市政道路工程方案设计事前沟通讨论会纪要"
                "2022年07月21日，泉州市自然资源和规划局在本局D681会议室召开“港湾街(东滨大道)市政道路工程”方案设计事前沟通讨论会。"
                "会议邀请市发改委、市城建办、住建局、城市管理局、应急局参加。会议纪要如下:一、道路线形应与周边路网衔接。"
                "二、管线综合应统筹考虑。三、交通组织应满足通行需求。")
    n = doc.notice
    assert (n.title, n.doc_number) == ("关于港湾街(东滨大道)市政道路工程方案设计事前沟通讨论会纪要", "泉资规纪〔2022〕48号")
    assert kinds(doc)[:3] == ["head_mark", "doc_number", "title"]
    # b00327, shortened: …专题会纪要|〔2022〕69号 (a 期号, no 文号)|…关于…例会的纪要|10月8日上午，…: the title
    # is the document's own (no notice around it), the marks no text of it
    doc = parse("普通事项国网福建省电力有限公司泉州供电公司专题会纪要〔2022〕69号国网泉州供电公司关于2022年10月份月度工作例会的纪要"
                "10月8日上午，公司召开2022年10月份月度工作例会。会上，办公室、党建部、安监部等七个部门分别作工作报告，XXX总经理主持会议并作工作部署。"
                "一、全力以赴做好供电保障1.切实加强组织领导。各专业组、各单位主要负责同志要加强协调，统筹推进各项保障工作。"
                "2.严格落实值班制度。各单位要严格执行值班要求，确保信息报送及时准确。二、持续抓好安全生产1.深化隐患排查治理。"
                "各单位要全面排查设备隐患，建立问题清单。2.加强作业现场管控。严格落实现场安全措施。")
    assert doc.plan.title == "国网泉州供电公司关于2022年10月份月度工作例会的纪要"
    assert kinds(doc)[:2] == ["head_mark", "head_mark"]


def test_a_minutes_mark_with_no_title_of_its_own_is_left_alone():
    # near miss, b00310 shortened: …总经理办公会议纪要〔2021〕11号国网湖北省电力有限公司签发人:XXX2021年12月27日，…: no
    # title 关于…纪要 follows, so no head is read into it
    doc = parse("内部事项总经理办公会议纪要〔2021〕11号国网湖北省电力有限公司签发人：XXX2021年12月27日，公司总经理XXX在本部4楼5号会议室"
                "主持召开公司2021年第11次总经理办公会议。会议审议了《国网湖北省电力有限公司应急能力提升三年行动计划》，内容纪要如下："
                "安监部依据有关规章制度编制了行动计划，会议原则同意，请安监部按会议意见修改完善后印发执行。")
    assert doc.notice.title is None and "head_mark" not in kinds(doc)[1:]


# --- probe-head2: a portal page's chrome above the document (family 1) ----------------------------

PORTAL = """【关于建立公共数据资源授权运营价格形成机制的通知(发改价格〔2025〕65号)】-国家发展和改革委员会

首页
 >
政务公开
 >
政策
 >
通知

关于建立公共数据资源授权运营价格形成机制的通知(发改价格〔2025〕65号)

2025/01/20 价格司

国家发展改革委 国家数据局关于建立
公共数据资源授权运营价格形成机制的通知

发改价格〔2025〕65号
中央有关部门，国务院各部委、各直属机构，有关中央企业：
  为贯彻落实党中央、国务院决策部署，现就建立公共数据资源授权运营价格形成机制有关事项通知如下。
一、明确定价范围和管理权限。
公共数据运营服务费实行政府指导价管理。
二、规范定价程序。
制定公共数据运营服务费标准，由发展改革部门会同数据管理部门核定。
国家发展改革委
国家数据局
2025年1月16日
"""


def test_portal_browser_title_breadcrumb_and_date_line_over_the_document():
    # b00430, shortened: the browser's title (【…】-site), the breadcrumb one step a line, the page's title
    # with its 文号 in brackets and its date line, over the document's own title naming its issuers
    doc = parse(PORTAL)
    n = doc.notice
    assert n.title == "国家发展改革委 国家数据局关于建立公共数据资源授权运营价格形成机制的通知"
    assert n.doc_number == "发改价格〔2025〕65号"
    assert n.addressees == ["中央有关部门", "国务院各部委、各直属机构", "有关中央企业"]
    assert kinds(doc)[:4] == ["page_title"] * 4
    assert sections(doc.plan) == ["明确定价范围和管理权限", "规范定价程序"]


def test_a_title_with_a_dash_or_a_date_line_of_its_own_is_no_portal_chrome():
    # near misses: a title whose period holds a dash (no 【】, no _site), and a document with no chrome
    # whose first lines hold a date (no page's date line)
    doc = parse("山东省制造业数字化转型行动方案(2022-2025年)\n2022-03-01\n一、总体要求\n加快推进制造业数字化转型。\n")
    assert doc.plan.title == "山东省制造业数字化转型行动方案(2022-2025年)"
    assert "page_title" not in kinds(doc)


# --- probe-head2: an enterprise's 事项 mark run into its 文号 in a one-line copy (family 6) ---------

def test_flattened_doc_number_after_an_enterprise_matter_mark():
    # b00242, b00349 and b00314, shortened: …办公室内部事项|办文档函〔2021〕1号, …社会保障管理中心内部事项|国网社保
    # 综合函〔2021〕3号, …有限公司普通事项|人资薪函〔2022〕18号: the 代字 starts after the mark, not inside it
    body = ("各分部，公司各单位:为做好有关工作，现将有关事项通知如下:一、工作内容各单位要按照要求认真组织开展相关工作，确保按期完成。"
            "二、工作要求各单位要高度重视，明确责任部门和责任人，于2021年1月20日前将有关材料报送总部。三、其他事项各单位在工作中遇到的问题，"
            "请及时与总部有关部门沟通联系，总部将根据各单位反馈情况进行汇总分析，并适时组织开展督导检查。联系人:XXX 电话:010-6659XXXX")
    for head, docno in (("国家电网有限公司办公室内部事项办文档函〔2021〕1号国网办公室关于报送2020年度档案统计报表的通知", "办文档函〔2021〕1号"),
                        ("国家电网有限公司社会保障管理中心内部事项国网社保综合函〔2021〕3号国网社保中心关于推荐数字化管理平台项目组关键用户的通知",
                         "国网社保综合函〔2021〕3号"),
                        ("国家电网有限公司普通事项人资薪函〔2022〕18号国网人资部关于加强混合所有制企业员工持股管理有关事项的通知", "人资薪函〔2022〕18号")):
        assert parse(head + body).notice.doc_number == docno


# --- probe-head2: a flattened signature whose name an anonymised copy masked (family 6) -----------

MASKED_BODY = ("开展安全风险远程监控是公司安全生产信息化建设的重要内容，是公司管理体系落地执行的有效手段。一、加快视频接入各单位要制定接入方案，"
               "经评审后尽快组织改造，确保视频符合公司数字化管理标准。二、加强监督检查各单位要加强作业现场视频监控，及时发现和纠正违章行为。"
               "三、严格考核问责对未按要求接入的现场，按照有关规定纳入考核。各单位在执行过程中，如有疑问，可咨询省公司安监部XXX，电话05918707XXXX。")


def test_flattened_masked_signature_after_the_last_sentence():
    # b00360, shortened: …电话05918707XXXX。|国网XX省电力有限公司安监部|2022年9月2日
    doc = parse("国网福建电力安监部关于加强安全风险远程监控的通知基层各单位:" + MASKED_BODY + "国网XX省电力有限公司安监部2022年9月2日")
    assert (doc.notice.issuer, doc.notice.date) == ("国网XX省电力有限公司安监部", "2022-09-02")
    # near miss: a date in a sentence after a masked name (于 ends no name) is no signature
    doc = parse("国网福建电力安监部关于加强安全风险远程监控的通知基层各单位:" + MASKED_BODY + "国网XX省电力有限公司于2022年9月2日召开专题会议。")
    assert doc.notice.date is None


def test_flattened_masked_printed_line_after_the_cc():
    # b00268, shortened: …抄送：国网XX电力设备部。|国网XX省电力有限公司办公室2022年9月16日印发: the 抄送 ends at its 。
    doc = parse("国网XX电力人资部关于借用XXX、XXX的通知国网XX供电公司，国网XX经研院：" + MASKED_BODY
                + "国网XX省电力有限公司人资部2022年9月16日（此件不公开发布，发至收文单位本部。）抄送：国网XX电力设备部。"
                "国网XX省电力有限公司办公室2022年9月16日印发")
    assert doc.notice.cc == ["国网XX电力设备部"]
    assert doc.notice.issuer == "国网XX省电力有限公司人资部"
