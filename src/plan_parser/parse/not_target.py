"""Targets stage, its filter: spans (``parameter_spans``) and numbers (``not_a_target``) that are *not* targets.

Spans: the parts of a sentence that set a policy's parameters (a subsidy, a tax rate, a fee, a
definition). Numbers: the rules of ``not_target_rules.NUMBER_RULES``, each tried only on the
clauses and numbers that pass its gates (gates.py); the answer is the one every rule gives.
"""
from __future__ import annotations

import functools

from . import gates
from . import patterns as P
from .cuts import re_twin
from .not_target_rules import NUMBER_RULES, built_extent, is_count, rx


def parameter_spans(view: str, a: int, b: int, clauses: list[tuple[int, int]],
                    chars: list[set[str]] | None = None) -> list[tuple[int, int]]:
    """The parts of the sentence ``view[a:b]`` (cut into ``clauses``) whose numbers set a
    policy's parameters: the whole sentence when it states a tax, fee, loan or fund rule;
    else each clause that grants money (给予…补贴, 奖励2万元) with the clauses before it
    that are its conditions (``对…达到10%(含)以上的限上企业，给予…奖励``); the whole sentence
    too when it defines a class (``工业园区是指…，…原则上应不小于5万吨标准煤``). ``chars``: each
    clause's gate characters (gates.characters), when the caller has them."""
    # (the clauses hold every character of the sentence but the commas between them: the sentence's
    # own characters, when the clauses' are not given, are as many or more, and gates only skip)
    whole = _T.characters(view, a, b) if chars is None else set().union(*chars)
    on = gates.ENABLED  # (off: no quick test before a pattern, as no gate, see gates.switch)
    if (not _T.POLICY_SENTENCE.isdisjoint(whole) and (not on or _policy().search(view, a, b))
            and P.POLICY_SENTENCE.search(view, a, b)) or (
            not _T.DEFINITION.isdisjoint(whole) and not any(s.isdisjoint(whole) for s in _T.DEFINITION_also)
            and P.DEFINITION.search(view, a, b)):
        return [(a, b)]
    # (the clause tests are tried only when the sentence holds a match at all: a clause's match is
    # one in its sentence, as PRESENT_STATE's look-ahead meets a separator as the clause's end)
    out = [] if _T.PRESENT_STATE.isdisjoint(whole) or (on and not rx().PRESENT_STATE.search(view, a, b)) else (
        _present_state(view, clauses, chars or _each(view, clauses)))
    if not _T.GRANT.isdisjoint(whole) and (not on or rx().GRANT.search(view, a, b)):
        chars = chars or _each(view, clauses)
        for k, ((s, e), here) in enumerate(zip(clauses, chars)):
            if not _T.GRANT.isdisjoint(here) and rx().GRANT.search(view, s, e):
                out.append((_conditions_from(view, clauses, k), e))
    return out


def _each(view: str, clauses: list[tuple[int, int]]) -> list[set[str]]:
    return [_T.characters(view, s, e) for s, e in clauses]


@functools.cache
def _policy():
    """POLICY_SENTENCE's looser twin compiled by re (cuts.re_twin): ~9k sentences are asked."""
    return re_twin(P.POLICY_SENTENCE)


# each clause's tests, gated on the characters each pattern needs (gates.py)
_T = gates.Table(GRANT=P.GRANT, PRESENT_STATE=P.PRESENT_STATE, ANY_PERIOD=P.ANY_PERIOD,
                 POLICY_SENTENCE=P.POLICY_SENTENCE, DEFINITION=P.DEFINITION)


def _present_state(view: str, clauses: list[tuple[int, int]], chars: list[set[str]]) -> list[tuple[int, int]]:
    """Clauses that state what exists now (``全省现有煤炭储备能力1920万吨，其中，…420万吨``): from
    the clause with 现有 through the clauses after it, until one with a goal verb (达到, 力争…)."""
    for k, ((s, e), here) in enumerate(zip(clauses, chars)):
        if not _T.PRESENT_STATE.isdisjoint(here) and rx().PRESENT_STATE.search(view, s, e) and not _goal(view, s, e):
            end = e
            for (s2, e2), there in zip(clauses[k + 1:], chars[k + 1:]):
                if _goal(view, s2, e2) or _T.holds("ANY_PERIOD", there, view, s2, e2):
                    break
                end = e2
            return [(s, end)]
    return []


