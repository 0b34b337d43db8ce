"""The read, structure and clauses stages' shortcuts give what the plain code gives: each is
checked against a plain version written out here, on generated texts (hypothesis) and on every
corpus and bulk file or line."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from plan_parser.errors import InputError
from plan_parser.parse import read as R
from conftest import BULK, corpus_files, need


def _files():
    return corpus_files() + (sorted(BULK.glob("*.txt")) if BULK.is_dir() else [])


@pytest.fixture(scope="module")
def texts() -> list[str]:
    need(BULK)  # (the corpus and the bulk set: without them these tests would check nothing)
    return [p.read_bytes().decode("utf-8", "replace") for p in _files()]


# --- read: control characters and line ends -------------------------------------------------

def _plain_check(text: str) -> str | None:
    """read._check_text as it was, one scan of CONTROL_RE over the text: the error's message, or None."""
    if not text or text.isspace():
        return "empty file" if not text else "only whitespace"
    if "\x00" in text:
        return "binary data (NUL characters), not a text file"
    sample = text if len(text) <= 2 * R._SAMPLE else text[:R._SAMPLE] + text[-R._SAMPLE:]
    for count, _ in enumerate(R.CONTROL_RE.finditer(sample), start=1):
        if count * R._CONTROL_SHARE > len(sample):
            return "binary data (control characters), not a text file"
    return None


def _check(text: str) -> str | None:
    try:
        R._check_text(text, None)
    except InputError as err:
        return str(err).removeprefix("<input>: ")
    return None


def _plain_newline(text: str) -> str:
    crlf = text.count("\r\n")
    counts = {"CRLF": crlf, "CR": text.count("\r") - crlf, "LF": text.count("\n") - crlf}
    kinds = [name for name, count in counts.items() if count]
    return "none" if not kinds else kinds[0] if len(kinds) == 1 else "mixed"


# controls, line ends, Latin-1 and wider characters, and Han
_CHARS = st.one_of(st.sampled_from(["\x00", "\x01", "\x1b", "\x7f", "\x85", "\x9f", "\xa0", "·", "\t", "\n", "\r",
                                    "\r\n", "\x0b", " ", "政", "府", "a", "\U00020000"]),
                   st.characters(blacklist_categories=("Cs",)))
_TEXT = st.lists(_CHARS, max_size=60).map("".join)


@settings(max_examples=500, deadline=None)
@given(_TEXT)
def test_check_text_is_the_plain_scan(text):
    assert _check(text) == _plain_check(text)


