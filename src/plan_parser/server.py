"""``planparse server``: a warm process that runs planparse commands for the client.

Starting planparse costs more than its work on one notice (Python imports typer and
pydantic, builds the models and compiles the patterns).  The server does that once,
then forks a child for each command line a client sends (``client.forward``): the
child takes the client's standard streams, directory, environment and umask, runs
the CLI, and sends back the exit status.  Output is byte for byte what the command
gives without the server; a server of other code (the package changed) is never
used.  It listens on a Unix socket in a directory only its user can enter, answers
that user only, and stops after ``idle`` seconds without a command.

    planparse server start [--idle SECONDS]   # in the background
    planparse server status
    planparse server stop
"""
from __future__ import annotations

import gc
import io
import json
import os
import signal
import socket
import struct
import subprocess
import sys
import tempfile
import time

from . import client


def start(idle: int = client.IDLE) -> str:
    """Start a server in the background (or find the running one): a line for the user."""
    if not client.supported():
        raise OSError("planparse server needs Unix sockets that pass file descriptors, which this system lacks")
    running = client.request("status")  # the socket is this installation's: a server there runs its code
    if running:
        return f"planparse server already running (pid {running['pid']})"
    directory = client.runtime_dir()
    _private_dir(directory)
    path = client.socket_path()
    log = open(path[: -len(".sock")] + ".log", "ab")
    with log:
        proc = subprocess.Popen([sys.executable, "-m", "plan_parser.server", path, str(idle)],
                                stdin=subprocess.DEVNULL, stdout=log, stderr=log, start_new_session=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise OSError(f"the server exited at start (status {proc.returncode}); see {log.name}")
        reply = client.request("status", path)
        if reply:
            return f"planparse server running (pid {reply['pid']}); it stops after {idle} s idle"
        time.sleep(0.05)
    proc.kill()
    raise OSError("the server did not answer within 60 s")


def stop() -> str:
    reply = client.request("stop")
    return f"planparse server stopped (pid {reply['pid']})" if reply else "no planparse server running"


def status() -> str:
    reply = client.request("status")
    if not reply:
        return "no planparse server running"
    return (f"planparse server pid {reply['pid']}, up {reply['up']:.0f} s, {reply['commands']} commands, "
            f"stops after {reply['idle']:.0f} s idle; socket {client.socket_path()}")


def _private_dir(path: str) -> None:
    """Make ``path`` (mode 0700), or refuse one that another user could enter."""
    try:
        os.mkdir(path, 0o700)
    except FileExistsError:
        pass
    if not client.private(path):
        raise OSError(f"{path} is not a private directory of this user (mode 0700): not starting the server")


class Server:
    """The accept loop: one forked child per command, reaped as they end."""

    def __init__(self, path: str, idle: float):
        self.path = path
        self.idle = idle
        self.print_ = client.fingerprint()
        self.started = time.time()
        self.commands = 0
        self.children: set[int] = set()
        self.stopping = False

    def serve(self) -> None:
        _warm()
        gc.freeze()  # the loaded modules stay shared with every child
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        if os.path.exists(self.path):
            other = client.connect(self.path, 1.0)
            if other is None:
                os.unlink(self.path)  # left by a server that died
            else:
                other.close()  # another server answers there: bind fails, and this one ends
        sock.bind(self.path)
        inode = os.stat(self.path).st_ino
        sock.listen(64)
        sock.settimeout(0.5)
        signal.signal(signal.SIGTERM, lambda *_: setattr(self, "stopping", True))
        last = checked = time.monotonic()
        try:
            while not self.stopping:
                self._reap()
                now = time.monotonic()
                if not self.children and now - last > self.idle:
                    break
                if now - checked > 5:
                    checked = now
                    if client.fingerprint() != self.print_:
                        break  # the code changed under this server: clients no longer find it
                try:
                    conn, _ = sock.accept()
                except (TimeoutError, InterruptedError):
                    continue
                last = time.monotonic()
                with conn:
                    self._answer(conn, sock)
        finally:
            sock.close()
            try:
                if os.stat(self.path).st_ino == inode:
                    os.unlink(self.path)
            except OSError:
                pass

    def _reap(self) -> None:
        for pid in list(self.children):
            try:
                done, _ = os.waitpid(pid, os.WNOHANG)
            except ChildProcessError:
                done = pid
            if done:
                self.children.discard(pid)

    def _answer(self, conn: socket.socket, listener: socket.socket) -> None:
        conn.settimeout(10)
        fds: list[int] = []
        try:
            _pid, uid, _gid = struct.unpack("3i", conn.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, 12))
            if uid != os.getuid():
                return
            message, fds = _receive(conn)
            op = message.get("op")
            if message.get("fingerprint") != self.print_:
                _reply(conn, {"stale": True})
                self.stopping = True  # the code changed under this server
            elif op == "status":
                _reply(conn, {"pid": os.getpid(), "up": time.time() - self.started,
                              "commands": self.commands, "idle": self.idle})
            elif op == "stop":
                _reply(conn, {"pid": os.getpid()})
                self.stopping = True
            elif op == "run" and len(fds) == 3:
                self.commands += 1
                pid = os.fork()
                if pid == 0:
                    listener.close()
                    _child(conn, message, fds)  # never returns
                self.children.add(pid)
        except (OSError, ValueError, KeyError) as e:
            print(f"planparse server: a request failed: {e}", file=sys.stderr, flush=True)
        finally:
            for fd in fds:
                os.close(fd)


