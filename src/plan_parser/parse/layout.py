"""Layout stage: ``list[Line]`` -> ``Layout``, the notice's elements and the plan regions.

Finds the parts GB/T 9704 gives a notice (标题, 发文字号, 主送机关, 正文, 署名, 成文日期,
附注, 附件说明, 抄送/印发), the web page's panel (索引号, 发布机构 …), and the line ranges
that hold the plan(s) and the included attachments, which the tree stage reads.
Line indexes here are 0-based positions in the list of lines. The notice's own parts
are found by ``notice.py``; this module holds the types, the order of the steps, and
the regions (plans, included attachments).
"""
from __future__ import annotations

import re

from . import notice as N
from . import page
from . import signature as S
from . import patterns as P
from .lines import Line
from .regions import (LINE_GAP, TITLE_LINES, Layout, Region, closing, doc_kind, filled, is_marker,
                      may_attachment_list, may_date, next_line, opening, titleish)

R = P.RE  # the line patterns matched at a line's start: by re where it reads them alike

# the marks a title is compared without: 《》 “” " ' and the space (stdlib re: one C pass)
_TITLE_MARKS = re.compile("[《》“”\"' ]")
FORM_HEAD = 4  # the lines after a signature where a document's title would stand
FORM_TITLE_END = 200  # and where a flattened head's title would end in such a line (…的通知各省…:)


def layout(lines: list[Line]) -> Layout:
    """Find the notice's elements and the regions of its plan(s) and attachments."""
    lay = Layout()
    page.front_matter(lines, lay)
    end = page.trailer(lines, lay)
    page.contents(lines, lay)
    att_heads = [h for h in _attachment_heads(lines) if h < end]
    main_end = att_heads[0] if att_heads else end
    page.publication(lines, main_end, lay)
    page.chrome(lines, main_end, lay)
    head_end = N.head(lines, main_end, lay)
    page.panel_doc_number(lay)
    sig = S.signature(lines, head_end, main_end, lay)
    S.issuer_from_head(lines, lay)
    N.attachment_list(lines, main_end, lay)
    N.tail_lines(lines, lay)
    _attachments(lines, att_heads, end, lay)
    _plans(lines, head_end, sig, main_end, lay)
    return lay


# --- regions --------------------------------------------------------------------------------

def _attachment_heads(lines: list[Line]) -> list[int]:
    """Lines that open an included attachment: 附件 / 附件2 / 附件2 title, and 附件2：title
    once the notice is signed (before the signature that form is the attachment list)."""
    heads = []
    signed = listing = False
    last = -1
    # only the lines that may sign (…日) or open an attachment or a list (附): a list's lines follow
    # one another (i == last + 1), so no line between two of them is needed to end it
    for i in sorted({*opening(lines, "附"), *closing(lines, "日")}):
        view = lines[i].view
        signed = signed or (may_date(view) and bool(R.DATE_LINE.match(view)))
        if not may_attachment_list(view):  # nor a head (ATTACHMENT_HEAD_COLON opens with 附 too)
            listing = False
            continue
        listing = _listing(view, listing and i == last + 1)  # a blank line ends a list of files
        last = i
        if listing:
            continue
        if R.ATTACHMENT_HEAD.match(view) or (signed and P.ATTACHMENT_HEAD_COLON.match(view)):
            heads.append(i)
    return heads


def _listing(view: str, listing: bool) -> bool:
    """Whether a line belongs to a list of files 附件：附件1 A.xls / 附件2 B.xls (no heads there)."""
    # family: portal pages listing the files to download, each item repeating 附件N
    # (the caller looks only at lines that may open a list: may_attachment_list)
    m = R.ATTACHMENT_LIST.match(view)
    if m:
        return bool(P.LISTED_ATTACHMENT.match(m.group("rest").strip()))
    return listing and bool(P.LISTED_ATTACHMENT.match(view))


def _plans(lines, head_end: int, sig, main_end: int, lay: Layout) -> None:
    """The plan(s): after the notice's notes, or the notice's own body (an 意见 with no wrapper)."""
    body_end = sig[0] if sig else main_end
    after = sig[1] if sig else main_end
    f = lay.fields
    head = [v for v in (f.title, f.addressees, f.doc_number) if v]
    wrapped = f.kind == "令" or (head and (sig is not None or len(head) > 1))
    stop = _region_stop(lines, after, main_end, lay)
    has_after = _substantial(lines, after, stop, lay)
    if not wrapped:
        # no notice around it: the whole text is the plan, its first line the title
        if not (f.kind and P.NOTICE_KIND.fullmatch(f.kind)):
            lay.set(title=None, kind=None)
        lay.parts = [p for p in lay.parts if p[0] != "title"]
        lay.claimed = {i for kind, a, b in lay.parts for i in range(a, b + 1)}
        first = next_line(lines, 0, main_end, lay.claimed)
        _plan_regions(lines, first or 0, _region_stop(lines, 0, main_end, lay), lay, titled=True)
        return
    if has_after and _second_notice(lines, after, stop, lay):
        lay.plans.insert(0, Region(head_end, _region_stop(lines, head_end, body_end, lay), title=f.title))
    elif has_after and _form_after(lines, head_end, body_end, after, stop, lay):
        lay.plans.append(Region(head_end, stop, title=f.title))  # (the signature's lines are claimed: no items)
    elif has_after:
        _body(lines, head_end, body_end, lay)
        _plan_regions(lines, after, stop, lay, titled=True)
    elif (att := _issued_attachment(lines, head_end, body_end, lay)) is not None:
        _body(lines, head_end, body_end, lay)
        lay.attachments.remove(att)
        lay.plans.append(att)
    else:
        region_end = _region_stop(lines, head_end, body_end, lay)
        start = _issued_heading(lines, head_end, region_end, lay)
        if start is None:
            lay.plans.append(Region(head_end, region_end, title=lay.fields.title))
        else:  # 现将《A》印发给你们… / A / 一、… with no signature between them
            _body(lines, head_end, start, lay)
            _plan_regions(lines, start, region_end, lay, titled=True)


