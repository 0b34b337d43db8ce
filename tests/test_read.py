"""Tests for plan_parser.parse.read: encodings found, newlines normalised, bad input refused."""
from __future__ import annotations

import codecs
import os
import random
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from plan_parser.errors import InputError
from plan_parser.parse.read import Source, read_bytes, read_path

SEED = Path(__file__).parent.parent / "data" / "raw" / "jinan-2022-shuangchuang.txt"
CORPUS = Path(__file__).parents[2] / "shared" / "corpus" / "raw"

SIMPLIFIED = (
    "济南市人民政府办公厅关于印发济南市加快推进大众创业万众创新工作方案的通知\n"
    "各区县人民政府，市政府有关部门（单位）：\n"
    "经市政府同意，现将《济南市加快推进大众创业万众创新工作方案（2022—2025年）》印发给你们，"
    "请认真组织实施。\n"
    "一、总体要求\n"
)
TRADITIONAL = (
    "濟南市人民政府辦公廳關於印發濟南市加快推進大眾創業萬眾創新工作方案的通知\n"
    "各區縣人民政府，市政府有關部門（單位）：\n"
    "經市政府同意，現將《濟南市加快推進大眾創業萬眾創新工作方案（2022—2025年）》印發給你們，"
    "請認真組織實施。\n"
    "一、總體要求\n"
)


@pytest.mark.parametrize(
    ("text", "codec", "bom", "expected"),
    [
        (SIMPLIFIED, "utf-8", b"", "utf-8"),
        (TRADITIONAL, "utf-8", b"", "utf-8"),
        (SIMPLIFIED, "utf-8", codecs.BOM_UTF8, "utf-8-sig"),
        (SIMPLIFIED, "utf-16-le", codecs.BOM_UTF16_LE, "utf-16-le"),
        (TRADITIONAL, "utf-16-be", codecs.BOM_UTF16_BE, "utf-16-be"),
        (SIMPLIFIED, "gb18030", b"", "gb18030"),
        (SIMPLIFIED, "gbk", b"", "gb18030"),
        (TRADITIONAL, "gb18030", b"", "gb18030"),
        (TRADITIONAL, "big5", b"", "big5"),
    ],
    ids=["utf8", "utf8-trad", "utf8-bom", "utf16le", "utf16be", "gb18030", "gbk", "gb18030-trad",
         "big5"],
)
def test_encoding_found(text: str, codec: str, bom: bytes, expected: str) -> None:
    data = bom + text.encode(codec)
    source = read_bytes(data)
    assert source == Source(text=text, encoding=expected, newline="LF", size=len(data))


def test_big5_line_by_line() -> None:
    for line in TRADITIONAL.splitlines():
        assert read_bytes(line.encode("big5")).encoding == "big5", line


def test_gb18030_line_by_line() -> None:
    for line in SIMPLIFIED.splitlines():
        assert read_bytes(line.encode("gb18030")).encoding == "gb18030", line


@pytest.mark.parametrize(
    ("raw", "newline"),
    [
        ("一\n二\n三\n", "LF"),
        ("一\r\n二\r\n三\r\n", "CRLF"),
        ("一\r二\r三\r", "CR"),
        ("一\r\n二\r三\n", "mixed"),
        ("一\r\n\r\n二\n", "mixed"),
        ("一二三", "none"),
    ],
)
def test_newlines(raw: str, newline: str) -> None:
    source = read_bytes(raw.encode("utf-8"))
    assert source.newline == newline
    assert "\r" not in source.text
    assert source.text == raw.replace("\r\n", "\n").replace("\r", "\n")


@pytest.mark.parametrize("codec", ["utf-8", "utf-16-le", "gb18030"])
def test_line_numbers_kept(codec: str) -> None:
    lines = ["第一行", "", "第三行", "\u3000\u3000第四行", "", "", "第七行"]
    ends = ["\r\n", "\n", "\r", "\r\n", "\n", "\r"]  # no "\r" before an empty "\n" line
    raw = "".join(line + end for line, end in zip(lines, ends)) + lines[-1]
    bom = codecs.BOM_UTF16_LE if codec == "utf-16-le" else b""
    source = read_bytes(bom + raw.encode(codec))
    assert source.text.split("\n") == lines


def test_crlf_inside_utf16_is_normalised() -> None:
    data = codecs.BOM_UTF16_BE + "一、總體要求\r\n（一）加強領導\r\n".encode("utf-16-be")
    source = read_bytes(data)
    assert (source.text, source.newline) == ("一、總體要求\n（一）加強領導\n", "CRLF")


def test_read_path(tmp_path: Path) -> None:
    path = tmp_path / "notice.txt"
    data = codecs.BOM_UTF8 + TRADITIONAL.replace("\n", "\r\n").encode("utf-8")
    path.write_bytes(data)
    source = read_path(path)
    assert source == Source(TRADITIONAL, "utf-8-sig", "CRLF", len(data), str(path))
    assert read_path(str(path)) == source


def test_seed() -> None:
    source = read_path(SEED)
    assert (source.encoding, source.newline, source.size) == ("utf-8", "LF", SEED.stat().st_size)
    assert source.text.startswith("濟南(nán)市(shì)人民(mín)政府")


