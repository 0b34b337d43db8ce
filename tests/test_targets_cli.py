"""``planparse targets``: several files and directories, a file column, CSV/JSONL rows, --by."""
from __future__ import annotations

import csv
import io
import json

from typer.testing import CliRunner

from conftest import SEED
from plan_parser.cli import app
from plan_parser.output.export import TARGET_COLUMNS

runner = CliRunner(env={"COLUMNS": "400"})
PLAN = ("XX市推进制造业发展实施方案\n一、主要目标\n到2025年，规上工业产值达到1500亿元。\n"
        "二、重点任务\n（一）培育企业。新增专精特新企业50家。（牵头单位：市工信局）\n")


def run(*args):
    return runner.invoke(app, [str(a) for a in args])


def test_several_files_and_a_directory_give_one_table_with_a_file_column(tmp_path):
    (tmp_path / "a.txt").write_text(PLAN, encoding="utf-8")
    (tmp_path / "b.txt").write_text(PLAN.replace("50家", "70家"), encoding="utf-8")
    result = run("targets", tmp_path, SEED, "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    files = [r["file"] for r in rows]
    assert files[0].endswith("a.txt") and any(f.endswith("b.txt") for f in files)
    assert any(f.endswith(SEED.name) for f in files)
    assert {(r["value"], r["unit"]) for r in rows if r["file"].endswith("b.txt")} == {(1500 * 10**8, "元"), (70, "家")}


def test_csv_has_one_row_per_target_with_the_issue_columns(tmp_path):
    (tmp_path / "a.txt").write_text(PLAN, encoding="utf-8")
    result = run("targets", tmp_path / "a.txt", "--format", "csv")
    assert result.exit_code == 0, result.stderr
    table = list(csv.DictReader(io.StringIO(result.stdout.lstrip("\ufeff"))))
    assert tuple(table[0]) == TARGET_COLUMNS
    for column in ("file", "task", "path", "indicator", "value", "unit", "comparator", "deadline",
                   "deadline_text", "recurrence", "text", "line"):
        assert column in TARGET_COLUMNS
    by_value = {r["value"]: r for r in table}
    assert by_value["150000000000"]["indicator"] == "规上工业产值"
    assert by_value["150000000000"]["path"] == "1"  # the 主要目标 section's own paragraph
    assert by_value["150000000000"]["deadline_text"] == "2025年"
    assert by_value["50"]["path"] == "2.1" and by_value["50"]["indicator"] == "新增专精特新企业"


def test_by_keeps_what_holds_by_then_and_refuses_a_year_that_cannot_be_one(tmp_path):
    (tmp_path / "a.txt").write_text(PLAN, encoding="utf-8")
    kept = run("targets", tmp_path / "a.txt", "--by", "2024", "--format", "jsonl")
    assert kept.exit_code == 0 and kept.stdout == ""  # 1500亿元 is due in 2025, 50家 has no period
    for bad in ("25", "20255", "0"):
        result = run("targets", tmp_path / "a.txt", "--by", bad)
        assert result.exit_code == 2 and "not a year" in result.stderr


def test_the_table_shows_the_indicator(tmp_path):
    (tmp_path / "a.txt").write_text(PLAN, encoding="utf-8")
    result = run("targets", tmp_path / "a.txt", "--format", "table")
    assert result.exit_code == 0 and "规上工业产值" in result.stdout


def test_targets_take_the_task_filters_and_chinese_headers():
    """tasks' --with-units, --section and --attachment hold for targets too; --lang zh heads the table in Chinese."""
    from conftest import SEED

    def count(*options):
        return len(runner.invoke(app, ["targets", str(SEED), "--format", "jsonl", *options]).stdout.splitlines())

    every = count()
    assert every > 0 and count("--with-units") == every  # the sample's targets all stand in tasks with units
    assert count("--section", "重点任务") == every and count("--section", "總體要求") == 0  # script folded
    none = runner.invoke(app, ["targets", str(SEED), "--format", "jsonl", "--attachment", "9"])
    assert none.exit_code == 0 and none.stdout == ""
    table = runner.invoke(app, ["targets", str(SEED), "--format", "table", "--lang", "zh"])
    assert table.exit_code == 0 and "指标" in table.stdout and "目标值" in table.stdout