def _form_after(lines: list[Line], head_end: int, body_end: int, after: int, stop: int, lay: Layout) -> bool:
    """family: a notice with numbered items of its own, signed, then a form with no title and no
    附件 head (a one-line OCR copy of a meeting notice: …联系电话:…山东省人民政府办公厅2021年4月1日
    会议报名回执会议时间:…1.带车参会者…): no document is issued, the notice's items are the plan and
    the form runs on in it. Not a titled document after the signature (关于…的通知, …方案), not when
    the title issues one (关于印发《…》的通知: it follows), not a document's head (…文号|关于…的通知)
    among the first lines after the signature."""
    first = next_line(lines, after, stop, lay.claimed)
    heads = [i for i in filled(lines, after, stop) if i not in lay.claimed][:FORM_HEAD]
    return (first is not None and not _issued_titles(lay.fields.title) and not titleish(lines[first].view)
            and not any((titleish(lines[i].view) and doc_kind(lines[i].view))
                        or P.FLAT_TITLE_END.search(lines[i].view, 0, FORM_TITLE_END) for i in heads)
            and any(is_marker(lines[i].view) for i in filled(lines, head_end, body_end) if i not in lay.claimed))


def _second_notice(lines: list[Line], first: int, stop: int, lay: Layout) -> bool:
    """family: one text holding two complete notices, each with its own signature. The second
    (its title, 主送 and body up to its signature) is read as a plan of its own, its notice named
    in the diagnostics; its signature lines stay unclaimed (reported as such), never text of
    the first. Returns whether there was one (the first notice's body is then its own plan)."""
    sub = Layout(claimed=set(lay.claimed).union(filled(lines, 0, first)))  # blank lines are passed over anyway
    body = N.head(lines, stop, sub)
    titles = [(a, b) for kind, a, b in sub.parts if kind == "title"]
    if not (titles and sub.fields.kind and P.NOTICE_KIND.fullmatch(sub.fields.kind) and sub.fields.addressees):
        return False
    sig = S.signature(lines, body, stop, sub)
    if sig is None:
        return False
    a, b = titles[0]
    lay.plans.append(Region(b + 1, sig[0], title=sub.fields.title, head=tuple(range(a, b + 1))))
    said = "、".join(filter(None, (sub.fields.issuer, sub.fields.date)))
    lay.diagnostics.append(("second-notice", a, f"a second notice in the text, read as a plan of its own: "
                                                f"{sub.fields.title} ({said})"))
    return True


def _issued_heading(lines: list[Line], first: int, last: int, lay: Layout) -> int | None:
    """The line that repeats the title of an issued document, inside the notice's body."""
    wanted = {_bare(t) for t in _issued_titles(lay.fields.title)}
    for i in filled(lines, first, last) if wanted else ():
        if i not in lay.claimed and _bare_view(lines[i].view) in wanted:
            return i
    return None


def _issued_attachment(lines: list[Line], first: int, last: int, lay: Layout) -> Region | None:
    """The attachment that holds the issued document (附件：XX方案 … 附件 / XX方案 / 一、…).

    The attachment whose title the notice's title names (its body's own 一、二、 are then
    the notice's requirements); else, when the body has no numbered items, the only
    attachment there is.
    """
    wanted = {_bare(t) for t in _issued_titles(lay.fields.title)}
    for att in lay.attachments:
        if att.title and _bare(att.title) in wanted:
            return att
    if any(is_marker(lines[i].view) for i in filled(lines, first, last) if i not in lay.claimed):
        return None
    return lay.attachments[0] if len(lay.attachments) == 1 and wanted else None


def _bare(title: str) -> str:
    return _bare_view(P.fold(title))


def _bare_view(view: str) -> str:
    """A folded title without its quotes, book-title marks and spaces (a line's view is its text folded)."""
    return _TITLE_MARKS.sub("", view)


