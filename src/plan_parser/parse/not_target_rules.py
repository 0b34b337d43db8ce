"""Targets stage, its filter's table: a number (``Number``) in a clause -> no target, as named ``Rule``s (``NUMBER_RULES``).

A number with a measure word is a target unless one of these rules says it sets a policy's
parameter (a subsidy, a tax rate, a loan term, a fee, a procurement share), classes what a
rule applies to (``年营业收入2000万元以上的企业``), or counts a set that already exists
(``加快12个国家区域医疗中心建设``). Each rule names the family of writing it serves.
The rules are applied by ``not_target.py`` (``not_a_target``, gated on what each rule needs).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from . import gates
from . import patterns as P
from .patterns.targets import NEARLY_BEFORE


@dataclass(frozen=True)
class Rule:
    name: str
    family: str
    test: Callable[..., bool]
    # gates (gates.py): patterns one of which the rule needs to match inside the clause, and
    # patterns one of which it needs to match right after the number; () when not gated
    needs: tuple = ()
    after: tuple = ()
    # patterns one of which it needs to match ending right before the number (searched up to it, ``…$``)
    before: tuple = ()
    # a gate on the number's unit alone: a condition the test itself starts with (None: no gate)
    unit: Callable[[str | None], bool] | None = None


# the patterns the rules (and not_target's spans) ask most (~1k-2.4k calls each over the bulk set:
# COUNT_CLASS_AFTER, THRESHOLD_AFTER, CONDITION_BEFORE, CONDITION_OPEN, EXISTING_SET_BEFORE,
# VOUCHER_AFTER, INCIDENT_CLAUSE, PRESENT_STATE, GRANT, SIZE_CLASS_AFTER) by re: each read alike
# (gates.as_read), a call ~30% faster (0.7 -> 0.5 us, its own recorded calls)
rx = gates.as_read


def is_count(n) -> bool:
    return n.unit is not None and n.unit != "%" and n.unit[-1] in P.COUNT_UNIT_END


def _threshold(view, n, a, b, year) -> bool:
    # 年营业收入2000万元以上的企业 / 月销售额10万元以下(含本数)的 / 200千瓦及以下采用低压供电;
    # a count only below: 造成3人以下死亡 (培育10家以上龙头企业 is a target)
    if is_count(n):
        return bool(rx().COUNT_CLASS_AFTER.match(view, n.end))
    return n.unit != "%" and bool(rx().THRESHOLD_AFTER.match(view, n.end)) and not built_extent(view, n, a)


def built_extent(view, n, a) -> bool:
    # 建设30公里以上环公园绿道, 完成50万亩以上高标准农田建设任务: a length or area to build, not a class
    return (n.unit in P.EXTENT_UNITS and bool(P.EXTENT_GOAL_AFTER.match(view, n.end))
            and bool(P.EXTENT_BUILT_BEFORE.search(view, max(a, n.start - 8), n.start)))


# the units some rules open with, the same tests gating them in the table (Rule.unit)
def _yuan(unit: str | None) -> bool:
    return unit is not None and unit.endswith("元")


def _per(unit: str | None) -> bool:
    return bool(unit and "/" in unit)


def _rate_per_head(view, n, a, b, year) -> bool:
    # 5万元/人, 500元/人次, 1000元/人: a standard per head, not an amount to reach
    return _yuan(n.unit) and view.startswith("/", n.end)


def _condition(view, n, a, b, year) -> bool:
    # 允许未达到项目投资额25%的土地 / 销售额未超过30万元的 / 对拥有1套住房并已结清…的家庭
    return bool(rx().CONDITION_BEFORE.search(view, max(a, n.start - 12), n.start)
                or (rx().CONDITION_OPEN.match(view, a) and P.CONDITION_OF.match(view, n.end, b)))


def _applied_rate(view, n, a, b, year) -> bool:
    # 按照税额的50%减征 / 按现行标准的80%收取 / 按不超过500元/人次的标准
    return bool(P.APPLIED_RATE_BEFORE.search(view, a, n.start))


def _existing_set(view, n, a, b, year) -> bool:
    # 加快12个国家区域中医诊疗中心建设 / 推进28个重点产业链 / 郑州、洛阳等10个国家物流枢纽
    m = rx().EXISTING_SET_BEFORE.search(view, a, n.start)
    return bool(m and not P.GOAL_VERB.search(m.group("rest")) and P.NOUN_AFTER.match(view, n.end, b))


def _focus_set(view, n, a, b, year) -> bool:
    # 聚焦19条核心产业链, 围绕…等12条重点产业链: the set a plan works on
    m = P.FOCUS_SET_BEFORE.search(view, a, n.start)
    rest = m and m.group("rest")
    return bool(m and not P.GOAL_VERB.search(rest) and not P.FOCUS_VERB.search(view, m.start(), b))


def _named_capacity(view, n, a, b, year) -> bool:
    # 中广核100兆瓦光伏等并网发电, 18兆瓦直驱海上风电机组成功下线: a size that names a plant
    return (n.unit in P.NAMED_CAPACITY_UNITS and bool(P.NAMED_CAPACITY_AFTER.match(view, n.end, b))
            and not P.NAMED_CAPACITY_VERB.search(view, max(a, n.start - 8), n.start))


def _batch_class(view, n, a, b, year) -> bool:
    # 培育一批50万人口的中等城市和20万人以上的现代化小城市
    return bool(P.BATCH_BEFORE.search(view, a, n.start) and P.BATCH_CLASS_AFTER.match(view, n.end))


def _level_norm(view, n, a, b, year) -> bool:
    # 建立不少于100人的市级、不少于50人的县级…救援队伍
    return bool(P.LEVEL_NORM_AFTER.match(view, n.end))


def _past_batch(view, n, a, b, year) -> bool:
    # 全面完成2022年35个老旧小区改造 (in a 2023 plan): a past year's batch
    m = P.YEAR_BEFORE.search(view, max(a, n.start - 6), n.start)
    return bool(m and year and int(m.group("y")) < year)


def _forecast(view, n, a, b, year) -> bool:
    # 预计…完成供应保障性住房2000套，产生投资1.5亿元: the effect, not the goal
    return bool(P.FORECAST.search(view, a, n.start))


def _voucher(view, n, a, b, year) -> bool:
    # 发放1000万元体育消费券: money handed out, a subsidy
    return _yuan(n.unit) and bool(rx().VOUCHER_AFTER.match(view, n.end))


def _allocation(view, n, a, b, year) -> bool:
    # 将年签约服务费的80%用于薪酬分配，20%用于机构统筹: how money is shared out
    return bool(P.ALLOCATION_AFTER.match(view, n.end))


def _catalogue(view, n, a, b, year) -> bool:
    # 区域社康提供8类10项中医适宜技术服务, 增加3个方面10项工作任务: a catalogue's size, not a goal
    return bool(P.CATALOGUE_BEFORE.search(view, a, n.start))


def _nearly(view, n, a, b, year) -> bool:
    # 汇集…以及近200项先进产品, 累计进驻研究生近2000名: a state described, not a goal to reach
    return view.startswith("近", n.start - 1) if n.start > a else False


def _identified(view, n, a, b, year) -> bool:
    # 将脱贫攻坚期内确定的20个…县, 我区涉及此类整治面积约1068亩: a set fixed elsewhere
    return bool(P.IDENTIFIED_BEFORE.search(view, max(a, n.start - 14), n.start))


def _inclusive(view, n, a, b, year) -> bool:
    # 每年接收就业见习人员超过50人(含50人): the bound restated, not a second target
    return bool(P.INCLUSIVE_BEFORE.search(view, max(a, n.start - 4), n.start))


def _grade(view, n, a, b, year) -> bool:
    # 5万吨级以上干散货专业化泊位, 10万千瓦级机组: a grade that classes, not an amount
    return bool(P.GRADE_AFTER.match(view, n.end))


def _radius(view, n, a, b, year) -> bool:
    # 20公里供热半径内原则上不再另行规划, 15分钟健身圈: a service radius, a norm
    return n.unit in P.RADIUS_UNITS and bool(P.RADIUS_AFTER.match(view, n.end, b))


def _list_pointer(view, n, a, b, year) -> bool:
    # 至少具备以下1项试验阳性, 具有下列4项或4项以上指征, 符合1至3项中一项以上指标
    return bool(P.LIST_POINTER_BEFORE.search(view, max(a, n.start - 6), n.start))


def _either_more(view, n, a, b, year) -> bool:
    # 4项或4项以上指征的, 3个或3个以上关节区: a class written as "N or more"
    return bool(P.EITHER_MORE_AFTER.match(view, n.end, b)
                or (P.EITHER_MORE_BEFORE.search(view, a, n.start) and view.startswith("以上", n.end)))


def _incident_grade(view, n, a, b, year) -> bool:
    # 造成30人以上死亡, 或者100人以上重伤, 直接经济损失1亿元以上: an 应急预案's grade of harm
    return bool(rx().INCIDENT_CLAUSE.search(view, a, b) and P.INCIDENT_CAUSE.search(view, a, n.start))


def _capacity_class(view, n, a, b, year) -> bool:
    # 2500吨/日的水泥熟料生产线整合退出一半: a capacity rate that classes the noun after it
    return _per(n.unit) and bool(P.CAPACITY_CLASS_AFTER.match(view, n.end, b))


def _subject_order(view, n, a, b, year) -> bool:
    # 。16个设区的市要制定落实方案: the count names who is ordered, not an amount to reach
    return not view[a:n.start].strip() and bool(P.SUBJECT_ORDER_AFTER.match(view, n.end, b))


def _people(unit: str | None) -> bool:
    return unit in ("人", "名")


def _composition(view, n, a, b, year) -> bool:
    # 领导小组设组长1人，副组长4人; 支部委员会一般设委员3至5名: the posts a body has, not people to reach
    return _people(n.unit) and bool(P.COMPOSITION_BEFORE.search(view, max(a, n.start - 24), n.start)
                                    or P.COMPOSITION_TITLE.fullmatch(view, a, n.start))


def _choice(view, n, a, b, year) -> bool:
    # 申请人最少填报1个志愿, 申请家庭只限申请承租1套: what an applicant picks, not an amount to reach
    return bool(P.CHOICE_BEFORE.search(view, max(a, n.start - 48), n.start))


def _liaison(view, n, a, b, year) -> bool:
    # 各部门明确1名联络员, 分别确定1名联络员: the contact a unit names, not people to reach
    return (_people(n.unit) and bool(P.LIAISON_AFTER.match(view, n.end, b))
            and bool(P.LIAISON_BEFORE.search(view, max(a, n.start - 8), n.start)))


def _money_or_share(unit: str | None) -> bool:
    return _yuan(unit) or unit == "%"


def _fund_allocation(view, n, a, b, year) -> bool:
    # 安排财政资金490亿元, 每年安排重点县的资金比例保持在60%以上: a budget allocation, not an amount to reach
    if not _money_or_share(n.unit):
        return False
    m = P.FUND_ALLOCATION_BEFORE.search(view, max(a, n.start - 48), n.start)
    return bool(m and (m.group("fund") or n.unit != "%"))


def _award_quota(view, n, a, b, year) -> bool:
    # 设一等奖3名、二等奖5名: how many prizes are given, a reward, not an amount to reach
    return (bool(P.AWARD_BEFORE.search(view, max(a, n.start - 12), n.start))
            and not P.AWARD_WON.search(view, a, n.start))


NUMBER_RULES = (
    Rule("threshold", "a magnitude that classes what a rule applies to (以上/以下…的)", _threshold,
         after=(P.COUNT_CLASS_AFTER, P.THRESHOLD_AFTER)),
    Rule("rate-per-head", "a standard amount per person or household (元/人)", _rate_per_head, unit=_yuan),
    Rule("condition", "a condition not (yet) met: 未达到, 未超过, 不足", _condition,
         needs=(P.CONDITION_BEFORE, P.CONDITION_OF)),
    Rule("applied-rate", "a share a fee or tax is charged at (按…的N%)", _applied_rate,
         needs=(P.APPLIED_RATE_BEFORE,)),
    Rule("existing-set", "the size of a designated set being pushed on (加快/推进 N个, 等N个)", _existing_set,
         needs=(P.EXISTING_SET_BEFORE,)),
    Rule("focus-set", "the set a plan focuses on (聚焦19条核心产业链)", _focus_set,
         needs=(P.FOCUS_SET_BEFORE,)),
    Rule("named-capacity", "a plant's size naming it (100兆瓦光伏)", _named_capacity,
         unit=P.NAMED_CAPACITY_UNITS.__contains__),
    Rule("batch-class", "the size class of 一批 things", _batch_class,
         needs=(P.BATCH_BEFORE,)),
    Rule("level-norm", "a size norm per administrative level (不少于100人的市级)", _level_norm,
         after=(P.LEVEL_NORM_AFTER,)),
    Rule("past-batch", "a count of a year before the notice's (完成2022年35个)", _past_batch,
         needs=(P.YEAR_BEFORE,), before=(P.YEAR_BEFORE,)),
    Rule("effect", "an effect a measure produces (产生投资1.5亿元)", _forecast,
         needs=(P.FORECAST,), before=(P.FORECAST,)),
    Rule("catalogue", "a catalogue's size (8类10项)", _catalogue,
         needs=(P.CATALOGUE_BEFORE,), before=(P.CATALOGUE_BEFORE,)),
    Rule("nearly", "a state described with 近 (近200项)", _nearly, before=(NEARLY_BEFORE,)),
    Rule("allocation", "a share of money allocated (20%用于机构统筹)", _allocation,
         after=(P.ALLOCATION_AFTER,)),
    Rule("voucher", "money handed out as vouchers (发放1000万元消费券)", _voucher, unit=_yuan),
    Rule("identified", "a count of a set fixed elsewhere (确定的20个县, 涉及…1068亩)", _identified,
         needs=(P.IDENTIFIED_BEFORE,)),
    Rule("inclusive", "the bound restated in (含…) (超过50人(含50人))", _inclusive,
         needs=(P.INCLUSIVE_BEFORE,), before=(P.INCLUSIVE_BEFORE,)),
    Rule("grade", "a grade written with 级 (5万吨级以上泊位)", _grade,
         after=(P.GRADE_AFTER,)),
    Rule("radius", "a service radius or circle (20公里供热半径内, 15分钟健身圈)", _radius,
         unit=P.RADIUS_UNITS.__contains__),
    Rule("list-pointer", "a count pointing at a list of criteria (具备以下1项, 具有下列4项)", _list_pointer,
         needs=(P.LIST_POINTER_BEFORE,), before=(P.LIST_POINTER_BEFORE,)),
    Rule("either-more", "a class written as N or more (4项或4项以上)", _either_more,
         needs=(P.EITHER_MORE_AFTER, P.EITHER_MORE_BEFORE)),
    Rule("incident-grade", "an emergency plan's grade of harm (造成30人以上死亡)", _incident_grade,
         needs=(P.INCIDENT_CLAUSE,)),
    Rule("capacity-class", "a capacity rate classing a noun (2500吨/日的生产线)", _capacity_class, unit=_per),
    Rule("subject-order", "a count naming who is ordered (16个设区的市要…)", _subject_order,
         needs=(P.SUBJECT_ORDER_AFTER,)),
    Rule("composition", "the posts a body has (领导小组设组长1人，副组长4人)", _composition,
         needs=(P.COMPOSITION_BEFORE, P.COMPOSITION_TITLE), unit=_people),
    Rule("applicant-choice", "how many an applicant picks (申请人最多填报19个志愿, 只限申请承租1套)", _choice,
         needs=(P.CHOICE_BEFORE,), before=(P.CHOICE_BEFORE,)),
    Rule("liaison", "the contact a unit names (各部门明确1名联络员)", _liaison,
         after=(P.LIAISON_AFTER,), before=(P.LIAISON_BEFORE,), unit=_people),
    Rule("fund-allocation", "money or a share of money allotted (安排财政资金490亿元)", _fund_allocation,
         needs=(P.FUND_ALLOCATION_BEFORE,), before=(P.FUND_ALLOCATION_BEFORE,), unit=_money_or_share),
    Rule("award-quota", "how many prizes of a class are given (设一等奖3名)", _award_quota,
         needs=(P.AWARD_BEFORE,), before=(P.AWARD_BEFORE,)),
)