def _goal(view: str, s: int, e: int) -> bool:
    return bool(P.GOAL_VERB.search(view, s, e) or P.STATE_GOAL.search(view, s, e))


def _conditions_from(view: str, clauses: list[tuple[int, int]], k: int) -> int:
    """Where the conditions of the grant in clause ``k`` start: back over clauses that end in
    的 or hold a 每 rate (``团购规模超过30套(含)不足100套的，每平方米补贴20元``), through the
    first that opens with 对; a clause of another kind ends the walk."""
    start = clauses[k][0]
    if P.CONDITION_OPEN.match(view, start):
        return start
    for j, (s, e) in reversed(list(enumerate(clauses[:k]))):
        if P.CONDITION_OPEN.match(view, s):
            return s
        opens = j == k - 1 and P.GRANT_OPEN.match(view, clauses[k][0])
        if not (opens or P.CONDITION_CLAUSE.search(view, s, e)):
            break
        start = s
    return start


# the rules' patterns, so that gates.characters looks for what they need
_RULE_PATTERNS = gates.Table(**{f"R{k}_{j}": rx for k, rule in enumerate(NUMBER_RULES) for j, rx in enumerate(rule.needs)})
RULE_GATES = _RULE_PATTERNS  # (public: the targets stage's clause class holds the characters they look up)


def not_a_target(view: str, n, a: int, b: int, year: int | None, chars: set[str] | None = None) -> str | None:
    """The name of the first rule that says the number ``n`` in clause ``view[a:b]`` is no target.
    ``chars``: the clause's gate characters (gates.characters), to skip the rules whose gates
    it fails (None: every rule is tried; the answer is the same)."""
    if chars is None or not gates.ENABLED:
        rules = _ALL_RULES
    else:
        rules = rules_for(chars, view[n.end:n.end + 1], n.unit, view[n.start - 1:n.start] if n.start else "")
    for name, test in rules:
        if test(view, n, a, b, year):
            return name
    return None


_ALL_RULES = tuple((rule.name, rule.test) for rule in NUMBER_RULES)


def rules_for(chars: set[str], nxt: str, unit: str | None = None, prev: str | None = None) -> tuple:
    """(name, test) of the rules, in order, whose gates a clause with gate characters ``chars``
    and a number with ``unit`` between ``prev`` and ``nxt`` pass: a bit per rule, the clause's
    bits (the rules its characters may serve), the next character's (the rules that may match
    after it), the previous one's (those that may match up to it; None: not asked) and the
    unit's (the rules whose unit gate it passes) met."""
    masks = _masks()
    return _rules(masks, _clause_bits(masks, chars), nxt, unit, prev)


def _clause_bits(masks: _Masks, chars: set[str]) -> int:
    """The bits of the rules a clause with gate characters ``chars`` may serve (a loop: ~5
    characters a clause, where it costs less than a reduce over a map)."""
    need, bits = masks.always, masks.by_char.get
    for c in chars:
        need |= bits(c, 0)
    return need


def _rules(masks: _Masks, need: int, nxt: str, unit: str | None, prev: str | None) -> tuple:
    """rules_for, with the clause's bits ``need`` met already."""
    after = masks.after.get(nxt)
    if after is None:
        after = masks.after[nxt] = masks.after_of(nxt)
    by_unit = masks.by_unit.get(unit)
    if by_unit is None:
        by_unit = masks.by_unit[unit] = masks.unit_of(unit)
    key = need & after & by_unit
    if prev is not None:
        before = masks.before.get(prev)
        if before is None:
            before = masks.before[prev] = masks.before_of(prev)
        key &= before
    found = masks.rules.get(key)
    if found is None:
        found = masks.rules[key] = tuple(r for k, r in enumerate(_ALL_RULES) if key >> k & 1)
    return found


