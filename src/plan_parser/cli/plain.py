"""Help and usage errors in plain words: typer's validation messages (``Value error, …``,
``Input should be …``) -> what a person reads (``'foo' is not one of …``, ``must be 1 or more``),
and its help text without Python types (``{inputs}``, ``<list[str]>``, ``<str>``).

``PlainGroup`` is the app's group class: it rewrites the message of a bad option or argument
as the error passes through it, before the usual ``Error: Invalid value for '-j' / '--jobs': …``.
``PlainCommand`` is each command's class: its usage line and help show names, not types.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from typing import Any, Optional, Union, get_args, get_origin

from typer.core import TyperCommand, TyperGroup

try:  # typer 0.29's coercion of a parameter (private): another typer builds its own as it always did
    from typer._coercion import RuntimeParam, build_runtime_param
    from typer.core import _TyperParameter
except ImportError:  # pragma: no cover - depends on the typer installed
    RuntimeParam = _TyperParameter = None

# what typer 0.29 writes into help -> what we show
HELP_TEXT = (
    # a required argument in the usage line: {INPUT}... -> INPUT...   (not {a|b} choices: none in usage)
    (re.compile(r"\{([A-Za-z_][\w.]*)\}"), r"\1"),
    # a Python type after a name: INPUT <list[str]>, -o, --output <str>, FILE <path>; never <yaml|json> choices
    (re.compile(r" <(?:list\[\w+\]|str|path|int|float|text|integer)>"), ""),
)


def plain_help(text: str) -> str:
    for pattern, replacement in HELP_TEXT:
        text = pattern.sub(replacement, text)
    return text


@dataclass(frozen=True)
class _Deferred(RuntimeParam or object):
    """typer's coercion of a parameter, built when a value needs it. typer 0.29 builds a
    pydantic ``TypeAdapter`` for every parameter of the command run, given or not, and the
    first costs the import of ``typer._adapters`` (~25 ms, a fifth of a cold ``extract``).
    Here typer's ``coerce`` runs first as always (``None`` -> ``None`` or ``()``, one string
    for a list refused); text for a ``str`` or ``list[str]`` parameter (a file name, ``-o``,
    ``--glob``'s default) is taken as is, as its adapter would (``str(value)``, a list of the
    items); so are a choice's value (``--format jsonl`` -> the member) and a whole number in
    range (``-j 2``), which the adapter would return alike; any other value (a choice not
    offered, ``-j 0``, ``-j x``: their messages are typer's) goes to typer's own coercion,
    built then."""

    text: bool  # str, no custom parser
    texts: bool  # list[str], no custom parser
    choices: Optional[dict] = None  # an Enum's values -> its members (str, no custom parser)
    whole: Optional[tuple] = None  # an int's (min, max), either None (no custom parser, no clamp)

    def _coerce_value(self, value: Any, param, ctx) -> Any:
        if self.texts and isinstance(value, (list, tuple)) and all(type(v) is str for v in value):
            return list(value)
        if self.text and type(value) is str:
            return value
        if self.choices is not None and type(value) is str and value in self.choices:
            return self.choices[value]
        if self.whole is not None and type(value) is str and _in_range(value, *self.whole):
            return int(value)
        return build_runtime_param(param.type_descriptor)._coerce_value(value, param=param, ctx=ctx)


WHOLE = re.compile(r"[0-9]{1,18}")  # a whole number as typed (ASCII digits; no sign, no space, no _)


def _in_range(value: str, low, high) -> bool:
    return WHOLE.fullmatch(value) is not None and (low is None or int(value) >= low) and \
        (high is None or int(value) <= high)


def _deferred(param) -> None:
    """Give a typer parameter whose coercion is not built yet ``_Deferred`` coercion."""
    if _TyperParameter is None or not isinstance(param, _TyperParameter) or param._runtime_param is not None:
        return
    annotation, info = param.type_descriptor.annotation, param.type_descriptor.parameter_info
    plain = info.parser is None and param.type_descriptor.file_annotation is None
    texts = plain and get_origin(annotation) is list and get_args(annotation) == (str,)
    kind = _optional(annotation)
    choices = {m.value: m for m in kind} if plain and isinstance(kind, type) and issubclass(kind, Enum) and \
        all(type(m.value) is str for m in kind) and getattr(info, "case_sensitive", True) else None
    whole = (info.min, info.max) if plain and kind is int and not getattr(info, "clamp", False) else None
    param._runtime_param = _Deferred(annotation=annotation, parameter_info=info, text=plain and annotation is str,
                                     texts=texts, choices=choices, whole=whole)


def _optional(annotation):
    """``X`` of ``X`` or ``Optional[X]``."""
    args = get_args(annotation)
    if get_origin(annotation) is Union and len(args) == 2 and type(None) in args:
        return args[0] if args[1] is type(None) else args[1]
    return annotation


class PlainCommand(TyperCommand):
    """A command whose usage line and help name things, without Python types, and whose
    parameters are coerced as a value needs (``_Deferred``)."""

    def parse_args(self, ctx, args):
        for param in self.get_params(ctx):
            _deferred(param)
        return super().parse_args(ctx, args)

    def format_usage(self, ctx, formatter) -> None:
        start = len(formatter.buffer)
        super().format_usage(ctx, formatter)
        formatter.buffer[start:] = [plain_help(s) for s in formatter.buffer[start:]]

    def format_help(self, ctx, formatter) -> None:
        start = len(formatter.buffer)
        super().format_help(ctx, formatter)
        formatter.buffer[start:] = [plain_help(s) for s in formatter.buffer[start:]]

# (what typer/pydantic says, what we say): the first that matches is used
PLAIN = (
    # Value error, 'foo' is not one of 'table', 'jsonl'.  ->  'foo' is not one of 'table', 'jsonl'.
    (re.compile(r"^Value error, (?P<rest>.*)$", re.S), "{rest}"),
    # Input should be greater than or equal to 1  ->  must be 1 or more
    (re.compile(r"^Input should be greater than or equal to (?P<n>\S+)$"), "must be {n} or more"),
    (re.compile(r"^Input should be greater than (?P<n>\S+)$"), "must be more than {n}"),
    (re.compile(r"^Input should be less than or equal to (?P<n>\S+)$"), "must be {n} or less"),
    (re.compile(r"^Input should be less than (?P<n>\S+)$"), "must be less than {n}"),
    # Input should be a valid integer, unable to parse string as an integer  ->  must be a whole number
    (re.compile(r"^Input should be a valid integer\b.*$", re.S), "must be a whole number"),
    (re.compile(r"^Input should be a valid number\b.*$", re.S), "must be a number"),
)


def plain(message: str) -> str:
    """``message`` in plain words (unchanged when no rule knows it)."""
    for pattern, words in PLAIN:
        m = pattern.match(message)
        if m:
            return words.format(**m.groupdict())
    return message


def _is_bad_parameter(exc: BaseException) -> bool:
    return type(exc).__name__ in ("BadParameter", "MissingParameter", "UsageError", "BadOptionUsage",
                                  "BadArgumentUsage", "NoSuchOption") and hasattr(exc, "message")


class PlainGroup(TyperGroup):
    """The app's group: usage errors of its commands come out in plain words; its own options
    are coerced as a value needs (``_Deferred``)."""

    def parse_args(self, ctx, args):
        for param in self.get_params(ctx):
            _deferred(param)
        return super().parse_args(ctx, args)

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except Exception as exc:
            if _is_bad_parameter(exc):
                exc.message = plain(exc.message)
            raise
