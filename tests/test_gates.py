"""The targets stage's gates (parse/gates.py): what a pattern needs is read off its text, and a
gate never skips a search that could have matched, so the stage gives the same answers with
the gates on and off (on generated clauses made of the patterns' own words, and on real ones)."""
from __future__ import annotations

from decimal import Decimal

import pytest
import regex
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from plan_parser.parse import gates
from plan_parser.parse import patterns as P
from plan_parser.parse.deadlines import Context, When
from plan_parser.parse.found import _comparator, _looked_up
from plan_parser.parse.not_target import not_a_target
from plan_parser.parse.not_target_rules import NUMBER_RULES
from plan_parser.parse.numbers import _num, read_numbers
from plan_parser.parse.targets import scan
from conftest import FIXTURES, corpus_files

# every pattern a gate stands before: the tables' and the number rules' (needs, after)
TABLES = {name: rx for table in gates._TABLES for name, rx in table._patterns.items()}
AFTER = {f"{rule.name}:{k}": rx for rule in NUMBER_RULES for k, rx in enumerate(rule.after)}
AFTER["NOT_MEASURE"] = P.NOT_MEASURE
PATTERNS = {name: rx for name, rx in TABLES.items() if not name.startswith("R")}
PATTERNS |= {f"{rule.name}:{k}": rx for rule in NUMBER_RULES for k, rx in enumerate(rule.needs)}

# the words of every gated pattern (its Han runs), with digits, units, brackets and punctuation:
# text in which the patterns do match, and where they nearly do
WORDS = sorted({w for rx in [*TABLES.values(), *AFTER.values()] for w in regex.findall(r"\p{Han}+", rx.pattern)})
PIECES = [*WORDS, *"0123456789", "2023", "2025", "1,000", "3.5", "%", "/", "万", "亿", "个", "家", "人", "元",
          "万元", "年", "月", "底前", "(", ")", "(含", "“", "”", "《", "》", "，", "。", "；", "：", "、", ",",
          " ", "\u3000", "第", "G", "5G", "翻一番", "百分之三十", "两万", "上百万", "一个", "十四五", "是指", "□"]
CLAUSE = st.lists(st.sampled_from(PIECES), max_size=24).map("".join)
SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
PER_PATTERN = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def ungated(fn, *args):
    """``fn(*args)`` with the gates off: every pattern tried."""
    gates.switch(False)
    try:
        return fn(*args)
    finally:
        gates.switch(True)


def test_needs_read_off_the_pattern():
    assert gates.needs(P.GRANT) == frozenset("给补奖贴激资可")
    assert gates.needs(P.DEADLINE_DATE) == frozenset("年")
    assert gates.needs(P.APPLIED_RATE_BEFORE) == frozenset("按")
    assert gates.any_of(P.ANY_DIGIT) == frozenset("0123456789")
    assert gates.any_of(P.GRANT) is None  # not one class: the set says "maybe", the search decides
    assert gates.starts(P.GRADE_AFTER) == (frozenset("级"), True)  # \s*级
    assert gates.needs(regex.compile(r"\p{Han}+")) is None  # nothing to bound: no gate
    assert gates.starts(regex.compile(r"\s*(?:的)?")) is None  # may match empty: no gate
    assert gates.needs(regex.compile(r"a|\d")) is None  # one branch unbounded: the whole is


def test_the_period_and_number_tests_are_one_class():
    # the stage answers these from the clause's characters alone (no search): they must stay one class
    for rx in (P.ANY_NUMBER, P.ANY_PERIOD, P.ANY_DIGIT, P.ANY_CN_MARK, P.ANY_CN_NUMERAL):
        assert gates.any_of(rx) is not None, rx.pattern


@pytest.mark.parametrize("name", sorted(PATTERNS))
@PER_PATTERN
@given(text=CLAUSE)
def test_a_match_holds_what_its_pattern_needs(name, text):
    rx = PATTERNS[name]
    need = gates.needs(rx)
    for m in rx.finditer(text):
        if m.end() > m.start():
            assert need is None or not need.isdisjoint(text[m.start():m.end()]), (name, text, m.group())


