"""Page stage: a copy's extras around the notice, claimed into a ``Layout``: the web page's panel
(索引号, 发布机构 …), a Markdown copy's front matter, a table of contents, and the page's
leftovers at the end. The notice's own parts are ``notice.py``'s.
"""
from __future__ import annotations

from . import patterns as P
from .lines import Line
from .regions import TRAILER_OPENS, Layout, filled, is_marker, may_panel, may_trailer, next_line, opening, prev_line

R = P.RE  # the line patterns matched at a line's start: by re where it reads them alike

HEAD_WINDOW = 15  # how many non-blank lines the head (panel, title, 文号, 主送) may take
TRAILER_MAX = 30  # a page's trailer is at most this many lines (links, footer, 备案号)
TRAILER_ITEMS = 3  # and holds at most this many numbered lines (解读：1.…2.…)


def publication(lines: list[Line], stop: int, lay: Layout) -> None:
    seen = 0
    for i in filled(lines, 0, stop):
        if i in lay.claimed:
            continue
        ln = lines[i]
        seen += 1
        if seen > HEAD_WINDOW:
            break
        head = R.PUBLICATION_LINE.match(ln.view) if may_panel(ln.view) else None
        if head and _panel_key(head.group("key")):
            for m in P.PUBLICATION_FIELD.finditer(ln.view):
                key = _panel_key(m.group("key"))
                value = ln.text[m.start("value"):m.end("value")].strip()
                if key and value and key not in lay.publication:
                    lay.publication[key] = value
            lay.add("publication", i)


def front_matter(lines: list[Line], lay: Layout) -> None:
    """family: a Markdown copy: its front matter (--- / 标题: … / 文号: … / ---) and the
    copier's remark in a quote below it (> 本文正文由脚本…), set apart as publication data."""
    first = next_line(lines, 0, len(lines))
    if first is None or not R.MD_FENCE.match(lines[first].view):
        return
    close = next((k for k in range(first + 1, min(len(lines), first + P.FRONT_MATTER_MAX))
                  if R.MD_FENCE.match(lines[k].view)), None)
    if close is None:
        return
    for k in range(first + 1, close):
        m = P.FRONT_MATTER_FIELD.match(lines[k].view)
        if m and m.group("key") in P.PUBLICATION_KEYSET and m.group("value").strip():
            lay.publication.setdefault(m.group("key"), lines[k].text[m.start("value"):].strip())
    end = close
    while (k := next_line(lines, end + 1, len(lines))) is not None and P.MD_QUOTE.match(lines[k].view):
        end = k
    lay.add("publication", first, end)


def _panel_key(key: str) -> str | None:
    """A web panel's key with its spaces removed (索  引  号 -> 索引号), if it is one."""
    bare = "".join(key.split())
    return bare if bare in P.PUBLICATION_KEYSET else None


def trailer(lines: list[Line], lay: Layout) -> int:
    """family: page leftovers at the end of a copied web page (解读：…, 相关链接, 字号：大 中 小,
    责任编辑, 打印本页, 咨询电话 …): from the first such line to the end, set apart as the page's trailer,
    never plan text, never an attachment. Returns where it starts (or the number of lines).

    Its last head is looked for among the last TRAILER_MAX lines with text only (no other line
    can open the trailer, ``opening``): a head before them leaves more than TRAILER_MAX lines
    after it, which is no trailer either way (each of 一、, 政…, 解… a long notice opens lines with
    would be matched in vain)."""
    last = filled(lines)[-TRAILER_MAX:]
    for i in reversed(opening(lines, TRAILER_OPENS, last[0] if last else 0)):
        if _trailer_head(lines, i):
            start = i
            break
    else:
        return len(lines)
    while (k := prev_line(lines, start - 1)) is not None and _trailer_head(lines, k):
        start = k
    rest = [lines[i] for i in filled(lines, start)]
    if len(rest) > TRAILER_MAX or any(R.ATTACHMENT_HEAD.match(ln.view) for ln in rest):
        return len(lines)  # a page's head chrome (字号：大 中 小 above the title), not its trailer
    if sum(1 for ln in rest if is_marker(ln.view)) > TRAILER_ITEMS:
        return len(lines)
    lay.add("trailer", start, prev_line(lines, len(lines) - 1, start))
    return start


