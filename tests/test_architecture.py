"""The layers hold: import-linter's contracts (.importlinter) pass, and they would catch a
library module that imports the facade or reaches up a layer."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import ROOT

LINT = Path(sys.executable).with_name("lint-imports")
PACKAGE = ROOT / "src" / "plan_parser"


def lint(cwd: Path, pythonpath: Path | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(pythonpath)) if pythonpath else None
    return subprocess.run([str(LINT), "--no-cache"], cwd=cwd, env=env, capture_output=True, text=True, timeout=300)


def test_the_contracts_are_kept():
    result = lint(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout and result.stdout.count("KEPT") == 3


def test_a_library_module_importing_the_facade_breaks_them(tmp_path):
    """compare/align.py once did ``from .. import extract``: the facade and layer contracts both refuse it."""
    shutil.copytree(PACKAGE, tmp_path / "src" / "plan_parser", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / ".importlinter", tmp_path)
    tasks = tmp_path / "src" / "plan_parser" / "output" / "tasks.py"
    tasks.write_text(tasks.read_text(encoding="utf-8") + "\nfrom .. import extract  # noqa\n", encoding="utf-8")
    result = lint(tmp_path, tmp_path / "src")
    assert result.returncode != 0
    assert "library modules never import the facade (plan_parser/__init__.py) BROKEN" in result.stdout
    assert "plan_parser.output.tasks -> plan_parser" in result.stdout
