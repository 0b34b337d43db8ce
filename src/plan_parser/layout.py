"""Notice stage: ``list[Line]`` -> ``Layout``, the notice's elements and the plan regions.

Finds the parts GB/T 9704 gives a notice (标题, 发文字号, 主送机关, 正文, 署名, 成文日期,
附注, 附件说明, 抄送/印发), the web page's panel (索引号, 发布机构 …), and the line ranges
that hold the plan(s) and the included attachments, which the tree stage reads.
Line indexes here are 0-based positions in the list of lines.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from . import patterns as P
from .lines import Line

HEAD_WINDOW = 15  # how many non-blank lines the head (panel, title, 文号, 主送) may take
ISSUER_MAX = 160  # longest signature line (several authorities side by side)
ISSUER_NAME_MAX = 40  # longest authority name in it


@dataclass(frozen=True)
class Region:
    """Lines ``first``..``last - 1`` hold a tree; ``title`` is its heading (or None)."""

    first: int
    last: int
    title: str | None = None
    number: int | None = None  # an attachment's number
    head: tuple[int, ...] = ()  # the lines of its heading


@dataclass
class Layout:
    parts: list[tuple[str, int, int]] = field(default_factory=list)  # (kind, first, last) inclusive
    fields: dict = field(default_factory=dict)  # notice fields (models.Notice)
    publication: dict[str, str] = field(default_factory=dict)
    plans: list[Region] = field(default_factory=list)
    attachments: list[Region] = field(default_factory=list)
    claimed: set[int] = field(default_factory=set)

    def add(self, kind: str, first: int, last: int | None = None) -> None:
        last = first if last is None else last
        self.parts.append((kind, first, last))
        self.claimed.update(range(first, last + 1))


def layout(lines: list[Line]) -> Layout:
    """Find the notice's elements and the regions of its plan(s) and attachments."""
    lay = Layout()
    att_heads = _attachment_heads(lines)
    main_end = att_heads[0] if att_heads else len(lines)
    _publication(lines, main_end, lay)
    head_end = _head(lines, main_end, lay)
    sig = _signature(lines, head_end, main_end, lay)
    _attachment_list(lines, main_end, lay)
    _tail_lines(lines, lay)
    _attachments(lines, att_heads, lay)
    _plans(lines, head_end, sig, main_end, lay)
    return lay


# --- helpers over line indexes ---------------------------------------------------------

def _next(lines: list[Line], i: int, stop: int, claimed: set[int] = frozenset()) -> int | None:
    """Index of the first non-blank, unclaimed line at or after ``i`` (before ``stop``)."""
    while i < stop:
        if not lines[i].blank and i not in claimed:
            return i
        i += 1
    return None


def _prev(lines: list[Line], i: int, stop: int = 0) -> int | None:
    while i >= stop:
        if not lines[i].blank:
            return i
        i -= 1
    return None


def _is_marker(view: str) -> bool:
    return any(rx.match(view) for _, rx in P.MARKERS)


def _titleish(view: str) -> bool:
    """A heading line: short, no sentence punctuation, not a numbered item, not a remark in brackets."""
    return (2 <= len(view) <= 80 and not P.SENTENCE_END.search(view) and "," not in view and ":" not in view
            and not _is_marker(view) and not (view.startswith("(") and view.endswith(")")))


# --- the parts, one function each --------------------------------------------------------

def _attachment_heads(lines: list[Line]) -> list[int]:
    heads = []
    for i, ln in enumerate(lines):
        if ln.view.startswith("附") and P.ATTACHMENT_HEAD.match(ln.view):
            heads.append(i)
    return heads


def _publication(lines: list[Line], stop: int, lay: Layout) -> None:
    seen = 0
    for i in range(stop):
        ln = lines[i]
        if ln.blank:
            continue
        seen += 1
        if seen > HEAD_WINDOW:
            break
        if P.PUBLICATION_LINE.match(ln.view):
            for m in P.PUBLICATION_FIELD.finditer(ln.view):
                key = "".join(m.group("key").split())
                value = ln.text[m.start("value"):m.end("value")].strip()
                if value and key not in lay.publication:
                    lay.publication[key] = value
            lay.add("publication", i)


