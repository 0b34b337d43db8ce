"""The pipeline: ``Source`` -> ``Document``, running the stages in order.

read (bytes → text) → clean (strip pinyin) → lines → layout (the notice's parts and
regions) → tree (numbered items per region) → clauses (units) → models (validated).
"""
from __future__ import annotations

import gc
import hashlib
import time
from collections import defaultdict
from contextlib import contextmanager

from .. import models as M
from . import patterns as P
from .clauses import Found, find_clauses, line_clause
from .division import DivisionRow, by_order, division_rows, joined
from .layout import layout
from .prose import prose_names
from .regions import Layout, Region
from .lines import Line, split_lines
from .clean import clean
from .read import Source
from .targets import Context, context_year, mask, resolve, scan
from .tree import Node, build, heading_title, walk
from .units import leaf_items, union, with_roles

TABLE_CELLS = 3  # an attachment with this many table lines is a table
UNDATED_MARGIN = 5  # an undated text's year (the one it names most) may be its target year: allow for that


def span(first: Line, last: Line | None = None) -> dict:
    last = last or first
    return {"line": first.no, "end_line": last.no, "start": first.start, "end": last.end}


def inline_span(line: Line, start: int, end: int) -> dict:
    """The span of ``line``'s characters ``start``..``end``."""
    return {"line": line.no, "end_line": line.no, "start": line.start + start, "end": line.start + end}


class Clock:
    """Time spent per stage, summed over a parse (for the benchmark; off by default)."""

    def __init__(self, on: bool = False):
        self.on = on
        self.spent: dict[str, float] = defaultdict(float)

    @contextmanager
    def stage(self, name: str):
        if not self.on:
            yield
            return
        t = time.perf_counter()
        try:
            yield
        finally:
            self.spent[name] += time.perf_counter() - t


