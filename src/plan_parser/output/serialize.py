"""Serialise stage: ``Document`` <-> YAML / JSON text, and safe atomic file writes.

YAML is written for people (unicode as is, keys in the model's order) and read
back with the safe loader only; both formats validate on the way in.
"""
from __future__ import annotations

import json
import os
import stat
import re
import tempfile
from contextlib import contextmanager
from pathlib import Path

from ..errors import InputError


def to_data(model) -> dict:
    data = model.model_dump(mode="json")
    source = data.get("source")
    if isinstance(source, dict) and isinstance(source.get("path"), str):
        source["path"] = encodable(source["path"])
    return data


def encodable(name: str) -> str:
    """A file name as UTF-8 can hold it: a name that is not UTF-8 on disk arrives with
    lone surrogates (``os.fsdecode``), which no UTF-8 file can store; they become U+FFFD."""
    if name.isascii() or not any("\ud800" <= c <= "\udfff" for c in name):
        return name
    try:
        raw = os.fsencode(name)  # the bytes on disk
    except UnicodeEncodeError:
        raw = name.encode("utf-8", "surrogatepass")
    return raw.decode("utf-8", "replace")


def dumps(model, fmt: str, script: str | None = None) -> str:
    """``model`` as ``json`` (indented), ``jsonl`` (one line) or ``yaml`` text; ``script``
    (simplified or traditional) writes every string in that script."""
    if fmt in ("json", "jsonl") and not script:
        text = _model_json(model, fmt)
        if text is not None:
            return text
    if fmt == "yaml" and not script and _path_as_is(model):
        from .yaml_text import dump

        return dump(model)  # (the model walked as it is: what its data would write)
    data = to_data(model)
    if script:
        from .script import convert

        data = convert(data, script)
    if fmt == "json":
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    if fmt == "jsonl":
        return json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"
    if fmt == "yaml":
        from .yaml_text import dump

        return dump(data)
    raise ValueError(f"unknown format {fmt!r}")


# A number serde writes otherwise than Python's json: below 1e-4 (0.00001 vs 1e-05, 5e-6 vs 5e-06).
# Matches the 5e-6 form anywhere (in a string too: then the slower path is taken, as right); the
# 0.00005 form is looked for with ``in``, and this only runs where "e-" occurs (a scan of every
# character by a pattern that starts with \d costs a fifth of the writing).
_EXPONENT = re.compile(r"\de-\d")


def _path_as_is(model) -> bool:
    """Whether ``to_data`` leaves the model's data as model_dump gives it: its source's file name
    is one UTF-8 can hold (else ``encodable`` mends it)."""
    path = getattr(getattr(model, "source", None), "path", None)
    return not isinstance(path, str) or encodable(path) == path


def _model_json(model, fmt: str) -> str | None:
    """What ``json.dumps(to_data(model))`` writes, from pydantic's own serialiser (6x faster; the
    same bytes: same key order, separators, escapes and unicode as is), or None where the two
    would differ: a file name that UTF-8 cannot hold, or a number below 1e-4."""
    if not _path_as_is(model):
        return None
    text = model.model_dump_json(indent=2 if fmt == "json" else None)
    if "0.0000" in text or ("e-" in text and _EXPONENT.search(text)):
        return None
    return text + "\n"


def loads(text: str, path: str | None = None):
    """A ``Document`` from YAML or JSON text (safe loader; validated)."""
    import yaml
    from pydantic import ValidationError

    from ..models import SCHEMA_VERSION, Document

    data = _json_object(text)
    if data is None:
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        try:
            data = yaml.load(text, Loader=loader)
        except yaml.YAMLError as e:
            raise InputError(_yaml_problem(e), path, _yaml_line(e)) from None
        if "&" in text and "*" in text and _shares_nodes(data):
            # 90 KB of nested aliases validate as 10^8 items: refused before validation
            raise InputError("refusing YAML aliases (*name): a planparse file holds plain data only", path)
    if not isinstance(data, dict) or "schema_version" not in data:
        raise InputError("not a planparse output file (no schema_version)", path)
    if str(data["schema_version"]).split(".")[0] != SCHEMA_VERSION.split(".")[0]:
        raise InputError(f"schema_version {data['schema_version']} is not supported (this planparse writes {SCHEMA_VERSION})", path)
    try:
        return Document.model_validate(data)
    except ValidationError as e:
        first = e.errors()[0]
        where = ".".join(map(str, first["loc"]))
        raise InputError(f"invalid planparse file at {where}: {first['msg']}", path) from None


def _json_object(text: str):
    """The data of JSON text, or None when it is not JSON (then it is read as YAML).

    JSON goes through the json module: PyYAML reads JSON as YAML 1.1, where U+2028 in a
    string is a line break and U+FFFE or a C1 control is refused.
    """
    body = text.lstrip("\ufeff \t\r\n")
    if not body.startswith("{"):
        return None
    try:
        return json.loads(body)
    except (json.JSONDecodeError, RecursionError):
        return None  # a YAML flow mapping, or broken: the YAML loader says which


def _shares_nodes(data) -> bool:
    """Whether a list or mapping occurs twice in ``data`` (an alias of a YAML anchor)."""
    seen: set[int] = set()
    stack = [data]
    while stack:
        node = stack.pop()
        if isinstance(node, (dict, list)):
            if id(node) in seen:
                return True
            seen.add(id(node))
            stack.extend(node.values() if isinstance(node, dict) else node)
    return False


def _yaml_problem(err) -> str:
    """One line saying why the YAML did not load (a tag such as ``!!python/…`` is refused)."""
    problem = " ".join(str(getattr(err, "problem", None) or err.__class__.__name__).split())
    if problem.startswith("could not determine a constructor for the tag"):
        tag = problem.rsplit(" ", 1)[-1].replace("tag:yaml.org,2002:", "!!")
        return f"refusing the YAML tag {tag}: a planparse file holds plain data only"
    return f"not a planparse YAML/JSON file: {problem}"


def _yaml_line(err) -> int | None:
    mark = getattr(err, "problem_mark", None)
    return mark.line + 1 if mark is not None else None


def write_atomic(path: str | os.PathLike, data: str | bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file renamed into place."""
    with atomic_file(path, binary=isinstance(data, bytes)) as fh:
        fh.write(data)


@contextmanager
def atomic_file(path: str | os.PathLike, binary: bool = False):
    """A file to write (UTF-8 text, ``\\n`` line ends, or bytes) that replaces ``path`` only when
    the block ends without an error or Ctrl-C: a temporary file beside it, renamed into place
    with the mode a new file gets. The one atomic write of planparse (single files, batches)."""
    target = Path(path)
    if target.is_symlink():  # the file it points to is replaced, the link stays
        target = target.resolve()
    if _special(target):  # -o /dev/null, /dev/stdout, a named pipe: written in place, never replaced
        with open(target, "wb") if binary else open(target, "w", encoding="utf-8", newline="\n") as fh:
            yield fh
        return
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent or ".")
    try:
        with os.fdopen(fd, "wb") if binary else os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            yield fh
        os.chmod(tmp, _mode(target))  # mkstemp makes 0600: give the file the mode any new file gets
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _special(target: Path) -> bool:
    """Whether ``target`` is a device or a pipe (which a rename would replace by a plain file)."""
    try:
        mode = target.stat().st_mode
    except OSError:
        return False
    return stat.S_ISCHR(mode) or stat.S_ISBLK(mode) or stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode)


def _mode(target: Path) -> int:
    """The existing file's mode, or what the umask gives a new file."""
    try:
        return target.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
