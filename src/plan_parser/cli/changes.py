"""The diff command: what changed between two versions of a plan."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import typer

from ..errors import PlanParseError
from .options import fail, same_file


def diff(
    old: Path = typer.Argument(..., help="The earlier version: a notice, or a YAML/JSON file planparse wrote."),
    new: Path = typer.Argument(..., help="The later version: a notice, or a YAML/JSON file planparse wrote."),
    fmt: str = typer.Option("text", "--format", "-f",
                            help="text (a report for the terminal), json, markdown or html (a redline page)."),
    out: Optional[str] = typer.Option(None, "-o", "--output", help="Output file, or - for stdout (default)."),
    ignore_renumbered: bool = typer.Option(False, "--ignore-renumbered",
                                           help="Leave out tasks whose only change is their number (still counted)."),
    aliases: Optional[Path] = typer.Option(None, "--aliases", help="A file of other names of units, one "
                                           "OLD<tab>NEW (or OLD=NEW) a line: no change when one becomes the other."),
) -> None:
    """Show what changed between two versions of a plan, task by task.

    Tasks are matched by content, not by number: a task that only shifted because
    another was inserted before it is reported as renumbered, never as changed;
    tasks folded into one are reported merged, a task cut in two split, and a
    sentence taken from one task into another moved. What lies outside the numbered
    items (title, 文号, date, preamble, validity) has its own section.
    Exit status as diff(1): 0 no change, 1 changes, 2 trouble.

    Example: planparse diff plan-2022.txt plan-2023.yaml --format markdown -o changes.md

    Example: planparse diff draft.txt final.txt --format html -o report.html
    """
    if fmt not in FORMATS:
        fail(f"unknown format {fmt!r} (text, json, markdown or html)", 2)
    try:
        result = _diff_write(old, new, fmt, out, ignore_renumbered, _aliases(aliases))
    except typer.Exit:
        raise
    except PlanParseError as e:
        fail(str(e), 2)
    except RecursionError:
        fail("nesting too deep to parse", 2)
    except OSError as e:  # reading is InputError already: this is writing -o
        fail(f"cannot write {out}: {e.strerror or e.__class__.__name__}", 2)
    except Exception as e:  # diff(1): trouble is 2, never 1 (1 means "they differ")
        fail(f"internal error: {e.__class__.__name__}: {str(e).splitlines()[0] if str(e) else ''}", 2)
    raise typer.Exit(0 if result.same else 1)


FORMATS = ("text", "json", "markdown", "html")


def _aliases(path: Optional[Path]) -> dict[str, str]:
    if path is None:
        return {}
    from ..compare.fold import read_aliases
    from ..errors import InputError

    try:
        return read_aliases(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as e:
        raise InputError(f"cannot read the aliases ({getattr(e, 'strerror', None) or e.__class__.__name__})",
                         str(path)) from None


def _diff_write(old: Path, new: Path, fmt: str, out: Optional[str], ignore_renumbered: bool = False,
                aliases: dict[str, str] | None = None):
    """Diff ``old`` against ``new`` and write the report; returns the ``Diff``."""
    from ..compare.report import hide_renumbered, to_json, to_markdown
    from ..compare.run import diff as lib_diff
    from ..compare.run import load_side

    result = lib_diff(load_side(old), load_side(new), aliases)
    shown = hide_renumbered(result) if ignore_renumbered else result
    to_stdout = out in (None, "-")
    if fmt == "text":
        import io

        from rich.console import Console

        from .render import diff_report

        buf = None if to_stdout else io.StringIO()
        console = Console(highlight=False) if to_stdout else Console(file=buf, width=100, color_system=None, highlight=False)
        diff_report(shown, console)
        if to_stdout:
            return result
        text = buf.getvalue()
    else:
        from ..compare.html import to_html

        text = {"json": to_json, "markdown": to_markdown, "html": to_html}[fmt](shown)
    if to_stdout:
        sys.stdout.write(text)
        return result
    target = Path(out)
    if any(same_file(target, p) for p in (old, new)):
        fail(f"refusing to write over the input file {out}", 2)
    if target.is_dir():
        fail(f"{out} is a directory", 2)
    from ..output.serialize import write_atomic

    write_atomic(target, text)
    return result