@pytest.mark.parametrize("name", sorted(AFTER))
@PER_PATTERN
@given(text=CLAUSE)
def test_a_match_starts_as_its_pattern_starts(name, text):
    rx, first = AFTER[name], gates.starts(AFTER[name])
    for i in range(len(text) + 1):
        if first is not None and rx.match(text, i):
            assert gates.may_start(first, text, i), (name, text, i)


def test_the_gates_switch_off():
    assert ungated(gates.characters, "补贴10个", 0, 6) == set()  # every look-up then says "maybe"
    assert gates.characters("补贴10个", 0, 6) == {"补", "贴", "1", "0", "个"}


def test_characters_are_the_gated_ones_in_the_span():
    view = "按达到10%以上的企业给予补贴，每年"
    got = gates.characters(view, 0, 15)
    assert {"按", "1", "给", "补", "贴"} <= got and "每" not in got and "企" not in got


def _scan_all(paragraphs):
    out = []
    for text in paragraphs:
        for ctx in (Context(), Context(year=2023, since=2023)):
            out.append(scan(text, None, ctx, 0, None, 0))
            out.append(scan(text, None, ctx, 0, When(0, "2025-12-31", text="到2025年", kind="date"), 2))
    return out


@SETTINGS
@given(paragraph=st.lists(CLAUSE, min_size=1, max_size=4).map("，".join))
def test_scan_is_the_same_with_the_gates_off(paragraph):
    assert _scan_all([paragraph]) == ungated(_scan_all, [paragraph])


@SETTINGS
@given(clause=CLAUSE)
def test_no_target_rules_are_the_same_with_the_gates_off(clause):
    numbers = read_numbers(clause, clause, 0, len(clause))
    chars = gates.characters(clause, 0, len(clause))
    for year in (None, 2023):
        got = [not_a_target(clause, n, 0, len(clause), year, chars) for n in numbers]
        assert got == [not_a_target(clause, n, 0, len(clause), year) for n in numbers]
    assert numbers == ungated(read_numbers, clause, clause, 0, len(clause))


def real_paragraphs() -> list[str]:
    cases = yaml.safe_load((FIXTURES / "targets.yaml").read_text(encoding="utf-8"))
    out = [c["text"] for c in cases]
    for path in corpus_files():
        out += [ln for ln in path.read_text(encoding="utf-8").splitlines() if P.ANY_NUMBER.search(ln)]
    return out


def test_real_paragraphs_are_the_same_with_the_gates_off():
    paragraphs = real_paragraphs()
    assert len(paragraphs) > 50
    assert _scan_all(paragraphs) == ungated(_scan_all, paragraphs)


@SETTINGS
@given(digits=st.from_regex(r"[1-9][0-9]{0,14}|0", fullmatch=True), comma=st.booleans(),
       scale=st.sampled_from([1, 10**4, 10**6, 10**7, 10**8, 10**12]))
def test_whole_numbers_are_read_as_decimal_reads_them(digits, comma, scale):
    written = f"{int(digits):,}" if comma else digits
    assert _num(written, scale) == float(Decimal(digits) * scale)


def _comparator_in_table_order(before: str, after: str) -> str:
    for word, comp in P.COMPARATOR_AFTER:
        if after.startswith(word):
            return comp
    for word, comp in P.COMPARATOR_BEFORE:
        if word in before[-(len(word) + 4):]:
            return comp
    return "="


COMPARATOR_WORDS = [w for w, _ in P.COMPARATOR_BEFORE + P.COMPARATOR_AFTER] + [*"的了到至数量达", "1"]


@settings(max_examples=500, deadline=None)
@given(before=st.lists(st.sampled_from(COMPARATOR_WORDS), max_size=5).map(lambda w: "".join(w)[-8:]),
       after=st.lists(st.sampled_from(COMPARATOR_WORDS), max_size=3).map(lambda w: "".join(w)[:4]))
