"""Patterns helper: (pattern, flags) -> what ``regex``'s compiler made of it, kept in a file
between runs of the CLI, so that a pattern a former run compiled is built at once.

``regex`` compiles in two steps: Python code parses and optimises the pattern into op codes
(nearly all of the ~0.4 ms a pattern costs), then its C module builds the pattern object from
them (``_regex.compile``). While regex compiles a pattern, the store records the arguments of
the second step; next time it hands the same arguments to the same C compiler, which gives
the same pattern. The file is named by regex's and Python's versions (another version never
reads it) and carries a checksum; a file that is missing, damaged or unreadable is ignored,
a directory that cannot be written leaves things as they were. Nothing is kept unless
``keep_compiled`` is called (the CLI does; a library user's process is left alone).
"""
from __future__ import annotations

import atexit
import marshal
import os
import sys
import threading
from pathlib import Path

MAGIC = b"planparse-patterns-1\n"
KEPT_MAX = 4000  # patterns kept in the file; beyond it, only those of the last run stay

_directory: Path | None = None  # where the file lives, once keep_compiled is called
_kept: dict | None = None  # the file's patterns, read at the first compile
_used: dict = {}  # the patterns this process compiled or took from the file
_saving = False  # whether this process compiled one (then the file is written at exit)
_lock = threading.Lock()


def keep_compiled(directory: str | os.PathLike) -> None:
    """Keep compiled patterns in ``directory`` (read at the first compile, written at exit)."""
    global _directory
    _directory = Path(directory)


def compiled(pattern: str, flags: int, kwargs: dict):
    """``regex.compile(pattern, flags, **kwargs)``, from the store when it holds the pattern."""
    global _saving
    import regex

    if _directory is None or kwargs or flags & (regex.DEBUG | regex.LOCALE):
        return regex.compile(pattern, flags, **kwargs)
    key = (pattern, int(flags), int(regex.DEFAULT_VERSION))  # ints: regex's flags are an enum, which marshal cannot keep
    args = _load().get(key)
    if args is not None:
        try:
            result = regex._regex.compile(*args)
        except Exception:  # not what this regex's C compiler takes: compile afresh
            pass
        else:
            _used[key] = args
            return result
    result, args = _recorded(pattern, flags)
    if args is not None and not args[1] & regex.LOCALE:
        if not _saving:
            _saving = True
            atexit.register(_save)
        _used[key] = args
    return result


class _Recorder:
    """regex's C module, standing in for itself while regex compiles one pattern: it notes the
    arguments its ``compile`` is given for that pattern."""

    def __init__(self, real, pattern: str, flags: int):
        self._real, self._pattern, self._flags = real, pattern, flags
        self.args = None

    def __getattr__(self, name: str):
        return getattr(self._real, name)

    def compile(self, *args):
        if self.args is None and args[0] is self._pattern and args[1] & self._flags == self._flags:
            self.args = args
        return self._real.compile(*args)


def _recorded(pattern: str, flags: int):
    """The compiled pattern, and the arguments regex gave its C compiler (None if not seen)."""
    import regex

    try:  # regex's own module layout (private): without it, a plain compile, nothing recorded
        from regex import _main

        _main._regex  # noqa: B018
    except (ImportError, AttributeError):
        return regex.compile(pattern, flags), None
    with _lock:
        real = _main._regex
        recorder = _Recorder(real, pattern, flags)
        _main._regex = recorder
        try:
            result = regex.compile(pattern, flags, cache_pattern=False)
        finally:
            _main._regex = real
    if recorder.args is None:
        return result, None
    # flags (regex's enum) as ints, which marshal keeps
    args = tuple(int(a) if isinstance(a, int) and type(a) not in (int, bool) else a for a in recorder.args)
    try:
        marshal.dumps(args)  # only plain data can be kept
    except ValueError:
        return result, None
    return result, args


def _file() -> Path:
    import regex

    return _directory / f"patterns-regex-{regex.__version__}-py{sys.version_info[0]}.{sys.version_info[1]}.bin"


def _load() -> dict:
    import hashlib

    global _kept
    if _kept is None:
        _kept = {}
        try:
            data = _file().read_bytes()
            body = data[len(MAGIC) + 32:]
            if data.startswith(MAGIC) and data[len(MAGIC):len(MAGIC) + 32] == hashlib.sha256(body).digest():
                _kept = marshal.loads(body)
        except (OSError, ValueError, EOFError, TypeError):
            pass
    return _kept


def _save() -> None:
    """Write the store (the file's patterns and this run's), atomically, if this run added some."""
    import hashlib
    import tempfile

    global _kept
    _kept = None
    kept = dict(_load())  # as it is now: another run may have written it meanwhile
    if all(key in kept for key in _used):
        return
    kept = {**kept, **_used} if len(kept) + len(_used) <= KEPT_MAX else dict(_used)
    try:
        body = marshal.dumps(kept)
        _directory.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=_directory, prefix=".patterns-")
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(MAGIC + hashlib.sha256(body).digest() + body)
            os.replace(tmp, _file())
        except BaseException:
            os.unlink(tmp)
            raise
    except (OSError, ValueError):
        pass
