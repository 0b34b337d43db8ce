"""Targets stage, one target: a ``Number`` with its period -> ``Found`` (its comparator, verb and indicator).

The comparator is read from the words around the number (``超过`` ``>``, ``不少于``/``以上``
``>=``, ``左右``/``约`` ``~`` …), the indicator from the words before it in its clause
(``高技能人才总量`` in ``高技能人才总量达到50万人``); a list's next number (``分别不少于60个、
40个``) takes the list's comparator and indicator (``add_found``).
"""
from __future__ import annotations

import dataclasses
import functools
from dataclasses import dataclass
from typing import NamedTuple

from . import gates
from . import patterns as P
from .deadlines import When
from .lazy_regex import twin
from .numbers import Number

WINDOW = 8  # characters looked at before a number for its comparator
SHORT_INDICATOR = 3  # words before a number this short are only a verb: the noun after it joins them


@dataclass(frozen=True)
class Found:
    start: int
    end: int
    text: str
    value: float | tuple[float, float]
    unit: str | None
    comparator: str
    deadline: str | None
    recurrence: str | None
    deadline_text: str | None
    verb: str | None
    change: bool
    indicator: str | None = None


def add_found(out: list[Found], found: Found, view: str) -> None:
    """Append ``found`` to ``out``, as the next number of a list when only a list's gap is between them."""
    if out:
        last = out[-1].end
        # (gates.may_start, written out: ~14k numbers)
        gap = _gates().gap if gates.ENABLED else None
        if (found.start == last or gap is None or (c := view[last:last + 1]) in gap[0] or (gap[1] and c.isspace())) and (
                _words().gap.fullmatch(view, last, found.start)):
            # 分别不少于60个、40个、5个: the list's comparator and indicator hold for each of its numbers
            comparator = out[-1].comparator if found.comparator == "=" else found.comparator
            found = dataclasses.replace(found, comparator=comparator, indicator=found.indicator or out[-1].indicator)
            if found.comparator != "=" and view[found.end:found.end + 1] in _AFTER_FIRST:
                _respectively(out, found, view)
    out.append(found)


def _respectively(out: list[Found], last: Found, view: str) -> None:
    """The comparator word after the last number of a 分别 list held by each number of the list
    before it that has none of its own (``out``'s last numbers, each followed by LIST_GAP only).

    family: a list of values, one per subject, with 分别 before it and the comparator word after
    its last value: 工业投资、技改投资分别增长30%、15%以上 / 分别增长4%、6%左右 / 分别达到290亿元、1150亿元以上 /
    分别新增10家、10家、80家、15家以上 (41 such lists in the bulk set; each value's 以上/左右).
    Not without 分别: 参保率达94%、98%以上 may say one of each; nor across units: 新增50亿元工业企业1家、
    10亿元以上… (a size class after a count)."""
    if not any(view.startswith(word, last.end) for word, _ in P.COMPARATOR_AFTER):
        return  # (its comparator is a word before it, or the list's first)
    k, nxt = len(out), last
    while k and out[k - 1].unit == last.unit and out[k - 1].comparator == "=" and (
            _words().gap.fullmatch(view, out[k - 1].end, nxt.start)):
        k -= 1
        nxt = out[k]
    if k < len(out) and P.RESPECTIVELY_BEFORE.search(view, max(0, nxt.start - RESPECTIVELY_WINDOW), nxt.start):
        out[k:] = [dataclasses.replace(f, comparator=last.comparator) for f in out[k:]]


RESPECTIVELY_WINDOW = 10  # 分别 this near before a list's first number (分别完成投资1500亿元: 6 characters)


