"""-j N: the calling process beside a pool of N - 1 forked workers (plan_parser.forked); the
pool's processes fresh where there is no fork; a worker that dies; stopping early and Ctrl-C
end the workers."""
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

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="the workers are forked on Linux: these tests watch them")


def small_notices(tmp_path: Path, n: int) -> list[str]:
    paths = []
    for k in range(n):
        p = tmp_path / f"n{k:02d}.txt"
        p.write_text(f"XX方案{k}\n一、任务\n{k + 1}.建设平台。（责任单位：市科技局）\n", encoding="utf-8")
        paths.append(str(p))
    return paths


@pytest.mark.parametrize("context", ["fork", "spawn"])
def test_the_caller_and_its_workers_give_what_one_process_gives(tmp_path, monkeypatch, context):
    """Forked warm (Linux) or started fresh (spawn: where there is no fork), stdin and a missing
    file among the notices: the same results, in order, as -j 1."""
    import multiprocessing

    monkeypatch.setattr(batch, "CHUNK", 3)
    monkeypatch.setattr(batch, "_context", lambda: multiprocessing.get_context(context))
    paths = small_notices(tmp_path, 12)
    paths[5:5] = ["-", str(tmp_path / "missing.txt")]
    stdin = SEED.read_bytes()
    three = list(batch.run(paths, "jsonl", 3, stdin=stdin))
    assert three == list(batch.run(paths, "jsonl", 1, stdin=stdin))
    assert [r.path for r in three] == paths and three[6].error and three[5].data


@pytest.mark.parametrize("jobs", [2, 3])
def test_a_worker_that_dies_costs_the_notices_it_held_and_the_batch_goes_on(tmp_path, monkeypatch, jobs):
    """A worker dies on the first notice it is given: the chunks the broken pool held fail (the
    first among them), each notice with a one-line reason; a new pool and the caller parse every
    other notice."""
    monkeypatch.setattr(batch, "CHUNK", 2)
    monkeypatch.setattr(batch, "WARM", 0)  # the first notice goes to a worker
    paths = small_notices(tmp_path, 30)
    caller, render = os.getpid(), batch.render

    def dying(path, *args):
        if path == paths[0] and os.getpid() != caller:
            os.kill(os.getpid(), signal.SIGKILL)
        return render(path, *args)

    monkeypatch.setattr(batch, "render", dying)
    results = list(batch.run(paths, "jsonl", jobs))
    failed = [r for r in results if r.error]
    assert [r.path for r in results] == paths
    assert failed[0].path == paths[0] and len(failed) <= (jobs - 1) * forked.DEPTH * batch.CHUNK
    assert all(r.error.endswith("not parsed: the worker process parsing it ended") for r in failed)
    assert [r for r in results if not r.error] == [batch.render(p, "jsonl") for p in paths if p not in
                                                  {r.path for r in failed}]


def test_the_workers_results_come_back_through_a_pipe_that_holds_a_tasks_results():
    """The pool's result pipe is widened to RESULTS_PIPE (a worker does not wait at every 64 KB for
    the caller's reader thread); a Python whose pool no longer has the attribute would lose it."""
    import fcntl

    limit = int(Path("/proc/sys/fs/pipe-max-size").read_text())
    if limit < batch.RESULTS_PIPE:
        pytest.skip(f"this system's pipes hold at most {limit} bytes")
    pool = batch._pool(1)
    try:
        size = fcntl.fcntl(pool._result_queue._reader.fileno(), fcntl.F_GETPIPE_SZ)
    finally:
        pool.shutdown()
    assert size >= batch.RESULTS_PIPE


def test_stopping_early_ends_and_waits_for_the_workers(tmp_path):
    import multiprocessing

    results = batch.run(small_notices(tmp_path, 40), "jsonl", 3)
    assert next(results).error is None
    assert next(results).error is None and len(multiprocessing.active_children()) == 2
    results.close()
    assert multiprocessing.active_children() == []


def test_ctrl_c_in_a_real_run_prints_the_summary_and_leaves_no_worker(tmp_path):
    """planparse extract DIR -j 3 writing to a pipe nobody reads blocks once the pipe is full;
    Ctrl-C (to the whole process group, as a terminal sends it) then ends it with status 130
    and the summary, and its workers are gone."""
    need(CORPUS / "raw")
    folder = tmp_path / "in"
    shutil.copytree(CORPUS / "raw", folder)
    # (Ctrl-C handled as Python does in a terminal's command: a test run started in the background
    # by a non-interactive shell, or under nohup, passes its children SIGINT ignored, which Python
    # then keeps ignoring: the run would end with 0)
    command = [sys.executable, "-c", "import signal; signal.signal(signal.SIGINT, signal.default_int_handler); "
               "from plan_parser.entry import main; main()", "extract", str(folder), "--format", "jsonl", "-j", "3"]
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    try:
        for _ in range(2):  # the first notice is parsed before the workers are forked, the second after
            json.loads(proc.stdout.readline())
        children = Path(f"/proc/{proc.pid}/task/{proc.pid}/children")
        if not children.exists():  # a kernel without CONFIG_PROC_CHILDREN
            pytest.skip("no /proc/PID/task/PID/children")
        workers = children.read_text().split()
        assert len(workers) == 2
        os.killpg(proc.pid, signal.SIGINT)
        _, err = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 130
    assert "planparse: interrupted after" in err.decode()
    for pid in map(int, workers):
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)


def test_the_cli_parses_with_its_workers_as_it_does_alone(tmp_path):
    need(CORPUS / "raw")
    runner = CliRunner()
    one, three = (runner.invoke(app, ["extract", str(CORPUS / "raw"), "--format", "jsonl", "-j", j, "-q"])
                  for j in ("1", "3"))
    assert one.exit_code == three.exit_code == 0
    assert one.stdout_bytes == three.stdout_bytes and one.stdout.count("\n") == len(list((CORPUS / "raw").glob("*.txt")))
