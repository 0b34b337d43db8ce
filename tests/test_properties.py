"""Invariants over generated notices (hypothesis).

Text is drawn from pieces that matter to the parser: Han characters, the numbering
markers 一、（一）1.（1）①, parentheses of both widths, clause keys (责任单位：, 牵头),
punctuation, digits, newlines, tabs and full-width spaces.
"""
from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import pytest

import plan_parser
from plan_parser import InputError
from plan_parser.output.serialize import dumps, loads

PIECES = [
    *"创业创新推进市发展改革委科技局政府办公厅工作方案通知年月日南",
    "一、", "二、", "十二、", "（一）", "（二）", "(三)", "1.", "2.", "3、", "12.", "1.1", "2.3 ",
    "（1）", "(2)", "①", "②", "第一章", "第二条",
    "(", ")", "（", "）", "(nán)", "(shì)", "（yī）",
    "责任单位：", "牵头单位：", "配合单位：", "牵头", "配合", "负责", "等单位", "按职能分工负责",
    "、", "，", "。", "：", "；", ":", ",",
    *"0123456789", "%", "万", "个", "以上", "到2025年", "每年",
    "\n", "\n", "\n\n", "\t", "\u3000", " ", "附件", "附件：1.",
]
MARKERS = ["一、", "二、", "三、", "十、", "（一）", "（二）", "(三)", "（十一）", "1.", "2.", "3、", "9.", "10.",
           "1.1", "1.2 ", "（1）", "(2)", "①", "②", "第一章", "第二条", "附件1", "附件2", ""]
PIECE = st.sampled_from(PIECES)
# Free text, and text in lines that mostly open with a marker (so there are items to check).
LINE = st.tuples(st.sampled_from(["", "", "\u3000\u3000", " ", "\t"]), st.sampled_from(MARKERS),
                 st.lists(PIECE.filter(lambda p: "\n" not in p), max_size=12)).map(lambda t: t[0] + t[1] + "".join(t[2]))
NOTICE = st.one_of(
    st.lists(PIECE, max_size=120).map("".join),
    st.lists(LINE, max_size=30).map("\n".join),
)
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

EXAMPLES = [
    "一、总体要求\n（一）加强领导。（责任单位：市科技局）\n1.推进创业。\n2.推进创新。\n（牵头单位：市发展改革委）\n",
    "1.\n1.\n1.任务。\n",
    "（一）\n（一）甲。\n（一）甲。\n",
    "附件：1.方案\n\n附件1\n\n方案\n一、任务\n1.甲。\n",
    "\u3000\u3000一、\t甲\n\t（1）乙\n",
    "①②③\n第一章 总则\n第一条 甲。\n",
]


def parse(text: str):
    """A Document, or None for text the library refuses with InputError."""
    try:
        return plan_parser.parse_text(text)
    except InputError:
        return None


def all_items(doc):
    stack = [i for plan in doc.plans for i in plan.sections]
    stack += [i for att in doc.attachments for i in att.sections]
    while stack:
        item = stack.pop()
        yield item
        stack.extend(item.children)


def attachment_numbers(doc) -> list[int]:
    return [p.attachment for p in doc.plans if p.attachment] + [a.number for a in doc.attachments]


def with_examples(test):
    for text in EXAMPLES:
        test = example(text=text)(test)
    return test


@SETTINGS
@given(NOTICE)
@with_examples
def test_parse_raises_nothing_but_input_error(text):
    doc = parse(text)  # anything but InputError propagates and fails the test
    if doc is None:
        assert not text.strip(" \t\n\u3000"), "only blank text is refused"
        return
    assert isinstance(doc, plan_parser.models.Document)
    plan_parser.tasks(doc)


@SETTINGS
@given(NOTICE)
@with_examples
def test_dump_and_load_give_the_document_back(text):
    doc = parse(text)
    if doc is None:
        return
    for fmt in ("yaml", "json"):
        back = loads(dumps(doc, fmt))
        assert back == doc, fmt
        assert dumps(back, fmt) == dumps(doc, fmt), f"{fmt}: spans survive the round trip too"


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
@example(text="1.2 \u2028")  # regression: JSON read back as YAML turned U+2028 into a line break
@example(text="一、甲\ufffe乙" + "正文。" * 30)  # regression: PyYAML refused U+FFFE in JSON
@example(text="一、甲\x85乙" + "正文。" * 30)  # NEL, a YAML 1.1 line break
def test_any_unicode_text_parses_and_round_trips(text):
    doc = parse(text)
    if doc is None:
        return
    for fmt in ("yaml", "json"):
        assert loads(dumps(doc, fmt)) == doc, fmt


@SETTINGS
@given(NOTICE)
@with_examples
def test_item_spans_slice_their_marker(text):
    doc = parse(text)
    if doc is None:
        return
    cleaned = plan_parser.clean(text).text
    lines = cleaned.split("\n")
    for item in all_items(doc):
        s = item.span
        assert 0 <= s.start <= s.end <= len(cleaned)
        assert cleaned[s.start:s.end].startswith(item.marker), (item.marker, cleaned[s.start:s.end])
        assert item.marker in lines[s.line - 1]


@SETTINGS
@given(NOTICE)
@with_examples
def test_task_ids_are_unique_and_stable(text):
    first, second = parse(text), parse(text)
    if first is None:
        assert second is None
        return
    ids = [t.id for t in plan_parser.tasks(first)]
    assert len(ids) == len(set(ids))
    assert ids == [t.id for t in plan_parser.tasks(second)]
    item_ids = [i.id for i in all_items(first)]
    assert len(item_ids) == len(set(item_ids))


@pytest.mark.parametrize("text", [
    "附件1\n（二）\n附件1\n(2)",
    "附件：1.甲方案\n2.乙方案\n\n附件1\n\n甲方案\n一、任务\n1.甲。\n\n附件1\n\n乙方案\n一、任务\n1.乙。\n",
], ids=["minimal", "two-attachments-both-numbered-1"])
def test_regression_repeated_attachment_number_gives_unique_ids(text):
    doc = plan_parser.parse_text(text)
    assert len(attachment_numbers(doc)) == 2
    ids = [t.id for t in plan_parser.tasks(doc)]
    assert len(ids) == 2 and len(set(ids)) == 2, ids
