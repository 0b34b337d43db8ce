"""Every regular expression of the structure stages, named, with what it must (not) match.

The patterns run on a *folded view* of each line (see ``fold``): full-width ASCII
and spaces made half-width, and the traditional forms of the keyword characters
made simplified, one character for one, so offsets in the view are offsets in the
text as written. Each pattern is therefore written once, in simplified characters
with half-width punctuation, and still matches ``（責任單位：`` and ``(责任单位:``.
Pinyin annotations have been stripped before any of these run (``clean``).
"""
from __future__ import annotations

import regex

# --- the folded view -------------------------------------------------------------
# traditional -> simplified for the characters our patterns use (pairs: simplified, traditional).
# Made with OpenCC (s2t, s2tw, s2hk) over the Han runs of this module; tests/test_patterns.py
# checks that every pattern character's traditional forms are here.
_TRAD = (
    "万萬与與专專业業两兩个個为為为爲乡鄉书書于於产產亿億会會体體党黨关關内內决決准準划劃则則别別办辦务務动動区區协協单單厅廳县縣参參发發号號员員咨諮团團围圍国國场場"
    "处處复復复覆头頭学學宝寶实實对對导導将將属屬布佈干幹应應废廢开開总總报報挥揮据據数數时時机機条條来來构構标標栏欄检檢浏瀏点點牵牽现現电電码碼称稱筹籌类類系係系繫"
    "约約级級纪紀纲綱组組细細织織经經统統职職联聯节節范範营營见見规規览覽计計议議记記设設证證词詞话話询詢请請负負责責转轉辖轄达達过過银銀链鏈镇鎮长長门門间間队隊项項"
    "颁頒预預领領题題"
)
FOLD = {ord(t): s for s, t in zip(_TRAD[0::2], _TRAD[1::2])}
FOLD.update({c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)})  # full-width ASCII
FOLD.update({0x3000: " ", 0x00A0: " ", 0x2002: " ", 0x2003: " ", 0xFE52: ".", 0x2236: ":"})


def fold(s: str) -> str:
    """The folded view of ``s``: same length, one character for one."""
    return s.translate(FOLD)


# --- numbers ---------------------------------------------------------------------
CN_NUM = "〇零一二三四五六七八九十百两"  # numerals as they appear in markers and dates
CN_DIGIT = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0, "两": 2, "○": 0, "Ｏ": 0, "O": 0}

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
    ("decimal", regex.compile(r"(?P<n>\d{1,3}(?:\.\d{1,3}){1,3})(?=\s|\p{Han})(?!\s*\p{Han}{0,2}[%％万亿元])")),
    # 1. 1、 1． 1﹒ (folded to 1.), 11。 (a typed 。 before a heading) ; 3.2021年3月… (a heading
    # that starts with a year) ;
    # not 1.5万, 2022年, 10%; one to three digits
    ("num", regex.compile(r"(?P<n>\d{1,3})\s*(?:[.、]|。(?=\s*\p{Han}))(?!(?!(?:19|20)\d{2}年)\d)")),
    # a bare number before a short heading, as decimal plans number their chapters: 1 总则 ;
    # not 2022 年, 5 年内 (a digit-led sentence): the heading must be short and unpunctuated
    ("bare", regex.compile(r"(?P<n>\d{1,2})\s+(?=\p{Han}[^,.;:!?。，；：、]{1,20}$)")),
    # (1) （12）
    ("paren_num", regex.compile(r"\(\s*(?P<n>\d{1,3})\s*\)")),
    # ① … ⑳
    ("circled", regex.compile(r"(?P<n>[\u2460-\u2473])")),
)

# a marker running on inside a flattened line: after a sentence end, a bracket or a Han
# character; not after a digit, a point or 第 (2.5万, 第二条), and 1. only before a Han character;
# 一、 not after or before another numeral (清明、五一、端午; 一、二、三等奖); 11。 (a typed 。 for .)
# only where it continues its numbering
RUN_ON_MARKER = regex.compile(
    rf"(?<=[。;:!?)\p{{Han}}])(?<!第)(?:(?<![{CN_NUM}])(?P<cn>[{CN_NUM}]{{1,3}})、(?![{CN_NUM}]{{1,3}}、)|\((?P<paren_cn>[{CN_NUM}]{{1,3}})\)"
    rf"|(?P<num>\d{{1,2}})(?P<stop>[.、。])(?=\p{{Han}})|\((?P<paren_num>\d{{1,2}})\))"
)

