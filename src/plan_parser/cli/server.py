"""The server commands: start, stop and status of ``planparse server``."""
from __future__ import annotations

import typer

from .common import fail

server_app = typer.Typer(
    help="A warm background process that runs planparse commands, so that each starts fast.\n\n"
    "While it runs, every planparse command of this installation goes through it (same output, same exit "
    "status); PLANPARSE_SERVER=off runs a command without it.\n\n"
    "Example: planparse server start, then planparse extract notice.txt as usual; planparse server stop",
    no_args_is_help=True,
)


@server_app.command("start")
def server_start(
    idle: int = typer.Option(1800, "--idle", min=1, help="Stop after this many seconds without a command."),
) -> None:
    """Start the server in the background (or say that it runs)."""
    from ..server import start

    try:
        typer.echo(start(idle))
    except OSError as e:
        fail(str(e))


@server_app.command("stop")
def server_stop() -> None:
    """Stop the server."""
    from ..server import stop

    typer.echo(stop())


@server_app.command("status")
def server_status() -> None:
    """Say whether a server runs, since when and how many commands it ran."""
    from ..server import status

    typer.echo(status())
