"""Notice stage: the notice's own parts, per GB/T 9704, claimed line by line into a ``Layout``.

标题 (wrapped over lines), 发文字号 (before or after the title, or an order's 第N号),
发文机关标志 and the 版头's marks, 主送机关, 附件说明, 抄送 and 印发. The signature and date are
``signature.py``'s; the copy's extras (web panel, front matter, contents, trailer) ``page.py``'s.
"""
from __future__ import annotations

from . import patterns as P
from .regions import (LINE_GAP, TITLE_LINES, TITLE_MAX, AttachmentRef, Layout, closing, doc_kind, filled,
                      is_marker, may_cc, may_doc_number, may_head_mark, may_issuer_mark, may_order, may_printed,
                      next_line, opening, titleish)
from .lines import Line
from .signature import issuer_line

R = P.RE  # the line patterns matched at a line's start: by re where it reads them alike

ADDRESSEE_MAX = 60  # longest addressee (各省、自治区、直辖市人民政府 is 14; a group joined by 、 ~50)
MARK_LINES = 4  # a joint issuer mark takes at most this many lines
HEAD_STEPS = 8  # lines before the body: 份号, 密级, 紧急程度, 版头 mark, 文号, a title (wrapped or not)
ORDER_HEAD = 5  # an order's page title, 令 mark and 第N号 stand within its first lines

def head(lines: list[Line], stop: int, lay: Layout) -> int:
    """Title, 文号, order mark and 主送机关. Returns the index where the body starts."""
    i = next_line(lines, 0, stop, lay.claimed)
    if i is None:
        return stop
    order = _order(lines, i, stop, lay)
    if order is not None:
        return order
    first_title = None
    j = i
    # a 文号 may stand before the title (版头) or after it
    for _ in range(HEAD_STEPS):
        k = next_line(lines, j, stop, lay.claimed)
        if k is None:
            break
        view = lines[k].view
        # family: 份号, 密级, 紧急程度 above the title
        if first_title is None and ((may_head_mark(view) and P.HEAD_MARK.match(view)) or _enterprise_mark(view)):
            lay.add("head_mark", k)
            j = k + 1
            continue
        if first_title is None and (mark := _mark_ahead(lines, k, stop, lay)) is not None:
            lay.add("issuer_mark", k, mark)  # family: a joint red head over lines (教育部 财政部 / … / XX文件)
            j = mark + 1
            continue
        if first_title is None and may_issuer_mark(view) and P.ISSUER_MARK.match(view):
            lay.add("issuer_mark", k)
            j = k + 1
            continue
        m = P.DOC_NUMBER_LINE.match(view) if may_doc_number(view) else None
        if m and not lay.fields.doc_number:
            lay.set(doc_number=lines[k].text[m.start("docno"):m.end("docno")].strip())
            if m.group("signer"):
                lay.set(signers=(lines[k].text[m.start("signer"):].strip(),))
            lay.add("doc_number", k)
            j = k + 1
            continue
        m = (P.BRACKETED_DOC_NUMBER_LINE.match(view) or P.PUBLISHED_ORDER_LINE.match(view)
             if view.startswith("(") and may_doc_number(view) else None)  # (both open with a bracket)
        if m and not lay.fields.doc_number:  # family: (鲁政办发〔2022〕7号) under the title
            lay.set(doc_number=lines[k].text[m.start("docno"):m.end("docno")].strip())
            lay.add("doc_number", k)
            j = k + 1
            continue
        if first_title is None and _mark_over_title(lines, k, stop, lay):
            lay.add("issuer_mark", k)  # family: a 版头 name with no 文件 over a title that opens with it
            j = k + 1
            continue
        marks = _minutes_marks(lines, k, stop, lay) if first_title is None and view.endswith("纪要") else ()
        if marks:
            for n in marks:  # family: a 会议纪要's 版头 (…会议纪要) and its 期号 (〔2022〕69号) over its title
                lay.add("head_mark", n)
            j = marks[-1] + 1
            continue
        heading = first_title is None and titleish(view)  # (asked once: the three steps below need it)
        if heading and _repeated(lines, k, stop, lay):
            lay.add("page_title", k)  # family: an export copy prints the page's title above the document's
            j = k + 1
            continue
        if heading and _docno_next(lines, k, stop, lay) and not doc_kind(view):
            lay.add("issuer_mark", k)  # a 版头 run into its 文号 (a flattened head): not the title
            j = k + 1
            continue
        if heading:
            first_title = k
            j = _title(lines, k, stop, lay) + 1
            continue
        break
    k = next_line(lines, j, stop, lay.claimed)
    if k is not None and (first_title is not None or lay.fields.doc_number or k == i):
        m = R.ADDRESSEES.match(lines[k].view) if lines[k].view.endswith(":") else None  # (ends with its colon)
        names = _addressees(lines[k], m.end("names")) if m else []
        # an authority's name is short: a long "name" is a flattened head or a sentence, not 主送机关
        if names and not is_marker(lines[k].view) and not lines[k].view.startswith("附件") \
                and all(len(n) <= ADDRESSEE_MAX for n in names) and not _salutation(lines[k].view):
            lay.set(addressees=tuple(names))
            lay.add("addressees", k)
            return k + 1
    return j if first_title is not None or lay.fields.doc_number else i


