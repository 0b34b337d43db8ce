"""Start-up: a command loads only what it uses (checked in fresh interpreters), and the
patterns are compiled on first use, not at import."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from conftest import SEED
from plan_parser.parse import pattern_store

HEAVY = ("rich", "openpyxl", "opencc", "rapidfuzz", "diff_match_patch", "plan_parser.compare")


def loaded_after(argv: list[str], names: tuple[str, ...]) -> list[str]:
    """Which of ``names`` a fresh interpreter has imported after running ``planparse argv``."""
    code = (f"import sys, json\nsys.argv = {['planparse', *argv]!r}\n"
            "from plan_parser.entry import main\n"
            "try:\n    main()\nexcept SystemExit:\n    pass\n"
            f"print(json.dumps([n for n in {list(names)!r} if n in sys.modules]))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    return json.loads(out.stdout.splitlines()[-1])


def test_help_loads_no_model_parser_or_yaml():
    assert loaded_after(["--help"], ("pydantic", "yaml", "regex", "rich", "plan_parser.models")) == []


def test_extract_loads_no_module_of_other_commands(tmp_path):
    assert loaded_after(["extract", str(SEED), "-o", str(tmp_path / "seed.yaml")], HEAVY) == []


@pytest.mark.parametrize("argv, needed", [(["tasks", str(SEED), "-o", "{tmp}/t.xlsx"], "openpyxl"),
                                          (["units", str(SEED), "-f", "csv"], "opencc")])
def test_a_heavy_dependency_loads_for_its_command(tmp_path, argv, needed):
    assert loaded_after([a.format(tmp=tmp_path) for a in argv], (needed,)) == [needed]


def test_importing_the_patterns_compiles_none():
    code = ("import plan_parser.parse.patterns as P\nfrom plan_parser.parse.lazy_regex import LazyPattern\n"
            "names = [n for n, v in vars(P).items() if n.isupper() and hasattr(v, 'pattern')]\n"
            "print(sum(not isinstance(getattr(P, n), LazyPattern) for n in names), len(names))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    compiled, total = map(int, out.stdout.split())
    assert compiled == 0 and total > 50


def test_a_pattern_used_is_the_compiled_pattern_under_its_name():
    from plan_parser.parse import lazy_regex

    home: dict = {}
    exec("from plan_parser.parse import lazy_regex as regex\nDATE = regex.compile(r'(?P<y>\\d{4})年')\n"
         "BOTH = (DATE,)\nSHORT = regex.compile(DATE.pattern.replace('4', '2'))", home)
    lazy = home["DATE"]
    assert isinstance(lazy, lazy_regex.LazyPattern) and lazy.pattern == r"(?P<y>\d{4})年"
    m = home["DATE"].search("到2025年")
    assert m.group("y") == "2025" and m.re is home["DATE"]  # the module's name now holds the real pattern
    assert home["BOTH"][0].search("2023年").group("y") == "2023"  # a reference taken before still works
    assert home["SHORT"].pattern == r"(?P<y>\d{2})年" and isinstance(home["SHORT"], lazy_regex.LazyPattern)
    assert lazy_regex.escape("a.b") == r"a\.b" and lazy_regex.I  # the rest is the regex module's
    again = lazy_regex.compile(lazy_regex.compile("ab", lazy_regex.I))  # as regex.compile(compiled)
    assert again.fullmatch("AB")


def test_a_re_exported_pattern_is_compiled_under_its_name_in_the_package_too():
    code = ("import plan_parser.parse.patterns as P\nfrom plan_parser.parse.patterns import layout\n"
            "from plan_parser.parse.lazy_regex import LazyPattern\n"
            "lazy = isinstance(P.ISSUER_DATE_LINE, LazyPattern)\n"
            "m = P.ISSUER_DATE_LINE.search('济南市人民政府办公厅  2022年7月11日')\n"
            "print(lazy, m.re is P.ISSUER_DATE_LINE, m.re is layout.ISSUER_DATE_LINE)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert out.stdout.split() == ["True", "True", "True"]  # signature.py tests m.re is P.ISSUER_DATE_LINE


def _extract_with_store(cache, out, hash_seed: str | None = None) -> bytes:
    """A fresh ``planparse extract`` of the seed keeping compiled patterns in ``cache`` (with
    ``hash_seed`` as PYTHONHASHSEED, if given)."""
    import os

    env = {**os.environ, "PLANPARSE_CACHE_DIR": str(cache)}
    if hash_seed is not None:
        env["PYTHONHASHSEED"] = hash_seed
    code = (f"import sys\nsys.argv = ['planparse', 'extract', {str(SEED)!r}, '-o', {str(out)!r}]\n"
            "from plan_parser.entry import main\nmain()")
    subprocess.run([sys.executable, "-c", code], env=env, timeout=120, check=True)
    return out.read_bytes()


def test_the_cli_keeps_compiled_patterns_and_gives_the_same_output_from_them(tmp_path):
    cache = tmp_path / "cache"
    first = _extract_with_store(cache, tmp_path / "1.yaml")  # compiles, writes the store at exit
    (kept,) = cache.glob("patterns-*.bin")
    assert kept.stat().st_size > 10_000
    assert _extract_with_store(cache, tmp_path / "2.yaml") == first  # built from the store
    kept.write_bytes(kept.read_bytes()[:-100])  # a damaged store is ignored, and rewritten
    assert _extract_with_store(cache, tmp_path / "3.yaml") == first
    assert kept.stat().st_size > 10_000
    assert _extract_with_store(cache, tmp_path / "4.yaml") == first


def test_a_second_run_compiles_nothing_afresh_whatever_the_hash_seed(tmp_path):
    """The patterns a run compiles are the same strings in every run: one built from a set in
    the set's order (which follows the hash seed) was a new pattern to every run, compiled
    afresh and written to the store at exit (~35 ms a run, and the store grew with each)."""
    cache = tmp_path / "cache"
    first = _extract_with_store(cache, tmp_path / "1.yaml", hash_seed="1")
    (kept,) = cache.glob("patterns-*.bin")
    stored = kept.read_bytes(), kept.stat().st_mtime_ns
    for seed in ("2", "3"):
        assert _extract_with_store(cache, tmp_path / f"{seed}.yaml", hash_seed=seed) == first
        assert (kept.read_bytes(), kept.stat().st_mtime_ns) == stored  # nothing new to keep: not written


def test_a_pattern_from_the_store_is_the_pattern_regex_compiles(tmp_path, monkeypatch):
    import re

    import regex

    from plan_parser.parse import pattern_store as store
    from plan_parser.parse.lazy_regex import twin

    sources = [(r"(?P<y>(?:19|20)\d{2})\s*年(?:底|末)?", 0), (r"(?<!第)[一二三]\p{Han}{0,4}(?:单位|部门)", 0),
               (r"责任 单位 # a comment\n | 牵头", regex.VERBOSE), (r"(?i)abc(?=d)", regex.I)]
    # re's twins (lazy_regex.twin: \d \s \p{Han} spelled out as classes) and a plain re pattern
    re_sources = [(twin(p, loose).pattern, twin(p, loose).flags & ~re.UNICODE)
                  for p, f in sources[:2] for loose in (False, True)] + [(r"(?i)abc(?=d)|[，,](?P<x>\d+)", re.I)]
    texts = ["到2025年底完成", "第一单位和二局部门", "责任单位:市委", "牵头", "ABCD abc abcd", "总量，2030"]
    saved = (store._directory, store._kept, dict(store._used))
    try:
        store.keep_compiled(tmp_path)
        store._kept, store._used = None, {}
        fresh = [store.compiled(p, f, {}) for p, f in sources]  # recorded
        fresh_re = [store.compiled_re(p, f) for p, f in re_sources]
        store._save()
        store._kept, store._used = None, {}
        with monkeypatch.context() as m:
            m.setattr(store, "_recorded", None)  # nothing compiled afresh: all from the file
            kept = [store.compiled(p, f, {}) for p, f in sources]
            kept_re = [store.compiled_re(p, f) for p, f in re_sources]
    finally:
        store._directory, store._kept, store._used = saved
    expected = [regex.compile(p, f) for p, f in sources] + [re.compile(p, f) for p, f in re_sources]
    for a, b, c in zip(fresh + fresh_re, kept + kept_re, expected, strict=True):
        assert type(b) is type(c) and (b.pattern, b.flags, b.groupindex) == (c.pattern, c.flags, c.groupindex)
        for text in texts:
            assert [m.span() for m in b.finditer(text)] == [m.span() for m in c.finditer(text)]
            assert [m.groups() for m in b.finditer(text)] == [m.groups() for m in a.finditer(text)]


def test_a_pattern_that_reads_the_locale_is_not_kept():
    import re

    import regex

    from plan_parser.parse import pattern_store as store

    assert store._LOCALE == re.LOCALE == regex.LOCALE
    assert store._recorded(rb"\w+", re.LOCALE, store._RE)[1] is None


@pytest.mark.parametrize("inputs, collecting", [(1, False), (2, True)])
def test_the_cycle_collector_is_paused_for_one_notice_and_runs_for_a_batch(tmp_path, inputs, collecting):
    argv = ["extract", *[str(SEED)] * inputs, "--format", "jsonl", "-o", str(tmp_path / "out.jsonl")]
    code = (f"import sys, gc\nsys.argv = {['planparse', *argv]!r}\n"
            "from plan_parser.entry import main\n"
            "try:\n    main()\nexcept SystemExit:\n    pass\nprint(gc.isenabled())")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    assert out.stdout.split()[-1] == str(collecting)


def test_where_the_cli_keeps_compiled_patterns(monkeypatch, tmp_path):
    from pathlib import Path

    from plan_parser.cli import cache_directory

    monkeypatch.delenv("PLANPARSE_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache_directory() == tmp_path / "planparse"
    monkeypatch.delenv("XDG_CACHE_HOME")
    assert cache_directory() == Path.home() / ".cache" / "planparse"
    monkeypatch.setenv("PLANPARSE_CACHE_DIR", str(tmp_path / "mine"))
    assert str(cache_directory()) == str(tmp_path / "mine")
    monkeypatch.setenv("PLANPARSE_CACHE_DIR", "")
    assert cache_directory() is None  # empty: keep none


def test_a_directory_that_cannot_be_written_keeps_nothing_and_fails_nothing(tmp_path):
    import os

    blocked = tmp_path / "file"
    blocked.write_text("not a directory")
    env = {**os.environ, "PLANPARSE_CACHE_DIR": str(blocked / "cache")}
    out = subprocess.run([sys.executable, "-m", "plan_parser", "extract", str(SEED), "-f", "json"], env=env,
                         capture_output=True, timeout=120, check=True)
    assert out.stdout.startswith(b"{") and b"Traceback" not in out.stderr


def test_patterns_a_later_run_compiles_are_kept_too(tmp_path):
    """A run that takes some patterns from the store and compiles others keeps the others."""
    import marshal

    cache = tmp_path / "cache"
    code = ("import sys\nfrom plan_parser.parse import lazy_regex as regex, pattern_store\n"
            f"pattern_store.keep_compiled({str(cache)!r})\n"
            "for source in sys.argv[1:]:\n    regex.compile(source).search('x')\n")
    for sources in (["a+b"], ["a+b", "c+d"]):
        subprocess.run([sys.executable, "-c", code, *sources], timeout=60, check=True)
    (kept,) = cache.glob("patterns-*.bin")
    patterns = {key[0] for key in marshal.loads(kept.read_bytes()[len(pattern_store.MAGIC) + 32:])}
    assert patterns == {"a+b", "c+d"}


def test_a_store_of_another_format_is_written_afresh(tmp_path):
    """A store in another format (an older planparse's, with patterns no run asks for any more)
    is read as none, and the next run writes its own patterns in its place."""
    import hashlib
    import marshal

    cache = tmp_path / "cache"
    first = _extract_with_store(cache, tmp_path / "1.yaml")
    (kept,) = cache.glob("patterns-*.bin")
    body = marshal.loads(kept.read_bytes()[len(pattern_store.MAGIC) + 32:])
    stale = marshal.dumps({**body, ("x{2}", 0, 8192): body[next(iter(body))]})
    kept.write_bytes(b"planparse-patterns-1\n" + hashlib.sha256(stale).digest() + stale)
    assert _extract_with_store(cache, tmp_path / "2.yaml") == first
    data = kept.read_bytes()
    # (its patterns, not their op codes: regex's compiler orders some sets by the hash seed)
    assert data.startswith(pattern_store.MAGIC) and set(marshal.loads(data[len(pattern_store.MAGIC) + 32:])) == set(body)
