"""Read stage, formats: which kind of file some bytes are (text, .docx, web page, PDF), and its reader.

Each reader lives in its own module of this package and is imported only when a file of
its kind is read, so start-up and plain-text runs never pay for python-docx, lxml or
pdfminer. A reader turns the bytes into plain text with one paragraph (or table row,
cells joined by tabs) a line: the form the later stages read in a ``.txt`` notice.
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Callable

from plan_parser.errors import InputError

# The first bytes of a legacy OLE2 compound file: Word 97-2003 .doc, .xls, .wps.
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP = b"PK\x03\x04"
_PDF = b"%PDF-"  # within the first 1024 bytes (the PDF standard allows junk before it)
_HTML_STARTS = (b"<!doctype html", b"<html", b"<?xml")  # after a BOM and white space, any case


@dataclass(frozen=True)
class Format:
    """A kind of notice file: its name, the suffixes that name it, and where its reader lives."""

    name: str
    suffixes: tuple[str, ...]
    module: str  # in this package; it defines ``read(data: bytes, path: str | None) -> Read``
    sniff: Callable[[bytes], bool]


@dataclass(frozen=True)
class Read:
    """What a reader found: the text (``\\n`` line ends) and the encoding to report for it."""

    text: str
    encoding: str


def _is_pdf(data: bytes) -> bool:
    return _PDF in data[:1024]


def _is_docx(data: bytes) -> bool:
    if not data.startswith(_ZIP):
        return False
    import io
    import zipfile  # only a ZIP package pays for it

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            return "word/document.xml" in package.namelist()
    except zipfile.BadZipFile:
        return False


def _is_html(data: bytes) -> bool:
    head = data[:512].lstrip(b"\xef\xbb\xbf").lstrip().lower()
    return head.startswith(_HTML_STARTS) and b"<html" in data[:4096].lower()


# The formats besides plain text, in the order they are tried on a file's first bytes.
FORMATS = (
    Format("pdf", (".pdf",), "pdf", _is_pdf),
    Format("docx", (".docx",), "docx", _is_docx),
    Format("html", (".html", ".htm", ".xhtml"), "html", _is_html),
)

# Suffixes a directory run takes: plain text and every format above.
SUFFIXES = (".txt",) + tuple(s for f in FORMATS for s in f.suffixes)


def kind(data: bytes, path: str | None) -> Format | None:
    """The format of ``data`` (None for plain text), by its first bytes, else by the name's suffix.

    InputError when the bytes are a kind no reader takes (a Word 97-2003 .doc) or are
    not what the suffix promises (a ``.pdf`` that is no PDF).
    """
    for fmt in FORMATS:
        if fmt.sniff(data):
            return fmt
    if data.startswith(_OLE2):
        raise InputError("a Word 97-2003 (.doc) or other legacy Office file: save it as .docx or PDF", path=path)
    suffix = _suffix(path)
    for fmt in FORMATS:
        if suffix in fmt.suffixes:
            if fmt.name == "html":  # a page without <html>: still a page
                return fmt
            raise InputError(f"named {suffix} but is not a {fmt.name.upper()} file", path=path)
    return None


def read(fmt: Format, data: bytes, path: str | None) -> Read:
    """Run the reader of ``fmt``, importing it now; InputError when its library is missing."""
    try:
        module = importlib.import_module(f"{__name__}.{fmt.module}")
    except ImportError as err:
        hint = f"reading {fmt.name} files needs {err.name}: pip install 'planparse[formats]'"
        raise InputError(hint, path=path) from None
    return module.read(data, path)


def _suffix(path: str | None) -> str:
    if not path:
        return ""
    name = path.replace("\\", "/").rsplit("/", 1)[-1]
    return "." + name.rsplit(".", 1)[-1].lower() if "." in name else ""