@contextmanager
def gc_paused():
    """The cycle collector paused while a parse allocates its many small objects (it would
    otherwise rescan the growing heap again and again: a 100,000-item notice took 4x longer).

    Afterwards the objects the parse made are moved to the oldest generation as they are
    (``freeze`` then ``unfreeze``: two list splices, no scan), or the first collection after
    the parse would scan the whole Document (13% of the time of a 22 MB notice); a later full
    collection still sees them. The parse leaves no cycles behind (``_unlink``), so nothing
    waits there to be collected. Skipped when the caller keeps frozen objects of its own."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            if not gc.get_freeze_count():
                gc.freeze()
                gc.unfreeze()
            gc.enable()


def parse(source: Source, clock: Clock | None = None) -> M.Document:
    """Parse a decoded notice into a validated ``Document``."""
    with gc_paused():
        return _parse(source, clock or Clock())


def _parse(source: Source, clock: Clock) -> M.Document:
    with clock.stage("clean"):
        cleaned = clean(source.text)
    with clock.stage("structure"):
        lines = split_lines(cleaned.text)
        lay = layout(lines)
    title = lay.fields.title or (lines[0].text if lines else "")
    date = lay.fields.date
    year = context_year(date, cleaned.text)
    # periods over before the notice was written are none; with no date, what is years before its text's year
    ctx = Context(year=year, since=int(date[:4]) if date else (year - UNDATED_MARGIN if year else None))
    builder = _Builder(lines, ctx, clock,
                       statistics=bool(P.STATISTICS_DOCUMENT.search(P.fold(title))))
    with clock.stage("tree and models"):
        plans = [builder.plan(r, lay) for r in lay.plans]
        attachments = [builder.attachment(r, lay) for r in lay.attachments]
        builder.join_divisions(plans, attachments)
        builder.validate_items(plans + attachments)
        notice = _notice(lay, lines)
        builder.unparsed(lay)
        for code, i, message in lay.diagnostics:
            builder.diagnose(code, lines[i], message)
        builder.odd_input(plans, attachments)
        info = {
            "path": source.path, "encoding": source.encoding, "newline": source.newline, "size": source.size,
            "lines": len(lines), "sha256": _sha256(source.text),
            "pinyin_annotations_removed": cleaned.removed,
        }
        data = {
            "source": info, "publication": lay.publication, "notice": notice,
            "plan": None, "plans": plans, "attachments": attachments,
            "diagnostics": sorted(builder.diagnostics, key=lambda d: d["line"] or 0),
        }
    with clock.stage("validate"):  # the tree was built as data, each top item validated as it was made
        doc = M.Document.model_validate(data)
        if doc.plans:  # ``plan`` is ``plans[0]``: one model, not a second copy of the plan's tree
            doc.plan = doc.plans[0]
    if clock.on:  # tree, clauses, targets and items' validation ran inside "tree and models": apart
        inner = ("clauses", "targets", "tree", "validate items")
        clock.spent["tree and models"] -= sum(clock.spent[k] for k in inner)
    return doc


def _sha256(text: str, chunk: int = 1 << 20) -> str:
    """The SHA-256 of ``text`` in UTF-8, encoded a megabyte of characters at a time (not a
    second copy of a large text at once); the same bytes, as UTF-8 encodes each character alone."""
    h = hashlib.sha256()
    for i in range(0, len(text), chunk):
        h.update(text[i:i + chunk].encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def stage_times(source: Source, runs: int = 5) -> dict[str, float]:
    """The best time of each stage over ``runs`` parses of ``source`` (seconds)."""
    best: dict[str, float] = {}
    for _ in range(runs):
        clock = Clock(on=True)
        parse(source, clock)
        for name, t in clock.spent.items():
            best[name] = min(best.get(name, t), t)
    return best


def _notice(lay: Layout, lines: list[Line]) -> dict:
    parts = [{"kind": k, "text": "\n".join(ln.text for ln in lines[a:b + 1] if ln.text), "span": span(lines[a], lines[b])}
             for k, a, b in sorted(lay.parts, key=lambda p: p[1])]
    return lay.fields.as_dict() | {"parts": parts}


class _Builder:
    """Turns the regions' trees into models, tracking the lines each element takes."""

    def __init__(self, lines: list[Line], ctx: Context, clock: Clock, statistics: bool = False):
        self.lines = lines
        self.ctx = ctx
        self.clock = clock
        self.ids: dict[str, int] = {}  # ids given so far, document-wide: repeats get ~2, ~3
        self.read_targets = True
        self.statistics = statistics  # a 统计公报: results only, no targets
        self.past: set[int] = set()  # ids of lines under an unnumbered 2023年工作回顾 heading
        self.used: set[int] = set()
        self.diagnostics: list[dict] = []
        self.lead_first = False
        self.standing: list[dict] = []  # units a standing rule gives every later task of the tree
        self.divisions: list[tuple[dict, list[DivisionRow]]] = []  # (attachment, its 任务分工表 rows)
        self.found: dict[Line, list[Found]] = {}  # the clauses of each line read so far

    def plan(self, region: Region, lay: Layout) -> dict:
        title_span = None
        for h in region.head:
            self.used.add(h)
        if region.head:
            title_span = span(self.lines[region.head[0]], self.lines[region.head[-1]])
        prefix = f"a{region.number}:" if region.number else ""
        preamble, sections = self._tree(region, lay.claimed, prefix=prefix)
        title = region.title
        m = P.PERIOD.search(P.fold(title or ""))
        period = f"{m.group('a')}-{m.group('b')}" if m else None
        return {"title": title, "period": period, "attachment": region.number, "preamble": preamble,
                "sections": sections, "span": title_span}

    def attachment(self, region: Region, lay: Layout) -> dict:
        self.used.update(region.head)
        head = [self.lines[h] for h in region.head]
        # an attachment laid out as a table (指标体系, 任务分工表) restates the text's targets
        cells = sum(1 for ln in self.lines[region.first:region.last] if ln.cell)
        self.read_targets = cells < TABLE_CELLS
        preamble, sections = self._tree(region, lay.claimed, prefix=f"a{region.number}:")
        self.read_targets = True
        out = {"number": region.number, "title": region.title, "preamble": preamble,
               "sections": sections, "span": span(head[0], head[-1])}
        if rows := division_rows(self.lines[region.first:region.last]):
            self.divisions.append((out, rows))
        return out

    def join_divisions(self, plans: list[dict], attachments: list[dict]) -> None:
        """Each row of an attached 任务分工表 joins the plan's task it names (by its text, or
        by its number when one task alone has it); a row that joins none stands as a task of
        the attachment."""
        leaves = [leaf for p in plans for top in p["sections"] for leaf in leaf_items(top)]
        for att, rows in self.divisions:
            in_order = by_order(rows, leaves)
            for row in rows:
                clause = self._row_clause(row)
                item = joined(row, leaves) or (leaves[row.number - 1] if in_order else None)
                if item is None:
                    att["sections"].append(self._row_item(row, att["number"], clause))
                    continue
                clause_no = len(item["clauses"])
                item["clauses"].append(clause)
                item["units"] = union(item["units"] + with_roles(clause["units"], clause_no))
                if item["deadline"] is None and row.deadline and (when := resolve(row.deadline, self.ctx)):
                    item["deadline"], item["recurrence"], item["deadline_text"] = when.deadline, when.recurrence, row.deadline

    def _row_clause(self, row: DivisionRow) -> dict:
        units = [{"name": n.name, "role": n.role, "qualifier": n.qualifier, "source": "table"} for n in row.names]
        return {"text": row.text, "scope": "table", "span": span(row.lines[0], row.lines[-1]),
                "deadline_text": row.deadline, "units": union(units)}

    def _row_item(self, row: DivisionRow, number: int, clause: dict) -> dict:
        """A row that joins no task of the plan, as a task of its attachment (path: its 序号)."""
        n = row.number or 0
        key = f"a{number}:{n}"
        self.ids[key] = self.ids.get(key, 0) + 1
        when = resolve(row.deadline, self.ctx) if row.deadline else None
        return {
            "kind": "item", "id": key if self.ids[key] == 1 else f"{key}~{self.ids[key]}", "marker": str(n),
            "style": "row", "number": n, "path": [n], "title": row.task.rstrip("。. "), "heading": row.lines[0].text,
            "body": [self._block(ln) for ln in row.lines[1:] if not ln.blank], "clauses": [clause],
            "units": with_roles(clause["units"], 0), "deadline": when.deadline if when else None,
            "recurrence": when.recurrence if when else None, "deadline_text": row.deadline, "targets": [],
            "children": [], "span": span(row.lines[0], row.lines[-1]), "rule_units": [], "prose_units": [],
        }

    def _tree(self, region: Region, claimed: set[int], prefix: str) -> tuple[list[dict], list[dict]]:
        idx = [i for i in range(region.first, region.last) if i not in claimed]
        self.used.update(idx)
        with self.clock.stage("tree"):
            tree = build([self.lines[i] for i in idx])
        for line, expected in tree.skipped:
            self.diagnose("skipped-number", line, f"numbering jumps: expected {expected}, found {line.text[:12]!r}")
        group = _group_clauses(tree.roots, self._clauses_in)
        self.past = _past_lines([self.lines[i] for i in idx], tree.roots)
        self.standing = []  # a standing rule holds in its own tree
        preamble = [self._block(ln) for ln in tree.preamble]
        for ln in tree.preamble:
            if line_clause(ln.text, ln.view) or find_clauses(ln.text, ln.view):
                self.diagnose("orphan-clause", ln, "a responsibility clause that belongs to no numbered item")
        items = [self._item(n, group, self.ids, prefix, inherited=[]) for n in tree.roots]
        _unlink(tree.roots)
        return preamble, items

    def validate_items(self, trees: list[dict]) -> None:
        """Each top item validated in place, its data freed as its model is made: the data and
        the models of the whole tree are never held together (the Document takes the validated
        items as they are). After the 任务分工表 rows have joined their tasks."""
        with self.clock.stage("validate items"):
            for tree in trees:
                sections = tree["sections"]
                for k, item in enumerate(sections):
                    sections[k] = M.Item.model_validate(item)

    def _clauses_in(self, line: Line) -> list[Found]:
        """``_clauses_in`` once a line: grouping asks about a line before its item is made (a
        line of 10^5 clauses was read four times). Keyed by the line's value (a named tuple):
        equal lines have equal clauses."""
        found = self.found.get(line)
        if found is None:
            found = self.found[line] = _clauses_in(line)
        return found

    def diagnose(self, code: str, line: Line, message: str) -> None:
        self.diagnostics.append({"code": code, "line": line.no, "span": span(line), "message": message})

    def _block(self, line: Line) -> dict:
        if line.cell:
            return {"kind": "row", "cells": [c.strip() for c in line.text.split("\t")], "span": span(line)}
        return {"kind": "paragraph", "text": line.text, "span": span(line)}

    def _item(self, node: Node, group: Groups, ids: dict[str, int], prefix: str,
              inherited: list[dict], inherited_when: str | None = None, period=None) -> dict:
        own = [node.line] + node.body
        clauses: list[dict] = []
        for ln in own:
            if id(ln) in group:
                continue
            with self.clock.stage("clauses"):
                found = self._clauses_in(ln)
            clauses += [self._clause(f, ln, "item") for f in found]
        clauses += [self._clause(f, ln, "group") for ln, owner, f in group.values() if owner is node]
        units = union([u for k, c in enumerate(clauses) for u in with_roles(c["units"], k)])
        when_text = next((c["deadline_text"] for c in clauses if c["deadline_text"]), None) or inherited_when
        child_inherit = union(inherited + with_roles(units, None)) if node.children else inherited
        rule_units = self.standing if not node.children else []
        self._state_rules(clauses)
        targets, period = self._targets(node, period)
        if not P.LIST_LEAD.search(([node.line] + node.body)[-1].view):
            period = None  # only the lead of a list (到2023年：) gives its period to the items below it
        children = [self._item(c, group, ids, prefix, child_inherit, when_text, period) for c in node.children]
        if not node.children:
            units = union(units + inherited)
            when_text = when_text or _due_in_text(own)
        when = resolve(when_text, self.ctx) if when_text else None
        title = node.title or (heading_title(node.body[0].text, node.body[0].view) if node.body else "")
        key = prefix + ".".join(map(str, node.path))
        ids[key] = ids.get(key, 0) + 1
        return {
            "kind": "item", "id": key if ids[key] == 1 else f"{key}~{ids[key]}", "marker": node.marker.text,
            "style": node.marker.style, "number": node.marker.number, "path": node.path, "title": title,
            "heading": node.line.text, "body": [self._block(ln) for ln in node.body],
            "clauses": clauses, "units": units, "rule_units": rule_units,
            "prose_units": self._prose_units(node) if not node.children and not units else [],
            "deadline": when.deadline if when else None,
            "recurrence": when.recurrence if when else None, "deadline_text": when_text,
            "targets": targets, "children": children, "span": span(node.line),
        }

    def _targets(self, node: Node, carry=None) -> tuple[list[dict], object]:
        """Targets in the item's own text: its heading line (a title's numbers too: 新增高新技术
        企业100家, …全年完成年度投资330亿元) and its paragraphs (not table rows); and the period
        in force at its end. ``carry``: the period a list's lead above gives it."""
        out: list[dict] = []
        if node.in_table or not self.read_targets:  # a table restates the text's targets
            return out, None
        if self.statistics or _in_past_section(node):  # 统计公报, 工作回顾, 发展基础: results, not targets
            return out, None
        for ln in [node.line] + node.body:
            if ln.cell or id(ln) in self.past:
                continue
            with self.clock.stage("targets"):
                head = node.marker.end if ln is node.line else 0
                found, carry = scan(ln.text, ln.view, self.ctx, 0, carry, head)
            out += [_target(f, ln) for f in found]
        return out, carry

    def _clause(self, found: Found, line: Line, scope: str) -> dict:
        if found.lead_first_rule:
            self.lead_first = True
        names = list(found.names)
        if self.lead_first and names and all(n.role == "responsible" for n in names):
            names = [n.__class__(n.name, "lead" if k == 0 else "support", n.qualifier) for k, n in enumerate(names)]
        out = {"text": found.text, "scope": scope, "span": inline_span(line, found.start, found.end),
               "deadline_text": found.deadline,
               "units": [{"name": n.name, "role": n.role, "qualifier": n.qualifier} for n in names]}
        if found.standing:
            out["standing"] = [{"name": n.name, "role": n.role, "qualifier": n.qualifier, "source": "rule"}
                               for n in found.standing]
        return out

    def _prose_units(self, node: Node) -> list[dict]:
        """Where a task has no clause: the units its sentences say are responsible (source prose)."""
        with self.clock.stage("clauses"):
            names = prose_names(node.line.text[node.marker.end:], node.line.view[node.marker.end:])
            for ln in node.body:
                if not ln.cell:
                    names += prose_names(ln.text, ln.view)
        units = [{"name": n.name, "role": n.role, "qualifier": None, "source": "prose"} for n in names]
        return union(with_roles(units, None))

    def _state_rules(self, clauses: list[dict]) -> None:
        """A standing rule in these clauses gives its units to every later task (not this one)."""
        for c in clauses:
            if standing := c.pop("standing", None):
                self.standing = union(self.standing + standing)

    def unparsed(self, lay: Layout) -> None:
        used, claimed = self.used, lay.claimed
        for i, ln in enumerate(self.lines):
            if ln.text and i not in used and i not in claimed:
                self.diagnose("unparsed", ln, f"text that fits no element: {ln.text[:30]!r}")

    def odd_input(self, plans: list[dict], attachments: list[dict]) -> None:
        """Say so when the input is not what planparse reads best: markup, or no numbering."""
        markup = next((ln for ln in self.lines if ln.text and P.MARKUP.search(ln.text)), None)
        if markup is not None:
            self.diagnose("markup", markup, "HTML or XML markup in the text: give planparse the page's text, "
                                            "not its source")
        if not any(p["sections"] for p in plans) and not any(a["sections"] for a in attachments):
            first = next((ln for ln in self.lines if ln.text), None)
            if first is not None:
                self.diagnose("no-items", first, "no numbered items (一、 （一） 1. …): no tasks to list")


