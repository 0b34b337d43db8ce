"""Patterns of the lines stage (lines.py, flatten.py): a flattened one-line copy cut back into lines."""
from __future__ import annotations

from .. import lazy_regex as regex  # patterns compiled on first use, not at import
from .text import CN_NUM

# a flattened notice's list of attachments after its last sentence: 。附件:1.…方案2.… (or after
# a contact's address: …@sgcc.com.cn附件:1.…)
# (family: after a contact's telephone number, …电话:(010)66556824附件:生态环境监测…计划)
FLAT_ATTACHMENT_LIST = regex.compile(
    r"""
        (?<=[。)!\d])附\s*件\s*:\s*(?=\p{Han})   # after a sentence or a telephone number: 。附件:生态环境监测…
      | (?<!\p{Han})附\s*件\s*:\s*(?=1\s*[.、])  # after an address, before its first item: …@sgcc.com.cn附件:1.
    """,
    regex.X,
)
# an included attachment's heading run into its title in a flattened document: 附件落实…方案一、…,
# 附件2XX统计表 (after the list of attachments or the signature; 附件: with a colon lists them
# instead; not 详见附件, 按照附件)
FLAT_ATTACHMENT_HEAD = regex.compile(
    r"""
    (?<![见按照据如与及和的])      # not a reference to it: 详见附件, 按照附件
    附\s*件\s*\d{0,2}             # 附件, 附件2
    (?=\s*[\p{Han}“《])            # run into its title: 附件落实…方案, 附件2XX统计表
    """,
    regex.X,
)
# the 版记 of a flattened document: 抄送:…, and …办公室2021年3月1日印发 after it: FLAT_CC or
# FLAT_DATED_PRINTED, whichever starts first (flatten.records searches each alone: regex scans
# a pattern that opens with an alternation of these two position by position, ~8 times slower)
FLAT_CC = regex.compile(r"抄\s*送\s*:")  # 抄送: (not 抄 送 without its colon)
FLAT_DATED_PRINTED = regex.compile(
    r"""
    (?<=[。)])\p{Han}{2,40}?                         # after a sentence, an authority …
    (?:19|20)\d{2}年\d{1,2}月\d{1,2}日(?:印发|翻印)   # … 2021年3月1日印发 (not 2021年3月1日前印发)
    """,
    regex.X,
)
FLAT_RECORD = regex.compile(FLAT_CC.pattern + "|" + FLAT_DATED_PRINTED.pattern, regex.X)
# a flattened document's 署名 and 成文日期 after its last sentence: 。国网设备部2021年2月8日(此件…),
# 。国务院二○一一年五月十日, or after the last attachment's title: …统计分析表国网产业部2020年12月25日 (the date at the
# end, or before a note: (此件…), 抄送, 附件, 联系人); the title ends with a word of its kind
# (…要求|国网后勤部, …明细表|山东省…; not 要|求国网…, not 明|细表山东…)
# what follows the lookbehind: the 署名 and the 成文日期, at the end or before a note
_FLAT_SIGNATURE_REST = rf"""
    (?![表单告]|特此)
    (?P<issuer>\p{{Han}}[\p{{Han}}()]{{1,39}}?)   # the 署名: 国网设备部, 国务院
    (?P<date>                                    # the 成文日期: 2021年2月8日, 二○一一年五月十日
        (?:(?:19|20)\d{{2}}|[{CN_NUM}○O]{{4}})年  # (〇 as ○ or a letter O: 二ＯＯ八年)
        (?:\d{{1,2}}|[{CN_NUM}]{{1,3}})月
        (?:\d{{1,2}}|[{CN_NUM}]{{1,3}})日
    )
    (?=\s*(?:$|\(|抄送|附件|联系人|此件))          # at the end, or before a note: (此件…), 抄送, 附件, 联系人
    """