# a flattened notice's list of attachments after its last sentence: 。附件:1.…方案2.… (or after
# a contact's address: …@sgcc.com.cn附件:1.…)
FLAT_ATTACHMENT_LIST = regex.compile(r"(?<=[。)!])附\s*件\s*:\s*(?=\p{Han})|(?<!\p{Han})附\s*件\s*:\s*(?=1\s*[.、])")
# an included attachment's heading run into its title in a flattened document: 附件落实…方案一、…,
# 附件2XX统计表 (after the list of attachments or the signature; 附件: with a colon lists them
# instead; not 详见附件, 按照附件)
FLAT_ATTACHMENT_HEAD = regex.compile(r"(?<![见按照据如与及和的])附\s*件\s*\d{0,2}(?=\s*[\p{Han}“《])")
# the 版记 of a flattened document: 抄送:…, and …办公室2021年3月1日印发 after it
FLAT_RECORD = regex.compile(r"抄\s*送\s*:|(?<=[。)])\p{Han}{2,40}?(?:19|20)\d{2}年\d{1,2}月\d{1,2}日(?:印发|翻印)")
# a flattened document's 署名 and 成文日期 after its last sentence: 。国网设备部2021年2月8日(此件…),
# or after the last attachment's title: …统计分析表国网产业部2020年12月25日 (the date at the
# end, or before a note: (此件…), 抄送, 附件, 联系人)
FLAT_SIGNATURE = regex.compile(
    r"(?<=[。)!]|[表单案告录书法则函知见划要明](?=\p{Han}{2,39}?(?:19|20)\d{2}年))"
    r"(?P<issuer>\p{Han}[\p{Han}()]{1,39}?)(?P<date>(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)"
    r"(?=\s*(?:$|\(|抄送|附件|联系人|此件))"
)
# the kinds of document that issue another (…的通知): the tail of an issuing notice's title
ISSUING_KINDS = "通知|意见|决定|通报|批复|函|通告|公告"
# the end of a notice's title run into its 主送 in a flattened head: …的通知各市防指…
FLAT_TITLE_END = regex.compile(rf"的(?:{ISSUING_KINDS})(?=\p{{Han}})")

# HTML or XML tags: <p>, </div>, <br/> ; not 《书名》 or a < b
MARKUP = regex.compile(r"</?[A-Za-z][A-Za-z0-9]{0,10}(?:\s[^<>\n]{0,200})?/?>")

# --- sentences -------------------------------------------------------------------
# the end of a heading's lead sentence: 。！？ (and the half-width ones a scraper may leave)
SENTENCE_END = regex.compile(r"[。！？!?]")

# --- the notice (GB/T 9704) --------------------------------------------------------
# 发文字号: 国办发〔2018〕128号, 济政办字[2022]15号, 穗卫函〔2023〕1930号; not a date
DOC_NUMBER = regex.compile(
    r"(?P<docno>[\p{Han}A-Z][\p{Han}\w]{0,15}?\s*[〔\[［【(（]\s*(?:19|20)\d{2}\s*[〕\]］】)）]\s*第?\s*\d{1,5}\s*号)"
)
# where an authority's name ends, before the 代字 of its 发文字号 run together with it in a
# flattened head: 山东省交通运输厅|鲁交城市函（2020）39号, …部门文件|设备输电〔2021〕14号
ORG_NAME_END = regex.compile(r"(?:厅|局|委|府|室|司|部|院|会|处|组|中心|文件)$")
# 发文机关标志 of the 版头: XX市人民政府办公室文件 / 中共XX市委 XX市人民政府文件
ISSUER_MARK = regex.compile(r"^(?P<issuer>[\p{Han}A-Za-z\s]{2,60}?)\s*文件$")
# a 发文字号 line of the 版头, maybe with the 签发人 beside it: 鲁政发〔2022〕3号　　签发人：XXX
DOC_NUMBER_LINE = regex.compile(DOC_NUMBER.pattern.replace("(?P<docno>", "^\\s*(?P<docno>", 1)
                                + r"\s*(?:签发人\s*:\s*(?P<signer>.{1,20}))?\s*$")
