"""The quick tests of the clauses and build stages (issue 13) never change a result: each test
that skips work (a word, a character, a length that must be there) is a necessary condition of
the pattern or reading it stands before, and each one-pass shortcut reads as the long way."""
from __future__ import annotations

import random

import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from plan_parser.parse import patterns as P

# pieces of real clause, due-date, label and heading texts (and of texts only like them)
PIECES = [
    "牵头", "牵头负责", "配合", "负责", "落实", "会同", "参与", "协助", "指导", "各负其责", "责任单位", "牵头单位",
    "配合部门", "完成时限", "时间节点", "责任领导", "主要内容", "属地责任", "：", ":", "；", "，", "、", "。", "（",
    "）", "〔", "〕", "【", "】", "[", "]", "〈", "〉", "<", ">", "市发展改革委", "市财政局", "山东", "江苏公司", "由",
    "2023年", "7月27日", "底", "末", "前", "以前", "之前", "目前", "提前", "每年", "号", "《规划2023年》", "“6月”",
    "工作回顾", "2024年工作安排", "到2025年：", " ", "\u3000", "\t", "\n", "\x1c", "一", "试行",
]
TEXT = st.lists(st.one_of(st.sampled_from(PIECES), st.characters(blacklist_categories=("Cs",))),
                max_size=24).map("".join)


@settings(max_examples=600, deadline=None)
@given(TEXT)
@example("（责任单位：市财政局）")
@example("市发展改革委牵头，市财政局配合。")
def test_a_text_without_a_clause_word_holds_no_clause(text):
    """clauses_in, find_clauses and line_clause give nothing without a clause word, as read through."""
    from plan_parser.parse.clause_units import clause_word
    from plan_parser.parse.clauses import NO_CLAUSE_WORD, _find_clauses, _line_clause, clauses_in

    view = P.fold(text)
    if not clause_word().search(view):
        assert clauses_in(text, view) is NO_CLAUSE_WORD
        assert _find_clauses(text, view) == [] and _line_clause(text, view) is None
    else:
        alone = _line_clause(text, view)
        assert clauses_in(text, view) == ([alone] if alone else _find_clauses(text, view))


@settings(max_examples=600, deadline=None)
@given(TEXT)
@example("。牵头单位 ：市财政局")
@example("加强领导：市财政局")
def test_no_label_end_before_a_colon_no_role_label(text):
    from plan_parser.parse.clause_gates import may_label

    view = P.fold(text)
    if not may_label(view):
        assert not P.ROLE_LABEL.search(view)


def test_every_label_word_ends_in_label_ends():
    """LABEL_ENDS holds the last character of every label ROLE_LABEL reads (each alternative tried)."""
    from plan_parser.parse.clause_gates import LABEL_ENDS

    labels = {m.group("label") for word in _label_words() if (m := P.ROLE_LABEL.fullmatch(word + ":"))}
    assert labels and {label[-1] for label in labels} <= LABEL_ENDS


def _label_words():
    owners = ["", "单位", "部门", "处室", "科室", "主体", "机构"]
    heads = ["责任", "主要责任", "牵头", "牵头考核", "牵头责任", "配合", "参与", "协办", "协助", "协同", "协作", "主办",
             "承办", "负责", "主责", "指导", "督办", "实施", "落实", "属地责任", "监管责任", "主体责任", "行业责任"]
    return [h + o for h in heads for o in owners] + ["责任领导", "完成时限", "完成时间", "时间节点", "时间要求", "完成期限"]


@settings(max_examples=600, deadline=None)
@given(TEXT)
@example("国网客服中心牵头负责，山东公司配合。")
@example("由市商务局牵头。")
def test_no_closing_lead_no_lead_sentence(text):
    from plan_parser.parse.clause_gates import may_lead

    view = P.fold(text)
    if not may_lead(view):
        assert not P.SENTENCE_LEAD.search(view)


@settings(max_examples=600, deadline=None)
@given(TEXT)
@example("于2021年1月5日前报送")
@example("2023年底 前完成")
def test_no_due_ending_no_due_date(text):
    from plan_parser.parse.grouping import _may_be_due

    view = P.fold(text)
    if not _may_be_due(view):
        assert not P.TASK_DUE.search(view)


@settings(max_examples=600, deadline=None)
@given(TEXT)
@example("到2025年：")
@example("到2025年：\x1c")
@example("主要目标： \u3000")
def test_list_lead_read_from_its_end(text):
    from plan_parser.parse.grouping import ends_list_lead

    view = P.fold(text)
    assert ends_list_lead(view) == bool(P.LIST_LEAD.search(view))


def test_every_regex_space_is_a_str_space():
    """ends_list_lead and _may_label skip spaces with str's own test: it must hold every \\s of regex."""
    sample = [chr(c) for c in range(0x3100)] + ["\u205f", "\u3000", "\ufeff"]
    assert all(c.isspace() for c in sample if regex.match(r"\s", c))


