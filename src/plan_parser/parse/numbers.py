"""Numbers: Chinese numerals in markers and dates (``str -> int | None``), and the numbers
with a measure word in a clause (``read_numbers``: ``list[Number]``) that targets are made of.

``cn_int`` only reads spans already known to be numbers (a marker's ordinal, a date's year):
``十二`` → 12, ``二十`` → 20, ``一百零五`` → 105, ``两`` → 2, ``二〇二二`` (a year,
digit by digit) → 2022. Circled digits ``①``–``⑳`` → 1–20.
``read_numbers`` finds ``400家``, ``1.5万名``, ``3—5个``, ``百分之三十``, ``翻一番``,
``1.4亿吨/年``, ``上百万``; each form is looked for only when the clause holds a character it
needs (a digit, a Chinese numeral, 上百/上万…).
"""
from __future__ import annotations

import functools
from decimal import Decimal
from typing import NamedTuple

import regex

from . import gates
from . import patterns as P
from .lazy_regex import twin
from .cuts import re_twin
from .patterns import CN_DIGIT
from .patterns.targets import CN_COUNTED_LOOSE, TARGET_NUMBER_FROM_DIGIT, TARGET_NUMBER_LOOSE

SCALE = {"万": 10**4, "亿": 10**8, "万亿": 10**12, "千万": 10**7, "百万": 10**6}


class Number(NamedTuple):
    """A number with its measure word at ``view[start:end]`` (a named tuple: ~15k are made per
    bulk parse, and a tuple is made in a third of a frozen dataclass's time; immutable alike)."""

    start: int
    end: int
    value: object
    unit: str | None
    comparator: str | None  # set by the number's own form: range, 余 (>); else read from the words


def read_numbers(text: str, view: str, a: int, b: int, chars: set[str] | None = None) -> list[Number]:
    """Each number with a measure word in ``view[a:b]`` (``chars``: its gate characters,
    gates.characters, when the caller has them)."""
    chars = gates.characters(view, a, b) if chars is None else chars
    T = _T
    # (the gates read inline, as Table.holds does: ~20k clauses, four tests each)
    digit = not T.ANY_DIGIT.isdisjoint(chars) and (T.ANY_DIGIT_exact or P.ANY_DIGIT.search(view, a, b) is not None)
    out: list[Number] = _arabic(text, view, a, b) if digit else []
    # 曝光量上百万: a magnitude with no measure word
    if not T.ANY_BARE_SCALE.isdisjoint(chars) and T.holds("ANY_BARE_SCALE", chars, view, a, b):
        out += [Number(m.start("n"), m.end(), float(SCALE[m.group("scale")]), None, ">=")
                for m in P.BARE_SCALE.finditer(view, a, b)]
    if (not T.ANY_CN_MARK.isdisjoint(chars) and (T.ANY_CN_MARK_exact or P.ANY_CN_MARK.search(view, a, b))) or (
            digit and not T.ANY_CN_NUMERAL.isdisjoint(chars) and (
                T.ANY_CN_NUMERAL_exact or P.ANY_CN_NUMERAL.search(view, a, b))):
        # (each form tried only when the clause holds what it needs: a digit 一…九 两, a 翻)
        # (a numeral is read only with its measure word or 百分之: none where CN_COUNTED_LOOSE finds none)
        if not T.CN_TARGET_NUMBER.isdisjoint(chars) and (not gates.ENABLED or _loose(CN_COUNTED_LOOSE).search(view, a, b)):
            out += _cn_numbers(text, view, a, b)
        if not T.DOUBLING.isdisjoint(chars):
            out += [Number(m.start(), m.end(), float(2 ** cn_int(m.group("n"))), "倍", None)
                    for m in P.DOUBLING.finditer(view, a, b)]
    return out


def may_read(view: str, a: int, b: int, digit: int | None = None) -> bool:
    """Whether ``read_numbers`` may find a number in some clause of the sentence ``view[a:b]``:
    TARGET_NUMBER_LOOSE or another form matches somewhere in it (a Chinese numeral only with
    its measure word or 百分之, CN_COUNTED_LOOSE, as ``_cn_numbers`` reads it). False is exact:
    a clause's match is a match in its sentence, as no form reads past the clause's separator
    (,，:： end no numeral or measure word, and meet the lookaheads after 2800G and 上百万 as
    the clause's end does).
    With the gates off (gates.switch) every sentence may: the tests compare the two.
    ``digit``: a place in the sentence with no digit (``\\d``) before it (its first digit's or an
    earlier one), when the caller knows (targets._wanted_sentences): TARGET_NUMBER_LOOSE, which opens
    with one, is searched from there."""
    if not gates.ENABLED or _loose(TARGET_NUMBER_LOOSE).search(view, a if digit is None else digit, b):
        return True  # (TARGET_NUMBER may match: the sentence is read; gates off: every sentence is)
    first = _numeral_starts()
    if first is not None and not first.search(view, a, b):
        return False  # (most sentences: digits only, in a date or an ordinal)
    for rx in (P.BARE_SCALE, P.DOUBLING):  # (searched only where the one character they start with is: 上, 翻)
        c = _sole_start(rx)
        if (c is None or view.find(c, a, b) >= 0) and rx.search(view, a, b):
            return True
    return _loose(CN_COUNTED_LOOSE).search(view, a, b) is not None


