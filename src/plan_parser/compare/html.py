"""Redline stage: ``Diff`` -> one self-contained HTML page (``planparse diff --format html``).

The page: a summary at the top (counts), what changed outside the items (notice fields,
preamble, validity) and sentences that moved, then each task record as a row of two
columns, the old version beside the new, with deletions (``<del>``) and insertions
(``<ins>``) marked inline; a merged item links to each of its sources, a split item to
each of its parts, a moved sentence to the tasks it left and joined; last, a table of the
unit and target changes. No script, no external file: CSS inline; two columns become one
on a narrow screen, and the page prints with its colours. Built with ``html.escape`` and
small string pieces (every text from a document goes through ``esc``).
"""
from __future__ import annotations

from html import escape

from .labels import CONTENT
from .models import Diff, TaskChange, TaskRef
from .report import detail_rows, section_of, summary_line, value, where

CSS = """
:root{--ins:#d7f5dd;--ins-b:#1a7f37;--del:#ffdcdc;--del-b:#b3261e;--mid:#eef1f5;--line:#d0d7de}
*{box-sizing:border-box}body{font:15px/1.65 system-ui,"Noto Sans CJK SC","Microsoft YaHei",sans-serif;
margin:0 auto;max-width:1200px;padding:12px;color:#1f2328}
h1{font-size:1.3em;margin:.2em 0}h2{font-size:1.1em;border-bottom:2px solid var(--line);margin-top:1.6em}
.files{color:#57606a;word-break:break-all}
.summary{display:flex;flex-wrap:wrap;gap:8px;margin:12px 0}
.count{border:1px solid var(--line);border-radius:8px;padding:6px 12px;background:var(--mid);min-width:6.5em}
.count b{display:block;font-size:1.4em}
.rec{display:grid;grid-template-columns:1fr 1fr;border:1px solid var(--line);border-radius:8px;margin:10px 0;
break-inside:avoid;page-break-inside:avoid}
.rec>header{grid-column:1/-1;background:var(--mid);padding:6px 10px;border-radius:8px 8px 0 0}
.side{padding:8px 10px;min-width:0;overflow-wrap:anywhere}.side+.side{border-left:1px solid var(--line)}
.side h3{font-size:.8em;color:#57606a;margin:0 0 4px;text-transform:uppercase}
.kind{font-weight:600;margin-right:.5em}.added .kind{color:var(--ins-b)}.removed .kind{color:var(--del-b)}
.labels{color:#57606a;font-size:.9em}.links a{margin-right:.6em}
ins{background:var(--ins);color:#0b4f1e;text-decoration:none;border-bottom:2px solid var(--ins-b)}
del{background:var(--del);color:#7d1a12;text-decoration:line-through}
.added .new{background:#f3fbf5}.removed .old{background:#fff5f5}
table{border-collapse:collapse;width:100%;margin:8px 0}td,th{border:1px solid var(--line);padding:4px 8px;
text-align:left;vertical-align:top;overflow-wrap:anywhere}th{background:var(--mid)}
td:first-child{white-space:nowrap}
:target{outline:3px solid #0969da}
@media (max-width:700px){.rec{grid-template-columns:1fr}.side+.side{border-left:0;border-top:1px solid var(--line)}
body{font-size:16px;padding:8px}}
@media print{body{max-width:none;font-size:11pt}*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
a{color:inherit;text-decoration:none}}
"""
COUNTS = (("added", "added"), ("removed", "removed"), ("changed", "changed"), ("renumbered", "renumbered"),
          ("moved", "moved"), ("merged", "merged"), ("split", "split"), ("sentences_moved", "sentences moved"))


def esc(text) -> str:
    return escape(str(text), quote=True)


def to_html(diff: Diff) -> str:
    """The redline page."""
    parts = [f"<h1>Changes</h1><p class=files>{esc(diff.old_source or 'old')} → {esc(diff.new_source or 'new')}</p>",
             _summary(diff), _outside(diff), _moves(diff)]
    section = None
    for rec in diff.changes:
        if section_of(rec) != section:
            section = section_of(rec)
            parts.append(f"<h2>{esc(section or '(no section)')}</h2>")
        parts.append(_record(rec))
    parts.append(_details(diff))
    title = esc(f"planparse diff: {diff.old_source or 'old'} → {diff.new_source or 'new'}")
    return (f"<!DOCTYPE html><html lang=zh><head><meta charset=utf-8>"
            f"<meta name=viewport content='width=device-width,initial-scale=1'><title>{title}</title>"
            f"<style>{CSS}</style></head><body>{''.join(parts)}</body></html>\n")


def _summary(diff: Diff) -> str:
    s = diff.summary.model_dump()
    cards = "".join(f"<div class=count data-count={key}><b>{s[key]}</b>{name}</div>" for key, name in COUNTS
                    if s[key] or key in ("added", "removed", "changed"))
    return f"<section class=summary aria-label=summary>{cards}</section><p><b>{esc(summary_line(diff))}</b></p>"


