"""Stage `read`: bytes (or a path) -> Source (decoded text, encoding and newlines found).

Plain text is decoded here; a .docx, a saved web page or a PDF goes to its reader in
``formats`` (found by its first bytes, else by its name), loaded only when one comes.
"""
from __future__ import annotations

import codecs
import os
import re
from dataclasses import dataclass

from plan_parser.errors import InputError

from . import formats

# Control characters that do not belong in text: C0 except tab, LF, VT, FF and
# CR; DEL; C1.  Matches "\x00", "\x1b", "\x85"; must not match "\t", "\n", "\r".
CONTROL_RE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")

# A text is binary when more than one character in this many is a control.
_CONTROL_SHARE = 20
_SAMPLE = 1 << 20  # characters looked at, at each end of a long text

# Legacy Chinese codecs tried after UTF-8, in order of preference on a tie:
# gb18030 is a superset of GBK and GB2312.
_LEGACY = ("gb18030", "big5")

_UTF16_BOMS = ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
_UTF32_BOMS = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)


@dataclass(frozen=True)
class Source:
    """A decoded notice: text with "\\n" line ends, and how the bytes were written."""

    text: str
    encoding: str
    newline: str
    size: int
    path: str | None = None


def read_path(path: str | os.PathLike[str]) -> Source:
    """Read and decode the file at `path`; InputError if it cannot be used."""
    name = os.fspath(path)
    try:
        with open(name, "rb") as fh:
            data = fh.read()
    except FileNotFoundError:
        raise InputError("no such file", path=name) from None
    except IsADirectoryError:
        raise InputError("is a directory, not a file", path=name) from None
    except PermissionError:
        raise InputError("permission denied", path=name) from None
    except OSError as err:
        raise InputError(f"cannot read: {err.strerror or err}", path=name) from None
    except ValueError as err:  # a NUL in the path
        raise InputError(f"invalid path: {err}", path=name) from None
    return read_bytes(data, path=name)


def read_bytes(data: bytes, path: str | None = None) -> Source:
    """Decode `data`, found encoding first: UTF-16/UTF-8 BOM, UTF-8, then GB18030/Big5.

    The text loses its BOM and has every CRLF and lone CR turned into "\\n", so
    line N of the text is line N of the file.
    """
    if not data:
        raise InputError("empty file", path=path)
    fmt = formats.kind(data, path)
    if fmt is not None:
        found = formats.read(fmt, data, path)
        text = found.text.replace("\r\n", "\n").replace("\r", "\n")
        return Source(text=text, encoding=found.encoding, newline="none", size=len(data), path=path)
    raw, encoding = decode(data, path)
    _check_text(raw, path)
    newline = _newline_kind(raw)
    text = raw.replace("\r\n", "\n").replace("\r", "\n") if "\r" in raw else raw
    return Source(text=text, encoding=encoding, newline=newline, size=len(data), path=path)


def decode(data: bytes, path: str | None) -> tuple[str, str]:
    """(text, encoding name) of `data`, or InputError."""
    if data.startswith(_UTF32_BOMS):
        raise InputError("UTF-32 text is not supported (save it as UTF-8)", path=path)
    for bom, encoding in _UTF16_BOMS:
        if data.startswith(bom):
            return _strict(data, len(bom), encoding, path), encoding
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data, len(codecs.BOM_UTF8), "utf-8", path), "utf-8-sig"
    if b"\x00" in data:
        raise InputError("binary data (NUL bytes), not a text file", path=path)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    decoded = _legacy_decode(data)
    if decoded is None:
        raise InputError("not text in UTF-8, GB18030 or Big5 (undecodable bytes)", path=path)
    return decoded


def _strict(data: bytes, skip: int, encoding: str, path: str | None) -> str:
    """`data[skip:]` decoded strictly (after a BOM of `skip` bytes), or InputError."""
    try:
        return data[skip:].decode(encoding)
    except UnicodeDecodeError as err:
        byte = skip + err.start + 1
        message = f"starts with a {encoding} byte-order mark but is not {encoding} (byte {byte})"
        raise InputError(message, path=path) from None


def _legacy_decode(data: bytes) -> tuple[str, str] | None:
    """(text, "gb18030" or "big5") for non-UTF-8 bytes, or None when neither decodes.

    When only one codec decodes, it is the answer.  When both do (Big5 bytes
    nearly always decode as GB18030 too), charset-normalizer weighs them and
    gb18030 wins unless charset-normalizer finds big5 alone.
    """
    decoded = {}
    for encoding in _LEGACY:
        try:
            decoded[encoding] = data.decode(encoding)
        except UnicodeDecodeError:
            pass
    if len(decoded) < 2:
        return next(((text, enc) for enc, text in decoded.items()), None)
    import charset_normalizer  # lazily: only legacy-encoded input pays for it

    matches = charset_normalizer.from_bytes(data, cp_isolation=list(_LEGACY))
    encoding = "big5" if {match.encoding for match in matches} == {"big5"} else "gb18030"
    return decoded[encoding], encoding


def _check_text(text: str, path: str | None) -> None:
    """InputError if the decoded text is blank or mostly control characters."""
    if not text or text.isspace():
        raise InputError("empty file" if not text else "only whitespace", path=path)
    if "\x00" in text:
        raise InputError("binary data (NUL characters), not a text file", path=path)
    # a long text is judged by its first and last megabyte (binary data shows at once)
    sample = text if len(text) <= 2 * _SAMPLE else text[:_SAMPLE] + text[-_SAMPLE:]
    low = _low(sample)
    if (len(low) - len(low.translate(None, _CONTROLS))) * _CONTROL_SHARE > len(sample):
        raise InputError("binary data (control characters), not a text file", path=path)


def _low(text: str) -> bytes:
    """The characters of ``text`` below U+0100, in order, one byte each (Latin-1; the others
    dropped in one C pass): every control character CONTROL_RE matches is among them, so
    CONTROL_RE finds as many in ``text`` as there are _CONTROLS in these few bytes (a Chinese text
    holds few such characters: the scan of the whole text per character is gone). At most two
    megabytes of characters are asked (the sample), so at most as many bytes are made."""
    return text.encode("latin-1", "ignore")


# the bytes of ``_low`` CONTROL_RE matches (the same code points), counted by deleting them
_CONTROLS = bytes(c for c in range(256) if CONTROL_RE.match(chr(c)))


def _newline_kind(text: str) -> str:
    """The line ends used in `text`: "LF", "CRLF", "CR", "mixed" or "none"."""
    if "\r" not in text:  # (most texts: one scan says LF or none, no counting)
        return "LF" if "\n" in text else "none"
    crlf = text.count("\r\n")
    counts = {"CRLF": crlf, "CR": text.count("\r") - crlf, "LF": text.count("\n") - crlf}
    kinds = [name for name, count in counts.items() if count]
    if not kinds:
        return "none"
    return kinds[0] if len(kinds) == 1 else "mixed"