def targets_among(view: str, numbers: list, a: int, b: int, year: int | None, chars: set[str] | None = None) -> list:
    """The numbers of clause ``view[a:b]`` that are targets: those ``not_a_target`` passes, the
    clause's gate bits (``rules_for``) met once for all of them."""
    if chars is None or not gates.ENABLED or not numbers:
        return [n for n in numbers if not not_a_target(view, n, a, b, year, chars)]
    masks = _masks()
    need = _clause_bits(masks, chars)
    out = []
    for n in numbers:
        start, end = n.start, n.end
        for _, test in _rules(masks, need, view[end:end + 1], n.unit, view[start - 1:start] if start else ""):
            if test(view, n, a, b, year):
                break
        else:
            out.append(n)
    return out




class _Masks:
    """The rules' gates as bits (rule k is bit k), derived once from _gated_rules."""

    def __init__(self, gated) -> None:
        self.always = 0  # rules with no clause gate
        self.by_char: dict[str, int] = {}  # a character -> the rules whose clause gate it opens
        self.open_after = 0  # rules with no gate after the number
        self.starts: list[tuple[int, frozenset[str], bool]] = []
        self.open_before = 0  # rules with no gate before the number
        self.ends: list[tuple[int, frozenset[str], bool]] = []
        for k, (_, needs, after, before) in enumerate(gated):
            if before is None:
                self.open_before |= 1 << k
            else:
                self.ends.append((k, before[0], before[1]))
            if needs is None:
                self.always |= 1 << k
            else:
                for c in needs:
                    self.by_char[c] = self.by_char.get(c, 0) | 1 << k
            if after is None:
                self.open_after |= 1 << k
            else:
                self.starts.append((k, after[0], after[1]))
        self.units = [(k, rule.unit) for k, (rule, *_) in enumerate(gated)]
        self.by_unit: dict[str | None, int] = {}  # a unit -> the rules whose unit gate it passes (filled on use)
        self.after: dict[str, int] = {}  # the next character -> the rules that may match after it (filled on use)
        self.before: dict[str, int] = {}  # the previous character -> the rules that may match up to it (filled on use)
        self.rules: dict[int, tuple] = {}  # bits -> (name, test) of those rules, in order (filled on use)

    def unit_of(self, unit: str | None) -> int:
        bits = 0
        for k, gate in self.units:
            if gate is None or gate(unit):
                bits |= 1 << k
        return bits

    def after_of(self, nxt: str) -> int:
        bits = self.open_after
        for k, first, space in self.starts:
            if nxt in first or (space and nxt.isspace()):
                bits |= 1 << k
        return bits


    def before_of(self, prev: str) -> int:
        bits = self.open_before
        for k, last, space in self.ends:
            # (a ``$`` also matches before a final newline: a newline passes, as a space)
            if prev in last or ((space or prev == "\n") and prev.isspace()):
                bits |= 1 << k
        return bits


@functools.cache
def _masks() -> _Masks:
    return _Masks(_gated_rules())


@functools.cache
def _gated_rules() -> tuple:
    """Each rule with its gates: the characters its clause must hold (None: no gate), what the
    text after the number must start with and what the text before it must end with (None: no
    gate); derived once, on first use."""
    return tuple((rule, _union([gates.needs(rx) for rx in rule.needs]), _union_starts([gates.starts(rx) for rx in rule.after]),
                  _union_starts([gates.ends(rx) for rx in rule.before])) for rule in NUMBER_RULES)


def _union(sets: list) -> frozenset[str] | None:
    return None if not sets or None in sets else frozenset().union(*sets)


def _union_starts(found: list) -> tuple[frozenset[str], bool] | None:
    if not found or None in found:
        return None
    return frozenset().union(*(f[0] for f in found)), any(f[1] for f in found)


def without_size_classes(view: str, numbers: list) -> list:
    """The clause's numbers without those that only class what a later number counts:
    ``其中10亿元以上项目不少于5个`` and ``新增50亿元工业企业1家`` are 5个 and 1家, not the 亿元 too."""
    return [n for k, n in enumerate(numbers)
            if not (k + 1 < len(numbers) and not is_count(n) and rx().SIZE_CLASS_AFTER.match(view, n.end)
                    and not built_extent(view, n, 0))]  # 完成2万亩以上撂荒地治理和5.7万亩…: both to reach