def _head(lines: list[Line], stop: int, lay: Layout) -> int:
    """Title, 文号, order mark and 主送机关. Returns the index where the body starts."""
    i = _next(lines, 0, stop, lay.claimed)
    if i is None:
        return stop
    order = _order(lines, i, stop, lay)
    if order is not None:
        return order
    first_title = None
    j = i
    # a 文号 may stand before the title (版头) or after it
    for _ in range(5):
        k = _next(lines, j, stop, lay.claimed)
        if k is None:
            break
        view = lines[k].view
        if first_title is None and P.ISSUER_MARK.match(view):
            lay.add("issuer_mark", k)
            j = k + 1
            continue
        m = P.DOC_NUMBER.fullmatch(view.strip())
        if m and "doc_number" not in lay.fields:
            lay.fields["doc_number"] = lines[k].text.strip()
            lay.add("doc_number", k)
            j = k + 1
            continue
        if first_title is None and _titleish(view):
            first_title = k
            j = _title(lines, k, stop, lay) + 1
            continue
        break
    k = _next(lines, j, stop, lay.claimed)
    if k is not None and (first_title is not None or "doc_number" in lay.fields or k == i):
        m = P.ADDRESSEES.match(lines[k].view)
        if m and not _is_marker(lines[k].view) and not lines[k].view.startswith("附件"):
            lay.fields["addressees"] = _addressees(lines[k], m.end("names"))
            lay.add("addressees", k)
            return k + 1
    return j if first_title is not None or "doc_number" in lay.fields else i


def _title(lines: list[Line], k: int, stop: int, lay: Layout) -> int:
    """Join a title wrapped over lines; record it. Returns its last line index."""
    text = lines[k].text
    last = k
    while not P.DOC_KIND.search(P.fold(text)) and last - k < 3:
        n = _next(lines, last + 1, stop, lay.claimed)
        if n is None or n > last + 2:
            break
        view = lines[n].view
        if not _titleish(view) or P.DOC_NUMBER.fullmatch(view) or view.endswith(":") or len(view) > 80:
            break
        text += lines[n].text
        last = n
    lay.fields["title"] = text
    m = P.DOC_KIND.search(P.fold(text))
    lay.fields["kind"] = m.group("kind") if m else None
    lay.add("title", k, last)
    return last


def _addressees(line: Line, end: int) -> list[str]:
    names, start = [], 0
    view = line.view[:end]
    depth = 0
    for pos, ch in enumerate(view + ","):
        depth += (ch == "(") - (ch == ")")
        if ch == "," and depth <= 0:
            name = line.text[start:pos].strip()
            if name:
                names.append(name)
            start = pos + 1
    return names


def _order(lines: list[Line], i: int, stop: int, lay: Layout) -> int | None:
    """An order (令): page title, ``X令``, ``（第N号）``; no title line of its own."""
    idx = [k for k in range(i, stop) if not lines[k].blank][:5]
    for pos, k in enumerate(idx[:-1]):
        m = P.ORDER_MARK.match(lines[k].view)
        n = idx[pos + 1]
        if m and P.ORDER_NUMBER.match(lines[n].view.strip()):
            for t in idx[:pos]:
                if t not in lay.claimed:
                    lay.add("page_title", t)
            lay.add("order_mark", k)
            lay.add("doc_number", n)
            lay.fields.update(kind="令", issuer=m.group("issuer"),
                              doc_number=lines[k].text + lines[n].text.strip())
            lay.fields["issuers"] = [m.group("issuer")]
            return n + 1
    return None


def _signature(lines: list[Line], start: int, stop: int, lay: Layout) -> tuple[int, int] | None:
    """署名 and 成文日期, then 附注. Returns (first line of the signature, line after the notes)."""
    for d in range(start, stop):
        if d in lay.claimed:
            continue
        m = P.DATE_LINE.match(lines[d].view) or P.ISSUER_DATE_LINE.match(lines[d].view)
        if m:
            break
    else:
        return None
    lay.fields["date"] = _iso_date(m)
    lay.fields["date_text"] = lines[d].text[m.start("y"):].strip()
    if m.re is P.ISSUER_DATE_LINE:  # one line: the issuer(s), then the date
        names = lines[d].text[: m.end("issuer")].split()
        lay.fields.update(issuers=names, issuer="、".join(names))
        first = _issuers(lines, start, d, lay) if _issuer_line(lines[d - 1].view if d else "") else d
    else:
        first = _issuers(lines, start, d, lay)
    lay.add("date", d)
    end = _notes(lines, d + 1, stop, lay)
    return first, end


def _issuers(lines: list[Line], start: int, d: int, lay: Layout) -> int:
    found: list[int] = []
    k = _prev(lines, d - 1, start)
    while k is not None and len(found) < 4:
        view = lines[k].view
        if P.SIGNER.match(view) or _issuer_line(view):
            found.insert(0, k)
            k = _prev(lines, k - 1, start)
        else:
            break
    names, signers = [], []
    for k in found:
        if P.SIGNER.match(lines[k].view):
            signers.append(lines[k].text)
            lay.add("signer", k)
        else:
            names += lines[k].text.split()
            lay.add("issuer", k)
    if names:
        lay.fields["issuers"] = names
        lay.fields["issuer"] = "、".join(names)
    if signers:
        lay.fields["signers"] = signers
    first = found[0] if found else d
    # a contact line just above the signature (联系人：…) is a note
    k = _prev(lines, first - 1, start)
    while k is not None and P.NOTE_LINE.match(lines[k].view) and not lines[k].view.startswith("("):
        lay.fields.setdefault("notes", []).insert(0, lines[k].text)
        lay.add("note", k)
        first = k
        k = _prev(lines, k - 1, start)
    return first


