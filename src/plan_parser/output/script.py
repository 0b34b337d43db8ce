"""Script stage: output data -> the same data in one script (simplified or traditional).

Every string value is converted with OpenCC (loaded lazily); keys, numbers, dates
and provenance are left as they are. Used by ``--script`` on extract, tasks and units.
"""
from __future__ import annotations

from functools import cache

CONFIGS = {"simplified": "t2s", "traditional": "s2t"}


@cache
def _converter(script: str):
    import opencc  # lazily: only --script needs it

    return opencc.OpenCC(CONFIGS[script])


def convert(data, script: str | None):
    """``data`` (dicts, lists, strings…) with every string written in ``script``."""
    if not script:
        return data
    conv = _converter(script).convert
    return _walk(data, conv)


def _walk(data, conv):
    if isinstance(data, str):
        return conv(data)
    if isinstance(data, dict):
        return {k: _walk(v, conv) for k, v in data.items()}
    if isinstance(data, list):
        return [_walk(v, conv) for v in data]
    return data