def _enterprise_mark(view: str) -> bool:
    """family: an enterprise's name with its 内部事项 mark (and urgency) on a line of its own above the
    title (国家电网有限公司内部事项, …内部事项加急): a head mark. (ENTERPRISE_MARK holds 事项 within its
    last four characters.)"""
    m = P.ENTERPRISE_MARK.match(view) if "事项" in view[-4:] and "关于" not in view else None
    return m is not None and m.end() == len(view) and not doc_kind(view)  # (not 关于规范公司内部事项 / 管理的通知)


def _minutes_marks(lines: list[Line], k: int, stop: int, lay: Layout) -> tuple[int, ...]:
    """family: a 会议纪要's 版头 on its line (泉州市自然资源和规划局会议纪要, …专题会纪要), over its number
    (a 文号, or a 期号 alone: 〔2022〕69号) and its title 关于…纪要: the mark's line, and the 期号's
    (a 文号 is left to the 文号 step). None when no such number and title follow."""
    if not P.MINUTES_MARK.match(lines[k].view):
        return ()
    n = next_line(lines, k + 1, stop, lay.claimed)
    t = next_line(lines, n + 1, stop, lay.claimed) if n is not None else None
    if t is None or "关于" not in lines[t].view or not lines[t].view.endswith("纪要"):
        return ()
    if P.MINUTES_NUMBER.match(lines[n].view):
        return (k, n)
    return (k,) if may_doc_number(lines[n].view) and P.DOC_NUMBER_LINE.match(lines[n].view) else ()


MARK_NAME_MIN = 3  # the shortest authority's name a 版头 mark ends with (国务院)


def _mark_over_title(lines: list[Line], k: int, stop: int, lay: Layout) -> bool:
    """family: the 发文机关标志 with no 文件 (or on a 公文稿纸) on its line, over a title that opens with
    the authority it ends with (山东省住房和城乡建设厅 / 山东省住房和城乡建设厅关于会签…的函,
    …公文稿纸山东省发展和改革委员会 / 山东省发展和改革委员会关于…). Not a title's first line (its 文种)."""
    view = lines[k].view
    if not P.AUTHORITY_END.search(view) or len(view) > TITLE_MAX or doc_kind(view) or "关于" in view:
        return False  # (关于转发市财政局 / 市财政局关于…的通知的通知: a title's first line)
    n = next_line(lines, k + 1, stop, lay.claimed)
    title = lines[n].view if n is not None and n <= k + LINE_GAP else ""
    return any(title.startswith(view[a:]) and title.find("关于", len(view) - a) != -1
               for a in range(len(view) - MARK_NAME_MIN + 1) if P.AUTHORITY_END.search(view[a:]))


def _salutation(view: str) -> bool:
    """family: a speech's salutation (各位代表：), no 主送. (SALUTATION opens with 各位, 同志 or 女士.)"""
    return view[:2] in ("各位", "同志", "女士") and P.SALUTATION.match(view) is not None


