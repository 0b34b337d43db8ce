"""Flatten stage (inside lines): a document flattened onto one line -> the offsets where it is cut.

family: one-line OCR copies and scraped cells (``../shared/bulk``, category ``gov``). Only a
document of a few very long lines is cut, and only at markers that continue a numbering
sequence (一、 then 二、; 1. then 2.), so ordinary paragraphs are never split; around them,
the head (版头, 文号, title, 主送), the signature and date, the 附件说明, the included
attachments' headings and the 版记 are set apart. Offsets are in the folded view, which has
the text's length.
"""
from __future__ import annotations

import functools

from . import patterns as P
from .flat_search import Signatures, glued_printed, may_record, records_from, run_on_markers, whole_name_in
from .numbers import cn_int
from .patterns import CN_NUM
from .patterns.lines import FLAT_ARTICLE, FLAT_RUN_IN_HEADING, FLAT_SPACED_HEADING

R = P.RE  # the line patterns matched at a line's start: by re where it reads them alike

FLAT_LINE = 200  # a line this long (in a document of a few lines) is a flattened document (a short one-line
# notice of 300 characters is one too)
FLAT_HEAD = 200  # a flattened notice's title ends within this many characters
FLAT_ADDRESSEES = 160  # and its 主送 colon within this many after the title (a long list of organs)
FLAT_NAME = 80  # a signature's issuers (joint ones run together) take at most this many characters
SIGNATURE_NAME_MIN = 3  # and at least this many (国务院)
REPEAT_REACH = 100  # a REPEATED_MARK match starts at most this far before the title's 关于 (a name of
# at most 30 twice, then at most 40 of joint names)
GLUED_REACH = 50  # a FLAT_GLUED_SIGNATURE match starts at most this far before its date (a name of at
# most 40, the spaces and the character before it)


def cuts(view: str) -> list[int]:
    """Where a flattened line is cut into virtual lines (ascending, the first 0): before each
    run-on marker that continues its numbering sequence, and around its head, its list of
    attachments and its signature."""
    head = _head_cuts(view)
    cuts = [0] + head
    last: dict[str, int] = {}
    restarts = []  # where a numbering starts (at 1)
    for m in run_on_markers(view):
        style = m.lastgroup  # the style: its branch's group, the last one matched (1. 's stop aside)
        style = "num" if style == "stop" else style
        number = _number(m.group(style))
        if number is None or not (number == 1 or number == last.get(style, 0) + 1 or _hole(view, m, style, number, last)):
            continue
        if number == 1 and m.group("stop") == "。":
            continue  # 11。 is item 11 where item 10 came before; 1。 starts nothing
        last[style] = number
        if m.start() > cuts[-1]:
            cuts.append(m.start())
            if number == 1:
                restarts.append(m.start())
    first_item = cuts[len(head) + 1] if len(cuts) > len(head) + 1 else len(view)
    signed = Signatures(view)  # (the signature is looked for after the head, then after the last item)
    extra = _outline_cuts(view, cuts) + _trailer_cut(view, first_item) + _issuing_cuts(signed, head, first_item)
    extra += _article_cuts(view, cuts) if view.count("条") >= ARTICLES_MIN else []
    return sorted({*cuts, *extra, *_tail_cuts(signed, cuts, restarts)})


ARTICLES_MIN = 3  # a flattened 办法 has at least this many articles (a view with fewer 条 is not scanned)
ARTICLE_HEADING = 20  # a section's heading before its first article (一、机构设置|第一条…) is at most this long


def _article_cuts(view: str, cuts: list[int]) -> list[int]:
    """family: a 规则/办法 flattened onto one line, its articles run on (…协调机构。第二条领导小组…,
    一、机构设置第一条…): a cut before each 第N条 (FLAT_ARTICLE) that starts the article sequence or
    continues it, right after a sentence's end or a section's heading (a short unpunctuated run after
    a cut: 一、机构设置); not a reference in running text (依照本办法第三条, 第十二条规定)."""
    out, last = [], 0
    for m in FLAT_ARTICLE.finditer(view):
        number = _number(m.group("n"))
        if number is None or number not in (1, last + 1):
            continue
        if view[m.start() - 1] in SENTENCE_ENDS + ":" or _after_heading(view, m.start(), cuts):
            out.append(m.start())
            last = number
    return out


def _after_heading(view: str, start: int, cuts: list[int]) -> bool:
    """Whether ``start`` ends a short unpunctuated heading begun at a cut (一、机构设置|第一条)."""
    before = [c for c in cuts if c < start]
    return bool(before) and start - before[-1] <= ARTICLE_HEADING and not any(
        ch in "。;:!?,，" for ch in view[before[-1]:start])


