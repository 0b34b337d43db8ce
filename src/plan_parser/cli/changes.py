"""The diff command: what changed between two versions of a plan."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from .options import OUT, emit, fail, translated

TROUBLE = 2  # diff(1)'s status for trouble: 1 means "they differ"
FORMATS = ("text", "json", "markdown", "html")  # the report's; -o's extension chooses one but text
SUFFIXES = {".html": "html", ".htm": "html"}  # the redline page's (export.FORMATS has json and markdown)


def diff(
    old: Path = typer.Argument(..., metavar="OLD",
                               help="The earlier version: a notice, or a YAML/JSON file planparse wrote."),
    new: Path = typer.Argument(..., metavar="NEW",
                               help="The later version: a notice, or a YAML/JSON file planparse wrote."),
    fmt: Optional[str] = typer.Option(None, "--format", "-f",
                                      help="text (a report for the terminal; the default), json, markdown or html "
                                           "(a redline page)."),
    out: Optional[str] = OUT,
    ignore_renumbered: bool = typer.Option(False, "--ignore-renumbered",
                                           help="Leave out tasks whose only change is their number (still counted)."),
    aliases: Optional[Path] = typer.Option(None, "--aliases", metavar="FILE",
                                           help="Other names of units, one OLD<tab>NEW (or OLD=NEW) a line: "
                                                "no change when one becomes the other."),
) -> None:
    """Show what changed between two versions of a plan, task by task.

    Tasks are matched by content, not by number; merged and split items, moved sentences and
    changes outside the numbered items (title, 文号, preamble, validity) are reported too.
    Exit status as diff(1): 0 no change, 1 changes, 2 trouble.

    Example: planparse diff plan-2022.txt plan-2023.yaml --format markdown -o changes.md

    Example: planparse diff draft.txt final.txt -o report.html
    """
    fmt = _format(fmt, out)
    from ..compare.report import hide_renumbered
    from ..compare.run import diff as lib_diff
    from ..output.load import load

    with translated(TROUBLE, internal=True):
        result = lib_diff(load(old), load(new), _aliases(aliases))
        text = _report(hide_renumbered(result) if ignore_renumbered else result, fmt, out)
    if text is not None:
        emit(text, out, [old, new], code=TROUBLE)
    raise typer.Exit(0 if result.same else 1)


def _format(fmt: Optional[str], out: Optional[str]) -> str:
    """``--format``, else the one -o's extension names (``.md``, ``.json``, ``.html``), else text."""
    from ..output.export import format_of_suffix

    if fmt is not None and fmt not in FORMATS:
        fail(f"unknown format {fmt!r} (text, json, markdown or html)", TROUBLE)
    named = None
    if out not in (None, "-"):
        named = SUFFIXES.get(Path(out).suffix.lower()) or format_of_suffix(out)
    if fmt is not None and named in FORMATS and fmt != named:
        fail(f"--format {fmt} contradicts -o {out} (a {named} file); drop one", TROUBLE)
    return fmt or (named if named in FORMATS else "text")


def _aliases(path: Optional[Path]) -> dict[str, str]:
    """The user's table of other names of units (``--aliases``)."""
    if path is None:
        return {}
    from ..compare.fold import read_aliases
    from ..errors import InputError

    try:
        return read_aliases(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as e:
        raise InputError(f"cannot read the aliases ({getattr(e, 'strerror', None) or e.__class__.__name__})",
                         str(path)) from None


def _report(result, fmt: str, out: Optional[str]) -> str | None:
    """The report's text, or None when the text report went to the terminal already."""
    from ..compare.report import to_json, to_markdown

    if fmt == "json":
        return to_json(result)
    if fmt == "markdown":
        return to_markdown(result)
    if fmt == "html":
        from ..compare.html import to_html

        return to_html(result)
    import io

    from rich.console import Console

    from .render import diff_report

    if out in (None, "-"):
        diff_report(result, Console(highlight=False))
        return None
    buf = io.StringIO()
    diff_report(result, Console(file=buf, width=100, color_system=None, highlight=False))
    return buf.getvalue()