def _repeated(lines: list[Line], k: int, stop: int, lay: Layout) -> bool:
    """Whether the next line says the same title (dashes, brackets and spaces aside); or, family:
    an export's page title over the document's own title wrapped over lines, its issuers named
    otherwise (上海市交通委员会、上海海事局 关于印发《…》的通知 / 市交通委、上海海事局 / 关于印发《… /
    …》的通知): the same from its 关于 on."""
    first = P.bare_title(lines[k].view)
    n = next_line(lines, k + 1, stop, lay.claimed)
    if n is None or first == P.bare_title(lines[n].view):
        return n is not None
    # family: a portal's page title opening with 关于, its 文号 after it (关于…的通知(发改价格〔2025〕65号)),
    # over the document's own title naming its issuers first (国家发展改革委 国家数据局关于建立 / …的通知)
    docno = P.TITLE_DOCNO.search(lines[k].view) if lines[k].view.endswith("号)") else None
    first = P.bare_title(lines[k].view[:docno.start()]) if docno else first
    about = first.find("关于")
    text, last = "", k
    reach = LINE_GAP * 2 if docno else LINE_GAP  # (the page's date line may stand between: 2025/01/20 价格司)
    while (about > 0 or (docno and about == 0)) and n is not None and n <= last + reach and last - k <= TITLE_LINES + reach - LINE_GAP and titleish(lines[n].view):
        text, last = text + P.bare_title(lines[n].view), n
        if (at := text.find("关于")) > 0 and text[at:] == first[about:]:
            return True
        n = next_line(lines, n + 1, stop, lay.claimed)
    return False


def _mark_ahead(lines: list[Line], k: int, stop: int, lay: Layout) -> int | None:
    """The …文件 line that ends a joint issuer mark starting at ``k`` (authorities' names, one
    line or more, then XX文件), before any title or 文号."""
    n = k
    for _ in range(MARK_LINES):
        if n is None:
            return None
        view = lines[n].view
        mark = P.ISSUER_MARK.match(view) if may_issuer_mark(view) else None
        # neither a mark nor an issuer's name: none; then no title (文种) or 文号 in it (the two
        # searches over the whole line last: most lines are neither)
        if not (mark or issuer_line(view)) or doc_kind(view) or P.DOC_NUMBER.search(view):
            return None
        if mark:
            return n if n > k else None
        n = next_line(lines, n + 1, stop, lay.claimed)
    return None


def _docno_next(lines: list[Line], k: int, stop: int, lay: Layout) -> bool:
    n = next_line(lines, k + 1, stop, lay.claimed)
    return n is not None and may_doc_number(lines[n].view) and P.DOC_NUMBER_LINE.match(lines[n].view) is not None


def _title(lines: list[Line], k: int, stop: int, lay: Layout) -> int:
    """Join a title wrapped over lines; record it. Returns its last line index. (Its view is its
    lines' views joined: ``fold`` reads each character alone.)"""
    text, view = lines[k].text, lines[k].view
    last = k
    while not doc_kind(view) and last - k < TITLE_LINES:
        n = next_line(lines, last + 1, stop, lay.claimed)
        if n is None or n > last + LINE_GAP:
            break
        nv = lines[n].view
        if not titleish(nv) or P.DOC_NUMBER.fullmatch(nv) or nv.endswith(":") or len(nv) > TITLE_MAX:
            break
        text, view, last = text + lines[n].text, view + nv, n
    n = next_line(lines, last + 1, stop, lay.claimed)
    if n is not None and n <= last + LINE_GAP and last - k < TITLE_LINES and P.ISSUING_TITLE.search(view) \
            and titleish(lines[n].view) and P.ISSUING_TAIL.search(lines[n].view):
        # …入户管理办法 / 实施细则的通知: the issued title's kind was not the end
        text, view, last = text + lines[n].text, view + lines[n].view, n
        n = next_line(lines, last + 1, stop, lay.claimed)
    if n is not None and n <= last + LINE_GAP and P.TITLE_TAIL.match(lines[n].view):
        # …工作方案 / 的通知: the break fell right after the issued document's kind
        text, view, last = text + lines[n].text, view + lines[n].view, n
    m = doc_kind(view)
    mark = P.MD_HEADING.match(text)  # family: a Markdown copy's # 标题
    lay.set(title=text[mark.end():] if mark else text, kind=m.group("kind") if m else None)
    lay.add("title", k, last)
    return last


def _addressees(line: Line, end: int) -> list[str]:
    names, start = [], 0
    view = line.view[:end]
    depth = 0
    for pos, ch in enumerate(view + ","):
        depth += (ch == "(") - (ch == ")")
        if ch in ",;" and depth <= 0:
            name = line.text[start:pos].strip()
            if name:
                names.append(name)
            start = pos + 1
    return names


