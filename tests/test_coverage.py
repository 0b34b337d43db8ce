"""Nothing is lost: every non-space character of the cleaned text lies in exactly one
element's span, or in an ``unparsed`` diagnostic."""
from __future__ import annotations

import pytest

import plan_parser
from plan_parser.models import Document
from conftest import BULK, SEED, corpus_files, FIXTURES


def block_spans(doc: Document):
    """The spans of the block-level elements: they partition the text."""
    for part in doc.notice.parts:
        yield part.span
    for plan in doc.plans:
        if plan.span:
            yield plan.span
        yield from _tree_spans(plan.preamble, plan.sections)
    for att in doc.attachments:
        yield att.span
        yield from _tree_spans(att.preamble, att.sections)
    for d in doc.diagnostics:
        if d.code == "unparsed":
            yield d.span


def _tree_spans(preamble, items):
    for block in preamble:
        yield block.span
    for item in items:
        yield item.span
        yield from _tree_spans(item.body, item.children)


def assert_covered(path):
    doc = plan_parser.extract(path)
    text = plan_parser.clean(_read(path)).text
    owner = [0] * len(text)
    for sp in block_spans(doc):
        for i in range(sp.start, sp.end):
            owner[i] += 1
    lost = [i for i, ch in enumerate(text) if not ch.isspace() and owner[i] != 1]
    assert not lost, f"{path.name}: offset {lost[0]} ({text[lost[0]:lost[0] + 20]!r}) is in {owner[lost[0]]} elements"


def _read(path):
    from plan_parser.parse.read import read_path

    return read_path(path).text


@pytest.mark.parametrize("path", [SEED, *corpus_files(), *sorted((FIXTURES / "notices").glob("*.txt"))],
                         ids=lambda p: p.stem)
def test_every_character_belongs_to_one_element(path):
    assert_covered(path)


def test_bulk_sample_is_covered():
    if not BULK.is_dir():
        pytest.skip(f"{BULK} is absent: the shared corpus is not beside this checkout")
    for path in sorted(BULK.glob("*.txt"))[::7]:
        assert_covered(path)
