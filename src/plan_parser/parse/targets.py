"""Targets stage: a paragraph's text -> ``list[Found]`` quantitative targets with deadlines.

A target is a number with a measure word (``400家``, ``1.5万名``, ``30%``, ``3—5个``,
``百分之三十``), its comparator from the words around it (``超过`` ``>``, ``不少于``/``以上``
``>=``, ``左右``/``约`` ``~`` …) and the deadline of its sentence (``到2025年``, ``2023年底前``,
``“十四五”末``, ``力争用5年时间`` from the notice's date, ``每年`` as a recurrence).

Deadline scope: a sentence is cut into clauses at commas. A dated expression applies
to its own clause and to the clauses after it in the sentence, until another one; a
recurrence (``每年``) applies to its own clause, and to the clauses after it only when
its own clause states no number (``每年落实专项任务，即组织10场…``).
Not targets: dates, 文号, ordinals, names and slogans in quotes or 《》, durations and ages
(``3个月``, ``35岁``), numbers in a heading's title, and parameters such as subsidies,
loans and fee shares.
"""
from __future__ import annotations

import calendar
import dataclasses
from dataclasses import dataclass
from decimal import Decimal

from . import patterns as P
from .numbers import cn_int

PLAN_END = {"十一五": 2010, "十二五": 2015, "十三五": 2020, "十四五": 2025, "十五五": 2030, "十六五": 2035}
SCALE = {"万": 10**4, "亿": 10**8, "万亿": 10**12, "千万": 10**7, "百万": 10**6}
WINDOW = 8  # characters looked at before a number for its comparator


@dataclass(frozen=True)
class Context:
    """What deadlines resolve against: the notice's date, else a start year in the text."""

    year: int | None = None


@dataclass(frozen=True)
class When:
    start: int  # offset in the paragraph
    deadline: str | None = None
    recurrence: str | None = None
    text: str = ""


@dataclass(frozen=True)
class Found:
    start: int
    end: int
    text: str
    value: float | tuple[float, float]
    unit: str
    comparator: str
    deadline: str | None
    recurrence: str | None
    deadline_text: str | None
    verb: str | None
    change: bool


def find_targets(text: str, view: str | None = None, ctx: Context = Context(), skip: int = 0) -> list[Found]:
    """Every target in a paragraph; numbers before offset ``skip`` (a heading's title) are not read."""
    view = P.fold(text) if view is None else view
    if not P.ANY_NUMBER.search(view, skip):
        return []
    masked = mask(view)
    out: list[Found] = []
    for a, b in _spans(masked, P.SENTENCE_SPLIT):
        out += _sentence(text, view, masked, a, b, ctx, skip)
    return out


def mask(view: str) -> str:
    """Quotes, titles and 〔years〕 blanked out (same length), so their numbers are not read."""
    return P.MASKED.sub(lambda m: "□" * len(m.group()), view)


def _spans(view: str, rx, a: int = 0, b: int | None = None) -> list[tuple[int, int]]:
    b = len(view) if b is None else b
    out, start = [], a
    for m in rx.finditer(view, a, b):
        out.append((start, m.start()))
        start = m.end()
    out.append((start, b))
    return [(x, y) for x, y in out if y > x]


def _sentence(text: str, view: str, masked: str, a: int, b: int, ctx: Context, skip: int) -> list[Found]:
    out: list[Found] = []
    dated: When | None = None
    carried: When | None = None  # a recurrence whose clause had no number
    for s, e in _spans(masked, P.SEGMENT_SPLIT, a, b):
        whens = _whens(text, view, s, e, ctx)
        numbers = _without_size_classes(masked, [n for n in _numbers(text, masked, s, e) if n[0] >= skip])
        dated_here = [w for w in whens if w.deadline]
        recurring = [w for w in whens if w.recurrence]
        for n in numbers:
            own = [w for w in dated_here if w.start < n[0]] or dated_here
            rec = recurring[0] if recurring else carried
            # a clause's own 每年 outranks a period carried from an earlier clause
            deadline = own[-1] if own else (None if recurring else dated)
            found = _found(text, view, n, deadline, rec)
            if out and found.comparator == "=" and P.LIST_GAP.fullmatch(view, out[-1].end, found.start):
                # 分别不少于60个、40个、5个: the list's comparator holds for each of its numbers
                found = dataclasses.replace(found, comparator=out[-1].comparator)
            out.append(found)
        if dated_here:
            dated = dated_here[-1]
            carried = None
        if recurring and not numbers:
            carried = recurring[0]
        elif numbers:
            carried = None
    return out


def _found(text: str, view: str, n, deadline: When | None, rec: When | None) -> Found:
    start, end, value, unit, ranged = n
    before = view[max(0, start - WINDOW):start]
    after = view[end:end + 4]
    comparator = "range" if ranged is True else ranged or _comparator(before, after)  # ">" for 100余家
    verb = P.CHANGE_VERB.search(before.rstrip("了到至")) or P.DOUBLING.match(view, start)
    level = None if verb else P.LEVEL_VERB.search(before)
    return Found(
        start=start, end=end, text=text[start:end], value=value, unit=unit, comparator=comparator,
        deadline=deadline.deadline if deadline else None, recurrence=rec.recurrence if rec else None,
        deadline_text=(deadline or rec).text if (deadline or rec) else None,
        verb=_verb(verb or level), change=verb is not None,
    )


def _verb(m) -> str | None:
    if m is None:
        return None
    return m.groupdict().get("verb") or m.group()


