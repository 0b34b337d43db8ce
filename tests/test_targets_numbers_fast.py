"""The targets stage's per-number shortcuts (issue 13) give what the plain code gives: TARGET_NUMBER's
matches read by re (numbers._target_numbers), on generated clauses and on every corpus and bulk line."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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
