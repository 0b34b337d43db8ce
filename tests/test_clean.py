"""Tests for the clean stage (plan_parser.parse.clean): fixture cases, the seed notice, a pypinyin oracle, properties."""
from __future__ import annotations

import functools
import importlib
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from plan_parser.parse.clean import Cleaned, clean, is_reading

# The module itself (the package's __init__ also has a function named `clean`).
clean_module = importlib.import_module("plan_parser.parse.clean")

HERE = Path(__file__).parent
FIXTURES = HERE / "fixtures"
SEED = HERE.parent / "data" / "raw" / "jinan-2022-shuangchuang.txt"
CORPUS = Path(__file__).parents[2] / "shared" / "corpus" / "raw"

# What the seed must not keep: a lowercase group right after a Han character.
LEFTOVER_RE = regex.compile(r"\p{Han}[(（]\p{Ll}+[)）]")
# A run of Han characters, for the oracle (an outside definition, not clean's).
HAN_RUN_RE = regex.compile(r"\p{Han}+")


def load_cases(path: Path) -> list[tuple[str, str, str]]:
    """(title, input, expected) triples from a fixture file of three-line blocks."""
    lines = [ln for ln in path.read_text(encoding="utf-8").split("\n") if not ln.startswith("#")]
    blocks = "\n".join(lines).strip().split("\n\n")
    cases = []
    for block in blocks:
        title, text, expected = block.strip("\n").split("\n")
        cases.append((title, text, expected))
    return cases


def check_invariants(text: str, result: Cleaned) -> None:
    """What holds for every result: counts, spans, offset map, idempotence."""
    assert result.removed == len(result.removals)
    assert len(text) - sum(length for _, length in result.removals) == len(result.text)
    end = 0
    for start, length in result.removals:
        assert start >= end
        assert text[start] in "(（" and text[start + length - 1] in ")）"
        end = start + length
    assert result.text.count("\n") == text.count("\n")
    for offset, char in enumerate(result.text):
        assert text[result.to_input(offset)] == char
    assert result.to_input(len(result.text)) == len(text)
    assert clean(result.text).text == result.text


CASES = load_cases(FIXTURES / "clean_cases.txt")


@pytest.mark.parametrize(("title", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_fixture_case(title: str, text: str, expected: str) -> None:
    result = clean(text)
    assert result.text == expected
    assert (result.removed == 0) == (text == expected)
    check_invariants(text, result)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("南(na\u0301n)方", "南方"),  # decomposed tone mark
        ("長(zha\u030cng)期", "長期"),
        ("濟南(nán)\n市(shì)", "濟南\n市"),
        ("南(nán)\r\n", "南\r\n"),
        ("", ""),
        ("嗯(ń)", "嗯"),  # a syllabic consonant with a tone mark
    ],
)
def test_other_case(text: str, expected: str) -> None:
    result = clean(text)
    assert result.text == expected
    check_invariants(text, result)


def test_removals_are_input_offsets() -> None:
    result = clean("濟南(nán)市(shì)人民(mín)政府")
    assert result.removals == ((2, 5), (8, 5), (15, 5))
    assert [result.to_input(i) for i in range(len(result.text) + 1)] == [0, 1, 7, 13, 14, 20, 21, 22]


def test_to_input_rejects_offsets_outside_the_text() -> None:
    result = clean("南(nán)")
    with pytest.raises(ValueError):
        result.to_input(2)
    with pytest.raises(ValueError):
        result.to_input(-1)


@pytest.mark.parametrize(
    ("han", "reading", "expected"),
    [("著", "zhe", True), ("著", "zhuó", True), ("南", "nan", True), ("南", "nán", True),
     ("顷", "ha", False), ("綠", "lv", True), ("女", "nü", True), ("a", "a", False)],
)
def test_is_reading(han: str, reading: str, expected: bool) -> None:
    assert is_reading(han, reading) is expected


# --- the seed notice -----------------------------------------------------------------


@functools.cache
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


