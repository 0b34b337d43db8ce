"""Every regular expression of the structure stages, named, with what it must (not) match.

The patterns run on a *folded view* of each line (see ``fold``): full-width ASCII
and spaces made half-width, and the traditional forms of the keyword characters
made simplified, one character for one, so offsets in the view are offsets in the
text as written. Each pattern is therefore written once, in simplified characters
with half-width punctuation, and still matches ``（責任單位：`` and ``(责任单位:``.
Pinyin annotations have been stripped before any of these run (``clean``).
"""
from __future__ import annotations

from . import lazy_regex as regex  # patterns compiled on first use, not at import

# --- the folded view -------------------------------------------------------------
# traditional -> simplified for the characters our patterns use (pairs: simplified, traditional).
# Made with OpenCC (s2t, s2tw, s2hk) over the Han runs of this module; tests/test_patterns.py
# checks that every pattern character's traditional forms are here.
_TRAD = (
    "万萬与與专專业業两兩个個为為为爲乡鄉书書于於产產亿億会會体體党黨关關内內决決准準划劃则則别別办辦务務动動区區协協单單厅廳县縣参參发發号號员員咨諮团團围圍国國场場"
    "处處复復复覆头頭学學宝寶实實对對导導将將属屬布佈干幹应應废廢开開总總报報挥揮据據数數时時机機条條来來构構标標栏欄检檢浏瀏点點牵牽现現电電码碼称稱筹籌类類系係系繫"
    "约約级級纪紀纲綱组組细細织織经經统統职職联聯节節范範营營见見规規览覽计計议議记記设設证證词詞话話询詢请請负負责責转轉辖轄达達过過银銀链鏈镇鎮长長门門间間队隊项項"
    "颁頒预預领領题題"
    "图圖扫掃编編视視读讀辑輯进進适適闭閉页頁频頻骤驟"  # the layout's page trailer and outline words
    "台臺馆館监監"  # unit ends (UNIT_END: 河南廣播電視臺, 省圖書館) and role labels (監管責任) in traditional copies
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
# character; not after a digit, a point, 第 or 附件 (2.5万, 第二条, family: 见附件1、附件3 in running
# text), and 1. only before a Han character;
# 一、 not after or before another numeral (清明、五一、端午; 一、二、三等奖), nor the 一 of a word
# (family: 建立统一、规范、高效的…体系, 之一、, 唯一、; not 名单一、, a list then its item); 11。 (a typed 。 for .)
# only where it continues its numbering
RUN_ON_MARKER = regex.compile(
    rf"(?<=[。;:!?)\p{{Han}}])(?<!第|附\s*[件表])(?:(?<![{CN_NUM}统唯之同逐万合专划])(?P<cn>[{CN_NUM}]{{1,3}})、(?![{CN_NUM}]{{1,3}}、)|\((?P<paren_cn>[{CN_NUM}]{{1,3}})\)"
    rf"|(?P<num>\d{{1,2}})(?P<stop>[.、。])(?=\p{{Han}})|\((?P<paren_num>\d{{1,2}})\))"
)

# a flattened notice's list of attachments after its last sentence: 。附件:1.…方案2.… (or after
# a contact's address: …@sgcc.com.cn附件:1.…)
# (family: after a contact's telephone number, …电话:(010)66556824附件:生态环境监测…计划)
FLAT_ATTACHMENT_LIST = regex.compile(r"(?<=[。)!\d])附\s*件\s*:\s*(?=\p{Han})|(?<!\p{Han})附\s*件\s*:\s*(?=1\s*[.、])")
# an included attachment's heading run into its title in a flattened document: 附件落实…方案一、…,
# 附件2XX统计表 (after the list of attachments or the signature; 附件: with a colon lists them
# instead; not 详见附件, 按照附件)
FLAT_ATTACHMENT_HEAD = regex.compile(r"(?<![见按照据如与及和的])附\s*件\s*\d{0,2}(?=\s*[\p{Han}“《])")
# the 版记 of a flattened document: 抄送:…, and …办公室2021年3月1日印发 after it
FLAT_RECORD = regex.compile(r"抄\s*送\s*:|(?<=[。)])\p{Han}{2,40}?(?:19|20)\d{2}年\d{1,2}月\d{1,2}日(?:印发|翻印)")
# a flattened document's 署名 and 成文日期 after its last sentence: 。国网设备部2021年2月8日(此件…),
# 。国务院二○一一年五月十日, or after the last attachment's title: …统计分析表国网产业部2020年12月25日 (the date at the
# end, or before a note: (此件…), 抄送, 附件, 联系人); the title ends with a word of its kind
# (…要求|国网后勤部, …明细表|山东省…; not 要|求国网…, not 明|细表山东…)
FLAT_SIGNATURE = regex.compile(
    r"(?<=[。)!]|(?:[表单告录书法则函知见划]|方案|预案|草案|纪要|要求|说明|声明|明细|结果|参考|汇编|模板)(?=\p{Han}{2,39}?(?:19|20)\d{2}年))"
    r"(?![表单告]|特此)(?P<issuer>\p{Han}[\p{Han}()]{1,39}?)"
    rf"(?P<date>(?:(?:19|20)\d{{2}}|[{CN_NUM}○]{{4}})年(?:\d{{1,2}}|[{CN_NUM}]{{1,3}})月(?:\d{{1,2}}|[{CN_NUM}]{{1,3}})日)"
    r"(?=\s*(?:$|\(|抄送|附件|联系人|此件))"
)
# family: a one-line OCR copy whose 署名 is a name its head already wrote (its 版头 …文件 or the
# title's authority), glued after the last attachment's title or a masked account number
# (…报名回执|山东省扶贫开发领导小组|2021年1月13日, …XXXX|共青团山东省…委员会|2021年1月19日): the date
# of such a signature, then the end, a note, the 版记's 印发 line or the issued document's title;
# which Han characters before it are the issuer flatten.py decides by the head. Not a date inside
# a sentence (…于2021年1月13日召开: a verb follows)
FLAT_NAMED_DATE = regex.compile(
    rf"(?P<date>(?:(?:19|20)\d{{2}}|[{CN_NUM}○]{{4}})年(?:\d{{1,2}}|[{CN_NUM}]{{1,3}})月(?:\d{{1,2}}|[{CN_NUM}]{{1,3}})日)"
    r"(?=\s*(?:$|[(〔《“]|抄送|附件|联系人|此件|\p{Han}{2,40}?(?:19|20)\d{2}年\d{1,2}月\d{1,2}日(?:印发|翻印)))"
)
# the Han characters (and spaces) that end right before a signature's date (its issuer's candidates)
NAME_RUN_END = regex.compile(r"[\p{Han}\s()]+$")
# the 版记's 印发 line of a flattened notice, right after its signature (and note):
# 生态环境部办公厅2022年3月29日印发 ; not 2022年3月29日前印发 (a deadline: no authority before it)
FLAT_PRINTED = regex.compile(r"\p{Han}{2,40}?(?:19|20)\d{2}年\d{1,2}月\d{1,2}日(?:印发|翻印)")
# family: page leftovers after a flattened notice's last sentence: 。解读:… / 。相关链接:… (cut
# there; ``PAGE_TRAILER`` then sets the rest apart) ; not 解读 inside a sentence (政策解读工作)
FLAT_TRAILER = regex.compile(r"(?<=[。)!])(?:(?:相关|政策|图文|视频)?解读|相关链接|一图读懂)\s*:")
# family: a flattened plan's standard 一、 headings run into their first sentence:
# 一、总体要求以习近平…, 一、指导思想深入贯彻…, 三、主要目标到2020年…, 二、工作目标履行… (the heading
# ends after the word) ; not 一、工作目标和任务 / 工作要求、 (the heading goes on), not 二、主要任务是…
# (family: a one-line OCR copy of a meeting or activity notice: 一、会议主题以习近平…, 二、时间地点2021年
# 1月17日…, 三、与会人员省委…, 一、活动主题以“…”为主题; not 一、会议时间安排 (the heading goes on))
FLAT_OUTLINE_HEADING = regex.compile(
    rf"[{CN_NUM}]{{1,3}}、(?P<h>总体要求|指导思想|工作目标|主要目标|总体目标|发展目标|基本原则|工作原则|工作要求"
    r"|保障措施|组织保障|实施步骤|工作任务|主要任务|重点任务|适用范围|职责分工|工作措施|进度安排|时间安排"
    r"|主要内容|会议(?:主题|内容|时间|地点|形式|报名)|时间地点|时间和地点|地点及形式|与会人员|参会人员|参会范围"
    r"|活动(?:主题|内容|时间|形式|安排|要求)|报送(?:内容|时间|要求)|有关事项|有关要求)"
    r"(?=[\p{Han}“\d])(?![和与及、是为]|任务|要求|原则|措施|目标|保障|安排|地点|形式|内容|人员|范围|时间|报到)"
)
# family: orders and 办法 by chapter and article: a chapter's heading with its first article on
# one line (第一章　总则　　第一条　为了…): the article starts a line of its own ; not 第一章 总则 alone
CHAPTER_ARTICLE = regex.compile(rf"^第[{CN_NUM}]+章\s*[^\s第]{{1,20}}\s+(?=第[{CN_NUM}]+条)")
# the kinds of document that issue another (…的通知): the tail of an issuing notice's title
ISSUING_KINDS = "通知|意见|决定|通报|批复|函|通告|公告"
# the end of a notice's title run into its 主送 in a flattened head: …的通知各市防指…
FLAT_TITLE_END = regex.compile(rf"的(?:{ISSUING_KINDS})(?=\p{{Han}})")

# family: a flattened 意见 or 决定 whose title ends with its kind right before its 文号, spaces and
# all (国务院关于促进稀土行业持续健康发展的若干意见|国发 〔2011〕 12 号|各省…:) ; not a 文号 in
# brackets after a cited title (…的意见》(国办发〔2020〕3号): 》 stands between)
FLAT_KIND_DOCNO = regex.compile(
    rf"(?:{ISSUING_KINDS})(?=\s*\p{{Han}}{{1,8}}\s*[〔\[(]\s*(?:19|20)\d{{2}}\s*[〕\])]\s*第?\s*\d{{1,5}}\s*号)"
)

# HTML or XML tags: <p>, </div>, <br/> ; not 《书名》 or a < b
MARKUP = regex.compile(r"</?[A-Za-z][A-Za-z0-9]{0,10}(?:\s[^<>\n]{0,200})?/?>")

# --- sentences -------------------------------------------------------------------
# the end of a heading's lead sentence: 。！？ (and the half-width ones a scraper may leave)
SENTENCE_END = regex.compile(r"[。！？!?]")
# what can end a heading's lead sentence, and the brackets that shield one: ( ) 。 ！ ？ ! ? :
# (on the folded view; a 。 inside （…） does not end it, which the caller counts)
TITLE_STOP = regex.compile(r"[()。！？!?:]")

# --- the notice (GB/T 9704) --------------------------------------------------------
# 发文字号: 国办发〔2018〕128号, 济政办字[2022]15号, 穗卫函〔2023〕1930号; not a date
# (a 代字 may hold an office in brackets: 鲁密办(局)函〔2021〕5号)
DOC_NUMBER = regex.compile(
    r"(?P<docno>[\p{Han}A-Z](?:[\p{Han}\w]|\(\p{Han}{1,3}\)){0,15}?\s*[〔\[［【(（]\s*(?:19|20)\d{2}\s*[〕\]］】)）]\s*第?\s*\d{1,5}\s*号)"
)
# a Han character (where a 文号 runs on into the 主送: 财库〔2019〕38号|各中央预算单位)
HAN_START = regex.compile(r"\p{Han}")
# the year's bracket of a 文号: 〔2021〕 (2020) ; not the (局) of its 代字
DOC_NUMBER_YEAR = regex.compile(r"[〔\[［【(（]\s*(?:19|20)\d{2}")
# an urgency mark of the 版头, run into the 文号 in a flattened head: 加急|办值通(2020)638号
# (family: a telegram head, 等级特急·明电鲁办发电〔2022〕20号: the 紧急程度 and the 明电/密电 of its
# transmission run into the 代字; not 明电 inside a 代字, 鲁政办发明电〔2021〕1号)
URGENCY = regex.compile(r"(?:特急|加急|平急|特提)(?:\s*[·.,]?\s*(?:明电|密电))?|明电|密电")
# family: a telegram head's 机要 number (the province's one-character 代字) after its 文号, before
# the title: 鲁机发454号, 鲁机发号 (its number lost) ; not a 文号 (no year in brackets)
TELEGRAM_NUMBER = regex.compile(r"\p{Han}机发\s*\d{0,6}\s*号")
# where an authority's name ends, before the 代字 of its 发文字号 run together with it in a
# flattened head: 山东省交通运输厅|鲁交城市函（2020）39号, …部门文件|设备输电〔2021〕14号
ORG_NAME_END = regex.compile(r"(?:厅|局|委|府|室|司|部|院|会|处|组|中心|文件)$")
# family: the 版头's marks above the title: 份号 (000123), 密级 (机密★1年), 紧急程度 (特急), and an
# enterprise's 内部事项 / 普通事项 ; not a title, not a 2022 alone (a year)
HEAD_MARK = regex.compile(
    r"^(?:\d{5,8}|(?:秘密|机密|绝密)(?:\s*[★*]\s*\S{0,8})?|特急|加急|平急|特提|(?:内部|普通|重要)事项"
    + r"|" + TELEGRAM_NUMBER.pattern  # family: a telegram head, its 机要 number (鲁机发454号)
    + r"|.{0,60}?(?:特急|加急|平急|特提)\s*[·.,]?\s*(?:明电|密电))$"  # and its 发电单位…等级特急,明电 line
)
# the 文件 that closes an issuer mark (济南市人民政府办公厅文件), and its spaces
MARK_END = regex.compile(r"\s*文\s*件\s*$")
# an authority's name ends so: 教育部, 国家发展改革委, 济南市人民政府办公厅, 山东省扶贫开发领导小组 ;
# not …公司部门, 内部事项
AUTHORITY_END = regex.compile(r"(?:厅|局|委|府|室|司|部|院|会|署|办|中心|政府|公司|集团|银行|小组)$")
# 发文机关标志 of the 版头: XX市人民政府办公室文件 / 中共XX市委 XX市人民政府文件
ISSUER_MARK = regex.compile(r"^(?P<issuer>[\p{Han}A-Za-z\s]{2,60}?)\s*文件$")
# a 发文字号 line of the 版头, maybe with the 签发人 beside it: 鲁政发〔2022〕3号　　签发人：XXX
DOC_NUMBER_LINE = regex.compile(DOC_NUMBER.pattern.replace("(?P<docno>", "^\\s*(?P<docno>", 1)
                                + r"\s*(?:签发人\s*:\s*(?P<signer>.{1,20}))?\s*$")
# family: export copies and city gazettes. The 发文字号 in brackets on its own line under the title,
# maybe with the date and the issuer of its publication: (鲁政办发〔2022〕7号),
# (2023年1月30日苏州市人民政府苏府规字〔2023〕1号文发布) ; not (2022—2025年), not (此件公开发布)
BRACKETED_DOC_NUMBER_LINE = regex.compile(
    r"^\(\s*(?:(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)?\s*(?P<by>\p{Han}{2,30}?(?:政府|办公厅|办公室|委员会|厅|局|委|部|院))?"
    + DOC_NUMBER.pattern + r"\s*(?:文)?\s*(?:发布|印发)?\s*\)$"
)
# family: notices signed with the date alone (the seal and name are an image the copy lost).
# The authority that opens the title: 济源产城融合示范区管理委员会关于印发…的通知,
# 国务院办公厅关于… ; not 广州市卫生健康委等4部门关于 (several: their names are elsewhere),
# not 关于… (no name), not 市政府印发关于… (印发 stands between)
TITLE_ISSUER = regex.compile(
    r"^(?P<issuer>\p{Han}{2,40}?(?:人民政府|政府|办公厅|办公室|委员会|管委会|厅|局|委|部|院|署|中心))关于"
)
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
CONTENTS_TAIL = regex.compile(r"[\s.…·．-]*[-一]?\s*\d{0,4}\s*[-一]?$")
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
ISSUES_VERB = regex.compile(rf"(?:印发|转发|发布|颁布)(?P<t>.{{2,80}}?)的(?:{ISSUING_KINDS})$")
# a plan's period in its title: (2022-2025年) / （2021—2025年）
PERIOD = regex.compile(r"(?P<a>(?:19|20)\d{2})\s*[-—–~至到]\s*(?P<b>(?:19|20)\d{2})\s*年")
# 主送机关: a line ending with a colon, names separated by ，
# (groups of them may be set apart by ；: 各县级市(区)人民政府,苏州工业园区管委会;市各委办局,各直属单位:)
ADDRESSEES = regex.compile(r"^(?P<names>[^。]{2,200}?)[:]$")
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
    "发布单位", "层级", "类型", "状态", "官方链接",  # a Markdown copy's front matter
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
# family: page leftovers at the end of a copied web page, from here to the end: 解读：…,
# 相关解读：, 政策解读：https://…, 相关链接, 一图读懂：, 责任编辑：, 字号：大 中 小, 打印本页,
# 关闭窗口, 打印关闭分享到：, 扫一扫在手机打开当前页 ; not 解读《…》 (a title), not 咨询电话 (a 附注)
PAGE_TRAILER = regex.compile(
    r"^(?:(?:(?:相关|政策|图文|视频)?解读|相关链接|一图读懂|责任编辑|分享到|【?字号)\s*:"
    r"|(?:相关链接|相关解读)$|字号\s*:?\s*大\s*中\s*小|打印本页|关闭窗口|打印\s*关闭|扫一扫在手机)"
)
# the page's 咨询电话 at its end (after the last item); right under the date it is the notice's 附注
CONSULT_LINE = regex.compile(r"^咨询电话\s*:")
# family: joint issuers run together (中共山东省委办公厅|山东省人民政府办公厅): where an authority's
# name ends (办公厅, 委员会, 局 …) and the next begins (中共, 国家, 共青团, XX省, XX市 …) ;
# not 中共山东省委|办公厅 (no new name begins), not 国家电网有限公司|疫情防控专项工作组,
# not 中央纪委|国家监委驻…纪检监察组 (one body 驻 in another)
JOINT_ISSUER_CUT = regex.compile(
    r"(?<=办公厅|办公室|委员会|人民政府|厅|局|部|署|委|院)"
    r"(?!\p{Han}*驻)(?=中共|中国|国家|国务院|共青团|\p{Han}{2,3}(?:省|市|自治区)(?!委|政府|人民政府$)\p{Han}{2,})"
)
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
# a label that may stand glued to the name before it (…公司配合单位： / …公司完成时限：): one that ends
# in its owner word or is a completion time; not 牵头： or 责任： alone
GLUED_LABEL = regex.compile(r".+(?:单位|部门|时限|时间|期限)$")
# family: work plans (enterprise 工作方案, one-line copies) that open a measure's sentence with its
# units outside brackets: 国网客服中心牵头，山东、江苏公司配合，3月底前完成… / 由国网龙岩供电公司牵头，组织…
# Matches only at a sentence's start, the lead's names alone before 牵头 and the support's alone
# before 配合/参与; not 支持龙头企业牵头组建… (牵头 closes no part) nor 各机构由同级民政部门牵头.
SENTENCE_LEAD = regex.compile(
    r"(?:^|(?<=[。;]))\s*由?(?P<lead>[^,;:。()\[\]由]{2,60}?)(?:牵头负责|牵头)(?=[,;。])"
    r"(?:,(?P<support>[^,;:。()\[\]]{2,80}?)(?:等?(?:单位|部门)?)(?:共同|协同|密切)?(?:配合|参与|协助)(?=[,;。]|$))?"
)
# a name before others that share the last one's ending: 山东 in 山东、江苏公司 (a place of 2–3
# characters); not a phrase (做好宣传)
ELIDED_NAME = regex.compile(r"\p{Han}{2,3}")
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
# 排名第一的为牵头单位 / 列在首位的部门为牵头部门; not 第一位 in a sentence about something else
LEAD_FIRST_RULE = regex.compile(
    r"(?:列|排)(?:在|名|于)?\s*(?:第一位|首位|第一)(?:者|的)?(?:单位|部门)?(?:为|是)\s*牵头(?:单位|部门)"
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
# 市发展改革委为总牵头单位 / 由市工信局作为牵头单位 / 省发展改革委和省林业局为全省国有林场电网改造的
# 总牵头单位 (family: provincial 通知 that name the lead of a programme in its 组织保障); not 为牵头单位的
PROSE_LEAD = regex.compile(
    r"^(?:由)?(?P<names>\p{Han}[\p{Han}、和及]{1,40}?)(?:为|作为|是)(?:[\p{Han}“”]{2,30}的)?(?:总)?牵头(?:单位|部门)(?!的)")
# a duty list: （一）市工信局：负责… (the item's heading is a unit and a colon)
# (a unit may carry its short name in brackets, 市委文明办(创城办)：; family: 方案 whose 职责分工 lists
# each unit's duties, bulk b00071, b00097: 国网龙岩供电公司：会同…)
DUTY_HEAD = regex.compile(
    r"^(?P<names>\p{Han}[\p{Han}、]{1,30}?(?:局|委|厅|办|中心|政府|部门|公司|集团|办公室))"
    r"(?:\([\p{Han}“”]{1,12}\))?\s*:")
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
    "个百分点", "千瓦时", "平方公里", "平方米", "立方米", "千瓦", "公里", "千米", "公斤", "千克", "公顷", "美元",
    # family: energy, ports, grain and fleets in plans and work reports: 新增装机200兆瓦, 吞吐量达到130万标箱,
    # 粮食产量稳定在80亿斤以上, 渔船23艘, 人行道贯通25400㎡
    "兆瓦时", "兆瓦", "千伏安", "标准箱", "标箱", "斤", "艘", "㎡",
    "人次", "场次", "户次", "家次", "头",
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
    r"(?P<unit>%|" + "|".join(TARGET_UNITS) + r"|(?P<bw>G|T)(?![-—A-Za-z\d\p{Han}]))"
    r"(?P<per>/(?:年|日|天|小时))?"  # family: a capacity rate, 1.4亿吨/年, 2500吨/日 (the unit keeps its /年)
)
# family: bandwidth, 总带宽达到2800G (a G or T after a number counts only after these words:
# 5G is a technology, 10G—PON a standard)
BANDWIDTH_UNITS = ("G", "T")
BANDWIDTH_CONTEXT = regex.compile(r"带宽|速率|出口|算力")
# family: a magnitude with no measure word, 曝光量上百万 (value 10^6, unit null, >=)
BARE_SCALE = regex.compile(r"(?P<n>上)(?P<scale>百万|千万|万|亿)(?![\p{Han}\d])")
# Chinese numerals in a number's place: 百分之三十, 两万, 一万五千 (never a lone 百/千/万: 百名专家 is a name)
CN_TARGET_NUMBER = regex.compile(
    r"(?<!第)(?P<pct>百分之)?(?P<cn>[一二三四五六七八九两][〇零一二三四五六七八九十百千万亿两]*)"
    r"(?P<unit>%|" + "|".join(TARGET_UNITS) + r")?"
)
# a unit followed by these is a word, not a measure: 人才 人员 名称 支持 场所 项目 家庭 个人 个工作日 …
NOT_MEASURE = regex.compile(
    r"(?:人才|人员|人民|人口|人群|名称|名单|名录|名牌|支持|支撑|支付|所有|所在|所属|场所|场景|场地|项目|家庭|家长|家属|"
    r"个人|个体|个性|套餐|间接|条件|条例|部门|部署|件事|批次|期间|期限|期末|门槛|种类|倍增|"
    r"处置|处理|处罚|处分|"  # family: section numbers run into a heading, 5.3处置 (处 of 处置)
    r"个?(?:工作日|月|小时|季度|年度|年|日|天|周|星期))"
)
# anything a target could be written with (a quick test before the real search)
# (not a lone 一…九: 进一步, 统一, 一批 are words; a lone 一个 counts only beside a digit, and every
# other Chinese numeral target holds 十 百 千 万 亿 (三十, 两万, 百分之) or 翻 (翻一番))
ANY_NUMBER = regex.compile(r"[0-9十百千万亿翻]")
ANY_CN_MARK = regex.compile(r"[十百千万亿翻]")
# what each number form needs: TARGET_NUMBER a digit; CN_TARGET_NUMBER and DOUBLING a numeral
ANY_DIGIT = regex.compile(r"[0-9]")
ANY_BARE_SCALE = regex.compile(r"上[百千万亿]")
ANY_CN_NUMERAL = regex.compile(r"[一二三四五六七八九两]")
# 翻一番 / 翻两番: doubling (2 倍) and quadrupling (4 倍)
DOUBLING = regex.compile(r"翻(?P<n>一|两|二|三)番")
# words before a number that set its comparator (longest first)
COMPARATOR_BEFORE = (  # first found wins: the negated words before the words they contain
    ("≥", ">="), ("≤", "<="), (">=", ">="), ("<=", "<="), (">", ">"), ("<", "<"),  # written as symbols
    ("不少于", ">="), ("不低于", ">="), ("不小于", ">="), ("不超过", "<="), ("不高于", "<="), ("不多于", "<="), ("不大于", "<="),
    ("至少", ">="), ("最少", ">="), ("最多", "<="), ("力争达到", ">="), ("达到", ">="),
    ("提高到", ">="), ("提升到", ">="), ("提升至", ">="), ("提高至", ">="), ("增加到", ">="), ("增至", ">="),
    ("扩充至", ">="), ("达", ">="), ("超过", ">"), ("超", ">"), ("突破", ">"), ("高于", ">"), ("多于", ">"), ("逾", ">"),
    ("控制在", "<="), ("低于", "<"), ("少于", "<"), ("小于", "<"), ("大于", ">"), ("大约", "~"), ("约", "~"),
)
COMPARATOR_AFTER = (("及以上", ">="), ("以上", ">="), ("以下", "<="), ("以内", "<="), ("之内", "<="), ("左右", "~"), ("上下", "~"))
# a size class, not a target: 10亿元以上项目不少于5个, 50亿元以上工业项目45个 (a magnitude with
# 以上/以下 before the noun it qualifies; a count such as 100个以上示范点 is still a target)
# family: a money class right before what it classes: 新增50亿元工业企业1家 (with a later count)
SIZE_CLASS_AFTER = regex.compile(r"\s*(?:(?:及|或)?以[上下](?:的)?(?=\p{Han})|(?=\p{Han}{0,4}(?:企业|项目|园区|集群)))")
COUNT_UNIT_END = "个家所座处项条只批名人户间套台辆次场期部件张支床门种头篇"
# between two numbers of one list: 60个、40个和5个
LIST_GAP = regex.compile(r"\s*(?:、|和|及|与|以及)\s*")
# --- what is not a target (not_target.py) ---
# family: a sentence that sets a policy's parameters, all of its numbers: tax and fee rules
# (减按1%征收率, 税率, 按标准的80%收取), loan and deposit terms (首付, 公积金, 保证金, 额度, 上浮),
# planning norms (容积率, 配建, 配比), procurement shares (政府采购, 预付款), fund allocations
# (专项资金安排14亿元, 设立…母基金), legal limits (不得超过). Not 专项资金 alone (用足用好…专项资金,
# 2023年新增…10家 is a target), not 预留30%的号源 (a quota to reach).
POLICY_SENTENCE = regex.compile(
    r"费率|税率|征收率|预征率|计征|减征|免征|减按|核定征收|减半征收|征收\p{Han}{0,4}税|抵扣|首付|保证金|保函|预售资金"
    r"|容积率|配比|贷款利率|地价款|预付款"
    r"|收取|费标准|额度|上浮|下浮|不得(?:超过|大于|高于|低于|少于)|不应大于|缴存|借款"
)
# family: a clause that grants money (给予…补贴, 奖励2万元): its numbers and those of the clauses
# before it in the sentence (its conditions: 对…同比增速达到10%(含)以上的限上企业，给予…奖励)
GRANT = regex.compile(r"给予|补贴|补助|奖励|奖补|贴息|激励资金|资金支持|可申请|可享受")
# a grant clause that opens with its verb (…的旅行社，给予奖励 / …的企业，一次性奖励600万元): the
# clause before it is its condition, marked or not
GRANT_OPEN = regex.compile(r"\s*(?:分别|一次性|可|再)?(?:给予|奖励|补贴|补助|奖补)")
# a clause that opens a grant's condition: 对符合条件的…, 对于…
CONDITION_OPEN = regex.compile(r"\s*(?:其中|并|同时)?\s*对(?!外|接|标|口|照)")
# a clause that is part of a grant's condition: it ends in 的 (…不足100套的), a number qualifies
# a noun with 的 (组织不少于300人、600人的大型团队), or it states a rate (营业收入每同比增加1000万元)
CONDITION_CLAUSE = regex.compile(r"的\s*$|[\d%]\s*\p{Han}{0,3}(?:\(含\))?的|每(?!年)")
# family: a number inside a 对…的 condition: 对拥有1套住房并已结清相应购房贷款的家庭
CONDITION_OF = regex.compile(r"[^,，;；。]*?的")
# family: a magnitude that classes: 2000万元以上的企业, 10万元以下(含本数)的, 200千瓦及以下采用…
# (after a non-count number; not 100家以上、 or 30%以上。)
THRESHOLD_AFTER = regex.compile(r"\s*(?:\(含[^()]{0,4}\))?\s*(?:及|或)?以[上下]\s*(?:\(含[^()]{0,4}\))?\s*(?:的|(?=[\p{Han}\d]))")
# (a class before a count, too: 3万吨/年及以下8处煤矿)
COUNT_CLASS_AFTER = regex.compile(r"\s*(?:及|或)?以下\s*(?:\(含[^()]{0,4}\))?\s*(?:的|(?=\p{Han}))")
# family: a condition not met: 未达到项目投资额25%的土地, 未超过30万元 ; not 超过400家 (a target)
CONDITION_BEFORE = regex.compile(r"(?:未达到|未超过|未满|不足)\p{Han}{0,8}$")
# family: the share a fee or tax is charged at: 按照税额的50%, 按不超过500元, 按20%的比例
# (ends at the number; not 按期完成, 按照…部署 with no 的/标准 before the number)
APPLIED_RATE_BEFORE = regex.compile(
    r"按照?[^,，;；。]{0,20}?(?:的|标准|比例|不超过|不低于|不高于|不少于)\s*$|按照?\p{Han}{1,6}额\s*$"
    # family: 可按不超过本年度招录计划50%的比例, 按照每千人口不少于10个托位规划 (a rule's rate or norm)
    r"|按照?\s*(?:不超过|不低于|不高于|不少于|每)[^,，;；。]{0,16}$"
)
# family: the size of a designated set pushed on: 加快12个…建设, 推进28个重点产业链,
# 郑州空港型、洛阳生产服务型等10个国家物流枢纽, 等营商环境5项工作
# (the clause's verb is 加快/推进/深化 and no verb of reaching stands between it and the number;
# not 举办…招聘周等60场以上, not 推进…，新建10个)
# the number qualifies what follows it (推进老旧小区改造780个 is a target)
EXISTING_SET_BEFORE = regex.compile(r"(?:加快|推进|深化)(?P<rest>[^,，;；。]*)$")
# family (work reports and plans): the set a plan focuses on, 聚焦19条核心产业链, 围绕…等12条重点产业链;
# not when a verb of doing follows 聚焦/围绕 (围绕供应链设立2至3支基金, 聚焦…每个县区至少落地3个重大项目)
FOCUS_SET_BEFORE = regex.compile(r"(?:聚焦|围绕)(?P<rest>[^,，;；。]*)$")
FOCUS_VERB = regex.compile(r"实施|设立|遴选|落地|推动|建设|开展|发布|组建|谋划|招引|形成|争创|创建|申报|举办")
# family: a generator's or a project's size written before it, naming it: 中广核100兆瓦光伏等并网发电,
# 全球最大18兆瓦直驱海上风电机组 (not 新增可再生能源装机规模822兆瓦，…)
NAMED_CAPACITY_UNITS = ("兆瓦", "兆瓦时", "千瓦", "千伏安")
# (a verb right before the number makes it an amount: 开工建设265万千瓦海上风电项目 is a target)
NAMED_CAPACITY_VERB = regex.compile(r"(?:建设|新建|建成|新增|开工|投产|实施|推动|推进|启动|完成|形成|达到|争取|力争|确保)\s*(?:\d+\s*[×xX*]\s*)?$")
NAMED_CAPACITY_AFTER = regex.compile(
    r"\s*(?:级)?\p{Han}{0,6}?(?:光伏|风电|风机|机组|储能|电站|项目|变电站|主变|水轮机|燃气轮机|海上风|发电)")
NOUN_AFTER = regex.compile(r"\s*(?:以上|余)?\s*[\p{Han}“(（]")
GOAL_VERB = regex.compile(r"建成|新建|新增|培育|达到|打造|完成|实现|力争|争取|确保|引进|举办|开展|创建|认定|组织|累计")
# family: the size class of a batch: 培育一批50万人口的中等城市和20万人以上的现代化小城市
BATCH_BEFORE = regex.compile(r"一批[^,，;；。]*$")
BATCH_CLASS_AFTER = regex.compile(r"\p{Han}{0,2}(?:以[上下])?的")
# family: a size norm per level: 建立不少于100人的市级、不少于50人的县级…救援队伍
LEVEL_NORM_AFTER = regex.compile(r"\s*的\s*[省市县区乡镇村]级")
# family: a count of a past year's batch: 全面完成2022年35个老旧小区改造
YEAR_BEFORE = regex.compile(r"(?P<y>(?:19|20)\d{2})\s*年\s*$")
CATALOGUE_BEFORE = regex.compile(r"\d+\s*(?:类|个方面)\s*$")
# family: a grade written with 级 after the measure: 5万吨级以上干散货泊位, 10万千瓦级机组, 千亿级
# (a class of what follows, not an amount; not 省级, which has no number)
GRADE_AFTER = regex.compile(r"\s*级")
# family: a service radius or circle: 20公里供热半径内, 15分钟健身圈, 2小时航空救援圈 (a norm)
RADIUS_UNITS = ("公里", "千米", "米")
RADIUS_AFTER = regex.compile(r"\p{Han}{0,4}?(?:半径|范围内|服务圈|生活圈|\p{Han}{0,2}圈)")
# family: a count that points at a list given next or before (criteria, items): 至少具备以下1项,
# 具有下列4项, 符合1至3项中一项以上, 其中任何1项 (counts that only identify, not amounts to reach)
LIST_POINTER_BEFORE = regex.compile(
    r"(?:下列|上述|前述|如下|中任何|中任意|[项条款]中|(?:具备|具有|符合|满足|包括|包含|有|选择)\s*以下)\s*$")
# (以下 only after a verb: 3万吨/年及以下8处煤矿 is a class, then a count to reach)
# (not a bare 中: 初中460个, 普通高中2所, 其中50个重点片区 are counts)
# family: a class written as N or more: 4项或4项以上指征, 3个或3个以上关节区 (both numbers)
EITHER_MORE_AFTER = regex.compile(r"\s*或\s*\d+\s*\p{Han}{0,2}以上")
EITHER_MORE_BEFORE = regex.compile(r"\d+\s*\p{Han}{0,2}\s*或\s*$")  # with 以上 after the number (not 3人或5人)
# family: the grades of an 应急预案 by harm done: 造成30人以上死亡, 直接经济损失1亿元以上, 或者
# 50人以上重伤 (the clause names casualties or losses; not 减少死亡人数10%, a goal)
INCIDENT_CLAUSE = regex.compile(r"死亡|重伤|受伤|失踪|中毒|被困|经济损失|紧急转移|疏散")
INCIDENT_CAUSE = regex.compile(r"造成|导致|致使|涉及|危及|直接经济损失|或者?\s*$")
# family: a state stated as it is, not a goal: 全省现有煤炭储备能力1920万吨，其中，政府可调度…420万吨
# (现有/目前已有 opens the clause; not 在现有基础上, 现有效发明专利; a goal verb after it ends the state)
PRESENT_STATE = regex.compile(r"现有(?!基础|水平|标准|政策|条件|效|的)|目前已有|目前共有")
# what ends a state: a verb of change or reaching (将现有金融辅导队数量扩充至200支以上 is a goal)
STATE_GOAL = regex.compile(r"将|把|扩充|扩大|提高|提升|增加|增至|增长|新增|压减|减少|下降|降低|控制在")
# family: a capacity class before what it classes: 2500吨/日的水泥熟料生产线, 30万吨/年磷酸铁锂项目
# (not 新增污水处理能力3万吨/日，… or 1.4亿吨/年以上: an amount to reach)
CAPACITY_CLASS_AFTER = regex.compile(r"\s*的?\s*(?!以上|以下|以内|左右|及以|或以|之内)\p{Han}")
# family: a count that is the subject of an order: 16个设区的市要制定落实方案, 15个特色产业园要扩大增量
# (the number opens its clause; not 新建15个产业园)
SUBJECT_ORDER_AFTER = regex.compile(r"[^,，;；。\d]{1,12}?(?:(?<![主重需只还将])要(?![求素点件闻])|应当|必须|(?<![必无])须)")
# family: a count that identifies a set fixed elsewhere: 将脱贫攻坚期内确定的20个…县, 年初确定的193项
# 重点工作, 涉及55个竞聘岗位, 我区涉及此类整治面积约1068亩 (not 确定20个试点, a count to reach)
IDENTIFIED_BEFORE = regex.compile(r"(?:确定|认定|公布|命名|批复|涉及到?)的\s*$|涉及[^,，;；。\d]{0,10}$")
# family: a remark that the bound is included, 超过50人(含50人), 达到60%以上(含60%): the number again
INCLUSIVE_BEFORE = regex.compile(r"\(\s*含\s*$")
# family: a share of money allocated: 20%用于机构统筹 (not 不低于30%比例专门用于招聘…, a quota)
ALLOCATION_AFTER = regex.compile(r"\s*(?:的\s*)?(?:资金\s*)?用于")
# family: an effect a measure produces, not a goal: 预计…供应保障性住房2000套，产生投资1.5亿元
# (the 2000套 is a target; 带动全年完成工业投资135亿元 too)
FORECAST = regex.compile(r"(?:产生|形成|拉动)(?:投资|消费|效益|产值)\s*$")
# family: money handed out as vouchers or red packets: 发放1000万元体育消费券 (not 100万张…惠民券, a count)
VOUCHER_AFTER = regex.compile(r"[^,，;；。]{0,12}?(?:消费券|红包|使用券)")
# --- what a target measures (its indicator: the words before its number in its clause) ---
# the words that open them without naming anything: 力争, 确保, 其中, and what closes the number
# before (…1.6万人、城镇失业人员再就业2500人: 、 ; 30家以上，…)
INDICATOR_LEAD = regex.compile(
    r"(?:\s|[、，,;；和及与]|以上|以下|以内|左右|余|以及|并且?|同时|其中|即|力争|争取|确保|努力|预期|预计|全年|实现|[底末]?(?:以前|之前|前))*"
)
# the comparator or verb that closes them: 高技能人才总量|达到, 粮食总产量|持续稳定在, 比重|分别达到
INDICATOR_TAIL = regex.compile(
    r"(?:持续|保持|稳定|分别|均|各|同比|年均|平均|力争|争取|确保|累计|总计)*"
    r"(?:达到|达|超过|突破|不少于|不低于|不超过|不高于|不多于|至少|最少|最多|提高到|提高至|提升到|提升至|"
    r"增加到|增至|扩充至|扩充到|扩大到|扩大至|控制在|稳定在|保持在|增长|提高|提升|增加|下降|降低|减少|压减|缩短|"
    r"低于|高于|多于|少于|大约|约|逾|超|近|为|在|了|到|至|是)+\s*$"
)
# the noun after a number, for an indicator that is only a verb: 新设1家担保公司 -> 担保公司 ;
# up to a comma, 、, a verb of a next clause or 20 characters; not the 以上/左右 of the number
INDICATOR_NOUN_AFTER = regex.compile(
    r"\s*(?:及以上|以上|以下|以内|左右|余|多)?\s*(?:的\s*)?(?!左右|以上|以下|以内|上下)(?P<noun>[^,，;；。、:：()（）\d]{1,20}?)(?=[,，;；。、:：()（）\d]|$|以上|左右)"
)
# verbs that make a target a change rather than a level
CHANGE_VERB = regex.compile(r"(?P<verb>增长|提高|提升|增加|下降|降低|减少|压减|缩短|翻)$")
LEVEL_VERB = regex.compile(r"(?P<verb>新增|新建|新设|累计|建成|建设|培育|培养|引进|打造|组织|开展|完成|达到)")
# a parameter, not a target: subsidies, loans, fees, shares of money (in the number's clause)
# (family, in the clause only: fund allocations 专项资金安排14亿元, 设立总规模30亿元的…母基金;
# procurement shares 预留该部分采购项目预算总额的40%以上; 公积金 rules; not 政府采购绿色产品比例达到30%)
PARAMETER_CONTEXT = regex.compile(
    r"补贴|补助|奖励|奖补|贴息|返还|最高|每人|每户|每月|服务费|保险费|收费|费用标准|薪酬|工资|价格|租金|报销|缴纳|缴费|申领|起付|禁止|补偿|(?:发放|补贴|奖励|资助|收费)标准"
    r"|给予|比例支付|支付比例|准入"
    r"|罚款|罚金|配建"  # fines (并处5万元以上20万元以下的罚款), building norms (可按1泊/100平方米进行配建)
    r"|资金安排|母基金|(?:设立|组建)\p{Han}{0,12}基金|采购项目|预留份额|预留\p{Han}{0,12}采购|采购\p{Han}{0,12}预留"
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

# an unnumbered heading line: short, no sentence punctuation (2023年工作回顾, 2024年工作安排);
# not 2023年，是…开局之年 nor 各位代表：
STANDALONE_HEADING = regex.compile(r"[^。，,；;：:！!？?]{2,24}")
# a document of statistics (统计公报): its numbers are results, none is a target
# (family: the bulletin's title, or its joint issuers on the first line when the title is missing:
# 万载县统计局    国家统计局万载调查队)
STATISTICS_DOCUMENT = regex.compile(r"统计公报|统计局.{0,20}调查队")
# a recurrence that governs a due date in its sentence: 每年…5月底前 is every year's, not this year's
RECURRING = regex.compile(r"每(?:年|两年|半年|季度?|月|周)")

# A year a number is measured against, not by: 较2019年增长, 比2020年底, 自2017年以来,
# 是2019年的113.7%, 与2020年相比.  BEFORE is matched on the text just before the year,
# AFTER at its end.
# (family: an as-of date, 截至2022年底全市已建成… / 政策受理期限截至2022年12月31日)
BASELINE_BEFORE = regex.compile(r"(?:较|比|相比|同比|自|从|与|对比|相对于?|截至|截止到?)\s*(?:于\s*)?$")
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
    r"(?:用|利用|经过|在)?\s*(?<![\d.])(?<!毕业|成立|注册|离校|设立|工作|缴纳)(?:(?P<a>\d{1,2})\s*[-—–~～至到]\s*)?(?P<n>\d{1,2}|[一二三四五六七八九十两])\s*年"
    r"(?:左右)?\s*(?:(?:的)?时间(?:内)?|内|之内)"
)
# this year / next year, from the notice's date: 年内, 今年, 当年, 明年 (not 2022年内, 一年内: a number before)
# family: a yearly work plan's 全年完成… / 全年举办… (the notice's year; not 2022年全年: a year before)
DEADLINE_THIS_YEAR = regex.compile(r"(?<![\d年一二三四五六七八九十两])(?P<w>年内|今年|当年|本年度|本年|明年|年底|年末|全年)")
# anything a period phrase is written with: every deadline pattern needs 年, 月 or 十 (十四五)
ANY_PERIOD = regex.compile(r"[年月十]")
# what may stand before a period phrase that opens a paragraph: 到2020年， / 力争到2025年：
OPENING_LEAD = regex.compile(r"\s*(?:力争|争取|确保|计划)?\s*(?:到|至|在)?\s*")
# a window's end: 自2022年第二季度起至2023年6月底 (the item's measures hold for it)
WINDOW_BEFORE = regex.compile(r"自[^。;；]{0,20}起\s*(?:至|到)\s*$")
# family: the lead of a list, 主要目标是，到2023年： then 1.… / ——… (its period governs the list)
LIST_LEAD = regex.compile(r"[:：]\s*$")
# a start year for spans when the notice has no date: 2012年起
START_YEAR = regex.compile(r"(?P<y>(?:19|20)\d{2})\s*年\s*起")
# a year the text names: 2023年, 2023深圳购物季 (not 12000, 20230101: digits around it)
# (not 2000亩, 2000万元: a number before its measure word)
YEAR_NAMED = regex.compile(r"(?<![\d.])((?:19|20)\d{2})(?=\s*年|(?![万亿千百余多元个家人名亩吨户项所座套台米公平立美头条次场批件张部])\p{Han})")
ANNUAL = regex.compile(r"每年|逐年|每一年")
ONGOING = regex.compile(r"长期坚持|持续推进|常态化")
# sentence and clause boundaries for deadlines
SENTENCE_SPLIT = regex.compile(r"[。！？!?;\n]")
SEGMENT_SPLIT = regex.compile(r"[,，:：]")
# spans to hide from the number finder: “names and slogans”, 《titles》, 〔2022〕 years
ANY_MASKED = regex.compile(r"[“\"《〔\[]")
MASKED = regex.compile(r"“[^“”\n]{0,30}”|\"[^\"\n]{0,30}\"|《[^《》\n]{0,80}》|〔[^〔〕\n]{0,8}〕|\[\d{4}\]")