def test_check_text_on_a_long_text_judges_its_ends():
    """Past 2 * _SAMPLE characters only the first and last megabyte count, as before."""
    middle = "\x01" * (R._SAMPLE // 10)
    text = "政" * R._SAMPLE + middle + "政" * R._SAMPLE
    assert _check(text) is None and _plain_check(text) is None
    text = "\x01" * R._SAMPLE + "政" * R._SAMPLE
    assert _check(text) is not None and _plain_check(text) is not None


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_newline_kind_is_the_plain_count(text):
    assert R._newline_kind(text) == _plain_newline(text)


def test_read_shortcuts_on_every_real_file(texts):
    for text in texts:
        assert _check(text) == _plain_check(text)
        assert R._newline_kind(text) == _plain_newline(text)


# --- flatten: run-on markers ----------------------------------------------------------------

def _markers(found) -> list:
    return [(m.span(), m.groupdict(), m.lastgroup) for m in found]  # (flatten.cuts reads the style off lastgroup)


_MARKER_PIECES = st.sampled_from(["一、", "二、", "十二、", "十一二三、", "(一)", "(十二)", "(1)", "(12)", "1.", "12.", "123.",
                                  "11。", "1、", "3.2021年", "2.5万", "第", "附件", "附 表", "统一", "唯一", "之", "。", ";",
                                  ":", ")", "(", "、", ".", "政府", "加强", "x", "5", " ", "〇", "两", "\U0001d7d9",
                                  "\u2e80", "\u2e7f", "𠀀"])
_FLAT = st.lists(st.one_of(_MARKER_PIECES, st.characters(blacklist_categories=("Cs",))), max_size=40).map("".join)


@settings(max_examples=500, deadline=None)
@given(_FLAT)
def test_run_on_markers_are_the_pattern_finditer(view):
    """flat_search.run_on_markers (the pattern tried only before each 、 ) . 。 a marker may end
    with) finds what RUN_ON_MARKER.finditer finds, groups and all."""
    from plan_parser.parse import patterns as P
    from plan_parser.parse.flat_search import run_on_markers

    assert _markers(run_on_markers(view)) == _markers(P.RUN_ON_MARKER.finditer(view))


def test_run_on_markers_on_every_long_line(texts):
    from plan_parser.parse import patterns as P
    from plan_parser.parse.flat_search import run_on_markers
    from plan_parser.parse.flatten import FLAT_LINE

    for view in (P.fold(ln.strip()) for text in texts for ln in text.split("\n") if len(ln) >= FLAT_LINE):
        assert _markers(run_on_markers(view)) == _markers(P.RUN_ON_MARKER.finditer(view))


@pytest.mark.parametrize("view", ["见附件1、附件3、政府", "附 表1、明细表二、加强", "第二、三条规定。二、加强", "明细表(一)加强", "附件(1)附表(2)政府"])
def test_run_on_markers_after_the_lookbehind_characters(view):
    """Where re's twin matches after 第, 件 or 表, regex's own pattern decides (附件1、 is no marker,
    明细表二、 is one)."""
    from plan_parser.parse import patterns as P
    from plan_parser.parse.flat_search import run_on_markers

    assert _markers(run_on_markers(view)) == _markers(P.RUN_ON_MARKER.finditer(view))


def test_no_han_character_before_the_marker_ends_bound():
    """_marker_ends takes a Han character to be one from U+2E80 on: regex's \\p{Han} holds none below."""
    import regex

    han = regex.compile(r"\p{Han}")
    assert not [hex(c) for c in range(0x2E80) if han.match(chr(c))]


# --- prose: a duty sentence's quick test ------------------------------------------------------

def test_duty_sentence_quick_test_on_every_real_part(texts):
    """clause_gates.may_duty holds for every sentence part of the corpus and bulk set PROSE_DUTY
    matches (its verb right after a unit's ending)."""
    import re

    from plan_parser.parse import patterns as P
    from plan_parser.parse.clause_gates import may_duty

    matched = 0
    for text in texts:
        for part in re.split("[。;,]", P.fold(text)):
            part = part.lstrip()
            if P.PROSE_DUTY.match(part):
                matched += 1
                assert may_duty(part), part
    assert matched > 50  # (the family is there to be checked)


# --- layout: notice fields recorded ----------------------------------------------------------

_FIELD_VALUES = {"kind": st.sampled_from([None, "通知", "意见"]), "title": st.text(max_size=5),
                 "issuers": st.lists(st.text(max_size=3), max_size=2).map(tuple), "date": st.none() | st.just("2022-01-05"),
                 "notes": st.tuples(st.text(max_size=3))}


@settings(max_examples=300, deadline=None)
@given(st.lists(st.fixed_dictionaries({}, optional=_FIELD_VALUES), max_size=4))
def test_layout_set_is_dataclasses_replace(steps):
    """Layout.set makes the value dataclasses.replace makes, step after step (equal, frozen, its
    own dict), and refuses a name that is no field as replace does."""
    from dataclasses import FrozenInstanceError, replace

    from plan_parser.parse.regions import Layout, NoticeFields

    lay, want = Layout(), NoticeFields()
    for values in steps:
        before = lay.fields
        lay.set(**values)
        want = replace(want, **values)
        assert lay.fields == want and type(lay.fields) is NoticeFields and vars(lay.fields) == vars(want)
        assert lay.fields is not before and vars(lay.fields) is not vars(before)  # a new value each time
    with pytest.raises(FrozenInstanceError):
        lay.fields.title = "x"
    with pytest.raises(TypeError):
        lay.set(titel="x")
    with pytest.raises(TypeError):
        replace(want, titel="x")


# --- page: the trailer's head looked for near the end only ------------------------------------

def _plain_trailer(lines):
    """page.trailer as it was: every line that may open the trailer tried, from the last."""
    from plan_parser.parse import page
    from plan_parser.parse import patterns as P
    from plan_parser.parse.regions import Layout, filled, is_marker, opening, prev_line

    lay = Layout()
    for i in reversed(opening(lines, page.TRAILER_OPENS)):
        if page._trailer_head(lines, i):
            start = i
            break
    else:
        return len(lines), lay.parts
    while (k := prev_line(lines, start - 1)) is not None and page._trailer_head(lines, k):
        start = k
    rest = [lines[i] for i in filled(lines, start)]
    if len(rest) > page.TRAILER_MAX or any(P.ATTACHMENT_HEAD.match(ln.view) for ln in rest):
        return len(lines), lay.parts
    if sum(1 for ln in rest if is_marker(ln.view)) > page.TRAILER_ITEMS:
        return len(lines), lay.parts
    lay.add("trailer", start, prev_line(lines, len(lines) - 1, start))
    return start, lay.parts


def _assert_trailer(text: str) -> None:
    from plan_parser.parse import page
    from plan_parser.parse.lines import split_lines
    from plan_parser.parse.regions import Layout

    lines = split_lines(text)
    lay = Layout()
    assert (page.trailer(lines, lay), lay.parts) == _plain_trailer(lines)


_TRAILER_LINES = st.lists(st.sampled_from(["相关链接：", "解读：", "一、总体要求", "政策解读", "字号：大 中 小", "打印本页", "关闭窗口",
                                           "扫一扫在手机打开当前页", "咨询电话：0531-1234", "2022年3月1日", "1.通知", "附件1",
                                           "正文", "", "责任编辑：王", "政府"]), max_size=45).map("\n".join)


@settings(max_examples=300, deadline=None)
@given(_TRAILER_LINES)
def test_trailer_is_the_plain_search(text):
    _assert_trailer(text)


def test_trailer_is_the_plain_search_on_every_real_file(texts):
    from plan_parser.parse.clean import clean

    for text in texts:
        _assert_trailer(clean(text.replace("\r\n", "\n").replace("\r", "\n")).text)


# --- lazy_regex.twin: a pattern compiled by re, reading every text as regex does ---------------

def test_twin_tables_are_regex_classes_at_every_code_point():
    """\\s, \\d and \\p{Han} as twin spells them for re match the code points regex's own match."""
    import re

    import regex

    from plan_parser.parse import lazy_regex as L

    for escape, body in (("\\s", L._SPACE), ("\\d", L._DIGIT), ("\\p{Han}", L._HAN)):
        theirs, ours = regex.compile(escape), re.compile(f"[{body}]")
        wrong = [hex(c) for c in range(0x110000) if bool(theirs.match(chr(c))) != bool(ours.match(chr(c)))]
        assert not wrong, (escape, wrong[:5])


def _twinned():
    from plan_parser.parse import patterns as P
    from plan_parser.parse.clause_units import CLAUSE_WORD
    from plan_parser.parse.patterns.tree import MARKERS, RUN_ON_MARKER_ANYWHERE

    import regex

    return [(f"MARKERS {style}", rx) for style, rx in MARKERS] + [
        (name, getattr(P, name)) for name in ("TITLE_STOP", "PROSE_HINT", "ANY_MASKED", "MASKED", "SENTENCE_END")
    ] + [("CLAUSE_WORD", regex.compile(CLAUSE_WORD)), ("RUN_ON_MARKER_ANYWHERE", RUN_ON_MARKER_ANYWHERE)]


def _same(rx, tw, view: str) -> None:
    def spans(found):
        return [(m.span(), m.groupdict()) for m in found]

    for pos in {0, 1, len(view) // 2}:
        pos = min(pos, len(view))
        a, b = rx.match(view, pos), tw.match(view, pos)
        assert (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict())), (rx.pattern, view, pos)
    assert spans(rx.finditer(view)) == spans(tw.finditer(view)), (rx.pattern, view)


def test_twins_read_every_real_line_as_regex_does(texts):
    from plan_parser.parse import patterns as P
    from plan_parser.parse.lazy_regex import twin

    pairs = [(rx, twin(rx)) for _, rx in _twinned()]
    for text in texts:
        for raw in text.split("\n"):
            view = P.fold(raw.strip())
            for rx, tw in pairs:
                _same(rx, tw, view)


_TWIN_PIECES = st.sampled_from(["第", "一", "十二", "章", "节", "条", "部分", "、", ".", "。", "(", ")", "1", "12", "1.2", "2021",
                                "年", "万", "%", " ", "\u3000", "\x1c", "\u2028", "\U00016130", "\U00020000", "\u2e9a",
                                "总则", "负责", "牵头", ":", "“", "”", "《", "》", "〔2022〕", "[2022]", "\n", "①", "的", ","])


@settings(max_examples=500, deadline=None)
@given(st.lists(st.one_of(_TWIN_PIECES, st.characters(blacklist_categories=("Cs",))), max_size=14).map("".join))
def test_twins_read_generated_lines_as_regex_does(view):
    from plan_parser.parse.lazy_regex import twin

    for _, rx in _twinned():
        _same(rx, twin(rx), view)


@pytest.mark.parametrize("source, flags", [
    (r"(?<=[。;]|第\s*)一", 0),  # a lookbehind of varying width
    (r"\w+", 0), (r"\bA", 0), (r"(?|a|b)", 0), (r"a++", 0), (r"(?>a)", 0), (r"[[a]--[b]]", 0), (r"[\S]", 0),
    (r"\p{Latin}", 0), ("a\u3000b", 64), ("a", 2),  # regex's verbose mode drops U+3000; IGNORECASE
])
def test_twin_refuses_what_only_regex_reads(source, flags):
    import regex

    from plan_parser.parse.lazy_regex import twin

    with pytest.raises(ValueError):
        twin(regex.compile(source, flags) if flags else source)


def _served() -> list[tuple[str, object]]:
    """The patterns the stages match through a ``Twins`` (``R.NAME.match``), read off their sources."""
    import re
    from pathlib import Path

    from plan_parser.parse import patterns as P

    folder = Path(P.__file__).parent.parent
    found = {n for f in ("names.py", "clause_units.py", "division.py", "layout.py", "notice.py", "page.py", "signature.py",
                         "flatten.py", "lines.py")
             for n in re.findall(r"\bR\.([A-Z_]+)\.", (folder / f).read_text(encoding="utf-8"))}
    assert len(found) > 10
    return [(n, getattr(P, n)) for n in sorted(found)]


def _same_anchored(rx, tw, view: str) -> None:
    for pos in {0, 1, len(view) // 2}:
        pos = min(pos, len(view))
        for how in ("match", "fullmatch"):
            a, b = getattr(rx, how)(view, pos), getattr(tw, how)(view, pos)
            assert (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict())), (rx.pattern, view, pos)


def test_twins_served_read_every_real_line_as_regex_does(texts):
    """Each pattern names, clause_units, division and the structure stage match through lazy_regex.Twins (re's twin, or
    regex's own where re reads it otherwise) matches on every corpus and bulk line as regex does."""
    from plan_parser.parse import patterns as P
    from plan_parser.parse.names import R

    pairs = [(rx, getattr(R, name)) for name, rx in _served()]
    views = {P.fold(raw.strip()) for text in texts for raw in text.split("\n")}
    for view in views:
        for rx, tw in pairs:
            _same_anchored(rx, tw, view)


_CLAUSE_PIECES = st.sampled_from(["市发展改革委", "市财政局", "各区人民政府", "及", "和", "与", "等", "等单位", "按职能分工负责", "牵头",
                                  "配合", "负责", "分别", "会同", "下同", "责任单位", ":", "、", ",", ";", "。", "(", ")", "[市、区]",
                                  "2023年底前完成", "完成时限", "序号", "工作任务", "责任领导", "|", "\t", " ", "\u3000", "各", "有关",
                                  "省", "市", "区", "公司", "—", "-", "/", "无", "├──┼──┤", "|---|"])


@settings(max_examples=500, deadline=None)
@given(st.lists(st.one_of(_CLAUSE_PIECES, st.characters(blacklist_categories=("Cs",))), max_size=16).map("".join))
def test_twins_served_read_generated_clauses_as_regex_does(view):
    from plan_parser.parse.names import R

    for name, rx in _served():
        _same_anchored(rx, getattr(R, name), view)


# --- clause_units: a clause's sentences ------------------------------------------------------

@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["。", "。。", "市财政局", "负责", ",", " ", "x"]), max_size=12).map("".join))
def test_clause_sentences_are_the_plain_cut(view):
    """clause_units._sentences (each 。 found by str.find) cuts as the loop over every character did."""
    from plan_parser.parse.clause_units import _sentences

    out, start = [], 0
    for i, ch in enumerate(view):
        if ch == "。":
            out.append((start, i))
            start = i + 1
    out.append((start, len(view)))
    assert _sentences(view) == [(a, b) for a, b in out if b > a]