# an order's number line: (第290号) / 第290号
ORDER_NUMBER = regex.compile(r"^\(?\s*第\s*\d{1,5}\s*号\s*\)?$")
# an order's issuer mark: 广东省人民政府令 ; not 命令 inside a sentence
ORDER_MARK = regex.compile(r"^(?P<issuer>\p{Han}{2,30}?)令$")
# 成文日期 alone on its line: 2022年7月11日, 二〇二二年七月十一日, 二○○六年四月二十八日
_DATE = (
    rf"(?P<y>\d{{4}}|[{CN_NUM}○Ｏ]{{4}})\s*年\s*(?P<m>\d{{1,2}}|[{CN_NUM}]{{1,3}})\s*月"
    rf"\s*(?P<d>\d{{1,2}}|[{CN_NUM}]{{1,3}})\s*日"
)
DATE_LINE = regex.compile(rf"^{_DATE}$")
# 署名 and 成文日期 on one line: 济南市人民政府办公厅  2022年7月11日 (not …日印发, a 版记 line)
ISSUER_DATE_LINE = regex.compile(rf"^(?P<issuer>[\p{{Han}}A-Za-z()\s]{{2,80}}?)\s+{_DATE}$")
# a plan's period on the line under its title: （2023—2025年） / (2021-2025)
PERIOD_LINE = regex.compile(r"^\(\s*(?:19|20)\d{2}\s*(?:年)?\s*[-—–~～至到]\s*(?:19|20)\d{2}\s*年?\s*\)$")
# a 文种 at the end of a title: what makes a line a document title
DOC_KIND = regex.compile(
    r"(?P<kind>通知|意见|决定|通报|报告|请示|批复|函|公告|通告|纪要|命令|议案|决议|公报|"
    r"方案|计划|规划|办法|规定|细则|要点|规则|措施|条例|指南|清单|标准|制度|预案|纲要|若干措施)"
    r"(?:\s*\([^()]*\))?$"
)
# the last line of a title broken right after the issued document: 的通知 / （2022—2025年）的通知
TITLE_TAIL = regex.compile(rf"^(?:\([^()]{{1,20}}\))?的(?:{ISSUING_KINDS})$")
# 关于印发《A》和《B》的通知: the documents a notice issues
ISSUED_TITLE = regex.compile(r"《(?P<t>[^《》]{2,80})》")
ISSUES_VERB = regex.compile(rf"(?:印发|转发|发布|颁布)(?P<t>.{{2,80}}?)的(?:{ISSUING_KINDS})$")
# a plan's period in its title: (2022-2025年) / （2021—2025年）
PERIOD = regex.compile(r"(?P<a>(?:19|20)\d{2})\s*[-—–~至到]\s*(?P<b>(?:19|20)\d{2})\s*年")
# 主送机关: a line ending with a colon, names separated by ，
ADDRESSEES = regex.compile(r"^(?P<names>[^。；;]{2,200}?)[:]$")
# 附件说明: 附件：1.xxx / 附件:xxx.doc ; not 附件1 (an attachment's own heading)
ATTACHMENT_LIST = regex.compile(r"^附\s*[件表]\s*[:]\s*(?P<rest>.*)$")  # 附件：/ 附表：
ATTACHMENT_ITEM = regex.compile(r"^(?P<n>\d{1,2})\s*[.、]\s*(?P<title>\S.*)$")
# an included attachment's heading: 附件 / 附件2 / 附件2 title on the same line
ATTACHMENT_HEAD = regex.compile(r"^附\s*件\s*(?P<n>\d{0,2})(?:\s+(?P<title>[^:。]{2,80}))?$")
# the same with a colon, 附件2：title (only after the signature: before it, it lists attachments)
ATTACHMENT_HEAD_COLON = regex.compile(r"^附\s*件\s*(?P<n>\d{1,2})\s*:\s*(?P<title>[^:。]{2,80})$")
# a file type kept apart from an attachment's title
FILE_EXT = regex.compile(r"\.(?P<ext>docx?|xlsx?|pdf|wps|et|ofd|zip|rar|jpe?g|png|txt|cebx?)$", regex.I)
# 附注 after the date: (此件公开发布) (联系人：…) and contact lines
NOTE_LINE = regex.compile(
    r"^(?:\(.{2,120}\)|(?:联系人|联系电话|联系方式|咨询电话|[^\s:]{0,12}联系人|公开方式|公开属性|信息公开选项)[:].*)$"
)
# 版记: 抄送：… / XX办公室 2022年7月12日印发
CC_LINE = regex.compile(r"^抄\s*送\s*[:](?P<names>.*)$")
PRINTED_LINE = regex.compile(r"^(?P<by>\p{Han}{2,40}?)\s*(?P<date>\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*(?:印发|翻印)$")
# a signer of an order: 省长　马兴瑞
SIGNER = regex.compile(
    r"^(?P<title>\p{Han}{0,8}?(?:省\s*长|市\s*长|县\s*长|区\s*长|主\s*席|主\s*任|部\s*长|局\s*长|总\s*理|书\s*记|厅\s*长|委员长))"
    r"\s*:?\s*(?P<name>\p{Han}{2,4})$"
)
# web-page panel fields: 索引号：… 发布机构：… 成文日期：… ; key and value pairs, tab- or space-separated.
# Keys may be spaced out (索  引  号, 标　　题). Not a sentence that merely starts with 名称.
_PUBLICATION_KEYS = (
    "索引号", "分类", "信息分类", "主题分类", "发布机构", "发文机关", "成文日期", "发布日期", "发布时间", "名称", "标题",
    "文号", "发文字号", "主题词", "有效性", "时效性", "栏目", "来源", "信息来源", "作者", "生效日期", "废止日期",
    "公开方式", "公开范围", "体裁分类", "组配分类", "服务对象", "法宝引证码", "原文链接", "效力级别", "发布部门",
    "实施日期", "文章来源", "浏览次数", "字号", "施行日期", "审核人", "责任编辑", "点击数",
)
PUBLICATION_KEYSET = frozenset(_PUBLICATION_KEYS)  # keys compared with their spaces removed
_KEY = r"[\p{Han}][\p{Han} ]{0,10}?"
# a key and its value: 索引号：\t11440100MB2C90856P/2023-00331 ; the value runs to a tab, the next
# key, a 【 or the end; which keys count is PUBLICATION_KEYSET's to say
PUBLICATION_FIELD = regex.compile(
    rf"(?:^|(?<=\s))(?:【(?P<key>{_KEY})】|(?P<key>{_KEY})\s*:)\s*(?P<value>[^\t【]*?)\s*"
    rf"(?=\t|\s+{_KEY}\s*:|【|$)"
)
# a panel line starts with a key and a colon (or 【key】)
PUBLICATION_LINE = regex.compile(rf"^【?(?P<key>{_KEY})\s*(?::|】)")
# an issuer line of the signature: names of authorities, no sentence punctuation
ISSUER_LINE = regex.compile(r"^[\p{Han}A-Za-z()\s]{2,80}$")

