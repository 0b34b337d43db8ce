"""Build stage, the 任务分工表: ``DivisionRow``s -> clauses joined to the plan's task dicts, or tasks of their attachment."""
from __future__ import annotations

from .division import DivisionRow, by_order, joined
from .elements import block, span
from .sharing import SharedUnits
from .targets import Context, resolve
from .units import leaf_items, union, with_roles


def join_divisions(divisions: list[tuple[dict, list[DivisionRow]]], plans: list[dict],
                   ctx: Context, ids: dict[str, int], shared: SharedUnits) -> None:
    """Each row of an attached 任务分工表 joins the plan's task it names (by its text, or
    by its number when one task alone has it); a row that joins none stands as a task of
    the attachment. Units are the ``shared`` models, as the items' (sharing.py)."""
    if not divisions:  # (most notices attach none: their tasks are not listed for nothing)
        return
    leaves = [leaf for p in plans for top in p["sections"] for leaf in leaf_items(top)]
    for att, rows in divisions:
        in_order = by_order(rows, leaves)
        for row in rows:
            clause = _row_clause(row)
            item = joined(row, leaves) or (leaves[row.number - 1] if in_order else None)
            if item is None:
                att["sections"].append(_row_item(row, att["number"], clause, ctx, ids, shared))
                continue
            clause_no = len(item["clauses"])
            item["clauses"].append(clause)
            units = [u.model_dump() for u in item["units"]]  # (the item's units as data again, for their union)
            item["units"] = shared.units(union(units + with_roles(clause["units"], clause_no)))
            clause["units"] = shared.units(clause["units"])
            if item.get("deadline") is None and row.deadline and (when := resolve(row.deadline, ctx)):
                item["deadline"], item["recurrence"], item["deadline_text"] = when.deadline, when.recurrence, row.deadline


def _row_clause(row: DivisionRow) -> dict:
    units = [{"name": n.name, "role": n.role, "qualifier": n.qualifier, "source": "table"} for n in row.names]
    clause = {"text": row.text, "scope": "table", "span": span(row.lines[0], row.lines[-1]), "units": union(units)}
    if row.deadline is not None:  # (no default given: items.py's _clause)
        clause["deadline_text"] = row.deadline
    return clause


def _row_item(row: DivisionRow, number: int, clause: dict, ctx: Context, ids: dict[str, int],
              shared: SharedUnits) -> dict:
    """A row that joins no task of the plan, as a task of its attachment (path: its 序号)."""
    n = row.number or 0
    key = f"a{number}:{n}"
    ids[key] = ids.get(key, 0) + 1
    when = resolve(row.deadline, ctx) if row.deadline else None
    units = shared.units(with_roles(clause["units"], 0))
    clause["units"] = shared.units(clause["units"])
    return {
        "id": key if ids[key] == 1 else f"{key}~{ids[key]}", "marker": str(n),
        "style": "row", "number": n, "path": [n], "title": row.task.rstrip("。. "), "heading": row.lines[0].text,
        "body": [block(ln) for ln in row.lines[1:] if not ln.blank], "clauses": [clause],
        "units": units, "deadline": when.deadline if when else None,
        "recurrence": when.recurrence if when else None, "deadline_text": row.deadline, "targets": [],
        "children": [], "span": span(row.lines[0], row.lines[-1]), "rule_units": [], "prose_units": [],
    }
