"""Chinese numerals as they appear in markers and dates: ``str -> int | None``.

Only for spans already known to be numbers (a marker's ordinal, a date's year):
``十二`` → 12, ``二十`` → 20, ``一百零五`` → 105, ``两`` → 2, ``二〇二二`` (a year,
digit by digit) → 2022. Circled digits ``①``–``⑳`` → 1–20.
"""
from __future__ import annotations

from .patterns import CN_DIGIT

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