def _hole(view: str, m, style: str, number: int, last: dict[str, int]) -> bool:
    """family: a one-line OCR copy whose numbering lost one marker (。三、…。五、…, 。1.…。3.… with its
    2. misread 2，): a marker one past the next number, right after a sentence's end, still continues
    its sequence (the tree reports the hole). Not after a Han character (举一反三、, …经营10.), nor a
    first marker (2. with no 1. before it)."""
    return style in last and number == last[style] + 2 and view[m.start() - 1] in SENTENCE_ENDS


SENTENCE_ENDS = "。;!?"  # (folded: ；！？ read as ; ! ?)


def _trailer_cut(view: str, first_item: int) -> list[int]:
    """family: page leftovers after the last item (。解读:1.…2.…字号): a cut before them. (Each
    FLAT_TRAILER match holds 解读, 相关链接 or 一图读懂: a view with none is not scanned.)"""
    if not any(word in view for word in TRAILER_WORDS):
        return []
    found = [m.start() for m in P.FLAT_TRAILER.finditer(view, first_item)]
    return found[-1:]


TRAILER_WORDS = ("解读", "相关链接", "一图读懂")


def _outline_cuts(view: str, cuts: list[int]) -> list[int]:
    """Cuts after a standard 一、 heading run into its first sentence (一、总体要求|以习近平…); only
    a cut at a numeral is tried (FLAT_OUTLINE_HEADING opens with one). Else after a standard heading
    of any level, or one its first sentence repeats (FLAT_RUN_IN_HEADING: (一)培训时间|2021年…)."""
    found = (R.FLAT_OUTLINE_HEADING.match(view, c) for c in cuts if c < len(view) and view[c] in CN_NUM)
    return [m.end() for m in found if m] + _run_in_cuts(view, cuts)


def _run_in_cuts(view: str, cuts: list[int]) -> list[int]:
    """family: a one-line copy's heading run into its first sentence at any level (FLAT_RUN_IN_HEADING),
    where FLAT_OUTLINE_HEADING finds none; or, in a copy whose paragraphs run on after a space
    (SPACED_BREAKS sentence ends or more followed by one), ended by the next space (FLAT_SPACED_HEADING)."""
    out = []
    spaced = sum(view.count(end + " ") for end in "。;:!?") >= SPACED_BREAKS
    for c in cuts:
        if c < len(view) and (view[c] in RUN_IN_FIRST or view[c].isdecimal()) and not (
                view[c] in CN_NUM and R.FLAT_OUTLINE_HEADING.match(view, c)):
            m = FLAT_RUN_IN_HEADING.match(view, c) or (FLAT_SPACED_HEADING.match(view, c) if spaced else None)
            if m:
                out.append(m.end())
    return out


SPACED_BREAKS = 3  # a flattened copy with this many sentence ends followed by a space joined its paragraphs so
RUN_IN_FIRST = "(" + CN_NUM  # a FLAT_RUN_IN_HEADING match opens with a numeral, a bracket or a digit


def _issuing_cuts(signatures: Signatures, head: list[int], stop: int) -> list[int]:
    """family: a flattened notice that issues a document printed after it (关于印发《A》的通知
    主送:…现印发给你们…。生态环境部2022年3月28日(此件社会公开)生态环境部办公厅2022年3月29日印发
    A为贯彻…一、…): cuts around the notice's signature and date, its note, its 版记 and the
    issued document's title, all before the first item (``stop``)."""
    if not head:
        return []
    view = signatures.view
    signed = (_signature_cuts(signatures, head[-1]) or _named_signature(view, head[-1])
              or _glued_signature(view, head[-1]) or _masked_signature(view, head[-1]))
    if not signed or signed[0] >= stop:
        return []
    out = signed + _note_end(view, signed)
    printed = P.FLAT_PRINTED.match(view, out[-1], stop)
    if printed:
        out.append(printed.end())
    title = _issued_title(view[:head[-1]])
    if title and view.startswith(title, out[-1]) and out[-1] + len(title) < stop:
        out.append(out[-1] + len(title))
    return [c for c in out if c < len(view)]


def _issued_title(head: str) -> str | None:
    """The document a flattened head's title issues: 《A》, or A of 印发A的通知."""
    m = P.ISSUED_TITLE.search(head)
    if m:
        return m.group("t")
    end = P.FLAT_TITLE_END.search(head)
    m = P.ISSUES_VERB.search(head, 0, end.end()) if end else None
    return m.group("t") if m else None


