"""The targets stage's fast paths (issue 13) give what the plain forms give: a Found made from its
fields at once is the dataclass its __init__ makes, and the shortcuts of the per-sentence pass
answer as the general code does."""
from __future__ import annotations

import dataclasses

import regex

import pytest

from plan_parser.parse.found import Found, _new_found
from plan_parser.parse.numbers import Number
from plan_parser.parse.targets import scan

# faithfully shortened from the corpus: a period, a list of numbers, a comparator, a bracket
PARAGRAPH = ("到2025年，全市新增高技能人才5万人以上，建成市级技能大师工作室(其中国家级不少于3个)20个、"
             "30个、40个；每年组织职业技能竞赛10场。")


def test_a_found_made_at_once_is_the_dataclass():
    fields = {"start": 1, "end": 4, "text": "50万人", "value": 500000.0, "unit": "人", "comparator": ">=",
              "deadline": "2025-12-31", "recurrence": None, "deadline_text": "到2025年", "verb": "新增",
              "change": False, "indicator": "高技能人才"}
    fast, plain = _new_found(dict(fields)), Found(**fields)
    assert fast == plain and repr(fast) == repr(plain) and hash(fast) == hash(plain)
    with pytest.raises(dataclasses.FrozenInstanceError):
        fast.start = 2  # type: ignore[misc]


def test_every_found_has_every_field():
    found, _ = scan(PARAGRAPH)
    assert len(found) >= 5
    names = [f.name for f in dataclasses.fields(Found)]
    for f in found:
        assert list(vars(f)) == names
        assert Found(**vars(f)) == f


def test_numbers_are_immutable():
    n = Number(0, 3, 5.0, "个", None)
    with pytest.raises(AttributeError):
        n.start = 1  # type: ignore[misc]


# --- the sentence and clause cuts (cuts.cuts) against the split patterns' own cuts ---

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from plan_parser.parse import patterns as P  # noqa: E402
from plan_parser.parse.cuts import cut_clauses, cuts  # noqa: E402

PIECES = ["到2025年", "，", ",", "。", "；", ";", "\n", "!", "？", "：", ":", "新增", "10个", "十", "万", "月", "翻",
          "(", ")", "其中", "每年", "□", " ", "人才", "3", "亿元"]
TEXT = st.lists(st.sampled_from(PIECES), max_size=30).map("".join)


def _cut(view: str, rx, a: int, b: int) -> list[tuple[int, int]]:
    """The non-empty spans between the matches of ``rx`` in view[a:b] (the stage's cut as it was)."""
    out, start = [], a
    for m in rx.finditer(view, a, b):
        out.append((start, m.start()))
        start = m.end()
    out.append((start, b))
    return [(x, y) for x, y in out if y > x]


@settings(max_examples=400, deadline=None)
@given(view=TEXT)
def test_sentences_are_cut_where_the_split_pattern_cuts(view):
    want = [(a, b) for a, b in _cut(view, P.SENTENCE_SPLIT, 0, len(view))
            if P.ANY_NUMBER.search(view, a, b) or P.ANY_PERIOD.search(view, a, b)]
    got = [m.span() for m in cuts().part.finditer(view)]
    assert got == _cut(view, P.SENTENCE_SPLIT, 0, len(view))
    assert [(a, b) for a, b in got if cuts().wanted.search(view, a, b)] == want
    first = _cut(view, P.SENTENCE_SPLIT, 0, len(view))
    m = cuts().part.search(view)
    assert (m.start() if m else None) == (first[0][0] if first else None)
    assert bool(cuts().wanted.search(view)) == bool(P.ANY_NUMBER.search(view) or P.ANY_PERIOD.search(view))


