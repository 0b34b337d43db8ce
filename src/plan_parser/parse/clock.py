"""Build stage, timing and memory: ``Clock`` (time spent per stage) and ``gc_paused`` (the collector held off)."""
from __future__ import annotations

import gc
import time
from collections import defaultdict
from contextlib import contextmanager, nullcontext

_IDLE = nullcontext()  # the stage of a clock that is off: one shared context, nothing made per call


class Clock:
    """Time spent per stage, summed over a parse (for the benchmark; off by default)."""

    def __init__(self, on: bool = False):
        self.on = on
        self.spent: dict[str, float] = defaultdict(float)

    def stage(self, name: str):
        """A context that adds the time spent in it to stage ``name`` (when the clock is on)."""
        return _Timed(self.spent, name) if self.on else _IDLE


class _Timed:
    """One timed stretch of a stage: a plain context object, cheaper to make than a generator's,
    so that little of the clock's own time falls to the stage around it ("tree and models")."""

    __slots__ = ("spent", "name", "t")

    def __init__(self, spent: dict[str, float], name: str):
        self.spent, self.name = spent, name

    def __enter__(self) -> None:
        self.t = time.perf_counter()

    def __exit__(self, *exc) -> None:
        self.spent[self.name] += time.perf_counter() - self.t


@contextmanager
def gc_paused():
    """The cycle collector paused while a parse allocates its many small objects (it would
    otherwise rescan the growing heap again and again: a 100,000-item notice took 4x longer).

    Afterwards the objects the parse made are moved to the oldest generation as they are
    (``freeze`` then ``unfreeze``: two list splices, no scan), or the first collection after
    the parse would scan the whole Document (13% of the time of a 22 MB notice); a later full
    collection still sees them. The parse leaves no cycles behind (``_unlink``), so nothing
    waits there to be collected. Skipped when the caller keeps frozen objects of its own."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            if not gc.get_freeze_count():
                gc.freeze()
                gc.unfreeze()
            gc.enable()
