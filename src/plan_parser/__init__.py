"""planparse: Chinese government policy notices -> validated, structured data.

The library API (the CLI is a thin layer over it)::

    import plan_parser
    doc = plan_parser.extract("notice.txt")        # -> models.Document
    doc = plan_parser.load("notice.yaml")          # a notice, or a file extract wrote
    rows = plan_parser.tasks(doc)                 # -> list[models.Task]
    changes = plan_parser.diff("v1.txt", "v2.yaml")  # -> compare.Diff
    doc = plan_parser.parse_text(text)             # from a str
    cleaned = plan_parser.clean(text)              # pinyin stripped, with an offset map

Errors: ``plan_parser.InputError`` for input that cannot be used at all; anything odd
but readable comes back as ``Document.diagnostics``.
"""
from __future__ import annotations

import os

__version__ = "0.1.0"

from .errors import InputError, PlanParseError

__all__ = ["InputError", "PlanParseError", "__version__", "clean", "diff", "extract", "load", "parse_bytes",
           "parse_text", "tasks"]


def extract(path):
    """Read, clean and parse the notice at ``path``."""
    from .parse.build import parse
    from .parse.read import read_path

    return parse(read_path(path))


def load(path):
    """A ``Document`` from a notice (parsed) or from a ``.yaml``/``.yml``/``.json`` file planparse wrote."""
    from .output.load import load as _load

    return _load(path)


def parse_bytes(data: bytes, path: str | None = None):
    from .parse.build import parse
    from .parse.read import read_bytes

    return parse(read_bytes(data, path))


def parse_text(text: str, path: str | None = None):
    """Parse a notice given as text (line breaks normalised like the read stage)."""
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError as e:  # a lone surrogate: no text a file could hold
        raise InputError(f"not valid Unicode text at offset {e.start}", path) from None
    return parse_bytes(data, path)


def clean(text: str, offsets: bool = True):
    """``text`` without its inline pinyin annotations: a ``pinyin.Cleaned`` (text, removed, offset map;
    ``offsets=False`` skips the map, faster on large texts)."""
    from .parse.clean import clean as _clean

    return _clean(text, offsets)


def tasks(doc):
    from .output.tasks import tasks as _tasks

    return _tasks(doc)


def diff(old, new, aliases=None):
    """What changed between two versions of a plan, task by task: a ``compare.Diff``.

    ``old`` and ``new`` are Documents, or paths to a notice or to a file planparse wrote;
    ``aliases``: other names of units, {old: new}, that are no change.
    """
    from .compare.run import diff as _diff

    def doc(side):
        return load(side) if isinstance(side, (str, os.PathLike)) else side

    return _diff(doc(old), doc(new), aliases)
