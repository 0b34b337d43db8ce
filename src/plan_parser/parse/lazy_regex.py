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
