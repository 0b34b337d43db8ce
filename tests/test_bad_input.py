"""Input that cannot be used, and input that is odd but readable.

Unusable input (missing, a directory, empty, blank, binary, undecodable) is an
``InputError`` in the library and, in the CLI, exit code 1 with one line on stderr
that starts with ``planparse:`` and no traceback; a failed run leaves ``-o FILE``
alone. Odd but readable input (HTML, a truncated notice, no numbering, deep
parentheses, one huge line, a huge list) gives a result and exit code 0.
"""
from __future__ import annotations

import contextlib
import json
import signal
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

import plan_parser
from conftest import SEED
from plan_parser import InputError
from plan_parser.cli import app
from plan_parser.output.serialize import loads

runner = CliRunner()
READERS = ("extract", "clean", "tasks", "show")  # the commands that read a notice

# A hang guard, not a benchmark: the odd inputs should each take a few seconds at
# most; an input that sends the parser into quadratic time fails here instead of
# holding the suite for minutes.
HANG_SECONDS = 10


class Hang(BaseException):
    """Raised by the guard; a BaseException so CliRunner does not swallow it."""


@contextlib.contextmanager
def hang_guard(seconds: float = HANG_SECONDS):
    def expire(signum, frame):
        raise Hang(f"still running after {seconds} s")

    old = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def run(*args):
    return runner.invoke(app, [str(a) for a in args])


def assert_clean_failure(result, code: int = 1) -> str:
    """Exit ``code``, one ``planparse:`` line on stderr, nothing on stdout, no traceback."""
    assert result.exit_code == code, (result.exit_code, result.stdout[:200], result.stderr, result.exception)
    assert isinstance(result.exception, SystemExit), repr(result.exception)
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("planparse: ")
    assert "Traceback" not in result.output
    assert result.stdout == ""
    return lines[0]


# --- unusable input ---------------------------------------------------------------------

BAD_BYTES = {
    "empty": (b"", "empty"),
    "whitespace": (b" \n\t\r\n\xe3\x80\x80\n  ", "whitespace"),  # includes U+3000
    "png": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 256, "binary"),
    "undecodable": (b"\x80\x80abc\xff\xfe\xff\n" * 20, "undecodable"),
    "truncated-utf8": ("关于印发方案的通知".encode("utf-8")[:-1], "undecodable"),
    "bad-utf16": (b"\xff\xfe\x00\xd8a\x00", "utf-16"),
    "control-chars": ("一、总体要求\n".encode("utf-8") + b"\x01\x02\x03\x1b" * 50, "binary"),
}


def bad_path(tmp_path, kind: str):
    if kind == "missing":
        return tmp_path / "no-such-notice.txt", "no such file"
    if kind == "directory":
        d = tmp_path / "a-directory.txt"
        d.mkdir()
        return d, "directory"
    data, words = BAD_BYTES[kind]
    path = tmp_path / f"{kind}.txt"
    path.write_bytes(data)
    return path, words


KINDS = ["missing", "directory", *BAD_BYTES]


@pytest.mark.parametrize("kind", KINDS)
def test_library_raises_input_error(tmp_path, kind):
    path, words = bad_path(tmp_path, kind)
    with pytest.raises(InputError) as err:
        plan_parser.extract(path)
    message = str(err.value)
    assert "\n" not in message
    assert words in message.lower()
    assert str(path) in message
    assert isinstance(err.value, plan_parser.PlanParseError)


@pytest.mark.parametrize("kind", list(BAD_BYTES))
def test_parse_bytes_raises_input_error(kind):
    with pytest.raises(InputError):
        plan_parser.parse_bytes(BAD_BYTES[kind][0])


def test_parse_text_with_a_lone_surrogate_raises_input_error():
    with pytest.raises(InputError):
        plan_parser.parse_text("一、总体要求\ud800\n（一）加强领导。\n")


@pytest.mark.parametrize("text", ["", " ", "\n\n", "\u3000\t\n"])
def test_parse_text_of_nothing_raises_input_error(text):
    with pytest.raises(InputError):
        plan_parser.parse_text(text)


@pytest.mark.parametrize("command", READERS)
@pytest.mark.parametrize("kind", KINDS)
def test_cli_fails_cleanly(tmp_path, command, kind):
    path, words = bad_path(tmp_path, kind)
    line = assert_clean_failure(run(command, path))
    assert str(path) in line and words in line.lower()


