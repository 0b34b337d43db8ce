"""Deadlines stage: a span of a paragraph -> ``list[When]``, the periods and recurrences it states.

``到2025年`` / ``2023年底前`` / ``2021—2025年`` (the end year), ``“十四五”末``, ``力争用5年时间``
and ``今年`` / ``全年`` / ``6月底前`` / ``一季度`` / ``上半年`` (from the notice's year), ``每年`` (a recurrence).
A year that a number is compared with (``较2019年增长``) and a start (``2012年起``) are no
deadline. Each pattern needs 年, 月, 十 or 季 (or 每/逐 for a recurrence): a span without any of
these characters is not scanned at all, nor one where PERIOD_LOOSE (what every one of them
holds: a number before 年 or 月, 十四五, 今年 …) finds nothing.
"""
from __future__ import annotations

import calendar
import functools
from collections import Counter
from itertools import repeat
from dataclasses import dataclass

from . import gates
from . import patterns as P
from .lazy_regex import twin
from .numbers import cn_int
from .patterns.targets import PERIOD_LOOSE

TITLE_SPAN = 300  # characters at the head of an undated text where its title stands
PLAN_END = {"十一五": 2010, "十二五": 2015, "十三五": 2020, "十四五": 2025, "十五五": 2030, "十六五": 2035}


@dataclass(frozen=True)
class Context:
    """What deadlines resolve against: the notice's date, else a start year in the text."""

    year: int | None = None
    since: int | None = None  # the notice's own year, when it is dated: periods before it are over


@dataclass(frozen=True)
class When:
    start: int  # offset in the paragraph
    deadline: str | None = None
    recurrence: str | None = None
    text: str = ""
    kind: str = ""  # date (a year written: 到2025年, 2023年), plan (十四五末), span (5年内), notice-year, annual


# the period patterns (DEADLINE_DATE, FIVE_YEAR_PLAN, ANNUAL, DEADLINE_SPAN, DEADLINE_THIS_YEAR,
# DEADLINE_MONTH, DEADLINE_QUARTER, BASELINE_BEFORE/AFTER) as they are read: by their re twins with the gates on
rx = gates.as_read


def whens(text: str, view: str, a: int, b: int, ctx: Context, chars: set[str] | None = None) -> list[When]:
    """Every period phrase and recurrence in ``view[a:b]``, in order (``chars``: the span's
    gate characters, gates.characters, when the caller has them)."""
    # most clauses state no time at all (or only a 年 of a word: 青年, 年度)
    if chars is None:  # (its own gates' characters alone, once PERIOD_LOOSE says there may be a period)
        if gates.ENABLED and not period_loose().search(view, a, b):
            return []
        chars = _characters(view, a, b)
        if not _T.holds("ANY_PERIOD", chars, view, a, b):
            return []
    elif not _T.holds("ANY_PERIOD", chars, view, a, b) or (gates.ENABLED and not period_loose().search(view, a, b)):
        return []
    out: list[When] = []
    R = rx()
    for m in _finditer(R.DEADLINE_DATE, _T.DEADLINE_DATE, chars, view, a, b, _T.DEADLINE_DATE_also):
        if m.group("tail") == "起" or _baseline(view, m.start(), m.end()):
            continue
        if ctx.since and int(m.group("y")) < ctx.since:
            continue  # a period over before the notice was written: 完成2022年35个…改造 (a 2023 plan), 2000年以前建成的
        out.append(When(m.start(), _date(int(m.group("y")), m.group("m"), m.group("d")),
                        text=text[m.start():m.end()], kind="date"))
    for m in _finditer(R.FIVE_YEAR_PLAN, _T.FIVE_YEAR_PLAN, chars, view, a, b, _T.FIVE_YEAR_PLAN_also):
        if ctx.since and PLAN_END[m.group("plan")] < ctx.since:
            continue  # “十三五”期间 in a 2023 notice: over
        out.append(When(m.start(), f"{PLAN_END[m.group('plan')]}-12-31", text=text[m.start():m.end()], kind="plan"))
    if ctx.year:
        out += _from_notice_year(text, view, a, b, ctx.year, chars)
    for m in _finditer(R.ANNUAL, _T.ANNUAL, chars, view, a, b):
        out.append(When(m.start(), recurrence="annual", text=text[m.start():m.end()], kind="annual"))
    return sorted(out, key=_start) if len(out) > 1 else out