@functools.cache
def _sole_start(rx) -> str | None:
    """The one character every match of ``rx`` starts with (gates.starts), or None: a match is
    only where the text holds it (a ``str.find``, ~3k sentences, for a search by regex)."""
    found = gates.starts(rx)
    return next(iter(found[0])) if found is not None and not found[1] and len(found[0]) == 1 else None


@functools.cache
def _loose(rx):
    """A loose pattern (TARGET_NUMBER_LOOSE, CN_COUNTED_LOOSE) compiled by re (lazy_regex.twin:
    classes, literals and alternations, read alike and faster; tests/test_targets_fast.py checks it)."""
    return twin(rx)


@functools.cache
def _numeral_starts():
    """One class of what the forms other than TARGET_NUMBER can start with (gates.starts), or None."""
    found = [gates.starts(rx) for rx in (P.BARE_SCALE, P.DOUBLING, P.CN_TARGET_NUMBER)]
    if None in found or any(space for _, space in found):
        return None
    return gates.class_of(frozenset().union(*(f for f, _ in found)))


# what each form needs (gates.py): a one-class pattern is a look-up in the clause's characters
_T = gates.Table(ANY_DIGIT=P.ANY_DIGIT, ANY_BARE_SCALE=P.ANY_BARE_SCALE, ANY_CN_MARK=P.ANY_CN_MARK,
                 ANY_CN_NUMERAL=P.ANY_CN_NUMERAL, CN_TARGET_NUMBER=P.CN_TARGET_NUMBER, DOUBLING=P.DOUBLING)
GATES = _T  # (public: the targets stage's clause class holds the characters its gates look up)
_UNITS = {"十": 10, "百": 100, "千": 1000}


def cn_int(s: str) -> int | None:
    """Value of a Chinese numeral up to the thousands, or None if ``s`` is not one."""
    if not s:
        return None
    if s.isascii() and s.isdigit():
        return int(s)
    if len(s) == 1 and "\u2460" <= s <= "\u2473":
        return ord(s) - 0x2460 + 1
    total, digit = 0, None
    for ch in s:
        if ch in CN_DIGIT:
            digit = CN_DIGIT[ch]
        elif ch in _UNITS:
            total += (1 if digit is None else digit) * _UNITS[ch]
            digit = None
        else:
            return None
    return total + (digit or 0)


def cn_year(s: str) -> int | None:
    """A year written digit by digit: 二〇二二 / 二○○六 → 2022 / 2006."""
    digits = [CN_DIGIT.get(ch) for ch in s]
    if len(digits) != 4 or None in digits:
        return None
    return int("".join(map(str, digits)))


def _arabic(text: str, view: str, a: int, b: int) -> list[Number]:
    measure = _measure_start()
    # (NOT_MEASURE is only tried where a word it names can start: 人才, 项目, 个工作日 …; gates.may_start,
    # written out: NOT_MEASURE starts with no space)
    first = measure[0] if measure is not None and gates.ENABLED else None
    not_measure, bandwidth = _not_measure().match, P.BANDWIDTH_UNITS
    ia, ib, iscale, imore, iunit, iper = _group_numbers()
    out: list[Number] = []
    for m in _target_numbers(view, a, b):
        regs = m.regs  # every group's span at once (by name, each is a call of its own)
        at, unit_end = regs[iunit]
        unit = view[at:unit_end]
        if unit != "%" and (first is None or view[at] in first) and not_measure(view, at):
            continue
        if unit in bandwidth and not P.BANDWIDTH_CONTEXT.search(view, a, regs[0][0]):
            continue  # 5G基站 names a technology; 总带宽达到2800G measures
        factor = SCALE.get(view[regs[iscale][0]:regs[iscale][1]], 1)  # (an unmatched group's span is empty)
        digits = view[regs[ia][0]:regs[ia][1]]
        # (_num's own first case, written out: a whole number of up to 15 digits, most numbers)
        value = float(int(digits) * factor) if digits.isdigit() and len(digits) <= 15 else _num(digits, factor)
        if unit != "%":
            unit = text[at:regs[iper][1] if regs[iper][0] >= 0 else unit_end]
        start, end = regs[0]
        if regs[ib][0] >= 0:
            out.append(_new_number(Number, (start, end, (value, _num(view[regs[ib][0]:regs[ib][1]], factor)), unit,
                                            "range")))
        else:
            out.append(_new_number(Number, (start, end, value, unit, ">" if regs[imore][0] >= 0 else None)))
    return out