@pytest.mark.parametrize("kind", KINDS)
def test_failed_extract_leaves_the_output_alone(tmp_path, kind):
    path, _ = bad_path(tmp_path, kind)
    out = tmp_path / "out.yaml"
    out.write_text("known: content\n", encoding="utf-8")
    before = out.stat().st_mtime_ns
    assert_clean_failure(run("extract", path, "-o", out))
    assert out.read_text(encoding="utf-8") == "known: content\n"
    assert out.stat().st_mtime_ns == before
    fresh = tmp_path / "fresh.json"
    assert_clean_failure(run("extract", path, "--format", "json", "-o", fresh))
    assert not fresh.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


@pytest.mark.parametrize("command", ["clean", "tasks"])
def test_other_failed_commands_leave_the_output_alone(tmp_path, command):
    path, _ = bad_path(tmp_path, "png")
    out = tmp_path / "out.txt"
    out.write_text("known\n", encoding="utf-8")
    assert_clean_failure(run(command, path, "-o", out))
    assert out.read_text(encoding="utf-8") == "known\n"


def test_extract_goes_on_after_a_bad_file_and_exits_1(tmp_path):
    path, _ = bad_path(tmp_path, "empty")
    out = tmp_path / "out"
    result = run("extract", path, SEED, "--out-dir", out, "-q")
    assert result.exit_code == 1
    assert [ln for ln in result.stderr.splitlines()] == [f"planparse: {path}: empty file"]
    assert [p.name for p in out.rglob("*.yaml")] == [f"{SEED.stem}.yaml"]  # under its path from the inputs' root


# --- files planparse wrote, and files it did not ---------------------------------------

@pytest.fixture(scope="module")
def seed_yaml(tmp_path_factory):
    path = tmp_path_factory.mktemp("yaml") / "seed.yaml"
    assert run("extract", SEED, "-o", path, "-q").exit_code == 0
    return path.read_text(encoding="utf-8")


@pytest.mark.parametrize("command", ["tasks", "show"])
def test_another_schema_version_is_refused(tmp_path, seed_yaml, command):
    from plan_parser.models import SCHEMA_VERSION

    assert seed_yaml.startswith(f"schema_version: '{SCHEMA_VERSION}'\n")
    path = tmp_path / "future.yaml"
    path.write_text(seed_yaml.replace(f"schema_version: '{SCHEMA_VERSION}'", "schema_version: '2.0'", 1),
                    encoding="utf-8")
    line = assert_clean_failure(run(command, path))
    assert "schema_version 2.0" in line and "not supported" in line and str(path) in line
    with pytest.raises(InputError, match="schema_version"):
        loads(path.read_text(encoding="utf-8"), str(path))


def test_json_with_another_schema_version_is_refused(tmp_path):
    path = tmp_path / "future.json"
    doc = json.loads(plan_parser.output.serialize.dumps(plan_parser.extract(SEED), "json"))
    doc["schema_version"] = "0.9"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    assert "schema_version 0.9" in assert_clean_failure(run("tasks", path))


@pytest.mark.parametrize("where", ["top", "nested"])
def test_python_tags_are_refused_without_running_anything(tmp_path, where):
    witness = tmp_path / "pwned"
    payload = f'!!python/object/apply:os.system ["touch {witness}"]'
    text = payload + "\n" if where == "top" else f"schema_version: '1.0'\nsource: {payload}\n"
    path = tmp_path / "evil.yaml"
    path.write_text(text, encoding="utf-8")
    for command in ("tasks", "show"):
        line = assert_clean_failure(run(command, path))
        assert str(path) in line and "python/object/apply:os.system" in line
    with pytest.raises(InputError):
        loads(text, str(path))
    assert not witness.exists()


def alias_bomb(seed_yaml: str, levels: int) -> str:
    """The seed with its sections replaced by items whose children alias the level below:
    10^levels items from a few kilobytes (kept small here: refused or not, it is cheap)."""
    import yaml

    data = yaml.safe_load(seed_yaml)
    leaf = dict(data["plan"]["sections"][1]["children"][0]["children"][0], children=[])
    items = []
    for i in range(levels + 1):
        body = json.dumps(dict(leaf, children=[f"@{i - 1}"] * 10 if i else []), ensure_ascii=False)
        items.append(f"&i{i} " + body.replace(f'"@{i - 1}"', f"*i{i - 1}"))
    data["plan"]["sections"] = "@sections"
    data["plans"] = []
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=10_000)
    return text.replace("'@sections'", "[" + ", ".join(items) + "]", 1)


def test_yaml_aliases_are_refused(tmp_path, seed_yaml):
    text = alias_bomb(seed_yaml, 3)
    assert yaml_loads_plain(text), "the test file is valid YAML"
    path = tmp_path / "aliases.yaml"
    path.write_text(text, encoding="utf-8")
    line = assert_clean_failure(run("tasks", path))
    assert "alias" in line and str(path) in line
    with pytest.raises(InputError, match="alias"):
        loads(text, str(path))