# --- responsibility clauses ----------------------------------------------------------
# The role vocabulary: the one table the clause patterns below and the clause reader
# (clauses.py) share, so a word added here is both matched and given its role.
# family: every clause that names roles by verb (national 意见, provincial and municipal 措施).
# Verbs after names that set their role (A牵头，B、C配合 / A指导，B负责落实); a closing 负责/落实
# keeps the clause's role and is read as a QUALIFIER (below).
VERB_ROLES = {
    "牵头负责": "lead", "牵头落实": "lead", "牵头": "lead", "会同": "lead",
    "配合落实": "support", "配合": "support", "参与": "support", "协助": "support", "协同": "support",
    "指导": "guide",
}
# Label words (牵头单位： / 牵头考核单位： / 协办单位：): the first word a label starts with gives its
# role; a label that starts with none of them (责任单位, 主责单位, 属地责任, 监管责任) is "responsible".
LABEL_ROLES = (
    ("牵头", "lead"), ("主办", "lead"), ("配合", "support"), ("参与", "support"), ("协办", "support"),
    ("协助", "support"), ("指导", "guide"), ("督办", "guide"),
)
# labels that name no unit: a completion time or the official in charge
NON_UNIT_LABELS = ("完成", "时间", "责任领导")
# (会同 stands between names, A会同B负责, and is read apart: it closes no list)
_VERBS = "|".join(sorted((v for v in VERB_ROLES if v != "会同"), key=len, reverse=True))
# family: labelled clauses of municipal 实施方案 (牵头单位/配合单位), Tibet's label lines (属地责任:),
# provincial assessment plans (牵头考核单位:).
# the label of a clause or of a separate responsibility line: 责任单位：/ 牵头单位: / 配合部门： /
# 牵头考核单位： / 属地责任： / 监管责任：; not 责任：(a bare word) nor 主要内容：
_OWNER = r"(?:单位|部门|处室|科室|主体|机构)?"  # 牵头单位 / 牵头部门 / 牵头处室 / bare 牵头：
ROLE_LABEL = regex.compile(
    rf"(?P<label>(?:主要)?责任{_OWNER}|牵头(?:考核|责任)?{_OWNER}|配合{_OWNER}|参与{_OWNER}|协办{_OWNER}|协助{_OWNER}|"
    rf"主办(?:单位|部门)|承办(?:单位|部门)|负责(?:单位|部门|处室)|主责(?:单位|部门)|指导(?:单位|部门)|"
    rf"督办(?:单位|部门)|实施(?:单位|部门|主体)|落实(?:单位|部门)|(?:属地|监管|主体|行业)责任|"
    r"责任领导|完成(?:时限|时间)|时间(?:节点|要求)|完成期限)\s*[:]"
)
# a role verb after names: A牵头，B、C配合 / A指导 (not 负责: a QUALIFIER)
ROLE_VERB = regex.compile(rf"(?P<verb>{_VERBS})$")
# an adverb between the names and their role verb: A、B分别牵头负责 / 共同牵头 / 协同负责 / 协同配合
ROLE_ADVERB = regex.compile(r"(?:分别|共同|协同|各自|具体|联合)$")
# a role in brackets after a name: 市发改委（牵头）、市财政局（配合）; not 各镇(街) (a tier)
NAME_ROLE = regex.compile(r"\((?P<verb>牵头|配合|参与|协助|指导|负责)\)$")
# qualifiers kept apart from unit names
# (a bare 落实 closes a clause too: 各省辖市政府和济源示范区、航空港区管委会落实; 以下均需…落实 is a
# standing rule, read apart before this)
QUALIFIER = regex.compile(
    r"(?P<q>(?:按照?|根据|依)(?:各自)?(?:职能|职责)(?:分工)?(?:负责|落实)|(?:各自)?(?:职能|职责)?分工(?:负责|落实)|"
    r"分别负责|各负其责|共同负责|负责落实|具体负责|负责|落实)$"
)
# a completion time inside a clause: 2023年底前完成 / 6月底完成 / 长期坚持 (not a unit's name)
DEADLINE_PHRASE = regex.compile(r"\d{4}\s*年|\d{1,2}\s*月|年底|年内|月底|[底末]前|前完成|长期坚持|持续推进|长期|持续")
# a trailing 等 / 等单位 / 等有关部门和单位 after the last name
TRAILING_ETC = regex.compile(r"等(?:有关|相关|其他)?(?:部门|单位|机构|部门和单位|部门单位|成员单位)?$")
# family: national plans that join ministries and local governments: 工业和信息化部等和各有关地方人民政府负责
# 等 between two names (A等 and B: two units)
ETC_JOIN = regex.compile(r"等(?:有关|相关)?(?:部门|单位)?(?:和|及|与|以及)(?=\p{Han})")
# standing rules (family: national and provincial plans that set roles once for all their clauses):
# the first unit of every later clause leads: 列第一位者为牵头单位，下同 / 排在首位的单位为牵头单位 /
# 排名第一的为牵头单位; not 第一位 in a sentence about something else
LEAD_FIRST_RULE = regex.compile(
    r"(?:列|排(?:在|名)?)\s*(?:第一位|首位|第一)(?:者|的)?(?:单位|部门)?(?:为|是)\s*牵头(?:单位|部门)"
)
# the units that answer for every later task in the rule's scope: 以下均需各市党委、政府落实，不再列出 /
# 以下政策均需各县级市<区>政府<管委会>落实,不再单独列出 / 以下各项任务均需各市党委、政府落实
# (family: provincial measures that name the local governments once); group "names" holds them
# (names may hold commas: 以下均需各园区管委会,各镇(街)人民政府(办事处)落实,不再列出)
STANDING_UNITS = regex.compile(
    r"以下(?:各项)?(?:政策|措施|任务|工作)?均(?:需|由|须)(?P<names>[^。]{2,80}?)(?:负责)?落实"
    r"(?:\s*,?\s*不再(?:单独|一一)?列出)?"
)
# family: provincial measures that scope their clauses in a remark.
# a remark inside a clause that names no unit: 以下除注明仅适用于试点地区的措施外，适用范围均为全省 /
# 下同 / 含开发区 (as an aside in 〈〉)
CLAUSE_REMARK = regex.compile(r"^(?:以下|下同|除注明|适用范围|本条|本项)")
# family: Wuhan-style clauses that say once what a collective covers.
# an aside in inner brackets after a collective: 各区人民政府〈含开发区、长江新区、风景区管委会，下同〉
# (dropped from the name); not 市住建局〈市人防办〉 (a unit's second name, kept)
NAME_ASIDE = regex.compile(r"[〈‹<]\s*(?:含|包括|下同)[^〈〉‹›<>]*[〉›>]$")
# units written in prose (family: 办法 and 实施方案 that give each department its duty in a
# sentence; read only where a task has no clause, source "prose"), each on one sentence part:
# 发展改革部门负责统筹…， / 省教育厅负责指导… / 由市商务局牵头负责… ; not 各地要负责… (no unit),
# not 由企业自主负责 (no authority: the names must read like units)
PROSE_DUTY = regex.compile(
    r"^(?:由)?(?P<names>\p{Han}[\p{Han}、和及]{1,40}?(?:部门|局|委|厅|办|中心|政府|单位|总社|集团))"
    r"(?P<verb>牵头负责|牵头|负责|配合)(?=\p{Han}{2})"
)
# a quick test before the prose rules: a paragraph without these words holds none of them
PROSE_HINT = regex.compile(r"负责|牵头|配合|:")
# 市发展改革委为总牵头单位 / 由市工信局作为牵头单位
PROSE_LEAD = regex.compile(r"^(?:由)?(?P<names>\p{Han}[\p{Han}、和及]{1,40}?)(?:为|作为|是)(?:总)?牵头(?:单位|部门)")
# a duty list: （一）市工信局：负责… (the item's heading is a unit and a colon)
DUTY_HEAD = regex.compile(r"^(?P<names>\p{Han}[\p{Han}、]{1,30}?(?:局|委|厅|办|中心|政府|部门))\s*:")
# family: municipal 实施方案 that attach a 任务分工表 (附件2), copied as tab rows, a cell per line or a grid.
# the header cells of an attached 任务分工表 (division.py; the role columns are ROLE_LABELs):
# 序号 / 编号; not 序号 inside a longer cell
DIVISION_NUMBER = regex.compile(r"序号|编号|序")
# the task column: 工作任务 / 重点任务 / 工作事项 / 任务内容 / 具体措施 / 政策措施; not 主要内容 (the text
# under a task: read when no other column names the task)
DIVISION_TASK = regex.compile(
    r"(?:主要|重点|具体|工作|政策|改革)?(?:任务|事项|措施|举措)(?:名称|内容|举措|措施)?|工作任务(?:及|和)?(?:措施|举措)?"
    r"|任务分工|(?:主要|重点|具体)?工作(?:内容|项目)?"
)
# the time column: 完成时限 / 完成时间 / 时间节点 / 时限 / 进度安排
DIVISION_TIME = regex.compile(r"完成(?:时限|时间|期限)|时间(?:节点|要求|安排)?|时限|进度安排")
# a grid row: cells between bars, | 1 | 任务 | 市发改委 | or │1│任务│市发改委│ (two bars at least);
# not a sentence with one | in it
GRID_ROW = regex.compile(r"^\s*[|│┃][^|│┃]*[|│┃].*[|│┃]?\s*$")
GRID_BAR = regex.compile(r"\s*[|│┃]\s*")
# a rule line between grid rows: |---|:--:| / ├──┼──┤ / +----+----+
GRID_RULE = regex.compile(r"[\s|│┃:\-—─━┼├┤┌┐└┘┬┴+=]+")
# a note in brackets after a header's words: 责任单位（部门） / 完成时限（年月）; and 牵头单位/部门
HEADER_NOTE = regex.compile(r"\([^()]{0,10}\)|/\p{Han}{2,4}$")
# an empty cell: / — - 无
EMPTY_CELL = regex.compile(r"|[/—\-－无]+")
# names in a list (抄送：A、B，C), on text as written
LIST_SEP = regex.compile(r"[、,;，；]")
# 和/及/与 between names: split there only between two units (工业和信息化部 is one)
UNIT_CONJ = regex.compile(r"(?:及|和|与|以及)")
# a name that ends like an authority: used to decide whether 和/及 joins two units
UNIT_END = regex.compile(
    r"(?:局|委|部|办|厅|院|会|署|所|站|队|中心|集团|公司|政府|单位|部门|机构|银行|支行|分行|中支|行|处|科|室|组|"  # 中支: 人行苏州中支
    r"专班|总社|社|协|联|馆|台|校|海关|法院|检察院|党委|团委|街道|乡镇|县|区|市|省|州|盟|旗|指挥部|营管部|办事处|工会|"
    r"委员会|管委会|领导小组|联席会议|各地|各级)$"
)
# an administrative tier or a bare organ that continues a collective (各区、县级市 / 各省、自治区、
# 直辖市人民政府 / 各市党委、政府): joined to the 各… before it; never a unit alone. Not 市直各部门
# (a unit of its own).
# family: 各区、县(市)人民政府 (Liaoning, Shenyang), 各县(市、区) (tiers with the tiers they stand for in
# brackets, then an organ)
TIER_ONLY = regex.compile(
    r"^(?:(?:(?:县级市|自治区|直辖市|自治州|自治县|计划单列市|新疆生产建设兵团)\p{Han}*|县|区|市|镇|乡|街道|乡镇|开发区|功能区|新区)"
    r"(?:[(\[〈][\p{Han}、]{1,10}[)\]〉])?(?:(?:人民)?政府|党委|管委会)?"
    r"|(?:人民)?政府|党委|党组|管委会)$"
)
# what no unit's name holds: a colon (a run-on label: 咨询热线：…), a telephone or other
# long number, a URL (a web page's footer is not a clause)
# (family: municipal measures naming the 12345 hotline office: 市民服务热线办公室 is a unit, 热线/电话
# before 办公室/中心 is part of a name)
NOT_A_NAME = regex.compile(r":|\d{3,}|https?|www\.|(?:热线|电话)(?!\p{Han}{0,4}(?:办公室|中心|办))")
# generic words that are no unit on their own (the tail of 各有关部门和单位)
GENERIC_UNIT = regex.compile(r"^(?:等|单位|部门|机构|部门单位)$")

