"""Test helper: a pattern's re twin (lazy_regex.twin) reads a text as regex's pattern does."""
from __future__ import annotations


def assert_read_alike(name: str, rx, twin, view: str, hows=("match", "search")) -> None:
    """``twin`` answers as ``rx`` on ``view`` from every start, to its end and to an end inside (where
    ``$`` and the look-aheads meet it, as at a clause's end): the same spans of every group, and the
    same named groups; ``hows`` among match, search, fullmatch and finditer."""
    for i in range(len(view) + 1):
        for j in {len(view), (i + len(view)) // 2}:
            for how in hows:
                if how == "finditer":
                    want = [m.regs for m in rx.finditer(view, i, j)]
                    assert want == [m.regs for m in twin.finditer(view, i, j)], (name, view, i, j)
                    continue
                want, got = getattr(rx, how)(view, i, j), getattr(twin, how)(view, i, j)
                assert (want and want.regs) == (got and got.regs), (name, how, view, i, j)
                if want:
                    assert want.groupdict() == got.groupdict(), (name, how, view, i, j)
