"""Targets stage, its gates: a pattern -> the characters every match of it must hold (``needs``)
or start with (``starts``), read off the pattern's own text, so that a clause that lacks them
is not searched at all (most clauses hold no 补贴, no 按, no 年: a set look-up, not a search).

The gate is derived, not written by hand: the pattern is parsed (Python's own regular
expression parser) and walked. ``needs``: a literal or a small class that every match must
pass through (for an alternation, one such set per branch, joined); ``starts``: the
characters a match can begin with, and whether it can begin with a space (``\\s*以上``).
Whatever the walk cannot bound (``\\p{Han}``, ``\\d``, ``.``, a negated class, an empty
match) gives no gate: the pattern is then always tried. So a gate can only ever skip a
search that could not have matched: the output is the same with or without gates
(tests/test_gates.py checks both on generated and real clauses).
"""
from __future__ import annotations

import functools
import re

from . import patterns as P
from .gate_walk import one_class, parse, seq_first, seq_needs, seq_needs_all
from .pattern_store import compiled_re


def needs(rx) -> frozenset[str] | None:
    """Characters one of which every match of ``rx`` holds; None when there is no such bound."""
    return _needs(rx.pattern, int(_flags(rx)))


def starts(rx) -> tuple[frozenset[str], bool] | None:
    """The characters a match of ``rx`` can start with, and whether a space can start it; None
    when a match can be empty or start with anything."""
    return _starts(rx.pattern, int(_flags(rx)))


def needs_all(rx) -> tuple[frozenset[str], ...]:
    """Every bounded set one of whose characters a match of ``rx`` must hold (``needs`` is the
    smallest of them): 5年时间/5年内 (DEADLINE_SPAN) needs a 年 and a 时, 内 or 之."""
    return _needs_all(rx.pattern, int(_flags(rx)))


@functools.cache
def _needs_all(pattern: str, flags: int) -> tuple[frozenset[str], ...]:
    tree = parse(pattern, flags)
    found = [] if tree is None else seq_needs_all(tree)
    return tuple(dict.fromkeys(frozenset(f) for f in found if f))


def opens(rx) -> tuple[frozenset[str], bool] | None:
    """The characters a non-empty match of ``rx`` can start with, and whether a space can start
    it (``starts`` for a pattern that may also match empty); None when unbounded."""
    return _opens(rx.pattern, int(_flags(rx)))


@functools.cache
def _opens(pattern: str, flags: int) -> tuple[frozenset[str], bool] | None:
    tree = parse(pattern, flags)
    found = None if tree is None else seq_first(tree)
    return None if found is None else (frozenset(found[0]), found[1])


def ends(rx) -> tuple[frozenset[str], bool] | None:
    """The characters a match of ``rx`` can end with, and whether a space can end it; None when
    a match can be empty or end with anything (``starts`` read from the pattern's end)."""
    return _ends(rx.pattern, int(_flags(rx)))


def may_start(gate: tuple[frozenset[str], bool] | None, view: str, i: int) -> bool:
    """Whether a match of the pattern gated by ``gate`` can start at ``view[i]``."""
    if gate is None or not ENABLED:  # (switched off: every pattern tried, see ``switch``)
        return True
    c = view[i:i + 1]
    return c in gate[0] or (gate[1] and c.isspace())


def _flags(rx) -> int:
    how = getattr(rx, "_how", None)  # a lazy pattern not compiled yet (lazy_regex)
    return how[0] if how else rx.flags


@functools.cache
def _needs(pattern: str, flags: int) -> frozenset[str] | None:
    tree = parse(pattern, flags)
    found = None if tree is None else seq_needs(tree)
    return frozenset(found) if found else None


@functools.cache
def _starts(pattern: str, flags: int) -> tuple[frozenset[str], bool] | None:
    tree = parse(pattern, flags)
    found = None if tree is None else seq_first(tree)
    if found is None or found[2]:  # unbounded, or a match may be empty
        return None
    return frozenset(found[0]), found[1]


@functools.cache
def _ends(pattern: str, flags: int) -> tuple[frozenset[str], bool] | None:
    tree = parse(pattern, flags)
    found = None if tree is None else seq_first(tree, last=True)
    if found is None or found[2]:
        return None
    return frozenset(found[0]), found[1]


ENABLED = True  # tests switch the gates off (``switch``) to compare with every pattern tried


def any_of(rx) -> frozenset[str] | None:
    """The characters of a pattern that is one class (``[0-9十百千万亿翻]``): a text holds a match
    of it exactly when it holds one of them. None for any other pattern."""
    tree = parse(rx.pattern, int(_flags(rx)))
    found = None if tree is None else one_class(tree)
    return frozenset(found) if found else None


