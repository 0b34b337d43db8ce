"""The thin client of ``planparse server``: hands a command line to a warm server.

A command run through the server skips the start-up of Python's libraries (typer,
pydantic, the compiled patterns): the server has them loaded and forks a child per
command.  The child gets this process's standard input, output and error as they
are (file descriptors passed over a Unix socket), its working directory, environment
and umask, so a command behaves as it would have here; the exit status comes back.

Standard library only, and cheap: ``planparse`` loads this module before anything
else, and socket, json and signal (~15 ms of imports) load only when a server's
socket is there.  With no server for this installation (or ``PLANPARSE_SERVER=off``)
``forward`` returns None and the command runs in this process.
"""
from __future__ import annotations

import os
import sys
import zlib

OFF = ("off", "0", "no")
IDLE = 1800  # seconds without a command before a server stops


def runtime_dir() -> str:
    """Where the sockets live: ``$XDG_RUNTIME_DIR/planparse``, else ``/tmp/planparse-UID``."""
    base = os.environ.get("XDG_RUNTIME_DIR")
    if base and os.path.isdir(base):
        return os.path.join(base, "planparse")
    return os.path.join(os.environ.get("TMPDIR") or "/tmp", f"planparse-{os.getuid()}")


def private(path: str) -> bool:
    """Whether ``path`` is a directory of this user that no one else can enter."""
    try:
        st = os.lstat(path)
    except OSError:
        return False
    return os.path.isdir(path) and not os.path.islink(path) and st.st_uid == os.getuid() and not st.st_mode & 0o077


def fingerprint() -> str:
    """This installation: the interpreter, the package's place, version and files.

    A server started before the code changed has another fingerprint, so it is
    never asked to run a command (and it stops when asked by a newer client).
    """
    from . import __version__

    here = os.path.dirname(os.path.abspath(__file__))
    stamps = []
    folders = [here]
    while folders:  # the package and its subpackages (cli/)
        with os.scandir(folders.pop()) as entries:
            for entry in entries:
                if entry.name.endswith(".py"):
                    st = entry.stat()
                    stamps.append(f"{entry.path}:{st.st_mtime_ns}:{st.st_size}")
                elif entry.is_dir() and entry.name != "__pycache__":
                    folders.append(entry.path)
    stamps.sort()
    return f"{__version__}|{sys.executable}|{here}|{zlib.crc32(' '.join(stamps).encode()):08x}"


def socket_path(print_: str | None = None) -> str:
    """The socket of the server for this installation."""
    key = zlib.crc32((print_ or fingerprint()).encode())
    return os.path.join(runtime_dir(), f"server-{key:08x}.sock")


def supported() -> bool:
    """Whether this system has Unix sockets that carry file descriptors (not Windows)."""
    import socket

    return hasattr(socket, "AF_UNIX") and hasattr(socket, "send_fds") and hasattr(os, "getuid")


def connect(path: str | None = None, timeout: float | None = None):
    """A connection (``socket.socket``) to this installation's server, or None when there is none."""
    if not hasattr(os, "getuid"):
        return None
    path = path or socket_path()
    if not (os.path.exists(path) and private(os.path.dirname(path)) and supported()):
        return None
    import socket

    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    sock.settimeout(timeout)
    try:
        sock.connect(path)
    except OSError:
        sock.close()
        return None
    return sock


def send(sock, message: dict, fds: list[int] = ()) -> None:
    """One message: its length (8 hex digits), then JSON; ``fds`` travel with the first bytes."""
    import json
    import socket

    body = json.dumps(message, ensure_ascii=False).encode("utf-8")
    data = b"%08x" % len(body) + body
    if fds:
        sent = socket.send_fds(sock, [data], list(fds))
        data = data[sent:]
    sock.sendall(data)


def replies(sock):
    """The server's replies, one JSON object a line, until it closes the connection."""
    import json

    with sock.makefile("rb") as stream:
        for line in stream:
            yield json.loads(line)


def request(op: str, path: str | None = None, timeout: float = 5.0) -> dict | None:
    """Ask the server ``status`` or ``stop``; None when no server answers."""
    print_ = fingerprint()
    sock = connect(path or socket_path(print_), timeout)
    if sock is None:
        return None
    with sock:
        try:
            send(sock, {"op": op, "fingerprint": print_})
            return next(replies(sock), None)
        except (OSError, ValueError):
            return None


def forward(argv: list[str]) -> int | None:
    """Run ``planparse ARGV`` on the server: its exit status, or None to run it here."""
    if os.environ.get("PLANPARSE_SERVER", "").lower() in OFF or argv[:1] == ["server"]:
        return None
    try:
        print_ = fingerprint()
        sock = connect(socket_path(print_))
    except OSError:
        return None
    if sock is None:
        return None
    try:
        for fd in (0, 1, 2):
            os.fstat(fd)  # a closed standard stream: run here, where Python copes
    except OSError:
        sock.close()
        return None
    with sock, _Relay() as relay:
        try:
            send(sock, _request(argv, print_), [0, 1, 2])
        except OSError:
            return None
        return _wait(sock, relay)


def _request(argv: list[str], print_: str) -> dict:
    mask = os.umask(0)
    os.umask(mask)
    try:
        cwd = os.getcwd()
    except OSError:
        cwd = None
    streams = {name: [getattr(sys, name).encoding, getattr(sys, name).errors]
               for name in ("stdin", "stdout", "stderr") if getattr(sys, name) is not None}
    return {"op": "run", "fingerprint": print_, "argv": argv, "cwd": cwd, "env": dict(os.environ),
            "umask": mask, "streams": streams}


class _Relay:
    """While a command runs on the server, Ctrl-C (and TERM, HUP) go to the child running
    it; one that comes before the child is known is passed on when it is."""

    def __enter__(self):
        import signal

        self.child = None
        self.pending = None
        self.old = {sig: signal.signal(sig, self._on) for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)}
        return self

    def _on(self, signum, frame) -> None:
        if self.child is None:
            self.pending = signum
        else:
            self._kill(signum)

    def started(self, child: int) -> None:
        self.child = child
        if self.pending:
            self._kill(self.pending)

    def _kill(self, signum: int) -> None:
        try:
            os.kill(self.child, signum)
        except OSError:
            pass

    def __exit__(self, *exc) -> None:
        import signal

        for sig, handler in self.old.items():
            signal.signal(sig, handler)
        if self.pending and self.child is None:
            os.kill(os.getpid(), self.pending)  # never passed on: this process takes it


def _wait(sock, relay: _Relay) -> int | None:
    """Wait for the child's exit status, telling the relay which process the child is."""
    try:
        for reply in replies(sock):
            if reply.get("stale"):
                return None  # a server of other code: it stops; run here
            if "pid" in reply:
                relay.started(reply["pid"])
            if "exit" in reply:
                return reply["exit"]
    except (OSError, ValueError):
        pass
    sys.stderr.write("planparse: the server stopped before the command finished\n")
    return 1
