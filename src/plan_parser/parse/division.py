"""Division stage: an attachment's ``list[Line]`` -> ``list[DivisionRow]``, the rows of an
attached 任务分工表 with each row's units (role by column) and completion time.

Forms read (family: municipal and provincial 实施方案 that attach a 任务分工表 as 附件N):

- a row per line, cells separated by tabs (``1\\t有序扩大家庭医生来源。\\t…\\t各区政府\\t市卫生健康委``);
- a cell per line, each but the last ending in a tab, rows apart (a web table copied as text);
- a grid: cells between ``|`` or ``│`` bars (a Markdown or drawn table), rule lines skipped;
- a cell per line without tabs (a docx or PDF table as text): rows told apart by their 序号
  (``_bare_rows``);
- a second header row that splits a spanning 责任单位 into 牵头单位 and 配合单位 (``_sub_header``);
- a standing rule in a note or in the header (注：排在第一位的为牵头单位): each row's first unit
  leads (``_lead_first``).
- a row whose leading cells were merged with the row above (no 序号, fewer cells) continues
  that row: its cells are aligned from the right.

The header row names the columns: 序号, the task (工作任务 / 重点任务 / 工作事项 …), the role
columns (牵头单位, 配合单位, 责任单位 … exactly: ``市卫健委内牵头处室`` is a bureau's internal
division, no unit) and the time (完成时限 / 完成时间 / 时间节点).
"""
from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher

from . import patterns as P
from .clause_units import label_role, part_names
from .names import Name, unitlike
from .lines import Line
from .numbers import cn_int

R = P.RE  # the patterns matched at a place per name, clause and cell: by re where it reads them alike
# (a match is all call; a search keeps regex, which scans a long text faster for some of them)


NEAR = 0.75  # how alike a row's task text and a task's title must be to join by likeness


@dataclass(frozen=True)
class Columns:
    """What each column of a division table holds (indexes into a header of ``width`` cells)."""

    width: int
    number: int | None
    task: int | None
    roles: tuple[tuple[int, str], ...]  # (column, role)
    deadline: int | None


@dataclass(frozen=True)
class DivisionRow:
    """One task of the table: its 序号, its task text, its units and time, and its lines."""

    number: int | None
    task: str
    names: tuple[Name, ...]
    deadline: str | None
    lines: tuple[Line, ...]

    @property
    def text(self) -> str:
        return "\n".join(ln.text for ln in self.lines)


def division_rows(lines: list[Line]) -> list[DivisionRow]:
    """The rows of the first 任务分工表 in ``lines`` (an attachment's), or [] when it has none."""
    records = _records(lines)
    rows: list[DivisionRow] = []
    for k, (cells, _) in enumerate(records):
        cols = _columns(cells)
        if cols is not None:
            sub = _sub_header(records[k + 1][0], cols) if k + 1 < len(records) else None
            rows = _rows(records[k + 2:], sub) if sub else _rows(records[k + 1:], cols)
            break
    else:
        rows = _bare_rows(lines)
    # family: 分工表 with one unit column and a standing rule in a note or in its header:
    # 注：排在第一位的为牵头单位 / 责任单位（列第一位者为牵头单位）: the first unit of a row leads
    if rows and any("牵头" in ln.view and P.LEAD_FIRST_RULE.search(ln.view) for ln in lines):
        rows = [_lead_first(r) for r in rows]
    return rows


def _sub_header(cells: list[str], cols: Columns) -> Columns | None:
    """The columns as a second header row refines them (family: 分工表 whose 责任单位 spans 牵头单位
    and 配合单位 in the row below: ``序号 | 重点任务 | 责任单位 | | 完成时限`` then ``| | 牵头单位 |
    配合单位 |``), or None when the row is no such header (a cell that is neither empty nor a role)."""
    if cols.roles and len(cells) < cols.width - cols.roles[0][0]:  # (a line's leading tabs are not kept:
        first = cols.roles[0][0]  # its cells stand from the spanning column on)
        cells = [""] * first + cells + [""] * (cols.width - first - len(cells))
    if len(cells) != cols.width:
        return None
    kinds = [_column_kind(_header(c)) if c.strip() else "" for c in cells]
    if not any(k.startswith("role:") for k in kinds) or any(c.strip() and not k.startswith("role:") for c, k in zip(cells, kinds)):
        return None
    roles = dict(cols.roles) | {i: k[5:] for i, k in enumerate(kinds) if k}
    return Columns(cols.width, cols.number, cols.task, tuple(sorted(roles.items())), cols.deadline)


