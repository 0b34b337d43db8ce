"""Patterns of every stage's text: the folded view (``fold``), numerals, sentence ends, markup."""
from __future__ import annotations

import functools
import re as _re

from .. import lazy_regex as regex  # patterns compiled on first use, not at import
from ..pattern_store import compiled_re

# --- the folded view -------------------------------------------------------------
# traditional -> simplified for the characters our patterns use (pairs: simplified, traditional).
# Made with OpenCC (s2t, s2tw, s2hk) over the Han runs of the patterns package; tests/test_patterns.py
# checks that every pattern character's traditional forms are here.
_TRAD = (
    "万萬与與专專业業两兩个個为為为爲乡鄉书書于於产產亿億会會体體党黨关關内內决決准準划劃则則别別办辦务務动動区區协協单單厅廳县縣参參发發号號员員咨諮团團围圍国國场場"
    "处處复復复覆头頭学學宝寶实實对對导導将將属屬布佈干幹应應废廢开開总總报報挥揮据據数數时時机機条條来來构構标標栏欄检檢浏瀏点點牵牽现現电電码碼称稱筹籌类類系係系繫"
    "约約级級纪紀纲綱组組细細织織经經统統职職联聯节節范範营營见見规規览覽计計议議记記设設证證词詞话話询詢请請负負责責转轉辖轄达達过過银銀链鏈镇鎮长長门門间間队隊项項"
    "颁頒预預领領题題"
    "图圖扫掃编編视視读讀辑輯进進适適闭閉页頁频頻骤驟"  # the layout's page trailer and outline words
    "台臺馆館监監"  # unit ends (UNIT_END: 河南廣播電視臺, 省圖書館) and role labels (監管責任) in traditional copies
)
FOLD = {ord(t): s for s, t in zip(_TRAD[0::2], _TRAD[1::2])}
FOLD.update({c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)})  # full-width ASCII
FOLD.update({0x3000: " ", 0x00A0: " ", 0x2002: " ", 0x2003: " ", 0xFE52: ".", 0x2236: ":"})


def fold(s: str) -> str:
    """The folded view of ``s``: same length, one character for one (``s.translate(FOLD)``, and
    a digit Python cannot read as UNREADABLE_DIGIT).

    Done as one C scan for the characters that fold and one ``str.replace`` for each one found:
    a tenth of ``translate``'s time, whose look-up (a dict miss) runs at every character. The
    scan looks for the first character left to fold, from where the last one was (all before
    it is folded): no list of every match is made. No folded character is itself a key, so the
    replacements never chain."""
    search = _foldable().search
    m = search(s)
    while m is not None:
        ch = m.group()
        to = _FOLD_CHARS.get(ch) or _astral(ch)
        if to is None:  # (a character beyond the BMP that stays: an emoji, a rare Han)
            m = search(s, m.end())
            continue
        s = s.replace(ch, to)
        m = search(s, m.start())
    return s


_FOLD_CHARS = {chr(k): v if isinstance(v, str) else chr(v) for k, v in FOLD.items()}

# family: the digits of scripts newer than Python's Unicode tables (Garay 𐵀…, Unicode 16): regex's
# ``\d`` takes them and ``int()`` refuses them, so a number, a date or a marker written with one
# would be read and then fail. In the view each is this character, no digit (the text keeps it).
UNREADABLE_DIGIT = "\ufffd"


@functools.cache
def _astral(ch: str) -> str | None:
    """What a character beyond the BMP folds to: UNREADABLE_DIGIT for a digit to regex that
    Python cannot read, else None (it stays). (Every BMP digit regex knows, Python reads.)"""
    from regex import match  # (the module itself: a pattern of one class, asked once a character)

    return UNREADABLE_DIGIT if not ch.isdecimal() and match(r"\d", ch) else None


@functools.cache
def _foldable() -> _re.Pattern:
    """Any character that folds (a key of FOLD), or one beyond the BMP (``_astral`` says whether it
    folds): stdlib ``re``, whose character set is a bitmap."""
    return compiled_re("[" + _re.escape("".join(sorted(_FOLD_CHARS))) + "\U00010000-\U0010ffff]")


# --- numbers ---------------------------------------------------------------------
CN_NUM = "〇零一二三四五六七八九十百两"  # numerals as they appear in markers and dates
CN_DIGIT = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0, "两": 2, "○": 0, "Ｏ": 0, "O": 0}

# HTML or XML tags: <p>, </div>, <br/> ; not 《书名》 or a < b
MARKUP = regex.compile(
    r"""
    </?[A-Za-z][A-Za-z0-9]{0,10}    # <p, </div, <br: a tag's name (not 《, not a < b: a letter follows)
    (?:\s[^<>\n]{0,200})?           # its attributes: <a href="…">
    /?>                             # the close: >, />
    """,
    regex.X,
)

# --- sentences -------------------------------------------------------------------
# the end of a heading's lead sentence: 。！？ (and the half-width ones a scraper may leave)
SENTENCE_END = regex.compile(r"[。！？!?]")
# what can end a heading's lead sentence, and the brackets that shield one: ( ) 。 ！ ？ ! ? :
# (on the folded view; a 。 inside （…） does not end it, which the caller counts)
TITLE_STOP = regex.compile(r"[()。！？!?:]")