def _issuer_line(view: str) -> bool:
    names = view.split()
    return (bool(P.ISSUER_LINE.match(view)) and len(view) <= ISSUER_MAX and not _is_marker(view)
            and all(len(n) <= ISSUER_NAME_MAX for n in names))


def _notes(lines: list[Line], i: int, stop: int, lay: Layout) -> int:
    k = _next(lines, i, stop)
    while k is not None and P.NOTE_LINE.match(lines[k].view) and not _is_marker(lines[k].view):
        lay.fields.setdefault("notes", []).append(lines[k].text)
        lay.add("note", k)
        i = k + 1
        k = _next(lines, i, stop)
    return i


def _iso_date(m) -> str | None:
    from .numbers import cn_int, cn_year

    y, mo, d = m.group("y"), m.group("m"), m.group("d")
    year = int(y) if y.isascii() else cn_year(y)
    month = cn_int(mo)
    day = cn_int(d)
    if not (year and 1 <= (month or 0) <= 12 and 1 <= (day or 0) <= 31):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def _attachment_list(lines: list[Line], stop: int, lay: Layout) -> None:
    for i in range(stop):
        m = P.ATTACHMENT_LIST.match(lines[i].view)
        if m and i not in lay.claimed:
            break
    else:
        return
    refs: list[dict] = []
    rest = lines[i].text[m.start("rest"):].strip()
    last = i
    if rest:
        _attachment_ref(rest, refs)
    k = _next(lines, i + 1, stop)
    while k is not None and P.ATTACHMENT_ITEM.match(lines[k].view) and k <= last + 2:
        _attachment_ref(lines[k].text, refs)
        last = k
        k = _next(lines, k + 1, stop)
    lay.add("attachment_list", i, last)
    lay.fields["attachments"] = refs


def _attachment_ref(text: str, refs: list[dict]) -> None:
    view = P.fold(text).strip()
    text = text.strip()
    m = P.ATTACHMENT_ITEM.match(view)
    number, title = (int(m.group("n")), text[m.start("title"):]) if m else (len(refs) + 1, text)
    title = title.strip()
    ext = P.FILE_EXT.search(P.fold(title))
    if ext:
        title = title[: ext.start()].rstrip()
    refs.append({"number": number, "title": title, "extension": ext.group("ext").lower() if ext else None})


def _tail_lines(lines: list[Line], lay: Layout) -> None:
    """版记 lines (抄送, 印发), wherever they stand (often after the last attachment)."""
    for i in range(len(lines)):
        if i in lay.claimed or lines[i].blank:
            continue
        view = lines[i].view
        if m := P.CC_LINE.match(view):
            names = P.LIST_SEP.split(lines[i].text[m.start("names"):].strip().rstrip("。."))
            lay.fields["cc"] = [n.strip() for n in names if n.strip()]
            lay.add("cc", i)
        elif P.PRINTED_LINE.match(view):
            lay.fields["printed"] = lines[i].text
            lay.add("printed", i)


def _plans(lines, head_end: int, sig, main_end: int, lay: Layout) -> None:
    """The plan(s): after the notice's notes, or the notice's own body (an 意见 with no wrapper)."""
    body_end = sig[0] if sig else main_end
    after = sig[1] if sig else main_end
    head = [k for k in ("title", "addressees", "doc_number") if k in lay.fields]
    wrapped = lay.fields.get("kind") == "令" or (head and (sig is not None or len(head) > 1))
    stop = _region_stop(after, main_end, lay)
    has_after = _substantial(lines, after, stop, lay)
    if not wrapped:
        # no notice around it: the whole text is the plan, its first line the title
        lay.fields.pop("title", None)
        lay.fields.pop("kind", None)
        lay.parts = [p for p in lay.parts if p[0] != "title"]
        lay.claimed = {i for kind, a, b in lay.parts for i in range(a, b + 1)}
        first = _next(lines, 0, main_end, lay.claimed)
        _plan_regions(lines, first or 0, _region_stop(0, main_end, lay), lay, titled=True)
        return
    if has_after:
        _body(lines, head_end, body_end, lay)
        _plan_regions(lines, after, stop, lay, titled=True)
    elif (att := _issued_attachment(lines, head_end, body_end, lay)) is not None:
        _body(lines, head_end, body_end, lay)
        lay.attachments.remove(att)
        lay.plans.append(att)
    else:
        region_end = _region_stop(head_end, body_end, lay)
        start = _issued_heading(lines, head_end, region_end, lay)
        if start is None:
            lay.plans.append(Region(head_end, region_end, title=lay.fields.get("title")))
        else:  # 现将《A》印发给你们… / A / 一、… with no signature between them
            _body(lines, head_end, start, lay)
            _plan_regions(lines, start, region_end, lay, titled=True)


