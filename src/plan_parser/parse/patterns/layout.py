"""Patterns of the layout stage (layout, notice, signature, page, flatten): the notice's parts (GB/T 9704)."""
from __future__ import annotations

from .. import lazy_regex as regex  # patterns compiled on first use, not at import
from .lines import ISSUING_KINDS
from .text import CN_NUM

# --- the notice (GB/T 9704) --------------------------------------------------------
# 发文字号: 国办发〔2018〕128号, 济政办字[2022]15号, 穗卫函〔2023〕1930号; not a date
# (a 代字 may hold an office in brackets: 鲁密办(局)函〔2021〕5号)
DOC_NUMBER = regex.compile(  # verbose: DOC_NUMBER_LINE and BRACKETED_DOC_NUMBER_LINE (verbose too) hold it
    r"""
    (?P<docno>
        [\p{Han}A-Z]                                    # the 代字: 国办发, 济政办字
        (?:[\p{Han}\w]|\(\p{Han}{1,3}\)){0,15}?         # (with an office in brackets: 鲁密办(局)函)
        \s*[〔\[［【(（]\s*(?:19|20)\d{2}\s*[〕\]］】)）]  # the year in brackets: 〔2018〕, [2022], (2020)
        \s*第?\s*\d{1,5}\s*号                           # the number: 128号; not a date (年 月 日)
    )
    """,
    regex.X,
)
# a Han character (where a 文号 runs on into the 主送: 财库〔2019〕38号|各中央预算单位)
HAN_START = regex.compile(r"\p{Han}")
# the year's bracket of a 文号: 〔2021〕 (2020) ; not the (局) of its 代字
DOC_NUMBER_YEAR = regex.compile(r"[〔\[［【(（]\s*(?:19|20)\d{2}")
# an urgency mark of the 版头, run into the 文号 in a flattened head: 加急|办值通(2020)638号
# (family: a telegram head, 等级特急·明电鲁办发电〔2022〕20号: the 紧急程度 and the 明电/密电 of its
# transmission run into the 代字; not 明电 inside a 代字, 鲁政办发明电〔2021〕1号)
URGENCY = regex.compile(
    r"""
        (?:特急|加急|平急|特提)                 # the 紧急程度: 加急|办值通(2020)638号
        (?:\s*[·.,]?\s*(?:明电|密电))?          # and its transmission: 特急·明电
      | 明电|密电                               # the transmission alone
    """,
    regex.X,
)
# family: a telegram head's 机要 number (the province's one-character 代字) after its 文号, before
# the title: 鲁机发454号, 鲁机发号 (its number lost) ; not a 文号 (no year in brackets)
TELEGRAM_NUMBER = regex.compile(r"\p{Han}机发\s*\d{0,6}\s*号")
# where an authority's name ends, before the 代字 of its 发文字号 run together with it in a
# flattened head: 山东省交通运输厅|鲁交城市函（2020）39号, …部门文件|设备输电〔2021〕14号
ORG_NAME_END = regex.compile(r"(?:厅|局|委|府|室|司|部|院|会|处|组|中心|文件)$")
# family: the 版头's marks above the title: 份号 (000123), 密级 (机密★1年), 紧急程度 (特急), and an
# enterprise's 内部事项 / 普通事项 ; not a title, not a 2022 alone (a year)
HEAD_MARK = regex.compile(  # (TELEGRAM_NUMBER's source holds no space and no '#')
    rf"""
    ^(?:
        \d{{5,8}}                                 # 份号: 000123 (not 2022 alone, a year)
      | (?:秘密|机密|绝密)(?:\s*[★*]\s*\S{{0,8}})?  # 密级: 机密★1年
      | 特急|加急|平急|特提                        # 紧急程度
      | (?:内部|普通|重要)事项                     # an enterprise's 内部事项 / 普通事项
      | {TELEGRAM_NUMBER.pattern}                 # family: a telegram head, its 机要 number (鲁机发454号)
      | .{{0,60}}?(?:特急|加急|平急|特提)\s*[·.,]?\s*(?:明电|密电)  # and its 发电单位…等级特急,明电 line
    )$
    """,
    regex.X,
)
# the 文件 that closes an issuer mark (济南市人民政府办公厅文件), and its spaces
MARK_END = regex.compile(r"\s*文\s*件\s*$")
# an authority's name ends so: 教育部, 国家发展改革委, 济南市人民政府办公厅, 山东省扶贫开发领导小组 ;
# not …公司部门, 内部事项
AUTHORITY_END = regex.compile(r"(?:厅|局|委|府|室|司|部|院|会|署|办|中心|政府|公司|集团|银行|组)$")  # (…领导小组, …党组, …纪检监察组)
# 发文机关标志 of the 版头: XX市人民政府办公室文件 / 中共XX市委 XX市人民政府文件
ISSUER_MARK = regex.compile(r"^(?P<issuer>[\p{Han}A-Za-z\s]{2,60}?)\s*文件$")
# a 发文字号 line of the 版头, maybe with the 签发人 beside it: 鲁政发〔2022〕3号　　签发人：XXX
DOC_NUMBER_LINE = regex.compile(
    DOC_NUMBER.pattern.replace("(?P<docno>", "^\\s*(?P<docno>", 1)  # the 文号 opens the line ...
    + r"""
    \s*(?:签发人\s*:\s*(?P<signer>.{1,20}))?     # ... maybe with the 签发人 beside it
    \s*$
    """,
    regex.X,
)
# family: export copies and city gazettes. The 发文字号 in brackets on its own line under the title,
# maybe with the date and the issuer of its publication: (鲁政办发〔2022〕7号),
# (2023年1月30日苏州市人民政府苏府规字〔2023〕1号文发布) ; not (2022—2025年), not (此件公开发布)
BRACKETED_DOC_NUMBER_LINE = regex.compile(
    r"""
    ^\(
    \s*(?:(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)?     # the date of its publication: 2023年1月30日
    \s*(?P<by>\p{Han}{2,30}?(?:政府|办公厅|办公室|委员会|厅|局|委|部|院))?  # its issuer: 苏州市人民政府
    """
    + DOC_NUMBER.pattern                                        # the 文号: 苏府规字〔2023〕1号
    + r"""
    \s*(?:文)?\s*(?:发布|印发)?                                   # 文发布
    \s*\)$                                                       # not (2022—2025年), not (此件公开发布)
    """,
    regex.X,
)
# family: regulations and rules copied from gov.cn or a legal database, the order that published
# them in brackets under (or instead of) the title: （2021年7月27日中华人民共和国国务院令第746号公布）;
# not （…公布　根据…修订）, where later orders amended the text
PUBLISHED_ORDER_LINE = regex.compile(
    r"""
    ^\(
    \s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日           # 2021年7月27日
    \s*(?P<docno>\p{Han}{2,30}?令\s*第\s*\d{1,5}\s*号)             # 中华人民共和国国务院令第746号
    \s*(?:公布|发布)                                             # 公布 (not 公布　根据…修订: amended)
    \s*\)$
    """,
    regex.X,
)
# family: notices signed with the date alone (the seal and name are an image the copy lost).
# The authority that opens the title: 济源产城融合示范区管理委员会关于印发…的通知,
# 国务院办公厅关于… ; not 广州市卫生健康委等4部门关于 (several: their names are elsewhere),
# not 关于… (no name), not 市政府印发关于… (印发 stands between)
TITLE_ISSUER = regex.compile(
    r"""
    ^(?P<issuer>
        \p{Han}{2,40}?                                             # 济源产城融合示范区…, 国务院…
        (?:人民政府|政府|办公厅|办公室|委员会|管委会|厅|局|委|部|院|署|中心)  # … ending as an authority's name
    )
    关于                 # right before 关于 (not 市政府印发关于…, not …等4部门关于: 等 ends no name)
    """,
    regex.X,
)
# an order's number line: (第290号) / 第290号
ORDER_NUMBER = regex.compile(r"^\(?\s*第\s*\d{1,5}\s*号\s*\)?$")
# an order's issuer mark: 广东省人民政府令 ; not 命令 inside a sentence
ORDER_MARK = regex.compile(r"^(?P<issuer>\p{Han}{2,30}?)令$")
# 成文日期 alone on its line: 2022年7月11日, 二〇二二年七月十一日, 二○○六年四月二十八日
_DATE = rf"""  # (verbose: in DATE_LINE and ISSUER_DATE_LINE only)
    (?P<y>\d{{4}}|[{CN_NUM}○O]{{4}})\s*年          # 2022年, 二〇二二年, 二○○六年; family: 〇 typed as
                                                   # a letter O, 二ＯＯ八年 (Ｏ folds to O)
    \s*(?P<m>\d{{1,2}}|[{CN_NUM}]{{1,3}})\s*月      # 7月, 七月
    \s*(?P<d>\d{{1,2}}|[{CN_NUM}]{{1,3}})\s*日      # 11日, 二十八日
"""
DATE_LINE = regex.compile(rf"^{_DATE}$", regex.X)
# 署名 and 成文日期 on one line: 济南市人民政府办公厅  2022年7月11日 (not …日印发, a 版记 line)
ISSUER_DATE_LINE = regex.compile(
    rf"""
    ^(?P<issuer>[\p{{Han}}A-Za-z()\s]{{2,80}}?)    # 济南市人民政府办公厅
    \s+{_DATE}$                                   # then spaces and the date, at the end (not …日印发)
    """,
    regex.X,
)
# a plan's period on the line under its title: （2023—2025年） / (2021-2025)
PERIOD_LINE = regex.compile(
    r"""
    ^\(
    \s*(?:19|20)\d{2}\s*(?:年)?     # 2023年 / 2021
    \s*[-—–~～至到]                  # — - 至
    \s*(?:19|20)\d{2}\s*年?         # 2025年
    \s*\)$
    """,
    regex.X,
)
# a 文种 at the end of a title: what makes a line a document title
DOC_KIND = regex.compile(
    r"""
    (?P<kind>
        通知|意见|决定|通报|报告|请示|批复|函|公告|通告|纪要|命令|议案|决议|公报  # the 文种 of GB/T 9704
      | 方案|计划|规划|办法|规定|细则|要点|规则|措施|条例|指南|清单|标准|制度|预案|纲要|若干措施  # and of the documents they issue
    )
    (?:\s*\([^()]*\))?$          # at the end, maybe before a bracket: …方案（2022—2025年）
    """,
    regex.X,
)
# family: a 通知 that is itself the list of measures, with no head or signature around it: its
# 文种 still makes its title the notice's title (and the plan's). Not 意见, 方案 (plans themselves)
NOTICE_KIND = regex.compile(r"通知|通告|公告|通报")
# what two copies of one title may differ in: dashes, brackets, quotes, spaces
# ((2022—2025年) vs （2022-2025年）, 《》 or none)
# (family: a Markdown copy's # 标题 over the document's own title line: the # mark too)
TITLE_NOISE = regex.compile(r"[-—–~～()《》<>“”\"'\s\[\]【】〔〕#]")


