"""What a parse leaves behind in the process: no cycles for the collector, the collector's
state as the caller had it, and the same output whatever that state."""
from __future__ import annotations

import gc

import plan_parser
from conftest import SEED
from plan_parser.output.serialize import dumps


def _parse():
    return plan_parser.extract(SEED)


def test_a_parse_leaves_no_cycles_to_collect():
    _parse()  # the first parse loads the dictionary and compiles the patterns
    gc.collect()
    gc.disable()
    try:
        doc = _parse()
        assert gc.collect() == 0  # the item tree's parent links are dropped once it is read
    finally:
        gc.enable()
    assert doc.plans


def test_the_collector_is_left_as_it_was_and_output_is_the_same():
    expected = dumps(_parse(), "json")
    gc.disable()
    try:
        assert dumps(_parse(), "json") == expected
        assert not gc.isenabled()
    finally:
        gc.enable()
    assert gc.get_freeze_count() == 0
    kept = [[1]]  # a caller's own frozen objects stay frozen
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        assert dumps(_parse(), "json") == expected
        assert gc.get_freeze_count() == frozen and gc.isenabled()
    finally:
        gc.unfreeze()
    assert kept
