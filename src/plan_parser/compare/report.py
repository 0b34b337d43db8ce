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
from ..output.text import ROLE_LABELS, value_text

CONTEXT = 14  # characters of unchanged text kept on each side of a change
MARK = {"added": "+", "removed": "-", "matched": "~", "merged": "~", "split": "~"}


def to_json(diff: Diff) -> str:
    return json.dumps(diff.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"


def summary_line(diff: Diff) -> str:
    s = diff.summary
    line = f"{s.added} added, {s.removed} removed, {s.renumbered} renumbered, {s.changed} changed"
    for count, name in ((s.moved, "moved"), (s.merged, "merged"), (s.split, "split"),
                        (s.sentences_moved, "sentences moved")):
        if count:
            line += f", {count} {name}"
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


def hide_renumbered(diff: Diff) -> Diff:
    """``diff`` without the records whose only change is their number (the summary still counts them)."""
    return diff.model_copy(update={"changes": [c for c in diff.changes if c.changes != ["renumbered"]
                                               or c.kind in ("merged", "split")]})


def section_of(rec: TaskChange) -> str:
    ref = rec.new or rec.old
    head = f"附件{ref.attachment} · " if ref.attachment is not None else ""
    return head + (ref.section or "")


def label(rec: TaskChange) -> str:
    if rec.kind == "merged":
        return f"{' + '.join(where(o) for o in rec.olds)} → {where(rec.new)}"
    if rec.kind == "split":
        return f"{where(rec.old)} → {' + '.join(where(n) for n in rec.news)}"
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
    """(what, old, new) rows for the unit, role, target and deadline changes of a record,
    and for an added or removed task what it holds."""
    if rec.kind in ("added", "removed"):
        return _holds(rec)
    u = rec.units
    rows = [("unit", "", name) for name in u.added] + [("unit", name, "") for name in u.removed]
    rows += [("unit renamed", r.old, r.new) for r in u.renamed]
    rows += [(f"role {r.name}", ROLE_LABELS[r.old], ROLE_LABELS[r.new]) for r in u.roles]
    if u.reordered:
        rows.append(("unit order", "", "reordered"))
    rows += [(f"target {t.indicator}" if t.indicator else "target", target(t.old), target(t.new))
             for t in rec.targets]
    if rec.deadline:
        rows.append(("deadline", value(rec.deadline.old), value(rec.deadline.new)))
    return rows


def _holds(rec: TaskChange) -> list[tuple[str, str, str]]:
    ref = rec.new or rec.old
    side = (lambda x: ("", x)) if rec.kind == "added" else (lambda x: (x, ""))
    rows = [("unit", *side(name)) for name in ref.units]
    rows += [(f"target {t.indicator}" if t.indicator else "target", *side(target(t))) for t in ref.targets]
    if ref.deadline:
        rows.append(("deadline", *side(value(ref.deadline))))
    return rows


def move_line(m) -> str:
    return f"{m.text}  ({where(m.old)} {m.old.title} → {where(m.new)} {m.new.title})"


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
        for f in diff.notice:
            if f.text_diff:
                out += [f"- {f.field}: " + _md_inline(f.text_diff)]
        out.append("")
    if diff.moves:
        out += ["## Sentences moved", ""] + [f"- {_md(move_line(m))}" for m in diff.moves] + [""]
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
    if kind == "matched" and rec.changes:
        kind = "changed" if CONTENT & set(rec.changes) else rec.changes[-1]  # moved or renumbered
    line = f"- **{kind}** `{label(rec)}` {_md((rec.new or rec.old).title)}"
    if rec.kind != "added" and rec.kind != "removed" and rec.changes:
        line += f" — {', '.join(rec.changes)}"
    out = [line]
    if "title" in rec.changes:
        out.append(f"  - was: {_md(rec.old.title)}")
    if rec.text_diff and ({"text", "title", "targets", "units"} & set(rec.changes)):
        out.append("  - " + _md_inline(rec.text_diff))
    out += [f"  - {what}: {_md(old) or '—'} → {_md(new) or '—'}" for what, old, new in detail_rows(rec)]
    return out


def _md_inline(ops) -> str:
    return "".join(_md(p) if op == 0 else f"~~{_md(p)}~~" if op < 0 else f"**{_md(p)}**" for op, p in snippets(ops))
