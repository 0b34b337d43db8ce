"""Blank lines: ``split_lines`` makes only the lines with characters and fills the empty ones in
(or makes them on demand past SPARSE_BLANKS); the layout's passes skip runs of blank lines by the
index of the lines with text. None of it may change a Line or a Document."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import plan_parser
from plan_parser.parse import lines as L
from plan_parser.parse.lines import Line, SparseLines, split_lines
from plan_parser.parse.patterns import fold
from plan_parser.parse.regions import closing, compact, filled, next_line, opening, prev_line
from conftest import BULK, SEED, corpus_files

_SPACE = " \t\u3000\u00a0\u2002\u2003\ufeff"


def _reference(text: str) -> list[Line]:
    """The lines as the split made them one by one, before blank runs were skipped (no virtual lines)."""
    out, offset = [], 0
    for no, raw in enumerate(text.split("\n"), start=1):
        body = raw.lstrip(_SPACE)
        lead = len(raw) - len(body)
        body = body.rstrip(_SPACE + "\r")
        out.append(Line(no, offset + lead, body, fold(body), "\t" in raw and bool(body)))
        offset += len(raw) + 1
    return out


def _sparse(text: str, monkeypatch) -> L.SparseLines:
    monkeypatch.setattr(L, "SPARSE_BLANKS", -1)
    lines = split_lines(text)
    monkeypatch.undo()
    assert isinstance(lines, SparseLines)
    return lines


# short lines of text, white space only, tabs, CRs and runs of empty lines; nothing that cuts
# virtual lines (no 第, no 文号, nothing 200 characters long)
_TEXT = st.text(alphabet=st.sampled_from("ab一、。\t \u3000\r\n\n\n\n"), max_size=80)


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_lines_are_the_ones_made_one_by_one(text):
    """Every line (number, offset, text, view, cell) as the line-by-line split made it, both
    when the empty lines are filled in and when they are made on demand."""
    with pytest.MonkeyPatch.context() as mp:
        sparse = _sparse(text, mp)
    dense = split_lines(text)
    want = _reference(text)
    assert list(dense) == want
    assert len(sparse) == len(want) and [sparse[i] for i in range(len(want))] == want
    assert sparse[-1] == want[-1] and sparse[: len(want)] == want


@settings(max_examples=200, deadline=None)
@given(_TEXT, st.integers(0, 90), st.integers(0, 90))
def test_skips_equal_the_line_by_line_scans(text, a, b):
    """``filled``, ``next_line``, ``prev_line`` and ``compact`` on the index of lines with text give
    what a scan of every line gives."""
    with pytest.MonkeyPatch.context() as mp:
        variants = (split_lines(text), _sparse(text, mp), list(split_lines(text)))  # the last: no index
    n = len(variants[0])
    a, b = min(a, n), min(b, n)
    claimed = set(range(0, n, 3))
    for lines in variants:
        assert filled(lines, a, b) == [i for i in range(a, b) if lines[i].text]
        assert filled(lines, a, b, 3) == [i for i in range(a, b) if lines[i].text][:3]
        assert next_line(lines, a, b, claimed) == next((i for i in range(a, b) if lines[i].text and i not in claimed), None)
        if a < n:
            assert prev_line(lines, b - 1 if b else -1, a) == next(
                (i for i in range(b - 1, a - 1, -1) if lines[i].text), None)
        runs = [ln for k, ln in enumerate(lines[a:b], start=a) if ln.text or k == a or lines[k - 1].text]
        assert compact(lines, a, b) == runs
        for chars in ("a", "一、", "\t"):  # (asked twice: the index of first and last characters kept)
            for _ in range(2):
                assert opening(lines, chars, a, b) == [i for i in range(a, b) if lines[i].view[:1] in chars and lines[i].view]
                assert closing(lines, chars, a, b) == [i for i in range(a, b) if lines[i].view[-1:] in chars and lines[i].view]


def _shortened(path, lines: int = 120) -> str:
    return "\n".join(path.read_text(encoding="utf-8").split("\n")[:lines])


def _real_texts() -> list[tuple[str, str]]:
    texts = [("seed", _shortened(SEED)), ("seed-whole", SEED.read_text(encoding="utf-8"))]
    texts += [(p.name, _shortened(p)) for p in corpus_files()[:6]]
    bulk = sorted(BULK.glob("*.txt"))[:6] if BULK.is_dir() else []
    texts += [(p.name, _shortened(p)) for p in bulk]
    # blank runs and white-space lines between every few lines, and a long run at the end
    spaced = "\n".join(ln + ("\n\n \n\u3000\n" if k % 4 == 3 else "") for k, ln in enumerate(texts[0][1].split("\n")))
    return texts + [("seed-spaced", spaced + "\n" * 70_000)]


@pytest.mark.parametrize("name,text", _real_texts(), ids=[n for n, _ in _real_texts()])
def test_same_document_with_blank_lines_made_on_demand(name, text, monkeypatch):
    """The Document of a real (shortened) notice is the same whether its empty lines are filled
    in or made on demand (``SparseLines``, which 10 MB of blank lines gets)."""
    dense = plan_parser.parse_text(text).model_dump_json()
    monkeypatch.setattr(L, "SPARSE_BLANKS", -1)
    assert plan_parser.parse_text(text).model_dump_json() == dense


def test_ten_thousand_blank_lines_keep_their_numbers():
    """A run of blank lines past SPARSE_BLANKS: every line counted, the item after it numbered
    by its input line."""
    text = "关于印发某市工作方案的通知\n" + "\n" * (L.SPARSE_BLANKS + 10) + "一、总体要求\n（一）加强领导。\n"
    doc = plan_parser.parse_text(text)
    assert doc.source.lines == text.count("\n") + 1
    assert doc.plan.sections[0].span.line == L.SPARSE_BLANKS + 12


def _three_ways(text: str, monkeypatch) -> tuple:
    """The lines of ``text`` made in one pass (``_every``), as the stored lines filled in
    (``_expand``) and as made on demand (``SparseLines``)."""
    every = split_lines(text)
    monkeypatch.setattr(L, "SPARSE_BLANKS", text.count("\n"))  # more lines than that, no more blank ones
    expanded = split_lines(text)
    monkeypatch.setattr(L, "SPARSE_BLANKS", -1)
    sparse = split_lines(text)
    monkeypatch.undo()
    return every, expanded, sparse


def test_every_line_made_in_one_pass_is_the_stored_ones_filled_in(monkeypatch):
    """On every corpus and bulk text (virtual lines of flattened copies, chapters and run-on heads
    and signatures included): the three ways give the same lines and the same index of lines
    with text."""
    paths = corpus_files() + (sorted(BULK.glob("*.txt")) if BULK.is_dir() else [])
    for path in paths:
        text = path.read_text(encoding="utf-8", errors="replace").replace("\r\n", "\n")
        every, expanded, sparse = _three_ways(text, monkeypatch)
        assert type(expanded) is type(every) and list(expanded) == list(every), path.name
        assert isinstance(sparse, SparseLines) and sparse[:len(sparse)] == list(every), path.name
        assert every.filled == expanded.filled == sparse.filled, path.name
        views = [every[i].view for i in every.filled]  # the ends the one pass noted, as regions would make them
        assert getattr(every, "ends", None) in (None, ("".join(v[0] for v in views), "".join(v[-1] for v in views)))
