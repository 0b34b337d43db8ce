"""Where output goes and how it is read back: the format an -o extension names, the one atomic
write (batch and single file alike), --out-dir runs, the one loader, the shared table cells.

Each test is a regression case of issue 9 (it failed before the fix it names)."""
from __future__ import annotations

import json
import os
import shutil

import openpyxl
import pytest
from typer.testing import CliRunner

import plan_parser
from plan_parser.output.xlsx import Sheet, workbook
from conftest import SEED
from plan_parser.batch import Result
from plan_parser.cli import app
from plan_parser.output import export

runner = CliRunner(env={"COLUMNS": "200"})

# an 附件 that carries the plan, one yearly task and one dated one (shortened from the
# 21_guangzhou-jiating-yisheng-qianyue-2023 corpus notice: its 附件 lists the tasks)
ATTACHED_PLAN = """关于印发某市家庭医生签约服务工作方案的通知
各区人民政府，市有关单位：
现将《某市家庭医生签约服务工作方案》印发给你们，请认真贯彻落实。
附件：某市家庭医生签约服务工作方案
某市人民政府办公厅
2023年3月1日
附件
某市家庭医生签约服务工作方案
一、重点任务
（一）开展签约服务培训。每年组织培训不少于2次。（牵头单位：市卫生健康委；配合单位：市财政局；完成时限：每年）
（二）建设信息平台。2024年底前建成全市统一平台。（牵头单位：市政务服务数据管理局）
"""


def run(*args):
    return runner.invoke(app, [str(a) for a in args])


def two_notices(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    shutil.copy(SEED, a)
    b.write_text("XX方案\n一、任务\n1.建设平台。（责任单位：市科技局）\n", encoding="utf-8")
    return a, b


# --- the one atomic write ------------------------------------------------------------------

def test_batch_refuses_to_write_over_an_input(tmp_path):
    """extract a.txt b.txt --format jsonl -o a.txt overwrote a.txt and exited 0."""
    a, b = two_notices(tmp_path)
    before = a.read_bytes()
    result = run("extract", a, b, "--format", "jsonl", "-o", a)
    assert result.exit_code == 2 and "refusing to write over the input file" in result.stderr
    assert a.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "b.txt"]  # no temporary file left


@pytest.mark.parametrize("args", [("a.txt", "b.txt", "--format", "jsonl"), ("a.txt",)], ids=["batch", "single"])
def test_written_files_get_the_mode_the_umask_gives(tmp_path, monkeypatch, args):
    """The batch stream wrote its file 0600 (a NamedTemporaryFile renamed as it was)."""
    two_notices(tmp_path)
    monkeypatch.chdir(tmp_path)
    old = os.umask(0o027)
    try:
        result = run("extract", *args, "-o", "out.jsonl" if len(args) > 1 else "out.yaml", "-q")
    finally:
        os.umask(old)
    assert result.exit_code == 0, result.stderr
    written = tmp_path / ("out.jsonl" if len(args) > 1 else "out.yaml")
    assert written.stat().st_mode & 0o777 == 0o640


# --- the format an -o extension names ------------------------------------------------------

def test_output_extension_chooses_the_format(tmp_path):
    """tasks n.txt -o x.xlsx wrote JSON Lines into x.xlsx."""
    notice = tmp_path / "n.txt"
    notice.write_text(ATTACHED_PLAN, encoding="utf-8")
    assert run("tasks", notice, "-o", tmp_path / "x.xlsx").exit_code == 0
    sheet = openpyxl.load_workbook(tmp_path / "x.xlsx").active
    assert [c.value for c in sheet[2]][:2] == ["序号", "编号"] and sheet.max_row == 4  # title, header, 2 tasks
    assert run("tasks", notice, "-o", tmp_path / "x.md").exit_code == 0
    assert (tmp_path / "x.md").read_text(encoding="utf-8").startswith("| 序号 | 任务 |")
    assert run("extract", SEED, "-o", tmp_path / "seed.json", "-q").exit_code == 0
    assert json.loads((tmp_path / "seed.json").read_text(encoding="utf-8"))["notice"]["date"] == "2022-07-11"


