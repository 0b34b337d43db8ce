"""Many notices at once: batch extract, -j ordering, failures, the unit view, exports."""
from __future__ import annotations

import csv
import io
import json
import shutil

import openpyxl
import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

import plan_parser
from plan_parser import batch
from conftest import SEED, CORPUS, need
from plan_parser.cli import app
from plan_parser.output.xlsx import Sheet, workbook
from plan_parser.output.units import fold_name, unit_view

runner = CliRunner(env={"COLUMNS": "200"})


def run(*args):
    return runner.invoke(app, [str(a) for a in args])


def notices(tmp_path, bad: bool = False):
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    shutil.copy(SEED, folder / "a-seed.txt")
    (folder / "sub" / "b-small.txt").write_text("XX方案\n一、任务\n1.建设平台。（责任单位：市科技局）\n", encoding="utf-8")
    (folder / "c-notes.md").write_text("not a notice", encoding="utf-8")
    if bad:
        (folder / "b-empty.txt").write_bytes(b"")
    return folder


def test_directory_to_jsonl_in_order_for_any_jobs(tmp_path):
    folder = notices(tmp_path)
    for k in range(10):  # enough notices for the worker processes to start
        (folder / f"d{k:02d}.txt").write_text(f"XX方案{k}\n一、任务\n{k + 1}.建设平台。（责任单位：市科技局）\n",
                                             encoding="utf-8")
    one = run("extract", folder, "--format", "jsonl", "-j", "1", "-q")
    two = run("extract", folder, "--format", "jsonl", "-j", "2", "-q")
    assert one.exit_code == two.exit_code == 0, (one.stderr, two.stderr)
    assert one.stdout == two.stdout
    docs = [json.loads(line) for line in one.stdout.splitlines()]
    names = [d["source"]["path"].rsplit("/", 1)[-1] for d in docs]
    assert names == ["a-seed.txt"] + [f"d{k:02d}.txt" for k in range(10)] + ["b-small.txt"]


def test_out_dir_run_twice_is_refused_and_names_the_file(tmp_path):
    folder, out = notices(tmp_path), tmp_path / "out"
    assert run("extract", folder, "--out-dir", out, "-q").exit_code == 0
    again = run("extract", folder, "--out-dir", out, "-q")
    assert again.exit_code == 2 and f"{out / 'a-seed.yaml'} exists" in again.stderr
    assert sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file()) == ["a-seed.yaml", "sub/b-small.yaml"]


def test_one_bad_file_does_not_stop_the_run(tmp_path):
    folder = notices(tmp_path, bad=True)
    result = run("extract", folder, "--out-dir", tmp_path / "out")
    assert result.exit_code == 1
    assert "b-empty.txt" in result.stderr and "2 done" in result.stderr and "1 failed" in result.stderr
    written = tmp_path / "out"
    assert sorted(str(p.relative_to(written)) for p in written.rglob("*.yaml")) == ["a-seed.yaml", "sub/b-small.yaml"]


def test_glob_and_stdin(tmp_path):
    folder = notices(tmp_path)
    md = run("extract", folder, "--glob", "*.md", "--format", "jsonl", "-q")
    assert md.exit_code == 0 and len(md.stdout.splitlines()) == 1
    piped = runner.invoke(app, ["extract", "-", "--format", "jsonl", "-q"], input=SEED.read_bytes())
    assert piped.exit_code == 0
    assert json.loads(piped.stdout)["source"]["pinyin_annotations_removed"] == 808


def test_several_files_need_a_destination(tmp_path):
    result = run("extract", notices(tmp_path))
    assert result.exit_code == 2 and "--out-dir" in result.stderr


def test_xlsx_reads_back(tmp_path):
    rows = plan_parser.tasks(plan_parser.extract(SEED))
    path = tmp_path / "t.xlsx"
    assert run("tasks", SEED, "--format", "xlsx", "-o", path).exit_code == 0
    ws = openpyxl.load_workbook(path).active
    header = [c.value for c in ws[2]]
    assert header[:5] == ["序号", "编号", "一级任务", "二级任务", "具体措施"] and "来源" in header
    kept = [r for r in rows if r.units or r.targets or r.deadline or r.recurrence]
    assert 0 < len(kept) < len(rows) and ws.max_row == len(kept) + 2  # title row, header, the tasks
    assert ws.freeze_panes == "A3"
    first = dict(zip(header, (c.value for c in ws[3])))
    assert first["编号"] == "2.1.1" and first["具体措施"].startswith("1.打造創業創新公共服務平台")
    assert "市科技局" in first["责任单位"]
    assert workbook([Sheet(None, None, None, tuple(rows))])[:2] == b"PK"  # a real zip container


def test_xlsx_needs_a_file():
    result = run("tasks", SEED, "--format", "xlsx")
    assert result.exit_code == 2


def test_unit_folding_across_scripts():
    assert fold_name("市發展改革委") == fold_name("市发展改革委") == fold_name("市发展改革委 ")
    assert fold_name("市科技局") != fold_name("市财政局")
    from plan_parser.models import Task, Unit

    def task(i, name, role):
        return Task(id=str(i), attachment=None, path=[i], title=f"任务{i}", units=[Unit(name=name, role=role)],
                    text="", line=i)

    view = unit_view([("a.txt", [task(1, "市發展改革委", "lead"), task(2, "市发展改革委", "support")]),
                      ("b.txt", [task(3, "市发展改革委", "responsible")])])
    (entry,) = view
    assert entry.name == "市发展改革委" and entry.spellings == ["市发展改革委", "市發展改革委"]
    assert entry.counts == {"lead": 1, "support": 1, "guide": 0, "responsible": 1, "total": 3}