@settings(max_examples=400, deadline=None)
@given(view=TEXT, cut=st.tuples(st.integers(0, 40), st.integers(0, 40)))
def test_clauses_are_cut_where_the_split_pattern_cuts(view, cut):
    a, b = min(cut), min(max(cut), len(view))
    if "(" in view[a:b]:
        return  # (then brackets join clauses: the same code after the cut)
    assert cut_clauses(view, a, b) == _cut(view, P.SEGMENT_SPLIT, a, b)


# --- the no-target rules' unit gates (not_target_rules.Rule.unit): a gate only says what the test checks first ---

from plan_parser.parse.not_target_rules import NUMBER_RULES  # noqa: E402
from plan_parser.parse.numbers import read_numbers  # noqa: E402

UNIT_CLAUSES = ["发放1000万元体育消费券", "按5万元/人给予补贴", "中广核100兆瓦光伏等并网发电", "20公里供热半径内原则上不再另行规划",
                "2500吨/日的水泥熟料生产线整合退出一半", "15分钟健身圈", "新增30万吨/年磷酸铁锂项目", "领导小组设组长1人", "各部门明确1名联络员", "安排财政资金490亿元"]
UNITS = [None, "%", "元", "万元", "元/人", "兆瓦", "千瓦", "公里", "米", "吨/日", "万吨/年", "个", "人"]


@pytest.mark.parametrize("rule", [r for r in NUMBER_RULES if r.unit is not None], ids=lambda r: r.name)
def test_a_unit_gate_closes_only_where_the_rule_cannot_hold(rule):
    for clause in UNIT_CLAUSES:
        for n in read_numbers(clause, clause, 0, len(clause)):
            for unit in UNITS:
                if not rule.unit(unit):
                    assert not rule.test(clause, n._replace(unit=unit), 0, len(clause), 2023), (rule.name, clause, unit)
    # and the gate opens for the units these clauses are about
    assert any(rule.unit(n.unit) and rule.test(c, n, 0, len(c), 2023)
               for c in UNIT_CLAUSES for n in read_numbers(c, c, 0, len(c)))


# --- gates.ends: the characters a match can end with (INDICATOR_TAIL is tried only where the words may end it) ---

from plan_parser.parse import gates  # noqa: E402

TAIL_WORDS = st.lists(st.sampled_from(["达到", "超过", "不少于", "提高到", "控制在", "增长", "约", "了", "是", "持续",
                                       "稳定", "分别", "总量", "人才", " ", "\n", "\u3000", "的", "高于", "新增"]),
                      max_size=8).map("".join)


@settings(max_examples=400, deadline=None)
@given(text=TAIL_WORDS)
def test_a_match_ends_as_its_pattern_ends(text):
    for rx in (P.INDICATOR_TAIL, P.CHANGE_VERB, P.GRANT):
        gate = gates.ends(rx)
        assert gate is not None
        for end in range(len(text) + 1):
            m = rx.search(text, 0, end)
            if m and m.end() > m.start():
                c = text[m.end() - 1]
                assert c in gate[0] or (gate[1] and c.isspace()), (rx.pattern, text, end)


def test_ends_read_off_the_pattern():
    assert gates.ends(regex.compile(r"达到|超过\s*$")) == (frozenset("到过"), True)
    assert gates.ends(regex.compile(r"a\d")) is None  # ends with anything of a wide class: no gate
    assert gates.ends(regex.compile(r"a?")) is None  # may be empty: no gate


# --- gates.needs_all: every set one of whose characters a match must hold (Table's NAME_also) ---

from test_gates import CLAUSE, TABLES  # noqa: E402


def test_needs_all_read_off_the_pattern():
    assert gates.needs_all(P.DEADLINE_SPAN) == (frozenset("年"), frozenset("时内之"))
    assert gates.needs_all(regex.compile(r"a(?:b|c)d?")) == (frozenset("a"), frozenset("bc"))
    assert gates.needs_all(regex.compile(r"\d+")) == ()


