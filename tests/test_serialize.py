"""The YAML writer feeds PyYAML's emitter events itself, for speed: the text must be what
``yaml.dump`` gives (PyYAML's representer, serializer and emitter; both emitters)."""
from __future__ import annotations

import json

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

import plan_parser
from conftest import SEED, corpus_files
from plan_parser.output import yaml_text
from plan_parser.output.serialize import _model_json, dumps, to_data


class _Flow(dict):
    """A mapping PyYAML writes on one line."""


class _FlowList(list):
    """A list PyYAML writes on one line."""


def _marked(data):
    """``data`` with the value of every ``span`` key (a mapping) and ``path`` key (a list)
    marked for one line, as the writer promises to write them."""
    if isinstance(data, dict):
        out = {k: _marked(v) for k, v in data.items()}
        if isinstance(data.get("span"), dict):
            out["span"] = _Flow(out["span"])
        if isinstance(data.get("path"), list):
            out["path"] = _FlowList(out["path"])
        return out
    if isinstance(data, list):
        return [_marked(v) for v in data]
    return data


def _reference(base):
    class Dumper(base):
        """PyYAML's own representer, with the two one-line types."""

    Dumper.add_representer(_Flow, lambda d, v: d.represent_mapping("tag:yaml.org,2002:map", v, flow_style=True))
    Dumper.add_representer(_FlowList, lambda d, v: d.represent_sequence("tag:yaml.org,2002:seq", v, flow_style=True))
    return Dumper


_C_DUMPER = _reference(yaml.CSafeDumper)
_PY_DUMPER = _reference(yaml.SafeDumper)


def _pyyaml(data, dumper=_C_DUMPER) -> str:
    return yaml.dump(_marked(data), Dumper=dumper, allow_unicode=True, sort_keys=False, width=10_000)


def _ours(data, c_emitter: bool = True) -> str:
    return yaml_text._Writer(yaml_text._Kit(c_emitter)).dump(data)


def test_real_documents_are_written_as_yaml_dump_writes_them():
    for i, path in enumerate([SEED, *corpus_files()]):
        data = to_data(plan_parser.extract(path))
        text = yaml_text.dump(data)
        assert text == _pyyaml(data), path.name
        if i % 4 == 0:  # PyYAML's pure-Python emitter writes the same (slow: a sample)
            assert text == _pyyaml(data, _PY_DUMPER), path.name


def test_a_document_is_written_through_the_yaml_writer():
    doc = plan_parser.extract(SEED)
    text = dumps(doc, "yaml")
    assert text == yaml_text.dump(to_data(doc))
    assert "span: {line: " in text and "path: [" in text


def test_a_model_walked_as_it_is_writes_what_its_data_writes():
    """dumps walks the models themselves (their fields in order): the text of their data, on every
    corpus notice, on a document with a value of every kind a target holds (a range, a float, inf),
    and where to_data mends the data (a file name UTF-8 cannot hold): then from the data."""
    for path in [SEED, *corpus_files()]:
        doc = plan_parser.extract(path)
        assert dumps(doc, "yaml") == yaml_text.dump(to_data(doc)), path.name
    doc = plan_parser.extract(SEED)
    item = next(i for p in doc.plans for i in p.sections if i.children)
    target = plan_parser.models.Target.model_validate(
        {"text": "3—5个", "span": {"line": 1, "end_line": 1, "start": 0, "end": 4}, "value": [3, 5.5],
         "unit": "个", "comparator": "range"})
    odd = [target, target.model_copy(update={"value": float("inf")}), target.model_copy(update={"value": 1e-7})]
    doc.plans[0].sections[0] = item.model_copy(update={"targets": odd})
    text = dumps(doc, "yaml")
    assert text == yaml_text.dump(to_data(doc)) and "- 5.5\n" in text and "value: .inf\n" in text
    unreadable = doc.model_copy(update={"source": doc.source.model_copy(update={"path": "\udcff.txt"})})
    assert "path: \ufffd.txt" in dumps(unreadable, "yaml")


