"""Targets stage: a paragraph's text -> ``list[Found]`` quantitative targets with deadlines.

A target is a number with a measure word (``400家``, ``1.5万名``, ``30%``, ``3—5个``,
``百分之三十``), its comparator from the words around it (``超过`` ``>``, ``不少于``/``以上``
``>=``, ``左右``/``约`` ``~`` …), what it measures (its *indicator*: the words before it in
its clause, ``高技能人才总量`` in ``高技能人才总量达到50万人``) and its deadline
(``deadlines.py``).

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

import dataclasses
import functools
import re
from dataclasses import dataclass

from . import gates
from . import patterns as P
from .deadlines import Context, When, context_year, resolve, whens
from .not_target import not_a_target, parameter_spans, without_size_classes
from .numbers import Number, read_numbers

__all__ = ["Context", "Found", "When", "context_year", "find_targets", "mask", "resolve", "scan"]

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
    if not _splits().wanted.search(view):  # (ANY_NUMBER or ANY_PERIOD, in one pass)
        return out, carry  # most paragraphs: no number and no period phrase, nothing to scan
    masked = mask(view)
    splits = _splits()
    wanted = splits.wanted
    first = True  # the paragraph's first sentence (may open it, see _governs_on)
    for m in splits.part.finditer(masked):
        a, b = m.span()
        w = wanted.search(masked, a, b)
        if not w:  # (ANY_NUMBER or ANY_PERIOD: nothing to read)
            first = False
            continue
        opening = max(a, head) if first or a <= head else None
        first = False
        # a number character: the first wanted one, or one after it (ANY_NUMBER is one class)
        if masked[w.start()] in splits.number or P.ANY_NUMBER.search(masked, w.end(), b):
            carry = _sentence(text, view, masked, (a, b), ctx, skip, carry, out, opening)
        else:  # no number to read: only the period it may carry on
            carry = _period_only(text, view, masked, (a, b), ctx, carry, opening)
    return out, carry


def _period_only(text: str, view: str, masked: str, ab: tuple[int, int], ctx: Context,
                 carry: When | None, opening: int | None) -> When | None:
    for w in whens(text, view, *ab, ctx):
        if w.deadline and _governs_on(masked, w, opening, ab[0]):
            carry = w
    return carry


def mask(view: str) -> str:
    """Quotes, titles and 〔years〕 blanked out (same length), so their numbers are not read."""
    splits = _splits()
    if not splits.any_masked.search(view):
        return view
    return splits.masked.sub(_blank, view)


def _blank(m) -> str:
    return "□" * (m.end() - m.start())


class _Splits:
    """The sentence and clause cuts as patterns of what lies between them (one finditer, each
    match a span, no empty ones), read off SENTENCE_SPLIT and SEGMENT_SPLIT (each one class):
    ``part`` a sentence, a run of what SENTENCE_SPLIT does not match; ``clause`` a run of what
    SEGMENT_SPLIT does not match; ``wanted`` a character of ANY_NUMBER or ANY_PERIOD (what a
    sentence must hold for scan to read it), one class tried in one pass; ``number`` ANY_NUMBER's
    characters; ``any_masked`` and ``masked`` what ``mask`` blanks."""

    def __init__(self) -> None:
        stop, cut = _class_body(P.SENTENCE_SPLIT), _class_body(P.SEGMENT_SPLIT)
        wanted = "".join(map(re.escape, sorted(gates.any_of(P.ANY_NUMBER) | gates.any_of(P.ANY_PERIOD))))
        self.wanted = re.compile(f"[{wanted}]")
        self.number = gates.any_of(P.ANY_NUMBER)
        # ANY_MASKED and MASKED (verbose) compiled by re: the same texts, classes and counts only
        # (no syntax the two modules read apart), searched ~1.5x faster; tests compare the masks
        self.any_masked = re.compile(P.ANY_MASKED.pattern)
        self.masked = re.compile(P.MASKED.pattern, re.X)
        self.part = re.compile(f"[^{stop}]+")
        self.clause = re.compile(f"[^{cut}]+")


def _class_body(rx) -> str:
    """The inside of a one-class pattern ``[...]`` (a split; tests/test_targets_fast.py compares the cuts)."""
    assert rx.pattern.startswith("[") and rx.pattern.endswith("]") and "^" not in rx.pattern, rx.pattern
    return rx.pattern[1:-1]


@functools.cache
def _splits() -> _Splits:
    return _Splits()


def _clauses(view: str, a: int, b: int) -> list[tuple[int, int]]:
    """The sentence's clauses, cut at commas and colons outside brackets: (第一期规模100亿元,
    省财政安排贴息资金1亿元) stays in the clause it explains."""
    spans = [m.span() for m in _splits().clause.finditer(view, a, b)]
    if "(" not in view[a:b]:  # the view is folded: （ is (
        return spans
    out: list[tuple[int, int]] = []
    for s, e in spans:
        inside = out and _depth(view, out[-1][0], out[-1][1]) > 0
        out[-1:] = [(out[-1][0], e)] if inside else out[-1:] + [(s, e)]
    return out


def _depth(view: str, a: int, b: int) -> int:
    part = view[a:b]
    return part.count("(") - part.count(")")


def _sentence(text: str, view: str, masked: str, ab: tuple[int, int], ctx: Context, skip: int,
              carry: When | None, out: list[Found], opening: int | None) -> When | None:
    """Append the sentence's targets to ``out``; return the period in force after it."""
    clauses = _clauses(masked, *ab)
    find = gates.triggers().findall
    sets = [set(find(masked, s, e)) for s, e in clauses]  # what each clause's gates look up (gates.characters)
    policy = parameter_spans(masked, *ab, clauses, sets)  # numbers in these set a policy's parameters
    dated = carry
    carried: When | None = None  # a recurrence that governs the clauses after its own
    sticky = False  # 每年 before any number of the sentence governs all of it
    first = len(out)
    for (s, e), chars in zip(clauses, sets):
        # (the view's characters are the masked view's where no quote or title was masked)
        here = chars if masked is view or masked[s:e] == view[s:e] else gates.characters(view, s, e)
        found = [] if _T.ANY_PERIOD.isdisjoint(here) else whens(text, view, s, e, ctx, here)
        numbers = [] if (policy and any(p <= s and e <= q for p, q in policy)) or _T.ANY_NUMBER.isdisjoint(chars) or not (
            _T.ANY_NUMBER_exact or P.ANY_NUMBER.search(masked, s, e)) else [
            n for n in _numbers(text, masked, s, e, ctx.since, chars) if n.start >= skip]
        if not found and not numbers:
            continue  # (a clause with neither a period nor a number changes nothing below)
        dated_here = [w for w in found if w.deadline]
        recurring = [w for w in found if w.recurrence]
        mine = len(out)  # (the targets before this clause's end before it: see _lower_bound)
        for n in numbers:
            # its clause's period before it, else (with no 每年 in the clause) the one after it
            own = [w for w in dated_here if w.start < n.start] or ([] if recurring else dated_here)
            rec = recurring[0] if recurring else carried
            # a clause's own 每年 outranks a period carried from an earlier clause
            deadline = own[-1] if own else (None if recurring else dated)
            lo = _lower_bound(s, n.start, found, out, mine)
            _add(out, _found(text, view, n, deadline, rec, _indicator(text, view, lo, n.start, n.end, e)), view)
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


