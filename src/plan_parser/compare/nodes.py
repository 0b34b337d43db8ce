"""Nodes stage: a ``Document`` -> its numbered items as ``Node``s (tasks and containers), each
with its folded forms computed once; an attachment that only indexes other documents and a
closing validity paragraph are set apart.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from .. import models as M
from .fold import alias_fold, fold

# A closing paragraph that says when the text takes effect and for how long: reported as
# the notice's validity, not as the text of the item the layout hung it under.
# family: 措施/意见/办法/政策 closing lines (本措施…自印发之日起实施，有效期至2027年9月5日。
# 本意见自发布之日起施行，有效期1年。). Must not match a task that cites another text's
# validity (按照《…》（自2022年1月1日起施行，有效期3年）要求): it must open with 本.
VALIDITY = re.compile(r"^本(?:办法|措施|政策|意见|通知|方案|规定|细则|实施方案|若干措施)[^。]{0,30}?"
                      r"(?:起(?:施行|实施|执行)|有效期)")

# An item that only cites another document's title (an attachment listing the texts it
# indexes): 《关于…的通知》（国办发〔2020〕1号）, 国务院关于…的意见. Must not match a task
# that names a document inside a sentence of its own (贯彻落实《…》，加快…).
CITED = re.compile(r"^(?:《[^》]+》|[^，。；]{4,80}(?:通知|意见|办法|规定|方案|决定|条例|规划|细则))"
                   r"(?:\([^)]*\))?[。;,]?$")
CITED_SHARE = 0.8  # an attachment is an index when this share of its items cite a title


@dataclass(frozen=True)
class Node:
    """A numbered item of one side, with its folded forms computed once."""

    item: M.Item
    task: M.Task | None  # None for a container (an item with children)
    root: str  # "p0" for the first plan, "a2" for attachment 2
    attachment: int | None
    parents: tuple[str, ...]  # keys of the containers above, top first
    key: str
    title: str  # folded
    text: str  # folded text without the numbering marker
    rest: str  # folded text without marker, title, clauses and target numbers
    raw: str  # text as written without the marker
    closing: tuple[str, ...] = ()  # validity paragraphs set apart from the text

    @cached_property
    def grams(self) -> frozenset[str]:
        """The text's character bigrams: a quick bound before a containment is scored."""
        return frozenset(self.text[k:k + 2] for k in range(len(self.text) - 1))


def nodes(doc: M.Document, aliases: dict[str, str] | None = None) -> tuple[list[Node], list[Node]]:
    """(tasks, containers) of ``doc`` in document order; an index attachment is left out."""
    from ..output.tasks import tasks

    rows: dict[str, list[M.Task]] = {}
    for row in tasks(doc):
        rows.setdefault(row.id, []).append(row)
    leaves: list[Node] = []
    containers: list[Node] = []
    roots = [(f"p{i}", p.attachment, p.sections) for i, p in enumerate(doc.plans)]
    roots += [(f"a{a.number}", a.number, a.sections) for a in doc.attachments if not is_index(a.sections)]
    for root, attachment, sections in roots:
        stack = [(item, ()) for item in reversed(sections)]
        while stack:
            item, parents = stack.pop()
            key = f"{root}/{len(leaves) + len(containers)}"
            if item.children:
                containers.append(node(item, None, root, attachment, parents, key, aliases))
                stack += [(child, parents + (key,)) for child in reversed(item.children)]
            elif rows.get(item.id):  # a leaf that ``tasks`` lists
                leaves.append(node(item, rows[item.id].pop(0), root, attachment, parents, key, aliases))
    return leaves, containers


def is_index(sections: list[M.Item]) -> bool:
    """Whether an attachment's items only cite other documents' titles."""
    leaves = [it for top in sections for it in leaf_items(top)]
    cited = sum(bool(CITED.match(fold(strip_marker(it)))) for it in leaves)
    return bool(leaves) and cited >= CITED_SHARE * len(leaves)


def leaf_items(item: M.Item):
    if not item.children:
        yield item
    for child in item.children:
        yield from leaf_items(child)


def strip_marker(item: M.Item) -> str:
    return item.heading[len(item.marker):] if item.heading.startswith(item.marker) else item.heading


def node(item, task, root, attachment, parents, key, aliases=None) -> Node:
    lines, closing = [strip_marker(item)], []
    for b in item.body:
        text = b.text if b.kind == "paragraph" else "\t".join(b.cells)
        (closing if b.kind == "paragraph" and VALIDITY.match(fold(text)) else lines).append(text)
    raw = "\n".join(lines)
    text, title = alias_fold(raw, aliases), alias_fold(item.title, aliases)
    rest = text[len(title):] if text.startswith(title) else text
    for clause in (task.clauses if task else []):
        rest = rest.replace(alias_fold(clause, aliases), "\x00", 1)
    at = 0
    for target in (task.targets if task else []):  # in order of appearance; first hit from there
        found = rest.find(fold(target.text), at)
        if found >= 0:
            rest = rest[:found] + "\x01" + rest[found + len(fold(target.text)):]
            at = found + 1
    return Node(item, task, root, attachment, parents, key, title, text, rest, raw, tuple(closing))
