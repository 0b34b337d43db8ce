"""The targets stage's per-number shortcuts (issue 13) give what the plain code gives: TARGET_NUMBER's
matches read by re (numbers._target_numbers), on generated clauses and on every corpus and bulk line."""
from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from twins_alike import assert_read_alike
from plan_parser.parse import gates
from plan_parser.parse import patterns as P
from plan_parser.parse.numbers import _from_digit, _target_numbers

# what TARGET_NUMBER's look-behinds, ranges, scales and units are made of, 第 and its list separators
NUMBER_PIECES = ["第", "1", "23", "0.5", "1,000", ",", "、", "和", "及", ".", "A", "a", "%", "—", "至", "万", "亿", "余",
                 "多", "个", "人", "人才", "项", "G", "T", "/年", "年", "条", " ", "\u3000", "，", "。", "\n", "二"]


def _regs(matches) -> list[tuple]:
    return [m.regs for m in matches]


def test_the_twin_has_target_numbers_groups():
    assert _from_digit().groupindex == P.TARGET_NUMBER.groupindex


@settings(max_examples=1500, deadline=None)
@given(view=st.lists(st.sampled_from(NUMBER_PIECES), max_size=14).map("".join),
       cut=st.tuples(st.integers(0, 30), st.integers(0, 30)))
def test_target_numbers_match_as_target_number(view, cut):
    a, b = min(cut[0], len(view)), min(max(cut), len(view))
    assert _regs(_target_numbers(view, a, b)) == _regs(P.TARGET_NUMBER.finditer(view, a, b)), (view, a, b)


@pytest.mark.parametrize("view, spans", [
    ("第2、4、5项", []),  # an item of a numbered list (the look-behind re does not read)
    ("第一，新增10个、20个", [(5, 8), (9, 12)]),  # 第 before, but not the list's (regex's own pattern asked)
    ("新增1,000个、2000个", [(2, 8), (9, 14)]),
    ("A1个", []), ("2.5个", [(0, 4)]),
])
def test_target_numbers_named_cases(view, spans):
    assert [m.span() for m in _target_numbers(view, 0, len(view))] == spans
    assert [m.span() for m in P.TARGET_NUMBER.finditer(view)] == spans


def test_target_numbers_on_every_corpus_and_bulk_line():
    from conftest import BULK, CORPUS, need
    need(CORPUS / "raw")
    assert gates.ENABLED
    seen = 0
    paths = sorted((CORPUS / "raw").glob("*.txt")) + (sorted(BULK.glob("*.txt")) if BULK.is_dir() else [])
    for path in paths:
        for line in P.fold(path.read_text(encoding="utf-8", errors="replace")).splitlines():
            want = _regs(P.TARGET_NUMBER.finditer(line))
            assert _regs(_target_numbers(line, 0, len(line))) == want, line
            seen += len(want)
    assert seen > 1000


def test_a_number_made_at_once_is_the_named_tuple():
    from plan_parser.parse.numbers import Number, _new_number
    fast, plain = _new_number(Number, (0, 3, 5.0, "个", None)), Number(0, 3, 5.0, "个", None)
    assert type(fast) is Number and fast == plain and fast.unit == "个" and repr(fast) == repr(plain)


# --- scan's sentences (targets._wanted_sentences): those the plain loop over every sentence reads ---

from plan_parser.parse.cuts import cuts  # noqa: E402
from plan_parser.parse.numbers import may_read  # noqa: E402
from plan_parser.parse.targets import _wanted_sentences  # noqa: E402

SENTENCE_PIECES = ["。", "！", "？", "!", "?", ";", "\n", "，", "新增", "10个", "2025年", "月", "十", "万", "翻", "百",
                   "每年", "□", " ", "的", "第", "a", "٣个", "３", "𑇐", "上百万", "三十个"]  # (٣ 𑇐: digits to regex, not 0-9)


def _plain_sentences(masked: str) -> list[tuple[int, int, int, bool]]:
    """(start, end, first wanted character, whether the paragraph's first) of each sentence with a
    character of ANY_NUMBER or ANY_PERIOD: the loop over every sentence scan ran before."""
    out, first = [], True
    for m in cuts().part.finditer(masked):
        w = cuts().wanted.search(masked, *m.span())
        if w:
            out.append((*m.span(), w.start(), first))
        first = False
    return out


