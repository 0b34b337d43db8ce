"""Patterns helper: the ``regex`` module, except that ``compile`` returns a pattern compiled on
its first use, so importing ``patterns`` compiles nothing a command does not run.

A ``LazyPattern`` keeps ``.pattern`` (the source, for building other patterns) without compiling.
Its first other attribute compiles it, copies the compiled pattern's methods onto it (later
calls cost what a compiled pattern's do) and puts the compiled pattern itself under its
name in the module that made it, so ``P.NAME`` is then the real pattern (``m.re is P.NAME``
holds) while references taken before (a pattern inside a tuple) keep working. A package that
re-exports its modules' patterns (``patterns/__init__.py``) calls ``rehome`` so that its names
are replaced too.

Compiling is costly at start-up: ``regex`` parses and optimises a pattern in Python (~0.4 ms a
pattern, ~55 ms for the ~140 a notice's parse runs, against ~120 ms for importing the whole
stack). ``pattern_store.keep_compiled`` (the CLI turns it on) keeps what regex's compiler made of each
pattern (``pattern_store.py``) and hands it to regex's C compiler next time.
"""
from __future__ import annotations

import functools
import sys

from . import pattern_store


class LazyPattern:
    def __init__(self, pattern: str, flags: int, kwargs: dict, home: dict):
        self.pattern = pattern
        self._how = (flags, kwargs, home)
        self._homes = [home]  # the namespaces whose name for it becomes the compiled pattern

    def __getattr__(self, name: str):
        if name.startswith("__"):  # copy, pickle and the like probe for these: not the pattern's
            raise AttributeError(name)
        return getattr(self._compile(), name)

    def _compile(self):
        flags, kwargs, _ = self._how
        compiled = pattern_store.compiled(self.pattern, flags, kwargs)
        self.__dict__.update((n, getattr(compiled, n)) for n in _public(type(compiled)))
        for home in self._homes:
            for name, value in list(home.items()):
                if value is self:
                    home[name] = compiled
        return compiled

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r})"


@functools.cache
def _public(kind: type) -> tuple[str, ...]:
    """The public attributes of a compiled pattern (``dir`` of each pattern cost ~0.1 ms a pattern)."""
    return tuple(n for n in dir(kind) if not n.startswith("_"))


def compile(pattern, flags: int = 0, **kwargs) -> LazyPattern:  # noqa: A001 (regex's own name)
    if isinstance(pattern, LazyPattern):  # regex.compile(P.OTHER), as regex takes a compiled pattern
        pattern, flags = pattern.pattern, flags | pattern._how[0]
    return LazyPattern(pattern, flags, kwargs, sys._getframe(1).f_globals)  # the module being imported


def rehome(namespace: dict) -> None:
    """Let ``namespace`` (a package re-exporting lazy patterns) hold each compiled pattern too."""
    for value in namespace.values():
        if isinstance(value, LazyPattern) and all(home is not namespace for home in value._homes):
            value._homes.append(namespace)



def __getattr__(name: str):
    """Everything else (``I``, ``search``, ``escape``…) is the regex module's own."""
    import regex

    return getattr(regex, name)


# --- twins: a pattern compiled by the standard library's re ------------------------------------
# re reads plain syntax (literals, classes, alternations, groups, quantifiers, look-arounds of a
# fixed width) as regex does, and costs less per call (~0.4 µs a match, against ~0.9) and per
# character of a scan for a literal. Three escapes the two read apart are spelled out as regex
# reads them (regex's Unicode data; tests/test_structure_fast.py checks each table against regex
# over every code point): \s is Unicode's White_Space (re's also takes \x1c-\x1f); \d is re's and
# the digits of scripts newer than this Python's Unicode tables; \p{Han} is the Han script.
_SPACE = r"\t-\r\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
_DIGIT = (r"\d\U00010d40-\U00010d49\U000116d0-\U000116e3\U00011bf0-\U00011bf9\U00011de0-\U00011de9"
          r"\U00011f50-\U00011f59\U00016130-\U00016139\U00016d70-\U00016d79\U0001ccf0-\U0001ccf9"
          r"\U0001e4f0-\U0001e4f9\U0001e5f1-\U0001e5fa")
_HAN = (r"\u2e80-\u2e99\u2e9b-\u2ef3\u2f00-\u2fd5\u3005\u3007\u3021-\u3029\u3038-\u303b\u3400-\u4dbf"
        r"\u4e00-\u9fff\uf900-\ufa6d\ufa70-\ufad9\U00016fe2-\U00016fe3\U00016ff0-\U00016ff6"
        r"\U00020000-\U0002a6df\U0002a700-\U0002b81e\U0002b820-\U0002cead\U0002ceb0-\U0002ebe0"
        r"\U0002ebf0-\U0002ee5d\U0002f800-\U0002fa1d\U00030000-\U0003134a\U00031350-\U00033479")
