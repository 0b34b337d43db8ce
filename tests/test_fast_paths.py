"""The clauses stage's shortcuts read as the slow paths do: a quick test before the work (no
clause word, no bracket, no prose hint) and a text read once (a cache) never change a result."""
from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from plan_parser.parse import patterns as P
from plan_parser.parse.clause_units import forget, parse_clause, read_clause

# pieces of real clauses (and of texts that only look like them), glued at random
PIECES = [
    "牵头", "牵頭", "配合", "参与", "协助", "协同", "指导", "会同", "负责", "負責", "落实", "各负其责", "分别",
    "责任单位", "牵头单位", "配合部门", "完成时限", "：", ":", "；", "，", "、", "。", "（", "）", "(", ")",
    "〔", "〕", "【", "】", "[", "]", "〈", "〉", "市发展改革委", "市财政局", "各区人民政府", "山东", "江苏公司",
    "等单位", "及", "和", "以下", "均需", "不再列出", "列第一位者为牵头单位", "下同", "2023年底前完成",
    "按职能分工", "加强领导", "一", "试行", " ", "\u3000",
]
TEXT = st.lists(st.one_of(st.sampled_from(PIECES), st.characters(blacklist_categories=("Cs",))),
                max_size=30).map("".join)


@settings(max_examples=400, deadline=None)
@given(TEXT)
def test_parse_clause_reads_as_the_full_reader(text):
    view = P.fold(text)
    forget()
    assert parse_clause(text, view) == read_clause(text, view)
    assert parse_clause(text, view) == read_clause(text, view)  # the second time from the cache


# a unit and each word that closes a clause part (QUALIFIER's words, VERB_ROLES) or labels one
CLOSING = ["分别负责", "各负其责", "共同负责", "负责落实", "具体负责", "负责", "落实", "按职能分工负责", "分工落实",
           *P.VERB_ROLES]


def test_every_closing_word_passes_the_quick_test():
    for word in CLOSING + ["责任单位：", "属地责任:"]:
        text = f"{word}市财政局" if word.endswith((":", "：")) else f"市财政局{word}"
        if word == "会同":
            continue  # 会同 closes no part (A会同B负责)
        got = parse_clause(text, P.fold(text))
        assert got is not None and got == read_clause(text, P.fold(text)), text


def test_no_clause_word_no_clause():
    for text in ("一", "试行", "2021—2025年", "以下简称“突发卫生事件”", "陕电人〔2021〕39号"):
        assert parse_clause(text, P.fold(text)) is None


def test_repeated_clause_read_alike():
    text = "牵头单位：市发展改革委；配合单位：市财政局"
    first = parse_clause(text, P.fold(text))
    assert first is not None and [n.name for n in first.names] == ["市发展改革委", "市财政局"]
    assert parse_clause(text, P.fold(text)) == first


PROSE_PIECES = ["负责", "牵头", "配合", "：", ":", "由", "市工信局", "发展改革部门", "为", "总", "单位", "、", "和",
                "办公室", "(创城办)", "组织实施", "自", "省教育厅", "中心", "政府", "总社", "集团", "全面", "请", "人",
                "同志", "牵头负责", "统筹"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(PROSE_PIECES), st.characters(blacklist_categories=("Cs",))),
                max_size=20).map("".join))
def test_no_prose_hint_no_prose_rule(text):
    """prose_names skips a sentence part without PROSE_HINT: no rule may match such a part."""
    from plan_parser.parse.prose import PROSE_RULES

    view = P.fold(text)
    if not P.PROSE_HINT.search(view):
        assert not any(pattern.match(view) for _, pattern, *_ in PROSE_RULES)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(PROSE_PIECES), st.characters(blacklist_categories=("Cs",))),
                max_size=20).map("".join))
def test_a_prose_rule_needs_its_words(text):
    """prose_names tries a rule only on a part its quick test passes (one of its words; a duty
    sentence's verb after a unit's ending): no rule matches a part that fails it."""
    from plan_parser.parse.prose import PROSE_RULES

    view = P.fold(text)
    for _, pattern, _, may in PROSE_RULES:
        if not may(view):
            assert not pattern.match(view)


def _run_on_slow(text, view, found):
    """clauses._run_on as it was: every candidate label read through to the line's end."""
    from plan_parser.parse.clauses import _found
    from plan_parser.parse.clause_units import read_clause

    for m in P.ROLE_LABEL.finditer(view):
        i = m.start()
        after_colon = view[i - 1:i] == ":" and P.GLUED_LABEL.match(m.group("label"))
        if i == 0 or (view[i - 1] not in "。.;" and not after_colon) or any(f.start <= i < f.end for f in found):
            continue
        clause = read_clause(text[i:].rstrip("。. "), view[i:].rstrip("。. "))
        if clause is not None and clause.names:
            return [_found(i, len(text), text[i:], clause)]
    return []


RUN_ON_PIECES = ["。", "；", ";", ".", "：", "，", "、", " ", "牵头单位：", "配合单位：", "责任单位：", "完成时限：", "牵头：",
                 "市发展改革委", "市财政局", "国网山东公司", "内容如下", "加强领导", "2023年底前", "以下均需", "落实",
                 "各市政府", "不再列出", "列第一位者为牵头单位", "下同", "（", "）", "等", "负责"]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(RUN_ON_PIECES), max_size=24).map("".join))
@example("。牵头单位：.牵头：市发展改革委")  # a bare 牵头： after . starts no part of the label before it
@example("。牵头单位：；牵头单位：市财政局。牵头单位：")
@example("。牵头单位：。下同；牵头单位：市发展改革委")  # a remark opening a sentence: a reading through it is none
def test_run_on_reads_as_every_label_read_through(text):
    """_run_on skips labels known to name no unit (``_Known``): the result is the slow one's."""
    from plan_parser.parse.clauses import _bracketed, _run_on

    view = P.fold(text)
    found = _bracketed(text, view, [])
    assert _run_on(text, view, found) == _run_on_slow(text, view, found)


def test_many_run_on_labels_read_in_linear_time():
    """Named regression: 内容如下：配合单位： 4,000 times on one line took 121 s (cubic). The work
    is counted, not timed (function calls, Python's and C's: a loop over the labels read again
    for each label shows as calls growing with the square): four times the labels, at most five
    times the calls (the reading is ~2.6 times; quadratic would be 16)."""
    import sys

    from plan_parser.parse.clauses import find_clauses

    def calls(line: str) -> int:
        count = 0

        def profile(frame, event, arg):
            nonlocal count
            count += event in ("call", "c_call")

        sys.setprofile(profile)
        try:
            find_clauses(line)
        finally:
            sys.setprofile(None)
        return count

    small, large = (calls("加强领导。" + "内容如下：配合单位：" * n + "。牵头单位：；" * n) for n in (500, 2000))
    assert large <= 5 * small, (small, large)

