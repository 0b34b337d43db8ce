"""Units stage: the units of an item's clauses -> its ``units`` (each once, with every role
it is given and the clause that gives it), as data for ``models.Unit``."""
from __future__ import annotations


def union(units: list[dict]) -> list[dict]:
    """Units in order of first appearance, without repeats: the first role named is ``role``,
    and ``roles`` gathers every role given (with its clause)."""
    seen: dict[str, dict] = {}
    given: dict[str, set] = {}  # the roles each unit has, as keys: one look-up a role, not a scan
    for u in units:
        name = u["name"]
        first = seen.get(name)
        if first is None:
            first = seen[name] = dict(u, roles=[])
            keys = given[name] = set()
        else:
            keys = given[name]
        for r in u.get("roles", ()):  # key: (role, clause) for the usual two keys, else the items in order
            key = (r["role"], r["clause"]) if len(r) == 2 and "role" in r and "clause" in r else tuple(sorted(r.items()))
            if key not in keys:
                keys.add(key)
                first["roles"].append(r)
    return list(seen.values())


def with_roles(units: list[dict], clause: int | None) -> list[dict]:
    """The units of a clause, each with the role it gives as coming from clause ``clause``
    (None: a clause of a heading above)."""
    out = []
    for u in units:
        given = u.get("roles")
        if not given:
            roles = [{"role": u["role"], "clause": clause}]
        else:  # each role once
            roles = list({r["role"]: {"role": r["role"], "clause": clause} for r in given}.values())
        out.append(dict(u, roles=roles))
    return out


def leaf_items(item: dict):
    """The leaves under an item (as data), in document order."""
    if not item["children"]:
        yield item
        return
    for child in item["children"]:
        yield from leaf_items(child)
