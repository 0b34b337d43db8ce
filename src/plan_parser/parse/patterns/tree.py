"""Patterns of the tree stage (tree.py, regions.py, flatten.py): numbering markers, in a line and run on."""
from __future__ import annotations

import functools

from .. import lazy_regex as regex  # patterns compiled on first use, not at import
from .text import CN_NUM

# --- numbering markers (on a folded, left-stripped line) ---------------------------
# Each: (style, pattern). The number is group "n". Order matters: first match wins.
MARKERS = (
    # 第一部分 总体要求 (plans in parts); 第一章 总则 / 第二节 / 第十二条 (regulations); not 第二批, 第一次
    ("portion", regex.compile(rf"第(?P<n>[{CN_NUM}]+)部分")),
    ("chapter", regex.compile(rf"第(?P<n>[{CN_NUM}]+)章(?=\s|$|[^\s])")),
    ("part", regex.compile(rf"第(?P<n>[{CN_NUM}]+)节")),
    ("article", regex.compile(rf"第(?P<n>[{CN_NUM}]+)条(?=\s|[^，,、的])")),
    # 一、总体要求 / 十二、 ; not 一是, 一批
    ("cn", regex.compile(rf"(?P<n>[{CN_NUM}]{{1,4}})\s*[、.]")),
    # (一) （十二） ; not (一)(yī) (pinyin is stripped first)
    ("paren_cn", regex.compile(rf"\(\s*(?P<n>[{CN_NUM}]{{1,4}})\s*\)")),
    # 1.1 / 1.2.1 decimal headings followed by a space or a Han character; not 1.5万
    ("decimal", regex.compile(
        r"""
        (?P<n>\d{1,3}(?:\.\d{1,3}){1,3})    # 1.1, 1.2.1
        (?=\s|\p{Han})                      # then a space or a Han character
        (?!\s*\p{Han}{0,2}[%％万亿元])       # not a number: 1.5万, 2.5亿元
        """,
        regex.X,
    )),
    # 1. 1、 1． 1﹒ (folded to 1.), 11。 (a typed 。 before a heading) ; 3.2021年3月… (a heading
    # that starts with a year) ;
    # not 1.5万, 2022年, 10%; one to three digits
    ("num", regex.compile(
        r"""
        (?P<n>\d{1,3})\s*                   # one to three digits
        (?:[.、]|。(?=\s*\p{Han}))           # 1. 1、 (1． 1﹒ folded), 11。 before a Han character
        (?!(?!(?:19|20)\d{2}年)\d)          # not 1.5万 (a digit follows), but 3.2021年3月… (a year) is
        """,
        regex.X,
    )),
    # a bare number before a short heading, as decimal plans number their chapters: 1 总则 ;
    # not 2022 年, 5 年内 (a digit-led sentence): the heading must be short and unpunctuated
    ("bare", regex.compile(
        r"""
        (?P<n>\d{1,2})\s+                     # 1 (and a space; not 2022 年: four digits)
        (?=\p{Han}[^,.;:!?。，；：、]{1,20}$)   # a short unpunctuated heading: 总则 (not 5 年内…。)
        """,
        regex.X,
    )),
    # (1) （12）
    ("paren_num", regex.compile(r"\(\s*(?P<n>\d{1,3})\s*\)")),
    # ① … ⑳
    ("circled", regex.compile(r"(?P<n>[\u2460-\u2473])")),
)

# a marker running on inside a flattened line: after a sentence end, a bracket or a Han
# character; not after a digit, a point, 第 or 附件 (2.5万, 第二条, family: 见附件1、附件3 in running
# text), and 1. only before a Han character;
# 一、 not after or before another numeral (清明、五一、端午; 一、二、三等奖), nor the 一 of a word
# (family: 建立统一、规范、高效的…体系, 之一、, 唯一、; not 名单一、, a list then its item); 11。 (a typed 。 for .)
# only where it continues its numbering
_RUN_ON = (
    rf"""
    (?:
        (?<=[。;:!?)\p{{Han}}])             # after a sentence end, a bracket or a Han character
      | (?<=[。;:!?)]\s)                    # family: a copy whose paragraphs run on after a space (。 一、)
      | (?<=[\dXx*])                        # family: a one-line OCR copy's 一、 or (一) after a time or a
        (?=[{CN_NUM}]{{1,3}}、(?![{CN_NUM}])  # masked number (上午9:30二、, 8856XXXX十二、, 66597XXXX(三));
          |\([{CN_NUM}]{{1,3}}\))            # not 4.3.2一、二级预警 (a numeral follows)
    )
{{not_after}}    (?:
        (?<![{CN_NUM}统唯之同逐万合专划])     # 一、 not after a numeral or the start of a word (统一、, 唯一、, 之一、)
        (?P<cn>[{CN_NUM}]{{1,3}})、
        (?![{CN_NUM}]{{1,3}}、)              # nor before another numeral (一、二、三等奖)
      | \((?P<paren_cn>[{CN_NUM}]{{1,3}})\)  # (一)
      | (?P<num>\d{{1,2}})(?P<stop>[.、。])(?=\p{{Han}}  # 1. 1、 11。 before a Han character (not 2.5万)
          |(?:19|20)\d{{2}}年)                 # or a year (附件:1.2021年…指南2.…: not 1.2021)
      | \((?P<paren_num>\d{{1,2}})\)         # (1)
    )
    """
)
_NOT_AFTER = "    (?<!第|附\\s*[件表])                      # not after 第 or 附件 (第二条, 见附件1、附件3)\n"
RUN_ON_MARKER = regex.compile(_RUN_ON.replace("{not_after}", _NOT_AFTER), regex.X)
# RUN_ON_MARKER without its lookbehind of varying width (not after 第 or 附件), which stdlib re cannot
# read: its re twin finds where RUN_ON_MARKER may match in a fraction of regex's time a window, and
# that lookbehind can fail only after 第, 件 or 表 (flat_search asks RUN_ON_MARKER itself there)
RUN_ON_MARKER_ANYWHERE = regex.compile(_RUN_ON.replace("{not_after}", ""), regex.X)

