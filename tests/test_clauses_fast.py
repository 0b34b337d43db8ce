"""The clauses and build stages' shortcuts of issue 13's speed round give what the plain code
gives: each is checked against a plain version written out here, on generated texts (hypothesis)
and on every line of the corpus and the bulk set."""
from __future__ import annotations


import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from plan_parser.parse import patterns as P
from conftest import BULK, corpus_files, need

# pieces of real clause and prose texts: separators, inner and clause brackets, hint words
PIECES = ["负责", "牵头", "配合", "落实", "会同", "：", ":", "；", "，", ",", ";", "。", "、", "（", "）", "(", ")", "[", "]",
          "〈", "〉", "‹", "›", "<", ">", "【", "】", "〔", "〕", "市发展改革委", "市工信局", "各县", "市、区", "人民政府",
          "单位", " ", "\u3000", "\n"]
TEXT = st.lists(st.one_of(st.sampled_from(PIECES), st.characters(blacklist_categories=("Cs",))),
                max_size=30).map("".join)


@pytest.fixture(scope="module")
def views() -> list[str]:
    """The folded view of every line of the corpus and the bulk set (each line as the parse folds it)."""
    need(BULK)
    paths = corpus_files() + sorted(BULK.glob("*.txt"))
    return [P.fold(line.strip()) for p in paths for line in p.read_bytes().decode("utf-8", "replace").splitlines()]


# --- prose: the parts a hint falls in --------------------------------------------------------

def _hinted_plain(view: str, hints: list[int]) -> list[tuple[int, int]]:
    """prose's parts with a hint as they were found: every part made (``segments``), each hint's
    looked up by its start (``_hinted``, which prose still uses where a paragraph has an inner bracket)."""
    from plan_parser.parse.names import segments
    from plan_parser.parse.prose import PART_SEPS, _hinted

    return _hinted(segments(view, PART_SEPS), hints)


def _same_hinted_parts(view: str) -> None:
    from plan_parser.parse.prose import _hints, hinted_parts

    hints = _hints(view)
    assert hinted_parts(view, hints) == _hinted_plain(view, hints)


@settings(max_examples=800, deadline=None)
@given(TEXT)
@example("（一）市工信局：负责统筹。由市商务局牵头负责协调，市财政局配合。")
@example("各县[市、区]人民政府负责，市财政局配合")
@example("负责，；。牵头")
def test_hinted_parts_as_every_part_made(text):
    _same_hinted_parts(P.fold(text))


def test_hinted_parts_of_every_corpus_and_bulk_line(views):
    for view in views:
        _same_hinted_parts(view)


# --- items: an item's id made from its parent's ---------------------------------------------

def _items(items):
    for item in items:
        yield item
        yield from _items(item.children)


@pytest.mark.parametrize("path", corpus_files()[:8], ids=lambda p: p.stem)
def test_an_items_id_is_its_trees_prefix_and_its_path(path):
    """Builder._item makes a child's id from its parent's (key + "." + its number): the same as the
    tree's prefix and the item's whole path joined, as each id was made (before any ~2 of a repeat)."""
    from plan_parser import parse_bytes

    doc = parse_bytes(path.read_bytes(), path.name)
    trees = [(f"a{p.attachment}:" if p.attachment else "", p.sections) for p in doc.plans]
    trees += [(f"a{a.number}:", a.sections) for a in doc.attachments]
    seen = 0
    for prefix, sections in trees:
        for item in _items(sections):
            if item.clauses and item.clauses[0].scope == "table":
                continue  # (a 任务分工表 row joined as an item: joining.py names it)
            assert item.id.split("~")[0] == prefix + ".".join(map(str, item.path))
            seen += 1
    assert seen


# --- clauses: a line with a clause word but no colon, closing bracket or 牵头 -----------------

def _worded_plain(text: str, view: str) -> list:
    """worded_clauses without its quick test: the line alone, else every form read."""
    from plan_parser.parse.clauses import _find_clauses, _line_clause

    alone = _line_clause(text, view)
    return [alone] if alone else _find_clauses(text, view)


@settings(max_examples=800, deadline=None)
@given(TEXT)
@example("市财政局负责落实")
@example("（市财政局负责）")
@example("市财政局牵头，市税务局配合。")
@example("责任单位：市财政局")
def test_worded_clauses_as_every_form_read(text):
    from plan_parser.parse.clauses import worded_clauses

    view = P.fold(text)
    assert worded_clauses(text, view) == _worded_plain(text, view)


def test_worded_clauses_of_every_corpus_and_bulk_line(views):
    from plan_parser.parse.clause_units import clause_word, forget
    from plan_parser.parse.clauses import worded_clauses

    word = clause_word()
    for view in views:
        if word.search(view):  # (the text read as its view: the clauses' texts are the view's)
            assert worded_clauses(view, view) == _worded_plain(view, view)
    forget()