def test_units_command_csv():
    need(CORPUS / "raw")
    result = run("units", CORPUS / "raw", SEED, "--format", "csv", "--script", "simplified")
    assert result.exit_code == 0, result.stderr
    rows = list(csv.reader(io.StringIO(result.stdout.lstrip("\ufeff"))))
    assert rows[0][:3] == ["file", "unit", "unit_key"]  # one row per unit, task and role
    names = [r[1] for r in rows[1:]]
    assert "市发展改革委" in names and "市發展改革委" not in names


def test_script_option_converts_output():
    result = run("extract", SEED, "--format", "json", "--script", "simplified", "-q")
    assert result.exit_code == 0
    doc = json.loads(result.stdout)
    assert doc["notice"]["issuer"] == "济南市人民政府办公厅"


def test_targets_by_year():
    result = run("targets", SEED, "--format", "jsonl", "--by", "2023")
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows and all(r["recurrence"] == "annual" or r["deadline"] <= "2023-12-31" for r in rows)
    assert {"task", "value", "unit", "comparator", "deadline", "units", "line"} <= set(rows[0])


def test_single_notice_from_stdin_as_yaml():
    piped = runner.invoke(app, ["extract", "-", "-q"], input=SEED.read_bytes())
    assert piped.exit_code == 0, piped.stderr
    assert "pinyin_annotations_removed: 808" in piped.stdout


def test_extract_converts_its_own_yaml_to_json(tmp_path):
    yaml_path = tmp_path / "seed.yaml"
    assert run("extract", SEED, "-o", yaml_path, "-q").exit_code == 0
    result = run("extract", yaml_path, "--format", "json", "-q")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["source"]["pinyin_annotations_removed"] == 808


def test_two_workers_write_the_bytes_one_writes_on_real_notices(tmp_path):
    """-j 2 (chunks of notices in forked workers, the first parsed in the calling process)
    writes byte for byte what -j 1 writes: the JSON Lines stream and every --out-dir file."""
    need(CORPUS / "raw")
    for j in ("1", "2"):
        assert run("extract", CORPUS / "raw", "--format", "jsonl", "-j", j, "-q", "-o", tmp_path / f"{j}.jsonl").exit_code == 0
        assert run("extract", CORPUS / "raw", "--format", "json", "-j", j, "-q", "--out-dir", tmp_path / j).exit_code == 0
    assert (tmp_path / "1.jsonl").read_bytes() == (tmp_path / "2.jsonl").read_bytes()
    one, two = (sorted(p for p in (tmp_path / j).rglob("*") if p.is_file()) for j in ("1", "2"))
    assert len(one) == len(list((CORPUS / "raw").glob("*.txt"))) > batch.SMALL_BATCH + batch.CHUNK
    assert [p.relative_to(tmp_path / "1") for p in one] == [p.relative_to(tmp_path / "2") for p in two]
    assert all(a.read_bytes() == b.read_bytes() for a, b in zip(one, two))


@pytest.mark.parametrize("warm", [batch.WARM, 0])  # the first notice parsed here, or by a worker
@pytest.mark.parametrize("first_fails", [False, True])
def test_chunks_keep_each_files_error_and_the_order(tmp_path, monkeypatch, warm, first_fails):
    monkeypatch.setattr(batch, "CHUNK", 3)
    monkeypatch.setattr(batch, "WARM", warm)
    good = [tmp_path / f"n{k:02d}.txt" for k in range(9)]
    for k, p in enumerate(good):
        p.write_text(f"XX方案{k}\n一、任务\n{k + 1}.建设平台。（责任单位：市科技局）\n", encoding="utf-8")
    empty, missing = tmp_path / "empty.txt", tmp_path / "missing.txt"
    empty.write_bytes(b"")
    paths = [str(p) for p in good[:4]] + [str(empty), "-"] + [str(p) for p in good[4:]] + [str(missing)]
    if first_fails:
        paths = [str(missing)] + paths
    stdin = SEED.read_bytes()
    one, two = list(batch.run(paths, "jsonl", 1, stdin=stdin)), list(batch.run(paths, "jsonl", 2, stdin=stdin))
    assert [r.path for r in two] == paths
    assert [r.error is not None for r in two] == [p in (str(empty), str(missing)) for p in paths]
    assert all("empty.txt" in r.error for r in two if r.path == str(empty))
    assert json.loads(two[paths.index("-")].data)["source"]["pinyin_annotations_removed"] == 808
    assert two == one


@given(st.integers(0, 300), st.integers(1, 8))
def test_tasks_hold_every_path_once_in_order_shrinking_to_one(n, jobs):
    paths = [str(k) for k in range(n)]
    tasks = batch.chunks(paths, jobs)
    assert [p for t in tasks for p in t] == paths
    sizes = [len(t) for t in tasks]
    assert all(1 <= s <= batch.CHUNK for s in sizes) and sizes == sorted(sizes, reverse=True)
    assert not tasks or sizes[-1] == 1