def bare_title(view: str) -> str:
    """A title's folded view without ``TITLE_NOISE``: two copies of one title compare equal."""
    return TITLE_NOISE.sub("", view)


# family: Markdown copies. The front matter's fence (---), the copier's remark in a quote
# (> 本文正文由脚本…提取), and a heading's mark (# 关于…的通知 ; not #1, not ＃ in a sentence)
MD_FENCE = regex.compile(r"^-{3,}$")
MD_QUOTE = regex.compile(r"^>")
MD_HEADING = regex.compile(r"^#{1,6}\s+")
FRONT_MATTER_MAX = 30  # lines a front matter may take
FRONT_MATTER_FIELD = regex.compile(r"^(?P<key>[\p{Han}A-Za-z_]{1,12})\s*:\s*(?P<value>.*)$")

# family: a table of contents before the body (应急预案, 办法 by chapter): its heading 目录 / 目　录,
# and an entry's dot leader and page number (1.1 编制目的……………………3, 第一章 总则 ··· 1)
CONTENTS_HEAD = regex.compile(r"^目\s*录$")
CONTENTS_TAIL = regex.compile(
    r"""
    [\s.…·．-]*          # the dot leader: ……………, ···
    [-一]?\s*\d{0,4}\s*[-一]?$   # the page number at the end: 3, -3-, 一3一
    """,
    regex.X,
)
CONTENTS_MAX = 200  # lines a table of contents may take

