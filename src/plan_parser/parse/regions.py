"""Layout types: ``Region``, ``NoticeFields``, ``Layout`` and the line helpers that the layout
and notice stages share (so that neither imports the other's internals)."""
from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field, fields

from . import patterns as P
from .lines import Line
from .pattern_store import compiled_re
from .patterns.tree import markers_for, may_be_digit, may_mark

TITLE_MAX = 80  # longest title (or heading) line: longer is a sentence
TITLE_MIN = 2
TITLE_LINES = 3  # a title wraps over at most this many more lines
LINE_GAP = 2  # a wrapped title (or a list of attachments) may skip one blank line: k, k + 2


@dataclass(frozen=True)
class Region:
    """Lines ``first``..``last - 1`` hold a tree; ``title`` is its heading (or None)."""

    first: int
    last: int
    title: str | None = None
    number: int | None = None  # an attachment's number
    head: tuple[int, ...] = ()  # the lines of its heading


@dataclass(frozen=True)
class AttachmentRef:
    """One entry of the 附件说明: 1.XX统计表.xlsx -> (1, XX统计表, xlsx)."""

    number: int
    title: str
    extension: str | None = None


@dataclass(frozen=True)
class NoticeFields:
    """The notice's fields as found (``models.Notice`` less its parts); empty when absent."""

    kind: str | None = None
    title: str | None = None
    issuer: str | None = None
    issuers: tuple[str, ...] = ()
    doc_number: str | None = None
    addressees: tuple[str, ...] = ()
    date: str | None = None
    date_text: str | None = None
    signers: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    attachments: tuple[AttachmentRef, ...] = ()
    cc: tuple[str, ...] = ()
    printed: str | None = None

    def as_dict(self) -> dict:
        return asdict(self)


_FIELD_NAMES = frozenset(f.name for f in fields(NoticeFields))


@dataclass
class Layout:
    parts: list[tuple[str, int, int]] = field(default_factory=list)  # (kind, first, last) inclusive
    fields: NoticeFields = NoticeFields()
    publication: dict[str, str] = field(default_factory=dict)
    plans: list[Region] = field(default_factory=list)
    attachments: list[Region] = field(default_factory=list)
    claimed: set[int] = field(default_factory=set)
    diagnostics: list[tuple[str, int, str]] = field(default_factory=list)  # (code, line index, message)

    def add(self, kind: str, first: int, last: int | None = None) -> None:
        last = first if last is None else last
        self.parts.append((kind, first, last))
        self.claimed.update(range(first, last + 1))

    def set(self, **values) -> None:
        """Record notice fields (the fields stay a frozen value): the value ``dataclasses.replace``
        makes, its fields' dict copied with the new values (``replace`` asks each field how it is
        made and runs the frozen class's ``__init__``, a guarded setattr per field: 3x the time)."""
        if not _FIELD_NAMES.issuperset(values):
            raise TypeError(f"not a notice field: {sorted(set(values) - _FIELD_NAMES)}")
        new = object.__new__(NoticeFields)
        new.__dict__.update(self.fields.__dict__, **values)
        self.fields = new


# --- helpers over line indexes ---------------------------------------------------------

def filled(lines: Sequence[Line], first: int = 0, stop: int | None = None, most: int | None = None) -> list[int]:
    """Indexes of the lines with text in ``first``..``stop - 1``, ascending (the first ``most`` of
    them, when given): runs of blank lines skipped at once (``split_lines`` lists them; a plain
    list of lines is scanned)."""
    stop = len(lines) if stop is None else stop
    found = getattr(lines, "filled", None)
    if found is None:
        return [i for i in range(max(first, 0), min(stop, len(lines))) if lines[i].text][:most]
    a = bisect_left(found, first)
    if most is not None:
        return [i for i in found[a:a + most] if i < stop]
    return found[a:bisect_left(found, stop)]


def compact(lines: Sequence[Line], first: int, stop: int) -> list[Line]:
    """The lines of ``first``..``stop - 1`` with each run of blank lines stood for by its first
    line: for a reader to whom a blank line is a break and two are the same (a table's records)."""
    out, last = [], first - 1
    for i in filled(lines, first, stop):
        if i > last + 1:
            out.append(lines[last + 1])
        out.append(lines[i])
        last = i
    if last + 1 < stop:
        out.append(lines[last + 1])
    return out


def next_line(lines: Sequence[Line], i: int, stop: int, claimed: set[int] = frozenset()) -> int | None:
    """Index of the first non-blank, unclaimed line at or after ``i`` (before ``stop``)."""
    found = getattr(lines, "filled", None)
    if found is None:
        found = filled(lines, i, stop)
    k, n = bisect_left(found, i), len(found)
    while k < n and found[k] < stop:
        if found[k] not in claimed:
            return found[k]
        k += 1
    return None


def prev_line(lines: Sequence[Line], i: int, stop: int = 0) -> int | None:
    """Index of the last non-blank line at or before ``i`` (at or after ``stop``)."""
    found = getattr(lines, "filled", None)
    if found is None:
        found = filled(lines, stop, i + 1)
    k = bisect_right(found, i) - 1
    return found[k] if k >= 0 and found[k] >= stop else None


def opening(lines: Sequence[Line], chars: str, first: int = 0, stop: int | None = None) -> list[int]:
    """Indexes of the lines with text in ``first``..``stop - 1`` whose view opens with one of
    ``chars``, ascending: the lines a pattern that opens with one of them may match, found by
    a scan (in C) of a string of each line's first character, not a look at every line."""
    return _by_end(lines, 0, chars, first, stop)


