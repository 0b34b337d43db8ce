"""Chinese numerals with 万/亿 (parse/numbers.cn_large): the values cn2an, the library
planparse used before, gives for the same words (cn2an.cn2an(s, "smart"); None where it
refuses), so that replacing it changed no target."""
from __future__ import annotations

import pytest

from plan_parser.parse.numbers import _cn_value, cn_large

CN2AN = {
    "一万": 10000, "两万": 20000, "一万五": 15000, "一万五千": 15000, "一万零五百": 10500,
    "十万": 100000, "十五万": 150000, "一百万": 1000000, "一千万": 10000000, "三亿": 300000000,
    "三亿五千万": 350000000, "一亿零五十万": 100500000, "十万亿": 10000000000000,
    "五千亿": 500000000000, "二十亿": 2000000000, "三万二": 32000, "两千五百万": 25000000,
    "一百零五万": 1050000, "九千九百九十九万": 99990000, "一万零一": 10001,
    "一千亿五千万": 100050000000, "一万亿": 1000000000000, "五万五千五百五十五": 55555,
    "两亿": 200000000, "三十万零三": 300003, "一十万": 100000, "一万一百": 10100,
    "两万两千": 22000, "一万零": 10000,
    # refused: repeated scales, two digits in a row (a span: 一二万), a lone scale, 一亿五
    "一万万": None, "一亿亿": None, "一二万": None, "一亿五": None, "万": None, "亿": None,
}


@pytest.mark.parametrize("words", CN2AN)
def test_large_numerals_as_cn2an_read_them(words):
    assert cn_large(words) == CN2AN[words]


def test_a_target_value_is_a_float_or_none():
    assert _cn_value("五十亿") == 5e9
    assert _cn_value("三百") == 300.0
    assert _cn_value("一二万") is None