def _trailer_head(lines: list[Line], i: int) -> bool:
    """A line that opens the page's leftovers (咨询电话 only where it follows no signature)."""
    view = lines[i].view
    if not may_trailer(view):
        return False
    if R.PAGE_TRAILER.match(view):
        return True
    if not R.CONSULT_LINE.match(view):
        return False
    k = prev_line(lines, i - 1)
    return k is not None and not (R.DATE_LINE.match(lines[k].view) or R.NOTE_LINE.match(lines[k].view))


def contents(lines: list[Line], lay: Layout) -> None:
    """family: a table of contents before the body (目录 / 1 总则……1 / 1.1 编制目的……1 …): from
    its heading to the line before its first entry comes again, set apart as the contents, not
    read as a second set of sections."""
    head = next((i for i in opening(lines, "目")  # CONTENTS_HEAD: 目录
                 if P.CONTENTS_HEAD.match(lines[i].view) and i not in lay.claimed), None)
    first = next_line(lines, head + 1, len(lines), lay.claimed) if head is not None else None
    if first is None:
        return
    entry = _entry(lines[first].view)
    stop = min(len(lines), first + P.CONTENTS_MAX)
    again = next((k for k in range(first + 1, stop) if not lines[k].blank and _entry(lines[k].view) == entry), None)
    if again is not None and entry:
        lay.add("contents", head, prev_line(lines, again - 1, head))


def _entry(view: str) -> str:
    """A contents entry or a heading without its dot leader, page number and spaces."""
    return "".join(P.CONTENTS_TAIL.sub("", view).split())


PANEL_NUMBER_KEYS = ("发文字号", "文号")  # a panel's or a front matter's keys for the 发文字号


def panel_doc_number(lay: Layout) -> None:
    """family: export copies and Markdown copies whose 发文字号 stands only in the page's panel or
    front matter (文号: 沪府办发〔2024〕3号), the body's head without it: the notice's doc_number.
    Not a panel's 文号: 无 (no number), and never over the head's own."""
    if lay.fields.doc_number:
        return
    for key in PANEL_NUMBER_KEYS:
        value = lay.publication.get(key)
        if value and P.DOC_NUMBER.fullmatch(P.fold(value)):
            lay.set(doc_number=value)
            return


CHROME_STEPS = 12  # a breadcrumb split one step a line takes at most this many lines (首页 > 政务公开 > …)


def chrome(lines: list[Line], stop: int, lay: Layout) -> None:
    """family: a portal page's chrome above the document (b00430): the browser's title on the first
    line (BROWSER_TITLE), the breadcrumb (BREADCRUMB, its steps one a line or on one), and the
    page's date line under the page's title (PORTAL_DATE_LINE), claimed as the page's title."""
    first = next_line(lines, 0, stop, lay.claimed)
    if first is None:
        return
    k, found = first, False
    view = lines[k].view
    if ("_" in view or view.startswith("【")) and P.BROWSER_TITLE.match(view):  # (each branch holds one)
        lay.add("page_title", k)
        k, found = next_line(lines, k + 1, stop, lay.claimed), True
    if k is not None and "首" in lines[k].view and P.BREADCRUMB.match(lines[k].view):  # (it holds 首页)
        last = _breadcrumb_end(lines, k, stop, lay)
        lay.add("page_title", k, last)
        found = True
    if found:
        for i in list(filled(lines, first, stop))[:HEAD_WINDOW]:
            if i not in lay.claimed and P.PORTAL_DATE_LINE.match(lines[i].view):
                lay.add("page_title", i)
                break


def _breadcrumb_end(lines: list[Line], k: int, stop: int, lay: Layout) -> int:
    """The last line of a breadcrumb starting at ``k``: its steps one a line (首页 / > / 政务公开 / > /
    政策), each name after a >."""
    last, n = k, next_line(lines, k + 1, stop, lay.claimed)
    while n is not None and n - k <= CHROME_STEPS and lines[n].view.strip() == ">":
        step = next_line(lines, n + 1, stop, lay.claimed)
        if step is None or not P.BREADCRUMB_STEP.match(lines[step].view) or lines[step].view.strip() == ">":
            break
        last, n = step, next_line(lines, step + 1, stop, lay.claimed)
    return last