def _tail_cuts(signatures: Signatures, cuts: list[int], restarts: list[int]) -> list[int]:
    """Cuts before the list of attachments (附件:1.…2.…), around the signature and date, and
    around each included attachment's 附件 (N) after them.  A list after which a numbering
    starts again before any signature or attachment heading is left uncut (and so are the
    headings): an attachment's text runs on from it, and its items stay items."""
    view = signatures.view
    listed = P.FLAT_ATTACHMENT_LIST.search(view, cuts[1] if len(cuts) > 1 else 0)
    signed = (_signature_cuts(signatures, listed.start() if listed else cuts[-1]) or _last_signature(signatures, cuts)
              or _named_signature(view, listed.start() if listed else cuts[-1])
              or _glued_signature(view, min(cuts[1:2] + [listed.start() if listed else cuts[-1]]))
              or _masked_signature(view, listed.start() if listed else cuts[-1]))
    if not (signed or listed):
        return []
    after = signed[-1] if signed else listed.end()
    # a bare 附件 heads the only attachment: a later one is a word (其他附件应符合…)
    heads = [m for k, m in enumerate(P.FLAT_ATTACHMENT_HEAD.finditer(view, after))
             if k == 0 or m.group().rstrip()[-1].isdigit()]
    if listed and not signed:
        again = next((r for r in restarts if r > listed.end()), None)
        if again is not None and not (heads and heads[0].start() < again):
            return []
    kept = records_from(view, after) if may_record(view, after) else ()
    records = [c for m in kept for c in (m.start(), m.end())
               if c == m.start() or view[m.end() - 1] in "发印"]  # 抄送: runs on into its names
    return (signed + _note_end(view, signed) + [c for m in heads for c in (m.start(), m.end())] + records
            + ([listed.start()] if listed else []) + _issued_after_heads(view, heads) + glued_printed(view, after))


def _issued_after_heads(view: str, heads: list) -> list[int]:
    """family: the issued document included as an attachment, its title run into its text
    (附件|生态环境监测…三年行动计划（2018-2020年）|生态环境监测质量是…): a cut after the title the
    notice's title names."""
    end = P.FLAT_TITLE_END.search(view, 0, FLAT_HEAD)
    title = _issued_title(view[:end.end()]) if end else None
    return [m.end() + len(title) for m in heads
            if title and view.startswith(title, m.end()) and m.end() + len(title) < len(view)]


def _last_signature(signatures: Signatures, cuts: list[int]) -> list[int]:
    """The signature before the last item's cut (an attachment's own 1. 2. after it), when none
    follows that cut: the last one after the first item."""
    if len(cuts) < 2:
        return []
    found = list(signatures.every(cuts[1]))
    if not found:
        return []
    last = found[-1]
    return [c for c in (last.start("issuer"), last.start("date"), last.end("date")) if c < len(signatures.view)]


def _named_signature(view: str, after: int) -> list[int]:
    """family: a signature glued after the last attachment's title (…报名回执山东省扶贫开发领导小组
    2021年1月13日): the date, and before it the longest run of the text (at least an authority's
    name) that the head already wrote, as its 版头 or its title's authority; cuts as
    ``_signature_cuts``."""
    title = _title_end(view)
    head = "".join(view[:title.start()].split()) if title else ""
    for m in P.FLAT_NAMED_DATE.finditer(view, max(after, title.end() if title else 0)) if head else ():
        d = m.start()
        run = P.NAME_RUN_END.search(view, max(0, d - FLAT_NAME), d)
        for k in range(run.start(), d - SIGNATURE_NAME_MIN + 1) if run else ():
            name = "".join(view[k:d].split())
            proxy = P.SEAL_PROXY.search(name) if "代章" in name else None  # family: …办公室（…厅代章）
            name = name[:proxy.start()] if proxy else name
            if P.AUTHORITY_END.search(name) and whole_name_in(head, name):
                return [c for c in (k, d, m.end()) if c < len(view)]
    return []


GLUED_CUE_REACH = 200  # a FLAT_GLUED_SIGNATURE's contact word or 附件 stands at most this far before it


def _glued_signature(view: str, after: int) -> list[int]:
    """family: a signature glued after the contact line or the list of attachments, the next
    document run on after its date (…邮箱:XXX@shandong.cn|山东省住房和城乡建设厅|2021年8月17日|山东省…):
    the first FLAT_GLUED_SIGNATURE after ``after`` with a contact word or 附件 shortly before its
    name; cuts as ``_signature_cuts``. (Each match holds 年…日: a view without 日 is not scanned.)"""
    for d in P.RE.ANY_DATE.finditer(view, after) if view.find("日", after) != -1 else ():
        # (searched only in a window before each date: a match's date is one of them)
        m = P.FLAT_GLUED_SIGNATURE.search(view, max(after, d.start() - GLUED_REACH), d.end() + 1)
        if m is None or m.start("date") != d.start():
            continue
        if P.FLAT_SIGNATURE_CUE.search(view, max(after, m.start("issuer") - GLUED_CUE_REACH), m.start("issuer")):
            return [c for c in (m.start("issuer"), m.start("date"), m.end("date")) if c < len(view)]
    return []