def _issued_heading(lines: list[Line], first: int, last: int, lay: Layout) -> int | None:
    """The line that repeats the title of an issued document, inside the notice's body."""
    wanted = {_bare(t) for t in _issued_titles(lay.fields.get("title"))}
    for i in range(first, last):
        if i not in lay.claimed and not lines[i].blank and _bare(lines[i].text) in wanted:
            return i
    return None


def _issued_attachment(lines: list[Line], first: int, last: int, lay: Layout) -> Region | None:
    """The attachment that holds the issued document (附件：XX方案 … 附件 / XX方案 / 一、…).

    Only when the notice's own body has no numbered items: then the plan is the
    attachment whose title the notice names, or the only attachment there is.
    """
    if any(_is_marker(lines[i].view) for i in range(first, last) if i not in lay.claimed):
        return None
    wanted = {_bare(t) for t in _issued_titles(lay.fields.get("title"))}
    for att in lay.attachments:
        if att.title and _bare(att.title) in wanted:
            return att
    return lay.attachments[0] if len(lay.attachments) == 1 and wanted else None


def _bare(title: str) -> str:
    return "".join(ch for ch in P.fold(title) if ch not in "《》“”\"' ")


def _substantial(lines: list[Line], first: int, stop: int, lay: Layout) -> bool:
    """Does a document follow (a numbered item, or three lines or more), not just a stray line?"""
    rest = [i for i in range(first, stop) if not lines[i].blank and i not in lay.claimed]
    return len(rest) >= 3 or any(_is_marker(lines[i].view) for i in rest)


def _region_stop(first: int, stop: int, lay: Layout) -> int:
    """A region ends where the attachment list or the 版记 begins."""
    ends = [a for kind, a, _ in lay.parts if kind in ("attachment_list", "cc", "printed") and a >= first]
    return min(ends + [stop])


def _body(lines: list[Line], first: int, last: int, lay: Layout) -> None:
    for i in range(first, last):
        if not lines[i].blank and i not in lay.claimed:
            lay.add("body", i)


def _plan_regions(lines, first: int, stop: int, lay: Layout, titled: bool) -> None:
    k = _next(lines, first, stop, lay.claimed)
    if k is None:
        return
    titles = _issued_titles(lay.fields.get("title"))
    later = {_bare(t) for t in titles[1:]}
    cuts = [k]
    for i in range(k + 1, stop):
        if later and i not in lay.claimed and _bare(lines[i].text) in later:
            cuts.append(i)
    cuts.append(stop)
    for a, b in zip(cuts, cuts[1:]):
        head = _next(lines, a, b, lay.claimed)
        if head is not None and _titleish(lines[head].view) and titled:
            heads, title = (head,), lines[head].text
            sub = _next(lines, head + 1, b, lay.claimed)
            if sub is not None and P.PERIOD_LINE.match(lines[sub].view):  # （2023—2025年） under the title
                heads, title = (head, sub), title + lines[sub].text
            lay.plans.append(Region(heads[-1] + 1, b, title=title, head=heads))
        else:
            fallback = titles[len(lay.plans)] if len(titles) > len(lay.plans) else None
            lay.plans.append(Region(a, b, title=fallback))


def _issued_titles(title: str | None) -> list[str]:
    """The documents a notice issues, from its title: 《A》和《B》, or 印发A的通知."""
    if not title:
        return []
    found = [m.group("t") for m in P.ISSUED_TITLE.finditer(title)]
    if found:
        return found
    m = P.ISSUES_VERB.search(title)
    return [m.group("t")] if m else []


def _attachments(lines: list[Line], heads: list[int], lay: Layout) -> None:
    for pos, h in enumerate(heads):
        stop = heads[pos + 1] if pos + 1 < len(heads) else len(lines)
        m = P.ATTACHMENT_HEAD.match(lines[h].view)
        number = int(m.group("n")) if m.group("n") else pos + 1
        head = (h,)
        title = lines[h].text[m.start("title"):].strip() if m.group("title") else None
        if title is None:
            k = _next(lines, h + 1, stop)
            if k is not None and _titleish(lines[k].view):
                title, head = lines[k].text, (h, k)
        lay.attachments.append(Region(head[-1] + 1, stop, title=title, number=number, head=head))
