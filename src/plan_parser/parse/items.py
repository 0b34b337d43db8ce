"""Build stage, the items: a region's tree (``Region``, ``Node``) -> the plan's and attachments' item dicts, with diagnostics."""
from __future__ import annotations

from .. import models as M
from . import patterns as P
from .clauses import Found
from .clock import Clock
from .division import DivisionRow, division_rows
from .elements import blocks, inline_span, span, targets
from .grouping import PAST_ENDS, due_in_text, ends_list_lead, past_lines, past_title, unlink
from .joining import join_divisions
from .lines import Line
from .reading import Reading, read_tree
from .regions import Layout, Region, compact, filled
from .sharing import SharedUnits
from .targets import Context, resolve, scan
from .tree import Node, build, heading_title
from .units import union, with_roles

TABLE_CELLS = 3  # an attachment with this many table lines is a table


class Builder:
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
        self.read = Reading({}, {}, {}, {})  # the clauses stage's reading of the tree being made
        self.prefix = ""  # of the ids of the tree being made: a2: in attachment 2
        self.tables: dict[int, list[DivisionRow]] = {}  # id(attachment region) -> its 任务分工表 rows
        self.eager = False  # validate each top item as it is made (no table row will join a task)
        self.shared = SharedUnits()  # a unit's value once, as one model, however many items name it

    def read_tables(self, attachments: list[Region]) -> None:
        """Each attachment's 任务分工表, read before any tree is made. With none, no task's data
        changes once made (join_divisions), and each top item is validated as soon as it is made:
        the data of a whole tree is never held at once."""
        self.tables = {id(r): rows for r in attachments
                       if (rows := division_rows(compact(self.lines, r.first, r.last)))}
        self.eager = not self.tables

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
        cells = sum(1 for i in filled(self.lines, region.first, region.last) if self.lines[i].cell)
        self.read_targets = cells < TABLE_CELLS
        preamble, sections = self._tree(region, lay.claimed, prefix=f"a{region.number}:")
        self.read_targets = True
        out = {"number": region.number, "title": region.title, "preamble": preamble,
               "sections": sections, "span": span(head[0], head[-1])}
        if rows := self.tables.get(id(region)):
            self.divisions.append((out, rows))
        return out

    def join_divisions(self, plans: list[dict]) -> None:
        """The attached 任务分工表s' rows joined to the plan's tasks (joining.py)."""
        join_divisions(self.divisions, plans, self.ctx, self.ids, self.shared)

    def _tree(self, region: Region, claimed: set[int], prefix: str) -> tuple[list[dict], list[dict]]:
        idx = [i for i in filled(self.lines, region.first, region.last) if i not in claimed]  # blank: no element
        self.used.update(idx)
        lines = [self.lines[i] for i in idx]
        with self.clock.stage("tree"):
            tree = build(lines)
        for line, expected in tree.skipped:
            self.diagnose("skipped-number", line, f"numbering jumps: expected {expected}, found {line.text[:12]!r}")
        with self.clock.stage("clauses"):
            read = self.read = read_tree(lines, tree.roots)
        orphans = [ln for ln in tree.preamble if read.found[id(ln)]]
        self.past = past_lines(lines, tree.roots)
        self.standing = []  # a standing rule holds in its own tree
        preamble = blocks(tree.preamble)
        for ln in orphans:
            self.diagnose("orphan-clause", ln, "a responsibility clause that belongs to no numbered item")
        self.prefix = prefix
        items = [self._top(n) for n in tree.roots]
        unlink(tree.roots)
        return preamble, items

    def forget_lines(self) -> None:
        """Let go of the notice's lines (and what was read of the last tree) once every element and
        diagnostic is made: the items' data holds the texts it needs, not the lines' folded views."""
        self.lines, self.tables, self.divisions = [], {}, []
        self.read = Reading({}, {}, {}, {})
        self.past, self.used = set(), set()

    def _top(self, node: Node) -> dict | M.Item:
        """A top item's data, or its model when validated as made (``eager``)."""
        item = self._item(node, inherited=[])
        if not self.eager:
            return item
        with self.clock.stage("validate items"):
            return M.Item.model_validate(item)

    def validate_items(self, trees: list[dict]) -> None:
        """With a 任务分工表 (not ``eager``): each top item validated in place once its rows have
        joined their tasks, its data freed as its model is made, so that the data and the models of
        the whole tree are never held together (the Document takes the validated items as they are)."""
        if self.eager:  # (validated as made)
            return
        with self.clock.stage("validate items"):
            for tree in trees:
                sections = tree["sections"]
                for k, item in enumerate(sections):
                    sections[k] = M.Item.model_validate(item)

    def diagnose(self, code: str, line: Line, message: str) -> None:
        self.diagnostics.append({"code": code, "line": line.no, "span": span(line), "message": message})

    def _item(self, node: Node, inherited: list[dict], inherited_when: str | None = None, period=None,
              past: bool = False, key: str | None = None) -> dict:
        """The item's data (its children's too). ``past``: whether a heading above it is about what has been;
        ``key``: its id before any ~2 (its parent's key and its number: the tree's prefix and its path)."""
        own = [node.line, *node.body]
        title = node.title
        past = past or (title.endswith(PAST_ENDS) and past_title(title))  # (a heading above about what has been: read down the tree)
        read = self.read
        clauses = self._clauses(node, own) if read.held or read.owned else []  # (most trees: no clause at all)
        units = union([u for k, c in enumerate(clauses) for u in with_roles(c["units"], k)]) if clauses else []
        when_text = (clauses and next((c["deadline_text"] for c in clauses if c.get("deadline_text")), None)) or inherited_when
        children = node.children
        share = self.shared.units  # each unit as its value's one model, once read as data here (sharing.py)
        standing = self.standing  # (the rules stated before this item: not its own, nor its children's)
        if clauses:
            self._state_rules(clauses)
            for c in clauses:
                c["units"] = share(c["units"])
        item_targets, period = self._targets(node, own, period, past)
        if key is None:
            key = self.prefix + ".".join(map(str, node.path))
        if children:
            child_inherit = union(inherited + with_roles(units, None)) if units else inherited
            if not ends_list_lead(own[-1].view):
                period = None  # only the lead of a list (到2023年：) gives its period to the items below it
            children = [self._item(c, child_inherit, when_text, period, past, f"{key}.{c.path[-1]}") for c in children]
            rule_units, prose = [], None
        else:
            units = union(units + inherited) if inherited else units  # (a union's union is itself)
            when_text = when_text or due_in_text(own)
            rule_units = share(standing) if standing else []
            prose = None if units else read.prose.get(id(node))
        when = resolve(when_text, self.ctx) if when_text else None
        if not title and node.body:
            title = heading_title(node.body[0].text, node.body[0].view)
        ids = self.ids
        n = ids[key] = ids.get(key, 0) + 1
        line = node.line
        item = {  # (no "kind": its default; with 18 fields, not 19, the model's set of fields set is 728 bytes, not 2,264)
            "id": key if n == 1 else f"{key}~{n}", "marker": node.marker.text,
            "style": node.marker.style, "number": node.marker.number, "path": node.path, "title": title,
            "heading": line.text, "body": blocks(node.body) if node.body else [],
            "clauses": clauses, "units": share(units) if units else units,  # (most: none, no call)
            "rule_units": rule_units, "prose_units": share(_prose_units(prose)) if prose else [],
            "targets": item_targets, "children": children,
            "span": span(line),
        }
        # no due date (most items): its three fields left out, the model's defaults (None)
        if when is not None:
            if when.deadline is not None:
                item["deadline"] = when.deadline
            if when.recurrence is not None:
                item["recurrence"] = when.recurrence
        if when_text is not None:
            item["deadline_text"] = when_text
        return item

    def _clauses(self, node: Node, own: list[Line]) -> list[dict]:
        """The item's clauses: those of its own lines (not a group's line), then the group clauses it owns."""
        found, held, group = self.read.found, self.read.held, self.read.group
        clauses = [self._clause(f, ln, "item") for ln in own if id(ln) in held and id(ln) not in group
                   for f in found[id(ln)]] if held else []
        if owned := self.read.owned.get(id(node)):
            clauses += [self._clause(f, ln, "group") for ln, f in owned]
        return clauses

    def _targets(self, node: Node, own: list[Line], carry=None, past: bool = False) -> tuple[list[dict], object]:
        """Targets in the item's own text: its heading line (a title's numbers too: 新增高新技术
        企业100家, …全年完成年度投资330亿元) and its paragraphs (not table rows); and the period
        in force at its end. ``carry``: the period a list's lead above gives it; ``past``: the item
        or a heading above it is about what has been."""
        if node.in_table or not self.read_targets:  # a table restates the text's targets
            return [], None
        if self.statistics or past:  # 统计公报, 工作回顾, 发展基础: results, not targets
            return [], None
        read = []
        with self.clock.stage("targets"):
            for ln in own:
                if ln.cell or id(ln) in self.past:
                    continue
                found, carry = scan(ln.text, ln.view, self.ctx, 0, carry, node.marker.end if ln is node.line else 0)
                if found:
                    read.append((ln, found))
        return targets(read), carry

    def _clause(self, found: Found, line: Line, scope: str) -> dict:
        if found.lead_first_rule:
            self.lead_first = True
        names = list(found.names)
        if self.lead_first and names and all(n.role == "responsible" for n in names):
            names = [n.__class__(n.name, "lead" if k == 0 else "support", n.qualifier) for k, n in enumerate(names)]
        out = {"text": found.text, "span": inline_span(line, found.start, found.end),
               "units": [{"name": n.name, "role": n.role, "qualifier": n.qualifier, "roles": []} for n in names]}
        if scope != "item":  # (a default left out: the model's set of fields set is then of 4 at most, 216 bytes, not 728)
            out["scope"] = scope
        if found.deadline is not None:
            out["deadline_text"] = found.deadline
        if found.standing:
            out["standing"] = [{"name": n.name, "role": n.role, "qualifier": n.qualifier, "source": "rule"}
                               for n in found.standing]
        return out

    def _state_rules(self, clauses: list[dict]) -> None:
        """A standing rule in these clauses gives its units to every later task (not this one)."""
        for c in clauses:
            if standing := c.pop("standing", None):
                self.standing = union(self.standing + standing)

    def unparsed(self, lay: Layout) -> None:
        used, claimed = self.used, lay.claimed
        for i in filled(self.lines):  # (ascending: no set of every line made and sorted)
            if i in used or i in claimed:
                continue
            ln = self.lines[i]
            self.diagnose("unparsed", ln, f"text that fits no element: {ln.text[:30]!r}")

    def odd_input(self, plans: list[dict], attachments: list[dict], tagged: bool = True) -> None:
        """Say so when the input is not what planparse reads best: markup, or no numbering.
        ``tagged``: whether the text holds a < at all (a tag opens with one: no line is searched without)."""
        markup = next((ln for ln in map(self.lines.__getitem__, filled(self.lines))
                       if "<" in ln.text and P.MARKUP.search(ln.text)), None) if tagged else None
        if markup is not None:
            self.diagnose("markup", markup, "HTML or XML markup in the text: give planparse the page's text, "
                                            "not its source")
        if not any(p["sections"] for p in plans) and not any(a["sections"] for a in attachments):
            first = next(map(self.lines.__getitem__, filled(self.lines)), None)
            if first is not None:
                self.diagnose("no-items", first, "no numbered items (一、 （一） 1. …): no tasks to list")


def _prose_units(names: list) -> list[dict]:
    """Where a task has no unit: the units its sentences say are responsible (source prose; read
    with its clauses, ``Reading.prose``)."""
    units = [{"name": n.name, "role": n.role, "qualifier": None, "source": "prose"} for n in names]
    return union(with_roles(units, None))
