"""Whole notices of several shapes: their notice fields, plans and tasks, checked by hand.

Each tests/fixtures/notices/NAME.txt has NAME.yaml beside it with what it must give.
"""
from __future__ import annotations

import pytest
import yaml

import plan_parser
from conftest import FIXTURES

NOTICES = sorted((FIXTURES / "notices").glob("*.txt"))


@pytest.mark.parametrize("path", NOTICES, ids=[p.stem for p in NOTICES])
def test_notice(path):
    want = yaml.safe_load(path.with_suffix(".yaml").read_text(encoding="utf-8"))
    doc = plan_parser.extract(path)
    notice = doc.notice.model_dump()
    for key, value in want["notice"].items():
        if key == "attachments":
            value = [{"number": n, "title": t} for n, t in value]
            notice[key] = [{"number": a["number"], "title": a["title"]} for a in notice[key]]
        assert notice[key] == value, key
    assert [p.title for p in doc.plans] == want["plans"]
    rows = plan_parser.tasks(doc)
    got = [[t.attachment, t.path, t.title, [u.name for u in t.units]] for t in rows]
    assert got == want["tasks"]
    if "deadlines" in want:
        assert [[t.path, t.deadline, t.recurrence] for t in rows] == want["deadlines"]


def test_an_attachment_list_headed_fubiao_is_the_notices():
    import plan_parser

    text = ("关于开展就业见习工作的通知\n各区人力资源社会保障局：\n现将有关事项通知如下。\n一、工作安排\n"
            "（一）认定基地。\n（二）组织见习。\n附表：1.广州市就业见习基地申请表\n2.见习人员登记表\n\n"
            "某某市人力资源和社会保障局\n2019年3月1日\n")
    doc = plan_parser.parse_text(text)
    assert [t.path for t in plan_parser.tasks(doc)] == [[1, 1], [1, 2]]
    assert [a.title for a in doc.notice.attachments] == ["广州市就业见习基地申请表", "见习人员登记表"]
