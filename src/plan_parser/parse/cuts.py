"""Targets stage, its cuts: a paragraph's view (str) -> the masked view (``mask``), its sentences and clauses (spans).

A sentence is a run of what SENTENCE_SPLIT does not match, a clause a run of what SEGMENT_SPLIT
does not match, kept whole across commas inside brackets; quotes, titles and 〔years〕 are
blanked out first, so that their numbers are not read.
"""
from __future__ import annotations

import functools
import re

from . import gates
from . import patterns as P
from .lazy_regex import twin
from .pattern_store import compiled_re


def mask(view: str) -> str:
    """Quotes, titles and 〔years〕 blanked out (same length), so their numbers are not read."""
    splits = cuts()
    if not splits.any_masked.search(view):
        return view
    return splits.masked.sub(_blank, view)


def _blank(m) -> str:
    return "□" * (m.end() - m.start())


class Cuts:
    """The sentence and clause cuts as patterns of what lies between them (one finditer, each
    match a span, no empty ones), read off SENTENCE_SPLIT and SEGMENT_SPLIT (each one class):
    ``part`` a sentence, a run of what SENTENCE_SPLIT does not match; ``clause`` a run of what
    SEGMENT_SPLIT does not match, ``cut`` one that it matches; ``wanted`` a character of ANY_NUMBER or ANY_PERIOD (what a
    sentence must hold for scan to read it), one class tried in one pass; ``number`` ANY_NUMBER's
    characters, ``any_number`` and ``any_period`` its pattern and ANY_PERIOD's; ``any_masked`` and ``masked`` what ``mask`` blanks."""

    def __init__(self) -> None:
        stop, cut = _class_body(P.SENTENCE_SPLIT), _class_body(P.SEGMENT_SPLIT)
        wanted = "".join(map(re.escape, sorted(gates.any_of(P.ANY_NUMBER) | gates.any_of(P.ANY_PERIOD))))
        self.wanted = compiled_re(f"[{wanted}]")
        self.number = gates.any_of(P.ANY_NUMBER)
        # ANY_NUMBER and ANY_PERIOD (each one class): a clause's two quick tests; ANY_MASKED and
        # MASKED (verbose): searched ~1.5x faster. All four compiled by re (lazy_regex.twin)
        self.any_number, self.any_period = twin(P.ANY_NUMBER), twin(P.ANY_PERIOD)
        self.any_masked = twin(P.ANY_MASKED)
        self.masked = twin(P.MASKED)
        self.part = compiled_re(f"[^{stop}]+")
        self.clause = compiled_re(f"[^{cut}]+")
        self.cut = compiled_re(f"[{cut}]")  # (one cut is one character: cut_clauses counts on it)


def re_twin(rx):
    """``rx`` compiled by re, looser: ``lazy_regex.twin(rx, loose=True)`` (\\p{Han}, which re has
    not, read as any character): a quick test before the pattern itself. Used only for patterns
    with no look-around or negated class for the looser reading to turn (tests compare)."""
    return twin(rx, loose=True)


def _class_body(rx) -> str:
    """The inside of a one-class pattern ``[...]`` (a split; tests/test_targets_fast.py compares the cuts)."""
    assert rx.pattern.startswith("[") and rx.pattern.endswith("]") and "^" not in rx.pattern, rx.pattern
    return rx.pattern[1:-1]


@functools.cache
def cuts() -> Cuts:
    return Cuts()


def cut_clauses(view: str, a: int, b: int) -> list[tuple[int, int]]:
    """The sentence's clauses, cut at commas and colons outside brackets: (第一期规模100亿元,
    省财政安排贴息资金1亿元) stays in the clause it explains. (One split of the sentence, each
    cut one character, the spans counted off its pieces: ~15k sentences, ~4 clauses each; a
    finditer made a match a clause. A clause's bracket depth is its pieces' sum: the cuts hold
    no bracket.)"""
    pieces = cuts().cut.split(view[a:b])
    spans: list[tuple[int, int]] = []
    pos = a
    if view.find("(", a, b) < 0:  # the view is folded: （ is (
        for piece in pieces:
            if piece:  # (two cuts in a row: an empty piece, no clause)
                spans.append((pos, pos + len(piece)))
            pos += len(piece) + 1
        return spans
    depth = 0  # the last clause's: its ( less its )
    for piece in pieces:
        if piece:
            if depth > 0:  # inside a bracket: the piece joins the clause before it
                spans[-1] = (spans[-1][0], pos + len(piece))
                depth += piece.count("(") - piece.count(")")
            else:
                spans.append((pos, pos + len(piece)))
                depth = piece.count("(") - piece.count(")")
        pos += len(piece) + 1
    return spans
