"""``fold`` (the folded view every pattern runs on) is ``str.translate`` over the FOLD table:
one character for one, each by the table, what a per-character ``re.sub`` would give."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from plan_parser.parse.patterns import FOLD, fold

_KEYS = "".join(map(chr, FOLD))
_ANY = re.compile("[" + re.escape(_KEYS) + "]")


def _by_sub(s: str) -> str:
    mapped = {chr(k): (v if isinstance(v, str) else chr(v)) for k, v in FOLD.items()}
    return _ANY.sub(lambda m: mapped[m.group()], s)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.one_of(st.sampled_from(_KEYS), st.characters()), max_size=60))
def test_fold_maps_each_character_by_the_table(s):
    folded = fold(s)
    assert len(folded) == len(s)  # offsets in the view are offsets in the text
    assert folded == _by_sub(s)


def test_fold_of_a_real_clause():
    assert fold("（責任單位：市發展改革委　）") == "(责任单位:市发展改革委 )"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.one_of(st.sampled_from(_KEYS), st.sampled_from("。，的\n "), st.characters()), max_size=80))
def test_fold_equals_translate_over_the_table(s):
    """fold (a scan for foldable characters, then one replace each) is ``str.translate(FOLD)``:
    repeated and neighbouring keys, line breaks and any other character alike."""
    assert fold(s) == s.translate(FOLD)


def test_no_folded_character_is_a_key():
    """The replacements never chain (a folded character folded again) because none is a key."""
    values = {v if isinstance(v, str) else chr(v) for v in FOLD.values()}
    assert not values & set(map(chr, FOLD)) and all(len(v) == 1 for v in values)
