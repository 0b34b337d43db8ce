"""The verbose rewrite of ``parse/patterns`` (issue 9) changed how the patterns read, not what they
match: each pattern, compiled from its source now and from the one-line source frozen from main
(tests/fixtures/patterns_before.json, made once by tests/pattern_sources.py), gives the same
parse tree (regex's DEBUG dump), the same groups, and the same matches (spans and groups) on the
corpus and bulk texts. A pattern changed on purpose since is named in CHANGED with the edit made
to it: the frozen source with that edit applied must give the same tree (the change is that edit
and nothing else), and its own tests say what it now matches."""
from __future__ import annotations

import contextlib
import io
import json

import pytest
import regex

from conftest import BULK, CORPUS, need
from pattern_sources import FROZEN, pattern_sources

from plan_parser.parse.patterns import fold

# patterns changed on purpose after the rewrite: key -> (text in the frozen source, what it is now, why)
CHANGED = {
    "layout.DATE_LINE": ("○Ｏ]", "○O]", "〇 typed as a letter O (二ＯＯ八年): the view holds O, Ｏ folds to it"),
    "layout.ISSUER_DATE_LINE": ("○Ｏ]", "○O]", "the same"),
    "lines.FLAT_NAMED_DATE": ("○]{4}", "○O]{4}", "the same, in a flattened copy's date"),
    "lines.FLAT_SIGNATURE": ("○]{4}", "○O]{4}", "the same, in a flattened copy's signature"),
    "clauses.UNIT_END": ("|各地|各级)$", "|各地|各级|机关)$", "organs of 办法: 公安机关, 登记管理机关 (bulk b00034)"),
    "tree.RUN_ON_MARKER": ('(?<=[。;:!?)\\p{Han}])(?<!第|附\\s*[件表])(?:(?<![〇零一二三四五六七八九十百两统唯之同逐万合专划])(?P<cn>[〇零一二三四五六七八九十百两]{1,3})、(?![〇零一二三四五六七八九十百两]{1,3}、)|\\((?P<paren_cn>[〇零一二三四五六七八九十百两]{1,3})\\)|(?P<num>\\d{1,2})(?P<stop>[.、。])(?=\\p{Han})',
                          '(?:(?<=[。;:!?)\\p{Han}])|(?<=[。;:!?)]\\s)|(?<=[\\dXx*])(?=[〇零一二三四五六七八九十百两]{1,3}、(?![〇零一二三四五六七八九十百两])|\\([〇零一二三四五六七八九十百两]{1,3}\\)))(?<!第|附\\s*[件表])(?:(?<![〇零一二三四五六七八九十百两统唯之同逐万合专划])(?P<cn>[〇零一二三四五六七八九十百两]{1,3})、(?![〇零一二三四五六七八九十百两]{1,3}、)|\\((?P<paren_cn>[〇零一二三四五六七八九十百两]{1,3})\\)|(?P<num>\\d{1,2})(?P<stop>[.、。])(?=\\p{Han}|(?:19|20)\\d{2}年)',
                          "a one-line copy's 一、 or (一) after a time or a masked number (上午9:30二、, 66597XXXX(三)); "
                          "a run-on 1. before a year (附件:1.2021年…); one after a sentence's end and a space (。 一、)"),
    "targets.ANY_PERIOD": ("[年月十]", "[年月十季]", "季: a quarter of the notice's year is a period (DEADLINE_QUARTER, 一季度)"),
    "targets.TARGET_NUMBER": ("|具|", "|具|吉瓦|羽|株|宗|栋|幢|只|",
                              "the measure words of work reports' farm, forest, land and fund counts (2350万羽, 300万株)"),
    "targets.CN_TARGET_NUMBER": ("|具)", "|具|吉瓦|羽|株|宗|栋|幢|只)", "the same"),
    "targets.PRESENT_STATE": ("|已知有?", r"|已知有?|(?<![\u4e00-\u9fff])(?:截至|截止)?目前(?=\s*(?:[，,:：]|$))",
                              "目前 / 截至目前 as a clause of its own opens a state told (bulk b00426)"),
    "targets.NOT_MEASURE": ("处分", "处分|只有|只能|只要|只是|只需|宗旨|宗教|株洲|栋梁", "the new measure words of a word (只有, 宗旨)"),
    "layout.AUTHORITY_END": ("|小组)$", "|组)$", "an authority's name may end with 组: …党组, …纪检监察组"),
}
BEFORE = json.loads(FROZEN.read_text(encoding="utf-8"))
for _key, (_was, _now, _why) in CHANGED.items():
    assert BEFORE[_key]["pattern"].count(_was) == 1, _key
    BEFORE[_key] = dict(BEFORE[_key], pattern=BEFORE[_key]["pattern"].replace(_was, _now))
NOW = pattern_sources()
WINDOW = 600  # long one-line copies are read in windows of this many characters
BULK_STEP = 7  # every 7th line of the bulk set (all of the corpus) ...
SEARCH_STEP = 4  # ... every 4th of those for a pattern searched all over a line: a few seconds in all
CUT = 24  # characters on each side of a number


def _compiled(source: dict):
    return regex.compile(source["pattern"], source["flags"])


