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

from dataclasses import dataclass
from decimal import Decimal

import regex

from . import patterns as P
from .patterns import CN_DIGIT

SCALE = {"万": 10**4, "亿": 10**8, "万亿": 10**12, "千万": 10**7, "百万": 10**6}


@dataclass(frozen=True)
class Number:
    """A number with its measure word at ``view[start:end]``."""

    start: int
    end: int
    value: object
    unit: str | None
    comparator: str | None  # set by the number's own form: range, 余 (>); else read from the words


def read_numbers(text: str, view: str, a: int, b: int) -> list[Number]:
    """Each number with a measure word in ``view[a:b]``."""
    out: list[Number] = []
    digit = P.ANY_DIGIT.search(view, a, b)
    if digit:
        out += _arabic(text, view, a, b)
    if P.ANY_BARE_SCALE.search(view, a, b):  # 曝光量上百万: a magnitude with no measure word
        out += [Number(m.start("n"), m.end(), float(SCALE[m.group("scale")]), None, ">=")
                for m in P.BARE_SCALE.finditer(view, a, b)]
    if P.ANY_CN_MARK.search(view, a, b) or (digit and P.ANY_CN_NUMERAL.search(view, a, b)):
        out += _cn_numbers(text, view, a, b)
        out += [Number(m.start(), m.end(), float(2 ** cn_int(m.group("n"))), "倍", None)
                for m in P.DOUBLING.finditer(view, a, b)]
    return out

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


def _arabic(text: str, view: str, a: int, b: int):
    for m in P.TARGET_NUMBER.finditer(view, a, b):
        if m.group("unit") != "%" and P.NOT_MEASURE.match(view, m.start("unit")):
            continue
        if m.group("unit") in P.BANDWIDTH_UNITS and not P.BANDWIDTH_CONTEXT.search(view, a, m.start()):
            continue  # 5G基站 names a technology; 总带宽达到2800G measures
        scale = SCALE.get(m.group("scale") or "", 1)
        low = _num(m.group("a"), scale)
        unit = "%" if m.group("unit") == "%" else text[m.start("unit"):m.end("per") if m.group("per") else m.end("unit")]
        if m.group("b"):
            yield Number(m.start(), m.end(), (low, _num(m.group("b"), scale)), unit, "range")
        else:
            yield Number(m.start(), m.end(), low, unit, ">" if m.group("more") else None)


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
            if len(cn) > 1 or not regex.search(rf"\d\s*{regex.escape(unit)}", view[a:b]):
                continue
        if not m.group("pct") and P.NOT_MEASURE.match(view, m.start("unit")):
            continue
        value = _cn_value(cn)
        if value is not None:
            yield Number(m.start(), m.end(), value, unit, None)


def _cn_value(cn: str) -> float | None:
    small = cn_int(cn)
    if small is not None:
        return float(small)
    try:
        import cn2an  # lazily: only Chinese numerals with 万/亿 need it

        return float(cn2an.cn2an(cn, "smart"))
    except Exception:  # not a numeral after all (一万五千余): no target
        return None


def _num(s: str, scale: int = 1) -> float:
    """`315.72` with a scale of 亿 -> 31572000000.0, exactly (decimal, not binary, arithmetic)."""
    return float(Decimal(s.replace(",", "")) * scale)