def _start(w: When) -> int:
    return w.start


def _characters(view: str, a: int, b: int) -> set[str]:
    """gates.characters of ``view[a:b]`` as far as this module's gates look (gates.Table.characters:
    one class of theirs, fewer characters to collect than every table's)."""
    return _T.characters(view, a, b)


@functools.cache
def period_loose():
    """PERIOD_LOOSE compiled by re (lazy_regex.twin: literals and small classes, read alike and
    faster; tests/test_targets_fast.py checks it)."""
    return twin(PERIOD_LOOSE)


def _from_notice_year(text: str, view: str, a: int, b: int, year: int, chars: set[str]) -> list[When]:
    """力争用5年时间 / 今年 / 全年 / 6月底前: counted from the notice's year."""
    out, R = [], rx()
    for m in _finditer(R.DEADLINE_SPAN, _T.DEADLINE_SPAN, chars, view, a, b, _T.DEADLINE_SPAN_also):
        n = cn_int(m.group("n"))
        if n:
            out.append(When(m.start(), f"{year + n}-12-31", text=text[m.start():m.end()], kind="span"))
    for m in _finditer(R.DEADLINE_THIS_YEAR, _T.DEADLINE_THIS_YEAR, chars, view, a, b):
        out.append(When(m.start(), f"{year + (m.group('w') == '明年')}-12-31", text=text[m.start():m.end()],
                        kind="notice-year"))
    for m in _finditer(R.DEADLINE_MONTH, _T.DEADLINE_MONTH, chars, view, a, b):
        out.append(When(m.start(), _date(year, m.group("m"), m.group("d")), text=text[m.start():m.end()],
                        kind="notice-year"))
    for m in _finditer(R.DEADLINE_QUARTER, _T.DEADLINE_QUARTER, chars, view, a, b):
        if not _baseline(view, m.start(), m.end()):  # not 较一季度, 与上半年相比, 截至三季度末
            out.append(When(m.start(), f"{year}-{quarter_end(m.group('q'))}", text=text[m.start():m.end()],
                            kind="notice-year"))
    return out


# the last day of a quarter or half of a year, by the digit or numeral that names it (上 / 下: a half)
_QUARTER_END = {"1": "03-31", "一": "03-31", "2": "06-30", "二": "06-30", "上": "06-30", "3": "09-30",
                "三": "09-30", "4": "12-31", "四": "12-31", "下": "12-31"}


def quarter_end(q: str) -> str:
    """``MM-DD`` of the end of DEADLINE_QUARTER's ``q``: 一季度 03-31, 上半年 06-30, 前三季度 09-30."""
    return _QUARTER_END[q.lstrip("前第 \t\u3000")[0]]


def _finditer(rx, needs, chars: set[str], view: str, a: int, b: int, also: tuple = ()):
    """The pattern's matches in ``view[a:b]``; none looked for when the span lacks what it needs
    (``needs``, and each of ``also``: gates.Table's NAME_also)."""
    if needs.isdisjoint(chars) or (also and any(map(_disjoint, also, repeat(chars)))):  # (a C loop)
        return ()
    return rx.finditer(view, a, b)


_disjoint = frozenset.isdisjoint

# each period pattern, gated on the characters it needs (gates.py): 年 月 十 每 …
_T = gates.Table(ANY_PERIOD=P.ANY_PERIOD, DEADLINE_DATE=P.DEADLINE_DATE, FIVE_YEAR_PLAN=P.FIVE_YEAR_PLAN,
                 ANNUAL=P.ANNUAL, DEADLINE_SPAN=P.DEADLINE_SPAN, DEADLINE_THIS_YEAR=P.DEADLINE_THIS_YEAR,
                 DEADLINE_MONTH=P.DEADLINE_MONTH, DEADLINE_QUARTER=P.DEADLINE_QUARTER)
GATES = _T  # (public: the targets stage's clause class holds the characters its gates look up)


def _baseline(view: str, start: int, end: int) -> bool:
    """Whether the date at view[start:end] is what a number is compared with (较2019年)."""
    R = rx()
    return bool(R.BASELINE_BEFORE.search(view[max(0, start - 4):start]) or R.BASELINE_AFTER.match(view, end))