def _masked_signature(view: str, after: int) -> list[int]:
    """family: a signature whose name an anonymised copy masked (。国网XX省电力有限公司安监部2022年9月2日):
    the first FLAT_MASKED_SIGNATURE after ``after``; cuts as ``_signature_cuts``. (Each match holds XX
    and ends with a date: a view without XX is not scanned, and one with it only before each date.)"""
    m = None
    for d in P.RE.ANY_DATE.finditer(view, after) if view.find("XX", after) != -1 else ():
        m = P.FLAT_MASKED_SIGNATURE.search(view, max(after, d.start() - GLUED_REACH), d.end() + 1)
        if m is not None and m.start("date") == d.start():
            break
        m = None
    return [c for c in (m.start("issuer"), m.start("date"), m.end("date")) if c < len(view)] if m else []


def _note_end(view: str, signed: list[int]) -> list[int]:
    """A cut after the 附注 in brackets right after the date: (此件发至…)."""
    if not signed or signed[-1] >= len(view) or view[signed[-1]] != "(":
        return []
    close = view.find(")", signed[-1])
    return [close + 1] if close != -1 and close + 1 < len(view) else []


def _signature_cuts(signatures: Signatures, after: int) -> list[int]:
    """Cuts that set a flattened document's 署名 and 成文日期 apart: before the issuer, before
    and after the date (the first such signature after offset ``after``)."""
    found = signatures.first(after)
    if found is None:
        return []
    view = signatures.view
    start = _named_start(view, found.start("issuer"), found.start("date"))
    return [c for c in (start, found.start("date"), found.end("date")) if c < len(view)]


def _named_start(view: str, start: int, date: int) -> int:
    """family: the end of the last attachment's title read into the issuer (…配置表|国网陕西省电力
    有限公司, …方案|示意图国网湖北…, …试点单|位申报表国网企协): where the longest tail of it that the head
    writes as a whole name starts (its 版头 or its title's authority); the issuer as found when the
    head writes it whole or writes none of it, or when what it leaves ends as a name too (joint)."""
    if view.find(view[start:date], 0, start) != -1:
        return start  # (written whole before: most often its 版头 or its title's authority)
    title = _title_end(view)
    head = "".join(view[:title.start()].split()) if title else ""
    if not head or whole_name_in(head, "".join(view[start:date].split())):
        return start
    for k in range(start + 1, date - SIGNATURE_NAME_MIN + 1):
        name = "".join(view[k:date].split())
        if P.AUTHORITY_END.search(name) and whole_name_in(head, name):
            # (not a joint signature's first name: 国网审计部|国网互联网部)
            return start if P.AUTHORITY_END.search("".join(view[start:k].split())) else k
    return start


def _head_cuts(view: str) -> list[int]:
    """In a flattened head: cuts around a 发文字号 or after a 版头's …文件 before the title, after
    the title's 文种 (…的通知) and after the 主送 colon."""
    m = _title_end(view)
    if not m:
        return _title_before_number(view) or _minutes_head(view)
    return _before_title(view, m.start()) + [m.end()] + _addressee_cut(view, m.end())


def _minutes_head(view: str) -> list[int]:
    """family: a flattened 会议纪要 (…会议纪要|泉资规纪〔2022〕48号|关于…讨论会纪要|2022年07月21日，…): cuts
    after its 版头's 纪要 mark, after its number and after its title (FLAT_MINUTES_HEAD)."""
    m = P.FLAT_MINUTES_HEAD.search(view, 0, FLAT_HEAD) if view.find("纪要", 0, FLAT_HEAD) != -1 else None
    return [m.start("docno"), m.start("title"), m.end()] if m and m.end() < len(view) else []


def _title_end(view: str):
    """Where a flattened head's title ends (its 文种, right before its 主送): …的通知|各市…, or
    family: a 报告, 请示, 复函 or urgent 通知 run into its 主送 and colon (…的报告|国网财务部:)."""
    return P.FLAT_TITLE_END.search(view, 0, FLAT_HEAD) or P.FLAT_ADDRESSED_TITLE_END.search(view, 0, FLAT_HEAD)


