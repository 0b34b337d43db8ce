"""Clauses stage: an item's text -> ``list[Found]`` responsibility clauses with their units.

Forms read (full- or half-width, simplified or traditional):
``（责任单位：A、B按职能分工负责）``, ``（牵头单位：A；配合单位：B、C）``, ``（A牵头，B、C配合）``,
``（A牵头，B参与）``, ``（A负责）``, ``（A指导，B负责落实）``, ``（负责部门：A、B）``, and a
separate line ``牵头单位：A`` / ``责任单位：A``. Names are split on ``、，,；`` and on
``及``/``和``/``与`` only between two units (``工业和信息化部`` is one name).
Qualifiers (``按职能分工负责``) and a trailing ``等``/``等单位`` are kept apart.
"""
from __future__ import annotations

from dataclasses import dataclass

from . import patterns as P

MAX_CLAUSE = 600  # longest parenthesised clause we look into (characters)

_LABEL_ROLE = (
    ("牵头", "lead"), ("主办", "lead"), ("配合", "support"), ("参与", "support"), ("协办", "support"),
    ("协助", "support"), ("指导", "guide"), ("督办", "guide"),
)
_VERB_ROLE = {
    "牵头负责": "lead", "牵头落实": "lead", "牵头": "lead", "会同": "lead", "配合落实": "support",
    "配合": "support", "参与": "support", "协助": "support", "协同": "support", "指导": "guide",
}


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


@dataclass(frozen=True)
class Parsed:
    names: tuple[Name, ...]
    lead_first_rule: bool
    deadline: str | None


def find_clauses(text: str, view: str | None = None) -> list[Found]:
    """Every responsibility clause in ``text`` (one paragraph): in brackets ``（…）``/``【…】``,
    or run on after a sentence (``……。牵头单位：A；配合单位：B。``)."""
    view = P.fold(text) if view is None else view
    found: list[Found] = []
    done = 0
    for i, j in _pairs(view):
        if i < done:
            continue  # inside a clause already read (各县（市、区）人民政府)
        clause = parse_clause(text[i + 1:j], view[i + 1:j])
        if clause is not None and clause.names:
            found.append(Found(i, j + 1, text[i:j + 1], clause.names, clause.lead_first_rule, clause.deadline))
            done = j + 1
    tail = _run_on(text, view, found)
    return found + [tail] if tail else found


def _run_on(text: str, view: str, found: list[Found]) -> Found | None:
    """A labelled clause after a sentence's end, outside brackets, running to the line's end."""
    for m in P.ROLE_LABEL.finditer(view):
        i = m.start()
        if i == 0 or view[i - 1] not in "。.;" or any(f.start <= i < f.end for f in found):
            continue
        clause = parse_clause(text[i:].rstrip("。. "), view[i:].rstrip("。. "))
        if clause is not None and clause.names:
            return Found(i, len(text), text[i:], clause.names, clause.lead_first_rule, clause.deadline)
    return None


def _pairs(view: str) -> list[tuple[int, int]]:
    """Matching ``(``/``)`` pairs no longer than MAX_CLAUSE, by opening position (one linear pass)."""
    opened: list[int] = []
    pairs = []
    for j, ch in enumerate(view):
        if ch in "(【":
            opened.append(j)
        elif ch in ")】" and opened:
            i = opened.pop()
            if j - i <= MAX_CLAUSE:
                pairs.append((i, j))
        elif ch == "\n":
            opened.clear()
    pairs.sort()
    return pairs


def line_clause(text: str, view: str | None = None) -> Found | None:
    """A separate responsibility line (``牵头单位：A；配合单位：B``) or a clause alone on its line."""
    view = P.fold(text) if view is None else view
    body, bview = text, view
    if view[:1] in "(【" and (0, len(view) - 1) in _pairs(view):
        body, bview = text[1:-1], view[1:-1]
    elif not P.ROLE_LABEL.match(view):
        return None
    clause = parse_clause(body, bview)
    if clause is None:
        return None
    return Found(0, len(text), text, clause.names, clause.lead_first_rule, clause.deadline)


def parse_clause(text: str, view: str) -> Parsed | None:
    """The units a clause names (and any completion time), or None when it is no clause."""
    names: list[Name] = []
    rule = False
    deadline = None
    for a, b in _sentences(view):
        sv, st = view[a:b], text[a:b]
        if P.LEAD_FIRST_RULE.search(sv):
            rule = True
            continue
        got, has_label, when = _sentence(st, sv)
        if has_label or all(_unitlike(n.name) for n in got):
            names += got
            deadline = deadline or when
    if not names and not deadline:
        return None
    return Parsed(tuple(names), rule, deadline)


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
    labels = [m for m in P.ROLE_LABEL.finditer(view) if m.start() == 0 or view[m.start() - 1] in ",;、 "]
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
        role = _label_role(m.group("label"))
        if role is None:
            if m.group("label").startswith(("完成", "时间")):
                when = when or text[m.end():end].strip(" ,;，；")
            continue
        got, said = _verb_names(text[m.end():end], view[m.end():end], role, require_verb=False)
        names += got
        when = when or said
    return names, True, when