# --- tree: the build's written-out steps --------------------------------------------------------

def _plain_title_end(view: str, start: int = 0) -> int:
    """tree.title_end as it was: every stop character scanned from ``start``."""
    from plan_parser.parse import tree as T

    depth = 0
    for m in T._TITLE_STOP.finditer(view, start):
        ch, i = m.group(), m.start()
        if ch in "()":
            depth += 1 if ch == "(" else -1
        elif depth <= 0 and (ch != ":" or T._colon_closes(view, i, start)):
            return i
    return len(view)


def _plain_build(lines):
    """tree.build as it was: ``marker`` asked of every line with text, each number checked by a
    call, each heading's title by ``_title`` (find_clauses on the copied heading)."""
    from plan_parser.parse import tree as T

    tree, stack, styles, last_number, sibling_last, after_row = T.Tree(), [], [], {}, {}, False
    fits = lambda parts: T._decimal_fits(parts, stack)  # noqa: E731
    for line in lines:
        if not line.text:
            continue
        mk = None if line.cell else T.marker(line, fits)
        if mk is None:
            (stack[-1].body if stack else tree.preamble).append(line)
            after_row = line.cell
            continue
        if mk.style in styles:
            del stack[styles.index(mk.style):], styles[styles.index(mk.style):]
        elif mk.style in T.BODY_RANK:  # a new style closes the levels of the styles it ranks above
            below = [k for k, s in enumerate(styles) if T.BODY_RANK.get(s, -1) > T.BODY_RANK[mk.style]]
            if below:
                del stack[below[0]:], styles[below[0]:]
        parent = stack[-1] if stack else None
        key = (id(parent), mk.style)
        if key in sibling_last:
            if mk.number != sibling_last[key] + 1:
                tree.skipped.append((line, sibling_last[key] + 1))
        elif mk.number not in (1, last_number.get(mk.style, 0) + 1):
            tree.skipped.append((line, 1))
        a = mk.end
        end = _plain_title_end(line.view, a)
        path = (parent.path if parent else []) + [mk.number]
        # family: a heading run into its first sentence: RUN_IN_TITLE tried on every heading (no cue pre-test)
        run_in = T.RUN_IN_TITLE.match(line.view, a, min(end, a + T.RUN_IN_REACH))
        cut = run_in.end() if run_in else end
        node = T.Node(mk, line, path, T._title(line.text[a:cut], line.view[a:cut]), [], [], parent, after_row, end)
        (parent.children if parent else tree.roots).append(node)
        stack.append(node)
        styles.append(mk.style)
        last_number[mk.style] = mk.number
        sibling_last[key] = mk.number
    return tree


