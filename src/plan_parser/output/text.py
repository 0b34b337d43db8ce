"""Text stage: model values -> the text people read in a table cell or a report (numbers,
roles, values, completion times), written once for every writer and renderer."""
from __future__ import annotations

import calendar
from typing import Iterable

ROLE_LABELS = {"lead": "牵头", "support": "配合", "guide": "指导", "responsible": "责任"}
RECURRENCE_TEXT = {"annual": "每年", "ongoing": "长期"}
# comparator -> (words before the number, words after it): 不少于3000家, 3000家左右
COMPARATOR_WORDS = {">": ("超过", ""), ">=": ("不少于", ""), "=": ("", ""), "<=": ("不超过", ""), "<": ("低于", ""),
                    "~": ("", "左右"), "range": ("", "")}
PLAIN_COMPARATORS = ("=", "range")  # shown by the value alone: ``400``, ``3–5``


def dotted(path: Iterable[int]) -> str:
    """An item's path as people number it: ``[2, 3, 8]`` -> ``2.3.8``."""
    return ".".join(map(str, path))


def numbered(attachment: int | None, path: Iterable[int]) -> str:
    """A task's number with the attachment it stands in: ``附件1 2.3`` (or ``2.3`` in the plan)."""
    return f"附件{attachment} {dotted(path)}" if attachment else dotted(path)


def names(units, roles: Iterable[str]) -> str:
    """The names of the units that have one of ``roles``, in order: ``市科技局、市财政局``."""
    return "、".join(u.name for u in units if u.role in roles)


def lead_names(units) -> str:
    return names(units, ("lead",))


def other_names(units) -> str:
    """Every unit that does not lead (supports, guides, answers for)."""
    return names(units, tuple(r for r in ROLE_LABELS if r != "lead"))


def units_text(units) -> str:
    """Units with their roles: ``市科技局（牵头）；市财政局（配合）`` (a bare name answers for the task)."""
    return "；".join(u.name if u.role == "responsible" else f"{u.name}（{ROLE_LABELS[u.role]}）" for u in units)


def value_text(value) -> str:
    """A target's value as people write it: ``400``, a range ``3–5``."""
    return "–".join(map(str, value)) if isinstance(value, list) else str(value)


def comparator_text(comparator: str) -> str:
    """``>=`` as written before a value; nothing for an exact value or a range."""
    return "" if comparator in PLAIN_COMPARATORS else comparator


def when_text(deadline: str | None, recurrence: str | None) -> str:
    """A task's completion time for a table cell: its date, 每年 or 长期, or nothing."""
    return deadline or RECURRENCE_TEXT.get(recurrence or "", "")


def target_text(t) -> str:
    """A target in a few characters, with what it measures: ``新增企业>=3000家（2023）``, ``10%（每年）``."""
    when = t.deadline[:4] if t.deadline else RECURRENCE_TEXT.get(t.recurrence or "", "")
    return f"{t.indicator or ''}{comparator_text(t.comparator)}{value_text(t.value)}{t.unit or ''}" + \
        (f"（{when}）" if when else "")


def date_words(iso: str) -> str:
    """A ``YYYY-MM-DD`` deadline as people write it: 2023年底, 2023年6月底, 2023年6月15日."""
    year, month, day = (int(x) for x in iso.split("-"))
    if (month, day) == (12, 31):
        return f"{year}年底"
    if day == calendar.monthrange(year, month)[1]:
        return f"{year}年{month}月底"
    return f"{year}年{month}月{day}日"


def value_words(value) -> str:
    """A target's value: ``400``, a range ``3–5``; whole floats without ``.0``."""
    if isinstance(value, list):
        return "–".join(value_words(v) for v in value)
    return str(int(value)) if isinstance(value, float) and value.is_integer() else str(value)


def target_words(t) -> str:
    """A target in words: ``不少于3000家（2023年底）``, ``3–5个（每年）``, ``30%左右``."""
    before, after = COMPARATOR_WORDS[t.comparator]
    when = f"（{date_words(t.deadline)}）" if t.deadline else ("（每年）" if t.recurrence else "")
    return f"{before}{value_words(t.value)}{t.unit}{after}{when}"