@pytest.mark.parametrize("name", sorted(n for n, rx in TABLES.items() if len(gates.needs_all(rx)) > 1))
@settings(max_examples=100, deadline=None)
@given(text=CLAUSE)
def test_a_match_holds_every_set_its_pattern_needs(name, text):
    rx = TABLES[name]
    for m in rx.finditer(text):
        for need in gates.needs_all(rx):
            assert not need.isdisjoint(m.group()), (name, text, m.group(), need)


LEAD_WORDS = st.lists(st.sampled_from(["、", "，", " ", "以上", "其中", "力争", "底前", "前", "和", "人才", "总量",
                                       "达到", "的", "5", "万人"]), max_size=8).map("".join)


@settings(max_examples=300, deadline=None)
@given(text=LEAD_WORDS)
def test_a_non_empty_match_opens_as_its_pattern_opens(text):
    gate = gates.opens(P.INDICATOR_LEAD)
    assert gate is not None and gates.opens(regex.compile(r"\d*")) is None
    for i in range(len(text) + 1):
        m = P.INDICATOR_LEAD.match(text, i)
        if m.end() > m.start():
            assert gates.may_start(gate, text, i), (text, i)


# --- mask: the quotes and titles blanked by re as the regex module's MASKED blanks them ---

from plan_parser.parse.cuts import mask  # noqa: E402

MASK_PIECES = ["“", "”", "\"", "《", "》", "〔", "〕", "[", "]", "2022", "٣", "３", "十四五", "规划", "\n", " ", "，",
               "a" * 31, "字" * 79, "ab"]


@settings(max_examples=500, deadline=None)
@given(view=st.lists(st.sampled_from(MASK_PIECES), max_size=16).map("".join))
def test_mask_blanks_what_masked_matches(view):
    want = P.MASKED.sub(lambda m: "□" * len(m.group()), view) if P.ANY_MASKED.search(view) else view
    assert mask(view) == want


# --- numbers.may_read: a sentence it passes over holds no number in any of its clauses ---

from plan_parser.parse.numbers import may_read  # noqa: E402

NUMBER_PIECES = ["2023年", "第3条", "第2、4、5项", "10个", "5G", "2800G", "带宽", "1,000", "万人", "3—5", "，", ",", ":",
                 "上百万", "上万元", "翻一番", "翻两", "番", "一个", "百分之", "三十", "两万", "统一", "进一步", "第三批",
                 "(", ")", "%", "人才", "家", "□", " ", "亿元", "5年内", "十四五"]


@settings(max_examples=800, deadline=None)
@given(view=st.lists(st.sampled_from(NUMBER_PIECES), max_size=14).map("".join))
def test_a_sentence_may_read_passes_over_holds_no_number(view):
    if not may_read(view, 0, len(view)):
        for s, e in cut_clauses(view, 0, len(view)):
            assert read_numbers(view, view, s, e) == [], (view, view[s:e])


@pytest.mark.parametrize("sentence, reads", [
    ("于2023年12月31日前报送，逐月调度", False),  # dates: nothing to read
    ("加强统一管理，进一步提升服务", False),  # 一 of a word
    ("到2025年，全市新增高技能人才5万人以上", True),
    ("曝光量上百万", True), ("力争实现翻一番", True), ("打造一个世界级商圈、高标准建设5个特色商圈", True),
    ("占比达到百分之三十", True),
])
def test_may_read_real_sentences(sentence, reads):
    assert may_read(sentence, 0, len(sentence)) is reads
    if not reads:
        assert all(read_numbers(sentence, sentence, s, e) == [] for s, e in cut_clauses(sentence, 0, len(sentence)))


# --- TARGET_NUMBER_LOOSE (compiled by re, numbers._loose): wherever TARGET_NUMBER matches, it matches ---

from plan_parser.parse.numbers import _loose as _any_loose  # noqa: E402
from plan_parser.parse.patterns.targets import CN_COUNTED_LOOSE, TARGET_NUMBER_LOOSE  # noqa: E402