def _target(f, ln: Line) -> dict:
    return {"value": _plain(f.value), "unit": f.unit, "comparator": f.comparator, "deadline": f.deadline,
            "recurrence": f.recurrence, "verb": f.verb, "change": f.change, "text": f.text,
            "deadline_text": f.deadline_text, "indicator": f.indicator, "span": inline_span(ln, f.start, f.end)}


def _unlink(roots: list[Node]) -> None:
    """Drop each node's link to its parent once the tree is read: the tree is then freed as
    soon as it is dropped, not left as cycles for the collector."""
    stack = list(roots)
    while stack:
        node = stack.pop()
        node.parent = None
        stack.extend(node.children)


def _plain(value):
    """400.0 -> 400; ranges element-wise."""
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    return int(value) if float(value).is_integer() else round(value, 6)


def _due_in_text(lines: list[Line]) -> str | None:
    """A task's due date written in its text (7月27日前报送), when no clause gives one."""
    for ln in lines:
        view = mask(ln.view)  # not a date in 《a title》
        for m in P.TASK_DUE.finditer(view):
            sentence = view[:m.start()].rsplit("。", 1)[-1]
            if not P.RECURRING.search(sentence):  # 每年…5月底前: every year's, no one date
                return ln.text[m.start():m.end()]
    return None


