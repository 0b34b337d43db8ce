"""Console entry point: ``planparse --version`` is answered before the CLI (typer) loads,
and a command goes to a running ``planparse server`` when there is one (client.py)."""
from __future__ import annotations

import sys


def main() -> None:
    if sys.argv[1:] == ["--version"]:
        from . import __version__

        print(f"planparse {__version__}")
        return
    from .client import forward

    code = forward(sys.argv[1:])
    if code is not None:
        raise SystemExit(code)
    run()


def run() -> None:
    """The CLI in this process."""
    from .cli import main as cli_main

    cli_main()
