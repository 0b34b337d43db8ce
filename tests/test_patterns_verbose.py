"""The verbose rewrite of ``parse/patterns`` (issue 9) changed how the patterns read, not what they
match: each pattern, compiled from its source now and from the one-line source frozen from main
(tests/fixtures/patterns_before.json, made once by tests/pattern_sources.py), gives the same
parse tree (regex's DEBUG dump), the same groups, and the same matches (spans and groups) on the
corpus and bulk texts."""
from __future__ import annotations

import contextlib
import io
import json

import pytest
import regex

from conftest import BULK, CORPUS, need
from pattern_sources import FROZEN, pattern_sources

from plan_parser.parse.patterns import fold

BEFORE = json.loads(FROZEN.read_text(encoding="utf-8"))
NOW = pattern_sources()
WINDOW = 600  # long one-line copies are read in windows of this many characters
BULK_STEP = 7  # every 7th line of the bulk set (all of the corpus): ~3 s for every pattern


def _compiled(source: dict):
    return regex.compile(source["pattern"], source["flags"])


def _tree(source: dict) -> str:
    """regex's dump of the parsed pattern: whitespace and comments of verbose mode leave no trace."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        regex.compile(source["pattern"], source["flags"] | regex.DEBUG)
    return out.getvalue()


def test_no_pattern_was_dropped_or_renamed():
    assert set(BEFORE) - set(NOW) == set()


@pytest.mark.parametrize("key", sorted(BEFORE))
def test_the_same_parse_tree_and_groups(key):
    old, new = BEFORE[key], NOW[key]
    assert _tree(new) == _tree(old)
    a, b = _compiled(old), _compiled(new)
    assert (b.groups, b.groupindex) == (a.groups, a.groupindex)
    assert b.flags & ~regex.VERBOSE == a.flags & ~regex.VERBOSE


def test_verbose_mode_traps_as_this_rewrite_relies_on_them():
    """What regex's VERBOSE does with the characters our patterns hold (checked, not assumed)."""
    x = regex.VERBOSE
    assert regex.fullmatch("a b", "ab", x)  # an ASCII space outside a set is dropped ...
    assert regex.fullmatch("a\u3000b", "ab", x)  # ... and so is an ideographic (or any Unicode) space
    assert regex.fullmatch("a[ ]b", "a b", x) and regex.fullmatch(r"a\x20b", "a b", x)  # kept so
    assert regex.fullmatch("[\\p{Han} ]+", "济 南", x)  # a space inside a set is kept
    assert regex.fullmatch("[#]", "#", x) and regex.fullmatch(r"\#", "#", x)  # '#' in a set or escaped
    assert regex.fullmatch("a#b", "a", x)  # else '#' opens a comment


def _lines() -> list[str]:
    lines = []
    for path in sorted((CORPUS / "raw").glob("*.txt")):
        lines += path.read_text(encoding="utf-8").splitlines()
    for path in sorted(BULK.glob("*.txt")):
        lines += path.read_text(encoding="utf-8", errors="replace").splitlines()[::BULK_STEP]
    out = []
    for line in lines:
        for at in range(0, max(len(line), 1), WINDOW):
            out.append(fold(line[at:at + WINDOW + 80]))  # the view the patterns run on; windows overlap
    return out


def _found(pattern, lines: list[str]) -> list:
    found = []
    for i, line in enumerate(lines):
        for m in pattern.finditer(line):
            found.append((i, [m.span(g) for g in range(pattern.groups + 1)]))
    return found


def test_the_same_matches_on_the_corpus_and_bulk_texts():
    need(CORPUS / "raw")
    need(BULK)
    lines = _lines()
    changed = [key for key in BEFORE if BEFORE[key] != NOW[key]]
    differ = [key for key in changed if _found(_compiled(BEFORE[key]), lines) != _found(_compiled(NOW[key]), lines)]
    assert differ == []