def _substantial(lines: list[Line], first: int, stop: int, lay: Layout) -> bool:
    """Does a document follow (a numbered item, or three lines or more), not just a stray line?"""
    rest = [i for i in filled(lines, first, stop) if i not in lay.claimed]
    return len(rest) >= 3 or any(is_marker(lines[i].view) for i in rest)


def _region_stop(lines: list[Line], first: int, stop: int, lay: Layout) -> int:
    """A region ends where the attachment list or the 版记 begins (not a 版记 before any of its
    text: family: a flattened notice's 印发 line between its signature and the issued plan)."""
    ends = [a for kind, a, _ in lay.parts if kind in ("attachment_list", "cc", "printed") and a >= first
            and next_line(lines, first, a, lay.claimed) is not None]
    return min(ends + [stop])


def _body(lines: list[Line], first: int, last: int, lay: Layout) -> None:
    for i in filled(lines, first, last):
        if i not in lay.claimed:
            lay.add("body", i)


def _plan_regions(lines, first: int, stop: int, lay: Layout, titled: bool) -> None:
    k = next_line(lines, first, stop, lay.claimed)
    if k is None:
        return
    titles = _issued_titles(lay.fields.title)
    later = {_bare(t) for t in titles[1:]}
    cuts = [k]
    # a blank line's bare text is "": only a title that is nothing could start a plan there
    for i in (filled(lines, k + 1, stop) if "" not in later else range(k + 1, stop)) if later else ():
        if i not in lay.claimed and _bare_view(lines[i].view) in later:
            cuts.append(i)
    cuts.append(stop)
    for a, b in zip(cuts, cuts[1:]):
        head = next_line(lines, a, b, lay.claimed)
        if head is not None and titleish(lines[head].view) and titled:
            heads = _plan_title(lines, head, b, lay)
            sub = next_line(lines, heads[-1] + 1, b, lay.claimed)
            if sub is not None and P.PERIOD_LINE.match(lines[sub].view):  # （2023—2025年） under the title
                heads += (sub,)
            title = "".join(lines[h].text for h in heads)
            lay.plans.append(Region(heads[-1] + 1, b, title=title, head=heads))
        else:
            fallback = titles[len(lay.plans)] if len(titles) > len(lay.plans) else None
            lay.plans.append(Region(a, b, title=fallback))


def _plan_title(lines: list[Line], head: int, stop: int, lay: Layout) -> tuple[int, ...]:
    """The lines of a plan's title.  family: a title printed over two or three lines
    (关于推动经济运行率先整体好转 / 的若干政策措施): lines are joined while the title lacks its
    文种, and only when the joined one ends with it."""
    heads, text = (head,), lines[head].text
    while not doc_kind(P.fold(text)) and len(heads) <= TITLE_LINES:
        n = next_line(lines, heads[-1] + 1, stop, lay.claimed)
        if n is None or n > heads[-1] + LINE_GAP or not titleish(lines[n].view):
            return (head,)
        heads, text = heads + (n,), text + lines[n].text
    return heads if doc_kind(P.fold(text)) else (head,)


def _issued_titles(title: str | None) -> list[str]:
    """The documents a notice issues, from its title: 《A》和《B》, or 印发A的通知."""
    if not title:
        return []
    found = [m.group("t") for m in P.ISSUED_TITLE.finditer(title)]
    if found:
        return found
    m = P.ISSUES_VERB.search(title)
    return [m.group("t")] if m else []


def _attachments(lines: list[Line], heads: list[int], end: int, lay: Layout) -> None:
    for pos, h in enumerate(heads):
        stop = heads[pos + 1] if pos + 1 < len(heads) else end
        m = R.ATTACHMENT_HEAD.match(lines[h].view) or P.ATTACHMENT_HEAD_COLON.match(lines[h].view)
        number = int(m.group("n")) if m.group("n") else pos + 1
        head = (h,)
        title = lines[h].text[m.start("title"):].strip() if m.group("title") else None
        if title is None:
            k = next_line(lines, h + 1, stop)
            if k is not None and titleish(lines[k].view):
                title, head = lines[k].text, (h, k)
                title, head = _listed_title(lines, head, stop, lay, number) or (title, head)
        lay.attachments.append(Region(head[-1] + 1, stop, title=title, number=number, head=head))


def _listed_title(lines: list[Line], head: tuple[int, ...], stop: int, lay: Layout, number: int):
    """family: an attachment's title wrapped over lines under its 附件 head (促进3岁以下婴幼儿照护服务发展
    / 工作部门职责分工): the lines joined while they spell the title the 附件说明 lists for its
    number, taken only when they spell all of it. Returns (title, head lines) or None."""
    listed = [_bare(a.title) for a in lay.fields.attachments if a.number == number]
    text, heads = lines[head[-1]].text, head
    while listed and listed[0].startswith(_bare(text)) and len(heads) <= TITLE_LINES:
        if _bare(text) == listed[0]:
            return (text, heads) if len(heads) > len(head) else None
        n = next_line(lines, heads[-1] + 1, stop)
        if n is None or not titleish(lines[n].view):
            return None
        text, heads = text + lines[n].text, heads + (n,)
    return None
