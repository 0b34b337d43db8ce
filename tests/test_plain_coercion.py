"""The CLI process: its options coerced without typer's pydantic adapters where the value is
plain (a choice offered, a whole number in range): the same values as typer's own coercion,
every other value still typer's (its messages unchanged); and what it made frozen at its end."""
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


@pytest.mark.parametrize("argv", [["extract", str(SEED), "-o", "{tmp}/seed.yaml"], ["extract", "{tmp}/missing.txt"],
                                  ["extract", str(SEED), str(SEED), "--format", "jsonl", "-o", "{tmp}/two.jsonl"]])
def test_a_command_ends_with_what_it_made_frozen_its_output_written(tmp_path, argv):
    """cli.main freezes the objects alive when the command is done (an error, a batch alike), so
    that the interpreter's collections at exit do not walk them; the output is whole."""
    argv = [a.format(tmp=tmp_path) for a in argv]
    code = (f"import sys, gc\nsys.argv = {['planparse', *argv]!r}\n"
            "from plan_parser.entry import main\ntry:\n    main()\nexcept SystemExit as e:\n    print(e.code)\n"
            "print(gc.get_freeze_count() > 10000)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    code, frozen = done.stdout.split()[-2:]
    assert frozen == "True"
    if "missing" in argv[-1]:
        assert code == "1" and "missing.txt" in done.stderr
    elif argv[-1].endswith(".jsonl"):
        assert [json.loads(line)["source"]["pinyin_annotations_removed"] for line in open(argv[-1], encoding="utf-8")] == [808, 808]
    else:
        assert "pinyin_annotations_removed: 808" in open(argv[-1], encoding="utf-8").read()
