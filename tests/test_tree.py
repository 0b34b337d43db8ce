"""Numbering markers and the levels the tree builder gives them."""
from __future__ import annotations

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from plan_parser.parse.lines import split_lines
from plan_parser.parse.tree import build, leaves, marker
from conftest import FIXTURES

MARKERS = yaml.safe_load((FIXTURES / "markers.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("line,want", MARKERS, ids=[m[0] for m in MARKERS])
def test_marker(line, want):
    mk = marker(split_lines(line)[0])
    assert (None if mk is None else [mk.style, mk.number]) == want


def paths(text: str) -> list[list[int]]:
    tree = build(split_lines(text))
    return [n.path for n in leaves(tree.roots)]


def test_levels_follow_order_of_appearance():
    text = "一、甲\n（一）乙\n1.丙\n2.丁\n（二）戊\n3.己\n二、庚\n（一）辛"
    assert paths(text) == [[1, 1, 1], [1, 1, 2], [1, 2, 3], [2, 1]]


def test_skipped_level():
    assert paths("一、甲\n1.乙\n2.丙\n二、丁\n3.戊") == [[1, 1], [1, 2], [2, 3]]


def test_paragraphs_belong_to_the_item_before():
    tree = build(split_lines("前言。\n一、甲\n正文一。\n正文二。\n二、乙"))
    assert [ln.text for ln in tree.preamble] == ["前言。"]
    assert [ln.text for ln in tree.roots[0].body] == ["正文一。", "正文二。"]


def test_heading_title_is_the_lead_sentence():
    tree = build(split_lines("（一）加強統籌協調。建立聯席會議制度。(責任單位:市發展改革委)"))
    assert tree.roots[0].title == "加強統籌協調"


def test_heading_title_without_clause():
    tree = build(split_lines("1.推进改革（牵头单位：市发展改革委）。全面推进。"))
    assert tree.roots[0].title == "推进改革"


def test_a_time_colon_does_not_end_a_heading():
    tree = build(split_lines("1.时间地点：3月11日上午9：00在市政府会议室召开。\n2.报名请于3月9日下午5:30前完成。"))
    assert [r.title for r in tree.roots] == ["时间地点", "报名请于3月9日下午5:30前完成"]


def test_number_run_on_into_a_heading():
    # 11.121人才梯队项目 is item 11, whose heading starts with 121 (not a decimal 11.121)
    assert paths("（一）甲\n10.乙\n11.121人才梯队项目。") == [[1, 10], [1, 11]]


def test_an_item_whose_heading_starts_with_a_number_or_a_year():
    # under （一）, 1.3人户 is item 1 (3-person households), not a decimal 1.3
    assert paths("（一）分类\n1.3人户家庭。\n2.单人户。\n3.2人户中有老人的。\n4.其他。") == [
        [1, 1], [1, 2], [1, 3], [1, 4]]
    assert paths("1.做好准备。\n2.2020年设备年报。\n3.2021年3月11日召开会议。") == [[1], [2], [3]]


def test_a_typed_full_stop_after_an_item_number():
    assert paths("1.甲任务。\n2.乙任务。\n3。丙任务。\n4.丁任务。") == [[1], [2], [3], [4]]


def test_decimal_numbering():
    text = "1 总则\n1.1 编制目的\n1.2 适用范围\n2 组织体系\n2.1 指挥部\n2.1.1 组成"
    assert paths(text) == [[1, 1], [1, 2], [2, 1, 1]]


def test_skipped_number_is_reported():
    tree = build(split_lines("一、甲\n二、乙\n四、丙"))
    assert [(ln.text, n) for ln, n in tree.skipped] == [("四、丙", 3)]


def test_table_rows_are_not_items():
    tree = build(split_lines("一、甲\n1\t任务\t市科技局"))
    assert tree.roots[0].children == []
    assert tree.roots[0].body[0].text.startswith("1\t")


def test_heading_phrase_closed_by_a_colon():
    tree = build(split_lines("（一）加强组织领导：各区要建立工作专班。\n（二）基本原则："))
    assert [n.title for n in tree.roots] == ["加强组织领导", "基本原则"]


_MARKER_ALPHABET = "第一二十百两〇部分章节条、.() 1234５٣①⑳加强。,"


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.one_of(st.sampled_from(_MARKER_ALPHABET), st.characters()), max_size=12))
def test_may_mark_is_false_only_where_no_marker_matches(view):
    """``may_mark`` (a look-up of the first character) never rules out a line a MARKERS pattern
    matches: the quick test in ``marker`` and ``is_marker`` changes no result."""
    from plan_parser.parse import patterns as P
    from plan_parser.parse.patterns.tree import may_mark

    if any(rx.match(view) for _, rx in P.MARKERS):
        assert may_mark(view)