class _All:
    """The gate of a pattern with none: every text may hold a match."""

    def isdisjoint(self, _) -> bool:
        return False


ALL = _All()


class Table:
    """Named patterns' gates, derived on first use (importing parses nothing): ``T.NAME`` the
    characters one of which a span needs to hold a match of the pattern (``T.NAME.isdisjoint(chars)``:
    no match), ``T.NAME_exact`` whether holding one is a match (a one-class pattern), with
    ``chars`` a span's ``characters``; ``holds`` asks both, and searches only when they can't say."""

    def __init__(self, **patterns):
        self._patterns = patterns
        self._gates: dict[str, tuple] = {}  # name -> (its characters, exact, the pattern), for holds
        _TABLES.append(self)

    def __getattr__(self, name: str):  # only before the first use: then the attributes are set
        if name.startswith("_"):
            raise AttributeError(name)
        self._derive()
        try:
            return self.__dict__[name]
        except KeyError:  # (a name no pattern of the table has: hasattr and its kind ask)
            raise AttributeError(name) from None

    def holds(self, name: str, chars: set[str], view: str, a: int, b: int) -> bool:
        """Whether ``view[a:b]`` (its gate characters ``chars``) holds a match of pattern ``name``:
        no search where the gate says none can, none where holding one character is a match."""
        gate = self._gates.get(name)
        if gate is None:
            self._derive()
            gate = self._gates[name]
        need, exact, rx = gate
        if need.isdisjoint(chars):
            return False
        return exact or rx.search(view, a, b) is not None

    def characters(self, view: str, a: int, b: int) -> set[str]:
        """The characters of ``view[a:b]`` this table's gates look up (``characters`` by the class of
        this table's characters alone: fewer to collect than every table's); every table's when some
        gate is unbounded (or switched off)."""
        own = self.__dict__.get("_own")
        if own is None:
            sets = self.sets()
            own = self.__dict__["_own"] = None if any(x is ALL for x in sets) else class_of(frozenset().union(*sets))
        return characters(view, a, b) if own is None else set(own.findall(view, a, b))

    def sets(self) -> list:
        """Every set of characters this table's gates look up (``ALL`` for a pattern with no gate)."""
        return [getattr(self, n) for n in self._patterns] + [x for n in self._patterns for x in getattr(self, n + "_also")]

    def _derive(self) -> None:
        for name, rx in self._patterns.items():
            exact = any_of(rx) if ENABLED else None
            chars = (exact or needs(rx)) if ENABLED else None
            self.__dict__[name] = ALL if chars is None else chars
            self.__dict__[name + "_exact"] = exact is not None
            self._gates[name] = (self.__dict__[name], exact is not None, rx)
            # the other sets a match needs one character of, each (``NAME_also``; () when none)
            self.__dict__[name + "_also"] = tuple(f for f in needs_all(rx) if f != chars) if chars else ()

    def _reset(self) -> None:
        self._gates.clear()
        self.__dict__.pop("_own", None)
        for name in self._patterns:
            self.__dict__.pop(name, None)
            self.__dict__.pop(name + "_exact", None)
            self.__dict__.pop(name + "_also", None)


_TABLES: list[Table] = []
_TRIGGERS: list = []  # the one class of every table's characters, made on first use


def characters(view: str, a: int, b: int) -> set[str]:
    """The characters of ``view[a:b]`` that some gate looks for: one scan of one class (a set of
    the whole span would cost a string object per character)."""
    return set(triggers().findall(view, a, b))


def triggers():
    """The one class of every table's characters (``characters`` is ``set(triggers().findall(...))``,
    for a caller that reads many spans)."""
    if not _TRIGGERS:
        _TRIGGERS.append(class_of(frozenset().union(*(
            getattr(t, name) for t in _TABLES for name in t._patterns if getattr(t, name) is not ALL), *(
            also for t in _TABLES for name in t._patterns for also in getattr(t, name + "_also")))))
    return _TRIGGERS[0]


def as_read():
    """The patterns as the stages read those they ask most: by their re twins where re reads them
    alike (lazy_regex.Twins of the patterns package, ~half regex's cost a call on a clause) with the
    gates on; regex's own (the package itself) with them off, so that the tests that switch the
    gates off compare every twin with its pattern."""
    return _TWINS if ENABLED else P


_TWINS = P.RE


def switch(on: bool) -> None:
    """Gates on (the default) or off (every pattern tried: what the gates must not change)."""
    global ENABLED
    ENABLED = on
    _TRIGGERS.clear()
    for t in _TABLES:
        t._reset()


def class_of(chars: frozenset[str]):
    """One class of ``chars`` compiled by re (one scan finds any of them), or a pattern that never
    matches for none."""
    return compiled_re("[" + "".join(map(re.escape, sorted(chars))) + "]" if chars else r"(?!)")