def _in_past_section(node: Node | None) -> bool:
    """Whether the item, or a heading above it, is about what has been (2023年工作回顾)."""
    while node is not None:
        if P.PAST_SECTION.fullmatch(node.title):
            return True
        node = node.parent
    return False


def _past_lines(lines: list[Line], roots: list[Node]) -> set[int]:
    """Lines under an unnumbered heading about what has been (a work report's ``2023年工作回顾``
    line above its numbered 一、二、…), up to the next unnumbered heading (``2024年工作安排``).
    family: 政府工作报告 whose two parts are unnumbered headings, their items numbered inside."""
    heads = {id(n.line) for n in walk(roots)}
    past, out = False, set()
    for ln in lines:
        text = ln.text.strip()
        if id(ln) not in heads and P.STANDALONE_HEADING.fullmatch(text):
            past = bool(P.PAST_SECTION.fullmatch(text))
        if past:
            out.add(id(ln))
    return out


def _clauses_in(line: Line) -> list[Found]:
    alone = line_clause(line.text, line.view)
    return [alone] if alone else find_clauses(line.text, line.view)


Groups = dict[int, tuple[Line, Node, Found]]  # id(clause line) -> (line, the group's node, clause)


def _group_clauses(roots: list[Node], clauses_in=_clauses_in) -> Groups:
    """A clause alone on its line after a group's last item applies to the whole group.

    It does when the item it follows is the last of its siblings (the next marker is
    of a higher level, or none follows), the group has two or more items, and none of
    them carries a clause of its own; otherwise it is the item's own clause.
    """
    out: Groups = {}
    for node in walk(roots):
        parent = node.parent
        if parent is None or parent.children[-1] is not node or len(parent.children) < 2 or not node.body:
            continue
        tail = node.body[-1]
        found = line_clause(tail.text, tail.view)
        if found is None or any(_has_clause(s, tail, clauses_in) for s in parent.children):
            continue
        out[id(tail)] = (tail, parent, found)
    return out


def _has_clause(node: Node, skip: Line, clauses_in=_clauses_in) -> bool:
    for n in walk([node]):
        for ln in [n.line] + n.body:
            if ln is not skip and clauses_in(ln):
                return True
    return False

