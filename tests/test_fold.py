"""``fold`` (the folded view every pattern runs on) is ``str.translate`` over the FOLD table:
one character for one, each by the table, what a per-character ``re.sub`` would give; and a digit
regex knows but Python cannot read (Garay, Unicode 16) is UNREADABLE_DIGIT."""
from __future__ import annotations

import re
from pathlib import Path

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

import plan_parser
from plan_parser.parse.patterns import FOLD, UNREADABLE_DIGIT, fold

_KEYS = "".join(map(chr, FOLD))
_ANY = re.compile("[" + re.escape(_KEYS) + "]")
GARAY = "".join(chr(0x10D40 + i) for i in range(10))  # digits to regex 2024+, not to Python 3.11's tables
SAMPLE = Path(__file__).resolve().parents[1] / "data" / "raw" / "jinan-2022-shuangchuang.txt"


def _unreadable(c: str) -> bool:
    return not c.isdecimal() and regex.match(r"\d", c) is not None


def _reference(s: str) -> str:
    """``translate(FOLD)``, then each digit Python cannot read as UNREADABLE_DIGIT."""
    return "".join(UNREADABLE_DIGIT if _unreadable(c) else c for c in s.translate(FOLD))


def _by_sub(s: str) -> str:
    mapped = {chr(k): (v if isinstance(v, str) else chr(v)) for k, v in FOLD.items()}
    return "".join(UNREADABLE_DIGIT if _unreadable(c) else c for c in _ANY.sub(lambda m: mapped[m.group()], s))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.one_of(st.sampled_from(_KEYS), st.sampled_from(GARAY), st.characters()), max_size=60))
def test_fold_maps_each_character_by_the_table(s):
    folded = fold(s)
    assert len(folded) == len(s)  # offsets in the view are offsets in the text
    assert folded == _by_sub(s)


def test_fold_of_a_real_clause():
    assert fold("（責任單位：市發展改革委　）") == "(责任单位:市发展改革委 )"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.one_of(st.sampled_from(_KEYS), st.sampled_from("。，的\n 😀𠀀" + GARAY),
                                  st.characters()), max_size=80))
def test_fold_equals_translate_over_the_table(s):
    """fold (a scan for foldable characters, then one replace each) is ``str.translate(FOLD)``:
    repeated and neighbouring keys, line breaks and any other character alike (an emoji or a
    rare Han beyond the BMP stays)."""
    assert fold(s) == _reference(s)


def test_every_digit_regex_knows_in_the_bmp_python_reads():
    """fold looks for unreadable digits beyond the BMP only: none is in it (with this regex and Python)."""
    assert not [c for c in map(chr, range(0x10000)) if _unreadable(c)]


def test_a_notice_with_digits_python_cannot_read_parses():
    """Garay digits where the sample writes numbers, dates and markers: a notice, not a crash
    (int() refused them in numbers, deadlines, the head's date and the tree's markers); the
    text keeps every one, and none is read as a number."""
    text = SAMPLE.read_text(encoding="utf-8")
    odd = "".join(GARAY[int(c)] if c.isascii() and c.isdigit() and k % 3 == 0 else c for k, c in enumerate(text))
    doc = plan_parser.parse_text(odd)
    dumped = doc.model_dump_json()
    assert GARAY[2] in odd and all(t.value is not None for p in doc.plans for t in _targets(p.sections))
    assert sum(dumped.count(g) for g in GARAY) >= 1  # the text keeps them
    assert not any(g in (t.text or "") for p in doc.plans for t in _targets(p.sections) for g in GARAY)


def _targets(items):
    for item in items:
        yield from item.targets
        yield from _targets(item.children)


def test_no_folded_character_is_a_key():
    """The replacements never chain (a folded character folded again) because none is a key."""
    values = {v if isinstance(v, str) else chr(v) for v in FOLD.values()}
    assert not values & set(map(chr, FOLD)) and all(len(v) == 1 for v in values)