def yaml_loads_plain(text: str) -> bool:
    import yaml

    return isinstance(yaml.safe_load(text), dict)


@pytest.mark.parametrize("text", [
    "- a\n- list\n",
    "just a string\n",
    "{not: [valid yaml\n",
    "schema_version: '1.0'\nsource: 3\n",
    "schema_version: '1.0'\nunknown_field: 1\n",
])
def test_files_that_are_not_planparse_output_are_refused(tmp_path, text):
    path = tmp_path / "other.yaml"
    path.write_text(text, encoding="utf-8")
    line = assert_clean_failure(run("tasks", path))
    assert str(path) in line
    with pytest.raises(InputError):
        loads(text, str(path))


@pytest.mark.parametrize("kind, words", [
    ("missing", "no such file"), ("directory", "directory"), ("empty", "empty"),
    ("binary", "binary"), ("legacy-encoding", "invalid planparse file"),
])
def test_unreadable_yaml_files_are_refused(tmp_path, kind, words):
    path = tmp_path / "x.yaml"
    if kind == "directory":
        path.mkdir()
    elif kind == "empty":
        path.write_bytes(b"")
    elif kind == "binary":
        path.write_bytes(BAD_BYTES["png"][0])
    elif kind == "legacy-encoding":
        path.write_bytes("schema_version: '1.0'\ntitle: 通知\n".encode("gb18030"))
    line = assert_clean_failure(run("tasks", path))
    assert str(path) in line and words in line


# --- odd but readable -------------------------------------------------------------------

SEED_TEXT = SEED.read_text(encoding="utf-8")