# the characters a MARKERS match can start with, besides a decimal digit (``\d``, which
# ``str.isdecimal`` tells): 第, a numeral, an opening bracket, a circled number. A line that
# starts with any other character has no marker, which one look-up tells before nine matches.
_CIRCLED = "".join(map(chr, range(0x2460, 0x2474)))
MARKER_FIRST = frozenset("第(" + CN_NUM + _CIRCLED)
# the same for each pattern (the digit-led ones: any decimal digit)
_STARTS = {"portion": "第", "chapter": "第", "part": "第", "article": "第", "cn": CN_NUM, "paren_cn": "(",
           "paren_num": "(", "circled": _CIRCLED}
_DIGIT_LED = ("decimal", "num", "bare")


def may_mark(view: str) -> bool:
    """Whether a MARKERS pattern could match at the start of ``view`` (False: none can)."""
    return bool(view) and (view[0] in MARKER_FIRST or may_be_digit(view[0]))


def may_be_digit(ch: str) -> bool:
    """Whether regex's ``\\d`` may match ``ch``: a decimal digit to ``str.isdecimal``, or a
    character outside the BMP (regex's Unicode data knows digits this Python's does not, all of
    them there: tests/test_tree.py checks every code point)."""
    return ch.isdecimal() or ch > "\uffff"


@functools.cache
def markers_for(first: str) -> tuple:
    """The MARKERS, in their order, that can match a line starting with ``first`` (the others
    cannot: trying only these finds the same first match); each compiled by re where it reads
    alike (``lazy_regex.twin_or_same``: a match costs half as much)."""
    digit = may_be_digit(first)
    return tuple((style, regex.twin_or_same(rx)) for style, rx in MARKERS
                 if (digit if style in _DIGIT_LED else first in _STARTS[style]))


# --- family: a heading run into its first sentence in a copy that lost the line break after it
# (b00293 二、需要重点关注的事项一是始终紧贴…, b00331 四、存在问题和工作难点一是…, b00410 1.加强配网工程
# 管理一是全面贯彻…, b00054 一、准确把握换届总体要求坚持以习近平新时代…, b00064 …的总体要求以XXX新时代…,
# b00370 一、选拔工作情况按照《…》, b00382 (一)人员配置现状及补充配置需求根据《…》, b00410 一、工作思想深入
# 贯彻…, b00401 (二)EPC总承包推进情况2020年3月…; the corpus gold reads c2_32's 一、总体要求以习近平… as 总体要求): the heading is the title. Cut
# only before a first sentence's opener: 一是, (坚持)以习近平/以XXX 新时代…, 按照《/根据《/依据《 after a
# heading noun (情况, 要求, 程序, 需求, 体系…), 深入/认真/全面贯彻 after 思想/目标/要求. Not a sentence's
# subject before its verb (长护险基金财务管理按照《…》执行, 供电企业应根据《…》, 各幼儿园要认真贯彻…, 督促持续
# 深入贯彻…), not a phrase with punctuation before the opener (强化运维监控，确保…), not 一是否.
RUN_IN_TITLE = regex.compile(
    r"""
    (?P<h>[^,.;:!?，。；：！？“”《》()]{2,25}?)    # the heading: unpunctuated (spaces may trail it)
    (?<![要应须将并可请和与及的])                  # not a sentence's subject and its verb (…要|认真贯彻)
    (?=
        一是(?!否)                                  # 一是始终紧贴… (not 一是否)
      | (?:坚持)?以(?:习近平|XXX)新时代               # (坚持)以习近平新时代中国特色社会主义思想为指导
      | (?<=情况|要求|程序|需求|体系|依据|现状|背景)(?:按照|根据|依据)《  # 选拔工作情况|按照《…》
      | (?<=思想|目标|要求)(?:深入|认真|全面)贯彻      # 工作思想|深入贯彻…
      # family: a report's heading noun run into a dated opener (b00401 垫资建设情况|2019年8月28日，依据…,
      # b00336 具体工作开展情况|截至2020年12月底…, 有关建议|近年来…, b00355, b00406); not 在 or 自
      | (?<=情况|建议|进展|成效|做法|背景)(?:(?:19|20)\d{2}年|截至|截止|近年来|今年以来)
    )
    """,
    regex.X,
)
