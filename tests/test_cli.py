"""The CLI (``planparse``) through typer's CliRunner: help, output files, formats.

typer >= 0.26 vendors click as ``typer._click``; its ``Result`` keeps ``stdout`` and
``stderr`` apart (``output`` is the two interleaved), so the tests check that data
goes to stdout and messages to stderr.
"""
from __future__ import annotations

import csv
import io
import json
import os
import shutil

import pytest
import typer
from typer.testing import CliRunner

import plan_parser
from conftest import ROOT, SEED
from plan_parser.cli import app
from plan_parser.output.serialize import loads

runner = CliRunner(env={"COLUMNS": "400"})  # rich wraps tables and trees at 80 otherwise
COMMANDS = sorted(typer.main.get_command(app).commands)
TASK_FIELDS = {"id", "attachment", "path", "title", "units", "targets"}


def run(*args: str):
    return runner.invoke(app, [str(a) for a in args])


def ok(*args: str):
    result = run(*args)
    assert result.exit_code == 0, (result.exit_code, result.stderr, result.exception)
    return result


@pytest.fixture(scope="module")
def seed_json() -> dict:
    return json.loads(ok("extract", SEED, "--format", "json", "-o", "-").stdout)


@pytest.fixture(scope="module")
def seed_files(tmp_path_factory) -> dict:
    """The seed as extract writes it, in YAML and in JSON."""
    d = tmp_path_factory.mktemp("written")
    out = {"yaml": d / "seed.yaml", "json": d / "seed.json"}
    for fmt, path in out.items():
        ok("extract", SEED, "--format", fmt, "-o", path, "-q")
    return out


# --- help and version ----------------------------------------------------------------

def test_the_app_has_the_expected_commands():
    assert {"extract", "clean", "tasks", "show", "schema"} <= set(COMMANDS)


@pytest.mark.parametrize("command", [[], *[[c] for c in COMMANDS]], ids=lambda c: c[0] if c else "planparse")
def test_every_command_has_help_with_an_example(command):
    result = ok(*command, "--help")
    assert "Example" in result.stdout
    assert "planparse" in result.stdout.split("Example", 1)[1]


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_is_in_the_readme(command):
    readme = (SEED.parents[2] / "README.md").read_text(encoding="utf-8")
    assert f"`planparse {command}" in readme


def test_version():
    result = ok("--version")
    assert result.stdout.strip() == f"planparse {plan_parser.__version__}"


def test_no_arguments_shows_usage_not_a_traceback():
    result = run()
    assert result.exit_code in (0, 2)
    assert "Usage" in result.output
    assert "Traceback" not in result.output


def test_unknown_option_is_a_usage_error():
    result = run("extract", SEED, "--no-such-option")
    assert result.exit_code == 2


# --- extract ---------------------------------------------------------------------------

def test_extract_json_to_stdout(seed_json):
    assert seed_json["schema_version"] == plan_parser.models.SCHEMA_VERSION
    assert seed_json["source"]["pinyin_annotations_removed"] == 808
    assert seed_json["notice"]["date"] == "2022-07-11"
    assert seed_json["plan"]["sections"], "the seed's plan has sections"


def test_extract_yaml_is_the_default_format():
    out = ok("extract", SEED, "-q").stdout
    assert out.startswith("schema_version:")
    assert loads(out) == plan_parser.extract(str(SEED))


def test_extract_quiet_prints_nothing_on_stderr():
    assert ok("extract", SEED, "-q", "-o", "-").stderr == ""


def test_extract_to_a_file_reads_back_equal(tmp_path):
    out = tmp_path / "out.yaml"
    result = ok("extract", SEED, "-o", out)
    assert result.stdout == "", "data goes to the file, not to stdout"
    assert loads(out.read_text(encoding="utf-8"), str(out)) == plan_parser.extract(str(SEED))
    assert [p.name for p in tmp_path.iterdir()] == ["out.yaml"], "no temporary file is left behind"


