"""Clauses stage, quick tests: a line's folded view -> whether a clause form may stand in it.

Each is a necessary condition of the pattern it stands before (tests/test_build_fast.py checks
them against the patterns): a line that fails one is passed over, as the pattern would find nothing.
"""
from __future__ import annotations

# the last characters of ROLE_LABEL's label words (单位 部门 处室 主体 机构, 责任, 牵头, 牵头考核, 配合, 参与,
# 协办, 协助, 责任领导, 完成时限, 完成时间, 时间节点, 时间要求): a colon after none of them closes no label
LABEL_ENDS = frozenset("位门室体构任头核合与办助导限间点求")
LABEL_STARTS = frozenset("主责牵配参协承负指督实落属监行完时")  # and their first characters
# what follows a lead sentence's 牵头, which closes its part (SENTENCE_LEAD: 牵头 or 牵头负责, then , ; or 。)
_LEAD_ENDS = tuple(rest + end for rest in ("", "负责") for end in ",;。")


def may_label(view: str) -> bool:
    """Whether a role label (ROLE_LABEL: a label word, spaces, a colon) may stand in ``view``: a
    colon after the last character of a label word (LABEL_ENDS) or after a space."""
    return preceded(view, ":", LABEL_ENDS, space=True)


def preceded(view: str, word: str, chars: frozenset[str], space: bool = False) -> bool:
    """Whether ``word`` stands in ``view`` right after one of ``chars`` (or a space, with ``space``):
    each of its places tried, one ``str.find`` each (the shape of the quick tests here)."""
    i = view.find(word, 1)
    while i >= 0:
        c = view[i - 1]
        if c in chars or (space and c.isspace()):
            return True
        i = view.find(word, i + 1)
    return False


def may_lead(view: str) -> bool:
    """Whether a lead sentence (SENTENCE_LEAD) may stand in ``view``: a 牵头 that closes its part."""
    i = view.find("牵头")
    while i >= 0:
        if view.startswith(_LEAD_ENDS, i + 2):
            return True
        i = view.find("牵头", i + 2)
    return False


# the last characters of PROSE_DUTY's unit endings (部门 局 委 厅 办 中心 政府 单位 总社 集团), which its verb follows
DUTY_ENDS = frozenset("门局委厅办心府位社团")
DUTY_VERBS = ("负责", "牵头", "配合")  # what its verbs open with (牵头负责, 牵头, 负责, 配合)


def may_duty(view: str) -> bool:
    """Whether a duty sentence (PROSE_DUTY) may match ``view``: one of its verbs right after the last
    character of a unit's ending (发展改革部门负责…; not 全面负责…, where the pattern would try every
    split of the words before it)."""
    return any(preceded(view, verb, DUTY_ENDS) for verb in DUTY_VERBS)
