"""cuts.cut_clauses (issue 13: one split of the sentence, the spans counted off its pieces) cuts
where the plain form cut (a finditer of the clause pattern, then clauses inside a bracket
joined by their depth), on generated sentences with brackets, named cases and every corpus
and bulk line."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from plan_parser.parse import patterns as P
from plan_parser.parse.cuts import cut_clauses, cuts


def _plain(view: str, a: int, b: int) -> list[tuple[int, int]]:
    """cut_clauses as it was: the clause pattern's spans, each joined to the one before while
    that one's brackets are open."""
    spans = [m.span() for m in cuts().clause.finditer(view, a, b)]
    if view.find("(", a, b) < 0:
        return spans
    out: list[tuple[int, int]] = []
    for s, e in spans:
        part = view[out[-1][0]:out[-1][1]] if out else ""
        inside = out and part.count("(") - part.count(")") > 0
        out[-1:] = [(out[-1][0], e)] if inside else out[-1:] + [(s, e)]
    return out


PIECES = ["，", ",", "：", ":", "(", ")", "((", "))", "新增", "10个", "其中", "第一期规模100亿元", " ", "。"]
TEXT = st.lists(st.sampled_from(PIECES), max_size=30).map("".join)


@settings(max_examples=600, deadline=None)
@given(view=TEXT, cut=st.tuples(st.integers(0, 40), st.integers(0, 40)))
def test_clauses_cut_as_the_plain_form_cuts(view, cut):
    a, b = min(cut), min(max(cut), len(view))
    assert cut_clauses(view, a, b) == _plain(view, a, b)


@pytest.mark.parametrize("view", [
    "(第一期规模100亿元,省财政安排贴息资金1亿元)，新增10个", "，，a，", "a)，b(，c)，d", "((a，b)，c)，d，e",
    "", "，", "a", "号源(其中专家号源不低于30%，b", "到2025年：新增5个，(含)以上",
])
def test_named_cases(view):
    for a in range(len(view) + 1):
        for b in range(a, len(view) + 1):
            assert cut_clauses(view, a, b) == _plain(view, a, b), (a, b)


def test_every_corpus_and_bulk_line():
    from conftest import BULK, CORPUS, need
    need(CORPUS / "raw")
    seen = 0
    paths = sorted((CORPUS / "raw").glob("*.txt")) + (sorted(BULK.glob("*.txt")) if BULK.is_dir() else [])
    for path in paths:
        for line in P.fold(path.read_text(encoding="utf-8", errors="replace")).splitlines():
            for m in cuts().part.finditer(line):
                want = _plain(line, *m.span())
                assert cut_clauses(line, *m.span()) == want, line
                seen += len(want)
    assert seen > 50000
