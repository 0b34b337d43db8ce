"""Patterns of the targets stage (numbers, targets, not_target, deadlines): numbers, periods, not-targets."""
from __future__ import annotations

from .. import lazy_regex as regex  # patterns compiled on first use, not at import

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
    # family: fixtures counted by 具 in safety plans: 补建市政消火栓169具 (after 家, so 100家具企业 stays 家)
    "具",
    # family: work reports' farm, forest, land and fund counts: 出栏家禽2350万羽, 义务植树300万株以上,
    # 完成生态产品收储1000宗, 盘活闲置农房1000幢以上, 新设产业基金15只, 100吉瓦切片 (bulk b00132, b00139,
    # b00103, b00149, b00150, b00105); not 只有/只能, 宗旨, 株洲 (NOT_MEASURE)
    "吉瓦", "羽", "株", "宗", "栋", "幢", "只",
)
# a number: 400 / 1.5 / 1,000 / 3—5 / 3至5 (a range), then a scale (万 亿), 余/多 (more than),
# then a unit or %.
# Not 2022年, 5G, 第二批, 〔2022〕15号, 121人才 (人 of 人才), 15个工作日 (a time limit).
_UNITS = "|".join(TARGET_UNITS)  # no space and no '#': safe inside a verbose pattern
_NUMBER_REST = rf"""
    (?:,\d{{3}})*(?:\.\d+)?)          # 400 / 1,000 / 1.5 (the rest of group a)
    (?:                                 # a range: 3—5个, 5%—8%, 3至5个
        \s*%?\s*(?P<range>[-—–~～至到])
        \s*(?P<b>\d+(?:\.\d+)?)
    )?
    \s*(?P<scale>万亿|千万|百万|万|亿)?  # a scale: 1.5万, 30亿
    (?P<more>余|多)?                     # more than: 100余家, 20多个
    (?P<unit>
        %
      | {_UNITS}                        # a measure word, longest first (TARGET_UNITS)
      | (?P<bw>G|T)(?![-—A-Za-z\d\p{{Han}}])  # bandwidth, 2800G; not 5G, 10G—PON
    )
    (?P<per>/(?:年|日|天|小时))?          # family: a capacity rate, 1.4亿吨/年, 2500吨/日 (the unit keeps its /年)
    """