def _plain_tree(tree) -> tuple:
    def node(n):
        return (tuple(n.marker), n.line, n.path, n.title, n.body, n.in_table, n.title_end, [node(c) for c in n.children])

    return tree.preamble, [node(n) for n in tree.roots], tree.skipped


def _assert_tree(text: str) -> None:
    from plan_parser.parse.lines import split_lines
    from plan_parser.parse.tree import build

    lines = split_lines(text)
    assert _plain_tree(build(lines)) == _plain_tree(_plain_build(lines))


_TITLE_PIECES = st.sampled_from(["。", "!", "?", "！", "？", "(", ")", ":", "9", "00", "加强", "组织领导", "(责任单位", "市财政局", "负责",
                                 "牵头", "配合", " ", "\u3000", ",", ";"])
_TITLE_TEXT = st.lists(st.one_of(_TITLE_PIECES, st.characters(blacklist_categories=("Cs",))), max_size=16).map("".join)


@settings(max_examples=500, deadline=None)
@given(_TITLE_TEXT, st.integers(0, 6))
def test_title_end_is_the_plain_scan(view, start):
    """title_end (the first stop a sentence's end or none: one search) ends where the scan did."""
    from plan_parser.parse.tree import title_end

    start = min(start, len(view))
    assert title_end(view, start) == _plain_title_end(view, start)