def _receive(conn: socket.socket) -> tuple[dict, list[int]]:
    data, fds, _flags, _addr = socket.recv_fds(conn, 1 << 16, 3)
    if len(data) < 8:
        raise ValueError("short request")
    size = int(data[:8], 16)
    body = bytearray(data[8:])
    while len(body) < size:
        chunk = conn.recv(size - len(body))
        if not chunk:
            raise ValueError("truncated request")
        body += chunk
    return json.loads(body), fds


def _reply(conn: socket.socket, message: dict) -> None:
    conn.sendall(json.dumps(message).encode() + b"\n")


def _child(conn: socket.socket, message: dict, fds: list[int]) -> None:
    """Run one command line as the client would have: the client's streams, directory,
    environment and umask; its exit status goes back over ``conn``."""
    code = 1
    try:
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        signal.signal(signal.SIGINT, signal.default_int_handler)
        for target, fd in enumerate(fds):
            os.dup2(fd, target)
            os.close(fd)
        fds.clear()
        _streams(message.get("streams", {}))
        os.environ.clear()
        os.environ.update(message["env"])
        os.umask(message["umask"])
        _reply(conn, {"pid": os.getpid()})
        code = _run(message["argv"], message.get("cwd"))
    except KeyboardInterrupt:  # Ctrl-C before the CLI's own handler was in place
        sys.stderr.write("planparse: interrupted\n")
        code = 130
    except BaseException:  # the child must report and end, whatever happened
        import traceback

        traceback.print_exc()
    finally:
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except (OSError, ValueError):
                pass
        try:
            _reply(conn, {"exit": code})
        except OSError:
            pass
        os._exit(0)


def _streams(spec: dict) -> None:
    """New sys.stdin/stdout/stderr over descriptors 0-2, with the client's encodings."""
    for fd, name, mode in ((0, "stdin", "rb"), (1, "stdout", "wb"), (2, "stderr", "wb")):
        encoding, errors = spec.get(name) or ("utf-8", "strict" if fd < 2 else "backslashreplace")
        raw = io.FileIO(fd, mode, closefd=False)
        tty = raw.isatty()
        buffered = io.BufferedReader(raw) if fd == 0 else io.BufferedWriter(raw)
        setattr(sys, name, io.TextIOWrapper(buffered, encoding=encoding, errors=errors,
                                            line_buffering=tty or fd == 2, write_through=fd == 2))


def _run(argv: list[str], cwd: str | None) -> int:
    """The CLI on ``argv``: its exit status."""
    if cwd is None or not os.path.isdir(cwd):
        sys.stderr.write("planparse: the current directory is gone\n")
        return 1
    os.chdir(cwd)
    sys.argv = ["planparse", *argv]
    from .entry import run

    try:
        run()
    except SystemExit as e:
        if e.code is None or isinstance(e.code, int):
            return e.code or 0
        sys.stderr.write(f"{e.code}\n")
        return 1
    return 0


def _warm() -> None:
    """Load what commands use: run one extract of a small notice (models built, patterns
    compiled, pinyin dictionary read), in every output format."""
    from . import cli, entry  # noqa: F401  (entry: what each child runs)

    sample = ("关于印发示例工作方案的通知\n\n各有关单位：\n现将《示例工作方案》印发给你们，请认真贯彻落实。\n\n"
              "示例工作方案\n\n一、主要任务\n（一）推进示例建设。到2025年，建成示范点10个。（责任单位：市发展改革委）\n"
              "1.加快推进(jìn)示范点建设。\n\n某某市人民政府\n2024年1月1日\n")
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "warm.txt")
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(sample)
        for fmt in ("yaml", "json"):
            try:
                cli.app(["extract", path, "-q", "--format", fmt, "-o", os.devnull], prog_name="planparse",
                        standalone_mode=False)
            except SystemExit:
                pass


def main(argv: list[str]) -> None:
    path, idle = argv[0], float(argv[1])
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    Server(path, idle).serve()


if __name__ == "__main__":
    main(sys.argv[1:])
