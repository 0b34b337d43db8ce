"""The pipeline: ``Source`` -> ``Document``, running the stages in order.

read (bytes → text) → clean (strip pinyin) → lines → layout (the notice's parts and
regions) → tree (numbered items per region) → clauses (units) → models (validated). The items
are made by items.py's ``Builder`` (with reading.py, grouping.py, joining.py and elements.py).
"""
from __future__ import annotations

import hashlib
from operator import attrgetter

from .. import models as M
from . import patterns as P
from .clause_units import forget
from .clean import clean
from .clock import Clock, gc_paused
from .elements import span
from .items import Builder
from .layout import layout
from .lines import Line, split_lines
from .read import Source
from .regions import Layout, NoticeFields, filled
from .targets import Context, context_year

_TEXT = attrgetter("text")
UNDATED_MARGIN = 5  # an undated text's year (the one it names most) may be its target year: allow for that


def parse(source: Source, clock: Clock | None = None) -> M.Document:
    """Parse a decoded notice into a validated ``Document``."""
    with gc_paused():
        try:
            return _parse(source, clock or Clock())
        finally:
            forget()  # the clauses read for this notice: none held after its parse


def _parse(source: Source, clock: Clock) -> M.Document:
    with clock.stage("clean"):
        cleaned = clean(source.text, offsets=False)  # the parse maps no offset back: no removal kept
    with clock.stage("structure"):
        folded = P.fold(cleaned.text)  # once: the lines' views and the text's year read it
        lines = split_lines(cleaned.text, folded)
        lay = layout(lines)
    title = lay.fields.title or (lines[0].text if lines else "")
    date = lay.fields.date
    year = context_year(date, cleaned.text, folded)
    tagged, removed = "<" in cleaned.text, cleaned.removed
    del cleaned, folded  # the whole text twice, read no more (the lines hold theirs): not held while the models are made
    # periods over before the notice was written are none; with no date, what is years before its text's year
    ctx = Context(year=year, since=int(date[:4]) if date else (year - UNDATED_MARGIN if year else None))
    builder = Builder(lines, ctx, clock,
                       statistics=bool(P.STATISTICS_DOCUMENT.search(P.fold(title))))
    with clock.stage("tree and models"):
        builder.read_tables(lay.attachments)
        plans = [builder.plan(r, lay) for r in lay.plans]
        attachments = [builder.attachment(r, lay) for r in lay.attachments]
        builder.join_divisions(plans)
        notice = _notice(lay, lines)
        builder.unparsed(lay)
        for code, i, message in lay.diagnostics:
            builder.diagnose(code, lines[i], message)
        builder.odd_input(plans, attachments, tagged=tagged)
        info = {
            "path": source.path, "encoding": source.encoding, "newline": source.newline, "size": source.size,
            "lines": len(lines), "sha256": _sha256(source.text), "pinyin_annotations_removed": removed,
        }
        del lines  # their folded views are not held while the models are made
        builder.forget_lines()
        builder.validate_items(plans + attachments)
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
    """The notice's fields and parts as data; a part's text is its lines with text (``filled``)."""
    parts = [{"kind": k, "text": "\n".join(map(_TEXT, map(lines.__getitem__, filled(lines, a, b + 1)))),
              "span": span(lines[a], lines[b])} for k, a, b in sorted(lay.parts, key=lambda p: p[1])]
    return _fields(lay.fields) | {"parts": parts}


def _fields(fields: NoticeFields) -> dict:
    """``fields.as_dict()`` without its deep copy (``dataclasses.asdict`` walks every value): a
    new dict of the same values, each attachment's fields a dict."""
    return vars(fields) | {"attachments": tuple(dict(vars(a)) for a in fields.attachments)}
