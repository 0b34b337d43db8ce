"""Build stage, elements' data: ``Line`` -> dicts of spans, blocks and targets (what the models validate)."""
from __future__ import annotations

from .lines import Line


def span(first: Line, last: Line | None = None) -> dict:
    last = last or first  # (last.end, written out: no property call for each of the many spans)
    return {"line": first.no, "end_line": last.no, "start": first.start, "end": last.start + len(last.text)}


def inline_span(line: Line, start: int, end: int) -> dict:
    """The span of ``line``'s characters ``start``..``end``."""
    return {"line": line.no, "end_line": line.no, "start": line.start + start, "end": line.start + end}


def block(line: Line) -> dict:
    """A line of an item's body: a table row (its cells) or a paragraph."""
    if line.cell:
        return {"kind": "row", "cells": [c.strip() for c in line.text.split("\t")], "span": span(line)}
    return {"kind": "paragraph", "text": line.text, "span": span(line)}


def blocks(lines: list[Line]) -> list[dict]:
    """``block`` of each line (a paragraph's written out: no two calls for each of the many)."""
    return [block(ln) if ln.cell else
            {"kind": "paragraph", "text": (t := ln.text),
             "span": {"line": (no := ln.no), "end_line": no, "start": (a := ln.start), "end": a + len(t)}}
            for ln in lines]


def targets(read: list[tuple[Line, list]]) -> list[dict]:
    """The targets found in each line (``(line, found)``), as data: their spans in the line's."""
    out = []
    for ln, found in read:
        no, a = ln.no, ln.start
        for f in found:
            value = f.value
            if type(value) is float:  # (``_plain``, written out for the usual values)
                value = int(value) if value.is_integer() else round(value, 6)
            elif type(value) is not int:
                value = _plain(value)
            target = {"value": value, "unit": f.unit, "comparator": f.comparator, "text": f.text,
                      "span": {"line": no, "end_line": no, "start": a + f.start, "end": a + f.end}}
            # a field at its default (None, False) left out: fewer keys to make and to validate, and
            # the model's set of fields set smaller; the model gives the default (``full_target`` writes each)
            if f.deadline is not None:
                target["deadline"] = f.deadline
            if f.recurrence is not None:
                target["recurrence"] = f.recurrence
            if f.verb is not None:
                target["verb"] = f.verb
            if f.change:
                target["change"] = f.change
            if f.deadline_text is not None:
                target["deadline_text"] = f.deadline_text
            if f.indicator is not None:
                target["indicator"] = f.indicator
            out.append(target)
    return out


def full_target(target: dict) -> dict:
    """``target`` with every field of ``Target`` written, its defaults too (as ``targets`` once
    made each; the tests compare the two)."""
    return {"deadline": None, "recurrence": None, "verb": None, "change": False, "deadline_text": None,
            "indicator": None} | target


def _plain(value):
    """400.0 -> 400; ranges element-wise."""
    if type(value) is int:
        return value
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    return int(value) if float(value).is_integer() else round(value, 6)