def _date(year: int, month: str | None, day: str | None) -> str | None:
    if not month:
        return f"{year:04d}-12-31"
    mo = int(month)
    if not 1 <= mo <= 12:
        return None
    last = calendar.monthrange(year, mo)[1]
    d = int(day) if day else last
    return f"{year:04d}-{mo:02d}-{min(max(d, 1), last):02d}"


def context_year(notice_date: str | None, text: str, view: str | None = None) -> int | None:
    """The year spans such as 5年内 and 全年 count from: the notice's date, else the year after
    the one a work report's 2023年工作回顾 reviews, else the year of its 二、2024年工作安排, else
    the first 2012年起, else the first year of a window in its title (…方案(2021-2025年)), else
    the year the text names most often (a headerless 措施 that speaks of its
    2023年全国击剑锦标赛 and 2023深圳购物季 is a 2023 text; the latest year on a tie).
    ``view`` is ``fold(text)`` when the caller has it (the parse folds the text once)."""
    if notice_date:
        return int(notice_date[:4])
    view = P.fold(text) if view is None else view
    # family: an undated 政府工作报告, 一、2023年工作回顾 … 二、2024年…: it speaks in the year after (its 今年)
    m = P.REVIEW_HEADING.search(view) if "回顾" in view else None
    if m:
        return int(m.group("y")) + 1
    m = P.PLAN_YEAR_HEADING.search(view) if "、" in view else None  # 二、2024年工作安排 (no review heading)
    if m:
        return int(m.group("y"))
    m = start_year(view)
    if m:
        return int(m.group("y"))
    # family: an undated plan whose title gives its window, 《…工作方案(2021-2025年)》的函: it starts then
    m = P.PERIOD.search(view, 0, TITLE_SPAN)
    if m and int(m.group("a")) < int(m.group("b")):
        return int(m.group("a"))
    years = Counter(int(y) for y in years_named(view))
    return max(years, key=lambda y: (years[y], y)) if years else None


def start_year(view: str):
    """START_YEAR's first match in ``view`` (``P.START_YEAR.search(view)``), searched only up to each 起,
    which every match ends with, from where its four digits may stand: a str.find a 起 (~0.4 ns a
    character) in place of regex's scan of the whole text (~6 ns). Exact: the walk back from a 起
    over spaces and 年 (str.isspace holds every \\s) stops right after the digits of a match ending
    there; matches end at distinct 起 and start in their order, so the first 起 with one has the first."""
    p = view.find("起")
    while p >= 0:
        j = p
        while j and (view[j - 1] == "年" or view[j - 1].isspace()):
            j -= 1
        m = P.START_YEAR.search(view, max(0, j - 4), p + 1)
        if m:
            return m
        p = view.find("起", p + 1)
    return None


def years_named(view: str) -> list[str]:
    """``P.YEAR_NAMED.findall(view)``, tried only where 19 or 20 stands (str.find: every match opens
    so; ~4.5k places over the bulk set's undated texts) rather than at every character. Exact: a match is four digits
    after no digit, so no two overlap, nor does one start inside another's digits; each
    position is tried by ``match`` with the text before it in sight (the look-behind), by
    YEAR_NAMED's re twin (lazy_regex.twin: read alike; a call costs less than regex's)."""
    match, found = _year_named().match, []
    for lead in ("19", "20"):
        p = view.find(lead)
        while p >= 0:
            if match(view, p):
                found.append(p)
            p = view.find(lead, p + 1)
    return [view[p:p + 4] for p in sorted(found)]


@functools.cache
def _year_named():
    """YEAR_NAMED compiled by re (lazy_regex.twin)."""
    return twin(P.YEAR_NAMED)


def resolve(phrase: str, ctx: Context = Context()) -> When | None:
    """The time a phrase states: its last date, else 每年 (annual), else 长期坚持 (ongoing)."""
    view = P.fold(phrase)
    found = whens(phrase, view, 0, len(view), ctx)
    dated = [w for w in found if w.deadline]
    if dated:
        return dated[-1]
    if found:
        return found[0]
    m = P.ONGOING.search(view) or P.regex.search(r"长期|持续", view)
    return When(m.start(), recurrence="ongoing", text=phrase) if m else None