def test_extract_json_file_reads_back_equal(seed_files):
    text = seed_files["json"].read_text(encoding="utf-8")
    assert json.loads(text)["schema_version"]
    assert loads(text) == plan_parser.extract(str(SEED))


def test_extract_replaces_an_existing_output_file(tmp_path):
    out = tmp_path / "out.json"
    out.write_text("old content", encoding="utf-8")
    ok("extract", SEED, "--format", "json", "-o", out, "-q")
    assert json.loads(out.read_text(encoding="utf-8"))["notice"]["date"] == "2022-07-11"


def test_extract_out_dir_never_overwrites_unless_asked(tmp_path):
    """Run twice, a batch refuses (exit 2, naming the file) rather than writing alpha-2.yaml beside
    alpha.yaml; --overwrite replaces; --skip-existing resumes, parsing only what is missing."""
    src = tmp_path / "in"
    src.mkdir()
    a, b = src / "alpha.txt", src / "beta.txt"
    shutil.copy(SEED, a)
    shutil.copy(SEED, b)
    out = tmp_path / "out"  # created by extract
    ok("extract", a, b, "--out-dir", out, "-q")
    assert sorted(p.name for p in out.iterdir()) == ["alpha.yaml", "beta.yaml"]
    first = (out / "alpha.yaml").read_bytes()
    (out / "beta.yaml").write_text("someone else's file\n", encoding="utf-8")
    refused = run("extract", a, b, "--out-dir", out, "-q")
    assert refused.exit_code == 2 and "alpha.yaml exists" in refused.stderr and "--overwrite" in refused.stderr
    assert (out / "beta.yaml").read_text(encoding="utf-8") == "someone else's file\n"
    (out / "alpha.yaml").unlink()
    resumed = run("extract", a, b, "--out-dir", out, "--skip-existing")
    assert resumed.exit_code == 0 and "1 done" in resumed.stderr and "1 already there" in resumed.stderr
    assert (out / "alpha.yaml").read_bytes() == first
    assert (out / "beta.yaml").read_text(encoding="utf-8") == "someone else's file\n"
    ok("extract", a, b, "--out-dir", out, "--overwrite", "-q")
    assert sorted(p.name for p in out.iterdir()) == ["alpha.yaml", "beta.yaml"]
    assert loads((out / "beta.yaml").read_text(encoding="utf-8")) == plan_parser.extract(str(b))


def test_extract_out_dir_mirrors_the_input_tree(tmp_path):
    """x/notice.txt and y/notice.txt become out/x/notice.json and out/y/notice.json (not
    notice.json and notice-2.json); a directory given is mirrored below itself."""
    for d in ("x", "y/deeper"):
        (tmp_path / d).mkdir(parents=True)
        shutil.copy(SEED, tmp_path / d / "notice.txt")
    out = tmp_path / "out"
    ok("extract", tmp_path / "x" / "notice.txt", tmp_path / "y" / "deeper" / "notice.txt", "--out-dir", out,
       "--format", "json", "-q")
    assert sorted(str(p.relative_to(out)) for p in out.rglob("*.json")) == ["x/notice.json", "y/deeper/notice.json"]
    again = tmp_path / "again"
    ok("extract", tmp_path / "y", "--out-dir", again, "-q")
    assert [str(p.relative_to(again)) for p in again.rglob("*.yaml")] == ["deeper/notice.yaml"]


@pytest.mark.parametrize("fmt", ["yaml", "json"])
def test_extract_a_file_whose_name_is_not_utf8(tmp_path, fmt):
    """A name in GBK on a UTF-8 file system (an unzipped Windows archive) arrives with
    lone surrogates; the output records it with U+FFFD instead of failing to encode."""
    try:
        src = tmp_path / os.fsdecode("方案".encode("gbk") + b".txt")  # b"\xb7\xbd\xb0\xb8.txt"
        shutil.copy(SEED, src)
    except (OSError, UnicodeError):
        pytest.skip("the file system refuses names that are not UTF-8")
    out = tmp_path / f"out.{fmt}"
    ok("extract", src, "--format", fmt, "-o", out, "-q")
    doc = loads(out.read_text(encoding="utf-8"))
    assert doc.source.path == str(tmp_path / "\ufffd\ufffd\ufffd\ufffd.txt")
    ref = plan_parser.extract(src)
    ref.source.path = doc.source.path
    assert doc == ref
    renamed = [json.loads(line) for line in ok("tasks", src, "--format", "jsonl").stdout.splitlines()]
    seed = [json.loads(line) for line in ok("tasks", SEED, "--format", "jsonl").stdout.splitlines()]
    assert {r.pop("file") for r in renamed} == {str(tmp_path / "\ufffd\ufffd\ufffd\ufffd.txt")}
    assert renamed == [r | {} for r in seed if r.pop("file")]


