"""The diff command: what changed between two versions of a plan."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from .options import OUT, emit, fail, translated

TROUBLE = 2  # diff(1)'s status for trouble: 1 means "they differ"
FORMATS = ("text", "json", "markdown")  # the report's; -o's extension chooses json or markdown


def diff(
    old: Path = typer.Argument(..., help="The earlier version: a notice, or a YAML/JSON file planparse wrote."),
    new: Path = typer.Argument(..., help="The later version: a notice, or a YAML/JSON file planparse wrote."),
    fmt: Optional[str] = typer.Option(None, "--format", "-f",
                                      help="text (a report for the terminal; the default), json or markdown."),
    out: Optional[str] = OUT,
) -> None:
    """Show what changed between two versions of a plan, task by task.

    Tasks are matched by content, not by number: a task that only shifted because
    another was inserted before it is reported as renumbered, never as changed.
    Exit status as diff(1): 0 no change, 1 changes, 2 trouble.

    Example: planparse diff plan-2022.txt plan-2023.yaml --format markdown -o changes.md
    """
    fmt = _format(fmt, out)
    from ..compare.align import diff as lib_diff
    from ..output.load import load

    with translated(TROUBLE, internal=True):
        result = lib_diff(load(old), load(new))
        text = _report(result, fmt, out)
    if text is not None:
        emit(text, out, [old, new], code=TROUBLE)
    raise typer.Exit(0 if result.same else 1)


def _format(fmt: Optional[str], out: Optional[str]) -> str:
    """``--format``, else the one -o's extension names (``.md``, ``.json``), else text."""
    from ..output.export import format_of_suffix

    if fmt is not None and fmt not in FORMATS:
        fail(f"unknown format {fmt!r} (text, json or markdown)", TROUBLE)
    named = format_of_suffix(out) if out not in (None, "-") else None
    if fmt is not None and named in FORMATS and fmt != named:
        fail(f"--format {fmt} contradicts -o {out} (a {named} file); drop one", TROUBLE)
    return fmt or (named if named in FORMATS else "text")


def _report(result, fmt: str, out: Optional[str]) -> str | None:
    """The report's text, or None when the text report went to the terminal already."""
    from ..compare.report import to_json, to_markdown

    if fmt == "json":
        return to_json(result)
    if fmt == "markdown":
        return to_markdown(result)
    import io

    from rich.console import Console

    from .render import diff_report

    if out in (None, "-"):
        diff_report(result, Console(highlight=False))
        return None
    buf = io.StringIO()
    diff_report(result, Console(file=buf, width=100, color_system=None, highlight=False))
    return buf.getvalue()
