"""Targets stage, the gates' walk: a pattern's text -> its parse tree (Python's own parser), walked for character sets.

What gates.py derives its gates from: the sets of characters a match must pass through
(``seq_needs``, ``seq_needs_all``), or can start or end with (``seq_first``). Whatever the walk
cannot bound (``\\p{Han}``, ``\\d``, ``.``, a negated class, a wide range) gives None: no gate.
"""
from __future__ import annotations

import functools
import re

import regex

try:  # Python 3.11+
    from re import _constants as C
    from re import _parser as sre
except ImportError:  # pragma: no cover - older Pythons name them so
    import sre_constants as C  # type: ignore[no-redef]
    import sre_parse as sre  # type: ignore[no-redef]

MAX_CLASS = 64  # a class wider than this ([一-龥]) is no gate
_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", C.MAX_REPEAT))
_ZERO_WIDTH = (C.AT, C.ASSERT, C.ASSERT_NOT)
_REGEX_ONLY = re.compile(r"\\[pP]\{[^}]*\}|\\[pP][A-Za-z]")  # \p{Han}: no gate (treated as \w)
_FUZZY = re.compile(r"\{\s*[edis]\s*[<=]")  # regex's fuzzy matching, {e<=1}: no gate


def seq_needs_all(items) -> list[set[str]]:
    """Every bounded set the items' matches pass through (``seq_needs`` is the smallest)."""
    out: list[set[str]] = []
    for op, av in items:
        if op is C.SUBPATTERN and not av[1] & re.IGNORECASE:
            out += seq_needs_all(av[-1])
        elif op is getattr(C, "ATOMIC_GROUP", None):
            out += seq_needs_all(av)
        elif op in _REPEATS and av[0] >= 1:
            out += seq_needs_all(av[2])
        else:
            found = item_needs(op, av)
            if found:
                out.append(found)
    return out


@functools.cache  # (every gate of a pattern reads the same tree: parsed once)
def parse(pattern: str, flags: int):
    """The pattern's parse tree (a tuple of (op, arg)); None for what Python's parser cannot read alike."""
    if flags & (regex.IGNORECASE | regex.VERSION1) or _FUZZY.search(pattern):  # (what Python's parser reads otherwise)
        return None
    try:
        tree = sre.parse(_REGEX_ONLY.sub(r"\\w", pattern), re.VERBOSE if flags & regex.VERBOSE else 0)
    except Exception:  # noqa: BLE001 - syntax only the regex module reads: no gate
        return None
    return None if tree.state.flags & re.IGNORECASE else tuple(tree)


def _class(items) -> tuple[set[str], bool] | None:
    """The characters of a class [..] and whether it holds \\s; None when unbounded."""
    out: set[str] = set()
    space = False
    for op, av in items:
        if op is C.LITERAL:
            out.add(chr(av))
        elif op is C.RANGE and av[1] - av[0] < MAX_CLASS:
            out.update(map(chr, range(av[0], av[1] + 1)))
        elif op is C.CATEGORY and av is C.CATEGORY_SPACE:
            space = True
        else:  # NEGATE, \d, \w, a wide range
            return None
    return out, space


def seq_needs(items) -> set[str] | None:
    """The smallest bounded set among the items every match passes through."""
    best = None
    for op, av in items:
        found = item_needs(op, av)
        if found is not None and (best is None or len(found) < len(best)):
            best = found
    return best


def item_needs(op, av) -> set[str] | None:
    if op is C.LITERAL:
        return {chr(av)}
    if op is C.IN:
        found = _class(av)
        return found[0] if found and not found[1] and found[0] else None
    if op is C.SUBPATTERN:
        return None if av[1] & re.IGNORECASE else seq_needs(av[-1])
    if op is getattr(C, "ATOMIC_GROUP", None):
        return seq_needs(av)
    if op in _REPEATS:
        return seq_needs(av[2]) if av[0] >= 1 else None
    if op is C.BRANCH:
        branches = [seq_needs(b) for b in av[1]]
        return None if any(b is None for b in branches) else set().union(*branches)
    return None


def seq_first(items, last: bool = False) -> tuple[set[str], bool, bool] | None:
    """(characters, space, empty): what a match of the sequence can start with (``last``: end
    with), and whether it can be empty."""
    chars: set[str] = set()
    space = False
    for op, av in (reversed(items) if last else items):
        found = _item_first(op, av, last)
        if found is None:
            return None
        chars |= found[0]
        space |= found[1]
        if not found[2]:
            return chars, space, False
    return chars, space, True


def _item_first(op, av, last: bool = False) -> tuple[set[str], bool, bool] | None:
    if op is C.LITERAL:
        return {chr(av)}, False, False
    if op is C.IN:
        found = _class(av)
        return None if found is None else (found[0], found[1], False)
    if op in _ZERO_WIDTH:
        return set(), False, True
    if op is C.SUBPATTERN:
        return None if av[1] & re.IGNORECASE else seq_first(av[-1], last)
    if op is getattr(C, "ATOMIC_GROUP", None):
        return seq_first(av, last)
    if op in _REPEATS:
        found = seq_first(av[2], last)
        return None if found is None else (found[0], found[1], found[2] or av[0] == 0)
    if op is C.BRANCH:
        branches = [seq_first(b, last) for b in av[1]]
        if any(b is None for b in branches):
            return None
        return (set().union(*(b[0] for b in branches)), any(b[1] for b in branches), any(b[2] for b in branches))
    return None


def one_class(tree) -> set[str] | None:
    """The characters of a parsed pattern that is one class or literal; None for any other."""
    if len(tree) != 1 or tree[0][0] not in (C.IN, C.LITERAL):
        return None
    return item_needs(*tree[0])
