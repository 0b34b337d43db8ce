"""Workbook stage: ``list[Sheet]`` (a notice's title, 文号 and tasks) -> the 任务分工表 as ``.xlsx`` bytes.

One sheet per notice (and an index sheet first when there are several): a title row with the
notice's title and 文号, then a frozen header with an autofilter, one row per task: 序号, 编号,
一级任务, 二级任务, 具体措施 (the task's text), a column per role (never merged), 完成时限 as a
date cell (or 每年/长期), 时限说明 when the text says more than the date, 目标 in words and 来源
(file name and line). Landscape, fitted to the page width, the header repeated on every page.
openpyxl is imported only here, when a workbook is made.
"""
from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass

from ..models import Task
from .tables import SECTION_SEPARATOR, deadline_note, source_name
from .text import RECURRENCE_TEXT, names, numbered, target_words


@dataclass(frozen=True)
class Sheet:
    file: str | None  # the notice's file, as given
    title: str | None  # the notice's title (or its plan's)
    doc_number: str | None  # 文号
    tasks: tuple[Task, ...]


@dataclass(frozen=True)
class Column:
    header: str
    width: float
    cell: object  # (number, task) -> the cell's value
    role: str | None = None  # a role column, shown only when some task has that role
    date: bool = False


def _level(task: Task, n: int) -> str:
    if n == 0:
        return task.sections[0] if task.sections else task.title
    return SECTION_SEPARATOR.join(task.sections[1:])


def _measures(task: Task) -> str:
    """The task's text without its responsibility clauses (their units have their own columns)."""
    text = task.text
    for clause in task.clauses:
        text = text.replace(clause, "")
    return text.strip()


def _when(task: Task):
    """A date cell for a dated task, else the recurrence or the time as written."""
    if task.deadline:
        return dt.date.fromisoformat(task.deadline)
    return RECURRENCE_TEXT.get(task.recurrence or "") or (task.deadline_text or "")


COLUMNS = (
    Column("序号", 6, lambda n, t: n),
    Column("编号", 9, lambda n, t: numbered(t.attachment, t.path)),
    Column("一级任务", 16, lambda n, t: _level(t, 0)),
    Column("二级任务", 18, lambda n, t: _level(t, 1)),
    Column("具体措施", 60, lambda n, t: _measures(t)),
    Column("牵头单位", 18, lambda n, t: names(t.units, ("lead",)), role="lead"),
    Column("配合单位", 22, lambda n, t: names(t.units, ("support",)), role="support"),
    Column("指导单位", 14, lambda n, t: names(t.units, ("guide",)), role="guide"),
    Column("责任单位", 18, lambda n, t: names(t.units, ("responsible",)), role="responsible"),
    Column("完成时限", 13, lambda n, t: _when(t), date=True),
    Column("时限说明", 14, lambda n, t: deadline_note(t) if t.deadline else ""),
    Column("目标", 24, lambda n, t: "；".join(target_words(x) for x in t.targets)),
    Column("来源", 24, lambda n, t: f"{source_name(t.file)} 第{t.line}行".strip()),
)
ALWAYS_SHOWN = {"lead", "support", "responsible"}  # 指导单位 only when some task has one
DATE_FORMAT = 'yyyy"年"m"月"d"日"'


def carries_something(task: Task) -> bool:
    """Whether a task belongs in the table: it names a unit, a target or a time (指导思想 does not)."""
    return bool(task.units or task.targets or task.deadline or task.recurrence)


def shown(tasks, everything: bool) -> list[Task]:
    """The tasks a sheet lists: those that carry something, unless ``everything`` (or none does)."""
    kept = [t for t in tasks if everything or carries_something(t)]
    return kept or list(tasks)


def workbook(sheets: list[Sheet], everything: bool = False) -> bytes:
    """The 任务分工表 workbook of ``sheets`` as ``.xlsx`` bytes."""
    from openpyxl import Workbook  # lazily: only this export needs it

    rows = {id(s): shown(s.tasks, everything) for s in sheets}
    roles = {u.role for r in rows.values() for t in r for u in t.units} | ALWAYS_SHOWN
    columns = [c for c in COLUMNS if c.role is None or c.role in roles]
    wb = Workbook()
    titles = _sheet_names(sheets)
    if len(sheets) > 1:
        _index(wb.active, sheets, titles, rows)
    for i, sheet in enumerate(sheets):
        ws = wb.active if (i == 0 and len(sheets) == 1) else wb.create_sheet()
        ws.title = titles[i]
        _fill(ws, sheet, rows[id(sheet)], columns)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _sheet_names(sheets: list[Sheet]) -> list[str]:
    """Names Excel accepts (31 characters, none of ``[]:*?/\\``), one per sheet, unique."""
    if len(sheets) == 1:
        return ["任务分工表"]
    out: list[str] = []
    for s in sheets:
        stem = source_name(s.file).rsplit(".", 1)[0] or "notice"
        base = "".join("_" if ch in "[]:*?/\\" else ch for ch in stem)[:28]
        name, n = base, 2
        while name in out or name == "目录":
            name, n = f"{base[:25]}-{n}", n + 1
        out.append(name)
    return out