def _tree(source: dict) -> str:
    """regex's dump of the parsed pattern: whitespace and comments of verbose mode leave no trace."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        regex.compile(source["pattern"], source["flags"] | regex.DEBUG)
    return out.getvalue()


def test_no_pattern_was_dropped_or_renamed():
    assert set(BEFORE) - set(NOW) == set()


@pytest.mark.parametrize("key", sorted(BEFORE))
def test_the_same_parse_tree_and_groups(key):
    old, new = BEFORE[key], NOW[key]
    assert _tree(new) == _tree(old)
    a, b = _compiled(old), _compiled(new)
    assert (b.groups, b.groupindex) == (a.groups, a.groupindex)
    assert b.flags & ~regex.VERBOSE == a.flags & ~regex.VERBOSE


def test_verbose_mode_traps_as_this_rewrite_relies_on_them():
    """What regex's VERBOSE does with the characters our patterns hold (checked, not assumed)."""
    x = regex.VERBOSE
    assert regex.fullmatch("a b", "ab", x)  # an ASCII space outside a set is dropped ...
    assert regex.fullmatch("a\u3000b", "ab", x)  # ... and so is an ideographic (or any Unicode) space
    assert regex.fullmatch("a[ ]b", "a b", x) and regex.fullmatch(r"a\x20b", "a b", x)  # kept so
    assert regex.fullmatch("[\\p{Han} ]+", "济 南", x)  # a space inside a set is kept
    assert regex.fullmatch("[#]", "#", x) and regex.fullmatch(r"\#", "#", x)  # '#' in a set or escaped
    assert regex.fullmatch("a#b", "a", x)  # else '#' opens a comment


# lines from the notices the rarer patterns serve (the sample may hold none of theirs)
EXAMPLES = [
    "<p>", "1 总则", "第一章　总则　　第一条　为了规范管理，制定本办法。", "机密★1年", "鲁机发454号", "等级特急·明电",
    "（2023年1月30日苏州市人民政府苏府规字〔2023〕1号文发布）", "（鲁政办发〔2022〕7号）",
    "（2021年7月27日中华人民共和国国务院令第746号公布）", "济南市人民政府办公厅  2022年7月11日",
    "附件1 计划表.xls", "附件2：2021年基本建设调整计划", "省长　马兴瑞",
    "国网客服中心牵头，山东、江苏公司配合，3月底前完成。", "各有关部门按职责分工负责", "列第一位者为牵头单位，下同。",
    "以下均需各市党委、政府落实，不再列出。", "市发展改革委为总牵头单位。", "市委文明办（创城办）：负责创建工作。",
    "县（市、区）人民政府", "关停3万吨/年及以下8处煤矿", "各区人民政府〈含开发区、长江新区、风景区管委会，下同〉",
    "| 1 | 推进项目建设 | 市发改委 |", "曝光量上百万。",
]


def _lines() -> list[str]:
    lines = []
    for path in sorted((CORPUS / "raw").glob("*.txt")):
        lines += path.read_text(encoding="utf-8").splitlines()
    for path in sorted(BULK.glob("*.txt")):
        lines += path.read_text(encoding="utf-8", errors="replace").splitlines()[::BULK_STEP]
    out = []
    for line in map(str.strip, lines):  # the line stages strip a line before its ^…$ patterns run
        for at in range(0, max(len(line), 1), WINDOW):
            out.append(fold(line[at:at + WINDOW + 80]))  # the view the patterns run on; windows overlap
    return out


def _cuts(lines: list[str]) -> tuple[list[str], list[str]]:
    """The text just before and just after each number (and its measure word): where the *_BEFORE and
    *_AFTER patterns run."""
    before, after = [], []
    for line in lines:
        for m in regex.finditer(r"\d+", line):
            before.append(line[max(m.start() - CUT, 0):m.start()])
            after += [line[m.end() + k:m.end() + k + CUT] for k in (0, 1, 2)]  # after a measure word too
    return before, after


def _found(pattern, key: str, lines: list[str], cuts: tuple[list[str], list[str]]) -> list:
    """Each match's spans (all groups), as the stage modules use the pattern: helpers of a number at
    its side (match after it, search before it), every other pattern all over each line."""
    if key.endswith("_AFTER") or key in ("targets.INDICATOR_LEAD", "targets.OPENING_LEAD"):
        return [m and m.regs for m in map(pattern.match, cuts[1])]
    if key.endswith("_BEFORE") or key == "targets.INDICATOR_TAIL":
        return [m and m.regs for m in map(pattern.search, cuts[0])]
    return [(i, m.regs) for i, line in enumerate(lines) for m in pattern.finditer(line)]


def test_the_same_matches_on_the_corpus_and_bulk_texts():
    need(CORPUS / "raw")
    need(BULK)
    lines = [fold(line) for line in EXAMPLES] + _lines()
    cuts = _cuts(lines)
    lines = lines[:len(EXAMPLES)] + lines[len(EXAMPLES)::SEARCH_STEP]
    changed = [key for key in BEFORE if BEFORE[key] != NOW[key]]
    differ = [key for key in changed
              if _found(_compiled(BEFORE[key]), key, lines, cuts) != _found(_compiled(NOW[key]), key, lines, cuts)]
    assert differ == []