def _add(out: list[Found], found: Found, view: str) -> None:
    if out and (found.start == out[-1].end or gates.may_start(_list_gap_start(), view, out[-1].end)) and (
            P.LIST_GAP.fullmatch(view, out[-1].end, found.start)):
        # 分别不少于60个、40个、5个: the list's comparator and indicator hold for each of its numbers
        comparator = out[-1].comparator if found.comparator == "=" else found.comparator
        found = dataclasses.replace(found, comparator=comparator, indicator=found.indicator or out[-1].indicator)
    out.append(found)


def _found(text: str, view: str, n: Number, deadline: When | None, rec: When | None, indicator: str | None) -> Found:
    before = view[max(0, n.start - WINDOW):n.start]
    after = view[n.end:n.end + 4]
    comparator = n.comparator or _comparator(before, after)
    # (each pattern tried only where the words hold a character it needs, or start as it does)
    verb = (None if _T.CHANGE_VERB.isdisjoint(before) else P.CHANGE_VERB.search(before.rstrip("了到至"))) or (
        P.DOUBLING.match(view, n.start) if gates.may_start(_doubling_start(), view, n.start) else None)
    level = None if verb or _T.LEVEL_VERB.isdisjoint(before) else P.LEVEL_VERB.search(before)
    when = deadline or rec
    return _new_found({
        "start": n.start, "end": n.end, "text": text[n.start:n.end], "value": n.value, "unit": n.unit,
        "comparator": comparator, "deadline": deadline.deadline if deadline else None,
        "recurrence": rec.recurrence if rec else None, "deadline_text": when.text if when else None,
        "verb": _verb(verb or level), "change": verb is not None, "indicator": indicator,
    })


