"""``planparse server``: commands run through the warm server give what they give without it."""
from __future__ import annotations

import os
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from plan_parser import client

ROOT = Path(__file__).resolve().parents[1]
SEED = next((ROOT / "data" / "raw").glob("*.txt"))
CLI = [sys.executable, "-m", "plan_parser"]

pytestmark = pytest.mark.skipif(not client.supported(), reason="the server needs Unix sockets that pass descriptors")


def _run(args, env, **kw):
    return subprocess.run(CLI + args, env=env, capture_output=True, timeout=120, **kw)


@pytest.fixture
def runtime(monkeypatch):
    """A private runtime directory (short: socket paths are limited to ~100 bytes)."""
    base = tempfile.mkdtemp(prefix="pp-")
    monkeypatch.setenv("XDG_RUNTIME_DIR", base)
    monkeypatch.delenv("PLANPARSE_SERVER", raising=False)
    env = dict(os.environ)
    yield env
    subprocess.run(CLI + ["server", "stop"], env=env, capture_output=True, timeout=60)
    shutil.rmtree(base, ignore_errors=True)


@pytest.fixture
def server(runtime):
    started = _run(["server", "start", "--idle", "120"], runtime)
    assert started.returncode == 0, started.stderr
    assert b"running (pid" in started.stdout
    return runtime


def _off(env):
    return dict(env, PLANPARSE_SERVER="off")


def _commands() -> int:
    return client.request("status")["commands"]


def test_extract_through_the_server_is_byte_for_byte_the_same(server) -> None:
    before = _commands()
    warm = _run(["extract", str(SEED)], server)
    assert _commands() == before + 1, "the command went through the server"
    cold = _run(["extract", str(SEED)], _off(server))
    assert warm.returncode == cold.returncode == 0
    assert warm.stdout == cold.stdout and b"schema_version" in warm.stdout
    assert warm.stderr == cold.stderr


def test_directory_umask_and_stdin_are_the_clients(server, tmp_path) -> None:
    shutil.copy(SEED, tmp_path / "notice.txt")
    done = _run(["extract", "notice.txt", "-o", "out.yaml"], server, cwd=tmp_path, preexec_fn=lambda: os.umask(0o077))
    assert done.returncode == 0, done.stderr
    assert stat.S_IMODE((tmp_path / "out.yaml").stat().st_mode) == 0o600
    piped = _run(["extract", "-", "--format", "json"], server, input=SEED.read_bytes())
    cold = _run(["extract", "-", "--format", "json"], _off(server), input=SEED.read_bytes())
    assert piped.returncode == 0 and piped.stdout == cold.stdout
    assert (tmp_path / "out.yaml").read_bytes() == _run(["extract", "notice.txt"], _off(server), cwd=tmp_path).stdout


def test_a_batch_with_workers_is_the_same(server) -> None:
    notices = sorted((ROOT / "tests" / "fixtures").rglob("*.txt"))[:6] + [SEED]
    args = ["extract", *map(str, notices), "--format", "jsonl", "-j", "2", "-q"]
    warm, cold = _run(args, server), _run(args, _off(server))
    assert warm.returncode == cold.returncode
    assert warm.stdout == cold.stdout and warm.stdout.count(b"\n") == len(notices)


@pytest.mark.parametrize("args", [["extract", "/no/such/notice.txt"], ["extract"], ["nonsense"], ["server"]])
def test_errors_and_exit_statuses_are_the_same(server, args) -> None:
    warm, cold = _run(args, server), _run(args, _off(server))
    assert warm.returncode == cold.returncode != 0
    assert warm.stderr == cold.stderr


def test_an_interrupt_reaches_the_command(server) -> None:
    proc = subprocess.Popen(CLI + ["extract", "-"], env=server, stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 30
    while _commands() == 0 and time.monotonic() < deadline:  # wait until the server has it
        time.sleep(0.05)
    proc.send_signal(signal.SIGINT)
    proc.wait(timeout=30)  # stdin stays open: only the interrupt can end the command
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 130, err


def test_stop_then_commands_run_in_process(server) -> None:
    assert b"stopped" in _run(["server", "stop"], server).stdout
    assert client.request("status") is None
    assert b"no planparse server" in _run(["server", "status"], server).stdout
    assert _run(["extract", str(SEED), "-o", os.devnull], server).returncode == 0


def test_a_server_of_other_code_is_not_used_and_stops(server) -> None:
    sock = client.connect()
    with sock:
        client.send(sock, {"op": "run", "fingerprint": "other code", "argv": ["--help"]}, [0, 1, 2])
        assert next(client.replies(sock)) == {"stale": True}
    deadline = time.monotonic() + 30
    while client.request("status") is not None and time.monotonic() < deadline:
        time.sleep(0.1)
    assert client.request("status") is None


def test_no_server_means_no_forwarding(runtime) -> None:
    assert client.forward(["--help"]) is None
    assert b"no planparse server" in _run(["server", "status"], runtime).stdout


def test_a_directory_others_can_enter_is_not_trusted(tmp_path) -> None:
    shared = tmp_path / "run"
    shared.mkdir(mode=0o755)
    os.chmod(shared, 0o755)
    assert not client.private(str(shared))
    os.chmod(shared, 0o700)
    assert client.private(str(shared))
    assert client.connect(str(shared / "server.sock")) is None, "no server there"


def test_a_change_to_any_module_changes_the_fingerprint():
    """A server keeps the code it loaded: one started before an edit (in cli/ too) is not used."""
    import plan_parser.cli.common as module

    path = Path(module.__file__)
    st = path.stat()
    before = client.fingerprint()
    try:
        os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))
        assert client.fingerprint() != before
        assert client.socket_path() != client.socket_path(before)
    finally:
        os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert client.fingerprint() == before
