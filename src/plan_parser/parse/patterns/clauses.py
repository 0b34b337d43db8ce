"""Patterns of the clauses stage (clauses.py, prose.py, division.py): roles, clause forms, unit names."""
from __future__ import annotations

from .. import lazy_regex as regex  # patterns compiled on first use, not at import

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
    ("协助", "support"), ("协同", "support"), ("协作", "support"), ("指导", "guide"), ("督办", "guide"),
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
    rf"""
    (?P<label>
        (?:主要)?责任{_OWNER}                # 责任单位, 主要责任单位 (责任： alone too)
      | 牵头(?:考核|责任)?{_OWNER}           # 牵头单位, 牵头考核单位, 牵头：
      | 配合{_OWNER}|参与{_OWNER}|协办{_OWNER}|协助{_OWNER}  # the support's labels
      | 协同(?:单位|部门|处室)|协作(?:单位|部门|处室)  # family: the support label in its other words, 牵头单位：…；
                                            # 协同单位：… / 协作部门：… (an owner word needed: a bare 协同： is no label)
      | 主办(?:单位|部门)|承办(?:单位|部门)|负责(?:单位|部门|处室)|主责(?:单位|部门)|指导(?:单位|部门)
      | 督办(?:单位|部门)|实施(?:单位|部门|主体)|落实(?:单位|部门)
      | (?:属地|监管|主体|行业)责任           # Tibet's label lines: 属地责任：
      | 责任领导                             # the official in charge (NON_UNIT_LABELS)
      | 完成(?:时限|时间)|时间(?:节点|要求)|完成期限  # a completion time (NON_UNIT_LABELS)
    )
    \s*[:]                                  # and its colon (not 主要内容：, not a word in a sentence)
    """,
    regex.X,
)
# a label that may stand glued to the name before it (…公司配合单位： / …公司完成时限：): one that ends
# in its owner word or is a completion time; not 牵头： or 责任： alone
GLUED_LABEL = regex.compile(r".+(?:单位|部门|时限|时间|期限)$")
# family: work plans (enterprise 工作方案, one-line copies) that open a measure's sentence with its
# units outside brackets: 国网客服中心牵头，山东、江苏公司配合，3月底前完成… / 由国网龙岩供电公司牵头，组织…
# Matches only at a sentence's start, the lead's names alone before 牵头 and the support's alone
# before 配合/参与; not 支持龙头企业牵头组建… (牵头 closes no part) nor 各机构由同级民政部门牵头.
SENTENCE_LEAD = regex.compile(
    r"""
    (?:^|(?<=[。;]))\s*                         # at a sentence's start only
    由?(?P<lead>[^,;:。()\[\]由]{2,60}?)         # the lead's names alone: 国网客服中心, 由国网龙岩供电公司
    (?:牵头负责|牵头)(?=[,;。])                  # 牵头 closing its part (not 支持龙头企业牵头组建…)
    (?:
        ,(?P<support>[^,;:。()\[\]]{2,80}?)      # the support's names: 山东、江苏公司
        (?:等?(?:单位|部门)?)                    # 等单位
        (?:共同|协同|密切)?(?:配合|参与|协助)     # 配合 closing its part
        (?=[,;。]|$)
    )?
    """,
    regex.X,
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
    r"""
    (?P<q>
        (?:按照?|根据|依)(?:各自)?(?:职能|职责)(?:分工)?(?:负责|落实)  # 按职责分工负责, 根据各自职能落实
      | (?:各自)?(?:职能|职责)?分工(?:负责|落实)                    # 职责分工负责, 分工落实
      | 分别负责|各负其责|共同负责|负责落实|具体负责
      | 负责|落实                                                 # a bare 负责 / 落实 closing the clause
    )$
    """,
    regex.X,
)
# a completion time inside a clause: 2023年底前完成 / 6月底完成 / 长期坚持 (not a unit's name)
DEADLINE_PHRASE = regex.compile(
    r"""
        \d{4}\s*年|\d{1,2}\s*月          # 2023年底前完成, 6月底完成
      | 年底|年内|月底|[底末]前|前完成
      | 长期坚持|持续推进|长期|持续       # an ongoing time
    """,
    regex.X,
)
# a trailing 等 / 等单位 / 等有关部门和单位 after the last name
TRAILING_ETC = regex.compile(r"等(?:有关|相关|其他)?(?:部门|单位|机构|部门和单位|部门单位|成员单位)?$")
# family: national plans that join ministries and local governments: 工业和信息化部等和各有关地方人民政府负责
# 等 between two names (A等 and B: two units)
ETC_JOIN = regex.compile(
    r"""
    等(?:有关|相关)?(?:部门|单位)?   # 等, 等有关部门
    (?:和|及|与|以及)(?=\p{Han})      # then a conjunction and the next name: 工业和信息化部等和各有关地方人民政府
    """,
    regex.X,
)
# standing rules (family: national and provincial plans that set roles once for all their clauses):
# the first unit of every later clause leads: 列第一位者为牵头单位，下同 / 排在首位的单位为牵头单位 /
# 排名第一的为牵头单位 / 列在首位的部门为牵头部门; not 第一位 in a sentence about something else
LEAD_FIRST_RULE = regex.compile(
    r"""
    (?:列|排)(?:在|名|于)?                 # 列, 排在, 排名, 列于
    \s*(?:第一位|首位|第一)                # 第一位, 首位
    (?:者|的)?(?:单位|部门)?               # 者, 的单位
    (?:为|是)\s*牵头(?:单位|部门)           # 为牵头单位 (not 第一位 in a sentence about something else)
    """,
    regex.X,
)
# the units that answer for every later task in the rule's scope: 以下均需各市党委、政府落实，不再列出 /
# 以下政策均需各县级市<区>政府<管委会>落实,不再单独列出 / 以下各项任务均需各市党委、政府落实
# (family: provincial measures that name the local governments once); group "names" holds them
# (names may hold commas: 以下均需各园区管委会,各镇(街)人民政府(办事处)落实,不再列出)
STANDING_UNITS = regex.compile(
    r"""
    以下(?:各项)?(?:政策|措施|任务|工作)?     # 以下, 以下各项任务, 以下政策
    均(?:需|由|须)                          # 均需
    (?P<names>[^。]{2,80}?)                 # the units: 各市党委、政府 (commas too)
    (?:负责)?落实                           # 落实
    (?:\s*,?\s*不再(?:单独|一一)?列出)?       # ，不再单独列出
    """,
    regex.X,
)
# family: provincial measures that scope their clauses in a remark.
# a remark inside a clause that names no unit: 以下除注明仅适用于试点地区的措施外，适用范围均为全省 /
# 下同 / 含开发区 (as an aside in 〈〉)
CLAUSE_REMARK = regex.compile(r"^(?:以下|下同|除注明|适用范围|本条|本项)")
# family: Wuhan-style clauses that say once what a collective covers.
# an aside in inner brackets after a collective: 各区人民政府〈含开发区、长江新区、风景区管委会，下同〉
# (dropped from the name); not 市住建局〈市人防办〉 (a unit's second name, kept)
NAME_ASIDE = regex.compile(
    r"""
    [〈‹<]\s*(?:含|包括|下同)    # an aside that says what a collective covers: 〈含开发区…
    [^〈〉‹›<>]*[〉›>]$           # … to its closing bracket at the name's end (not 〈市人防办〉: no 含)
    """,
    regex.X,
)
# units written in prose (family: 办法 and 实施方案 that give each department its duty in a
# sentence; read only where a task has no clause, source "prose"), each on one sentence part:
# 发展改革部门负责统筹…， / 省教育厅负责指导… / 由市商务局牵头负责… ; not 各地要负责… (no unit),
# not 由企业自主负责 (no authority: the names must read like units)
# family: 通知 and 办法 that put the matter before 由, 本办法由市卫生健康行政主管部门负责组织实施 /
# 部门管理机构由主管部门负责通知 / 本次督查由各单位宣传部门牵头组织 (the unit is what follows 由; not the
# 由 of 自由贸易试验区), and requests 请国网扶贫办负责协调…
# family: 负责人 / 负责同志 are nouns (the person in charge), not the verb: 组织部、纪委办联合基层相关部门
# 负责人组成考察组 / 所属单位相关部门负责人参加 name no responsible unit
PROSE_DUTY = regex.compile(
    r"""
    ^(?:
        \p{Han}{0,20}?(?<!自)由       # the matter before 由: 本办法由… (not the 由 of 自由贸易试验区)
      | 请                            # a request: 请国网扶贫办负责协调…
    )?
    (?P<names>
        \p{Han}(?:(?!(?<!自)由)[\p{Han}、和及]){1,40}?   # 省教育厅, 发展改革部门 (no 由 inside)
        (?:部门|局|委|厅|办|中心|政府|单位|总社|集团)    # ending like a unit (not 企业: 由企业自主负责)
    )
    (?P<verb>牵头负责|牵头|负责|配合)
    (?!人|同志)                       # not 负责人 / 负责同志 (the person in charge, a noun)
    (?=\p{Han}{2})                    # a duty follows: 负责统筹…
    """,
    regex.X,
)
# a quick test before the prose rules: a paragraph without these words holds none of them
PROSE_HINT = regex.compile(r"负责|牵头|配合|:")
# 市发展改革委为总牵头单位 / 由市工信局作为牵头单位 / 省发展改革委和省林业局为全省国有林场电网改造的
# 总牵头单位 (family: provincial 通知 that name the lead of a programme in its 组织保障); not 为牵头单位的
PROSE_LEAD = regex.compile(
    r"""
    ^(?:由)?(?P<names>\p{Han}[\p{Han}、和及]{1,40}?)  # 市发展改革委, 由市工信局, 省发展改革委和省林业局
    (?:为|作为|是)                                   # 为, 作为
    (?:[\p{Han}“”]{2,30}的)?                         # 全省国有林场电网改造的
    (?:总)?牵头(?:单位|部门)(?!的)                    # 总牵头单位 (not 为牵头单位的)
    """,
    regex.X,
)
# a duty list: （一）市工信局：负责… (the item's heading is a unit and a colon)
# (a unit may carry its short name in brackets, 市委文明办(创城办)：; family: 方案 whose 职责分工 lists
# each unit's duties, bulk b00071, b00097: 国网龙岩供电公司：会同…)
DUTY_HEAD = regex.compile(
    r"""
    ^(?P<names>
        \p{Han}[\p{Han}、]{1,30}?                            # 市工信局, 国网龙岩供电公司
        (?:局|委|厅|办|中心|政府|部门|公司|集团|办公室)        # ending like a unit
    )
    (?:\([\p{Han}“”]{1,12}\))?                               # its short name: 市委文明办(创城办)
    \s*:                                                     # and a colon
    """,
    regex.X,
)
# family: municipal 实施方案 that attach a 任务分工表 (附件2), copied as tab rows, a cell per line or a grid.
# the header cells of an attached 任务分工表 (division.py; the role columns are ROLE_LABELs):
# 序号 / 编号; not 序号 inside a longer cell
DIVISION_NUMBER = regex.compile(r"序号|编号|序")
# the task column: 工作任务 / 重点任务 / 工作事项 / 任务内容 / 具体措施 / 政策措施; not 主要内容 (the text
# under a task: read when no other column names the task)
DIVISION_TASK = regex.compile(
    r"""
        (?:主要|重点|具体|工作|政策|改革)?(?:任务|事项|措施|举措)(?:名称|内容|举措|措施)?  # 重点任务, 任务内容, 政策措施
      | 工作任务(?:及|和)?(?:措施|举措)?                                             # 工作任务及措施
      | 任务分工
      | (?:主要|重点|具体)?工作(?:内容|项目)?                                         # 工作内容 (not 主要内容)
    """,
    regex.X,
)
# the time column: 完成时限 / 完成时间 / 时间节点 / 时限 / 进度安排
DIVISION_TIME = regex.compile(r"完成(?:时限|时间|期限)|时间(?:节点|要求|安排)?|时限|进度安排")
# a grid row: cells between bars, | 1 | 任务 | 市发改委 | or │1│任务│市发改委│ (two bars at least);
# not a sentence with one | in it
GRID_ROW = regex.compile(
    r"""
    ^\s*[|│┃]            # a bar opens the row
    [^|│┃]*[|│┃]          # a cell and a second bar (not a sentence with one | in it)
    .*[|│┃]?\s*$          # the other cells
    """,
    regex.X,
)
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
    r"""
    (?:
        局|委|部|办|厅|院|会|署|所|站|队|中心|集团|公司|政府|单位|部门|机构  # authorities and bodies
      | 银行|支行|分行|中支|行                     # banks (中支: 人行苏州中支)
      | 处|科|室|组|专班|总社|社|协|联|馆|台|校      # offices, associations, 河南广播电视台, 省图书馆
      | 海关|法院|检察院|党委|团委                  # courts, party organs
      | 街道|乡镇|县|区|市|省|州|盟|旗              # places (tiers)
      | 指挥部|营管部|办事处|工会
      | 委员会|管委会|领导小组|联席会议
      | 各地|各级                                   # collectives
      | 机关                                        # family: 办法 naming organs, 公安机关, 登记管理机关 (bulk b00034)
    )$
    """,
    regex.X,
)
# an administrative tier or a bare organ that continues a collective (各区、县级市 / 各省、自治区、
# 直辖市人民政府 / 各市党委、政府): joined to the 各… before it; never a unit alone. Not 市直各部门
# (a unit of its own).
# family: 各区、县(市)人民政府 (Liaoning, Shenyang), 各县(市、区) (tiers with the tiers they stand for in
# brackets, then an organ)
# a bare tier that shares the organ after it (names.split_names joins it to the next name, whole):
# family: 市、区民政部门负责… / 市、县人民政府 / 省、市有关部门 (bulk b00019, b00020, b00007); alone
# it is no unit. Not 各省 or 县级市 (TIER_ONLY: they continue a 各… collective)
BARE_TIER = regex.compile(r"^(?:省|市|州|县|区|镇|乡)$")
TIER_ONLY = regex.compile(
    r"""
    ^(?:
        (?:
            (?:县级市|自治区|直辖市|自治州|自治县|计划单列市|新疆生产建设兵团)\p{Han}*  # 各省、自治区、直辖市人民政府
          | 县|区|市|镇|乡|街道|乡镇|开发区|功能区|新区                             # 各区、县级市
        )
        (?:[(\[〈][\p{Han}、]{1,10}[)\]〉])?      # the tiers it stands for: 县(市、区)
        (?:(?:人民)?政府|党委|管委会)?            # then an organ: 县(市)人民政府
      | (?:人民)?政府|党委|党组|管委会            # a bare organ: 各市党委、政府
    )$
    """,
    regex.X,
)
# what no unit's name holds: a colon (a run-on label: 咨询热线：…), a telephone or other
# long number, a URL (a web page's footer is not a clause)
# (family: municipal measures naming the 12345 hotline office: 市民服务热线办公室 is a unit, 热线/电话
# before 办公室/中心 is part of a name)
NOT_A_NAME = regex.compile(
    r"""
        :                       # a run-on label: 咨询热线：…
      | \d{3,}                  # a telephone or other long number
      | https?|www\.            # a URL: a web page's footer
      | (?:热线|电话)(?!\p{Han}{0,4}(?:办公室|中心|办))  # 热线, 电话; not 市民服务热线办公室 (a unit)
    """,
    regex.X,
)
# generic words that are no unit on their own (the tail of 各有关部门和单位)
GENERIC_UNIT = regex.compile(r"^(?:等|单位|部门|机构|部门单位)$")

# family: 办法 and 条例 that say who answers for each matter at the end of its part (source prose):
# （一）户籍登记数据，由公安机关负责； / 卫生健康数据，由卫生健康主管部门、乡镇人民政府、街道办事处负责；
# (bulk b00034, 11 items). PROSE_DUTY takes 负责 only with its duty after it (由X负责组织实施); here the
# part ends at 负责. Not 由你单位全部负责 (the addressee), not 由企业自主负责 (the names must read like
# units: prose.py), not 由有权机关对直接负责的主管人员… (负责 does not close the part).
PROSE_BY = regex.compile(
    r"""
    ^由                                          # the part opens with 由 (the matter stands before it)
    (?P<names>(?![你我其该本])\p{Han}[\p{Han}、和及]{1,40}?)  # 公安机关 / 民政部门、乡镇人民政府
    (?P<verb>牵头负责|负责)$                     # closing the part
    """,
    regex.X,
)

# family: a 分工表 of one cell a line (division.py): a section row between its rows, 二、提振餐饮消费 /
# (二)扩大汽车消费; not a cell (a task's text opens with no such marker)
SECTION_ROW = regex.compile(r"(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\))")