# --- clauses: a line whose bracket pairs cannot hold a clause word ----------------------------

def _check_worded_pair_test(view: str) -> None:
    from plan_parser.parse.clause_units import clause_word
    from plan_parser.parse.clauses import _may_hold_worded_pair, _pairs

    word = clause_word().search
    if not _may_hold_worded_pair(view, word):  # (its quick test failed: no pair may hold a word)
        assert not any(word(view, i + 1, j) for i, j in _pairs(view)), view


@settings(max_examples=1000, deadline=None)
@given(TEXT)
@example("（一）加强领导。各部门负责")
@example("（牵头)负责")
@example("(牵头负责)")
@example("[一]【二】（市财政局负责）")
def test_no_worded_pair_when_its_quick_test_fails(text):
    _check_worded_pair_test(P.fold(text))


def test_no_worded_pair_in_corpus_and_bulk_lines_failing_the_quick_test(views):
    for view in views:
        _check_worded_pair_test(view)


# --- reading: the prose names of each task without units --------------------------------------

def _prose_plain(nodes, above, read, named, out):
    """reading._read_prose as it was: each item asked whether it names a unit, every task without
    one given its prose names (an empty list too)."""
    from plan_parser.parse.reading import _names_a_unit, _prose

    for node in nodes:
        has = above or _names_a_unit(node, read, named)
        if node.children:
            _prose_plain(node.children, has, read, named, out)
        elif not has:
            out[id(node)] = _prose(node, read.found)
    return out


@pytest.mark.parametrize("path", corpus_files(), ids=lambda p: p.stem)
def test_prose_names_as_every_task_asked(path, monkeypatch):
    """read.prose holds the names of each task the plain walk gives some to (no entry for one with none)."""
    from plan_parser import parse_bytes
    from plan_parser.parse import items

    read_tree, seen = items.read_tree, []

    def spy(lines, roots):
        read = read_tree(lines, roots)
        seen.append((roots, read))
        return read

    monkeypatch.setattr(items, "read_tree", spy)
    parse_bytes(path.read_bytes(), path.name)
    assert seen
    for roots, read in seen:
        named = {k for k in read.held if any(f.names for f in read.found[k])}
        plain = _prose_plain(roots, False, read, named, {})
        assert read.prose == {k: v for k, v in plain.items() if v}


# --- names: the name patterns searched by their re twins --------------------------------------

NAME_PATTERNS = ("TRAILING_ETC", "NAME_ASIDE", "NAME_ROLE", "ETC_JOIN", "UNIT_END", "UNIT_CONJ")


def _same_search(text: str) -> None:
    from plan_parser.parse.names import R

    for name in NAME_PATTERNS:
        rx, re_twin = getattr(P, name), getattr(R, name)
        assert re_twin is not rx, name  # (a twin: re reads it)
        a, b = rx.search(text), re_twin.search(text)
        assert (a and (a.span(), a.group())) == (b and (b.span(), b.group())), (name, text)


@settings(max_examples=800, deadline=None)
@given(TEXT)
@example("工业和信息化部等和各有关地方人民政府")
@example("各区人民政府〈含开发区，下同〉")
@example("市发改委(牵头)")
def test_name_patterns_search_as_regex_does(text):
    _same_search(P.fold(text))
    _same_search(text)


def test_name_patterns_search_corpus_and_bulk_names_as_regex_does(views):
    from plan_parser.parse.names import segments

    for view in views:
        for a, b in segments(view, "、,;。"):  # (names and the like: what names.py searches)
            _same_search(view[a:b].strip())


def test_hinted_parts_of_a_long_paragraph_look_at_each_character_once():
    """Named regression: each hint's part was looked for back to the start of the paragraph, where
    a separator of PART_SEPS is never written (负责, × 10^4: time quadratic in its length). The
    parts' ``rfind`` now stop at the last part's end: counted, the characters they look at are at
    most three times the paragraph's (one rfind per separator), whatever its length."""
    from plan_parser.parse.prose import _hints, hinted_parts

    class Counted(str):
        looked = 0

        def rfind(self, sub, start=0, end=None):
            Counted.looked += max(0, (len(self) if end is None else end) - start)
            return str.rfind(self, sub, start, end)

    for n in (1_000, 10_000):
        view = Counted("负责," * n)
        Counted.looked = 0
        parts = hinted_parts(view, _hints(view))
        assert parts == _hinted_plain(str(view), _hints(str(view))) and len(parts) == n
        assert Counted.looked <= 3 * len(view), (n, Counted.looked)
