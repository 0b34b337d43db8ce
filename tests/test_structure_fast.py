"""The read, structure and clauses stages' shortcuts give what the plain code gives: each is
checked against a plain version written out here, on generated texts (hypothesis) and on every
corpus and bulk file or line."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from plan_parser.errors import InputError
from plan_parser.parse import read as R
from conftest import BULK, corpus_files


def _files():
    return corpus_files() + (sorted(BULK.glob("*.txt")) if BULK.is_dir() else [])


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return [p.read_bytes().decode("utf-8", "replace") for p in _files()]


# --- read: control characters and line ends -------------------------------------------------

def _plain_check(text: str) -> str | None:
    """read._check_text as it was, one scan of CONTROL_RE over the text: the error's message, or None."""
    if not text or text.isspace():
        return "empty file" if not text else "only whitespace"
    if "\x00" in text:
        return "binary data (NUL characters), not a text file"
    sample = text if len(text) <= 2 * R._SAMPLE else text[:R._SAMPLE] + text[-R._SAMPLE:]
    for count, _ in enumerate(R.CONTROL_RE.finditer(sample), start=1):
        if count * R._CONTROL_SHARE > len(sample):
            return "binary data (control characters), not a text file"
    return None


def _check(text: str) -> str | None:
    try:
        R._check_text(text, None)
    except InputError as err:
        return str(err).removeprefix("<input>: ")
    return None


def _plain_newline(text: str) -> str:
    crlf = text.count("\r\n")
    counts = {"CRLF": crlf, "CR": text.count("\r") - crlf, "LF": text.count("\n") - crlf}
    kinds = [name for name, count in counts.items() if count]
    return "none" if not kinds else kinds[0] if len(kinds) == 1 else "mixed"


# controls, line ends, Latin-1 and wider characters, and Han
_CHARS = st.one_of(st.sampled_from(["\x00", "\x01", "\x1b", "\x7f", "\x85", "\x9f", "\xa0", "·", "\t", "\n", "\r",
                                    "\r\n", "\x0b", " ", "政", "府", "a", "\U00020000"]),
                   st.characters(blacklist_categories=("Cs",)))
_TEXT = st.lists(_CHARS, max_size=60).map("".join)


@settings(max_examples=500, deadline=None)
@given(_TEXT)
def test_check_text_is_the_plain_scan(text):
    assert _check(text) == _plain_check(text)


def test_check_text_on_a_long_text_judges_its_ends():
    """Past 2 * _SAMPLE characters only the first and last megabyte count, as before."""
    middle = "\x01" * (R._SAMPLE // 10)
    text = "政" * R._SAMPLE + middle + "政" * R._SAMPLE
    assert _check(text) is None and _plain_check(text) is None
    text = "\x01" * R._SAMPLE + "政" * R._SAMPLE
    assert _check(text) is not None and _plain_check(text) is not None


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_newline_kind_is_the_plain_count(text):
    assert R._newline_kind(text) == _plain_newline(text)


def test_read_shortcuts_on_every_real_file(texts):
    for text in texts:
        assert _check(text) == _plain_check(text)
        assert R._newline_kind(text) == _plain_newline(text)
