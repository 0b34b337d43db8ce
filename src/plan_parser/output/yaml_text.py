"""Serialise stage, YAML: a model, or plain data (``model_dump(mode="json")``) -> YAML text, as PyYAML writes it.

The data (dict, list, str, int, float, bool, None) is walked once and each YAML event handed
to PyYAML's emitter (libyaml's C emitter when built) with the implicit flags PyYAML's
serializer would give it from a node graph: so the same bytes as ``yaml.dump`` with the safe
dumper, without building the graph, the anchor pass, or two calls of the Python resolver per
scalar. The emitter still decides every quoting, escape and line break; PyYAML's resolver
still decides which plain text would read as another type (``yes``, ``1e3``, ``null``), once
per distinct short string. Mappings and lists are written in block style, except the value
of a ``span`` key (a mapping) and of a ``path`` key (a list), written on one line:
``span: {line: 3, end_line: 3, start: 50, end: 73}``, ``path: [2, 1, 3]``.

A model is walked as it is, each a mapping of its fields in order (its ``__dict__``), each value
as ``model_dump(mode="json")`` would give it for our models (str, int, float, bool, None, lists,
models; no serializer, alias or exclusion of a field): the same text as the dump of its data,
without building that data first (a third of the time of writing a notice).
"""
from __future__ import annotations

import io

from pydantic import BaseModel

_TAG = "tag:yaml.org,2002:"
TEXT, INT, FLOAT, BOOL, NULL, MAP, SEQ = (_TAG + t for t in ("str", "int", "float", "bool", "null", "map", "seq"))
FLOW_MAPPING, FLOW_SEQUENCE = "span", "path"  # keys whose value is written on one line

_CACHE_MAX = 10_000  # events of short strings and of numbers kept between calls (bounded)
_SHORT = 40  # longest string whose event is kept


def dump(data) -> str:
    """``data`` (plain data or a model) as YAML text: unicode as is, keys in order, a line folded
    only past 10,000 columns."""
    return _Writer().dump(data)


class _Writer:
    """One walk of the data: the events of each value, handed to the emitter as they come.
    Remembered events are looked up in place (``texts.get(value) or kit.text(value)``): a
    method call per scalar is a fifth of the walk."""

    def __init__(self, kit: "_Kit | None" = None):
        self.kit = kit = kit or _kit()
        self.texts, self.integers = kit.texts, kit.integers
        self.stream = io.StringIO()
        self.emit = kit.emitter(self.stream).emit

    def dump(self, data) -> str:
        kit, emit = self.kit, self.emit
        emit(kit.stream_start)
        emit(kit.document_start)
        self.value(data)
        emit(kit.document_end)
        emit(kit.stream_end)
        return self.stream.getvalue()

    def value(self, value, key=None) -> None:
        """Any value (the value of ``key`` in a mapping): the types after model_dump are written
        by ``mapping`` and ``sequence`` at once; their subclasses are written as they are, a
        model as the mapping of its fields."""
        if isinstance(value, BaseModel):
            self.mapping(value.__dict__, key == FLOW_MAPPING)
        elif isinstance(value, dict):
            self.mapping(value, key == FLOW_MAPPING)
        elif isinstance(value, list):
            self.sequence(value, key == FLOW_SEQUENCE)
        elif isinstance(value, str):
            self.emit(self.kit.text(str(value)))
        else:
            self.emit(self.kit.other(value))

    def mapping(self, data: dict, flow: bool = False) -> None:
        """A mapping: its keys and values in order; a ``span`` value on one line."""
        kit, emit, texts, integers = self.kit, self.emit, self.texts, self.integers
        emit(kit.flow_mapping if flow else kit.block_mapping)
        for key, value in data.items():
            emit(texts.get(key) or kit.key(key))
            kind = type(value)
            if kind is str:
                emit(texts.get(value) or kit.text(value))
            elif kind is int:
                emit(integers.get(value) or kit.integer(value))
            elif kind is dict:
                self.mapping(value, key == FLOW_MAPPING)
            elif kind is list:
                self.sequence(value, key == FLOW_SEQUENCE)
            elif value is None:
                emit(kit.null)
            else:
                self.value(value, key)
        emit(kit.mapping_end)

    def sequence(self, data: list, flow: bool = False) -> None:
        """A list: its items in order; a ``path`` value on one line."""
        kit, emit, texts, integers = self.kit, self.emit, self.texts, self.integers
        emit(kit.flow_sequence if flow else kit.block_sequence)
        for value in data:
            kind = type(value)
            if kind is str:
                emit(texts.get(value) or kit.text(value))
            elif kind is int:
                emit(integers.get(value) or kit.integer(value))
            else:
                self.value(value)
        emit(kit.sequence_end)


_KIT = None


def _kit() -> "_Kit":
    global _KIT
    if _KIT is None:
        _KIT = _Kit()
    return _KIT


