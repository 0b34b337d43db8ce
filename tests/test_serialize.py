"""serialize builds YAML nodes itself, for speed: the text must be what ``yaml.dump`` gives."""
from __future__ import annotations

import json

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

import plan_parser
from conftest import SEED, corpus_files
from plan_parser.output.serialize import _dumper, _Flow, _FlowList, _flow_spans, _model_json, _node, dumps, to_data


class _Dumper(yaml.SafeDumper):
    """PyYAML's own representer, with the two flow-style types."""


_Dumper.add_representer(_Flow, lambda d, v: d.represent_mapping("tag:yaml.org,2002:map", v, flow_style=True))
_Dumper.add_representer(_FlowList, lambda d, v: d.represent_sequence("tag:yaml.org,2002:seq", v, flow_style=True))


def _pyyaml(data) -> str:
    return yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=10_000)


def _ours(data) -> str:
    return yaml.serialize(_node(data), Dumper=yaml.SafeDumper, allow_unicode=True, width=10_000)


def test_real_documents_are_written_as_yaml_dump_writes_them():
    for path in [SEED, *corpus_files()]:
        doc = plan_parser.extract(path)
        assert dumps(doc, "yaml") == _pyyaml(_flow_spans(to_data(doc))), path.name


_scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False),
                     st.text(max_size=30), st.sampled_from(["", "yes", "null", "~", "- a", "a: b", "#x", "1.0", "濟南(nán)"]))
_data = st.recursive(_scalars, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4),
    st.builds(_Flow, st.dictionaries(st.text(max_size=5), st.integers(), max_size=3)),
    st.builds(_FlowList, st.lists(st.integers(), max_size=3))), max_leaves=20)


@settings(max_examples=300, deadline=None)
@given(_data)
def test_any_plain_data_is_written_as_yaml_dump_writes_it(data):
    assert _ours(data) == _pyyaml(data)


def _dumped_by_json(model, fmt: str) -> str:
    data = to_data(model)
    if fmt == "json":
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"


_numbers = st.one_of(st.integers(-10**20, 10**20), st.floats(allow_nan=False, allow_infinity=False),
                     st.sampled_from([1e-5, 5e-06, 0.000123, 1.5e16, 1e22, 0.1, 2.5]))


@settings(max_examples=300, deadline=None)
@given(value=st.one_of(_numbers, st.lists(_numbers, min_size=2, max_size=2)), text=st.text(max_size=30),
       fmt=st.sampled_from(["json", "jsonl"]))
def test_pydantic_json_is_what_json_dumps_writes(value, text, fmt):
    """json and jsonl come from ``model_dump_json`` where it writes the same bytes as
    ``json.dumps`` of the data, and from ``json.dumps`` where it would not (a number below 1e-4)."""
    from plan_parser.models import Span, Target

    target = Target(value=value, unit=text, comparator=">=", text=text, verb=text or None,
                    span=Span(line=1, end_line=1, start=0, end=len(text)))
    fast = _model_json(target, fmt)
    assert fast is None or fast == _dumped_by_json(target, fmt)
    assert dumps(target, fmt) == _dumped_by_json(target, fmt)


def test_json_of_real_documents_and_of_a_name_utf8_cannot_hold():
    doc = plan_parser.extract(SEED)
    for fmt in ("json", "jsonl"):
        assert _model_json(doc, fmt) == _dumped_by_json(doc, fmt)
    odd = doc.model_copy(update={"source": doc.source.model_copy(update={"path": "\udcff.txt"})})
    assert _model_json(odd, "json") is None  # the slower path writes U+FFFD for the lone surrogate
    assert '"path": "\ufffd.txt"' in dumps(odd, "json")


@settings(max_examples=300, deadline=None)
@given(_data)
def test_the_quick_resolver_writes_what_pyyaml_writes(data):
    """The dumper that asks its resolver less writes what its base (PyYAML's C emitter) writes."""
    base = _dumper().__mro__[1]
    assert yaml.serialize(_node(data), Dumper=_dumper(), allow_unicode=True, width=10_000) == \
        yaml.serialize(_node(data), Dumper=base, allow_unicode=True, width=10_000)


@settings(max_examples=500, deadline=None)
@given(st.one_of(st.text(max_size=12), st.text(alphabet="0123456789_-+.:xeE", max_size=8),
                 st.integers().map(str)))
def test_the_quick_resolver_answers_as_the_safe_resolver(value):
    from yaml.nodes import ScalarNode

    quick, base = _dumper()(None), _dumper().__mro__[1](None)
    for implicit in ((True, False), (False, True)):
        assert quick.resolve(ScalarNode, value, implicit) == base.resolve(ScalarNode, value, implicit)