def _loose():
    return _any_loose(TARGET_NUMBER_LOOSE)


LOOSE_PIECES = ["1", "2023", "0.5", "1,000", "%", "—", "-", "至", "到", "~", "万", "亿", "千万", "余", "多", "个", "人次",
                "平方公里", "G", "T", "年", "第", "a", "\u3000", "\xa0", "\t", "\x1c", "\u2028", "/年", "。", "，"]


@settings(max_examples=800, deadline=None)
@given(view=st.lists(st.sampled_from(LOOSE_PIECES), max_size=10).map("".join))
def test_loose_matches_wherever_target_number_does(view):
    for m in P.TARGET_NUMBER.finditer(view):
        assert _loose().search(view, m.start(), m.end()), (view, m.group())


def test_loose_matches_wherever_target_number_does_in_the_corpus():
    from conftest import CORPUS, need
    need(CORPUS / "raw")
    texts = [P.fold(p.read_text(encoding="utf-8")) for p in sorted((CORPUS / "raw").glob("*.txt"))]
    seen = 0
    for view in texts:
        for m in P.TARGET_NUMBER.finditer(view):
            assert _loose().search(view, m.start(), m.end()), m.group()
            seen += 1
    assert seen > 500


@settings(max_examples=800, deadline=None)
@given(view=st.lists(st.sampled_from(NUMBER_PIECES + ["百分之三十", "三十个", "两万人", "十"]), max_size=10).map("".join))
def test_cn_counted_loose_matches_wherever_a_counted_numeral_is_read(view):
    for m in P.CN_TARGET_NUMBER.finditer(view):
        if m.group("pct") or m.group("unit"):
            assert _any_loose(CN_COUNTED_LOOSE).search(view, m.start(), m.end()), (view, m.group())


# --- PERIOD_LOOSE (compiled by re, deadlines._loose): wherever a period pattern matches, it matches ---

from plan_parser.parse.deadlines import period_loose as _period_loose  # noqa: E402

PERIOD_PIECES = ["2025", "2021", "—", "至", "年", "月", "日", "6", "30", "底", "末", "前", "内", "起", "十四五", "”", "“",
                 "规划", "期间", "时期", "用", "5", "三", "两", "十", "左右", "时间", "之内", "今", "明", "当", "本", "度",
                 "全", "每", "逐", "一", "青", "完成", " ", "\u3000", "\x1c", "，", "季度", "半", "上", "下", "第", "前三"]
PERIOD_PATTERNS = [P.DEADLINE_DATE, P.FIVE_YEAR_PLAN, P.DEADLINE_SPAN, P.DEADLINE_THIS_YEAR, P.DEADLINE_MONTH, P.ANNUAL,
                   P.DEADLINE_QUARTER]


@settings(max_examples=1000, deadline=None)
@given(view=st.lists(st.sampled_from(PERIOD_PIECES), max_size=10).map("".join))
def test_period_loose_matches_wherever_a_period_pattern_does(view):
    for rx in PERIOD_PATTERNS:
        for m in rx.finditer(view):
            assert _period_loose().search(view, m.start(), m.end()), (rx.pattern, view, m.group())


def test_period_loose_matches_wherever_a_period_pattern_does_in_the_corpus():
    from conftest import CORPUS, need
    need(CORPUS / "raw")
    seen = 0
    for path in sorted((CORPUS / "raw").glob("*.txt")):
        view = P.fold(path.read_text(encoding="utf-8"))
        for rx in PERIOD_PATTERNS:
            for m in rx.finditer(view):
                assert _period_loose().search(view, m.start(), m.end()), (rx.pattern, m.group())
                seen += 1
    assert seen > 300


# --- cuts.re_twin: NOT_MEASURE read alike by re; POLICY_SENTENCE's twin matches wherever it does ---

from plan_parser.parse.cuts import re_twin  # noqa: E402