_TREE_LINES = st.lists(st.tuples(st.sampled_from(["一、", "二、", "三、", "(一)", "(二)", "(三)", "1.", "2.", "3.", "1.1", "1.2", "2.1",
                                                  "第一章", "第二条", "①", "一是", "1 ", "12.", "11.121", "\t", ""]),
                                 _TITLE_TEXT), max_size=14).map(lambda rows: "\n".join(a + b for a, b in rows))


@settings(max_examples=400, deadline=None)
@given(_TREE_LINES)
def test_tree_build_is_the_plain_build(text):
    _assert_tree(text)


def test_tree_build_is_the_plain_build_on_every_real_file(texts):
    from plan_parser.parse import tree as T
    from plan_parser.parse.clean import clean
    from plan_parser.parse.lines import split_lines

    headings = 0
    for text in texts:
        text = clean(text.replace("\r\n", "\n").replace("\r", "\n")).text
        _assert_tree(text)
        for ln in split_lines(text):
            if ln.text:
                for start in {0, getattr(T.marker(ln), "end", 0)}:
                    assert T.title_end(ln.view, start) == _plain_title_end(ln.view, start)
                    headings += 1
    assert headings > 10_000  # (the family is there to be checked)


# --- lines: every line made in one pass -------------------------------------------------------