# --- targets and deadlines ---------------------------------------------------------
# measure words a target counts in (longest first); not 年 月 日 天 岁 次 类 (durations, ages, norms)
TARGET_UNITS = (
    "个百分点", "千瓦时", "平方公里", "平方米", "千瓦", "公里", "千米", "人次", "场次", "户次", "家次",
    "家", "人", "个", "项", "所", "场", "支", "名", "元", "套", "间", "座", "条", "台", "辆", "张", "部",
    "件", "篇", "批", "期", "床", "户", "亩", "吨", "处", "门", "种", "倍",
)
# a number: 400 / 1.5 / 1,000 / 3—5 / 3至5 (a range), then a scale (万 亿), 余/多 (more than),
# then a unit or %.
# Not 2022年, 5G, 第二批, 〔2022〕15号, 121人才 (人 of 人才), 15个工作日 (a time limit).
TARGET_NUMBER = regex.compile(
    r"(?<![\d.A-Za-z第])(?<!第[\d、,和及]+)(?P<a>\d+(?:,\d{3})*(?:\.\d+)?)"  # not 第2、4、5项
    r"(?:\s*%?\s*(?P<range>[-—–~～至到])\s*(?P<b>\d+(?:\.\d+)?))?"  # 3—5个, 5%—8%
    r"\s*(?P<scale>万亿|千万|百万|万|亿)?(?P<more>余|多)?"
    r"(?P<unit>%|" + "|".join(TARGET_UNITS) + r")"
)
# Chinese numerals in a number's place: 百分之三十, 两万, 一万五千 (never a lone 百/千/万: 百名专家 is a name)
CN_TARGET_NUMBER = regex.compile(
    r"(?<!第)(?P<pct>百分之)?(?P<cn>[一二三四五六七八九两][〇零一二三四五六七八九十百千万亿两]*)"
    r"(?P<unit>%|" + "|".join(TARGET_UNITS) + r")?"
)
# a unit followed by these is a word, not a measure: 人才 人员 名称 支持 场所 项目 家庭 个人 个工作日 …
NOT_MEASURE = regex.compile(
    r"(?:人才|人员|人民|人口|人群|名称|名单|名录|名牌|支持|支撑|支付|所有|所在|所属|场所|场景|场地|项目|家庭|家长|家属|"
    r"个人|个体|个性|套餐|间接|条件|条例|部门|部署|件事|批次|期间|期限|期末|门槛|种类|倍增|"
    r"个?(?:工作日|月|小时|季度|年度|年|日|天|周|星期))"
)
# anything a target could be written with (a quick test before the real search)
ANY_NUMBER = regex.compile(r"[0-9一二三四五六七八九两十百千万亿翻]")
# 翻一番 / 翻两番: doubling (2 倍) and quadrupling (4 倍)
DOUBLING = regex.compile(r"翻(?P<n>一|两|二|三)番")
# words before a number that set its comparator (longest first)
COMPARATOR_BEFORE = (  # first found wins: the negated words before the words they contain
    ("不少于", ">="), ("不低于", ">="), ("不小于", ">="), ("不超过", "<="), ("不高于", "<="), ("不多于", "<="),
    ("至少", ">="), ("最少", ">="), ("最多", "<="), ("力争达到", ">="), ("达到", ">="),
    ("提高到", ">="), ("提升到", ">="), ("提升至", ">="), ("提高至", ">="), ("增加到", ">="), ("增至", ">="),
    ("扩充至", ">="), ("达", ">="), ("超过", ">"), ("突破", ">"), ("高于", ">"), ("多于", ">"), ("逾", ">"),
    ("控制在", "<="), ("低于", "<"), ("少于", "<"), ("大约", "~"), ("约", "~"),
)
COMPARATOR_AFTER = (("及以上", ">="), ("以上", ">="), ("以下", "<="), ("以内", "<="), ("之内", "<="), ("左右", "~"), ("上下", "~"))
# a size class, not a target: 10亿元以上项目不少于5个, 50亿元以上工业项目45个 (a magnitude with
# 以上/以下 before the noun it qualifies; a count such as 100个以上示范点 is still a target)
SIZE_CLASS_AFTER = regex.compile(r"\s*(?:及|或)?以[上下](?:的)?(?=\p{Han})")
COUNT_UNIT_END = "个家所座处项条只批名人户间套台辆次"
# between two numbers of one list: 60个、40个和5个
LIST_GAP = regex.compile(r"\s*(?:、|和|及|与|以及)\s*")
# verbs that make a target a change rather than a level
CHANGE_VERB = regex.compile(r"(?P<verb>增长|提高|提升|增加|下降|降低|减少|压减|缩短|翻)$")
LEVEL_VERB = regex.compile(r"(?P<verb>新增|新建|新设|累计|建成|建设|培育|培养|引进|打造|组织|开展|完成|达到)")
# a parameter, not a target: subsidies, loans, fees, shares of money (in the number's clause)
PARAMETER_CONTEXT = regex.compile(
    r"补贴|补助|奖励|奖补|贷款|贴息|返还|最高|每人|每户|每月|服务费|保险费|收费|费用标准|薪酬|工资|价格|租金|报销|缴纳|缴费|申领|用于|起付|禁止"
    r"|给予|比例支付|支付比例|准入"
)
# deadlines -------------------------------------------------------------------------
# 到2025年 / 2023年底前 / 2023年年底 / 2019年6月底前 / 2022年内 / 2021—2025年 (the end year)
DEADLINE_DATE = regex.compile(
    r"(?:(?P<y0>(?:19|20)\d{2})\s*[-—–~～至到]\s*)?(?P<y>(?:19|20)\d{2})\s*年"
    r"(?:\s*(?P<m>\d{1,2})\s*月(?:\s*(?P<d>\d{1,2})\s*日)?)?"
    r"(?P<tail>年?底|年?末|内|前|以前|之前|起|年度)?"
)
# A section about what has been, not what is to be done: 2023年工作回顾, 发展基础, 现状与问题,
# 发展基础与面临形势.  Its numbers are results, not targets.  The whole heading must be such
# nouns (夯实发展基础 is a task; 发展形势和主要预期 holds targets).
_PAST = (r"(?:工作)?回顾|(?:发展|工作|现实|产业)?基础(?:条件)?|(?:发展)?现状(?:分析)?|(?:主要|工作)?成效"
         r"|(?:主要)?成绩|基本情况|(?:编制|规划)?背景|(?:发展)?环境|(?:面临的?)?形势|(?:存在的?|主要)?问题")