def test_seed_removals() -> None:
    result = clean(seed_text())
    assert result.removed == 808
    assert not LEFTOVER_RE.search(result.text)
    check_invariants(seed_text(), result)


def test_seed_keeps_ordinary_parentheses() -> None:
    result = clean(seed_text())
    assert "中國(山東)自由貿易試驗區" in result.text
    assert "工作方案(2022-2025年)" in result.text
    assert "(一)建設創業創新平台" in result.text


# --- the dictionary is loaded lazily, without importing pypinyin -------------------------


def test_no_candidate_does_not_load_the_dictionary() -> None:
    clean_module._pinyin_dict.cache_clear()
    clean_module._pinyin_file.cache_clear()
    clean_module.is_reading.cache_clear()
    clean("人工智能(AI)、工作方案(2022-2025年)、Python(app)、(試行)\n")
    assert clean_module._pinyin_file.cache_info().currsize == 0
    clean("南(nán)")
    assert clean_module._pinyin_file.cache_info().currsize == 1
    assert clean_module._pinyin_dict.cache_info().currsize == 0  # found in the file's bytes, not parsed whole


def test_the_bisected_readings_are_the_dictionary_s() -> None:
    """Every character's readings, looked up in the data file's bytes, are what the parsed file
    says; a code it lacks is not found (the parsed dictionary answers it)."""
    readings, data = clean_module._pinyin_dict(), clean_module._pinyin_file()
    assert data is not None and len(readings) > 40_000
    assert all(clean_module._bisected(data, int(code)) == value for code, value in readings.items())
    absent = [code for code in (0, 65, 0x4e00 - 1, 0x10FFFF, *range(0x3000, 0x3100)) if str(code) not in readings]
    assert absent and not any(clean_module._bisected(data, code) for code in absent)
    assert clean_module._readings(ord("著")) == readings[str(ord("著"))]


def test_cleaning_does_not_import_pypinyin() -> None:
    code = (
        "import sys; from pathlib import Path; from plan_parser.parse.clean import clean;"
        f"r = clean(Path({str(SEED)!r}).read_text(encoding='utf-8'));"
        "print(r.removed, 'pypinyin' in sys.modules)"
    )
    src = str(Path(clean_module.__file__).parents[1])
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([src, os.environ.get("PYTHONPATH", "")])}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                         check=True)
    assert out.stdout.split() == ["808", "False"]


def test_dictionary_fallback_without_the_json_file(monkeypatch: pytest.MonkeyPatch) -> None:
    from_file = clean_module._pinyin_dict()
    clean_module._pinyin_dict.cache_clear()
    monkeypatch.setattr(clean_module.importlib.util, "find_spec", lambda name: None)
    try:
        assert clean_module._pinyin_dict() == from_file
    finally:
        clean_module._pinyin_dict.cache_clear()


# --- nothing backtracks -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "(" * 10_000,
        "南(" * 10_000,
        "（" * 10_000 + "南",
        "南(nán" * 50_000,
        "南(" + "a" * 2_000_000,
        "南" + "(a" * 1_000_000,
    ],
    ids=["open", "han-open", "fullwidth-open", "unclosed-readings", "long-word", "open-letter"],
)
def test_pathological_input_is_left_alone(text: str) -> None:
    assert clean(text).text == text


def test_two_megabyte_line() -> None:
    line = "濟南(nán)市(shì)" * 100_000  # 2.2 MB of UTF-8 on one line
    result = clean(line)
    assert result.text == "濟南市" * 100_000
    assert result.removed == 200_000


# --- an outside oracle: annotate real text with pypinyin, clean it back -------------------


def corpus_files() -> list[Path]:
    return sorted(CORPUS.glob("*.txt")) if CORPUS.is_dir() else []


@functools.cache
def readings(text: str, style_name: str) -> tuple[str | None, ...]:
    """pypinyin's reading in context of each character of `text`; None if not Han."""
    import pypinyin

    style = getattr(pypinyin.Style, style_name)
    found: list[str | None] = [None] * len(text)
    for run in HAN_RUN_RE.finditer(text):
        per_char = pypinyin.pinyin(run.group(), style=style, heteronym=False,
                                   errors=lambda chars: [[c] for c in chars])
        assert len(per_char) == len(run.group())
        for i, (char, (reading,)) in enumerate(zip(run.group(), per_char), start=run.start()):
            found[i] = reading if reading != char else None
    return tuple(found)