def _addressee_cut(view: str, after: int) -> list[int]:
    """A cut after the 主送's colon within FLAT_ADDRESSEES of ``after`` (not a sentence's: …如下:)."""
    colon = view.find(":", after, after + FLAT_ADDRESSEES)
    if colon == -1 or "。" in view[after:colon] or colon + 1 >= len(view):
        return []
    return [colon + 1]


def _title_before_number(view: str) -> list[int]:
    """family: a flattened title that ends with its kind right before its 文号, written after it
    (…的若干意见|国发 〔2011〕 12 号|各省…:): cuts after the title, after the 文号 and the 主送."""
    m = P.FLAT_KIND_DOCNO.search(view, 0, FLAT_HEAD)
    number = P.DOC_NUMBER.match(view, m.end()) if m else None
    if number is None:
        return []
    return [m.end(), number.end()] + _addressee_cut(view, number.end())


def _before_title(view: str, end: int) -> list[int]:
    """Cuts that set a flattened head's 发文字号 (or its 版头 …文件) apart from the title after it.

    The number's 代字 runs into the authority's name before it (山东省交通运输厅鲁交城市函（2020）
    39号): it starts after the last place where a name ends that leaves 2-8 characters of 代字."""
    m = P.DOC_NUMBER.search(view, 0, end)
    about = view.find("关于", 0, end)
    # family: 版头 name|name关于… (a 文号 after 关于 is one the title cites: …关于商请会签鲁政发〔2017〕36号…)
    if about != -1 and (m is None or m.end() > about) and "文件" not in view[:about]:
        marks = list(P.REPEATED_MARK.finditer(view, max(0, about - REPEAT_REACH), about + 2))
        if marks:
            return [marks[-1].end()]
    telegram = P.TELEGRAM_NUMBER.search(view, 0, end) if m is None else None
    if telegram:  # family: a telegram head with its 机要 number and no 文号 (…明电鲁机发532号中共…关于)
        return [c for c in telegram.span() if 0 < c < end]
    if m is None:
        mark = view.rfind("文件", 0, end)
        if mark >= 2 and end - mark > 6:
            return [mark + 2]
        # family: an enterprise's name and 内部事项 run into the title (国家电网有限公司内部事项|国网设备部关于…)
        banner = P.ENTERPRISE_MARK.match(view, 0, end) if "事项" in view[:end] else None
        return [banner.end()] if banner and end - banner.end() > 6 and "关于" not in banner.group() else []
    bracket = P.DOC_NUMBER_YEAR.search(view, m.start(), m.end()).start()
    prefix = view[m.start():bracket]
    start = m.start() + _code_start(prefix)
    # family: a telegram head's 机要 number right after the 文号 (…〔2022〕20号|鲁机发454号|中共…关于)
    telegram = P.TELEGRAM_NUMBER.match(view, m.end(), end)
    signer = P.FLAT_SIGNER.match(view, m.end(), end)  # family: its 签发人 beside it (…110号签发人:XXX|国网…关于)
    number_end = signer.end() if signer else m.end()
    return [c for c in (start, number_end, telegram.end() if telegram else 0) if 0 < c < end]


def _code_start(prefix: str) -> int:
    """Where the 代字 starts in the text before a 文号's year: after the last place where a name
    ends that leaves 2-8 characters of 代字, or one after a 版头's …文件 (部门文件|办〔2022〕14号);
    never with an urgency mark (加急|办值通(2020)638号)."""
    matter = P.MATTER_MARK.search(prefix) if "事项" in prefix else None
    if matter and matter.end() < len(prefix):  # family: …有限公司内部事项|办文档函〔2021〕1号
        return matter.end()
    start = 0
    mark = prefix.rfind("文件")  # family: the 版头's …文件 right before a 代字 that holds a name's end
    if mark != -1 and 2 <= len(prefix) - mark - 2 <= 8:  # (…有限公司文件|鄂电司人资〔2021〕56号, not 司|人资)
        start = mark + 2
    for q in range(len(prefix) - 1, 0, -1) if not start else ():
        code = len(prefix) - q
        if (code <= 8 and P.ORG_NAME_END.search(prefix, 0, q) and (code >= 2 or prefix.endswith("文件", 0, q))
                and prefix.count("(", 0, q) == prefix.count(")", 0, q)):  # not inside 鲁密办(局)
            start = q
            break
    urgent = P.URGENCY.match(prefix, start)
    return urgent.end() if urgent else start


_number = functools.lru_cache(maxsize=1024)(cn_int)  # a marker's numeral: a few dozen distinct ones
