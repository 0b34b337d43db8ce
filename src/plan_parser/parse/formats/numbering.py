"""Read stage, .docx list numbers: a paragraph's automatic number (Word's numbering) -> its label text.

Word keeps an automatically numbered paragraph's number out of its text: the paragraph
names a list (``numId``) and a level (``ilvl``), directly or through its style, and the
list's definition gives each level a format (``decimal``, ``chineseCounting``…), a
pattern (``%1、``, ``（%1）``, ``%1.%2``) and a start. Counting the paragraphs of each list
in document order gives the label a reader sees (``一、``, ``（二）``, ``3.``), which the
numbering stages need in the text. A bullet has no number and gives no label.
"""
from __future__ import annotations

from dataclasses import dataclass

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
CN_DIGITS = "〇一二三四五六七八九"
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
# What follows the label: a tab is spacing (an ideographic space), never a table cell.
SUFFIXES = {"tab": "\u3000", "space": " ", "nothing": ""}


@dataclass(frozen=True)
class Level:
    """One level of a list: its number format, pattern (``%1、``) and first number."""

    fmt: str
    pattern: str
    start: int
    suffix: str


def _val(el, tag: str, default: str | None = None) -> str | None:
    child = el.find(W + tag) if el is not None else None
    return child.get(W + "val", default) if child is not None else default


def chinese(n: int) -> str:
    """``n`` in Chinese numerals as lists count: 一 … 十, 十一, 二十, 二十一 … 九十九 (larger: digits)."""
    if not 0 < n < 100:
        return str(n)
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else CN_DIGITS[tens] + "十")
    return head + (CN_DIGITS[ones] if ones else "")


# Number formats (w:numFmt) and how each writes a count; a format not listed is written in digits.
FORMATS = {
    "decimal": str,
    "decimalZero": lambda n: f"{n:02d}",
    "decimalFullWidth": lambda n: str(n).translate({c: c + 0xFEE0 for c in range(0x30, 0x3A)}),
    "chineseCounting": chinese,
    "chineseCountingThousand": chinese,
    "chineseLegalSimplified": chinese,
    "ideographDigital": lambda n: "".join(CN_DIGITS[int(d)] for d in str(n)),
    "decimalEnclosedCircle": lambda n: CIRCLED[n - 1] if 0 < n <= len(CIRCLED) else str(n),
    "decimalEnclosedCircleChinese": lambda n: CIRCLED[n - 1] if 0 < n <= len(CIRCLED) else str(n),
    "upperLetter": lambda n: chr(64 + (n - 1) % 26 + 1),
    "lowerLetter": lambda n: chr(96 + (n - 1) % 26 + 1),
}


class Numbering:
    """The lists of one document, counting as the paragraphs come (call ``label`` in document order)."""

    def __init__(self, document) -> None:
        self.levels: dict[str, dict[int, Level]] = {}  # numId -> ilvl -> Level
        self.counts: dict[str, dict[int, int]] = {}
        self.styles = {s.get(W + "styleId"): s for s in document.styles.element.findall(W + "style")}
        try:
            numbering = document.part.numbering_part.element
        except (KeyError, NotImplementedError):
            return
        abstract = {a.get(W + "abstractNumId"): a for a in numbering.findall(W + "abstractNum")}
        for num in numbering.findall(W + "num"):
            definition = abstract.get(_val(num, "abstractNumId"))
            if definition is not None:
                self.levels[num.get(W + "numId")] = _levels(definition, num)

    def label(self, p) -> str:
        """The label of paragraph ``p`` (``一、``, ``（2）``), or "" when it is not numbered."""
        num_id, ilvl = self._list_of(p)
        level = self.levels.get(num_id, {}).get(ilvl)
        if level is None or level.fmt in ("bullet", "none"):
            return ""
        counts = self.counts.setdefault(num_id, {})
        counts[ilvl] = counts.get(ilvl, level.start - 1) + 1
        for deeper in [k for k in counts if k > ilvl]:  # a new item restarts the levels below it
            del counts[deeper]
        text = level.pattern
        for k in range(9, -1, -1):  # %10 before %1
            if f"%{k + 1}" in text:
                at = self.levels[num_id].get(k)
                count = counts.get(k, at.start if at else 1)
                text = text.replace(f"%{k + 1}", FORMATS.get(at.fmt if at else "decimal", str)(count))
        return text + level.suffix

    def _list_of(self, p) -> tuple[str | None, int]:
        """(numId, ilvl) of ``p``, from its own properties or else its style's (and their bases)."""
        props = p.find(W + "pPr")
        num_pr = props.find(W + "numPr") if props is not None else None
        style = _val(props, "pStyle")
        for _ in range(10):  # a style's base, and its base…
            if num_pr is not None or style is None:
                break
            definition = self.styles.get(style)
            style_props = definition.find(W + "pPr") if definition is not None else None
            num_pr = style_props.find(W + "numPr") if style_props is not None else None
            style = _val(definition, "basedOn")
        if num_pr is None:
            return None, 0
        return _val(num_pr, "numId"), int(_val(num_pr, "ilvl", "0") or 0)


def _levels(definition, num) -> dict[int, Level]:
    """The levels of a list definition, with the start values a list instance overrides."""
    starts = {int(o.get(W + "ilvl", "0")): int(_val(o, "startOverride"))
              for o in num.findall(W + "lvlOverride") if _val(o, "startOverride") is not None}
    levels = {}
    for lvl in definition.findall(W + "lvl"):
        ilvl = int(lvl.get(W + "ilvl", "0"))
        start = starts.get(ilvl, int(_val(lvl, "start", "1") or 1))
        levels[ilvl] = Level(_val(lvl, "numFmt", "decimal"), _val(lvl, "lvlText", "") or "", start,
                             SUFFIXES.get(_val(lvl, "suff", "tab"), "\u3000"))
    return levels
