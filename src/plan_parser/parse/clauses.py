"""Clauses stage: an item's text -> ``list[Found]`` responsibility clauses with their units.

Forms read (full- or half-width, simplified or traditional):
``（责任单位：A、B按职能分工负责）``, ``（牵头单位：A；配合单位：B、C）``, ``（A牵头，B、C配合）``,
``（A牵头，B参与）``, ``（A负责）``, ``（A指导，B负责落实）``, ``（负责部门：A、B）``, a
separate line ``牵头单位：A`` / ``责任单位：A``, labels glued to the name before them in one-line
copies (``责任单位：A完成时限：…``), and a sentence that opens with its units outside brackets
(``A牵头，B、C配合，…``; names sharing an ending, ``山东、江苏公司``, are one unit). Names are split on ``、，,；`` and on
``及``/``和``/``与`` only between two units (``工业和信息化部`` is one name), and after ``等``
(``A等和B负责``: two units). Qualifiers (``按职能分工负责``) and a trailing ``等``/``等单位`` are
kept apart. Brackets: ``（）`` ``【】`` ``[ ]`` ``〔〕``; inner brackets (``各县[市、区]人民政府``,
``各县级市<区>政府``, ``〈…〉``) stay inside a name. Standing rules (``STANDING_RULES``) are read
apart from the units of the clause that states them.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import regex

from . import patterns as P

MAX_CLAUSE = 600  # longest parenthesised clause we look into (characters)
OPEN, CLOSE = "(【[〔", ")】]〕"  # clause brackets, in the folded view (（ ［ fold to ( [)
INNER_OPEN, INNER_CLOSE = "([〈‹<", ")]〉›>"  # brackets inside a name: 各县[市、区] / 各县级市<区>
_BRACKET = regex.compile(r"[(【\[〔)】\]〕\n]")  # what _pairs looks at
_SEGMENT_MARKS = regex.compile(r"[(\[〈‹<)\]〉›>、,;。]")  # what segments looks at (any separator it is given)


@dataclass(frozen=True)
class Name:
    name: str
    role: str
    qualifier: str | None = None


@dataclass(frozen=True)
class Found:
    """A clause found at ``start``..``end`` of the text it was looked for in."""

    start: int
    end: int
    text: str
    names: tuple[Name, ...]
    lead_first_rule: bool = False
    deadline: str | None = None  # a completion time written in the clause: 2023年底前完成
    standing: tuple[Name, ...] = ()  # units a standing rule gives every later task (以下均需A落实)


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


def find_clauses(text: str, view: str | None = None) -> list[Found]:
    """Every responsibility clause in ``text`` (one paragraph), by the forms of CLAUSE_FORMS in
    order (a later form skips what an earlier one found)."""
    view = P.fold(text) if view is None else view
    found: list[Found] = []
    for form in CLAUSE_FORMS:
        found += form.find(text, view, found)
    return found


def _bracketed(text: str, view: str, found: list[Found]) -> list[Found]:
    """Clauses in brackets: the outermost pair that reads as a clause."""
    out: list[Found] = []
    done = 0
    for i, j in _pairs(view):
        if i < done:
            continue  # inside a clause already read (各县（市、区）人民政府)
        clause = parse_clause(text[i + 1:j], view[i + 1:j])
        if clause is not None and (clause.names or clause.standing):
            out.append(_found(i, j + 1, text[i:j + 1], clause))
            done = j + 1
    return out


def _run_on(text: str, view: str, found: list[Found]) -> list[Found]:
    """A labelled clause after a sentence's end, outside brackets, running to the line's end."""
    if ":" not in view:
        return []
    for m in P.ROLE_LABEL.finditer(view):
        i = m.start()
        # family: one-line enterprise copies whose content list was lost (改造内容具体如下：责任单位：A)
        after_colon = view[i - 1:i] == ":" and P.GLUED_LABEL.match(m.group("label"))
        if i == 0 or (view[i - 1] not in "。.;" and not after_colon) or any(f.start <= i < f.end for f in found):
            continue
        clause = parse_clause(text[i:].rstrip("。. "), view[i:].rstrip("。. "))
        if clause is not None and clause.names:
            return [_found(i, len(text), text[i:], clause)]
    return []


def _lead_sentence(text: str, view: str, found: list[Found]) -> list[Found]:
    """A sentence that opens with its units and their verbs, outside brackets (A牵头，B、C配合，…)."""
    if "牵头" not in view:
        return []
    out: list[Found] = []
    for m in P.SENTENCE_LEAD.finditer(view):
        if any(f.start <= m.start("lead") < f.end for f in found):
            continue
        names = _part_names(text, view, m.span("lead"), "lead")
        if not names:
            continue
        if m.group("support") and (support := _part_names(text, view, m.span("support"), "support")):
            names += support
            end = m.end()
        else:
            end = m.end("lead") + view[m.end("lead"):].index("牵头") + 2
        out.append(Found(m.start("lead"), end, text[m.start("lead"):end], tuple(names)))
    return out


def _part_names(text: str, view: str, span: tuple[int, int], role: str) -> list[Name]:
    """The names of one part of a sentence clause, when every one reads as a unit."""
    a, b = span
    names = split_names(text[a:b], view[a:b])
    if not names or "牵头" in text[a:b]:
        return []
    if not all(unitlike(n) for n, _ in names):  # (names sharing an ending are joined: 山东、江苏公司)
        return []
    return [Name(n, role, q) for n, q in names]


@dataclass(frozen=True)
class ClauseForm:
    """A way a clause is written in a paragraph: ``find(text, view, found so far)``."""

    name: str
    find: Callable[[str, str, list[Found]], list[Found]]
    example: str


# The forms of a clause inside a paragraph, in the order they are read. (A clause alone on
# its line, ``牵头单位：A`` or ``（责任单位：A）``, is ``line_clause``'s.)
CLAUSE_FORMS = (
    # family: every 实施方案/若干措施 that closes an item with its units:
    # （责任单位：A、B）, （A牵头，B配合）, 〔责任单位：A〕, [责任单位:A], 【牵头单位：A】
    ClauseForm("bracketed", _bracketed, "推进建设。（牵头单位：市发展改革委；配合单位：市财政局）"),
    # family: plans that run the label on after the item's last sentence, without brackets
    ClauseForm("run-on", _run_on, "推进建设。牵头单位：市发展改革委；配合单位：市财政局。"),
    # family: work plans that open a measure's sentence with its units, outside brackets
    ClauseForm("lead-sentence", _lead_sentence, "完善工作细则。山东公司牵头，山西、江苏公司配合，修订细则。"),
)


def _found(start: int, end: int, text: str, clause: Parsed) -> Found:
    return Found(start, end, text, clause.names, clause.lead_first_rule, clause.deadline, clause.standing)


def _pairs(view: str) -> list[tuple[int, int]]:
    """Matching bracket pairs no longer than MAX_CLAUSE, by opening position (one linear pass
    over the brackets alone: most lines hold none, and are passed over at once)."""
    if not any(ch in view for ch in CLOSE):
        return []
    opened: list[int] = []
    pairs = []
    for m in _BRACKET.finditer(view):
        j, ch = m.start(), m.group()
        if ch in OPEN:
            opened.append(j)
        elif ch == "\n":
            opened.clear()
        elif opened:
            i = opened.pop()
            if j - i <= MAX_CLAUSE:
                pairs.append((i, j))
    pairs.sort()
    return pairs


def line_clause(text: str, view: str | None = None) -> Found | None:
    """A separate responsibility line (``牵头单位：A；配合单位：B``) or a clause alone on its line."""
    view = P.fold(text) if view is None else view
    body, bview = text, view
    if view[:1] in OPEN and (0, len(view) - 1) in _pairs(view):
        body, bview = text[1:-1], view[1:-1]
    elif not P.ROLE_LABEL.match(view):
        return None
    clause = parse_clause(body, bview)
    if clause is None:
        return None
    return _found(0, len(text), text, clause)


def parse_clause(text: str, view: str) -> Parsed | None:
    """The units a clause names (and any completion time), or None when it is no clause."""
    rules, standing, text, view = _standing_rules(text, view)
    names: list[Name] = []
    deadline = None
    for a, b in _sentences(view):
        sv, st = view[a:b], text[a:b]
        if P.LEAD_FIRST_RULE.search(sv) or P.CLAUSE_REMARK.match(sv.strip(" ,;")):
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
    out, start = [], 0
    for i, ch in enumerate(view):
        if ch in "。":
            out.append((start, i))
            start = i + 1
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
    return bool(P.GLUED_LABEL.match(m.group("label")) and (after_label or P.UNIT_END.search(view, 0, i)))


def label_role(label: str) -> str | None:
    """The role a label gives (牵头单位 -> lead), or None for a label that names no unit (完成时限)."""
    if label.startswith(P.NON_UNIT_LABELS):
        return None
    for key, role in P.LABEL_ROLES:
        if label.startswith(key):
            return role
    return "responsible"


def _verb_names(text: str, view: str, default: str, require_verb: bool) -> tuple[list[Name], str | None]:
    """Names in ``A、B牵头，C配合`` form: a verb gives its role to the names since the last verb.

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
    if qualifier and (m := P.NAME_ROLE.fullmatch(P.fold(qualifier))):
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