PAST_SECTION = regex.compile(
    rf"(?:(?:19|20)\d{{2}}年)?(?:政府|全市|我市|本市|全省|我省|全区|我区|全县|我县)?(?:{_PAST})"
    rf"(?:(?:和|与|及|、)(?:{_PAST}))*"
)

# a document of statistics (统计公报): its numbers are results, none is a target
STATISTICS_DOCUMENT = regex.compile(r"统计公报")
# a recurrence that governs a due date in its sentence: 每年…5月底前 is every year's, not this year's
RECURRING = regex.compile(r"每(?:年|两年|半年|季度?|月|周)")

# A year a number is measured against, not by: 较2019年增长, 比2020年底, 自2017年以来,
# 是2019年的113.7%, 与2020年相比.  BEFORE is matched on the text just before the year,
# AFTER at its end.
BASELINE_BEFORE = regex.compile(r"(?:较|比|相比|同比|自|从|与|对比|相对于?)\s*(?:于\s*)?$")
BASELINE_AFTER = regex.compile(r"\s*(?:以来|同期|相比|比较|水平|基础上|基数|的(?=\s*\d))")
# a date a task is due by, in its own text: 于2021年1月5日前报送, 7月27日前将…, 2023年底前完成
# (a bare 到2025年 is a target's period, not a due date)
TASK_DUE = regex.compile(
    r"(?:(?:19|20)\d{2}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?)?"
    r"|(?<![\d年])\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?)\s*[底末]?\s*(?:前|以前|之前)"
)
# month only: 6月底前 (the notice's year)
DEADLINE_MONTH = regex.compile(
    r"(?<![\d年])(?P<m>\d{1,2})\s*月(?:\s*(?P<d>\d{1,2})\s*日)?\s*(?:[底末](?:前|以前|之前)?|前|以前|之前|(?=完成))"
)
# 十四五末 / “十四五”期间 / 十三五时期
FIVE_YEAR_PLAN = regex.compile(r"(?P<plan>十[一二三四五六七八九]五)”?\s*(?:规划)?\s*(?:末|期末|期间|时期|末期)")
# 力争用5年时间 / 5年内 / 利用3-5年时间 / 用5年左右时间 (from the notice's date)
DEADLINE_SPAN = regex.compile(
    r"(?:用|利用|经过|在)?\s*(?<![\d.])(?:(?P<a>\d{1,2})\s*[-—–~～至到]\s*)?(?P<n>\d{1,2}|[一二三四五六七八九十两])\s*年"
    r"(?:左右)?\s*(?:(?:的)?时间(?:内)?|内|之内)"
)
# this year / next year, from the notice's date: 年内, 今年, 当年, 明年 (not 2022年内, 一年内: a number before)
DEADLINE_THIS_YEAR = regex.compile(r"(?<![\d年一二三四五六七八九十两])(?P<w>年内|今年|当年|本年度|本年|明年|年底|年末)")
# a start year for spans when the notice has no date: 2012年起
START_YEAR = regex.compile(r"(?P<y>(?:19|20)\d{2})\s*年\s*起")
ANNUAL = regex.compile(r"每年|逐年|每一年")
ONGOING = regex.compile(r"长期坚持|持续推进|常态化")
# sentence and clause boundaries for deadlines
SENTENCE_SPLIT = regex.compile(r"[。！？!?;\n]")
SEGMENT_SPLIT = regex.compile(r"[,，:：]")
# spans to hide from the number finder: “names and slogans”, 《titles》, 〔2022〕 years
MASKED = regex.compile(r"“[^“”\n]{0,30}”|\"[^\"\n]{0,30}\"|《[^《》\n]{0,80}》|〔[^〔〕\n]{0,8}〕|\[\d{4}\]")
