"""Outside stage: two ``Document``s -> ``FieldChange``s for what lies beyond the numbered
items: the notice head (title, issuer, 文号, date, addressees, attachments), plan titles,
the preamble of each plan and attachment, the notice's own paragraphs, and the validity
(``自2025年3月1日起施行，有效期至2027年2月28日``). Compared folded, reported as written;
running text carries a character diff.
"""
from __future__ import annotations

import re

from .. import models as M
from .fold import fold
from .labels import char_diff
from .models import FieldChange
from .nodes import Node, is_index, leaf_items, strip_marker

NOTICE_FIELDS = ("title", "issuer", "doc_number", "date", "addressees")
# A sentence that states when a text takes effect or until when (自…起施行, 有效期至…,
# 有效期1年), anywhere outside the items. Must not take a sentence that only mentions a
# period of work (2023年底前完成): 施行/实施/执行 after 起, or 有效期.
_VALID_LINE = re.compile(r"[^。\n]*(?:起(?:施行|实施|执行)|有效期)[^。\n]*。?")


def notice_changes(old: M.Document, new: M.Document, old_tasks: list[Node] = (),
                   new_tasks: list[Node] = ()) -> list[FieldChange]:
    """Changed fields beyond the numbered items, in reading order."""
    out = [FieldChange(field=f"notice.{name}", old=getattr(old.notice, name), new=getattr(new.notice, name))
           for name in NOTICE_FIELDS]
    out.append(FieldChange(field="notice.attachments", old=_atts(old), new=_atts(new)))
    out.append(_text("notice.body", _cut(_body(old)), _cut(_body(new))))
    for k in range(max(len(old.plans), len(new.plans))):
        a = old.plans[k] if k < len(old.plans) else None
        b = new.plans[k] if k < len(new.plans) else None
        name = "plan" if k == 0 else f"plans[{k}]"
        out.append(FieldChange(field=f"{name}.title", old=a and a.title, new=b and b.title))
        out.append(_text(f"{name}.preamble", _cut(_blocks(a.preamble if a else [])),
                         _cut(_blocks(b.preamble if b else []))))
    old_att = {a.number: a for a in old.attachments}
    new_att = {a.number: a for a in new.attachments}
    for number in sorted(old_att.keys() & new_att.keys()):
        out.append(_text(f"附件{number}.preamble", _blocks(old_att[number].preamble), _blocks(new_att[number].preamble)))
        if is_index(old_att[number].sections) or is_index(new_att[number].sections):
            out.append(FieldChange(field=f"附件{number}.index", old=_cited(old_att[number]), new=_cited(new_att[number])))
    out.append(_text("validity", _validity(old, old_tasks), _validity(new, new_tasks)))
    return [f for f in out if _folded(f.old) != _folded(f.new)]


def _text(name: str, old: str | None, new: str | None) -> FieldChange:
    change = FieldChange(field=name, old=old or None, new=new or None)
    if old and new and fold(old) != fold(new):
        change.text_diff = char_diff(old, new)
    return change


def _cut(text: str) -> str:
    """``text`` without its validity sentences (reported on their own)."""
    return "\n".join(line for line in (_VALID_LINE.sub("", x).strip() for x in text.split("\n")) if line)


def _blocks(blocks: list[M.Block]) -> str:
    return "\n".join(b.text if b.kind == "paragraph" else "\t".join(b.cells) for b in blocks)


def _body(doc: M.Document) -> str:
    return "\n".join(p.text for p in doc.notice.parts if p.kind == "body")


def _validity(doc: M.Document, tasks: list[Node]) -> str:
    """Every validity sentence of the notice body, the preambles and the closing paragraphs."""
    texts = [_body(doc)] + [_blocks(p.preamble) for p in doc.plans]
    found = [m.group().strip() for text in texts for m in _VALID_LINE.finditer(text)]
    found += [c for n in tasks for c in n.closing]
    return "\n".join(dict.fromkeys(found))


def _cited(att: M.Attachment) -> list[str]:
    """The documents an index attachment lists, as written."""
    return [strip_marker(it).strip() for top in att.sections for it in leaf_items(top)]


def _atts(doc: M.Document) -> list[dict]:
    return [{"number": a.number, "title": a.title} for a in doc.notice.attachments]


def _folded(value):
    if isinstance(value, str):
        return fold(value)
    if isinstance(value, list):
        return [_folded(v) for v in value]
    if isinstance(value, dict):
        return {k: _folded(v) for k, v in value.items()}
    return value
