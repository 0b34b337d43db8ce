"""Clauses stage, one clause's text: str -> ``Parsed`` (its units and roles, completion time, standing rules)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from . import patterns as P
from .lazy_regex import twin
from .names import Name, segments, split_huitong, split_names, unitlike

R = P.RE  # the patterns matched at a place per name, clause and cell: by re where it reads them alike
# (a match is all call; a search keeps regex, which scans a long text faster for some of them)


@dataclass(frozen=True)
class Parsed:
    names: tuple[Name, ...]
    lead_first_rule: bool
    deadline: str | None
    standing: tuple[Name, ...] = ()


@dataclass(frozen=True)
class Rule:
    """A standing rule a clause may state for the clauses after it."""

    name: str
    pattern: object  # a compiled pattern of patterns.py
    family: str


# Standing rules, in the order they are looked for (each is cut out of the clause that states it).
STANDING_RULES = (
    # family: national and provincial plans that write roles once: 列第一位者为牵头单位，下同
    Rule("lead-first", P.LEAD_FIRST_RULE, "排在首位的单位为牵头单位 / 列第一位者为牵头单位，下同"),
    # family: provincial measures that name the local governments once: 以下均需A、B落实，不再列出
    Rule("units-for-later", P.STANDING_UNITS, "以下各项任务均需各市党委、政府落实"),
)


# family: every clause form. A clause names its units by a label (责任单位：, ROLE_LABEL: a colon),
# by a role verb or a qualifier closing a part (A牵头 / B配合 / C负责 / D落实: VERB_ROLES, QUALIFIER),
# or states a standing rule (列第一位者为牵头单位 / 以下均需A落实); a text with none of these words
# is no clause (（一）, （试行）, （2021—2025年）: 97% of the bracketed texts of the bulk set).
# Matches 牵头 / 配合 / 负责 / 落实 / 各负其责 / ：; not 加强领导.
# (the longer first; words of one length in a fixed order: a set's order changes from run to run with
# the hash seed, and so would the pattern, compiled afresh by every run of the CLI: pattern_store)
CLAUSE_WORD = "|".join(sorted({":", "负责", "落实", "各负其责"} | set(P.VERB_ROLES), key=lambda w: (-len(w), w)))


@cache
def clause_word() -> re.Pattern:
    """CLAUSE_WORD compiled on first use, by re (lazy_regex.twin): plain words, which re looks for
    in a line twice as fast as regex (every item line is searched)."""
    return twin(CLAUSE_WORD)


# longer than any ending of UNIT_END (办事处, 领导小组, 联席会议): whether the text before a label ends
# like a unit is looked for in this many characters before it, not from the clause's start
UNIT_END_LONGEST = 16
CACHED = 600  # clause texts up to this long are remembered (a bracketed clause is at most MAX_CLAUSE)


def parse_clause(text: str, view: str) -> Parsed | None:
    """The units a clause names (and any completion time), or None when it is no clause.
    A text without a clause word is none at once; a short one read before is not read again
    (a plan repeats its clauses: 10^5 times on one line)."""
    if not clause_word().search(view):
        return None
    if len(view) <= CACHED:
        return _read_cached(text, view)
    return read_clause(text, view)


@lru_cache(maxsize=4096)
def _read_cached(text: str, view: str) -> Parsed | None:
    return read_clause(text, view)


def forget() -> None:
    """Forget the clauses read so far: called at the end of each parse (no text of one notice
    is held after its parse, and one notice's time does not depend on the notices before it)."""
    _read_cached.cache_clear()


def read_clause(text: str, view: str) -> Parsed | None:
    """``parse_clause`` without its shortcuts: the clause read through."""
    rules, standing, text, view = _standing_rules(text, view)
    names: list[Name] = []
    deadline = None
    for a, b in _sentences(view):
        sv, st = view[a:b], text[a:b]
        if P.LEAD_FIRST_RULE.search(sv) or R.CLAUSE_REMARK.match(sv.strip(" ,;")):
            continue  # a remark (以下除注明…适用范围均为全省) names no unit
        got, has_label, when = _sentence(st, sv)
        if has_label or all(unitlike(n.name) for n in got):
            names += got
            deadline = deadline or when
    if not names and not deadline and not standing:
        return None
    return Parsed(tuple(names), "lead-first" in rules, deadline, tuple(standing))


def _standing_rules(text: str, view: str) -> tuple[set[str], list[Name], str, str]:
    """The standing rules a clause states, the units they name, and the clause with them cut
    out (each replaced by sentence ends, so offsets hold)."""
    rules: set[str] = set()
    standing: list[Name] = []
    for rule in STANDING_RULES:
        for m in rule.pattern.finditer(view):
            rules.add(rule.name)
            if "names" in m.groupdict():
                a, b = m.span("names")
                standing += [Name(n, "responsible", q) for n, q in split_names(text[a:b], view[a:b])]
            cut = "。" * (m.end() - m.start())
            text, view = text[:m.start()] + cut + text[m.end():], view[:m.start()] + cut + view[m.end():]
    return rules, standing, text, view


def _sentences(view: str) -> list[tuple[int, int]]:
    """The spans between the clause's 。 (none empty), each 。 found by ``str.find``, not a Python
    step per character."""
    out, start = [], 0
    i = view.find("。")
    while i != -1:
        out.append((start, i))
        start = i + 1
        i = view.find("。", start)
    out.append((start, len(view)))
    return [(a, b) for a, b in out if b > a]


def _sentence(text: str, view: str) -> tuple[list[Name], bool, str | None]:
    """(names, whether the sentence has role labels, its completion time)."""
    labels: list = []
    for m in P.ROLE_LABEL.finditer(view):
        if _label_starts(view, m, after_label=bool(labels)):
            labels.append(m)
    if not labels:
        names, when = _verb_names(text, view, "responsible", require_verb=True)
        return names, False, when
    names: list[Name] = []
    lead = view[: labels[0].start()].strip(" ,;")
    when = text[: labels[0].start()].strip(" ,;，；") if P.DEADLINE_PHRASE.search(lead) else None
    if lead and not when:  # A牵头，B负责；完成时限：… : the units before the first label
        names, _ = _verb_names(text[: labels[0].start()], view[: labels[0].start()], "responsible", require_verb=True)
    for pos, m in enumerate(labels):
        end = labels[pos + 1].start() if pos + 1 < len(labels) else len(view)
        role = label_role(m.group("label"))
        if role is None:
            if m.group("label").startswith(("完成", "时间")):
                when = when or text[m.end():end].strip(" ,;，；")
            continue
        got, said = _verb_names(text[m.end():end], view[m.end():end], role, require_verb=False)
        names += got
        when = when or said
    return names, True, when


def _label_starts(view: str, m, after_label: bool) -> bool:
    """Does a role label start a part of the clause: at its start, after a separator, or glued to
    the unit before it (责任单位：国网陕西信通公司完成时限：2021年9月31日, 南瑞信通公司配合单位：…)?"""
    i = m.start()
    if i == 0 or view[i - 1] in ",;、 ":
        return True
    # family: one-line copies of enterprise work plans (国网 实施方案) whose labels lost the
    # separator before them; only a label with its owner word (配合单位, 完成时限), never a bare 牵头：
    # (after another label, whatever the name before it: 责任单位：服务商完成时限：…)
    return bool(R.GLUED_LABEL.match(m.group("label")) and (after_label or P.UNIT_END.search(view, max(0, i - UNIT_END_LONGEST), i)))


def label_role(label: str) -> str | None:
    """The role a label gives (牵头单位 -> lead), or None for a label that names no unit (完成时限)."""
    if label.startswith(P.NON_UNIT_LABELS):
        return None
    for key, role in P.LABEL_ROLES:
        if label.startswith(key):
            return role
    return "responsible"


def part_names(text: str, view: str, role: str) -> list[Name]:
    """The names of one labelled part, each with ``role`` unless a verb or a bracket after it says
    another: a label's text, or a 任务分工表 cell under a role column (division.py)."""
    return _verb_names(text, view, role, require_verb=False)[0]


def _verb_names(text: str, view: str, default: str, require_verb: bool) -> tuple[list[Name], str | None]:
    """Names in ``A、B牵头，C配合`` form: a verb gives its role to the names since the last verb.
    After a label (``require_verb`` False) a verb reaches back no further than its own part:
    the names of the parts before it keep the label's role.

    A clause part that states a time (``2023年底前完成``) is no name: it is returned apart.
    """
    out: list[Name] = []
    pending: list[tuple[str, str | None]] = []
    saw_verb = False
    when = None
    for a, b in segments(view, ",;"):
        seg_t, seg_v = text[a:b].strip(), view[a:b].strip()
        if not seg_v:
            continue
        if P.DEADLINE_PHRASE.search(seg_v) and not unitlike(seg_v):
            when = when or seg_t
            continue
        # family: labelled clauses whose last part adds the support or the guide with a verb,
        # 责任单位：各区政府，市直有关部门配合 / 责任单位：市教育局，市发展改革委指导: the names before
        # the comma keep the label's role (they took 配合's); not A、B配合 (one part: the verb's)
        if pending and not require_verb:
            out += [_named(n, default, q) for n, q in pending if not saw_verb or unitlike(n)]
            pending = []
        lead, seg_t, seg_v = split_huitong(seg_t, seg_v)
        out += [Name(n, "lead", q) for n, q in lead]
        role, cut = _segment_role(seg_v, default)
        pending += split_names(seg_t[:cut], seg_v[:cut]) if role else split_names(seg_t, seg_v)
        if role:
            if seg_v[cut:] not in P.VERB_ROLES and seg_v[cut:] != "负责" and pending:
                pending[-1] = (pending[-1][0], seg_t[cut:])
            out += [_named(n, role, q) for n, q in pending]
            pending, saw_verb = [], True
    if require_verb and not saw_verb:
        return [], None
    if saw_verb:  # a remark after the units (；根据…安排确定): not a name
        pending = [(n, q) for n, q in pending if unitlike(n)]
    return out + [_named(n, default, q) for n, q in pending], when


def _named(name: str, role: str, qualifier: str | None) -> Name:
    """A Name; a role written after the name in brackets (市发改委（牵头）) overrides the clause's."""
    if qualifier and (m := R.NAME_ROLE.fullmatch(P.fold(qualifier))):
        return Name(name, P.VERB_ROLES.get(m.group("verb"), "responsible"), None)
    return Name(name, role, qualifier)


def _segment_role(view: str, default: str) -> tuple[str | None, int]:
    """The role a segment's closing verb gives, and where the names end (before an adverb:
    A、B分别牵头负责)."""
    if m := P.ROLE_VERB.search(view):
        role, cut = P.VERB_ROLES[m.group("verb")], m.start()
    elif m := P.QUALIFIER.search(view):
        role, cut = default, m.start()
    else:
        return None, len(view)
    if adverb := P.ROLE_ADVERB.search(view, 0, cut):
        cut = adverb.start()
    return role, cut