HTML = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>关于印发某市创业工作方案的通知</title>
<style>p { margin: 0 }</style></head>
<body><div class="article">
<p>各区县人民政府：</p>
<p>一、总体要求</p>
<p>（一）加强组织领导。（责任单位：市发展改革委）</p>
<script>var x = "(" + ")";</script>
</div></body></html>
"""


def numbered_lines(n: int) -> str:
    """``n`` lines ``k.任务。`` with varied numbers: runs, jumps, repeats, 1..999."""
    return "".join(f"{(k * 7919) % 999 + 1 if k % 3 else k % 999 + 1}.任务{k}。\n" for k in range(n))


ODD = {
    "html": lambda: HTML,
    "truncated": lambda: "".join(SEED_TEXT.splitlines(keepends=True)[:30]),
    "no-numbering": lambda: "经研究，现就有关事项通知如下。\n各单位要高度重视，认真抓好落实。\n" * 200,
    "open-parens": lambda: "(" * 10_000,
    "open-parens-mixed": lambda: "一、" + "（(" * 5_000 + "\n（一）" + "（" * 10_000 + "\n",
    "one-2mb-line": lambda: ("推进大众创业万众创新（责任单位：市科技局、" * 200_000)[:2_000_000],
}


@pytest.mark.parametrize("kind", list(ODD))
def test_odd_input_gives_a_result(tmp_path, kind):
    path = tmp_path / f"{kind}.txt"
    path.write_text(ODD[kind](), encoding="utf-8")
    out = tmp_path / "out.json"
    started = time.perf_counter()
    with hang_guard():
        result = run("extract", path, "--format", "json", "-o", out, "-q")
    elapsed = time.perf_counter() - started
    assert result.exit_code == 0, (result.stderr, result.exception)
    assert "Traceback" not in result.output
    doc = loads(out.read_text(encoding="utf-8"), str(out))
    assert doc == plan_parser.extract(path)
    assert doc.source.size == path.stat().st_size
    print(f"{kind}: {elapsed:.2f} s")


def test_truncated_notice_keeps_what_it_has(tmp_path):
    doc = plan_parser.parse_text(ODD["truncated"]())
    assert doc.notice.date == "2022-07-11"
    assert doc.source.pinyin_annotations_removed > 0
    rows = plan_parser.tasks(doc)
    assert rows and rows[0].path == [1]


def test_text_without_numbering_has_no_tasks():
    doc = plan_parser.parse_text(ODD["no-numbering"]())
    assert plan_parser.tasks(doc) == []


def test_html_page_finds_no_task_in_markup():
    doc = plan_parser.parse_text(HTML)
    for row in plan_parser.tasks(doc):
        assert "<" not in row.title


def test_100k_numbered_lines(tmp_path):
    """Regression: the numbering check once rescanned every earlier sibling (450 s here)."""
    path = tmp_path / "many.txt"
    path.write_text(numbered_lines(100_000), encoding="utf-8")
    out = tmp_path / "tasks.jsonl"
    with hang_guard(300):  # about 10 s on a 2-core machine; the quadratic it guards against took 450 s
        result = run("tasks", path, "--format", "jsonl", "-o", out)
    assert result.exit_code == 0, (result.stderr, result.exception)
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 100_000
    assert len({r["id"] for r in rows}) == 100_000
    assert rows[0]["path"] == [1] and rows[0]["title"] == "任务0"


def test_numbered_lines_small(tmp_path):
    """The same shape as the 100,000-line case, small enough to check the result."""
    doc = plan_parser.parse_text(numbered_lines(2_000))
    rows = plan_parser.tasks(doc)
    assert len(rows) == 2_000
    assert len({r.id for r in rows}) == 2_000
    assert [r.title for r in rows[:3]] == ["任务0", "任务1", "任务2"]
    assert any(d.code == "skipped-number" for d in doc.diagnostics)


# --- encodings --------------------------------------------------------------------------

def summary(doc) -> list:
    return [(t.id, t.attachment, t.path, t.title, [u.name for u in t.units]) for t in plan_parser.tasks(doc)]


ENCODINGS = {
    "gb18030": lambda t: t.encode("gb18030"),
    "utf-16-bom": lambda t: t.encode("utf-16"),
    "utf-16-be-bom": lambda t: b"\xfe\xff" + t.encode("utf-16-be"),
    "utf-8-bom-crlf": lambda t: b"\xef\xbb\xbf" + t.replace("\n", "\r\n").encode("utf-8"),
    "cr-only": lambda t: t.replace("\n", "\r").encode("utf-8"),
}


@pytest.fixture(scope="module")
def seed_summary():
    doc = plan_parser.extract(SEED)
    assert len(summary(doc)) > 10
    return summary(doc), doc


@pytest.mark.parametrize("name", list(ENCODINGS))
def test_encodings_give_the_same_tasks(tmp_path, seed_summary, name):
    want, original = seed_summary
    path = tmp_path / f"seed-{name}.txt"
    path.write_bytes(ENCODINGS[name](SEED_TEXT))
    doc = plan_parser.extract(path)
    assert summary(doc) == want
    assert doc.notice.date == original.notice.date
    assert doc.notice.title == original.notice.title
    assert doc.source.pinyin_annotations_removed == 808
    result = run("tasks", path, "--format", "jsonl")
    assert result.exit_code == 0
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == [w[0] for w in want]


# --- text that looks like rich markup ---------------------------------------------------

MARKUP = "一、总体要求[/]\n（一）加强[red]领导[/red]。（责任单位：市[b]政府）\n（二）做好工作。\n"


def test_show_prints_square_brackets_as_written(tmp_path):
    path = tmp_path / "markup.txt"
    path.write_text(MARKUP, encoding="utf-8")
    result = runner.invoke(app, ["show", str(path)], env={"COLUMNS": "400"})
    assert result.exit_code == 0, repr(result.exception)
    assert "总体要求[/]" in result.stdout and "加强[red]领导[/red]" in result.stdout


def test_task_table_prints_square_brackets_as_written(tmp_path):
    path = tmp_path / "markup.txt"
    path.write_text(MARKUP, encoding="utf-8")
    assert [t.title for t in plan_parser.tasks(plan_parser.extract(path))][0] == "加强[red]领导[/red]"
    result = runner.invoke(app, ["tasks", str(path), "--format", "table"], env={"COLUMNS": "400"})
    assert result.exit_code == 0, repr(result.exception)
    assert "加强[red]领导[/red]" in result.stdout and "市[b]政府" in result.stdout


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full (Linux)")
def test_a_full_disk_on_stdout_is_one_line_not_a_traceback() -> None:
    import subprocess
    import sys

    with open("/dev/full", "w") as full:
        done = subprocess.run([sys.executable, "-m", "plan_parser", "extract", str(SEED)], stdout=full,
                              stderr=subprocess.PIPE, timeout=120)
    assert done.returncode == 1
    assert done.stderr.decode().strip() == "planparse: cannot write the output: No space left on device"


def test_a_reader_that_leaves_early_gets_no_traceback() -> None:
    import subprocess
    import sys

    proc = subprocess.Popen([sys.executable, "-m", "plan_parser", "extract", str(SEED), "--format", "json"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.read(10)
    proc.stdout.close()  # like `| head -c 10`
    err = proc.stderr.read()
    proc.wait(timeout=120)
    assert b"Traceback" not in err and b"Exception ignored" not in err