TWIN_PIECES = ["人才", "人", "员", "个", "工作日", "月", "项目", "征收", "个人所得", "税", "费率", "上浮", "不得", "超过",
               "缴存", "□", " ", "\u3000", "，", "a", "10", "年度", "期间", "期", "间接"]


@settings(max_examples=600, deadline=None)
@given(view=st.lists(st.sampled_from(TWIN_PIECES), max_size=10).map("".join))
def test_re_twins_read_as_their_patterns(view):
    twin = re_twin(P.NOT_MEASURE)
    for i in range(len(view) + 1):
        a, b = P.NOT_MEASURE.match(view, i), twin.match(view, i)
        assert (a and a.span()) == (b and b.span()), (view, i)
    for i in range(len(view) + 1):
        if P.POLICY_SENTENCE.search(view, i):
            assert re_twin(P.POLICY_SENTENCE).search(view, i), (view, i)


def test_re_twins_in_the_corpus():
    from conftest import CORPUS, need
    need(CORPUS / "raw")
    policy, measure = re_twin(P.POLICY_SENTENCE), re_twin(P.NOT_MEASURE)
    for path in sorted((CORPUS / "raw").glob("*.txt")):
        for line in P.fold(path.read_text(encoding="utf-8")).splitlines():
            assert [m.span() for m in P.NOT_MEASURE.finditer(line)] == [m.span() for m in measure.finditer(line)]
            assert [m.span() for m in P.POLICY_SENTENCE.finditer(line)] == [m.span() for m in policy.finditer(line)]


# --- the no-target rules' gate before the number (Rule.before): closed only where the pattern cannot end ---

from plan_parser.parse.not_target import _masks  # noqa: E402

BEFORE_PIECES = ["具备以下", "下列", "上述", "其中任何", "项中", "8类", "3个方面", "产生投资", "形成产值", "2022年", "(含",
                 " ", "\n", "\u3000", "的", "中", "10", "年", "含", "完成", "近"]


@pytest.mark.parametrize("k", [k for k, r in enumerate(NUMBER_RULES) if r.before], ids=lambda k: NUMBER_RULES[k].name)
@settings(max_examples=200, deadline=None)
@given(text=st.lists(st.sampled_from(BEFORE_PIECES), max_size=6).map("".join))
def test_a_before_gate_closes_only_where_its_pattern_cannot_end(k, text):
    for rx in NUMBER_RULES[k].before:
        for i in range(len(text) + 1):
            if rx.search(text, 0, i):
                prev = text[i - 1:i] if i else ""
                assert _masks().before_of(prev) >> k & 1, (NUMBER_RULES[k].name, text, i)


# --- not_target.targets_among: the clause's bits met once give what not_a_target gives number by number ---

from plan_parser.parse.not_target import not_a_target, targets_among  # noqa: E402


@settings(max_examples=300, deadline=None)
@given(text=CLAUSE)
def test_targets_among_is_not_a_target_number_by_number(text):
    chars = gates.characters(text, 0, len(text))
    numbers = read_numbers(text, text, 0, len(text), chars)
    want = [n for n in numbers if not not_a_target(text, n, 0, len(text), 2023)]
    assert targets_among(text, numbers, 0, len(text), 2023, chars) == want


# --- the characters a clause's gates are handed (targets._clause_class, Table.characters): what
# --- every gate's characters (gates.characters) give, for the tests they are handed to ---

from plan_parser.parse.deadlines import Context, whens  # noqa: E402
from plan_parser.parse.not_target import parameter_spans  # noqa: E402
from plan_parser.parse.targets import _clause_class, _numbers  # noqa: E402
from test_gates import CLAUSE as GATED_CLAUSE  # noqa: E402


def _own(view: str, a: int, b: int) -> set[str]:
    return set(_clause_class().findall(view, a, b))