def make_found(text: str, view: str, n: Number, deadline: When | None, rec: When | None,
               indicator: str | None) -> Found:
    """The target the number ``n`` makes, with its period (``deadline``, ``rec``) and indicator."""
    start, end, value, unit, comparator = n
    lo = start - WINDOW if start > WINDOW else 0
    before = view[lo:start]
    # the characters of ``before`` the tests below look up, in one pass (a set of the words themselves
    # would make a string of each character, three times over); all of them with the gates off
    chars = set(_looked_up().findall(view, lo, start)) if gates.ENABLED else set(before)
    if comparator is None:  # (else set by the number's own form)
        # (no first character of a word before it, nor after it: "=", as _comparator finds; ~4 in 10 numbers)
        comparator = _comparator(before, view[end:end + 4], chars) if chars or view[end:end + 1] in _AFTER_FIRST else "="
    # (each pattern tried only where the words hold a character it needs, or start as it does;
    # DOUBLING only at a number read as one, 翻一番, whose unit is 倍: no other form starts with 翻)
    words = _words()
    verb = None if _T.CHANGE_VERB.isdisjoint(chars) else words.change.search(before.rstrip("了到至"))
    if verb is None and unit == "倍" and gates.may_start(_gates().doubling, view, start):
        verb = P.DOUBLING.match(view, start)
    word = _verb(verb) if verb else (
        None if _T.LEVEL_VERB.isdisjoint(chars) else _verb(words.level.search(before)))
    when = deadline or rec
    found = _object_new(Found)  # (_new_found, written out: ~14k numbers)
    _set(found, "__dict__", {
        "start": start, "end": end, "text": text[start:end], "value": value, "unit": unit,
        "comparator": comparator, "deadline": deadline.deadline if deadline else None,
        "recurrence": rec.recurrence if rec else None, "deadline_text": when.text if when else None,
        "verb": word, "change": verb is not None, "indicator": indicator,
    })
    return found


def _new_found(fields: dict) -> Found:
    """A Found made from its fields at once: a frozen dataclass's __init__ sets each field through
    object.__setattr__ (~2.4 us for twelve, against ~0.6 us here); the instance is the same."""
    found = _object_new(Found)
    _set(found, "__dict__", fields)
    return found


_object_new, _set = object.__new__, object.__setattr__


def indicator_of(text: str, view: str, lo: int, start: int, end: int, stop: int) -> str | None:
    """What a number measures: the words of ``view[lo:start]`` (its clause before it, after any
    period phrase or earlier number) without the comparator or verb that ends them
    (高技能人才总量达到 -> 高技能人才总量). When they are only a verb (组织, 新设), the noun
    after the number joins them: 新设1家担保公司 -> 新设担保公司."""
    bracket = view.rfind("(", lo, start)
    if bracket >= 0 and ")" not in view[bracket:start]:  # 号源(其中专家号源不低于30%: the words inside
        lo = bracket + 1
    lead, tail = _lead_tail() if gates.ENABLED else (None, None)  # (gates.may_start, written out: ~14k numbers)
    if lo >= start or lead is None or (c := view[lo]) in lead[0] or (lead[1] and c.isspace()):
        lo = _words().lead.match(view, lo, start).end()  # (else INDICATOR_LEAD matches empty there)
    # (INDICATOR_TAIL ends the words: tried only when their last character may end a match)
    tail = start <= lo or tail is None or (c := view[start - 1]) in tail[0] or (tail[1] and c.isspace())
    cut = _words().tail.search(view, lo, start) if tail else None
    phrase = text[lo:cut.start() if cut else start].strip(" 、，,的")
    if phrase and len(phrase) <= SHORT_INDICATOR:  # (nothing before it: a list's next number, see add_found)
        m = _words().noun.match(view, end, stop)
        if m and m.group("noun"):
            phrase += text[m.start("noun"):m.end("noun")]
    return phrase or None


def _verb(m) -> str | None:
    if m is None:
        return None
    try:  # (DOUBLING, rare, has no verb group: the whole match is the verb)
        return m.group("verb") or m.group()
    except IndexError:
        return m.group()