def _order(lines: list[Line], i: int, stop: int, lay: Layout) -> int | None:
    """An order (令): page title, ``X令``, ``（第N号）``; no title line of its own."""
    idx = filled(lines, i, stop, ORDER_HEAD)
    for pos, k in enumerate(idx[:-1]):
        m = P.ORDER_MARK.match(lines[k].view) if may_order(lines[k].view) else None
        n = idx[pos + 1]
        if m and P.ORDER_NUMBER.match(lines[n].view.strip()):
            for t in idx[:pos]:
                if t not in lay.claimed:
                    lay.add("page_title", t)
            lay.add("order_mark", k)
            lay.add("doc_number", n)
            lay.set(kind="令", issuer=m.group("issuer"), issuers=(m.group("issuer"),),
                    doc_number=lines[k].text + lines[n].text.strip())
            return n + 1
    return None


def attachment_list(lines: list[Line], stop: int, lay: Layout) -> None:
    for i in opening(lines, "附", 0, stop):  # (may_attachment_list: no other line can be the list)
        m = R.ATTACHMENT_LIST.match(lines[i].view)
        if m and i not in lay.claimed:
            break
    else:
        return
    refs: list[AttachmentRef] = []
    rest = lines[i].text[m.start("rest"):].strip()
    last = i
    item = _first_refs(rest, refs)
    k = next_line(lines, i + 1, stop)
    while k is not None and item.match(lines[k].view) and k <= last + LINE_GAP:
        _attachment_ref(lines[k].text, refs)
        last = k
        k = next_line(lines, k + 1, stop)
    lay.add("attachment_list", i, last)
    lay.set(attachments=tuple(refs))


def _first_refs(rest: str, refs: list[AttachmentRef]):
    """The items on the 附件： line itself; returns the pattern the items on later lines follow
    (附件：1.A / 2.B, or 附件：附件1 A / 附件2 B, those maybe run together on the one line)."""
    if not P.LISTED_ATTACHMENT.match(P.fold(rest)):
        if rest:
            _attachment_ref(rest, refs)
        return P.ATTACHMENT_ITEM
    cuts = [0] + [g.start() for g in P.LISTED_ATTACHMENT_GLUED.finditer(P.fold(rest))] + [len(rest)]
    for a, b in zip(cuts, cuts[1:]):
        _attachment_ref(rest[a:b], refs)
    return P.LISTED_ATTACHMENT


def _attachment_ref(text: str, refs: list[AttachmentRef]) -> None:
    view = P.fold(text).strip()
    text = text.strip()
    m = R.ATTACHMENT_ITEM.match(view) or P.LISTED_ATTACHMENT.match(view)
    number, title = (int(m.group("n")), text[m.start("title"):]) if m else (len(refs) + 1, text)
    if m and m.re is not P.LISTED_ATTACHMENT:  # family: 1.…统计表2.2021年度…明细表 (items run together)
        start = m.start("title")
        for cut in _run_on_items(view, start, number):
            _one_ref(number, text[start:cut], refs)
            number, start = number + 1, P.ATTACHMENT_RUN_ON.match(view, cut).end()
        title = text[start:]
    _one_ref(number, title, refs)


def _run_on_items(view: str, start: int, number: int) -> list[int]:
    """Where the next items' numbers start in an item's title run on with them: number + 1, then
    number + 2 … each after the one before (none when the next is missing)."""
    cuts, want = [], number + 1
    for m in P.ATTACHMENT_RUN_ON.finditer(view, start) if str(want) in view else ():
        if int(m.group("n")) == want and m.start() > (cuts[-1] if cuts else start):
            cuts.append(m.start())
            want += 1
    return cuts


def _one_ref(number: int, title: str, refs: list[AttachmentRef]) -> None:
    title = title.strip()
    ext = P.FILE_EXT.search(P.fold(title))
    if ext:
        title = title[: ext.start()].rstrip()
    refs.append(AttachmentRef(number, title, ext.group("ext").lower() if ext else None))


def tail_lines(lines: list[Line], lay: Layout) -> None:
    """版记 lines (抄送, 印发), wherever they stand (often after the last attachment)."""
    for i in sorted({*opening(lines, "抄"), *closing(lines, "发印")}):  # what may_cc or may_printed may pass
        if i in lay.claimed:
            continue
        view = lines[i].view
        if may_cc(view) and (m := P.CC_LINE.match(view)):
            names = P.LIST_SEP.split(lines[i].text[m.start("names"):].strip().rstrip("。."))
            lay.set(cc=tuple(n.strip() for n in names if n.strip()))
            lay.add("cc", i)
        elif may_printed(view) and P.PRINTED_LINE.match(view):
            if lay.fields.printed is None:  # 印发, then maybe a 翻印 by another office
                lay.set(printed=lines[i].text)
            lay.add("printed", i)