def _comparator(before: str, after: str) -> str:
    for word, comp in P.COMPARATOR_AFTER:
        if after.startswith(word):
            return comp
    for word, comp in P.COMPARATOR_BEFORE:
        if word in before[-(len(word) + 4):]:
            return comp
    return "="


def _numbers(text: str, view: str, a: int, b: int) -> list[tuple[int, int, object, str, bool]]:
    """(start, end, value, unit, is_range) of each number with a measure word in view[a:b]."""
    clause = view[a:b]
    if P.PARAMETER_CONTEXT.search(clause):
        return []
    out = []
    for m in P.TARGET_NUMBER.finditer(view, a, b):
        if m.group("unit") != "%" and P.NOT_MEASURE.match(view, m.start("unit")):
            continue
        scale = SCALE.get(m.group("scale") or "", 1)
        low = _num(m.group("a"), scale)
        unit = "%" if m.group("unit") == "%" else text[m.start("unit"):m.end("unit")]
        if m.group("b"):
            out.append((m.start(), m.end(), (low, _num(m.group("b"), scale)), unit, True))
        else:
            out.append((m.start(), m.end(), low, unit, ">" if m.group("more") else False))
    out += _cn_numbers(text, view, a, b)
    out += [(m.start(), m.end(), float(2 ** cn_int(m.group("n"))), "倍", False)
            for m in P.DOUBLING.finditer(view, a, b)]
    return sorted(out, key=lambda n: n[0])


def _without_size_classes(view: str, numbers: list) -> list:
    """The clause's numbers without those that only class what a later number counts:
    ``其中10亿元以上项目不少于5个`` is 5个, not 10亿元 too."""
    return [n for k, n in enumerate(numbers)
            if not (k + 1 < len(numbers) and n[3] != "%" and n[3][-1] not in P.COUNT_UNIT_END
                    and P.SIZE_CLASS_AFTER.match(view, n[1]))]


def _cn_numbers(text: str, view: str, a: int, b: int):
    for m in P.CN_TARGET_NUMBER.finditer(view, a, b):
        unit = "%" if m.group("pct") else m.group("unit") and text[m.start("unit"):m.end("unit")]
        cn = m.group("cn")
        if not unit or not (m.group("pct") or any(c in cn for c in "十百千万亿")):
            continue
        if not m.group("pct") and P.NOT_MEASURE.match(view, m.start("unit")):
            continue
        value = _cn_value(cn)
        if value is not None:
            yield (m.start(), m.end(), value, unit, False)


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


# --- deadlines ---------------------------------------------------------------------

def _whens(text: str, view: str, a: int, b: int, ctx: Context) -> list[When]:
    out: list[When] = []
    for m in P.DEADLINE_DATE.finditer(view, a, b):
        if m.group("tail") == "起" or _baseline(view, m.start(), m.end()):
            continue
        out.append(When(m.start(), _date(int(m.group("y")), m.group("m"), m.group("d")), text=text[m.start():m.end()]))
    for m in P.FIVE_YEAR_PLAN.finditer(view, a, b):
        out.append(When(m.start(), f"{PLAN_END[m.group('plan')]}-12-31", text=text[m.start():m.end()]))
    if ctx.year:
        for m in P.DEADLINE_SPAN.finditer(view, a, b):
            n = cn_int(m.group("n"))
            if n:
                out.append(When(m.start(), f"{ctx.year + n}-12-31", text=text[m.start():m.end()]))
        for m in P.DEADLINE_THIS_YEAR.finditer(view, a, b):
            year = ctx.year + (m.group("w") == "明年")
            out.append(When(m.start(), f"{year}-12-31", text=text[m.start():m.end()]))
        for m in P.DEADLINE_MONTH.finditer(view, a, b):
            out.append(When(m.start(), _date(ctx.year, m.group("m"), m.group("d")), text=text[m.start():m.end()]))
    for m in P.ANNUAL.finditer(view, a, b):
        out.append(When(m.start(), recurrence="annual", text=text[m.start():m.end()]))
    return sorted(out, key=lambda w: w.start)


def _baseline(view: str, start: int, end: int) -> bool:
    """Whether the date at view[start:end] is what a number is compared with (较2019年)."""
    return bool(P.BASELINE_BEFORE.search(view[max(0, start - 4):start]) or P.BASELINE_AFTER.match(view, end))


def _date(year: int, month: str | None, day: str | None) -> str | None:
    if not month:
        return f"{year:04d}-12-31"
    mo = int(month)
    if not 1 <= mo <= 12:
        return None
    last = calendar.monthrange(year, mo)[1]
    d = int(day) if day else last
    return f"{year:04d}-{mo:02d}-{min(max(d, 1), last):02d}"


def context_year(notice_date: str | None, text: str) -> int | None:
    """The year spans such as 5年内 count from: the notice's date, else the first 2012年起."""
    if notice_date:
        return int(notice_date[:4])
    m = P.START_YEAR.search(P.fold(text))
    return int(m.group("y")) if m else None


def resolve(phrase: str, ctx: Context = Context()) -> When | None:
    """The time a phrase states: its last date, else 每年 (annual), else 长期坚持 (ongoing)."""
    view = P.fold(phrase)
    whens = _whens(phrase, view, 0, len(view), ctx)
    dated = [w for w in whens if w.deadline]
    if dated:
        return dated[-1]
    if whens:
        return whens[0]
    m = P.ONGOING.search(view) or P.regex.search(r"长期|持续", view)
    return When(m.start(), recurrence="ongoing", text=phrase) if m else None
