"""Sameness stage: text -> its folded form, so that other writing of the same thing never counts.

Folded away: width and whitespace (NFKC: ``（一） 加强，`` = ``(一)加强,``), the script
(traditional = simplified, OpenCC ``t2s``), a count written in Chinese numerals before a
measure word (``五个`` = ``5个``) and a unit's known other name (``ALIASES``, which a user
extends with ``--aliases FILE``: ``中国人民银行济南分行`` = ``人民银行济南分行``).
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from ..parse.numbers import cn_int

# A count in Chinese numerals before a measure word: 五个, 十二项, 两家, 三十条, 一百所.
# Must not match an ordinal (第五个 stays: 第 is kept, the count is folded on both sides
# alike), nor a numeral in a name (十四五, 一体化: no measure word follows).
CN_COUNT = re.compile(r"([零〇一二两三四五六七八九十百千]+)(?=[个项家条次名所座户批类件处套台支场])")

# Units known by two names (a renaming of the 机构改革, a shortened form in use): the
# folded old form -> the folded form it is compared as. Prefix rules apply to any name
# that starts with the key. family: 人民银行 branches (中国人民银行济南分行 = 人民银行济南分行),
# the 2018 renamings (发展和改革委员会 = 发展改革委).
ALIAS_PREFIXES = {
    "中国人民银行": "人民银行",
}
ALIAS_INFIXES = {
    "发展和改革委员会": "发展改革委",
    "发展和改革局": "发展改革局",
}


@lru_cache(maxsize=1)
def _t2s():
    import opencc

    return opencc.OpenCC("t2s").convert


@lru_cache(maxsize=65536)
def fold(text: str | None) -> str:
    """Width, whitespace, script and written counts folded."""
    text = "".join(unicodedata.normalize("NFKC", text or "").split())
    if not text.isascii():
        text = _t2s()(text)
    return CN_COUNT.sub(lambda m: str(cn_int(m.group(1)) if cn_int(m.group(1)) is not None else m.group(1)), text)


def unit_key(name: str, aliases: dict[str, str] | None = None) -> str:
    """The folded name a unit is compared as: user aliases first, then the known ones."""
    key = fold(name)
    for old, new in (aliases or {}).items():
        if key == fold(old):
            return fold(new)
    for old, new in ALIAS_PREFIXES.items():
        if key.startswith(old):
            key = new + key[len(old):]
    for old, new in ALIAS_INFIXES.items():
        key = key.replace(old, new)
    return key


def alias_fold(text: str, aliases: dict[str, str] | None = None) -> str:
    """Folded ``text`` with every unit's other name written as the name it is compared as,
    so a renaming in the aliases changes neither a task's text nor its units."""
    text = fold(text)
    for k, (old, new) in enumerate((aliases or {}).items()):
        mark = chr(0xE000 + k)  # one private-use character stands for both names
        for name in sorted((fold(old), fold(new)), key=len, reverse=True):  # the longer first: one may hold the other
            text = text.replace(name, mark)
    for old, new in (ALIAS_PREFIXES | ALIAS_INFIXES).items():
        text = text.replace(old, new)
    return text


def read_aliases(text: str) -> dict[str, str]:
    """``OLD<TAB or =>NEW`` lines (``#`` starts a comment) -> {old: new}."""
    out = {}
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        old, sep, new = line.replace("=", "\t", 1).partition("\t")
        if sep and old.strip() and new.strip():
            out[old.strip()] = new.strip()
    return out
