"""The same notice written differently gives the same tasks and units.

Each shared notice (and the seed) is rewritten: traditional/simplified characters
(OpenCC), half-/full-width punctuation, indented with full-width spaces, CRLF,
GB18030 and UTF-16; the tasks (paths, titles, unit names) and notice fields must not
change, once the names are folded back to one script and width.
"""
from __future__ import annotations

import pytest

import plan_parser
from conftest import SEED, corpus_files

opencc = pytest.importorskip("opencc", reason="OpenCC (test extra) converts between scripts")
S2T, T2S = opencc.OpenCC("s2t"), opencc.OpenCC("t2s")
HALF = str.maketrans({"（": "(", "）": ")", "：": ":", "；": ";", "，": ","})
FULL = str.maketrans({"(": "（", ")": "）", ":": "：", ";": "；", ",": "，"})


def fold(s: str | None) -> str | None:
    return None if s is None else T2S.convert(s).translate(HALF)


def summary(doc) -> list:
    n = doc.notice
    head = [fold(n.title), fold(n.issuer), n.date, fold(n.doc_number), [fold(a) for a in n.addressees],
            [(a.number, fold(a.title)) for a in n.attachments], [fold(p.title) for p in doc.plans]]
    rows = [(t.attachment, t.path, fold(t.title), [fold(u.name) for u in t.units]) for t in plan_parser.tasks(doc)]
    return [head, rows]


VARIANTS = {
    "traditional": lambda t: S2T.convert(t).encode("utf-8"),
    "simplified": lambda t: T2S.convert(t).encode("utf-8"),
    "half-width": lambda t: t.translate(HALF).encode("utf-8"),
    "full-width": lambda t: t.translate(FULL).encode("utf-8"),
    "indented": lambda t: "\n".join("\u3000\u3000" + ln for ln in t.split("\n")).encode("utf-8"),
    "crlf-bom": lambda t: b"\xef\xbb\xbf" + t.replace("\n", "\r\n").encode("utf-8"),
    "gb18030": lambda t: T2S.convert(t).encode("gb18030"),
    "utf-16": lambda t: t.encode("utf-16"),
}


@pytest.mark.parametrize("path", [SEED, *corpus_files()], ids=lambda p: p.stem)
def test_variants_give_the_same_tasks(path):
    text = plan_parser.clean(path.read_text(encoding="utf-8")).text
    base = summary(plan_parser.parse_text(text))
    for name, make in VARIANTS.items():
        assert summary(plan_parser.parse_bytes(make(text))) == base, name
