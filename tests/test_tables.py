"""Tidy tables (one row per fact) and the small things of the table commands: tasks and units
as CSV/JSON Lines, a file column for several inputs, stdin, the tasks filters, --lang zh,
show --script, help without Python types, option errors in plain words, start-up imports."""
from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

from typer.testing import CliRunner

import plan_parser
from conftest import CORPUS, SEED, need
from plan_parser.cli import app
from plan_parser.cli.plain import plain

runner = CliRunner(env={"COLUMNS": "200"})
JIUYE = CORPUS / "raw" / "03_gwy-cujin-jiuye-yijian-2018.txt"  # 牵头 and 配合 on every task
GUANGZHOU = CORPUS / "raw" / "21_guangzhou-jiating-yisheng-qianyue-2023.txt"  # tasks in 附件1 and in the text


def run(*args, **kw):
    result = runner.invoke(app, [str(a) for a in args], **kw)
    assert result.exit_code == 0, result.stderr
    return result


def csv_rows(text: str) -> list[dict]:
    assert text.startswith("\ufeff")
    return list(csv.DictReader(io.StringIO(text[1:])))


def test_tasks_csv_has_the_text_and_the_section_path():
    rows = csv_rows(run("tasks", SEED, "--format", "csv").stdout)
    assert "file" not in rows[0]  # one input: no file column
    first = next(r for r in rows if r["path"] == "2.1.1")
    assert first["sections"] == "重點任務 > 建設創業創新平台,增強支撐能力"
    assert first["text"].startswith("1.打造創業創新公共服務平台。") and "\n" not in first["title"]
    assert first["targets"].split("；")[0] == "超过400家（2025年底）"
    assert first["responsible"].split("、")[:2] == ["市發展改革委", "市科技局"]


def test_several_inputs_give_a_file_column():
    need(JIUYE)
    rows = csv_rows(run("tasks", SEED, JIUYE, "--format", "csv").stdout)
    assert {r["file"] for r in rows} == {str(SEED), str(JIUYE)}
    assert list(rows[0])[0] == "file"
    units = [json.loads(line) for line in run("units", SEED, JIUYE, "--format", "jsonl").stdout.splitlines()]
    assert {u["file"] for u in units} == {str(SEED), str(JIUYE)}


def test_units_one_row_per_unit_task_and_role():
    need(JIUYE)
    tasks = plan_parser.tasks(plan_parser.extract(JIUYE))
    rows = [json.loads(line) for line in run("units", JIUYE, "--format", "jsonl").stdout.splitlines()]
    assert len(rows) == sum(len({(u.name, u.role) for u in t.units}) for t in tasks)
    assert {"unit", "unit_key", "role", "task", "path", "title", "sections", "line"} <= set(rows[0])
    assert "file" not in rows[0]
    first = tasks[0]
    mine = [(r["unit"], r["role"]) for r in rows if r["task"] == first.id]
    assert mine == [(u.name, u.role) for u in first.units]
    table = csv_rows(run("units", JIUYE, "--format", "csv").stdout)
    assert len(table) == len(rows) and table[0]["path"] == ".".join(map(str, rows[0]["path"]))
    assert {r["role"] for r in table} == {"lead", "support"}


def test_units_fold_scripts_in_the_key():
    rows = csv_rows(run("units", SEED, "--format", "csv").stdout)
    reform = [r for r in rows if r["unit"] == "市發展改革委"]
    assert reform and {r["unit_key"] for r in reform} == {"市发展改革委"}


def test_tasks_read_stdin():
    piped = runner.invoke(app, ["tasks", "-", "--format", "jsonl"], input=SEED.read_bytes())
    assert piped.exit_code == 0, piped.stderr
    assert piped.stdout.splitlines() == run("tasks", SEED, "--format", "jsonl").stdout.replace(
        f'"file":"{SEED}"', '"file":"-"').splitlines()


def test_tasks_filters():
    all_rows = plan_parser.tasks(plan_parser.extract(SEED))

    def ids(*args):
        return [json.loads(line)["id"] for line in run("tasks", SEED, "--format", "jsonl", *args).stdout.splitlines()]

    assert ids("--with-units") == [t.id for t in all_rows if t.units] != [t.id for t in all_rows]
    # a simplified query finds the traditional title 創新體制機制,優化創業創新環境
    under = ids("--section", "创新体制机制")
    assert under and all(i.startswith("2.3.") for i in under)
    assert ids("--attachment", "2") == [t.id for t in all_rows if t.attachment == 2] != []
    assert ids("--attachment", "0") == [t.id for t in all_rows if t.attachment is None]


def test_tasks_table_header_in_chinese():
    english = run("tasks", SEED, "--format", "table").stdout
    chinese = run("tasks", SEED, "--format", "table", "--lang", "zh").stdout
    assert "deadline" in english and "完成时限" not in english
    assert "完成时限" in chinese and "deadline" not in chinese and "共" in chinese
    assert "牵头" in run("units", SEED, "--format", "table", "--lang", "zh").stdout


def test_show_in_one_script():
    out = run("show", SEED, "--script", "simplified").stdout
    assert "济南市人民政府办公厅" in out and "濟南市人民政府辦公廳" not in out


def test_help_names_things_without_python_types():
    for command in ("extract", "tasks", "units", "show", "clean", "schema"):
        text = run(command, "--help").stdout
        assert "<list[str]>" not in text and "<str>" not in text and "<path>" not in text, command
        assert "{" not in text.splitlines()[0], text.splitlines()[0]
    assert "INPUT..." in run("tasks", "--help").stdout


def test_option_errors_in_plain_words():
    bad = runner.invoke(app, ["tasks", str(SEED), "--format", "pdf"])
    assert bad.exit_code == 2 and "Value error" not in bad.stderr
    assert "'pdf' is not one of 'table', 'jsonl', 'csv', 'xlsx', 'markdown'" in bad.stderr
    jobs = runner.invoke(app, ["units", str(SEED), "-j", "0"])
    assert jobs.exit_code == 2 and "must be 1 or more" in jobs.stderr
    assert plain("Input should be a valid integer, unable to parse string as an integer") == "must be a whole number"
    assert plain("Missing argument 'FILE'.") == "Missing argument 'FILE'."


def test_help_imports_no_heavy_module():
    code = ("import sys\nfrom plan_parser.cli import app\n"
            "for args in (['--help'], ['extract', '--help'], ['tasks', '--help']):\n"
            "    try:\n        app(args, prog_name='planparse')\n    except SystemExit:\n        pass\n"
            "heavy = ('pyarrow', 'dask', 'distributed', 'duckdb', 'openpyxl', 'pandas', 'opencc')\n"
            "print(sorted({m.split('.')[0] for m in sys.modules} & set(heavy)))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.splitlines()[-1] == "[]"
