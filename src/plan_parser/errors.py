"""The library's one exception family: input that cannot be used at all."""
from __future__ import annotations


class PlanParseError(Exception):
    """Base class of every error planparse raises on purpose."""


class InputError(PlanParseError):
    """The input cannot be read as a notice (missing, empty, binary, undecodable).

    ``str(err)`` is a one-line message fit for a terminal; ``path`` and ``line``
    (1-based, or None) say where.
    """

    def __init__(self, message: str, path: str | None = None, line: int | None = None):
        self.path = path
        self.line = line
        where = path or "<input>"
        if line is not None:
            where = f"{where}:{line}"
        super().__init__(f"{where}: {message}")
