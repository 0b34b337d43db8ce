"""Flatten stage helpers: a flattened line's signature, 版记 and run-on markers searched in
windows, with the same matches as the patterns' plain searches (``FLAT_SIGNATURE.search``,
``FLAT_RECORD.finditer``, ``RUN_ON_MARKER.finditer``) in a fraction of their time: regex tries a
pattern that opens with a lookbehind or an alternation at every position of a line of thousands
of characters.
"""
from __future__ import annotations

import functools
import re

import regex

from . import patterns as P
from .patterns import CN_NUM
from .lazy_regex import twin
from .pattern_store import compiled_re
from .patterns.lines import FLAT_SIGNATURE_SPLIT
from .patterns.tree import RUN_ON_MARKER_ANYWHERE


def may_record(view: str, after: int) -> bool:
    """Whether a FLAT_RECORD match may start at ``after`` or later: each holds 抄 (抄送:) or 印发 /
    翻印 (…2021年3月1日印发), which a scan for three strings tells before the pattern's own."""
    return any(view.find(word, after) != -1 for word in ("抄", "印发", "翻印"))


PRINTED_REACH = 50  # a FLAT_DATED_PRINTED match's 日 stands within this many characters of its start
# (an authority of at most 40, a date's year, month and day before its 日 at most 10)


def records_from(view: str, pos: int):
    """``FLAT_RECORD.finditer(view, pos)``: its two branches searched apart (FLAT_CC,
    FLAT_DATED_PRINTED), the match that starts first taken (the first branch's on a tie, as the
    alternation tries it first), each branch's next match kept until the scan passes it."""
    cc = printed = None
    while True:
        cc = cc if cc is not None and cc.start() >= pos else P.FLAT_CC.search(view, pos)
        printed = printed if printed is not None and printed.start() >= pos else _dated_printed(view, pos)
        m = cc if printed is None or (cc is not None and cc.start() <= printed.start()) else printed
        if m is None:
            return
        yield m
        pos = m.end()


def _dated_printed(view: str, pos: int):
    """``FLAT_DATED_PRINTED.search(view, pos)``, begun where a match can first start: its date's
    日 runs into 印发 or 翻印, and stands at most PRINTED_REACH after the match's start."""
    days = [d for d in (view.find("日印发", pos), view.find("日翻印", pos)) if d != -1]
    return P.FLAT_DATED_PRINTED.search(view, max(pos, min(days) - PRINTED_REACH)) if days else None


SIGNATURE_SPAN = 53  # a FLAT_SIGNATURE match's date ends with 日 within this many characters of its start
# (its issuer at most 40, its date at most 13: 二〇一一年十一月三十日)
SIGNATURE_WORD = 3  # the longest word its date may run into (联系人)
_NON_SPACE = regex.compile(r"\S")


def signature_search(view: str, pos: int):
    """``FLAT_SIGNATURE.search(view, pos)``, in windows: a match's date ends with a 日 that runs
    into the end or a note (FLAT_SIGNATURE_DAY), at most SIGNATURE_SPAN after the match's start.
    So for each such 日 in turn the pattern is searched from SIGNATURE_SPAN before it to
    ``_window_end`` (the lookbehind still sees the characters before), and the first match that
    starts at or before that 日 is the plain search's: every match that does so lies inside the
    window, and none starts before the window (its 日 would be an earlier one, searched already)."""
    search = _signature_twin().search  # (FLAT_SIGNATURE's matches, by re: a third of regex's time a window)
    for day in P.FLAT_SIGNATURE_DAY.finditer(view, pos):
        d = day.start()
        m = search(view, max(pos, d - SIGNATURE_SPAN), _window_end(view, d))
        if m is not None and m.start() <= d:
            return m
    return None


def _window_end(view: str, day: int) -> int:
    """Past all that a FLAT_SIGNATURE match starting at or before ``day`` reads: its issuer and
    date (SIGNATURE_SPAN), the white space after them and the word after that (SIGNATURE_WORD);
    so the window's end is never taken for the text's ($)."""
    m = _NON_SPACE.search(view, day + SIGNATURE_SPAN)
    return min(len(view), (m.start() if m else len(view)) + SIGNATURE_WORD)


def signatures(view: str, pos: int):
    """``FLAT_SIGNATURE.finditer(view, pos)``, each search begun as ``signature_search``'s."""
    while (m := signature_search(view, pos)) is not None:
        yield m
        pos = m.end()


