"""serialize builds YAML nodes itself, for speed: the text must be what ``yaml.dump`` gives."""
from __future__ import annotations

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

import plan_parser
from conftest import SEED, corpus_files
from plan_parser.output.serialize import _Flow, _FlowList, _flow_spans, _node, dumps, to_data


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
