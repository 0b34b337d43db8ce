"""Build stage, validation: an item's data (dicts) -> its ``Item`` model, every unit of equal value one ``Unit``.

A notice names few units many times: each task repeats the units of its clauses and of the
headings above it, so the 12.5 M-character synthetic notice holds ~245,000 units of ~110 values.
Validated one by one, each would be a model of its own (its field dict, its set of fields set,
its list of roles, each role a model too: ~560 bytes); here the units of one value are one model,
made once per parse and then handed to pydantic as it is (an instance of the field's class is
not validated again). ``Unit`` and ``RoleIn`` are frozen, so a unit shared by two items cannot
be changed through one of them.
"""
from __future__ import annotations

from .. import models as M

UNIT_LISTS = ("units", "rule_units", "prose_units")  # an item's lists of units


class SharedUnits:
    """The ``Unit`` models of one parse, one per value (name, role, qualifier, source, roles)."""

    __slots__ = ("made",)

    def __init__(self) -> None:
        self.made: dict[tuple, M.Unit] = {}

    def item(self, item: dict) -> M.Item:
        """``Item.model_validate(item)``, its units (its children's too) the shared models."""
        stack = [item]
        while stack:
            it = stack.pop()
            for key in UNIT_LISTS:
                if it[key]:
                    it[key] = self.units(it[key])
            for clause in it["clauses"]:
                if clause["units"]:
                    clause["units"] = self.units(clause["units"])
            stack.extend(it["children"])
        return M.Item.model_validate(item)

    def units(self, units: list[dict]) -> list[M.Unit]:
        """The shared model of each unit (validated from the first dict of its value)."""
        made = self.made
        out = []
        for u in units:
            roles = u.get("roles")
            key = (u["name"], u["role"], u.get("qualifier"), u.get("source", "clause"),
                   tuple([(r["role"], r.get("clause")) for r in roles]) if roles else ())
            model = made.get(key)
            if model is None:
                model = made[key] = M.Unit.model_validate(u)
            out.append(model)
        return out
