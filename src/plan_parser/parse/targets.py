"""Targets stage: a paragraph's text -> ``list[Found]`` quantitative targets with deadlines.

A target is a number with a measure word (``400家``, ``1.5万名``, ``30%``, ``3—5个``,
``百分之三十``), its comparator from the words around it (``超过`` ``>``, ``不少于``/``以上``
``>=``, ``左右``/``约`` ``~`` …), what it measures (its *indicator*: the words before it in
its clause, ``高技能人才总量`` in ``高技能人才总量达到50万人``; ``found.py``) and its deadline
(``deadlines.py``). Sentences and clauses are cut, quotes and titles masked, by ``cuts.py``;
a sentence whose digits make no number with a measure word (a date, an ordinal: ``numbers.may_read``)
is read for its periods only.

Deadline scope: a sentence is cut into clauses at commas outside brackets. A period phrase
applies to its own clause and the later clauses of its sentence, until another one; one that
writes a year, opens the paragraph or ends a window also applies to the later sentences and
paragraphs of the item (``carry``, see ``scan``). A recurrence (``每年``) before any number of
its sentence applies to all of the sentence; after one, to its own clause, and to the clauses
after it only when its own clause states no number (``每年落实专项任务，即组织10场…``).
Not targets (``not_target.py``): dates, 文号, ordinals, names and slogans in quotes or 《》,
durations and ages, size classes and thresholds, and the parameters of a policy rule
(subsidies, loans, fees, tax rates, payment shares).
"""
from __future__ import annotations

import functools
import re

from . import gates
from . import patterns as P
from .lazy_regex import twin
from .pattern_store import compiled_re
from .cuts import cut_clauses, cuts, mask
from .deadlines import GATES as DEADLINES_T
from .deadlines import Context, When, context_year, period_loose, resolve, whens
from .found import Found, add_found, indicator_of, make_found
from .not_target import RULE_GATES as RULES_T
from .not_target import parameter_spans, targets_among, without_size_classes
from .numbers import GATES as NUMBERS_T
from .numbers import Number, may_read, read_numbers
from .patterns.targets import PARAMETER_LOOSE

__all__ = ["Context", "Found", "When", "context_year", "find_targets", "resolve", "scan"]


def find_targets(text: str, view: str | None = None, ctx: Context = Context(), skip: int = 0) -> list[Found]:
    """Every target in a paragraph; numbers before offset ``skip`` (a heading's title) are not read."""
    return scan(text, view, ctx, skip)[0]


def scan(text: str, view: str | None = None, ctx: Context = Context(), skip: int = 0,
         carry: When | None = None, head: int = 0) -> tuple[list[Found], When | None]:
    """The paragraph's targets, and the period in force for the paragraphs after it.

    ``carry`` is the period in force where the paragraph starts; ``head`` where its own
    text starts (after an item's marker). A period phrase governs its sentence from where
    it stands, and the sentences and paragraphs after it when it writes a year (``到2025年``),
    opens the paragraph (``到“十四五”末，…。…。``, a list's lead ``到2023年：``) or ends a
    window (``自2022年第二季度起至2023年6月底，…``); see ``_governs_on``."""
    view = P.fold(text) if view is None else view
    out: list[Found] = []
    splits = cuts()
    if not splits.wanted.search(view):  # (ANY_NUMBER or ANY_PERIOD, in one pass)
        return out, carry  # most paragraphs: no number and no period phrase, nothing to scan
    masked = mask(view)
    first = True  # the paragraph's first sentence (may open it, see _governs_on)
    for m in _wanted_sentences().finditer(masked):  # (only the sentences with ANY_NUMBER or ANY_PERIOD)
        a, b = m.span("s")
        if a < 0:
            break  # (the sentences after the last one with a character to read)
        if first and a and splits.part.search(masked, 0, a):
            first = False  # (a sentence with nothing to read came first)
        opening = max(a, head) if first or a <= head else None
        first = False
        # a number character: the first wanted one, or one after it (ANY_NUMBER is one class)
        w = m.start("w")
        if not (masked[w] in splits.number or splits.any_number.search(masked, w + 1, b)):
            carry = _period_only(text, view, masked, (a, b), ctx, carry, opening)  # no number: only its period
        elif may_read(masked, a, b, m.start("d")):
            carry = _sentence(text, view, masked, (a, b), ctx, skip, carry, out, opening)
        else:  # digits, but no number with a measure word (2023年, 第3条): only its clauses' periods
            carry = _clause_periods(text, view, masked, (a, b), ctx, carry, opening)
    return out, carry