def _plain_every(text: str, folded: str):
    """lines._every as it was: the first and last characters of each view appended line by line,
    and whether a line opens with 第 asked of each text."""
    from plan_parser.parse.lines import _SPACE, Line, Lines

    out, found, firsts, lasts, chapters, pos = Lines(), [], [], [], False, 0
    for no, raw in enumerate(text.split("\n"), start=1):
        body = raw.lstrip(_SPACE)
        start = pos + len(raw) - len(body)
        body = body.rstrip(_SPACE + "\r")
        if body:
            end = start + len(body)
            chapters = chapters or body[0] == "第"
            found.append(no - 1)
            firsts.append(folded[start])
            lasts.append(folded[end - 1])
            out.append(Line(no, start, body, folded[start:end], "\t" in raw))
        else:
            out.append(Line(no, start, "", "", False))
        pos += len(raw) + 1
    out.filled, out.ends = found, ("".join(firsts), "".join(lasts))
    return out, chapters


def _assert_every(text: str) -> None:
    from plan_parser.parse import patterns as P
    from plan_parser.parse.lines import _every

    folded = P.fold(text)
    (got, chapters), (want, plain_chapters) = _every(text, folded), _plain_every(text, folded)
    assert (list(got), got.filled, got.ends, chapters) == (list(want), want.filled, want.ends, plain_chapters)


_LINE_PIECES = st.sampled_from(["第", "第一章", "總則", "一、", " ", "\u3000", "\t", "\r", "\n", "\n\n", "\xa0", "\ufeff", "\u2002",
                                "政府", "（", "Ａ", "\U00016130", "\U00020000", "x", ""])


@settings(max_examples=500, deadline=None)
@given(st.lists(st.one_of(_LINE_PIECES, st.characters(blacklist_categories=("Cs",))), max_size=30).map("".join))
def test_every_is_the_plain_loop(text):
    _assert_every(text)


def test_every_is_the_plain_loop_on_every_real_file(texts):
    for text in texts:
        _assert_every(text.replace("\r\n", "\n"))


def test_nothing_folds_to_or_from_the_chapter_character():
    """_every reads whether a line opens with 第 off its view's first character."""
    from plan_parser.parse.patterns.text import _FOLD_CHARS, fold

    assert all("第" not in (k, v) for k, v in _FOLD_CHARS.items()) and fold("第") == "第"


# --- flatten: a view's signatures asked from several offsets ------------------------------------

def _assert_signatures_kept(view: str, offsets: list[int]) -> None:
    """flat_search.Signatures answers each offset, in the order asked, as signature_search and
    signatures do (answers kept from the offsets before)."""
    from plan_parser.parse.flat_search import Signatures, signature_search, signatures

    def span(m):
        return m and (m.span(), m.groupdict())

    kept = Signatures(view)
    for k, pos in enumerate(offsets):
        if k % 3 == 2:
            assert [span(m) for m in kept.every(pos)] == [span(m) for m in signatures(view, pos)], (view, pos)
        else:
            assert span(kept.first(pos)) == span(signature_search(view, pos)), (view, pos)


_SIGNED_PIECES = st.sampled_from(["。", "国务院", "财政部", "山东省人民政府", "2022年", "7月", "1日", "二〇二一年", "五月", "十日", "日常",
                                  "(此件公开发布)", "抄送", "附件", "方案", "加强工作", " ", "联系人", "此件", "明细表", "1.", "二、"])


@settings(max_examples=400, deadline=None)
@given(st.lists(_SIGNED_PIECES, max_size=30).map("".join), st.lists(st.integers(0, 120), min_size=1, max_size=6))
def test_signatures_kept_are_the_searches(view, offsets):
    _assert_signatures_kept(view, offsets)