class Signatures:
    """``signature_search`` and ``signatures`` over one view, asked from several offsets (a
    flattened line's head, its last item, its list of attachments): each answer is kept and given
    again where it still holds. The first match from ``p`` is the first from any offset between
    ``p`` and its start (none starts in between, and what matches at a place does not depend on
    where the search began: the lookbehind reads the characters before it); no match from ``p``,
    none from any later offset."""

    def __init__(self, view: str):
        self.view = view
        self._known: list[tuple[int, object]] = []  # (offset, its first match or None)

    def first(self, pos: int):
        """``signature_search(self.view, pos)``."""
        for p, m in self._known:
            if p <= pos and (m is None or pos <= m.start()):
                return m
        m = signature_search(self.view, pos)
        self._known.append((pos, m))
        return m

    def every(self, pos: int):
        """``signatures(self.view, pos)``."""
        while (m := self.first(pos)) is not None:
            yield m
            pos = m.end()


MARKER_REACH = 4  # a RUN_ON_MARKER match starts at most this many characters before its last one: (十二三)
MARKER_AFTER = 5  # and reads at most this many after it (一、 not before 二三四、; 1. before 2021年)


def run_on_markers(view: str):
    """``RUN_ON_MARKER.finditer(view)``: the pattern searched only in a window around each character
    a match may end with (``_marker_ends``: 、 ) . or 。 after a numeral or a digit, which four scans
    for a literal find), not tried at every position of the line. A match that ends there lies in
    the window (it starts at most MARKER_REACH before, its lookahead reads at most MARKER_AFTER
    after); one that ends later is the next window's, and none that starts earlier is missed
    (its own last character was an earlier window's). Each window is searched by re (``_checked``
    says why that is RUN_ON_MARKER's search)."""
    search, pos = _run_on_twin().search, 0
    for end in sorted(m.start() for rx in _marker_ends() for m in rx.finditer(view)):
        if end < pos:
            continue
        endpos = min(len(view), end + 1 + MARKER_AFTER)
        m = search(view, max(pos, end - MARKER_REACH), endpos)
        if m is not None and view[m.start() - 1] in "第件表":
            m = _checked(view, m, endpos)
        if m is not None and m.end() <= end + 1:
            yield m
            pos = m.end()


def _checked(view: str, m, endpos: int):
    """``RUN_ON_MARKER.search`` in the window where its re twin without the lookbehind of varying
    width (RUN_ON_MARKER_ANYWHERE) first matched after 第, 件 or 表, where that lookbehind (not after
    第, 附件) may fail: regex's own pattern there, else the twin's next place, and so on. Anywhere
    else the lookbehind holds, and the two patterns match alike: it stands before all the rest.
    (A twin's match starts after a character, its first lookbehind's.)"""
    search = _run_on_twin().search
    while m is not None and view[m.start() - 1] in "第件表":
        own = P.RUN_ON_MARKER.match(view, m.start(), endpos)
        if own is not None:
            return own
        m = search(view, m.start() + 1, endpos)
    return m


@functools.cache
def _signature_twin() -> re.Pattern:
    return twin(FLAT_SIGNATURE_SPLIT)


@functools.cache
def _run_on_twin() -> re.Pattern:
    return twin(RUN_ON_MARKER_ANYWHERE)


@functools.cache
def _marker_ends() -> tuple[re.Pattern, ...]:
    """The last character of every RUN_ON_MARKER match, each with what must stand before (and
    after) it, one pattern per character (stdlib re: a pattern led by a literal is scanned for
    it in C): 、 after a numeral or a digit (一、 1、), ) after one ((一) (1)), . and 。 after a
    digit and before a Han character (1. 11。). A digit is ``\\d`` or any character beyond the BMP
    (regex may know digits there Python does not), a Han character any from U+2E80 on."""
    digit, han = r"\d\U00010000-\U0010ffff", r"\u2e80-\U0010ffff"
    return (compiled_re(rf"、(?<=[{CN_NUM}{digit}]、)"), compiled_re(rf"\)(?<=[{CN_NUM}{digit}]\))"),
            compiled_re(rf"\.(?<=[{digit}]\.)(?=[{han}]|{YEAR})"), compiled_re(rf"。(?<=[{digit}]。)(?=[{han}]|{YEAR})"))