def _segments_slow(view: str, seps: str) -> list[tuple[int, int]]:
    from plan_parser.parse.names import INNER_CLOSE, INNER_OPEN

    out, start, depth = [], 0, 0
    for i, ch in enumerate(view):
        if ch in INNER_OPEN:
            depth += 1
        elif ch in INNER_CLOSE:
            depth -= 1
        elif ch in seps and depth <= 0:
            out.append((start, i))
            start = i + 1
    return out + [(start, len(view))]


@settings(max_examples=600, deadline=None)
@given(TEXT)
def test_segments_read_as_character_by_character(text):
    from plan_parser.parse.names import segments

    view = P.fold(text)
    for seps in (",;", "、,;", "。;,"):
        assert segments(view, seps) == _segments_slow(view, seps)


@settings(max_examples=600, deadline=None)
@given(TEXT)
@example("（一）市工信局：负责统筹。由市商务局牵头负责协调，市财政局配合。")
def test_prose_reads_every_hinted_part(text):
    """prose_names looks only at the parts its hints fall in: the same names as trying every part."""
    from plan_parser.parse.names import Name, segments, split_huitong, split_names, unitlike
    from plan_parser.parse.prose import PROSE_RULES, prose_names

    view = P.fold(text)
    slow: list[Name] = []
    for a, b in segments(view, "。;,"):
        t, v = text[a:b], view[a:b]
        lead = len(v) - len(v.lstrip())
        t, v = t[lead:], v[lead:]
        for _, pattern, role, _ in PROSE_RULES:
            if m := pattern.match(v):
                given_role = role or P.VERB_ROLES.get(m.group("verb"), "responsible")
                s, e = m.span("names")
                first, nt, nv = split_huitong(t[s:e], v[s:e])
                names = [(n, "lead") for n, _ in first] + [(n, given_role) for n, _ in split_names(nt, nv)]
                if names and all(unitlike(n) for n, _ in names):
                    slow += [Name(n, r, None) for n, r in names]
                break
    assert prose_names(text, view) == slow


def test_notice_fields_as_data_read_as_asdict():
    from plan_parser.parse.build import _fields
    from plan_parser.parse.regions import AttachmentRef, NoticeFields

    fields = NoticeFields(kind="通知", title="关于印发方案的通知", issuers=("市政府", "市政府办公室"),
                          attachments=(AttachmentRef(1, "任务分工表", "xlsx"), AttachmentRef(2, "指标表")),
                          cc=("市委",), date="2023-01-05")
    assert _fields(fields) == fields.as_dict()
    assert _fields(NoticeFields()) == NoticeFields().as_dict()


def test_a_flat_bracket_line_pairs_as_the_stack_does():
    """_pairs' quick test (a closing bracket written) on random bracket texts: the stack's pairs."""
    from plan_parser.parse.clauses import CLOSE, MAX_CLAUSE, OPEN, _pairs

    def slow(view):
        opened, pairs = [], []
        for j, ch in enumerate(view):
            if ch in OPEN:
                opened.append(j)
            elif ch == "\n":
                opened.clear()
            elif ch in CLOSE and opened and j - (i := opened.pop()) <= MAX_CLAUSE:
                pairs.append((i, j))
        return sorted(pairs)

    rng = random.Random(13)
    for _ in range(3000):
        view = "".join(rng.choice("(【[〔)】]〕\nab") for _ in range(rng.randint(0, 14)))
        assert _pairs(view) == slow(view), view


@settings(max_examples=600, deadline=None)
@given(TEXT)
@example("市委文明办(创城办) ：负责创建工作")
@example("主要目标：市财政局：负责")
def test_no_colon_after_a_name_no_duty_head(text):
    """prose counts a colon only after the end of a unit's name or a space: DUTY_HEAD needs one."""
    from plan_parser.parse.prose import HEAD_ENDS

    view = P.fold(text)
    if not any(c == ":" and i > 0 and (view[i - 1] in HEAD_ENDS or view[i - 1].isspace()) for i, c in enumerate(view)):
        assert not P.DUTY_HEAD.search(view)


def test_every_duty_head_ending_in_head_ends():
    from plan_parser.parse.prose import HEAD_ENDS

    endings = ["局", "委", "厅", "办", "中心", "政府", "部门", "公司", "集团", "办公室"]
    heads = [f"市工信{e}：" for e in endings] + [f"市委文明{e}（创城办）：" for e in endings]
    for head in heads:
        m = P.DUTY_HEAD.match(P.fold(head))
        assert m and P.fold(head)[m.end() - 2] in HEAD_ENDS, head


