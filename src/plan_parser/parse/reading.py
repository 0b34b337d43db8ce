"""Clauses stage over a region's tree: lines and ``Node``s -> ``Reading`` (every line's clauses,
the group clauses and the items that own them, the prose names of each task no clause gives a unit).

One pass before the items are made (items.py then only looks the answers up): each line read
once (grouping asks about lines before their items are made; a line of 10^5 clauses was read
four times), and the whole of the stage timed as one stretch.
"""
from __future__ import annotations

from dataclasses import dataclass
from itertools import compress
from operator import attrgetter

from .clause_units import clause_word
from .clauses import NO_CLAUSE_WORD, Found, worded_clauses
from .grouping import Groups, group_clauses
from .lines import Line
from .names import Name
from .prose import prose_names
from .tree import Node

Clauses = dict[int, "list[Found] | tuple[Found, ...]"]  # id(line) -> its clauses (clauses.clauses_in)
_VIEW = attrgetter("view")


@dataclass(frozen=True)
class Reading:
    """What the clauses stage read of a tree, by the ids of its lines and nodes."""

    found: Clauses
    group: Groups  # the clauses alone on a group's last line, which apply to the whole group
    owned: dict[int, list[tuple[Line, Found]]]  # id(node) -> the group clauses it owns
    prose: dict[int, list[Name]]  # id(task) -> the units its sentences name, for each task with no unit that has some
    held: frozenset[int] = frozenset()  # the ids of the lines that hold a clause (in most trees none)


def read_tree(lines: list[Line], roots: list[Node]) -> Reading:
    """The clauses of a region's ``lines`` (its tree's, ``roots``), and what they give its items."""
    # clauses_in, its quick test written out: most lines fail it, passed over without a Python step each
    found: Clauses = dict.fromkeys(map(id, lines), NO_CLAUSE_WORD)
    holding = []  # the lines that hold a clause: few, noted as they are read (not looked for among all)
    for ln in compress(lines, map(clause_word().search, map(_VIEW, lines))):
        if fs := worded_clauses(ln.text, ln.view):
            holding.append(id(ln))
        found[id(ln)] = fs
    group = group_clauses(roots, lambda ln: found[id(ln)])
    owned = _by_owner(group)
    prose: dict[int, list[Name]] = {}
    held = frozenset(holding)
    named = {k for k in held if any(f.names for f in found[k])}  # lines a clause of names a unit on
    read = Reading(found, group, owned, prose, held)
    _read_prose(roots, False, read, named)  # (fills read.prose)
    return read


def _read_prose(nodes: list[Node], above: bool, read: Reading, named: set[int]) -> None:
    """The prose names of each task (a leaf) with no unit: none from a clause of its own (a group
    clause is its parent's) nor from one of an item above it. ``above``: one above names a unit;
    ``named``: the lines with a clause that names one (in most trees none, nor any group clause:
    no item's clauses looked at). A task whose sentences name none has no entry."""
    asks = bool(named or read.owned)
    found, prose = read.found, read.prose
    for node in nodes:
        has = above or (asks and _names_a_unit(node, read, named))
        if node.children:
            _read_prose(node.children, has, read, named)
        elif not has and (names := _prose(node, found)):
            prose[id(node)] = names


def _names_a_unit(node: Node, read: Reading, named: set[int]) -> bool:
    """Does a clause the item holds name a unit: one of its own lines' (not a group's line), or a group clause it owns?"""
    if named and any(id(ln) in named and id(ln) not in read.group for ln in (node.line, *node.body)):
        return True
    return bool(read.owned) and any(f.names for _, f in read.owned.get(id(node), ()))


def _prose(node: Node, found: Clauses) -> list[Name]:
    """The units a task's sentences say are responsible: its heading after the marker and its
    paragraphs (a line without a clause word has none: PROSE_HINT's words are clause words)."""
    line = node.line
    names = (prose_names(line.text[node.marker.end:], line.view[node.marker.end:])
             if found[id(line)] is not NO_CLAUSE_WORD else [])
    for ln in node.body:
        if found[id(ln)] is not NO_CLAUSE_WORD and not ln.cell:
            names += prose_names(ln.text, ln.view)
    return names


def _by_owner(group: Groups) -> dict[int, list[tuple[Line, Found]]]:
    """The group clauses by the node that owns them (one look-up an item, not a scan of all)."""
    owned: dict[int, list[tuple[Line, Found]]] = {}
    for ln, owner, found in group.values():
        owned.setdefault(id(owner), []).append((ln, found))
    return owned
