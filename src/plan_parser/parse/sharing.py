"""Build stage, units as models: a unit's data (dict) -> the one ``Unit`` model of its value in the notice.

A notice names few units many times: each task repeats the units of its clauses and of the
headings above it, so the 12.5 M-character synthetic notice holds ~245,000 units of ~110 values.
Validated one by one, each would be a model of its own (its field dict, its set of fields set,
its list of roles, each role a model too: ~560 bytes); here the units of one value are one model,
made once per parse, which the items' data holds and pydantic takes as it is (an instance of the
field's class is not validated again). ``Unit`` and ``RoleIn`` are frozen, so a unit shared by
two items cannot be changed through one of them.
"""
from __future__ import annotations

from .. import models as M


class SharedUnits:
    """The ``Unit`` models of one parse, one per value (name, role, qualifier, source, roles)."""

    __slots__ = ("made",)

    def __init__(self) -> None:
        self.made: dict[tuple, M.Unit] = {}

    def units(self, units: list[dict]) -> list[M.Unit]:
        """The shared model of each unit (validated from the first dict of its value)."""
        if not units:  # (most items' lists: an empty list is as good as a new one)
            return units
        made = self.made
        out = []
        for u in units:
            key = (u["name"], u["role"], u.get("qualifier"), u.get("source", "clause"))
            if roles := u.get("roles"):  # each role's two values after the unit's four (their number tells the roles)
                r = roles[0]
                key += (r["role"], r.get("clause")) if len(roles) == 1 else _flat(roles)
            model = made.get(key)
            if model is None:
                model = made[key] = M.Unit.model_validate(u)
            out.append(model)
        return out


def _flat(roles: list[dict]) -> tuple:
    """``(role, clause, role, clause, …)`` of ``roles``."""
    return tuple([v for r in roles for v in (r["role"], r.get("clause"))])