@settings(max_examples=400, deadline=None)
@given(st.lists(_SIGNED_PIECES, max_size=8).map("".join), st.lists(_SIGNED_PIECES, max_size=8).map("".join),
       st.lists(st.integers(-3, 3), min_size=1, max_size=6))
def test_signatures_kept_asked_around_a_signature(before, after, steps):
    """Offsets just before, at and after where a signature starts, in any order."""
    view = before + "。国务院2022年7月1日" + after
    _assert_signatures_kept(view, [max(0, len(before) + 1 + k) for k in steps])


def test_signatures_kept_asked_later_then_earlier():
    view = "加强工作。国务院2022年7月1日"
    _assert_signatures_kept(view, [8, 3, 5, 6])


def test_signatures_kept_on_every_long_line(texts):
    from plan_parser.parse import patterns as P
    from plan_parser.parse.flatten import FLAT_LINE

    for view in (P.fold(ln.strip()) for text in texts for ln in text.split("\n") if len(ln) >= FLAT_LINE):
        n = len(view)
        _assert_signatures_kept(view, [0, n // 3, n // 2, n // 4, 2 * n // 3, n - 40, n // 5])


# --- notice: a wrapped title's view made of its lines' views -------------------------------------

_FOLD_PIECES = st.sampled_from(["關於", "印發", "通知", "（", "）", "Ａ", "\u3000", "\U00016130", "\U0001d7d9", "\U0001F600", "的", "方案",
                                "１", "2022", "﹒", "∶", ""])


@settings(max_examples=500, deadline=None)
@given(st.lists(st.one_of(_FOLD_PIECES, st.characters(blacklist_categories=("Cs",))), max_size=6).map("".join),
       st.lists(st.one_of(_FOLD_PIECES, st.characters(blacklist_categories=("Cs",))), max_size=6).map("".join))
def test_fold_reads_each_character_alone(a, b):
    """notice._title joins its lines' views for the view of the joined title: fold(a + b) is
    fold(a) + fold(b)."""
    from plan_parser.parse.patterns import fold

    assert fold(a + b) == fold(a) + fold(b)


def test_each_line_view_is_its_text_folded(texts):
    from plan_parser.parse import patterns as P
    from plan_parser.parse.lines import split_lines

    for text in texts:
        for ln in split_lines(text.replace("\r\n", "\n")):
            assert ln.view == P.fold(ln.text)


# --- flat_search: FLAT_SIGNATURE by re -----------------------------------------------------------

def _assert_signature_split(view: str, pos: int, endpos: int) -> None:
    """re's twin of FLAT_SIGNATURE_SPLIT (its lookbehind as three of one width each) searches and
    finds as FLAT_SIGNATURE does."""
    from plan_parser.parse import patterns as P
    from plan_parser.parse.flat_search import _signature_twin

    def span(m):
        return m and (m.span(), m.groupdict())

    assert span(_signature_twin().search(view, pos, endpos)) == span(P.FLAT_SIGNATURE.search(view, pos, endpos)), view
    assert [span(m) for m in _signature_twin().finditer(view, pos)] == [span(m) for m in P.FLAT_SIGNATURE.finditer(view, pos)]


_SIGNATURE_PIECES = st.sampled_from(["。", ")", "!", "国务院", "财政部", "国网设备部", "2022年", "7月", "1日", "二〇二一年", "五月", "十日",
                                     "二ＯＯ八年", "日常", "(此件公开发布)", "抄送", "附件", "联系人", "此件", "方案", "明细", "明细表",
                                     "要求", "纪要", "表", "单", "告", "函", "通知", "特此", "统计分析表", " ", "\u3000", "(局)", "x"])


@settings(max_examples=600, deadline=None)
@given(st.lists(_SIGNATURE_PIECES, max_size=24).map("".join), st.integers(0, 80), st.integers(0, 200))
def test_signature_split_is_flat_signature(view, pos, endpos):
    _assert_signature_split(view, min(pos, len(view)), min(endpos, len(view)))


def test_signature_split_is_flat_signature_on_every_long_line(texts):
    from plan_parser.parse import patterns as P
    from plan_parser.parse.flatten import FLAT_LINE

    found = 0
    for view in (P.fold(ln.strip()) for text in texts for ln in text.split("\n") if len(ln) >= FLAT_LINE):
        for day in P.FLAT_SIGNATURE_DAY.finditer(view):  # the windows signature_search reads, and the whole line
            _assert_signature_split(view, max(0, day.start() - 60), min(len(view), day.end() + 10))
        _assert_signature_split(view, 0, len(view))
        found += P.FLAT_SIGNATURE.search(view) is not None
    assert found > 100  # (the family is there to be checked)


@pytest.mark.parametrize("view", ["工作方案国务院二〇二一年五月十日", "工作方案国务院2021年5月10日", "明细表国网(局)2020年1月2日(此件公开发布)",
                                  "统计分析表国网产业部二ＯＯ八年十二月二十五日抄送:", "会议纪要山东省人民政府2022年7月1日",
                                  "加强工作。国务院2022年7月1日", "要求国务院二〇二一年五月十日", "特此通知。财政部2019年7月26日"])
def test_signature_split_named_cases(view):
    """After a title's word of its kind (one or two characters) the issuer must be Han characters
    before a year in digits; after 。 ) ! any issuer and date."""
    from plan_parser.parse import patterns as P

    _assert_signature_split(P.fold(view), 0, len(view))


# --- regions: the lines that open or close with a character ----------------------------------------

def _plain_by_end(lines, side: int, chars: str, first: int, stop) -> list[int]:
    """regions._by_end as it was: a class of ``chars`` searched over the ends string, for one character too."""
    import re
    from bisect import bisect_left

    from plan_parser.parse.regions import _ends

    found = lines.filled
    a = bisect_left(found, first)
    b = len(found) if stop is None else bisect_left(found, stop)
    return [found[m.start()] for m in re.finditer("[" + re.escape(chars) + "]", _ends(lines, found)[side][:max(a, b)])
            if m.start() >= a]


def _assert_by_end(lines) -> None:
    from plan_parser.parse.regions import closing, opening

    n = len(lines)
    for chars in ("附", "日", "目", "抄", "发印", "一", "。", "【一关分图字打扫政相视解责咨"):
        for first, stop in ((0, None), (n // 3, None), (0, n // 2), (n // 4, 3 * n // 4), (n // 2, n // 3)):
            assert opening(lines, chars, first, stop) == _plain_by_end(lines, 0, chars, first, stop)
            assert closing(lines, chars, first, stop) == _plain_by_end(lines, 1, chars, first, stop)


_END_LINES = st.lists(st.sampled_from(["附件1", "附件：", "2022年3月1日", "目录", "抄送：", "印发", "办公厅印发", "一、", "", "日", "附",
                                       "。", "正文。", " "]), max_size=25).map("\n".join)


@settings(max_examples=300, deadline=None)
@given(_END_LINES)
def test_lines_opening_and_closing_with_are_the_plain_scan(text):
    from plan_parser.parse.lines import split_lines

    _assert_by_end(split_lines(text))


def test_lines_opening_and_closing_with_on_every_real_file(texts):
    from plan_parser.parse.lines import split_lines

    for text in texts:
        _assert_by_end(split_lines(text.replace("\r\n", "\n")))


def test_doc_kind_and_title_searches_by_re_on_every_real_line(texts):
    """regions.doc_kind and titleish search DOC_KIND and SENTENCE_END by their re twins: the same
    match as regex's from where doc_kind begins, and from the start, on every corpus and bulk line."""
    from plan_parser.parse import patterns as P
    from plan_parser.parse.regions import KIND_MAX, doc_kind

    def span(m):
        return m and (m.span(), m.groupdict())

    kinds = 0
    for view in {P.fold(raw.strip()) for text in texts for raw in text.split("\n")}:
        for pos in {0, max(0, len(view) - KIND_MAX)}:
            assert span(P.RE.DOC_KIND.search(view, pos)) == span(P.DOC_KIND.search(view, pos)), view
        assert span(P.RE.SENTENCE_END.search(view)) == span(P.SENTENCE_END.search(view))
        kinds += doc_kind(view) is not None
    assert kinds > 100  # (the family is there to be checked)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["通知", "方案", "若干措施", "措施", "(2022—2025年)", "(", ")", " ", "\u3000", "\n", "关于", "。", "!", "函",
                                 "x", "的"]), max_size=10).map("".join), st.integers(0, 30))
def test_doc_kind_by_re_on_generated_titles(view, pos):
    from plan_parser.parse import patterns as P

    pos = min(pos, len(view))
    a, b = P.RE.DOC_KIND.search(view, pos), P.DOC_KIND.search(view, pos)
    assert (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict()))