@pytest.mark.parametrize("args, message", [
    (("tasks", "{n}", "--format", "csv", "-o", "{d}/x.xlsx"), "--format csv contradicts -o"),
    (("extract", "{n}", "--format", "yaml", "-o", "{d}/x.json"), "--format yaml contradicts -o"),
    (("targets", "{n}", "-o", "{d}/x.xlsx"), "no xlsx output of targets"),
])
def test_a_format_the_extension_contradicts_is_refused(tmp_path, args, message):
    notice = tmp_path / "n.txt"
    notice.write_text(ATTACHED_PLAN, encoding="utf-8")
    result = run(*(a.format(n=notice, d=tmp_path) for a in args))
    assert result.exit_code == 2 and message in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["n.txt"]


# --- what people read in a table, once -----------------------------------------------------

def test_markdown_keeps_what_the_xlsx_keeps(tmp_path):
    """The Markdown export dropped 每年 and the 附件 of a task in an attachment."""
    rows = plan_parser.tasks(plan_parser.parse_text(ATTACHED_PLAN))
    book = workbook([Sheet(None, None, None, tuple(rows))], everything=True)
    sheet = openpyxl.load_workbook(__import__("io").BytesIO(book)).active
    header = [c.value for c in sheet[2]]
    xlsx = [dict(zip(header, row)) for row in sheet.iter_rows(min_row=3, values_only=True)]
    markdown = [[c.strip() for c in line.strip("|").split("|")] for line in export.tasks_markdown(rows).splitlines()[2:]]
    assert [m[0] for m in markdown] == [x["编号"] for x in xlsx] == ["附件1 1.1", "附件1 1.2"]
    assert markdown[0][4] == xlsx[0]["完成时限"] == "每年"


# --- the one loader ------------------------------------------------------------------------

@pytest.mark.parametrize("command", [["extract"], ["tasks"], ["targets"], ["show"], ["diff", str(SEED)]],
                         ids=lambda c: c[0])
@pytest.mark.parametrize("case", ["missing", "old-schema"])
def test_every_command_loads_with_the_library_message(tmp_path, command, case):
    """compare.load_side said 'cannot read (No such file or directory)' where the other
    commands said 'no such file': every command now gives plan_parser.load's message."""
    bad = tmp_path / "old.json"
    if case == "old-schema":
        data = json.loads(plan_parser.parse_text(ATTACHED_PLAN).model_dump_json())
        bad.write_text(json.dumps(data | {"schema_version": "9.0"}), encoding="utf-8")
    with pytest.raises(plan_parser.InputError) as err:
        plan_parser.load(bad)
    result = run(*command, bad)
    assert result.exit_code == (2 if command[0] == "diff" else 1)
    assert result.stderr == f"planparse: {err.value}\n"


# --- batch runs a user can repeat ----------------------------------------------------------

def test_a_directory_run_names_the_files_it_skips(tmp_path):
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    shutil.copy(SEED, folder / "a.txt")
    for name in ("b.doc", "sub/c.xls", "sub/D.TXT", ".hidden.txt"):
        (folder / name).write_bytes(b"x")
    result = run("extract", folder, "--format", "jsonl", "-o", tmp_path / "all.jsonl")
    assert result.exit_code == 0, result.stderr
    summary = result.stderr.strip().splitlines()[-1]
    assert "3 files skipped (not matching --glob)" in summary
    for name in ("b.doc", "sub/c.xls", "sub/D.TXT"):
        assert str(folder / name) in summary
    assert ".hidden" not in summary


def test_ctrl_c_prints_the_summary_and_keeps_no_half_file(tmp_path, monkeypatch):
    a, b = two_notices(tmp_path)

    def interrupted(paths, fmt, *args):
        yield Result(str(paths[0]), b"{}\n", diagnostics=1, tasks=3)
        raise KeyboardInterrupt

    monkeypatch.setattr("plan_parser.cli.progress.run", interrupted)
    result = run("extract", a, b, "--format", "jsonl", "-o", tmp_path / "all.jsonl")
    assert result.exit_code == 130
    assert "interrupted after 1 of 2: 1 done (3 tasks; 1 with diagnostics), 0 failed" in result.stderr
    assert "all.jsonl not written" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "b.txt"]