YEAR = r"(?:19|20)\d\d年"  # (a run-on 1. may stand before a year: 附件:1.2021年…)


GLUED_PRINTED_NAME = 40  # a glued 印发 line's body takes at most this many characters before its date
HEAD_NAMES = 200  # and its authority is named within this many characters of the view's start (版头, title)
GLUED_NAME_MIN = 3  # an authority of at least this many characters (国务院)


def glued_printed(view: str, after: int) -> list[int]:
    """family: a one-line copy's 版记 印发 line glued after the last attachment's title, no 。 or )
    before it (…专项检查表|龙岩市工业和信息化局2022年3月4日印发, …汇总表|国家电网有限公司办公室2021年4月2日
    印发): cuts before the printing body and after 印发, for each such line after ``after``. The body
    is the longest tail of the Han run before the date that is an authority the head names (版头,
    title: its first HEAD_NAMES characters), maybe with an office word after it (PRINTING_OFFICE); a
    line no such name opens is left alone. (Each holds 日印发 or 日翻印: a view with none is not scanned.)"""
    out = []
    masked = view.find("XX", after) != -1
    for day in _printed_days(view, after):  # (each line's 日印发: searched only in a window before it)
        m = P.RE.GLUED_PRINTED_DATE.search(view, max(after, day - PRINTED_DATE), day + 3)
        if m is None:
            continue
        lo = max(after, m.start() - GLUED_PRINTED_NAME)
        masked_m = P.FLAT_MASKED_PRINTED.search(view, lo, m.end()) if masked else None
        if masked_m:  # family: a masked name (。国网XX省电力有限公司办公室…印发)
            out += [masked_m.start(), masked_m.end()]
        elif (start := _printing_body(view, lo, m.start())) is not None:
            out += [start, m.end()]
    return [c for c in out if c < len(view)]


PRINTED_DATE = 12  # a GLUED_PRINTED_DATE match's date starts at most this far before its 日 (2021年12月31)


def _printed_days(view: str, after: int):
    """The offsets of each 日印发 and 日翻印 after ``after``, in order."""
    days = []
    for word in ("日印发", "日翻印"):
        p = view.find(word, after)
        while p != -1:
            days.append(p)
            p = view.find(word, p + 1)
    return sorted(days)


def _printing_body(view: str, lo: int, date: int) -> int | None:
    """Where the printing body glued after a title starts (a Han character before it), or None."""
    run = date
    while run > lo and P.HAN_START.match(view, run - 1) and not _day_end(view, run - 1):
        run -= 1
    head = view[:HEAD_NAMES]
    for k in range(run, date - GLUED_NAME_MIN + 1):  # (the longest name: not 家电网… of 国家电网…)
        name = view[k:date]
        office = P.PRINTING_OFFICE.search(name)
        base = name[:office.start()] if office else name
        if len(base) >= GLUED_NAME_MIN and P.AUTHORITY_END.search(base) and whole_name_in(head[:k], base, NAME_OPENS):
            return k if k > run else None  # (a name the run opens is FLAT_DATED_PRINTED's, or none)
    return None


def _day_end(view: str, k: int) -> bool:
    """Whether view[k] is a date's 日 (2021年1月19日|中共…: a signature's date, where a run ends)."""
    return view[k] == "日" and k > 0 and view[k - 1].isdecimal()


SIGNATURE_OPENS = ("号", "文件")  # what a head's whole name stands right after: a 文号's 号, a 版头's 文件
NAME_OPENS = SIGNATURE_OPENS + ("事项", "急", "提", "中共", "共青团")  # and, for a printing body, a mark or an opener


def whole_name_in(head: str, name: str, opens: tuple[str, ...] = SIGNATURE_OPENS) -> bool:
    """Whether the head writes ``name`` as a whole name: at its start, after a character that is no
    Han, or after one of ``opens`` (a 文号's 号, a 版头's 文件; NAME_OPENS adds a mark, 内部事项 or 加急,
    and an opener, 中共 or 共青团); not the tail of a longer one (监管办 of 山东监管办公室, 公司纪检监察组 of
    …有限公司纪检监察组, 省直机关… of 山东省省直机关…)."""
    p = head.find(name)
    while p != -1:
        if p == 0 or not P.HAN_START.match(head, p - 1) or head.endswith(opens, 0, p):
            return True
        p = head.find(name, p + 1)
    return False