def closing(lines: Sequence[Line], chars: str, first: int = 0, stop: int | None = None) -> list[int]:
    """The same for the lines whose view ends with one of ``chars``."""
    return _by_end(lines, 1, chars, first, stop)


def _by_end(lines: Sequence[Line], side: int, chars: str, first: int, stop: int | None) -> list[int]:
    found = getattr(lines, "filled", None)
    if found is None:
        found = filled(lines)
    a = bisect_left(found, first)
    b = len(found) if stop is None else bisect_left(found, stop)
    ends = _ends(lines, found)[side]
    if len(chars) == 1:  # (most asks: one character, found by str.find, no pattern's iterator and matches)
        out, k = [], ends.find(chars, a, b)
        while k != -1:
            out.append(found[k])
            k = ends.find(chars, k + 1, b)
        return out
    return [found[m.start()] for m in _char_set(chars).finditer(ends, a, max(a, b))]


def _ends(lines: Sequence[Line], found: list[int]) -> tuple[str, str]:
    """The first and the last character of each line with text (in the order of ``found``, the
    index of those lines): made once for ``Lines`` (kept on it as ``ends``; lines never change)."""
    ends = getattr(lines, "ends", None)
    if ends is None:
        views = [lines[i].view for i in found]
        ends = ("".join([v[0] for v in views]), "".join([v[-1] for v in views]))
        if hasattr(lines, "filled"):  # Lines, SparseLines (a plain list is scanned each time)
            lines.ends = ends
    return ends


@functools.cache
def _char_set(chars: str) -> re.Pattern:
    """One of ``chars`` (stdlib re: a character set is a C scan)."""
    return compiled_re("[" + re.escape(chars) + "]")


KIND_MAX = 4  # the longest 文种 DOC_KIND names (若干措施)


def doc_kind(view: str):
    """``DOC_KIND.search(view)`` on a view (no line break in it), begun where a match can start:
    the 文种 ends the view (at most KIND_MAX characters before its end), unless a bracket closes
    the view after it (…方案（2022—2025年）), when the whole view is searched."""
    return P.RE.DOC_KIND.search(view, 0 if view.endswith(")") else max(0, len(view) - KIND_MAX))


# Quick tests run before a line pattern over every line of the notice: what each match of the
# pattern has at its start or end (the patterns are anchored there), or holds somewhere, so a line
# without it cannot match. (tests/test_quick_tests.py holds each against its patterns.)
def may_date(view: str) -> bool:
    """DATE_LINE and ISSUER_DATE_LINE end with the date's 日."""
    return view.endswith("日")


def may_attachment_list(view: str) -> bool:
    """ATTACHMENT_LIST, LISTED_ATTACHMENT, ATTACHMENT_HEAD and ATTACHMENT_HEAD_COLON open with 附."""
    return view.startswith("附")


def may_cc(view: str) -> bool:
    """CC_LINE opens with 抄."""
    return view.startswith("抄")


HEAD_MARK_FIRST = "秘机绝特加平内普重"  # what HEAD_MARK's 密级, 紧急程度 and 事项 open with


def may_head_mark(view: str) -> bool:
    """HEAD_MARK opens with a digit (份号) or one of HEAD_MARK_FIRST, has 机 second (a telegram's
    鲁机发…号), or ends with 电 (…特急·明电)."""
    return may_be_digit(view[:1]) or view[:1] in HEAD_MARK_FIRST or view[1:2] == "机" or view.endswith("电")


def may_issuer_mark(view: str) -> bool:
    """ISSUER_MARK ends with 文件."""
    return view.endswith("文件")


def may_doc_number(view: str) -> bool:
    """DOC_NUMBER_LINE, BRACKETED_DOC_NUMBER_LINE and PUBLISHED_ORDER_LINE hold a 号."""
    return "号" in view


def may_note(view: str) -> bool:
    """NOTE_LINE opens with a bracket or holds a colon."""
    return view.startswith("(") or ":" in view


def may_signer(view: str) -> bool:
    """SIGNER holds the last character of a title: 长, 席, 任, 理 or 记 (省长, 主席, 主任, 总理, 书记)."""
    return "长" in view or "席" in view or "任" in view or "理" in view or "记" in view


def may_order(view: str) -> bool:
    """ORDER_MARK ends with 令."""
    return view.endswith("令")


def may_panel(view: str) -> bool:
    """PUBLICATION_LINE holds a colon or a 】 (索引号：…, 【发布机构】…)."""
    return ":" in view or "】" in view


def may_printed(view: str) -> bool:
    """PRINTED_LINE ends with 印发 or 翻印."""
    return view.endswith(("印发", "翻印"))


TRAILER_FIRST = frozenset("相政图视解一责分【字打关扫")  # what a PAGE_TRAILER match opens with
TRAILER_OPENS = "".join(sorted(TRAILER_FIRST)) + "咨"  # the first characters may_trailer lets through


def may_trailer(view: str) -> bool:
    """PAGE_TRAILER opens with one of TRAILER_FIRST, CONSULT_LINE with 咨."""
    return view[:1] in TRAILER_FIRST or view.startswith("咨")


def is_marker(view: str) -> bool:
    return may_mark(view) and any(rx.match(view) for _, rx in markers_for(view[0]))


def titleish(view: str) -> bool:
    """A heading line: short, no sentence punctuation, not a numbered item, not a remark in brackets."""
    return (TITLE_MIN <= len(view) <= TITLE_MAX and not P.RE.SENTENCE_END.search(view) and "," not in view
            and ":" not in view and not is_marker(view) and not (view.startswith("(") and view.endswith(")")))