@settings(max_examples=400, deadline=None)
@given(clause=GATED_CLAUSE)
def test_a_clauses_own_characters_read_what_every_gate_character_reads(clause):
    n, full = len(clause), gates.characters(clause, 0, len(clause))
    assert _own(clause, 0, n) <= full
    for since in (None, 2023):
        assert _numbers(clause, clause, 0, n, since, _own(clause, 0, n)) == _numbers(clause, clause, 0, n, since, full)
    ctx = Context(year=2023, since=2023)
    assert whens(clause, clause, 0, n, ctx, _own(clause, 0, n)) == whens(clause, clause, 0, n, ctx, full)


@settings(max_examples=300, deadline=None)
@given(sentence=st.lists(GATED_CLAUSE, min_size=1, max_size=4).map("，".join))
def test_policy_spans_from_the_sentences_own_characters(sentence):
    """parameter_spans collecting its own tables' characters over the sentence gives what every
    clause's full gate characters give."""
    clauses = cut_clauses(sentence, 0, len(sentence))
    full = [gates.characters(sentence, s, e) for s, e in clauses]
    assert parameter_spans(sentence, 0, len(sentence), clauses) == parameter_spans(sentence, 0, len(sentence), clauses, full)


def test_clause_characters_on_real_clauses():
    """Every number clause and sentence of the corpus and the bulk set."""
    from conftest import BULK, CORPUS, need
    need(CORPUS / "raw")
    seen = 0
    paths = sorted((CORPUS / "raw").glob("*.txt")) + (sorted(BULK.glob("*.txt")) if BULK.is_dir() else [])
    for path in paths:
        for line in P.fold(path.read_text(encoding="utf-8", errors="replace")).splitlines():
            if not cuts().wanted.search(line):
                continue
            for s, e in cut_clauses(line, 0, len(line)):
                if not P.ANY_NUMBER.search(line, s, e):
                    continue
                full, own = gates.characters(line, s, e), _own(line, s, e)
                assert _numbers(line, line, s, e, 2023, own) == _numbers(line, line, s, e, 2023, full), line[s:e]
                seen += 1
            clauses = cut_clauses(line, 0, len(line))
            assert parameter_spans(line, 0, len(line), clauses) == parameter_spans(
                line, 0, len(line), clauses, [gates.characters(line, s, e) for s, e in clauses])
    assert seen > 1000


# --- PARAMETER_LOOSE (compiled by re, targets._parameter_loose): wherever PARAMETER_CONTEXT matches, it matches ---

from plan_parser.parse.patterns.targets import PARAMETER_LOOSE  # noqa: E402
from plan_parser.parse.targets import _parameter_loose  # noqa: E402

PARAMETER_PIECES = [*regex.findall(r"\p{Han}+", P.PARAMETER_CONTEXT.pattern), "基金", "采购", "预留", "标准", "发放",
                    "设立", "产业", "的", "10亿元", "，", " ", "□", "支", "付", "例", "比"]


@settings(max_examples=800, deadline=None)
@given(view=st.lists(st.sampled_from(PARAMETER_PIECES), max_size=8).map("".join))
def test_parameter_loose_matches_wherever_parameter_context_does(view):
    for m in P.PARAMETER_CONTEXT.finditer(view):
        assert _parameter_loose().search(view, m.start(), m.end()), (view, m.group())


def test_parameter_loose_in_the_corpus_and_the_bulk_set():
    from conftest import BULK, CORPUS, need
    need(CORPUS / "raw")
    assert _parameter_loose().pattern == PARAMETER_LOOSE.pattern
    seen = 0
    paths = sorted((CORPUS / "raw").glob("*.txt")) + (sorted(BULK.glob("*.txt")) if BULK.is_dir() else [])
    for path in paths:
        view = P.fold(path.read_text(encoding="utf-8", errors="replace"))
        for m in P.PARAMETER_CONTEXT.finditer(view):
            assert _parameter_loose().search(view, m.start(), m.end()), m.group()
            seen += 1
    assert seen > 200
