"""The layout's quick tests (regions.may_*): each is true of every line its patterns match, so
testing it first changes no result. Checked on every line of the seed, the corpus and the bulk
set, and on generated lines built from the patterns' own characters."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from plan_parser.parse import patterns as P
from plan_parser.parse import regions as R
from plan_parser.parse.lines import split_lines
from conftest import BULK, SEED, corpus_files

CASES = {
    "may_date": (R.may_date, ("DATE_LINE", "ISSUER_DATE_LINE")),
    "may_attachment_list": (R.may_attachment_list, ("ATTACHMENT_LIST", "LISTED_ATTACHMENT", "ATTACHMENT_HEAD", "ATTACHMENT_HEAD_COLON")),
    "may_cc": (R.may_cc, ("CC_LINE",)),
    "may_printed": (R.may_printed, ("PRINTED_LINE",)),
    "may_trailer": (R.may_trailer, ("PAGE_TRAILER", "CONSULT_LINE")),
    "contents": (lambda view: view.startswith("目"), ("CONTENTS_HEAD",)),
    "may_order": (R.may_order, ("ORDER_MARK",)),
    "may_panel": (R.may_panel, ("PUBLICATION_LINE",)),
    "may_head_mark": (R.may_head_mark, ("HEAD_MARK",)),
    "may_issuer_mark": (R.may_issuer_mark, ("ISSUER_MARK",)),
    "may_doc_number": (R.may_doc_number, ("DOC_NUMBER_LINE", "BRACKETED_DOC_NUMBER_LINE", "PUBLISHED_ORDER_LINE")),
    "bracketed_doc_number": (lambda view: view.startswith("("), ("BRACKETED_DOC_NUMBER_LINE", "PUBLISHED_ORDER_LINE")),
    "may_note": (R.may_note, ("NOTE_LINE",)),
    "may_signer": (R.may_signer, ("SIGNER",)),
}


def _views() -> list[str]:
    paths = [SEED] + corpus_files() + (sorted(BULK.glob("*.txt")) if BULK.is_dir() else [])
    return [ln.view for p in paths for ln in split_lines(p.read_text(encoding="utf-8", errors="replace")) if ln.text]


@pytest.fixture(scope="module")
def views() -> list[str]:
    return _views()


@pytest.mark.parametrize("name", CASES)
def test_quick_test_holds_on_every_real_line(name, views):
    quick, patterns = CASES[name]
    matched = [v for v in views if any(getattr(P, n).match(v) for n in patterns)]
    assert all(quick(v) for v in matched), [v for v in matched if not quick(v)][:3]


# the characters of the patterns' keywords, dates and separators, and any other character
_PIECES = st.sampled_from(["附件", "附表", "抄送", ":", "印发", "翻印", "2022年", "7月", "11日", "二〇二二年", "十一日",
                           "相关解读", "字号", "打印本页", "咨询电话", "目", "录", " ", "1", "市政府", "办公厅",
                           "关闭窗口", "扫一扫在手机", "一图读懂", "【", "】", "A.xls", "索引号", "发布机构", "人民政府令",
                           "000123", "机密", "★", "特急", "明电", "鲁机发", "454号", "内部事项", "文件", "鲁政发",
                           "〔2022〕", "3号", "(", ")", "联系人", "省长", "主任", "书记", "马兴瑞", "签发人"])
_LINE = st.lists(st.one_of(_PIECES, st.characters(blacklist_categories=("Cs",))), max_size=8).map("".join)


@settings(max_examples=500, deadline=None)
@given(_LINE)
def test_quick_tests_hold_on_generated_lines(view):
    for quick, patterns in CASES.values():
        if any(getattr(P, n).match(view) for n in patterns):
            assert quick(view)


def test_may_record_holds_on_every_flattened_line(views):
    """flat_search.may_record is true wherever FLAT_RECORD finds a match (from any offset)."""
    from plan_parser.parse.flat_search import may_record

    for view in views:
        for m in P.FLAT_RECORD.finditer(view):
            assert may_record(view, m.start()) and may_record(view, 0)


@settings(max_examples=300, deadline=None)
@given(_LINE.map(lambda s: "。" + s), st.integers(0, 5))
def test_may_record_holds_on_generated_lines(view, after):
    from plan_parser.parse.flat_search import may_record

    if P.FLAT_RECORD.search(view, min(after, len(view))):
        assert may_record(view, min(after, len(view)))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["。", "国务院", "财政部", "山东省人民政府", "2022年", "7月", "1日", "二〇二一年", "五月",
                                 "十日", "日常", "(此件公开发布)", "抄送", "附件", "方案", "加强工作", " ", "联系人", "此件",
                                 " " * 40, "明细表", "〇", "三十"]), max_size=30).map("".join),
       st.integers(0, 60))
def test_windowed_signature_search_is_the_pattern_search(view, pos):
    """flat_search's FLAT_SIGNATURE search in windows around each 日 a signature may end with finds
    what the plain search and finditer find (SIGNATURE_SPAN covers the longest issuer and date,
    the window's end the white space and word after them)."""
    from plan_parser.parse import flat_search as F

    pos = min(pos, len(view))
    plain = P.FLAT_SIGNATURE.search(view, pos)
    got = F.signature_search(view, pos)
    assert (got and got.span()) == (plain and plain.span())
    assert [m.span() for m in F.signatures(view, pos)] == [m.span() for m in P.FLAT_SIGNATURE.finditer(view, pos)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["。", ")", "抄送:", "抄 送 :", "抄送", "办公厅", "国务院", "2021年", "3月", "1日", "印发",
                                 "翻印", "日印发", "前", " ", "x"]), max_size=30).map("".join),
       st.integers(0, 40))
