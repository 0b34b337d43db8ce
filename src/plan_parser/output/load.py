"""Load stage: a path -> ``Document``: a notice is read and parsed, a file planparse wrote
(``.yaml``/``.yml``/``.json``) is read back and validated. The one loader every command uses."""
from __future__ import annotations

import os
from pathlib import Path

from ..errors import InputError

WRITTEN = (".yaml", ".yml", ".json")  # the extensions of the files ``extract`` writes


def written(path: str | os.PathLike) -> bool:
    """Whether ``path`` names a file planparse wrote (by its extension) rather than a notice."""
    return Path(path).suffix.lower() in WRITTEN


def load(path: str | os.PathLike):
    """The ``Document`` of a notice, or of a file planparse wrote; ``InputError`` (one line,
    naming the file) when it cannot be used."""
    from ..parse.build import parse
    from ..parse.read import read_path
    from .serialize import loads

    try:
        source = read_path(path)  # the read stage's checks and messages, for both kinds
        return loads(source.text, os.fspath(path)) if written(path) else parse(source)
    except RecursionError:
        raise InputError("nesting too deep to parse", os.fspath(path)) from None
