"""A notice whose units are shared (parse/sharing.py, issue 13's memory) is the notice validated
the plain way, field for field, on every corpus notice; equal units are one model; each
top item is validated as it is made, or (with a 任务分工表) once the lines are let go of."""
from __future__ import annotations

import gc
import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

import plan_parser
from conftest import FIXTURES, SEED, corpus_files
from plan_parser import models as M
from plan_parser.parse.sharing import SharedUnits

TABLES = FIXTURES / "division"  # notices with a 任务分工表 (its rows join the plan's tasks)


def _dump(model) -> dict:
    return model.model_dump(mode="json")  # spans too (a Span is equal to any Span)


def _plainly(self, units: list[dict]) -> list[M.Unit]:
    return [M.Unit.model_validate(u) for u in units]  # the plain way: each unit a model of its own


@pytest.mark.parametrize("path", [*(corpus_files() or [SEED]), *sorted(TABLES.glob("*.txt"))], ids=lambda p: p.stem)
def test_a_notice_with_shared_units_is_the_notice_validated_plainly(path, monkeypatch):
    shared = plan_parser.extract(path)
    monkeypatch.setattr(SharedUnits, "units", _plainly)
    plain = plan_parser.extract(path)
    assert _dump(shared) == _dump(plain)
    assert len(set(map(id, _units(shared)))) <= len(set(map(id, _units(plain))))


def _units(doc: M.Document):
    stack = [i for p in doc.plans for i in p.sections] + [i for a in doc.attachments for i in a.sections]
    while stack:
        item = stack.pop()
        yield from item.units + item.rule_units + item.prose_units
        for clause in item.clauses:
            yield from clause.units
        stack.extend(item.children)


def test_equal_units_of_a_notice_are_one_frozen_model():
    units = list(_units(plan_parser.extract(SEED)))
    by_value = {}
    for u in units:
        by_value.setdefault(u.model_dump_json(), set()).add(id(u))
    assert len(by_value) < len(units)  # the seed names its units many times
    assert all(len(ids) == 1 for ids in by_value.values())
    with pytest.raises(ValidationError):
        units[0].name = "市财政局"  # shared: no item may change it for the others
    given = next(u for u in units if u.roles)
    with pytest.raises(ValidationError):
        given.roles[0].clause = 9


ROLE = st.sampled_from(["lead", "support", "guide", "responsible"])
ROLE_IN = st.fixed_dictionaries({"role": ROLE, "clause": st.one_of(st.none(), st.integers(0, 3))})
UNIT = st.fixed_dictionaries(
    {"name": st.sampled_from(["市发展改革委", "市财政局", "各区县政府"]), "role": ROLE},
    optional={"qualifier": st.one_of(st.none(), st.sampled_from(["按职责分工", "（区）"])),
              "roles": st.lists(ROLE_IN, max_size=3),
              "source": st.sampled_from(["clause", "table", "prose", "rule"])})


@settings(max_examples=300, deadline=None)
@given(st.lists(UNIT, max_size=12))
def test_shared_units_equal_units_validated_one_by_one(units):
    shared = SharedUnits().units(units)
    assert [_dump(u) for u in shared] == [_dump(M.Unit.model_validate(u)) for u in units]
    for a, b in itertools.combinations(shared, 2):
        assert (a is b) == (_dump(a) == _dump(b))


def _item_dicts() -> int:
    """How many items' data are alive (an item's dict: its span a dict, not a model's ``Span``)."""
    return sum(1 for o in gc.get_objects()
               if type(o) is dict and "heading" in o and type(o.get("span")) is dict and type(o.get("children")) is list)


def _size(data: dict) -> int:
    return 1 + sum(_size(c) for c in data["children"])


def test_with_no_table_each_top_item_is_validated_as_it_is_made(monkeypatch):
    """The data of a whole tree is never held at once: when a top item is validated, its own is
    the only item data alive (those before it are models, those after it not made yet)."""
    held = []
    validate = M.Item.model_validate

    def item(data: dict) -> M.Item:
        held.append((_item_dicts(), _size(data)))
        return validate(data)

    monkeypatch.setattr(M.Item, "model_validate", item)
    doc = plan_parser.extract(SEED)
    assert sum(len(t.sections) for t in doc.plans + doc.attachments) == len(held) > 1
    assert all(alive == size for alive, size in held)


def test_with_a_table_no_line_is_held_while_the_items_are_validated(monkeypatch):
    """A 任务分工表's rows join tasks after every tree is made; the items are validated then, once the
    lines (and the cleaned and folded texts) are let go of."""
    from plan_parser.parse.lines import Line

    alive = []
    validate = M.Item.model_validate

    def item(data: dict) -> M.Item:
        if not alive:
            alive.append(sum(1 for o in gc.get_objects() if type(o) is Line))
        return validate(data)

    monkeypatch.setattr(M.Item, "model_validate", item)
    assert plan_parser.extract(TABLES / "tab_rows.txt").attachments and alive == [0]


def test_the_sharing_key_names_every_field_of_a_unit_and_its_roles():
    """SharedUnits tells units apart by name, role, qualifier, source and each role's role and
    clause: a field added to Unit or RoleIn must join that key, or units differing in it alone
    would be one model."""
    from plan_parser import models as M

    assert set(M.Unit.model_fields) == {"name", "role", "qualifier", "source", "roles"}
    assert set(M.RoleIn.model_fields) == {"role", "clause"}