# the last line of a title broken right after the issued document: 的通知 / （2022—2025年）的通知
TITLE_TAIL = regex.compile(rf"^(?:\([^()]{{1,20}}\))?的(?:{ISSUING_KINDS})$")
# family: an issuing title broken inside the issued document's title after a word of its kind
# (关于印发广州市引进人才入户管理办法 / 实施细则的通知): the title issues (印发, 转发 …) and does not
# yet end with 的通知; the next line ends with it. Not a title that already ends so.
ISSUING_TITLE = regex.compile(rf"(?:印发|转发|下发|发布|颁布)(?!.*的(?:{ISSUING_KINDS})$)")
ISSUING_TAIL = regex.compile(rf"的(?:{ISSUING_KINDS})$")
# 关于印发《A》和《B》的通知: the documents a notice issues
ISSUED_TITLE = regex.compile(r"《(?P<t>[^《》]{2,80})》")
ISSUES_VERB = regex.compile(
    rf"""
    (?:印发|转发|发布|颁布)        # 关于印发
    (?P<t>.{{2,80}}?)              # 济南市…实施方案 (the issued document, without 《》)
    的(?:{ISSUING_KINDS})$         # 的通知
    """,
    regex.X,
)
# a plan's period in its title: (2022-2025年) / （2021—2025年）
PERIOD = regex.compile(
    r"""
    (?P<a>(?:19|20)\d{2})     # 2022
    \s*[-—–~至到]\s*           # - — 至
    (?P<b>(?:19|20)\d{2})\s*年 # 2025年
    """,
    regex.X,
)
# 主送机关: a line ending with a colon, names separated by ，
# (groups of them may be set apart by ；: 各县级市(区)人民政府,苏州工业园区管委会;市各委办局,各直属单位:)
ADDRESSEES = regex.compile(r"^(?P<names>[^。]{2,200}?)[:]$")
# 附件说明: 附件：1.xxx / 附件:xxx.doc ; not 附件1 (an attachment's own heading)
ATTACHMENT_LIST = regex.compile(r"^附\s*[件表]\s*[:]\s*(?P<rest>.*)$")  # 附件：/ 附表：
ATTACHMENT_ITEM = regex.compile(r"^(?P<n>\d{1,2})\s*[.、]\s*(?P<title>\S.*)$")
# an included attachment's heading: 附件 / 附件2 / 附件2 title on the same line
ATTACHMENT_HEAD = regex.compile(
    r"""
    ^附\s*件\s*(?P<n>\d{0,2})             # 附件 / 附件2
    (?:\s+(?P<title>[^:。]{2,80}))?$       # its title on the same line (no colon: 附件：lists them)
    """,
    regex.X,
)
# family: portal pages listing the files to download: 附件：附件1 计划表.xls / 附件2 计划.xls, each
# item repeating 附件N before its title; not 附件2 alone, not 附件2：title
LISTED_ATTACHMENT = regex.compile(
    r"""
    ^附\s*件\s*(?P<n>\d{1,2})              # 附件1 (a number: not 附件 alone)
    \s+(?P<title>[^:。\s][^:。]{1,80})$    # then its title: 计划表.xls (not 附件2：title)
    """,
    regex.X,
)
# family: one-line OCR copies, where those items run together: …汇总表|附件2  2021年基本建设调整计划
LISTED_ATTACHMENT_GLUED = regex.compile(
    r"""
    (?<=\S)                       # after the item before (…汇总表)
    (?=附\s*件\s*\d{1,2}\s+\S)     # where the next item starts: 附件2  2021年基本建设调整计划
    """,
    regex.X,
)
# the same with a colon, 附件2：title (only after the signature: before it, it lists attachments)
ATTACHMENT_HEAD_COLON = regex.compile(
    r"""
    ^附\s*件\s*(?P<n>\d{1,2})\s*:          # 附件2：
    \s*(?P<title>[^:。]{2,80})$            # title
    """,
    regex.X,
)
# a file type kept apart from an attachment's title
FILE_EXT = regex.compile(r"\.(?P<ext>docx?|xlsx?|pdf|wps|et|ofd|zip|rar|jpe?g|png|txt|cebx?)$", regex.I)
# 附注 after the date: (此件公开发布) (联系人：…) and contact lines
NOTE_LINE = regex.compile(
    r"""
    ^(?:
        \(.{2,120}\)                    # (此件公开发布), (联系人：…)
      | (?:联系人|联系电话|联系方式|咨询电话|[^\s:]{0,12}联系人  # a contact line: 联系人：…, 市财政局联系人：…
          |公开方式|公开属性|信息公开选项)                      # or how it is made public
        [:].*
    )$
    """,
    regex.X,
)
# 版记: 抄送：… / XX办公室 2022年7月12日印发
CC_LINE = regex.compile(r"^抄\s*送\s*[:](?P<names>.*)$")
PRINTED_LINE = regex.compile(
    r"""
    ^(?P<by>\p{Han}{2,40}?)                                # XX办公室
    \s*(?P<date>\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)  # 2022年7月12日
    \s*(?:印发|翻印)$                                      # 印发
    """,
    regex.X,
)
# a signer of an order: 省长　马兴瑞
SIGNER = regex.compile(
    r"""
    ^(?P<title>
        \p{Han}{0,8}?                                   # 代理 / 副 …
        (?:省\s*长|市\s*长|县\s*长|区\s*长|主\s*席|主\s*任  # 省长, 省　长 (spaced out) …
          |部\s*长|局\s*长|总\s*理|书\s*记|厅\s*长|委员长)
    )
    \s*:?\s*(?P<name>\p{Han}{2,4})$                     # then the name: 马兴瑞
    """,
    regex.X,
)
# web-page panel fields: 索引号：… 发布机构：… 成文日期：… ; key and value pairs, tab- or space-separated.
# Keys may be spaced out (索  引  号, 标　　题). Not a sentence that merely starts with 名称.
_PUBLICATION_KEYS = (
    "索引号", "分类", "信息分类", "主题分类", "发布机构", "发文机关", "成文日期", "发布日期", "发布时间", "名称", "标题",
    "文号", "发文字号", "主题词", "有效性", "时效性", "栏目", "来源", "信息来源", "作者", "生效日期", "废止日期",
    "公开方式", "公开范围", "体裁分类", "组配分类", "服务对象", "法宝引证码", "原文链接", "效力级别", "发布部门",
    "实施日期", "文章来源", "浏览次数", "字号", "施行日期", "审核人", "责任编辑", "点击数",
    "发布单位", "层级", "类型", "状态", "官方链接",  # a Markdown copy's front matter
)
PUBLICATION_KEYSET = frozenset(_PUBLICATION_KEYS)  # keys compared with their spaces removed
_KEY = r"[\p{Han}][\p{Han} ]{0,10}?"
# a key and its value: 索引号：\t11440100MB2C90856P/2023-00331 ; the value runs to a tab, the next
# key, a 【 or the end; which keys count is PUBLICATION_KEYSET's to say
PUBLICATION_FIELD = regex.compile(  # (_KEY's space is inside a set: verbose mode keeps it)
    rf"""
    (?:^|(?<=\s))                                 # at the start or after a space
    (?:【(?P<key>{_KEY})】|(?P<key>{_KEY})\s*:)    # 【key】 or key:
    \s*(?P<value>[^\t【]*?)\s*                     # the value ...
    (?=\t|\s+{_KEY}\s*:|【|$)                      # ... up to a tab, the next key, a 【 or the end
    """,
    regex.X,
)
# a panel line starts with a key and a colon (or 【key】)
PUBLICATION_LINE = regex.compile(rf"^【?(?P<key>{_KEY})\s*(?::|】)")
# family: page leftovers at the end of a copied web page, from here to the end: 解读：…,
# 相关解读：, 政策解读：https://…, 相关链接, 一图读懂：, 责任编辑：, 字号：大 中 小, 打印本页,
# 关闭窗口, 打印关闭分享到：, 扫一扫在手机打开当前页 ; not 解读《…》 (a title), not 咨询电话 (a 附注)
PAGE_TRAILER = regex.compile(
    r"""
    ^(?:
        (?:(?:相关|政策|图文|视频)?解读|相关链接|一图读懂|责任编辑|分享到|【?字号)\s*:  # 解读：…, 责任编辑：
                                                   # (not 解读《…》, a title)
      | (?:相关链接|相关解读)$                     # alone on the line
      | 字号\s*:?\s*大\s*中\s*小                   # 字号：大 中 小
      | 打印本页|关闭窗口|打印\s*关闭              # 打印本页, 打印关闭分享到：
      | 扫一扫在手机                               # 扫一扫在手机打开当前页
    )
    """,
    regex.X,
)
# the page's 咨询电话 at its end (after the last item); right under the date it is the notice's 附注
CONSULT_LINE = regex.compile(r"^咨询电话\s*:")
# family: joint issuers run together (中共山东省委办公厅|山东省人民政府办公厅): where an authority's
# name ends (办公厅, 委员会, 局 …) and the next begins (中共, 国家, 共青团, XX省, XX市 …) ;
# not 中共山东省委|办公厅 (no new name begins), not 国家电网有限公司|疫情防控专项工作组,
# not 中央纪委|国家监委驻…纪检监察组 (one body 驻 in another)
JOINT_ISSUER_CUT = regex.compile(
    r"""
    (?<=办公厅|办公室|委员会|人民政府|厅|局|部|署|委|院)  # an authority's name ends ...
    (?!\p{Han}*驻)                                    # (not 中央纪委|国家监委驻…: one body 驻 in another)
    (?=                                               # ... and the next begins:
        中共|中国|国家|国务院|共青团
      | \p{Han}{2,3}(?:省|市|自治区)                   # XX省, XX市 …
        (?!委|政府|人民政府$)                          # (not 中共山东省委|办公厅: no new name)
        \p{Han}{2,}
    )
    """,
    regex.X,
)
# an issuer line of the signature: names of authorities, no sentence punctuation
ISSUER_LINE = regex.compile(r"^[\p{Han}A-Za-z()\s]{2,80}$")