_tricky = st.sampled_from(["", " ", "yes", "No", "on", "OFF", "null", "Null", "~", "true", "y", "=", "<<",
                           "- a", "a: b", "a:b", "#x", "a #b", "x ", " x", "1.0", "1e3", "1_000", "0x1F", "0o17",
                           "017", "089", "+1", "-.inf", ".NaN", "12:30:00", "2022-07-15", "2022-7-15 1:2:3",
                           "? a", "!tag", "&a", "*a", "%x", "@x", "`x", "'q'", '"q"', "a\nb", "a\tb",
                           "濟南(nán)", "\u3000全角", "\x85", "\u2028", "\ufeff", "\x07"])
_strings = st.one_of(_tricky, st.text(max_size=30),
                     st.lists(_tricky, min_size=2, max_size=4).map("".join),
                     st.text(alphabet="0123456789_-+.:xeEoOaAnNyYlLuU ~", max_size=8))
_scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), _strings)
_keys = st.one_of(st.sampled_from(["span", "path", "text", "line"]), _strings)
_data = st.recursive(_scalars, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(_keys, inner, max_size=4)), max_leaves=20)


@settings(max_examples=400, deadline=None)
@given(_data)
def test_any_plain_data_is_written_as_yaml_dump_writes_it(data):
    assert _ours(data) == _pyyaml(data)


@settings(max_examples=200, deadline=None)
@given(_data)
def test_without_the_c_emitter_the_text_is_what_the_python_emitter_writes(data):
    assert _ours(data, c_emitter=False) == _pyyaml(data, _PY_DUMPER)


@settings(max_examples=300, deadline=None)
@given(st.lists(_strings, min_size=1, max_size=6))
def test_the_same_strings_written_twice_are_written_alike(texts):
    """Events of short strings are remembered across documents: a second writing is the first."""
    data = {"a": texts, "b": {t: t for t in texts}}
    assert _ours(data) == _ours(data) == _pyyaml(data)


@pytest.mark.parametrize("text", ["甲乙 " * 4000, "a " * 6000 + "b", "x" * 12_000, "a\n" * 50 + " b",
                                  "line one\n\nline two ", "\t缩进"])
def test_long_and_multiline_strings_fold_and_break_as_pyyaml_writes_them(text):
    data = {"text": text, "items": [{"text": text, "span": {"line": 1, "end": len(text)}}]}
    assert _ours(data) == _pyyaml(data)
    assert _ours(data, c_emitter=False) == _pyyaml(data, _PY_DUMPER)


@settings(max_examples=500, deadline=None)
@given(st.one_of(_strings, st.integers().map(str)))
def test_implicit_flags_are_the_safe_resolvers_answers(value):
    """The writer asks the resolver only where the first character can start an implicit type."""
    from yaml.nodes import ScalarNode

    kit, resolver = yaml_text._kit(), yaml.SafeDumper(None)
    for tag in (yaml_text.TEXT, yaml_text.INT):
        expected = tuple(resolver.resolve(ScalarNode, value, implicit) == tag for implicit in ((True, False), (False, True)))
        assert kit.implicit(value, tag) == expected


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
@given(st.integers())
def test_a_number_written_by_str_reads_back_as_an_int_written_plain(value):
    """What the writer takes for granted of every int, without asking the resolver."""
    from yaml.nodes import ScalarNode

    resolver = yaml.SafeDumper(None)
    assert resolver.resolve(ScalarNode, str(value), (True, False)) == yaml_text.INT
    assert resolver.resolve(ScalarNode, str(value), (False, True)) != yaml_text.INT


def test_subclasses_of_str_dict_and_list_are_written_as_the_plain_types():
    from collections import OrderedDict

    class Name(str):
        pass

    odd = {"a": Name("yes"), "b": OrderedDict(c=[1, Name("x")]), "span": OrderedDict(line=1)}
    plain = {"a": "yes", "b": {"c": [1, "x"]}, "span": {"line": 1}}
    assert _ours(odd) == _ours(plain) == _pyyaml(plain)


def test_the_remembered_events_stay_bounded():
    kit = yaml_text._Kit()
    data = {"texts": [f"t{i}" for i in range(yaml_text._CACHE_MAX + 500)],
            "numbers": list(range(yaml_text._CACHE_MAX + 500)), "long": ["长" * (yaml_text._SHORT + 1)]}
    assert yaml_text._Writer(kit).dump(data) == _pyyaml(data)
    assert len(kit.texts) <= yaml_text._CACHE_MAX and len(kit.integers) <= yaml_text._CACHE_MAX
    assert "长" * (yaml_text._SHORT + 1) not in kit.texts
