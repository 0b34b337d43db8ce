"""Clean stage: text (str) -> Cleaned (text without inline pinyin, offset map back)."""
from __future__ import annotations

import bisect
import functools
import importlib.util
import json
import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from .pattern_store import compiled_re

# The letters a pinyin reading is written with: a-z (v stands for ü), ü, ê, the
# tone-marked vowels and syllabic consonants of pypinyin's dictionary, and the
# combining tone marks (grave, acute, macron, caron) for decomposed input.
# Lowercase only: `(AI)` and `(GDP)` never start to look like readings.
_PINYIN_LETTER = (
    "a-zêü"
    "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿếề"
    "\u0300\u0301\u0304\u030c"
)

# The characters that can carry a reading: the CJK ideograph blocks (radicals,
# 々 〇 〡-〩, Ext. A, the URO, compatibility ideographs, planes 2 and 3) and the
# GB18030 private-use ideographs that pypinyin reads.  A superset on purpose:
# the dictionary decides; this only keeps Latin, digits and kana out.
_HAN = (
    "\u2e80-\u2fdf\u3005\u3007\u3021-\u3029\u3038-\u303b\u3400-\u4dbf"
    "\u4e00-\u9fff\ue815-\ue864\uf900-\ufaff\U00020000-\U0003ffff"
)

# A run of readings: one in parentheses of one width right after a Han character,
# then any further ones straight after it (`南(nán)(nā)`, `南(nán)（nā）`: a
# character loses the leading groups that are its readings).  Matches `南(nán)`,
# `南（nán）`, `著(zhe)`, `綠(lv)`, the `(yī)` of `(一(yī))`.  Must not match mixed
# widths `(nán）`, a digit or capital `(5G)` `(AI)`, Han `(山東)`, a group after a
# Latin letter `Python(app)` or after another group `(AI)(nán)`, or more than 8
# letters.  It starts with a parenthesis, so the scan skips ahead on one character
# class; nothing in it can backtrack.  Whether a group is a reading of its
# character is for the dictionary to say.
_GROUP = rf"\([{_PINYIN_LETTER}]{{1,8}}\)|（[{_PINYIN_LETTER}]{{1,8}}）"
_FIRST_HALF = rf"\((?<=[{_HAN}]\()[{_PINYIN_LETTER}]{{1,8}}\)"
_FIRST_FULL = rf"（(?<=[{_HAN}]（)[{_PINYIN_LETTER}]{{1,8}}）"
_READING = rf"(?:{_FIRST_HALF}|{_FIRST_FULL})(?:{_GROUP})*"
# The same for a text whose readings all open with one width: a pattern that starts
# with one literal character scans about twice as fast as the alternation.
_HALF = rf"{_FIRST_HALF}(?:{_GROUP})*"
_FULL = rf"{_FIRST_FULL}(?:{_GROUP})*"


@functools.cache
def compiled(pattern: str) -> re.Pattern:
    """One of the patterns above, compiled on first use: the Han class costs ~2 ms a pattern
    to compile, and most texts need one or two of them (start-up of a one-notice command)."""
    return compiled_re(pattern)

# Tone marks that are dropped to compare readings; the diaeresis of ü and the
# circumflex of ê stay (they change the syllable, not the tone).
_TONE_MARKS = dict.fromkeys(map(ord, "\u0300\u0301\u0304\u030c"))


@dataclass(frozen=True)
class Cleaned:
    """The text with inline pinyin removed, and where each removal was."""

    text: str
    removed: int
    removals: tuple[tuple[int, int], ...]

    def to_input(self, offset: int) -> int:
        """Map an offset in the cleaned text to the offset in the input text.

        A cleaned character maps to the same character in the input; the end of
        the text maps to the end of the input.
        """
        if not 0 <= offset <= len(self.text):
            raise ValueError(f"offset {offset} outside 0..{len(self.text)}")
        if self.removed and not self.removals:
            raise ValueError("cleaned with offsets=False: no offsets were kept")
        starts, shifts = self._offset_map
        k = bisect.bisect_right(starts, offset)
        return offset + (shifts[k - 1] if k else 0)

    @cached_property
    def _offset_map(self) -> tuple[list[int], list[int]]:
        """Cleaned offset at which each removal sat, and the total removed by then."""
        starts: list[int] = []
        shifts: list[int] = []
        total = 0
        for start, length in self.removals:
            starts.append(start - total)
            total += length
            shifts.append(total)
        return starts, shifts