def _fill(ws, sheet: Sheet, tasks: list[Task], columns: list[Column]) -> None:
    from openpyxl.utils import get_column_letter

    last = get_column_letter(len(columns))
    _title_row(ws, sheet, last)
    ws.append([c.header for c in columns])
    for n, task in enumerate(tasks, start=1):
        ws.append([c.cell(n, task) for c in columns])
    for i, c in enumerate(columns, start=1):
        ws.column_dimensions[get_column_letter(i)].width = c.width
    _style(ws, columns, len(tasks))
    _heights(ws, columns, len(tasks))
    ws.freeze_panes = "A3"
    ws.auto_filter.ref = f"A2:{last}{len(tasks) + 2}"
    _print_setup(ws, 2)


def _title_row(ws, sheet: Sheet, last: str) -> None:
    from openpyxl.styles import Alignment, Font

    title = sheet.title or source_name(sheet.file) or "任务分工表"
    ws.append([f"{title}（{sheet.doc_number}）" if sheet.doc_number else title])
    ws.merge_cells(f"A1:{last}1")
    ws["A1"].font = Font(bold=True, size=14)
    ws["A1"].alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws.row_dimensions[1].height = 36


def _style(ws, columns: list[Column], count: int) -> None:
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    for row in ws.iter_rows(min_row=2, max_row=count + 2, max_col=len(columns)):
        for cell, col in zip(row, columns):
            cell.border, cell.alignment = border, wrap
            if col.date and isinstance(cell.value, (dt.date, dt.datetime)):
                cell.number_format = DATE_FORMAT
    for cell in ws[2]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDE5F0")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)


LINE_HEIGHT = 15  # points, for the default 11-point font
MAX_HEIGHT = 409  # points: the tallest row Excel allows
WIDE = 1.7  # column-width units a Chinese character takes (measured on LibreOffice's PDF of a sheet)


def _heights(ws, columns: list[Column], count: int) -> None:
    """Row heights that show the wrapped text (spreadsheet programs do not measure it when they open a file)."""
    for row in ws.iter_rows(min_row=3, max_row=count + 2, max_col=len(columns)):
        lines = max(_lines(cell.value, col.width) for cell, col in zip(row, columns))
        ws.row_dimensions[row[0].row].height = min(MAX_HEIGHT, LINE_HEIGHT * lines + 4)


def _lines(value, width: float) -> int:
    """How many lines ``value`` takes in a column ``width`` characters wide (a Chinese character is two)."""
    if not isinstance(value, str) or not value:
        return 1
    from unicodedata import east_asian_width

    per_line = max(1.0, width - 1)
    total = 0
    for line in value.split("\n"):
        w = sum(WIDE if east_asian_width(ch) in "WF" else 1 for ch in line)
        total += max(1, -int(-w // per_line))
    return total


def _print_setup(ws, header: int) -> None:
    """Landscape A4, fitted to the page width, row ``header`` repeated on every page."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0  # as many pages down as it takes
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = f"{header}:{header}"
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.4


def _index(ws, sheets: list[Sheet], names: list[str], rows: dict) -> None:
    """The first sheet when there are several notices: one line each, linked to its sheet."""
    from openpyxl.styles import Font

    ws.title = "目录"
    ws.append(["序号", "文件", "标题", "文号", "任务数"])
    for n, (sheet, name) in enumerate(zip(sheets, names), start=1):
        ws.append([n, source_name(sheet.file), sheet.title or "", sheet.doc_number or "", len(rows[id(sheet)])])
        link = ws.cell(row=n + 1, column=3)
        link.hyperlink = f"#'{name}'!A1"
        link.font = Font(color="0563C1", underline="single")
    for letter, width in zip("ABCDE", (6, 28, 60, 24, 8)):
        ws.column_dimensions[letter].width = width
    for cell in ws[1]:
        cell.font = Font(bold=True)
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:E{len(sheets) + 1}"
    _print_setup(ws, 1)
