"""Targets stage, its filter: spans and numbers that are *not* targets, as tables of named rules.

A number with a measure word is a target unless one of these rules says it sets a policy's
parameter (a subsidy, a tax rate, a loan term, a fee, a procurement share), classes what a
rule applies to (``年营业收入2000万元以上的企业``), or counts a set that already exists
(``加快12个国家区域医疗中心建设``). Each rule names the family of writing it serves.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Callable

from . import gates
from . import patterns as P


@dataclass(frozen=True)
class Rule:
    name: str
    family: str
    test: Callable[..., bool]
    # gates (gates.py): patterns one of which the rule needs to match inside the clause, and
    # patterns one of which it needs to match right after the number; () when not gated
    needs: tuple = ()
    after: tuple = ()
    # a gate on the number's unit alone: a condition the test itself starts with (None: no gate)
    unit: Callable[[str | None], bool] | None = None


def parameter_spans(view: str, a: int, b: int, clauses: list[tuple[int, int]],
                    chars: list[set[str]] | None = None) -> list[tuple[int, int]]:
    """The parts of the sentence ``view[a:b]`` (cut into ``clauses``) whose numbers set a
    policy's parameters: the whole sentence when it states a tax, fee, loan or fund rule;
    else each clause that grants money (给予…补贴, 奖励2万元) with the clauses before it
    that are its conditions (``对…达到10%(含)以上的限上企业，给予…奖励``); the whole sentence
    too when it defines a class (``工业园区是指…，…原则上应不小于5万吨标准煤``). ``chars``: each
    clause's gate characters (gates.characters), when the caller has them."""
    chars = [gates.characters(view, s, e) for s, e in clauses] if chars is None else chars
    whole = set().union(*chars)  # (the clauses hold every character of the sentence but the commas between them)
    if (not _T.POLICY_SENTENCE.isdisjoint(whole) and P.POLICY_SENTENCE.search(view, a, b)) or (
            not _T.DEFINITION.isdisjoint(whole) and not any(s.isdisjoint(whole) for s in _T.DEFINITION_also)
            and P.DEFINITION.search(view, a, b)):
        return [(a, b)]
    # (the clause tests are tried only when the sentence holds what they need at all)
    out = [] if _T.PRESENT_STATE.isdisjoint(whole) else _present_state(view, clauses, chars)
    if not _T.GRANT.isdisjoint(whole):
        for k, ((s, e), here) in enumerate(zip(clauses, chars)):
            if not _T.GRANT.isdisjoint(here) and P.GRANT.search(view, s, e):
                out.append((_conditions_from(view, clauses, k), e))
    return out


# each clause's tests, gated on the characters each pattern needs (gates.py)
_T = gates.Table(GRANT=P.GRANT, PRESENT_STATE=P.PRESENT_STATE, ANY_PERIOD=P.ANY_PERIOD,
                 POLICY_SENTENCE=P.POLICY_SENTENCE, DEFINITION=P.DEFINITION)


def _present_state(view: str, clauses: list[tuple[int, int]], chars: list[set[str]]) -> list[tuple[int, int]]:
    """Clauses that state what exists now (``全省现有煤炭储备能力1920万吨，其中，…420万吨``): from
    the clause with 现有 through the clauses after it, until one with a goal verb (达到, 力争…)."""
    for k, ((s, e), here) in enumerate(zip(clauses, chars)):
        if not _T.PRESENT_STATE.isdisjoint(here) and P.PRESENT_STATE.search(view, s, e) and not _goal(view, s, e):
            end = e
            for (s2, e2), there in zip(clauses[k + 1:], chars[k + 1:]):
                if _goal(view, s2, e2) or (not _T.ANY_PERIOD.isdisjoint(there) and (
                        _T.ANY_PERIOD_exact or P.ANY_PERIOD.search(view, s2, e2))):
                    break
                end = e2
            return [(s, end)]
    return []


def _goal(view: str, s: int, e: int) -> bool:
    return bool(P.GOAL_VERB.search(view, s, e) or P.STATE_GOAL.search(view, s, e))


def _conditions_from(view: str, clauses: list[tuple[int, int]], k: int) -> int:
    """Where the conditions of the grant in clause ``k`` start: back over clauses that end in
    的 or hold a 每 rate (``团购规模超过30套(含)不足100套的，每平方米补贴20元``), through the
    first that opens with 对; a clause of another kind ends the walk."""
    start = clauses[k][0]
    if P.CONDITION_OPEN.match(view, start):
        return start
    for j, (s, e) in reversed(list(enumerate(clauses[:k]))):
        if P.CONDITION_OPEN.match(view, s):
            return s
        opens = j == k - 1 and P.GRANT_OPEN.match(view, clauses[k][0])
        if not (opens or P.CONDITION_CLAUSE.search(view, s, e)):
            break
        start = s
    return start


