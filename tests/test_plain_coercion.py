"""The CLI's options coerced without typer's pydantic adapters where the value is plain (a
choice offered, a whole number in range): the same values as typer's own coercion, and every
other value still goes to typer (its messages unchanged)."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest
import typer.main

from conftest import SEED
from plan_parser.cli import COMMANDS, app
from plan_parser.cli.plain import _deferred

typer_coercion = pytest.importorskip("typer._coercion")

VALUES = ["0", "1", "2", "16", "-1", "+2", " 2", "2 ", "1_0", "٣", "2.0", "x", "", "yaml", "jsonl", "JSONL", "csv",
          "table", "simplified", "zh", "1" * 30]


def params():
    group = typer.main.get_command(app)
    for name in COMMANDS:
        for param in group.commands[name].params:
            _deferred(param)
            coercion = param._runtime_param
            if getattr(coercion, "choices", None) is not None or getattr(coercion, "whole", None) is not None:
                yield f"{name} {param.name}", param


@pytest.mark.parametrize("name, param", list(params()))
def test_a_plain_value_is_what_typer_makes_of_it(name, param):
    own = typer_coercion.build_runtime_param(param.type_descriptor)
    taken = 0
    for value in VALUES:
        try:
            expected = own._coerce_value(value, param=param, ctx=None)
        except Exception as e:  # typer refuses it: so does the deferred coercion, in typer's words
            with pytest.raises(type(e)) as refused:
                param._runtime_param._coerce_value(value, param, None)
            assert str(refused.value) == str(e)
            continue
        got = param._runtime_param._coerce_value(value, param, None)
        assert got == expected and type(got) is type(expected), (name, value)
        taken += 1
    assert taken  # some values of each parameter are taken


def test_extract_with_a_format_and_jobs_loads_no_pydantic_adapter(tmp_path):
    out = tmp_path / "seed.json"
    code = ("import sys\nsys.argv = ['planparse', 'extract', sys.argv[1], '--format', 'json', '-j', '2', '-o', sys.argv[2]]\n"
            "from plan_parser.entry import main\ntry:\n    main()\nexcept SystemExit:\n    pass\n"
            "print('typer._adapters' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code, str(SEED), str(out)], capture_output=True, text=True,
                          timeout=120, check=True)
    assert done.stdout.split()[-1] == "False"
    assert json.loads(out.read_text(encoding="utf-8"))["source"]["pinyin_annotations_removed"] == 808
