"""The targets stage's fast paths (issue 13) give what the plain forms give: a Found made from its
fields at once is the dataclass its __init__ makes, and the shortcuts of the per-sentence pass
answer as the general code does."""
from __future__ import annotations

import dataclasses

import pytest

from plan_parser.parse.numbers import Number
from plan_parser.parse.targets import Found, _new_found, scan

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