# --- probe-head: families read on the bulk set --------------------------------------
# family: a one-line OCR copy whose 署名 and 成文日期 are glued after its contact line or its list
# of attachments, with the next document run on after the date (…邮箱:XXX@shandong.cn|山东省住房和
# 城乡建设厅|2021年8月17日|山东省住房和城乡…, …电话:8606XXXX,8606XXXX附件:《…计划表》|山东省人民
# 政府办公厅|2021年2月24日|附件…, …(会签稿)|山东省能源局|2020年10月28日|山东省发展和…): the name
# starts right after a character that is no Han (a number, an address, a bracket, 。), so where it
# starts is plain; it ends as an authority's name. Not a date inside a sentence (…于2021年1月13日召开,
# 2021年3月1日前, 2021年3月1日印发: what follows it is no verb, no particle, no punctuation);
# flatten.py asks for a contact word or 附件 shortly before it.
FLAT_GLUED_SIGNATURE = regex.compile(
    r"""
    (?<=                                          # after
        [0-9X]{4}                                 # a telephone number: 8606XXXX (not 100强)
      | \.[A-Za-z]{2,4}\.?                         # an address: XXX@shandong.cn (not XXX, a name)
      | [)》!。\]]                                  # a bracket or a sentence (not 2. of a list)
    )\s*
    (?![年月日号])                                 # (not the 年 of a year: 2022年省级…)
    (?P<issuer>\p{Han}(?:\p{Han}|\(\p{Han}{1,6}\)){1,39}?  # 山东省住房和城乡建设厅, 国网办公室
        (?:厅|局|委|府|室|司|部|院|会|署|办|馆|中心|政府|公司|集团|银行|组))  # (…纪检监察组, …档案馆)
    (?P<date>(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)   # 2021年8月17日
    (?![\d,，、;；:：。.前后起止至到内的以召发印举开在时成为正及和或])  # not a date in a sentence
    """,
    regex.X,
)
# the words of a contact line or a list of attachments that stand shortly before such a signature
FLAT_SIGNATURE_CUE = regex.compile(r"联系|电话|邮箱|传真|附\s*件")
# family: a flattened head whose title ends with a kind FLAT_TITLE_END does not know, run into its
# 主送 and the 主送's colon: an enterprise's or an office's 报告 and 请示 (…文件鄂电司财〔2021〕8号签发人:XXX
# 国网湖北省电力有限公司关于2020年度内控体系工作的报告|国网财务部:…), a 复函 or 回函, an urgent or
# advance 通知 (…山火防范工作的紧急通知|各省(自治区、直辖市)电力公司:, …的预通知|各股东方、…:).
# Not a report with no 主送, its first heading after it (…有关情况的报告|一、基本情况…:), not a
# title cited in a sentence (…的报告》, …的请示，…: punctuation before the colon)
FLAT_ADDRESSED_TITLE_END = regex.compile(
    r"""
    的(?:(?:紧急|预备|预|补充)通知|报告|请示|复函|回函)   # the title's kind
    (?=
        (?![一二三四五六七八九十]{1,3}、)                 # not a report's first heading (一、基本情况)
        (?![^:]{0,160}?(?:根据|按照|为了|现将|如下|要求|通知|报告))  # not a sentence (…,现将…报告如下:)
        (?:[^。,;:!?《》“”]{2,40},){0,8}                   # its 主送, maybe several (…(单位),中央驻鲁…)
        [^。,;:!?《》“”]{2,60}:                           # then the colon
    )
    """,
    regex.X,
)
# family: a flattened 版头 whose 签发人 stands between its 文号 and its title (…国网陕电发展〔2021〕110号
# 签发人：XXX 国网陕西省电力有限公司关于…的报告): the signer, a masked name or one a space ends;
# not a name run into the title (签发人：张三国网…: where it ends is not plain)
FLAT_SIGNER = regex.compile(r"\s*签\s*发\s*人\s*:\s*(?:[A-Za-z*]{1,4}|\p{Han}{2,4}(?=\s))\s*")
# family: a signature sealed by another body for it, its name then (…代章) (山东省…专项小组办公室
# （山东省住房和城乡建设厅代章）, 国网陕西后勤服务中心（代章）): the bracket read apart when the name is
# checked as an authority's; not a bracket of a name's own (陕西省地方电力（集团）有限公司)
SEAL_PROXY = regex.compile(r"\([^()]{0,30}代章\)$")
# family: an enterprise's 版头 with no 文号 and no 文件: its name, then its 内部事项 / 普通事项 mark and
# maybe its urgency, run into the title in a one-line copy (国家电网有限公司内部事项|国网设备部关于…的通知,
# 国家电网有限公司内部事项加急|关于填报…的通知): a head mark, not the title's beginning. Not a
# title (…关于…, a 文种) and not 内部事项 alone (HEAD_MARK's)
ENTERPRISE_MARK = regex.compile(
    r"""
    ^\p{Han}{2,30}?(?<!关于)             # the enterprise: 国家电网有限公司
    (?:内部|普通|重要)事项               # its mark
    (?:特急|加急|平急|特提)?             # and its urgency
    """,
    regex.X,
)
# family: a 版头's 发文机关标志 with no 文件 (or on a 公文稿纸), run into a title that opens with the
# same authority in a one-line copy (山东省住房和城乡建设厅|山东省住房和城乡建设厅关于会签…的函,
# 山东省档案局|山东省档案局山东省档案馆关于…, …公文稿纸山东省发展和改革委员会|山东省发展和改革委员会关于…):
# the name whose repetition opens the title. Not a name said once (山东省交通运输厅关于…)
REPEATED_MARK = regex.compile(
    r"""
    (?P<n>\p{Han}{3,30}?(?:厅|局|委员会|委|馆|办公室|室|公司|政府|部|中心|办|院|署))   # the mark's name
    (?=(?P=n)[\p{Han}、]{0,40}?关于)                                               # the title opens with it
    """,
    regex.X,
)
# family: a one-line copy's list of attachments whose items run together, the next item's title
# opening with a digit, a 《, a space or a letter, where no run-on cut fell (1.…统计表2.2021年度…明细表,
# 1.《…》征订单2.《…》订阅回执, …清单2. 原南区…): an item's number after its title; which numbers
# count (the next one in turn) notice.py says. Not a number inside one (V2.0, 1.5万: after a digit or .)
ATTACHMENT_RUN_ON = regex.compile(r"(?<![\d.A-Za-z])(?P<n>\d{1,2})\s*[.、](?=\s*\S)")
# family: a speech's salutation (政府工作报告: 各位代表：, 各位主任、委员：, 同志们：): no 主送机关 (an
# address to those in the hall, not the organs the text is sent to). Not 各区人民政府：, 各有关单位：
SALUTATION = regex.compile(
    r"""
    ^(?:各位(?:代表|委员|主任|副主任|领导|同志|来宾|嘉宾)(?:[、,和](?:各位)?(?:代表|委员|主任|副主任|领导|同志|来宾|嘉宾))*
      | 同志们|女士们,?先生们)
    \s*:$
    """,
    regex.X,
)
# a date as FLAT_GLUED_SIGNATURE's: 2021年8月17日 (where flatten.py looks for one glued before it)
_FULL_DATE = r"(?:19|20)\d{2}年\d{1,2}月\d{1,2}日"
ANY_DATE = regex.compile(_FULL_DATE)