def test_several_inputs_without_out_dir_is_a_usage_error(tmp_path):
    out = tmp_path / "out.yaml"
    result = run("extract", SEED, SEED, "-o", out)
    assert result.exit_code == 2
    assert result.stderr.startswith("planparse:")
    assert not out.exists()


def test_output_over_the_input_is_refused(tmp_path):
    src = tmp_path / "notice.txt"
    shutil.copy(SEED, src)
    before = src.read_bytes(), src.stat().st_mtime_ns
    for target in (src, tmp_path / "." / "notice.txt"):
        result = run("extract", src, "-o", target)
        assert result.exit_code == 2, result.stderr
        assert result.stderr.startswith("planparse:") and "input" in result.stderr
        assert (src.read_bytes(), src.stat().st_mtime_ns) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notice.txt"]


def test_output_over_a_hard_link_to_the_input_is_refused(tmp_path):
    src = tmp_path / "notice.txt"
    shutil.copy(SEED, src)
    link = tmp_path / "link.txt"
    link.hardlink_to(src)
    before = src.read_bytes()
    result = run("extract", src, "-o", link)
    assert result.exit_code == 2, result.stderr
    assert src.read_bytes() == before == link.read_bytes()


def test_clean_output_over_the_input_is_refused(tmp_path):
    src = tmp_path / "notice.txt"
    shutil.copy(SEED, src)
    result = run("clean", src, "-o", src)
    assert result.exit_code == 2
    assert src.read_bytes() == SEED.read_bytes()


def test_output_to_a_directory_is_a_usage_error(tmp_path):
    result = run("extract", SEED, "-o", tmp_path)
    assert result.exit_code == 2
    assert result.stderr.startswith("planparse:")
    assert list(tmp_path.iterdir()) == []


# --- tasks -----------------------------------------------------------------------------

def test_tasks_jsonl_has_the_contract_fields():
    out = ok("tasks", SEED, "--format", "jsonl").stdout
    lines = out.splitlines()
    rows = [json.loads(line) for line in lines]
    assert len(rows) == len(plan_parser.tasks(plan_parser.extract(str(SEED)))) > 10
    assert all(isinstance(r, dict) for r in rows)
    for r in rows:
        assert TASK_FIELDS <= r.keys()
        assert isinstance(r["id"], str) and r["id"]
        assert r["attachment"] is None or isinstance(r["attachment"], int)
        assert r["path"] and all(isinstance(n, int) for n in r["path"])
        assert isinstance(r["title"], str) and not r["title"].endswith("。")
        for u in r["units"]:
            assert {"name", "role"} <= u.keys()
            assert u["role"] in ("lead", "support", "guide", "responsible")
        assert isinstance(r["targets"], list)
    assert len({r["id"] for r in rows}) == len(rows), "ids are unique"
    first = next(r for r in rows if r["path"] == [2, 1, 1])
    assert first["title"] == "打造創業創新公共服務平台"
    assert [u["name"] for u in first["units"]][:2] == ["市發展改革委", "市科技局"]


def test_tasks_jsonl_to_a_file(tmp_path):
    out = tmp_path / "tasks.jsonl"
    result = ok("tasks", SEED, "--format", "jsonl", "-o", out)
    assert result.stdout == ""
    assert out.read_text(encoding="utf-8") == ok("tasks", SEED, "--format", "jsonl").stdout