def _count(n) -> bool:
    return n.unit is not None and n.unit != "%" and n.unit[-1] in P.COUNT_UNIT_END


def _threshold(view, n, a, b, year) -> bool:
    # 年营业收入2000万元以上的企业 / 月销售额10万元以下(含本数)的 / 200千瓦及以下采用低压供电;
    # a count only below: 造成3人以下死亡 (培育10家以上龙头企业 is a target)
    if _count(n):
        return bool(P.COUNT_CLASS_AFTER.match(view, n.end))
    return n.unit != "%" and bool(P.THRESHOLD_AFTER.match(view, n.end))


def _rate_per_head(view, n, a, b, year) -> bool:
    # 5万元/人, 500元/人次, 1000元/人: a standard per head, not an amount to reach
    return n.unit is not None and n.unit.endswith("元") and view.startswith("/", n.end)


def _condition(view, n, a, b, year) -> bool:
    # 允许未达到项目投资额25%的土地 / 销售额未超过30万元的 / 对拥有1套住房并已结清…的家庭
    return bool(P.CONDITION_BEFORE.search(view, max(a, n.start - 12), n.start)
                or (P.CONDITION_OPEN.match(view, a) and P.CONDITION_OF.match(view, n.end, b)))


def _applied_rate(view, n, a, b, year) -> bool:
    # 按照税额的50%减征 / 按现行标准的80%收取 / 按不超过500元/人次的标准
    return bool(P.APPLIED_RATE_BEFORE.search(view, a, n.start))


def _existing_set(view, n, a, b, year) -> bool:
    # 加快12个国家区域中医诊疗中心建设 / 推进28个重点产业链 / 郑州、洛阳等10个国家物流枢纽
    m = P.EXISTING_SET_BEFORE.search(view, a, n.start)
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
    return n.unit is not None and n.unit.endswith("元") and bool(P.VOUCHER_AFTER.match(view, n.end))


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
    return bool(P.INCIDENT_CLAUSE.search(view, a, b) and P.INCIDENT_CAUSE.search(view, a, n.start))


def _capacity_class(view, n, a, b, year) -> bool:
    # 2500吨/日的水泥熟料生产线整合退出一半: a capacity rate that classes the noun after it
    return bool(n.unit and "/" in n.unit and P.CAPACITY_CLASS_AFTER.match(view, n.end, b))


def _subject_order(view, n, a, b, year) -> bool:
    # 。16个设区的市要制定落实方案: the count names who is ordered, not an amount to reach
    return not view[a:n.start].strip() and bool(P.SUBJECT_ORDER_AFTER.match(view, n.end, b))


def _yuan(unit: str | None) -> bool:
    return unit is not None and unit.endswith("元")


def _per(unit: str | None) -> bool:
    return bool(unit and "/" in unit)


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
         needs=(P.YEAR_BEFORE,)),
    Rule("effect", "an effect a measure produces (产生投资1.5亿元)", _forecast,
         needs=(P.FORECAST,)),
    Rule("catalogue", "a catalogue's size (8类10项)", _catalogue,
         needs=(P.CATALOGUE_BEFORE,)),
    Rule("nearly", "a state described with 近 (近200项)", _nearly),
    Rule("allocation", "a share of money allocated (20%用于机构统筹)", _allocation,
         after=(P.ALLOCATION_AFTER,)),
    Rule("voucher", "money handed out as vouchers (发放1000万元消费券)", _voucher, unit=_yuan),
    Rule("identified", "a count of a set fixed elsewhere (确定的20个县, 涉及…1068亩)", _identified,
         needs=(P.IDENTIFIED_BEFORE,)),
    Rule("inclusive", "the bound restated in (含…) (超过50人(含50人))", _inclusive,
         needs=(P.INCLUSIVE_BEFORE,)),
    Rule("grade", "a grade written with 级 (5万吨级以上泊位)", _grade,
         after=(P.GRADE_AFTER,)),
    Rule("radius", "a service radius or circle (20公里供热半径内, 15分钟健身圈)", _radius,
         unit=P.RADIUS_UNITS.__contains__),
    Rule("list-pointer", "a count pointing at a list of criteria (具备以下1项, 具有下列4项)", _list_pointer,
         needs=(P.LIST_POINTER_BEFORE,)),
    Rule("either-more", "a class written as N or more (4项或4项以上)", _either_more,
         needs=(P.EITHER_MORE_AFTER, P.EITHER_MORE_BEFORE)),
    Rule("incident-grade", "an emergency plan's grade of harm (造成30人以上死亡)", _incident_grade,
         needs=(P.INCIDENT_CLAUSE,)),
    Rule("capacity-class", "a capacity rate classing a noun (2500吨/日的生产线)", _capacity_class, unit=_per),
    Rule("subject-order", "a count naming who is ordered (16个设区的市要…)", _subject_order,
         needs=(P.SUBJECT_ORDER_AFTER,)),
)


