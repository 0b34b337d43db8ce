"""CLI: a thin typer layer over the library; this package is the only one that imports
typer or rich (the library itself never prints).

``app`` is the typer application; the modules hold the commands, registered here. ``main``
(the console command) registers only the command it runs: typer builds every registered
command's parameters before it runs one.
"""
from __future__ import annotations

import sys

import typer

from . import changes, documents, tables
from .options import new_app
from .plain import PlainCommand

# the commands, in the order --help lists them
COMMANDS = {"extract": documents.extract, "clean": documents.clean, "tasks": tables.tasks, "targets": tables.targets,
            "units": tables.units, "show": documents.show, "diff": changes.diff, "schema": documents.schema}


def make_app(names=tuple(COMMANDS)) -> typer.Typer:
    """The application with the commands ``names`` (help and usage without Python types)."""
    app = new_app()
    for name in names:
        app.command(cls=PlainCommand)(COMMANDS[name])
    return app


app = make_app()

__all__ = ["COMMANDS", "app", "main", "make_app"]


def _invoked(argv: list[str]) -> tuple[str, ...]:
    """The commands the arguments can run: the one they name first, else all (``--help``, a typo
    that usage errors answer with the names)."""
    return (argv[0],) if argv and argv[0] in COMMANDS else tuple(COMMANDS)


def main() -> None:
    import errno
    import gc
    import os

    # pydantic looks up plugin entry points when it builds the first model (~20 ms of
    # importlib.metadata); planparse uses none. Only for this process, and only if unset.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    # The cycle collector paused: start-up makes tens of thousands of objects that live to the
    # end (modules, classes, pydantic's schemas), which each collection would scan again (~20 ms
    # of a cold extract); the parse pauses it anyway (parse.clock.gc_paused) and leaves no
    # cycles. A command on one or two documents ends with it paused; a batch turns it back on
    # (options.expanded).
    gc.disable()
    cache = cache_directory()
    if cache is not None:  # patterns a former run compiled are built from what it kept (~50 ms less)
        from ..parse.pattern_store import keep_compiled

        keep_compiled(cache)
    try:
        make_app(_invoked(sys.argv[1:]))(prog_name="planparse")
    except KeyboardInterrupt:
        typer.echo("planparse: interrupted", err=True)
        raise SystemExit(130)
    except OSError as e:  # standard output failed: a full disk, or the reader left (| head)
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # nothing more to flush at exit
        if e.errno != errno.EPIPE:
            typer.echo(f"planparse: cannot write the output: {e.strerror or e}", err=True)
        raise SystemExit(1)
    finally:
        # The command is done (its output written and closed): what start-up and the run made is
        # left to the process's end unscanned. The interpreter's collections at exit would
        # otherwise walk every object still alive (~30 ms of each command, a batch's too).
        gc.freeze()


def cache_directory():
    """Where the CLI keeps compiled patterns: ``$PLANPARSE_CACHE_DIR`` (empty: nowhere), else
    ``$XDG_CACHE_HOME/planparse``, else ``~/.cache/planparse``."""
    import os
    from pathlib import Path

    if "PLANPARSE_CACHE_DIR" in os.environ:
        return os.environ["PLANPARSE_CACHE_DIR"] or None
    try:
        base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    except (RuntimeError, KeyError):  # no home directory to be found: keep nothing
        return None
    return Path(base) / "planparse"