def _lead_first(row: DivisionRow) -> DivisionRow:
    """A row under a 列第一位者为牵头单位 rule: its first unit leads, the others support, when the
    row's units name no role of their own (all ``responsible``)."""
    if not row.names or any(n.role != "responsible" for n in row.names):
        return row
    names = tuple(Name(n.name, "lead" if k == 0 else "support", n.qualifier) for k, n in enumerate(row.names))
    return DivisionRow(row.number, row.task, names, row.deadline, row.lines)


# family: a 分工表 copied from a document a cell a line and without tabs (a docx or PDF table
# as text): 序号 / 重点任务 / 牵头单位 / 配合单位 / 完成时限 each alone on its line, then each row's
# cells, opening with its 序号 alone (1, then 2 …). A row is read only when it holds as many cells
# as the header (a cell spread over two lines or left empty cannot be placed); a section row after
# it (二、提振餐饮消费) is left out. Not a list of short lines without a 序号 column.
BARE_HEADER_MAX = 12  # the most columns a header of one cell a line is looked for in


def _bare_rows(lines: list[Line]) -> list[DivisionRow]:
    """The rows of a table of one cell a line (no tab), or []."""
    filled = [ln for ln in lines if not ln.blank]
    for k, ln in enumerate(filled):
        if len(ln.text) > 4 or not R.DIVISION_NUMBER.fullmatch(_header(ln.text)):
            continue  # (a header opens with its 序号: one look at each short line)
        run = filled[k:k + BARE_HEADER_MAX]
        width = next((i for i, c in enumerate(run) if not _column_kind(_header(c.text))), len(run))
        cols = _columns([c.text for c in run[:width]]) if width >= 3 else None
        if cols is not None:
            return _rows(_bare_records(filled[k + width:], width), cols)
    return []


def _bare_records(lines: list[Line], width: int) -> list[tuple[list[str], tuple[Line, ...]]]:
    """The rows of ``width`` cells after a bare header: each opens at the line that holds the next
    序号 alone (1, 2, …); a row of another number of cells is left out."""
    starts = []
    for i, ln in enumerate(lines):
        cell = P.fold(ln.text).strip().strip("()、. ")
        if len(cell) <= 3 and cell and cn_int(cell) == len(starts) + 1:
            starts.append(i)
    out = []
    for a, b in zip(starts, [*starts[1:], len(lines)]):
        row = lines[a:b]
        if len(row) == width + 1 and R.SECTION_ROW.match(row[-1].view):
            row = row[:-1]
        if len(row) == width:
            out.append(([ln.text for ln in row], tuple(row)))
    return out


def _records(lines: list[Line]) -> list[tuple[list[str], tuple[Line, ...]]]:
    """Table records: a tab-separated line or a grid row, or the run of one-cell lines (each
    ending in a tab) that ends at a line without one; a blank line or a row ends a run."""
    out: list[tuple[list[str], tuple[Line, ...]]] = []
    run: list[Line] = []
    for ln in lines:
        rule = bool(R.GRID_RULE.fullmatch(ln.text))  # |---|---| or ├──┼──┤ between grid rows
        cells = None if rule else _row_cells(ln)
        if run and (rule or cells is not None or ln.blank):
            out.append(([r.text for r in run], tuple(run)))
            run = []
        if cells is not None:
            out.append((cells, (ln,)))
        elif not rule and not ln.blank and (ln.cell or run):
            run.append(ln)
            if not ln.cell:  # the row's last cell
                out.append(([r.text for r in run], tuple(run)))
                run = []
    if run:
        out.append(([r.text for r in run], tuple(run)))
    return out


def _row_cells(ln: Line) -> list[str] | None:
    """The cells of a grid row or a tab-separated line, or None."""
    if R.GRID_ROW.match(ln.view):
        return [c.strip() for c in P.GRID_BAR.split(ln.text.strip("|│┃ "))]
    if "\t" in ln.text:
        return [c.strip() for c in ln.text.split("\t")]
    return None


def _columns(cells: list[str]) -> Columns | None:
    """The columns of a header row, or None when ``cells`` is no 任务分工表 header."""
    kinds = [_column_kind(_header(c)) for c in cells]
    roles = tuple((i, k[5:]) for i, k in enumerate(kinds) if k.startswith("role:"))
    if not roles or "task" not in kinds:
        return None
    pick = lambda kind: kinds.index(kind) if kind in kinds else None  # noqa: E731
    return Columns(len(cells), pick("number"), pick("task"), roles, pick("deadline"))


