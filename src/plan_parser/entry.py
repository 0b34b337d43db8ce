"""Console entry point: ``planparse --version`` is answered before the CLI (typer) loads."""
from __future__ import annotations

import sys


def main() -> None:
    if sys.argv[1:] == ["--version"]:
        from . import __version__

        print(f"planparse {__version__}")
        return
    from .cli import main as cli_main

    cli_main()