def test_records_are_the_pattern_finditer(view, pos):
    """flat_search.records_from (FLAT_RECORD's two branches searched apart) finds what FLAT_RECORD finds."""
    from plan_parser.parse import flat_search as F

    pos = min(pos, len(view))
    assert [m.span() for m in F.records_from(view, pos)] == [m.span() for m in P.FLAT_RECORD.finditer(view, pos)]


def test_records_and_signatures_on_every_long_line():
    """The same on the real input lines long enough to be a flattened copy's (before it is cut)."""
    from plan_parser.parse import flat_search as F
    from plan_parser.parse.flatten import FLAT_LINE

    paths = corpus_files() + (sorted(BULK.glob("*.txt")) if BULK.is_dir() else [])
    raw = [ln for p in paths for ln in p.read_text(encoding="utf-8", errors="replace").split("\n")]
    for view in (P.fold(ln.strip()) for ln in raw if len(ln) >= FLAT_LINE):
        assert [m.span() for m in F.records_from(view, 0)] == [m.span() for m in P.FLAT_RECORD.finditer(view)]
        assert [m.span() for m in F.signatures(view, 0)] == [m.span() for m in P.FLAT_SIGNATURE.finditer(view)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["。", ")", "!", "相关", "政策", "图文", "视频", "解读", "解", "读", "相关链接", "一图读懂", ":",
                                 " ", "字号", "x"]), max_size=12).map("".join))
def test_flat_trailer_holds_a_trailer_word(view):
    """Every FLAT_TRAILER match holds one of flatten.TRAILER_WORDS (a view with none is not scanned);
    every FLAT_OUTLINE_HEADING match opens with a numeral (only cuts at one are tried)."""
    from plan_parser.parse import flatten as F

    for m in P.FLAT_TRAILER.finditer(view):
        assert any(word in m.group() for word in F.TRAILER_WORDS)
    for k in range(len(view)):
        m = P.FLAT_OUTLINE_HEADING.match(view, k)
        assert m is None or view[k] in P.CN_NUM


def test_doc_kind_is_the_pattern_search_on_every_real_line(views):
    """regions.doc_kind (DOC_KIND searched from KIND_MAX before the end, or all over a view a
    bracket closes) finds what DOC_KIND's plain search finds."""
    for view in views:
        got, plain = R.doc_kind(view), P.DOC_KIND.search(view)
        assert (got and got.regs) == (plain and plain.regs), view


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["关于", "印发", "的", "通知", "意见", "方案", "若干措施", "措施", "若干", "函", "(", ")",
                                 "2022-2025年", " ", "实施", "细则", "x"]), max_size=10).map("".join))
def test_doc_kind_is_the_pattern_search_on_generated_titles(view):
    got, plain = R.doc_kind(view), P.DOC_KIND.search(view)
    assert (got and got.regs) == (plain and plain.regs)