def test_tasks_csv_has_a_bom_and_a_header():
    out = ok("tasks", SEED, "--format", "csv").stdout
    assert out.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(out[1:])))
    assert rows[0][:3] == ["id", "attachment", "path"]
    assert "title" in rows[0]
    assert len(rows) - 1 == len(ok("tasks", SEED, "--format", "jsonl").stdout.splitlines())
    assert all(len(r) == len(rows[0]) for r in rows)


def test_tasks_csv_file_starts_with_the_bom_bytes(tmp_path):
    out = tmp_path / "tasks.csv"
    ok("tasks", SEED, "--format", "csv", "-o", out)
    assert out.read_bytes().startswith(b"\xef\xbb\xbfid,")


def test_tasks_table_lists_the_tasks():
    result = runner.invoke(app, ["tasks", str(SEED), "--format", "table"], env={"COLUMNS": "400"})
    assert result.exit_code == 0, result.stderr
    count = len(plan_parser.tasks(plan_parser.extract(str(SEED))))
    assert f"{count} tasks" in result.stdout
    assert "打造創業創新公共服務平台" in result.stdout


@pytest.mark.parametrize("fmt", ["yaml", "json"])
def test_tasks_accepts_a_file_extract_wrote(seed_files, fmt):
    from_raw = ok("tasks", SEED, "--format", "jsonl").stdout
    assert ok("tasks", seed_files[fmt], "--format", "jsonl").stdout == from_raw


@pytest.mark.parametrize("fmt", ["yaml", "json"])
def test_show_accepts_a_file_extract_wrote(seed_files, fmt):
    from_raw = ok("show", SEED).stdout
    assert "打造創業創新公共服務平台" in from_raw and "2022-07-11" in from_raw
    assert ok("show", seed_files[fmt]).stdout == from_raw


# --- schema ----------------------------------------------------------------------------

def test_schema_validates_the_extract_output(seed_json):
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(ok("schema").stdout)
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    assert list(validator.iter_errors(seed_json)) == []
    broken = json.loads(json.dumps(seed_json))
    broken["source"]["pinyin_annotations_removed"] = "many"
    assert list(validator.iter_errors(broken)), "the schema is not vacuous"
    del broken["source"]
    assert list(validator.iter_errors(broken))


def test_schema_describes_the_contract_fields():
    text = ok("schema").stdout
    for field in ("schema_version", "pinyin_annotations_removed", "doc_number", "addressees", "sections"):
        assert field in text


def test_schema_to_a_file(tmp_path):
    out = tmp_path / "s.json"
    ok("schema", "-o", out)
    assert json.loads(out.read_text(encoding="utf-8")) == json.loads(ok("schema").stdout)


# --- clean -----------------------------------------------------------------------------

def test_clean_strips_every_annotation_and_reports_the_count():
    result = ok("clean", SEED)
    text = result.stdout
    assert "(nán)" not in text and "(shì)" not in text and "(yī)" not in text
    assert plan_parser.clean(text).removed == 0, "nothing is left to strip"
    assert "濟南市人民政府辦公廳" in text
    assert "808" in result.stderr
    assert "808" not in text.splitlines()[0]
    assert text.count("\n") == SEED.read_text(encoding="utf-8").count("\n"), "lines are kept"


def test_clean_to_a_file(tmp_path):
    out = tmp_path / "clean.txt"
    result = ok("clean", SEED, "-o", out)
    assert result.stdout == ""
    assert out.read_text(encoding="utf-8") == ok("clean", SEED).stdout


def test_only_the_cli_package_imports_typer_or_rich():
    """The library never prints: typer and rich belong to the cli package."""
    import re

    package = ROOT / "src" / "plan_parser"
    importing = re.compile(r"^\s*(?:import|from)\s+(?:typer|rich)\b", re.M)
    outside = [p.name for p in package.glob("*.py") if importing.search(p.read_text(encoding="utf-8"))]
    assert outside == []
    assert any(importing.search(p.read_text(encoding="utf-8")) for p in (package / "cli").glob("*.py"))