def test_diff_takes_its_report_format_from_the_extension_too(tmp_path):
    old = tmp_path / "old.txt"
    old.write_text(ATTACHED_PLAN, encoding="utf-8")
    new = tmp_path / "new.txt"
    new.write_text(ATTACHED_PLAN.replace("不少于2次", "不少于3次"), encoding="utf-8")
    assert run("diff", old, new, "-o", tmp_path / "changes.md").exit_code == 1  # they differ
    assert (tmp_path / "changes.md").read_text(encoding="utf-8").startswith("#")
    assert run("diff", old, new, "-o", tmp_path / "changes.json").exit_code == 1
    assert json.loads((tmp_path / "changes.json").read_text(encoding="utf-8"))["summary"]["changed"] == 1
    refused = run("diff", old, new, "--format", "json", "-o", tmp_path / "x.md")
    assert refused.exit_code == 2 and "contradicts" in refused.stderr


@pytest.mark.parametrize("args", [("-o", "x.jsonl", "--out-dir", "out"), ("--overwrite",),
                                  ("--out-dir", "out", "--overwrite", "--skip-existing")])
def test_options_that_do_not_go_together_are_refused(tmp_path, monkeypatch, args):
    a, b = two_notices(tmp_path)
    monkeypatch.chdir(tmp_path)
    result = run("extract", a, b, *args)
    assert result.exit_code == 2 and result.stderr.startswith("planparse: ")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "b.txt"]


def test_a_device_or_pipe_is_written_to_not_replaced(tmp_path):
    """-o /dev/null (run as root) replaced /dev/null with a plain file: the rename of the
    atomic write is for plain files; a device or a named pipe is written in place."""
    import stat
    import threading

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()), daemon=True)
    reader.start()
    result = run("extract", SEED, "--format", "json", "-o", fifo, "-q")
    reader.join(timeout=30)
    assert result.exit_code == 0, result.stderr
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert json.loads(got[0])["notice"]["date"] == "2022-07-11"


def test_a_symbolic_link_keeps_pointing_at_the_file_written(tmp_path):
    real = tmp_path / "real.yaml"
    real.write_text("old\n", encoding="utf-8")
    link = tmp_path / "link.yaml"
    link.symlink_to(real)
    assert run("extract", SEED, "-o", link, "-q").exit_code == 0
    assert link.is_symlink() and plan_parser.load(real).notice.date == "2022-07-11"


@pytest.mark.parametrize("name", ["hard link", "symbolic link", "through .."])
def test_batch_refuses_an_output_that_is_an_input_by_another_name(tmp_path, name):
    """-o is compared with the inputs by file (device and inode), not by the name given."""
    a, b = two_notices(tmp_path)
    (tmp_path / "sub").mkdir()
    other = tmp_path / "other.txt"
    if name == "hard link":
        other.hardlink_to(a)
    elif name == "symbolic link":
        other.symlink_to(a)
    else:
        other = tmp_path / "sub" / ".." / "a.txt"
    before = a.read_bytes()
    result = run("extract", a, b, "--format", "jsonl", "-o", other)
    assert result.exit_code == 2 and "refusing to write over the input file" in result.stderr
    assert a.read_bytes() == before


def test_batch_writes_a_new_output_beside_its_inputs(tmp_path):
    a, b = two_notices(tmp_path)
    result = run("extract", a, b, "--format", "jsonl", "-o", tmp_path / "out.jsonl", "-q")
    assert result.exit_code == 0, result.stderr
    assert (tmp_path / "out.jsonl").read_text(encoding="utf-8").count("\n") == 2


def test_out_dir_never_writes_over_an_input_even_with_overwrite(tmp_path):
    a, b = two_notices(tmp_path)
    assert run("extract", a, "--format", "json", "-o", tmp_path / "a.json", "-q").exit_code == 0
    before = (tmp_path / "a.json").read_bytes()
    result = run("extract", tmp_path / "a.json", b, "--out-dir", tmp_path, "--format", "json", "--overwrite")
    assert result.exit_code == 2 and "refusing to write over the input file" in result.stderr
    assert (tmp_path / "a.json").read_bytes() == before


def test_tasks_over_a_directory_names_the_files_it_skips(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SEED, folder / "a.txt")
    (folder / "b.doc").write_bytes(b"x")
    result = run("tasks", folder, "--format", "jsonl")
    assert result.exit_code == 0 and result.stdout.count("\n") > 10
    assert result.stderr == f"planparse: 1 file skipped (not matching --glob): {folder / 'b.doc'}\n"