def split_huitong(text: str, view: str) -> tuple[list[tuple[str, str | None]], str, str]:
    """``A会同B负责``: A leads; the rest is read on."""
    i = view.find("会同")
    if i <= 0:
        return [], text, view
    return split_names(text[:i], view[:i]), text[i + 2:], view[i + 2:]


def segments(view: str, seps: str) -> list[tuple[int, int]]:
    """Spans of ``view`` between separators, not splitting inside inner brackets (各县[市、区])."""
    out, start, depth = [], 0, 0
    for m in _SEGMENT_MARKS.finditer(view):
        i, ch = m.start(), m.group()
        if ch in INNER_OPEN:
            depth += 1
        elif ch in INNER_CLOSE:
            depth -= 1
        elif ch in seps and depth <= 0:
            out.append((start, i))
            start = i + 1
    out.append((start, len(view)))
    return out


def split_names(text: str, view: str) -> list[tuple[str, str | None]]:
    """``A、B及C等单位按职能分工负责`` -> [(A, None), (B, None), (C, qualifier)]."""
    qualifier = None
    if q := P.QUALIFIER.search(view):
        qualifier = text[q.start():]
        text, view = text[: q.start()], view[: q.start()]
    parts: list[tuple[str, str]] = []
    for a, b in segments(view, "、,;"):
        t, v = text[a:b].strip(), view[a:b].strip()
        if not v:
            continue
        if parts and P.TIER_ONLY.match(v) and parts[-1][1].startswith("各"):
            pt, pv = parts.pop()
            t, v = f"{pt}、{t}", f"{pv}、{v}"
        for et, ev in _split_etc(t, v):
            parts += _split_conj(et, ev)
    parts = _join_shared(parts)
    out = []
    for t, v in parts:
        if m := P.TRAILING_ETC.search(v):
            if m.start() > 0:
                t, v = t[: m.start()], v[: m.start()]
        t = t.strip().removeprefix("由")
        if aside := P.NAME_ASIDE.search(P.fold(t)):  # 各区人民政府〈含开发区…，下同〉
            t = t[: aside.start()].rstrip()
        folded = P.fold(t)
        if (t and not P.GENERIC_UNIT.match(folded) and not P.NOT_A_NAME.search(folded) and len(t) <= 60
                and not P.CLAUSE_REMARK.match(folded)):
            role = P.NAME_ROLE.search(folded)
            out.append((t[: role.start()].rstrip(), t[role.start():]) if role and role.start() else (t, None))
    if out and qualifier:
        out[-1] = (out[-1][0], qualifier)
    return out