# the rules' patterns, so that gates.characters looks for what they need
_RULE_PATTERNS = gates.Table(**{f"R{k}_{j}": rx for k, rule in enumerate(NUMBER_RULES) for j, rx in enumerate(rule.needs)})


def not_a_target(view: str, n, a: int, b: int, year: int | None, chars: set[str] | None = None) -> str | None:
    """The name of the first rule that says the number ``n`` in clause ``view[a:b]`` is no target.
    ``chars``: the clause's gate characters (gates.characters), to skip the rules whose gates
    it fails (None: every rule is tried; the answer is the same)."""
    if chars is None or not gates.ENABLED:
        rules = _ALL_RULES
    else:
        rules = rules_for(chars, view[n.end:n.end + 1], n.unit)
    for name, test in rules:
        if test(view, n, a, b, year):
            return name
    return None


_ALL_RULES = tuple((rule.name, rule.test) for rule in NUMBER_RULES)


def rules_for(chars: set[str], nxt: str, unit: str | None = None) -> tuple:
    """(name, test) of the rules, in order, whose gates a clause with gate characters ``chars``
    and a number with ``unit`` followed by ``nxt`` pass: a bit per rule, the clause's bits (the
    rules its characters may serve), the next character's (the rules that may match after it)
    and the unit's (the rules whose unit gate it passes) met."""
    masks = _masks()
    need = masks.always
    by_char = masks.by_char
    for c in chars:
        need |= by_char.get(c, 0)
    after = masks.after.get(nxt)
    if after is None:
        after = masks.after[nxt] = masks.after_of(nxt)
    by_unit = masks.by_unit.get(unit)
    if by_unit is None:
        by_unit = masks.by_unit[unit] = masks.unit_of(unit)
    key = need & after & by_unit
    found = masks.rules.get(key)
    if found is None:
        found = masks.rules[key] = tuple(r for k, r in enumerate(_ALL_RULES) if key >> k & 1)
    return found


class _Masks:
    """The rules' gates as bits (rule k is bit k), derived once from _gated_rules."""

    def __init__(self, gated) -> None:
        self.always = 0  # rules with no clause gate
        self.by_char: dict[str, int] = {}  # a character -> the rules whose clause gate it opens
        self.open_after = 0  # rules with no gate after the number
        self.starts: list[tuple[int, frozenset[str], bool]] = []
        for k, (_, needs, after) in enumerate(gated):
            if needs is None:
                self.always |= 1 << k
            else:
                for c in needs:
                    self.by_char[c] = self.by_char.get(c, 0) | 1 << k
            if after is None:
                self.open_after |= 1 << k
            else:
                self.starts.append((k, after[0], after[1]))
        self.units = [(k, rule.unit) for k, (rule, _, _) in enumerate(gated)]
        self.by_unit: dict[str | None, int] = {}  # a unit -> the rules whose unit gate it passes (filled on use)
        self.after: dict[str, int] = {}  # the next character -> the rules that may match after it (filled on use)
        self.rules: dict[int, tuple] = {}  # bits -> (name, test) of those rules, in order (filled on use)

    def unit_of(self, unit: str | None) -> int:
        bits = 0
        for k, gate in self.units:
            if gate is None or gate(unit):
                bits |= 1 << k
        return bits

    def after_of(self, nxt: str) -> int:
        bits = self.open_after
        for k, first, space in self.starts:
            if nxt in first or (space and nxt.isspace()):
                bits |= 1 << k
        return bits


@functools.cache
def _masks() -> _Masks:
    return _Masks(_gated_rules())


@functools.cache
def _gated_rules() -> tuple:
    """Each rule with its gates: the characters its clause must hold (None: no gate), and what
    the text after the number must start with (None: no gate); derived once, on first use."""
    return tuple((rule, _union([gates.needs(rx) for rx in rule.needs]), _union_starts([gates.starts(rx) for rx in rule.after]))
                 for rule in NUMBER_RULES)


def _union(sets: list) -> frozenset[str] | None:
    return None if not sets or None in sets else frozenset().union(*sets)


def _union_starts(found: list) -> tuple[frozenset[str], bool] | None:
    if not found or None in found:
        return None
    return frozenset().union(*(f[0] for f in found)), any(f[1] for f in found)


def without_size_classes(view: str, numbers: list) -> list:
    """The clause's numbers without those that only class what a later number counts:
    ``其中10亿元以上项目不少于5个`` and ``新增50亿元工业企业1家`` are 5个 and 1家, not the 亿元 too."""
    return [n for k, n in enumerate(numbers)
            if not (k + 1 < len(numbers) and not _count(n) and P.SIZE_CLASS_AFTER.match(view, n.end))]