# --- probe-head2: families read on the bulk set -------------------------------------
# family: a one-line copy's 版记 印发 line glued after the last attachment's title, no 。 or ) before
# it (…专项检查表|龙岩市工业和信息化局2022年3月4日印发, …明细表|山东省医疗保险事业中心综合组2020年9月14日
# 印发, …汇总表|国家电网有限公司办公室2021年4月2日印发): the office word that may end the printing
# body's name after the authority the head names. Not a deadline (2022年3月4日前印发: no name before)
PRINTING_OFFICE = regex.compile(r"(?:办公室|办公厅|秘书处|秘书局|秘书科|综合组|综合处|综合司|综合科)$")
# the date and 印发 of such a line: 2022年3月4日印发 (not …日前印发)
GLUED_PRINTED_DATE = regex.compile(_FULL_DATE + "(?:印发|翻印)")
# family: a one-line copy of a 会议纪要: its 版头 ending with 纪要, its number, then its title 关于…纪要
# run into its first sentence (泉州市自然资源和规划局会议纪要|泉资规纪〔2022〕48号|关于…讨论会纪要|2022年07月21日，…,
# 普通事项…专题会纪要|〔2022〕69号|国网泉州供电公司关于…例会的纪要|10月8日上午，…). Not a 纪要 with no
# title of its own (…办公会议纪要〔2021〕11号国网湖北省电力有限公司签发人:…: no 关于 before punctuation)
FLAT_MINUTES_HEAD = regex.compile(
    r"""
    纪要                                                   # the 版头's mark: …会议纪要, …专题会纪要
    (?P<docno>\p{Han}{0,8}?                                # its number: 泉资规纪〔2022〕48号, 〔2021〕11号
        [〔\[(]\s*(?:19|20)\d{2}\s*[〕\])]\s*第?\s*\d{1,5}\s*号)
    (?P<title>\p{Han}{0,30}?关于[^。,;:!?]{2,100}?纪要)     # the title: …关于…的纪要, 关于…讨论会纪要
    """,
    regex.X,
)
# family: the 版头 of a 会议纪要 on a line of its own (泉州市自然资源和规划局会议纪要, 普通事项国网…公司专题会纪要,
# 总经理办公会议纪要): a head mark over its number and its title 关于…纪要; not a title (关于…的纪要,
# 关于…讨论会纪要: 关于 stands in it)
MINUTES_MARK = regex.compile(r"^[^关,:。]{0,40}?(?:会议|办公会|专题会议?|会)纪要$")
# its 期号 alone on a line: 〔2022〕69号 (no 代字: no 发文字号)
MINUTES_NUMBER = regex.compile(r"^[〔\[(]\s*(?:19|20)\d{2}\s*[〕\])]\s*第?\s*\d{1,5}\s*号$")
# family: a portal page's chrome above the document (b00430): the browser's title, the site's name
# after it (【关于…的通知(发改价格〔2025〕65号)】-国家发展和改革委员会, 关于…的通知_政策文件_某市人民政府);
# not a title with a dash of its own (…行动方案(2022-2025年): no 【】 and no _ before a site's name)
BROWSER_TITLE = regex.compile(
    r"""
    ^(?:【[^】]{4,160}】\s*[-_|]\s*[\p{Han}A-Za-z]{2,30}      # 【title】-site
      | [^_]{4,160}(?:_[\p{Han}A-Za-z]{2,30}){1,3}             # title_column_site
    )\s*$
    """,
    regex.X,
)
# the breadcrumb: 首页 alone (its steps one a line between >), or on one line (当前位置：首页 > 政务公开 >
# 政策); not a sentence that names 首页
BREADCRUMB = regex.compile(
    r"""
    ^(?:(?:当前位置|您的位置|您现在的位置|您当前的位置|当前的位置)\s*:\s*)?
    首\s*页(?:\s*[>›»]\s*[^>›»。,;:]{1,20}?)*\s*[>›»]?\s*$
    """,
    regex.X,
)
BREADCRUMB_STEP = regex.compile(r"^[>›»]$|^[^>›»。,;:!?\d]{1,12}$")  # > alone, or a step's name: 政务公开
# the page's date and department under its title (2025/01/20 价格司, 2025-01-20); only on a page whose
# chrome was found (a signature's date is no such line)
PORTAL_DATE_LINE = regex.compile(r"^(?:19|20)\d{2}[/-]\d{1,2}[/-]\d{1,2}(?:\s+\p{Han}{2,20})?$")
# a page title's 文号 in brackets at its end (…的通知(发改价格〔2025〕65号)): set aside when it is compared
# with the document's own title
TITLE_DOCNO = regex.compile(r"\([^()]{2,30}\d\s*号\)$")
# family: an enterprise's 版头 run into its 文号 in a one-line copy, its 事项 mark (and urgency) right before
# the 代字 (国家电网有限公司办公室内部事项|办文档函〔2021〕1号, …部门普通事项|安监函〔2022〕1号): where the 代字
# starts. Not 有关事项 (no mark)
MATTER_MARK = regex.compile(r"(?:内部|普通|重要)事项(?:特急|加急|平急|特提)?")
# family: a flattened signature whose name is masked in an anonymised copy (。国网XX省电力有限公司安监部
# 2022年9月2日, 。国网XX省电力有限公司2022年8月22日（此件…): after a sentence or a bracket, a name holding
# XX that ends as an authority's, then the date at the end or before a note. Not a date in a sentence
# (。国网XX公司于2022年9月2日召开…: 于 ends no name), nor a name without XX (FLAT_SIGNATURE's)
FLAT_MASKED_SIGNATURE = regex.compile(
    r"""
    (?<=[。)])
    (?P<issuer>\p{Han}{1,10}X{2,3}\p{Han}{1,30}?
        (?:厅|局|委|府|室|司|部|院|会|署|办|中心|政府|公司|集团|组))
    (?P<date>(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)
    (?=\s*(?:$|\(|抄送|附件|联系人|此件))
    """,
    regex.X,
)
# and its 印发 line so masked (。国网XX省电力有限公司办公室2022年9月16日印发), not read as the 抄送's tail
FLAT_MASKED_PRINTED = regex.compile(
    r"(?<=[。)])\p{Han}{1,10}X{2,3}\p{Han}{1,30}?" + _FULL_DATE + "(?:印发|翻印)"
)