def _sentences(masked: str) -> list[tuple[int, int, int, bool]]:
    out = []
    for m in _wanted_sentences().finditer(masked):
        a, b = m.span("s")
        if a < 0:
            break
        first = not out and not (a and cuts().part.search(masked, 0, a))
        out.append((a, b, m.start("w"), first))
        # where the sentence's first digit (regex's \d) or first wanted character stands: may_read from there
        d = m.start("d")
        assert a <= d <= m.start("w") and not regex.search(r"\d", masked[a:d]), (masked, a, d)
        assert may_read(masked, a, b, d) == may_read(masked, a, b), masked[a:b]
    return out


@settings(max_examples=1500, deadline=None)
@given(view=st.lists(st.sampled_from(SENTENCE_PIECES), max_size=16).map("".join))
def test_wanted_sentences_are_those_the_plain_loop_reads(view):
    assert _sentences(view) == _plain_sentences(view), view


def test_may_read_from_the_first_digit_named_cases():
    view = "٣个项目。新增2023年目标。建成10个。"  # a digit 0-9 is not: ٣个 is read all the same
    got = [(m.start("s"), m.start("d"), m.start("w")) for m in _wanted_sentences().finditer(view) if m.start("s") >= 0]
    assert got == [(5, 7, 7), (15, 17, 17)]  # (٣个项目 holds no wanted character: not scanned, as before)
    assert may_read(view, 15, 20, 17) and not may_read(view, 5, 14, 7)
    view = "新增٣个和2023年"  # the first digit before the first wanted character: read from the digit
    assert [(m.start("d"), m.start("w")) for m in _wanted_sentences().finditer(view) if m.start("s") >= 0] == [(2, 5)]
    assert may_read(view, 0, len(view), 2) and not may_read("新增和2023年", 0, 8, 3)



def test_digit_blocks_hold_every_digit_and_no_stop():
    """_wanted_sentences' d stops at the first character of _DIGIT_BLOCKS: none of regex's digits
    is outside them (else d could pass one), no stop inside them (the class leaves them out)."""
    import sys

    from plan_parser.parse.targets import _DIGIT_BLOCKS
    every = "".join(map(chr, range(sys.maxunicode + 1)))
    digits = regex.findall(r"\d", every)
    blocks = regex.findall(f"[{_DIGIT_BLOCKS}]", every)
    assert len(digits) > 500 and set(digits) <= set(blocks)
    assert not regex.search(f"[{_DIGIT_BLOCKS}]", "。！？!?;\n，,：:万亿十千年月百翻新增的□")


@pytest.mark.parametrize("view", ["新增ก个和10个。", "新增ก和2023年", "αβ建成٣个。", "新增𐀀项和5个"])
def test_may_read_from_a_character_before_the_first_digit(view):
    """(ก, 𐀀: in _DIGIT_BLOCKS, not digits: d stops there, before the digit: read alike)"""
    _sentences(view)
    assert _sentences(view) == _plain_sentences(view)

def test_wanted_sentences_on_every_corpus_and_bulk_paragraph():
    from conftest import BULK, CORPUS, need
    need(CORPUS / "raw")
    seen = 0
    paths = sorted((CORPUS / "raw").glob("*.txt")) + (sorted(BULK.glob("*.txt")) if BULK.is_dir() else [])
    for path in paths:
        view = P.fold(path.read_text(encoding="utf-8", errors="replace"))
        for text in (view, *view.split("\n\n")):
            want = _plain_sentences(text)
            assert _sentences(text) == want, text[:80]
            seen += len(want)
    assert seen > 10000


def test_a_clause_class_holds_every_number_character():
    """_sentence reads whether a clause holds a number (ANY_NUMBER) off its gate characters."""
    from plan_parser.parse.targets import _clause_class
    numeral = gates.any_of(P.ANY_NUMBER)
    assert numeral and all(_clause_class().findall(c) == [c] for c in numeral)
    assert all(P.ANY_NUMBER.fullmatch(c) for c in numeral)


# --- found's words read by re (found._twins): as regex reads them ---

from plan_parser.parse.found import _twins  # noqa: E402

WORD_PIECES = ["高技能人才总量", "持续", "稳定在", "达到", "分别", "不少于", "新增", "培育", "增长", "提高到", "了", "约", "超",
               "以上", "左右", "、", "，", "和", "及", " ", "\u3000", "\n", "确保", "年底前", "10", "个", "的", "翻", "是",
               "担保公司", "(", "）", "以内", "上下", "余", "多", "；", "：", "٣"]  # (INDICATOR_NOUN_AFTER's stops, a non-ASCII digit)
WORD_PATTERNS = ("INDICATOR_LEAD", "INDICATOR_TAIL", "CHANGE_VERB", "LEVEL_VERB", "LIST_GAP", "INDICATOR_NOUN_AFTER")


