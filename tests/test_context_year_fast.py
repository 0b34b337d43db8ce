"""deadlines.context_year's quick searches (issue 13) find what the patterns' own scans find:
``start_year`` is START_YEAR's first match, ``years_named`` YEAR_NAMED's findall, on generated
texts, named cases, every corpus and bulk text, and the premises their comments state."""
from __future__ import annotations

import sys

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from plan_parser.parse import patterns as P
from plan_parser.parse.deadlines import context_year, start_year, years_named

PIECES = ["2023", "2012", "1998", "19", "20", "0", "5", "１", "٣", "年", "起", "\u3000", " ", "\u2003", ".",
          "万元", "深圳", "购物季", "亩", "12000", "20230101", "，", "\n", "x", "-", "2021-2025年"]
TEXT = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)


def _span(m):
    return m.span() if m else None


def _alike(view: str) -> None:
    assert _span(start_year(view)) == _span(P.START_YEAR.search(view)), view
    if start_year(view):
        assert start_year(view).group("y") == P.START_YEAR.search(view).group("y")
    assert years_named(view) == P.YEAR_NAMED.findall(view), view


@settings(max_examples=600, deadline=None)
@given(view=TEXT)
def test_quick_searches_find_what_the_patterns_find(view):
    _alike(view)


@pytest.mark.parametrize("view", [
    "自2012年起实施", "2012 年 起", "2012年年起", "起2012年起", "12012年起", "2012年\n起", "起起2019年起",
    "2023深圳购物季", "2000万元", "12000年", "20230101", "1.2023年", "2020年2021年", "1920年", "2019", "",
])
def test_named_cases(view):
    _alike(view)


def test_every_corpus_and_bulk_text():
    from conftest import BULK, CORPUS, need
    need(CORPUS / "raw")
    seen = 0
    paths = sorted((CORPUS / "raw").glob("*.txt")) + (sorted(BULK.glob("*.txt")) if BULK.is_dir() else [])
    for path in paths:
        view = P.fold(path.read_text(encoding="utf-8", errors="replace"))
        _alike(view)
        seen += len(years_named(view))
    assert seen > 1000


def test_context_year_reads_the_quick_searches():
    assert context_year(None, "本办法自2019年起施行。2023年全国击剑锦标赛") == 2019
    assert context_year(None, "2023年全国击剑锦标赛和2023深圳购物季，2022年") == 2023
    assert context_year("2021-03-01", "2019年起") == 2021


def test_every_space_is_a_space():
    """start_year's premise: str.isspace holds for every character regex's \\s matches."""
    spaces = regex.findall(r"\s", "".join(map(chr, range(sys.maxunicode + 1))))
    assert len(spaces) > 20 and all(c.isspace() for c in spaces)