def _join_shared(parts: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Names that share the next unit's ending join it, one unit as written: 山东、江苏、浙江公司."""
    out: list[tuple[str, str]] = []
    run: list[tuple[str, str]] = []
    for t, v in parts:
        if P.ELIDED_NAME.fullmatch(v) and not unitlike(v):
            run.append((t, v))
            continue
        if run and all(shares_ending(rv, v) for _, rv in run):
            t, v = "、".join([rt for rt, _ in run] + [t]), "、".join([rv for _, rv in run] + [v])
        else:
            out += run
        out.append((t, v))
        run = []
    return out + run


def shares_ending(first: str, name: str) -> bool:
    """Does ``first`` (山东, 建设: no unit alone) share the ending of the unit ``name`` after it
    (浙江公司, 信通公司)? Only when it is as long as ``name``'s stem (not 服务商、南瑞信通公司).
    family: enterprise plans that name sister companies by place: 山东、江苏、浙江公司."""
    if unitlike(first) or not P.ELIDED_NAME.fullmatch(first) or not (end := P.UNIT_END.search(name)):
        return False
    return len(name) - len(end.group()) == len(first)


def _split_etc(text: str, view: str) -> list[tuple[str, str]]:
    """``工业和信息化部等和各有关地方人民政府``: the names before ``等和`` and after it."""
    m = P.ETC_JOIN.search(view)
    if m is None or m.start() == 0:
        return [(text, view)]
    return [(text[: m.start()], view[: m.start()])] + _split_etc(text[m.end():], view[m.end():])


def _split_conj(text: str, view: str) -> list[tuple[str, str]]:
    """Split on 及/和/与 only where both sides are units."""
    for m in P.UNIT_CONJ.finditer(view):
        left, right = view[: m.start()], view[m.end():]
        if not right or P.GENERIC_UNIT.match(right) or len(right) < 2:
            continue
        if (P.UNIT_END.search(left) or left.startswith("各")) and unitlike(right):
            return [(text[: m.start()], left)] + _split_conj(text[m.end():], right)
    return [(text, view)]


def unitlike(name: str) -> bool:
    """Does a name read like an authority (ends like one, or is a collective 各…)?"""
    v = P.fold(name)
    return bool(P.UNIT_END.search(v)) or v.startswith(("各", "有关", "相关")) or v.endswith("单位")