def _read_alike(view: str) -> None:
    for name, twin in zip(WORD_PATTERNS, _twins()):
        assert_read_alike(name, getattr(P, name), twin, view, ("match", "search", "fullmatch"))


@settings(max_examples=400, deadline=None)
@given(view=st.lists(st.sampled_from(WORD_PIECES), max_size=8).map("".join))
def test_found_words_read_by_re_as_by_regex(view):
    _read_alike(view)


def test_found_words_read_by_re_as_by_regex_in_the_corpus():
    from conftest import CORPUS, need
    need(CORPUS / "raw")
    for path in sorted((CORPUS / "raw").glob("*.txt"))[:8]:
        for line in P.fold(path.read_text(encoding="utf-8")).splitlines():
            if P.ANY_DIGIT.search(line):
                _read_alike(line[:120])


# --- may_read's quick tests: BARE_SCALE and DOUBLING searched only where 上 / 翻 is ---

from plan_parser.parse.numbers import _sole_start, may_read  # noqa: E402
from plan_parser.parse.patterns.targets import CN_COUNTED_LOOSE, TARGET_NUMBER_LOOSE  # noqa: E402

READ_PIECES = ["上", "百万", "千万", "万", "亿", "翻", "一", "两", "番", "曝光量", "元", "10", "个", "年", "，", "。", "第", "百分之"]


def _plain_may_read(view: str, a: int, b: int) -> bool:
    """may_read as its patterns read it, every one searched (no first-character test)."""
    return any(rx.search(view, a, b) for rx in (TARGET_NUMBER_LOOSE, P.BARE_SCALE, P.DOUBLING, CN_COUNTED_LOOSE))


def test_sole_starts_are_the_patterns_first_characters():
    assert (_sole_start(P.BARE_SCALE), _sole_start(P.DOUBLING)) == ("上", "翻")
    assert _sole_start(P.CN_TARGET_NUMBER) is None  # (many first characters: searched as before)


@pytest.mark.parametrize("view, reads", [("曝光量上百万", True), ("上万元", False), ("产值翻一番", True), ("翻新", False),
                                         ("2023年上半年", False)])
def test_may_read_named_cases(view, reads):
    assert may_read(view, 0, len(view)) is reads is _plain_may_read(view, 0, len(view))


@settings(max_examples=1500, deadline=None)
@given(view=st.lists(st.sampled_from(READ_PIECES), max_size=10).map("".join),
       cut=st.tuples(st.integers(0, 30), st.integers(0, 30)))
def test_may_read_as_every_pattern_reads(view, cut):
    a, b = min(cut[0], len(view)), min(max(cut), len(view))
    assert may_read(view, a, b) == _plain_may_read(view, a, b), (view, a, b)


# --- the rules' most asked patterns read by re (not_target_rules.rx): as regex reads them ---

from plan_parser.parse import not_target_rules  # noqa: E402

RULE_PIECES = ["对", "年营业收入", "2000", "万元", "以上", "以下", "的", "企业", "，", "给予", "补贴", "现有", "达到", "加快",
               "个", "国家", "中心", "建设", "事故", "造成", "3人", "死亡", "消费券", "项目", "及", "未", "超过", " ", "\n", "٣"]


# the ten the rules ask most (gates.as_read): each has a twin by re (test_deadlines_fast checks)
RULE_TWINNED = ("COUNT_CLASS_AFTER", "THRESHOLD_AFTER", "CONDITION_BEFORE", "CONDITION_OPEN", "EXISTING_SET_BEFORE",
                "VOUCHER_AFTER", "INCIDENT_CLAUSE", "PRESENT_STATE", "GRANT", "SIZE_CLASS_AFTER")


def _rules_read_alike(view: str) -> None:
    for name in RULE_TWINNED:
        assert_read_alike(name, getattr(P, name), getattr(gates.as_read(), name), view)


@settings(max_examples=300, deadline=None)
@given(view=st.lists(st.sampled_from(RULE_PIECES), max_size=8).map("".join))
def test_rule_patterns_read_by_re_as_by_regex(view):
    _rules_read_alike(view)


def test_rule_patterns_read_by_re_as_by_regex_in_the_corpus():
    from conftest import CORPUS, need
    need(CORPUS / "raw")
    for path in sorted((CORPUS / "raw").glob("*.txt"))[:8]:
        for line in P.fold(path.read_text(encoding="utf-8")).splitlines():
            if P.ANY_DIGIT.search(line):
                _rules_read_alike(line[:80])
