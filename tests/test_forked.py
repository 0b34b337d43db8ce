"""-j N on Linux: the calling process and N - 1 forked helpers (plan_parser.forked); the pool
used where there is no fork; a helper that dies; stopping early and Ctrl-C end the helpers."""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import CORPUS, SEED, need
from plan_parser import batch, forked
from plan_parser.cli import app

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="helpers are forked on Linux")


def small_notices(tmp_path: Path, n: int) -> list[str]:
    paths = []
    for k in range(n):
        p = tmp_path / f"n{k:02d}.txt"
        p.write_text(f"XX方案{k}\n一、任务\n{k + 1}.建设平台。（责任单位：市科技局）\n", encoding="utf-8")
        paths.append(str(p))
    return paths


def test_the_pool_where_there_is_no_fork_gives_what_the_helpers_give(tmp_path, monkeypatch):
    monkeypatch.setattr(batch, "CHUNK", 3)
    paths = small_notices(tmp_path, 12)
    paths[5:5] = ["-", str(tmp_path / "missing.txt")]
    stdin = SEED.read_bytes()
    helpers = list(batch.run(paths, "jsonl", 3, stdin=stdin))
    monkeypatch.setattr(batch, "_forking", lambda: False)
    pooled = list(batch.run(paths, "jsonl", 3, stdin=stdin))
    assert pooled == helpers == list(batch.run(paths, "jsonl", 1, stdin=stdin))
    assert [r.path for r in helpers] == paths and helpers[6].error and helpers[5].data


@pytest.mark.parametrize("jobs", [2, 3])
def test_a_helper_that_dies_costs_the_notices_it_held_and_the_batch_goes_on(tmp_path, monkeypatch, jobs):
    """The first chunks go to the helpers before the caller takes one: the helper given the
    first chunk dies on its first notice holding the first chunks (one to ``DEPTH``, as the
    caller hands them out before or after it sees the pipe broken): those notices fail, every
    other one is parsed."""
    monkeypatch.setattr(batch, "CHUNK", 2)
    monkeypatch.setattr(batch, "WARM", 0)  # the first notice goes to a helper
    paths = small_notices(tmp_path, 30)
    caller, render = os.getpid(), batch.render

    def dying(path, *args):
        if path == paths[0] and os.getpid() != caller:
            os.kill(os.getpid(), signal.SIGKILL)
        return render(path, *args)

    monkeypatch.setattr(batch, "render", dying)
    results = list(batch.run(paths, "jsonl", jobs))
    tasks = batch.chunks(paths, jobs)
    held = [r.path for r in results if r.error]
    assert [r.path for r in results] == paths
    assert held in [[p for t in tasks[:k] for p in t] for k in range(1, forked.DEPTH + 1)]
    assert all("the worker process parsing it ended (signal 9)" in r.error for r in results if r.error)
    assert [r for r in results if not r.error] == [batch.render(p, "jsonl") for p in paths[len(held):]]


def test_stopping_early_ends_and_waits_for_the_helpers(tmp_path, monkeypatch):
    started = []
    fork = forked._fork

    def recorded(*args):
        helper = fork(*args)
        started.append(helper.pid)
        return helper

    monkeypatch.setattr(forked, "_fork", recorded)
    results = batch.run(small_notices(tmp_path, 40), "jsonl", 3)
    assert next(results).error is None
    assert next(results).error is None and len(started) == 2
    results.close()
    for pid in started:
        with pytest.raises(ChildProcessError):  # waited for already: no such child left
            os.waitpid(pid, os.WNOHANG)


def test_ctrl_c_in_a_real_run_prints_the_summary_and_leaves_no_helper(tmp_path):
    """planparse extract DIR -j 3 writing to a pipe nobody reads blocks once the pipe is full;
    Ctrl-C (to the whole process group, as a terminal sends it) then ends it with status 130
    and the summary, and its helpers are gone."""
    need(CORPUS / "raw")
    folder = tmp_path / "in"
    shutil.copytree(CORPUS / "raw", folder)
    command = [sys.executable, "-c", "from plan_parser.entry import main; main()",
               "extract", str(folder), "--format", "jsonl", "-j", "3"]
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    try:
        for _ in range(2):  # the first notice is parsed before the helpers are forked, the second after
            json.loads(proc.stdout.readline())
        children = Path(f"/proc/{proc.pid}/task/{proc.pid}/children")
        if not children.exists():  # a kernel without CONFIG_PROC_CHILDREN
            pytest.skip("no /proc/PID/task/PID/children")
        helpers = children.read_text().split()
        assert len(helpers) == 2
        os.killpg(proc.pid, signal.SIGINT)
        _, err = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 130
    assert "planparse: interrupted after" in err.decode()
    for pid in map(int, helpers):
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)


def test_the_cli_parses_with_the_helpers_as_it_does_alone(tmp_path):
    need(CORPUS / "raw")
    runner = CliRunner()
    one, three = (runner.invoke(app, ["extract", str(CORPUS / "raw"), "--format", "jsonl", "-j", j, "-q"])
                  for j in ("1", "3"))
    assert one.exit_code == three.exit_code == 0
    assert one.stdout_bytes == three.stdout_bytes and one.stdout.count("\n") == len(list((CORPUS / "raw").glob("*.txt")))