_SPELLED = {"s": _SPACE, "d": _DIGIT, "p{Han}": _HAN}
_SAME = set("tnrfvax0123456789uUAZ") | {c for c in map(chr, range(33, 127)) if not c.isalnum()}  # escapes read alike
_GROUPS = (":", "=", "!", "<=", "<!", "P<", "P=", "#")  # what may follow "(?" (no regex-only group, no inline flag)
_FLAGS = 0x2000 | 32  # regex's V0 and UNICODE: what it sets on a plain pattern itself
_VERBOSE = 64  # regex.X (and re.X): the one flag a twin may have


def twin(rx, loose: bool = False):
    """``rx`` (a pattern of regex, compiled or lazy, or its source) compiled by the standard
    library's re, reading every text as regex reads it; ValueError for a pattern that uses what
    only regex reads, or that re cannot compile (a lookbehind of varying width): keep regex then.
    ``loose``: \\p{Han} outside a class read as any character (``.``, with re.S), a looser pattern
    for a quick test before ``rx`` itself (only where no look-around or negated class turns it)."""
    source, flags = (rx, 0) if isinstance(rx, str) else (rx.pattern, _flags(rx))
    return _twin(source, flags, loose)


def twin_or_same(rx):
    """``rx``'s ``twin`` where re reads it alike, else ``rx`` itself."""
    try:
        return twin(rx)
    except ValueError:
        return rx


def _flags(rx) -> int:
    how = getattr(rx, "_how", None)
    return how[0] if how is not None else rx.flags & ~_FLAGS


@functools.lru_cache(maxsize=256)
def _twin(source: str, flags: int, loose: bool):
    import re

    if flags & ~_VERBOSE:
        raise ValueError(f"flags re may read otherwise: {flags}")
    try:
        how = (re.X if flags & _VERBOSE else 0) | (re.S if loose else 0)
        return pattern_store.compiled_re(_spelled(source, bool(flags & _VERBOSE), loose), how)
    except re.error as err:
        raise ValueError(f"re cannot compile {source!r}: {err}") from None


def _spelled(source: str, verbose: bool, loose: bool) -> str:
    """``source`` with \\s, \\d and \\p{Han} spelled out (``_SPELLED``), in a class or as one; a
    verbose pattern's comments kept as they are. ValueError for anything only regex reads."""
    out: list[str] = []
    i, n, inside = 0, len(source), False
    while i < n:
        ch = source[i]
        if ch == "\\":
            i = _escape(source, i, inside, loose, out)
            continue
        if inside:
            if ch == "[" or source.startswith(("--", "&&", "||", "~~"), i):
                raise ValueError("a set inside a set, or set operations")
            inside = ch != "]"
        elif ch == "[":
            inside = True
            k = i + 1 + source.startswith("^", i + 1)
            k += source.startswith("]", k)  # a ] first in a class is itself
            out.append(source[i:k])
            i = k
            continue
        elif verbose and ch == "#":
            end = source.find("\n", i)
            end = n if end == -1 else end
            out.append(source[i:end])
            i = end
            continue
        elif verbose and ch.isspace() and ch not in " \t\n\r\x0b\x0c":
            raise ValueError("white space regex's verbose mode drops and re's keeps")
        elif source.startswith("(?", i) and not source.startswith(_GROUPS, i + 2):
            raise ValueError(f"a group only regex reads: {source[i:i + 4]!r}")
        elif ch in "*+?}" and source.startswith("+", i + 1):
            raise ValueError("a possessive quantifier")
        out.append(ch)
        i += 1
    return "".join(out)


def _escape(source: str, i: int, inside: bool, loose: bool, out: list[str]) -> int:
    """The escape at ``i`` written to ``out`` as re reads it as regex does; the index after it."""
    ch = source[i + 1:i + 2]
    name = "p{Han}" if source.startswith("p{Han}", i + 1) else ch
    if name in ("s", "d", "p{Han}"):
        body = "." if loose and name == "p{Han}" and not inside else _SPELLED[name]
        out.append(body if inside or body == "." else f"[{body}]")
        return i + 1 + len(name)
    if ch in ("S", "D") and not inside:
        out.append(f"[^{_SPELLED[ch.lower()]}]")
        return i + 2
    if ch not in _SAME:
        raise ValueError(f"an escape re reads otherwise: \\{ch}")
    out.append(source[i:i + 2])
    return i + 2


class Twins:
    """A namespace's patterns by name (``Twins(P).QUALIFIER``), each its re ``twin`` where it reads
    alike, else the pattern itself; made on first use, then an attribute like any other. For the
    patterns a stage calls thousands of times on short texts (a name, a clause, a cell), where the
    call itself is most of the cost."""

    def __init__(self, namespace):
        self._namespace = namespace

    def __getattr__(self, name: str):
        if name.startswith("_"):
            raise AttributeError(name)
        fast = twin_or_same(getattr(self._namespace, name))
        setattr(self, name, fast)
        return fast
