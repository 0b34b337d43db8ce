"""Parquet corpus tables (extract --format parquet) read back with DuckDB and pyarrow, and the same
tables written by Dask workers on a local distributed cluster (plan_parser.distributed)."""
from __future__ import annotations

import json
import shutil

import pytest
from typer.testing import CliRunner

import plan_parser
from conftest import CORPUS, SEED, need
from plan_parser.cli import app

duckdb = pytest.importorskip("duckdb")
pq = pytest.importorskip("pyarrow.parquet")

runner = CliRunner(env={"COLUMNS": "200"})
TABLES = ("documents", "tasks", "units", "targets")


def invoke(*args, **kw):
    return runner.invoke(app, [str(a) for a in args], **kw)


def count(out, table: str) -> int:
    return duckdb.sql(f"select count(*) from '{out}/{table}/*.parquet'").fetchall()[0][0]


def rows(out, table: str) -> list[tuple]:
    return duckdb.sql(f"select * from '{out}/{table}/*.parquet' order by all").fetchall()


@pytest.fixture(scope="module")
def corpus_tables(tmp_path_factory):
    need(CORPUS / "raw")
    out = tmp_path_factory.mktemp("pq") / "tables"
    result = invoke("extract", CORPUS / "raw", "--format", "parquet", "--out-dir", out, "-j", "2")
    assert result.exit_code == 0, result.stderr
    assert "22 done" in result.stderr
    return out


def test_duckdb_counts_match_the_jsonl_runs(corpus_tables):
    tasks = [json.loads(line) for line in invoke("tasks", CORPUS / "raw", "--format", "jsonl").stdout.splitlines()]
    assert count(corpus_tables, "tasks") == len(tasks) > 700
    assert count(corpus_tables, "documents") == len(list((CORPUS / "raw").glob("*.txt")))
    assert count(corpus_tables, "targets") == sum(len(t["targets"]) for t in tasks)
    units = invoke("units", CORPUS / "raw", "--format", "jsonl").stdout.splitlines()
    assert count(corpus_tables, "units") == len(units)
    assert not list(corpus_tables.rglob("*.tmp"))


def test_columns_are_typed(corpus_tables):
    def types(table):
        described = duckdb.sql(f"describe select * from '{corpus_tables}/{table}/*.parquet'").fetchall()
        return {r[0]: r[1] for r in described}

    tasks, targets, documents = types("tasks"), types("targets"), types("documents")
    assert tasks["path"] == "INTEGER[]" and tasks["deadline"] == "DATE" and tasks["lead"] == "VARCHAR[]"
    assert targets["value"] == "DOUBLE" and targets["deadline"] == "DATE" and targets["change"] == "BOOLEAN"
    assert documents["date"] == "DATE" and documents["size"] == "BIGINT"
    (dated,) = duckdb.sql(f"select count(*) from '{corpus_tables}/targets/*.parquet' "
                          "where year(deadline) = 2025").fetchall()[0]
    assert dated > 0


def test_the_readme_query_runs(corpus_tables):
    query = f"""
        with due as (
          select file, id as task from '{corpus_tables}/tasks/*.parquet' where year(deadline) = 2025
          union
          select file, task from '{corpus_tables}/targets/*.parquet' where year(deadline) = 2025)
        select unit_key as unit, count(*) as tasks
        from '{corpus_tables}/units/*.parquet' join due using (file, task)
        where role = 'lead' group by unit_key order by tasks desc, unit limit 10"""
    top = duckdb.sql(query).fetchall()
    assert top and all(n >= 1 for _, n in top)


def test_one_row_group_per_batch(tmp_path):
    from plan_parser.output.parquet import Sink, records

    doc = plan_parser.extract(SEED)
    sink = Sink(tmp_path, batch=2)
    for _ in range(5):
        sink.add(records(doc))
    sink.close()
    for table in TABLES:
        f = pq.ParquetFile(tmp_path / table / "part-0.parquet")
        assert f.num_row_groups == 3, table
    assert pq.read_table(tmp_path / "tasks").num_rows == 5 * len(plan_parser.tasks(doc))


def test_refusals_and_failures(tmp_path, corpus_tables):
    again = invoke("extract", CORPUS / "raw", "--format", "parquet", "--out-dir", corpus_tables)
    assert again.exit_code == 2 and "already holds Parquet tables" in again.stderr
    assert invoke("extract", SEED, "--format", "parquet").exit_code == 2
    assert invoke("extract", SEED, "--format", "parquet", "--out-dir", tmp_path / "a", "-o", "x").exit_code == 2
    assert invoke("extract", SEED, "--scheduler", "processes").exit_code == 2
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SEED, folder / "a.txt")
    (folder / "b.txt").write_bytes(b"")
    bad = invoke("extract", folder, "--format", "parquet", "--out-dir", tmp_path / "out")
    assert bad.exit_code == 1 and "b.txt" in bad.stderr
    assert count(tmp_path / "out", "documents") == 1


def test_dask_cluster_writes_the_same_rows(tmp_path, corpus_tables):
    pytest.importorskip("dask.bag")
    distributed = pytest.importorskip("distributed")
    from plan_parser.distributed import extract_parquet

    paths = sorted(str(p) for p in (CORPUS / "raw").glob("*.txt"))
    with distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False,
                                  dashboard_address=None) as cluster:
        summary = extract_parquet(paths, tmp_path / "dask", cluster.scheduler_address, partition=8)
        via_cli = invoke("extract", *paths[:3], "--format", "parquet", "--out-dir", tmp_path / "cli",
                         "--scheduler", cluster.scheduler_address)
    assert summary.done == len(paths) and not summary.errors
    assert len(list((tmp_path / "dask" / "tasks").glob("part-*.parquet"))) == 3  # 22 notices, 8 a partition
    for table in TABLES:
        assert rows(tmp_path / "dask", table) == rows(corpus_tables, table), table
    assert via_cli.exit_code == 0, via_cli.stderr
    assert count(tmp_path / "cli", "documents") == 3
