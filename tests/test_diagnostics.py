"""Odd but readable input gets a result plus diagnostics that name the line."""
from __future__ import annotations

import plan_parser


def codes(text: str) -> dict[str, int]:
    doc = plan_parser.parse_text(text)
    return {d.code: d.line for d in doc.diagnostics}


def test_html_source_is_named():
    got = codes("XX方案\n<div class=\"content\">\n一、总体要求\n</div>\n")
    assert got["markup"] == 2


def test_no_numbering_is_named():
    assert codes("XX工作要点\n要加强统筹协调。\n")["no-items"] == 1


def test_skipped_number_names_its_line():
    assert codes("XX方案\n一、甲\n二、乙\n四、丙\n")["skipped-number"] == 4


def test_clause_outside_any_item_is_named():
    assert codes("XX方案\n（责任单位：市科技局）\n一、甲\n")["orphan-clause"] == 2


def test_ordinary_text_has_no_markup_diagnostic():
    assert "markup" not in codes("XX方案\n一、甲乙（a<b时）\n二、《丙》\n")