def annotate(text: str, style_name: str, rng: random.Random, share: float = 1.0,
             widths: str = "(") -> tuple[str, int]:
    """`text` with `(reading)` after a `share` of its Han characters, and the count.

    Each annotation takes parentheses of a width drawn from `widths`.
    """
    out: list[str] = []
    count = 0
    for char, reading in zip(text, readings(text, style_name)):
        out.append(char)
        if reading is not None and rng.random() < share:
            left = rng.choice(widths)
            out.append(f"{left}{reading}{')' if left == '(' else '）'}")
            count += 1
    return "".join(out), count


def oracle_texts() -> list[tuple[str, str]]:
    """(name, plain text): the seed after cleaning, and each corpus notice (cleaned too)."""
    texts = {SEED.name: clean(seed_text()).text}
    for path in corpus_files():
        texts[path.name] = clean(path.read_text(encoding="utf-8")).text
    return sorted(texts.items())


ORACLE = oracle_texts()
ORACLE_IDS = [name.removesuffix(".txt") for name, _ in ORACLE]


def check_round_trip(name: str, plain: str, annotated: str, count: int) -> None:
    result = clean(annotated)
    assert result.removed == count, name
    assert result.text == plain, name
    assert all(annotated[result.to_input(i)] == c for i, c in enumerate(result.text[:2000]))


@pytest.mark.parametrize(("name", "plain"), ORACLE, ids=ORACLE_IDS)
def test_oracle_every_han_character(name: str, plain: str) -> None:
    annotated, count = annotate(plain, "TONE", random.Random(name))
    assert count > 1000
    check_round_trip(name, plain, annotated, count)


@pytest.mark.parametrize(("name", "plain"), ORACLE, ids=ORACLE_IDS)
def test_oracle_random_subset_both_widths(name: str, plain: str) -> None:
    annotated, count = annotate(plain, "TONE", random.Random(name), share=0.3, widths="(（")
    check_round_trip(name, plain, annotated, count)


@pytest.mark.parametrize(("name", "plain"), ORACLE, ids=ORACLE_IDS)
def test_oracle_without_tone_marks(name: str, plain: str) -> None:
    annotated, count = annotate(plain, "NORMAL", random.Random(name), widths="（")
    check_round_trip(name, plain, annotated, count)


def test_corpus_is_there_or_skipped() -> None:
    if not corpus_files():
        pytest.skip(f"shared corpus not found at {CORPUS}: the oracle ran on the seed only")
    assert any(not p.name.startswith("jinan") for p in corpus_files())


# --- properties -------------------------------------------------------------------------

ALPHABET = "南市著一顷綠女龘〇長中(（)）nanshizheyilvüáǎàāAIGDP5G 0、\n"
TOKENS = ["南", "市", "著", "顷", "(nán)", "(nan)", "（nā）", "(shì)", "(zhe)", "(ha)", "(app)",
          "(AI)", "(", ")", "（", "）", "\n", "2022", "年", "(nián)", "(lv)", "綠"]

texts = st.one_of(
    st.text(alphabet=ALPHABET, max_size=200),
    st.lists(st.sampled_from(TOKENS), max_size=60).map("".join),
    st.text(max_size=100),
)


@settings(max_examples=300, deadline=None)
@given(texts)
def test_clean_properties(text: str) -> None:
    check_invariants(text, clean(text))


def test_without_offsets_the_text_and_count_are_the_same() -> None:
    text = SEED.read_text(encoding="utf-8")
    full, fast = clean(text), clean(text, offsets=False)
    assert (fast.text, fast.removed) == (full.text, full.removed) and fast.removals == ()
    with pytest.raises(ValueError, match="offsets"):
        fast.to_input(10)