def _expand(src: str) -> list[str]:
    """Every text a pattern of literals, ``(?:…)`` groups, ``|`` and ``?`` matches (PAST_SECTION's
    _PAST is written so); anything else fails the test, to be looked at."""
    pos = 0

    def alternation() -> list[str]:
        nonlocal pos
        out = sequence()
        while pos < len(src) and src[pos] == "|":
            pos += 1
            out += sequence()
        return out

    def sequence() -> list[str]:
        nonlocal pos
        out = [""]
        while pos < len(src) and src[pos] not in "|)":
            if src.startswith("(?:", pos):
                pos += 3
                got = alternation()
                assert src[pos] == ")", src[pos:]
                pos += 1
            else:
                assert regex.match(r"\p{Han}", src[pos]), f"not a literal: {src[pos:]!r}"
                got = [src[pos]]
                pos += 1
            if pos < len(src) and src[pos] == "?":
                pos += 1
                got = got + [""]
            out = [a + b for a in out for b in got]
        return out

    texts = alternation()
    assert pos == len(src), src[pos:]
    return texts


def test_every_past_noun_ends_in_past_ends():
    """past_title tries PAST_SECTION only on a title ending in PAST_ENDS: every noun of _PAST ends so."""
    from plan_parser.parse.grouping import PAST_ENDS
    from plan_parser.parse.patterns import targets as T

    source = "".join(regex.sub(r"#.*|\s+", "", line) for line in T._PAST.splitlines())
    nouns = _expand(source)
    assert "工作回顾" in nouns and "面临的形势" in nouns
    for noun in nouns:
        assert P.PAST_SECTION.fullmatch(noun) and noun.endswith(PAST_ENDS), noun
    assert P.PAST_SECTION.fullmatch("2023年工作回顾与面临形势")


def _past_lines_slow(lines, roots):
    from plan_parser.parse.tree import walk

    heads = {id(n.line) for n in walk(roots)}
    past, out = False, set()
    for ln in lines:
        text = ln.text.strip()
        if id(ln) not in heads and P.STANDALONE_HEADING.fullmatch(text):
            past = bool(P.PAST_SECTION.fullmatch(text))
        if past:
            out.add(id(ln))
    return out


HEADINGS = ["2023年工作回顾", "2024年工作安排", "发展基础", "一、发展基础", "（一）主要成效", "各位代表：", " 工作回顾 ",
            "过去一年，我们坚持稳中求进。", "新增就业1.2万人。", "一", "主要问题和面临的形势", "1.推进项目建设"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(HEADINGS), max_size=14))
def test_past_lines_read_as_line_by_line(texts):
    from plan_parser.parse.grouping import past_lines
    from plan_parser.parse.lines import split_lines
    from plan_parser.parse.tree import build

    text = "\n".join(texts)
    lines = [ln for ln in split_lines(text, P.fold(text)) if ln.text]
    roots = build(lines).roots
    assert past_lines(lines, roots) == _past_lines_slow(lines, roots)


def test_every_label_word_starts_in_label_starts():
    """line_clause tries ROLE_LABEL only on a line starting as a label word may (LABEL_STARTS)."""
    from plan_parser.parse.clause_gates import LABEL_STARTS

    labels = {m.group("label") for word in _label_words() if (m := P.ROLE_LABEL.fullmatch(word + ":"))}
    assert labels and {label[0] for label in labels} <= LABEL_STARTS


@settings(max_examples=600, deadline=None)
@given(TEXT)
def test_no_label_start_no_role_label_at_the_start(text):
    from plan_parser.parse.clause_gates import LABEL_STARTS

    view = P.fold(text)
    if view[:1] not in LABEL_STARTS:
        assert not P.ROLE_LABEL.match(view)


def test_a_past_heading_above_keeps_its_items_targets_out():
    """The item builder reads whether a heading above is about what has been down the tree
    (past_title), as asking up the tree from each item would: 工作回顾's items state results, not targets."""
    import plan_parser
    from plan_parser.parse.grouping import past_title
    from plan_parser.parse.lines import split_lines
    from plan_parser.parse.tree import build, walk

    text = ("关于印发2024年工作要点的通知\n一、2023年工作回顾\n（一）主要指标\n全市生产总值增长5%。\n"
            "二、2024年工作安排\n（一）主要目标\n全市生产总值增长6%左右。\n")
    doc = plan_parser.parse_text(text)
    got = {(s.title, c.title): [t.text for t in c.targets] for s in doc.plan.sections for c in s.children}
    assert got == {("2023年工作回顾", "主要指标"): [], ("2024年工作安排", "主要目标"): ["6%"]}
    lines = [ln for ln in split_lines(text, P.fold(text)) if ln.text]
    def in_past_section(node) -> bool:  # the item's title or one above it
        return node is not None and (past_title(node.title) or in_past_section(node.parent))

    assert [in_past_section(n) for n in walk(build(lines[1:]).roots)] == [True, True, False, False]