@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.one_of(st.sampled_from(_MARKER_ALPHABET), st.characters()), min_size=1, max_size=12))
def test_markers_for_the_first_character_find_the_same_first_match(view):
    """Trying only ``markers_for(view[0])`` finds the style (and span) the whole MARKERS list finds first."""
    from plan_parser.parse import patterns as P
    from plan_parser.parse.patterns.tree import markers_for

    def first(markers):
        return next(((style, m.span()) for style, rx in markers if (m := rx.match(view))), None)

    assert first(markers_for(view[0])) == first(P.MARKERS)


_CLAUSE_PIECES = ["(", ")", "（", "）", "【", "】", "[", "]", "〔", "〕", "：", ":", "牵头", "牵", "头", "负责", "配合",
                  "责任单位", "牵头单位", "市发展改革委", "、", "，", "。", "；", "加强组织领导", "1", " "]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_CLAUSE_PIECES), max_size=14).map("".join))
def test_a_title_without_a_clause_word_holds_no_clause(text):
    """``find_clauses`` (which a heading's title is read with) says none without a clause word
    (``clause_word``) only where its forms, read one by one, find nothing; its forms are the
    three that gate knows."""
    from plan_parser.parse.clause_units import clause_word
    from plan_parser.parse.clauses import CLAUSE_FORMS, _find_clauses
    from plan_parser.parse.patterns import fold

    assert [form.name for form in CLAUSE_FORMS] == ["bracketed", "run-on", "lead-sentence"]
    view = fold(text)
    if not clause_word().search(view):
        assert _find_clauses(text, view) == []


def test_a_real_line_without_a_clause_word_holds_no_clause():
    """The same on every line of the corpus and bulk texts."""
    from conftest import BULK, corpus_files
    from plan_parser.parse.clause_units import clause_word
    from plan_parser.parse.clauses import _find_clauses

    paths = corpus_files() + (sorted(BULK.glob("*.txt")) if BULK.is_dir() else [])
    for path in paths:
        for line in split_lines(path.read_text(encoding="utf-8", errors="replace")):
            if line.text and not clause_word().search(line.view):
                assert _find_clauses(line.text, line.view) == [], line.text


def test_may_be_digit_holds_wherever_regex_finds_a_digit():
    """Every code point regex's \\d matches passes ``may_be_digit`` (the quick tests before the
    digit-led patterns: may_mark, markers_for, regions.may_head_mark)."""
    import sys

    import regex

    from plan_parser.parse.patterns.tree import may_be_digit

    digit = regex.compile(r"\d")
    assert all(may_be_digit(chr(c)) for c in range(sys.maxunicode + 1) if digit.match(chr(c)))


def test_walk_and_leaves_go_in_document_order():
    """``walk`` (each item before those below it) and ``leaves`` give the order a recursive walk
    gives, on the trees of every corpus notice."""
    from conftest import corpus_files
    from plan_parser.parse.tree import walk

    def every(nodes):
        for n in nodes:
            yield n
            yield from every(n.children)

    for path in corpus_files():
        tree = build(split_lines(path.read_text(encoding="utf-8")))
        assert [id(n) for n in walk(tree.roots)] == [id(n) for n in every(tree.roots)], path.name
        assert [id(n) for n in leaves(tree.roots)] == [id(n) for n in every(tree.roots) if not n.children], path.name


# family: GB/T 9704's order of the body's numbering (BODY_RANK): a style met first below one it ranks
# above is no level under it. bulk b00191, b00192, b00209 (a work report's review (一)…(五), then its
# plan 一、…八、), b00161 ((一)…(八) after a lost 一、, then 二、2024年工作安排 and its own (一)…),
# b00266 (a forwarding note's 1.…3., then the forwarded notice's 一、…四、)

def test_a_higher_style_after_a_lower_one_is_no_level_under_it():
    text = ("（一）经济运行稳中向好。\n（二）民生持续改善。\n2024年主要工作\n"
            "一、突出强链补链延链\n（一）推进新型工业化。\n二、全面建设示范区\n1.建设项目。")
    assert paths(text) == [[1], [2], [1, 1], [2, 1]]