_TITLE_KIND_AHEAD = r"(?=\p{Han}{2,39}?(?:19|20)\d{2}年)"  # an attachment's title then the date's year
FLAT_SIGNATURE = regex.compile(
    rf"""
    (?<=
        [。)!]                                   # after the last sentence: 。国网设备部…
      | (?:[表单告录书法则函知见划]|方案|预案|草案|纪要|要求|说明|声明|明细|结果|参考|汇编|模板)
        {_TITLE_KIND_AHEAD}                      # or after an attachment's title ending with a word of its kind
    )                                            # (…要求|国网后勤部; not 要|求国网…, not 明|细表山东…)
    """ + _FLAT_SIGNATURE_REST,
    regex.X,
)
# FLAT_SIGNATURE with its lookbehind written as three of one width each (one character; one
# character, then the lookahead; two characters, then the lookahead), which stdlib re can read:
# flat_search searches by its re twin (the lookahead inside the lookbehind stood at its end, where
# the match starts). Its matches are FLAT_SIGNATURE's (tests/test_structure_fast.py holds them).
FLAT_SIGNATURE_SPLIT = regex.compile(
    rf"""
    (?:
        (?<=[。)!])
      | (?<=[表单告录书法则函知见划]){_TITLE_KIND_AHEAD}
      | (?<=方案|预案|草案|纪要|要求|说明|声明|明细|结果|参考|汇编|模板){_TITLE_KIND_AHEAD}
    )
    """ + _FLAT_SIGNATURE_REST,
    regex.X,
)
# the 日 a FLAT_SIGNATURE match's date ends with: one that runs into the end or a note, as its
# last lookahead says (…2021年2月8日(此件…), 抄送, 附件, 联系人) ; not 日 inside a sentence (8日召开)
FLAT_SIGNATURE_DAY = regex.compile(r"日(?=\s*(?:$|\(|抄送|附件|联系人|此件))")
# family: a one-line OCR copy whose 署名 is a name its head already wrote (its 版头 …文件 or the
# title's authority), glued after the last attachment's title or a masked account number
# (…报名回执|山东省扶贫开发领导小组|2021年1月13日, …XXXX|共青团山东省…委员会|2021年1月19日): the date
# of such a signature, then the end, a note, the 版记's 印发 line or the issued document's title;
# which Han characters before it are the issuer flatten.py decides by the head. Not a date inside
# a sentence (…于2021年1月13日召开: a verb follows)
FLAT_NAMED_DATE = regex.compile(
    rf"""
    (?P<date>                                     # 2021年1月13日, 二○二一年一月十三日
        (?:(?:19|20)\d{{2}}|[{CN_NUM}○O]{{4}})年
        (?:\d{{1,2}}|[{CN_NUM}]{{1,3}})月
        (?:\d{{1,2}}|[{CN_NUM}]{{1,3}})日
    )
    (?=\s*(?:                                     # then (not a verb: …于2021年1月13日召开)
        $                                         # the end
      | [(〔《“]                                   # a note or the issued document's title
      | 抄送|附件|联系人|此件
      | \p{{Han}}{{2,40}}?(?:19|20)\d{{2}}年\d{{1,2}}月\d{{1,2}}日(?:印发|翻印)  # the 版记's 印发 line
    ))
    """,
    regex.X,
)
# the Han characters (and spaces) that end right before a signature's date (its issuer's candidates)
NAME_RUN_END = regex.compile(r"[\p{Han}\s()]+$")
# the 版记's 印发 line of a flattened notice, right after its signature (and note):
# 生态环境部办公厅2022年3月29日印发 ; not 2022年3月29日前印发 (a deadline: no authority before it)
FLAT_PRINTED = regex.compile(
    r"""
    \p{Han}{2,40}?                          # the authority: 生态环境部办公厅 (not none: 2022年3月29日前印发)
    (?:19|20)\d{2}年\d{1,2}月\d{1,2}日       # 2022年3月29日
    (?:印发|翻印)
    """,
    regex.X,
)
# family: page leftovers after a flattened notice's last sentence: 。解读:… / 。相关链接:… (cut
# there; ``PAGE_TRAILER`` then sets the rest apart) ; not 解读 inside a sentence (政策解读工作)
FLAT_TRAILER = regex.compile(
    r"""
    (?<=[。)!])                                  # after the last sentence (not 政策解读工作 inside one)
    (?:(?:相关|政策|图文|视频)?解读|相关链接|一图读懂)  # 解读, 相关链接, 一图读懂
    \s*:
    """,
    regex.X,
)
# family: a flattened plan's standard 一、 headings run into their first sentence:
# 一、总体要求以习近平…, 一、指导思想深入贯彻…, 三、主要目标到2020年…, 二、工作目标履行… (the heading
# ends after the word) ; not 一、工作目标和任务 / 工作要求、 (the heading goes on), not 二、主要任务是…
# (family: a one-line OCR copy of a meeting or activity notice: 一、会议主题以习近平…, 二、时间地点2021年
# 1月17日…, 三、与会人员省委…, 一、活动主题以“…”为主题; not 一、会议时间安排 (the heading goes on))
FLAT_OUTLINE_HEADING = regex.compile(
    rf"""
    [{CN_NUM}]{{1,3}}、                                          # 一、
    (?P<h>
        总体要求|指导思想|工作目标|主要目标|总体目标|发展目标       # a plan's standard headings
      | 基本原则|工作原则|工作要求|保障措施|组织保障|实施步骤
      | 工作任务|主要任务|重点任务|适用范围|职责分工|工作措施
      | 进度安排|时间安排|主要内容
      | 会议(?:主题|内容|时间|地点|形式|报名)                      # family: a meeting notice's: 会议主题
      | 时间地点|时间和地点|地点及形式|与会人员|参会人员|参会范围
      | 活动(?:主题|内容|时间|形式|安排|要求)                      # an activity notice's: 活动主题
      | 报送(?:内容|时间|要求)|有关事项|有关要求
    )
    (?=[\p{{Han}}“\d])                                          # run into its first sentence: 总体要求以习近平…
    (?![和与及、是为]                                            # not 一、工作目标和任务, 二、主要任务是… (the heading goes on)
      |任务|要求|原则|措施|目标|保障|安排|地点|形式|内容|人员|范围|时间|报到)  # not 一、会议时间安排
    """,
    regex.X,
)
# family: orders and 办法 by chapter and article: a chapter's heading with its first article on
# one line (第一章　总则　　第一条　为了…): the article starts a line of its own ; not 第一章 总则 alone
CHAPTER_ARTICLE = regex.compile(
    rf"""
    ^第[{CN_NUM}]+章                 # 第一章
    \s*[^\s第]{{1,20}}\s+            # its heading: 总则
    (?=第[{CN_NUM}]+条)              # then its first article (not 第一章 总则 alone)
    """,
    regex.X,
)
# the kinds of document that issue another (…的通知): the tail of an issuing notice's title
ISSUING_KINDS = "通知|意见|决定|通报|批复|函|通告|公告"
# the end of a notice's title run into its 主送 in a flattened head: …的通知各市防指…
FLAT_TITLE_END = regex.compile(rf"的(?:{ISSUING_KINDS})(?=\p{{Han}})")

