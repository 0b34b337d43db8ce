"""Report stage: ``Diff`` -> Markdown or JSON text, and the parts of the terminal report
(``cli.render.diff_report`` prints it with rich).

The terminal and Markdown reports group task records by section in the new document's
order (a removed task stands where it stood), show text changes inline at character
level (``[-deleted-]{+inserted+}``, coloured on a terminal) with long unchanged runs cut
to a few characters of context, and close with a summary line such as
``3 added, 1 removed, 12 renumbered, 5 changed``.
"""
from __future__ import annotations

import json
from itertools import groupby

from .labels import CONTENT
from .models import Diff, TaskChange, TaskRef
from ..output.export import value_text

CONTEXT = 14  # characters of unchanged text kept on each side of a change
ROLE = {"lead": "牵头", "support": "配合", "guide": "指导", "responsible": "责任"}
MARK = {"added": "+", "removed": "-", "matched": "~"}


def to_json(diff: Diff) -> str:
    return json.dumps(diff.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"


def summary_line(diff: Diff) -> str:
    s = diff.summary
    line = f"{s.added} added, {s.removed} removed, {s.renumbered} renumbered, {s.changed} changed"
    if s.moved:
        line += f", {s.moved} moved"
    if diff.notice:
        line += f"; notice: {', '.join(f.field.removeprefix('notice.') for f in diff.notice)}"
    if diff.sections:
        line += f"; {len(diff.sections)} section{'s' * (len(diff.sections) > 1)} changed"
    return line


# --- pieces shared by both reports -----------------------------------------------------

def where(ref: TaskRef | None) -> str:
    if ref is None:
        return ""
    path = ".".join(map(str, ref.path))
    return f"附件{ref.attachment}:{path}" if ref.attachment is not None else path


def section_of(rec: TaskChange) -> str:
    ref = rec.new or rec.old
    head = f"附件{ref.attachment} · " if ref.attachment is not None else ""
    return head + (ref.section or "")


def label(rec: TaskChange) -> str:
    if rec.kind != "matched" or where(rec.old) == where(rec.new):
        return where(rec.new or rec.old)
    return f"{where(rec.old)} → {where(rec.new)}"


def snippets(ops: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The diff with long unchanged runs cut to CONTEXT characters around each change."""
    out = []
    for k, (op, text) in enumerate(ops):
        text = text.replace("\n", "⏎")
        if op == 0 and len(text) > 2 * CONTEXT + 1:
            head = text[:CONTEXT] if k > 0 else ""
            tail = text[-CONTEXT:] if k < len(ops) - 1 else ""
            text = f"{head}…{tail}"
        out.append((op, text))
    return out


def value(v) -> str:
    if v is None:
        return "—"
    if isinstance(v, list):
        return "；".join(value(x) for x in v) or "（无）"
    if isinstance(v, dict) and "number" in v:
        return f"{v['number']}. {v.get('title') or ''}".strip()
    return str(v)


def target(t) -> str:
    if t is None:
        return "—"
    amount = value_text(t.value)
    comp = "" if t.comparator in ("=", "range") else t.comparator + " "
    when = f"（{t.deadline}）" if t.deadline else ("（每年）" if t.recurrence else "")
    return f"{comp}{amount} {t.unit}{when}"


def detail_rows(rec: TaskChange) -> list[tuple[str, str, str]]:
    """(what, old, new) rows for the unit, role, target and deadline changes of a record."""
    u = rec.units
    rows = [("unit", "", name) for name in u.added] + [("unit", name, "") for name in u.removed]
    rows += [(f"role {r.name}", ROLE[r.old], ROLE[r.new]) for r in u.roles]
    if u.reordered:
        rows.append(("unit order", "", "reordered"))
    rows += [("target", target(t.old), target(t.new)) for t in rec.targets]
    if rec.deadline:
        rows.append(("deadline", value(rec.deadline.old), value(rec.deadline.new)))
    return rows


# --- Markdown ---------------------------------------------------------------------

def _md(text: str) -> str:
    for ch in "\\`*_~[]<>|":
        text = text.replace(ch, "\\" + ch)
    return text


def to_markdown(diff: Diff) -> str:
    """The report as Markdown, for pasting into a document."""
    out = [f"# Changes: {_md(diff.old_source or 'old')} → {_md(diff.new_source or 'new')}", "",
           f"**{summary_line(diff)}**", ""]
    if diff.notice:
        out += ["## Notice", "", "| field | old | new |", "| --- | --- | --- |"]
        out += [f"| {f.field} | {_md(value(f.old))} | {_md(value(f.new))} |" for f in diff.notice]
        out.append("")
    if diff.sections:
        out += ["## Sections", ""]
        for s in diff.sections:
            ref = s.new or s.old
            extra = f" ({', '.join(s.changes)}; was: {_md(s.old.title)})" if s.kind == "matched" else ""
            out.append(f"- **{s.kind}** `{'.'.join(map(str, ref.path))}` {_md(ref.title)}{extra}")
        out.append("")
    for section, recs in groupby(diff.changes, key=section_of):
        out += [f"## {_md(section or '(no section)')}", ""]
        for rec in recs:
            out += _md_record(rec)
        out.append("")
    return "\n".join(out).rstrip("\n") + "\n"


def _md_record(rec: TaskChange) -> list[str]:
    kind = rec.kind
    if kind == "matched":
        kind = "changed" if CONTENT & set(rec.changes) else rec.changes[-1]  # moved or renumbered
    line = f"- **{kind}** `{label(rec)}` {_md((rec.new or rec.old).title)}"
    if rec.kind == "matched":
        line += f" — {', '.join(rec.changes)}"
    out = [line]
    if "title" in rec.changes:
        out.append(f"  - was: {_md(rec.old.title)}")
    if rec.text_diff and ({"text", "title", "targets", "units"} & set(rec.changes)):
        parts = [(_md(p) if op == 0 else f"~~{_md(p)}~~" if op < 0 else f"**{_md(p)}**")
                 for op, p in snippets(rec.text_diff)]
        out.append("  - " + "".join(parts))
    out += [f"  - {what}: {_md(old) or '—'} → {_md(new) or '—'}" for what, old, new in detail_rows(rec)]
    return out