def _comparator(before: str, after: str, chars: set[str] | str | None = None) -> str:
    """The comparator the words ``before`` and ``after`` a number give (``chars``: those of
    ``before`` that first characters of COMPARATOR_BEFORE's words are among, or more)."""
    if after[:1] in _AFTER_FIRST:
        for word, comp in P.COMPARATOR_AFTER:
            if after.startswith(word):
                return comp
    # only the words whose first character ``before`` holds can be in it, tried in the table's order
    firsts = _BEFORE_FIRSTS.intersection(before if chars is None else chars)
    if not firsts:  # (most numbers: no comparator word before them)
        return "="
    entries = _BEFORE_BY_FIRST[next(iter(firsts))] if len(firsts) == 1 else sorted(
        e for c in firsts for e in _BEFORE_BY_FIRST[c])
    for _, word, comp, size in entries:  # (one first character's list is in the table's order)
        if word in before[-size:]:
            return comp
    return "="


@functools.cache
def _looked_up():
    """One class of the characters make_found's tests look up in the words before a number: the
    first characters of COMPARATOR_BEFORE's words, CHANGE_VERB's and LEVEL_VERB's gates (made with
    the gates on)."""
    return gates.class_of(_BEFORE_FIRSTS | _T.CHANGE_VERB | _T.LEVEL_VERB)


def _by_first(table) -> dict[str, list[tuple[int, str, str, int]]]:
    """COMPARATOR_BEFORE by first character: (its rank in the table, word, comparator, the
    length of the tail of ``before`` it is looked for in)."""
    out: dict[str, list[tuple[int, str, str, int]]] = {}
    for k, (word, comp) in enumerate(table):
        out.setdefault(word[0], []).append((k, word, comp, len(word) + 4))
    return out


_AFTER_FIRST = frozenset(word[0] for word, _ in P.COMPARATOR_AFTER)
_BEFORE_BY_FIRST = _by_first(P.COMPARATOR_BEFORE)
_BEFORE_FIRSTS = frozenset(_BEFORE_BY_FIRST)


class _Gates(NamedTuple):
    """The start gates the words' patterns are tried under (gates.py): where INDICATOR_LEAD may
    open, INDICATOR_TAIL end, LIST_GAP and DOUBLING start."""

    lead: tuple | None
    tail: tuple | None
    gap: tuple | None
    doubling: tuple | None


@functools.cache
def _lead_tail() -> tuple:
    return _gates()[:2]


@functools.cache
def _gates() -> _Gates:
    return _Gates(gates.opens(P.INDICATOR_LEAD), gates.ends(P.INDICATOR_TAIL), gates.starts(P.LIST_GAP),
                  gates.starts(P.DOUBLING))


class _Words(NamedTuple):
    """The words' patterns: INDICATOR_LEAD, INDICATOR_TAIL, CHANGE_VERB, LEVEL_VERB, LIST_GAP, INDICATOR_NOUN_AFTER."""

    lead: object
    tail: object
    change: object
    level: object
    gap: object
    noun: object


def _words() -> _Words:
    """The words' patterns as they are read: compiled by re with the gates on (``_twins``), regex's
    own with them off (the tests compare the two)."""
    return _twins() if gates.ENABLED else _Words(P.INDICATOR_LEAD, P.INDICATOR_TAIL, P.CHANGE_VERB, P.LEVEL_VERB,
                                                 P.LIST_GAP, P.INDICATOR_NOUN_AFTER)


@functools.cache
def _twins() -> _Words:
    """The words' patterns compiled by re (lazy_regex.twin: read alike, about twice as fast a call; ~14k
    numbers ask them; INDICATOR_NOUN_AFTER ~1.6k short indicators, 2.1 -> 0.9 us a match)."""
    return _Words(*(twin(rx) for rx in (P.INDICATOR_LEAD, P.INDICATOR_TAIL, P.CHANGE_VERB, P.LEVEL_VERB, P.LIST_GAP,
                                        P.INDICATOR_NOUN_AFTER)))


# the words' own tests, gated on the characters each pattern needs (gates.py)
_T = gates.Table(CHANGE_VERB=P.CHANGE_VERB, LEVEL_VERB=P.LEVEL_VERB)