# family: a flattened 意见 or 决定 whose title ends with its kind right before its 文号, spaces and
# all (国务院关于促进稀土行业持续健康发展的若干意见|国发 〔2011〕 12 号|各省…:) ; not a 文号 in
# brackets after a cited title (…的意见》(国办发〔2020〕3号): 》 stands between)
FLAT_KIND_DOCNO = regex.compile(
    rf"""
    (?:{ISSUING_KINDS})                        # 意见 …
    (?=                                        # … right before its 文号 (not after 》: a cited title)
        \s*\p{{Han}}{{1,8}}                     # 国发
        \s*[〔\[(]\s*(?:19|20)\d{{2}}\s*[〕\])]  # 〔2011〕
        \s*第?\s*\d{{1,5}}\s*号                 # 12 号
    )
    """,
    regex.X,
)

# family: a one-line OCR copy's standard heading run into its first sentence at any level (一、,
# (一), 1.), as FLAT_OUTLINE_HEADING reads a plan's 一、 headings: 一、基本情况按照…, 一、项目基本情况浠水…,
# (一)工作思路以公司战略为统领…, (一)培训时间2021年4月21日…, 二、调研内容供电区域…, 六、联系方式联系人…,
# 二、需要公司党委会决策事项提请公司党委会审议… (a 议题 report's two sections), 三、会议任务贯彻落实…;
# and a heading its first sentence opens with again, whatever its words: (一)竞赛内容竞赛内容主要包括…,
# 1.扎鲁特换流站扎鲁特换流站目前… (the heading ends before the repeat). Not a heading that goes on
# (二、工作思路和目标, 存在的问题与不足, 工作机构与职责), not 基本情况为：… (为 only before a purpose:
# 基本情况为满足…), not a word inside a sentence (一、摸清基本情况，…: a comma follows)
FLAT_RUN_IN_HEADING = regex.compile(
    rf"""
    (?:[{CN_NUM}]{{1,3}}、|\([{CN_NUM}]{{1,3}}\)|\d{{1,2}}[.、])\s*   # 一、 (一) 1.
    (?P<h>
        (?P<x>[\p{{Han}}、“”]{{3,20}}?)(?=(?P=x))                   # 竞赛内容|竞赛内容主要包括…
      | (?:
            \p{{Han}}{{0,8}}?(?:基本|总体)情况                     # 基本情况, 项目基本情况, 指标总体情况
          | 工作思路|主要职责|工作职责|目的意义|有关说明|有关建议|工作建议
          | 存在(?:的)?问题|整改计划|工作安排|其他要求|其他事项|联系方式
          | 培训(?:时间|地点|内容|对象|形式|方式)|调研(?:时间|内容|主题)
          | 参加(?:人员|对象)|参训人员|征集要求|申报(?:方式|流程)
          | 评价范围|调查(?:范围|内容)|组成人员|组织机构|工作机构|编制依据
          | 议事规则|工作制度|会议制度|下一步工作(?:建议|安排)|会议任务
          | 需要\p{{Han}}{{2,12}}?决策的?事项                          # a 议题's 需要公司党委会决策事项|提请…
        )
        (?=[\p{{Han}}“\d《])                                      # run into its first sentence
        (?![和与及、是的要]                                        # not a heading that goes on (工作思路和目标)
          |为(?!了|满足|完善|深入|全面|进一步|贯彻|落实|加强|推动|做好|确保|规范|适应|提高|促进)  # 为: a purpose only
          |任务|要求|原则|措施|目标|保障|安排|地点|形式|内容|人员|范围|时间
          |计划|打算|意见|建议|不足|难点|情况|职责|对照)
    )
    """,
    regex.X,
)
# family: a copy whose paragraphs run on after a space (。 一、2023年工作回顾 2023 年是…, 。二、2024年政府
# 工作安排 2024年政府工作总的要求是…; flatten tries it only in such a copy, not where spaces stand inside
# names and numbers: 组  长, 2022 年): a heading ends at its first space (its line's end). Only a short
# heading without punctuation (not (一)聚力推动经济平稳增长。…)
FLAT_SPACED_HEADING = regex.compile(
    rf"""
    (?:[{CN_NUM}]{{1,3}}、|\([{CN_NUM}]{{1,3}}\)|\d{{1,2}}[.、])\s*   # 一、 (一) 1.
    (?P<h>[^\s,.;:!?。，；：！？、()“”]{{2,20}})                     # 2023年工作回顾
    (?=\s+\S)                                                       # then a space and the first sentence
    """,
    regex.X,
)
# family: a 规则/办法/条例 flattened onto one line, its articles run on (b00071: …议事协调机构。第二条领导小组
# 设组长1人…, 一、机构设置第一条省委…, 五、调查研究制度第十二条开展调研工作…): an article's 第N条, then
# its text (not 第十二条规定, 第三条的, 第五条之一, 第二条第一款, 第三条、第四条: a reference in running text);
# flatten cuts before it only where it continues the article sequence after a sentence's end or a
# short heading of its own
FLAT_ARTICLE = regex.compile(rf"第(?P<n>[{CN_NUM}]{{1,4}})条(?![，,、的规之款第和及至或中所])")
