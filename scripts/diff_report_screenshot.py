"""Make docs/diff-report.png: the HTML redline of a real notice and its revision, as a
browser shows it (needs chromium and playwright, as the browser test does).

    .venv/bin/python scripts/diff_report_screenshot.py
"""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from test_diff_html import screenshot, write_pair  # noqa: E402

from plan_parser.cli import app  # noqa: E402


def main() -> None:
    from typer.testing import CliRunner

    with tempfile.TemporaryDirectory() as tmp:
        old, new = write_pair(Path(tmp))
        report = Path(tmp) / "report.html"
        here = Path.cwd()
        os.chdir(tmp)  # the page names the files as given: short names
        try:
            CliRunner().invoke(app, ["diff", old.name, new.name, "--format", "html", "-o", report.name])
        finally:
            os.chdir(here)
        (ROOT / "docs").mkdir(exist_ok=True)
        screenshot(report, ROOT / "docs" / "diff-report.png", width=1100)


if __name__ == "__main__":
    main()
