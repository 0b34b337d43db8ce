"""Units stage: the units of an item's clauses -> its ``units`` (each once, with every role
it is given and the clause that gives it), as data for ``models.Unit``."""
from __future__ import annotations


def union(units: list[dict]) -> list[dict]:
    """Units in order of first appearance, without repeats: the first role named is ``role``,
    and ``roles`` gathers every role given (with its clause)."""
    seen: dict[str, dict] = {}
    given: dict[str, set] = {}  # the roles each unit has, as keys: one look-up a role, not a scan
    for u in units:
        first, keys = seen.get(u["name"]), given.setdefault(u["name"], set())
        if first is None:
            first = seen[u["name"]] = dict(u, roles=[])
        for r in u.get("roles", []):
            key = tuple(sorted(r.items()))
            if key not in keys:
                keys.add(key)
                first["roles"].append(r)
    return list(seen.values())


def with_roles(units: list[dict], clause: int | None) -> list[dict]:
    """The units of a clause, each with the role it gives as coming from clause ``clause``
    (None: a clause of a heading above)."""
    out = []
    for u in units:
        roles = [{"role": r["role"], "clause": clause} for r in u.get("roles", [])] or [{"role": u["role"], "clause": clause}]
        out.append(dict(u, roles=list({(r["role"], r["clause"]): r for r in roles}.values())))
    return out


def leaf_items(item: dict):
    """The leaves under an item (as data), in document order."""
    if not item["children"]:
        yield item
        return
    for child in item["children"]:
        yield from leaf_items(child)