@functools.cache
def _wanted_sentences():
    """The sentences ``scan`` reads, in one pass (re): sentences (cuts().part) with no character of
    ANY_NUMBER or ANY_PERIOD (cuts().wanted) passed over with the stops after them, then group ``s``
    a sentence with one, ``w`` its first, ``d`` (empty) where its first character of _DIGIT_BLOCKS
    (which hold every ``\\d`` as regex reads it) or ``w`` stands, so no digit before it; the
    sentences after the last such match without ``s``. (Possessive: each character is read once.)"""
    splits = cuts()
    stop, wanted = splits.part.pattern, splits.wanted.pattern
    assert stop.startswith("[^") and stop.endswith("]+") and wanted.startswith("[") and wanted.endswith("]")
    stop, wanted = stop[2:-2], wanted[1:-1]
    chars = gates.any_of(P.ANY_NUMBER) | gates.any_of(P.ANY_PERIOD)
    assert not any(re.match(f"[{stop}]", c) for c in chars), stop  # (a wanted character is never a stop)
    digit = _DIGIT_BLOCKS
    return compiled_re(f"(?:[^{stop}{wanted}]*+[{stop}]++)*+(?:(?P<s>[^{stop}{wanted}{digit}]*+(?P<d>)"
                      f"[^{stop}{wanted}]*+(?P<w>[{wanted}])[^{stop}]*+)|[^{stop}]*+\\Z)")


# the blocks of Unicode that hold every digit (\d as regex reads it: a test checks each is in them), as
# ranges, which re tests faster than \d's category; no stop among them, and no Han but beyond U+FFFF
# (a Han character there only ends group d early, which stays a place with no digit before it)
_DIGIT_BLOCKS = "0-9\u0660-\u1c59\ua620-\uabf9\uff10-\uff19\U00010000-\U0010ffff"


def _period_only(text: str, view: str, masked: str, ab: tuple[int, int], ctx: Context,
                 carry: When | None, opening: int | None) -> When | None:
    for w in whens(text, view, *ab, ctx):
        if w.deadline and _governs_on(masked, w, opening, ab[0]):
            carry = w
    return carry


def _clause_periods(text: str, view: str, masked: str, ab: tuple[int, int], ctx: Context,
                    carry: When | None, opening: int | None) -> When | None:
    """The period in force after a sentence with no number to read: its clauses' periods, as
    ``_sentence`` reads them (clause by clause) when none of its clauses holds a number."""
    if gates.ENABLED and not period_loose().search(view, *ab):
        return carry  # (no clause of it holds what every period phrase holds)
    period = cuts().any_period.search if gates.ENABLED else None  # (whens finds nothing without 年 月 十: ANY_PERIOD)
    for s, e in cut_clauses(masked, *ab):
        if period and period(view, s, e) is None:
            continue
        for w in whens(text, view, s, e, ctx):
            if w.deadline and _governs_on(masked, w, opening, ab[0]):
                carry = w
    return carry


def _sentence(text: str, view: str, masked: str, ab: tuple[int, int], ctx: Context, skip: int,
              carry: When | None, out: list[Found], opening: int | None) -> When | None:
    """Append the sentence's targets to ``out``; return the period in force after it."""
    clauses = cut_clauses(masked, *ab)
    find, splits = (_clause_class() if gates.ENABLED else gates.triggers()).findall, cuts()  # (gates.characters)
    wanted, number, period = splits.wanted.search, splits.any_number.search, splits.any_period.search
    policy = None  # where numbers set a policy's parameters (parameter_spans), made when a clause first reads one
    dated = carry
    carried: When | None = None  # a recurrence that governs the clauses after its own
    sticky = False  # 每年 before any number of the sentence governs all of it
    first = len(out)
    # (the view's characters are the masked view's where no quote or title was masked)
    same = masked is view or masked[ab[0]:ab[1]] == view[ab[0]:ab[1]]
    on = gates.ENABLED  # (off: every clause read, every test tried, what the quick tests must not change)
    numeral, periodic = splits.number, _T.ANY_PERIOD  # (ANY_NUMBER's and ANY_PERIOD's characters, each one class)
    for s, e in clauses:
        if on and not wanted(masked, s, e) and (same or not wanted(view, s, e)):
            continue  # (no character of a number or a period phrase: neither reads nor finds below)
        if on:  # what the clause's gates look up; ANY_NUMBER's and ANY_PERIOD's characters among them (_clause_class)
            chars = set(find(masked, s, e))
            reads = not numeral.isdisjoint(chars)
            # (a period phrase needs ANY_PERIOD, in the view: read off the masked view's characters where they are the view's)
            dates = not periodic.isdisjoint(chars) if same else period(view, s, e) is not None
            chars = chars if reads else None
        else:
            reads = number(masked, s, e) is not None  # (ANY_NUMBER holds)
            chars = set(find(masked, s, e)) if reads else None
            dates = True  # (gates off: whens asked of every clause)
        # (whens reads its own gate characters unless the masked view's are the view's)
        found = whens(text, view, s, e, ctx, chars if chars is not None and (same or masked[s:e] == view[s:e]) else None
                      ) if dates else []
        if not found and not reads:
            continue  # (a clause with neither a period nor a number to read changes nothing below)
        numbers = _numbers(text, masked, s, e, ctx.since, chars) if reads else []
        if numbers:  # (none in a policy's parameters)
            policy = parameter_spans(masked, *ab, clauses) if policy is None else policy
            numbers = [] if policy and _inside(s, e, policy) else numbers
        if skip and numbers:
            numbers = [n for n in numbers if n.start >= skip]
        if not found and not numbers:
            continue
        dated_here = [w for w in found if w.deadline] if found else found  # (most clauses: no period phrase)
        recurring = [w for w in found if w.recurrence] if found else found
        mine = len(out)  # (the targets before this clause's end before it: see _lower_bound)
        for n in numbers:
            start = n.start
            if dated_here:  # its clause's period before it, else (with no 每年 in the clause) the one after it
                own = [w for w in dated_here if w.start < start] or ([] if recurring else dated_here)
                # a clause's own 每年 outranks a period carried from an earlier clause
                deadline = own[-1] if own else (None if recurring else dated)
            else:
                deadline = None if recurring else dated
            rec = recurring[0] if recurring else carried
            lo = _lower_bound(s, start, found, out, mine) if found or len(out) > mine else s
            indicator = indicator_of(text, view, lo, start, n.end, e)
            add_found(out, make_found(text, view, n, deadline, rec, indicator), view)
        for w in dated_here:
            if _governs_on(masked, w, opening, ab[0]):
                carry = w
        if dated_here:
            dated = dated_here[-1]
            carried, sticky = None, False
        if recurring and dated is None and not any(f.start < recurring[0].start for f in out[first:]):
            carried, sticky = recurring[0], True  # 争取每年参与制订…2—3项…，培育…10个以上
        elif recurring and not numbers:
            carried = recurring[0]  # 每年落实专项任务，即组织10场…
        elif numbers and not sticky:
            carried = None
    return carry


