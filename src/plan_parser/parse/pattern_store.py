"""Patterns helper: (pattern, flags) -> what ``regex``'s (or ``re``'s) compiler made of it, kept in
a file between runs of the CLI, so that a pattern a former run compiled is built at once.

Both compile in two steps: Python code parses and optimises the pattern into op codes (nearly
all of the ~0.4 ms a pattern costs; more for re's twins of regex's patterns, whose spelled-out
classes of Han characters and digits re optimises in Python: ~20 ms of a notice's start), then
the C module builds the pattern object from them (``_regex.compile``, ``_sre.compile``). While a
pattern compiles, the store records the arguments of the second step; next time it hands the
same arguments to the same C compiler, which gives the same pattern. The file is named by
regex's and Python's versions (another version never reads it) and carries a checksum; a file
that is missing, damaged or unreadable is ignored, a directory that cannot be written leaves
things as they were. Nothing is kept unless ``keep_compiled`` is called (the CLI does; a
library user's process is left alone).
"""
from __future__ import annotations

import atexit
import marshal
import os
import sys
import threading
from pathlib import Path
from typing import Callable

# The file's format. 2: a store written before the clause words' pattern was made the same in every
# run (clause_units.CLAUSE_WORD) grew by two patterns a run that no later run asks for, up to
# KEPT_MAX; with a new format, such a store is read as none and written afresh by the next run.
MAGIC = b"planparse-patterns-2\n"
# Patterns kept in the file (all the commands together compile ~260); beyond it, only those of the
# last run stay. Every run reads the whole file (~10 us a pattern), so it is kept small.
KEPT_MAX = 1000

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
    import regex

    if _directory is None or kwargs or flags & (regex.DEBUG | regex.LOCALE):
        return regex.compile(pattern, flags, **kwargs)
    # ints: regex's flags are an enum, which marshal cannot keep
    return _kept_or_made((pattern, int(flags), int(regex.DEFAULT_VERSION)), _REGEX)


def compiled_re(pattern: str, flags: int = 0):
    """``re.compile(pattern, flags)``, from the store when it holds the pattern (the twins of
    regex's patterns, ``lazy_regex.twin``, and the classes the gates build)."""
    import re
    import re._constants

    if _directory is None or flags & (re.DEBUG | re.LOCALE):
        return re.compile(pattern, flags)
    # (the version of re's op codes in the key: the file is named by Python's minor version only)
    return _kept_or_made((pattern, int(flags), f"re-{re._constants.MAGIC}"), _RE)


def _kept_or_made(key: tuple, engine: "_Engine"):
    """The pattern ``key`` names (pattern, flags, engine), built from the store's arguments
    when it holds them, else compiled and its arguments noted for the store."""
    global _saving
    args = _load().get(key)
    if args is not None:
        try:
            result = engine.c_module().compile(*args)
        except Exception:  # not what this C compiler takes: compile afresh
            pass
        else:
            _used[key] = args
            return result
    result, args = _recorded(key[0], key[1], engine)
    if args is not None:
        if not _saving:
            _saving = True
            atexit.register(_save)
        _used[key] = args
    return result


class _Engine:
    """How one regular expression module compiles a pattern: the module whose attribute is its C
    module, that attribute's name, and a compile of a pattern that reaches the C compiler (no
    cache in between)."""

    def __init__(self, home: str, attribute: str, fresh: Callable[[str, int], object]):
        self.home, self.attribute, self.fresh = home, attribute, fresh

    def module(self):
        import importlib

        return importlib.import_module(self.home)  # (regex's and re's own layout, private)

    def c_module(self):
        return getattr(self.module(), self.attribute)


def _regex_fresh(pattern: str, flags: int):
    import regex

    return regex.compile(pattern, flags, cache_pattern=False)


def _re_fresh(pattern: str, flags: int):
    import re._compiler

    return re._compiler.compile(pattern, flags)  # (re.compile's own step after its cache)


_REGEX = _Engine("regex._main", "_regex", _regex_fresh)
_RE = _Engine("re._compiler", "_sre", _re_fresh)
_LOCALE = 0x4  # re.LOCALE and regex.LOCALE alike: a pattern that reads the locale is not kept


class _Recorder:
    """An engine's C module (``_regex``, ``_sre``), standing in for itself while the engine compiles
    one pattern: it notes the arguments its ``compile`` is given for that pattern."""

    def __init__(self, real, pattern: str, flags: int):
        self._real, self._pattern, self._flags = real, pattern, flags
        self.args = None

    def __getattr__(self, name: str):
        return getattr(self._real, name)

    def compile(self, *args):
        if self.args is None and args[0] is self._pattern and args[1] & self._flags == self._flags:
            self.args = args
        return self._real.compile(*args)


def _recorded(pattern: str, flags: int, engine: _Engine = _REGEX):
    """The compiled pattern, and the arguments the engine gave its C compiler (None if not seen)."""
    try:  # the engine's own module layout (private): without it, a plain compile, nothing recorded
        home = engine.module()
        real = getattr(home, engine.attribute)
    except (ImportError, AttributeError):
        return engine.fresh(pattern, flags), None
    with _lock:
        recorder = _Recorder(real, pattern, flags)
        setattr(home, engine.attribute, recorder)
        try:
            result = engine.fresh(pattern, flags)
        finally:
            setattr(home, engine.attribute, real)
    if recorder.args is None or recorder.args[1] & _LOCALE:
        return result, None
    args = tuple(map(_plain, recorder.args))
    try:
        marshal.dumps(args)  # only plain data can be kept
    except ValueError:
        return result, None
    return result, args


def _plain(arg):
    """``arg`` with its ints plain: flags (an enum) and re's op codes (named ints) are ints, which
    marshal keeps (in a list too)."""
    if isinstance(arg, list):
        return [_plain(a) for a in arg]
    return int(arg) if isinstance(arg, int) and type(arg) not in (int, bool) else arg


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