def _header(cell: str) -> str:
    """A header cell as compared: folded, without spaces or a bracketed note (责任单位（部门）)."""
    view = "".join(P.fold(cell).split())
    if "牵头" in view and (rule := P.LEAD_FIRST_RULE.search(view)):  # 责任单位（排在第一位的为牵头单位）
        view = view[: rule.start()].rstrip("(:,") or view
    return P.HEADER_NOTE.sub("", view) or view


def _column_kind(cell: str) -> str:
    if R.DIVISION_NUMBER.fullmatch(cell):
        return "number"
    if R.DIVISION_TASK.fullmatch(cell):
        return "task"
    if R.DIVISION_TIME.fullmatch(cell):
        return "deadline"
    if (m := R.ROLE_LABEL.fullmatch(cell + ":")) and (role := label_role(m.group("label"))):
        return "role:" + role
    return ""


def _rows(records: list[tuple[list[str], tuple[Line, ...]]], cols: Columns) -> list[DivisionRow]:
    rows: list[dict] = []
    for cells, lines in records:
        if len(cells) > cols.width or len(cells) < 2:
            continue
        merged = len(cells) < cols.width
        cells = [""] * (cols.width - len(cells)) + cells  # merged leading cells: align from the right
        number = _number(cells, cols)
        if number is not None or not rows or (not merged and cells[cols.number or 0]):
            task = cells[cols.task] if cols.task is not None else ""
            rows.append({"number": number, "task": task, "names": [], "deadline": None, "lines": []})
        row = rows[-1]
        row["lines"] += lines
        for i, role in cols.roles:  # (cells aligned from the right must read as units)
            row["names"] += [n for n in _cell_names(cells[i], role) if not merged or unitlike(n.name)]
        if cols.deadline is not None and not row["deadline"] and not _empty(cells[cols.deadline]):
            row["deadline"] = cells[cols.deadline]
    return [DivisionRow(r["number"], r["task"], tuple(r["names"]), r["deadline"], tuple(r["lines"]))
            for r in rows if r["names"] or r["deadline"]]


def _number(cells: list[str], cols: Columns) -> int | None:
    """The row's 序号: 1 / 1. / 1、 / 一 / （一）, or None."""
    if cols.number is None:
        return None
    cell = P.fold(cells[cols.number]).strip().strip("()、. ")
    return cn_int(cell) if cell else None


def _cell_names(cell: str, role: str) -> list[Name]:
    """The units a cell names, with its column's role; ``/``, ``无`` and dashes are empty cells.
    family: 分工表 whose one unit column marks the lead in the cell, 市商务局（牵头）、市财政局, or
    writes it as a clause, 市公安局牵头，市商务局配合: read as a label's part (clause_units), so the
    bracket or the verb gives its role (not a name 市公安局牵头)."""
    if _empty(cell):
        return []
    return part_names(cell, P.fold(cell), role)


def _empty(cell: str) -> bool:
    return bool(R.EMPTY_CELL.fullmatch(P.fold(cell).strip()))


def _task_key(text: str) -> str:
    """A task's text as compared with a row's: folded, without spaces and end marks."""
    return "".join(P.fold(text).split()).rstrip("。.;:")


def joined(row: DivisionRow, leaves: list[dict]) -> dict | None:
    """The plan's task (an item, as data) a row names: the one whose title is the row's task
    text (or begins it), else the one task numbered as the row is."""
    key = _task_key(row.task)
    if key:
        for item in leaves:
            title = _task_key(item["title"])
            if title == key or (min(len(title), len(key)) >= 4 and (key.startswith(title) or title.startswith(key))):
                return item
        if len(key) >= 4 and (near := _nearest(key, leaves)) is not None:
            return near
    numbered = [item for item in leaves if item["number"] == row.number]
    return numbered[0] if row.number is not None and len(numbered) == 1 else None


def _nearest(key: str, leaves: list[dict]) -> dict | None:
    """The one task whose title reads nearly as the row's text (a word added or dropped:
    扩大家庭医生来源 / 有序扩大家庭医生来源), or None when none or two come near."""
    scored = sorted(((SequenceMatcher(None, key, _task_key(item["title"])).ratio(), k) for k, item in enumerate(leaves)),
                    reverse=True)
    if not scored or scored[0][0] < NEAR or (len(scored) > 1 and scored[1][0] >= NEAR):
        return None
    return leaves[scored[0][1]]


def by_order(rows: list[DivisionRow], leaves: list[dict]) -> bool:
    """Whether the table numbers the plan's tasks in order: its 序号 run 1..N over N tasks
    (then row N is the N-th task, whatever the plan's own numbering)."""
    return len(rows) == len(leaves) > 0 and [r.number for r in rows] == list(range(1, len(rows) + 1))