def clean(text: str, offsets: bool = True) -> Cleaned:
    """Strip each reading that follows a Han character and is one of its readings.

    `濟南(nán)市(shì)` -> `濟南市`; `(一(yī))` -> `(一)`; `南(nán)(nā)` -> `南`;
    `(AI)`, `(山東)` and `公顷(ha)` stay.  A character followed by several
    groups loses the leading ones that are its readings, so cleaning twice
    changes nothing.  The dictionary is loaded only if the text has a candidate.
    With ``offsets=False`` (``planparse clean``: the text is all it needs) the
    removals are counted, not kept, and ``to_input`` is not available.
    """
    removals: list = []
    cuts = _Cuts()  # han + run -> _cut(han + run), computed once a key

    def strip(match: re.Match) -> str:
        """The run without its leading readings (one C-driven pass, one call a run)."""
        start, end = match.span()
        lengths, rest = cuts[text[start - 1:end]]
        if len(lengths) == 1:
            removals.append((start, lengths[0]))
        else:
            for length in lengths:
                removals.append((start, length))
                start += length
        return rest

    def count(match: re.Match) -> str:
        lengths, rest = cuts[text[match.start() - 1:match.end()]]
        removals.extend(lengths)  # small ints: no new objects
        return rest

    cleaned = _run_pattern(text).sub(strip if offsets else count, text)
    return Cleaned(cleaned, len(removals), tuple(removals) if offsets else ())


class _Cuts(dict):
    """``_cut`` of each key, computed the first time the key is looked up."""

    def __missing__(self, key: str) -> tuple[tuple[int, ...], str]:
        self[key] = cut = _cut(key)
        return cut


def _run_pattern(text: str) -> re.Pattern:
    """The pattern of runs for `text`: the faster one-width pattern when only one width opens a run."""
    half = "(" in text and compiled(_HALF).search(text) is not None  # each pattern opens with its parenthesis
    full = "（" in text and compiled(_FULL).search(text) is not None
    if half and full:
        return compiled(_READING)
    return compiled(_FULL if full else _HALF)


def _cut(key: str) -> tuple[tuple[int, ...], str]:
    """For a character and the run of groups after it: the lengths of the leading groups
    that are its readings, and what is left of the run.

    >>> _cut("南(nán)(nā)(ab)")
    ((5, 4), '(ab)')
    """
    han, run = key[0], key[1:]
    lengths = []
    for group in compiled(_GROUP).findall(run):
        if not is_reading(han, group[1:-1]):
            break
        lengths.append(len(group))
    return tuple(lengths), run[sum(lengths):]


@functools.lru_cache(maxsize=1 << 16)
def is_reading(han: str, reading: str) -> bool:
    """Whether `reading` is one of the readings of `han`, tone marks or not.

    >>> is_reading("著", "zhe"), is_reading("南", "nan"), is_reading("顷", "ha")
    (True, True, False)
    """
    readings = _readings(ord(han))
    if readings is None:
        return False
    wanted = _toneless(reading)
    return any(_toneless(r) == wanted for r in readings.split(","))


def _toneless(reading: str) -> str:
    """`nán` -> `nan`, `lǜ` -> `lv`, `lü` -> `lv`, `ế` -> `ê`."""
    bare = unicodedata.normalize("NFD", reading).translate(_TONE_MARKS)
    return unicodedata.normalize("NFC", bare).replace("ü", "v")


def _readings(code: int) -> str | None:
    """pypinyin's readings of the character ``code`` ("zhù,zhuó,zhe"), or None.

    Looked up in the data file's bytes, whose lines are ``"<code point>": "<readings>",`` in
    ascending order, by bisection (~10 µs) rather than parsed whole (~20 ms for 42,000
    entries, paid at each start of a command whose text has readings). A code the bisection
    does not find (or a file not so written) is answered by the parsed dictionary."""
    data = _pinyin_file()
    found = _bisected(data, code) if data else None
    return found if found is not None else _pinyin_dict().get(str(code))


def _bisected(data: bytes, code: int) -> str | None:
    """The readings on the line of ``code`` in ``data`` (lines sorted by code), or None."""
    lo, hi = 0, len(data)  # where the newline before the line of ``code`` may be
    while lo < hi:
        mid = (lo + hi) // 2
        at = data.find(b'\n"', mid, hi + 1)  # a newline before hi, with the quote after it
        if at < 0:
            hi = mid
            continue
        end = data.find(b'": "', at + 2, at + 16)
        if end < 0 or not data[at + 2:end].isdigit():
            return None
        here = int(data[at + 2:end])
        if here < code:
            lo = at + 1
        elif here > code:
            hi = mid
        else:
            value = data[end + 4:data.find(b'"', end + 4)]
            return None if b"\\" in value else value.decode("utf-8")
    return None


@functools.cache
def _pinyin_file() -> bytes | None:
    """The bytes of pypinyin's per-character data file (read without importing pypinyin), or None."""
    spec = importlib.util.find_spec("pypinyin")
    locations = spec.submodule_search_locations if spec else None
    data = Path(locations[0], "pinyin_dict.json") if locations else None
    return data.read_bytes() if data is not None and data.is_file() else None


@functools.cache
def _pinyin_dict() -> dict[str, str]:
    """pypinyin's per-character readings (decimal code point -> "zhù,zhuó,zhe"), keys kept
    as the file writes them (converting 42,000 keys to int would cost more than it saves).

    Read from the package's data file without importing pypinyin, whose import
    loads the phrase dictionaries too (~0.3 s).
    """
    data = _pinyin_file()  # (its bytes, already read where bisection missed)
    if data is None:
        from pypinyin.pinyin_dict import pinyin_dict

        return {str(code): readings for code, readings in pinyin_dict.items()}
    return json.loads(data)