def test_comparator_is_the_first_of_the_table_that_holds(before, after):
    assert _comparator(before, after) == _comparator_in_table_order(before, after)
    # make_found hands it the characters of ``before`` its one class looks up (found._looked_up)
    assert _comparator(before, after, set(_looked_up().findall(before))) == _comparator_in_table_order(before, after)


def test_make_found_looks_up_every_character_its_tests_ask_for():
    """found._looked_up holds each character its tests look for: the first characters of
    COMPARATOR_BEFORE's words and CHANGE_VERB's and LEVEL_VERB's gates."""
    looked = set(_looked_up().pattern[1:-1].replace("\\", ""))
    assert {w[0] for w, _ in P.COMPARATOR_BEFORE} <= looked
    assert gates.needs(P.CHANGE_VERB) <= looked and gates.needs(P.LEVEL_VERB) <= looked


# context_year reads its years on the view the parse folded once (build: split_lines and
# context_year share it): given it or not, the same year
@pytest.mark.parametrize("text", ["２０２３年起５年内", "《方案（２０２１－２０２５年）》", "２０２３深圳购物季，到2025年",
                                  "2012年起5年内", "没有年份"])
def test_context_year_on_a_given_view_is_the_year_it_folds_itself(text):
    from plan_parser.parse.deadlines import context_year

    assert context_year(None, text, P.fold(text)) == context_year(None, text)


@SETTINGS
@given(text=st.lists(st.sampled_from([*PIECES, *[chr(k) for k in P.FOLD]]), max_size=30).map("".join))
def test_context_year_is_the_year_of_the_full_fold(text):
    from collections import Counter

    from plan_parser.parse.deadlines import TITLE_SPAN, context_year

    view = P.fold(text)  # context_year as it was: every pattern on the whole text folded
    m = P.START_YEAR.search(view)
    if m:
        want = int(m.group("y"))
    else:
        m = P.PERIOD.search(view, 0, TITLE_SPAN)
        if m and int(m.group("a")) < int(m.group("b")):
            want = int(m.group("a"))
        else:
            years = Counter(int(y) for y in P.YEAR_NAMED.findall(view))
            want = max(years, key=lambda y: (years[y], y)) if years else None
    assert context_year(None, text) == want


@pytest.mark.parametrize("pattern, flags", [(r"(?i:abc)", 0), (r"(?i)abc", 0), (r"abc", regex.I), (r"abc{e<=1}", 0)])
def test_no_gate_where_the_parser_would_read_the_pattern_otherwise(pattern, flags):
    # case folded, or regex's own fuzzy syntax: no gate, the pattern is always tried
    assert gates.needs(regex.compile(pattern, flags)) is None


@pytest.mark.parametrize("k", range(len(gates._TABLES)), ids=lambda k: ",".join(gates._TABLES[k]._patterns)[:40])
@SETTINGS
@given(clause=CLAUSE)
def test_a_tables_own_characters_are_what_its_gates_look_up(k, clause):
    """Table.characters (one class of the table's own characters) is gates.characters as far as
    the table's gates look: every character one of its sets holds, and no other."""
    table = gates._TABLES[k]
    own = table.characters(clause, 0, len(clause))
    sets = [getattr(table, n) for n in table._patterns] + [x for n in table._patterns for x in getattr(table, n + "_also")]
    if any(x is gates.ALL for x in sets):
        assert own == gates.characters(clause, 0, len(clause))
    else:
        looked = frozenset().union(*sets)
        assert own == {c for c in clause if c in looked}


def test_a_table_has_no_attribute_it_does_not_name():
    """A name no pattern of a table has is no attribute (hasattr, getattr with a default: hypothesis
    probes parametrized values so), not a KeyError."""
    table = gates._TABLES[0]
    assert not hasattr(table, "no_such_pattern") and getattr(table, "no_such_pattern", 7) == 7