def corpus_files() -> list[Path]:
    return sorted(CORPUS.glob("*.txt")) if CORPUS.is_dir() else []


def test_corpus_line_numbers() -> None:
    """Line N of the text is line N of the file, whatever line ends the file uses."""
    if not corpus_files():
        pytest.skip(f"shared corpus not found at {CORPUS}")
    for path in corpus_files():
        data = path.read_bytes()
        lines = [line.decode("utf-8") for line in data.splitlines()]  # bytes: \r, \n, \r\n only
        text_lines = read_path(path).text.split("\n")
        if text_lines[-1] == "":
            text_lines.pop()
        assert text_lines == lines, path.name


# --- input that cannot be used ----------------------------------------------------------


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "absent.txt"
    with pytest.raises(InputError, match="no such file") as info:
        read_path(path)
    assert info.value.path == str(path)


def test_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="directory"):
        read_path(tmp_path)


def test_unreadable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "secret.txt"
    path.write_text(SIMPLIFIED, encoding="utf-8")
    path.chmod(0)
    if os.access(path, os.R_OK):  # root reads anything: simulate the refusal
        def refuse(*args, **kwargs):
            raise PermissionError(13, "Permission denied")

        monkeypatch.setattr("builtins.open", refuse)
    with pytest.raises(InputError, match="permission denied"):
        read_path(path)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (codecs.BOM_UTF8, "empty"),
        (codecs.BOM_UTF16_LE, "empty"),
        (b" \n\t\r\n  ", "whitespace"),
        ("\u3000\u3000\n\u3000".encode("utf-8"), "whitespace"),
        (codecs.BOM_UTF16_BE + " \r\n".encode("utf-16-be"), "whitespace"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01", "binary"),
        ("正文\x00正文".encode("utf-8"), "binary"),
        ("2022年正文".encode("utf-16-le"), "binary"),  # UTF-16 without a BOM: NUL bytes
        (codecs.BOM_UTF16_LE + "正\x00文".encode("utf-16-le"), "binary"),
        (bytes(range(1, 9)) * 10 + b"text", "binary"),
        (b"\xff" * 40, "undecodable"),
        (b"\x81\x20\x81\x20" * 10, "undecodable"),
        (codecs.BOM_UTF8 + b"\xff\xfe", "utf-8"),
        (codecs.BOM_UTF16_LE + b"a\x00b", "utf-16-le"),
        (codecs.BOM_UTF32_LE + "正文".encode("utf-32-le"), "UTF-32"),
    ],
    ids=["empty", "utf8-bom-only", "utf16-bom-only", "whitespace", "ideographic-space",
         "utf16-whitespace", "png", "nul-in-utf8", "utf16-no-bom", "nul-in-utf16", "controls",
         "ff-bytes", "bad-gb-pairs", "utf8-bom-then-junk", "utf16-odd-length", "utf32"],
)
def test_unusable_bytes(data: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message):
        read_bytes(data, path="x.txt")


@pytest.mark.parametrize("name", ["empty.txt", "blank.txt", "binary.bin", "random.bin"])
def test_unusable_files(tmp_path: Path, name: str) -> None:
    rng = random.Random(7)
    contents = {
        "empty.txt": b"",
        "blank.txt": b"\r\n \n",
        "binary.bin": bytes(range(256)) * 4,
        "random.bin": b"\xff" + rng.randbytes(4096).replace(b"\x00", b"\xff"),
    }
    path = tmp_path / name
    path.write_bytes(contents[name])
    with pytest.raises(InputError) as info:
        read_path(path)
    assert info.value.path == str(path)
    assert "\n" not in str(info.value)


def test_a_stray_control_character_is_still_text() -> None:
    text = "一、總體要求\x0c\n" + "正文" * 20 + "\x1b\n"
    assert read_bytes(text.encode("utf-8")).text == text


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=300))
def test_arbitrary_bytes_raise_only_input_error(data: bytes) -> None:
    try:
        source = read_bytes(data)
    except InputError as err:
        assert "\n" not in str(err)
    else:
        assert source.size == len(data)
        assert "\r" not in source.text
        assert source.encoding in {"utf-8", "utf-8-sig", "utf-16-le", "utf-16-be", "gb18030", "big5"}


def test_the_source_hash_is_of_the_decoded_text_whatever_the_encoding_and_line_ends():
    """source.sha256 is the SHA-256 of the text as read (UTF-8, \\n line ends): the same notice
    saved in GB 18030 with CRLF and in UTF-8 with LF has one hash (docs/format.md)."""
    import hashlib

    from plan_parser import parse_bytes

    text = "关于印发方案的通知\n一、任务\n1.建设平台。（责任单位：市科技局）\n"
    saved = [text.encode("utf-8"), text.replace("\n", "\r\n").encode("gb18030"), b"\xef\xbb\xbf" + text.encode("utf-8")]
    hashes = {parse_bytes(data, "n.txt").source.sha256 for data in saved}
    assert hashes == {hashlib.sha256(text.encode("utf-8")).hexdigest()}
