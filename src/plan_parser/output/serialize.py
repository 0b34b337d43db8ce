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
    data = to_data(model)
    if script:
        from .script import convert

        data = convert(data, script)
    if fmt == "json":
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    if fmt == "jsonl":
        return json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"
    if fmt == "yaml":
        import yaml

        return yaml.serialize(_node(_flow_spans(data)), Dumper=_dumper(), allow_unicode=True, width=10_000)
    raise ValueError(f"unknown format {fmt!r}")


# A number serde writes otherwise than Python's json: below 1e-4 (0.00001 vs 1e-05, 5e-6 vs 5e-06).
# Matches the 5e-6 form anywhere (in a string too: then the slower path is taken, as right); the
# 0.00005 form is looked for with ``in``, and this only runs where "e-" occurs (a scan of every
# character by a pattern that starts with \d costs a fifth of the writing).
_EXPONENT = re.compile(r"\de-\d")


def _model_json(model, fmt: str) -> str | None:
    """What ``json.dumps(to_data(model))`` writes, from pydantic's own serialiser (6x faster; the
    same bytes: same key order, separators, escapes and unicode as is), or None where the two
    would differ: a file name that UTF-8 cannot hold, or a number below 1e-4."""
    source = getattr(model, "source", None)
    path = getattr(source, "path", None)
    if isinstance(path, str) and encodable(path) != path:
        return None
    text = model.model_dump_json(indent=2 if fmt == "json" else None)
    if "0.0000" in text or ("e-" in text and _EXPONENT.search(text)):
        return None
    return text + "\n"


_DUMPER = None
_TAGS: dict[str, str] = {}  # short scalars (keys, words) -> the tag a plain scalar of them reads as
_TAGS_MAX = 10_000


def _dumper():
    """PyYAML's C emitter (when built) with the resolver of the safe dumper, minus its cost:
    the emitter asks it twice for every scalar which tag the plain text would read as
    (``yes`` -> bool, so ``"yes"`` is quoted). Text whose first character starts no implicit
    type (every Chinese string) is a string at once; a decimal number written as ``str(int)``
    writes (``0`` or no leading zero) is an int; other short answers are remembered. The
    answers are the safe dumper's own; only the asking is cheaper."""
    global _DUMPER
    if _DUMPER is None:
        _DUMPER = _make_dumper()
    return _DUMPER


def _make_dumper():
    import yaml
    from yaml.nodes import ScalarNode

    base = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    text, integer = "tag:yaml.org,2002:str", "tag:yaml.org,2002:int"
    first = frozenset(k for k in base.yaml_implicit_resolvers if k)
    wildcard = None in base.yaml_implicit_resolvers  # resolvers for any first character: none in PyYAML
    if base.yaml_path_resolvers:
        return base

    class Dumper(base):
        # The emitter tells the resolver where it stands, for path resolvers; the safe dumper
        # has none, so these are no-ops, as C callables (0.5 µs less per node than a method).
        descend_resolver = {}.get  # called as (node, index)
        ascend_resolver = tuple  # called with no argument

        def resolve(self, kind, value, implicit):
            if kind is not ScalarNode:
                return super().resolve(kind, value, implicit)
            if not implicit[0] or (value and value[0] not in first and not wildcard):
                return text
            if value.isdecimal() and value.isascii() and (value[0] != "0" or value == "0"):
                return integer  # 0 and 1234 (not 0123: octal; not 089: a string)
            tag = _TAGS.get(value)
            if tag is None:
                tag = super().resolve(kind, value, implicit)
                if len(value) <= 20 and len(_TAGS) < _TAGS_MAX:
                    _TAGS[value] = tag
            return tag

    return Dumper


class _Flow(dict):
    """A mapping written on one line in YAML (spans: ``{line: 3, end_line: 3, start: 50, end: 73}``)."""


class _FlowList(list):
    """A list of numbers written on one line in YAML (paths: ``[2, 1, 3]``)."""


def _node(data):
    """The YAML node of plain data: what ``yaml.dump`` with the safe representer and
    ``sort_keys=False`` builds, in a third of the time (no alias bookkeeping, no lookup
    of a representer per value).  Mappings and lists are written in block style, except
    ``_Flow`` and ``_FlowList``; a float goes to PyYAML's own representer."""
    import yaml
    from yaml.nodes import MappingNode, ScalarNode, SequenceNode

    tag = "tag:yaml.org,2002:"
    text, boolean, integer, null, mapping, sequence = (tag + t for t in ("str", "bool", "int", "null", "map", "seq"))

    def node(value):
        kind = type(value)
        if kind is str:
            return ScalarNode(text, value)
        if kind is int:
            return ScalarNode(integer, str(value))
        if kind is dict or kind is _Flow:
            return MappingNode(mapping, [(ScalarNode(text, k) if type(k) is str else node(k), node(v))
                                         for k, v in value.items()], flow_style=kind is _Flow)
        if kind is list or kind is _FlowList:
            return SequenceNode(sequence, [node(v) for v in value], flow_style=kind is _FlowList)
        if kind is bool:
            return ScalarNode(boolean, "true" if value else "false")
        if value is None:
            return ScalarNode(null, "null")
        if isinstance(value, dict):
            return MappingNode(mapping, [(node(k), node(v)) for k, v in value.items()], flow_style=False)
        if isinstance(value, list):
            return SequenceNode(sequence, [node(v) for v in value], flow_style=False)
        return floats.represent_data(value)

    floats = yaml.SafeDumper(None)  # PyYAML's own writing of floats (1e+17, .inf)
    return node(data)


def _flow_spans(data):
    if isinstance(data, dict):
        if isinstance(data.get("span"), dict):
            data["span"] = _Flow(data["span"])
        if isinstance(data.get("path"), list):
            data["path"] = _FlowList(data["path"])
        for value in data.values():
            if isinstance(value, (dict, list)):
                _flow_spans(value)
    elif isinstance(data, list):
        for value in data:
            if isinstance(value, (dict, list)):
                _flow_spans(value)
    return data


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