def _inside(s: int, e: int, spans: list[tuple[int, int]]) -> bool:
    return any(p <= s and e <= q for p, q in spans)


def _lower_bound(s: int, start: int, found: list[When], out: list[Found], mine: int) -> int:
    """Where the words before a number at ``start`` in the clause from ``s`` begin: after the
    clause's period phrases and targets before it. (Only the clause's own targets, ``out[mine:]``,
    can end inside it: the clauses and sentences before it end before its first character.)"""
    lo = s
    for w in found:
        if w.start < start and w.start + len(w.text) > lo:
            lo = w.start + len(w.text)
    for k in range(mine, len(out)):
        end = out[k].end
        if lo < end <= start:
            lo = end
    return lo


def _governs_on(view: str, w: When, opening: int | None, start: int) -> bool:
    """Whether a period phrase governs the sentences after its own: a year written out
    (到2025年…。…确保…360万头以上 / 2023年新增…。…新增…650人), a phrase that opens the
    paragraph (到“十四五”末，…。…), or the end of a window (自…起至2023年6月底). Not a
    ``“十四五”末`` or ``5年内`` inside a paragraph: it governs its own sentence."""
    if w.kind == "date" or (opening is not None and P.OPENING_LEAD.fullmatch(view, opening, w.start)):
        return True
    return bool(P.WINDOW_BEFORE.search(view, max(start, w.start - 24), w.start))


def _numbers(text: str, view: str, a: int, b: int, since: int | None, chars: set[str]) -> list[Number]:
    """Each number with a measure word in view[a:b] that is a target (``since``: the notice's
    year, before which a year's batch is past). ``chars``: the clause's gate characters
    (gates.characters), the patterns that cannot match are not tried."""
    if not _T.PARAMETER_CONTEXT.isdisjoint(chars) and (not gates.ENABLED or _parameter_loose().search(view, a, b)) and (
            P.PARAMETER_CONTEXT.search(view, a, b)):
        return []
    out = targets_among(view, read_numbers(text, view, a, b, chars), a, b, since, chars)
    if len(out) < 2:  # (most clauses: one number, nothing to order or to class)
        return out
    return without_size_classes(view, sorted(out, key=_start))


@functools.cache
def _parameter_loose():
    """PARAMETER_LOOSE compiled by re (lazy_regex.twin; literals only: ~3x faster than PARAMETER_CONTEXT's search)."""
    return twin(PARAMETER_LOOSE)


def _start(n: Number) -> int:
    return n.start


# the clause's own tests, gated on the characters each pattern needs (gates.py)
_T = gates.Table(ANY_NUMBER=P.ANY_NUMBER, ANY_PERIOD=P.ANY_PERIOD, PARAMETER_CONTEXT=P.PARAMETER_CONTEXT)


@functools.cache
def _clause_class():
    """The class of the characters a clause's gates look up (gates.characters, as far as the tests
    its characters are handed to look: ``_numbers``' PARAMETER_CONTEXT, read_numbers, targets_among's
    rules, whens; not found's words nor the sentence's policy tests, which collect their own)."""
    sets = [x for t in (_T, NUMBERS_T, DEADLINES_T, RULES_T) for x in t.sets()]
    # (ANY_NUMBER and ANY_PERIOD, each one class, are among _T's: _sentence reads whether a clause holds a number
    # or a period's character off these characters)
    assert gates.any_of(P.ANY_NUMBER) | gates.any_of(P.ANY_PERIOD) <= frozenset().union(*sets)
    return gates.triggers() if any(x is gates.ALL for x in sets) else gates.class_of(frozenset().union(*sets))
