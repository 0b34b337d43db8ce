"""CLI: a thin typer layer over the library; this package is the only one that imports
typer or rich (the library itself never prints).

``app`` is the typer application; the modules hold the commands, registered here.
"""
from __future__ import annotations

import sys

import typer

from . import changes, documents, tables
from .options import app
from .plain import PlainCommand

# the commands, in the order --help lists them
for _command in (documents.extract, documents.clean, tables.tasks, tables.targets, tables.units, documents.show,
                 changes.diff, documents.schema):
    app.command(cls=PlainCommand)(_command)  # help and usage without Python types

__all__ = ["app", "main"]


def main() -> None:
    import errno
    import os

    # pydantic looks up plugin entry points when it builds the first model (~20 ms of
    # importlib.metadata); planparse uses none. Only for this process, and only if unset.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    cache = cache_directory()
    if cache is not None:  # patterns a former run compiled are built from what it kept (~50 ms less)
        from ..parse.pattern_store import keep_compiled

        keep_compiled(cache)
    try:
        app(prog_name="planparse")
    except KeyboardInterrupt:
        typer.echo("planparse: interrupted", err=True)
        raise SystemExit(130)
    except OSError as e:  # standard output failed: a full disk, or the reader left (| head)
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # nothing more to flush at exit
        if e.errno != errno.EPIPE:
            typer.echo(f"planparse: cannot write the output: {e.strerror or e}", err=True)
        raise SystemExit(1)


def cache_directory():
    """Where the CLI keeps compiled patterns: ``$PLANPARSE_CACHE_DIR`` (empty: nowhere), else
    ``$XDG_CACHE_HOME/planparse``, else ``~/.cache/planparse``."""
    import os
    from pathlib import Path

    if "PLANPARSE_CACHE_DIR" in os.environ:
        return os.environ["PLANPARSE_CACHE_DIR"] or None
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "planparse"