_new_number = tuple.__new__  # (Number(...) itself, without its __new__'s Python frame: ~15k numbers)


def _target_numbers(view: str, a: int, b: int):
    """TARGET_NUMBER's matches in ``view[a:b]``: TARGET_NUMBER_FROM_DIGIT's, by re, where none
    follows 第 and one of 、,和及 (where TARGET_NUMBER's look-behind of varying width may hold: then
    its own). With the gates off, TARGET_NUMBER's own (the tests compare the two)."""
    if not gates.ENABLED:
        return P.TARGET_NUMBER.finditer(view, a, b)
    found = list(_from_digit().finditer(view, a, b))
    for m in found:
        p = m.start()
        if p and view[p - 1] in _LIST_SEPARATORS and view.rfind("第", 0, p) >= 0:
            return P.TARGET_NUMBER.finditer(view, a, b)  # (第2、4、5项, or more often 第一，…1,000个)
    return found


_LIST_SEPARATORS = "、,和及"  # what TARGET_NUMBER's look-behind allows between 第 and a number, but digits


@functools.cache
def _from_digit():
    """TARGET_NUMBER_FROM_DIGIT compiled by re (lazy_regex.twin: read alike)."""
    return twin(TARGET_NUMBER_FROM_DIGIT)


@functools.cache
def _group_numbers() -> tuple[int, ...]:
    """The numbers of TARGET_NUMBER's groups a, b, scale, more, unit, per."""
    return tuple(P.TARGET_NUMBER.groupindex[name] for name in ("a", "b", "scale", "more", "unit", "per"))


@functools.cache
def _not_measure():
    """NOT_MEASURE compiled by re (cuts.re_twin: literals only, read alike; ~8k numbers ask it)."""
    return re_twin(P.NOT_MEASURE)


@functools.cache
def _measure_start() -> tuple[frozenset[str], bool] | None:
    """What a match of NOT_MEASURE can start with (gates.starts; never a space)."""
    gate = gates.starts(P.NOT_MEASURE)
    assert gate is None or not gate[1], gate
    return gate


def _cn_numbers(text: str, view: str, a: int, b: int):
    """Chinese numerals with a measure word; a lone digit (一个) only beside an arabic count of
    the same measure in its clause (打造一个世界级商圈、高标准建设5个特色商圈), as 一个 is
    mostly the article ``a``."""
    for m in P.CN_TARGET_NUMBER.finditer(view, a, b):
        unit = "%" if m.group("pct") else m.group("unit") and text[m.start("unit"):m.end("unit")]
        cn = m.group("cn")
        if not unit:
            continue
        if not (m.group("pct") or any(c in cn for c in "十百千万亿")):
            if len(cn) > 1 or not _counted(unit).search(view, a, b):
                continue
        if not m.group("pct") and _not_measure().match(view, m.start("unit")):
            continue
        value = _cn_value(cn)
        if value is not None:
            yield Number(m.start(), m.end(), value, unit, None)


@functools.cache
def _counted(unit: str):
    """An arabic count of ``unit`` (``5个``): what lets a lone 一个 in its clause be read."""
    return regex.compile(rf"\d\s*{regex.escape(unit)}")


def _cn_value(cn: str) -> float | None:
    small = cn_int(cn)
    if small is not None:
        return float(small)
    large = cn_large(cn)
    return None if large is None else float(large)


_SCALES = (("亿", 10**8), ("万", 10**4))


def cn_large(s: str) -> int | None:
    """Value of a Chinese numeral with 万/亿 sections (一万零五百 10500, 三亿五千万 350000000,
    十万亿), or None if ``s`` is not a well-formed one (一二万, 一万万, 万).
    family: counts and amounts in targets written in words; as spoken, a lone digit after 万
    is thousands (一万五 15000, 三万二 32000), never after 亿 (一亿五 is no numeral)."""
    for sep, scale in _SCALES:
        head, found, tail = s.partition(sep)
        if not found:
            continue
        high = cn_large(head) if head else None
        if not high:  # 万, 零万
            return None
        if len(tail) == 1 and CN_DIGIT.get(tail):
            return high * scale + CN_DIGIT[tail] * 1000 if sep == "万" else None
        low = cn_large(tail) if tail else 0
        return None if low is None else high * scale + low
    if any(a in CN_DIGIT and b in CN_DIGIT and CN_DIGIT[a] for a, b in zip(s, s[1:])):
        return None  # two digits in a row (一二万, 一两万): a span of counts, not one
    return cn_int(s)


def _num(s: str, scale: int = 1) -> float:
    """`315.72` with a scale of 亿 -> 31572000000.0, exactly (decimal, not binary, arithmetic).
    A whole number of up to 15 digits is multiplied as an int: the same exact product (up to
    10^27, within Decimal's 28 digits), rounded once to a float, without a Decimal."""
    s = s.replace(",", "")
    if "." not in s and len(s) <= 15:
        return float(int(s) * scale)
    return float(Decimal(s) * scale)
