"""The deadlines stage's patterns read by their re twins (deadlines.rx(), issue 13) as regex reads them:
every period pattern's finditer and the baseline tests, on generated clauses and corpus and bulk lines;
and whens with the twins (gates on) as with regex's own (gates off: every clause read, every test tried)."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from plan_parser.parse import deadlines, gates
from plan_parser.parse import patterns as P
from plan_parser.parse.deadlines import Context, whens
from twins_alike import assert_read_alike

# the names deadlines.whens and _baseline ask through rx()
TWINNED = ["DEADLINE_DATE", "FIVE_YEAR_PLAN", "ANNUAL", "DEADLINE_SPAN", "DEADLINE_THIS_YEAR", "DEADLINE_MONTH", "DEADLINE_QUARTER",
           "BASELINE_BEFORE", "BASELINE_AFTER"]
# what the period and baseline patterns are made of: digits of two widths, their ranges, 年 月 日 and tails,
# 十四五 and its quotes, spans, this-year words, recurrences, what a baseline opens or closes with; spaces
# (\s: U+3000, and \x1c, which re's \s takes and regex's does not), a full-width digit, a newline before $
PIECES = ["2025", "2021", "1999", "—", "至", "到", "~", "年", "月", "日", "6", "30", "１", "底", "末", "前", "内", "起",
          "以前", "之前", "度", "十四五", "十三五", "”", "“", "规划", "期间", "时期", "用", "利用", "毕业", "5", "三", "两",
          "十", "左右", "时间", "之内", "的", "今", "明", "当", "本", "全", "每", "逐", "一", "青", "完成", "较", "比",
          "相比", "自", "截至", "截止", "于", "以来", "同期", "水平", "基础上", " ", "\u3000", "\x1c", "\n", "，", "。",
          "季度", "半", "上", "下", "第", "前三", "各", "分"]


def _read_alike(view: str) -> None:
    for name in TWINNED:
        assert_read_alike(name, getattr(P, name), getattr(gates.as_read(), name), view, ("finditer", "match", "search"))


def test_the_patterns_as_read_switch_with_the_gates():
    """deadlines and not_target_rules read their most-asked patterns through gates.as_read: re twins
    with the gates on (each of those named here a twin), regex's own with them off."""
    from plan_parser.parse import not_target_rules
    from test_targets_numbers_fast import RULE_TWINNED

    assert deadlines.rx is not_target_rules.rx is gates.as_read
    assert gates.ENABLED and all(isinstance(getattr(gates.as_read(), name), re.Pattern)
                                 for name in (*TWINNED, *RULE_TWINNED))
    gates.switch(False)
    try:
        assert gates.as_read() is P
    finally:
        gates.switch(True)


@settings(max_examples=400, deadline=None)
@given(view=st.lists(st.sampled_from(PIECES), max_size=9).map("".join))
def test_period_patterns_read_by_re_as_by_regex(view):
    _read_alike(view)


def test_period_patterns_named_cases():
    for view in ("到2025年底前", "2021—2025年", "2023年6月30日前", "较2019年增长", "是2019年的113.7%", "截至 2022年底",
                 "自2017年以来", "“十四五”期间", "力争用3-5年时间", "毕业2年内", "6月底前", "今年", "2022年全年", "每年"):
        _read_alike(view)


def _whens_both(view: str, ctx: Context) -> None:
    on = whens(view, view, 0, len(view), ctx)
    gates.switch(False)
    try:
        off = whens(view, view, 0, len(view), ctx)
    finally:
        gates.switch(True)
    assert on == off, view


@settings(max_examples=300, deadline=None)
@given(view=st.lists(st.sampled_from(PIECES), max_size=9).map("".join), year=st.sampled_from([None, 2020, 2023]))
def test_whens_by_the_twins_as_by_regex(view, year):
    _whens_both(view, Context(year=year, since=year))


def test_period_patterns_on_corpus_and_bulk_lines():
    from conftest import BULK, CORPUS, need
    need(CORPUS / "raw")
    paths = sorted((CORPUS / "raw").glob("*.txt")) + (sorted(BULK.glob("*.txt"))[::6] if BULK.is_dir() else [])
    seen = 0
    for path in paths:
        for line in P.fold(path.read_text(encoding="utf-8")).splitlines():
            if P.ANY_PERIOD.search(line):
                for name in TWINNED:
                    rx, twin = getattr(P, name), getattr(gates.as_read(), name)
                    assert [m.regs for m in rx.finditer(line)] == [m.regs for m in twin.finditer(line)], (name, line)
                _whens_both(line, Context(year=2023, since=2023))
                seen += 1
    assert seen > 1000