TARGET_NUMBER = regex.compile(
    rf"""
    (?<![\d.A-Za-z第])                  # not inside a number or a code (2.5, A1), not 第二批
    (?<!第[\d、,和及]+)                  # not an item of a numbered list: 第2、4、5项
    (?P<a>\d+{_NUMBER_REST}""",
    regex.X,
)
# TARGET_NUMBER without its look-behind of varying width (第2、4、5项), and opening with its first
# digit (so that re's search skips to a digit at once): what numbers._arabic reads by re
# (lazy_regex.twin), asking regex's TARGET_NUMBER only where a match follows 第 and 、,和及.
# Matches as TARGET_NUMBER does wherever no 第 stands before it (tests/test_targets_numbers_fast.py).
TARGET_NUMBER_FROM_DIGIT = regex.compile(
    rf"""
    (?P<a>\d(?<![\d.A-Za-z第]\d)\d*     # a digit, not inside a number or a code (2.5, A1), not 第二批
    {_NUMBER_REST}""",
    regex.X,
)
# a quick test for TARGET_NUMBER (numbers.may_read), looser than it (no look-behind, no look-ahead after
# G or T): a digit, then only what may stand between it and the measure word (digits , . spaces % a
# range's dash or 至/到, a scale 万亿千百, 余/多), then the measure word, %, G or T (looked for only
# where one of them starts). A text with no match of this holds no match of TARGET_NUMBER (2023年,
# 第3条 hold none of either).
_UNIT_FIRSTS = "".join(sorted({unit[0] for unit in TARGET_UNITS} | set("%GT")))
TARGET_NUMBER_LOOSE = regex.compile(rf"\d[\d,.%\s\-—–~～至到万亿千百余多]*(?=[{_UNIT_FIRSTS}])(?:%|{_UNITS}|G|T)")
# the same for a Chinese numeral with its measure word or 百分之, as numbers._cn_numbers reads one
# (CN_TARGET_NUMBER's match with a unit or pct): 三十个, 两万人, 百分之 (not 统一, 进一步: no measure word)
CN_COUNTED_LOOSE = regex.compile(rf"百分之|[一二三四五六七八九两][〇零一二三四五六七八九十百千万亿两]*(?:%|{_UNITS})")
# family: bandwidth, 总带宽达到2800G (a G or T after a number counts only after these words:
# 5G is a technology, 10G—PON a standard)
BANDWIDTH_UNITS = ("G", "T")
BANDWIDTH_CONTEXT = regex.compile(r"带宽|速率|出口|算力")
# family: a magnitude with no measure word, 曝光量上百万 (value 10^6, unit null, >=)
BARE_SCALE = regex.compile(
    r"""
    (?P<n>上)(?P<scale>百万|千万|万|亿)   # 上百万, 上亿
    (?![\p{Han}\d])                      # and no more: not 上万元 (a measure word follows)
    """,
    regex.X,
)
# Chinese numerals in a number's place: 百分之三十, 两万, 一万五千 (never a lone 百/千/万: 百名专家 is a name)
CN_TARGET_NUMBER = regex.compile(
    rf"""
    (?<!第)                                              # not an ordinal: 第三批
    (?P<pct>百分之)?                                      # a share: 百分之三十
    (?P<cn>[一二三四五六七八九两][〇零一二三四五六七八九十百千万亿两]*)  # 两万, 一万五千; a digit first, never a lone 百/千/万
    (?P<unit>%|{_UNITS})?                                # a measure word (TARGET_UNITS)
    """,
    regex.X,
)
# a unit followed by these is a word, not a measure: 人才 人员 名称 支持 场所 项目 家庭 个人 个工作日 …
NOT_MEASURE = regex.compile(
    r"""
    (?:
        人才|人员|人民|人口|人群          # 人 of a word: 121人才
      | 名称|名单|名录|名牌
      | 支持|支撑|支付
      | 所有|所在|所属
      | 场所|场景|场地
      | 项目
      | 家庭|家长|家属
      | 个人|个体|个性
      | 套餐|间接|条件|条例|部门|部署|件事|批次|期间|期限|期末|门槛|种类|倍增
      | 处置|处理|处罚|处分              # family: section numbers run into a heading, 5.3处置 (处 of 处置)
      | 只有|只能|只要|只是|只需|宗旨|宗教|株洲|栋梁  # (the measure words 只 宗 株 栋 of a word)
      | 个?(?:工作日|月|小时|季度|年度|年|日|天|周|星期)  # a time limit: 15个工作日, 3个月
    )
    """,
    regex.X,
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
SIZE_CLASS_AFTER = regex.compile(
    r"""
    \s*
    (?:
        (?:及|或)?以[上下](?:的)?(?=\p{Han})         # 10亿元以上项目, 50亿元以上的
      | (?=\p{Han}{0,4}(?:企业|项目|园区|集群))      # 新增50亿元工业企业 (what it classes follows)
    )
    """,
    regex.X,
)
COUNT_UNIT_END = "个家所座处项条只批名人户间套台辆次场期部件张支床门种头篇具羽株宗栋幢"
# between two numbers of one list: 60个、40个和5个
LIST_GAP = regex.compile(r"\s*(?:、|和|及|与|以及)\s*")
# family: 分别 and its verb right before a list's first number, in its clause (searched up to the
# number): 分别增长30%、15%以上 / 分别稳定在80%、85% / 分别完成投资1500亿元、870亿元以上.
# Not 分别 in an earlier clause (分别召开…，新增10家、20家以上).
RESPECTIVELY_BEFORE = regex.compile(r"分别[^，。；,;：:]*$")
# --- what is not a target (not_target.py) ---
# family: a sentence that sets a policy's parameters, all of its numbers: tax and fee rules
# (减按1%征收率, 税率, 按标准的80%收取), loan and deposit terms (首付, 公积金, 保证金, 额度, 上浮),
# planning norms (容积率, 配建, 配比), procurement shares (政府采购, 预付款), fund allocations
# (专项资金安排14亿元, 设立…母基金), legal limits (不得超过). Not 专项资金 alone (用足用好…专项资金,
# 2023年新增…10家 is a target), not 预留30%的号源 (a quota to reach).
# family: a definition sentence, 工业园区是指…，…年综合能耗原则上应不小于5万吨 / 港澳青年创业团队是指…比例达
# 30%以上的团队: its numbers say what qualifies, not what to reach.  Not a quoted code being explained,
# “20”是指…特色园20座 (the quote is masked to □ before this is matched).
DEFINITION = regex.compile(r"(?<![□”\"])是指")
POLICY_SENTENCE = regex.compile(
    r"""
        费率|税率|征收率|预征率|计征|减征|免征|减按|核定征收|减半征收|征收\p{Han}{0,4}税|抵扣  # taxes and fees
      | 首付|保证金|保函|预售资金                # loan and deposit terms
      | 容积率|配比                              # planning norms
      | 贷款利率|地价款|预付款
      | 收取|费标准|额度|上浮|下浮
      | 不得(?:超过|大于|高于|低于|少于)|不应大于  # legal limits
      | 缴存|借款                                # 公积金 rules
    """,
    regex.X,
)
# family: a clause that grants money (给予…补贴, 奖励2万元): its numbers and those of the clauses
# before it in the sentence (its conditions: 对…同比增速达到10%(含)以上的限上企业，给予…奖励)
GRANT = regex.compile(r"给予|补贴|补助|奖励|奖补|贴息|激励资金|资金支持|可申请|可享受")
# a grant clause that opens with its verb (…的旅行社，给予奖励 / …的企业，一次性奖励600万元): the
# clause before it is its condition, marked or not
GRANT_OPEN = regex.compile(r"\s*(?:分别|一次性|可|再)?(?:给予|奖励|补贴|补助|奖补)")
# a clause that opens a grant's condition: 对符合条件的…, 对于…
CONDITION_OPEN = regex.compile(
    r"""
    \s*(?:其中|并|同时)?     # 其中对…
    \s*对(?!外|接|标|口|照)  # 对符合条件的…, 对于…; not 对外, 对接, 对标, 对口, 对照 (verbs)
    """,
    regex.X,
)
# a clause that is part of a grant's condition: it ends in 的 (…不足100套的), a number qualifies
# a noun with 的 (组织不少于300人、600人的大型团队), or it states a rate (营业收入每同比增加1000万元)
CONDITION_CLAUSE = regex.compile(
    r"""
        的\s*$                          # it ends in 的: …不足100套的
      | [\d%]\s*\p{Han}{0,3}(?:\(含\))?的  # a number qualifies a noun: 不少于300人、600人的大型团队
      | 每(?!年)                         # a rate: 每同比增加1000万元 (not 每年)
    """,
    regex.X,
)
# family: a number inside a 对…的 condition: 对拥有1套住房并已结清相应购房贷款的家庭
CONDITION_OF = regex.compile(r"[^,，;；。]*?的")
# family: a magnitude that classes: 2000万元以上的企业, 10万元以下(含本数)的, 200千瓦及以下采用…
# (after a non-count number; not 100家以上、 or 30%以上。)
THRESHOLD_AFTER = regex.compile(
    r"""
    \s*(?:\(含[^()]{0,4}\))?         # (含本数) before …
    \s*(?:及|或)?以[上下]             # 以上 / 及以下 / 或以上
    \s*(?:\(含[^()]{0,4}\))?         # … or after
    \s*(?:的|(?=[\p{Han}\d]))         # then what it classes: 的, a word or a number
    """,
    regex.X,
)
# (a class before a count, too: 3万吨/年及以下8处煤矿)
COUNT_CLASS_AFTER = regex.compile(
    r"""
    \s*(?:及|或)?以下             # 及以下
    \s*(?:\(含[^()]{0,4}\))?      # (含本数)
    \s*(?:的|(?=\p{Han}))          # then what it classes
    """,
    regex.X,
)
# family: a condition not met: 未达到项目投资额25%的土地, 未超过30万元 ; not 超过400家 (a target)
CONDITION_BEFORE = regex.compile(r"(?:未达到|未超过|未满|不足)\p{Han}{0,8}$")
# family: the share a fee or tax is charged at: 按照税额的50%, 按不超过500元, 按20%的比例
# (ends at the number; not 按期完成, 按照…部署 with no 的/标准 before the number)
APPLIED_RATE_BEFORE = regex.compile(
    r"""
        按照?[^,，;；。]{0,20}?(?:的|标准|比例|不超过|不低于|不高于|不少于)\s*$  # 按照税额的50%, 按20%的比例
      | 按照?\p{Han}{1,6}额\s*$                                             # 按应纳税额50%
      | 按照?\s*(?:不超过|不低于|不高于|不少于|每)[^,，;；。]{0,16}$            # family: 可按不超过本年度招录计划50%的比例,
                                                                            # 按照每千人口不少于10个托位规划 (a rule's rate or norm)
    """,
    regex.X,
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
NAMED_CAPACITY_UNITS = ("兆瓦", "兆瓦时", "千瓦", "千伏安", "吉瓦")  # (吉瓦: 年产20吉瓦光伏组件, bulk b00104)
# (a verb right before the number makes it an amount: 开工建设265万千瓦海上风电项目 is a target)
NAMED_CAPACITY_VERB = regex.compile(
    r"""
    (?:建设|新建|建成|新增|开工|投产|实施|推动|推进|启动|完成|形成|达到|争取|力争|确保)  # 开工建设265万千瓦…
    \s*(?:\d+\s*[×xX*]\s*)?         # a count of units before the size: 新建2×66万千瓦
    $
    """,
    regex.X,
)
NAMED_CAPACITY_AFTER = regex.compile(
    r"""
    \s*(?:级)?\p{Han}{0,6}?        # 18兆瓦直驱…, 100兆瓦级…
    (?:光伏|风电|风机|机组|储能|电站|项目|变电站|主变|水轮机|燃气轮机|海上风|发电)  # the plant it names
    """,
    regex.X,
)
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
    r"""
    (?:
        下列|上述|前述|如下                       # 具有下列4项
      | 中任何|中任意|[项条款]中                   # 其中任何1项, 符合1至3项中一项以上
      | (?:具备|具有|符合|满足|包括|包含|有|选择)\s*以下  # 至少具备以下1项 (以下 after a verb only)
    )
    \s*$
    """,
    regex.X,
)
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
# family: a status count of a plan's 现状 part, 据不完全统计，长江流域有淡水鲸类2种，鱼类424种… /
# 据统计，… / 辽河流域已知鱼类53种 (what has been counted, not what is to be reached)
PRESENT_STATE = regex.compile(
    r"""
        现有(?!基础|水平|标准|政策|条件|效|的)  # 全省现有…; not 在现有基础上, 现有效发明专利
      | 目前已有|目前共有
      | 据(?:不完全)?统计                    # 据不完全统计，长江流域有…
      | 已知有?                              # 辽河流域已知鱼类53种
      | (?<![\u4e00-\u9fff])(?:截至|截止)?目前(?=\s*(?:[，,:：]|$))
        # family: a clause of its own, 目前 / 截至目前, opening a sentence that tells the state now:
        # 目前，长江流域已建立…保护区119处，其中国家级19处 (bulk b00426), 截至目前，全省电煤库存378.38万吨
        # (b00418, b00419, b00405, b00416); not 目前已… inside a clause, nor 当前 (当前，要重点抓好…)
    """,
    regex.X,
)
# what ends a state: a verb of change or reaching (将现有金融辅导队数量扩充至200支以上 is a goal)
STATE_GOAL = regex.compile(r"将|把|扩充|扩大|提高|提升|增加|增至|增长|新增|压减|减少|下降|降低|控制在")
# family: a capacity class before what it classes: 2500吨/日的水泥熟料生产线, 30万吨/年磷酸铁锂项目
# (not 新增污水处理能力3万吨/日，… or 1.4亿吨/年以上: an amount to reach)
CAPACITY_CLASS_AFTER = regex.compile(
    r"""
    \s*的?\s*
    (?!以上|以下|以内|左右|及以|或以|之内)  # not an amount to reach: 1.4亿吨/年以上
    \p{Han}                                # what it classes: 2500吨/日的水泥熟料生产线
    """,
    regex.X,
)
# family: a count that is the subject of an order: 16个设区的市要制定落实方案, 15个特色产业园要扩大增量
# (the number opens its clause; not 新建15个产业园)
SUBJECT_ORDER_AFTER = regex.compile(
    r"""
    [^,，;；。\d]{1,12}?                  # the subject: 个设区的市, 个特色产业园
    (?:
        (?<![主重需只还将])要(?![求素点件闻])  # 要 of an order; not 主要, 重要, 需要, 要求, 要素, 要点
      | 应当
      | 必须
      | (?<![必无])须                      # not 必须 (above), 无须
    )
    """,
    regex.X,
)
# family: a count that identifies a set fixed elsewhere: 将脱贫攻坚期内确定的20个…县, 年初确定的193项
# 重点工作, 涉及55个竞聘岗位, 我区涉及此类整治面积约1068亩 (not 确定20个试点, a count to reach)
IDENTIFIED_BEFORE = regex.compile(
    r"""
        (?:确定|认定|公布|命名|批复|涉及到?)的\s*$  # 年初确定的193项 (not 确定20个试点)
      | 涉及[^,，;；。\d]{0,10}$                   # 涉及55个竞聘岗位, 我区涉及此类整治面积约1068亩
    """,
    regex.X,
)
# family: a state described with 近 right before the number, 近200项先进产品 (not_target_rules' "nearly"
# tests the character itself; this pattern is its gate: what must end right before the number)
NEARLY_BEFORE = regex.compile(r"近$")
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
    r"""
    (?:
        \s|[、，,;；和及与]                      # what joins it to the number before: …1.6万人、
      | 以上|以下|以内|左右|余                  # what closes the number before: 30家以上，
      | 以及|并且?|同时|其中|即                  # words that join clauses
      | 力争|争取|确保|努力|预期|预计|全年|实现  # words that open a goal
      | [底末]?(?:以前|之前|前)                 # the end of a deadline before: 2025年底前
    )*
    """,
    regex.X,
)
# the comparator or verb that closes them: 高技能人才总量|达到, 粮食总产量|持续稳定在, 比重|分别达到
INDICATOR_TAIL = regex.compile(
    r"""
    (?:持续|保持|稳定|分别|均|各|同比|年均|平均|力争|争取|确保|累计|总计)*  # adverbs: 持续稳定在, 分别达到
    (?:
        达到|达|超过|突破                            # reaching
      | 不少于|不低于|不超过|不高于|不多于|至少|最少|最多  # bounds
      | 提高到|提高至|提升到|提升至|增加到|增至|扩充至|扩充到|扩大到|扩大至  # raising to
      | 控制在|稳定在|保持在                          # holding at
      | 增长|提高|提升|增加|下降|降低|减少|压减|缩短  # changing by
      | 低于|高于|多于|少于|大约|约|逾|超|近          # comparing
      | 为|在|了|到|至|是                            # bare links
    )+
    \s*$
    """,
    regex.X,
)
# the noun after a number, for an indicator that is only a verb: 新设1家担保公司 -> 担保公司 ;
# up to a comma, 、, a verb of a next clause or 20 characters; not the 以上/左右 of the number
INDICATOR_NOUN_AFTER = regex.compile(
    r"""
    \s*(?:及以上|以上|以下|以内|左右|余|多)?   # what closes the number
    \s*(?:的\s*)?
    (?!左右|以上|以下|以内|上下)                # not the number's own 以上/左右
    (?P<noun>[^,，;；。、:：()（）\d]{1,20}?)  # the noun: 新设1家担保公司 -> 担保公司
    (?=[,，;；。、:：()（）\d]|$|以上|左右)     # up to a comma, 、, a bracket, a number or the end
    """,
    regex.X,
)
# verbs that make a target a change rather than a level
CHANGE_VERB = regex.compile(r"(?P<verb>增长|提高|提升|增加|下降|降低|减少|压减|缩短|翻)$")
LEVEL_VERB = regex.compile(r"(?P<verb>新增|新建|新设|累计|建成|建设|培育|培养|引进|打造|组织|开展|完成|达到)")
# a parameter, not a target: subsidies, loans, fees, shares of money (in the number's clause)
# (family, in the clause only: fund allocations 专项资金安排14亿元, 设立总规模30亿元的…母基金;
# procurement shares 预留该部分采购项目预算总额的40%以上; 公积金 rules; not 政府采购绿色产品比例达到30%)
PARAMETER_CONTEXT = regex.compile(
    r"""
        补贴|补助|奖励|奖补|贴息|返还|最高|每人|每户|每月  # subsidies and what they are per
      | 服务费|保险费|收费|费用标准|薪酬|工资|价格|租金|报销|缴纳|缴费|申领|起付  # fees, pay, prices
      | 禁止|补偿
      | (?:发放|补贴|奖励|资助|收费)标准
      | 给予|比例支付|支付比例|准入
      | 罚款|罚金|配建                       # fines (并处5万元以上20万元以下的罚款), building norms (可按1泊/100平方米进行配建)
      | 资金安排|母基金|(?:设立|组建)\p{Han}{0,12}基金  # fund allocations: 专项资金安排14亿元, 设立…母基金
      | 采购项目|预留份额|预留\p{Han}{0,12}采购|采购\p{Han}{0,12}预留  # procurement shares
    """,
    regex.X,
)
# a quick test for PARAMETER_CONTEXT, looser than it: its words without what they need around them
# (设立…基金 holds 设立, 预留…采购 预留, 采购…预留 采购, 发放标准 标准), literals only, read by re
# (targets._numbers). A clause with no match of this holds no match of PARAMETER_CONTEXT.
PARAMETER_LOOSE = regex.compile(
    r"补贴|补助|奖励|奖补|贴息|返还|最高|每人|每户|每月|服务费|保险费|收费|费用标准|薪酬|工资|价格|租金|报销|缴纳|缴费"
    r"|申领|起付|禁止|补偿|标准|给予|比例支付|支付比例|准入|罚款|罚金|配建|资金安排|母基金|设立|组建|采购|预留"
)
# deadlines -------------------------------------------------------------------------
# 到2025年 / 2023年底前 / 2023年年底 / 2019年6月底前 / 2022年内 / 2021—2025年 (the end year)
DEADLINE_DATE = regex.compile(
    r"""
    (?:(?P<y0>(?:19|20)\d{2})\s*[-—–~～至到]\s*)?  # the start year of a period: 2021—2025年
    (?P<y>(?:19|20)\d{2})\s*年                    # the year: 到2025年
    (?:
        \s*(?P<m>\d{1,2})\s*月                    # 2019年6月
        (?:\s*(?P<d>\d{1,2})\s*日)?               # 2021年1月5日
    )?
    (?P<tail>年?底|年?末|内|前|以前|之前|起|年度)?  # 2023年底前, 2023年年底, 2022年内
    """,
    regex.X,
)
# A section about what has been, not what is to be done: 2023年工作回顾, 发展基础, 现状与问题,
# 发展基础与面临形势.  Its numbers are results, not targets.  The whole heading must be such
# nouns (夯实发展基础 is a task; 发展形势和主要预期 holds targets).
_PAST = r"""  # (verbose: used in PAST_SECTION only)
        (?:工作)?回顾                    # 2023年工作回顾
      | (?:发展|工作|现实|产业)?基础(?:条件)?  # 发展基础 (not 夯实发展基础: the whole heading)
      | (?:发展)?现状(?:分析)?
      | (?:主要|工作)?成效
      | (?:主要)?成绩
      | 基本情况
      | (?:编制|规划)?背景
      | (?:发展)?环境
      | (?:面临的?)?形势
      | (?:存在的?|主要)?问题
"""
PAST_SECTION = regex.compile(
    rf"""
    (?:(?:19|20)\d{{2}}年)?                                    # 2023年…
    (?:政府|全市|我市|本市|全省|我省|全区|我区|全县|我县)?     # 全市…
    (?:{_PAST})                                               # 工作回顾
    (?:(?:和|与|及|、)(?:{_PAST}))*                            # 与面临形势
    """,
    regex.X,
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
BASELINE_BEFORE = regex.compile(
    r"""
    (?:较|比|相比|同比|自|从|与|对比|相对于?  # 较2019年, 自2017年以来, 与2020年相比
      |截至|截止到?)                          # an as-of date: 截至2022年底
    \s*(?:于\s*)?$
    """,
    regex.X,
)
BASELINE_AFTER = regex.compile(
    r"""
    \s*(?:
        以来|同期|相比|比较|水平|基础上|基数   # 自2017年以来, 与2020年相比, 在2020年基础上
      | 的(?=\s*\d)                         # 是2019年的113.7%
    )
    """,
    regex.X,
)
# a date a task is due by, in its own text: 于2021年1月5日前报送, 7月27日前将…, 2023年底前完成
# (a bare 到2025年 is a target's period, not a due date)
TASK_DUE = regex.compile(
    r"""
    (?:
        (?:19|20)\d{2}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?)?  # 2023年, 2021年1月5日
      | (?<![\d年])\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?                 # 7月27日 (not part of a longer date)
    )
    \s*[底末]?\s*(?:前|以前|之前)                                     # …底前, 前: a due date (not a bare 到2025年)
    """,
    regex.X,
)
# a completion time that says no more than its date: 2023年底前, 2023年6月30日以前, 2022年6月底前完成;
# not 持续推进, 长期坚持, 2023年起每年, 2024年3月底前并长期坚持 (those say more than a date cell can)
DATE_ONLY = regex.compile(
    r"""
    \d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?   # 2023年, 2023年6月30日
    (?:底|末)?(?:前|以前|之前)?            # 底前, 以前
    (?:完成)?[。；;]?                      # 完成 and the cell's end
    """,
    regex.X,
)
# month only: 6月底前 (the notice's year)
DEADLINE_MONTH = regex.compile(
    r"""
    (?<![\d年])(?P<m>\d{1,2})\s*月      # 6月 (not part of 2023年6月: DEADLINE_DATE's)
    (?:\s*(?P<d>\d{1,2})\s*日)?         # 6月30日
    \s*(?:
        [底末](?:前|以前|之前)?          # 6月底前
      | 前|以前|之前                    # 6月30日前
      | (?=完成)                         # 6月完成
    )
    """,
    regex.X,
)
# 十四五末 / “十四五”期间 / 十三五时期
FIVE_YEAR_PLAN = regex.compile(
    r"""
    (?P<plan>十[一二三四五六七八九]五)”?   # 十四五, “十四五”
    \s*(?:规划)?
    \s*(?:末|期末|期间|时期|末期)           # 末, 期间, 时期
    """,
    regex.X,
)
# 力争用5年时间 / 5年内 / 利用3-5年时间 / 用5年左右时间 (from the notice's date)
DEADLINE_SPAN = regex.compile(
    r"""
    (?:用|利用|经过|在)?\s*                      # 力争用5年时间
    (?<![\d.])                                  # not the end of a longer number
    (?<!毕业|成立|注册|离校|设立|工作|缴纳)      # not an age of something: 毕业2年内, 成立3年内
    (?:(?P<a>\d{1,2})\s*[-—–~～至到]\s*)?        # a range: 3-5年
    (?P<n>\d{1,2}|[一二三四五六七八九十两])\s*年  # 5年, 三年
    (?:左右)?
    \s*(?:(?:的)?时间(?:内)?|内|之内)            # 时间, 内: a span, not a duration alone
    """,
    regex.X,
)
# this year / next year, from the notice's date: 年内, 今年, 当年, 明年 (not 2022年内, 一年内: a number before)
# family: a yearly work plan's 全年完成… / 全年举办… (the notice's year; not 2022年全年: a year before)
DEADLINE_THIS_YEAR = regex.compile(
    r"""
    (?<![\d年一二三四五六七八九十两])  # not 2022年内, 一年内, 2022年全年 (a number or year before)
    (?P<w>年内|今年|当年|本年度|本年|明年|年底|年末|全年)
    """,
    regex.X,
)
# anything a period phrase is written with: every deadline pattern needs 年, 月 or 十 (十四五)
ANY_PERIOD = regex.compile(r"[年月十季]")  # (季: DEADLINE_QUARTER, 一季度)
# a quick test for the period patterns above and ANNUAL (deadlines.whens), looser than each: what every
# match of one of them holds (a number before 年 or 月: 2025年, 5年内, 6月底, 三年; 十四五; 年内 今年 …;
# 每年 逐年). A text with no match of this holds no period phrase (青年, 年度, 年轻 hold none of either).
PERIOD_LOOSE = regex.compile(r"\d\s*[年月]|十[一二三四五六七八九]五|[一二三四五六七八九十两]\s*年|年内|今年|当年|本年|明年|年底|年末|全年|每年|逐年|每一年|季度|半年")
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
YEAR_NAMED = regex.compile(
    r"""
    (?<![\d.])((?:19|20)\d{2})     # four digits, not the tail of a longer number (12000)
    (?=
        \s*年                      # 2023年
      | (?![万亿千百余多元个家人名亩吨户项所座套台米公平立美头条次场批件张部])\p{Han}
                                   # 2023深圳购物季; not 2000亩, 2000万元 (a measure word)
    )
    """,
    regex.X,
)
ANNUAL = regex.compile(r"每年|逐年|每一年")
ONGOING = regex.compile(r"长期坚持|持续推进|常态化")
# sentence and clause boundaries for deadlines
SENTENCE_SPLIT = regex.compile(r"[。！？!?;\n]")
SEGMENT_SPLIT = regex.compile(r"[,，:：]")
# spans to hide from the number finder: “names and slogans”, 《titles》, 〔2022〕 years
ANY_MASKED = regex.compile(r"[“\"《〔\[]")
MASKED = regex.compile(
    r"""
        “[^“”\n]{0,30}”          # “names and slogans”
      | \"[^\"\n]{0,30}\"        # the same in ASCII quotes
      | 《[^《》\n]{0,80}》       # 《titles》
      | 〔[^〔〕\n]{0,8}〕        # 〔2022〕 years of a 文号
      | \[\d{4}\]                # [2022]
    """,
    regex.X,
)
# --- a quarter or half of the notice's year (deadlines._from_notice_year) ---
# family (yearly work plans and work reports): the quarter or half-year a number is due by, in the
# notice's year: 开工率一季度达到30%、二季度达到60%、三季度85%以上 (bulk b00180, b00204, b00216),
# 确保新开工重大项目上半年开工率达到75% (b00114), 一季度…开工40％以上，上半年开工80％以上 (b00156, b00227),
# 第一季度, 三季度末, 前三季度; not a cadence (每季度, 各季度, 分季度, 逐季度), not one of a year written
# before it (2023年第三季度, 2023年上半年: DEADLINE_DATE's), not 季度 with no ordinal; a baseline
# (较一季度, 与上半年相比) is left out by deadlines._baseline
DEADLINE_QUARTER = regex.compile(
    r"""
    (?<![\d年每各分逐第前])  # (第, 前: not the 三季度 inside 2023年第三季度, 2023年前三季度)
    (?P<q>前三季度|第?\s*[一二三四1-4]\s*季度|[上下]半年)
    (?:\s*[末底])?(?:前|以前|之前)?
    """,
    regex.X,
)
# --- the year an undated work report speaks in (deadlines.context_year) ---
# family (政府工作报告, undated): the heading of the year it reviews, 一、2023年工作回顾 / 一、2023年政府工作回顾
# (113 bulk reports, then 二、2024年主要目标和重点任务): its 今年, 全年 and 年内 are the year after; a
# heading opens a line or follows a sentence's end in a text run together (…提出意见。2023年工作回顾2023年是…,
# bulk b00172, b00160, b00184); not 认真做好2023年工作回顾和总结 (inside a sentence), nor 过去五年工作回顾 (no year)
REVIEW_HEADING = regex.compile(
    r"""
    (?:^|[。！!])[ \t\u3000]*(?:[一二三四五六七八九十]+\s*[、.．]\s*)?
    (?P<y>(?:19|20)\d{2})\s*年\s*(?:全市|全省|全区|全县|政府|主要)?\s*工作回顾
    (?![和与及、的])
    """,
    regex.X | regex.M,
)
# family (the same reports with no review heading): the numbered heading of the year it plans, 二、2024年工作安排,
# 二、2024年主要目标和重点工作, 二、2024年重点任务, 二、2024年总体要求 (bulk b00161, b00194); not 一、2023年主要工作
# (the year a report looks back on names no 安排, 任务, 目标…), nor an unnumbered line
PLAN_YEAR_HEADING = regex.compile(
    r"""
    ^[ \t\u3000]*[一二三四五六七八九十]+\s*[、.．]\s*
    (?P<y>(?:19|20)\d{2})\s*年\s*[^\n。，,]{0,12}?(?:安排|任务|目标|要求|思路|建议|重点工作)
    """,
    regex.X | regex.M,
)
# --- a body's make-up (not_target_rules._composition) ---
# family: how many posts a body has, set by a rule or a notice forming it: 领导小组设组长1人，副组长4人;
# 办公室设主任1名…;副主任2名 (bulk b00071); 支部委员会一般设委员3至5名, 居民委员会成员设5至9人 (b00054);
# 工会委员会拟设委员45人, 大会主席团设秘书长1人 (b00377); 董事会董事2人 (b00400); 配齐配强巡察组组长4名 (b00405).
# Not a count of people to reach (引进领军人才100名, 选派第一书记500名: no 设/配备 before the post),
# nor other staff (配备专职网格员2名: no post of a body's head or member)
_POST = r"(?:常务|专职)?副?(?:组长|主任|委员|秘书长|书记|召集人|董事|监事|理事|会长|主席)"
COMPOSITION_BEFORE = regex.compile(
    rf"(?:拟?设|设立|配齐配强|配备|配齐)[^,，;；。、]{{0,10}}?{_POST}\s*$"  # 领导小组设组长1人
    r"|(?:委员会|成员)\s*设\s*$"                                          # 居民委员会成员设5至9人
)
# the head of a clause that is a post alone, after the body it belongs to: 副组长4人, 董事会董事2人
COMPOSITION_TITLE = regex.compile(rf"\s*(?:\p{{Han}}{{0,8}}?[会组室班团部])?{_POST}\s*")
# --- an applicant's choice (not_target_rules._choice) ---
# family (admission, housing, insurance and award notices): how many an applicant picks or puts forward:
# 申请人最少填报1个志愿，最多填报19个志愿 (bulk b00001), 最多选择其中3个病种, 参保病人须在…选定1家 (b00006),
# 申请家庭只限申请承租1套, 申请家庭应当推举1名 (b00007), 申请家庭需在…选定1套房屋 (b00008), 至少推荐1人 (b00275),
# 至少报送1部作品 (b00281). The verb of choosing stands right before the number; a limit word right before
# it, or an applicant earlier in the clause. Not 引导各区县选择1—2个立县产业, 每个县选定5—10家重点技改企业
# (no limit word, no applicant: a goal), nor 各部门分别推荐见习单位数量不少于5个 (the verb's object between)
_CHOICE = r"(?:填报|选择|选定|选报|推举|推荐|报送|承租|登记|申请)(?:其中)?"
CHOICE_BEFORE = regex.compile(
    rf"(?:最多|最少|至少|只限|仅限|限)(?:申请)?{_CHOICE}\s*$"
    rf"|(?:申请人|申请家庭|申请对象|参保病人|参保人员|家长|考生)[^,，;；。]{{0,30}}?{_CHOICE}"
    r"(?:不超过|不少于|至少|最多)?\s*$"
)
# --- a contact person a unit names (not_target_rules._liaison) ---
# family (meeting, inspection and work notices): the contact each unit names for the work, an order of
# how to liaise, not an amount to reach: 请各市…安委会办公室分别确定1名联络员 (bulk b00049), 由各组长单位
# 指派1名联络员 (b00073), 各部门明确1名联络员 (b00078), 确定一名联系人 (b00060), 报送一名联络员 (b00080),
# 明确一名联系人 (b00280). The naming verb stands right before the number, the contact's post right after
# it, or the staff it names as that contact: 请各分部、各单位明确1-2名人员作为报表统计工作联系人 (b00423).
# Not 培训500名基层信息员 or 发展联络员100名 (no naming verb before the number, or the post before it:
# counts to reach), nor 配备清洁取暖专家1名 (not a contact)
LIAISON_BEFORE = regex.compile(r"(?:确定|指派|明确|指定|报送|选派|落实)(?:好|专人)?\s*$")
LIAISON_AFTER = regex.compile(
    r"\s*(?:专职|兼职)?(?:联络员|联系人|信息员|对接人)"
    r"|\s*(?:工作)?人员(?:作为|担任)[^,，;；。]{0,12}?(?:联络员|联系人|信息员|对接人)"
)
# --- a budget allocation (not_target_rules._fund_allocation) ---
# family (plans, measures and work reports): money or a share of money a government allots, a budget
# allocation (issue 11 item 9), not an amount to reach: 每年安排重点县的资金比例保持在60%以上 (bulk b00076,
# b00079), 安排1亿元专项资金 (b00110), 市本级财政安排人才工作专项经费1.5亿元 (b00116), 拟安排地方政府专项
# 债券3.9万亿元 / 中央预算内投资拟安排7000亿元 (b00119), 市本级至少安排4000万元 (b00157), 安排财政资金490亿元
# (b00158), 统筹安排1亿元制造业高质量发展专项资金 (b00214); as 专项资金安排14亿元 in corpus c2_06. 安排 in the
# number's clause, right before it or with a fund word between. Not 安排省市重点项目380个 (a count: the rule
# takes money and shares only), nor 全社会研发经费投入增长10% / 带动社会资本投入10亿元 (spending to reach, no 安排)
# A share (%) needs the fund word: 要安排30%的场地 (corpus c2_08) is a quota of space to reach. The words after the
# fund word may hold 、 (the second value of a list: 分别不低于百分之二、百分之一, b00162; 3.9万亿元、比上年增加1000亿元)
FUND_ALLOCATION_BEFORE = regex.compile(
    r"安排(?:[^,，;；。、]{0,16}?(?P<fund>资金|经费|预算|专项债券?)[^,，;；。]{0,24}?)?\s*$"
)
# --- an award's quota (not_target_rules._award_quota) ---
# family (competition, contest and selection notices, 奖项设置): how many prizes of each class are given, a
# reward (issue 11 item 9), not an amount to reach: 活动设置个人奖共1000名…其中，一等奖200名，二等奖300名，三等奖
# 500名 (bulk b00062), 比赛设团体一等奖1个、二等奖2个、三等奖3个…设一等奖3名、二等奖5名、三等奖8名…优秀组织奖设
# 优秀组织奖6个 (b00295), 评审出一等奖1名，二等奖3名 (b00320). The prize's name stands right before the number
# (设/共/各 between). Not prizes won or to win (获省科技进步一等奖9项, an achievement reported; 培育省长质量奖及
# 提名奖2个 (b00145), 力争…金奖3个, a goal: AWARD_WON earlier in the clause), nor 一等奖获得者100名以上 (the
# name not right before the number)
AWARD_BEFORE = regex.compile(
    r"(?:[特一二三四五]等奖|优秀奖|鼓励奖|提名奖|组织奖|[金银铜]奖|个人奖|团体奖)\s*(?:设|共|各)?\s*$"
)
AWARD_WON = regex.compile(r"获|摘得|捧得|培育|争创|争取|力争")
# --- an extent to build, not a class (not_target_rules._threshold) ---
# family (plans and work reports): a length or area written N以上 right before what is built, after the verb
# that builds it: 建设30公里以上环公园绿道 (bulk b00434), 完成50万亩以上高标准农田建设任务 (b00127), 完成2万亩
# 以上撂荒地治理和5.7万亩高标准农田新建 (b00226): an amount to reach, not a class. The verb
# stands right before the number (累计/力争/新增 between). Not 实施流域面积200平方公里以上河流整治 (b00215: an
# attribute, 流域面积, before the number), 建筑面积2万平方米以上的大型公共建筑 (以上的: a class), money or
# capacities (1亿元以上项目, 10万千瓦以上机组: classes of projects and plants; the units are not lengths or areas)
EXTENT_UNITS = frozenset({"公里", "千米", "米", "平方米", "平方公里", "公顷", "亩"})
EXTENT_BUILT_BEFORE = regex.compile(
    r"(?:建设|新建|建成|改造|新增|完成|打造|实施|修复|治理|整治|造林|种植|铺设|贯通|开放)(?:累计|力争|新增)?\s*$"
)
# (nor when a count of what is built follows it: 新建1万亩以上“森林粮库”示范基地2个, b00110, classes the bases)
EXTENT_GOAL_AFTER = regex.compile(r"\s*以上(?!的)(?=[\p{Han}“\"「])(?![^\d和及、,，;；。]{1,16}\d)")