class _Kit:
    """The emitter, the fixed events, and the events of scalars (short ones remembered).

    With libyaml's emitter a scalar's or a collection's tag is left out (None) wherever an
    implicit flag is set: libyaml reads the tag only when no flag is (``yaml_emitter_analyze_event``:
    ``tag && (canonical || (!plain_implicit && !quoted_implicit))``), so the text is the same and a
    tag is not encoded, copied and freed per scalar. PyYAML's own emitter gets the tags."""

    def __init__(self, c_emitter: bool = True):
        import yaml
        from yaml.events import (DocumentEndEvent, DocumentStartEvent, MappingEndEvent, MappingStartEvent,
                                 ScalarEvent, SequenceEndEvent, SequenceStartEvent, StreamEndEvent,
                                 StreamStartEvent)
        from yaml.nodes import ScalarNode

        self.c_emitter = c_emitter = c_emitter and getattr(yaml, "__with_libyaml__", False)
        self.Scalar, self.ScalarNode = ScalarEvent, ScalarNode
        self.stream_start, self.stream_end = StreamStartEvent(encoding=None), StreamEndEvent()
        self.document_start, self.document_end = DocumentStartEvent(explicit=None), DocumentEndEvent(explicit=None)
        mapping, sequence = (None, None) if c_emitter else (MAP, SEQ)
        self.block_mapping = MappingStartEvent(None, mapping, True, flow_style=False)
        self.flow_mapping = MappingStartEvent(None, mapping, True, flow_style=True)
        self.block_sequence = SequenceStartEvent(None, sequence, True, flow_style=False)
        self.flow_sequence = SequenceStartEvent(None, sequence, True, flow_style=True)
        self.mapping_end, self.sequence_end = MappingEndEvent(), SequenceEndEvent()
        # the safe dumper: its resolver and its representer of floats
        self.reference = (yaml.CSafeDumper if c_emitter else yaml.SafeDumper)(io.StringIO())
        self.first = frozenset(k for k in self.reference.yaml_implicit_resolvers if k)
        self.wildcard = None in self.reference.yaml_implicit_resolvers  # none in PyYAML
        self.fixed = {value: self.scalar(tag, text) for value, tag, text in
                      ((True, BOOL, "true"), (False, BOOL, "false"), (None, NULL, "null"))}
        self.null = self.fixed[None]
        self.texts: dict[str, object] = {}
        self.integers: dict[int, object] = {}
        self.emitter = self._emitter_class(c_emitter)

    @staticmethod
    def _emitter_class(c_emitter: bool):
        """libyaml's emitter when PyYAML was built with it (as the safe dumper uses), else PyYAML's own."""
        if c_emitter:
            from yaml.cyaml import CEmitter

            return lambda stream: CEmitter(stream, allow_unicode=True, width=10_000)
        from yaml.emitter import Emitter

        return lambda stream: Emitter(stream, allow_unicode=True, width=10_000)

    def scalar(self, tag: str, text: str, implicit: tuple[bool, bool] | None = None):
        """The event of ``text`` with ``tag``, flagged as the safe serializer flags it."""
        implicit = implicit or self.implicit(text, tag)
        return self.Scalar(None, None if self.c_emitter and any(implicit) else tag, implicit, text)

    def text(self, value: str):
        event = self.scalar(TEXT, value)
        if len(value) <= _SHORT and len(self.texts) < _CACHE_MAX:
            self.texts[value] = event
        return event

    def key(self, key):
        return self.text(key) if type(key) is str else self.other(key)

    def integer(self, value: int):
        """``str(value)`` always reads back as an int written plain, never quoted (a test checks)."""
        event = self.scalar(INT, str(value), _INT_IMPLICIT)
        if len(self.integers) < _CACHE_MAX:
            self.integers[value] = event
        return event

    def other(self, value):
        """The event of a bool, None, int or float, as PyYAML's safe representer writes it."""
        if value is True or value is False or value is None:
            return self.fixed[value]
        if type(value) is int:
            return self.integer(value)
        node = self.reference.represent_data(value)
        if type(node) is not self.ScalarNode:
            raise TypeError(f"cannot write {type(value).__name__} as a YAML scalar")
        return self.scalar(node.tag, node.value)

    def implicit(self, value: str, tag: str) -> tuple[bool, bool]:
        """Whether ``value`` written plain, and written quoted, reads back with ``tag``: what PyYAML's
        serializer asks its resolver. Text starting with a character that starts no implicit type
        (every Chinese string) is a string at once."""
        if tag == TEXT and value and value[0] not in self.first and not self.wildcard:
            return _TEXT_IMPLICIT
        resolve = self.reference.resolve
        return (resolve(self.ScalarNode, value, (True, False)) == tag,
                resolve(self.ScalarNode, value, (False, True)) == tag)


_TEXT_IMPLICIT = (True, True)
_INT_IMPLICIT = (True, False)
