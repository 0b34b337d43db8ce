"""The item builder's shortcuts (issue 13) give the models the plain data gives: a field at its
default left out of an item's or a target's data is the same field validated from its default."""
from __future__ import annotations

import pytest

import plan_parser
from conftest import FIXTURES, SEED, corpus_files
from plan_parser import models as M
from plan_parser.parse import elements, items

TABLES = FIXTURES / "division"  # notices with a 任务分工表 (its rows join the plan's tasks)
NOTICES = [*(corpus_files() or [SEED]), *sorted(TABLES.glob("*.txt"))]


def _dump(doc: M.Document) -> str:
    return doc.model_dump_json()  # every field, spans too


def test_full_target_writes_every_field_of_a_target():
    assert set(elements.full_target({"value": 1, "unit": "个", "comparator": "=", "text": "1个", "span": {}})) \
        == set(M.Target.model_fields)


@pytest.mark.parametrize("path", NOTICES, ids=lambda p: p.stem)
def test_targets_without_their_defaults_are_the_targets_written_in_full(path, monkeypatch):
    slim = plan_parser.extract(path)
    plain = elements.targets
    monkeypatch.setattr(items, "targets", lambda read: [elements.full_target(t) for t in plain(read)])
    assert _dump(slim) == _dump(plan_parser.extract(path))