def _new_found(fields: dict) -> Found:
    """A Found made from its fields at once: a frozen dataclass's __init__ sets each field through
    object.__setattr__ (~2.4 us for twelve, against ~0.6 us here); the instance is the same."""
    found = _object_new(Found)
    _set(found, "__dict__", fields)
    return found


_object_new, _set = object.__new__, object.__setattr__



def _indicator(text: str, view: str, lo: int, start: int, end: int, stop: int) -> str | None:
    """What a number measures: the words of ``view[lo:start]`` (its clause before it, after any
    period phrase or earlier number) without the comparator or verb that ends them
    (高技能人才总量达到 -> 高技能人才总量). When they are only a verb (组织, 新设), the noun
    after the number joins them: 新设1家担保公司 -> 新设担保公司."""
    bracket = view.rfind("(", lo, start)
    if bracket >= 0 and ")" not in view[bracket:start]:  # 号源(其中专家号源不低于30%: the words inside
        lo = bracket + 1
    if lo >= start or gates.may_start(_lead_opens(), view, lo):  # (else INDICATOR_LEAD matches empty there)
        lo = P.INDICATOR_LEAD.match(view, lo, start).end()
    # (INDICATOR_TAIL ends the words: tried only when their last character may end a match)
    cut = P.INDICATOR_TAIL.search(view, lo, start) if start <= lo or _may_end(_tail_end(), view[start - 1]) else None
    phrase = text[lo:cut.start() if cut else start].strip(" 、，,的")
    if phrase and len(phrase) <= SHORT_INDICATOR:  # (nothing before it: a list's next number, see _add)
        m = P.INDICATOR_NOUN_AFTER.match(view, end, stop)
        if m and m.group("noun"):
            phrase += text[m.start("noun"):m.end("noun")]
    return phrase or None


def _verb(m) -> str | None:
    if m is None:
        return None
    return m.groupdict().get("verb") or m.group()


def _comparator(before: str, after: str) -> str:
    if after[:1] in _AFTER_FIRST:
        for word, comp in P.COMPARATOR_AFTER:
            if after.startswith(word):
                return comp
    # only the words whose first character ``before`` holds can be in it, tried in the table's order
    firsts = _BEFORE_FIRSTS.intersection(before)
    if not firsts:  # (most numbers: no comparator word before them)
        return "="
    entries = _BEFORE_BY_FIRST[next(iter(firsts))] if len(firsts) == 1 else sorted(
        e for c in firsts for e in _BEFORE_BY_FIRST[c])
    for _, word, comp, size in entries:  # (one first character's list is in the table's order)
        if word in before[-size:]:
            return comp
    return "="


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


def _numbers(text: str, view: str, a: int, b: int, since: int | None, chars: set[str]) -> list[Number]:
    """Each number with a measure word in view[a:b] that is a target (``since``: the notice's
    year, before which a year's batch is past). ``chars``: the clause's gate characters
    (gates.characters), the patterns that cannot match are not tried."""
    if not _T.PARAMETER_CONTEXT.isdisjoint(chars) and P.PARAMETER_CONTEXT.search(view, a, b):
        return []
    out = [n for n in read_numbers(text, view, a, b, chars) if not not_a_target(view, n, a, b, since, chars)]
    if len(out) < 2:  # (most clauses: one number, nothing to order or to class)
        return out
    return without_size_classes(view, sorted(out, key=_start))


def _start(n: Number) -> int:
    return n.start


@functools.cache
def _lead_opens() -> tuple[frozenset[str], bool] | None:
    return gates.opens(P.INDICATOR_LEAD)


@functools.cache
def _tail_end() -> tuple[frozenset[str], bool] | None:
    return gates.ends(P.INDICATOR_TAIL)


def _may_end(gate: tuple[frozenset[str], bool] | None, c: str) -> bool:
    return gate is None or c in gate[0] or (gate[1] and c.isspace())


@functools.cache
def _doubling_start() -> tuple[frozenset[str], bool] | None:
    return gates.starts(P.DOUBLING)


@functools.cache
def _list_gap_start() -> tuple[frozenset[str], bool] | None:
    return gates.starts(P.LIST_GAP)


# the clause's own tests, gated on the characters each pattern needs (gates.py)
_T = gates.Table(ANY_NUMBER=P.ANY_NUMBER, ANY_PERIOD=P.ANY_PERIOD, PARAMETER_CONTEXT=P.PARAMETER_CONTEXT,
                 CHANGE_VERB=P.CHANGE_VERB, LEVEL_VERB=P.LEVEL_VERB)