def _label_role(label: str) -> str | None:
    if label.startswith(("完成", "时间", "责任领导")):
        return None
    for key, role in _LABEL_ROLE:
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
    for a, b in _segments(view, ",;"):
        seg_t, seg_v = text[a:b].strip(), view[a:b].strip()
        if not seg_v:
            continue
        if P.DEADLINE_PHRASE.search(seg_v) and not _unitlike(seg_v):
            when = when or seg_t
            continue
        lead, seg_t, seg_v = _split_huitong(seg_t, seg_v)
        out += [Name(n, "lead", q) for n, q in lead]
        role, cut = _segment_role(seg_v, default)
        pending += split_names(seg_t[:cut], seg_v[:cut]) if role else split_names(seg_t, seg_v)
        if role:
            if seg_v[cut:] not in _VERB_ROLE and seg_v[cut:] != "负责" and pending:
                pending[-1] = (pending[-1][0], seg_t[cut:])
            out += [_named(n, role, q) for n, q in pending]
            pending, saw_verb = [], True
    if require_verb and not saw_verb:
        return [], None
    if saw_verb:  # a remark after the units (；根据…安排确定): not a name
        pending = [(n, q) for n, q in pending if _unitlike(n)]
    return out + [_named(n, default, q) for n, q in pending], when


def _named(name: str, role: str, qualifier: str | None) -> Name:
    """A Name; a role written after the name in brackets (市发改委（牵头）) overrides the clause's."""
    if qualifier and (m := P.NAME_ROLE.fullmatch(P.fold(qualifier))):
        return Name(name, _VERB_ROLE.get(m.group("verb"), "responsible"), None)
    return Name(name, role, qualifier)


def _segment_role(view: str, default: str) -> tuple[str | None, int]:
    """The role a segment's closing verb gives, and where the names end (before an adverb:
    A、B分别牵头负责)."""
    if m := P.ROLE_VERB.search(view):
        role, cut = _VERB_ROLE[m.group("verb")], m.start()
    elif m := P.QUALIFIER.search(view):
        role, cut = default, m.start()
    else:
        return None, len(view)
    if adverb := P.ROLE_ADVERB.search(view, 0, cut):
        cut = adverb.start()
    return role, cut


def _split_huitong(text: str, view: str) -> tuple[list[tuple[str, str | None]], str, str]:
    """``A会同B负责``: A leads; the rest is read on."""
    i = view.find("会同")
    if i <= 0:
        return [], text, view
    return split_names(text[:i], view[:i]), text[i + 2:], view[i + 2:]


def _segments(view: str, seps: str) -> list[tuple[int, int]]:
    out, start, depth = [], 0, 0
    for i, ch in enumerate(view):
        depth += (ch == "(") - (ch == ")")
        if ch in seps and depth <= 0:
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
    for a, b in _segments(view, "、,;"):
        t, v = text[a:b].strip(), view[a:b].strip()
        if not v:
            continue
        if parts and P.TIER_ONLY.match(v) and parts[-1][1].startswith("各"):
            pt, pv = parts.pop()
            t, v = f"{pt}、{t}", f"{pv}、{v}"
        parts += _split_conj(t, v)
    out = []
    for t, v in parts:
        if m := P.TRAILING_ETC.search(v):
            if m.start() > 0:
                t, v = t[: m.start()], v[: m.start()]
        t = t.strip().removeprefix("由")
        folded = P.fold(t)
        if t and not P.GENERIC_UNIT.match(folded) and not P.NOT_A_NAME.search(folded) and len(t) <= 60:
            role = P.NAME_ROLE.search(folded)
            out.append((t[: role.start()].rstrip(), t[role.start():]) if role and role.start() else (t, None))
    if out and qualifier:
        out[-1] = (out[-1][0], qualifier)
    return out


def _split_conj(text: str, view: str) -> list[tuple[str, str]]:
    """Split on 及/和/与 only where both sides are units."""
    for m in P.UNIT_CONJ.finditer(view):
        left, right = view[: m.start()], view[m.end():]
        if not right or P.GENERIC_UNIT.match(right) or len(right) < 2:
            continue
        if (P.UNIT_END.search(left) or left.startswith("各")) and _unitlike(right):
            return [(text[: m.start()], left)] + _split_conj(text[m.end():], right)
    return [(text, view)]


def _unitlike(name: str) -> bool:
    """Does a name read like an authority (ends like one, or is a collective 各…)?"""
    v = P.fold(name)
    return bool(P.UNIT_END.search(v)) or v.startswith(("各", "有关", "相关")) or v.endswith("单位")