def test_a_section_after_a_lost_first_section_keeps_its_own_items():
    # b00161, shortened: 一、2023年工作回顾 is lost, its (一)…(八) stand at the top
    text = ("（一）着力转方式。\n（二）着力提效能。\n二、2024年工作安排\n（一）推进新型工业化。\n（二）扩大有效投资。\n"
            "三、全面加强政府自身建设\n（一）始终坚持忠诚为政。")
    tree = build(split_lines(text))
    assert [n.path for n in leaves(tree.roots)] == [[1], [2], [2, 1], [2, 2], [3, 1]]
    assert len(tree.skipped) == 1  # the lost 一、: 二、 where 1 was expected, and no other


def test_a_lower_style_still_nests_and_levels_may_be_skipped():
    # near misses: (1) under 1. under 一、 nests as written; 1. right under 一、 (a skipped (一)) too
    assert paths("一、甲\n1.乙\n（1）丙\n（2）丁\n2.戊\n二、己\n（一）庚") == [[1, 1, 1], [1, 1, 2], [1, 2], [2, 1]]


# family: a heading run into its first sentence (the line break after it lost): the heading is the
# title (bulk b00293, b00331, b00410, b00054, b00064, b00370, b00382; the corpus gold reads c2_32's
# 一、总体要求以习近平… as 总体要求); not a sentence's subject before its verb (b00021, b00003)
RUN_IN_TITLES = [
    ("二、需要重点关注的事项一是始终紧贴公司党组决策部署去思考、去定位。", "需要重点关注的事项"),
    ("1.做好大会战工作成效总结    一是6月至8月组织相关单位做好前期筹备。", "做好大会战工作成效总结"),
    ("一、准确把握换届总体要求坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的十九大精神。",
     "准确把握换届总体要求"),
    ("一、准确把握村庄建设的总体要求以XXX新时代中国特色社会主义思想为指导，全面贯彻。", "准确把握村庄建设的总体要求"),
    ("一、选拔工作情况按照《国网陕西省电力公司关于开展选拔工作的通知》（陕电人〔2020〕99号）要求，历时4个月。",
     "选拔工作情况"),
    ("（一）人员配置现状及补充配置需求根据《国网陕西省电力公司关于组建陕西省思极科技有限公司的通知》，定员31人。",
     "人员配置现状及补充配置需求"),
    ("一、工作思想深入贯彻省政府电网建设精神，落实公司年度配网工程任务。", "工作思想"),
    # a report's heading noun run into a dated opener (b00401, b00336)
    ("（二）EPC总承包推进情况2020年3月，华能榆阳公司进行EPC总承包合同招标。", "EPC总承包推进情况"),
    ("二、具体工作开展情况截至2020年12月底，公司累计完成37个发电项目上网电价审核确认工作。", "具体工作开展情况"),
    # near misses: the subject of a sentence, punctuation before the opener, 一是否, 情况 before 在
    ("1.各地落实情况在年底前报送省发展改革委。", "各地落实情况在年底前报送省发展改革委"),
    ("5.长护险基金财务管理按照《财政部 人力资源社会保障部关于印发〈社会保险基金财务制度〉的通知》执行。",
     "长护险基金财务管理按照《财政部 人力资源社会保障部关于印发〈社会保险基金财务制度〉的通知》执行"),
    ("（一）各幼儿园要认真贯彻国家、省、市、区有关招生政策精神。", "各幼儿园要认真贯彻国家、省、市、区有关招生政策精神"),
    ("2.供电企业应根据《并网调度协议》、《供用电合同》开展工作。", "供电企业应根据《并网调度协议》、《供用电合同》开展工作"),
    ("二、强化运维监控，确保设备安全运行一是加强巡视。", "强化运维监控，确保设备安全运行一是加强巡视"),
    ("1.核实对象一是否符合条件。", "核实对象一是否符合条件"),
    ("（一）加强组织领导。一是建立工作专班。", "加强组织领导"),
]


@pytest.mark.parametrize("line,want", RUN_IN_TITLES, ids=[t[1][:12] for t in RUN_IN_TITLES])
def test_a_heading_run_into_its_first_sentence_is_the_title(line, want):
    assert build(split_lines(line)).roots[0].title == want