def inline(ops, side: int | None = None) -> str:
    """The character diff as HTML: ``side`` -1 shows the old text, 1 the new, None both."""
    out = []
    for op, text in ops:
        if op == 0:
            out.append(esc(text))
        elif op < 0 and side in (None, -1):
            out.append(f"<del>{esc(text)}</del>")
        elif op > 0 and side in (None, 1):
            out.append(f"<ins>{esc(text)}</ins>")
    return "".join(out).replace("\n", "<br>")


def _outside(diff: Diff) -> str:
    if not diff.notice:
        return ""
    rows = []
    for f in diff.notice:
        if f.text_diff:
            rows.append(f"<tr><td>{esc(f.field)}</td><td>{inline(f.text_diff, -1)}</td><td>{inline(f.text_diff, 1)}</td></tr>")
        else:
            rows.append(f"<tr><td>{esc(f.field)}</td><td><del>{esc(value(f.old))}</del></td>"
                        f"<td><ins>{esc(value(f.new))}</ins></td></tr>")
    return ("<h2>Outside the numbered items</h2><table><tr><th>field</th><th>old</th><th>new</th></tr>"
            + "".join(rows) + "</table>")


def _anchor(side: str, ref: TaskRef) -> str:
    return f"{side}-{ref.id}"


def _link(side: str, ref: TaskRef, shown: set[str] | None = None) -> str:
    """A link to the task's place on the page (plain text when no record shows it)."""
    words = f"{esc(where(ref))} {esc(ref.title)}"
    if shown is not None and _anchor(side, ref) not in shown:
        return f"<span>{words}</span>"
    return f"<a href='#{_anchor(side, ref)}'>{words}</a>"


def _shown(diff: Diff) -> set[str]:
    """The anchors the records put on the page."""
    out = set()
    for rec in diff.changes:
        out |= {_anchor("old", r) for r in (rec.olds or [rec.old]) if r is not None}
        out |= {_anchor("new", r) for r in (rec.news or [rec.new]) if r is not None}
    return out


def _moves(diff: Diff) -> str:
    if not diff.moves:
        return ""
    shown = _shown(diff)
    items = "".join(f"<li id=move-{k}><ins>{esc(m.text)}</ins><br>from {_link('old', m.old, shown)} "
                    f"to {_link('new', m.new, shown)}</li>" for k, m in enumerate(diff.moves))
    return f"<h2>Sentences moved</h2><ul class=moves>{items}</ul>"


def _record(rec: TaskChange) -> str:
    kind = rec.kind
    if kind == "matched":
        kind = "changed" if CONTENT & set(rec.changes) else (rec.changes[-1] if rec.changes else "matched")
    labels = f"<span class=labels>{esc(', '.join(rec.changes))}</span>" if rec.changes else ""
    links = ""
    if rec.kind == "merged":
        links = "<div class=links>merged from: " + "".join(_link("old", o) for o in rec.olds) + "</div>"
    elif rec.kind == "split":
        links = "<div class=links>split into: " + "".join(_link("new", n) for n in rec.news) + "</div>"
    head = f"<header><span class=kind>{esc(kind)}</span>{labels}{links}</header>"
    return (f"<article class='rec {esc(rec.kind)}' id=rec-{esc((rec.new or rec.old).id)}>{head}"
            f"<div class='side old'><h3>old</h3>{_side(rec, -1)}</div>"
            f"<div class='side new'><h3>new</h3>{_side(rec, 1)}</div></article>")


def _side(rec: TaskChange, side: int) -> str:
    refs = (rec.olds or [rec.old]) if side < 0 else (rec.news or [rec.new])
    refs = [r for r in refs if r is not None]
    if not refs:
        return "<p class=labels>—</p>"
    name = "old" if side < 0 else "new"
    heads = "".join(f"<p id={esc(_anchor(name, r))}><b>{esc(where(r))}</b> {esc(r.title)}</p>" for r in refs)
    if rec.text_diff:
        return heads + f"<p>{inline(rec.text_diff, side)}</p>"
    text = refs[0].text if len(refs) == 1 else None
    return heads + (f"<p>{esc(text)}</p>".replace("\n", "<br>") if text else "")


def _details(diff: Diff) -> str:
    rows = [(rec, row) for rec in diff.changes for row in detail_rows(rec)]
    if not rows:
        return ""
    body = "".join(f"<tr><td><a href='#rec-{esc((rec.new or rec.old).id)}'>{esc(where(rec.new or rec.old))}</a></td>"
                   f"<td>{esc(what)}</td><td>{esc(old) and f'<del>{esc(old)}</del>'}</td>"
                   f"<td>{esc(new) and f'<ins>{esc(new)}</ins>'}</td></tr>" for rec, (what, old, new) in rows)
    return ("<h2>Units and targets</h2><table class=details><tr><th>task</th><th>what</th><th>old</th><th>new</th></tr>"
            + body + "</table>")
